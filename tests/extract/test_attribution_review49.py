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


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "The proposal was rejected by Mayor Lin Park, saying the city could not afford it.",
            "Mayor Lin Park",
        ),
        ("The ruling was welcomed by the union, saying workers had been vindicated.", "the union"),
    ],
)
def test_a_participle_of_saying_after_a_passive_of_a_thing_keeps_the_agent(
    text: str, source: str
) -> None:
    assert [s for s, _, _, _ in _claims(text)] == [source]


def test_a_participle_after_a_passive_of_a_person_is_the_persons() -> None:
    """Control: the passive subject who can speak is the participle's speaker."""
    text = "Carl Vance was arrested by police on Monday, saying that he was innocent."
    assert [s for s, _, _, _ in _claims(text)] == ["Carl Vance"]


@pytest.mark.parametrize(
    "text",
    [
        "A woman attacked a bus driver for asking her to wear a mask.",
        "He attacked the officer for arresting his brother.",
        "Two men attacked a shop owner for refusing to pay them.",
    ],
)
def test_an_attack_on_an_unnamed_target_for_a_gerund_is_no_claim(text: str) -> None:
    assert _claims(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Ruth Okoye attacked Tom Bell for not answering the letter.",
        "Democrats attacked the governor for not answering the letter.",
    ],
)
def test_an_attack_on_a_named_person_or_office_for_a_gerund_is_a_claim(text: str) -> None:
    """Control: a named target or an office holder is a reproach, as atk49 had it."""
    assert any("for not answering" in w for _, _, _, w in _claims(text))
