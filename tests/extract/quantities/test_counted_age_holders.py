"""Whose an age is when a person noun, not a name, carries it (issue 17, figures39): "a man
aged 45" with no commas is the man's; "his wife, 58," (a noun of ``personal`` set off by
commas) is the wife's age, as "Lee Chan, 61," is Lee Chan's. Every sentence is written for
these tests (published 2026-02-01)."""

from __future__ import annotations

import pytest
from quantity_figures import figure as _figure
from quantity_figures import figures as _figures

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("A man aged 45 was held near the depot.", "45", "man"),
        ("Medics treated a woman aged 81 at the scene.", "81", "woman"),
        ("The driver aged 70 was unhurt.", "70", "driver"),
    ],
)
def test_counted_a_noun_aged_n_without_commas_is_its_age(
    text: str, written: str, about: str
) -> None:
    found = _figure(text, written)
    assert (found.about, found.unit) == (about, "year of age")


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("Omar Idris, 61, and his wife, 58, were unhurt.", "58", "wife"),
        ("The fire was put out by her son, 23, before crews came.", "23", "son"),
        # the parse hangs the age on the verb: the name before the comma is still whose
        ("The fire was put out by Tom Reed, 23, before crews came.", "23", "Tom Reed"),
    ],
)
def test_counted_a_personal_noun_set_off_by_commas_has_an_age(
    text: str, written: str, about: str
) -> None:
    found = _figure(text, written)
    assert (found.about, found.unit) == (about, "year of age")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # controls: a count set off after a noun that is no person stays a count
        ("The depots, 14 in all, were shut.", "14"),
        ("Of the buses, 12, were late.", "12"),
    ],
)
def test_counted_a_count_after_a_thing_is_no_age(text: str, written: str) -> None:
    assert _figure(text, written).unit != "year of age"


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("At 24, Rosa Vance is the youngest winner of the cup.", "24", "Rosa Vance"),
        ("Rosa Vance runs a farm. At 81, she still milks the goats herself.", "81", "Rosa Vance"),
    ],
)
def test_counted_a_fronted_at_n_is_the_subjects_age(text: str, written: str, about: str) -> None:
    found = _figure(text, written)
    assert (found.about, found.unit) == (about, "year of age")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # controls: a small number may be a time; a subject that is no person has no age
        ("At 9, Rosa Vance left the house.", "9"),
        ("At 40, the index closed higher than on Monday.", "40"),
    ],
)
def test_counted_a_fronted_at_n_that_is_no_age(text: str, written: str) -> None:
    found = [q for q in _figures(text) if q.text == written]
    assert all(q.unit != "year of age" for q in found)


def test_counted_the_n_year_old_after_the_one_person_named_before() -> None:
    """ "The 45-year-old" that opens its sentence as its subject is the one person the
    sentence before names, also when that person is no subject there and no person is."""
    text = "Police stopped Dan Hobbs at the gate. The 45-year-old was held overnight."
    assert _figure(text, "45-year").about == "Dan Hobbs"


@pytest.mark.parametrize(
    "text",
    [
        # controls: another person is the subject before, or two people are named
        "He stopped Dan Hobbs at the gate. The 45-year-old was held overnight.",
        "Ken Ray stopped Dan Hobbs at the gate. The 45-year-old was held overnight.",
        "The teacher stopped Dan Hobbs at the gate. The 45-year-old was held overnight.",
    ],
)
def test_counted_the_n_year_old_stays_empty_when_whose_is_unclear(text: str) -> None:
    assert _figure(text, "45-year").about is None


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("The crew spent two years building the boat.", "two years", "time building boat"),
        ("It took four days to reach the lost hikers.", "four days", "time to reach lost hikers"),
        (
            "It took divers 12 hours to free the trapped seal.",
            "12 hours",
            "time to free trapped seal",
        ),
    ],
)
def test_counted_a_duration_spent_or_taken_on_an_action(
    text: str, written: str, about: str
) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("The bus driver, 42, was held on Friday.", "42", "bus driver"),
        ("The champion, 31, said she was proud.", "31", "champion"),
    ],
)
def test_counted_a_noun_of_what_a_person_is_set_off_by_commas_has_an_age(
    text: str, written: str, about: str
) -> None:
    found = _figure(text, written)
    assert (found.about, found.unit) == (about, "year of age")


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        (
            "The puppy had been stuck in the drain for more than 30 hours.",
            "more than 30 hours",
            "time puppy stuck",
        ),
        ("The old mill was shuttered for nine years.", "nine years", "time old mill shuttered"),
        # the noun a relative pronoun stands for is the owner of the state
        (
            "The club that has been locked out of the league for six years is angry.",
            "six years",
            "time club locked",
        ),
    ],
)
def test_counted_a_duration_for_a_passive_state(text: str, written: str, about: str) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # control: "'s done it" is "has done it", no passive state
        ("The mayor, who's done it every year for 36 years, came back.", "36 years"),
    ],
)
def test_counted_no_passive_state_with_an_object(text: str, written: str) -> None:
    assert "done" not in (_figure(text, written).about or "")


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        (
            "Rosa Vance won in Lyon. The 24-year-old Frenchwoman said she was proud.",
            "24-year",
            "Rosa Vance",
        ),
        # her own name, not looked back from
        ("Rosa Vance won. The 24-year-old Vance said she was proud.", "24-year", "Vance"),
    ],
)
def test_counted_the_n_year_old_demonym_after_a_named_person(
    text: str, written: str, about: str
) -> None:
    assert _figure(text, written).about == about


def test_counted_a_duration_for_being_in_a_place() -> None:
    text = "The girl has been in a coma for three days."
    assert _figure(text, "three days").about == "time in coma"


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        (
            "It was the first deadly ferry sinking on the lake for 40 years.",
            "40 years",
            "time since last deadly ferry sinking",
        ),
        ("It was their first win in nine years.", "nine years", "time since last win"),
    ],
)
def test_counted_a_first_thing_for_n_years_counts_the_time_since_the_last(
    text: str, written: str, about: str
) -> None:
    assert _figure(text, written).about == about
