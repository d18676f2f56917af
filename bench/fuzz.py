"""Fuzz every reader for a while: the property tests of ``tests/ingest/test_readers_fuzz.py``
run with a time budget per reader instead of 40 examples (not part of CI).

    python bench/fuzz.py [--minutes 10] [--only warc]

Prints, per reader, the inputs tried, the time spent and the failures found (a failure is an
exception other than our coded errors, or a result that is neither an article nor an error;
hypothesis shrinks it and prints the smallest input). The findings of earlier runs are
regression tests in ``tests/ingest/test_readers.py``.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
import traceback
from pathlib import Path

from hypothesis import HealthCheck, settings

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "ingest"))
import test_readers_fuzz as properties
from hypothesis import given


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0)
    parser.add_argument("--only", default=None, help="one reader (a substring of its name)")
    args = parser.parse_args()
    logging.disable(logging.WARNING)  # trafilatura logs every unparseable page
    batch = settings(
        max_examples=100, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    print(f"# fuzzing the readers, {args.minutes:g} minutes each\n")
    print("| reader | inputs tried | seconds | failures |")
    print("|---|---|---|---|")
    for name, (check, strategies) in properties.PROPERTIES.items():
        if args.only and args.only not in name:
            continue
        target = batch(given(**strategies)(check))
        properties.RUNS["count"] = 0
        failures: list[str] = []
        start = time.monotonic()
        while time.monotonic() - start < args.minutes * 60:
            try:
                target()
            except Exception:  # a finding: keep the shrunk example, go on fuzzing
                failures.append(traceback.format_exc(limit=-3))
        seconds = time.monotonic() - start
        print(f"| {name} | {properties.RUNS['count']:,} | {seconds:.0f} | {len(failures)} |")
        for failure in failures[:3]:
            print(f"\n```\n{failure}```\n")


if __name__ == "__main__":
    main()
