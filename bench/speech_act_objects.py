"""What PolNeAR gold does with the object of a verb of praise or blame, and what newsclaims stores.

    python bench/speech_act_objects.py /work/shared/eval/attribution/polnear/train \
        [--save /tmp/NAME/pred.json | --predictions /tmp/NAME/pred.json]

For every occurrence of a verb form below ("praised", "thanking", "criticises", ...) in the
documents of a PolNeAR split: the gold attribution whose cue covers it (if any), the predicted
claim whose cue covers it (the outlet's narration left out), and the frame of the verb in the
parse of its paragraph: ``bare:who`` (a direct object with no complement, headed by a name, a
pronoun or a person/organisation entity), ``bare:what`` (any other bare object), ``prep:X``
(a phrase of for/over/as/on/of/about/against/with after the verb or its object: "praised X
for Y"), ``clause`` (a clause, infinitive or predicate), ``quote`` (quoted words in the
object), ``noun`` or ``other``. Prints one line per (verb, frame): occurrences, gold
attributions, predicted claims and predicted claims matching a gold one (content Jaccard >=
the quote-level bar), as JSON lines. ``--save`` keeps the predictions (the run takes minutes
on train), ``--predictions`` reads them back. Local use only; prints counts, never text.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import spacy
from spacy.tokens import Token

from newsclaims import settings
from newsclaims.eval.attribution import JACCARD_MATCH, chars, jaccard, read_corpus

#: Verb forms measured, by lemma (a measuring list, not a rule: the rule lives in
#: ``extract/data/speech_acts.tsv``).
FORMS = {
    "praise": r"prais(e|es|ed|ing)",
    "thank": r"thank(s|ed|ing)?",
    "apologize": r"apologi[sz](e|es|ed|ing)",
    "congratulate": r"congratulat(e|es|ed|ing)",
    "criticize": r"critici[sz](e|es|ed|ing)",
    "condemn": r"condemn(s|ed|ing)?",
    "blame": r"blam(e|es|ed|ing)",
    "welcome": r"welcom(e|es|ed|ing)",
    "applaud": r"applaud(s|ed|ing)?",
    "hail": r"hail(s|ed|ing)?",
    "laud": r"laud(s|ed|ing)?",
    "commend": r"commend(s|ed|ing)?",
    "slam": r"slam(s|med|ming)?",
    "blast": r"blast(s|ed|ing)?",
    "denounce": r"denounc(e|es|ed|ing)",
    "decry": r"decr(y|ies|ied|ying)",
    "rebuke": r"rebuk(e|es|ed|ing)",
    "lambaste": r"lambast(e|es|ed|ing)?",
    "mock": r"mock(s|ed|ing)?",
    "greet": r"greet(s|ed|ing)?",
    "defend": r"defend(s|ed|ing)?",
}
_RX = {lemma: re.compile(rf"\b{form}\b", re.IGNORECASE) for lemma, form in FORMS.items()}
_ANY = re.compile("|".join(rx.pattern for rx in _RX.values()), re.IGNORECASE)
_PREPOSITIONS = frozenset({"for", "over", "as", "on", "of", "about", "against", "with"})
_WHO = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _predict(folder: Path, names: set[str]) -> dict[str, list[dict[str, Any]]]:
    from newsclaims.eval.attribution import predicted_claims  # noqa: PLC0415 - loads spaCy
    from newsclaims.extract.pipeline import analyze_articles  # noqa: PLC0415
    from newsclaims.model import Article  # noqa: PLC0415

    docs = [d for d in read_corpus(folder) if d.name in names]
    found: dict[str, list[dict[str, Any]]] = {}
    for d, analysis in zip(
        docs, analyze_articles(Article(text=d.text, origin=d.name) for d in docs), strict=True
    ):
        found[d.name] = [{"content": p.content, "cue": p.cue} for p in predicted_claims(analysis)]
    return found


def frame(verb: Token) -> str:
    """The frame of a verb form in its parse (see the module docstring)."""
    if verb.pos_ == "NOUN" or verb.dep_ in ("amod", "compound"):
        return "noun"
    kids = list(verb.children)
    obj = next((c for c in kids if c.dep_ == "dobj" and c.i > verb.i), None)
    after = [c for c in kids if c.i > verb.i]
    if obj is not None:
        after += [c for c in obj.children if c.lower_ != "of"]
    preps = [c.lower_ for c in after if c.dep_ == "prep" and c.lower_ in _PREPOSITIONS]
    if any(c.dep_ in ("ccomp", "xcomp", "oprd") for c in kids):
        return "clause"
    if preps:
        return f"prep:{preps[0]}"
    if obj is None:
        return "other"
    if any(t.is_quote for t in obj.subtree):
        return "quote"
    who = obj.pos_ in ("PROPN", "PRON") or obj.ent_type_ in _WHO
    return "bare:who" if who else "bare:what"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--save", type=Path)
    parser.add_argument("--predictions", type=Path)
    args = parser.parse_args()
    docs = [d for d in read_corpus(args.folder) if _ANY.search(d.text)]
    if args.predictions:
        predicted = json.loads(args.predictions.read_text(encoding="utf-8"))
    else:
        predicted = _predict(args.folder, {d.name for d in docs})
        if args.save:
            args.save.write_text(json.dumps(predicted), encoding="utf-8")
    nlp = spacy.load(settings.MODEL_NAME)
    counts: dict[tuple[str, str], Counter[str]] = {}
    for d in docs:
        text, claims = d.text, predicted.get(d.name, [])
        for lemma, rx in _RX.items():
            for m in rx.finditer(text):
                start = text.rfind("\n", 0, m.start()) + 1
                end = text.find("\n", m.end())
                paragraph = nlp(text[start : len(text) if end < 0 else end])
                verb = next((t for t in paragraph if t.idx == m.start() - start), None)
                kind = "other" if verb is None else frame(verb)
                gold = next(
                    (g for g in d.gold if g.cue and any(s <= m.start() < e for s, e in g.cue)),
                    None,
                )
                claim = next(
                    (c for c in claims if c["cue"] and c["cue"][0] <= m.start() < c["cue"][1]),
                    None,
                )
                tally = counts.setdefault((lemma, kind), Counter())
                tally["occurrences"] += 1
                tally["gold"] += gold is not None
                tally["predicted"] += claim is not None
                if gold is not None and claim is not None:
                    said = [tuple(p) for p in claim["content"]]
                    overlap = jaccard(chars(text, gold.content), chars(text, said))
                    tally["matched"] += overlap >= JACCARD_MATCH
    for (lemma, kind), tally in sorted(counts.items()):
        print(json.dumps({"verb": lemma, "frame": kind, **tally}))


if __name__ == "__main__":
    main()
