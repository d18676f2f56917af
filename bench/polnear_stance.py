"""Stance measures on PolNeAR, which has no stance labels but whose spans imply two of them.

    python bench/polnear_stance.py /work/shared/eval/attribution/polnear/dev --half A

Predicted claims are paired one-to-one with gold attributions by content, as the quote-level
measure pairs them (``newsclaims.eval.attribution``). Over the pairs:

* **quoted**: a gold content that is one whole quotation (it opens with an opening mark and
  ends with a closing mark, ignoring edge punctuation) should have the stance ``quoted``, and
  one that is not should not: precision, recall and F1 of ``quoted`` against that (a rough
  measure: a transcript's turns and a partial quote whose gold opens on the subject, 'Lee
  "was ..."', count as errors of precision though ``quoted`` suits them);
* **withheld**: a gold attribution that refuses to tell (its cue "declined" or "refused", its
  content opening with "to" and a verb of ``withheld_speech.tsv``: "to comment", "to say
  whether") should give ``undisclosed`` or ``unverified`` ("to confirm"): the share that does.

Also the predicted claims (the outlet's narration left out) counted by stance. Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from newsclaims.eval.attribution import JACCARD_MATCH, _pairs, chars, read_corpus
from newsclaims.extract.pipeline import analyze_articles
from newsclaims.lexicons import read_words
from newsclaims.model import Article, ClaimKind, Stance

#: Opening and closing quotation marks of a whole-quotation gold content.
_OPEN, _CLOSE = "\"“'‘", "\"”'’"
#: Punctuation allowed outside the marks of a whole quotation.
_EDGE = " \t\n,.;:—-"
#: A gold cue that refuses.
_REFUSING = re.compile(r"\b(declin|refus)\w*\b", re.I)
#: The verbs of telling whose refusal withholds something (read from the file, so that the
#: measure runs on a checkout without the rule too).
_TELLING = read_words(
    Path(__file__).resolve().parent.parent / "src/newsclaims/extract/data/withheld_speech.tsv"
)


def _whole_quotation(text: str) -> bool:
    words = text.strip(_EDGE)
    return len(words) > 2 and words[0] in _OPEN and words[-1] in _CLOSE


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--half", choices=("A", "B"))
    args = parser.parse_args()
    docs = list(read_corpus(args.folder, half=args.half))
    analyses = analyze_articles(Article(text=d.text, origin=d.name) for d in docs)
    quoted = Counter[str]()
    withheld = Counter[str]()
    stances = Counter[str]()
    for doc, analysis in zip(docs, analyses, strict=True):
        claims = [c for c in analysis.claims if c.kind is not ClaimKind.NARRATION]
        stances.update(str(c.stance) for c in claims)
        gold = [chars(doc.text, g.content) for g in doc.gold]
        predicted = [
            chars(doc.text, tuple((s.start, s.end) for s in c.parts) or ((c.start, c.end),))
            for c in claims
        ]
        for gi, pi in _pairs(gold, predicted, JACCARD_MATCH):
            g, c = doc.gold[gi], claims[pi]
            text = " ".join(doc.text[s:e] for s, e in g.content)
            is_quote, said_quoted = _whole_quotation(text), c.stance is Stance.QUOTED
            quoted["both" if is_quote and said_quoted else "gold" if is_quote else "pred"] += (
                is_quote or said_quoted
            )
            cue = " ".join(doc.text[s:e] for s, e in g.cue or ())
            told = [w.lower() for w in text.split()[:2]]
            if _REFUSING.search(cue) and told[:1] == ["to"] and told[1:] and told[1] in _TELLING:
                withheld["gold"] += 1
                withheld["right"] += c.stance in (Stance.UNDISCLOSED, Stance.UNVERIFIED)
    both = quoted["both"]
    p = both / (both + quoted["pred"]) if both + quoted["pred"] else 0.0
    r = both / (both + quoted["gold"]) if both + quoted["gold"] else 0.0
    result: dict[str, Any] = {
        "half": args.half,
        "quoted": {
            "p": round(p, 4),
            "r": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
            "gold_quotations_paired": both + quoted["gold"],
        },
        "withheld": {
            "gold_paired": withheld["gold"],
            "undisclosed": withheld["right"],
        },
        "predicted_by_stance": dict(stances.most_common()),
    }
    json.dump(result, sys.stdout, indent=2)
    print()
    return 0


if __name__ == "__main__":
    sys.exit(main())
