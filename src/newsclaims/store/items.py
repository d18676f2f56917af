"""What the store reads back: typed rows, each built by column name, and the filters and pages
every listing takes. The store returns these; the presentation layer (``newsclaims.views``)
labels and renders them."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date, datetime
from typing import Any, Generic, TypeVar

from sqlalchemy.engine import RowMapping

T = TypeVar("T")


#: The field names of each item type, worked out once.
_FIELD_NAMES: dict[type, frozenset[str]] = {}


def from_mapping(kind: type[T], row: RowMapping | dict[str, Any], **more: Any) -> T:
    """An item of ``kind`` from a result row, by column name (columns the item does not
    declare are ignored; ``more`` fills the rest)."""
    names = _FIELD_NAMES.get(kind)
    if names is None:
        names = _FIELD_NAMES[kind] = frozenset(f.name for f in fields(kind))  # type: ignore[arg-type]
    values = {k: v for k, v in row.items() if k in names}
    values.update(more)
    return kind(**values)


@dataclass(frozen=True, slots=True)
class Filters:
    """What a listing is narrowed to; every field is optional and they combine with AND."""

    story: int | None = None
    """Only this story."""
    outlet: str | None = None
    """Only articles of this outlet (as stored, case-insensitive)."""
    source: str | None = None
    """Only claims or figures by this source (an entity's name or alias, or the source text)."""
    about: str | None = None
    """Only records about this entity (name or alias), or, for figures, what they count."""
    stance: str | None = None
    """Only claims of this stance."""
    measure: str | None = None
    """Only figures of this measure (a measure class: killed finds dead and died too)."""
    kind: str | None = None
    """Only disagreements of this kind; only events of this PLOVER type or subtype; only
    entities of this type; only sources of this kind ("named" or "described")."""
    where: str | None = None
    """Only events in this place."""
    since: date | None = None
    """Only what was published (or happened, for the timeline) on or after this day."""
    until: date | None = None
    """Only what was published (or happened) on or before this day."""
    text: str | None = None
    """Only what holds every word of this text (full-text search over claim contents)."""
    article: str | None = None
    """Only records of this article."""
    include_wrong: bool = False
    """Keep records an analyst marked wrong (left out otherwise)."""


#: A listing of everything.
NO_FILTERS = Filters()


@dataclass(frozen=True, slots=True)
class Listing(Generic[T]):
    """One page of a listing, with the count of everything that matches."""

    items: list[T]
    """The rows of this page."""
    total: int
    """How many rows match the filters in all."""
    offset: int = 0
    """Rows skipped before this page."""
    limit: int = 100
    """Largest page asked for."""

    @property
    def more(self) -> bool:
        """Whether rows follow this page."""
        return self.offset + len(self.items) < self.total


@dataclass(frozen=True, slots=True)
class ArticleItem:
    """A stored (or rejected) article."""

    id: str
    published: date | None
    published_at: datetime | None
    outlet: str | None
    title: str | None
    url: str | None
    origin: str | None
    status: str
    rejection_code: str | None
    rejection_reason: str | None
    copy_of: str | None
    story_id: int | None
    claims: int = 0


@dataclass(frozen=True, slots=True)
class ClaimItem:
    """A claim with where it was published and who says it."""

    id: str
    article_id: str
    story_id: int | None
    outlet: str | None
    published: date | None
    published_at: datetime | None
    source: str | None
    """The resolved source's name, else its text; None for the outlet's own narration."""
    source_text: str | None
    """The words naming the source, as written ("he", "a spokeswoman")."""
    source_entity_id: int | None
    anonymous: bool
    cue: str | None
    stance: str
    kind: str
    content: str
    start: int
    end: int
    source_start: int | None
    source_end: int | None
    title: str | None = None
    wrong: bool = False


@dataclass(frozen=True, slots=True)
class FigureItem:
    """A figure with who gave it, where and when."""

    id: int
    article_id: str
    story_id: int | None
    outlet: str | None
    published: date | None
    published_at: datetime | None
    source: str | None
    source_text: str | None
    about: str | None
    measure: str | None
    bound: str
    value: float
    low: float | None
    high: float | None
    unit: str | None
    text: str
    start: int
    end: int
    wrong: bool = False
    scope: str | None = None
    """total, part, context or attribute (``model.FigureScope``); None: stored before, a
    total."""
    qualifier: str | None = None
    """The words that made it a part or another event's."""


@dataclass(frozen=True, slots=True)
class EntityItem:
    """An entity with its aliases and how often it is named and speaks."""

    id: int
    key: str
    name: str
    type: str
    kb_id: str | None
    country: str | None
    lat: float | None
    lon: float | None
    precision: int | None
    mentions: int = 0
    claims: int = 0
    aliases: tuple[str, ...] = ()
    #: How many stories name it.
    stories: int = 0
    #: The label of the story that names it most (the first such story on a tie).
    story: str | None = None
    #: How many other named entities bear the same name (another type, or a name the index
    #: keeps apart in another story): the pages tell them apart.
    namesakes: int = 0


@dataclass(frozen=True, slots=True)
class EventItem:
    """An event with its actors, place and time."""

    id: int
    article_id: str
    story_id: int | None
    outlet: str | None
    published: date | None
    when: date | None
    time_value: str | None
    subtype: str
    type: str | None
    where: str | None
    lat: float | None
    lon: float | None
    geo_precision: int | None
    modality: str | None
    negated: bool
    text: str
    start: int
    end: int
    actors: tuple[str, ...] = ()
    country: str | None = None
    agent: str | None = None
    """The words naming the agent when no entity does ("a tram")."""
    nominal: bool = False
    predicate: str = ""
    fatalities: float | None = None
    """The largest "killed" figure inside the event's own words, when any."""


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """A dated claim, placed at the time what it claims happened."""

    id: str
    article_id: str
    story_id: int | None
    when: date
    until: date | None
    precision: str | None
    time_value: str | None
    source: str | None
    stance: str
    content: str
    start: int
    end: int
    outlet: str | None
    published: date | None
    published_at: datetime | None


@dataclass(frozen=True, slots=True)
class SideItem:
    """One side of a disagreement: the words, who said them, where and when."""

    article_id: str
    start: int
    end: int
    text: str
    source: str | None
    outlet: str | None
    published: date | None
    published_at: datetime | None
    sentence: str | None = None
    """The sentence around the side's words (for the evidence card)."""
    mention: str | None = None
    """The source as the article wrote it ("a spokeswoman", "he"), beside the resolved
    ``source``."""


@dataclass(frozen=True, slots=True)
class DisagreementItem:
    """A disagreement found within a story."""

    id: int
    story_id: int
    key: str
    kind: str
    about: str | None
    comparable: bool
    why: str
    between: tuple[str | None, ...]
    measures: tuple[str, ...]
    sides: tuple[SideItem, ...] = ()
    wrong: bool = False
    folded: int = 0
    """How many more disagreements its group found and did not keep as rows."""


@dataclass(frozen=True, slots=True)
class PropositionClaim:
    """A claim as one of a proposition's statements."""

    claim_id: str
    article_id: str
    start: int
    end: int
    text: str
    source: str | None
    stance: str
    outlet: str | None
    published: date | None


@dataclass(frozen=True, slots=True)
class PropositionItem:
    """What several sources state, and where each stands."""

    id: int
    story_id: int
    text: str
    status: str
    claims: tuple[PropositionClaim, ...] = ()


@dataclass(frozen=True, slots=True)
class SourceItem:
    """A source's profile."""

    source: str
    claims: int
    stances: dict[str, int] = field(default_factory=dict)
    about: tuple[str, ...] = ()
    contradicted: int = 0
    kind: str = "named"
    """ "named" for a name ("Ana Ruiz"); "described" for a phrase that says what the source
    is without naming it ("a spokesman", "police officials")."""


#: The kinds of source (``SourceItem.kind``) a list of sources can be narrowed to
#: (``Filters.kind``).
SOURCE_KINDS = ("named", "described")


@dataclass(frozen=True, slots=True)
class SourceListing(Listing[SourceItem]):
    """One page of sources, with the sources of the same filters that name no one."""

    unresolved: dict[str, int] = field(default_factory=dict)
    """Pronouns, vague words and accounts ("he", "many", "@someone"), as written in lower
    case, with their claims, most first: a list of sources shows them apart, in small text,
    so that "he" is not read as a source of its own."""


@dataclass(frozen=True, slots=True)
class StoryItem:
    """A story: articles on one event or topic."""

    id: int
    label: str
    first_published: datetime | None
    last_published: datetime | None
    articles: int
    outlets: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CorrectionItem:
    """An analyst's correction."""

    id: int
    kind: str
    from_key: str
    to_key: str
    alias: str | None
    who: str
    at: datetime
    #: when a merge was undone (it no longer applies)
    undone_at: datetime | None = None
    #: a merge that kept what it moved and is not undone yet: ``SqlStore.undo_merge`` undoes it
    undoable: bool = False


@dataclass(frozen=True, slots=True)
class MarkItem:
    """An analyst's mark: this claim, figure or disagreement is wrong."""

    id: int
    target: str
    target_key: str
    reason: str | None
    who: str
    at: datetime
    undone_at: datetime | None
