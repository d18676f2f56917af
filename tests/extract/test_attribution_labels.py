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


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a question or exclamation inside the sentence before (a sign's words, a headline) is
        # not handed on to the next sentence's cue
        (
            'A sign on the gate read "Who pays for the pier?" Dan Oyelaran asked the council '
            "on Monday.",
            "Dan Oyelaran",
        ),
        (
            'The Brackwater Gazette ran the headline "Is the pier safe?" Ana Ruiz told the '
            "editor the next day.",
            "Ana Ruiz",
        ),
        (
            'Dock workers put up placards with the words "Stop the tax now!" Tom Reyes told '
            "reporters on Monday.",
            "Tom Reyes",
        ),
    ],
)
def test_attribution_a_question_inside_the_sentence_before_is_not_handed_on(
    text: str, speaker: str
) -> None:
    assert not [
        c
        for c in analyze(text).claims
        if c.source is not None and c.source.text == speaker and '"' in c.text
    ]


@pytest.mark.parametrize(
    "text",
    [
        # controls: a question that opens its sentence or line is handed on
        'The meeting was tense. "Who pays for the pier?" Dan Oyelaran asked the council.',
        '"Who pays for the pier?" Dan Oyelaran asked the council on Monday.',
    ],
)
def test_attribution_a_question_opening_its_sentence_is_handed_on(text: str) -> None:
    assert [
        c.text
        for c in analyze(text).claims
        if c.source is not None and c.source.text == "Dan Oyelaran"
    ] == ['"Who pays for the pier?"']


def _narration(text: str) -> list[str]:
    return [c.text for c in analyze(text).claims if c.kind.value == "narration"]


@pytest.mark.parametrize(
    "text",
    [
        # a label the text names no person or body by, before words in the first person:
        # someone's words, not the outlet's own statement (no claim, and no narration)
        "Oyelaran: We will rebuild the harbour wall before the winter.\n"
        "The storm damaged forty homes in Kessington on Sunday night.",
        "Kessington Police: Our officers arrested two men near the harbour on Sunday.\n"
        "The storm damaged forty homes in Kessington on Sunday night.",
        "Oyelaran-Mbeki: I will not resign over the cost of the pier.\n"
        "The storm damaged forty homes in Kessington on Sunday night.",
    ],
)
def test_attribution_an_unnamed_label_before_the_first_person_is_no_narration(
    text: str,
) -> None:
    found = _narration(text)
    assert any("forty homes" in t for t in found)  # the real narration stays
    assert not any(":" in t for t in found)


def test_attribution_a_kicker_before_a_statement_stays_narration() -> None:
    # control: a kicker before the outlet's own words in the third person
    text = (
        "Kessington: Storm damages forty homes along the harbour front.\n"
        "The mayor visited the harbour on Monday morning."
    )
    assert any(t.startswith("Kessington: Storm") for t in _narration(text))


@pytest.mark.parametrize(
    "text",
    [
        # a headline in title case that ends in a name: the words before the name are a verb
        # and its subject, no title of the name, and the name did not say the words after it
        "Council Snubs Dan Oyelaran: Harbour plan rejected by ten votes in Kessington.\n"
        "Dan Oyelaran had asked the council to fund the new pier.",
        "Kessington Fires Dan Oyelaran: The coach leaves the club after six years.\n"
        "Dan Oyelaran joined the club in 2019.",
    ],
)
def test_attribution_labels_a_headline_ending_in_a_name_is_no_speaker(text: str) -> None:
    assert _label_claims(text) == []


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # controls: title words before the name keep the claim
        (
            "Mayor Dan Oyelaran: We will rebuild the harbour wall before the winter.\n"
            "The storm damaged forty homes in Kessington on Sunday night.",
            "Mayor Dan Oyelaran",
        ),
        (
            "Coach Dan Oyelaran: The club will not sell its best players this winter.\n"
            "Oyelaran joined the club in Kessington in 2019.",
            "Coach Dan Oyelaran",
        ),
    ],
)
def test_attribution_labels_a_title_before_the_name_keeps_the_claim(text: str, source: str) -> None:
    assert [s for s, _ in _label_claims(text)] == [source]
