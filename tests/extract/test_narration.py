"""The outlet's own narration (``extract/narration.py``): what is left out as no one's own
statement, on invented sentences."""

from __future__ import annotations

import pytest

from newsclaims import analyze
from newsclaims.extract.furniture import run_together

pytestmark = pytest.mark.model


def _narration(text: str) -> list[str]:
    return [c.text for c in analyze(text).claims if c.kind.value == "narration"]


def test_narration_a_sentence_after_a_photo_credit_stays_the_outlets() -> None:
    text = (
        "The council approved the new budget for the harbor district on Monday evening. "
        "(Photo: Dana Whitfield, AP) The budget adds two ferries to the winter timetable."
    )
    found = _narration(text)
    assert any("council approved" in t for t in found) or any("two ferries" in t for t in found)
    assert any("two ferries" in t for t in found)


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        (
            "The Harbor Hawks were two games down in the final but came back late on Sunday "
            "to win the cup Coach Ana Ruiz celebrates with her players on the ice.",
            "Ana Ruiz",
        ),
        (
            "The new speed limits on the coast road took effect for every driver this week "
            "WHAT THE NEW LAW MEANS FOR DRIVERS The fines double on the first of the month.",
            "speed limits",
        ),
        (
            "Thousands of fans packed the old square late on Sunday night Harbor City fan Ana "
            "Ruiz nervously covers her face as the final whistle nears.",
            "Ana",
        ),
    ],
)
def test_narration_clauses_run_together_without_punctuation_are_not_one_assertion(
    text: str, glued: str
) -> None:
    assert not any(glued in t for t in _narration(text))


@pytest.mark.parametrize(
    "text",
    [
        "The council met on Monday and Mayor Ana Ruiz opened the session with a short speech.",
        "The crowd in the square sang for an hour as Coach Ana Ruiz lifted the cup on the stage.",
        "The team flew home on Monday morning to meet Mayor Ana Ruiz at the city hall.",
        "Young Formula One star Lena Brandt kept her car on the track despite the heavy rain.",
        "Late on Monday the evening news anchor Dana Lee was seen leaving the tower with aides.",
        "In the harbor office the chief of staff Tom Hale was seen carrying boxes to a van.",
    ],
)
def test_narration_a_sentence_with_names_inside_stays_one_assertion(text: str) -> None:
    assert _narration(text) == [text.rstrip(".")]


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        ("Trips that the weekly HARBOR NEWS paid for were listed in March.", False),
        ("He spoke to the local broadcaster BFM TV late that night.", False),
        ("The fines took effect this week WHAT THE NEW LAW MEANS The fines double.", True),
    ],
)
def test_narration_a_name_in_capitals_is_no_heading(text: str, glued: bool) -> None:
    assert bool(run_together(text, 0, len(text))) is glued
