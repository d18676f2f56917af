"""Memory while streaming: peak resident memory of an ingest of 1,000 and of 20,000 articles.

    python bench/memory.py ../shared/eval/attribution/polnear/train/text [--sizes 1000 20000]
        [--workers 2]

The articles (real news, repeated with their own closing line) are packed into generated
``.warc.gz`` files of 1,000 pages each and ingested into a new SQLite file by
``newsclaims ingest`` in a child process. Prints, per size, the wall time, articles/s and
peak RSS of the ingest process (and of the largest Dask worker with ``--workers``), and the
growth of peak memory from the smallest to the largest size (the target: within 20%, and
under 1 GB per process).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from _corpus import load_texts, run_ingest, write_warcs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 20000])
    parser.add_argument("--workers", type=int, default=None)
    args = parser.parse_args()
    texts = load_texts(args.folder)
    mode = f"{args.workers} Dask workers" if args.workers else "one process"
    print(f"# memory while streaming ({mode}, WARC input, SQLite store)\n")
    print("| articles | seconds | articles/s | peak RSS ingest MB | peak RSS worker MB | exit |")
    print("|---|---|---|---|---|---|")
    peaks = []
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as folder:
            warcs = write_warcs(texts, size, Path(folder) / "warc")
            run = run_ingest(warcs, f"sqlite:///{Path(folder) / 'bench.db'}", args.workers)
        peak = max(run.peak_driver_mb, run.peak_worker_mb)
        peaks.append(peak)
        print(
            f"| {size:,} | {run.seconds:.0f} | {size / run.seconds:.2f} | "
            f"{run.peak_driver_mb:.0f} | {run.peak_worker_mb:.0f} | {run.returncode} |",
            flush=True,
        )
        if run.returncode != 0:
            print(f"\n    {run.stderr}\n")
    print(
        f"\nPeak RSS of the largest process grows x{peaks[-1] / peaks[0]:.2f} from "
        f"{args.sizes[0]:,} to {args.sizes[-1]:,} articles."
    )


if __name__ == "__main__":
    main()
