"""Count the ORG entity joins of a store, by story: mentions whose name is not the name of the
entity they point to ("Acme UK" written, "Acme" stored).

    python bench/realnews/entity_joins.py --db sqlite:////tmp/realnews.db

A join in a story is "within" when the story also names the entity by its own name (the
story itself says the two names are one body), and "across" when it does not: the join then
came from another story. Prints counts only (no article text).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict

from sqlalchemy import create_engine, select

from newsclaims.names import normalise
from newsclaims.store.schema import articles, entities, mentions


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="store URL, e.g. sqlite:////tmp/realnews.db")
    args = parser.parse_args()
    engine = create_engine(args.db)
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


if __name__ == "__main__":
    sys.exit(main())
