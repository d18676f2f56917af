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
from datetime import date
from pathlib import Path

from newsclaims.model import Analysis, Article, Entity, Mention
from newsclaims.reconcile.entities import first_name_fits
from newsclaims.reconcile.records import StoryChoice
from newsclaims.store import SqlStore
from newsclaims.store.sql import StoryLookup

WINDOW = 20
FILLER = "The council met again on Tuesday to discuss the budget and the new school. "
#: case -> (the person named in full first, what each bare article says, its bare name, the
#: person the last article names in full)
CASES = {
    "blocked": ("Charles Dunn", "Senator Charles opened the debate.", "Charles", "Charles Lind"),
    "joined": ("Max Verstappen", "Max won the race in the rain.", "Max", "Max Ford"),
    # nobody of the first name until the last article: it joins every bare "Max" to him
    "late": ("Anna Berg", "Max won the race in the rain.", "Max", "Max Verstappen"),
}


def _one_story(lookup: StoryLookup) -> StoryChoice:
    """Every article in one story."""
    found = lookup.candidates(["*"], limit=1)
    return StoryChoice(found[0].id if found else None, "all", {}, {"*": 1.0})


def _people(n: int, said: str, names: tuple[str, ...], filler: int) -> Analysis:
    """Article ``n``: ``said`` (naming each of ``names`` once), then ``filler`` characters
    (the article's own words among the common ones)."""
    own = " ".join(f"Item{n}x{k} followed." for k in range(40))
    pad = ((own + " " + FILLER) * (filler // len(FILLER) + 1))[:filler]
    text = f"{said} {pad} (Article {n}.)"
    found = []
    mentions = []
    for name in names:
        start = said.index(name)
        key = f"PERSON:{name.lower()}"
        found.append(Entity(key=key, name=name, type="PERSON"))
        mentions.append(Mention(start, start + len(name), name, key, "PERSON"))
    return Analysis(
        article=Article(text=text, published=date(2016, 11, 10), origin="bench"),
        entities=tuple(found),
        mentions=tuple(mentions),
    )


def run(case: str, articles: int, filler: int, db: str | None) -> None:
    """One story of ``case``: print the CPU ms per add."""
    full, said, bare, second = CASES[case]
    first_name_fits(bare, [], second)  # the name list loads once, before the clock runs
    with tempfile.TemporaryDirectory() as tmp:
        url = db or f"sqlite:///{Path(tmp) / 'bench.db'}"
        with SqlStore(url) as store:
            store.add(_people(0, f"{full} arrived in Lisbon.", (full,), filler), _one_story)
            times: list[float] = []
            print(f"{case}: {full} in full, then {articles} x {said!r}")
            print("articles  CPU ms/add (mean of the last 20)")
            for n in range(1, articles + 1):
                analysis = _people(n, said, (bare,), filler)
                began = time.process_time()
                store.add(analysis, _one_story)
                times.append((time.process_time() - began) * 1000)
                if n % 100 == 0:
                    last = times[-WINDOW:]
                    print(f"{n:8d}  {sum(last) / len(last):7.1f}")
            other = _people(articles + 1, f"{second} said the school would open.", (second,),
                            filler)  # fmt: skip
            began = time.process_time()
            store.add(other, _one_story)
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
