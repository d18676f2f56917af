"""The PolNeAR scorer on a tiny corpus written for this test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclaims.errors import ConfigError
from newsclaims.eval.attribution import (
    Predicted,
    chars,
    jaccard,
    name_words,
    parse_ann,
    read_corpus,
    read_speakers,
    same_speaker,
    score_predictions,
)
from newsclaims.eval.splits import HALVES, half_of

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


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("Sen. Ted Cruz's", {"ted", "cruz"}),
        ("President Barack H. Obama", {"barack", "obama"}),
        ("the Department of Justice", {"department", "justice"}),
        ("Mr. O'Rourke", {"rourke"}),
        ("he", {"he"}),
    ],
)
def test_attribution_scorer_name_words_drop_titles_possessives_and_initials(
    name: str, words: set[str]
) -> None:
    assert name_words(name) == frozenset(words)


@pytest.mark.parametrize(
    ("predicted", "referent", "right"),
    [
        ("Trump", "Donald Trump", True),
        ("Donald J. Trump", "Donald Trump", True),
        ("Mr. Trump", "Donald Trump and Mike Pence", True),
        ("Melania Trump", "Donald Trump", False),
        ("he", "Donald Trump", False),
        ("the president", "Donald Trump", False),
        (None, "Donald Trump", False),
    ],
)
def test_attribution_scorer_same_speaker_needs_the_named_person(
    predicted: str | None, referent: str, right: bool
) -> None:
    assert same_speaker(predicted, referent) is right


def _speakers_file(tmp_path: Path, referents: list[str | None]) -> Path:
    """Gold speakers for the three fixture attributions: the mayor, "she" and one unnamed."""
    parts = [
        ("The mayor", "the road would reopen", "nominal"),
        ("she", '"It is safe,"', "pronoun"),
        ("Reports", "costs rose", "nominal"),
    ]
    lines = []
    for (source, content, form), referent in zip(parts, referents, strict=True):
        item = {
            "article": "road.txt",
            "source": [list(_span(TEXT, source))],
            "source_text": source,
            "content": [list(_span(TEXT, content))],
            "referent": referent,
            "referent_type": "PERSON" if referent else "UNNAMED",
            "form": form,
        }
        lines.append(json.dumps(item))
    path = tmp_path / "speakers.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_attribution_scorer_resolved_speakers_by_form(fixtures: Path, tmp_path: Path) -> None:
    speakers = read_speakers(_speakers_file(tmp_path, ["Ana Ruiz", "Ana Ruiz", None]))
    [doc] = read_corpus(fixtures / "polnear", speakers=speakers)
    predicted = [
        # the mayor resolved to the right person
        Predicted(
            (_span(TEXT, "the road would reopen"),),
            _span(TEXT, "The mayor"),
            None,
            speaker="Mayor Ana Ruiz",
            named=True,
        ),
        # "she" given to another named person: wrong, and named
        Predicted(
            (_span(TEXT, '"It is safe,"'),),
            _span(TEXT, "she"),
            None,
            speaker="Lea Ruiz",
            named=True,
        ),
        # the unnamed source given a named entity
        Predicted((_span(TEXT, "costs rose"),), None, None, speaker="Reuters", named=True),
    ]
    result = score_predictions([(doc, predicted)])["speakers"]
    assert result["accuracy"] == 0.5
    assert result["by_form"]["nominal"] == {"accuracy": 1.0, "pairs": 1}
    assert result["by_form"]["pronoun"] == {"accuracy": 0.0, "pairs": 1}
    assert result["wrong_when_named"] == 0.5
    assert result["null_referent_named"] == 1.0
    assert (result["pairs"], result["gold"], result["matched"]) == (2, 3, 3)


def test_attribution_scorer_unresolved_speaker_is_not_counted_as_named(
    fixtures: Path, tmp_path: Path
) -> None:
    speakers = read_speakers(_speakers_file(tmp_path, ["Ana Ruiz", "Ana Ruiz", None]))
    [doc] = read_corpus(fixtures / "polnear", speakers=speakers)
    predicted = [
        Predicted((_span(TEXT, '"It is safe,"'),), _span(TEXT, "she"), None, speaker="she"),
        Predicted((_span(TEXT, "costs rose"),), None, None, speaker="Reports"),
    ]
    result = score_predictions([(doc, predicted)])["speakers"]
    assert result["accuracy"] == 0.0
    assert result["wrong_when_named"] == 0.0
    assert result["named_predictions"] == 0
    assert result["null_referent_named"] == 0.0
    assert result["pairs"] == 1


def test_attribution_scorer_without_speakers_has_no_speaker_section(corpus: list) -> None:  # type: ignore[type-arg]
    [doc] = corpus
    assert "speakers" not in score_predictions([(doc, [])])


def test_attribution_scorer_rejects_a_broken_speakers_file(tmp_path: Path) -> None:
    path = tmp_path / "speakers.jsonl"
    path.write_text('{"article": "road.txt", "form": "name"}\n', encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        read_speakers(path)
    assert caught.value.code == "E403"


def test_attribution_scorer_half_keeps_the_documents_of_one_half(fixtures: Path) -> None:
    halves = {h: list(read_corpus(fixtures / "polnear", half=h)) for h in HALVES}
    assert [d.name for d in halves[half_of("road")]] == ["road"]
    other = "B" if half_of("road") == "A" else "A"
    assert halves[other] == []
