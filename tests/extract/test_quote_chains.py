"""Quotations that run over several sentences or paragraphs (issue 16): what a speaker says
after the sentence of its cue stays that speaker's, never the outlet's narration. Invented
sentences only."""

from __future__ import annotations

import pytest

from newsclaims import analyze
from newsclaims.model import Claim

pytestmark = pytest.mark.model


def _claims(text: str) -> list[Claim]:
    return list(analyze(text).claims)


def _said(claims: list[Claim], source: str) -> Claim:
    [claim] = [c for c in claims if c.source is not None and c.source.text == source]
    return claim


@pytest.mark.parametrize(
    "text",
    [
        # a paragraph wholly a quotation after a paragraph ending "..., X said."
        "The ferry stopped on Monday. The engines failed twice, Captain Lena Ortiz said.\n\n"
        '"We had no spare parts. Nobody from the council came to help."\n\n'
        "The council did not respond.",
        # British marks, the paragraph breaks lost (as crawled text often has them)
        "The ferry stopped on Monday. The engines failed twice, Captain Lena Ortiz told the "
        "Harbor Times. 'We had no spare parts. Nobody from the council came to help.' The "
        "council did not respond.",
        # the cue's adverbials after it still end its sentence
        "The ferry stopped on Monday. The engines had failed twice, said Captain Lena Ortiz "
        'on Tuesday. "We had no spare parts. Nobody from the council came to help." The '
        "council did not respond.",
    ],
)
def test_a_quotation_after_a_fronted_report_carries_the_speakers_words_on(text: str) -> None:
    claims = _claims(text)
    claim = _said(claims, "Captain Lena Ortiz")
    assert len(claim.parts) == 2
    assert claim.parts[0].text.startswith("The engines")
    assert claim.parts[1].text[1:].startswith("We had no spare parts")
    assert "council came to help" in claim.parts[1].text
    narration = [c.text for c in claims if c.kind.value == "narration"]
    assert not any("spare parts" in t or "council came" in t for t in narration)
    assert any("did not respond" in t for t in narration)


@pytest.mark.parametrize(
    "text",
    [
        # the quotation has a cue of its own: another speaker's words
        'The engines failed twice, Captain Lena Ortiz said. "We had no spare parts," the '
        "mechanic Tom Reed said.",
        # a quotation that opens a sentence of narration is a name, not words carried on
        'The engines failed twice, Captain Lena Ortiz said. "Harbor Pride" is the name of '
        "the ferry.",
        # the cue's sentence goes on after the cue: the quotation is not handed on from it
        "The engines failed twice, Captain Lena Ortiz said as the crew left the port at noon. "
        '"We had no spare parts."',
    ],
)
def test_a_quotation_after_a_fronted_report_stays_apart_unless_it_carries_the_words_on(
    text: str,
) -> None:
    claim = _said(_claims(text), "Captain Lena Ortiz")
    assert "spare parts" not in claim.text
    assert "Harbor Pride" not in claim.text


@pytest.mark.parametrize(
    "text",
    [
        'The ferry stopped on Monday. Captain Lena Ortiz told the Harbor Times: "The engines '
        "failed twice in one week. (Photo: Dana Whitfield, AP) Nobody from the council came to "
        'help us with the repairs. We will sail again in the spring." The council did not '
        "respond.",
        'The ferry stopped on Monday. "The engines failed twice in one week. (Photo: Dana '
        "Whitfield, AP) Nobody from the council came to help us with the repairs. We will sail "
        'again in the spring," Captain Lena Ortiz said. The council did not respond.',
    ],
)
def test_a_quotation_a_caption_cuts_in_two_is_the_speakers_on_both_sides(text: str) -> None:
    claims = _claims(text)
    claim = _said(claims, "Captain Lena Ortiz")
    assert [p.text[:14] for p in claim.parts] == ['"The engines f', "Nobody from th"]
    assert not any("Photo" in p.text for p in claim.parts)
    narration = [c.text for c in claims if c.kind.value == "narration"]
    assert not any("Nobody from the council" in t for t in narration)


@pytest.mark.parametrize(
    "text",
    [
        "The ferry stopped on Monday. 'We will sail again in the spring when the engines are "
        "fixed. The council has not answered our letters.",
        "The ferry stopped on Monday, Captain Lena Ortiz said. 'We will sail again in the "
        "spring when the engines are fixed. The council has not answered our letters.",
    ],
)
def test_a_sentence_opening_a_quotation_whose_mark_is_never_closed_is_no_ones(text: str) -> None:
    """The marks do not show where the quotation ends nor prove whose it is: the sentence it
    opens is no one's (not the outlet's narration, no speaker's claim either)."""
    claims = _claims(text)
    assert not any("sail again" in c.text for c in claims)


def test_a_sentence_opening_with_a_title_in_marks_stays_the_outlets() -> None:
    text = "'Sunset Harbor' star Ana Ruiz bought the old ferry last week. The ferry is green."
    narration = [c.text for c in _claims(text) if c.kind.value == "narration"]
    assert any("bought the old ferry" in t for t in narration)
