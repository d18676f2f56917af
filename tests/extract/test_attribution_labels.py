"""Speaker labels at the start of a line ("Name: words"): a person or body that speaks, not a
headline's kicker ("Analysis: ...", "Exclusive: ..."). Invented sentences only."""

from __future__ import annotations

import pytest

from newsclaims import analyze

pytestmark = pytest.mark.model


def _label_claims(text: str) -> list[tuple[str, str]]:
    """(source, content) of the claims whose cue is a line label's colon."""
    return [
        (c.source.text, c.text)
        for c in analyze(text).claims
        if c.cue is not None and c.cue.text == ":" and c.source is not None
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Analysis: The mayor of Harbor City faces a hard winter.\n"
        "Ana Ruiz has led the town council since 2019 and wants a third term.",
        "Exclusive: Harbor Dock plans a new tax on boats moored in the bay.\n"
        "The plan was drawn up last week by officials in Dunmore.",
        "Winter Of Discontent: Dunmore Council Votes To Close Three Libraries.\n"
        "The vote followed a long debate in the town hall on Monday.",
    ],
)
def test_attribution_labels_a_kicker_is_no_speaker(text: str) -> None:
    assert _label_claims(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Ruiz: We will win the vote in Harbor City.\n"
            "Mayor Ana Ruiz told voters in Dunmore on Tuesday that the pier would be rebuilt.",
            "Ruiz",
        ),
        (
            "Tom Reyes: The club will not sell its best players this winter.\n"
            "Reyes, who has coached Harbor City since 2018, spoke after training on Friday.",
            "Tom Reyes",
        ),
    ],
)
def test_attribution_labels_a_named_speaker_keeps_the_claim(text: str, source: str) -> None:
    assert [s for s, _ in _label_claims(text)] == [source]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            '"Will the council cut the budget before the vote?" Ana Ruiz asked reporters in '
            "Dunmore.",
            '"Will the council cut the budget before the vote?"',
        ),
        (
            '"Stop the boats now!" Tom Reyes told the crowd at the harbour on Monday.',
            '"Stop the boats now!"',
        ),
        # controls: the comma hands the quotation on, as before
        (
            '"We will cut the budget before the vote," Ana Ruiz told reporters in Dunmore.',
            '"We will cut the budget before the vote,"',
        ),
        (
            '"Will the council cut the budget?" Ana Ruiz asked.',
            '"Will the council cut the budget?"',
        ),
    ],
)
def test_attribution_a_question_before_asked_someone_is_the_content(
    text: str, content: str
) -> None:
    assert [c.text for c in analyze(text).claims if c.source is not None] == [content]


def test_attribution_a_question_ends_its_paragraph_for_the_next_clause() -> None:
    text = (
        'Critics asked one thing: "Did the council hide its losses from the voters?"\n\n'
        "Ana Ruiz was charged with fraud by the harbour board in May."
    )
    paragraph = text.index("\n")
    assert not [
        c
        for c in analyze(text).claims
        if c.text.startswith('"Did') and c.source is not None and c.source.start > paragraph
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a question word put before the cue belongs to the question asked
        (
            "Why, Ana Ruiz asked reporters, should the town pay for the pier?",
            "Why, Ana Ruiz asked reporters, should the town pay for the pier",
        ),
        (
            "How, Tom Reyes asked, can the board justify the cost of the pier?",
            "How, Tom Reyes asked, can the board justify the cost of the pier",
        ),
        # control: a statement split by its cue keeps its shape
        ("The pier, Ana Ruiz said, will open in May.", "The pier, Ana Ruiz said, will open in May"),
    ],
)
def test_attribution_a_question_word_before_the_cue_stays_in_the_content(
    text: str, content: str
) -> None:
    assert [c.text for c in analyze(text).claims if c.source is not None] == [content]
