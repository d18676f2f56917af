"""The cost of one newsclaims stage alone, repeated on the same docs: for a profiler.

    python bench/stage_cost.py CORPUS STAGE [--rounds N] [--limit N]

Parses the corpus once as the analysis does (``parse_articles`` with the stages off: furniture
blanked, sentence starts set, headlines parsed), runs the stages before STAGE once on each doc,
then runs STAGE once untimed (what it loads once per process, such as the gazetteer's
cities, is no cost per article) and ``--rounds`` times over all the docs, and prints its
seconds per article in this process's CPU time (steady on a shared machine). A stage run again
on a doc overwrites what it wrote, so each round does the same work. Run it under a sampling
profiler to see where the stage spends its time, e.g.::

    py-spy record -r 250 -f raw -o attr.raw -- \\
        python bench/stage_cost.py /work/shared/eval/realnews/articles newsclaims_attribution

(the parse comes first and takes longer than the rounds: read the samples under the stage's
function only).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from newsclaims.extract.pipeline import STAGES, build_pipeline, parse_articles
from newsclaims.ingest import iter_inputs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("stage", choices=STAGES)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    articles = [r.article for r in iter_inputs([str(args.corpus)]) if r.article is not None]
    articles = articles[: args.limit]
    nlp = build_pipeline()
    with nlp.select_pipes(disable=list(STAGES)):
        docs = [doc for doc, _ in parse_articles(articles)]
    before = STAGES[: STAGES.index(args.stage)]
    for doc in docs:
        for name in before:
            nlp.get_pipe(name)(doc)
    stage = nlp.get_pipe(args.stage)
    for doc in docs:  # a first round, untimed: what a stage loads once (the gazetteer's cities)
        stage(doc)
    start = time.process_time()
    for _ in range(args.rounds):
        for doc in docs:
            stage(doc)
    seconds = (time.process_time() - start) / len(docs) / args.rounds
    print(f"{args.stage}: {seconds:.4f} s an article (CPU; {len(docs)} docs, {args.rounds} rounds)")


if __name__ == "__main__":
    main()
