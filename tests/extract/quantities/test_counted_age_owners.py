"""Whose an age or a duration is when its owner may be named elsewhere (issue 17, age49): an
aged noun that is a verb's object is never the subject's age; an aged title ("The 45-year-old
executive") is not taken back to a person named before when whose it is is unclear; a bracket
after a place is no age; a length "of" a noun of a person ("a man of 60 years") is no duration
of that person, while "a term of six years" is how long the term lasts. Every sentence is
written for these tests (published 2026-02-01)."""

from __future__ import annotations

import pytest
from quantity_figures import figure as _figure
from quantity_figures import figures as _figures

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        # the one named is no subject, or the subject of a clause under another verb
        "Police stopped Dan Hobbs at the gate. The 45-year-old executive was held overnight.",
        "Police said Dan Hobbs had fled. The 45-year-old executive was found on Monday.",
        # two people named
        "Dan Hobbs met Ken Ray at the gate. The 45-year-old executive was held overnight.",
        # a role someone else may have in what the sentence before tells
        "Dan Hobbs was hit by a van. The 45-year-old driver was held overnight.",
        "Dan Hobbs was shot at the gate. The 45-year-old officer was held overnight.",
        # a kin or plain noun of a person, or no title at all
        "Dan Hobbs was hurt at the gate. The 45-year-old man was held overnight.",
        "Dan Hobbs was hurt at the gate. The 45-year-old victim was taken to hospital.",
        # the aged title is no subject
        "Dan Hobbs spoke at the gate. Police then held the 45-year-old executive overnight.",
        # a quote before
        '"We are done," Dan Hobbs said. The 45-year-old executive was held overnight.',
    ],
)
def test_counted_an_aged_title_stays_its_own_when_whose_is_unclear(text: str) -> None:
    """Controls: no rule takes an aged title back to the name before it in these."""
    assert _figure(text, "45-year").about != "Dan Hobbs"


@pytest.mark.parametrize(
    "text",
    [
        "Maria Lopez ran a close race. Yet she always led the 74-year-old Tarvik senator.",
        "Maria Lopez won the vote. She beat the 74-year-old senator by a wide margin.",
        "Maria Lopez spoke on Friday. She called the 74-year-old senator a friend.",
    ],
)
def test_counted_an_aged_object_is_not_the_subjects_age(text: str) -> None:
    assert _figure(text, "74-year").about != "Maria Lopez"


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        # controls: the subject's own age through a noun it is, or "be" with a bare number
        ("Maria Lopez spoke on Friday. She is a 41-year-old nurse.", "41-year", "Maria Lopez"),
        ("Maria Lopez spoke on Friday. She is 41 and lives in Tarvik.", "41", "Maria Lopez"),
    ],
)
def test_counted_a_subjects_own_age_is_kept(text: str, written: str, about: str) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("He returned to Tarvik (45) last week.", "45"),
        ("The bus went from Velmar (12) to the coast.", "12"),
    ],
)
def test_counted_a_number_in_brackets_after_a_place_is_no_age(text: str, written: str) -> None:
    found = [q for q in _figures(text) if q.text == written]
    assert all(q.unit != "year of age" for q in found)


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        # controls: a name in brackets or after a comma keeps its age
        ("Ana Ruiz (44) won the vote.", "44", "Ana Ruiz"),
        ("Ana Ruiz, 44, won the vote.", "44", "Ana Ruiz"),
        ("The prize went to Ana Ruiz (44) on Friday.", "44", "Ana Ruiz"),
        ("The prize went to Ana Ruiz, 44, on Friday.", "44", "Ana Ruiz"),
    ],
)
def test_counted_a_number_in_brackets_after_a_name_is_its_age(
    text: str, written: str, about: str
) -> None:
    found = _figure(text, written)
    assert (found.unit, found.about) == ("year of age", about)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Pryce - the 61-year-old's lawyer - said the case was weak.", "61-year"),
        ("Lindqvist makes trucks. At 120, Lindqvist still builds cars in Tarvik.", "120"),
    ],
)
def test_counted_an_age_is_not_given_to_the_name_beside_it(text: str, written: str) -> None:
    found = [q for q in _figures(text) if q.text == written]
    assert all(not (q.about or "").startswith(("Pryce", "Lindqvist")) for q in found)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("He was a man of 60 years when he died.", "60 years"),
        ("His wife of 40 years, Mara, was at his side.", "40 years"),
        ("She was a friend of 20 years and a good neighbour.", "20 years"),
    ],
)
def test_counted_a_length_of_a_person_is_no_duration_of_them(text: str, written: str) -> None:
    found = _figure(text, written)
    assert found.about not in ("man", "wife", "Mara", "friend")


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("The mayor's term of six years ends in May.", "six years", "term"),
        ("A session of three hours opened the congress.", "three hours", "session"),
        ("She was elected to a term of four years.", "four years", "term"),
    ],
)
def test_counted_a_length_of_a_term_or_event_is_how_long_it_lasts(
    text: str, written: str, about: str
) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # controls: "of" a noun that is no event or term
        ("The gains of the past six years were lost.", "six years"),
        ("The house of 40 years was sold.", "40 years"),
    ],
)
def test_counted_a_length_of_another_noun_is_no_duration_of_it(text: str, written: str) -> None:
    assert _figure(text, written).about not in ("gains", "house")
