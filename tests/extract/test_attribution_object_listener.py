"""A "to" phrase after a cue's object that names whom the speaker addresses (issue 16,
fixt50, on sentences written for these tests): after a cue of ``listener_verbs.tsv``
("explained", "described") a "to" phrase on a person or a body ("to the board", "to Lin
Park") is the listener and stays out of the content, though the noun before it is one a "to"
phrase may complete ("objection", "risk"). After other cues ("defended", "recalled"), and
on a thing ("to the tax"), the phrase stays part of what was said."""

from __future__ import annotations

import pytest

from newsclaims import analyze
from newsclaims.extract.attribution import listener_verbs

pytestmark = pytest.mark.model


def _contents(text: str) -> list[str]:
    """The content words of each attributed claim."""
    return [text[c.start : c.end] for c in analyze(text).claims if c.kind.value != "narration"]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Tom Bell explained his objection to the board.", "his objection"),
        ("Tom Bell explained the danger to the jury.", "the danger"),
        ("Tom Bell explained the risk to Lin Park.", "the risk"),
        ("Tom Bell described the alternative to the council.", "the alternative"),
        ("Lin Park explained her objection to the mayor.", "her objection"),
    ],
)
def test_a_person_or_body_after_a_listener_cue_stays_out(text: str, content: str) -> None:
    contents = _contents(text)
    assert content in contents
    assert not any(words.startswith(content + " to") for words in contents)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a thing after a listener cue: what the objection is to
        ("Tom Bell explained his objection to the harbor tax.", "his objection to the harbor tax"),
        ("Tom Bell described the risk to the harbor.", "the risk to the harbor"),
        (
            "Tom Bell explained the danger to the town's ferries.",
            "the danger to the town's ferries",
        ),
        # a body after a cue that takes no listener: what the opposition is to
        ("Tom Bell defended his opposition to the council.", "his opposition to the council"),
        ("Lin Park recalled her opposition to the mayor.", "her opposition to the mayor"),
    ],
)
def test_a_thing_or_a_cue_without_listener_keeps_the_phrase(text: str, content: str) -> None:
    assert content in _contents(text)


def test_the_listener_verbs_are_lemmas() -> None:
    assert {"explain", "describe", "tell"} <= listener_verbs()
    assert not {"defend", "recall", "cite"} & listener_verbs()


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a purpose: the infinitive carries its own clause (rev50e M4)
        ("Tom Bell cited the demand to support his claim that renters were angry.", "the demand"),
        ("Tom Bell cited the demand to show the tax was unfair.", "the demand"),
    ],
)
def test_an_adverbial_infinitive_with_its_own_clause_stays_out(text: str, content: str) -> None:
    contents = _contents(text)
    assert content in contents
    assert not any(words.startswith(content + " to") for words in contents)


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # no clause of its own, or only a relative clause: the infinitive completes the noun
        (
            "Tom Bell defended the call to close the port that Lin Park ran, saying it was old.",
            "the call to close the port that Lin Park ran",
        ),
        (
            "Tom Bell cited his qualifications to be mayor of Delvin.",
            "his qualifications to be mayor of Delvin",
        ),
        (
            "Tom Bell defended her call to cut the harbor fee, saying the port needed ships.",
            "her call to cut the harbor fee",
        ),
    ],
)
def test_an_infinitive_without_a_clause_still_completes_the_noun(text: str, content: str) -> None:
    assert content in _contents(text)
