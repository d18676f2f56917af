"""The main event's who as the phrase a reader names the actor by (session 35, fivew13): the
fullest name the text gives the actor, the speaker behind a reported "we", and the headline's
own words for a subject the text never names that way."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsclaims import analyze
from newsclaims.extract.main_event import _headline_words
from newsclaims.model import Analysis, MainEvent

pytestmark = pytest.mark.model


def _analysis(text: str, title: str | None = None) -> Analysis:
    analysis = analyze(text, published="2026-04-18", title=title)
    assert analysis.main_event is not None
    return analysis


def _who(main: MainEvent | None) -> str | None:
    return None if main is None or main.who is None else main.who.text


def test_who_is_the_fullest_name_the_lead_gives_the_actor() -> None:
    main = _analysis(
        "Mayor Lena Brandt has waited ten years for this day. On Friday, Brandt opened the new "
        "Harbour Bridge in Lisbon, two years after construction began.",
        title="Brandt opens Harbour Bridge",
    ).main_event
    assert _who(main) == "Lena Brandt"


def test_who_of_a_reported_we_is_the_speaker() -> None:
    main = _analysis(
        "Republican candidate Ana Costa argued that if her rival Leo Brandt is mayor \u201cwe "
        "will see shops close on the high street, and we will see our taxes go up\u201d on "
        "Wednesday\u2019s radio show. Costa said the town could not afford it.",
        title="Costa: Brandt Would Close Shops On High Street",
    ).main_event
    assert main is not None and main.what is not None and main.what.text == "will see shops"
    assert _who(main) == "Ana Costa"


def test_who_is_the_headline_subject_when_the_text_never_names_it_so() -> None:
    analysis = _analysis(
        "Heading into Tuesday's vote, councillor Mira Olsen's lead over her rival among "
        "voters in the harbour wards has virtually disappeared, a new poll shows.",
        title="Mira Got Blindsided By Stunning Poll",
    )
    main = analysis.main_event
    assert main is not None and main.what is not None and main.what.in_title
    assert main.who is not None and main.who.in_title
    assert analysis.article.title is not None
    assert analysis.article.title[main.who.start : main.who.end] == main.who.text == "Mira"


def _headline(words: list[str], heads: list[int], deps: list[str], ents: list[str]) -> Doc:
    pos = ["PROPN" if w[:1].isupper() else "NOUN" for w in words]
    pos[deps.index("ROOT")] = "VERB"
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, ents=ents)


@pytest.mark.parametrize(
    ("words", "heads", "deps", "ents", "who"),
    [
        # "Super Tuesday brings parties": a day is no actor
        (
            ["Super", "Tuesday", "brings", "parties"],
            [1, 2, 2, 2],
            ["compound", "nsubj", "ROOT", "dobj"],
            ["B-DATE", "I-DATE", "O", "O"],
            None,
        ),
        # "Harbour mom speechwriter reveals plan": the headline's words
        (
            ["Harbour", "mom", "speechwriter", "reveals", "plan"],
            [2, 2, 3, 3, 3],
            ["compound", "compound", "nsubj", "ROOT", "dobj"],
            ["O", "O", "O", "O", "O"],
            "Harbour mom speechwriter",
        ),
    ],
)
def test_headline_words_are_who_unless_a_day_or_place(
    words: list[str], heads: list[int], deps: list[str], ents: list[str], who: str | None
) -> None:
    headline = _headline(words, heads, deps, ents)
    part = _headline_words(headline[deps.index("ROOT")])
    text = None if part is None else headline.text[part.start : part.end]
    assert text == who
    assert part is None or part.in_title
