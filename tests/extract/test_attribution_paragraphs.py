"""A direct quotation carried on over paragraphs, and a whole quotation a cue introduces with
"X told Outlet:" after page furniture run into the sentence, on sentences written for these
tests (issue 16)."""

from __future__ import annotations

import pytest

from newsclaims import analyze

pytestmark = pytest.mark.model


def _quoted(text: str) -> list[tuple[str | None, str]]:
    """(source, stored words) of each attributed claim of a text."""
    return [
        (c.source.text if c.source else None, text[c.start : c.end])
        for c in analyze(text).claims
        if c.kind.value != "narration"
    ]


#: A pull quote with its credit (the name) run into the sentence that names the speaker.
_PULL_QUOTE = (
    "The ferry stopped in June. It's not related to the strike Lena Varko Lena Varko from "
    'Harbor Works told Harbourwatch.co.uk: "Fuel prices drove this and nothing else. The '
    'strike played no part. "Every route was reviewed with care. The review began last '
    'winter." Bay Lines has answered the rising fuel bills.'
)


def test_a_name_run_into_a_pull_quote_is_the_speaker_of_what_it_told() -> None:
    claims = _quoted(_PULL_QUOTE)
    assert len(claims) == 1
    source, words = claims[0]
    assert source is not None and "Lena Varko" in source
    assert words.startswith('"Fuel prices drove this')
    assert words.endswith('began last winter."')


def test_a_name_run_after_a_preposition_is_the_speaker_of_what_it_told() -> None:
    """The parse took the name for the object of the pull quote's preposition."""
    text = _PULL_QUOTE.replace("the strike Lena", "Westmoor Lena")
    claims = _quoted(text)
    assert len(claims) == 1
    assert "Lena Varko" in (claims[0][0] or "")
    assert claims[0][1].endswith('began last winter."')


@pytest.mark.parametrize(
    "run",
    [
        # review of para47: two different names run together (the pull quote may end on
        # one): the first is no better a speaker than the second, so neither is guessed
        "Tom Bell Lena Varko",
        "Tom Bell Lena Varko Lena Varko",
    ],
)
def test_a_run_of_two_different_names_into_a_pull_quote_names_no_speaker(run: str) -> None:
    text = _PULL_QUOTE.replace("Lena Varko Lena Varko", run)
    assert all(source is None or "Tom Bell" not in source for source, _ in _quoted(text))


def test_a_pull_quote_without_a_name_before_the_cue_gets_no_speaker() -> None:
    """Negative control: no name stands before the cue, so no speaker is guessed."""
    text = (
        "The ferry stopped in June. It's not related to the strike from the harbour told "
        'everyone: "Fuel prices drove this." Bay Lines has answered the rising fuel bills.'
    )
    assert all(source is None or "strike" not in source for source, _ in _quoted(text))


@pytest.mark.parametrize(
    "text",
    [
        # paragraphs of one speaker's quotation, the first ones left open (news style)
        '"We will rebuild the pier before summer," Lena Varko said. "The town needs it.\n\n'
        '"Nobody here wants to wait another year.\n\n"We have the money now."\n\nThe council '
        "meets next week.",
        # "X told Outlet:" with the quotation in the next paragraphs
        'Lena Varko told the Harbor Gazette:\n\n"We will rebuild the pier before summer.\n\n'
        '"Nobody here wants to wait another year."\n\nThe council meets next week.',
    ],
)
def test_a_quotation_over_paragraphs_is_stored_whole(text: str) -> None:
    claims = _quoted(text)
    assert [s for s, _ in claims] == ["Lena Varko"]
    assert "Nobody here wants to wait another year." in claims[0][1]


def test_another_speakers_quotation_after_a_break_is_not_carried_on() -> None:
    """Negative control: the next paragraph's quotation has a cue of its own."""
    text = (
        '"We will rebuild the pier before summer," Lena Varko said.\n\n"It will never '
        'happen," Omar Quist said.\n\nThe council meets next week.'
    )
    claims = _quoted(text)
    assert [s for s, _ in claims] == ["Lena Varko", "Omar Quist"]
    assert "never" not in claims[0][1]


def test_a_quoted_heading_after_a_break_is_not_carried_on() -> None:
    """Negative control: a subheading in quotation marks ends the speaker's words."""
    text = (
        '"We will rebuild the pier before summer," Lena Varko said.\n\n"The long wait"\n\n'
        "The council meets next week."
    )
    claims = _quoted(text)
    assert [s for s, _ in claims] == ["Lena Varko"]
    assert "long wait" not in claims[0][1]


def _sources(text: str) -> list[tuple[str | None, str | None]]:
    """(source words, source entity's name) of each attributed claim of a text."""
    analysis = analyze(text)
    names = {e.key: e.name for e in analysis.entities}
    return [
        (c.source.text if c.source else None, names.get(c.source_entity or ""))
        for c in analysis.claims
        if c.kind.value != "narration"
    ]


@pytest.mark.parametrize(
    "run",
    [
        # review of para47: the pull quote's last words (a company, a place) are read with
        # the doubled credit as one name; the speaker is the credit's name alone
        "the strike at Bay Lines Lena Varko Lena Varko",
        "the strike in Westmoor Lena Varko Lena Varko",
        "Westmoor Lena Varko Lena Varko",
    ],
)
def test_words_before_a_doubled_credit_are_not_part_of_the_speaker(run: str) -> None:
    text = _PULL_QUOTE.replace("the strike Lena Varko Lena Varko", run)
    assert _sources(text) == [("Lena Varko", "Lena Varko")]


def test_a_doubled_credit_alone_is_the_speaker_named_once() -> None:
    assert _sources(_PULL_QUOTE) == [("Lena Varko", "Lena Varko")]


@pytest.mark.parametrize(
    "text",
    [
        # negative controls: no doubled name, so the source's words and name are kept whole
        'The ferry stopped in June. Harbor Works chief Lena Varko told Harbourwatch.co.uk: "Fuel '
        'prices drove this." Bay Lines has answered the rising fuel bills.',
        "The ferry stopped in June. Bay Lines Holdings said fuel prices drove this. The "
        "council met in July.",
    ],
)
def test_a_source_without_a_doubled_name_keeps_its_words(text: str) -> None:
    (source, name), *_ = _sources(text)
    assert source is not None and name is not None
    assert source.endswith(("Harbor Works chief Lena Varko", "Bay Lines Holdings"))
    assert name in ("Lena Varko", "Bay Lines Holdings")


@pytest.mark.parametrize(
    ("text", "source", "name"),
    [
        # review of rest48: a doubled run that is no person's name is kept as read (the
        # place "New York" is not the one speaking), and a title before a doubled name is
        # the person's, no pull quote's: the source keeps it
        (
            "The Delvin Hotel New York New York said that it would close in May.",
            "The Delvin Hotel New York New York",
            "Delvin Hotel New York New York",
        ),
        (
            "Mayor Tom Bell Tom Bell said that the pier would close.",
            "Mayor Tom Bell Tom Bell",
            "Tom Bell",
        ),
    ],
)
def test_a_doubled_run_that_is_no_pull_quote_credit_keeps_its_words(
    text: str, source: str, name: str
) -> None:
    assert _sources(text) == [(source, name)]


@pytest.mark.parametrize("preposition", ["with", "by", "against"])
def test_one_name_after_a_preposition_before_a_pull_quote_cue_is_no_speaker(
    preposition: str,
) -> None:
    """Review of para47: "the strike with Tom Bell" is the sentence's own phrase; a name
    written once after its preposition cannot be told from the credit."""
    text = _PULL_QUOTE.replace("Lena Varko Lena Varko", f"{preposition} Tom Bell")
    assert all(source is None or "Tom Bell" not in source for source, _ in _sources(text))


def test_one_name_run_into_a_pull_quote_without_a_preposition_is_the_speaker() -> None:
    """Negative control: a lone credit after the pull quote's last noun is still read."""
    text = _PULL_QUOTE.replace("Lena Varko Lena Varko", "Tom Bell")
    assert _sources(text) == [("Tom Bell", "Tom Bell")]
