"""Session 48: the main event's what keeps the words that complete its predicate (invented
texts): a "to" phrase the parser reads as the recipient after the object, and the clause an
infinitive takes as its object, and the clause that says what a noun is."""

from __future__ import annotations

import pytest

from newsclaims import analyze
from newsclaims.model import EventPart

pytestmark = pytest.mark.model


def _what(text: str, title: str | None = None) -> str | None:
    main = analyze(text, published="2026-04-18", title=title).main_event
    assert main is not None
    part: EventPart | None = main.what
    return None if part is None else part.text


def test_a_headline_s_recipient_after_the_object_is_part_of_the_what() -> None:
    # "Gives X To Y": the parser hangs "To" on the verb as the recipient (dative), and the
    # phrase stopped at the object
    what = _what(
        "Mayor Tilda Vasko closed her harbour festival speech on Friday with a warm word for "
        "the lifeboat crews. The crowd cheered for several minutes.",
        title="Tilda Vasko Gives Warm Tribute To Crew Of Rescued Trawler",
    )
    assert what == "Gives Warm Tribute To Crew Of Rescued Trawler"


def test_a_body_recipient_after_the_object_is_part_of_the_what() -> None:
    what = _what(
        "The Orlin Trust on Tuesday handed a grant of new equipment to the village school. "
        "Teachers said the pupils were delighted.",
    )
    assert what is not None and what.endswith("to the village school")


def test_a_place_after_the_object_stays_the_where() -> None:
    # control: "to" naming where someone went is no recipient of the object
    what = _what(
        "Gov. Pell Ardan took her campaign bus to Vellport on Tuesday. Crowds lined the "
        "waterfront.",
    )
    assert what == "took her campaign bus"


def test_an_infinitive_keeps_the_clause_it_takes_as_object() -> None:
    # "has yet to settle how ...": the infinitive's object is the clause; a bare "to
    # settle" names no event
    what = _what(
        "Senator Oren Maddow has yet to settle how his office would repay the missing "
        "grants. His aides declined to comment on Monday.",
        title="Questions mount for Senator Maddow",
    )
    assert what == "has yet to settle how his office would repay the missing grants"


def test_an_infinitive_with_its_own_object_is_unchanged() -> None:
    # control: an infinitive with a noun object keeps only that object
    what = _what(
        "Senator Oren Maddow has agreed to repay the missing grants, his office said on "
        "Monday, after weeks of questions.",
        title="Maddow agrees to repay grants",
    )
    assert what in ("has agreed to repay the missing grants", "agrees to repay grants")


_COSTA_LATER = " She said the board had been told everything."


@pytest.mark.parametrize(
    ("text", "title", "what"),
    [
        (
            "Mayor Ana Costa spoke on Sunday about the harbour fees and the vote.",
            "Ana Costa Rejects Claims She Misled The Harbour Board",
            "Rejects Claims She Misled The Harbour Board",
        ),
        (
            "Mayor Ana Costa on Sunday rejected accusations that she misled the harbour board "
            "about the fees.",
            None,
            "rejected accusations that she misled the harbour board about the fees",
        ),
    ],
)
def test_a_clause_that_says_what_the_object_noun_is_stays_in_the_what(
    text: str, title: str | None, what: str
) -> None:
    # "Claims She Misled ...": the parser reads the noun's content clause as a relative
    # clause; without it "Rejects Claims" names no event
    assert _what(text + _COSTA_LATER, title) == what


@pytest.mark.parametrize(
    ("text", "what"),
    [
        (
            "Mayor Ana Costa on Sunday repeated the promise she made to the harbour board.",
            "repeated the promise",
        ),
        (
            "Mayor Ana Costa on Sunday rejected the report that the board published last week.",
            "rejected the report",
        ),
    ],
)
def test_a_relative_clause_with_a_gap_stays_out_of_the_what(text: str, what: str) -> None:
    # control: "the promise she made", "the report that the board published" say which one
    assert _what(text + _COSTA_LATER) == what
