"""Grouping claims into propositions, on hand-built claims."""

from __future__ import annotations

from datetime import date

from newsclaims.reconcile import ClaimRow
from newsclaims.reconcile.propositions import group_claims


def _claim(
    article: str, source: str, stance: str, text: str, entities: set[str], sentence: int = 0
) -> ClaimRow:
    return ClaimRow(
        article, 0, len(text), text, stance, source, sentence, frozenset(entities), date(2026, 3, 1)
    )


def test_propositions_join_the_same_statement_across_articles() -> None:
    found = group_claims(
        [
            _claim(
                "a",
                "Ministry",
                "reported",
                "troops crossed the northern border overnight",
                {"GPE:x"},
            ),
            _claim(
                "b",
                "Observers",
                "confirmed",
                "troops crossed the northern border on Sunday",
                {"GPE:x"},
            ),
            _claim("c", "Army", "denied", "troops had crossed the northern border", {"GPE:x"}),
            _claim(
                "d", "Ministry", "reported", "the harvest festival opened in the capital", {"GPE:x"}
            ),
            _claim(
                "e",
                "Agency",
                "unverified",
                "troops crossed the northern border overnight",
                {"GPE:y"},
            ),
        ]
    )
    [proposition] = found
    assert proposition.status == "contested"
    assert proposition.by_stance({"confirmed", "reported"}) == ["Ministry", "Observers"]
    assert proposition.sources == ["Army", "Ministry", "Observers"]


def test_propositions_need_two_sources_or_a_denial() -> None:
    same_source = [
        _claim("a", "Ministry", "reported", "the dam held after the storm", {"GPE:x"}),
        _claim("b", "Ministry", "reported", "the dam held after the storm passed", {"GPE:x"}),
    ]
    assert group_claims(same_source) == []


def test_propositions_join_a_denial_and_a_confirmation_in_one_sentence() -> None:
    found = group_claims(
        [
            _claim(
                "a",
                "North",
                "denied",
                "or remained silent about troop deployments",
                {"GPE:n"},
                sentence=4,
            ),
            _claim(
                "a", "North", "confirmed", "the presence of forces abroad", {"GPE:n"}, sentence=4
            ),
        ]
    )
    [proposition] = found
    assert proposition.status == "contested"
