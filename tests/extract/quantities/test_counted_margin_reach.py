"""Whose points a margin is when the parse puts a word between "by" and the figure or the
contest's verb is not one of ``margin_verbs.tsv`` (issue 17, age45): "led by an average of 17
points" is the lead of the one who led, "finished ahead of Lund by 8 points" the lead of the
one who finished ahead, "crushed Lund by 20 points" a winning margin. Every sentence is
written for these tests; the shapes come from PolNeAR train."""

from __future__ import annotations

import pytest
from quantity_figures import figure as _figure

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("Okafor led by an average of 17 points in Tarnow.", "17 points", "lead of Okafor"),
        (
            "Okafor won the vote in Velmora by an average of 9 points.",
            "9 points",
            "winning margin of Okafor",
        ),
        ("Okafor finished ahead of Lund by 8 points.", "8 points", "lead of Okafor"),
        ("Okafor finished behind Lund by 8 points.", "8 points", "deficit of Okafor"),
        (
            "Okafor crushed Lund by more than 20 points.",
            "more than 20 points",
            "winning margin of Okafor",
        ),
        (
            "The Velmora side routed Tarnow by 40 points.",
            "40 points",
            "winning margin of Velmora side",
        ),
    ],
)
def test_counted_margin_through_a_word_or_an_adverb_is_the_subject_s(
    text: str, written: str, about: str
) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # negative controls: a change "by an average of" is no margin; a passive's "by" is its
        # agent; a poll that leads is no contender; "ahead" of a time is no race
        ("Prices in Velmora rose by an average of 3 percent.", "3 percent"),
        ("Lund was crushed by 20 points of debt.", "20 points"),
        ("The poll finished ahead of schedule by 8 points.", "8 points"),
    ],
)
def test_counted_margin_reach_leaves_other_figures_alone(text: str, written: str) -> None:
    about = _figure(text, written).about or ""
    assert not about.startswith(("lead of", "winning margin", "deficit of"))
