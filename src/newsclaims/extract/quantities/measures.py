"""What a figure measures, from the verb or noun that governs it ("died" -> killed, "a
deployment of" -> deployed); a governing lemma without an entry in ``measures.tsv`` is its
own measure ("reduce")."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc, Token

from newsclaims.extract.quantities.tokens import token_at
from newsclaims.extract.quantities.units import TIME_UNITS
from newsclaims.lexicons import measure_phrases, measures, read_table

DATA = Path(__file__).parent / "data"

_WORD_SETS = read_table(DATA / "words.tsv", 2)
#: Measures, from the lemma of the verb or noun that governs a figure.
MEASURES = measures()
#: Measures said by a verb with its object or place ("taken to hospital" -> hospitalised).
PHRASES = measure_phrases()
#: The unit of a person's age: its figure is an attribute, of the measure ``age``.
AGE_UNIT = "year of age"
#: Nouns that name a measure rather than the things counted ("6,000 casualties").
MEASURE_NOUNS = frozenset(w for kind, w in _WORD_SETS if kind == "measure_noun")
#: Verbs of taking part in a gathering (their measure is ``participated`` for a crowd).
GATHERING_VERBS = frozenset(w for kind, w in _WORD_SETS if kind == "gathering_verb")
#: Verbs that displace people when they act "from their homes".
_DRIVE_VERBS = frozenset(w for kind, w in _WORD_SETS if kind == "displacing_verb")
_HOMES = frozenset(w for kind, w in _WORD_SETS if kind == "home")


def measure(doc: Doc, start: int, unit: str | None, noun: Token | None) -> str | None:
    """The measure of a figure that starts at ``start`` with this unit and counted noun."""
    if unit == AGE_UNIT:
        return "age"
    if unit in TIME_UNITS:
        return "duration"
    if noun is not None and noun.lemma_.lower() in MEASURES:
        return MEASURES[noun.lemma_.lower()]
    governor = governor_of(doc, start, noun)
    if governor is None:
        return None
    phrase = _phrase_measure(governor, noun)
    if phrase is not None:
        return phrase
    if governor.lemma_.lower() in _DRIVE_VERBS and any(
        c.dep_ == "prep"
        and c.lower_ in ("from", "out")
        and any(o.lemma_.lower() in _HOMES for o in c.subtree)
        for c in governor.children
    ):
        return "displaced"  # "forced 4,000 residents from their homes"
    lemma = governor.lemma_.lower()
    subject = _subject_measure(governor, noun)
    if subject is not None and lemma not in MEASURES:
        return subject  # "the death toll rose to seven", "the number of dead stands at 12"
    if (lemma == "take" and any(c.lower_ == "part" for c in governor.children)) or (
        lemma == "turn" and any(c.dep_ == "prt" and c.lower_ == "out" for c in governor.children)
    ):
        return "participated"  # "20,000 people took part", "5,000 turned out"
    return MEASURES.get(lemma, lemma)


def _subject_measure(governor: Token, noun: Token | None) -> str | None:
    """The measure a verb's subject names, when the figure is the subject's value: "the death
    toll rose to seven" (toll), "the number of dead stands at 12" (number of dead)."""
    for child in governor.children:
        if child.dep_ not in ("nsubj", "nsubjpass") or child == noun:
            continue
        named = [child, *(c for c in child.children if c.dep_ == "compound")]
        named += [o for p in child.children if p.dep_ == "prep" for o in p.children]
        for token in named:
            found = MEASURES.get(token.lemma_.lower()) or MEASURES.get(token.lower_)
            if found is not None:
                return found
    return None


def _phrase_measure(governor: Token, noun: Token | None) -> str | None:
    """The measure of a verb with its object or place: "were taken to hospital", "lost their
    lives" (not when the figure counts that object: "treated at two hospitals")."""
    lemma = governor.lemma_.lower()
    for child in governor.children:
        objects = [child] if child.dep_ in ("dobj", "attr") else []
        if child.dep_ == "prep":
            objects = [c for c in child.children if c.dep_ == "pobj"]
        for obj in objects:
            if obj == noun:
                continue
            found = PHRASES.get((lemma, obj.lemma_.lower()))
            if found is not None:
                return found
    return None


def governor_of(doc: Doc, start: int, noun: Token | None) -> Token | None:
    """The verb or noun that says what a figure measures."""
    anchor = noun or token_at(doc, start)
    if anchor is None:
        return None
    token = anchor
    for _ in range(4):
        if token.head is token:
            return token if token.pos_ == "VERB" else None
        if token.dep_ == "pobj" and token.head.dep_ == "prep":
            owner = token.head.head
            if owner.pos_ == "NOUN" and owner.lemma_.lower() in MEASURES:
                return owner
        token = token.head
        if token.pos_ in ("VERB", "NOUN") and token.lemma_.lower() in MEASURES:
            return token
        if token.pos_ == "VERB":
            return token
    return None
