"""Review findings on session 49's merges, on sentences written for these tests (issue 16):
a weekday the recogniser runs into a name is no word of the source's name, and "did not just
criticize" is no negated report."""

from __future__ import annotations

import pytest

from newsclaims import analyze

pytestmark = pytest.mark.model


def _claims(text: str) -> list[tuple[str | None, str | None, str, str]]:
    """(source words, source entity, stance, stored words) of each attributed claim."""
    return [
        (
            text[c.source.start : c.source.end] if c.source else None,
            c.source_entity,
            c.stance.value,
            text[c.start : c.end],
        )
        for c in analyze(text).claims
        if c.kind.value != "narration"
    ]


@pytest.mark.parametrize(
    ("day", "text"),
    [
        ("Tuesday", "Ana Ruiz Tuesday denied the report that the harbor would close."),
        ("Friday", "Ana Ruiz Friday criticized the budget plan for the harbor."),
    ],
)
def test_a_date_word_run_into_the_name_stays_out_of_the_source(day: str, text: str) -> None:
    sources = [(s, e) for s, e, _, _ in _claims(text)]
    assert sources
    assert all(day not in (s or "") and day.lower() not in (e or "") for s, e in sources)


def test_a_name_word_parsed_as_an_adverb_still_joins_the_source() -> None:
    """Control: neg49's stretch over a surname the parse hung on the verb still holds."""
    text = "Oren Blakely never thanked the crew for its work on the harbor wall."
    sources = [s for s, _, _, _ in _claims(text)]
    assert "Oren Blakely" in sources


@pytest.mark.parametrize("word", ["just", "merely", "simply"])
def test_not_just_criticize_is_a_report_not_a_negated_one(word: str) -> None:
    text = f"Carl Vance did not {word} criticize the harbor plan; he called it a disaster."
    stances = [st for _, _, st, w in _claims(text) if "the harbor plan" in w]
    assert stances
    assert "undisclosed" not in stances


def test_did_not_criticize_is_still_undisclosed() -> None:
    """Control: a plain negation keeps neg49's undisclosed stance."""
    text = "Carl Vance did not criticize the harbor plan in his speech on Monday."
    stances = [st for _, _, st, w in _claims(text) if "the harbor plan" in w]
    assert stances == ["undisclosed"]
