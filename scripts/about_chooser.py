"""Candidates and scoring of a learned chooser of what a figure counts (``about``): an
experiment of session 37, not part of the pipeline (bench/results.md, "Session 37: about37").

The candidates are the rules' answer and the nouns the parse around the figure offers: the
noun the figure modifies, the object of its "of", its possessor, the object of an "among",
"for" or "in" after it, and the subject, object and by-agent of the verb that governs it.
Each is described by feature strings (its kind with the figure's unit class, the figure's
dependency and whether the rules named anything; the part of speech and entity type of its
head; a pronoun); a logistic model (``scripts/train_about_model.py``) scores each one. The
rules' answer would be replaced only when another candidate scores higher by more than the
model's margin. Durations and ages keep the rules' answer.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from newsclaims.extract.quantities.counted import noun_phrase
from newsclaims.extract.quantities.measures import AGE_UNIT, MEASURE_NOUNS
from newsclaims.extract.quantities.units import TIME_UNITS

_NOMINAL = frozenset({"NOUN", "PROPN"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "attr", "oprd"})
_AMONG = frozenset({"among", "for", "in"})
#: Unit classes whose ``about`` has readings of its own the chooser does not second-guess: a
#: duration is never its verb's subject (docs/figures.md), an age belongs to its person.
_OWN_READING = frozenset({"time", "age"})


@dataclass(frozen=True, slots=True)
class Candidate:
    """One thing a figure may count: its kind, its text (None: nothing) and its features."""

    kind: str
    text: str | None
    features: tuple[str, ...]


def _unit_class(unit: str | None) -> str:
    if unit is None:
        return "count"
    if unit == "percent":
        return "percent"
    if unit.startswith("per ") or " per " in unit:
        return "rate"
    code = unit.split(maxsplit=1)[0]
    if len(code) == 3 and code.isalpha() and code.isupper():
        return "money"
    if unit == AGE_UNIT:
        return "age"
    if unit in TIME_UNITS:
        return "time"
    return "other"


def _figure_token(doc: Doc, start: int, end: int) -> Token | None:
    span: Span | None = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    return span.root


def _governing_verb(token: Token) -> Token | None:
    here = token
    for _ in range(6):
        if here.head is here:
            return here if here.pos_ in ("VERB", "AUX") else None
        here = here.head
        if here.pos_ in ("VERB", "AUX"):
            return here
    return None


def _child(token: Token, deps: frozenset[str]) -> Token | None:
    for child in token.children:
        if child.dep_ in deps:
            return child
    return None


def _pobj_of(token: Token, words: frozenset[str]) -> Token | None:
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ in words:
            return _child(child, frozenset({"pobj"}))
    return None


def _raw(doc: Doc, start: int, end: int) -> list[tuple[str, Token | None]]:
    """(kind, head token) of every candidate the parse offers, in a fixed order."""
    number = _figure_token(doc, start, end)
    if number is None:
        return []
    found: list[tuple[str, Token | None]] = []
    head = number.head if number.head is not number else None
    noun = head if head is not None and head.pos_ in _NOMINAL and head.i > number.i else None
    if noun is not None and head is not None:
        found.append(("head", noun))
    carrier = noun or number
    of = _pobj_of(carrier, frozenset({"of"})) or _pobj_of(number, frozenset({"of"}))
    if of is not None:
        found.append(("of", of))
    poss = _child(carrier, frozenset({"poss"}))
    if poss is not None:
        found.append(("poss", poss))
    among = _pobj_of(carrier, _AMONG)
    if among is not None:
        found.append(("among", among))
    verb = _governing_verb(number)
    if verb is not None:
        subject = _child(verb, _SUBJECTS)
        if subject is not None and not (subject.i <= number.i <= subject.right_edge.i):
            found.append(("subj", subject))
        obj = _child(verb, _OBJECTS)
        if obj is not None and not (obj.left_edge.i <= number.i <= obj.right_edge.i):
            found.append(("obj", obj))
        agent = _child(verb, frozenset({"agent"}))
        by = _child(agent, frozenset({"pobj"})) if agent is not None else None
        if by is not None:
            found.append(("agent", by))
    return found


def _name_part(token: Token) -> bool:
    return token.dep_ == "compound" and token.pos_ == "PROPN"


def _text(token: Token) -> str:
    """The candidate's words: a name with the names compounded before it, else the noun
    phrase the rules would write."""
    if token.pos_ == "PROPN" or token.ent_type_:
        left = token.i
        while left > 0 and _name_part(token.doc[left - 1]):
            left -= 1
        return token.doc[left : token.i + 1].text
    return noun_phrase(token)


def _same(text: str | None, about: str | None) -> bool:
    if text is None or about is None:
        return text is None and about is None
    return text.lower().split()[-1] == about.lower().split()[-1]


def candidates(
    doc: Doc, start: int, end: int, unit: str | None, about: str | None
) -> list[Candidate]:
    """The rules' ``about`` first, then what the parse offers that differs from it (nothing
    more for a duration or an age)."""
    unit_class = _unit_class(unit)
    number = _figure_token(doc, start, end)
    dep = number.dep_ if number is not None else "-"
    rules_state = "none" if about is None else ("multi" if " " in about else "one")
    rules_last = about.lower().split()[-1] if about else ""
    base = (f"u={unit_class}", f"dep={dep}", f"rules={rules_state}")
    out = [
        Candidate(
            "rules",
            about,
            (
                "k=rules",
                f"k=rules&u={unit_class}",
                f"k=rules&rules={rules_state}",
                f"k=rules&dep={dep}",
                *(("k=rules&measure",) if rules_last in MEASURE_NOUNS else ()),
            ),
        )
    ]
    if unit_class in _OWN_READING:
        return out
    seen = {rules_last}
    agree: set[str] = set()
    for kind, token in _raw(doc, start, end):
        if token is None:
            continue
        text = _text(token)
        if _same(text, about):
            agree.add(kind)
            continue
        last = text.lower().split()[-1]
        if last in seen:
            continue
        seen.add(last)
        feats = [
            f"k={kind}",
            *(f"k={kind}&{b}" for b in base),
            f"k={kind}&pos={token.pos_}",
            f"k={kind}&ent={token.ent_type_ or '-'}",
            f"pos={token.pos_}",
            f"ent={token.ent_type_ or '-'}",
        ]
        if token.lemma_.lower() in MEASURE_NOUNS:
            feats.append("measure")
        if token.pos_ == "PRON":
            feats.append("pronoun")
        out.append(Candidate(kind, text, tuple(feats)))
    if agree:
        out[0] = Candidate(
            "rules", about, (*out[0].features, *(f"rules_agrees={k}" for k in sorted(agree)))
        )
    return out


def score(model: dict[str, Any], candidate: Candidate) -> float:
    """The model's probability that the candidate is what the figure counts."""
    weights: dict[str, float] = model["weights"]
    z = float(model["bias"]) + sum(weights.get(f, 0.0) for f in candidate.features)
    return 1.0 / (1.0 + math.exp(-z))


def choose(
    doc: Doc, start: int, end: int, unit: str | None, about: str | None, model: dict[str, Any]
) -> str | None:
    """What the figure counts: the rules' ``about`` unless another candidate scores higher
    by more than the model's margin."""
    found = candidates(doc, start, end, unit, about)
    if len(found) < 2:
        return about
    kept = score(model, found[0])
    best = max(found[1:], key=lambda c: score(model, c))
    if score(model, best) - kept > float(model["margin"]):
        return best.text
    return about
