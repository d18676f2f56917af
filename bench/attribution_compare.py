"""newsclaims' attribution stage against textacy's direct quotations, same data, one run.

    python bench/attribution_compare.py ../shared/eval/attribution/polnear/dev [--limit N]

Both systems get the same spaCy parse of each document (timed once, and added to both
throughputs); then each extractor runs on it and is timed on its own. Scores use the
quote-level measure of ``newsclaims eval attribution``. textacy raises on some documents:
those count as documents with no predictions (lost), as a user would experience it.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import textacy.extract

from newsclaims.eval.attribution import Predicted, read_corpus, score_predictions
from newsclaims.extract.convert import to_analysis
from newsclaims.extract.pipeline import STAGES, build_pipeline
from newsclaims.model import Article, ClaimKind


def _ours(nlp, doc, text):  # type: ignore[no-untyped-def]
    for stage in STAGES:
        doc = nlp.get_pipe(stage)(doc)
    analysis = to_analysis(doc, Article(text=text))
    return [
        Predicted(
            tuple((p.start, p.end) for p in c.parts) or ((c.start, c.end),),
            (c.source.start, c.source.end) if c.source else None,
            (c.cue.start, c.cue.end) if c.cue else None,
        )
        for c in analysis.claims
        if c.kind is not ClaimKind.NARRATION
    ]


def _tokens_span(tokens):  # type: ignore[no-untyped-def]
    if not tokens:
        return None
    return min(t.idx for t in tokens), max(t.idx + len(t) for t in tokens)


def _textacy(doc):  # type: ignore[no-untyped-def]
    found = []
    for triple in textacy.extract.triples.direct_quotations(doc):
        content = triple.content
        found.append(
            Predicted(
                ((content.start_char, content.end_char),),
                _tokens_span(triple.speaker),
                _tokens_span(triple.cue),
            )
        )
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    docs = list(read_corpus(args.split))[: args.limit]
    nlp = build_pipeline()
    parse_s = ours_s = textacy_s = 0.0
    ours, theirs = [], []
    lost = 0
    for d in docs:
        start = time.perf_counter()
        with nlp.select_pipes(disable=list(STAGES)):
            parsed = nlp(d.text)
        parse_s += time.perf_counter() - start
        start = time.perf_counter()
        try:
            found = _textacy(parsed)
        except Exception:
            found = []
            lost += 1
        textacy_s += time.perf_counter() - start
        theirs.append((d, found))
        start = time.perf_counter()
        ours.append((d, _ours(nlp, parsed, d.text)))
        ours_s += time.perf_counter() - start
    rows = [
        ("newsclaims (all stages)", score_predictions(ours), parse_s + ours_s, ours_s, 0),
        (
            "textacy direct_quotations",
            score_predictions(theirs),
            parse_s + textacy_s,
            textacy_s,
            lost,
        ),
    ]
    n = len(docs)
    print(
        f"# attribution on {args.split} ({n} documents, {rows[0][1]['gold']} gold attributions)\n"
    )
    columns = (
        "system", "P", "R", "F1", "direct R", "indirect R", "speaker acc.",
        "docs/s (parse + extract)", "extract ms/doc", "docs lost",
    )  # fmt: skip
    print("| " + " | ".join(columns) + " |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for name, r, total, extract, failed in rows:
        q = r["quote"]
        print(
            f"| {name} | {q['p']:.3f} | {q['r']:.3f} | {q['f1']:.3f} | {r['recall_direct']:.3f} | "
            f"{r['recall_indirect']:.3f} | {r['speaker_accuracy']:.3f} | {n / total:.1f} | "
            f"{1000 * extract / n:.1f} | {failed} |"
        )
    ratio = rows[0][1]["quote"]["f1"] / max(rows[1][1]["quote"]["f1"], 1e-9)
    print(
        f"\nF1 ratio newsclaims / textacy: {ratio:.2f}; shared parse time {parse_s:.1f}s",
        file=sys.stdout,
    )


if __name__ == "__main__":
    main()
