"""Durations name what lasts, a measure comes only from what happened to what is counted, and
labels are not figures: on sentences written for these tests (published 2026-02-01)."""

from __future__ import annotations

import pytest
from quantity_figures import figure as _figure
from quantity_figures import figures as _figures

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        # the noun the duration modifies
        ("The final resumed after a 25-minute hail delay.", "25-minute", "hail delay"),
        ("The judge handed him a four-year sentence on Monday.", "four-year", "sentence"),
        # the noun it is "of"
        ("The village finally ended a drought of 43 years.", "43 years", "drought"),
        # the subject of a verb of lasting, or of "be"
        ("The old queen's reign lasted 52 years.", "52 years", "reign"),
        ("The blackout was nine hours long.", "nine hours", "blackout"),
    ],
)  # fmt: skip
def test_measures_a_duration_names_what_lasts(text: str, written: str, about: str) -> None:
    figure = _figure(text, written)
    assert figure.measure == "duration"
    assert figure.about == about


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # the subject of another verb does not last: nothing is named
        ("The supporters waited 38 years for a trophy.", "38 years"),
        ("The mill had stood empty for nine years.", "nine years"),
        ("The club won its first cup in 61 years on Saturday.", "61 years"),
        ("When the final set began 12 minutes later, the hosts were tired.", "12 minutes"),
        # a plan is not what lasted
        ("The hearing was supposed to last 20 minutes but ran all day.", "20 minutes"),
        ("The strike is expected to last three weeks.", "three weeks"),
    ],
)  # fmt: skip
def test_measures_a_duration_without_what_lasts_names_nothing(text: str, written: str) -> None:
    figure = _figure(text, written)
    assert figure.measure == "duration"
    assert figure.about is None


@pytest.mark.parametrize(
    ("text", "written", "measure"),
    [
        # the verb whose subject or object the counted noun is
        ("Nine miners died in the flood.", "Nine", "killed"),
        ("Guards arrested 14 of the smugglers.", "14", "arrested"),
        ("About 120 cottages were damaged by the gale.", "About 120", "damage"),
        # the verb that puts the figure somewhere, a measure noun it is "of"
        ("The death toll rose to eleven overnight.", "eleven", "killed"),
        ("Officers reported a death toll of eleven.", "eleven", "killed"),
        # through the bound word the figure begins with
        ("The auditor said the mayor received more than 90,000 euros.",
         "more than 90,000 euros", "receive"),
        ("Nearly 300 volunteers were deployed to the coast.", "Nearly 300", "deployed"),
    ],
)  # fmt: skip
def test_measures_come_from_what_happened_to_the_counted(
    text: str, written: str, measure: str
) -> None:
    assert _figure(text, written).measure == measure


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # "there were": nothing happened to them
        ("There were only 31 lanterns in the hall.", "31"),
        # the figure is inside another noun's phrase: the verb is that noun's
        ("Kovac, 12 points clear of Marsh, will clinch the league on Sunday.", "12 points"),
        ("The skater glided into a 30-metre-long tunnel of ice.", "30-metre"),
    ],
)  # fmt: skip
def test_measures_none_rather_than_another_nouns_verb(text: str, written: str) -> None:
    assert _figure(text, written).measure is None


def test_measures_a_measurement_inside_another_noun_is_not_the_subjects() -> None:
    figure = _figure("The skater glided into a 30-metre-long tunnel of ice.", "30-metre")
    assert figure.about != "skater"


@pytest.mark.parametrize(
    "text",
    [
        # a position, not a half of something
        "The visitors scored in the bottom half of the sixth.",
        "The top half of the table won again.",
        # a rank
        "The No. 4 seed beat the No. 9 seed.",
        "She wore #8 for the club.",
        # a number joined to a noun that is not a unit, naming a kind
        "He threw a two-seam sinker for the out.",
        "It was a routine four-run win for the visitors.",
    ],
)
def test_measures_labels_are_notfigures(text: str) -> None:
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The bakery sold half of its loaves by noon.", 0.5),  # a half of something counted
        ("The storm delayed the ferry by a 40-minute wait.", 40),  # a unit: a measurement
        ("Number of arrests: the police held 30 people.", 30),  # "Number" not before it
    ],
)
def test_measures_counts_near_labels_are_kept(text: str, value: float) -> None:
    assert value in [f.value for f in _figures(text)]
