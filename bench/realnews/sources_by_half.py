"""List the distinct sources a realnews store shows, per story half (``_kit.STORY_HALF``).

    python bench/realnews/sources_by_half.py --db sqlite:////tmp/realnews.db [--half A] [--show]
    python bench/realnews/sources_by_half.py --db URL --half A --verdicts FILE

The sources are the rows the sources page shows (``Store.sources``) for each stored story,
named and described ones (descriptions are listed within one story), and each story's
entity type of the name where one entity of that name is a source; a story belongs to the
half of most of its articles. Prints the count of distinct sources per half, and with
``--show`` each one with its kind, entity types and claims (names only: write the listing to
/tmp, never commit it).

``--verdicts FILE`` counts the junk sources: FILE holds one JSON object a line, ``{"half":
"A", "source": NAME, "junk": true|false, "why": KIND}`` (judged by hand from the listing);
sources not judged there are counted as "unjudged".
"""

from __future__ import annotations

import argparse
import json
from collections import Counter, defaultdict
from pathlib import Path

from _kit import STORY_HALF, realnews_id, story_of
from sqlalchemy import select

from newsclaims.store import open_store
from newsclaims.store.items import Filters
from newsclaims.store.schema import articles, claims, entities

#: Rows read per story (more than any story holds).
ROWS = 10_000


def listing(db: str) -> dict[str, dict[str, dict[str, object]]]:
    """Per story half, each source row shown: its kind, claims and entity types."""
    store = open_store(db, create=False)
    found: dict[str, dict[str, dict[str, object]]] = {"A": {}, "B": {}}
    with store.engine.connect() as conn:
        halves: dict[int, Counter[str]] = defaultdict(Counter)
        for story, origin in conn.execute(select(articles.c.story_id, articles.c.origin)):
            name = realnews_id(origin)
            half = STORY_HALF.get(story_of(name)) if name else None
            if story is not None and half is not None:
                halves[story][half] += 1
        types: dict[str, set[str]] = defaultdict(set)
        query = select(entities.c.name, entities.c.type).join(
            claims, claims.c.source_entity_id == entities.c.id
        )
        for name, type_ in conn.execute(query):
            types[name].add(type_)
    for story, counted in halves.items():
        half = counted.most_common(1)[0][0]
        for item in store.sources(Filters(story=story), 0, ROWS).items:
            row = found[half].setdefault(
                item.source,
                {"kind": item.kind, "claims": 0, "types": sorted(types.get(item.source, ()))},
            )
            row["claims"] = int(str(row["claims"])) + item.claims
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="store URL, e.g. sqlite:////tmp/realnews.db")
    parser.add_argument("--half", choices=("A", "B"), help="only this story half")
    parser.add_argument("--show", action="store_true", help="list each source (to /tmp)")
    parser.add_argument("--verdicts", type=Path, help="hand verdicts: junk or not per source")
    args = parser.parse_args()
    verdicts: dict[tuple[str, str], bool] = {}
    if args.verdicts:
        for line in args.verdicts.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                verdicts[(row["half"], row["source"])] = bool(row["junk"])
    for half, rows in listing(args.db).items():
        if args.half and half != args.half:
            continue
        kinds = Counter(str(r["kind"]) for r in rows.values())
        line = f"half {half}: {len(rows)} distinct sources ({dict(sorted(kinds.items()))})"
        if args.verdicts:
            junk = sum(1 for s in rows if verdicts.get((half, s)) is True)
            unjudged = sum(1 for s in rows if (half, s) not in verdicts)
            line += f", junk {junk}, unjudged {unjudged}"
        print(line)
        if args.show:
            for source, row in sorted(rows.items(), key=lambda kv: kv[0].lower()):
                mark = {True: "JUNK", False: "ok", None: "?"}[verdicts.get((half, source))]
                kind, n, typ = row["kind"], row["claims"], ",".join(row["types"])  # type: ignore[arg-type]
                print(f"  {mark}\t{kind}\t{typ or '-'}\t{n}\t{source}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
