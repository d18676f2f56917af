"""Events stage: who did what to whom, where and when.

An event is a verb (or a light-verb phrase: "made the decision" is *decide*) from the
``EVENTS`` lexicon, typed with a PLOVER category and a finer subtype. Its actors are the
entities of its subject (inherited through "to"-complements and "after signing"-clauses,
resolved back through a shorter repetition: "state television" is the "North Korean state
television" named before) and of its object or "with" phrase; its place is a place entity in
an "in/at/to" phrase; its time is a dated expression in its own phrase, or one anchored on the
event it is measured from ("two months after signing" in a clause dated August 2023).

Output: ``doc._.newsclaims_events`` (a list of ``EventDraft``) and
``doc._.newsclaims_main_event`` (a ``MainEventDraft`` or None).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsclaims.extract.guard import guarded
from newsclaims.extract.main_event import find_main_event
from newsclaims.lexicons import place_prepositions

#: Lemma -> (subtype, PLOVER type). PLOVER has no category for media events (None).
EVENTS: dict[str, tuple[str, str | None]] = {
    "host": ("host", "CONSULT"), "meet": ("meet", "CONSULT"), "visit": ("visit", "CONSULT"),
    "negotiate": ("negotiate", "CONSULT"), "talk": ("talk", "CONSULT"),
    "discuss": ("discuss", "CONSULT"), "deploy": ("deploy", "MOBILIZE"),
    "dispatch": ("deploy", "MOBILIZE"), "mobilize": ("mobilize", "MOBILIZE"),
    "mobilise": ("mobilize", "MOBILIZE"), "station": ("deploy", "MOBILIZE"),
    "decide": ("decide", None), "sign": ("sign", "AGREE"), "agree": ("agree", "AGREE"),
    "ratify": ("ratify", "AGREE"), "broadcast": ("broadcast", None), "air": ("broadcast", None),
    "publish": ("publish", None), "attack": ("attack", "ASSAULT"), "strike": ("strike", "ASSAULT"),
    "bomb": ("bomb", "ASSAULT"), "shell": ("shell", "ASSAULT"), "kill": ("kill", "ASSAULT"),
    "invade": ("invade", "ASSAULT"), "protest": ("protest", "PROTEST"),
    "demonstrate": ("protest", "PROTEST"), "rally": ("rally", "PROTEST"),
    "march": ("march", "PROTEST"), "strike_work": ("strike", "PROTEST"),
    "arrest": ("arrest", "COERCE"), "detain": ("detain", "COERCE"), "expel": ("expel", "COERCE"),
    "ban": ("ban", "COERCE"), "sanction": ("sanction", "SANCTION"),
    "embargo": ("embargo", "SANCTION"), "threaten": ("threaten", "THREATEN"),
    "accuse": ("accuse", "ACCUSE"), "condemn": ("condemn", "ACCUSE"),
    "criticize": ("criticize", "ACCUSE"), "criticise": ("criticize", "ACCUSE"),
    "reject": ("reject", "REJECT"), "veto": ("veto", "REJECT"), "refuse": ("refuse", "REJECT"),
    "request": ("request", "REQUEST"), "urge": ("urge", "REQUEST"), "appeal": ("appeal", "REQUEST"),
    "withdraw": ("withdraw", "RETREAT"), "retreat": ("retreat", "RETREAT"),
    "release": ("release", "RETREAT"), "aid": ("aid", "AID"), "donate": ("donate", "AID"),
    "support": ("support", "SUPPORT"), "praise": ("praise", "SUPPORT"),
    "endorse": ("endorse", "SUPPORT"), "cooperate": ("cooperate", "COOPERATE"),
    "concede": ("concede", "CONCEDE"), "apologize": ("apologize", "CONCEDE"),
    "apologise": ("apologize", "CONCEDE"), "elect": ("elect", None), "vote": ("vote", None),
    "resign": ("resign", None), "launch": ("launch", None), "open": ("open", None),
    "close": ("close", None), "file": ("file", None), "rule": ("rule", None),
}  # fmt: skip

#: Light verbs whose object noun names the event ("made the decision" is *decide*).
LIGHT_VERBS = frozenset({"make", "take", "reach", "hold", "sign"})
NOUN_EVENTS = {"decision": "decide", "agreement": "agree", "meeting": "meet", "visit": "visit"}

#: Prepositions whose object is where the event happens.
PLACE_PREPOSITIONS = place_prepositions() | {"at", "to", "into", "inside"}
PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "GROUP"})
SUBJECTS = frozenset({"nsubj", "nsubjpass", "agent"})

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


class _Entities:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.by_token: dict[int, str] = {}
        for span in doc.spans.get("newsclaims_entities", []):
            for i in range(span.start, span.end):
                self.by_token.setdefault(i, span.label_)
        self.types = {k: e.type for k, e in (doc._.newsclaims_entities or {}).items()}

    def in_tokens(self, tokens: list[Token], types: frozenset[str]) -> list[str]:
        keys: list[str] = []
        for t in tokens:
            key = self.by_token.get(t.i)
            if key and self.types.get(key) in types and key not in keys:
                keys.append(key)
        return keys

    def of_phrase(self, head: Token) -> list[str]:
        """Entities named in a noun phrase, or in the fuller phrase it repeats."""
        tokens = [t for t in head.subtree if t.dep_ not in ("relcl", "acl") or t is head]
        keys = self.in_tokens(tokens, ACTOR_TYPES)
        if keys or head.pos_ == "PRON":
            return keys
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
        """The actors of an earlier, fuller phrase with the same head ("North Korean troops")."""
        for earlier in reversed(self.doc[: head.i]):
            if earlier.lemma_ == head.lemma_:
                found = self.in_tokens(list(earlier.subtree), ACTOR_TYPES)
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


def _governing_clause(verb: Token) -> Token | None:
    """For "after signing ...", the verb of the clause the phrase modifies."""
    token = verb
    for _ in range(4):
        token = token.head
        if token.pos_ == "VERB" and token is not verb:
            return token
    return None


def _event_of(token: Token) -> tuple[str, str | None, Token] | None:
    lemma = token.lemma_.lower()
    if token.pos_ == "VERB" and lemma in LIGHT_VERBS:
        for child in token.children:
            if child.dep_ == "dobj" and child.lemma_.lower() in NOUN_EVENTS:
                subtype = NOUN_EVENTS[child.lemma_.lower()]
                return subtype, EVENTS.get(subtype, (subtype, None))[1], token
    if token.pos_ == "VERB" and lemma in EVENTS:
        subtype, plover = EVENTS[lemma]
        return subtype, plover, token
    return None


def _time_spans(doc: Doc) -> list[Span]:
    return [s for s in doc.spans.get("newsclaims_times", []) if s.label_ in ("DATE", "TIME")]


def _own_time(verb: Token, times: list[Span], skip: set[int]) -> tuple[int, int] | None:
    """A dated expression in the verb's phrase, not inside a nested event."""
    inside = {t.i for t in verb.subtree} - skip
    for span in times:
        if span.root.i in inside:
            return span.start_char, span.end_char
    return None


def _anchor(verb: Token, times: list[Span]) -> tuple[tuple[int, int] | None, int]:
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
    span = _own_time(clause, times, {t.i for t in verb.subtree})
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
    """All lexicon events of a parsed document, in text order."""
    entities = _Entities(doc)
    times = _time_spans(doc)
    found = []
    for token in doc:
        event = _event_of(token)
        if event is None:
            continue
        subtype, plover, verb = event
        subject = _subject_head(verb)
        actors = entities.of_phrase(subject) if subject is not None else []
        if not actors and (subject is None or verb.dep_ in ("amod", "acl", "relcl")):
            actors = entities.left_actor(verb)
        location = None
        for child in verb.subtree:
            if child.dep_ == "pobj" and child.head.lower_ in PLACE_PREPOSITIONS:
                places = entities.in_tokens([child], PLACE_TYPES)
                if places:
                    location = places[0]
                    break
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
        nested = {t.i for c in verb.children if _event_of(c) for t in c.subtree}
        anchored, shift = _anchor(verb, times)
        time = anchored or _own_time(verb, times, nested)
        if time is None and _concurrent(verb):
            # "pleaded not guilty on Monday ... as his trial opened": the same day, from the
            # nearest clause above that is dated (the parser may hang "as" on a lower verb)
            clause, own = verb.head, {t.i for t in verb.subtree}
            for _ in range(4):
                time = _own_time(clause, times, own)
                if time is not None or clause.head is clause:
                    break
                clause = clause.head
        negated = any(c.dep_ == "neg" for c in verb.children)
        modality = None
        if any(c.lower_ in ("will", "'ll", "shall") for c in verb.children if c.dep_ == "aux"):
            modality = "expected"
        elif verb.dep_ == "xcomp" and verb.head.lemma_.lower() in EXPECTING:
            modality = "expected" if verb.head.lemma_.lower() == "expect" else "planned"
        start = verb.i
        end = (
            max(
                [verb.i]
                + [t.i for c in verb.children if c.dep_ in ("dobj", "prt") for t in c.subtree]
            )
            + 1
        )
        span = doc[start:end]
        found.append(
            EventDraft(
                span.start_char,
                span.end_char,
                verb.lemma_.lower(),
                subtype,
                plover,
                tuple(actors),
                location,
                time,
                shift if anchored else 0,
                negated,
                modality,
            )
        )
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
    doc._.newsclaims_main_event = find_main_event(doc, doc._.newsclaims_title)
    return doc
