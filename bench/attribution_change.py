"""What an attribution change adds and removes on a PolNeAR split, paired with gold or not.

    # once with main's code, once with the branch's (the code on PYTHONPATH runs)
    PYTHONPATH=../main/src python bench/attribution_change.py dump SPLIT /tmp/a.jsonl --limit 250
    PYTHONPATH=src python bench/attribution_change.py dump SPLIT /tmp/b.jsonl --limit 250
    # a long split in pieces (run side by side, then concatenated): --offset 420 --limit 420
    python bench/attribution_change.py diff SPLIT /tmp/a.jsonl /tmp/b.jsonl [--show]

``dump`` writes, per document, the predicted claims (content, cue, source offsets), the gold
attributions (direct when the content holds a quote mark, as the scorer counts) and the pairs
of the quote-level measure. ``diff`` counts the predictions the second dump has and the first
lacks (new), and the reverse (gone), each split by whether it is paired with a gold
attribution; and the gold found, all and indirect. ``--show`` prints each new and gone row
(text to the terminal only; never write it into the repository).
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path
from typing import Any

from newsclaims.eval.attribution import (
    JACCARD_MATCH,
    QUOTE_MARKS,
    _pairs,
    chars,
    predicted_claims,
    read_corpus,
)
from newsclaims.extract.pipeline import analyze_articles
from newsclaims.model import Article


def dump(split: Path, out: Path, half: str | None, limit: int | None, offset: int = 0) -> None:
    docs = list(read_corpus(split, half=half))[offset:][:limit]
    analyses = analyze_articles(Article(text=d.text, origin=d.name) for d in docs)
    with out.open("w", encoding="utf-8") as f:
        for doc, analysis in zip(docs, analyses, strict=True):
            text = doc.text
            predicted = predicted_claims(analysis)
            gold_c = [chars(text, g.content) for g in doc.gold]
            pairs = _pairs(gold_c, [chars(text, p.content) for p in predicted], JACCARD_MATCH)
            gold = [
                {
                    "direct": any(
                        text[i] in QUOTE_MARKS
                        for s, e in g.content
                        for i in range(s, min(e, len(text)))
                    )
                }
                for g in doc.gold
            ]
            preds = [{"content": p.content, "cue": p.cue, "source": p.source} for p in predicted]
            row = {"doc": doc.name, "gold": gold, "pred": preds, "pairs": pairs}
            f.write(json.dumps(row) + "\n")


def _key(p: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(map(tuple, p["content"])), tuple(p["cue"]) if p["cue"] else None


def _text(text: str, span: list[int] | None) -> str | None:
    return text[span[0] : span[1]] if span else None


def diff(split: Path, before: Path, after: Path, show: bool) -> None:
    texts = {d.name: d.text for d in read_corpus(split)}
    old = {r["doc"]: r for r in map(json.loads, before.read_text(encoding="utf-8").splitlines())}
    counts: Counter[str] = Counter()
    for line in after.read_text(encoding="utf-8").splitlines():
        new = json.loads(line)
        if new["doc"] not in old:
            continue
        text = texts[new["doc"]]
        for name, row in (("before", old[new["doc"]]), ("after", new)):
            counts[f"predicted {name}"] += len(row["pred"])
            counts[f"gold found {name}"] += len(row["pairs"])
            counts[f"indirect found {name}"] += sum(
                1 for g, _ in row["pairs"] if not row["gold"][g]["direct"]
            )
        for tag, a, b in (("new", new, old[new["doc"]]), ("gone", old[new["doc"]], new)):
            paired = {p for _, p in a["pairs"]}
            others = {_key(p) for p in b["pred"]}
            for i, p in enumerate(a["pred"]):
                if _key(p) in others:
                    continue
                name = f"{tag} {'paired' if i in paired else 'unpaired'}"
                counts[name] += 1
                if show:
                    content = " | ".join(text[s:e] for s, e in p["content"])
                    cue, source = _text(text, p["cue"]), _text(text, p["source"])
                    print(name, repr(source), repr(cue), repr(content[:160]))
    for name in sorted(counts):
        print(f"{name}: {counts[name]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=["dump", "diff"])
    parser.add_argument("split", type=Path)
    parser.add_argument("files", type=Path, nargs="+")
    parser.add_argument("--half", choices=["A", "B"])
    parser.add_argument("--limit", type=int)
    parser.add_argument("--offset", type=int, default=0, help="skip this many documents first")
    parser.add_argument("--show", action="store_true")
    args = parser.parse_args()
    if args.mode == "dump":
        dump(args.split, args.files[0], args.half, args.limit, args.offset)
    else:
        diff(args.split, args.files[0], args.files[1], args.show)


if __name__ == "__main__":
    main()
