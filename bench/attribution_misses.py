"""Missed PolNeAR attributions by kind, to find which cues and content edges the stage lacks.

Runs the pipeline over a PolNeAR split (or one half of it, or the first ``--limit`` articles),
pairs predictions with gold as ``newsclaims eval attribution`` does, and sorts each unmatched
gold attribution (direct or indirect, by its quote marks) into:

* ``no_cue``: no predicted claim overlaps its content and no predicted cue overlaps its cue
  (the cue is missing from the lexicons or the construction is not read);
* ``cue_no_claim``: a predicted cue overlaps the gold cue but no content overlaps;
* ``too_long`` / ``too_short`` / ``shifted``: a predicted content overlaps it, below the
  Jaccard bar, holding more / less than the gold content / neither;
* ``taken``: a prediction overlapping it at the bar was paired with another gold.

Prints counts by kind, the commonest gold cue words of each kind, and with ``--show KIND``
examples (text printed to the terminal only; never write it into the repository). Unpaired
predictions are counted by their cue words too (what precision pays for).

    python bench/attribution_misses.py ../shared/eval/attribution/polnear/train --limit 120
    python bench/attribution_misses.py ../shared/eval/attribution/polnear/dev --half A
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from newsclaims.eval.attribution import (
    JACCARD_MATCH,
    QUOTE_MARKS,
    GoldAttribution,
    Predicted,
    _pairs,
    chars,
    jaccard,
    predicted_claims,
    read_corpus,
)
from newsclaims.extract.pipeline import analyze_articles
from newsclaims.model import Article


def _cue_words(text: str, fragments: tuple[tuple[int, int], ...] | None) -> str:
    if not fragments:
        return "(none)"
    return " ".join(text[s:e] for s, e in fragments).lower().strip()


def _kind(
    text: str,
    gold: GoldAttribution,
    content: frozenset[int],
    predicted: list[Predicted],
    pred_c: list[frozenset[int]],
) -> tuple[str, float, int]:
    """The kind of an unmatched gold attribution, with its best overlap and that prediction."""
    best, best_pi = 0.0, -1
    for pi, pc in enumerate(pred_c):
        score = jaccard(content, pc)
        if score > best:
            best, best_pi = score, pi
    cue_chars = chars(text, gold.cue) if gold.cue else frozenset()
    cue_hit = any(p.cue and cue_chars & chars(text, [p.cue]) for p in predicted if cue_chars)
    if best_pi < 0:
        kind = "cue_no_claim" if cue_hit else "no_cue"
    elif best >= JACCARD_MATCH:
        kind = "taken"
    elif pred_c[best_pi] > content:
        kind = "too_long"
    elif pred_c[best_pi] < content:
        kind = "too_short"
    else:
        kind = "shifted"
    return kind, best, best_pi


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("split", type=Path)
    parser.add_argument("--half", choices=["A", "B"])
    parser.add_argument("--limit", type=int)
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("--show", action="append", default=[])
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--direct", action="store_true", help="direct quotes, not indirect")
    parser.add_argument("--jsonl", type=Path, help="write every miss as a JSON line here")
    args = parser.parse_args()
    docs = list(read_corpus(args.split, half=args.half))[args.offset :]
    if args.limit:
        docs = docs[: args.limit]
    kinds: Counter[str] = Counter()
    cues_by_kind: dict[str, Counter[str]] = {}
    unpaired: Counter[str] = Counter()
    found = gold_total = 0
    out = args.jsonl.open("w", encoding="utf-8") if args.jsonl else None
    analyses = analyze_articles(Article(text=d.text, origin=d.name) for d in docs)
    for doc, analysis in zip(docs, analyses, strict=True):
        text = doc.text
        predicted = predicted_claims(analysis)
        gold_c = [chars(text, g.content) for g in doc.gold]
        pred_c = [chars(text, p.content) for p in predicted]
        pairs = _pairs(gold_c, pred_c, JACCARD_MATCH)
        paired_g = {g for g, _ in pairs}
        paired_p = {p for _, p in pairs}
        for pi, p in enumerate(predicted):
            if pi not in paired_p:
                unpaired[_cue_words(text, (p.cue,) if p.cue else None)] += 1
        for gi, g in enumerate(doc.gold):
            direct = any(
                text[i] in QUOTE_MARKS for s, e in g.content for i in range(s, min(e, len(text)))
            )
            if direct != args.direct:
                continue
            gold_total += 1
            if gi in paired_g:
                found += 1
                continue
            kind, best, best_pi = _kind(text, g, gold_c[gi], predicted, pred_c)
            kinds[kind] += 1
            cue = _cue_words(text, g.cue)
            cues_by_kind.setdefault(kind, Counter())[cue] += 1
            record = {
                "doc": doc.name,
                "kind": kind,
                "cue": cue,
                "source": _cue_words(text, g.source),
                "content": " | ".join(text[s:e] for s, e in g.content),
                "predicted": None
                if best_pi < 0
                else " | ".join(text[s:e] for s, e in predicted[best_pi].content),
                "jaccard": round(best, 3),
            }
            if out is not None:
                out.write(json.dumps(record) + "\n")
            if kind in args.show:
                print(json.dumps(record, ensure_ascii=False))
    if out is not None:
        out.close()
    print(f"gold {gold_total}, found {found} ({found / max(gold_total, 1):.3f})")
    for kind, n in kinds.most_common():
        top = ", ".join(f"{c} {k}" for c, k in cues_by_kind[kind].most_common(args.top))
        print(f"{kind} {n}: {top}")
    print(
        "unpaired predictions by cue:",
        ", ".join(f"{c} {k}" for c, k in unpaired.most_common(args.top)),
    )


if __name__ == "__main__":
    main()
