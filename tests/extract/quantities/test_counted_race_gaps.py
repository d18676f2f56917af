"""What sports figures count where the about was empty (issue 17, fig47): a time gap behind a
rival named by a common noun ("12 seconds behind the winner": deficit of the subject), a
length a verb spends "without" a thing ("had gone 108 years without a title": time without
title), and "half" in one word with "time" ("at half-time") is no figure. Controls must stay
as they are. Every sentence is invented for these tests (published 2026-02-01)."""

from __future__ import annotations

import pytest
from quantity_figures import figure as _figure
from quantity_figures import figures as _figures

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        (
            "Okafor crossed the line 12 seconds behind the winner.",
            "12 seconds",
            "deficit of Okafor",
        ),
        ("Varga finished 3.1 seconds behind the leader.", "3.1 seconds", "deficit of Varga"),
        ("Varga finished 3.1 seconds ahead of his teammate.", "3.1 seconds", "lead of Varga"),
        ("The Owls had gone 108 years without a title.", "108 years", "time without title"),
        ("The club went 40 years without a trophy.", "40 years", "time without trophy"),
        ("Residents have been without power for three days.", "three days", "time without power"),
        # controls: no rival, a time that is no rival, a verb that is not spent without
        ("Okafor crossed the line 12 seconds behind schedule.", "12 seconds", None),
        ("Varga finished 3.1 seconds behind the car.", "3.1 seconds", None),
        ("She walked for three hours without a break.", "three hours", "walk"),
        ("Okafor crossed the line 12 seconds behind Varga.", "12 seconds", "deficit of Okafor"),
    ],
)
def test_counted_race_gaps_and_times_without(text: str, written: str, about: str | None) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The Kestrels held a 12-point lead at half-time.", ["12-point"]),
        ("The Kestrels led 40-38 at half time.", []),
        ("The game resumed after the half-term break.", []),
        # controls: a half of something counted stays a figure
        ("Half the voters in Kelso stayed home.", ["Half"]),
        ("The Owls scored half their points in the second half.", ["half their points"]),
    ],
)
def test_counted_half_in_one_word_is_no_figure(text: str, written: list[str]) -> None:
    assert [q.text for q in _figures(text)] == written


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("The win gave Varga 25 points.", "25 points", "Varga"),
        ("The victory earned Okafor 18 points.", "18 points", "Okafor"),
        # controls: points no one is given keep their holder
        ("Okafor scored 31 points on Sunday.", "31 points", "Okafor"),
        ("The Kestrels beat the Owls by 8 points.", "8 points", "winning margin of Kestrels"),
    ],
)
def test_counted_points_given_are_the_receivers(text: str, written: str, about: str) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        (
            "The Owls won their first title in 108 years. It's 108 years, generations, Varga said.",
            "108 years, generations",
            "time since last title",
        ),
        # controls: a short length, two things of one length, no other figure of the length
        (
            "The delay lasted two hours. Now, two hours means a lot, Varga said.",
            "two hours means",
            None,
        ),
        (
            "It's 30 years, he said. The drought lasted 30 years and the feud lasted 30 years.",
            "30 years, he",
            None,
        ),
        ("It's 108 years, generations, Varga said.", "108 years, generations", None),
    ],
)
def test_counted_a_bare_length_takes_its_twins_thing(
    text: str, written: str, about: str | None
) -> None:
    # ``written`` marks the bare figure by the words after it
    at = text.index(written)
    (bare,) = [q for q in _figures(text) if q.start == at]
    assert bare.about == about


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        # a twin whose about is the activity of its verb ("will debate ... for 108 years",
        # "discussed ... for 40 years", "waited"), or a noun of talking ("the talks lasted"),
        # is no thing the bare length is of: abstain (issue 17, twin47)
        (
            "It's 108 years, generations, Varga said. Fans will debate the final for 108 years.",
            "108 years, generations",
            None,
        ),
        (
            "It's 40 years, Okafor said. The council discussed the bridge for 40 years.",
            "40 years, Okafor",
            None,
        ),
        ("It's 30 days, Okafor said. The talks lasted 30 days.", "30 days, Okafor", None),
        ("It's 40 years, Okafor said. The debate lasted 40 years.", "40 years, Okafor", None),
        (
            "Fans waited 108 years for this. It's 108 years, generations, Varga said.",
            "108 years, generations",
            None,
        ),
        # controls: a twin that names what lasted (a drought, a curse, a wait, a term)
        (
            "It's 108 years, generations, Varga said. The Owls ended a 108-year drought.",
            "108 years, generations",
            "drought",
        ),
        (
            "The Owls broke a 108-year curse. After 108 years, generations cried, Varga said.",
            "108 years, generations",
            "curse",
        ),
        (
            "The Owls ended a 108-year wait. It's 108 years, generations, Varga said.",
            "108 years, generations",
            "wait",
        ),
        ("Okafor served a 25-year term. It's 25 years, Varga said.", "25 years, Varga", "term"),
        # the twin of the activity keeps its own about
        (
            "It's 108 years, generations, Varga said. Fans will debate the final for 108 years.",
            "108 years.",
            "debate",
        ),
    ],
)
def test_counted_a_bare_length_skips_an_activity_twin(
    text: str, written: str, about: str | None
) -> None:
    at = text.index(written)
    (bare,) = [q for q in _figures(text) if q.start == at]
    assert bare.about == about


@pytest.mark.parametrize(
    ("text", "written", "about", "unit"),
    [
        # a bare count a name "is on" or "has" in the sentence after a name's count of a unit
        # is that name's total in the unit (issue 17, twin47)
        ("Okafor has 140 points. Varga is on 128.", "128", "Varga", "point"),
        ("Okafor has 140 points. Varga has 128.", "128", "Varga", "point"),
        # controls: no name, a value far from the other, a fraction, no count before, a unit
        ("Okafor has 140 points. The team is on 12.", "12", None, None),
        ("Okafor has 140 points. Varga is on 12.", "12", None, None),
        ("Okafor has 140 points. Varga is on 128.5.", "128.5", None, None),
        ("Okafor won on Sunday. Varga is on 128.", "128", None, None),
        ("Okafor has 140 points. Varga is on 12 percent.", "12 percent", "Varga", "percent"),
    ],
)
def test_counted_a_bare_total_after_a_named_count(
    text: str, written: str, about: str | None, unit: str | None
) -> None:
    found = _figure(text, written)
    assert (found.about, found.unit) == (about, unit)
