"""How resolved speakers fail on PolNeAR dev, counted by kind (issue 16).

For each half of dev (``bench/splits.md``), the gold attributions of the speakers file with a
named referent are paired with predicted claims as ``newsclaims eval attribution --speakers``
pairs them, and each pair is counted by the form of the gold source (name, pronoun, nominal,
other) and what the product shows:

* ``right``: the speaker names the referent;
* ``shown``: the source's own words are shown, or some of them ("the network" as "network":
  left unresolved, no wrong person);
* ``wrong named``: a named entity that is not the referent (what ``wrong when named`` counts);
* ``wrong unnamed``: another unnamed speaker (an earlier unnamed source, a description).

Counts only, no text: a half that is not tuned on can be diagnosed without being read
(whether its misses are abstentions or wrong guesses).

    python bench/speaker_kinds.py ../shared/eval/attribution/polnear/dev \
        ../shared/eval/attribution/polnear/speakers-dev.jsonl --half B
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from newsclaims.eval.attribution import (
    JACCARD_MATCH,
    SPEAKER_FORMS,
    _pairs,
    chars,
    predicted_claims,
    read_corpus,
    read_speakers,
    same_speaker,
)
from newsclaims.eval.splits import Half
from newsclaims.extract.pipeline import analyze_articles
from newsclaims.model import Article

KINDS = ("right", "shown", "wrong named", "wrong unnamed")


def _words(text: str) -> set[str]:
    return set(text.lower().split())


def count(folder: Path, speakers: Path, half: Half | None) -> Counter[tuple[str, str]]:
    gold = read_speakers(speakers)
    docs = [d for d in read_corpus(folder, half=half, speakers=gold) if d.speakers]
    found: Counter[tuple[str, str]] = Counter()
    analyses = analyze_articles(Article(text=d.text, origin=d.name) for d in docs)
    for doc, analysis in zip(docs, analyses, strict=True):
        predicted = predicted_claims(analysis)
        text = doc.text
        speakers_of = doc.speakers or []
        gold_content = [chars(text, g.content) for g in speakers_of]
        pred_content = [chars(text, p.content) for p in predicted]
        for gi, pi in _pairs(gold_content, pred_content, JACCARD_MATCH):
            real, said = speakers_of[gi], predicted[pi]
            if real.referent is None:
                continue
            shown = text[said.source[0] : said.source[1]] if said.source else None
            if same_speaker(said.speaker, real.referent):
                kind = "right"
            elif said.named:
                kind = "wrong named"
            elif shown is not None and said.speaker and _words(said.speaker) <= _words(shown):
                kind = "shown"
            else:
                kind = "wrong unnamed"
            found[real.form, kind] += 1
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, help="PolNeAR dev (text/ and attributions/)")
    parser.add_argument("speakers", type=Path, help="speakers-dev.jsonl")
    parser.add_argument("--half", choices=("A", "B"))
    args = parser.parse_args()
    found = count(args.folder, args.speakers, args.half)
    print("| form | " + " | ".join(KINDS) + " |")
    print("|---" * (len(KINDS) + 1) + "|")
    for form in SPEAKER_FORMS:
        if any(found[form, k] for k in KINDS):
            print(f"| {form} | " + " | ".join(str(found[form, k]) for k in KINDS) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
