"""Whose a poll gap, an age and a count of laps is (issue 17, figures40): a lead in points
names its leader and, when the sentence names one, the rival it is over ("lead of Varga over
Okoro"); a person a copula joins to a bare number ("The driver was 24.") or who turns one
has that age; laps "left" or "to go" are what remains. Every sentence is written for these
tests (published 2026-02-01)."""

from __future__ import annotations

import pytest
from quantity_figures import figure

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        (
            "Varga leads Okoro by 5 points in the latest poll.",
            "5 points",
            "lead of Varga over Okoro",
        ),
        ("Okoro trails Varga by 7 points among women.", "7 points", "deficit of Okoro to Varga"),
        (
            "Varga has opened up a 9-point lead over Okoro.",
            "9-point",
            "lead of Varga over Okoro",
        ),
        (
            "Varga holds a 9-point edge over Okoro in the state.",
            "9-point",
            "lead of Varga over Okoro",
        ),
        (
            "Varga is up 4 points over Okoro among likely voters.",
            "4 points",
            "lead of Varga over Okoro",
        ),
        ("Okoro is down 4 points to Varga.", "4 points", "deficit of Okoro to Varga"),
        ("The survey found Varga ahead by 3 points.", "3 points", "lead of Varga"),
        (
            "A new survey shows Varga 6 points ahead of Okoro.",
            "6 points",
            "lead of Varga over Okoro",
        ),
        # the lead a verb narrows is its owner's
        ("Okoro narrowed Varga's lead to 3 points.", "3 points", "lead of Varga"),
        ("Varga sits 6 points ahead of Okoro.", "6 points", "lead of Varga over Okoro"),
        # no rival named: the leader alone, as before
        ("Varga leads by 5 points in the latest poll.", "5 points", "lead of Varga"),
    ],
)
def test_counted_a_point_gap_names_its_leader_and_rival(
    text: str, written: str, about: str
) -> None:
    assert figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # controls: points a market index moves are no lead over anyone
        ("The index was up 40 points on Tuesday.", "40 points"),
        ("The index was down 40 points to 2,100.", "40 points"),
        ("The index was up 40 points on strong bank earnings.", "40 points"),
        ("The Dow was down 200 points on Wall Street.", "200 points"),
        # "on" a name may say where: no rival after "up" or "down"
        ("Varga is up 4 points on Okoro among likely voters.", "4 points"),
        # a state won is no rival
        ("Varga won Ohio by 8 points.", "8 points"),
    ],
)
def test_counted_points_up_or_down_without_a_rival_are_no_lead(text: str, written: str) -> None:
    about = figure(text, written).about
    assert about is None or not about.startswith(("lead of", "deficit of")), about
    assert about is None or " over " not in about, about


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("The driver was 24.", "24", "driver"),
        ("Her husband is 81 and still works.", "81", "husband"),
        ("Tomas Rivera turns 50 next week.", "50", "Tomas Rivera"),
    ],
)
def test_counted_a_person_who_is_or_turns_a_bare_number_has_that_age(
    text: str, written: str, about: str
) -> None:
    found = figure(text, written)
    assert (found.about, found.unit) == (about, "year of age")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # controls: a thing that is a bare number has no age
        ("The final score was 24.", "24"),
        ("The turnout was 41 in the ward.", "41"),
    ],
)
def test_counted_a_thing_that_is_a_bare_number_has_no_age(text: str, written: str) -> None:
    assert figure(text, written).unit != "year of age"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Pereira led with 10 laps left.", "10"),
        ("The race was halted with 30 laps to go.", "30"),
        ("Pereira pitted with 10 laps remaining.", "10"),
        ("Pereira took the lead 10 laps from the end.", "10"),
    ],
)
def test_counted_laps_left_or_to_go_are_what_remains(text: str, written: str) -> None:
    found = figure(text, written)
    assert (found.about, found.measure) == ("laps", "remain")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # controls: "from" a place or the end of a thing is no count of what is left
        ("Crews moved 200 residents from their homes.", "200"),
        ("Divers pulled 3 cars from the end of the pier.", "3"),
    ],
)
def test_counted_a_count_from_a_place_is_not_what_remains(text: str, written: str) -> None:
    assert figure(text, written).measure != "remain"
