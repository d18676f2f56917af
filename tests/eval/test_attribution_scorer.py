"""The PolNeAR scorer on a tiny corpus written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclaims.eval.attribution import (
    Predicted,
    chars,
    jaccard,
    parse_ann,
    read_corpus,
    score_predictions,
)

TEXT = 'The mayor said the road would reopen. "It is safe," she added. Reports suggest costs rose.'


def _span(text: str, part: str) -> tuple[int, int]:
    start = TEXT.index(part)
    return start, start + len(part)


@pytest.fixture
def corpus(fixtures: Path) -> list:  # type: ignore[type-arg]
    return list(read_corpus(fixtures / "polnear"))


def test_read_corpus_takes_the_alphabetically_first_annotator(corpus: list) -> None:  # type: ignore[type-arg]
    [doc] = corpus
    assert doc.name == "road"
    assert len(doc.gold) == 3
    assert doc.gold[2].source is None
    content = doc.gold[0].content
    assert [doc.text[s:e] for s, e in content] == ["the road would reopen"]


def test_parse_ann_handles_discontinuous_spans() -> None:
    ann = (
        "T1\tContent 0 3;10 14\tabc def\nT2\tCue 5 9\tsaid\n"
        "T3\tAttribution 5 9\tsaid\nE1\tAttribution:T3 Content:T1 Cue:T2\n"
    )
    [gold] = parse_ann(ann)
    assert gold.content == ((0, 3), (10, 14))
    assert gold.source is None


def test_chars_ignore_whitespace_quotes_commas_and_full_stops() -> None:
    text = '"a, b."'
    assert chars(text, [(0, len(text))]) == frozenset({1, 4})
    assert jaccard(frozenset({1, 2}), frozenset({2, 3})) == pytest.approx(1 / 3)


def test_score_perfect_predictions(corpus: list) -> None:  # type: ignore[type-arg]
    [doc] = corpus
    predicted = [
        Predicted(
            (_span(TEXT, "the road would reopen"),), _span(TEXT, "The mayor"), _span(TEXT, "said")
        ),
        Predicted((_span(TEXT, '"It is safe,"'),), _span(TEXT, "she"), _span(TEXT, "added")),
        Predicted((_span(TEXT, "costs rose"),), None, _span(TEXT, "suggest")),
    ]
    result = score_predictions([(doc, predicted)])
    assert result["quote"] == {"p": 1.0, "r": 1.0, "f1": 1.0}
    assert result["content_exact"]["f1"] == 1.0
    assert result["speaker_accuracy"] == 1.0
    assert result["recall_direct"] == 1.0
    assert result["recall_indirect"] == 1.0
    assert result["source"]["exact"]["f1"] == 1.0
    assert result["documents"] == 1
    assert result["gold"] == 3


def test_score_partial_overlap_and_wrong_speaker(corpus: list) -> None:  # type: ignore[type-arg]
    [doc] = corpus
    predicted = [
        # content covers the gold plus "The mayor said": Jaccard 18/30 >= 0.5, a match,
        # but not an exact one; the speaker is wrong.
        Predicted(
            (_span(TEXT, "The mayor said the road would reopen"),), _span(TEXT, "road"), None
        ),
        # "Reports suggest costs rose" vs "costs rose": Jaccard 9/23 < 0.5, no match.
        Predicted((_span(TEXT, "Reports suggest costs rose"),), None, None),
    ]
    result = score_predictions([(doc, predicted)])
    assert result["quote"]["p"] == 0.5
    assert result["quote"]["r"] == pytest.approx(1 / 3, abs=1e-4)
    assert result["content_exact"]["p"] == 0.0
    assert result["speaker_accuracy"] == 0.0
    assert result["recall_direct"] == 0.0
    assert result["recall_indirect"] == 0.5
    assert result["content"]["overlap"]["r"] == pytest.approx(2 / 3, abs=1e-4)


def test_one_prediction_matches_one_gold_only(corpus: list) -> None:  # type: ignore[type-arg]
    [doc] = corpus
    same = Predicted((_span(TEXT, "the road would reopen"),), None, None)
    result = score_predictions([(doc, [same, same])])
    assert result["quote"]["p"] == 0.5
    assert result["quote"]["r"] == pytest.approx(1 / 3, abs=1e-4)
