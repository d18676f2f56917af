"""A "to" phrase after a cue's object (issue 16, to50), on sentences written for these tests:
the parse hangs it on the cue verb, and the content took the noun alone ("defended her call").
Where the noun is one a "to" phrase completes (``object_complements.tsv``: "call to raise
...", "opposition to ..."), the content runs on through the phrase; a listener ("to
reporters") and a "to" after any other noun stay out."""

from __future__ import annotations

import pytest

from newsclaims import analyze
from newsclaims.extract.attribution import audience_words, object_complements

pytestmark = pytest.mark.model


def _contents(text: str) -> list[tuple[str, str]]:
    """(content words, stance) of each attributed claim."""
    return [
        (text[c.start : c.end], c.stance.value)
        for c in analyze(text).claims
        if c.kind.value != "narration"
    ]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Tom Bell defended her call to cut the harbor fee, saying the port needed ships.",
            "her call to cut the harbor fee",
        ),
        (
            "Tom Bell decried the mayor's repeated calls to close the Delvin port, noting the "
            "jobs at stake.",
            "the mayor's repeated calls to close the Delvin port",
        ),
        (
            "Tom Bell cited his qualifications to be mayor of Delvin.",
            "his qualifications to be mayor of Delvin",
        ),
        ("Lin Park likened the council to a broken clock.", "the council to a broken clock"),
        ("Lin Park likened the ferry plan to a sinking ship.", "the ferry plan to a sinking ship"),
    ],
)
def test_the_to_phrase_completing_the_object_is_content(text: str, content: str) -> None:
    assert content in [words for words, _ in _contents(text)]


def test_a_negated_cue_keeps_its_negation() -> None:
    text = "Tom Bell did not defend her call to cut the harbor fee."
    assert ("not defend her call to cut the harbor fee", "reported") in _contents(text)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a listener: no part of what was said
        (
            "Tom Bell explained the council's plan to reporters, saying it would pass.",
            "the council's plan",
        ),
        (
            "Tom Bell denounced the harbor tax to a crowd of dockworkers, calling it unfair.",
            "the harbor tax",
        ),
        ("Lin Park explained the error to me.", "the error"),
        (
            "Tom Bell praised the firefighters to the crowd, saying they had saved the town.",
            "the firefighters",
        ),
    ],
)
def test_a_listener_or_another_noun_stays_out(text: str, content: str) -> None:
    """Controls: the "to" phrase names whom the source spoke to, or follows a noun no "to"
    phrase completes."""
    assert content in [words for words, _ in _contents(text)]


def test_the_word_lists_hold_their_forms() -> None:
    forms = object_complements()
    assert forms["call"] == frozenset({"infinitive"})
    assert forms["opposition"] == frozenset({"to"})
    assert {"infinitive", "to"} <= forms["commitment"]
    assert "plan" in forms and "reporter" in audience_words()
    assert all(f <= {"infinitive", "to"} for f in forms.values())
