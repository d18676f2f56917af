"""Whose season points, age or "the two" are when the parse hides it (issue 17, figures the
judges found empty or wrong): points "with" the object of a verb ("leads the standings with
212 points": the subject's), a lead "of" points ("has a lead of 17 points": the holder's
lead), an age phrase whose following adverb the parse made the subject ("The 29-year-old now
leads": not "now"), and "the two" after a verb of two named parties ("Marlow met Okafor ...
The two ..."). Negative controls: a giver named with the points, a pronoun subject, a place
or a common noun as the other party. Every sentence is invented (published 2026-02-01)."""

from __future__ import annotations

import pytest
from quantity_figures import figure

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("Ilse Varga leads the standings with 212 points.", "212 points", "Ilse Varga"),
        ("Varga now has a lead of 17 points.", "17 points", "lead of Varga"),
        ("Varga has a deficit of 17 points to Okafor.", "17 points", "deficit of Varga"),
    ],
)
def test_counted_points_name_their_holder(text: str, written: str, about: str) -> None:
    assert figure(text, written).about == about


def test_counted_points_with_a_pronoun_subject_stay_empty() -> None:
    # "it": whose points the sentence does not say
    assert figure("It leads the table with 212 points.", "212 points").about is None


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("Dan Hobbs won the race on Sunday. The 29-year-old now leads the standings.", "Dan Hobbs"),
        ("The 29-year-old now leads the standings.", None),
    ],
)
def test_counted_an_age_phrase_is_never_its_adverb(text: str, about: str | None) -> None:
    assert figure(text, "29-year").about == about


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("Marlow met Okafor in Brellow. The two have not spoken since.", "Marlow and Okafor"),
        (
            "Oskar Marlow praised Ilse Varga on Monday, and the two later shook hands.",
            "Oskar Marlow and Ilse Varga",
        ),
    ],
)
def test_counted_the_two_after_a_verb_of_two_names(text: str, about: str) -> None:
    assert figure(text, "two").about == about


@pytest.mark.parametrize(
    "text",
    [
        # a place is no party: "the two" is not Marlow and Brellow
        "Marlow visited Brellow on Monday. The two have a long history.",
        # a common noun as the other party: which two is not said by names
        "Marlow met the mayor on Monday. The two have not spoken since.",
        # no verb of two parties
        "Marlow spoke in Brellow. The two have not spoken since.",
    ],
)
def test_counted_the_two_without_two_named_parties_stays_empty(text: str) -> None:
    assert figure(text, "two").about is None


@pytest.mark.parametrize(
    ("text", "about"),
    [
        (
            "Marlow and Okafor have not spoken since March. The two men fell out over the pier.",
            "Marlow and Okafor",
        ),
        ("Marlow met Okafor in Brellow. The two leaders agreed on a plan.", "Marlow and Okafor"),
        ("Marlow and Okafor are level. The two Kestrel drivers are tied.", "Marlow and Okafor"),
        # no names before: the noun is what the figure counts
        ("The two men fell out over the pier.", "men"),
        # a common noun in the group: which two men is not said by names
        ("Marlow and his wife left. The two men stayed.", "men"),
    ],
)
def test_counted_the_two_people_are_the_names_joined_before(text: str, about: str) -> None:
    assert figure(text, "two").about == about


def test_counted_the_two_after_a_group_of_many_stays_empty() -> None:
    # "Democrats" is a group of many, not one party of two
    text = "Democrats criticised Marlow on Monday. The two have not spoken since."
    assert figure(text, "two").about is None


@pytest.mark.parametrize(
    "text",
    [
        # review rev48c: a noun its own words after it pick out ("from Tarrow", "who attacked
        # them") is a new pair, not the names before
        "Marlow met Okafor in Brellow. The two men from Tarrow who attacked them fled.",
        "Marlow and Okafor left the bar at midnight. The two men who followed them were caught.",
        "Marlow met Okafor in Brellow. The two men with knives ran off.",
    ],
)
def test_counted_the_two_people_picked_out_after_the_noun_are_no_pair_before(text: str) -> None:
    assert figure(text, "two").about == "men"


@pytest.mark.parametrize(
    "text",
    [
        # review rev48c: "the two" picked out by the words after it is another two
        "Marlow met Okafor in Brellow. The two from Tarrow fled.",
        "Marlow and Okafor left the bar at midnight. The two who followed them were caught.",
    ],
)
def test_counted_the_two_picked_out_after_it_are_no_pair_before(text: str) -> None:
    assert figure(text, "two").about not in ("Marlow and Okafor",)
