"""What a measurement counts when it sits on "one" set after a noun as its apposition ("his
ninth straight slider, this one at 88 mph": that slider; issue 17, an empty ``about`` the
judges marked). The noun must be the apposition's head; a "one" that hangs off the verb, a
person named before it, or no "one" at all leave the figure as it was. Every sentence is
invented for these tests (published 2026-02-01)."""

from __future__ import annotations

import pytest
from quantity_figures import figure

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        (
            "With the count full, Ortiz came with his ninth straight slider, this one at 88 mph.",
            "88 mph",
            "ninth straight slider",
        ),
        ("Ortiz threw three sliders, the last one at 91 mph.", "91 mph", "sliders"),
    ],
)
def test_counted_one_apposed_to_a_noun_names_that_noun(text: str, written: str, about: str) -> None:
    assert figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # "this one" hangs off the verb, not off a noun: nothing says what is measured
        ("The storm hit the coast, this one at 120 mph.", "120 mph"),
        # "one" set after a person: a person is not what a speed measures
        ("The Owls faced Ortiz, the one at 98 mph all night.", "98 mph"),
    ],
)
def test_counted_one_not_apposed_stays_empty(text: str, written: str) -> None:
    assert figure(text, written).about is None


def test_counted_without_one_keeps_its_noun() -> None:
    # no "one": the figure keeps what it measured before
    assert figure("Ortiz threw a slider at 88 mph.", "88 mph").about == "slider"
