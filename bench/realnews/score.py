"""Score filled verdict files: the proportion right per field, with counts.

    python bench/realnews/score.py bench/judgments/claims-main-seed1.jsonl [FILE ...]
        [--by half|story_half]

For each file (and pooled over files of the same resource): per verdict field, right / judged
(``true`` counts right, ``false`` wrong; ``null`` and ``"na"`` are left out and counted apart).
Claims also get "all three right" over items judged on all three; figures "all right". Recall
files give found / attributions summed over the articles. ``--by`` splits every line by the
half each item belongs to (disagreements: the half of their first side).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

from _kit import read_jsonl


def _half(item: dict[str, Any], by: str | None) -> str:
    if by is None:
        return "all"
    holder = item["sides"][0] if "sides" in item else item
    return str(holder.get(by) or "?")


def fields_score(items: list[dict[str, Any]]) -> list[str]:
    """Lines: per field right/judged, and all fields right."""
    lines = []
    fields = list(items[0]["verdict"]) if items else []
    for field in fields:
        values = [i["verdict"].get(field) for i in items]
        right = sum(v is True for v in values)
        judged = sum(v in (True, False) for v in values)
        unjudged = len(values) - judged
        share = f"{right / judged:.3f}" if judged else "  -  "
        lines.append(f"  {field:<10} {share}  ({right}/{judged}; {unjudged} not judged)")
    if len(fields) > 1:
        complete = [i for i in items if all(i["verdict"].get(f) in (True, False) for f in fields)]
        right = sum(all(i["verdict"][f] is True for f in fields) for i in complete)
        share = f"{right / len(complete):.3f}" if complete else "  -  "
        lines.append(f"  {'all right':<10} {share}  ({right}/{len(complete)})")
    return lines


def recall_score(items: list[dict[str, Any]]) -> list[str]:
    """Lines: found / attributions over the articles judged."""
    judged = [
        i
        for i in items
        if isinstance(i["verdict"].get("attributions"), int)
        and isinstance(i["verdict"].get("found"), int)
    ]
    gold = sum(i["verdict"]["attributions"] for i in judged)
    found = sum(i["verdict"]["found"] for i in judged)
    share = f"{found / gold:.3f}" if gold else "  -  "
    return [
        f"  recall     {share}  ({found}/{gold} attributions in {len(judged)} of "
        f"{len(items)} articles)"
    ]


def report(title: str, items: list[dict[str, Any]], by: str | None) -> None:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        groups[_half(item, by)].append(item)
    for half in sorted(groups):
        group = groups[half]
        label = title if by is None else f"{title} [{by} {half}]"
        print(f"{label}: {len(group)} items")
        scorer = recall_score if group[0].get("resource") == "recall" else fields_score
        for line in scorer(group):
            print(line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--by", choices=("half", "story_half"))
    args = parser.parse_args()
    pooled: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for path in args.files:
        items = read_jsonl(path)
        if not items:
            print(f"{path}: empty")
            continue
        report(str(path), items, args.by)
        pooled[str(items[0].get("resource"))].extend(items)
    if len(args.files) > 1:
        for resource, items in sorted(pooled.items()):
            report(f"pooled {resource}", items, args.by)
    return 0


if __name__ == "__main__":
    sys.exit(main())
