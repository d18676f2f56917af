"""What encoding claims with the sentence-embedding model would add to ingest.

    python bench/embedding_cost.py ../shared/eval/attribution/polnear/train/text [--articles 100]

Analyses the articles (every stage, one process), then encodes the text of every claim found
(the outlet's narration included, as the store would), in one run: prints both times, the
claims per article and the ratio encoding / analysis. A ratio r means that encoding at ingest
would make ingest about (1 + r) times slower.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsclaims.extract.pipeline import analyze_articles
from newsclaims.model import Article
from newsclaims.reconcile.embeddings import encoder


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="a folder of .txt articles")
    parser.add_argument("--articles", type=int, default=100)
    args = parser.parse_args()
    files = sorted(args.folder.glob("*.txt"))[: args.articles]
    articles = [Article(text=f.read_text(encoding="utf-8"), origin=str(f)) for f in files]
    list(analyze_articles(articles[:2]))  # load the pipeline outside the timing
    encoder().encode(["warm up"])
    started = time.perf_counter()
    analyses = list(analyze_articles(articles))
    analysed = time.perf_counter()
    texts = [c.text for a in analyses for c in a.claims]
    encoder().encode(texts)
    encoded = time.perf_counter()
    analyse_s, encode_s = analysed - started, encoded - analysed
    print(f"# embedding cost on {len(articles)} articles from {args.folder}\n")
    print("| step | seconds | rate |")
    print("|---|---|---|")
    print(
        f"| analyse (all stages) | {analyse_s:.1f} | {len(articles) / analyse_s:.2f} articles/s |"
    )
    print(f"| encode claim texts | {encode_s:.1f} | {len(texts) / encode_s:.0f} claims/s |")
    print(
        f"\n{len(texts) / len(articles):.1f} claims per article; encode / analyse = "
        f"{encode_s / analyse_s:.2f} (ingest with encoding: about x{1 + encode_s / analyse_s:.1f} "
        "the time)"
    )


if __name__ == "__main__":
    main()
