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


def test_a_pronoun_s_actor_is_never_a_name_inside_a_preposition() -> None:
    # "they" looks back for its actor; a body named as a preposition's object (the root of a
    # several-word name) is not the one speaking
    main = _analysis(
        "Ana and Leo Brandt, the farm owners whose visit to the Harbor Valley Farmers Union "
        "drew a crowd, say they felt obliged to speak out because the town has changed. The "
        "mayor did not reply.",
        title="Brandts: town has changed",
    ).main_event
    assert _text(main.who) != "Harbor Valley Farmers Union"


def test_a_pronoun_s_actor_may_still_be_the_body_that_is_the_subject() -> None:
    # control: the body named as a subject before "they" stays their actor
    main = _analysis(
        "The Harbor Valley Farmers Union met on Monday, and members said they voted to strike "
        "at dawn. The mayor did not reply.",
        title="Farmers vote to strike",
    ).main_event
    assert _text(main.who) in ("Harbor Valley Farmers Union", "members")


def test_a_subject_the_parser_hung_on_an_opening_clause_is_the_verb_s_subject() -> None:
    # "Now that it's game on with X, Y will try ...": the parser made "Y" an apposition of
    # "X", leaving the main verb without a subject; the opening clause is not the event
    main = _analysis(
        "Now that it's game on with Mary Ellison, Peter Dorn will try another pivot. The "
        "Harbor nominee will seek to move past weeks of turmoil by holding rallies. The "
        "carefully planned speech came as some allies withdrew their support.",
        title="Dorn tries new 'chapter' in campaign",
    ).main_event
    assert _text(main.who) == "Peter Dorn"
    assert _text(main.what) in ("will try another pivot", "tries new 'chapter' in campaign")


def test_an_apposition_after_a_comma_inside_a_phrase_stays_an_apposition() -> None:
    # control: a name set off by commas as an apposition of a subject is not moved
    main = _analysis(
        "The council's new chair, Peter Dorn, will try another approach on Monday. The "
        "Harbor nominee will seek to move past weeks of turmoil.",
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
