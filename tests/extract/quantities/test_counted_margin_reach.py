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


@pytest.mark.parametrize(
    ("text", "written", "wrong"),
    [
        # session 47 review of age45 (high): "ahead of" a day or a feast is a time, not a rival,
        # and a change's "by" is no lead
        ("Sales at Brandt rose ahead of Christmas by 8 percent.", "8 percent", "lead of"),
        ("Shares in Velmo jumped ahead of Friday by 3 percent.", "3 percent", "lead of"),
        ("Prices climbed ahead of Easter by 12 percent in Dunmore.", "12 percent", "lead of"),
        ("The train arrived ahead of Tuesday by 8 hours.", "8 hours", "lead of"),
        # the verb's object is the one ahead: the subject's lead it is not
        ("Voters put Okafor ahead of Lund by 8 points.", "8 points", "Voters"),
        ("Analysts placed Okafor ahead of Lund by 8 points.", "8 points", "Analysts"),
        # "crushed" profits or margins: no contest won
        ("The tariff crushed Brandt's profits by 20 percent.", "20 percent", "winning margin"),
        ("The new rules crushed margins by 3 percentage points.", "3 percentage points", "winning"),
    ],
)
def test_counted_margin_reach_needs_a_rival_and_a_contest(
    text: str, written: str, wrong: str
) -> None:
    assert wrong not in (_figure(text, written).about or "")


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        # negative controls: a rival named, a contest's points, a race's verb
        ("Okafor pulled ahead of Lund by 8 points.", "8 points", "lead of Okafor"),
        (
            "Okafor fell behind Lund by 8 points in the latest count.",
            "8 points",
            "deficit of Okafor",
        ),
        ("Okafor finished ahead of Lund by 400 votes.", "400 votes", "lead of Okafor"),
        (
            "The Velmora side thrashed the Hawks by 30 points.",
            "30 points",
            "winning margin of Velmora side",
        ),
    ],
)
def test_counted_margin_reach_keeps_a_contest_s_margin(text: str, written: str, about: str) -> None:
    assert _figure(text, written).about == about
