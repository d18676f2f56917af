"""The write cost of a story full of one bare first name: one person named in full, then N
articles that name the first name alone, all in one story. Two cases: "blocked" (one
"Charles Dunn", then "Senator Charles opened the debate": an office, so never joined, and
judged again and again) and "joined" (one "Max Verstappen", then "Max won the race": each
joined to him). Prints the CPU milliseconds of this process per ``SqlStore.add`` (SQLite
runs in it; a shared machine's other processes barely move it) at every 100 articles (the
mean of the 20 adds up to that count), then the cost of one more article that names a
person in full with the first name (the one write that re-judges the story's bare-name
articles): a second Charles or Max, or ("late") the first Max of a story of bare "Max"
articles, which joins them all.

    python bench/first_names.py [--articles 400] [--case blocked|joined|late|all] [--filler 3000]

Before fix31d each add re-judged every article of the story that still used a bare first
name held by one person, with three or four statements per article: the cost grew with the
story. ``--db`` defaults to a fresh SQLite file; a PostgreSQL database given there must be
empty. Each article's filler differs (its own words), so no article is a wire copy of
another.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from _story_writes import WINDOW, one_story, people

from newsclaims.reconcile.entities import first_name_fits
from newsclaims.store import SqlStore

#: case -> (the person named in full first, what each bare article says, its bare name, the
#: person the last article names in full)
CASES = {
    "blocked": ("Charles Dunn", "Senator Charles opened the debate.", "Charles", "Charles Lind"),
    "joined": ("Max Verstappen", "Max won the race in the rain.", "Max", "Max Ford"),
    # nobody of the first name until the last article: it joins every bare "Max" to him
    "late": ("Anna Berg", "Max won the race in the rain.", "Max", "Max Verstappen"),
}


def run(case: str, articles: int, filler: int, db: str | None) -> None:
    """One story of ``case``: print the CPU ms per add."""
    full, said, bare, second = CASES[case]
    first_name_fits(bare, [], second)  # the name list loads once, before the clock runs
    with tempfile.TemporaryDirectory() as tmp:
        url = db or f"sqlite:///{Path(tmp) / 'bench.db'}"
        with SqlStore(url) as store:
            first = people(0, f"{full} arrived in Lisbon.", (full,), filler, own_words=True)
            store.add(first, one_story)
            times: list[float] = []
            print(f"{case}: {full} in full, then {articles} x {said!r}")
            print("articles  CPU ms/add (mean of the last 20)")
            for n in range(1, articles + 1):
                analysis = people(n, said, (bare,), filler, own_words=True)
                began = time.process_time()
                store.add(analysis, one_story)
                times.append((time.process_time() - began) * 1000)
                if n % 100 == 0:
                    last = times[-WINDOW:]
                    print(f"{n:8d}  {sum(last) / len(last):7.1f}")
            opens = f"{second} said the school would open."
            other = people(articles + 1, opens, (second,), filler, own_words=True)
            began = time.process_time()
            store.add(other, one_story)
            print(f"then {second} in full: {(time.process_time() - began) * 1000:.1f} ms")
            # what the bare articles name now, and that none was stored as a wire copy
            named = store.article(analysis.article.id)["mentions"][0]["name"]  # the last bare
            with store.engine.connect() as conn:
                copies = conn.exec_driver_sql(
                    "SELECT count(*) FROM articles WHERE original_id IS NOT NULL"
                ).scalar()
            print(f"the last bare {bare!r} names {named!r}; wire copies: {copies}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=400)
    parser.add_argument("--case", choices=[*CASES, "all"], default="all")
    parser.add_argument("--filler", type=int, default=3000, help="characters of text per article")
    parser.add_argument("--db", default=None)
    args = parser.parse_args()
    for case in CASES if args.case == "all" else [args.case]:
        run(case, args.articles, args.filler, args.db)


if __name__ == "__main__":
    main()
