"""One event, many reports: merging a story's events (records in, records out)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims.reconcile.events import _fits, _group, merge_events
from newsclaims.reconcile.records import StoredClaim, StoredEvent, StoryRecords


def _event(
    article: str,
    subtype: str,
    actors: tuple[str, ...],
    day: date | None = None,
    place: str | None = None,
    country: str | None = None,
    outlet: str = "Daily",
    start: int = 10,
) -> StoredEvent:
    return StoredEvent(
        id=hash((article, start)) % 10_000,
        article_id=article,
        start=start,
        end=start + 5,
        text="met",
        subtype=subtype,
        place=place,
        country=country,
        time_begin=day,
        time_end=day,
        published=date(2016, 11, 10),
        published_at=None,
        outlet=outlet,
        actors=actors,
    )


def _claim(article: str, start: int, end: int, stance: str, source: str) -> StoredClaim:
    return StoredClaim(
        id=f"{article}:{start}",
        article_id=article,
        start=start,
        end=end,
        text="...",
        stance=stance,
        source=source,
        sentence=0,
        published=date(2016, 11, 10),
        published_at=None,
        outlet="Daily",
        time_begin=None,
        time_end=None,
    )


PAIR = ("Donald Trump", "Barack Obama")


def test_merge_events_one_event_with_its_reports_and_a_date_disagreement() -> None:
    events = [
        _event("a", "meet", PAIR, date(2016, 11, 10), "White House", "US", "Post"),
        _event("b", "meet", ("Donald Trump",), date(2016, 11, 10), "White House", "US", "Sun"),
        _event("c", "meet", PAIR, date(2016, 11, 11), "White House", "US", "Mirror"),
        _event("c", "meet", PAIR, date(2016, 11, 11), start=80),  # a second mention in c
        _event("d", "meet", ("Kim Jong Un",), date(2016, 11, 10)),  # another meeting
        _event("e", "meet", (), date(2016, 11, 10)),  # no actor: never merged
        _event("f", "meet", PAIR, date(2016, 12, 20)),  # six weeks later: another meeting
        _event("g", "meet", PAIR, date(2016, 11, 10), "Paris", "FR"),  # another country
    ]
    claims = [_claim("b", 0, 40, "reported", "Kellyanne Conway")]
    merged = merge_events(StoryRecords(1, 1, claims, [], events))
    first = merged[0]
    assert [r.article_id for r in first.reports] == ["a", "b", "c"]
    assert first.actors[0] == "Donald Trump" and set(first.actors) == set(PAIR)
    assert first.day == date(2016, 11, 10) and first.place == "White House"
    assert first.disagreements == ("date",)
    by_article = {r.article_id: r for r in first.reports}
    assert by_article["b"].stance == "reported" and by_article["b"].source == "Kellyanne Conway"
    assert by_article["a"].stance == "asserted" and by_article["a"].source is None
    assert sorted(len(m.reports) for m in merged) == [1, 1, 1, 1, 3]


def test_merge_events_different_places_in_one_country_disagree() -> None:
    events = [
        _event("a", "crash", ("Kimi Raikkonen",), None, "Interlagos", "BR"),
        _event("b", "crash", ("Kimi Raikkonen",), None, "Sao Paulo", "BR"),
    ]
    [merged] = merge_events(StoryRecords(1, 1, [], [], events))
    assert len(merged.reports) == 2 and merged.disagreements == ("place",)


def test_merge_events_needs_each_agent_in_the_other_and_events_that_happened() -> None:
    events = [
        _event("a", "praise", ("Donald Trump",)),  # Trump praised the alliance
        _event("b", "praise", ("Barack Obama", "Donald Trump")),  # Obama praised Trump
        _event("c", "win", ("Chicago Cubs",)),
        _event("d", "win", ("Chicago Cubs",)),
    ]
    expected = replace(_event("e", "win", ("Chicago Cubs",)), modality="expected")
    merged = merge_events(StoryRecords(1, 1, [], [], [*events, expected]))
    assert sorted(len(m.reports) for m in merged) == [1, 1, 1, 2]
    [pair] = [m for m in merged if len(m.reports) == 2]
    assert [r.article_id for r in pair.reports] == ["c", "d"]


def test_merge_events_reports_that_count_different_dead_disagree_on_the_toll() -> None:
    events = [
        replace(_event("a", "attack", ("M23",), date(2026, 4, 14)), fatalities=23.0),
        replace(_event("b", "attack", ("M23",), date(2026, 4, 14)), fatalities=31.0),
        _event("c", "attack", ("M23",), date(2026, 4, 14)),  # gives no toll
    ]
    [merged] = merge_events(StoryRecords(1, 1, [], [], events))
    assert [r.toll for r in merged.reports] == [23.0, 31.0, None]
    assert merged.disagreements == ("toll",)


def _pairwise(ordered: list[StoredEvent]) -> list[list[StoredEvent]]:
    """The rule as first written: a report joins the first group it fits every report of."""
    groups: list[list[StoredEvent]] = []
    for event in ordered:
        for group in groups:
            if all(_fits(event, other) for other in group):
                group.append(event)
                break
        else:
            groups.append([event])
    return groups


_ACTORS = ("Ana Ruiz", "Tom Okafor", "Lena Berg")


@st.composite
def _events(draw: st.DrawFn) -> list[StoredEvent]:
    made = []
    for n in range(draw(st.integers(0, 16))):
        actors = tuple(
            draw(st.lists(st.sampled_from(_ACTORS), max_size=3, unique=True)),
        )
        # days a week apart and between: a report can fit one of an event's days, not another
        day = draw(st.sampled_from((None, 0, 4, 7, 11, 14)))
        event = _event(
            f"a{n % 5}",
            draw(st.sampled_from(("meet", "meet", "attack"))),
            actors,
            day=None if day is None else date(2026, 3, 1 + day),
            country=draw(st.sampled_from((None, "", "FR", "DE"))),
            start=n,
        )
        made.append(
            replace(
                event,
                negated=draw(st.booleans()) and draw(st.booleans()),
                modality=draw(st.sampled_from((None, None, None, "planned"))),
            )
        )
    return made


@given(_events())
@settings(max_examples=600, deadline=None)
def test_merge_events_grouped_by_index_as_by_comparing_every_pair(
    events: list[StoredEvent],
) -> None:
    assert _group(events) == _pairwise(events)
