"""How many stored figures name what they count (``about``) and what happened to it
(``measure``), per realnews half, and a random sample of figure rows to read.

    python bench/realnews/figure_fields.py --db sqlite:////tmp/realnews.db [--split file|story]
        [--show N --seed S --half A|B]

Prints counts only; ``--show`` also writes N random rows of one half with their sentence to
``/tmp/figure-rows-HALF-seedS.md`` for reading (the text never goes into the repository).
Figures whose measure is ``duration`` or ``age`` are counted apart: they are never compared.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections import Counter
from pathlib import Path

from _kit import context, halves, realnews_id
from sample import Articles, population


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
