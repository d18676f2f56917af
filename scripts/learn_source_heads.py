"""Learn which common nouns can head a source, from an annotated PolNeAR split (use ``train``,
never dev).

For every gold source span of the split, the root of its parse is its head; a common noun
head ("officials", "the poll", "critics") is counted under its lower-cased lemma. Writes
``src/newsclaims/data/source_heads.tsv``: provenance lines (``cue_corpus.header``),
then lemma and count. Only counts leave this script, never text.

The attribution stage reads the list for cues learnt from the corpus alone (not the hand
list ``attribution.CUES``): a common-noun subject no gold source was ever headed by ("the new
bars signal ...", "oxygen is being pumped by the rescuers") is the outlet's narration, not a
speaker.

    python scripts/learn_source_heads.py ../shared/eval/attribution/polnear/train --parsed /tmp/p
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from cue_corpus import Corpus, arguments, header, load_model, parse

from newsclaims import lexicons

OUT = lexicons.DATA / "source_heads.tsv"


def main(split: Path, parsed: Path | None = None) -> None:
    corpus = Corpus.read(split)
    nlp = load_model()
    heads: Counter[str] = Counter()
    for doc, gold in zip(parse(corpus, nlp, parsed), corpus.documents, strict=True):
        for g in gold.gold:
            if not g.source:
                continue
            span = doc.char_span(g.source[0][0], g.source[-1][1], alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            if root.pos_ == "NOUN":
                heads[root.lemma_.lower()] += 1
    lines = [f"{lemma}\t{n}\n" for lemma, n in sorted(heads.items())]
    text = header("scripts/learn_source_heads.py", corpus, nlp) + "# lemma\tsources\n"
    OUT.write_text(text + "".join(lines), encoding="utf-8")
    print(f"{len(heads)} lemmas -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main(*arguments(__doc__ or "")[:2])
