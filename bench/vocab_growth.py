"""Where streaming memory goes: RSS and the size of spaCy's StringStore while articles stream.

    python bench/vocab_growth.py [--articles 2000] [--every 200] [--no-store] [--trace]
        [--modes stories fresh fixed]

Ingests generated articles (the soak's generator) in one process through the batch writer's
own path (``ingest_results``), with a new SQLite store per mode, and prints every ``--every``
articles the resident set (VmRSS), ``len(nlp.vocab.strings)`` and the Python heap traced by
tracemalloc (with ``--trace``). Modes: ``stories`` is the soak's mix (50 stories of uneven
sizes); ``fresh`` gives every article new made-up names, places and numbers; ``fixed``
repeats one small vocabulary (one story, numbers from a small range). If RSS grew with the
StringStore in ``fresh`` and stayed flat in ``fixed``, the vocabulary would be the cause
(measured 2026-11-30: it is not; see bench/results.md, "soak memory").
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from soak import article_text, make_stories


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def texts(mode: str, count: int, seed: int) -> Iterator[str]:
    rng = random.Random(seed)
    if mode == "stories":  # as the soak: 50 stories of uneven sizes (weight 1/k)
        made = make_stories(50, rng)
        weights = [1 / (k + 1) for k in range(len(made))]
        for n in range(count):
            yield article_text(n, rng, rng.choices(made, weights)[0])
        return
    if mode == "fixed":
        [story] = make_stories(1, rng)
        for n in range(count):
            # the same words every time: only the report number varies, from a small range
            yield article_text(n % 50, random.Random(n % 50), story) + f" Item {n}."
        return
    for n in range(count):
        [story] = make_stories(1, rng)  # new made-up place, people and sources every article
        yield article_text(n, rng, story)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--every", type=int, default=200)
    parser.add_argument("--modes", nargs="+", default=["fresh", "fixed"])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-store", action="store_true", help="parse only, do not write")
    parser.add_argument("--trace", action="store_true", help="also trace the Python heap")
    args = parser.parse_args()

    import tracemalloc  # noqa: PLC0415

    from newsclaims.batch import analyze_results, ingest_results  # noqa: PLC0415
    from newsclaims.extract.pipeline import build_pipeline  # noqa: PLC0415
    from newsclaims.ingest.base import ReadResult  # noqa: PLC0415
    from newsclaims.model import Article  # noqa: PLC0415
    from newsclaims.store import open_store  # noqa: PLC0415

    if args.trace:
        tracemalloc.start()
    for mode in args.modes:
        print(f"\n## {mode}\n")
        print("| articles | seconds | RSS MB | strings | traced MB |")
        print("|---|---|---|---|---|")
        start = time.monotonic()
        seen = [0]

        def sample(seen: list[int] = seen, start: float = start) -> None:
            gc.collect()
            nlp = build_pipeline()
            traced = tracemalloc.get_traced_memory()[0] / 2**20
            print(
                f"| {seen[0]:,} | {time.monotonic() - start:.0f} | {rss_mb():.0f} | "
                f"{len(nlp.vocab.strings):,} | {traced:.0f} |",
                flush=True,
            )

        def results(mode: str = mode) -> Iterator[ReadResult]:
            for n, text in enumerate(texts(mode, args.articles, args.seed)):
                yield ReadResult(origin=f"{mode}-{n}", article=Article(text=text))

        def counted(_outcome: object, seen: list[int] = seen) -> None:
            seen[0] += 1
            if seen[0] % args.every == 0:
                sample()

        sample()
        with tempfile.TemporaryDirectory() as folder:
            if args.no_store:
                for outcome in analyze_results(results()):
                    counted(outcome)
            else:
                store = open_store(f"sqlite:///{Path(folder) / 'v.db'}")
                try:
                    ingest_results(results(), store, on_outcome=counted)
                finally:
                    store.close()


if __name__ == "__main__":
    main()
