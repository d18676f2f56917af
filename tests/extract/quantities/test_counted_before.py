"""Counts whose counted noun sits in the sentence before (issue 17, figures39): a vague count
("Dozens of X") names what a casualty count after it counts, as a number before a noun does;
a bare count that is the object of a verb counts what the count of the same verb in the
sentence just before counted. Every sentence is written for these tests (published
2026-02-01)."""

from __future__ import annotations

import pytest
from quantity_figures import figure as _figure

pytestmark = pytest.mark.model


def test_counted_a_vague_count_names_what_the_next_casualty_count_counts() -> None:
    text = "Dozens of hikers were hurt in the storm. At least 40 were taken to hospital."
    assert _figure(text, "At least 40").about == "hikers"


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        (
            "The bakery sold 3 million loaves last year. This year it hopes to sell 4 million.",
            "4 million",
            "loaves",
        ),
        ("The farm sold 300 sacks of oats. It sold 200 the year before.", "200", "sacks"),
    ],
)
def test_counted_a_bare_object_of_the_same_verb_as_the_count_before(
    text: str, written: str, about: str
) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # controls: another verb, or a count two sentences back, names nothing here
        ("The farm hired 500 pickers in May. It fired 20 in June.", "20"),
        ("The farm sold 300 sacks in May. Rain fell all week. It sold 200 in June.", "200"),
    ],
)
def test_counted_a_bare_object_of_another_verb_names_nothing(text: str, written: str) -> None:
    assert _figure(text, written).about is None
