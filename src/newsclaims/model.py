"""Domain records. Every record that comes from text carries ``start``/``end`` character
offsets into ``Article.text``: ``article.text[r.start:r.end]`` is its evidence, exactly."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum


class Stance(StrEnum):
    """How certain the source is of what it claims (a closed set)."""

    ASSERTED = "asserted"
    REPORTED = "reported"
    QUOTED = "quoted"
    ESTIMATED = "estimated"
    HEDGED = "hedged"
    EXPECTED = "expected"
    CONFIRMED = "confirmed"
    DENIED = "denied"
    UNDISCLOSED = "undisclosed"
    UNVERIFIED = "unverified"


class ClaimKind(StrEnum):
    """The grammatical shape of an attribution."""

    DIRECT = "direct"
    PARTIAL = "partial"
    INDIRECT = "indirect"
    ACCORDING_TO = "according_to"
    NARRATION = "narration"


class Bound(StrEnum):
    """How a figure bounds the true number (a closed set: a typo in a rule file fails at load)."""

    EXACT = "exact"
    APPROX = "approx"
    MORE_THAN = "more_than"
    AT_LEAST = "at_least"
    LESS_THAN = "less_than"
    AT_MOST = "at_most"
    RANGE = "range"


class FigureScope(StrEnum):
    """What a figure is a figure of, as reconciliation compares it (a closed set)."""

    TOTAL = "total"
    """A count or amount of the story's own event ("seven people were killed")."""
    PART = "part"
    """A part or subset of a total: "four seriously injured", "31 taken to St George's",
    "including two children"."""
    CONTEXT = "context"
    """A figure of another event, mentioned for context: "in 2004, seven were killed"."""
    ATTRIBUTE = "attribute"
    """An attribute of a person or thing, never a count: an age ("Phil Seary, 57")."""


class DisagreementKind(StrEnum):
    """What a disagreement is (a closed set)."""

    FIGURES_CONFLICT = "figures_conflict"
    """Two sources' totals of one measure, subject, event and time cannot both be true."""
    FIGURE_UPDATE = "figure_update"
    """One source said another figure of the same measure and event later."""
    NOT_COMPARABLE = "not_comparable"
    """Two figures a reader may take for one count measure different things."""
    DENIED_THEN_CONFIRMED = "denied_then_confirmed"
    """One source denied, then confirmed."""
    DENIED_VS_CONFIRMED = "denied_vs_confirmed"
    """One source denies what another confirms."""
    DENIED_VS_CLAIMED = "denied_vs_claimed"
    """One source denies what another states as fact."""
    EVENT_DATE_CONFLICT = "event_date_conflict"
    """Two sources date one event differently."""
    EVENT_PLACE_CONFLICT = "event_place_conflict"
    """Two sources place one event differently."""


#: Disagreement kinds in which each side contradicts the other (not updates, not related
#: measures, not a source turning from denial to confirmation).
CONTRADICTIONS = (
    DisagreementKind.FIGURES_CONFLICT.value,
    DisagreementKind.DENIED_VS_CONFIRMED.value,
    DisagreementKind.DENIED_VS_CLAIMED.value,
    DisagreementKind.EVENT_DATE_CONFLICT.value,
    DisagreementKind.EVENT_PLACE_CONFLICT.value,
)


#: Characters no store keeps as text: NUL (PostgreSQL refuses it) and lone UTF-16 surrogates
#: (not encodable as UTF-8; JSON ``"\\ud800"``, a feed's ``&#xD800;``, a non-UTF-8 file name).
_UNSTORABLE = re.compile("[\x00\ud800-\udfff]")


def storable(value: str) -> str:
    """``value`` with every NUL and lone surrogate replaced by U+FFFD, one character for
    one, so offsets into the text stay exact."""
    return _UNSTORABLE.sub("\ufffd", value) if _UNSTORABLE.search(value) else value


def content_id(text: str) -> str:
    """The id of an article: the SHA-256 of its text as read (first 32 hex digits)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


@dataclass(frozen=True, slots=True)
class Article:
    """One news article as read from an input."""

    text: str
    """The article text exactly as read; all offsets point into it."""
    url: str | None = None
    """Where the article was published, when known."""
    outlet: str | None = None
    """The publishing outlet (domain or name), when known."""
    title: str | None = None
    """The headline, when known."""
    published: date | None = None
    """Publication date, the anchor for relative times; None when unknown."""
    language: str = "en"
    """ISO 639-1 language code."""
    author: str | None = None
    """Byline, when known."""
    origin: str | None = None
    """The input it came from (path, path#line, URL or WARC record)."""
    id: str = field(default="")
    """Content hash of ``text``; filled in automatically."""
    published_at: datetime | None = None
    """The publication stamp with its time of day, when the input gives one (aware when the
    input gives a zone); ``published`` is its date."""

    def __post_init__(self) -> None:
        for name in ("text", "url", "outlet", "title", "language", "author", "origin"):
            value = getattr(self, name)
            if isinstance(value, str):
                object.__setattr__(self, name, storable(value))
        if not self.id:
            object.__setattr__(self, "id", content_id(self.text))
        if self.published_at is not None and self.published is None:
            object.__setattr__(self, "published", self.published_at.date())


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of article text."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset after the last character."""
    text: str
    """``article.text[start:end]``."""


@dataclass(frozen=True, slots=True)
class Interval:
    """The calendar days a time expression covers."""

    begin: date
    """First day."""
    end: date
    """Last day (inclusive)."""
    precision: str
    """day, week, weekend, month, quarter, season, year, decade or century."""
    value: str
    """The TIMEX3 value it was computed from."""


#: The type of a name that is no actor and no place, read as a person at one mention and a
#: place at another with nothing that makes it either ("Brexit", a referendum, a policy: CoNLL's
#: MISC): what claims are about, never who says them, where something happens, or a person.
TOPIC_TYPE = "MISC"


@dataclass(frozen=True, slots=True)
class Entity:
    """One actor, place or organisation, as resolved within an article."""

    key: str
    """Stable identity within the article: ``TYPE:normalised name``."""
    name: str
    """Canonical name (the longest proper name seen)."""
    type: str
    """PERSON, ORG, GPE, LOC, NORP, FAC, GROUP or ``TOPIC_TYPE`` (MISC)."""
    aliases: tuple[str, ...] = ()
    """Other surface forms that refer to it."""
    kb_id: str | None = None
    """Knowledge-base id (``geonames:<id>``) for places and countries that could be linked."""
    country: str | None = None
    """ISO 3166-1 alpha-2 code of a linked place."""
    lat: float | None = None
    """Latitude of a linked place (a country's capital for a country)."""
    lon: float | None = None
    """Longitude of a linked place."""
    precision: int | None = None
    """ACLED-style geo precision of a linked place: 1 town, 2 region, 3 country."""
    apart: bool = False
    """A surname alone (one word, PERSON) that the entity stage split off on purpose from a
    person the article names in full with that surname: told as their relative ("Carl Vance
    ... Mr. Vance, his son,") or given the other gender. The article has judged it not to be
    them, so no other article's full name joins it to them (the store keeps it apart too)."""


@dataclass(frozen=True, slots=True)
class Mention:
    """One place where an entity is named."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset after the last character."""
    text: str
    """The surface form."""
    entity: str
    """``Entity.key`` of the entity it refers to."""
    label: str
    """The NER label of this mention."""


@dataclass(frozen=True, slots=True)
class Claim:
    """Who claims what, with what certainty. ``start``/``end`` cover the content."""

    start: int
    """Offset of the first character of the content."""
    end: int
    """Offset after the last character of the content."""
    text: str
    """The content: what is claimed."""
    stance: Stance
    """How certain the source is."""
    kind: ClaimKind
    """Direct quote, partial quote, indirect speech, according-to or narration."""
    source: Span | None = None
    """The words naming the source, or None for the outlet's own narration."""
    source_entity: str | None = None
    """``Entity.key`` of the source, when resolved."""
    cue: Span | None = None
    """The reporting verb or phrase."""
    anonymous: bool = False
    """The source is unnamed ("officials", "a person familiar with")."""
    parts: tuple[Span, ...] = ()
    """Content fragments when the content is discontinuous ("A," she said, "B."); empty when
    the content is the one span ``start``/``end``."""
    time: Interval | None = None
    """When what is claimed happened: the first dated time expression in the content."""
    sentence: int = 0
    """Index of the sentence that holds the cue (claims in one sentence can be compared)."""


def without_furniture(
    text: str, start: int, end: int, furniture: Iterable[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The pieces of ``text[start:end]`` outside the page furniture ``(start, end)`` spans, each
    trimmed of white space: a photo caption between two paragraphs of one quotation ("... part
    of. Fans celebrate (Getty) "Every guy ...") is no part of what was said. One piece
    ``(start, end)`` when no furniture falls inside."""
    pieces: list[tuple[int, int]] = []
    at = start
    for f_start, f_end in sorted(furniture):
        if f_end <= at or f_start >= end or f_start >= f_end:
            continue
        pieces.append((at, max(at, f_start)))
        at = f_end
    if not pieces:
        return [(start, end)]
    pieces.append((at, max(at, end)))
    trimmed = []
    for piece_start, piece_end in pieces:
        s, e = piece_start, piece_end
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            trimmed.append((s, e))
    return trimmed or [(start, end)]


def shown_text(text: str, start: int, end: int, furniture: Iterable[tuple[int, int]]) -> str:
    """``text[start:end]`` as a reader is shown it: the pieces outside the page furniture
    (:func:`without_furniture`) joined with one space; the slice itself when none falls
    inside."""
    return " ".join(text[s:e] for s, e in without_furniture(text, start, end, furniture))


def narrowest_claim(claims: Iterable[Claim], start: int, end: int) -> Claim | None:
    """The shortest of ``claims`` whose content covers the characters ``start:end`` (the
    claim that says them), or None."""
    holders = [c for c in claims if c.start <= start and end <= c.end]
    return min(holders, key=lambda c: c.end - c.start) if holders else None


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure stated in the text."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset after the last character."""
    text: str
    """The figure as written."""
    value: float
    """The number, with scale words applied."""
    unit: str | None = None
    """Normalised unit, when any."""
    bound: Bound = Bound.EXACT
    """How the figure bounds the number (``Bound``)."""
    about: str | None = None
    """What it counts ("North Korean soldiers") or, for a measurement, what it measures
    ("the 400-gram bar" -> bar, "Dina Mansaour, 33" -> Dina Mansaour); None when the text
    names nothing."""
    measure: str | None = None
    """A measure class (killed, injured, hospitalised, casualties, deployed, arrested,
    displaced, missing, spent, participated, duration, age: ``lexicons.measure_classes``),
    or the governing verb's lemma; None when unknown."""
    low: float | None = None
    """Lower end of a range."""
    high: float | None = None
    """Upper end of a range."""
    change: str | None = None
    """up or down when the figure is a trend ("rose 3%"), else None."""
    source: Span | None = None
    """The source of the claim that states the figure; None for the outlet's own."""
    source_entity: str | None = None
    """``Entity.key`` of that source."""
    scope: FigureScope = FigureScope.TOTAL
    """Whether it counts the story's event as a whole, a part of it, another event, or is
    an attribute (an age)."""
    qualifier: str | None = None
    """The words that make it a part or another event's ("seriously", "St George's",
    "2004"); None for a total."""
    country: str | None = None
    """ISO 3166-1 alpha-2 code of the place its clause names ("killed in Seattle" -> US):
    figures of places in different countries are of different events."""


@dataclass(frozen=True, slots=True)
class TimeExpr:
    """A temporal expression with its TIMEX3 type and value."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset after the last character."""
    text: str
    """The expression as written."""
    type: str
    """DATE, TIME, DURATION or SET."""
    value: str | None = None
    """TIMEX3 value (``2025-08-29``, ``2025-W36``, ``P2M``, ``PRESENT_REF``, ...)."""
    unresolved: bool = False
    """The value needs a publication date the article does not give; its unknown digits
    are ``X`` (``XXXX-04``)."""
    interval: Interval | None = None
    """The days a DATE or TIME value covers; None for durations, sets and vague values."""


#: The PLOVER event types (Halterman et al., the successor of CAMEO), by their quad class:
#: verbal and material cooperation, verbal and material conflict.
PLOVER_TYPES: dict[str, str] = {
    "AGREE": "verbal cooperation", "CONSULT": "verbal cooperation",
    "SUPPORT": "verbal cooperation", "CONCEDE": "verbal cooperation",
    "COOPERATE": "material cooperation", "AID": "material cooperation",
    "RETREAT": "material cooperation", "REQUEST": "verbal conflict",
    "ACCUSE": "verbal conflict", "REJECT": "verbal conflict", "THREATEN": "verbal conflict",
    "PROTEST": "material conflict", "SANCTION": "material conflict",
    "MOBILIZE": "material conflict", "COERCE": "material conflict",
    "ASSAULT": "material conflict",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Event:
    """Who did what to whom, where and when."""

    start: int
    """Offset of the first character of the predicate phrase."""
    end: int
    """Offset after the last character of the predicate phrase."""
    text: str
    """The predicate phrase."""
    predicate: str
    """The lemma of the predicate."""
    actors: tuple[str, ...] = ()
    """``Entity.key`` of each actor (agent first)."""
    subtype: str = ""
    """A fine type from the predicate: host, meet, deploy, decide, sign, broadcast, ..."""
    type: str | None = None
    """The PLOVER event type (CONSULT, MOBILIZE, AGREE, ASSAULT, ...), when one fits."""
    location: str | None = None
    """``Entity.key`` of the place it happened."""
    time: Interval | None = None
    """When it happened."""
    negated: bool = False
    """The text says it did not happen."""
    modality: str | None = None
    """expected or planned for future events, conditional for one told under a condition
    ("if he wins"); None for what happened."""
    agent: Span | None = None
    """The words naming the agent when no entity does ("a tram", "a crowd")."""
    nominal: bool = False
    """A noun names the event ("the crash"), not a verb."""


@dataclass(frozen=True, slots=True)
class EventPart:
    """One of the 5W1H of a main event: a stretch of article text (or of its headline),
    and what it names."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset after the last character."""
    text: str
    """``article.text[start:end]`` (``article.title[start:end]`` when ``in_title``)."""
    entity: str | None = None
    """``Entity.key`` of the actor (who) or the place (where) the words name, when linked."""
    in_title: bool = False
    """The words are the headline's: the offsets point into ``article.title`` (a "what"
    the headline says and the text tells with other words)."""


#: The parts of a main event, in the order they are shown.
MAIN_EVENT_PARTS: tuple[str, ...] = ("who", "what", "when", "where", "why", "how")


@dataclass(frozen=True, slots=True)
class MainEvent:
    """What an article is mainly about: who did what, when, where, why and how (5W1H).
    Each part is None when the text does not say it."""

    who: EventPart | None = None
    """The main actor (a named entity, else the subject's words: "a tram")."""
    what: EventPart | None = None
    """A short phrase: the predicate with its object ("met with Obama")."""
    when: EventPart | None = None
    """The words that date it; None when the date is the publication date."""
    when_interval: Interval | None = None
    """When it happened, normalised with its precision (the publication day when the text
    gives no date: ``when`` is then None)."""
    where: EventPart | None = None
    """The place, linked to the gazetteer through its entity when it could be."""
    why: EventPart | None = None
    """The reason the text gives ("because ...", "to ...", "after ...")."""
    how: EventPart | None = None
    """The manner the text gives ("by ...", "with ...")."""
    event: int | None = None
    """Index of the event in ``Analysis.events`` it was built from, when any."""


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a reconciled record comes from."""

    article_id: str
    """The article."""
    start: int
    """Offset of the first character."""
    end: int
    """Offset after the last character."""
    text: str
    """The article's text between the offsets."""
    source: str | None
    """Who states it (None: the outlet)."""
    reported: date | None
    """When the article was published."""


@dataclass(frozen=True, slots=True)
class Disagreement:
    """Claims or figures that conflict, update each other, or are related but not comparable."""

    kind: str
    """A ``DisagreementKind``: figures_conflict, figure_update, not_comparable,
    denied_then_confirmed, denied_vs_confirmed, denied_vs_claimed (a denial against another
    source's statement of fact), event_date_conflict or event_place_conflict."""
    about: str | None
    """What the claims are about."""
    between: tuple[str, ...]
    """The sources, in the order of the evidence."""
    measures: tuple[str, ...]
    """The measures of the figures compared (empty for stances)."""
    comparable: bool
    """False when the two sides measure different things and can both be true."""
    why: str
    """A sentence that says why this is (or is not) a conflict."""
    evidence: tuple[Evidence, ...]
    """One item per side."""
    folded: int = 0
    """How many more disagreements of its kind its group (the figures of one count, one
    denial's matches, one event's reports) found and did not keep as rows: a group keeps at
    most ``settings.DISAGREEMENT_ROWS_PER_GROUP`` of each kind, those furthest apart; the
    same count is on each kept row of that kind in the group."""


@dataclass(frozen=True, slots=True)
class Furniture:
    """Page furniture: text of the page that is not the article (a caption, a photo credit,
    a share or subscribe prompt, a list of related stories, ...). The stages never see it."""

    start: int
    """Offset of the first character."""
    end: int
    """Offset after the last character."""
    text: str
    """``article.text[start:end]``."""
    kind: str
    """What it is: caption, credit, gallery, video, share, subscribe, advert, related,
    byline (reporting credits, an author's bio), copyright, cookie or robot."""


@dataclass(frozen=True, slots=True)
class Rejection:
    """Why an article that was read yields nothing (a ``W2xx`` code)."""

    code: str
    """The catalogue code."""
    reason: str
    """A readable explanation."""


@dataclass(frozen=True, slots=True)
class Analysis:
    """Everything extracted from one article."""

    article: Article
    """The article analysed."""
    entities: tuple[Entity, ...] = ()
    """Resolved entities."""
    mentions: tuple[Mention, ...] = ()
    """Entity mentions."""
    claims: tuple[Claim, ...] = ()
    """Attributed claims."""
    quantities: tuple[Quantity, ...] = ()
    """Figures (filled by the quantities stage)."""
    offsets: tuple[Quantity, ...] = ()
    """Durations the quantities stage found that only place a time and count nothing ("twenty
    minutes later", "in the coming two months"): not figures, never stored as such; the time
    stage holds them among ``times``."""
    times: tuple[TimeExpr, ...] = ()
    """Time expressions (filled by the time stage)."""
    events: tuple[Event, ...] = ()
    """Events (filled by the events stage)."""
    furniture: tuple[Furniture, ...] = ()
    """Page furniture removed from the text before the stages ran."""
    main_event: MainEvent | None = None
    """The article's main event (5W1H); None when no sentence gives one."""
    rejection: Rejection | None = None
    """Set when the article yields nothing; it is still stored, with this reason."""
