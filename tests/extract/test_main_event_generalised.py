"""The main event's who and what on leads unlike the realnews half A (session 34, fivew11):
datelines with other dashes, a possessive name in a subject, a day as subject, a headline
that quotes its speaker after a colon, an object with the infinitive it names."""

from __future__ import annotations

import pytest

from newsclaims import analyze
from newsclaims.model import MainEvent

pytestmark = pytest.mark.model


def _main(text: str, title: str | None = None) -> MainEvent:
    analysis = analyze(text, published="2026-04-18", title=title)
    assert analysis.main_event is not None
    return analysis.main_event


def _who(main: MainEvent) -> str | None:
    return None if main.who is None else main.who.text


def _what(main: MainEvent) -> str | None:
    return None if main.what is None else main.what.text


@pytest.mark.parametrize("dash", ["―", "—", "--"])
def test_a_dateline_with_any_dash_is_no_actor(dash: str) -> None:
    main = _main(
        f"LISBON {dash} The Harbour Authority announced plans on Tuesday to widen the old "
        "canal. The work will start in May."
    )
    assert _who(main) == "Harbour Authority"
    assert _what(main) == "announced plans on Tuesday to widen the old canal"


def test_a_dateline_hung_on_the_subject_is_no_actor() -> None:
    main = _main(
        "DENVER — Sen. Maria Lopez (D-Ore.) defended her proposal for a bigger river toll "
        "on Monday, and the harbour board agreed to study it."
    )
    assert _who(main) == "Maria Lopez"
    assert _what(main) is not None and _what(main).startswith("defended her proposal")  # type: ignore[union-attr]


def test_a_name_that_owns_the_subject_makes_no_sentence_about_that_actor() -> None:
    main = _main(
        "Senator Maria Lopez on Tuesday defended her plan to raise the minimum wage. "
        "Critics doubted the numbers. Lopez's stridency on the minimum wage was praised by "
        "Governor Paul Hendricks, who had raised the wage himself.",
        title="Lopez: 'No Apology' For A $15 Minimum Wage",
    )
    assert _who(main) == "Maria Lopez"
    assert _what(main) == "defended her plan to raise the minimum wage"


def test_a_day_as_subject_is_no_actor() -> None:
    main = _main(
        "Wednesday added one more surprise to the race: Senator Ted Vance named a dancer as "
        "his running mate.",
        title="Vance names running mate",
    )
    assert _who(main) == "Ted Vance"


def test_a_headline_that_quotes_a_named_speaker_is_no_headline_event() -> None:
    main = _main(
        "Mayor Paul Hendricks criticised the harbour board on Monday for its decision to close "
        "the ferry. Hendricks said the board had ignored the islanders.",
        title="Hendricks: Board Ignored The Islanders",
    )
    assert _who(main) == "Paul Hendricks"
    assert main.what is not None and not main.what.in_title
    assert _what(main) == "criticised the harbour board"


@pytest.mark.parametrize(
    "title", ["Harper and Lopez sweep Ohio", "Harper and Lopez face the voters in Ohio"]
)
def test_a_headline_with_two_named_subjects_names_both(title: str) -> None:
    main = _main(
        "John Harper and Maria Lopez won crucial primaries in Ohio on Tuesday. Harper spoke first.",
        title=title,
    )
    assert _who(main) == "John Harper and Maria Lopez"


def test_a_clause_of_the_headline_deck_after_a_semicolon_is_not_the_headline_event() -> None:
    # a print headline with a deck: "Main line; \nDeck line". The deck sums up a side of the
    # story; with no clause in the main line, the lead tells the event, not the deck
    text = (
        "Riverside Rovers won the Northern Cup on Saturday, beating Harbour Kings 2-1 in "
        "Dunmore. Fans filled the streets until late."
    )
    main = _main(text, "No easy road to the Northern Cup; \nCoach Mara Lind praises young squad.")
    assert main.what is not None and not main.what.in_title
    assert _what(main) is not None and _what(main).startswith("won the Northern Cup")
    assert _who(main) == "Riverside Rovers"
