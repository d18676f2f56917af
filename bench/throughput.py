"""Throughput against the parser's own, by article length, in one run: the bare ``nlp.pipe``
of the texts, the same model on the analysis's own docs, all newsclaims stages (no store), and
a full ingest into SQLite, on the same texts; per length bucket (<500, 500-1,500, >1,500 words)
the seconds per article of the bare parse, of the parse inside the analysis, of the docs'
preparation, of each stage, of the conversion, of the rest and of the store, the seconds per
1,000 words of each stage (a stage whose cost grows faster than the article shows here), and
the ratio of each run to the bare parse (the aims: ingest at 0.9x the parse or better; the
longest bucket at most 1.2x the shortest per word).

    python bench/throughput.py CORPUS [--limit N] [--rounds N] [--clock wall|cpu] [--baselines]

The analysis parses the text with its page furniture blanked out (captions, credits, share
buttons: fewer tokens), so the parse inside it costs less than the bare parse of the text as
given; that is why it is timed on its own docs (``model``), and the decomposition of the
analysis adds up (``rest`` near zero). The ratios stay against the bare parse of the text as
given: what a user of spaCy alone would run. Each chunk's runs repeat ``--rounds`` times, the
order rotated each round, and each figure is the median of its rounds.

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
import gc
import statistics
import tempfile
import time
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsclaims import settings
from newsclaims.extract import furniture, guard, pipeline
from newsclaims.extract.guard import STAGE_SECONDS
from newsclaims.extract.pipeline import STAGES, analyze_articles, build_pipeline, parse_articles
from newsclaims.ingest import iter_inputs
from newsclaims.ingest.base import ReadResult
from newsclaims.model import Article
from newsclaims.service import ingest_results
from newsclaims.store import SqlStore

#: Upper bounds (words) of the length buckets; the last is open.
BUCKETS = ((0, 500, "<500"), (500, 1500, "500-1,500"), (1500, 10**9, ">1,500"))


@dataclass
class Run:
    """What one bucket cost, in seconds: each figure is the median of its rounds, summed over
    the bucket's chunks."""

    name: str
    articles: int
    words: int
    tokens: int = 0
    """Tokens of the texts as given (what the bare parse reads)."""
    prepared_tokens: int = 0
    """Tokens of the docs the analysis parses: the texts with their page furniture blanked."""
    bare: float = 0.0
    """The bare ``nlp.pipe`` on the texts as given, stages off: the reference of the ratios."""
    model: float = 0.0
    """The model on the analysis's own docs (``parse_articles`` with the stages off: furniture
    blanked, sentence starts set, headlines parsed), less their preparation: the parse inside
    the analysis."""
    prepare: float = 0.0
    """Furniture, masking, sentence starts (``pipeline._prepare``) inside the analysis."""
    analyse: float = 0.0
    convert: float = 0.0
    rest: float = 0.0
    """The analysis less its parse, preparation, stages and conversion (batching, the memory
    zone, clock reads): near zero when the decomposition holds."""
    ingest: float = 0.0
    store: float = 0.0
    """``SqlStore.add`` inside the ingest."""
    stages: Counter[str] = field(default_factory=Counter)

    def add(self, other: Run) -> None:
        """Add another bucket's figures to these."""
        for name in ("tokens", "prepared_tokens"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        for name in FIGURES:
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.stages.update(other.stages)


#: The timed figures of a ``Run`` besides the stages.
FIGURES = ("bare", "model", "prepare", "analyse", "convert", "rest", "ingest", "store")
#: The runs of each chunk, in the first round's order; each later round rotates it by one.
RUNS = ("bare", "model", "analyse", "ingest")

#: The clock every figure is read with (``--clock``).
clock: Callable[[], float] = time.perf_counter


def _timed(work: Callable[[], object]) -> float:
    start = clock()
    work()
    return clock() - start


class _Meter:
    """The seconds spent in one function, counted while the timed one stands in for it."""

    def __init__(self, owner: Any, name: str) -> None:
        self.owner, self.name, self.seconds = owner, name, 0.0
        self.original = getattr(owner, name)

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = clock()
            try:
                return self.original(*args, **kwargs)
            finally:
                self.seconds += clock() - start

        setattr(owner, name, timed)

    def restore(self) -> None:
        setattr(self.owner, self.name, self.original)


def _round(
    work: dict[str, Callable[[], object]], order: tuple[str, ...], meters: dict[str, _Meter]
) -> dict[str, float]:
    """One round of a chunk's runs in ``order``: the figures of a ``Run``, and the stages'."""
    seconds: dict[str, float] = {}
    inside: dict[str, dict[str, float]] = {}
    for which in order:
        gc.collect()  # the last run's garbage is not this run's to collect
        for meter in meters.values():
            meter.seconds = 0.0
        STAGE_SECONDS.clear()
        seconds[which] = _timed(work[which])
        inside[which] = {name: m.seconds for name, m in meters.items()} | dict(STAGE_SECONDS)
    analysis = inside["analyse"]
    figures = {
        "bare": seconds["bare"],
        "model": seconds["model"] - inside["model"]["prepare"],
        "prepare": analysis["prepare"],
        "analyse": seconds["analyse"],
        "convert": analysis["convert"],
        "ingest": seconds["ingest"],
        "store": inside["ingest"]["store"],
    }
    figures |= {stage: analysis.get(stage, 0.0) for stage in STAGES}
    staged = sum(figures[stage] for stage in STAGES)
    figures["rest"] = (
        figures["analyse"] - figures["model"] - figures["prepare"] - staged - figures["convert"]
    )
    return figures


def measure(
    name: str, articles: list[Article], chunk: int = settings.PIPE_BATCH_SIZE, rounds: int = 3
) -> Run:
    """Per chunk of articles, four runs: the bare parse of the texts, the model on the
    analysis's own docs, the analysis and the ingest (into a fresh store each round). They run
    ``rounds`` times, the order rotated each round (no run always first, on cold caches, or
    always after the same other run), the garbage collected before each; every figure is the
    median of its rounds, so a machine that gets busier or quieter weighs on all alike."""
    nlp = build_pipeline()
    run = Run(name, len(articles), sum(len(a.text.split()) for a in articles))
    for article in articles:
        text = article.text[: settings.MAX_ARTICLE_CHARS]
        run.tokens += len(nlp.make_doc(text))
        masked = furniture.mask(text, furniture.find_furniture(text))
        run.prepared_tokens += len(nlp.make_doc(masked))
    meters = {"prepare": _Meter(pipeline, "_prepare"), "convert": _Meter(pipeline, "to_analysis")}
    with tempfile.TemporaryDirectory() as folder:
        stores = [SqlStore(f"sqlite:///{Path(folder) / f'bench{r}.db'}") for r in range(rounds)]
        for n in range(0, len(articles), chunk):
            part = articles[n : n + chunk]
            texts = [a.text for a in part]

            def bare(texts: list[str] = texts) -> None:
                with nlp.select_pipes(disable=list(STAGES)):
                    for _ in nlp.pipe(texts, batch_size=settings.PIPE_BATCH_SIZE):
                        pass

            def model(part: list[Article] = part) -> None:
                with nlp.select_pipes(disable=list(STAGES)):
                    for _ in parse_articles(part):
                        pass

            figures: list[dict[str, float]] = []
            for r in range(rounds):
                store = stores[r]
                meters["store"] = _Meter(store, "add")
                work: dict[str, Callable[[], object]] = {
                    "bare": bare,
                    "model": model,
                    "analyse": lambda part=part: list(analyze_articles(part)),
                    "ingest": lambda part=part, store=store: ingest_results(
                        [ReadResult(origin=a.id, article=a) for a in part], store
                    ),
                }
                shift = r % len(RUNS)
                figures.append(_round(work, RUNS[shift:] + RUNS[:shift], meters))
                meters["store"].restore()
            for key in (*FIGURES, *STAGES):
                value = statistics.median(f[key] for f in figures)
                if key in STAGES:
                    run.stages[key] += value
                else:
                    setattr(run, key, getattr(run, key) + value)
        for store in stores:
            store.close()
    meters["prepare"].restore()
    meters["convert"].restore()
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
        "--rounds",
        type=int,
        default=3,
        help="run each chunk N times, the order rotated; the median counts",
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
        total.add(r)
    runs.append(total)

    print(
        f"# throughput on {args.corpus} ({total.articles} articles), one process, "
        f"median of {args.rounds} round(s) per chunk (order rotated), {args.clock} clock\n"
    )
    print(
        "Ratios to the bare `nlp.pipe` of the texts as given (stages off); `model` is the same "
        "model on the analysis's own docs (page furniture blanked: fewer tokens), less their "
        "preparation:\n"
    )
    print(
        "| bucket (words) | articles | words/article | bare parse s/article | "
        "tokens parsed / given | model / bare | analyse | ingest |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in runs:
        print(
            f"| {r.name} | {r.articles} | {r.words / r.articles:.0f} | "
            f"{r.bare / r.articles:.3f} | {r.prepared_tokens / r.tokens:.3f} | "
            f"{r.model / r.bare:.2f} | **{r.bare / r.analyse:.2f}x** | "
            f"**{r.bare / r.ingest:.2f}x** |"
        )
    print(
        "\nSeconds per article: the bare parse (the reference), then the analysis as the sum of "
        "the model on its docs, their preparation (furniture, sentence starts), each stage, the "
        "conversion to records and the rest (analyse less all of these); then the store "
        "(`SqlStore.add`) and the rest of the ingest (ingest less analyse and store):\n"
    )
    names = [s.removeprefix("newsclaims_") for s in STAGES]
    print(
        "| bucket | bare | model | prepare | "
        + " | ".join(names)
        + " | convert | rest | analyse | store | ingest rest |"
    )
    print("| --- " * (len(STAGES) + 9) + "|")
    for r in runs:
        cells = [f"{r.stages[s] / r.articles:.4f}" for s in STAGES]
        other = r.ingest - r.analyse - r.store
        print(
            f"| {r.name} | {r.bare / r.articles:.4f} | {r.model / r.articles:.4f} | "
            f"{r.prepare / r.articles:.4f} | "
            + " | ".join(cells)
            + f" | {r.convert / r.articles:.4f} | {r.rest / r.articles:.4f} | "
            + f"{r.analyse / r.articles:.4f} | {r.store / r.articles:.4f} | "
            + f"{other / r.articles:.4f} |"
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
