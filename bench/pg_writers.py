"""Concurrent PostgreSQL writers: the same analyses written into a fresh schema by one process
and then by several at once (article i by writer i mod N, as ingest's Dask workers write
theirs), with what the writers wait on sampled from ``pg_stat_activity``.

    python bench/pg_writers.py analyses.pickle --pg postgresql://postgres@127.0.0.1:5432/test
        [--writers 1 2] [--every 0.1]

``analyses.pickle`` comes from ``bench/store_cost.py analyse``. Each writer writes as ingest
does (the story profile made outside the transaction, ``SqlStore.add`` with its assigner).
Prints, per run: wall seconds, the writers' CPU seconds, the write efficiency against one
writer ((1-writer seconds / N-writer seconds) / N), the share of samples in which a writer
was waiting on a lock (of the writers' samples: 0.5 means one of two stood still on
average), the statements waited on most, the articles that failed (E302), whether the
stories' article counts add up to the articles placed in them, and what was stored: stories,
entities, mentions, and mentions of one-word persons (bare surnames left unlinked: writers
of one story at once do not see each other's uncommitted names). Nothing here is analysed:
only the write is measured, so two writers contend far more than two Dask workers, which
parse between writes. The schema is dropped at the end.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import pickle
import re
import threading
import time
import uuid
from collections import Counter
from pathlib import Path

from sqlalchemy import create_engine, text

from newsclaims import derive
from newsclaims.errors import StorageError
from newsclaims.model import Analysis
from newsclaims.store import SqlStore

_WAITING = text(
    "SELECT wait_event_type, wait_event, query FROM pg_stat_activity "
    "WHERE application_name = :app AND state <> 'idle'"
)


def _write(url: str, analyses: list[Analysis], failed: multiprocessing.Queue) -> None:  # type: ignore[type-arg]
    store = SqlStore(url)
    for analysis in analyses:
        try:
            store.add(analysis, derive.assign_for(analysis))
        except StorageError as e:
            failed.put(f"{analysis.article.id[:8]} {str(e)[:160]}")
    store.close()


def _statement(query: str) -> str:
    """A waited-on statement, short: its first words, parameters and lists folded."""
    query = re.sub(r"\s+", " ", query)
    query = re.sub(r"\(\$?[%\w(),\s$]*\)", "(...)", query)
    return query[:70]


def _run(base: str, analyses: list[Analysis], writers: int, every: float) -> dict[str, object]:
    schema = f"nc_writers_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base.replace("postgresql://", "postgresql+psycopg://", 1))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in base else "?"
    app = f"ncw_{schema}"
    url = f"{base}{separator}options=-csearch_path%3D{schema}&application_name={app}"
    try:
        SqlStore(url).close()  # migrated before the writers start
        failed: multiprocessing.Queue = multiprocessing.Queue()  # type: ignore[type-arg]
        samples: Counter[str] = Counter()
        waited: Counter[str] = Counter()
        done = threading.Event()

        def sample() -> None:
            with admin.connect() as conn:
                while not done.is_set():
                    for kind, _event, query in conn.execute(_WAITING, {"app": app}):
                        samples["writer"] += 1
                        if kind == "Lock":
                            samples["waiting"] += 1
                            waited[_statement(query or "")] += 1
                    conn.commit()
                    time.sleep(every)

        before = os.times()
        start = time.perf_counter()
        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        procs = [
            multiprocessing.Process(target=_write, args=(url, analyses[n::writers], failed))
            for n in range(writers)
        ]
        for p in procs:
            p.start()
        for p in procs:
            p.join()
        seconds = time.perf_counter() - start
        done.set()
        sampler.join()
        after = os.times()
        errors = []
        while not failed.empty():
            errors.append(failed.get())
        with admin.begin() as conn:
            conn.execute(text(f'SET LOCAL search_path = "{schema}"'))
            counted = conn.execute(text("SELECT coalesce(sum(articles), 0) FROM stories")).scalar()
            placed = conn.execute(
                text(
                    "SELECT count(*) FROM articles WHERE story_id IS NOT NULL "
                    "AND original_id IS NULL"
                )
            ).scalar()
            stored = conn.execute(text("SELECT count(*) FROM articles")).scalar()
            shape = conn.execute(
                text(
                    "SELECT (SELECT count(*) FROM stories), (SELECT count(*) FROM entities), "
                    "(SELECT count(*) FROM mentions), (SELECT count(*) FROM mentions m JOIN "
                    "entities e ON e.id = m.entity_id WHERE e.type = 'PERSON' "
                    "AND e.name NOT LIKE '% %')"
                )
            ).one()
        return {
            "seconds": seconds,
            "cpu": (after.children_user + after.children_system)
            - (before.children_user + before.children_system),
            "samples": samples,
            "waited": waited,
            "errors": errors,
            "counts": (counted, placed, stored),
            "shape": tuple(shape),
        }
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("analyses", type=Path)
    parser.add_argument("--pg", required=True)
    parser.add_argument("--writers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--every", type=float, default=0.1, help="seconds between samples")
    args = parser.parse_args()
    analyses: list[Analysis] = pickle.loads(args.analyses.read_bytes())
    print(f"# {len(analyses)} analyses written by 1..N PostgreSQL writers\n")
    print(
        "| writers | seconds | writers' CPU s | efficiency | writer samples waiting on a lock "
        "| failed | story counts = articles placed | stories / entities / mentions / "
        "mentions of one-word persons |"
    )
    print("|---|---|---|---|---|---|---|---|")
    one = None
    waits = {}
    for writers in args.writers:
        run = _run(args.pg, analyses, writers, args.every)
        seconds = float(run["seconds"])  # type: ignore[arg-type]
        if writers == 1:
            one = seconds
        efficiency = f"{one / seconds / writers:.2f}" if one else ""
        samples: Counter[str] = run["samples"]  # type: ignore[assignment]
        share = samples["waiting"] / samples["writer"] if samples["writer"] else 0.0
        counted, placed, stored = run["counts"]  # type: ignore[misc]
        print(
            f"| {writers} | {seconds:.1f} | {float(run['cpu']):.1f} | {efficiency} | "  # type: ignore[arg-type]
            f"{share:.2f} ({samples['waiting']}/{samples['writer']}) | "
            f"{len(run['errors'])} | {counted} = {placed} of {stored}: "  # type: ignore[arg-type]
            f"{'yes' if counted == placed else 'NO'} | {run['shape']} |",
            flush=True,
        )
        waits[writers] = (run["waited"], run["errors"])
    for writers, (waited, errors) in waits.items():
        if waited or errors:
            print(f"\nwaited on, {writers} writers (samples):")
            for statement, n in waited.most_common(6):  # type: ignore[attr-defined]
                print(f"  {n:4d}  {statement}")
            for error in errors:  # type: ignore[attr-defined]
                print(f"  failed: {error}")


if __name__ == "__main__":
    main()
