"""A headline's verb read as a verb where the model reads it as a noun or a name."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclaims import analyze
from newsclaims.extract import headline_reading as reading_module
from newsclaims.extract.headline_reading import (
    _verb_form,
    headline_reading,
    past_form,
    reading_words,
)
from newsclaims.extract.pipeline import STAGES, _model_parse, build_pipeline
from newsclaims.extract.verb_lemmas import verb_index
from newsclaims.lexicons import read_table

pytestmark = pytest.mark.model

BODY = "Mayor Lena Brandt spoke to reporters on Tuesday at the harbour in Harbourton."


def _read(title: str, body: str = BODY) -> tuple[bool, list[str]]:
    nlp = build_pipeline()
    headline = nlp(title, disable=list(STAGES))
    reading = headline_reading(nlp, headline, body, _model_parse(nlp))
    return reading is not headline, [f"{t.text}/{t.dep_}" for t in reading]


@pytest.mark.parametrize("name", ["misread_pos", "completing", "plural_pronoun"])
def test_reading_word_lists_come_from_the_modules_data_file(name: str) -> None:
    data = Path(reading_module.__file__).parent / "data" / "headline_reading.tsv"
    rows = {entry for set_name, entry in read_table(data, 2) if set_name == name}
    assert rows
    assert reading_words(name) == rows


def test_past_form_spelling_and_exceptions() -> None:
    nlp = build_pipeline()
    assert past_form(nlp, "stage") == "staged"
    assert past_form(nlp, "carry") == "carried"
    assert past_form(nlp, "lob") == "lobbed"
    assert past_form(nlp, "pour") == "poured"
    assert past_form(nlp, "lead") == "led"


def test_headline_verb_read_as_an_adjective_becomes_the_verb() -> None:
    changed, tokens = _read("Fishermen mock plans to close the harbour")
    assert changed
    assert tokens[:3] == ["Fishermen/nsubj", "mock/ROOT", "plans/dobj"]


def test_headline_in_title_case_keeps_its_words_and_offsets() -> None:
    changed, tokens = _read("Lena Brandt Joins a Parade of Ferry Critics on TV")
    assert changed
    assert tokens[1:4] == ["Brandt/nsubj", "Joins/ROOT", "a/det"]


def test_headline_with_a_clause_is_left_alone() -> None:
    changed, _ = _read("Brandt closes the harbour ferry")
    assert not changed


def test_main_event_takes_the_headline_clause_the_model_misread() -> None:
    analysis = analyze(
        "The harbour board met on Tuesday in Harbourton to discuss the ferry, which has run at "
        "a loss for years. Mayor Lena Brandt told the board that selling it was absurd.",
        published="2026-04-18",
        title="Lena Brandt mocks bids to sell the ferry",
    )
    main = analysis.main_event
    assert main is not None and main.what is not None and main.who is not None
    assert main.what.in_title
    assert main.what.text.startswith("mocks bids")
    assert main.who.text == "Lena Brandt"


def test_a_label_before_a_colon_is_no_subject() -> None:
    changed, _ = _read("Harbour rescue: Race to reach the trapped divers")
    assert not changed


def test_the_verb_agrees_with_its_subject_in_the_headline() -> None:
    # "Board" after a singular "Harbour" is no present verb; "Plans" after "Board" is
    changed, tokens = _read("Harbour Board Plans To Widen Ferry Service For Pilots")
    assert changed
    assert "Plans/ROOT" in tokens
    changed, tokens = _read("Harbourton ferry rescue: Race to reach trapped divers")
    assert "ferry/ROOT" not in tokens


NOUN_BODY = (
    "Union leaders met the ferry company in Harbourton on Tuesday. The Harbourton ferry "
    "company will run fewer boats from May, and riders said the cuts hurt."
)


@pytest.mark.parametrize(
    "title",
    [
        "Ferry strike talks in Harbourton",
        "Ferry Service Cuts Across The Region",
        "Record crowds at the Harbourton fair",
        "School closures across the region",
        "Fare hikes on the ferry",
        "Peace talks in Harbourton",
        "Bus fare increases from May",
    ],
)
def test_a_noun_phrase_headline_is_not_read_as_a_clause(title: str) -> None:
    # a noun with a phrase of place or time after it ("talks in Harbourton") is a noun
    # phrase unless the text tells the word as a verb
    changed, _ = _read(title, NOUN_BODY)
    assert not changed


def test_a_verb_with_a_phrase_of_place_only_is_read_when_the_text_tells_it_as_a_verb() -> None:
    title = "Ferry crews rally in Harbourton"
    changed, tokens = _read(title, "Ferry crews rallied outside the town hall on Tuesday.")
    assert changed
    assert "rally/ROOT" in tokens
    changed, _ = _read(title, NOUN_BODY)
    assert not changed


def test_a_verb_with_a_preposition_a_noun_seldom_takes_is_read() -> None:
    changed, tokens = _read("Harbour board reacts to ferry cuts", NOUN_BODY)
    assert changed
    assert "reacts/ROOT" in tokens


def test_a_past_form_with_a_phrase_of_place_is_read() -> None:
    changed, tokens = _read("Lena Brandt Booed At Ferry Meeting", NOUN_BODY)
    assert changed
    assert "Booed/ROOT" in tokens


def test_the_name_guard_looks_for_the_headlines_own_name() -> None:
    # "Protest" is a name in the text only as "Harbourton Protest Committee", not the
    # headline's "Fishermen Protest": the headline's verb is still "Protest"
    title = "Fishermen Protest Plans To Close Harbour"
    _, tokens = _read(
        title, "Fishermen gathered at the harbour. The Harbourton Protest Committee met."
    )
    assert tokens[:3] == ["Fishermen/nsubj", "Protest/ROOT", "Plans/dobj"]
    # the guard rejects a word it would read otherwise: the text names "Fishermen Protest"
    _, tokens = _read(title, "Fishermen gathered at the harbour. The Fishermen Protest met.")
    assert "Protest/ROOT" not in tokens
    _, tokens = _read(title, "Fishermen gathered at the harbour.")
    assert "Protest/ROOT" in tokens


@pytest.mark.parametrize(
    ("lemma", "past"),
    [
        ("cut", "cut"),
        ("set", "set"),
        ("put", "put"),
        ("hit", "hit"),
        ("open", "opened"),
        ("go", "went"),
        ("be", "was"),
        ("do", "did"),
        ("stop", "stopped"),
        ("plan", "planned"),
    ],
)
def test_past_form_of_verbs_whose_past_is_the_lemma_or_irregular(lemma: str, past: str) -> None:
    assert past_form(build_pipeline(), lemma) == past


def test_a_bare_verb_ending_in_s_is_tried() -> None:
    nlp = build_pipeline()
    verbs = verb_index(nlp)
    for word in ("discuss", "focus", "press"):
        token = nlp(f"Ministers {word} ferry", disable=list(STAGES))[1]
        assert _verb_form(token, verbs) == word


def test_a_date_in_the_text_is_no_name_of_the_headlines_word() -> None:
    # "3 March" capitalises "March" after another word: no name "Fishermen March"
    _, tokens = _read(
        "Fishermen March Against Harbour Closure", "Fishermen gathered at the harbour on 3 March."
    )
    assert "Fishermen/nsubj" in tokens
    assert "March/ROOT" in tokens


def test_a_try_is_parsed_without_lemmas_or_entities_and_the_reading_has_both() -> None:
    # each word tried costs a parse: the tries skip the model's pipes after the parse
    # (AFTER_PARSE), which the chosen reading alone gets, the same as a whole parse gives
    nlp = build_pipeline()
    tried = _model_parse(nlp)("Fishermen mocked plans by Lena Brandt to close the harbour")
    assert not any(t.lemma_ for t in tried)
    assert not tried.ents
    title = "Fishermen mock plans by Lena Brandt to close the harbour"
    headline = nlp(title, disable=list(STAGES))
    reading = headline_reading(nlp, headline, BODY, _model_parse(nlp))
    assert reading is not headline
    whole = nlp(title.replace("mock", "mocked"), disable=list(STAGES))
    assert [t.text for t in reading] == [t.text for t in headline]
    assert [t.lemma_ for t in reading] == [t.lemma_ for t in whole]
    assert [(e.start, e.end, e.label_) for e in reading.ents] == [
        (e.start, e.end, e.label_) for e in whole.ents
    ]
    assert reading.ents
    assert [(t.tag_, t.dep_, t.head.i) for t in reading] == [
        (t.tag_, t.dep_, t.head.i) for t in whole
    ]
