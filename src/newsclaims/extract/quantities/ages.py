"""Ages: a number that is an attribute of a person, not a count ("Joe Maddon, 66, said")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsclaims.extract.quantities.tokens import token_at
from newsclaims.extract.quantities.units import word_set
from newsclaims.extract.spans import doc_text

#: Subjects whose bare number after "be" or "turn" is an age ("she turned 60"); "they were
#: 12" is a count.
_PERSONAL = word_set("personal")


def is_age(doc: Doc, m: re.Match[str]) -> bool:
    """A number set off by a comma right after a person's name, up to a comma, bracket or
    the sentence's end: "Joe Maddon, 66, said", "said Joe Maddon, 66."."""
    text = doc_text(doc)
    groups = m.groupdict()
    if groups.get("vague") or groups["bound"] or groups["num2"] or groups["sign"]:
        return False
    if not m.group("num").isdigit():
        return False
    if not 0 < int(m.group("num")) < 125 or not re.match(
        r"\s*(?:[,)]|\.(?:\s|$))", text[m.end() :]
    ):
        return False
    first = token_at(doc, m.start())
    if first is None or first.i < 2 or doc[first.i - 1].text not in (",", "("):
        return False
    name = doc[first.i - 2]
    return name.ent_type_ == "PERSON" or (name.pos_ == "PROPN" and name.text[:1].isupper())


def is_aged(doc: Doc, m: re.Match[str]) -> bool:
    """A bare number or range after "aged" or "age": "a man aged 57", "died at age 80",
    "the victims were aged between 19 and 62"."""
    groups = m.groupdict()
    if groups.get("vague") or groups["sign"] or not m.group("num").isdigit():
        return False
    if not 0 < int(m.group("num")) < 125:
        return False
    before = doc_text(doc)[max(0, m.start() - 6) : m.start()]
    return re.search(r"\baged?\s+$", before, re.IGNORECASE) is not None


def is_stated_age(doc: Doc, m: re.Match[str]) -> bool:
    """A bare number a person is or turns: "by June she will be 41", "he
    turned 60 last week"."""
    groups = m.groupdict()
    if groups.get("vague") or groups["num2"] or groups["sign"] or not m.group("num").isdigit():
        return False
    if not 0 < int(m.group("num")) < 125:
        return False
    if re.match(r"\s+of\b", doc_text(doc)[m.end() : m.end() + 4]):
        return False  # "her husband is 1 of the best": one of many, not an age
    token = token_at(doc, m.start("num"))
    if token is not None and _contracted_is(token):
        return True  # "my mom's 82": the parse reads "'s" as a possessive
    if token is None or token.dep_ not in ("attr", "acomp", "dobj", "oprd"):
        return False
    verb = token.head
    if verb.lemma_ not in ("be", "turn"):
        return False
    return any(
        c.dep_ == "nsubj" and (c.lower_ in _PERSONAL or c.ent_type_ == "PERSON")
        for c in verb.children
    )


def _contracted_is(number: Token) -> bool:
    """Whether the parse read the "'s" before a number as a possessive: see ``aged_person``."""
    return aged_person(number) is not None


def aged_person(number: Token) -> Token | None:
    """ "My mom's 82, and ...": a number right after a person's "'s" that the parse hangs the
    person on as a possessive, with no noun of its own, is what the person is: an age. The
    person, else None."""
    if number.pos_ != "NUM" or number.i < 2 or number.doc[number.i - 1].lower_ not in ("'s", "’s"):
        return None
    person = number.doc[number.i - 2]
    if person.dep_ != "poss" or person.head != number:
        return None
    return person if person.lower_ in _PERSONAL or person.ent_type_ == "PERSON" else None
