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

It also counts, per story, the people split by a title or a bare surname: "surname splits",
a one-word PERSON entity whose word is the surname of exactly one person the story names in
full (it should be that person; with two such people, "Barack" and "Michelle Obama", it is
counted apart as "ambiguous" and rightly stays itself); "titled names", a PERSON entity whose
name starts with a title or role word (``data/person_roles.tsv``) or repeats a word
("Verstappen Verstappen"), or an entity whose name holds "of" before a person's full name
the story names ("Red Bull of Max Verstappen"); and "bare joins", mentions written as one
word of a longer person's name (the joins those rules make; ``--show`` lists them to judge).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from typing import Any

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
    surname, ambiguous, titled, bare = _name_splits(rows, story, half, shown)
    print(f"typed joins: {sum(typed.values())} by story {dict(sorted(typed.items(), key=str))}")
    print(f"spelt joins: {sum(spelt.values())} by story {dict(sorted(spelt.items(), key=str))}")
    print(f"names split: {sum(splits.values())} by story {dict(sorted(splits.items(), key=str))}")
    for label, counts in (
        ("surname splits", surname),
        ("ambiguous surnames (kept apart)", ambiguous),
        ("titled names", titled),
        ("bare joins", bare),
    ):
        print(f"{label}: {sum(counts.values())} by story {dict(sorted(counts.items(), key=str))}")
    if show:
        for line in sorted(shown):
            print(" | ".join(line))
        for (where, written), ids in sorted(stored.items(), key=str):
            if len(ids) > 1:
                print(f"split | {where} | {written} | {len(ids)} entities")
    return 0


def _roles() -> frozenset[str]:
    """The title and role words of the extractor's data file (read as the extractor reads it)."""
    from newsclaims.extract.speakers import person_roles  # noqa: PLC0415 (loads the lexicon)

    return person_roles()


def _name_splits(
    rows: list[Any],
    story: dict[str, str | None],
    half: str | None,
    shown: set[tuple[str, ...]],
) -> tuple[Counter[str | None], ...]:
    """(surname splits, ambiguous surnames, titled names, bare joins) by story; the names
    of each are added to ``shown``."""
    roles = _roles()
    names: dict[str | None, dict[int, tuple[str, str]]] = defaultdict(dict)
    bare: Counter[str | None] = Counter()
    for entity_id, name, type_, written, _label, article_id in rows:
        where = story[article_id]
        if half and STORY_HALF.get(where or "") != half:
            continue
        names[where][entity_id] = (name, type_)
        words, wrote = normalise(name).split(), normalise(written).split()
        if type_ == "PERSON" and len(words) > 1 and len(wrote) == 1 and wrote[0] in words:
            bare[where] += 1
            shown.add(("bare", str(where), name, written))
    surname: Counter[str | None] = Counter()
    ambiguous: Counter[str | None] = Counter()
    titled: Counter[str | None] = Counter()
    for where, found in names.items():
        full: dict[str, set[str]] = defaultdict(set)
        for name, type_ in found.values():
            words = normalise(name).split()
            if type_ == "PERSON" and len(words) > 1 and words[0] not in roles:
                full[words[-1]].add(normalise(name))
        for name, type_ in found.values():
            words = normalise(name).split()
            if type_ == "PERSON" and len(words) == 1 and words[0] in full:
                many = len(full[words[0]]) > 1
                (ambiguous if many else surname)[where] += 1
                shown.add(("ambiguous" if many else "surname", str(where), name, ""))
            doubled = len(words) > 1 and len(set(words)) < len(words)
            of_person = " of " in f" {' '.join(words)} " and any(
                normalise(name).endswith(f"of {n}") for ns in full.values() for n in ns
            )
            if (type_ == "PERSON" and len(words) > 1 and (words[0] in roles or doubled)) or (
                of_person
            ):
                titled[where] += 1
                shown.add(("titled", str(where), name, type_))
    return surname, ambiguous, titled, bare


if __name__ == "__main__":
    sys.exit(main())
