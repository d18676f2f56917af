"""One event, many reports: the events of a story's articles that tell the same real event
become one event that lists its reports (outlet, source, stance, day, place, toll), and where
the reports differ on the day, the place or the toll, that is said.

Two reports are of the same event when they have the same subtype, each one's agent (first
actor) is among the other's actors (events that name no actor are never merged: nothing says
they are one), both tell it as having happened (not negated, expected or planned), they are
dated at most ``settings.SAME_EVENT_DAYS`` apart when both are dated, and are placed in the
same country when both are placed. A report joins the first event it fits every report of.
What every report of an event shares is kept with it (``_Group``: the actors all name, the
agents, the earliest and latest day, the countries) and events are indexed by subtype and
agent, so a report is checked only against the events it could join, once each, not against
every report of every event: a story's merge grows with its events, not their square.

Records in, records out: nothing here reads or writes the store."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from newsclaims import settings
from newsclaims.reconcile.records import StoredClaim, StoredEvent, StoryRecords


@dataclass(frozen=True, slots=True)
class EventReport:
    """One article's report of an event."""

    article_id: str
    start: int
    end: int
    text: str
    """``article.text[start:end]``: the words that report it."""
    outlet: str | None
    source: str | None
    """Who the article says reports it (None: the outlet itself)."""
    stance: str
    """The stance of the claim that holds it (asserted for the outlet's own narration)."""
    day: date | None
    place: str | None
    published: date | None
    toll: float | None = None
    """The dead it counts in its own words ("killed 23 people"), when it counts them."""


@dataclass(frozen=True, slots=True)
class MergedEvent:
    """One real event and the reports of it."""

    subtype: str
    actors: tuple[str, ...]
    """Every actor a report names, most named first."""
    day: date | None
    """The day most reports give (the earliest of a tie), None when none dates it."""
    place: str | None
    """The place most reports give."""
    reports: tuple[EventReport, ...]
    """One report per article, in the order they were published."""
    disagreements: tuple[str, ...]
    """``date``, ``place`` and/or ``toll`` when the reports differ on them."""


def _happened(e: StoredEvent) -> bool:
    """Told as having happened: not negated, not expected or planned."""
    return not e.negated and e.modality is None


def _fits(a: StoredEvent, b: StoredEvent) -> bool:
    if a.subtype != b.subtype or not (a.actors and b.actors):
        return False
    # each report's agent takes part in the other ("Trump met Obama", "Obama met Trump");
    # sharing a bystander is not enough ("praised Trump", "Trump praised the alliance")
    if a.actors[0] not in b.actors or b.actors[0] not in a.actors:
        return False
    if not (_happened(a) and _happened(b)):
        return False
    if (
        a.time_begin is not None
        and b.time_begin is not None
        and abs((a.time_begin - b.time_begin).days) > settings.SAME_EVENT_DAYS
    ):
        return False
    return not (a.country and b.country and a.country != b.country)


def _day(e: StoredEvent) -> date | None:
    """The day an event is dated to, when it is dated to one day."""
    return e.time_begin if e.time_begin is not None and e.time_begin == e.time_end else None


def _report(e: StoredEvent, claim: StoredClaim | None) -> EventReport:
    return EventReport(
        article_id=e.article_id,
        start=e.start,
        end=e.end,
        text=e.text,
        outlet=e.outlet,
        source=claim.source if claim is not None else None,
        stance=claim.stance if claim is not None else "asserted",
        day=_day(e),
        place=e.place,
        published=e.published,
        toll=e.fatalities,
    )


def _holder(claims: Sequence[StoredClaim], e: StoredEvent) -> StoredClaim | None:
    """The narrowest claim of the event's article whose content holds its words."""
    holding = [
        c for c in claims if c.article_id == e.article_id and c.start <= e.start and e.end <= c.end
    ]
    return min(holding, key=lambda c: c.end - c.start) if holding else None


def _most(values: Sequence[object]) -> object:
    counted = Counter(v for v in values if v is not None)
    if not counted:
        return None
    top = max(counted.values())
    return min((v for v, n in counted.items() if n == top), key=str)


@dataclass(slots=True)
class _Group:
    """The reports merged so far into one event, with what a new report must agree with
    (``_fits`` against every one of them, checked once against the group)."""

    members: list[StoredEvent]
    common: set[str]
    """The actors every member names: a new report's agent must be one of them."""
    agents: set[str]
    """Every member's agent (first actor): each must be among a new report's actors."""
    earliest: date | None = None
    latest: date | None = None
    countries: set[str] = field(default_factory=set)

    @classmethod
    def of(cls, event: StoredEvent) -> _Group:
        group = cls([], set(event.actors), set())
        group.add(event)
        return group

    def add(self, event: StoredEvent) -> None:
        self.members.append(event)
        self.common &= set(event.actors)
        if event.actors:
            self.agents.add(event.actors[0])
        if event.time_begin is not None:
            if self.earliest is None or event.time_begin < self.earliest:
                self.earliest = event.time_begin
            if self.latest is None or event.time_begin > self.latest:
                self.latest = event.time_begin
        if event.country:
            self.countries.add(event.country)

    def takes(self, event: StoredEvent) -> bool:
        """Whether ``_fits(event, m)`` holds for every member ``m`` (the group is one
        subtype, and only events told as happened, with actors, are ever grouped)."""
        if event.actors[0] not in self.common or not self.agents <= set(event.actors):
            return False
        if event.time_begin is not None and self.earliest is not None and self.latest is not None:
            window = settings.SAME_EVENT_DAYS
            if (
                abs((event.time_begin - self.earliest).days) > window
                or abs((event.time_begin - self.latest).days) > window
            ):
                return False
        return not (event.country and self.countries - {event.country})


def _group(ordered: Sequence[StoredEvent]) -> list[list[StoredEvent]]:
    """Each event joins the first group it fits every member of, else starts its own."""
    groups: list[_Group] = []
    by_agent: dict[tuple[str, str], list[int]] = {}
    """Groups by subtype and their first member's agent: a group can take an event only when
    that agent is among the event's actors."""
    for event in ordered:
        if not event.actors or not _happened(event):
            groups.append(_Group.of(event))  # fits nothing: alone, and nothing joins it
            continue
        candidates = sorted(
            {i for actor in set(event.actors) for i in by_agent.get((event.subtype, actor), ())}
        )
        chosen = next((i for i in candidates if groups[i].takes(event)), None)
        if chosen is not None:
            groups[chosen].add(event)
            continue
        by_agent.setdefault((event.subtype, event.actors[0]), []).append(len(groups))
        groups.append(_Group.of(event))
    return [g.members for g in groups]


def merge_events(records: StoryRecords) -> list[MergedEvent]:
    """The story's events merged into real events, those with most reports first."""
    ordered = sorted(records.events, key=lambda e: (e.published or date.min, e.article_id, e.start))
    groups = _group(ordered)
    claims_of: dict[str, list[StoredClaim]] = {}
    for c in records.claims:
        claims_of.setdefault(c.article_id, []).append(c)
    merged = []
    for group in groups:
        first_of_article: dict[str, StoredEvent] = {}
        for e in group:
            first_of_article.setdefault(e.article_id, e)
        reports = tuple(
            _report(e, _holder(claims_of.get(e.article_id, []), e))
            for e in first_of_article.values()
        )
        days = {r.day for r in reports if r.day is not None}
        places = {r.place for r in reports if r.place is not None}
        tolls = {r.toll for r in reports if r.toll is not None}
        actors = Counter(a for e in group for a in e.actors)
        day = _most([r.day for r in reports])
        place = _most([r.place for r in reports])
        merged.append(
            MergedEvent(
                subtype=group[0].subtype,
                actors=tuple(a for a, _ in actors.most_common()),
                day=day if isinstance(day, date) else None,
                place=place if isinstance(place, str) else None,
                reports=reports,
                disagreements=tuple(
                    name
                    for name, values in (("date", days), ("place", places), ("toll", tolls))
                    if len(values) > 1
                ),
            )
        )
    merged.sort(key=lambda m: -len(m.reports))
    return merged
