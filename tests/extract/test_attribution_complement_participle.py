"""A participle of saying that the parser hangs on the complement of a cue before it (issue 16,
recall; PolNeAR train's "participle after the content" misses): "Tom Bell argued that the tax
was unfair, saying it was about greed" holds two reports of Tom Bell, not one content that
runs over the second. Sentences written for these tests."""

from __future__ import annotations

import pytest

from newsclaims import analyze

pytestmark = pytest.mark.model


def _claims(text: str) -> list[tuple[str | None, str]]:
    """(source words, stored words) of each attributed claim."""
    return [
        (text[c.source.start : c.source.end] if c.source else None, text[c.start : c.end])
        for c in analyze(text).claims
        if c.kind.value != "narration"
    ]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Tom Bell argued that the tax was unfair, saying it was about greed.",
            "that the tax was unfair",
            "it was about greed",
        ),
        (
            "Lin Park said the bridge was unsafe, saying the council had ignored the reports.",
            "the bridge was unsafe",
            "the council had ignored the reports",
        ),
        (
            "Tom Bell claimed the vote in Delvin was rigged, arguing that the count was late.",
            "the vote in Delvin was rigged",
            "that the count was late",
        ),
    ],
)
def test_a_participle_hung_on_a_things_complement_is_the_speakers_second_report(
    text: str, first: str, second: str
) -> None:
    claims = _claims(text)
    speaker = " ".join(text.split(" ")[:2])
    assert (speaker, first) in claims
    assert (speaker, second) in claims


@pytest.mark.parametrize(
    "text",
    [
        # the complement's subject may speak: the participle may be the mayor's (left as parsed)
        "Tom Bell said the mayor was wrong, saying the deal was safe.",
        # a participle that is no speech: the content runs on as before
        "Lin Park said the storm was coming, bringing rain that would flood the valley.",
        "Tom Bell said the plan was dead, leaving the council to decide what comes next.",
    ],
)
def test_no_second_report_for_a_speaking_subject_or_a_participle_of_narration(text: str) -> None:
    claims = _claims(text)
    assert len(claims) == 1
    assert "," in claims[0][1]


@pytest.mark.parametrize(
    ("text", "listener"),
    [
        # the outer cue is passive: its subject was told, it said nothing (review rev50e)
        ("Tom Bell was told the tax was unfair, saying it was about greed.", "Tom Bell"),
        # an expletive subject says nothing either
        ("It was reported that the tax was unfair, saying it was about greed.", "It"),
        # a verb of learning, and the participle "suggesting", are no second report
        ("Tom Bell learned that the tax was unfair, suggesting it would go.", "Tom Bell"),
        # a negated outer cue: what follows is the narrator's inference
        ("Tom Bell never said the tax was unfair, suggesting it would stay.", "Tom Bell"),
    ],
)
def test_no_second_report_for_a_listener_an_expletive_a_thought_or_a_negated_cue(
    text: str, listener: str
) -> None:
    tail = text.rsplit(", ", 1)[1].split(" ", 1)[1].rstrip(".")
    assert not any(
        source is not None and source.startswith(listener) and stored == tail
        for source, stored in _claims(text)
    )
