"""Page furniture on realnews: precision and recall of furniture characters against the hand
annotation in ``furniture_gold.jsonl``, per story half.

    python bench/realnews/furniture.py [--gold bench/realnews/furniture_gold.jsonl] [--show]
        [--half A|B] [--db URL ...] [--speed] [--plain DIR ...]

The gold holds ids and offsets only (``{"realnews", "story_half", "chars", "furniture":
[[start, end], ...]}``; an article with no furniture has an empty list). Characters are
counted without whitespace: a character is right when ``find_furniture`` and the annotation
both call it furniture. Rules were written from story half A; half B holds stories not read
while writing them (bench/realnews/README.md). ``--show`` prints each miss and each false
alarm with its text (for the reader's eyes, never committed). ``--db`` counts, in each store
given (realnews ingested with ``bench/realnews/ingest.py``), the stored claims, claim sources
and entity mentions that lie in gold furniture: what furniture left in costs the user.
``--plain DIR ...`` counts the characters flagged, by kind, in the ``.txt`` files of text
with no furniture gold (PolNeAR's texts: a check of precision; ``--show`` lists them).
``--speed`` times finding the furniture of every article against parsing the same texts
with the bare spaCy pipeline, side by side in one run (a ratio, not absolute times).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from _kit import CORPUS, read_jsonl
from recall import stored_realnews

from newsclaims.extract.furniture import find_furniture
from newsclaims.store import open_store

GOLD = Path(__file__).resolve().parent / "furniture_gold.jsonl"


def _chars(text: str, spans: list[tuple[int, int]]) -> set[int]:
    return {i for s, e in spans for i in range(s, e) if not text[i].isspace()}


def _inside(spans: list[list[int]], start: int | None, end: int | None) -> bool:
    """Whether ``[start, end)`` lies mostly (over half its characters) in the spans."""
    if start is None or end is None or end <= start:
        return False
    covered = sum(max(0, min(end, e) - max(start, s)) for s, e in spans)
    return covered * 2 > end - start


def stored_in_furniture(db: str, gold: dict[str, list[list[int]]]) -> dict[str, list[int]]:
    """Per kind of record: [in gold furniture, all] over the stored realnews articles."""
    store = open_store(db)
    counts = {"claims": [0, 0], "sources": [0, 0], "mentions": [0, 0]}
    for rid, article_id in stored_realnews(store).items():
        spans = gold.get(rid)
        if spans is None:
            continue
        record = store.article(article_id)
        for c in record["claims"]:
            counts["claims"][0] += _inside(spans, c["start"], c["end"])
            counts["claims"][1] += 1
            if c["source_start"] is not None:
                counts["sources"][0] += _inside(spans, c["source_start"], c["source_end"])
                counts["sources"][1] += 1
        for m in record["mentions"]:
            counts["mentions"][0] += _inside(spans, m["start"], m["end"])
            counts["mentions"][1] += 1
    store.close()
    return counts


def speed(texts: list[str]) -> None:
    """Print the time of the furniture pass as a share of the bare spaCy parse."""
    import importlib  # noqa: PLC0415

    from newsclaims import settings  # noqa: PLC0415 - only the timing needs spaCy

    nlp = importlib.import_module(settings.MODEL_NAME).load()
    started = time.perf_counter()
    for _ in nlp.pipe(texts):
        pass
    parse = time.perf_counter() - started
    started = time.perf_counter()
    for text in texts:
        find_furniture(text)
    furniture = time.perf_counter() - started
    print(f"furniture pass / bare spaCy parse on {len(texts)} articles: {furniture / parse:.3f}")


def plain(directories: list[Path], show: bool) -> None:
    """Print the characters flagged as furniture in plain text files, by kind."""
    kinds: dict[str, int] = {}
    total = 0
    for directory in directories:
        for path in sorted(directory.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            total += len(text)
            for s in find_furniture(text):
                kinds[s.kind] = kinds.get(s.kind, 0) + s.end - s.start
                if show:
                    print(f"{path.name[:40]} {s.kind}: {text[s.start : s.end]!r}")
    flagged = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
    print(f"{sum(kinds.values())} of {total} characters flagged ({flagged})")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--db", nargs="*", default=[], help="stores to count records in")
    parser.add_argument("--speed", action="store_true")
    parser.add_argument("--plain", nargs="*", type=Path, default=[], help="text folders")
    parser.add_argument("--half", choices=["A", "B"], help="only the articles of this story half")
    args = parser.parse_args()
    if args.plain:
        plain(args.plain, args.show)
        return 0
    if args.speed:
        speed(
            [
                json.loads(p.read_text(encoding="utf-8"))["text"]
                for p in sorted(CORPUS.glob("*.json"))
            ]
        )
        return 0
    if args.db:
        gold = {g["realnews"]: g["furniture"] for g in read_jsonl(args.gold)}
        print(
            "| store | claims in furniture | claim sources in furniture | mentions in furniture |"
        )
        print("|---|---|---|---|")
        for db in args.db:
            c = stored_in_furniture(db, gold)
            cells = " | ".join(f"{c[k][0]} of {c[k][1]}" for k in c)
            print(f"| {db} | {cells} |")
        return 0
    totals: dict[str, list[int]] = {}
    for g in read_jsonl(args.gold):
        if args.half and g["story_half"] != args.half:
            continue  # --show on half A only, to write rules without reading half B
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
