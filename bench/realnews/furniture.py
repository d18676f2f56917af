"""Page furniture on realnews: precision and recall of furniture characters against the hand
annotation in ``furniture_gold.jsonl``, per story half.

    python bench/realnews/furniture.py [--gold bench/realnews/furniture_gold.jsonl] [--show]

The gold holds ids and offsets only (``{"realnews", "story_half", "chars", "furniture":
[[start, end], ...]}``; an article with no furniture has an empty list). Characters are
counted without whitespace: a character is right when ``find_furniture`` and the annotation
both call it furniture. Rules were written from story half A; half B holds stories not read
while writing them (bench/realnews/README.md). ``--show`` prints each miss and each false
alarm with its text (for the reader's eyes, never committed).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from _kit import CORPUS, read_jsonl

from newsclaims.extract.furniture import find_furniture

GOLD = Path(__file__).resolve().parent / "furniture_gold.jsonl"


def _chars(text: str, spans: list[tuple[int, int]]) -> set[int]:
    return {i for s, e in spans for i in range(s, e) if not text[i].isspace()}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    totals: dict[str, list[int]] = {}
    for g in read_jsonl(args.gold):
        data = json.loads((CORPUS / f"{g['realnews']}.json").read_text(encoding="utf-8"))
        text = data["text"]
        if len(text) != g["chars"]:
            print(f"{g['realnews']}: text length differs from the annotation", file=sys.stderr)
            return 2
        found = [(s.start, s.end) for s in find_furniture(text)]
        gold, predicted = _chars(text, g["furniture"]), _chars(text, found)
        counts = totals.setdefault(g["story_half"], [0, 0, 0, 0])
        counts[0] += len(gold & predicted)
        counts[1] += len(predicted - gold)
        counts[2] += len(gold - predicted)
        counts[3] += 1
        if args.show:
            for s, e in found:
                wrong = len(_chars(text, [(s, e)]) - gold)
                if wrong:
                    print(f"{g['realnews'][:10]} false {wrong}: {text[s:e]!r}")
            for s, e in g["furniture"]:
                missed = len(_chars(text, [(s, e)]) - predicted)
                if missed:
                    print(f"{g['realnews'][:10]} missed {missed}: {text[s:e]!r}")
    print("| story half | articles | furniture chars (gold) | precision | recall |")
    print("|---|---|---|---|---|")
    for half in sorted(totals):
        tp, fp, fn, n = totals[half]
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        print(f"| {half} | {n} | {tp + fn} | {precision:.3f} | {recall:.3f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
