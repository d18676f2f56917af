"""What a figure counts for the kinds of error judged on real news (issue 17): labels that
count nothing, amounts of each thing, numerals a relative clause describes, durations of a
place or role, distances from a goal and the measure a clause's verb does not give, on
sentences written for these tests (published 2026-02-01)."""

from __future__ import annotations

import pytest
from quantity_figures import figure as _figure
from quantity_figures import figures as _figures

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("He lost the lead at turn three on lap 12 after a slow stop.", "three"),
        ("He lost the lead at turn three on lap 12 after a slow stop.", "12"),
        ("She ran wide into turn 4 and dropped back.", "4"),
        ("Game 7 was played on Wednesday night.", "7"),
        ("The putt on hole 18 decided the match.", "18"),
    ],
)
def test_counted_a_number_after_a_label_noun_counts_nothing(text: str, label: str) -> None:
    assert label not in [q.text for q in _figures(text)]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("She will turn 40 next month.", "40"),  # "turn" the verb: an age
        ("The race ran to 57 laps and he led for 20 laps.", "57"),  # laps counted
    ],
)
def test_counted_a_label_noun_s_verb_or_plural_still_counts(text: str, written: str) -> None:
    assert written in [q.text for q in _figures(text)]


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("The three paintings fetched $2 million each.", "$2 million", "each painting"),
        ("He bought three shirts at $20 each.", "$20", "each shirt"),
        ("The boxes weigh 2kg each.", "2kg", "each box"),
        # a group noun: each one of the things it groups, not the group
        (
            "But one pair of seats behind the dugout was sold online for $9,000 -- apiece.",
            "$9,000",
            "each seat",
        ),
    ],
)
def test_counted_an_amount_apiece_is_of_each_thing(text: str, written: str, about: str) -> None:
    assert _figure(text, written).about == about


def test_counted_a_pronoun_subject_leaves_each_amount_unnamed() -> None:
    assert _figure("They paid $50 each for the tickets.", "$50").about is None


def test_counted_each_before_a_noun_is_no_amount_apiece() -> None:
    assert _figure("The cleaners earn $500 each week.", "$500").about != "each cleaner"


def test_counted_a_relative_clause_of_be_names_what_a_numeral_counts() -> None:
    text = (
        "He threw him nothing but sliders. He missed with two, but the four that were "
        "strikes were fouled off."
    )
    assert _figure(text, "four").about == "strikes"


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("He spent eight years in the White House.", "eight years", "time in White House"),
        ("He looked back on his eight years as president.", "eight years", "time as president"),
        ("He has been in the sport for two years.", "two years", "time in sport"),
        ("The protest went on for three days.", "three days", "protest"),
        ("The session was delayed by 15 minutes.", "15 minutes", "delay"),
        ("She has coached the team for eight years.", "eight years", "coaching"),
        ("They looked at the five- or ten-year averages of wheat prices.", "five", "averages"),
        ("The leaders held talks for 90 minutes on Thursday.", "90 minutes", "talks"),
        ("The union held a strike for three days.", "three days", "strike"),
        # a place after a length "for" a verb says where, it is not what lasted
        ("They chatted for 15 minutes in the garden.", "15 minutes", "chat"),
    ],
)
def test_counted_a_duration_names_what_lasted(text: str, written: str, about: str) -> None:
    found = _figure(text, written)
    assert (found.about, found.measure) == (about, "duration")


@pytest.mark.parametrize(
    "text",
    [
        "After eight years in office, the mayor is leaving.",
        "His priority in the coming two months in office is the budget.",
    ],
)
def test_counted_an_offset_in_a_place_stays_a_time(text: str) -> None:
    assert not [q for q in _figures(text) if q.unit in {"year", "month"}]


def test_counted_a_suspended_hyphen_shares_the_unit() -> None:
    text = "They looked at the five- or ten-year averages of wheat prices."
    assert _figure(text, "five").unit == "year"


def test_counted_a_time_unit_after_a_mistagged_word_is_still_the_unit() -> None:
    found = _figure("The home side won 3-1 in 90 thrilling minutes.", "90 thrilling minutes")
    assert (found.unit, found.about) == ("minute", None)


def test_counted_within_n_of_is_a_distance() -> None:
    text = "The win moved her to within 12 points of the leader."
    assert _figure(text, "12 points").about == "distance from leader"


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("The result leaves the champion 12 points behind.", "12 points", "gap of champion"),
        ('Some, if they bought from touts, got "deals" as low as $300.', "$300", "deals"),
    ],
)
def test_counted_a_gap_or_an_as_high_as_amount_is_the_placed_noun_s(
    text: str, written: str, about: str
) -> None:
    assert _figure(text, written).about == about


def test_counted_a_subject_takes_no_noun_from_a_number_of_where() -> None:
    text = "Thousands took to the streets in 25 cities, and 124 were arrested in two of them."
    assert _figure(text, "124").about is None
    assert _figure(text, "two").about == "cities"  # "two of them": the cities


@pytest.mark.parametrize(
    ("text", "written", "measure"),
    [
        # a distance from a goal is nothing the verb did to it
        (
            "The closer gave up a tying homer to the shortstop just four outs from the title.",
            "four",
            None,
        ),
        # a fronted "Of the N ..." is the whole a part is of: the whole did not finish
        ("Of the 20 starters, only 12 finished the race.", "20", None),
        ("Of the 20 starters, only 12 finished the race.", "12", "finish"),
        ("Officials said 300 homes were damaged.", "300", "damage"),
        # what remains is nothing that happened to it
        ("The result leaves the champion 12 points behind with one race left.", "one", None),
    ],
)
def test_counted_the_measure_is_the_figure_s_own_verb(
    text: str, written: str, measure: str | None
) -> None:
    assert _figure(text, written).measure == measure
