"""A headline's verb read as a verb where the model reads it as a noun or a name."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsclaims import analyze
from newsclaims.extract import headline_reading as reading_module
from newsclaims.extract.headline_reading import headline_reading, past_form, reading_words
from newsclaims.extract.pipeline import STAGES, _model_parse, build_pipeline
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


def test_a_name_the_text_capitalises_is_not_read_as_a_verb() -> None:
    # "Brandt Parade ..." : "Parade" is the name of a street in the text, never a verb here
    _, tokens = _read(
        "Lena Brandt Parade plans under review",
        "Residents of Lena Brandt Parade met on Tuesday. The plans for Brandt Parade were shown.",
    )
    assert "Parade/ROOT" not in tokens


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
