"""The main event's who when the parser hangs it oddly (session 40, fivew40): a list whose
second actor has a description before the name, a name after a dateline read as the
dateline's apposition, and the phrase that completes a prepositional complement ("went on
offense against X")."""

from __future__ import annotations

import pytest

from newsclaims import analyze
from newsclaims.model import MainEvent

pytestmark = pytest.mark.model


def _main(text: str, title: str | None = None) -> MainEvent | None:
    return analyze(text, published="2026-04-18", title=title).main_event


def _text(main: MainEvent | None, w: str) -> str | None:
    part = None if main is None else getattr(main, w)
    return None if part is None else part.text


def test_headline_list_keeps_the_second_name_after_its_description() -> None:
    main = _main(
        "Former Harbour Master Ana Costa and Harbourton Gazette Fisheries editor Dr. Leo Brandt "
        "both denounced the ferry board in their Harbour Radio appearances Thursday morning. "
        "Costa and Brandt were both critical of the cuts.",
        title="Costa and Brandt Slam Ferry Board",
    )
    who = _text(main, "who")
    assert who is not None and who.endswith("Leo Brandt") and "Costa" in who


def test_headline_list_stops_at_a_relative_clause() -> None:
    # the second name inside the first one's relative clause is no second actor
    main = _main(
        "Ana Costa, who beat Leo Brandt in the spring, denounced the ferry board on Thursday "
        "morning. The board did not reply.",
        title="Costa and Brandt Slam Ferry Board",
    )
    assert _text(main, "who") in ("Ana Costa", "Costa", None)


def test_name_after_a_dateline_read_as_its_apposition_is_the_who() -> None:
    main = _main(
        "PORT ELLEN, Maine — Gov. Ana Costa on Thursday blamed the press for the quarrel "
        "over the ferry timetable, saying reporters had twisted what Leo Brandt said about "
        "the harbour fees. The board did not reply."
    )
    assert _text(main, "who") in ("Ana Costa", "Gov. Ana Costa")
    assert _text(main, "what").startswith("blamed the press")


def test_what_keeps_the_phrase_that_completes_a_prepositional_complement() -> None:
    # "went on offense" names no event without whom against
    main = _main(
        "Mayor Ana Costa went on offense against her rival Leo Brandt on Monday, saying he "
        "would sink the port. Brandt did not reply."
    )
    assert _text(main, "what") == "went on offense against her rival"


@pytest.mark.parametrize(
    "text",
    [
        # the second name owns another noun: the wife acted, not the mayor
        "Ana Costa and former mayor Leo Brandt's wife, Nora Holm, denounced the ferry board on "
        "Thursday. The board did not reply.",
        "Ana Costa and Leo Brandt's daughter Mia denounced the ferry board on Thursday. The "
        "board did not reply.",
        # the "and" joins the first name's descriptions, not two actors
        "Ana Costa, a ferry captain and longtime Leo Brandt rival, denounced the ferry board on "
        "Thursday. Brandt said the same on Friday.",
        "Ana Costa, a Democrat and Leo Brandt ally, denounced the ferry board on Thursday. "
        "Brandt joined her on Friday.",
        "Ana Costa and fellow captain Tom Ross, a Leo Brandt supporter, denounced the ferry "
        "board on Thursday. The board did not reply.",
    ],
)
def test_headline_list_takes_no_name_that_modifies_another_noun(text: str) -> None:
    main = _main(text, title="Costa and Brandt Slam Ferry Board")
    who = _text(main, "who")
    assert who is None or "Leo Brandt" not in who


def test_headline_list_takes_the_second_actor_named_after_its_description() -> None:
    # the wife is the Brandt who acted
    main = _main(
        "Ana Costa and former mayor Leo Brandt's wife, Mia Brandt, denounced the ferry board on "
        "Thursday. The board did not reply.",
        title="Costa and Brandt Slam Ferry Board",
    )
    who = _text(main, "who")
    assert who in ("Costa", "Ana Costa") or (who is not None and who.endswith("Mia Brandt"))


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("Mayor Ana Costa fought for the harbour with everything she had. The board did not "
         "reply.", "fought for the harbour"),
        ("Mayor Ana Costa sat in the car with her lawyer during the hearing. The board did not "
         "reply.", "sat in the car"),
        ("Mayor Ana Costa worked at the plant as a welder for ten years. The board did not "
         "reply.", "worked at the plant"),
    ],
)  # fmt: skip
def test_what_after_a_prepositional_complement_leaves_out_manner_and_company(
    text: str, what: str
) -> None:
    # "with" and "as" after a prepositional phrase tell how or in what role, not what
    assert _text(_main(text), "what") == what
