"""Whose an age is and what a duration lasts (issue 17, holder38): a plural "N-year-olds" is
the age of the group it names (not a duration of "olds"); "the driver, aged 70," is the
driver's; an aged demonym the parse reads as an adjective set beside a name is the name's;
"for N years" of a verb of ``duration_activities.tsv`` ("lived", "written", "denied") counts
the activity. Every sentence is written for these tests (published 2026-02-01); the shapes
come from PolNeAR train labels (f14, f18) and the issue's own examples."""

from __future__ import annotations

import pytest
from quantity_figures import figure as _figure

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        (
            "The council ruled that 16-year-olds who sign up before May may vote.",
            "16-year",
            "16-year-olds",
        ),
        (
            "Coaches said 12-year-olds should not play more than one match a day.",
            "12-year",
            "12-year-olds",
        ),
    ],
)
def test_counted_a_plural_aged_noun_is_the_groups_age(text: str, written: str, about: str) -> None:
    found = _figure(text, written)
    assert (found.about, found.unit) == (about, "year of age")


def test_counted_an_age_a_group_of_n_year_olds_turns_to_is_the_groups() -> None:
    text = "The council ruled that 16-year-olds who turn 17 before May may vote."
    assert _figure(text, "17").about == "16-year-olds"


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("The driver, aged 70, was unhurt after the crash.", "70", "driver"),
        ("Her neighbour, aged 81, called the fire brigade.", "81", "neighbour"),
        # an aged demonym the parse reads as an adjective, set beside a name
        (
            "Nearby is Tom Greer, a 29-year-old Korean American and lifelong fan who quit his "
            "post.",
            "29-year",
            "Tom Greer",
        ),
    ],
)
def test_counted_an_age_set_beside_a_noun_is_its_age(text: str, written: str, about: str) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("Pavel Ostrov has lived in Lisbon for 30 years.", "30 years", "residence"),
        ("The Dents have lived in the village for 40 years.", "40 years", "residence"),
        # living through a thing that lasts is no residence: the thing lasted
        ("They lived through the war for six years.", "six years", "war"),
        (
            "As a reporter who has written about farm policy for 25 years, Ostrov knows the rules.",
            "25 years",
            "writing",
        ),
    ],
)
def test_counted_a_duration_of_an_activity_verb(text: str, written: str, about: str) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # controls: no person is tied to the age or the duration, so none is named
        ("The 19-year-old scored twice on Sunday.", "19-year"),
        ("The rain fell for three days.", "three days"),
    ],
)
def test_counted_no_holder_without_a_tie(text: str, written: str) -> None:
    assert _figure(text, written).about is None


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("She lived in poverty for 20 years before the win.", "20 years"),
        ("He has lived with cancer for 10 years.", "10 years"),
        ("He said he had lived in fear for 10 years.", "10 years"),
        ("The couple lived apart for two years.", "two years"),
        ("The town lived under curfew for two weeks.", "two weeks"),
    ],
)
def test_counted_living_is_residence_only_in_a_place(text: str, written: str) -> None:
    """ "lived in Lisbon for 30 years" is residence; living in a state ("in poverty", "with
    cancer", "apart", "under curfew") is no residence."""
    assert _figure(text, written).about != "residence"


@pytest.mark.parametrize(
    ("text", "written", "unit", "about"),
    [
        # a number before "N-year-olds" counts the group; only the joined number is the age
        ("The school has 300 16-year-olds and 200 17-year-olds.", "200", None, "17-year-olds"),
        ("The school has 300 16-year-olds and 200 17-year-olds.", "300", None, "16-year-olds"),
        (
            "The school has 300 16-year-olds and 200 17-year-olds.",
            "17-year",
            "year of age",
            "17-year-olds",
        ),
        # a hanging-hyphen number joined to "N-year-olds" shares its unit and its group
        ("The rule covers 16- and 17-year-olds.", "16", "year of age", "16- and 17-year-olds"),
        ("The rule covers 16- or 17-year-olds.", "16", "year of age", "16- or 17-year-olds"),
    ],
)
def test_counted_numbers_around_a_group_of_n_year_olds(
    text: str, written: str, unit: str | None, about: str
) -> None:
    found = _figure(text, written)
    assert (found.unit, found.about) == (unit, about)
