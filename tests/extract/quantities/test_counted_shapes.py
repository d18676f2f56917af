"""What a figure counts, and what is no figure, for the shapes a blind judge found wrong on
real news in round s35a (issue 17, second round): page counters and road numbers that count
nothing, standings leads and deficits, ages of a named person and spans of years; every
sentence is written for these tests (published 2026-02-01)."""

from __future__ import annotations

import pytest
from quantity_figures import figure as _figure
from quantity_figures import figures as _figures

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "counter"),
    [
        ("The talks ended on Friday.\n1 of 14 photos The two leaders shook hands.", "14"),
        ("The talks ended on Friday.\n1 of 14 next previous The two leaders shook hands.", "14"),
        ("The talks ended on Friday.\n3 of 14.\nThe two leaders shook hands.", "14"),
        ("The talks ended on Friday.\n3 of 14 show caption The two leaders shook hands.", "3"),
        ("The mayor spoke first. Slide 2 of 9 photos The crowd cheered.", "9"),
    ],
)
def test_counted_a_gallery_counter_is_no_figure(text: str, counter: str) -> None:
    assert counter not in [q.text for q in _figures(text)]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The vote was close.\n3 of 14 senators voted against the bill.", "14"),
        ("Only 1 of 14 senators voted against the bill.", "14"),
    ],
)
def test_counted_n_of_m_that_counts_a_noun_stays_a_figure(text: str, written: str) -> None:
    assert written in [q.text for q in _figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Crews shut the 405 freeway in both directions after the crash.",
        "Traffic backed up for miles on the 10 Freeway near the airport.",
        "The blaze jumped the 23 highway late on Monday.",
        "Police closed Route 66 and Interstate 40 for the parade.",
    ],
)
def test_counted_a_road_s_number_is_no_figure(text: str) -> None:
    assert [q.text for q in _figures(text) if q.value not in (1.0,)] == []


def test_counted_roads_counted_stay_a_figure() -> None:
    assert _figure("The state built 12 freeways in a decade.", "12").about == "freeways"


@pytest.mark.parametrize(
    ("text", "written", "about", "measure"),
    [
        # the tagger reads "trails" as a plural noun: the word still leads the margin
        (
            "Okafor trails by 12 points with three rounds remaining.",
            "12 points",
            "deficit of Okafor",
            "trail",
        ),
        # "team mate" is a noun, not the verb of the margin
        ("Okafor trails team mate Lund by 12 points.", "12 points", "deficit of Okafor", "trail"),
        (
            "Okafor trails his team mate Lund by 12 points in the standings.",
            "12 points",
            "deficit of Okafor",
            "trail",
        ),
        # a relative pronoun stands for the noun its clause is on
        ("Lund, who leads by 12 points, won again on Sunday.", "12 points", "lead of Lund", "lead"),
    ],
)
def test_counted_a_standings_margin_is_its_subject_s(
    text: str, written: str, about: str, measure: str
) -> None:
    found = _figure(text, written)
    assert (found.about, found.measure) == (about, measure)


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        (
            "Lund has a 12-point lead over Okafor with three rounds to go.",
            "12-point",
            "lead of Lund",
        ),
        ("Lund holds a 12-point advantage before the final round.", "12-point", "lead of Lund"),
        ("Lund's lead is now 12 points.", "12 points", "lead of Lund"),
    ],
)
def test_counted_a_lead_noun_is_its_holder_s(text: str, written: str, about: str) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("Ana Okafor, aged 19, won the final.", "19", "Ana Okafor"),
        ("Ana Okafor, 19 years old, won the final.", "19 years", "Ana Okafor"),
        ("Ana Okafor, only 19, won the final.", "19", "Ana Okafor"),
        ("Okafor became the youngest winner at the age of 18.", "18", "Okafor"),
        ("Okafor won the title at the age of 18.", "18", "Okafor"),
    ],
)
def test_counted_an_age_beside_a_name_is_the_name_s(text: str, written: str, about: str) -> None:
    found = _figure(text, written)
    assert (found.about, found.measure) == (about, "age")


@pytest.mark.parametrize(
    ("text", "about"),
    [
        (
            "Ana Okafor finished third in the rain. The 19-year-old said she was happy.",
            "Ana Okafor",
        ),
        # another person named in the sentence before: whose is not told
        ("Lund beat Ana Okafor in the final. The 19-year-old said she was happy.", None),
        # the phrase is not what its sentence is about
        ("Ana Okafor finished third. Heavy rain slowed the 19-year-old in the final laps.", None),
    ],
)
def test_counted_an_age_phrase_opening_a_sentence_is_the_one_person_before(
    text: str, about: str | None
) -> None:
    assert _figure(text, "19-year").about == about


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        # "for" hung on the role noun, not on "be"
        ('"I will be mayor for the next three years," Lund said.', "three years", "mayor"),
        ("Lund has three years left in her term.", "three years", "time left in term"),
        ("She has three years remaining in her contract.", "three years", "time left in contract"),
        (
            "It was the first time in 40 years that no local rider started the race.",
            "40 years",
            "time since local rider last started",
        ),
        (
            "For the first time in 40 years there will be no local rider on the grid.",
            "40 years",
            "time since last local rider",
        ),
    ],
)
def test_counted_a_span_of_years_names_what_lasts(text: str, written: str, about: str) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        (
            "But Ana Okafor was not covered by the rule since she was by then 18.",
            "18",
            "Ana Okafor",
        ),
        ("Omar Reyes is a nurse. He is 41 and lives in Ohio.", "41", "Omar Reyes"),
        # two people before: whom "he" stands for is not told
        ("Omar Reyes met Tom Lund. He is 41.", "41", None),
    ],
)
def test_counted_a_pronoun_s_age_is_the_one_person_named_before(
    text: str, written: str, about: str | None
) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("Lund goes into the final round 12 points ahead of Okafor.", "12 points", "lead of Lund"),
        ("Okafor is now 12 points adrift of Lund.", "12 points", "deficit of Okafor"),
        ("Okafor, who is 12 points behind Lund, won.", "12 points", "deficit of Okafor"),
    ],
)
def test_counted_points_ahead_or_behind_are_the_subject_s_margin(
    text: str, written: str, about: str
) -> None:
    assert _figure(text, written).about == about


def test_counted_a_lead_that_is_points_clear_is_no_lead_of_itself() -> None:
    about = _figure("The lead now stands 12 points clear of the pack.", "12 points").about
    assert about is None or not about.startswith("lead of lead")


def test_counted_under_the_age_of_n_is_no_one_s_age() -> None:
    found = _figure("Turnout among voters under the age of 25 fell sharply.", "25")
    assert found.unit != "year of age"


def test_counted_an_age_beside_a_hyphenated_name_keeps_the_whole_name() -> None:
    assert _figure("Said Sue Lund-Okafor, 62, of Ames.", "62").about == "Sue Lund-Okafor"
