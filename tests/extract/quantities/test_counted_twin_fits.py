"""Fit checks on the figures that take their unit or thing from another figure of the article
(review rev48b of twin47, fig47 and dur47): a bare count a name "has" takes the unit of the
count before only when that count is its own name's total and no other name stands nearer; a
bare length that a verb spends ("lived there for 50 years") is that verb's, never a same-length
twin's; a lone "one" after a plural noun ("two mills, one at ...") is one of them, not the
lot. Controls keep what the merged rules gave. Every sentence is invented for these tests
(published 2026-02-01)."""

from __future__ import annotations

import pytest
from quantity_figures import figure as _figure
from quantity_figures import figures as _figures

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "written", "about", "unit"),
    [
        # the count before is not its holder's total: "experience" is no name's points
        ("Brannock has 20 years of experience. Sellig has 25.", "25", None, None),
        # a second name between the "is on" and the count: not the first name's
        ("Brannock has 140 points. Sellig is on 128 and Otway on 120.", "120", None, None),
        # controls: the name's own total before, in the same and in the sentence before
        ("Brannock has 140 points. Sellig is on 128 and Otway on 120.", "128", "Sellig", "point"),
        ("Brannock has 30 seats on the board. Sellig has 45.", "45", "Sellig", "seat"),
    ],
)
def test_counted_a_bare_total_takes_only_a_fitting_named_count(
    text: str, written: str, about: str | None, unit: str | None
) -> None:
    found = _figure(text, written)
    assert (found.about, found.unit) == (about, unit)


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        # a length the verb spends ("for"): what that verb did, not the twin's thing
        (
            "The Pellam fund's shares have fallen for 30 days in a row. "
            "The buyout offer is open for 30 days.",
            "30 days in a row",
            None,
        ),
        (
            "Pellam had its wettest spring in 50 years. Orrin has farmed in Quarrow for 50 years.",
            "50 years.",  # the last one: the farming
            None,
        ),
        # controls: the bare length of "it is", and after "after", still take the twin's thing
        (
            "Pellam had its wettest spring in 50 years. It's 50 years, Ms Orrin said.",
            "50 years, Ms",
            "time since spring was as wet",
        ),
        (
            "The Pellam Rovers broke a 64-year curse. After 64 years, grown men wept, Orrin said.",
            "64 years, grown",
            "curse",
        ),
    ],
)
def test_counted_a_verbs_own_length_takes_no_twin(
    text: str, written: str, about: str | None
) -> None:
    at = text.rindex(written)  # ``written`` marks the figure by the words after it
    (bare,) = [q for q in _figures(text) if q.start == at]
    assert bare.about == about


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        # a lone "one" after a plural: one of them (the other comes next), not all of them
        (
            "The Harrow group bought two mills, one at 40 million dollars.",
            "40 million dollars",
            None,
        ),
        # controls: "this one" after a singular, "the last one" of a plural
        ("Tobin hurled his fourth cutter, this one at 93 mph.", "93 mph", "fourth cutter"),
        ("Tobin hurled five cutters, the last one at 94 mph.", "94 mph", "cutters"),
    ],
)
def test_counted_a_lone_one_after_a_plural_names_none_of_them(
    text: str, written: str, about: str | None
) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        # points given to a pronoun are not the giver's: no name is better than the wrong one
        ("The judges gave her 9.5 points for the routine.", "9.5 points", None),
        ("The panel awarded him 18 points.", "18 points", None),
        # controls: given to a name, and points with no one given them
        ("The judges gave Tobin 9.5 points for the routine.", "9.5 points", "Tobin"),
        ("Tobin scored 31 points on Sunday.", "31 points", "Tobin"),
    ],
)
def test_counted_points_given_to_a_pronoun_are_not_the_givers(
    text: str, written: str, about: str | None
) -> None:
    assert _figure(text, written).about == about
