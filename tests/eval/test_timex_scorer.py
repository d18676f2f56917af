"""The TimeML reader and the TempEval-3 scorer on a tiny file written for this test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from newsclaims.eval.timex import Timex, read_timeml, score


def test_read_timeml_strips_tags_and_keeps_offsets(fixtures: Path) -> None:
    [doc] = list(read_timeml(fixtures / "timeml"))
    assert doc.dct == date(2026, 3, 6)
    assert "<" not in doc.text and "&amp;" not in doc.text and "&" in doc.text
    assert [(doc.text[g.start : g.end], g.type, g.value) for g in doc.gold] == [
        ("Thursday", "DATE", "2026-03-05"),
        ("next week", "DATE", "2026-W11"),
        ("two months", "DURATION", "P2M"),
    ]


def test_score_strict_relaxed_type_and_value(fixtures: Path) -> None:
    [doc] = list(read_timeml(fixtures / "timeml"))
    text = doc.text

    def at(phrase: str, kind: str, value: str) -> Timex:
        start = text.index(phrase)
        return Timex(start, start + len(phrase), kind, value)

    system = [
        at("Thursday", "DATE", "2026-03-05"),  # strict, right value
        at("vote next week", "DATE", "2026-W12"),  # relaxed only, wrong value
        at("two months of", "DATE", "P2M"),  # relaxed only, wrong type
        at("talks", "DATE", "PRESENT_REF"),  # spurious
    ]
    result = score([(doc, system)])
    assert result["strict"]["p"] == 0.25 and result["strict"]["r"] == pytest.approx(1 / 3, abs=1e-4)
    assert result["relaxed"]["p"] == 0.75 and result["relaxed"]["r"] == 1.0
    relaxed_f1 = result["relaxed"]["f1"]
    assert result["value"]["f1"] == pytest.approx(2 / 3 * relaxed_f1, abs=1e-3)
    assert result["type"]["f1"] == pytest.approx(2 / 3 * relaxed_f1, abs=1e-3)
    assert (result["documents"], result["gold"], result["system"]) == (1, 3, 4)
