"""Ingest the realnews articles into a store, as a user would (`newsclaims ingest`).

    python bench/realnews/ingest.py --db sqlite:////tmp/realnews.db [DIR] [--without-furniture]

Runs ``newsclaims ingest DIR --db URL`` with this interpreter and prints what the command
printed (stored, failed, rejected). DIR defaults to the shared corpus
(``$NEWSCLAIMS_REALNEWS`` or /work/shared/eval/realnews/articles). ``--without-furniture``
runs the same command in this process with the furniture pass switched off (it finds
nothing): the baseline that shows what furniture costs (``furniture.py --db``).
"""

from __future__ import annotations

import argparse
import sys

from _kit import CORPUS, run_cli


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directory", nargs="?", default=str(CORPUS))
    parser.add_argument("--db", required=True, help="store URL, e.g. sqlite:////tmp/realnews.db")
    parser.add_argument("--without-furniture", action="store_true")
    args = parser.parse_args()
    if args.without_furniture:
        from newsclaims.cli import main as cli  # noqa: PLC0415 - only this mode runs in-process
        from newsclaims.extract import furniture  # noqa: PLC0415

        furniture.find_furniture = lambda text: ()
        cli(["ingest", args.directory, "--db", args.db])  # exits with the command's code
        return 0
    done = run_cli("ingest", args.directory, "--db", args.db)
    # non-zero when an input failed (the rest of the batch is stored all the same)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
