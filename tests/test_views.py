"""The data functions every listing renders: what derived results they show, and how."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest

from newsclaims import views
from newsclaims.errors import NotFound
from newsclaims.model import Analysis, Quantity
from newsclaims.reconcile.events import EventReport, MergedEvent
from newsclaims.reconcile.records import StoryChoice
from newsclaims.reconcile.story import derive_disagreements
from newsclaims.store import SqlStore
from newsclaims.store.items import EventItem, Filters
from newsclaims.store.sql import Assigner, StoryLookup

TEXT = "Mayor Ana Ruiz said the library in Dunmore counted 40 people killed in the floods."


def _in_story(key: str) -> Assigner:
    """Story grouping that puts an article in the story indexed under ``key``."""

    def assign(lookup: StoryLookup) -> StoryChoice:
        found = lookup.candidates([key], limit=1)
        return StoryChoice(found[0].id if found else None, key, {}, {key: 1.0})

    return assign


def _killed(
    make_analysis: Callable[..., Analysis], value: float, outlet: str, day: int = 2
) -> Analysis:
    analysis = make_analysis(
        TEXT.replace("40", f"{value:g}"), outlet=outlet, published=date(2026, 1, day)
    )
    text = analysis.article.text
    start = text.index(f"{value:g}")
    figure = Quantity(
        start=start,
        end=start + len(f"{value:g}"),
        text=f"{value:g}",
        value=value,
        about="people",
        measure="killed",
        source=analysis.claims[0].source,
        source_entity=analysis.claims[0].source_entity,
    )
    return replace(analysis, quantities=(figure,))


def test_views_disagreements_stay_within_a_story_unless_asked_wider(
    store: SqlStore, make_analysis: Callable[..., Analysis]
) -> None:
    store.add(_killed(make_analysis, 40, "Daily A"), _in_story("floods"))
    store.add(_killed(make_analysis, 90, "Daily B", day=3), _in_story("another story"))
    assert views.disagreements(store).rows == []
    [wide] = views.disagreements(store, Filters(about="people"), across_stories=True).rows
    assert wide["kind"] == "figure_update"  # one source, two figures, a day apart
    assert {side["outlet"] for side in wide["sides"]} == {"Daily A", "Daily B"}
    store.add(_killed(make_analysis, 70, "Daily C", day=4), _in_story("floods"))
    [within] = views.disagreements(store).rows
    assert {side["outlet"] for side in within["sides"]} == {"Daily A", "Daily C"}


def test_views_name_the_outlet_of_its_own_narration(
    store: SqlStore, make_analysis: Callable[..., Analysis]
) -> None:
    """A claim without a source is the outlet's: rows name the outlet, not a placeholder."""
    analysis = make_analysis(TEXT, outlet="Daily A")
    narration = replace(analysis.claims[0], source=None, source_entity=None)
    store.add(replace(analysis, claims=(narration,)), _in_story("floods"))
    [row] = views.claims(store).rows
    assert row["source"] == "Daily A"
    assert row["mention"] is None


def test_views_server_reads_never_write_and_the_refresher_derives(
    store: SqlStore, make_analysis: Callable[..., Analysis]
) -> None:
    from newsclaims import derive  # noqa: PLC0415

    store.writes_on_read = False
    store.add(_killed(make_analysis, 40, "Daily A"), _in_story("floods"))
    store.add(_killed(make_analysis, 70, "Daily C", day=3), _in_story("floods"))
    assert store.stale_stories() != []
    assert (
        views.disagreements(store).rows == []
    )  # nothing derived yet, and the read derived nothing
    assert views.propositions(store, similarity="lexical").total == 0
    assert store.stale_stories() != []
    assert "lexical" in store.methods_wanted
    refresher = derive.Refresher(store, interval=3600)
    assert refresher.once() > 0
    assert store.stale_stories() == []
    [within] = views.disagreements(store).rows
    assert {side["outlet"] for side in within["sides"]} == {"Daily A", "Daily C"}


def test_views_cli_reads_derive_what_is_stale(
    store: SqlStore, make_analysis: Callable[..., Analysis]
) -> None:
    store.add(_killed(make_analysis, 40, "Daily A"), _in_story("floods"))
    store.add(_killed(make_analysis, 70, "Daily C", day=3), _in_story("floods"))
    assert store.writes_on_read
    assert len(views.disagreements(store).rows) == 1
    assert store.stale_stories() == []


@pytest.mark.parametrize(
    ("words", "sentence"),
    [
        ("600", "South Korea says about 600 died."),
        ("rose", 'He said: "It rose."'),
        ("first", "The first one."),
        ("tail", "No stop at the tail"),
    ],
)
def test_views_sentence_around_finds_the_sentence_of_a_record(words: str, sentence: str) -> None:
    text = (
        'The first one. South Korea says about 600 died.\nHe said: "It rose." No stop at the tail'
    )
    start = text.index(words)
    begin, end = views.sentence_around(text, start, start + len(words))
    assert text[begin:end] == sentence


def test_views_disagreements_carry_the_count_their_group_folded(
    store: SqlStore, make_analysis: Callable[..., Analysis]
) -> None:
    store.add(_killed(make_analysis, 40, "Daily A"), _in_story("floods"))
    store.add(_killed(make_analysis, 90, "Daily B", day=3), _in_story("floods"))
    [row] = views.disagreements(store).rows
    assert row["folded"] == 0
    records = store.story_records(row["story"])
    [found] = derive_disagreements(records)
    store.save_disagreements(row["story"], records.version, [replace(found, folded=37)])
    [row] = views.disagreements(store).rows
    assert row["folded"] == 37


def test_views_merged_acled_row_takes_the_lowest_toll_and_the_place_most_reports_give() -> None:
    def report(article: str, place: str, toll: float | None) -> EventReport:
        return EventReport(
            article, 4, 9, "shelled", f"Outlet {article}", None, "asserted", None, place,
            date(2026, 3, 2), toll,
        )  # fmt: skip

    def item(article: str, place: str, lat: float) -> EventItem:
        return EventItem(
            1, article, 1, f"Outlet {article}", date(2026, 3, 2), None, None, "shell",
            "ASSAULT", place, lat, 1.0, 1, None, False, "shelled", 4, 9, ("Northern Army",),
            "XX",
        )  # fmt: skip

    merged = MergedEvent(
        "shell",
        ("Northern Army",),
        None,
        "Verlo",
        (report("a", "Dunmore", 12), report("b", "Verlo", 9), report("c", "Verlo", None)),
        ("place", "toll"),
    )
    items = {("a", 4): item("a", "Dunmore", 10.0), ("b", 4): item("b", "Verlo", 20.0)}
    row = views.merged_acled_row(merged, items)
    assert row["location"] == "Verlo" and row["latitude"] == 20.0
    assert row["fatalities"] == 9  # the most conservative count
    assert row["event_date"] == date(2026, 3, 2)  # undated: the first report's day out
    assert row["source"] == ["Outlet a", "Outlet b", "Outlet c"]  # one cell through output.cell
    assert row["notes"] == "shelled (3 reports)"
    alone = replace(merged, reports=merged.reports[1:2], place=None)
    row = views.merged_acled_row(alone, items)
    assert row["notes"] == "shelled (1 report)" and row["location"] == "Verlo"
    assert row["fatalities"] == 9 and row["source"] == ["Outlet b"]


@pytest.mark.parametrize(
    ("modality", "negated", "notes", "fatalities"),
    [
        (None, False, "shelled", 4),
        (None, True, "[denied] shelled", 0),
        ("planned", False, "[planned] shelled", 0),
        ("expected", False, "[expected] shelled", 0),
    ],
)
def test_views_acled_row_marks_events_that_did_not_happen(
    modality: str | None, negated: bool, notes: str, fatalities: int
) -> None:
    """ACLED has no column for a denied or planned event: the notes say so and no one is
    counted dead by an event that did not happen."""
    item = EventItem(
        1, "a", 1, "Outlet a", date(2026, 3, 2), None, None, "shell", "ASSAULT", "Verlo",
        20.0, 1.0, 1, modality, negated, "shelled", 4, 9, ("Northern Army",), "XX",
        fatalities=4.0,
    )  # fmt: skip
    row = views.acled_row(item)
    assert row["notes"] == notes
    assert row["fatalities"] == fatalities


def test_views_merged_events_of_a_story_not_stored_are_none(
    store: SqlStore, make_analysis: Callable[..., Analysis]
) -> None:
    """``--story N`` of a story that is not stored matches nothing (it was a server error),
    and reading its records says which story is missing."""
    store.add(_killed(make_analysis, 40, "Daily A"), _in_story("floods"))
    assert views.event_reports(store, Filters(story=999)).rows == []
    assert views.events_acled_merged(store, Filters(story=999)).rows == []
    with pytest.raises(NotFound, match="E601"):
        store.story_records(999)
