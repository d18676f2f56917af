"""Throughput against the parser's own: bare ``nlp.pipe`` vs all newsclaims stages vs a full
ingest into SQLite, and vs what a user would assemble instead (the same spaCy parse, then
textacy's direct quotations, ``dateparser.search_dates`` and quantulum3), on the same texts in
one run.

    python bench/throughput.py ../shared/eval/attribution/polnear/train/text [--limit 200]

Prints articles/second for each, the ratios to the bare parse (the target: an ingest at 0.8x
or better) and newsclaims' speed and output against the assembled toolchain's.
"""

from __future__ import annotations

import argparse
import tempfile
import time
import warnings
from pathlib import Path

import textacy.extract
from dateparser.search import search_dates
from quantulum3 import classifier
from quantulum3 import parser as quantulum

from newsclaims import settings
from newsclaims.extract.pipeline import STAGES, analyze_articles, build_pipeline
from newsclaims.ingest.base import ReadResult
from newsclaims.model import Article
from newsclaims.service import ingest_results
from newsclaims.store import SqlStore


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=200)
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.folder.glob("*.txt"))[: args.limit]]
    nlp = build_pipeline()
    list(analyze_articles([Article(text=texts[0])]))  # warm up
    rows = []

    start = time.perf_counter()
    with nlp.select_pipes(disable=list(STAGES)):
        for _ in nlp.pipe(texts, batch_size=settings.PIPE_BATCH_SIZE):
            pass
    rows.append(
        ("bare nlp.pipe (tok2vec, tagger, parser, lemmatizer, ner)", time.perf_counter() - start)
    )

    start = time.perf_counter()
    for _ in analyze_articles(Article(text=t) for t in texts):
        pass
    rows.append(("newsclaims: parse + all stages (no store)", time.perf_counter() - start))

    with tempfile.TemporaryDirectory() as folder:
        store = SqlStore(f"sqlite:///{Path(folder) / 'bench.db'}")
        results = [ReadResult(origin=str(i), article=Article(text=t)) for i, t in enumerate(texts)]
        start = time.perf_counter()
        ingest_results(results, store)
        rows.append(
            ("newsclaims ingest into SQLite (one transaction each)", time.perf_counter() - start)
        )
        store.close()

    classifier.USE_CLF = False
    found = {"quotes": 0, "dates": 0, "figures": 0, "textacy_failed": 0}
    start = time.perf_counter()
    with nlp.select_pipes(disable=list(STAGES)), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for doc in nlp.pipe(texts, batch_size=settings.PIPE_BATCH_SIZE):
            try:
                found["quotes"] += sum(1 for _ in textacy.extract.triples.direct_quotations(doc))
            except ValueError:  # textacy gives up on unbalanced quotation marks
                found["textacy_failed"] += 1
            found["dates"] += len(search_dates(doc.text, languages=["en"]) or [])
            found["figures"] += len(quantulum.parse(doc.text))
    assembled = time.perf_counter() - start
    rows.append(("spaCy + textacy quotes + dateparser + quantulum3", assembled))

    ours = {"claims": 0, "times": 0, "figures": 0, "events": 0, "sourced": 0}
    for analysis in analyze_articles(Article(text=t) for t in texts):
        ours["claims"] += len(analysis.claims)
        ours["sourced"] += sum(1 for c in analysis.claims if c.source is not None)
        ours["times"] += len(analysis.times)
        ours["figures"] += len(analysis.quantities)
        ours["events"] += len(analysis.events)

    n = len(texts)
    words = sum(len(t.split()) for t in texts)
    print(f"# throughput on {n} articles ({words / n:.0f} words each on average), one process\n")
    print("| run | seconds | articles/s | ratio to bare parse |")
    print("|---|---|---|---|")
    bare = rows[0][1]
    for name, seconds in rows:
        print(f"| {name} | {seconds:.1f} | {n / seconds:.2f} | {bare / seconds:.2f} |")
    ingest_s = rows[2][1]
    print(
        f"\nnewsclaims ingest (with the store) / assembled toolchain (no store): speed "
        f"x{assembled / ingest_s:.2f}.\nExtracted from the same texts: newsclaims "
        f"{ours['claims']} claims ({ours['sourced']} with a source, direct and indirect, with "
        f"stance), {ours['times']} normalised times, {ours['figures']} figures (bound, unit, "
        f"measure, source), {ours['events']} events; the toolchain {found['quotes']} direct "
        f"quotations (textacy gave up on {found['textacy_failed']} articles), {found['dates']} "
        f"dates, {found['figures']} quantities, unlinked to each other or to sources."
    )


if __name__ == "__main__":
    main()
