"""Session 44: the main event's actor and place where the parse misleads (invented texts)."""

from __future__ import annotations

import pytest

from newsclaims import analyze
from newsclaims.model import Analysis, EventPart

pytestmark = pytest.mark.model


def _analysis(text: str, title: str | None = None) -> Analysis:
    analysis = analyze(text, published="2026-04-18", title=title)
    assert analysis.main_event is not None
    return analysis


def _text(part: EventPart | None) -> str | None:
    return None if part is None else part.text


def test_a_subject_the_parser_hung_on_an_opening_clause_is_the_verb_s_subject() -> None:
    # "Now that it is a contest with X, Y will try ...": the parser made "Y" an apposition of
    # "X", leaving the main verb without a subject; the opening clause is not the event
    main = _analysis(
        "Now that it is a contest with Mary Ellison, Peter Dorn will try a new pivot. The "
        "Harbor nominee plans to leave weeks of turmoil behind with rallies. His short talk "
        "followed as some allies withdrew their support.",
        title="Dorn tries a fresh start in mayoral race",
    ).main_event
    assert _text(main.who) == "Peter Dorn"
    assert _text(main.what) in ("will try a new pivot", "tries a fresh start")


def test_an_apposition_after_a_comma_inside_a_phrase_stays_an_apposition() -> None:
    # control: a name set off by commas as an apposition of a subject is not moved
    main = _analysis(
        "The council's new chair, Peter Dorn, will try another approach on Monday. The "
        "Harbor nominee plans to leave weeks of turmoil behind.",
        title="Council chair tries new approach",
    ).main_event
    assert _text(main.what) == "will try another approach"


@pytest.mark.parametrize(
    ("text", "where"),
    [
        (
            "LA BRENNE, Wisc. — Gov. Ana Costa on Thursday blamed the ferry board for the "
            "delays. She said the board had ignored three warnings.",
            "LA BRENNE",
        ),
        (
            "BRISTOL (AP) - Gov. Ana Costa on Thursday blamed the ferry board for delays.",
            "BRISTOL",
        ),
        (
            "COLUMBIA, S.C. - Sen. Ana Costa on Thursday opened a call centre on a quiet "
            "street. Volunteers said they would work through the night.",
            "COLUMBIA",
        ),
    ],
)
def test_where_of_a_dateline_is_its_city(text: str, where: str) -> None:
    # a dateline names the city first, then the state: the city is where, not the state's
    # abbreviation or a word the entity finder cut from the city's name
    main = _analysis(text, title="Costa acts on ferries").main_event
    assert _text(main.where) is not None
    assert _text(main.where).startswith(where)


@pytest.mark.parametrize(
    ("text", "where"),
    [
        # controls: a one-word dateline, a dateline with an agency, a city the entity finder
        # reads whole, and a text with no dateline keep their place
        (
            "CLEVELAND -- Gov. Ana Costa on Thursday blamed the ferry board for the delays.",
            "CLEVELAND",
        ),
        (
            "WASHINGTON (AP) - Gov. Ana Costa on Thursday blamed the ferry board for delays.",
            "WASHINGTON",
        ),
        (
            "JACKSON, Miss. - Judge Ana Costa late Thursday blocked a bill that would let "
            "clerks refuse licences. The state said it would appeal.",
            "JACKSON, Miss.",
        ),
        (
            "ANA COSTA - The governor on Thursday blamed the ferry board in Dover for delays.",
            "Dover",
        ),
    ],
)
def test_where_of_other_openings_is_unchanged(text: str, where: str) -> None:
    main = _analysis(text, title="Costa blames board").main_event
    assert _text(main.where) == where


def test_where_is_no_body_named_deeper_in_an_at_phrase() -> None:
    # "at a forum run by X": the body that runs it is not the place
    main = _analysis(
        "Ana Costa spoke early at a ferry forum run by Harbor Radio on Wednesday, "
        "predicting a close race.",
        title="Costa faces the voters",
    ).main_event
    assert _text(main.where) != "Harbor Radio"


def test_where_is_still_a_venue_that_is_the_object_of_at() -> None:
    # control: a body that is the venue itself stays the place
    main = _analysis(
        "Ana Costa spoke at the Harbor Arts Centre on Wednesday, predicting a close race.",
        title="Costa faces the voters",
    ).main_event
    assert _text(main.where) == "Harbor Arts Centre"
