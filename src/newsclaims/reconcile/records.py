"""The records reconciliation works on and returns, as the store keeps them: what one story
holds (read back from the store), what is derived from it (disagreements, propositions), and
where story grouping puts an article. The store imports these; reconciliation never imports
the store."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True, slots=True)
class StoredClaim:
    """A claim as reconciliation reads it back: content, stance, who says it, and the
    entities its content names."""

    id: str
    article_id: str
    start: int
    end: int
    text: str
    stance: str
    source: str | None
    sentence: int
    published: date | None
    published_at: datetime | None
    outlet: str | None
    time_begin: date | None
    time_end: date | None
    entities: tuple[tuple[int, str, str], ...] = ()
    """(entity id, name, type) of each entity the content names."""
    mention: str | None = None
    """The source as the article wrote it ("a spokeswoman", "he"), beside the resolved
    ``source``."""


@dataclass(frozen=True, slots=True)
class StoredFigure:
    """A figure as reconciliation reads it back."""

    id: int
    article_id: str
    start: int
    end: int
    text: str
    value: float
    low: float | None
    high: float | None
    bound: str
    about: str | None
    measure: str | None
    unit: str | None
    source: str | None
    published: date | None
    published_at: datetime | None
    outlet: str | None
    scope: str | None = None
    """total, part, context or attribute (``model.FigureScope``); None (stored before): a
    total."""
    qualifier: str | None = None
    """The words that made it a part or another event's."""
    country: str | None = None
    """ISO code of the country of the place its clause names."""
    mention: str | None = None
    """The source as the article wrote it, beside the resolved ``source``."""


@dataclass(frozen=True, slots=True)
class StoredEvent:
    """An event as reconciliation reads it back."""

    id: int
    article_id: str
    start: int
    end: int
    text: str
    subtype: str
    place: str | None
    country: str | None
    time_begin: date | None
    time_end: date | None
    published: date | None
    published_at: datetime | None
    outlet: str | None
    actors: tuple[str, ...] = ()
    negated: bool = False
    """The text says it did not happen."""
    modality: str | None = None
    """expected, planned or conditional; None for what happened."""
    fatalities: float | None = None
    """The largest "killed" figure inside the event's own words, when any."""


@dataclass(frozen=True, slots=True)
class MainEventMark:
    """Where an article's main event lies, as merging reads it: the event it was built from
    and the characters of its "what"."""

    event_id: int | None
    """``StoredEvent.id`` of the event it was built from, when any."""
    start: int
    """Offset of the first character of its "what" in the article's text."""
    end: int
    """Offset after the last character of its "what"."""
    day: date | None = None
    """The one day its "when" names in the article's own words ("on Thursday"), None when
    only the publication dates it (or its words name a longer span)."""


@dataclass(frozen=True, slots=True)
class StoryRecords:
    """Everything reconciliation needs of one story (wire copies and marked records left
    out), read at one version."""

    story_id: int
    version: int
    claims: list[StoredClaim]
    figures: list[StoredFigure]
    events: list[StoredEvent]
    main_events: dict[str, MainEventMark] = field(default_factory=dict)
    """Each article's main event (by article id), when it has one in its text."""


@dataclass(frozen=True, slots=True)
class StoryCandidate:
    """A story an article may join, as the story index knows it."""

    id: int
    label: str
    articles: int
    first_published: datetime | None
    last_published: datetime | None
    summary: dict[str, Any]
    """What story grouping kept about the story (its own format)."""
    shared: dict[str, float] = field(default_factory=dict)
    """The article's keys the story is indexed under, with the story's weight for each."""


@dataclass(frozen=True, slots=True)
class StoryChoice:
    """Where story grouping puts an article: an existing story or a new one, and what the
    story's index holds after the article joined."""

    story_id: int | None
    """The story joined; None for a new story."""
    label: str
    """The story's label after the article joined."""
    summary: dict[str, Any]
    """What story grouping keeps about the story (JSON-able)."""
    keys: dict[str, float]
    """The keys the story is indexed under from now on, with their weights (they replace
    the story's former keys)."""
    published: datetime | None = None
    """When the article was published (moves the story's first and last dates)."""
    absorbed: tuple[int, ...] = ()
    """Stories merged into ``story_id`` because the article joins them all: their articles,
    index keys and derived rows move to it, and they end."""


@dataclass(frozen=True, slots=True)
class DerivedDisagreement:
    """A disagreement to keep for a story: the record, its stable key, and the entities the
    claims of its sides are about."""

    kind: str
    about: str | None
    comparable: bool
    why: str
    between: tuple[str | None, ...]
    measures: tuple[str, ...]
    sides: tuple[tuple[str, int, int, str, str | None, str | None], ...]
    """(article id, start, end, text, source, mention) of each side: ``mention`` is the
    source as the article wrote it ("a spokeswoman", "he"), None for the outlet's own
    words."""
    key: str
    entity_ids: tuple[int, ...] = ()
    folded: int = 0
    """How many more its group found and did not keep (``model.Disagreement.folded``)."""


@dataclass(frozen=True, slots=True)
class DerivedSourceCount:
    """One count of a source's profile within a story, kept so that reading the profiles
    adds counts up rather than going through every claim."""

    source: str
    """The source's name (as ``StoredClaim.source``)."""
    facet: str
    """stance: its claims of one stance in one article; about: its claims in one article
    that name one entity; contradicted: the story's remaining contradictions naming it."""
    value: str
    """The stance, the entity's name, or "" (contradicted)."""
    n: int
    """How many."""
    article_id: str | None = None
    """The article counted (None for contradicted, which is the story's)."""
    outlet: str | None = None
    """The article's outlet (kept beside the count, so that a read narrows by it alone)."""
    published: date | None = None
    """When the article was published."""


@dataclass(frozen=True, slots=True)
class DerivedProposition:
    """A proposition to keep for a story: its label, status and claims."""

    text: str
    status: str
    claim_ids: tuple[str, ...]
