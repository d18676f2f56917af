"""What a duration counts when it is a countdown to an event ("voters will pick a mayor in 50
days": the time until it), a term a person leads something for ("has led the city for four
years": time as its leader), or a time without a thing ("has had no mayor for 40 days");
issue 17, durations the judges found empty. Abstains where the sentence names no event, no
object led, or the length is a task's or a distance. Every sentence is invented for these
tests (published 2026-02-01)."""

from __future__ import annotations

import pytest
from quantity_figures import figure

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        (
            "In 50 days, voters in Brellow will pick a new mayor.",
            "50 days",
            "time until voters pick new mayor",
        ),
        (
            "Oskar Marlow will be sworn in in 50 days.",
            "50 days",
            "time until Oskar Marlow sworn in",
        ),
        ("The harbour vote is in 50 days.", "50 days", "time until harbour vote"),
        ("The harbour vote is 50 days away.", "50 days", "time until harbour vote"),
        ("With 50 days to go until the levy vote, Varga leads.", "50 days", "time until levy vote"),
        # the present tense of a scheduled event
        (
            "Oskar Marlow takes office in 50 days.",
            "50 days",
            "time until Oskar Marlow takes office",
        ),
    ],
)
def test_counted_a_countdown_is_the_time_until_its_event(
    text: str, written: str, about: str
) -> None:
    assert figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # past: how long the task took, not a countdown
        ("The crew rebuilt the pier in 50 days.", "50 days"),
        # perfect: done, not to come
        ("The crew has rebuilt the pier in 50 days.", "50 days"),
        # negated: nothing is counted down to
        ("The pier will not reopen in 50 days.", "50 days"),
        # a place some hours away is a distance in time, no event
        ("The farm is three hours away.", "three hours"),
        # a pronoun subject of "be": what is 50 days away the sentence does not say
        ("It is 50 days away.", "50 days"),
    ],
)
def test_counted_no_countdown_stays_empty(text: str, written: str) -> None:
    assert figure(text, written).about is None


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("Oskar Marlow has led the city for four years.", "four years", "time as leader of city"),
        (
            "Ilse Varga headed the port agency for six years.",
            "six years",
            "time as head of port agency",
        ),
        ("Ilse Varga chaired the board for nine years.", "nine years", "time as chair of board"),
    ],
)
def test_counted_a_term_leading_something_is_the_time_as_its_leader(
    text: str, written: str, about: str
) -> None:
    assert figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # no object: led what (a game, a race, a city) is not said
        ("The Kestrels led for 80 minutes.", "80 minutes"),
        # passive: the one led is the subject, its leader the agent
        ("The city was led by Marlow for four years.", "four years"),
    ],
)
def test_counted_a_lead_without_its_object_stays_empty(text: str, written: str) -> None:
    assert figure(text, written).about is None


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("Brellow has had no mayor for 40 days.", "40 days", "time without mayor"),
        ("The valley has not had rain in 40 days.", "40 days", "time without rain"),
    ],
)
def test_counted_a_length_with_no_thing_had_is_the_time_without_it(
    text: str, written: str, about: str
) -> None:
    assert figure(text, written).about == about


def test_counted_a_length_with_a_thing_had_is_no_time_without_it() -> None:
    # "had a mayor for 40 days": nothing is lacking
    assert figure("Brellow has had a mayor for 40 days.", "40 days").about != "time without mayor"


def test_counted_a_lead_in_a_game_is_no_term() -> None:
    # minutes: a lead held in a game, not a term in a role
    assert figure("The Kestrels led the game for 80 minutes.", "80 minutes").about is None


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("Varga has been banned from driving for two years.", "two years", "ban"),
        ("The court barred Varga from racing for three years.", "three years", "ban"),
        ("Varga has been missing for four days.", "four days", "time missing"),
        (
            "Varga has represented the district for 12 years.",
            "12 years",
            "time as representative of district",
        ),
    ],
)
def test_counted_a_ban_a_state_or_a_seat_is_what_lasts(text: str, written: str, about: str) -> None:
    assert figure(text, written).about == about


def test_counted_a_margin_a_verb_misses_by_is_no_state() -> None:
    # "missed the bus by two minutes": a margin, not a time missing
    assert figure("Varga missed the bus by two minutes.", "two minutes").about is None


def test_counted_the_span_of_a_change_is_no_countdown() -> None:
    # another number on the verb: the length is how long the change takes
    found = figure("Sales will grow 5 percent in two years.", "two years")
    assert found.about is None or not found.about.startswith("time until")
