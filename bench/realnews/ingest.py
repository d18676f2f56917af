"""Ingest the realnews articles into a store, as a user would (`newsclaims ingest`).

    python bench/realnews/ingest.py --db sqlite:////tmp/realnews.db [DIR]

Runs ``newsclaims ingest DIR --db URL`` with this interpreter and prints what the command
printed (stored, failed, rejected). DIR defaults to the shared corpus
(``$NEWSCLAIMS_REALNEWS`` or /work/shared/eval/realnews/articles).
"""

from __future__ import annotations

import argparse
import sys

from _kit import CORPUS, run_cli


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", default=str(CORPUS))
    parser.add_argument("--db", required=True, help="store URL, e.g. sqlite:////tmp/realnews.db")
    args = parser.parse_args()
    done = run_cli("ingest", args.directory, "--db", args.db)
    # non-zero when an input failed (the rest of the batch is stored all the same)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
