"""One event, many reports: the events of a story's articles that tell the same real event
become one event that lists its reports (outlet, source, stance, day, place, toll), and where
the reports differ on the day, the place or the toll, that is said.

Two reports are of the same event when they have the same subtype, each one's agent (first
actor) is among the other's actors (events that name no actor are never merged: nothing says
they are one), both tell it as having happened (not negated, expected or planned), they are
dated at most ``settings.SAME_EVENT_DAYS`` apart when both are dated, and are placed in the
same country when both are placed. A report joins the first event it fits every report of.

Records in, records out: nothing here reads or writes the store."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
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


def merge_events(records: StoryRecords) -> list[MergedEvent]:
    """The story's events merged into real events, those with most reports first."""
    ordered = sorted(records.events, key=lambda e: (e.published or date.min, e.article_id, e.start))
    groups: list[list[StoredEvent]] = []
    for event in ordered:
        for group in groups:
            if all(_fits(event, other) for other in group):
                group.append(event)
                break
        else:
            groups.append([event])
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
