"""Events stage: who did what to whom, where and when.

An event is a verb (or a light-verb phrase: "made the decision" is *decide*) or a noun ("the
crash", "a protest") from the lexicon ``extract/data/events.tsv``, typed with a PLOVER
category and a finer subtype by its sense, which an ambiguous verb takes from its arguments
("strike the base" is an assault, "workers strike" a protest). Its actors are the
entities of its subject (inherited through "to"-complements and "after signing"-clauses,
resolved back through a shorter repetition: "state television" is the "North Korean state
television" named before) and of its object or "with" phrase; its place is a place entity in
an "in/at/to" phrase; its time is a dated expression in its own phrase, or one anchored on the
event it is measured from ("two months after signing" in a clause dated August 2023).

Output: ``doc._.newsclaims_events`` (a list of ``EventDraft``) and
``doc._.newsclaims_main_event`` (a ``MainEventDraft`` or None).
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import numpy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsclaims.extract.guard import guarded
from newsclaims.extract.main_event import find_main_event
from newsclaims.extract.spans import indexes_of, token_indexes
from newsclaims.extract.speakers import plain_speakers
from newsclaims.extract.verb_lemmas import verb_lemma
from newsclaims.lexicons import (
    hyphen_prefixes,
    place_prepositions,
    read_table,
    read_words,
    stative_verbs,
)

#: The event lexicon (``extract/data/events.tsv``): (lemma, pos) -> its senses in order.
DATA = Path(__file__).parent / "data"


@dataclass(frozen=True, slots=True)
class Sense:
    """One sense of an event word."""

    condition: str
    """- (always), dobj, with, at: what the verb's arguments must hold for this sense."""
    subtype: str
    plover: str | None
    family: str
    """Reports of one kind of event (a definite "the protest" after one refers back)."""
    agent: bool
    """The event needs an agent: a subject that names no actor makes it no event."""


@cache
def lexicon() -> dict[tuple[str, str], tuple[Sense, ...]]:
    """The senses of each event word, by (lemma, VERB or NOUN)."""
    senses: dict[tuple[str, str], list[Sense]] = {}
    for lemma, pos, condition, subtype, plover, family, agent in read_table(DATA / "events.tsv", 7):
        sense = Sense(condition, subtype, None if plover == "-" else plover, family, agent == "yes")
        senses.setdefault((lemma, pos), []).append(sense)
    return {k: tuple(v) for k, v in senses.items()}


@cache
def lexicon_verbs() -> frozenset[str]:
    """The verbs of the event lexicon (for ``verb_lemma``: "fined" is "fine", not "fin")."""
    return frozenset(lemma for lemma, pos in lexicon() if pos == "VERB")


@cache
def _particle_verbs() -> frozenset[str]:
    """The verbs the lexicon has with a particle ("give" of "give_up"): only their particles
    are read (``_sense``)."""
    return frozenset(
        lemma[:at]
        for lemma, pos in lexicon()
        if pos == "VERB"
        for at, ch in enumerate(lemma)
        if ch == "_"
    )


@cache
def agent_nouns() -> frozenset[str]:
    """Nouns that name people who act (``extract/data/event_agents.tsv``)."""
    return read_words(DATA / "event_agents.tsv")


def _figure(token: Token) -> bool:
    """The noun is a figure: a number, or a noun counted by one ("41 percent")."""
    return token.like_num or any(c.dep_ == "nummod" for c in token.children)


def _holds(condition: str, verb: Token) -> bool:
    if condition == "-":
        return True
    if condition == "dobj":
        return any(c.dep_ == "dobj" for c in verb.children)
    if condition == "nofigure":  # "won the title", not "won 41 percent" (a share)
        objects = ("dobj", "npadvmod", "attr", "oprd")
        return not any(c.dep_ in objects and _figure(c) for c in verb.children)
    return any(c.dep_ == "prep" and c.lower_ == condition for c in verb.children)


#: Endings of inflected forms and what replaces them, tried in order on a prefixed word's stem.
_ENDINGS = (("", ""), ("ed", ""), ("ed", "e"), ("d", ""), ("ing", ""), ("ing", "e"), ("es", ""),
            ("s", ""))  # fmt: skip


def _prefixed_lemma(word: str, pos: str) -> str | None:
    """ "re-elected" is "elect", "co-hosts" is "host": the event word after a hyphenated
    prefix (``data/hyphen_prefixes.tsv``, kept one token by the pipeline), whose own lemma
    the rule lemmatizer cannot give ("re-electe")."""
    prefix, _, stem = word.lower().partition("-")
    if not stem or prefix not in hyphen_prefixes():
        return None
    for ending, replacement in _ENDINGS:
        if stem.endswith(ending) and len(stem) > len(ending) + 1:
            lemma = stem[: len(stem) - len(ending)] + replacement
            if (lemma, pos) in lexicon():
                return lemma
    return None


def _sense(token: Token) -> Sense | None:
    """The sense of an event verb or noun, chosen by its arguments, or None."""
    pos = "VERB" if token.pos_ == "VERB" else "NOUN" if token.pos_ == "NOUN" else None
    if pos is None:
        return None
    lemma = token.lemma_.lower()
    if "-" in lemma:
        lemma = _prefixed_lemma(token.text, pos) or lemma
    elif pos == "VERB":
        lemma = verb_lemma(token.text, lemma, lexicon_verbs())
        particles = (
            [c.lower_ for c in token.children if c.dep_ == "prt"]
            if lemma in _particle_verbs()
            else []
        )
        if particles and (f"{lemma}_{particles[0]}", pos) in lexicon():
            lemma = f"{lemma}_{particles[0]}"
    senses = lexicon().get((lemma, pos), ())
    scored = [(_cue_score(s.condition, token), s) for s in senses if s.condition.startswith("cue:")]
    best = max(scored, key=lambda pair: pair[0], default=None)  # the first of a tie
    if best is not None and best[0] > (0, 0):
        return best[1]
    for sense in senses:
        if not sense.condition.startswith("cue:") and _holds(sense.condition, token):
            return sense
    return None


@cache
def sense_cues() -> dict[str, frozenset[str]]:
    """Cue nouns by set (``extract/data/sense_cues.tsv``): "sport" -> game, inning, ..."""
    cues: dict[str, set[str]] = {}
    for name, noun in read_table(DATA / "sense_cues.tsv", 2):
        cues.setdefault(name, set()).add(noun)
    return {k: frozenset(v) for k, v in cues.items()}


def _clause(token: Token) -> Token:
    """The event word's clause: a verb's own, a noun's verb (the nearest verb above it)."""
    head = token
    for _ in range(4):
        if head.pos_ in ("VERB", "AUX") or head.head == head:
            return head
        head = head.head
    return head


def _cue_score(condition: str, token: Token) -> tuple[int, int]:
    """How many cue nouns of the sense the event word's own phrase holds ("her campaign
    rally"), then its clause ("a late rally to win the game"): the word's own modifiers
    decide before the rest of the clause."""
    cues = sense_cues().get(condition.removeprefix("cue:"), frozenset())

    def count(tokens: Iterable[Token]) -> int:
        return sum(
            1 for t in tokens if t != token and t.pos_ in _CUE_POS and t.lemma_.lower() in cues
        )

    own = token.subtree if token.pos_ == "NOUN" else _purposes(token)
    return count(own), count(_own_clause(_clause(token)))


_CUE_POS = frozenset({"NOUN", "PROPN", "VERB"})


def _purposes(verb: Token) -> list[Token]:
    """The verbs of a verb's purpose: "protest" of "rallied to protest the sale"."""
    return [
        c
        for c in verb.children
        if c.dep_ in ("advcl", "xcomp") and any(m.lower_ == "to" for m in c.children)
    ]


def _own_clause(head: Token) -> Iterator[Token]:
    """A clause's words without a clause joined to it ("and the goal of the rally was")."""
    yield head
    for child in head.children:
        if child.dep_ not in ("conj", "parataxis", "cc"):
            yield from child.subtree


#: Light verbs whose object noun names the event ("made the decision" is *decide*).
LIGHT_VERBS = frozenset({"make", "take", "reach", "hold", "sign"})
NOUN_EVENTS = {"decision": "decide", "agreement": "agree", "meeting": "meet", "visit": "visit"}

#: Prepositions whose object is where the event happens.
PLACE_PREPOSITIONS = place_prepositions() | {"at", "to", "into", "inside"}
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "GROUP"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "agent"})

#: Conjunctions that open a condition: the event of their clause may not happen.
CONDITIONS = frozenset({"if", "unless"})
#: Verbs whose "to"-complement is an expectation or plan.
EXPECTING = frozenset({"expect", "plan", "schedule", "intend", "hope", "aim", "prepare"})


@dataclass(frozen=True, slots=True)
class EventDraft:
    """An event found in the text."""

    start: int
    end: int
    predicate: str
    subtype: str
    plover: str | None
    actors: tuple[str, ...]
    location: str | None
    time: tuple[int, int] | None
    time_shift_months: int
    negated: bool
    modality: str | None
    agent: tuple[int, int] | None = None
    """The subject's words when no entity names the agent ("a tram")."""
    nominal: bool = False
    """A noun names the event ("the crash"), not a verb."""


class _Entities:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.by_token: dict[int, str] = {}
        for span in doc.spans.get("newsclaims_entities", []):
            for i in range(span.start, span.end):
                self.by_token.setdefault(i, span.label_)
        self.types = {k: e.type for k, e in (doc._.newsclaims_entities or {}).items()}
        self._lemmas = doc.to_array("LEMMA") if len(doc) else numpy.zeros(0, dtype=numpy.uint64)
        """The tokens' lemmas (their ids, ``token.lemma``), read once from spaCy's array."""
        self._by_lemma: dict[int, list[int]] = {}

    def pronoun(self, token: Token) -> list[str]:
        """The actor a personal pronoun subject refers to ("he wins the title"), when the
        speaker finder's pronoun model names one clearly best (``Speakers.pronoun``); none
        for "I", "we", "you" (the speaker or the reader)."""
        key = plain_speakers(self.doc).pronoun(token)
        return [key] if key is not None and self.types.get(key) in ACTOR_TYPES else []

    def with_lemma(self, lemma: int) -> list[int]:
        """The indexes, in text order, of the tokens with a lemma (its id, ``token.lemma``),
        found once per lemma and document."""
        found = self._by_lemma.get(lemma)
        if found is None:
            found = indexes_of(self._lemmas, (lemma,))
            self._by_lemma[lemma] = found
        return found

    def in_tokens(self, tokens: list[Token], types: frozenset[str]) -> list[str]:
        keys: list[str] = []
        for t in tokens:
            key = self.by_token.get(t.i)
            if key and self.types.get(key) in types and key not in keys:
                keys.append(key)
        return keys

    def of_phrase(self, head: Token) -> list[str]:
        """Entities named in a noun phrase, or in the fuller phrase it repeats."""
        tokens = [t for t in head.subtree if t.dep_ not in ("relcl", "acl") or t == head]
        keys = self.in_tokens(tokens, ACTOR_TYPES)
        if keys or head.pos_ == "PRON":
            return keys
        return self.repeated(head) if head.pos_ in ("NOUN", "PROPN") else []

    def of_subject(self, head: Token) -> list[str]:
        """Actors a subject names, without its clauses and prepositional phrases other than
        "of" ("Floods in the Ostrava valley" name no actor; "the leader of North Korea" does)."""
        tokens = [head]
        for child in head.children:
            if child.dep_ in ("relcl", "acl", "advcl", "appos") or (
                child.dep_ == "prep" and child.lower_ != "of"
            ):
                continue
            tokens.extend(child.subtree)
        keys = self.in_tokens(tokens, ACTOR_TYPES)
        if keys:
            return keys
        if head.pos_ == "PRON":
            return self.pronoun(head)
        return self.repeated(head) if head.pos_ in ("NOUN", "PROPN") else []

    def of_noun(self, head: Token) -> list[str]:
        """Actors a noun names itself, without its prepositional phrases ("Alves in Lisbon")."""
        tokens = [head]
        for child in head.children:
            if child.dep_ in ("compound", "amod", "poss", "appos", "conj", "nmod") or (
                child.dep_ == "prep" and child.lower_ == "with"  # "a pact with Putin"
            ):
                tokens.extend(child.subtree)
        keys = self.in_tokens(tokens, frozenset({"PERSON", "ORG", "GPE", "GROUP"}))
        if keys or head.pos_ != "NOUN":
            return keys
        return self.repeated(head)

    def repeated(self, head: Token) -> list[str]:
        """The actors of an earlier, fuller phrase with the same head ("North Korean troops"):
        a noun, not a verb of the same lemma ("the cuts" never repeats "would cut ... at its
        plant")."""
        for i in reversed(self.with_lemma(head.lemma)):
            if i >= head.i or self.doc[i].pos_ not in ("NOUN", "PROPN"):
                continue
            found = self.in_tokens(list(self.doc[i].subtree), ACTOR_TYPES)
            if found:
                return found
        return []

    def left_actor(self, verb: Token) -> list[str]:
        """The nearest actor named before the verb in its sentence, outside preposition
        phrases ("According to KCNA, Kim on Friday hosted ...")."""
        for t in reversed(self.doc[verb.sent.start : verb.i]):
            key = self.by_token.get(t.i)
            if key and self.types.get(key) in ("PERSON", "ORG", "GPE", "GROUP"):
                if any(a.dep_ == "pobj" for a in [t, *t.ancestors][:2]):
                    continue
                return [key]
        return []


def _subject_head(verb: Token) -> Token | None:
    token = verb
    for _ in range(4):
        subjects = [c for c in token.children if c.dep_ in SUBJECTS]
        if subjects:
            return subjects[0]
        if (
            token.dep_ in ("xcomp", "conj", "pcomp", "acl", "advcl", "ccomp")
            or token.dep_ == "prep"
        ):
            token = token.head
            continue
        if token.dep_ == "pobj" or token.head.dep_ == "prep":
            token = token.head
            continue
        break
    return None


def _reporter_subject(verb: Token, subject: Token | None) -> Token | None:
    """ "The union said the cuts were unnecessary and accused the company": the parser
    coordinates the deed with the reported state ("were unnecessary") instead of with the
    reporting verb, so the deed would take the state's subject. When that subject cannot act
    (no pronoun, no noun of people who act) and the state is stative ("be", "remain"), the
    deed is the reporter's: the subject of the verb the state is reported by."""
    state = verb.head
    if (
        subject is None
        or verb.dep_ != "conj"
        or state.dep_ != "ccomp"
        or verb.i < subject.i
        or state.lemma_.lower() not in stative_verbs()
        or subject.head != state
        or _agentive(subject, verb)
    ):
        return None
    return next((c for c in state.head.children if c.dep_ in SUBJECTS), None)


def _subject_actors(entities: _Entities, verb: Token) -> tuple[Token | None, list[str]]:
    """The verb's subject and the actors it names (the reporter's, for a deed the parser
    coordinated with a reported state)."""
    subject = _subject_head(verb)
    actors = entities.of_subject(subject) if subject is not None else []
    if not actors:
        reporter = _reporter_subject(verb, subject)
        if reporter is not None:
            return reporter, entities.of_subject(reporter)
    return subject, actors


def _governing_clause(verb: Token) -> Token | None:
    """For "after signing ...", the verb of the clause the phrase modifies."""
    token = verb
    for _ in range(4):
        token = token.head
        if token.pos_ == "VERB" and token != verb:
            return token
    return None


def _event_of(token: Token) -> tuple[Sense, Token] | None:
    """The sense and predicate of an event verb ("made the decision" is *decide*)."""
    if token.pos_ != "VERB":
        return None
    if token.lemma_.lower() in LIGHT_VERBS:
        for child in token.children:
            noun = child.lemma_.lower()
            if child.dep_ == "dobj" and noun in NOUN_EVENTS:
                senses = lexicon().get((NOUN_EVENTS[noun], "VERB"))
                if senses:
                    return senses[0], token
    sense = _sense(token)
    return (sense, token) if sense is not None else None


def _light_object(token: Token) -> bool:
    """The noun is the event of a light verb ("made the decision"), found with the verb."""
    return (
        token.dep_ == "dobj"
        and token.head.lemma_.lower() in LIGHT_VERBS
        and token.lemma_.lower() in NOUN_EVENTS
    )


def _phrase_chars(head: Token, deps: frozenset[str]) -> tuple[int, int]:
    """The head with its ``deps`` children (and their words), as character offsets."""
    tokens = [head] + [t for c in head.children if c.dep_ in deps for t in c.subtree]
    first = min(t.i for t in tokens)
    last = max(t.i for t in tokens)
    doc = head.doc
    return doc[first].idx, doc[last].idx + len(doc[last].text)


#: The words of a noun phrase that describe it (not its clauses or prepositional phrases).
DESCRIBING = frozenset({"det", "amod", "compound", "nummod", "poss", "nmod", "quantmod"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})


class _Times:
    """The doc's dated time spans (DATE, TIME) in text order, with their roots' token indexes,
    so that finding the ones under a verb is a range lookup, not a walk of its subtree."""

    def __init__(self, doc: Doc) -> None:
        group = doc.spans.get("newsclaims_times", [])
        self.spans = sorted(
            (s for s in group if s.label_ in ("DATE", "TIME")), key=lambda s: s.root.i
        )
        self.roots = [s.root.i for s in self.spans]

    def under(self, verb: Token) -> list[Span]:
        """The spans whose root lies between the verb's subtree edges, in text order."""
        low = bisect_left(self.roots, verb.left_edge.i)
        high = bisect_right(self.roots, verb.right_edge.i)
        return self.spans[low:high]


def _in_subtree(head: Token, token: Token) -> bool:
    return token == head or head.is_ancestor(token)


@cache
def onset_prepositions() -> frozenset[str]:
    """Prepositions whose date starts a stretch of time ("since 1952"), not the event's day
    (``extract/data/onset_prepositions.tsv``)."""
    return read_words(DATA / "onset_prepositions.tsv")


def _ongoing(verb: Token) -> bool:
    """The verb is in the perfect and not negated ("have rallied since Monday"): what it
    tells began at its "since" date and goes on."""
    return (
        verb.pos_ in ("VERB", "AUX")
        and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)
        and not any(c.dep_ == "neg" for c in verb.children)
    )


def _onset(span: Span, verb: Token) -> bool:
    """The dated span begins a stretch of time before the event ("the first title since
    1952", "have not won since 1952"): an onset preposition's object, or with it as its first
    word, unless the verb tells an ongoing event that began then ("have rallied since
    Monday")."""
    root = span.root
    since = span[0].lower_ in onset_prepositions() or (
        root.dep_ == "pobj" and root.head.lower_ in onset_prepositions()
    )
    return since and not _ongoing(verb)


def _own_time(verb: Token, times: _Times, skip: Sequence[Token] = ()) -> tuple[int, int] | None:
    """A dated expression in the verb's phrase, not inside the subtree of a ``skip`` token
    (a nested event), nor one that starts a stretch of time ("since 1952")."""
    for span in times.under(verb):
        root = span.root
        if _onset(span, verb):
            continue  # "the first title since 1952": not the day of the win
        if _in_subtree(verb, root) and not any(_in_subtree(s, root) for s in skip):
            return span.start_char, span.end_char
    return None


def _anchor(verb: Token, times: _Times) -> tuple[tuple[int, int] | None, int]:
    """ "two months after signing": the governing clause's date shifted back two months."""
    prep = verb.head if verb.dep_ == "pcomp" else None
    if prep is None or prep.lower_ not in ("after", "before"):
        return None, 0
    months = 0
    for child in prep.children:
        if child.dep_ == "npadvmod" and child.lemma_ in ("month", "year", "week"):
            numbers = [c for c in child.children if c.dep_ == "nummod"]
            count = _count(numbers[0].lower_) if numbers else 1
            months = count * {"month": 1, "year": 12, "week": 0}[child.lemma_]
    governor = prep.head
    if months == 0 or governor.pos_ not in ("VERB", "NOUN"):
        return None, 0
    clause = governor.head if governor.pos_ == "NOUN" else governor
    span = _own_time(clause, times, (verb,))
    if span is None:
        return None, 0
    return span, -months if prep.lower_ == "after" else months


def _concurrent(verb: Token) -> bool:
    """A clause told as happening with the one it hangs on ("as", "when", "while")."""
    return verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in ("as", "when", "while") for c in verb.children
    )


_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a": 1, "an": 1}


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _COUNTS.get(word, 1)


def find_events(doc: Doc) -> list[EventDraft]:
    """All lexicon events of a parsed document, verbal then nominal, in text order."""
    entities = _Entities(doc)
    times = _Times(doc)
    found: list[tuple[EventDraft, str, int]] = []  # with the family and the sentence start
    for token in (doc[i] for i in token_indexes(doc, "POS", ("VERB",))):  # ``_event_of``'s
        event = _event_of(token)
        if event is None:
            continue
        sense, verb = event
        subject, actors = _subject_actors(entities, verb)
        if not actors and (subject is None or verb.dep_ in ("amod", "acl", "relcl")):
            actors = entities.left_actor(verb)
        if sense.agent and not actors and not _agentive(subject, verb):
            continue  # "floods killed 23": deaths, not an assault
        agent = None
        if not actors and subject is not None and subject.pos_ in ("NOUN", "PROPN"):
            agent = _phrase_chars(subject, DESCRIBING)  # "a tram", "a crowd"
        location = _location(entities, verb)
        for child in verb.children:
            if child.dep_ in ("dobj", "dative"):
                head = child
            elif child.dep_ == "prep" and child.lower_ == "with":
                head = next((c for c in child.children if c.dep_ == "pobj"), child)
            else:
                continue
            for key in entities.of_noun(head):
                if key not in actors and key != location:
                    actors.append(key)
        nested = [c for c in verb.children if _event_of(c)]
        anchored, shift = _anchor(verb, times)
        time = anchored or _own_time(verb, times, nested)
        if time is None and _concurrent(verb):
            # "pleaded not guilty on Monday ... as his trial opened": the same day, from the
            # nearest clause above that is dated (the parser may hang "as" on a lower verb)
            clause, own = verb.head, (verb,)
            for _ in range(4):
                time = _own_time(clause, times, own)
                if time is not None or clause.head == clause:
                    break
                clause = clause.head
        negated = any(c.dep_ == "neg" for c in verb.children)
        modality = _modality(verb)
        start = verb.i
        end = (
            max(
                [verb.i]
                + [t.i for c in verb.children if c.dep_ in ("dobj", "prt") for t in c.subtree]
            )
            + 1
        )
        span = doc[start:end]
        draft = EventDraft(
            span.start_char,
            span.end_char,
            _prefixed_lemma(verb.text, "VERB")
            or verb_lemma(verb.text, verb.lemma_.lower(), lexicon_verbs()),
            sense.subtype,
            sense.plover,
            tuple(actors),
            location,
            time,
            shift if anchored else 0,
            negated,
            modality,
            agent,
        )
        found.append((draft, sense.family, verb.sent.start))
    found.extend(_nominal_events(doc, entities, times, found))
    found.sort(key=lambda item: item[0].start)
    return [draft for draft, _, _ in found]


def _modality(verb: Token) -> str | None:
    """expected ("will meet"), planned ("plans to visit"), conditional ("if he wins"), or
    None for what the text tells as having happened."""
    if any(c.lower_ in ("will", "'ll", "shall") for c in verb.children if c.dep_ == "aux"):
        return "expected"
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in EXPECTING:
        return "expected" if verb.head.lemma_.lower() == "expect" else "planned"
    if verb.dep_ == "advcl" and any(
        c.dep_ == "mark" and c.lower_ in CONDITIONS for c in verb.children
    ):
        return "conditional"
    return None


@cache
def prospect_nouns() -> frozenset[str]:
    """Nouns whose "of" phrase is hoped, feared or awaited (``extract/data/prospect_nouns.tsv``)."""
    return read_words(DATA / "prospect_nouns.tsv")


def _in_prospect(noun: Token) -> bool:
    """ "dreams of a league title", "in expectation of an Ortiz victory": the event noun is
    the object of "of" after a noun of a prospect."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.pos_ == "NOUN"
        and prep.head.lemma_.lower() in prospect_nouns()
    )


def _agentive(subject: Token | None, verb: Token) -> bool:
    """The subject can act: a pronoun, a noun that names people who act, or none (a passive
    or an infinitive takes its agent from elsewhere)."""
    if subject is None or subject.dep_ == "nsubjpass":
        return True
    if subject.pos_ == "PRON":
        return True
    word = subject.lemma_.lower()
    # the tagger reads a capitalised plural as a name ("Rebels"): its singular counts too
    return word in agent_nouns() or word.removesuffix("s") in agent_nouns()


def _location(entities: _Entities, head: Token) -> str | None:
    for child in head.subtree:
        if child.dep_ == "pobj" and child.head.lower_ in PLACE_PREPOSITIONS:
            places = entities.in_tokens([child], PLACE_TYPES)
            if places:
                return places[0]
    return None


def _nominal_events(
    doc: Doc,
    entities: _Entities,
    times: _Times,
    verbal: list[tuple[EventDraft, str, int]],
) -> list[tuple[EventDraft, str, int]]:
    """Events a noun names ("the crash", "a protest outside Trump Tower"), when they are no
    other mention of an event already found: not in a sentence that has an event of their
    family, and, when definite ("the protest", "their meeting"), not in an article that has
    one."""
    by_sentence = {(family, sent) for _, family, sent in verbal}
    seen = {family for _, family, _ in verbal}
    found: list[tuple[EventDraft, str, int]] = []
    for token in (doc[i] for i in _event_nouns(doc)):
        if token.pos_ != "NOUN" or token.dep_ in ("compound", "amod", "poss"):
            continue
        if _light_object(token):
            continue
        sense = _sense(token)
        if sense is None:
            continue
        sent = token.sent.start
        if (sense.family, sent) in by_sentence:
            continue
        definite = any(
            (c.dep_ == "det" and c.lower_ in DEFINITE) or (c.dep_ == "poss" and c.pos_ == "PRON")
            for c in token.children
        )
        if definite and sense.family in seen:
            continue  # "the protest", "their meeting": another mention of one found
        actors = entities.of_noun(token)
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "by"):
            for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                actors += [k for k in entities.of_noun(pobj) if k not in actors]
        governor = token.head if token.dep_ in ("dobj", "attr", "pobj", "nsubj") else None
        if not actors and governor is not None and token.dep_ in ("dobj", "attr"):
            subject = _subject_head(governor)  # "Lady Gaga staged a protest"
            actors = entities.of_subject(subject) if subject is not None else []
        location = _location(entities, token)
        time = _own_time(token, times)
        if governor is not None and governor.pos_ in ("VERB", "AUX"):
            location = location or _location(entities, governor)
            time = time or _own_time(governor, times)
        start, end = _phrase_chars(token, DESCRIBING)
        # "no meetings", "did not hold a rally": the text says it did not happen
        negated = any(c.dep_ == "det" and c.lower_ == "no" for c in token.children) or (
            governor is not None and any(c.dep_ == "neg" for c in governor.children)
        )
        draft = EventDraft(
            start,
            end,
            token.lemma_.lower(),
            sense.subtype,
            sense.plover,
            tuple(actors),
            location,
            time,
            0,
            negated,
            "expected" if _in_prospect(token) else None,
            None,
            True,
        )
        found.append((draft, sense.family, sent))
        by_sentence.add((sense.family, sent))
        seen.add(sense.family)
    return found


def _event_nouns(doc: Doc) -> list[int]:
    """The indexes of the nouns that may name an event (``_sense``): their lemma is one of
    the lexicon's nouns, or hyphenated ("re-election"); each lemma looked up once."""
    strings = doc.vocab.strings
    lemmas = doc.to_array("LEMMA").tolist() if len(doc) else []
    maybe: dict[int, bool] = {}
    found = []
    for i in token_indexes(doc, "POS", ("NOUN",)):
        lemma = lemmas[i]
        if lemma not in maybe:
            word = strings[lemma].lower()
            maybe[lemma] = "-" in word or (word, "NOUN") in lexicon()
        if maybe[lemma]:
            found.append(i)
    return found


@Language.component(
    "newsclaims_events",
    requires=["token.dep", "token.lemma", "doc.spans"],
    assigns=["doc._.newsclaims_events", "doc._.newsclaims_main_event"],
)
@guarded("newsclaims_events")
def events_component(doc: Doc) -> Doc:
    """Write events and the main event (``extract/main_event.py``) to the doc."""
    doc._.newsclaims_events = find_events(doc)
    doc._.newsclaims_main_event = find_main_event(
        doc, doc._.newsclaims_title, doc._.newsclaims_headline
    )
    return doc
