"""Wrong named speakers on PolNeAR train, from silver referents (issue 16).

PolNeAR marks source spans but not who a source really is. Two kinds of source give a silver
referent without reading the article:

* a source span holding a proper name ("Sen. Ted Cruz", "Clinton campaign spokesman Brian
  Fallon"): its last run of capitalised words is the speaker (compared as the speaker measure
  compares names, so "Cruz" and "Ted Cruz" agree);
* a "he" or "she" source: the speaker is a person of that gender, so a named speaker whose
  first name or title has the other gender is wrong; an "it"/"they" source is never one
  person.

Each matched prediction (content Jaccard >= 0.5, as the eval) whose source was resolved to a
named entity is checked; the share that is wrong, and each wrong one with its context, are
printed. Local use only: the texts are read from the path given, nothing is copied.

    python bench/speaker_silver.py ../shared/eval/attribution/polnear/train [--limit N] \
        [--list]
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from newsclaims.eval.attribution import (
    JACCARD_MATCH,
    _pairs,
    chars,
    predicted_claims,
    read_corpus,
    same_speaker,
)
from newsclaims.extract.pipeline import analyze_articles
from newsclaims.extract.speakers import lexicon
from newsclaims.lexicons import first_name_gender
from newsclaims.model import Article

_CAPITALISED = re.compile(r"(?:[A-Z][\w'’.-]*(?:\s+|$))+")
#: Capitalised words that are not names when they open a source span.
_NOT_NAMES = frozenset(
    "The A An He She It They We I His Her Their Its Our Both Many Some Most Other Another".split()
)


def silver_name(source: str) -> str | None:
    """The last run of capitalised words of a source span before any comma, relative clause
    or "of" phrase, without an opening article, pronoun or title; None when there is none or
    the span names several ("Trump and Ryan")."""
    head = re.split(r",| who | whose | which | of | from | at | for |\(| --| - |—", source)[0]
    if re.search(r" and |&", head):
        return None
    titles = lexicon().person_titles
    runs = [m.group(0).split() for m in _CAPITALISED.finditer(head)]
    runs = [[w for w in run if w not in _NOT_NAMES and w.lower() not in titles] for run in runs]
    runs = [run for run in runs if run]
    return " ".join(runs[-1]).rstrip(".,") if runs else None


def gender_of(name: str) -> str | None:
    words = name.split()
    return first_name_gender(words[0]) if len(words) > 1 else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--list", action="store_true", help="print every wrong speaker")
    args = parser.parse_args()
    lex = lexicon()
    docs = list(read_corpus(args.folder))[: args.limit]
    analyses = analyze_articles(Article(text=d.text, origin=d.name) for d in docs)
    named = wrong = 0
    by_kind: dict[str, list[int]] = {}
    for doc, analysis in zip(docs, analyses, strict=True):
        predicted = predicted_claims(analysis)
        sourced = [g for g in doc.gold if g.source]
        pairs = _pairs(
            [chars(doc.text, g.content) for g in sourced],
            [chars(doc.text, p.content) for p in predicted],
            JACCARD_MATCH,
        )
        for gi, pi in pairs:
            gold, said = sourced[gi], predicted[pi]
            if not said.named or said.speaker is None or gold.source is None:
                continue
            text = " ".join(doc.text[s:e] for s, e in gold.source)
            lower = text.lower().strip()
            if lower in lex.male_pronouns or lower in lex.female_pronouns:
                kind = "pronoun"
                want = "m" if lower in lex.male_pronouns else "f"
                got = gender_of(said.speaker)
                bad = got is not None and got != want
            elif lower in lex.singular_thing_pronouns or lower in lex.plural_pronouns:
                continue  # whether a body or a group is meant is not known here
            else:
                name = silver_name(text)
                if name is None:
                    continue
                kind = "name"
                bad = not same_speaker(said.speaker, name) and not same_speaker(said.speaker, text)
            tally = by_kind.setdefault(kind, [0, 0])
            tally[0] += 1
            tally[1] += int(bad)
            named += 1
            wrong += int(bad)
            if bad and args.list:
                start = gold.source[0][0]
                context = " ".join(doc.text[max(0, start - 200) : start + 80].split())
                ps, pe = said.source or (0, 0)
                print(
                    f"{doc.name}\t{kind}\t{text!r} -> {said.speaker!r} "
                    f"(source {doc.text[ps:pe]!r})\t... {context}"
                )
    for kind, (total, bad) in sorted(by_kind.items()):
        print(f"{kind}: {bad} wrong of {total} named", file=sys.stderr)
    share = wrong / named if named else 0.0
    print(f"silver wrong when named: {share:.3f} ({wrong} of {named})", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
