"""One event, many reports: the events of a story's articles that tell the same real event
become one event that lists its reports (outlet, source, stance, day, place, toll), and where
the reports differ on the day, the place or the toll, that is said.

Two reports are of the same event when they have the same subtype, each one's agent (first
actor) is among the other's actors (events that name no actor are never merged: nothing says
they are one), both tell it as having happened (not negated, expected or planned, nor held by
a claim that hedges, expects or denies it), and they happened at most
``settings.SAME_EVENT_DAYS`` apart. A report's day is the one its article gives it; an
undated report is the article's news only when it is its main event or lies in its lead
(``settings.EVENT_LEAD_SENTENCES``), and is then taken as happening by its publication day;
any other undated report is background ("the Cubs lost in the World Series"), of no known
time, and is never merged. Reports placed in different countries are different events; so
are reports at different places unless both articles date the event (then the reports
disagree on the place: "a rally" here and "a rally" there, undated, are two rallies). A report
joins the first event it fits every report of. The story is the same by construction: a
story's records are merged, never two stories'.

What every report of an event shares is kept with it (``_Group``: the actors all name, the
agents, the earliest and latest day, the countries and places) and events are indexed by
subtype and agent, so a report is checked only against the events it could join, once each,
not against every report of every event: a story's merge grows with its events, not their
square.

Records in, records out: nothing here reads or writes the store."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from newsclaims import settings
from newsclaims.reconcile.records import MainEventMark, StoredClaim, StoredEvent, StoryRecords


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


@dataclass(frozen=True, slots=True)
class _Told:
    """An event as merging weighs it: when it happened (its own date, else its publication
    day when it is its article's news) and whether it is told as having happened."""

    event: StoredEvent
    begin: date | None
    """The first day it may have happened on; None: nothing says when (never merged)."""
    dated: bool
    """The article dates it itself (not only by publishing it)."""
    happened: bool
    """Told as having happened: not negated, planned, expected, hedged or denied."""
    copy: str | None = None
    """The words of the claim holding it, folded, when long enough to be one sentence
    carried by several outlets (``settings.EVENT_COPY_MIN_WORDS``)."""


def _sentence(claims: Sequence[StoredClaim], offset: int) -> int | None:
    """The sentence holding ``offset``: that of the last claim of the article starting at or
    before it (claims are kept for nearly every sentence, the outlet's own narration too)."""
    before = [c for c in claims if c.start <= offset]
    return max(before, key=lambda c: c.start).sentence if before else None


def _is_main(e: StoredEvent, main: MainEventMark) -> bool:
    """The event is its article's main event: the one it was built from, or one inside its
    "what"."""
    return main.event_id == e.id or (e.start < main.end and main.start < e.end)


def _in_lead(e: StoredEvent, main: MainEventMark | None, claims: Sequence[StoredClaim]) -> bool:
    """The event is its article's main event or lies in its lead: the main event's sentence
    or up to ``settings.EVENT_LEAD_SENTENCES`` after it (a sentence before it is not the
    news: the main event is often found further down, after a scene or some background)."""
    if main is None:
        return False
    if _is_main(e, main):
        return True
    lead, here = _sentence(claims, main.start), _sentence(claims, e.start)
    if lead is None or here is None:
        return False
    return lead <= here <= lead + settings.EVENT_LEAD_SENTENCES


def _told(e: StoredEvent, records: StoryRecords, claims: Sequence[StoredClaim]) -> _Told:
    holder = _holder(claims, e)
    happened = _happened(e) and (
        holder is None or holder.stance not in settings.EVENT_UNTOLD_STANCES
    )
    words = holder.text.casefold().split() if holder is not None else []
    copy = " ".join(words) if len(words) >= settings.EVENT_COPY_MIN_WORDS else None
    if e.time_begin is not None:
        return _Told(e, e.time_begin, True, happened, copy)
    main = records.main_events.get(e.article_id)
    if main is not None and main.day is not None and _is_main(e, main):
        # the article's main event, dated by its "when" ("met on Thursday" in the lead,
        # the verb's own clause undated): that day, not the publication's
        return _Told(e, main.day, True, happened, copy)
    news = e.published is not None and _in_lead(e, main, claims)
    if news and main is not None and main.day is not None:
        # the lead's news, undated in its own clause, happened on the main event's day
        return _Told(e, main.day, False, happened, copy)
    return _Told(e, e.published if news else None, False, happened, copy)


def _fits(a: _Told, b: _Told) -> bool:
    ea, eb = a.event, b.event
    if ea.subtype != eb.subtype or not (ea.actors and eb.actors):
        return False
    # each report's agent takes part in the other ("Trump met Obama", "Obama met Trump");
    # sharing a bystander is not enough ("praised Trump", "Trump praised the alliance")
    if ea.actors[0] not in eb.actors or eb.actors[0] not in ea.actors:
        return False
    if not (a.happened and b.happened):
        return False
    if ea.country and eb.country and ea.country != eb.country:
        return False
    # one sentence, word for word, in two articles tells one event, whenever it was
    if a.copy is not None and a.copy == b.copy:
        return True
    if a.begin is None or b.begin is None:
        return False
    if abs((a.begin - b.begin).days) > settings.SAME_EVENT_DAYS:
        return False
    # reports dated only by their publication tell of different places as different events
    # ("a rally" here and "a rally" there); reports that date it may disagree on the place
    return not (ea.place and eb.place and ea.place != eb.place and not (a.dated and b.dated))


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

    members: list[_Told]
    common: set[str]
    """The actors every member names: a new report's agent must be one of them."""
    agents: set[str]
    """Every member's agent (first actor): each must be among a new report's actors."""
    earliest: date | None = None
    latest: date | None = None
    countries: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    """Every member's place."""
    undated_places: set[str] = field(default_factory=set)
    """The places of members dated only by their publication."""
    copies: set[str] = field(default_factory=set)
    """Every member's ``copy``."""
    timeless: bool = False
    """A member has no day (it joined as a copy of another's sentence)."""

    @classmethod
    def of(cls, told: _Told) -> _Group:
        group = cls([], set(told.event.actors), set())
        group.add(told)
        return group

    def add(self, told: _Told) -> None:
        event = told.event
        self.members.append(told)
        self.common &= set(event.actors)
        if event.actors:
            self.agents.add(event.actors[0])
        if told.copy is not None:
            self.copies.add(told.copy)
        if told.begin is None:
            self.timeless = True
        else:
            if self.earliest is None or told.begin < self.earliest:
                self.earliest = told.begin
            if self.latest is None or told.begin > self.latest:
                self.latest = told.begin
        if event.country:
            self.countries.add(event.country)
        if event.place:
            self.places.add(event.place)
            if not told.dated:
                self.undated_places.add(event.place)

    def takes(self, told: _Told) -> bool:
        """Whether ``_fits(told, m)`` holds for every member ``m`` (the group is one
        subtype, and only events told as happened, with actors and a day or a sentence
        others may carry, are ever grouped)."""
        event = told.event
        if event.actors[0] not in self.common or not self.agents <= set(event.actors):
            return False
        if told.copy is not None and told.copy in self.copies:
            # some members carry its very sentence: check each one (copies are rare)
            return all(_fits(told, m) for m in self.members)
        if event.country and self.countries - {event.country}:
            return False
        if told.begin is None or self.timeless or self.earliest is None or self.latest is None:
            return False
        window = settings.SAME_EVENT_DAYS
        if (
            abs((told.begin - self.earliest).days) > window
            or abs((told.begin - self.latest).days) > window
        ):
            return False
        return not (
            event.place and (self.places if not told.dated else self.undated_places) - {event.place}
        )


def _group(ordered: Sequence[_Told]) -> list[list[_Told]]:
    """Each event joins the first group it fits every member of, else starts its own."""
    groups: list[_Group] = []
    by_agent: dict[tuple[str, str], list[int]] = {}
    """Groups by subtype and their first member's agent: a group can take an event only when
    that agent is among the event's actors."""
    for told in ordered:
        event = told.event
        if not event.actors or not told.happened or (told.begin is None and told.copy is None):
            groups.append(_Group.of(told))  # fits nothing: alone, and nothing joins it
            continue
        candidates = sorted(
            {i for actor in set(event.actors) for i in by_agent.get((event.subtype, actor), ())}
        )
        chosen = next((i for i in candidates if groups[i].takes(told)), None)
        if chosen is not None:
            groups[chosen].add(told)
            continue
        by_agent.setdefault((event.subtype, event.actors[0]), []).append(len(groups))
        groups.append(_Group.of(told))
    return [g.members for g in groups]


def _home_names(records: StoryRecords) -> dict[str, str]:
    """Bare names of the story's actors that stand for one fuller name, its home place and
    the same words ("Rovers" for "Dunmore Rovers", "Senate" for "US Senate"): the place is one
    the story names (a GPE entity of its claims, or an event's place). A bare name that ends
    two such names ("Rovers": "Dunmore Rovers", "Kilbride Rovers") stands for neither; a name
    whose first words are no place ("White House") is no home name of "House". A person's
    name is neither ("Chelsea Clinton" with "Chelsea" a place: "Clinton" may be another
    Clinton), as the claims' entities type it."""
    places = {e.place.casefold() for e in records.events if e.place}
    places |= {name.casefold() for c in records.claims for _, name, t in c.entities if t == "GPE"}
    persons = {
        name.casefold() for c in records.claims for _, name, t in c.entities if t == "PERSON"
    }
    names = {a for e in records.events for a in e.actors if a.casefold() not in persons}
    fuller: dict[str, set[str]] = {}
    for name in names:
        words = name.split()
        for cut in range(1, len(words)):
            if " ".join(words[:cut]).casefold() in places:
                fuller.setdefault(" ".join(words[cut:]).casefold(), set()).add(name)
    return {
        bare: next(iter(fuller[bare.casefold()]))
        for bare in names
        if len(fuller.get(bare.casefold(), ())) == 1 and bare not in fuller[bare.casefold()]
    }


def _named_in_full(e: StoredEvent, home: dict[str, str]) -> StoredEvent:
    """The event with each bare actor name read as the fuller name it stands for."""
    if not any(a in home for a in e.actors):
        return e
    actors = tuple(dict.fromkeys(home.get(a, a) for a in e.actors))
    return replace(e, actors=actors)


def merge_events(records: StoryRecords) -> list[MergedEvent]:
    """The story's events merged into real events, those with most reports first. An actor
    named bare and with its home place ("Rovers", "Dunmore Rovers") is one actor."""
    home = _home_names(records)
    ordered = sorted(
        (_named_in_full(e, home) for e in records.events),
        key=lambda e: (e.published or date.min, e.article_id, e.start),
    )
    claims_of: dict[str, list[StoredClaim]] = {}
    for c in records.claims:
        claims_of.setdefault(c.article_id, []).append(c)
    groups = _group([_told(e, records, claims_of.get(e.article_id, [])) for e in ordered])
    merged = []
    for told_group in groups:
        group = [t.event for t in told_group]
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
