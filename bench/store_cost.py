"""The store's cost per article, apart from the analysis, and the rows it writes: analyse a
corpus once and keep the analyses, then time their writes (CPU clock: a shared machine's other
processes barely move it) or dump every table's rows, so two versions of the write path can be
compared on the same analyses, side by side.

    python bench/store_cost.py analyse CORPUS [CORPUS ...] --out analyses.pickle
    python bench/store_cost.py time analyses.pickle [--rounds N] [--db URL] [--profile N]
        [--clock cpu|wall]
    python bench/store_cost.py rows analyses.pickle --db URL --out rows.txt

``time`` writes every article into a fresh store per round as ingest does (the story profile
made outside the transaction, ``SqlStore.add`` with its assigner) and prints, per length bucket,
the fastest round's CPU milliseconds per article for the profile and for the write, and the
SQL statements per article (``--db``: a database whose ``{round}`` is replaced by the
round's number, each empty; ``--clock wall``: wall milliseconds, which count the database
server's share of a PostgreSQL write, and other processes' turns too; statements sent by
``COPY`` are not counted). ``rows`` writes them once into an empty store (``--db``; the
SQLite file or PostgreSQL database must be empty) and prints every table's rows, sorted, with
the clock columns (ingest and correction times) left out: two versions' outputs are compared
with ``diff``.
"""

from __future__ import annotations

import argparse
import cProfile
import pickle
import pstats
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import event, select

from newsclaims import derive
from newsclaims.model import Analysis
from newsclaims.store import SqlStore
from newsclaims.store.schema import metadata

#: Length buckets (words), as bench/throughput.py has them.
BUCKETS = ((0, 500, "<500"), (500, 1500, "500-1,500"), (1500, 10**9, ">1,500"))
#: Columns that hold the wall clock of the write, not what was written.
CLOCK_COLUMNS = frozenset({"ingested_at", "at", "undone_at"})
_FTS_ROWS = "SELECT claim_id, text FROM claims_fts"
#: The clock the writes are timed with (``--clock``).
clock = time.process_time


def _analyse(corpora: list[str], out: Path) -> None:
    from newsclaims.batch import analyze_results  # noqa: PLC0415 - loads spaCy
    from newsclaims.ingest import iter_inputs  # noqa: PLC0415

    analyses = [o.analysis for o in analyze_results(iter_inputs(corpora)) if o.analysis is not None]
    out.write_bytes(pickle.dumps(analyses))
    print(f"{len(analyses)} analyses -> {out}")


def _words(analysis: Analysis) -> int:
    return len(analysis.article.text.split())


def _bucket(analysis: Analysis) -> str:
    words = _words(analysis)
    return next(name for low, high, name in BUCKETS if low <= words < high)


def _write_all(store: SqlStore, analyses: list[Analysis]) -> Iterator[tuple[float, float]]:
    """Write each analysis as ingest does; yield the CPU seconds of its profile and write."""
    for analysis in analyses:
        start = clock()
        assign = derive.assign_for(analysis)
        made = clock()
        store.add(analysis, assign)
        yield made - start, clock() - made


def _time(analyses: list[Analysis], rounds: int, db: str | None, profile: int) -> None:
    statements = [0]

    def count(*_: Any) -> None:
        statements[0] += 1

    best: dict[str, list[float]] = {}
    total = 0
    with tempfile.TemporaryDirectory() as folder:
        warm = SqlStore(f"sqlite:///{Path(folder) / 'warm.db'}")  # one-time loads
        for _ in _write_all(warm, analyses[:5]):
            pass
        warm.close()
        for r in range(rounds):
            # each round an empty store: a ``{round}`` in ``--db`` is the round's number
            store = SqlStore(
                db.replace("{round}", str(r))
                if db
                else f"sqlite:///{Path(folder) / f'round{r}.db'}"
            )
            event.listen(store.engine, "before_cursor_execute", count)
            profiler = cProfile.Profile() if profile and r == rounds - 1 else None
            if profiler is not None:
                profiler.enable()
            costs: dict[str, list[float]] = {}
            for analysis, (made, wrote) in zip(analyses, _write_all(store, analyses), strict=True):
                name = _bucket(analysis)
                bucket = costs.setdefault(name, [0.0, 0.0, 0])
                bucket[0] += made
                bucket[1] += wrote
                bucket[2] += 1
            if profiler is not None:
                profiler.disable()
                pstats.Stats(profiler).sort_stats("cumulative").print_stats(profile)
            for name, (made, wrote, n) in costs.items():
                old = best.get(name, [float("inf"), float("inf"), n])
                best[name] = [min(old[0], made), min(old[1], wrote), n]
            if r == 0:
                total = statements[0]
            store.close()
    print("| bucket | articles | profile ms | write ms | statements |")
    print("| --- | --- | --- | --- | --- |")
    everything = [0.0, 0.0, 0]
    for _, _, name in BUCKETS:
        if name not in best:
            continue
        made, wrote, n = best[name]
        everything = [everything[0] + made, everything[1] + wrote, everything[2] + int(n)]
        print(f"| {name} | {int(n)} | {1000 * made / n:.2f} | {1000 * wrote / n:.2f} | |")
    made, wrote, n = everything
    print(f"| all | {int(n)} | {1000 * made / n:.2f} | {1000 * wrote / n:.2f} | {total / n:.1f} |")


def _rows(analyses: list[Analysis], db: str, out: Path) -> None:
    store = SqlStore(db)
    for _ in _write_all(store, analyses):
        pass
    lines: list[str] = []
    with store.engine.connect() as conn:
        for table in metadata.sorted_tables:
            columns = [c for c in table.columns if c.name not in CLOCK_COLUMNS]
            rows = sorted(repr(tuple(r)) for r in conn.execute(select(*columns)))
            lines.append(f"# {table.name} ({len(rows)} rows)")
            lines += rows
        if store.dialect == "sqlite":  # the claims' full-text index, a virtual table
            rows = sorted(repr(tuple(r)) for r in conn.exec_driver_sql(_FTS_ROWS))
            lines.append(f"# claims_fts ({len(rows)} rows)")
            lines += rows
    store.close()
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(lines)} lines -> {out}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("analyse", "time", "rows"))
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--db")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--profile", type=int, default=0, help="print N profile lines")
    parser.add_argument("--clock", choices=("cpu", "wall"), default="cpu")
    args = parser.parse_args()
    global clock  # noqa: PLW0603 - one setting for the whole run
    if args.clock == "wall":
        clock = time.perf_counter
    if args.command == "analyse":
        _analyse(args.paths, args.out)
        return
    analyses: list[Analysis] = pickle.loads(Path(args.paths[0]).read_bytes())
    if args.command == "time":
        _time(analyses, args.rounds, args.db, args.profile)
    else:
        _rows(analyses, args.db, args.out)


if __name__ == "__main__":
    main()
