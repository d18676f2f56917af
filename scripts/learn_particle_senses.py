"""Learn which verb-particle pairs of the cue lexicon are cues, from an annotated PolNeAR split
(use ``train``, never dev).

A cue verb with a particle often has another sense: "weigh in" and "point out" report, "pump
in" (oxygen) and "call in" (a player) do not. For every verb of the split that the attribution
stage could take as a cue (``attribution.is_cue_lemma`` with or without a complement) and that
has a particle, counts how often the pair is (part of) a gold cue. Writes
``src/newsclaims/extract/data/particle_senses.tsv``: provenance lines, then lemma, particle,
verbs, of them cues. The attribution stage takes a learnt (not hand-listed) verb with a particle
as a cue only when its pair was a gold cue in the split (``attribution._unlearnt_particle``).
Only counts leave this script, never text.

    python scripts/learn_particle_senses.py ../shared/eval/attribution/polnear/train --parsed /tmp/p
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

from cue_corpus import DATA, Corpus, arguments, header, load_model, verbs

from newsclaims.extract import attribution

OUT = DATA / "particle_senses.tsv"


def main(split: Path, parsed: Path | None = None) -> None:
    nlp = load_model()
    corpus = Corpus.read(split)
    seen: Counter[tuple[str, str]] = Counter()
    cued: Counter[tuple[str, str]] = Counter()
    for verb in verbs(corpus, nlp, parsed):
        if not (
            attribution.is_cue_lemma(verb.lemma, True)
            or attribution.is_cue_lemma(verb.lemma, False)
        ):
            continue
        for particle in (c.lower_ for c in verb.token.children if c.dep_ == "prt"):
            if particle.isalpha():
                seen[(verb.lemma, particle)] += 1
                cued[(verb.lemma, particle)] += verb.cue
    rows = [
        f"{lemma}\t{particle}\t{n}\t{cued[(lemma, particle)]}"
        for (lemma, particle), n in sorted(seen.items())
    ]
    columns = "# lemma\tparticle\tverbs\tcues\n"
    provenance = header("scripts/learn_particle_senses.py", corpus, nlp)
    OUT.write_text(provenance + columns + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} pairs -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main(*arguments("scripts/learn_particle_senses.py")[:2])
