"""Learn in which constructions each reporting verb is a cue, from PolNeAR train (never dev).

For every verb that the cue lexicon (cues.tsv) knows, counts per construction
(``attribution.cue_frame``: "seemed tired", "seemed to suggest", "seemed to him", "found
himself", "slammed into", ...) how often it is (part of) a gold cue, under the lemma the
attribution stage looks it up by (``attribution.cue_lemma``). Writes
``src/newsclaims/extract/data/cue_frames.tsv``: provenance lines (``cue_corpus.header``, with
the digest of the cues.tsv read, since the frames depend on it and on ``CUE_MIN_PRECISION``),
then lemma, frame, verbs, of them cues. Only counts leave this script, never text. A view
verb inside a quotation is not counted and ``--views-only`` keeps the other lemmas' rows, as in
``learn_cues.py``. Run ``learn_cues.py`` first.

    python scripts/learn_cue_frames.py ../shared/eval/attribution/polnear/train --parsed /tmp/p

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
    file_digest,
    header,
    kept_rows,
    load_model,
    verbs,
    view_lemmas,
)

from newsclaims.extract import attribution

OUT = DATA / "cue_frames.tsv"


def main(split: Path, parsed: Path | None = None, views_only: bool = False) -> None:
    nlp = load_model()
    corpus = Corpus.read(split)
    known = set(attribution.learned_cues())
    extra: dict[str, str] = {}
    rows: list[str] = []
    if views_only:
        extra["kept"], rows = kept_rows(OUT, view_lemmas())
        known &= view_lemmas()
    seen: Counter[tuple[str, str]] = Counter()
    cued: Counter[tuple[str, str]] = Counter()
    for verb in verbs(corpus, nlp, parsed):
        if verb.lemma not in known or not counted(verb):
            continue
        frame = attribution.cue_frame(verb.token, verb.quoted)
        seen[(verb.lemma, frame)] += 1
        if verb.cue:
            cued[(verb.lemma, frame)] += 1
    rows += [
        f"{lemma}\t{frame}\t{seen[(lemma, frame)]}\t{cued[(lemma, frame)]}"
        for lemma, frame in sorted(seen)
    ]
    rows.sort(key=lambda row: tuple(row.split("\t", 2)[:2]))
    columns = "# lemma\tframe\tverbs\tcues\n"
    cues = DATA / "cues.tsv"
    provenance = header(
        "scripts/learn_cue_frames.py",
        corpus,
        nlp,
        cues=f"cues.tsv sha256 {file_digest(cues)}",
        **extra,
    )
    OUT.write_text(provenance + columns + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} frames -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main(*arguments("scripts/learn_cue_frames.py", views=True))
