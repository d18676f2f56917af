"""Parallel efficiency on Dask: the same WARC corpus ingested by one process, then by a local
Dask cluster of 1 and of 2 workers, into SQLite (the driver writes) and, with ``--pg``, into
PostgreSQL (the workers write).

    python bench/scale_out.py ../shared/eval/attribution/polnear/train/text [--articles 400]
        [--workers 1 2] [--pg postgresql://postgres@127.0.0.1:5432/test]

Prints articles/s per run, the speed-up over one Dask worker and the parallel efficiency
(speed-up / workers), and the CPU milliseconds an article of the ingest process itself (the
driver: reading, scheduling, SQLite writes, the local scheduler) and of its workers, sampled
every 0.2 s (the last 0.2 s of each process is missed): on a busy machine the steadier
figures. On a 2-core machine the driver (reading, writing SQLite) shares the cores with the
workers, so 2 workers cannot reach 2x.

``--cpu`` is for a loaded machine, where wall times mean nothing: it prints the CPU seconds of
each run's whole process tree (driver, fork server, workers) and the CPU efficiency, the
one-process run's CPU over the Dask run's (1.00: Dask costs no CPU beyond the work itself;
what is missing is the extra CPU that keeps the quiet machine's efficiency down). ``--src``
alternates source trees (main's, a branch's) in each of ``--rounds`` rounds, so that both
are measured in one sitting::

    python bench/scale_out.py .../polnear/train/text --articles 96 --cpu --rounds 2 \
        --src /work/main/src $PWD/src
"""

from __future__ import annotations

import argparse
import tempfile
import uuid
from collections.abc import Callable
from pathlib import Path

from _corpus import load_texts, run_ingest, write_warcs
from sqlalchemy import create_engine, text


def _pg_schema(base: str) -> tuple[str, Callable[[], None]]:
    schema = f"nc_bench_{uuid.uuid4().hex[:8]}"
    engine = create_engine(base.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))

    def drop() -> None:
        with engine.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        engine.dispose()

    return f"{base}?options=-csearch_path%3D{schema}", drop


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--pg", default=None, help="a PostgreSQL URL to measure too")
    parser.add_argument("--cpu", action="store_true", help="CPU of the process trees only")
    parser.add_argument("--src", type=Path, nargs="+", default=None, help="source trees")
    parser.add_argument("--rounds", type=int, default=1)
    args = parser.parse_args()
    texts = load_texts(args.folder)
    if args.cpu:
        _cpu(args, texts)
        return
    print(f"# scale-out on a local Dask cluster ({args.articles} articles in WARC files)\n")
    print(
        "| store | run | seconds | articles/s | speed-up vs 1 worker | efficiency | "
        "driver CPU ms/article | workers CPU ms/article | exit |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as folder:
        warcs = write_warcs(texts, args.articles, Path(folder) / "warc")
        stores = ["sqlite"] + (["postgresql"] if args.pg else [])
        for kind in stores:
            one_worker = None
            for workers in [None, *args.workers]:
                drop: Callable[[], None] | None = None
                if kind == "sqlite":
                    db = f"sqlite:///{Path(folder) / f'{uuid.uuid4().hex}.db'}"
                else:
                    db, drop = _pg_schema(args.pg)
                try:
                    run = run_ingest(warcs, db, workers)
                finally:
                    if drop is not None:
                        drop()
                rate = args.articles / run.seconds
                label = f"--workers {workers}" if workers else "one process (no Dask)"
                speedup = efficiency = ""
                if workers == 1:
                    one_worker = rate
                if workers and one_worker:
                    speedup = f"{rate / one_worker:.2f}"
                    efficiency = f"{rate / one_worker / workers:.2f}"
                driver = 1000 * run.driver_cpu_s / args.articles
                workers_cpu = 1000 * run.worker_cpu_s / args.articles
                print(
                    f"| {kind} | {label} | {run.seconds:.1f} | {rate:.2f} | {speedup} | "
                    f"{efficiency} | {driver:.1f} | {workers_cpu:.1f} | {run.returncode} |",
                    flush=True,
                )


def _cpu(args: argparse.Namespace, texts: list[str]) -> None:
    print(f"# CPU of the ingest's process tree ({args.articles} articles in WARC files)\n")
    print(
        "| round | src | store | run | CPU s | CPU ms/article | CPU efficiency | "
        "driver CPU s | other processes CPU s | wall s | exit |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    sources: list[Path | None] = list(args.src) if args.src else [None]
    with tempfile.TemporaryDirectory() as folder:
        warcs = write_warcs(texts, args.articles, Path(folder) / "warc")
        for round_ in range(1, args.rounds + 1):
            for kind in ["sqlite"] + (["postgresql"] if args.pg else []):
                for src in sources:
                    alone = None
                    for workers in [None, *args.workers]:
                        drop: Callable[[], None] | None = None
                        if kind == "sqlite":
                            db = f"sqlite:///{Path(folder) / f'{uuid.uuid4().hex}.db'}"
                        else:
                            db, drop = _pg_schema(args.pg)
                        try:
                            run = run_ingest(warcs, db, workers, src=src)
                        finally:
                            if drop is not None:
                                drop()
                        alone = run.cpu_s if workers is None else alone
                        efficiency = f"{alone / run.cpu_s:.3f}" if workers and alone else ""
                        label = f"--workers {workers}" if workers else "one process"
                        print(
                            f"| {round_} | {src or '-'} | {kind} | {label} | {run.cpu_s:.1f} | "
                            f"{1000 * run.cpu_s / args.articles:.0f} | {efficiency} | "
                            f"{run.driver_cpu_s:.1f} | {run.worker_cpu_s:.1f} | "
                            f"{run.seconds:.0f} | {run.returncode} |",
                            flush=True,
                        )


if __name__ == "__main__":
    main()
