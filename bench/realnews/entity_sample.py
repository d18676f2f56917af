"""Draw a random sample of the entities one story half names, for judging by hand, and count
how two stores' entities differ on a half.

    python bench/realnews/entity_sample.py --db URL --story-half A --n 80 --seed 1 --label main
    python bench/realnews/entity_sample.py --db URL --story-half A --list
    python bench/realnews/entity_sample.py --db URL --story-half B --diff OTHER_URL

The population is every stored entity with a mention in an article of the story half
(bench/realnews/README.md), each with its type and the number of its mentions in that half,
sorted by (name, type); ``random.Random(seed).sample`` draws from it. The judging sheet (with
each mention's context, for the judge's eyes only) goes to /tmp; the verdict skeleton (entity
names, types, article ids and offsets, no article text) to bench/judgments/. A verdict is
``true`` when the entity is a real person, body or place, of the right type, whose mentions
are all that one actor, and ``false`` with a ``class`` (``wrong-type``, ``title-person``,
``furniture``, ``merged``, ``split``, ``place-person``, ``not-a-name``, ``cut``) otherwise.

``--list`` prints the population (names, types, counts: to be read on the screen only).
``--diff`` counts the entities whose mentions changed between the two stores on the half:
an entity (name, type) is changed when the set of mention offsets pointing to it differs.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import defaultdict
from typing import Any

from _kit import JUDGMENTS, STORY_HALF, realnews_id, story_of, write_judging
from sqlalchemy import create_engine, select

from newsclaims.store.schema import articles, entities, mentions

#: Characters of context shown on either side of a mention.
WIDTH = 110
#: Mentions shown per entity on the judging sheet.
SHOWN = 6


def half_entities(db: str, half: str) -> tuple[dict[tuple[str, str], list[Any]], dict[str, str]]:
    """The entities (name, type) with mentions in the half's articles: their mentions
    (article id, start, end, text, label), and the articles' texts."""
    engine = create_engine(db)
    found: dict[tuple[str, str], list[Any]] = defaultdict(list)
    texts: dict[str, str] = {}
    with engine.connect() as conn:
        keep = {}
        for article_id, origin, text in conn.execute(
            select(articles.c.id, articles.c.origin, articles.c.text)
        ):
            name = realnews_id(origin)
            if name and STORY_HALF.get(story_of(name)) == half:
                keep[article_id] = name
                texts[article_id] = text
        query = select(
            entities.c.name,
            entities.c.type,
            mentions.c.article_id,
            mentions.c.start,
            mentions.c.end,
            mentions.c.text,
            mentions.c.label,
        ).join(mentions, mentions.c.entity_id == entities.c.id)
        for name, type_, article_id, start, end, written, label in conn.execute(query):
            if article_id in keep:
                found[(name, type_)].append((article_id, start, end, written, label))
    for rows in found.values():
        rows.sort()
    return dict(found), texts


def _context(text: str, start: int, end: int) -> str:
    lo, hi = max(0, start - WIDTH), min(len(text), end + WIDTH)
    return f"{text[lo:start]}[[{text[start:end]}]]{text[end:hi]}".replace("\n", " / ")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--story-half", choices=("A", "B"), required=True)
    parser.add_argument("--n", type=int, default=80)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--label", default="main")
    parser.add_argument("--list", action="store_true", help="print the population")
    parser.add_argument("--diff", help="another store: count the entities that changed")
    args = parser.parse_args()
    found, texts = half_entities(args.db, args.story_half)
    if args.diff:
        other, _ = half_entities(args.diff, args.story_half)
        spans = {k: {m[:3] for m in v} for k, v in found.items()}
        other_spans = {k: {m[:3] for m in v} for k, v in other.items()}
        changed = [
            k for k in spans.keys() | other_spans.keys() if spans.get(k) != other_spans.get(k)
        ]
        print(
            f"story half {args.story_half}: {len(found)} entities in {args.db}, "
            f"{len(other)} in {args.diff}; changed (mentions differ): {len(changed)} "
            f"(only in first {len(spans.keys() - other_spans.keys())}, only in second "
            f"{len(other_spans.keys() - spans.keys())})"
        )
        return 0
    population = sorted(found)
    if args.list:
        for name, type_ in population:
            print(f"{len(found[(name, type_)]):4d}  {type_:8} {name}")
        print(f"{len(population)} entities", file=sys.stderr)
        return 0
    drawn = random.Random(args.seed).sample(population, min(args.n, len(population)))
    lines = [f"# Judging sheet: entities of story half {args.story_half}, {len(drawn)} items", ""]
    skeletons: list[dict[str, Any]] = []
    for n, key in enumerate(drawn, 1):
        rows = found[key]
        written = sorted({r[3] for r in rows})
        lines += [
            f"## {n}. {key[1]} **{key[0]}** ({len(rows)} mentions in "
            f"{len({r[0] for r in rows})} articles)",
            f"- written: {written}",
        ]
        for article_id, start, end, _, label in rows[:SHOWN]:
            lines.append(f"- {article_id[:8]} {label}: {_context(texts[article_id], start, end)}")
        lines.append("")
        skeletons.append(
            {
                "n": n,
                "resource": "entities",
                "name": key[0],
                "type": key[1],
                "mentions": [[r[0], r[1], r[2]] for r in rows],
                "verdict": {"right": None},
                "class": None,
                "note": "",
            }
        )
    name = f"entities-{args.label}-half{args.story_half}-seed{args.seed}"
    sheet, skeleton = write_judging(name, lines, skeletons, JUDGMENTS)
    print(f"judging sheet: {sheet}\nverdict skeleton: {skeleton}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
