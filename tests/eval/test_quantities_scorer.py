"""The NewsQuant scorer on a tiny file written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclaims.eval.quantities import (
    Figure,
    _unit_of,
    evaluate,
    read_newsquant,
    score,
    unit_name,
)
from newsclaims.eval.splits import HALVES, half_of


def test_read_newsquant(fixtures: Path) -> None:
    data = read_newsquant(fixtures / "newsquant-tiny.json")
    assert [len(figures) for _, figures, _ in data] == [2, 1]
    assert data[0][1][0] == Figure(40_000_000, "cubic metre")
    assert data[1][2] == [">"]


def test_unit_names_are_comparable() -> None:
    assert unit_name("USD") == unit_name("dollar") == "dollar"
    assert unit_name("percent") == "percentage"
    assert unit_name("miles") == "mile"
    assert unit_name(None) == "-"
    assert unit_name("parts-per-million") == unit_name("parts per million") == "part per million"
    assert unit_name("degree celsius") == unit_name("celsius")
    assert unit_name("square feet") == unit_name("square foot")
    assert unit_name("kilometre") != unit_name("mile")
    # one unit, two names
    assert unit_name("pound-foot") == unit_name("foot pound force")


def test_counted_nouns_and_their_rates_are_named_as_newsquant_does() -> None:
    assert _unit_of(None, "Recorded Songs") == "recorded songs"
    assert _unit_of("per day", "tests") == "tests per day"
    assert _unit_of("percent", "vote") == "percent"
    assert _unit_of(None, None) is None
    # NewsQuant names joined modifiers without their "and" ("Kia Hyundai vehicle")
    assert _unit_of(None, "Red and blue cars") == "red blue cars"


def test_score_value_unit_one_to_one_and_bounds(fixtures: Path) -> None:
    data = read_newsquant(fixtures / "newsquant-tiny.json")
    system = [
        [
            Figure(40_000_000, "cubic metre", "approx"),
            Figure(3_000_000, "euro"),
            Figure(3_000_000, "dollar"),
        ],
        [Figure(60, "percentage", "exact")],
    ]
    result = score(
        (gold, changes, found) for (_, gold, changes), found in zip(data, system, strict=True)
    )
    # values: all 4 system figures share a gold value; all 3 gold values are found
    assert result["value"] == {"p": 1.0, "r": 1.0, "f1": 1.0}
    # with units the euro figure is wrong
    assert result["value_unit"]["p"] == 0.75 and result["value_unit"]["r"] == 1.0
    # one-to-one: the two 3,000,000 figures cannot both match
    assert result["one_to_one"]["value"]["p"] == 0.75
    # bounds: approx right, exact right for "=", exact wrong for ">"
    assert result["bound_accuracy"] == round(2 / 3, 4)
    assert (result["sentences"], result["gold"], result["system"]) == (2, 3, 4)


@pytest.mark.model
def test_quantities_scorer_evaluate_scores_one_fixed_half(fixtures: Path) -> None:
    path = fixtures / "newsquant-tiny.json"
    halves = {text: half_of(text) for text, _, _ in read_newsquant(path)}
    assert set(halves.values()) == set(HALVES)  # the fixture has a sentence in each half
    whole = evaluate(path)
    parts = [evaluate(path, half=half) for half in HALVES]
    assert [p["sentences"] for p in parts] == [1, 1]
    assert sum(p["gold"] for p in parts) == whole["gold"] == 3


def test_score_a_gold_range_given_as_exact_expects_a_range(tmp_path: Path) -> None:
    path = tmp_path / "ranges.json"
    path.write_text(
        '[{"text": "Thousands of fans came.", "quantities": [{"value": "1000-10000", '
        '"unit": "fans", "normalized_unit": "fan", "change": "=", "referred_concepts": []}]}]',
        encoding="utf-8",
    )
    [(_, gold, changes)] = read_newsquant(path)
    assert gold == [Figure(1000, "fan", "range")] and changes == ["range"]
    right = score([(gold, changes, [Figure(1000, "fan", "range")])])
    wrong = score([(gold, changes, [Figure(1000, "fan", "exact")])])
    assert (right["bound_accuracy"], wrong["bound_accuracy"]) == (1.0, 0.0)


@pytest.mark.model
def test_quantities_scorer_scores_time_offsets_the_stage_finds(tmp_path: Path) -> None:
    # NewsQuant marks a time offset ("in the coming two months") as a quantity; the stage
    # finds it, though the analysis keeps it apart from the figures it stores
    path = tmp_path / "offsets.json"
    path.write_text(
        '[{"text": "Prices of bread will fall in the coming two months, the minister told '
        'reporters.", "quantities": [{"value": "2", "unit": "months", "normalized_unit": '
        '"month", "change": "=", "referred_concepts": []}]}]',
        encoding="utf-8",
    )
    assert evaluate(path)["value_unit"]["r"] == 1.0
