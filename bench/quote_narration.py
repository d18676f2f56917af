"""The outlet's narration that lies inside a quotation: sentences of a speaker's quotation
stored as the outlet's own statements (stance asserted), issue 16.

    python bench/quote_narration.py --polnear ../shared/eval/attribution/polnear/dev --half A
    python bench/quote_narration.py --db sqlite:////tmp/realnews.db --story-half A [--show]

Reads each narration item (PolNeAR: the pipeline's narration drafts; realnews: the stored
rows of stance asserted of one story half) and tells, from the quotation marks nearest to it
alone (double marks, then single ones; not from the quotation scanner, whose reading is what
is measured: ``quote_state``), whether it starts with an opening mark, lies between an opening
and a closing mark, closes a quotation opened before it or opens one closed after it, or none
of these. On PolNeAR it also counts the narration items that overlap a gold direct
attribution's content (``gold_direct``). ``--show`` prints the items (text: to the terminal
only, never into the repository).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "realnews"))


def _side(text: str, i: int) -> str:
    """Whether the mark at ``text[i]`` reads as opening or closing a quotation, from the
    characters beside it: "open", "close", or "?" (either, or an apostrophe: "don't", the
    plural possessive "players' ")."""
    mark = text[i]
    if mark in "“‘":
        return "open"
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if mark in "'’":
        if prev.isalnum() and nxt.isalnum():
            return "?"
        if prev.lower() == "s" and nxt.isspace():
            return "?"
    if mark == "”":
        return "close"
    opens = (prev.isspace() or prev in "([{—–-:") and nxt.isalnum()
    closes = not prev.isspace() and (nxt.isspace() or not nxt.isalnum())
    return "?" if opens == closes else ("open" if opens else "close")


def _state(text: str, start: int, end: int, pattern: str) -> str:
    content = text[start:end]
    marks = [m.start() for m in re.finditer(pattern, text)]
    if content[:1] and content[0] in pattern and _side(text, start) == "open":
        return "starts"
    before = [i for i in marks if i < start]
    inside = [i for i in marks if start <= i < end]
    after = [i for i in marks if i >= end]
    opened = bool(before) and _side(text, before[-1]) == "open"
    closed = bool(after) and _side(text, after[0]) == "close"
    if not inside:
        return "between" if opened and closed else "none"
    if opened and _side(text, inside[0]) == "close":
        return "closes"
    if closed and _side(text, inside[-1]) == "open":
        return "opens"
    return "none"


def quote_state(text: str, start: int, end: int) -> str:
    """Where a narration item stands against the quotation marks nearest to it, double marks
    first, then single ones: it ``starts`` with an opening mark, lies ``between`` an opening
    mark before it and a closing mark after it (no mark of that kind inside it), ``closes`` a
    quotation (its first mark closes, the last mark before it opens), or ``opens`` one that
    closes after it; else ``none``."""
    for pattern in ('["“”]', "['‘’]"):
        state = _state(text, start, end, pattern)
        if state != "none":
            return state if pattern.startswith('["') else state + "_single"
    return "none"


def _polnear(split: Path, half: str | None, limit: int | None) -> list[dict[str, object]]:
    from newsclaims.eval.attribution import QUOTE_MARKS, read_corpus  # noqa: PLC0415
    from newsclaims.extract.pipeline import analyze_articles  # noqa: PLC0415
    from newsclaims.model import Article, ClaimKind  # noqa: PLC0415

    docs = list(read_corpus(split, half=half))[:limit]  # type: ignore[arg-type]
    items = []
    for doc, analysis in zip(
        docs, analyze_articles(Article(text=d.text, origin=d.name) for d in docs), strict=True
    ):
        text = doc.text
        direct = [
            (s, e)
            for g in doc.gold
            if any(text[i] in QUOTE_MARKS for s, e in g.content for i in range(s, e))
            for s, e in g.content
        ]
        for c in analysis.claims:
            if c.kind is not ClaimKind.NARRATION:
                continue
            gold = any(s < c.end and c.start < e for s, e in direct)
            items.append(
                {
                    "doc": doc.name,
                    "state": quote_state(text, c.start, c.end),
                    "gold_direct": gold,
                    "text": text[c.start : c.end],
                    "before": text[max(0, c.start - 200) : c.start],
                }
            )
    return items


def _realnews(db: str, story_half: str | None) -> list[dict[str, object]]:
    from _kit import halves, realnews_id  # noqa: PLC0415
    from sqlalchemy import select  # noqa: PLC0415

    from newsclaims.store import open_store  # noqa: PLC0415
    from newsclaims.store.schema import articles, claims  # noqa: PLC0415

    store = open_store(db, create=False)
    items = []
    with store.engine.connect() as conn:
        texts = {}
        for aid, origin, text in conn.execute(
            select(articles.c.id, articles.c.origin, articles.c.text)
        ):
            if story_half is None or halves(realnews_id(origin))["story_half"] == story_half:
                texts[aid] = text
        query = select(claims.c.article_id, claims.c.start, claims.c.end).where(
            claims.c.stance == "asserted"
        )
        for aid, start, end in conn.execute(query):
            if aid not in texts:
                continue
            text = texts[aid]
            items.append(
                {
                    "doc": aid[:12],
                    "state": quote_state(text, start, end),
                    "gold_direct": None,
                    "text": text[start:end],
                    "before": text[max(0, start - 200) : start],
                }
            )
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polnear", type=Path, help="a PolNeAR split folder")
    parser.add_argument("--half", choices=("A", "B"))
    parser.add_argument("--limit", type=int)
    parser.add_argument("--db", help="a realnews store URL")
    parser.add_argument("--story-half", choices=("A", "B"))
    parser.add_argument("--show", action="store_true", help="print the items in quotations")
    args = parser.parse_args()
    if args.polnear is not None:
        items = _polnear(args.polnear, args.half, args.limit)
    else:
        items = _realnews(args.db, args.story_half)
    states = Counter(str(i["state"]) for i in items)
    gold = Counter(str(i["state"]) for i in items if i["gold_direct"])
    print(json.dumps({"narration": len(items), "by_state": states, "gold_direct": gold}))
    if args.show:
        for i in items:
            if i["state"] != "none" or i["gold_direct"]:
                print(json.dumps(i, ensure_ascii=False))


if __name__ == "__main__":
    main()
