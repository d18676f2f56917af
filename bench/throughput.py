"""Throughput against the parser's own, by article length, in one run: the bare ``nlp.pipe``,
all newsclaims stages (no store), and a full ingest into SQLite, on the same texts; per length
bucket (<500, 500-1,500, >1,500 words) the seconds per article of the parse, of each stage, of
the rest of the analysis and of the store, the seconds per 1,000 words of each stage (a stage
whose cost grows faster than the article shows here), and the ratio of each run to the bare
parse (the aims: ingest at 0.9x the parse or better; the longest bucket at most 1.2x the
shortest per word).

    python bench/throughput.py CORPUS [--limit N] [--rounds N] [--clock wall|cpu] [--baselines]

CORPUS is any folder ``newsclaims ingest`` reads (the realnews JSON documents, PolNeAR's
text/ folder). ``--clock cpu`` times everything in this process's CPU time instead of wall time:
on a machine shared with other busy processes the wall clock counts their turns too, the CPU
clock barely. ``--baselines`` adds what a user would assemble instead (the same spaCy parse,
then textacy's direct quotations, ``dateparser.search_dates`` and quantulum3; the bench venv
has them).
"""

from __future__ import annotations

import argparse
import contextlib
import tempfile
import time
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsclaims import settings
from newsclaims.extract import guard, pipeline
from newsclaims.extract.guard import STAGE_SECONDS
from newsclaims.extract.pipeline import STAGES, analyze_articles, build_pipeline
from newsclaims.ingest import iter_inputs
from newsclaims.ingest.base import ReadResult
from newsclaims.model import Article
from newsclaims.service import ingest_results
from newsclaims.store import SqlStore

#: Upper bounds (words) of the length buckets; the last is open.
BUCKETS = ((0, 500, "<500"), (500, 1500, "500-1,500"), (1500, 10**9, ">1,500"))


@dataclass
class Run:
    """What one bucket cost, in seconds."""

    name: str
    articles: int
    words: int
    parse: float = 0.0
    analyse: float = 0.0
    ingest: float = 0.0
    store: float = 0.0
    convert: float = 0.0
    stages: Counter[str] = field(default_factory=Counter)


#: The clock every figure is read with (``--clock``).
clock: Callable[[], float] = time.perf_counter


def _timed(work: Callable[[], object]) -> float:
    start = clock()
    work()
    return clock() - start


def measure(
    name: str, articles: list[Article], chunk: int = settings.PIPE_BATCH_SIZE, rounds: int = 1
) -> Run:
    """Parse, analyse and ingest the articles, chunk by chunk: the three runs of a chunk follow
    each other, so a machine that gets busier or quieter weighs on all three alike. With
    ``rounds`` > 1 each chunk is run that many times (each ingest into a fresh store) and the
    fastest round of each run counts: on a shared machine the minimum is the least disturbed."""
    nlp = build_pipeline()
    run = Run(name, len(articles), sum(len(a.text.split()) for a in articles))
    convert = pipeline.to_analysis
    converting = [0.0]

    def timed_convert(*args: Any) -> Any:
        start = clock()
        try:
            return convert(*args)
        finally:
            converting[0] += clock() - start

    pipeline.to_analysis = timed_convert  # type: ignore[assignment]
    storing = [0.0]
    STAGE_SECONDS.clear()
    with tempfile.TemporaryDirectory() as folder:
        stores = [SqlStore(f"sqlite:///{Path(folder) / f'bench{r}.db'}") for r in range(rounds)]
        for store in stores:
            adding = store.add

            def timed_add(*args: Any, adding: Any = adding, **kwargs: Any) -> Any:
                start = clock()
                try:
                    return adding(*args, **kwargs)
                finally:
                    storing[0] += clock() - start

            store.add = timed_add  # type: ignore[method-assign]
        for n in range(0, len(articles), chunk):
            part = articles[n : n + chunk]
            texts = [a.text for a in part]

            def parse(texts: list[str] = texts) -> None:
                with nlp.select_pipes(disable=list(STAGES)):
                    for _ in nlp.pipe(texts, batch_size=settings.PIPE_BATCH_SIZE):
                        pass

            best = [float("inf")] * 3
            for store in stores:
                best[0] = min(best[0], _timed(parse))
                best[1] = min(best[1], _timed(lambda part=part: list(analyze_articles(part))))
                results = [ReadResult(origin=a.id, article=a) for a in part]
                best[2] = min(best[2], _timed(lambda r=results, s=store: ingest_results(r, s)))
            run.parse += best[0]
            run.analyse += best[1]
            run.ingest += best[2]
        for store in stores:
            store.close()
    pipeline.to_analysis = convert  # type: ignore[assignment]
    # the stages ran twice per round (analyse, then ingest): count one analyse run's share
    run.stages = Counter({k: v / (2 * rounds) for k, v in STAGE_SECONDS.items()})
    run.convert = converting[0] / (2 * rounds)
    run.store = storing[0] / rounds
    return run


def _baselines(texts: list[str]) -> None:
    import textacy.extract  # noqa: PLC0415 - bench venv only
    from dateparser.search import search_dates  # noqa: PLC0415
    from quantulum3 import classifier  # noqa: PLC0415
    from quantulum3 import parser as quantulum  # noqa: PLC0415

    nlp = build_pipeline()
    classifier.USE_CLF = False
    start = time.perf_counter()
    with nlp.select_pipes(disable=list(STAGES)), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for doc in nlp.pipe(texts, batch_size=settings.PIPE_BATCH_SIZE):
            with contextlib.suppress(ValueError):  # textacy gives up on unbalanced quotes
                sum(1 for _ in textacy.extract.triples.direct_quotations(doc))
            search_dates(doc.text, languages=["en"])
            quantulum.parse(doc.text)
    assembled = time.perf_counter() - start
    print(
        f"\nspaCy + textacy quotes + dateparser + quantulum3 on all {len(texts)} articles: "
        f"{assembled:.1f} s ({len(texts) / assembled:.2f} articles/s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--baselines", action="store_true")
    parser.add_argument(
        "--clock",
        choices=("wall", "cpu"),
        default="wall",
        help="wall time, or this process's CPU time (steadier on a shared machine)",
    )
    parser.add_argument(
        "--rounds", type=int, default=1, help="run each chunk N times; the fastest counts"
    )
    args = parser.parse_args()
    global clock  # noqa: PLW0603 - one setting for the whole run
    if args.clock == "cpu":
        clock = time.process_time
        guard.clock = time.process_time
    articles = [r.article for r in iter_inputs([str(args.corpus)]) if r.article is not None]
    articles = articles[: args.limit]
    if not articles:
        raise SystemExit(f"{args.corpus} holds no article newsclaims can read")
    list(analyze_articles(articles[:3]))  # warm up: model, gazetteer, lexicons loaded
    # every word of the corpus in the vocabulary: the bare parse runs first on each chunk,
    # and would otherwise pay alone for the first sight of its words (new lexemes)
    for _ in build_pipeline().tokenizer.pipe(a.text for a in articles):
        pass
    # and the store's path: the story-grouping vector table, the compiled statements (paid
    # once per process, like the model; in the first bucket's ingest they cost the short
    # articles about 10 ms each)
    with tempfile.TemporaryDirectory() as folder, SqlStore(f"sqlite:///{folder}/warm.db") as store:
        ingest_results([ReadResult(origin=a.id, article=a) for a in articles[:3]], store)
    runs = []
    for low, high, name in BUCKETS:
        bucket = [a for a in articles if low <= len(a.text.split()) < high]
        if bucket:
            runs.append(measure(name, bucket, rounds=args.rounds))
    total = Run("all", sum(r.articles for r in runs), sum(r.words for r in runs))
    for r in runs:
        total.parse += r.parse
        total.analyse += r.analyse
        total.ingest += r.ingest
        total.store += r.store
        total.convert += r.convert
        total.stages.update(r.stages)
    runs.append(total)

    print(
        f"# throughput on {args.corpus} ({total.articles} articles), one process, "
        f"fastest of {args.rounds} round(s) per chunk, {args.clock} clock\n"
    )
    print("| bucket (words) | articles | words/article | parse s/article | analyse / parse |")
    print("| --- | --- | --- | --- | --- |")
    for r in runs:
        print(
            f"| {r.name} | {r.articles} | {r.words / r.articles:.0f} | "
            f"{r.parse / r.articles:.3f} | "
            f"{r.parse / r.analyse:.2f}x (ingest {r.parse / r.ingest:.2f}x) |"
        )
    print(
        "\nSeconds per article: the parse (its own run), each stage, the conversion to records, "
        "the rest of the analysis (page furniture, batching), and the store:\n"
    )
    names = [s.removeprefix("newsclaims_") for s in STAGES]
    print("| bucket | parse | " + " | ".join(names) + " | convert | rest | store |")
    print("| --- " * (len(STAGES) + 5) + "|")
    for r in runs:
        rest = r.analyse - r.parse - sum(r.stages.values()) - r.convert
        cells = [f"{r.stages[s] / r.articles:.4f}" for s in STAGES]
        print(
            f"| {r.name} | {r.parse / r.articles:.4f} | "
            + " | ".join(cells)
            + f" | {r.convert / r.articles:.4f} | {rest / r.articles:.4f}"
            + f" | {r.store / r.articles:.4f} |"
        )
    print("\nStage seconds per 1,000 words (flat across buckets when a stage is linear):\n")
    print("| bucket | " + " | ".join(s.removeprefix("newsclaims_") for s in STAGES) + " |")
    print("| --- " * (len(STAGES) + 1) + "|")
    for r in runs:
        cells = [f"{1000 * r.stages[s] / r.words:.4f}" for s in STAGES]
        print(f"| {r.name} | " + " | ".join(cells) + " |")
    if args.baselines:
        _baselines([a.text for a in articles])


if __name__ == "__main__":
    main()
