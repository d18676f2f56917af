"""Learn the reporting-cue lexicon from an annotated PolNeAR split (use ``train``, never dev).

For every verb in the split, counts how often it is (part of) a gold cue, separately for
verbs with a clausal complement or an adjacent quotation and for verbs without one. Writes
``src/newsclaims/extract/data/cues.tsv``: lemma, verbs with a complement, of them cues,
verbs without, of them cues. Only counts leave this script, never text.

    python scripts/learn_cues.py ../shared/eval/attribution/polnear/train
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from newsclaims.eval.attribution import read_corpus
from newsclaims.extract import attribution
from newsclaims.extract.pipeline import build_pipeline

OUT = Path(__file__).parent.parent / "src" / "newsclaims" / "extract" / "data" / "cues.tsv"

#: A lemma needs at least this many gold cue occurrences to be listed.
MIN_CUES = 2


def main(split: str) -> None:
    nlp = build_pipeline()
    docs = list(read_corpus(Path(split)))
    seen: Counter[tuple[str, bool]] = Counter()
    cued: Counter[tuple[str, bool]] = Counter()
    texts = ((d.text, d) for d in docs)
    for n, (parsed, doc) in enumerate(nlp.pipe(texts, as_tuples=True, batch_size=16), start=1):
        cue_chars = {i for g in doc.gold if g.cue for s, e in g.cue for i in range(s, e)}
        quotes = attribution._quotes(parsed)
        for token in parsed:
            if token.pos_ != "VERB":
                continue
            lemma = token.lemma_.lower()
            complement = any(c.dep_ in ("ccomp", "xcomp") for c in token.children) or (
                attribution._quote_for(token, None, quotes) is not None
            )
            seen[(lemma, complement)] += 1
            if token.idx in cue_chars:
                cued[(lemma, complement)] += 1
        if n % 100 == 0:
            print(f"{n}/{len(docs)}", file=sys.stderr)
    lemmas = sorted({lemma for lemma, _ in cued})
    rows = []
    for lemma in lemmas:
        total = cued[(lemma, True)] + cued[(lemma, False)]
        if total < MIN_CUES or not lemma.isalpha():
            continue
        rows.append(
            f"{lemma}\t{seen[(lemma, True)]}\t{cued[(lemma, True)]}\t"
            f"{seen[(lemma, False)]}\t{cued[(lemma, False)]}"
        )
    OUT.parent.mkdir(parents=True, exist_ok=True)
    header = "# lemma\twith_complement\tcue_with\twithout_complement\tcue_without\n"
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} lemmas -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
