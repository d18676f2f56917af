"""What a figure is a figure of: the story's event as a whole, a part of it ("four seriously
injured", "31 taken to St George's", "including two children"), another event mentioned for
context ("in 2004, seven people were killed"), or an attribute (a person's age).

Reconciliation compares totals only; the words that made a figure a part or another event's
are kept as its qualifier, so a reader sees why.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Token

from newsclaims import settings
from newsclaims.extract.gazetteer import link_place
from newsclaims.extract.quantities.measures import AGE_UNIT, PHRASES
from newsclaims.extract.spans import doc_text
from newsclaims.lexicons import calendar_words, measure_classes, read_table
from newsclaims.model import FigureScope

DATA = Path(__file__).parent / "data"

_ROWS = read_table(DATA / "scope.tsv", 2)


def _words(kind: str) -> tuple[str, ...]:
    return tuple(w for k, w in _ROWS if k == kind)


_PART_BEFORE = re.compile(rf"\b(?:{'|'.join(map(re.escape, _words('part_before')))})\s*$", re.I)
_PART_AFTER = re.compile(rf"^\s+(?:{'|'.join(map(re.escape, _words('part_after')))})\b", re.I)
#: More of the same, added to a total: "Another five", "a further three" (not "one another
#: three"), "five more" (not "five more than"): the figure is a part (fig47).
_ADDITION_BEFORE = re.compile(
    rf"(?<!\bone )\b(?:{'|'.join(map(re.escape, _words('addition_before')))})\s+$", re.I
)
_ADDITION_AFTER = re.compile(
    rf"^\s+(?:{'|'.join(map(re.escape, _words('addition_after')))})\b(?!\s+than\b)", re.I
)
#: Adverbs and adjectives of degree: the figure counts a subset ("four seriously injured").
DEGREE_WORDS = frozenset(_words("degree"))
#: Nouns of care in "N in ...": "three in surgery", "two in a critical condition".
CONDITION_WORDS = frozenset(_words("condition"))
#: Adjectives that make "condition" a state of care ("in a critical condition").
CONDITION_ADJECTIVES = frozenset(_words("condition_adjective"))
#: Adjectives that make an event noun another event ("a similar crash").
CONTEXT_ADJECTIVES = frozenset(_words("context_adjective"))
#: Nouns of events (a crash, an attack) that such an adjective makes another event.
EVENT_NOUNS = frozenset(_words("event_noun"))
#: Prepositions before a time that name a reference point ("since 1959").
REFERENCE_WORDS = frozenset(_words("reference"))
#: Verbs whose named place makes the figure a part ("31 taken to St George's" of all taken to
#: hospital).
_CARE_VERBS = frozenset(verb for (verb, _), measure in PHRASES.items() if measure == "hospitalised")
#: Clause dependencies: a clause below the governor has its own time and subject.
_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "acl", "xcomp", "conj", "parataxis"})
_VALUE = re.compile(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?")


def scope_of(
    doc: Doc,
    start: int,
    end: int,
    unit: str | None,
    measure: str | None,
    noun: Token | None,
    governor: Token | None,
) -> tuple[FigureScope, str | None]:
    """The scope of the figure at ``start:end`` (of this unit and measure) and the words
    that decide it."""
    if unit == AGE_UNIT:
        return FigureScope.ATTRIBUTE, None
    part = _part(doc, start, end, noun, governor)
    if part is not None:
        return FigureScope.PART, part
    clause = governor or _clause_head(doc, start, end, noun)
    context = _context(doc, clause, measure_classes().get(measure or "", False))
    if context is not None:
        return FigureScope.CONTEXT, context
    return FigureScope.TOTAL, None


def _part(doc: Doc, start: int, end: int, noun: Token | None, governor: Token | None) -> str | None:
    """The words that make a figure a subset of a total, if any."""
    text = doc_text(doc)
    before = _PART_BEFORE.search(text[max(0, start - 24) : start])
    if before is not None:
        return before.group(0).strip()
    after = _PART_AFTER.match(text[end : end + 16])
    if after is None and not text[start:end].lower().endswith("times"):
        after = _ADDITION_AFTER.match(text[end : end + 16])  # not "paying five times more"
    if after is not None:
        return after.group(0).strip()
    added = _ADDITION_BEFORE.search(text[max(0, start - 24) : start])
    if added is not None:
        return added.group(0).strip()
    number = doc.char_span(start, end, alignment_mode="expand")
    holders = [t for t in (governor, noun) if t is not None]
    if number is not None and len(number):
        holders.append(number[-1])
    holders += [
        t.head for t in list(holders) if t.dep_ in ("nsubj", "nsubjpass")
    ]  # "two people were in a critical condition", "three were in surgery"
    following = doc[number[-1].i + 1] if number is not None and number.end < len(doc) else None
    if following is not None and following.lower_ in DEGREE_WORDS:
        return following.text  # "16 walking wounded"
    listed = _listed_place(number[-1]) if number is not None and noun is None else None
    if listed is not None:
        return listed  # "killed 12 in Kabul and five in Herat": five of the dead
    first = _first_listed(number[-1], noun, governor) if number is not None else None
    if first is not None:
        return first  # "killed 12 in Kabul and five in Herat": twelve of the dead too
    for holder in holders:
        for child in holder.children:
            if child.dep_ in ("advmod", "amod", "compound") and child.lower_ in DEGREE_WORDS:
                return child.text
            if child.dep_ == "prep" and child.lower_ == "in":
                for obj in child.children:
                    if obj.dep_ == "pobj" and _of_care(obj):
                        return doc[child.i : obj.i + 1].text
    carried = governor is not None and (
        any(c.dep_ == "auxpass" for c in governor.children)
        or (noun is not None and noun.dep_ == "dobj" and noun.head == governor)
    )
    if governor is not None and carried and governor.lemma_.lower() in _CARE_VERBS:
        # "31 were taken to St George's", "crews took 31 people to one hospital" (not
        # "celebrities took to Twitter")
        for child in governor.children:
            if child.dep_ == "prep" and child.lower_ in ("to", "at", "in"):
                for obj in child.children:
                    if obj.dep_ == "pobj" and (obj.pos_ == "PROPN" or _one_of_many(obj)):
                        return doc[obj.left_edge.i : obj.right_edge.i + 1].text
    return None


#: Dependencies of a later bare count in a list of counts by place ("12 in Kabul, five in
#: Herat and two in Kunduz").
_LISTED_DEPS = frozenset({"conj", "appos", "npadvmod"})
#: Entity types of a place.
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def _listed_place(number: Token) -> str | None:
    """ "killed 12 in Kabul and five in Herat", "cut 300 jobs in Harlow, 200 in Delvin": a
    bare count after the first of a list, with its own "in" and a named place, counts only
    the things of that place: the words "in Herat"; None for any other (the first count is
    ``_first_listed``'s)."""
    if not number.like_num or number.dep_ not in _LISTED_DEPS:
        return None
    for child in number.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            for obj in child.children:
                if obj.dep_ == "pobj" and _named_place(obj):
                    return number.doc[child.i : obj.right_edge.i + 1].text
    return None


def _named_place(word: Token) -> bool:
    """Whether a word after "in" names a place: a proper noun or a place's entity, but never a
    month or a day of the week (``lexicons.calendar_words``: "arrested 30 in Tarrow and 20 in
    May" lists no place; med48)."""
    return (word.pos_ == "PROPN" or word.ent_type_ in _PLACES) and (
        word.lower_ not in calendar_words()
    )


def _first_listed(number: Token, noun: Token | None, governor: Token | None) -> str | None:
    """ "killed 12 (people) in Kabul and five in Herat": the first count of a list by place,
    with "in" and a named place right after it (or its noun, or a time after them: "killed 12
    on Monday in Kabul", fig47), and a later listed count
    (``_listed_place``) hanging on it, its noun or its verb, counts only the things of its own
    place: the words "in Kabul" (part46; as a total, 12 was set against another outlet's "17
    in Kabul and Herat"). None for a count in one place or whose next count has no place."""
    if not number.like_num or number.dep_ in _LISTED_DEPS:
        return None
    last = noun if noun is not None and noun.i > number.i else number
    anchors = [t for t in (number, noun, governor) if t is not None]
    listed = any(c.i > last.i and _listed_place(c) is not None for a in anchors for c in a.children)
    after = _past_times(number.doc, last.i + 1, anchors)
    if not listed or after >= len(number.doc):
        return None
    prep = number.doc[after]
    if prep.dep_ != "prep" or prep.lower_ != "in" or prep.head not in anchors:
        return None
    for obj in prep.children:
        named = _named_place(obj)
        if obj.dep_ == "pobj" and (named or _named_compound(obj)):
            return number.doc[prep.i : obj.right_edge.i + 1].text
    return None


#: Entity types of a time: "on Monday", "last week" between a count and its place.
_TIMES = frozenset({"DATE", "TIME"})


def _past_times(doc: Doc, i: int, anchors: list[Token]) -> int:
    """The index after the time phrases that start at ``i`` and hang on one of ``anchors``
    ("killed 12 on Monday in Harlow", "12 people last week in Harlow": the "in" after them;
    fig47); ``i`` itself when none does."""
    while i < len(doc):
        top = doc[i]
        while top.head not in anchors and top.head != top:
            top = top.head
        if top.head not in anchors or top.left_edge.i != i or top.dep_ not in ("prep", "npadvmod"):
            return i
        words = [t for t in top.subtree if not (t == top and t.dep_ == "prep")]
        if not words or any(t.ent_type_ not in _TIMES for t in words):
            return i
        i = top.right_edge.i + 1
    return i


def _named_compound(noun: Token) -> bool:
    """A common noun of a named place: "Tarrow province", "the Fenwick district"."""
    return any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)


def _one_of_many(place: Token) -> bool:
    """A single place of care among others: "one hospital", "a nearby hospital" (not
    "hospital", "the hospital" or "local hospitals", which name them all)."""
    if place.tag_ in ("NNS", "NNPS"):
        return False
    for child in place.children:
        if child.dep_ == "nummod" and child.lower_ in ("one", "1"):
            return True
        if child.dep_ == "det" and child.lower_ in ("a", "an", "another"):
            return True
    return False


def _of_care(noun: Token) -> bool:
    """A place or state of care: "surgery", "intensive care", "a critical condition" (not
    "dangerous conditions")."""
    lemma = noun.lemma_.lower()
    if lemma not in CONDITION_WORDS:
        return False
    if lemma != "condition":
        return True
    return any(c.dep_ == "amod" and c.lower_ in CONDITION_ADJECTIVES for c in noun.children)


def _clause_head(doc: Doc, start: int, end: int, noun: Token | None) -> Token | None:
    """The verb (or auxiliary) whose clause holds a figure that no measure verb governs:
    "last year's figure was 14 deaths" -> was."""
    number = doc.char_span(start, end, alignment_mode="expand")
    token = (
        noun if noun is not None else (number[-1] if number is not None and len(number) else None)
    )
    for _ in range(6):
        if token is None or token.pos_ in ("VERB", "AUX"):
            return token
        if token.head == token:
            return None
        token = token.head
    return None


def _clause(governor: Token) -> list[Token]:
    """The tokens of the governor's own clause (without the clauses below it); for a
    relative clause, also the noun it describes ("the 2004 crash, which killed seven")."""
    tokens = [governor]
    stack = list(governor.children)
    while stack:
        token = stack.pop()
        if token.dep_ in _CLAUSES and token.pos_ in ("VERB", "AUX"):
            continue
        tokens.append(token)
        stack.extend(token.children)
    described = governor.head.pos_ in ("NOUN", "PROPN", "NUM")
    if governor.dep_ in ("relcl", "acl", "advcl") and described:
        inside = {t.i for t in governor.subtree}  # once: a membership test per token
        tokens.extend(t for t in governor.head.subtree if t.i not in inside)
    return tokens


def _context(doc: Doc, governor: Token | None, toll: bool) -> str | None:
    """The words that make a figure's clause another event's, if any: an event noun called
    earlier or similar, or, for a toll (``toll``: a cumulative measure such as killed), a
    time well before the publication ("in 2004, seven were killed"). Other figures of a past
    time are the story's own subject ("received 200,000 euros between 2022 and 2024")."""
    if governor is None:
        return None
    clause = _clause(governor)
    for token in clause:
        if (
            token.lower_ in CONTEXT_ADJECTIVES
            and token.dep_ == "amod"
            and token.head.lemma_.lower() in EVENT_NOUNS
        ):
            return f"{token.text} {token.head.text}"
    if not toll:
        return None
    published = doc._.newsclaims_published
    if not isinstance(published, date):
        # no publication date: the (upper) median of the days the article names stands in
        # for it, so one mention of a later date ("the trial is set for 2018") does not move it
        named = sorted(
            d
            for d in (_last_day(t.value) for t in doc._.newsclaims_times or () if t.type == "DATE")
            if d is not None
        )
        if not named:
            return None
        published = named[len(named) // 2]
    limit = published - timedelta(days=settings.CONTEXT_EVENT_DAYS)
    starts = {t.idx for t in clause}
    # "since 1959, when 12 people died": a "when" clause right after a time is of that time
    when = [c.idx for c in governor.children if c.lower_ == "when" and c.dep_ == "advmod"]
    for time in doc._.newsclaims_times or ():
        if time.type != "DATE":
            continue
        told = any(re.fullmatch(r"\W*", doc_text(doc)[time.end : w]) for w in when)
        if not told and not any(time.start <= s < time.end for s in starts):
            continue
        last = _last_day(time.value)
        if last is None or last >= limit:
            continue
        before = doc_text(doc)[max(0, time.start - 8) : time.start].split()
        described = time.start <= governor.head.idx < time.end and governor.head != governor
        if before and before[-1].lower() in REFERENCE_WORDS and not (described or told):
            continue  # "the deadliest since 1959": a reference point, not this event's date
        return doc_text(doc)[time.start : time.end]
    return None


def country_of(governor: Token | None) -> str | None:
    """The country (ISO code) of the first place named in the figure's clause ("seven
    people were killed in Seattle" -> US), if the gazetteer knows it."""
    if governor is None:
        return None
    for token in sorted(_clause(governor), key=lambda t: t.i):
        if token.ent_type_ not in ("GPE", "LOC", "FAC") or token.ent_iob_ != "B":
            continue
        end = token.i + 1
        while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
            end += 1
        country = _country(token.doc[token.i : end].text)
        if country is not None:
            return country
    return None


@cache
def _country(name: str) -> str | None:
    """The country code of a place name, looked up once per name."""
    place = link_place(name)
    return place.country if place is not None else None


def _last_day(value: str) -> date | None:
    """The last day a TIMEX3 date value covers ("2004" -> 2004-12-31), None when vague."""
    found = _VALUE.match(value or "")
    if found is None:
        return None
    year, month, day = found.groups()
    try:
        if day is not None:
            return date(int(year), int(month), int(day))
        if month is not None:
            following = date(int(year) + int(month) // 12, int(month) % 12 + 1, 1)
            return following - timedelta(days=1)
        return date(int(year), 12, 31)
    except ValueError:
        return None
