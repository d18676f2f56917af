"""Learn the reporting-cue lexicon from an annotated PolNeAR split (use ``train``, never dev).

For every verb in the split, counts how often it is (part of) a gold cue, separately for
verbs with a clausal complement or an adjacent quotation and for verbs without one, under the
lemma the attribution stage looks it up by (``attribution.cue_lemma``). Writes
``src/newsclaims/extract/data/cues.tsv``: provenance lines (``cue_corpus.header``), then
lemma, verbs with a complement, of them cues, verbs without, of them cues. Only counts leave
this script, never text. A view verb ("think", "believe") inside a quotation is not counted
(``cue_corpus.counted``); ``--views-only`` learns only the view verbs' rows again and keeps
the others (``cue_corpus.kept_rows``). Run it before ``learn_cue_frames.py``, which counts
the frames of the lemmas learnt here.

    python scripts/learn_cues.py ../shared/eval/attribution/polnear/train --parsed /tmp/p

(``--parsed``: a parse cache shared by both learners, outside the repository.)
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from cue_corpus import (
    DATA,
    Corpus,
    arguments,
    counted,
    header,
    kept_rows,
    load_model,
    verbs,
    view_lemmas,
)

OUT = DATA / "cues.tsv"

#: A lemma needs at least this many gold cue occurrences to be listed.
MIN_CUES = 2


def main(split: Path, parsed: Path | None = None, views_only: bool = False) -> None:
    nlp = load_model()
    corpus = Corpus.read(split)
    seen: Counter[tuple[str, bool]] = Counter()
    cued: Counter[tuple[str, bool]] = Counter()
    for verb in verbs(corpus, nlp, parsed):
        if not counted(verb):
            continue
        complement = verb.quoted or any(c.dep_ in ("ccomp", "xcomp") for c in verb.token.children)
        seen[(verb.lemma, complement)] += 1
        if verb.cue:
            cued[(verb.lemma, complement)] += 1
    rows: list[str] = []
    extra = {"min_cues": str(MIN_CUES)}
    if views_only:
        extra["kept"], rows = kept_rows(OUT, view_lemmas())
    for lemma in sorted({lemma for lemma, _ in cued}):
        if views_only and lemma not in view_lemmas():
            continue
        total = cued[(lemma, True)] + cued[(lemma, False)]
        if total < MIN_CUES or not lemma.isalpha():
            continue
        rows.append(
            f"{lemma}\t{seen[(lemma, True)]}\t{cued[(lemma, True)]}\t"
            f"{seen[(lemma, False)]}\t{cued[(lemma, False)]}"
        )
    rows.sort(key=lambda row: row.split("\t", 1)[0])
    columns = "# lemma\twith_complement\tcue_with\twithout_complement\tcue_without\n"
    provenance = header("scripts/learn_cues.py", corpus, nlp, **extra)
    OUT.write_text(provenance + columns + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} lemmas -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main(*arguments("scripts/learn_cues.py", views=True))
