"""Recall by reading articles in full: list what the product stored for each article, so a
judge who reads the whole article can count the attributions it holds and those found.

    python bench/realnews/recall.py --db sqlite:////tmp/realnews.db --n 5 --seed 1 [--label main]
        [--articles REALNEWS_ID ...] [--half A|B] [--split file|story]

Articles are drawn at random (seed) from the stored realnews articles, or named by their
realnews id (file name without ``.json``). Writes:
- ``/tmp/judging-recall-LABEL-seedS.md``: each article's text with paragraph numbers and
  offsets, then the attributions stored for it (source, cue, stance, content with offsets) and
  a count of the outlet's own narration (text: for the judge's eyes only, never committed);
- ``bench/judgments/recall-LABEL-seedS.jsonl``: one line per article with its ids, the stored
  attribution ids and a ``verdict`` to fill: ``attributions`` (how many the article holds, by
  the judge's reading) and ``found`` (how many of those a stored claim gets right enough to be
  counted: same speaker words and content), and a ``note``.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path
from typing import Any

from _kit import JUDGMENTS, halves, realnews_id, write_judging

from newsclaims.store import SqlStore, open_store
from newsclaims.store.items import NO_FILTERS


def _with_furniture(paragraph: str, furniture: list[dict[str, Any]], offset: int) -> str:
    """A paragraph (starting at ``offset`` in the article) with the furniture the product
    removed marked for the judge."""
    for f in sorted(furniture, key=lambda f: f["start"], reverse=True):
        start = max(0, f["start"] - offset)
        end = min(len(paragraph), f["end"] - offset)
        if start < end:
            paragraph = f"{paragraph[:start]}[[furniture: {paragraph[start:end]}]]{paragraph[end:]}"
    return paragraph


def stored_realnews(store: SqlStore) -> dict[str, str]:
    """Realnews id -> stored article id, for every stored realnews article."""
    stored: dict[str, str] = {}
    offset = 0
    while True:
        listing = store.articles(NO_FILTERS, offset, 500)
        for a in listing.items:
            rid = realnews_id(a.origin)
            if a.status == "stored" and rid:
                stored[rid] = a.id
        offset += 500
        if offset >= listing.total or not listing.items:
            break
    return stored


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--n", type=int, default=5)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--label", default="main")
    parser.add_argument("--articles", nargs="*", help="realnews ids to read instead of a draw")
    parser.add_argument("--half", choices=("A", "B"))
    parser.add_argument("--split", choices=("file", "story"), default="file")
    parser.add_argument("--out", type=Path, default=JUDGMENTS)
    args = parser.parse_args()
    store = open_store(args.db)
    stored = stored_realnews(store)
    if args.articles:
        chosen = [rid for rid in args.articles if rid in stored]
        missing = sorted(set(args.articles) - set(chosen))
        if missing:
            print(f"not stored: {', '.join(missing)}", file=sys.stderr)
    else:
        pool = sorted(stored)
        if args.half:
            key = "half" if args.split == "file" else "story_half"
            pool = [rid for rid in pool if halves(rid)[key] == args.half]
        chosen = random.Random(args.seed).sample(pool, min(args.n, len(pool)))

    sheet = [
        "# Recall sheet: read each article in full, count its attributions and those found",
        "",
    ]
    skeletons: list[dict[str, Any]] = []
    for n, rid in enumerate(chosen, 1):
        record = store.article(stored[rid])
        art, claims = record["article"], record["claims"]
        text: str = art["text"]
        attributions = [c for c in claims if c["kind"] != "narration"]
        sheet += [f"## {n}. {art['outlet']} | {art['title']} ({rid})", "", "### text", ""]
        sheet += ["(page furniture the product removed is shown as [[furniture: ...]])", ""]
        position = 0
        furniture = record.get("furniture", [])
        for p, paragraph in enumerate(text.split("\n")):
            if paragraph.strip():
                shown = _with_furniture(paragraph, furniture, position)
                sheet.append(f"[{p} @{position}] {shown}")
            position += len(paragraph) + 1
        sheet += [
            "",
            f"### stored attributions ({len(attributions)}; "
            f"{len(claims) - len(attributions)} narration claims not listed)",
            "",
        ]
        for c in sorted(attributions, key=lambda c: c["start"]):
            source = c["source_entity"] or c["source_text"] or "(no source)"
            sheet.append(
                f"- {c['id']} @{c['start']}-{c['end']} source **{source}** "
                f"(mention {c['source_text']!r}) cue {c['cue_text']!r} {c['stance']} {c['kind']}: "
                f"{text[c['start'] : c['end']]!r}"
            )
        sheet.append("")
        skeletons.append(
            {
                "n": n,
                "resource": "recall",
                "article_id": art["id"],
                "realnews": rid,
                **halves(rid),
                "stored": [c["id"] for c in attributions],
                "verdict": {"attributions": None, "found": None},
                "note": "",
            }
        )
    name = f"recall-{args.label}-seed{args.seed}"
    judging, skeleton = write_judging(name, sheet, skeletons, args.out)
    print(f"{len(chosen)} articles (seed {args.seed})")
    print(f"judging sheet (text, never commit): {judging}")
    print(f"verdicts to fill: {skeleton}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
