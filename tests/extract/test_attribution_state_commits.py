"""A state commits by a participle (issue 16, review of fixp49): a place's name acting as its
state ("Norway hit back, vowing to ...") and the noun of a governing body ("The government
issued a decree, promising ...") declare what they vow or promise, while a place as a place
and a thing promise nothing; on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsclaims import analyze

pytestmark = pytest.mark.model


def _claims(text: str) -> list[tuple[str | None, str | None, str]]:
    """(source words, cue words, content) of each attributed claim."""
    return [
        (c.source.text if c.source else None, c.cue.text if c.cue else None, c.text)
        for c in analyze(text).claims
        if c.kind.value != "narration"
    ]


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        (
            "Norway hit back on Monday, vowing to retaliate against the new tariffs.",
            "Norway",
            "vowing",
            "to retaliate against the new tariffs",
        ),
        (
            "Canada expelled two diplomats on Friday, vowing to defend its borders.",
            "Canada",
            "vowing",
            "to defend its borders",
        ),
        (
            "Norway issued a statement, vowing to punish the attackers.",
            "Norway",
            "vowing",
            "to punish the attackers",
        ),
        (
            "The government issued a decree on Monday, promising to raise wages for nurses.",
            "The government",
            "promising",
            "to raise wages for nurses",
        ),
        (
            "The government hit back on Monday, vowing to retaliate.",
            "The government",
            "vowing",
            "to retaliate",
        ),
    ],
)
def test_state_a_state_or_its_government_commits_by_a_participle(
    text: str, source: str, cue: str, content: str
) -> None:
    assert (source, cue, content) in _claims(text)


@pytest.mark.parametrize(
    "text",
    [
        # a place that does no act of its state, a passive one, or a place as an object
        "Norway grew quickly last year, promising to double exports.",
        "Norway was hit by a storm on Monday, promising to rebuild.",
        "The storm hit Norway on Monday, promising to bring more snow.",
        "Norway saw record rain in May, promising to flood the valleys.",
        # fixp49's controls: things and groups of things
        "A group of storms moved inland, promising to bring heavy rain.",
        "The Tarvik Bridge reopened, promising to cut commutes.",
    ],
)
def test_state_controls_a_place_as_a_place_commits_to_nothing(text: str) -> None:
    assert _claims(text) == []


def test_state_control_a_participle_of_saying_after_a_passive_keeps_its_agent() -> None:
    # rev49f's control: the passive subject is a thing, so the agent said it
    found = _claims("The plan was rejected by the government, saying it cost too much.")
    assert found == [("the government", "saying", "it cost too much")]


@pytest.mark.parametrize(
    "text",
    [
        # review rev50b: a city's name is as often its team, so a city (even a capital) that
        # "hits back" vows nothing as a state; only a country's name does
        "Paris hit back at Lyon in the derby, vowing to win the league.",
        "Madrid struck back in the second half against Sevilla, vowing to defend the title.",
        "Boston fired back at Denver in game three, vowing to win the series.",
        "Rome hit back against Milan on Sunday, vowing to stay top of the table.",
    ],
)
def test_state_controls_a_city_named_for_its_team_commits_to_nothing(text: str) -> None:
    assert [c for c in _claims(text) if c[1] is not None] == []
