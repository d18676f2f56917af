"""Disagreements and figure scopes per realnews story, with each story taken as its gold
``category`` (so the count does not depend on story grouping), per half.

    python bench/realnews/disagreements_by_story.py --db sqlite:////tmp/realnews.db
        [--split file|story] [--half A|B]

The store is one that ``bench/realnews/ingest.py`` filled. Each story's records are the
stored records of its articles (of the half asked for), reconciled with this checkout's
``reconcile.story.derive_disagreements``; prints, per story, the disagreements by kind and
the figures by scope. Counts only: no article text.
"""

from __future__ import annotations

import argparse
import dataclasses
import sys
from collections import Counter

from _kit import halves, story_of
from recall import stored_realnews

from newsclaims.reconcile.story import derive_disagreements
from newsclaims.store import open_store


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--split", choices=("file", "story"), default="file")
    parser.add_argument("--half", choices=("A", "B"))
    args = parser.parse_args()
    store = open_store(args.db)
    field = "half" if args.split == "file" else "story_half"
    stories: dict[str, set[str]] = {}
    for rid, article_id in stored_realnews(store).items():
        if args.half is None or halves(rid)[field] == args.half:
            stories.setdefault(story_of(rid), set()).add(article_id)
    held = [store.story_records(s.id) for s in store.stories().items]
    print("| story | articles | disagreements | by kind | figures by scope |")
    print("|---|---|---|---|---|")
    for story, ids in sorted(stories.items()):
        records = dataclasses.replace(
            held[0],
            claims=[c for r in held for c in r.claims if c.article_id in ids],
            figures=[f for r in held for f in r.figures if f.article_id in ids],
            events=[e for r in held for e in r.events if e.article_id in ids],
        )
        found = derive_disagreements(records)
        kinds = Counter(str(d.kind) for d in found)
        scopes = Counter(f.scope or "total" for f in records.figures)
        print(
            f"| {story} | {len(ids)} | {len(found)} | "
            f"{', '.join(f'{k} {n}' for k, n in sorted(kinds.items())) or '-'} | "
            f"{', '.join(f'{k} {n}' for k, n in sorted(scopes.items()))} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
