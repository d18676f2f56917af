"""Resumable ingest: kill -9 an ingest at a random point, run it again, count.

    python bench/resume.py ../shared/eval/attribution/polnear/train/text [--articles 5000]
        [--workers 2] [--seed 1]

Packs the articles into WARC files, starts ``newsclaims ingest`` into a new SQLite file,
kills the process tree with SIGKILL between 30% and 70% of the expected run time, then
runs the same command again. Prints what the killed run left, what the rerun skipped (it must
skip every stored article without parsing it again) and stored, and the final count (it must
be the number of articles, each once).
"""

from __future__ import annotations

import argparse
import random
import re
import sqlite3
import tempfile
from pathlib import Path

from _corpus import load_texts, run_ingest, write_warcs

#: Articles/s of one process on this kind of machine, to place the kill inside the run.
EXPECTED_RATE = {None: 6.0, 1: 6.0, 2: 10.0}


def _stored(path: Path) -> tuple[int, int]:
    with sqlite3.connect(path) as conn:
        query = "SELECT count(*), count(DISTINCT id) FROM articles"
        rows, distinct = conn.execute(query).fetchone()
    return int(rows), int(distinct)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    texts = load_texts(args.folder)
    with tempfile.TemporaryDirectory() as folder:
        warcs = write_warcs(texts, args.articles, Path(folder) / "warc")
        path = Path(folder) / "bench.db"
        db = f"sqlite:///{path}"
        expected = args.articles / EXPECTED_RATE.get(args.workers, 10.0)
        kill_at = rng.uniform(0.3, 0.7) * expected
        killed = run_ingest(warcs, db, args.workers, kill_after=kill_at)
        left, _ = _stored(path)
        rerun = run_ingest(warcs, db, args.workers)
        rows, distinct = _stored(path)
    pattern = r"(\d+) stored, (\d+) already stored, (\d+) rejected, (\d+) failed"
    summary = re.search(pattern, rerun.stderr)
    stored, skipped, rejected, failed = (int(g) for g in summary.groups()) if summary else (-1,) * 4
    mode = f"{args.workers} Dask workers" if args.workers else "one process"
    print(f"# resume after kill -9 ({args.articles:,} articles in WARC files, {mode}, SQLite)\n")
    print("| step | seconds | articles in store | skipped as stored | newly stored |")
    print("|---|---|---|---|---|")
    print(f"| ingest, killed at {kill_at:.0f} s | {killed.seconds:.0f} | {left:,} | | |")
    print(f"| same ingest again | {rerun.seconds:.0f} | {rows:,} | {skipped:,} | {stored:,} |")
    ok = rows == distinct == args.articles and skipped == left and failed == 0
    print(
        f"\nFinal: {rows:,} articles ({distinct:,} distinct ids) of {args.articles:,}; "
        f"{rejected} rejected, {failed} failed; rerun skipped exactly the {left:,} stored: "
        f"{'yes' if skipped == left else 'NO'}. {'PASS' if ok else 'FAIL'}"
    )


if __name__ == "__main__":
    main()
