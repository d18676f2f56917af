"""Throughput against the parser's own: bare ``nlp.pipe`` vs all newsclaims stages vs a full
ingest into SQLite, on the same texts in one run.

    python bench/throughput.py ../shared/eval/attribution/polnear/train/text [--limit 200]

Prints articles/second for each and the ratios to the bare parse (the issue's target is an
ingest at 0.8x or better of the bare parse).
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

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

    n = len(texts)
    words = sum(len(t.split()) for t in texts)
    print(f"# throughput on {n} articles ({words / n:.0f} words each on average), one process\n")
    print("| run | seconds | articles/s | ratio to bare parse |")
    print("|---|---|---|---|")
    bare = rows[0][1]
    for name, seconds in rows:
        print(f"| {name} | {seconds:.1f} | {n / seconds:.2f} | {bare / seconds:.2f} |")


if __name__ == "__main__":
    main()
