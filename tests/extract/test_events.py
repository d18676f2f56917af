"""The events stage on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsclaims import analyze
from newsclaims.model import Analysis, Event

pytestmark = pytest.mark.model


def _events(text: str, published: str = "2026-04-18") -> tuple[Analysis, dict[str, Event]]:
    analysis = analyze(text, published=published)
    return analysis, {e.subtype: e for e in analysis.events}


def _names(analysis: Analysis, keys: tuple[str, ...]) -> list[str]:
    names = {e.key: e.name for e in analysis.entities}
    return [names[k] for k in keys]


def test_events_meeting_with_actors_place_time_and_modality() -> None:
    analysis, found = _events(
        "Chancellor Maria Keller is expected to meet Prime Minister Pedro Alves "
        "in Lisbon next week."
    )
    meet = found["meet"]
    assert meet.type == "CONSULT"
    assert _names(analysis, meet.actors)[:2] == ["Maria Keller", "Pedro Alves"]
    assert meet.location is not None and "lisbon" in meet.location
    assert meet.time is not None and meet.time.value == "2026-W17"
    assert meet.modality == "expected"


def test_events_light_verb_decision_and_anchored_signing() -> None:
    text = (
        "The council made the decision to close the bridge in March 2024, "
        "three months after signing a repair contract with Delmont Engineering."
    )
    analysis, found = _events(text)
    assert found["decide"].time is not None and found["decide"].time.value == "2024-03"
    sign = found["sign"]
    assert sign.type == "AGREE"
    assert sign.time is not None and sign.time.value == "2023-12"
    assert "Delmont Engineering" in _names(analysis, sign.actors)


def test_events_assault_and_negation() -> None:
    _, found = _events(
        "Rebels attacked the convoy near Goma on Tuesday. The army did not withdraw."
    )
    assert found["attack"].type == "ASSAULT"
    assert found["attack"].time is not None and found["attack"].time.value == "2026-04-14"
    assert found["withdraw"].negated is True


def test_events_offsets_are_the_predicate_phrase() -> None:
    analysis, found = _events("Protesters rallied outside parliament on Friday.")
    rally = found["rally"]
    assert analysis.article.text[rally.start : rally.end] == rally.text
    assert rally.text.startswith("rallied")


def test_events_a_concurrent_clause_takes_the_date_of_the_clause_above() -> None:
    _, found = _events(
        "The mayor resigned on Tuesday as the inquiry into the housing contracts opened in Dunmore."
    )
    assert found["open"].time is not None
    assert found["open"].time.begin.isoformat() == "2026-04-14"
    # an undated clause of its own is not dated by its neighbour
    _, alone = _events("The inquiry opened in Dunmore, and the mayor resigned on Tuesday.")
    assert alone["open"].time is None
