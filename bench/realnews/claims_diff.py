"""Compare the attributed claims (stance other than asserted) of two realnews stores, per
story half (``_kit.halves``).

    python bench/realnews/claims_diff.py BEFORE_URL AFTER_URL [--show A]

A claim is keyed by its article, cue start, source start and source text; a key whose rows
differ (content characters, parts, stance, kind, text, or the source's entity key) is
"changed", one only after is "added", one only before is "removed". Prints the counts per
half and kind, and with ``--show HALF`` each differing row of that half with its text and
source entity (write it to /tmp, never commit it).
"""

from __future__ import annotations

import argparse
from collections import Counter

from _kit import halves, realnews_id
from sqlalchemy import select

from newsclaims.store import open_store
from newsclaims.store.schema import articles, claims, entities

Key = tuple[str, int | None, int | None, str | None]
Row = tuple[int, int, str, str, str | None, str, str | None]


def attributed(db: str) -> tuple[dict[str, str | None], dict[Key, list[Row]]]:
    """The story half of each article, and each key's attributed claims."""
    store = open_store(db, create=False)
    half: dict[str, str | None] = {}
    rows: dict[Key, list[Row]] = {}
    with store.engine.connect() as conn:
        for aid, origin in conn.execute(select(articles.c.id, articles.c.origin)):
            half[aid] = halves(realnews_id(origin))["story_half"]
        query = select(
            claims.c.article_id,
            claims.c.cue_start,
            claims.c.source_start,
            claims.c.source_text,
            claims.c.start,
            claims.c.end,
            claims.c.stance,
            claims.c.kind,
            claims.c.parts,
            claims.c.text,
            entities.c.key,
        )
        query = query.select_from(
            claims.outerjoin(entities, claims.c.source_entity_id == entities.c.id)
        ).where(claims.c.stance != "asserted")
        for aid, cue, src, src_text, start, end, stance, kind, parts, text, who in conn.execute(
            query
        ):
            rows.setdefault((aid, cue, src, src_text), []).append(
                (start, end, stance, kind, parts, text, who)
            )
    return half, {k: sorted(v) for k, v in rows.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--show", choices=("A", "B"), help="list the differing rows of a half")
    args = parser.parse_args()
    half, before = attributed(args.before)
    _, after = attributed(args.after)
    counts: Counter[tuple[str | None, str]] = Counter()
    for key in sorted(set(before) | set(after), key=lambda k: (k[0], k[1] or 0, k[2] or 0)):
        old, new = before.get(key, []), after.get(key, [])
        if old == new:
            continue
        kind = "removed" if not new else "added" if not old else "changed"
        counts[(half.get(key[0]), kind)] += 1
        if args.show and half.get(key[0]) == args.show:
            print(f"{kind} {key[0]} cue@{key[1]} source {key[3]!r}")
            for row in old:
                print(f"   - {row[2]} {row[6]} {row[5]!r}")
            for row in new:
                print(f"   + {row[2]} {row[6]} {row[5]!r}")
    for (story_half, kind), n in sorted(counts.items(), key=lambda x: (str(x[0][0]), x[0][1])):
        print(f"story half {story_half}: {n} {kind}")


if __name__ == "__main__":
    main()
