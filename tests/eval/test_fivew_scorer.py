"""The 5W1H scorer: the phrase rule, the date rule, counts per W, and reading a folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsclaims.eval.fivew import Answer, Gold, answer_matches, phrases_match, read_folder, score
from newsclaims.eval.splits import half_of


@pytest.mark.parametrize(
    ("predicted", "gold", "matches"),
    [
        ("White House", "at the White House", True),  # content words equal
        ("won the World Series", "win World Series", True),  # 2 of 4 content words: 0.5
        ("met", "met Obama at the White House", False),  # 1 of 4 content words, 6 > 2 x 1
        ("has come under fire", "has come under fire", True),
        # contained, but a whole sentence is far more than twice as long
        (
            "Nurses staged a protest outside City Hall in Boston on Friday morning",
            "staged a protest",
            False,
        ),
        ("the attack", "the crash", False),
        ("", "the crash", False),
    ],
)
def test_fivew_phrases_match_by_jaccard_or_containment(
    predicted: str, gold: str, matches: bool
) -> None:
    assert phrases_match(predicted, gold) is matches


def test_fivew_phrases_match_containment_of_stop_words_only_phrases() -> None:
    # no content words at all: only the containment rule can match, and it does within 2x
    assert phrases_match("to him", "up to him")
    assert not phrases_match("to him", "it was up to him then")


def test_fivew_when_counts_by_parsed_date() -> None:
    gold = Gold(phrases={"when": ["Thursday"]}, dates={"2016-11-10"})
    assert answer_matches("when", Answer(None, "2016-11-10"), gold)
    assert answer_matches("when", Answer("on Thursday", None), gold)
    assert not answer_matches("when", Answer("Friday", "2016-11-11"), gold)


def test_fivew_score_counts_precision_at_the_first_answer_and_recall() -> None:
    gold_a = Gold(phrases={"who": ["Donald Trump"], "what": ["meets with Obama"]})
    gold_b = Gold(phrases={"who": ["Lady Gaga"], "what": []})
    result = score(
        [
            (gold_a, {"who": Answer("Trump"), "what": Answer("said on Thursday")}),
            (gold_b, {"who": Answer("Hillary Clinton"), "what": Answer("protested")}),
        ]
    )
    assert result["articles"] == 2
    # who: "Trump" is inside "Donald Trump" (2 <= 2 x 1); "Hillary Clinton" is wrong
    assert result["who"] == {"p": 0.5, "r": 0.5, "f1": 0.5}
    # what: one gold; both answers counted as predicted, none right
    assert result["what"]["p"] == 0.0 and result["what"]["r"] == 0.0
    # nothing predicted and nothing expected
    assert result["why"] == {"p": 1.0, "r": 1.0, "f1": 1.0}


def _record(story: str, text: str, five: object) -> dict[str, object]:
    return {
        "category": story,
        "text": text,
        "title": "A title",
        "date_publish": "None",
        "publisher": "example",
        "fiveWoneH": five,
    }


def test_fivew_read_folder_reads_gold_dicts_and_literals_and_keeps_halves_by_story(
    tmp_path: Path,
) -> None:
    five = {
        "who": {"annotated": [{"text": "Kim", "coderPhraseCount": 2}]},
        "when": {"annotated": [{"parsed": "2016-11-10", "coderPhraseCount": 2}]},
        "why": {"annotated": [{"coderPhraseCount": 2}]},
    }
    stories = ["alpha", "beta", "gamma", "delta"]
    for n, story in enumerate(stories):
        value = five if n % 2 else repr(five)  # a dict, or the Python literal of one
        (tmp_path / f"{n}.json").write_text(
            json.dumps(_record(story, "Kim met Lee on Thursday.", value)), encoding="utf-8"
        )
    everything = list(read_folder(tmp_path))
    assert [s for s, _, _ in everything] == stories
    _, article, gold = everything[0]
    assert article.published is None  # news-please's "None" is no date
    assert gold.phrases["who"] == ["Kim"] and gold.phrases["why"] == []
    assert gold.dates == {"2016-11-10"} and gold.has("when") and not gold.has("why")
    for half in ("A", "B"):
        kept = [s for s, _, _ in read_folder(tmp_path, half)]
        assert kept == [s for s in stories if half_of(f"realnews:{s}") == half]


def test_fivew_read_folder_split_story_uses_the_judging_table_and_hash_stays_default(
    tmp_path: Path,
) -> None:
    five = {"who": {"annotated": [{"text": "Kim"}]}}
    # two listed stories the two splits put in different halves, and one story not listed
    stories = ["gaga protests", "toberone-gate", "unlisted story"]
    for n, story in enumerate(stories):
        (tmp_path / f"{n}.json").write_text(
            json.dumps(_record(story, "Kim met Lee on Thursday.", five)), encoding="utf-8"
        )
    by_story = {h: [s for s, _, _ in read_folder(tmp_path, h, "story")] for h in ("A", "B")}
    assert by_story == {"A": ["toberone-gate"], "B": ["gaga protests"]}
    for half in ("A", "B"):
        by_hash = [s for s in stories if half_of(f"realnews:{s}") == half]
        assert [s for s, _, _ in read_folder(tmp_path, half)] == by_hash
        assert [s for s, _, _ in read_folder(tmp_path, half, "hash")] == by_hash
    # the two splits disagree on these stories (the reason the option exists)
    assert half_of("realnews:gaga protests") == "A" and half_of("realnews:toberone-gate") == "B"


@pytest.mark.model
def test_fivew_phrase_lemmas_read_staged_as_stage() -> None:
    from newsclaims.eval.fivew import phrase_lemmas  # noqa: PLC0415 - loads the model

    lemmas = phrase_lemmas(["Protesters staged a protest", "stages protest"])
    assert lemmas["staged"] == "stage" == lemmas["stages"]
    assert phrases_match("staged a protest", "stages protest", lemmas)
