"""What a figure counts where a wrong answer makes two sources seem to disagree (fix39c,
a review of figures39): a vague "Dozens of X" names what a later count counts only when X
are people and the count is of the same kind of event; "the 12-year-old Toyota" is no
person named before; a possessive name or a second person leaves whose an age is open; a
bare count of the same verb as the count before counts its noun only for the same subject;
"At 13, she ..." with no one "she" stands for is no one's age (left empty). Every sentence is
written for these tests (published 2026-02-01)."""

from __future__ import annotations

import pytest
from quantity_figures import figure as _figure
from quantity_figures import figures as _figures

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Hundreds of homes were flooded. At least 30 died.", "At least 30"),
        (
            "Dozens of houses were damaged in the storm. At least 40 were taken to hospital.",
            "At least 40",
        ),
        ("Hundreds of rockets were fired at the city. At least 9 were killed.", "At least 9"),
        ("Millions of dollars were stolen from the bank. Police arrested 3 on Friday.", "3"),
        (
            "Dozens of villages were shelled. At least 60 were killed and 100 injured.",
            "At least 60",
        ),
        ("Dozens of villages were shelled. At least 60 were killed and 100 injured.", "100"),
        ("Dozens of cars were set on fire and 12 were arrested.", "12"),
        # people, but another kind of event: the arrested are not the dead
        (
            "Dozens of soldiers were killed in the ambush. The army said it had arrested 12 on"
            " Monday.",
            "12",
        ),
    ],
)
def test_counted_a_vague_count_of_things_or_of_another_event_names_nothing_after_it(
    text: str, written: str
) -> None:
    assert _figure(text, written).about is None


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        # controls: people hurt, then taken to hospital or killed: the same kind of event
        (
            "Dozens of hikers were hurt in the storm. At least 40 were taken to hospital.",
            "At least 40",
            "hikers",
        ),
        (
            "Dozens of soldiers were wounded in the ambush. At least 4 later died.",
            "At least 4",
            "soldiers",
        ),
    ],
)
def test_counted_a_vague_count_of_people_names_a_count_of_the_same_event(
    text: str, written: str, about: str
) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("Police stopped Dan Hobbs on the A1. The 12-year-old Toyota had no tax.", "Toyota"),
        ("Police stopped Dan Hobbs on the A1. The 45-year-old Smith was also held.", "Smith"),
        (
            "Rain delayed Coco Gauff's match. The 24-year-old Sabalenka won in straight sets.",
            "Sabalenka",
        ),
        ("Police stopped Dan Hobbs on the A1. The 3-year-old Labrador was seized.", None),
        ("A storm hit Dan Hobbs's village. The 500-year-old Church of St Mary was damaged.", None),
    ],
)
def test_counted_an_aged_proper_noun_that_is_no_demonym_is_not_the_person_before(
    text: str, about: str | None
) -> None:
    found = next(q for q in _figures(text) if q.text.endswith("-year"))
    assert found.about == about or (about is None and "Hobbs" not in (found.about or ""))


def test_counted_an_aged_demonym_is_the_person_named_before() -> None:
    text = "Police stopped Dan Hobbs on the A1. The 31-year-old Briton was held."
    assert _figure(text, "31-year").about == "Dan Hobbs"


@pytest.mark.parametrize(
    "text",
    [
        "A car hit Dan Hobbs's daughter on Main Street. The 12-year-old was taken to hospital.",
        "Police stopped Dan Hobbs and his brother at the gate. The 45-year-old was held overnight.",
    ],
)
def test_counted_an_age_after_a_possessive_name_or_a_second_person_is_no_ones(text: str) -> None:
    found = next(q for q in _figures(text) if q.text.endswith("-year"))
    assert found.about is None


def test_counted_an_age_after_the_one_person_named_is_theirs() -> None:
    text = "Police stopped Dan Hobbs at the gate. The 45-year-old was held overnight."
    assert _figure(text, "45-year").about == "Dan Hobbs"


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The army lost 300 tanks in the war. The navy lost 12.", "12"),
        (
            "The ministry received 3,000 complaints last year. It received 4 million in new"
            " funding.",
            "4 million",
        ),
        (
            "Investors bought 3 million shares on Monday. The central bank bought 40 billion.",
            "40 billion",
        ),
        (
            "The airline carried 3 million passengers in May. Its cargo arm carried 40,000.",
            "40,000",
        ),
    ],
)
def test_counted_a_bare_count_of_the_same_verb_and_another_subject_names_nothing(
    text: str, written: str
) -> None:
    assert _figure(text, written).about is None


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("At 13, she was already playing the piano.", "13"),
        ("At 16, he joined the army.", "16"),
    ],
)
def test_counted_a_fronted_age_of_a_pronoun_no_one_stands_for_is_no_ones(
    text: str, written: str
) -> None:
    found = _figure(text, written)
    assert found.about is None


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # a passive verb that puts its subject in no lasting state: no time of a state
        ("The mayor was re-elected for four more years.", "four more years"),
        ("The men were held for 12 hours.", "12 hours"),
    ],
)
def test_counted_a_duration_for_a_passive_verb_of_no_state_is_no_time_of_a_state(
    text: str, written: str
) -> None:
    assert not (_figure(text, written).about or "").startswith("time ")


def test_counted_the_first_for_n_years_is_the_time_since_the_last() -> None:
    text = "It was the first fatal crash for 60 years."
    assert _figure(text, "60 years").about == "time since last fatal crash"
