"""Whose an age is when its person was named before it (issue 17, age48): "At 23, Lindqvist
is ..." where the recogniser types the lone surname as no person but the article names
"Tomas Lindqvist" before it; "X beat Y. The 23-year-old ..." stays untold when the one
beaten is a name the recogniser types as a place or leaves untyped. Every sentence is
written for these tests (published 2026-02-01)."""

from __future__ import annotations

import pytest
from quantity_figures import figure as _figure
from quantity_figures import figures as _figures

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        (
            "Tomas Lindqvist crashed on lap 12. At 23, Lindqvist is the youngest driver in the "
            "field.",
            "23",
            "Lindqvist",
        ),
        (
            "Greta Haldorsen won the sprint in the rain. At 31, Haldorsen is the oldest rider "
            "in the team.",
            "31",
            "Haldorsen",
        ),
    ],
)
def test_counted_a_fronted_age_of_a_surname_named_before(
    text: str, written: str, about: str
) -> None:
    found = _figure(text, written)
    assert (found.about, found.unit) == (about, "year of age")


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # no person of that surname is named: a place or a firm, no age
        ("At 23, Lindqvist is the busiest port on the coast.", "23"),
        ("Tomas Lindqvist crashed on lap 12. At 23, Lisbon is the busiest port in the land.", "23"),
    ],
)
def test_counted_a_fronted_number_of_no_person_named_is_no_age(text: str, written: str) -> None:
    assert all(q.unit != "year of age" for q in _figures(text) if q.text == written)


@pytest.mark.parametrize(
    "text",
    [
        "Marta Vell beat Ines Kaur in the final. The 23-year-old was in tears.",
        "Marta Vell edged Ines Kaur on the last lap. The 23-year-old was in tears.",
    ],
)
def test_counted_the_n_year_old_after_a_winner_and_a_beaten_name_stays_untold(text: str) -> None:
    assert _figure(text, "23-year").about is None


@pytest.mark.parametrize(
    ("text", "about"),
    [
        # controls: one person named, no other name the subject acted on
        ("Marta Vell won the final in the rain. The 23-year-old was in tears.", "Marta Vell"),
        ("Marta Vell won the final in Porto. The 23-year-old was in tears.", "Marta Vell"),
    ],
)
def test_counted_the_n_year_old_after_one_named_winner(text: str, about: str) -> None:
    assert _figure(text, "23-year").about == about


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        (
            "The council picked Ana Ruiz (44 years old) to chair the harbour board.",
            "44 years",
            "Ana Ruiz",
        ),
        ("The oldest is Ana Ruiz (71 years old), a farmer.", "71 years", "Ana Ruiz"),
    ],
)
def test_counted_an_age_in_brackets_after_a_name_is_the_name_s(
    text: str, written: str, about: str
) -> None:
    found = _figure(text, written)
    assert (found.about, found.unit) == (about, "year of age")


def test_counted_a_duration_in_brackets_after_a_name_is_no_age() -> None:
    # control: a span of years in brackets is no one's age
    text = "Ana Ruiz (for 44 years a judge) retired on Friday."
    assert all(q.unit != "year of age" for q in _figures(text))


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("His term of six years ends in May.", "six years", "term"),
        ("A meeting of 40 minutes was held at the port office.", "40 minutes", "meeting"),
        ("The hearing of about two hours ended at noon.", "about two hours", "hearing"),
    ],
)
def test_counted_a_duration_of_a_subject_noun_is_how_long_it_lasts(
    text: str, written: str, about: str
) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # controls: a period "of the last N years" is when, not how long the noun lasts
        ("The gains of the last six years were lost in a week.", "the last six years"),
        ("The gains of the past six years were lost in a week.", "the past six years"),
    ],
)
def test_counted_a_period_of_a_subject_noun_is_no_length_of_it(text: str, written: str) -> None:
    assert all(q.about != "gains" for q in _figures(text))


@pytest.mark.parametrize(
    ("text", "about"),
    [
        # the parse reads the words between the dashes as the clause's subject
        ("Yet Pryce - a 61-year-old ex-Guardsman - is still held.", "Pryce"),
        ("Pryce - a 61-year-old ex-sailor - stays behind bars.", "Pryce"),
    ],
)
def test_counted_an_age_set_off_by_dashes_after_a_name_is_the_name_s(text: str, about: str) -> None:
    assert _figure(text, "61-year").about == about
