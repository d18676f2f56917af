"""Learn in which constructions each reporting verb is a cue, from PolNeAR train (never dev).

For every verb that the cue lexicon (cues.tsv) knows, counts per construction
(``attribution.cue_frame``: "seemed tired", "seemed to suggest", "seemed to him", "found
himself", "slammed into", ...) how often it is (part of) a gold cue. Writes
``src/newsclaims/extract/data/cue_frames.tsv``: lemma, frame, verbs, of them cues. Only counts
leave this script, never text.

    python scripts/learn_cue_frames.py ../shared/eval/attribution/polnear/train
"""

from __future__ import annotations

import importlib
import sys
from collections import Counter
from pathlib import Path

from newsclaims import settings
from newsclaims.eval.attribution import read_corpus
from newsclaims.extract import attribution

OUT = Path(__file__).parent.parent / "src" / "newsclaims" / "extract" / "data" / "cue_frames.tsv"


def main(split: str) -> None:
    nlp = importlib.import_module(settings.MODEL_NAME).load()
    docs = list(read_corpus(Path(split)))
    known = attribution.learned_cues()
    seen: Counter[tuple[str, str]] = Counter()
    cued: Counter[tuple[str, str]] = Counter()
    texts = ((d.text, d) for d in docs)
    for n, (parsed, doc) in enumerate(nlp.pipe(texts, as_tuples=True, batch_size=16), start=1):
        cue_chars = {i for g in doc.gold if g.cue for s, e in g.cue for i in range(s, e)}
        quotes = attribution._quotes(parsed)
        for token in parsed:
            lemma = token.lemma_.lower()
            if token.pos_ != "VERB" or lemma not in known:
                continue
            quoted = attribution._quote_for(token, None, quotes) is not None
            frame = attribution.cue_frame(token, quoted)
            seen[(lemma, frame)] += 1
            if token.idx in cue_chars:
                cued[(lemma, frame)] += 1
        if n % 100 == 0:
            print(f"{n}/{len(docs)}", file=sys.stderr)
    rows = [
        f"{lemma}\t{frame}\t{seen[(lemma, frame)]}\t{cued[(lemma, frame)]}"
        for lemma, frame in sorted(seen)
    ]
    header = "# lemma\tframe\tverbs\tcues (PolNeAR train, scripts/learn_cue_frames.py)\n"
    OUT.write_text(header + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} frames -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1])
