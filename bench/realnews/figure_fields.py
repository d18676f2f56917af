"""How many stored figures name what they count (``about``) and what happened to it
(``measure``), per realnews half, and a random sample of figure rows to read.

    python bench/realnews/figure_fields.py --db sqlite:////tmp/realnews.db [--split file|story]
        [--show N --seed S --half A|B]

Prints counts only; ``--show`` also writes N random rows of one half with their sentence to
``/tmp/figure-rows-HALF-seedS.md`` for reading (the text never goes into the repository).
Durations and ages are counted apart. A second table counts, per half, the pairs of figures
from two articles of one story (its gold ``category``) that name the same counted thing in the
same unit: how many overlap (agree), how many lie apart, and how many of them reconciliation
compares (both ``comparable``, one measure): where a real cross-source disagreement could be
found, and where one is kept out.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path
from typing import Any

from _kit import context, halves, realnews_id, story_of
from recall import stored_realnews
from sample import Articles, population

from newsclaims.reconcile.disagreements import comparable, interval
from newsclaims.store import open_store


def pairs(db: str, field: str) -> None:
    """Print the cross-article same-thing pairs per half."""
    store = open_store(db)
    half_of: dict[str, str | None] = {}
    story: dict[str, str] = {}
    for rid, article_id in stored_realnews(store).items():
        half_of[article_id] = halves(rid)[field]
        story[article_id] = story_of(rid)
    held = [store.story_records(s.id) for s in store.stories().items]
    groups: dict[tuple[Any, ...], list[Any]] = defaultdict(list)
    for records in held:
        for f in records.figures:
            if f.about and f.article_id in story:
                key = (half_of[f.article_id], story[f.article_id], f.about.lower(), f.unit)
                groups[key].append(f)
    counts: dict[str | None, Counter[str]] = defaultdict(Counter)
    for key, group in groups.items():
        for a, b in combinations(group, 2):
            if a.article_id == b.article_id:
                continue
            (low_a, high_a), (low_b, high_b) = interval(a), interval(b)
            apart = not (low_a <= high_b and low_b <= high_a)
            compared = comparable(a) and comparable(b) and a.measure == b.measure
            counts[key[0]].update(
                {
                    "pairs": 1,
                    "apart": apart,
                    "compared": compared,
                    "compared apart": compared and apart,
                }
            )
    print()
    print("| half | same-thing pairs | apart | compared | compared and apart |")
    print("|---|---|---|---|---|")
    for half in ("A", "B"):
        c = counts[half]
        print(f"| {half} | {c['pairs']} | {c['apart']} | {c['compared']} | {c['compared apart']} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--split", choices=("file", "story"), default="file")
    parser.add_argument("--show", type=int, default=0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--half", choices=("A", "B"), default="A")
    args = parser.parse_args()
    rows, store = population("figures", args.db)
    articles = Articles(store)
    field = "half" if args.split == "file" else "story_half"
    by_half: dict[str, list[dict[str, object]]] = {"A": [], "B": []}
    for row in rows:
        origin = articles.get(str(row["article_id"])).get("origin")
        half = halves(realnews_id(origin))[field]
        if half in by_half:
            by_half[half].append(row)
    print("| half | figures | with about | with measure | with both | durations | ages |")
    print("|---|---|---|---|---|---|---|")
    for half, kept in by_half.items():
        n = len(kept) or 1
        about = sum(1 for r in kept if r["about"])
        measure = sum(1 for r in kept if r["measure"])
        both = sum(1 for r in kept if r["about"] and r["measure"])
        kinds = Counter(str(r["measure"]) for r in kept)
        print(
            f"| {half} | {len(kept)} | {about} ({about / n:.2f}) | {measure} ({measure / n:.2f})"
            f" | {both} ({both / n:.2f}) | {kinds['duration']} | {kinds['age']} |"
        )
    pairs(args.db, field)
    if args.show:
        chosen = random.Random(args.seed).sample(
            by_half[args.half], min(args.show, len(by_half[args.half]))
        )
        lines = []
        for row in chosen:
            text = articles.get(str(row["article_id"]))["text"]
            lines += [
                f"## {row['id']}",
                f"- **{row['text']}** unit {row['unit']!r} about **{row['about']}** measure "
                f"**{row['measure']}** scope {row['scope']} source {row['source']}",
                f"- {context(text, int(row['start']), int(row['end']), 200)}",
                "",
            ]
        out = Path("/tmp") / f"figure-rows-{args.half}-seed{args.seed}.md"
        out.write_text("\n".join(lines), encoding="utf-8")
        print(f"wrote {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
