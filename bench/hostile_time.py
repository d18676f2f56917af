"""How long the reliability suite's hostile inputs take, side by side with a bare parse of a
normal article, in one run: a slowdown on one of them (session 32: a 1,000,000-character line
took minutes in two content checks) shows here before CI, where no test times anything.

    python bench/hostile_time.py [--rounds N] [--clock wall|cpu] [--case NAME ...]

The inputs are the files ``tests/reliability/test_hostile_inputs.py`` writes (the same
function, so the matrix is one list). Each is ingested alone (read, analysed, stored into a
fresh SQLite store) in this process, and so is the normal article (examples/seed-article,
the reference); the bare ``nlp.pipe`` of each text that reads is timed beside it. Per input
the report gives the ingest seconds, the bare parse of its own text (cut to
``MAX_ARTICLE_CHARS``, as the analysis cuts it), their ratio, and the ingest over the normal
article's bare parse. An input whose ingest costs more than ``SLOW`` times its own parse,
relative to what the normal article's ingest costs over its parse, is marked: the stages
grow faster than the parser on it. Figures are medians of ``--rounds``; ``--clock cpu``
times this process's CPU (a shared machine's other processes barely count).
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from newsclaims import settings
from newsclaims.batch import ingest_results
from newsclaims.extract.pipeline import STAGES, build_pipeline
from newsclaims.ingest import iter_inputs
from newsclaims.store import SqlStore

ROOT = Path(__file__).resolve().parents[1]
NORMAL = ROOT / "examples" / "seed-article" / "article.txt"

#: Names of the stores, one per ingest.
_STORE_NUMBERS = itertools.count()

#: An input is marked when its ingest / own parse exceeds the normal article's by this factor.
SLOW = 3.0


def _hostile_matrix(folder: Path) -> list[Path]:
    sys.path.insert(0, str(ROOT / "tests" / "reliability"))
    import test_hostile_inputs  # noqa: PLC0415 - the suite's own list of inputs

    settings.MAX_ARCHIVE_BYTES = test_hostile_inputs.ARCHIVE_CAP
    return sorted(test_hostile_inputs.write_hostile_inputs(folder / "in").iterdir())


def _median(clock: Callable[[], float], work: list[Callable[[], object]]) -> float:
    seconds = []
    for run in work:
        started = clock()
        run()
        seconds.append(clock() - started)
    return statistics.median(seconds)


def measure(path: Path, folder: Path, clock: Callable[[], float], rounds: int) -> dict[str, float]:
    """Ingest seconds (each round into a new store, opened before the clock starts), bare
    parse seconds of the texts that read, and the characters analysed."""
    nlp = build_pipeline()
    texts = [
        r.article.text[: settings.MAX_ARTICLE_CHARS]
        for r in iter_inputs([str(path)])
        if r.article is not None
    ]

    def bare() -> None:
        with nlp.select_pipes(disable=list(STAGES)):
            for _ in nlp.pipe(texts, batch_size=settings.PIPE_BATCH_SIZE):
                pass

    stores = [SqlStore(f"sqlite:///{folder / f'{next(_STORE_NUMBERS)}.db'}") for _ in range(rounds)]
    try:
        ingest = _median(
            clock,
            [
                lambda store=store: ingest_results(iter_inputs([str(path)]), store)
                for store in stores
            ],
        )
    finally:
        for store in stores:
            store.close()
    return {
        "chars": sum(len(t) for t in texts),
        "bare": _median(clock, [bare] * rounds) if texts else 0.0,
        "ingest": ingest,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall")
    parser.add_argument("--case", action="append", default=[], help="only inputs named so")
    args = parser.parse_args()
    clock = time.process_time if args.clock == "cpu" else time.perf_counter
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cases = _hostile_matrix(folder)
        if args.case:
            cases = [c for c in cases if c.name in args.case]
        # load the model and the stages' tables before anything is timed
        measure(NORMAL, folder, clock, 1)
        normal = measure(NORMAL, folder, clock, args.rounds)
        reference = normal["ingest"] / normal["bare"]
        print(
            f"normal article ({NORMAL.relative_to(ROOT)}, {normal['chars']:.0f} chars): bare "
            f"parse {normal['bare']:.3f} s, ingest {normal['ingest']:.3f} s "
            f"({reference:.2f}x its parse); {args.clock} clock, median of {args.rounds}\n"
        )
        print("| input | chars analysed | ingest s | bare parse s | ingest / parse | "
              "ingest / normal parse | |")  # fmt: skip
        print("|---|---:|---:|---:|---:|---:|---|")
        for case in cases:
            found = measure(case, folder, clock, args.rounds)
            ratio = found["ingest"] / found["bare"] if found["bare"] else 0.0
            mark = "SLOW" if ratio > SLOW * reference else ""
            print(
                f"| {case.name} | {found['chars']:,.0f} | {found['ingest']:.3f} | "
                f"{found['bare']:.3f} | {ratio:.2f} | {found['ingest'] / normal['bare']:.1f} | "
                f"{mark} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
