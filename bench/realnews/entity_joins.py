"""Count the ORG entity joins of a store, by story: mentions whose name is not the name of the
entity they point to ("Acme UK" written, "Acme" stored).

    python bench/realnews/entity_joins.py --db sqlite:////tmp/realnews.db

A join in a story is "within" when the story also names the entity by its own name (the
story itself says the two names are one body), and "across" when it does not: the join then
came from another story. Prints counts only (no article text).

    python bench/realnews/entity_joins.py --db URL --people [--story-half A] [--show]

``--people`` counts, per realnews story (``--story-half``: only that half's), the joins of
PERSON entities: "typed" when a mention the recogniser labelled otherwise (ORG, GROUP, ...)
points to a person, "spelt" when a mention's name is neither the person's name nor part of
it ("Lilly Allen" for Lily Allen), and the "splits" left: a name of two words or more that
one story stores under more than one entity. ``--show`` lists them by entity name (names
only, to judge each join true or false by hand).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict

from _kit import STORY_HALF, realnews_id, story_of
from sqlalchemy import Engine, create_engine, select

from newsclaims.names import normalise
from newsclaims.store.schema import articles, entities, mentions


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="store URL, e.g. sqlite:////tmp/realnews.db")
    parser.add_argument("--people", action="store_true", help="PERSON joins and splits")
    parser.add_argument("--story-half", choices=("A", "B"), help="only this story half")
    parser.add_argument("--show", action="store_true", help="list the joined names")
    args = parser.parse_args()
    engine = create_engine(args.db)
    if args.people:
        return people(engine, args.story_half, args.show)
    names: dict[tuple[int, str, int | None], set[str]] = defaultdict(set)
    with engine.connect() as conn:
        query = (
            select(entities.c.id, entities.c.name, mentions.c.text, articles.c.story_id)
            .join(mentions, mentions.c.entity_id == entities.c.id)
            .join(articles, articles.c.id == mentions.c.article_id)
            .where(entities.c.type == "ORG")
        )
        for entity_id, name, written, story in conn.execute(query):
            names[(entity_id, name, story)].add(normalise(written))
        n_orgs = len({k[0] for k in names})
    within: Counter[int | None] = Counter()
    across: Counter[int | None] = Counter()
    for (_, name, story), written in names.items():
        other = written - {normalise(name)}
        (within if normalise(name) in written else across)[story] += len(other)
    print(f"ORG entities named: {n_orgs}")
    print(f"within-story joins: {sum(within.values())} by story {dict(sorted(within.items()))}")
    print(f"across-story joins: {sum(across.values())} by story {dict(sorted(across.items()))}")
    return 0


def people(engine: Engine, half: str | None, show: bool) -> int:
    """Print the PERSON joins and the splits left, by realnews story."""
    with engine.connect() as conn:
        story = {
            article_id: (story_of(name) if (name := realnews_id(origin)) else None)
            for article_id, origin in conn.execute(select(articles.c.id, articles.c.origin))
        }
        rows = conn.execute(
            select(entities.c.id, entities.c.name, entities.c.type, mentions.c.text)
            .add_columns(mentions.c.label, mentions.c.article_id)
            .join(mentions, mentions.c.entity_id == entities.c.id)
        ).all()
    typed: Counter[str | None] = Counter()
    spelt: Counter[str | None] = Counter()
    shown: set[tuple[str, ...]] = set()
    stored: dict[tuple[str | None, str], set[int]] = defaultdict(set)
    for entity_id, name, type_, written, label, article_id in rows:
        where = story[article_id]
        if half and STORY_HALF.get(where or "") != half:
            continue
        if len(normalise(written).split()) > 1:
            stored[(where, normalise(written))].add(entity_id)
        if type_ != "PERSON":
            continue
        words = normalise(name).split()
        if label != "PERSON":
            typed[where] += 1
            shown.add(("typed", str(where), name, f"{label} {written}"))
        elif not set(normalise(written).split()) <= set(words):
            spelt[where] += 1
            shown.add(("spelt", str(where), name, written))
    splits = Counter(where for (where, _), ids in stored.items() if len(ids) > 1)
    print(f"typed joins: {sum(typed.values())} by story {dict(sorted(typed.items(), key=str))}")
    print(f"spelt joins: {sum(spelt.values())} by story {dict(sorted(spelt.items(), key=str))}")
    print(f"names split: {sum(splits.values())} by story {dict(sorted(splits.items(), key=str))}")
    if show:
        for line in sorted(shown):
            print(" | ".join(line))
        for (where, written), ids in sorted(stored.items(), key=str):
            if len(ids) > 1:
                print(f"split | {where} | {written} | {len(ids)} entities")
    return 0


if __name__ == "__main__":
    sys.exit(main())
