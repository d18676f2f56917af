"""The write cost of a story full of one shared bare surname: two people named in full
("Tomas Varga", "Elena Varga"), then N articles that say only "Varga said" (nothing tells
which Varga), all in one story. Prints the CPU milliseconds of this process per
``SqlStore.add`` (SQLite runs in it; a shared machine's other processes barely move it) at
every 100 articles (the mean of the 20 adds up to that count), then the cost of one more
article that names a third Varga in full (the one write that must re-read the story's bare
"Varga" articles).

    python bench/shared_surnames.py [--articles 400] [--db URL] [--filler 3000]

Before workbench7's fix (fix31b) each add re-read every earlier bare-"Varga" article of the
story with its full text: the cost grew with the story. ``--db`` defaults to a fresh SQLite
file; a PostgreSQL database given there must be empty.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from _story_writes import WINDOW, one_story, people

from newsclaims.store import SqlStore


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--filler", type=int, default=3000, help="characters of text per article")
    parser.add_argument("--db", default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'bench.db'}"
        with SqlStore(url) as store:
            store.add(
                people(0, "Tomas Varga and Elena Varga arrived in Lisbon.",
                       ("Tomas Varga", "Elena Varga"), args.filler),
                one_story,
            )  # fmt: skip
            times: list[float] = []
            print("articles  CPU ms/add (mean of the last 20)")
            for n in range(1, args.articles + 1):
                bare = people(n, "Varga said the talks went well.", ("Varga",), args.filler)
                began = time.process_time()
                store.add(bare, one_story)
                times.append((time.process_time() - began) * 1000)
                if n % 100 == 0:
                    last = times[-WINDOW:]
                    print(f"{n:8d}  {sum(last) / len(last):7.1f}")
            third = people(
                args.articles + 1, "Ilona Varga said the school would open.", ("Ilona Varga",),
                args.filler,
            )  # fmt: skip
            began = time.process_time()
            store.add(third, one_story)
            print(f"a third Varga in full: {(time.process_time() - began) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
