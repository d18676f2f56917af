"""What a figure counts in standings, tallies and poll shares (issue 17, figures18): the
second share of a tally, a lead given to someone, a name's points set off "on N", an age set
beside a name through an apposed noun, a time gap behind a rival, a share of the undecided
and the first of "N of M laps". Every sentence is written for these tests (published
2026-02-01); the shapes come from PolNeAR train labels (f18) and the kinds a blind judge named."""

from __future__ import annotations

import pytest
from quantity_figures import figure

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        (
            "Lindqvist leads Okafor 46 percent to 39 percent across the state.",
            "39 percent",
            "Okafor",
        ),
        (
            "Lindqvist leads Okafor 46 percent to 39 percent across the state.",
            "46 percent",
            "Lindqvist",
        ),
        (
            "The poll shows Lindqvist leading Okafor 44 percent to 37 percent.",
            "37 percent",
            "Okafor",
        ),
    ],
)
def test_counted_the_second_share_of_a_tally_is_the_one_led(
    text: str, written: str, about: str
) -> None:
    assert figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        (
            "A late surge gave Lindqvist a 12-point lead over Okafor.",
            "12-point",
            "lead of Lindqvist",
        ),
        ("The scandal handed Okafor an eight-point advantage.", "eight-point", "lead of Okafor"),
    ],
)
def test_counted_a_lead_given_to_someone_is_theirs(text: str, written: str, about: str) -> None:
    assert figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Lindqvist, on 255, leads Okafor by 12 points.", "255"),
        ("Lindqvist, on 255 points, needs only a fourth place.", "255 points"),
    ],
)
def test_counted_a_name_s_total_set_off_on_n_is_theirs(text: str, written: str) -> None:
    assert figure(text, written).about == "Lindqvist"


def test_counted_an_on_phrase_that_is_no_apposition_keeps_its_reading() -> None:
    # "on 12 counts" is what the verb took, not the subject's total
    assert figure("Lindqvist was charged on 12 counts.", "12").about == "counts"


def test_counted_an_age_of_a_noun_apposed_to_a_name_is_the_name_s() -> None:
    quantity = figure("Mika Lindqvist, the 37-year-old Finn, crashed on lap 20.", "37-year")
    assert quantity.about == "Mika Lindqvist"


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("Okafor finished 20 seconds behind Lindqvist.", "20 seconds", "deficit of Okafor"),
        (
            "Lindqvist crossed the line 4.2 seconds ahead of Okafor.",
            "4.2 seconds",
            "lead of Lindqvist",
        ),
    ],
)
def test_counted_a_time_gap_to_a_named_rival_is_a_lead_or_deficit(
    text: str, written: str, about: str
) -> None:
    assert figure(text, written).about == about


def test_counted_a_time_behind_a_thing_is_no_deficit() -> None:
    quantity = figure("The train arrived 20 minutes behind schedule.", "20 minutes")
    assert quantity.about is None or not quantity.about.startswith("deficit")


def test_counted_a_share_of_the_undecided() -> None:
    text = "The poll found 13 percent backing another candidate and 9 percent undecided."
    assert figure(text, "9 percent").about == "undecided"


def test_counted_a_share_before_a_comparative_is_no_group() -> None:
    quantity = figure("Prices were 5 percent higher than a year ago.", "5 percent")
    assert quantity.about != "higher"


@pytest.mark.parametrize(
    "text",
    [
        "Okafor retired after 20 of 71 laps with a gearbox failure.",
        "Okafor led 20 of the 71 laps before his engine failed.",
    ],
)
def test_counted_the_first_of_n_of_m_counts_the_noun_after_m(text: str) -> None:
    assert figure(text, "20").about == "laps"


# The review of figures18 (fix36a): three over-fires, invented sentences.


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Tokyo is 14 hours ahead of New York, so the call was set for dawn.", "14 hours"),
        ("London is five hours ahead of Washington during the summer.", "five hours"),
        ("Sydney runs 16 hours ahead of Los Angeles in the winter.", "16 hours"),
    ],
)
def test_counted_a_time_difference_between_places_is_no_lead(text: str, written: str) -> None:
    about = figure(text, written).about
    assert about is None or not about.startswith(("lead", "deficit")), about


def test_counted_a_time_gap_between_rivals_without_a_race_verb_stays_a_lead() -> None:
    text = "Okafor is 20 seconds ahead of Lindqvist after three stages."
    assert figure(text, "20 seconds").about == "lead of Okafor"


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ("Kenya ran 20 seconds ahead of Ethiopia in the relay.", "lead of Kenya"),
        ("The United States was 20 seconds ahead of Kenya after the third leg.", None),
    ],
)
def test_counted_a_gap_in_seconds_between_countries_stays_a_lead(
    text: str, lead: str | None
) -> None:
    about = figure(text, "20 seconds").about
    assert about is not None and about.startswith("lead of"), about
    if lead is not None:
        assert about == lead


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The vaccine is 95 percent effective against severe disease.", "95 percent"),
        ("The reservoir is 80 percent full after the storms.", "80 percent"),
        ("The district is 60 percent Hispanic and 30 percent white.", "60 percent"),
        ("The district is 60 percent Hispanic and 30 percent white.", "30 percent"),
        ("I am 100 percent sure the vote was fair, the mayor said.", "100 percent"),
        ("The bridge was 70 percent complete when funding ran out.", "70 percent"),
    ],
)
def test_counted_a_degree_before_an_adjective_is_no_group(text: str, written: str) -> None:
    quantity = figure(text, written)
    assert quantity.about is None or quantity.about.split()[-1] not in (
        "effective",
        "full",
        "hispanic",
        "white",
        "sure",
        "complete",
    ), quantity.about


def test_counted_a_degree_before_an_adjective_keeps_the_subject() -> None:
    assert figure("The vaccine is 95 percent effective.", "95 percent").about == "vaccine"


@pytest.mark.parametrize("state", ["undecided", "unsure", "uncommitted"])
def test_counted_a_share_of_respondents_in_a_state(state: str) -> None:
    text = f"The poll found 40 percent backing Okafor and 12 percent {state}."
    assert figure(text, "12 percent").about == state


@pytest.mark.parametrize(
    ("text", "written", "led"),
    [
        ("Lindqvist led Tuesday 52 percent to 41 percent in the first count.", "41 percent", ""),
        ("Lindqvist leads this week 46 percent to 39 percent across the state.", "39 percent", ""),
        ("Lindqvist led Sunday night 52 percent to 41 percent.", "41 percent", ""),
        ("Lindqvist leads Saturdays 46 percent to 39 percent.", "39 percent", ""),
        ("Lindqvist leads weekends 46 percent to 39 percent.", "39 percent", ""),
        ("Lindqvist led this quarter 46 percent to 39 percent.", "39 percent", ""),
        (
            "The poll shows Lindqvist leading Okafor 44 percent to 37 percent.",
            "37 percent",
            "Okafor",
        ),
    ],
)
def test_counted_a_time_is_not_the_one_led(text: str, written: str, led: str) -> None:
    about = figure(text, written).about
    if led:
        assert about == led
    else:
        assert about is None or not any(
            word in about.lower()
            for word in ("tuesday", "week", "sunday", "night", "saturday", "quarter")
        ), about
