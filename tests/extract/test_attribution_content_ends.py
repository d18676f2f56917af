"""Where a claim's content ends (issue 16, cap50), on sentences written for these tests: a
content that opens a quotation inside it ends after that quotation's closing mark, and an
embedded post's sentence ends before the link and tags that close the post."""

from __future__ import annotations

import pytest

from newsclaims import analyze

pytestmark = pytest.mark.model


def _contents(text: str) -> list[tuple[str | None, str, str]]:
    """(source words, stored content words, claim text) of each attributed claim."""
    return [
        (text[c.source.start : c.source.end] if c.source else None, text[c.start : c.end], c.text)
        for c in analyze(text).claims
        if c.kind.value != "narration"
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Mayor Lin Park described the harbor plan as 'unworkable'. The council met on Monday.",
            "the harbor plan as 'unworkable'",
        ),
        (
            "Lin Park said her uncle is 'still a fan of the club.' The club thanked her.",
            "her uncle is 'still a fan of the club.'",
        ),
        (
            "Tom Bell described the new ferry timetable as \u2018a muddle\u2019. It starts in May.",
            "the new ferry timetable as \u2018a muddle\u2019",
        ),
        (
            'Tom Bell described the new ferry timetable as "a muddle". It starts in May.',
            'the new ferry timetable as "a muddle"',
        ),
    ],
)
def test_a_quotation_opened_in_the_content_keeps_its_closing_mark(text: str, content: str) -> None:
    found = [(w, t) for _, w, t in _contents(text)]
    assert (content, content) in found


def test_a_possessive_after_the_content_stays_out() -> None:
    """Control: 'the coach of the Rovers' is no quotation the content opened."""
    text = "Lin Park praised the coach of the Delvin Rovers' for the win. The club thanked her."
    for _, words, _ in _contents(text):
        assert not words.endswith("'")


def test_a_closed_quotation_inside_the_content_is_left_as_it_is() -> None:
    """Control: 'the vote was 'a disgrace'' already holds its closing mark."""
    text = "Lin Park said the vote was 'a disgrace'. The council met on Monday."
    assert ("the vote was 'a disgrace'") in [w for _, w, _ in _contents(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Fans cheered all night in Delvin. This is a great sight pic.twitter.com/abc123 -- "
            "Tom Bell (@tbell) November 3, 2016 The parade starts on Friday.",
            "This is a great sight",
        ),
        (
            "Fans cheered all night in Delvin. We will never forget this night "
            "https://t.co/Xy12ab -- Lin Park (@linpark) November 3, 2016 The parade "
            "starts on Friday.",
            "We will never forget this night",
        ),
        (
            "Fans cheered all night in Delvin. We will never forget this night #Delvin #Rovers "
            "pic.twitter.com/abc123 -- Lin Park (@linpark) November 3, 2016 The parade starts "
            "on Friday.",
            "We will never forget this night",
        ),
    ],
)
def test_a_signed_post_ends_before_its_closing_link_and_tags(text: str, content: str) -> None:
    found = [(s, w) for s, w, _ in _contents(text)]
    assert any(w == content for _, w in found), found


def test_a_signed_post_keeps_a_tag_inside_its_sentence() -> None:
    """Control: a #tag the sentence speaks in is the post's words, only the closing run goes."""
    text = (
        "Fans cheered all night in Delvin. This is the best night for #Delvin in years "
        "pic.twitter.com/abc123 -- Tom Bell (@tbell) November 3, 2016 The parade starts on Friday."
    )
    found = [w for _, w, _ in _contents(text)]
    assert "This is the best night for #Delvin in years" in found, found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Lin Park called the Rovers' defence 'poor'. 'We will fix it,' Tom Bell said.",
            "the Rovers' defence 'poor'",
        ),
        (
            "Tom Bell described the dockers' new contract as 'a step back'. The port stayed shut.",
            "the dockers' new contract as 'a step back'",
        ),
    ],
)
def test_a_plural_possessive_does_not_cancel_the_quotation_it_precedes(
    text: str, content: str
) -> None:
    """The marks are paired left to right (issue 16, fixr50): the mark of "the Rovers'"
    opens and closes nothing, so the quotation after it keeps its closing mark."""
    found = [w for _, w, _ in _contents(text)]
    assert content in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Tom Bell said the '90s were 'better'. Lin Park agreed.",
        "Tom Bell said the plan was 'not workable'. Lin Park agreed.",
        "Tom Bell praised rock 'n' roll as 'timeless'. Lin Park agreed.",
        'Tom Bell said the plan was "better". Lin Park agreed.',
        "Tom Bell said the plan was 'better' on Friday. Lin Park agreed.",
        "The ferry was 'late again'. Lin Park said.",
    ],
)
def test_a_quoted_word_in_the_sentence_before_is_not_the_next_speakers_quote(text: str) -> None:
    """A quotation inside a sentence, a stop after its mark, is that sentence's words: the
    bare cue of the next sentence ("Lin Park agreed.") does not take it as a direct quote."""
    found = _contents(text)
    assert not any(s == "Lin Park" for s, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("'The plan is dead,' Lin Park said.", "'The plan is dead,'"),
        ("'The plan is dead'. Lin Park said.", "'The plan is dead'"),
        ('"We will win!" Lin Park said.', '"We will win!"'),
    ],
)
def test_a_quotation_that_is_its_own_sentence_still_goes_to_the_bare_cue_after_it(
    text: str, content: str
) -> None:
    """Control: a quotation that opens its sentence is handed on to "Lin Park said"."""
    assert ("Lin Park", content) in [(s, w) for s, w, _ in _contents(text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Fans cheered all night in Delvin. I will never vote for #TomBell -- Ana Ruiz "
            "(@anaruiz) November 3, 2016 The parade starts on Friday.",
            "I will never vote for #TomBell",
        ),
        (
            "Fans cheered all night in Delvin. Congratulations to @linpark -- Ana Ruiz "
            "(@anaruiz) November 3, 2016 The parade starts on Friday.",
            "Congratulations to @linpark",
        ),
        (
            "Fans cheered all night in Delvin. I will never vote for #TomBell #Delvin "
            "pic.twitter.com/abc123 -- Ana Ruiz (@anaruiz) November 3, 2016 The parade starts "
            "on Friday.",
            "I will never vote for #TomBell",
        ),
    ],
)
def test_a_tag_after_a_preposition_is_the_posts_words(text: str, content: str) -> None:
    """A #tag or @handle right after a preposition is its object (issue 16, fixr50); the tags
    and links after it still close the post."""
    assert content in [w for _, w, _ in _contents(text)]


def test_a_tag_after_a_complete_sentence_is_still_the_tail() -> None:
    """Control: after "this night" the lone #tag closes the post."""
    text = (
        "Fans cheered all night in Delvin. We will never forget this night #Delvin -- Ana Ruiz "
        "(@anaruiz) November 3, 2016 The parade starts on Friday."
    )
    assert "We will never forget this night" in [w for _, w, _ in _contents(text)]
