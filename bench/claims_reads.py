"""The bare claims read behind /api/claims and the stance page's read, timed or dumped, on a
store filled by ``bench/web_pages.py`` (10,000 articles): two versions are compared by running
this with each version's ``src`` on a copy of the store each, side by side.

    python bench/claims_reads.py URL [--runs 15] [--label main]
    python bench/claims_reads.py URL --rows > rows.json

Prints the p50 ms of ``views.claims`` unfiltered (first 50), of one stance (``denied``, first
50) and of the stance's 41st page; ``--rows`` prints the rows and totals of several filters and
pages as JSON instead (``cmp`` two versions' outputs: the rows must not change).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from collections.abc import Callable

from newsclaims import views
from newsclaims.store import SqlStore
from newsclaims.store.items import Filters


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--label", default="")
    parser.add_argument("--rows", action="store_true")
    args = parser.parse_args()
    store = SqlStore(args.url)
    if args.rows:
        found = []
        for f in (Filters(), Filters(stance="denied"), Filters(stance="reported"),
                  Filters(stance="quoted"), Filters(outlet="Metro Wire")):  # fmt: skip
            for offset in (0, 50, 2000, 49950):
                page = views.claims(store, f, offset, 50)
                found.append([repr(f), offset, page.total, page.rows])
        print(json.dumps(found, default=str, sort_keys=True))
        return
    reads: dict[str, Callable[[], object]] = {
        "claims unfiltered": lambda: views.claims(store, limit=50),
        "claims stance=denied": lambda: views.claims(store, Filters(stance="denied"), limit=50),
        "claims stance=denied, page 41": lambda: views.claims(
            store, Filters(stance="denied"), 40 * 50, 50
        ),
    }
    for name, read in reads.items():
        read()
        samples = []
        for _ in range(args.runs):
            start = time.perf_counter()
            read()
            samples.append((time.perf_counter() - start) * 1000)
        p50 = statistics.median(samples)
        print(f"{args.label}\t{name}\tp50 {p50:.1f} ms", flush=True)
    store.close()


if __name__ == "__main__":
    main()
