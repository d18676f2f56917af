"""Session 49: a headline that labels its words with a person's name before a colon ("Dorn:
Vasko Owed Me ...") tells the story as that person's words, so the main event's who is
that person when the lead names them (invented texts)."""

from __future__ import annotations

import pytest

from newsclaims import analyze
from newsclaims.model import MainEvent

pytestmark = pytest.mark.model


def _main(text: str, title: str) -> MainEvent:
    main = analyze(text, published="2026-04-18", title=title).main_event
    assert main is not None
    return main


def _who(text: str, title: str) -> str | None:
    who = _main(text, title).who
    return None if who is None else who.text


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            # the event's clause is a condition with another subject ("had Vasko thanked him")
            "Peter Dorn claimed on Friday it would be nice had Tilda Vasko thanked him for the "
            "new bridge over the Orlin. \u201cI built it in two years,\u201d the former mayor "
            "told a rally in Harbourton.",
            "Dorn: Vasko Owed Me Thanks For The Bridge",
        ),
        (
            # the event's clause is the content of the label's person's words
            "Council candidate Peter Dorn argued that his rival Tilda Vasko has gone too far on "
            "harbour taxes in a speech at Harbourton on Friday. Dorn said the port needed lower "
            "fees.",
            "Dorn: Vasko Has Gone Too Far On Harbour Taxes",
        ),
    ],
)
def test_who_is_the_person_a_headline_label_names(text: str, title: str) -> None:
    assert _who(text, title) == "Peter Dorn"


@pytest.mark.parametrize(
    ("text", "title", "who"),
    [
        (
            # the label names no person: a topic before the colon keeps the event's actor
            "The Harbor Hawks beat the Orlin Owls 3-1 on Sunday to win their first cup in "
            "40 years.",
            "Cup final 2019: Harbor Hawks end 40-year wait",
            "Harbor Hawks",
        ),
        (
            # the labelled person is not named in the text: the text's actor stays
            "Tilda Vasko closed the ferry on Monday. Residents protested outside the town hall.",
            "Dorn: Vasko Closure Was A Mistake",
            "Tilda Vasko",
        ),
        (
            # a label with a verb is no speaker's label
            "Tilda Vasko closed the ferry on Monday, and Peter Dorn called it a mistake.",
            "Dorn says: Vasko closed the ferry",
            "Tilda Vasko",
        ),
        (
            # a colon after a deck's ";" is no label of the headline
            "Tilda Vasko closed the ferry on Monday. Peter Dorn called it a mistake.",
            "Ferry closes; Dorn: a mistake",
            "Tilda Vasko",
        ),
    ],
)
def test_who_stays_the_event_s_actor_without_a_person_label(
    text: str, title: str, who: str
) -> None:
    assert _who(text, title) == who
