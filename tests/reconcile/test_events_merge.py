"""One event, many reports: merging a story's events (records in, records out)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims.reconcile.events import _fits, _group, _Told, merge_events
from newsclaims.reconcile.records import MainEventMark, StoredClaim, StoredEvent, StoryRecords


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


def _claim(
    article: str, start: int, end: int, stance: str, source: str | None, sentence: int = 0
) -> StoredClaim:
    return StoredClaim(
        id=f"{article}:{start}",
        article_id=article,
        start=start,
        end=end,
        text="...",
        stance=stance,
        source=source,
        sentence=sentence,
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


def test_merge_events_dated_reports_of_different_places_in_one_country_disagree() -> None:
    day = date(2016, 11, 13)
    events = [
        _event("a", "crash", ("Kimi Raikkonen",), day, "Interlagos", "BR"),
        _event("b", "crash", ("Kimi Raikkonen",), day, "Sao Paulo", "BR"),
    ]
    [merged] = merge_events(StoryRecords(1, 1, [], [], events))
    assert len(merged.reports) == 2 and merged.disagreements == ("place",)


def _main(*articles: str, start: int = 10) -> dict[str, MainEventMark]:
    """Each article's main event made of its event at ``start``."""
    return {a: MainEventMark(None, start, start + 5) for a in articles}


def test_merge_events_undated_reports_merge_only_as_their_articles_news() -> None:
    # the same words in two articles: the lead's win, and background in a third article's
    # tenth sentence ("the Cubs won in 1945" with the year lost)
    events = [
        _event("a", "win", ("Chicago Cubs",)),
        _event("b", "win", ("Chicago Cubs",), start=200),
        _event("c", "win", ("Chicago Cubs",), start=900),
        _event("d", "win", ("Chicago Cubs",), start=950),
    ]
    claims = [
        _claim("a", 0, 40, "asserted", None, sentence=0),
        _claim("b", 0, 40, "asserted", None, sentence=0),  # the main event's sentence
        _claim("b", 150, 260, "asserted", None, sentence=1),  # the one after: the lead
        _claim("c", 0, 40, "asserted", None, sentence=0),
        _claim("c", 850, 990, "asserted", None, sentence=10),
        _claim("d", 850, 990, "asserted", None, sentence=10),
    ]
    marks = {**_main("a", "b", "c"), "d": MainEventMark(None, 10, 15)}
    merged = merge_events(StoryRecords(1, 1, claims, [], events, marks))
    assert sorted(len(m.reports) for m in merged) == [1, 1, 2]
    [pair] = [m for m in merged if len(m.reports) == 2]
    assert [(r.article_id, r.start) for r in pair.reports] == [("a", 10), ("b", 200)]
    # without a main event nothing says an undated report is the article's news
    alone = merge_events(StoryRecords(1, 1, claims, [], events))
    assert [len(m.reports) for m in alone] == [1, 1, 1, 1]


def test_merge_events_a_report_before_the_main_events_sentence_is_not_the_news() -> None:
    # article b's main event is in its fifth sentence; its win in the second sentence,
    # before it, is background ("the Cubs won the pennant"), not the lead
    events = [
        _event("a", "win", ("Chicago Cubs",)),
        _event("b", "win", ("Chicago Cubs",), start=150),
    ]
    claims = [
        _claim("a", 0, 40, "asserted", None, sentence=0),
        _claim("b", 0, 100, "asserted", None, sentence=0),
        _claim("b", 100, 200, "asserted", None, sentence=1),
        _claim("b", 480, 560, "asserted", None, sentence=4),
    ]
    marks = {**_main("a"), "b": MainEventMark(None, 500, 505)}
    merged = merge_events(StoryRecords(1, 1, claims, [], events, marks))
    assert [len(m.reports) for m in merged] == [1, 1]
    # the same report in the sentence after the main event's is the lead: one event
    marks["b"] = MainEventMark(None, 20, 25)
    [one] = merge_events(StoryRecords(1, 1, claims, [], events, marks))
    assert len(one.reports) == 2


def test_merge_events_the_main_event_may_be_known_by_its_event_id() -> None:
    events = [_event("a", "win", ("Cubs",)), _event("b", "win", ("Cubs",), start=700)]
    marks = {"a": MainEventMark(None, 10, 15), "b": MainEventMark(events[1].id, 3, 8)}
    [merged] = merge_events(StoryRecords(1, 1, [], [], events, marks))
    assert len(merged.reports) == 2


def test_merge_events_undated_reports_of_different_places_are_different_events() -> None:
    events = [
        _event("a", "rally", ("Lady Gaga",), None, "Trump Tower", "US"),
        _event("b", "rally", ("Lady Gaga",), None, "Union Square", "US"),
        _event("c", "rally", ("Lady Gaga",), None, "Trump Tower", "US"),
    ]
    merged = merge_events(StoryRecords(1, 1, [], [], events, _main("a", "b", "c")))
    assert sorted(len(m.reports) for m in merged) == [1, 2]
    [pair] = [m for m in merged if len(m.reports) == 2]
    assert {r.article_id for r in pair.reports} == {"a", "c"} and pair.disagreements == ()


def test_merge_events_one_sentence_in_two_articles_is_one_event_undated() -> None:
    events = [
        _event("a", "lose", ("Cubs",), start=900),
        _event("b", "lose", ("Cubs",), start=700),
        _event("c", "lose", ("Cubs",), start=300),
    ]

    def held(article: str, start: int, words: str) -> StoredClaim:
        return replace(_claim(article, start - 50, start + 60, "asserted", None), text=words)

    carried = "the Cubs lost the series in 1945 to the Detroit Tigers"
    claims = [
        held("a", 900, carried),
        held("b", 700, carried.upper()),  # case aside
        held("c", 300, "the Cubs lost in 2003"),  # too short to be told apart from chance
    ]
    merged = merge_events(StoryRecords(1, 1, claims, [], events))
    assert sorted(len(m.reports) for m in merged) == [1, 2]
    [pair] = [m for m in merged if len(m.reports) == 2]
    assert {r.article_id for r in pair.reports} == {"a", "b"}


@pytest.mark.parametrize(
    ("stance", "merged"),
    [("asserted", True), ("reported", True), ("hedged", False), ("expected", False)],
)
def test_merge_events_a_report_its_claim_does_not_tell_as_happened_is_not_merged(
    stance: str, merged: bool
) -> None:
    events = [_event("a", "win", ("Hillary Clinton",)), _event("b", "win", ("Hillary Clinton",))]
    claims = [_claim("b", 0, 40, stance, "a pollster")]
    found = merge_events(StoryRecords(1, 1, claims, [], events, _main("a", "b")))
    assert [len(m.reports) for m in found] == ([2] if merged else [1, 1])


def test_merge_events_needs_each_agent_in_the_other_and_events_that_happened() -> None:
    events = [
        _event("a", "praise", ("Donald Trump",)),  # Trump praised the alliance
        _event("b", "praise", ("Barack Obama", "Donald Trump")),  # Obama praised Trump
        _event("c", "win", ("Chicago Cubs",)),
        _event("d", "win", ("Chicago Cubs",)),
    ]
    expected = replace(_event("e", "win", ("Chicago Cubs",)), modality="expected")
    marks = _main("a", "b", "c", "d", "e")
    merged = merge_events(StoryRecords(1, 1, [], [], [*events, expected], marks))
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


def _pairwise(ordered: list[_Told]) -> list[list[_Told]]:
    """The rule as first written: a report joins the first group it fits every report of."""
    groups: list[list[_Told]] = []
    for told in ordered:
        for group in groups:
            if all(_fits(told, other) for other in group):
                group.append(told)
                break
        else:
            groups.append([told])
    return groups


_ACTORS = ("Ana Ruiz", "Tom Okafor", "Lena Berg")


@st.composite
def _events(draw: st.DrawFn) -> list[_Told]:
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
            place=draw(st.sampled_from((None, None, "Lyon", "Nice"))),
            country=draw(st.sampled_from((None, "", "FR", "DE"))),
            start=n,
        )
        made.append(
            _Told(
                event,
                None if day is None else date(2026, 3, 1 + day),
                dated=draw(st.booleans()),
                happened=draw(st.booleans()) or draw(st.booleans()),
                copy=draw(st.sampled_from((None, None, "one sentence", "another sentence"))),
            )
        )
    return made


@given(_events())
@settings(max_examples=600, deadline=None)
def test_merge_events_grouped_by_index_as_by_comparing_every_pair(
    events: list[_Told],
) -> None:
    assert _group(events) == _pairwise(events)


def _naming(article: str, *entities: tuple[str, str]) -> StoredClaim:
    """A claim of the article that names entities (name, type)."""
    claim = _claim(article, 0, 1, "asserted", None)
    return replace(claim, entities=tuple((i, n, t) for i, (n, t) in enumerate(entities)))


def test_merge_events_a_team_named_with_its_home_place_is_the_team() -> None:
    day = date(2016, 6, 4)
    events = [
        _event("a", "win", ("Dunmore Rovers",), day, outlet="Post"),
        _event("b", "win", ("Rovers",), day, outlet="Sun"),
        _event("c", "win", ("Dunmore",), day, outlet="Mirror"),  # the town, not the team
        _event("d", "win", ("Harriers",), day, outlet="Star"),  # another team
    ]
    claims = [
        _naming("a", ("Dunmore Rovers", "ORG"), ("Dunmore", "GPE")),
        _naming("b", ("Rovers", "ORG")),
    ]
    merged = merge_events(StoryRecords(1, 1, claims, [], events))
    assert [r.article_id for r in merged[0].reports] == ["a", "b"]
    assert merged[0].actors == ("Dunmore Rovers",)
    assert sorted(len(m.reports) for m in merged) == [1, 1, 2]


def test_merge_events_a_bare_name_two_longer_names_end_with_stays_itself() -> None:
    day = date(2016, 6, 4)
    events = [
        _event("a", "win", ("Dunmore Rovers",), day),
        _event("b", "win", ("Kilbride Rovers",), day),
        _event("c", "win", ("Rovers",), day),
        _event("d", "win", ("Harbour Rovers",), day),  # "Harbour" is no place the story names
    ]
    claims = [_naming("a", ("Dunmore", "GPE"), ("Kilbride", "GPE"))]
    merged = merge_events(StoryRecords(1, 1, claims, [], events))
    assert sorted(len(m.reports) for m in merged) == [1, 1, 1, 1]


@pytest.mark.parametrize(
    "naming",
    [
        # the fuller name is a person's whose first name is also a place ("Sydney")
        (("Sydney Marsh", "PERSON"), ("Sydney", "GPE")),
        # the bare name is a person's: a surname, not a team
        (("Sydney Marsh", "ORG"), ("Marsh", "PERSON"), ("Sydney", "GPE")),
    ],
)
def test_merge_events_a_person_is_no_home_name(naming: tuple[tuple[str, str], ...]) -> None:
    day = date(2016, 6, 4)
    events = [
        _event("a", "meet", ("Sydney Marsh",), day, outlet="Post"),
        _event("b", "meet", ("Marsh",), day, outlet="Sun"),  # another Marsh, by surname
    ]
    merged = merge_events(StoryRecords(1, 1, [_naming("a", *naming)], [], events))
    assert sorted(m.actors for m in merged) == [("Marsh",), ("Sydney Marsh",)]


def test_merge_events_an_undated_main_event_takes_the_day_its_when_names() -> None:
    # two articles published the same day, each leading on a meeting its verb does not date;
    # their main events' "when" name days three weeks apart: two meetings, not one
    events = [_event("a", "meet", PAIR), _event("b", "meet", PAIR)]
    marks = {
        "a": MainEventMark(None, 10, 15, date(2016, 11, 10)),
        "b": MainEventMark(None, 10, 15, date(2016, 10, 20)),
    }
    merged = merge_events(StoryRecords(1, 1, [], [], events, marks))
    assert sorted(len(m.reports) for m in merged) == [1, 1]
    # dated only by publication, they are one meeting
    marks = _main("a", "b")
    [one] = merge_events(StoryRecords(1, 1, [], [], events, marks))
    assert len(one.reports) == 2
