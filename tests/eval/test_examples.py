"""The example scorer on a tiny folder written for this test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclaims.eval.examples import score_examples
from newsclaims.eval.metrics import Counts


@pytest.mark.parametrize(
    ("counts", "p", "r"),
    [
        (Counts(2, 4, 2), 0.5, 1.0),
        (Counts(0, 0, 0), 1.0, 1.0),
        (Counts(0, 0, 3), 0.0, 0.0),
        (Counts(0, 2, 0), 0.0, 0.0),
    ],
)
def test_counts_precision_recall(counts: Counts, p: float, r: float) -> None:
    assert counts.p == p
    assert counts.r == r


@pytest.mark.model
def test_score_examples_matches_loosely_and_one_to_one(tmp_path: Path) -> None:
    case = tmp_path / "case"
    case.mkdir()
    (case / "article.txt").write_text(
        "Mayor Ana Ruiz said the new library would open in June. "
        "The city council denied that the budget had been cut.",
        encoding="utf-8",
    )
    (case / "meta.json").write_text('{"published": "2026-01-12"}', encoding="utf-8")
    expected = {
        "entities": [
            {"name": "Ana Ruiz", "type": "PERSON", "aliases": ["Ruiz", "Mayor Ana Ruiz"]},
            {"name": "Tarsk", "type": "GPE", "aliases": []},
        ],
        "claims": [
            {"source": "Ruiz", "stance": "reported", "content_has": ["library", "June"]},
            {"source": "city council", "stance": "denied", "content_has": ["budget"]},
            {"source": "Ruiz", "stance": "reported", "content_has": ["library", "June"]},
            {"source": "Ana Ruiz", "stance": "denied", "content_has": ["library"]},
        ],
    }
    (case / "expected.json").write_text(json.dumps(expected), encoding="utf-8")
    result = score_examples([case])
    claims = result["sections"]["claims"]
    # two claims predicted; the duplicate gold claim cannot reuse the first match, and the
    # wrong-stance gold claim matches nothing.
    assert claims["matched"] == 2
    assert claims["gold"] == 4
    entities = result["sections"]["entities"]
    assert entities["matched"] == 1 and entities["gold"] == 2
    assert result["cases"][0]["case"] == "case"
