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

With ``--src TREE ...`` it compares source trees side by side in one run (a busy shared
machine moves a figure taken minutes apart by more than most changes): one process per tree
(``PYTHONPATH=TREE``) parses and warms up, then the trees run one round each in turn, the
order rotated, ``--rounds`` times; it prints each tree's median seconds an article and per
1,000 words (``len(text.split())``, as ``bench/throughput.py``), the ratio of the medians to
the first tree, and the spread of the per-round ratios (how noisy the run was)::

    python bench/stage_cost.py /work/shared/eval/realnews/articles newsclaims_attribution \\
        --rounds 9 --src /tmp/old/src src
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from spacy.tokens import Doc

from newsclaims.extract.pipeline import STAGES, build_pipeline, parse_articles
from newsclaims.ingest import iter_inputs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("stage", choices=STAGES)
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--src", nargs="+", type=Path, help="source trees to compare in turn")
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.src:
        compare(args)
        return
    stage, docs, words = prepared(args)
    if args.serve:  # one round for each "run" line read, its CPU seconds written back
        print(f"ready {len(docs)} {words}", flush=True)
        for _line in sys.stdin:
            print(_round(stage, docs), flush=True)
        return
    seconds = sum(_round(stage, docs) for _ in range(args.rounds)) / len(docs) / args.rounds
    print(f"{args.stage}: {seconds:.4f} s an article (CPU; {len(docs)} docs, {args.rounds} rounds)")


def prepared(args: argparse.Namespace) -> tuple[Callable[[Doc], Doc], list[Doc], int]:
    """The stage, and the corpus's docs parsed as the analysis does with the stages before it
    run on them and the stage itself run once, untimed; and the words of their texts."""
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
    return stage, docs, sum(len(a.text.split()) for a in articles)


def _round(stage: Callable[[Doc], Doc], docs: list[Doc]) -> float:
    """The CPU seconds of one run of the stage over all the docs."""
    start = time.process_time()
    for doc in docs:
        stage(doc)
    return time.process_time() - start


def compare(args: argparse.Namespace) -> None:
    """Each tree's process readies the docs, then the trees run a round each in turn."""
    here = str(Path(__file__).resolve())
    command = [sys.executable, here, str(args.corpus), args.stage, "--serve"]
    if args.limit is not None:
        command += ["--limit", str(args.limit)]
    procs = []
    for tree in args.src:
        env = {**os.environ, "PYTHONPATH": str(tree.resolve())}
        procs.append(
            subprocess.Popen(
                command, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
            )
        )
    sizes = [p.stdout.readline().split() for p in procs]  # type: ignore[union-attr]
    docs, words = int(sizes[0][1]), int(sizes[0][2])
    if any(s != sizes[0] for s in sizes):
        print(f"the trees read different corpora: {sizes}")
    seconds: list[list[float]] = [[] for _ in procs]
    for r in range(args.rounds):
        order = list(range(len(procs)))
        order = order[r % len(order) :] + order[: r % len(order)]
        for k in order:
            procs[k].stdin.write("run\n")  # type: ignore[union-attr]
            procs[k].stdin.flush()  # type: ignore[union-attr]
            seconds[k].append(float(procs[k].stdout.readline()))  # type: ignore[union-attr]
    for p in procs:
        p.stdin.close()  # type: ignore[union-attr]
        p.wait()
    first = statistics.median(seconds[0])
    print(f"{args.stage}, CPU, {docs} docs, {words} words, {args.rounds} rounds in turn")
    print("| tree | s/article (median) | s per 1,000 words | vs first | per-round ratio min-max |")
    print("|---|---|---|---|---|")
    for tree, times in zip(args.src, seconds, strict=True):
        median = statistics.median(times)
        ratios = [t / f for t, f in zip(times, seconds[0], strict=True)]
        print(
            f"| {tree} | {median / docs:.4f} | {1000 * median / words:.4f} | "
            f"{median / first:.3f} | {min(ratios):.2f}-{max(ratios):.2f} |"
        )


if __name__ == "__main__":
    main()
