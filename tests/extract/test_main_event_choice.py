"""The main event's sentence choice (weighted features) and the length of its what, on
sentences written for these tests."""

from __future__ import annotations

import pytest

from newsclaims import analyze
from newsclaims.extract.main_event import find_main_event, sentence_features, sentence_weights
from newsclaims.extract.pipeline import parse_articles
from newsclaims.model import Article

pytestmark = pytest.mark.model


def _what(text: str, title: str) -> str | None:
    analysis = analyze(text, published="2026-04-18", title=title)
    main = analysis.main_event
    assert main is not None
    return None if main.what is None else main.what.text


def _features(text: str, title: str) -> list[dict[str, float]]:
    doc, _ = next(iter(parse_articles([Article(text=text, title=title)])))
    return sentence_features(doc, doc._.newsclaims_title, doc._.newsclaims_headline)


def test_what_keeps_the_objects_prepositional_complement() -> None:
    what = _what(
        "Senator Ada Holm threw her support behind Governor Paul Marsh on Tuesday. "
        "The two met in the capital.",
        title="Support for Marsh in the governor race",
    )
    assert what == "threw her support behind Governor Paul Marsh"


def test_what_keeps_the_complement_whose_noun_has_a_clause_with_a_time() -> None:
    # the place/time check reads the phrase's own noun, not the relative clause under it
    what = _what(
        "The governor threw her support behind the mayor, who faces a recall vote next "
        "month. The two met in the capital.",
        title="Support for the mayor",
    )
    assert what == "threw her support behind the mayor"


def test_what_keeps_no_place_after_the_object() -> None:
    what = _what(
        "Hundreds of nurses handed a petition to the minister in the capital on Monday. "
        "They want higher pay.",
        title="Pay dispute in the health service",
    )
    assert what is not None and what.startswith("handed a petition")
    assert "capital" not in what


def test_what_stops_before_a_quoted_argument() -> None:
    what = _what(
        "Mayor Jon Reyes denied on Monday that the harbour plan “was ever a secret deal "
        "with the board” in a speech. The council meets again in May.",
        title="Harbour plan under fire",
    )
    assert what is not None and what.startswith("denied")
    assert "“" not in what and "secret" not in what


def test_what_keeps_no_quoted_complement_after_the_object() -> None:
    what = _what(
        "Mayor Jon Reyes branded the harbour plan as “a secret deal” on Monday. "
        "The council meets again in May.",
        title="Harbour plan under fire",
    )
    assert what is not None and what.startswith("branded the harbour plan")
    assert "“" not in what


def test_features_mark_background_opener_and_quote() -> None:
    rows = _features(
        "Last year the council had approved a new tram line for the old town. "
        "On a cold night in March, a crowd gathered near the square to watch the first tram. "
        "The transport chief said the line “is a gift to the town” in her speech.",
        title="New tram line opens",
    )
    assert len(rows) == 3
    assert rows[0]["background"] == 1.0 and rows[0]["first"] == 1.0
    assert rows[1]["opener"] == 1.0 and rows[1]["background"] == 0.0 and rows[1]["first"] == 0.0
    assert rows[2]["quote"] == 1.0 and rows[0]["quote"] == 0.0


def test_every_feature_has_a_weight() -> None:
    rows = _features("The council approved a new tram line on Monday.", title="Tram line")
    assert set(rows[0]) == set(sentence_weights())


def test_pick_tells_the_sentence_of_that_rank() -> None:
    text = (
        "The council approved a new tram line on Monday. "
        "Residents of the old town welcomed the decision at a meeting."
    )
    doc, _ = next(iter(parse_articles([Article(text=text, title="Tram line")])))
    draft = find_main_event(doc, "Tram line", doc._.newsclaims_headline, pick=1)
    assert draft is not None and draft.what is not None
    assert text[draft.what.start : draft.what.end].startswith("welcomed the decision")
    weighted = find_main_event(doc, "Tram line", doc._.newsclaims_headline, weights={"first": 5.0})
    assert weighted is not None and weighted.what is not None
    assert text[weighted.what.start : weighted.what.end].startswith("approved")


def test_a_tie_in_score_goes_to_the_earlier_sentence_whatever_the_float_sums() -> None:
    # weights under which the first and the third sentence score the same (1 - (1 - 1/3) and 1/3,
    # the second less for its pronoun): summed in floating point the third comes out a hair
    # higher; the tie must go to the earlier sentence, as news tells its main event first
    text = (
        "Mayor Lena Brandt opened the new ferry terminal on Tuesday. "
        "She cut a ribbon at the pier. "
        "Harbour workers painted the old sheds near the quay."
    )
    doc, _ = next(iter(parse_articles([Article(text=text)])))
    weights = {"position": 1.0, "first": -(1 - 1 / 3), "pronoun": -1.0}
    rows = sentence_features(doc, None)
    scores = [sum(weights.get(k, 0.0) * v for k, v in row.items()) for row in rows]
    assert scores[2] > scores[0]  # the float sums the finder sees, not a tie
    draft = find_main_event(doc, None, None, weights=weights)
    assert draft is not None and draft.what is not None
    assert text[draft.what.start : draft.what.end].startswith("opened")


def _who_what(text: str, title: str) -> tuple[str | None, str | None]:
    main = analyze(text, published="2026-04-18", title=title).main_event
    assert main is not None
    return (
        None if main.who is None else main.who.text,
        None if main.what is None else main.what.text,
    )


@pytest.mark.parametrize(
    ("title", "text", "who", "what"),
    [
        # "hours after X": X is the occasion, the main clause the news
        (
            "Ostby school roof fire",
            "Police arrested two teenagers in Ostby on Monday, hours after a fire damaged the "
            "roof of the town's school. Classes will resume next week.",
            "Police",
            "arrested two teenagers",
        ),
        # a bare participle after the main clause tells a side of its event
        (
            "An end to ferry queues in Ostby",
            "Mayor Lena Brandt will open the new Ostby bridge on Friday, finally ending a "
            "decade of ferry queues. The bridge cost 40 million euros.",
            "Lena Brandt",
            "will open the new Ostby bridge",
        ),
        # "if X" is a condition, no event
        (
            "Unsafe roof at Ostby school",
            "Pupils of Ostby school moved into the town hall on Monday and will stay there "
            "for a month if engineers find the school roof unsafe. Engineers are checking "
            "the building.",
            "Pupils of Ostby school",
            "moved into the town hall",
        ),
    ],
)
def test_a_subordinate_clause_is_not_the_event_even_if_it_repeats_the_headline(
    title: str, text: str, who: str, what: str
) -> None:
    assert _who_what(text, title) == (who, what)


def test_headline_what_when_the_text_drops_what_the_verb_answers() -> None:
    # the text says "responded" but not to what: the headline's "responds to council attack"
    # tells the event; a text that says the attack keeps its own phrase
    who, what = _who_what(
        "Mayor Ana Costa responded first by thanking the crowd at a town hall meeting on "
        "Monday. Council members had criticised her housing plan for weeks.",
        title="Costa responds to council attack",
    )
    assert who is not None and who.endswith("Costa")
    assert what == "responds to council attack"
    _, what = _who_what(
        "Mayor Ana Costa responded to the council's attack on her housing plan at a town hall "
        "meeting on Monday. Council members had criticised the plan for weeks.",
        title="Costa responds to council attack",
    )
    assert what == "responded to the council's attack on her housing plan"
    # a place after the verb is no object: the text's phrase stays
    _, what = _who_what(
        "Mayor Ana Costa protested with residents on Monday. Council members had criticised "
        "her housing plan for weeks.",
        title="Costa protests outside City Hall",
    )
    assert what == "protested with residents"


def test_a_past_tense_verb_the_parser_read_as_a_participle_is_the_ledes_verb() -> None:
    # the parser reads "The ferry union named Sen. ..." as a noun phrase with a participle:
    # the lede is still the event, its noun the subject (not the name after "named")
    who, what = _who_what(
        "The ferry union named Sen. Ada Holm, D-Maine, when asked to pick a deputy, if she "
        "should win.\n\nHolm thanked the members at a meeting. The vote is next month.",
        title="Union picks its deputy",
    )
    assert who == "The ferry union"
    assert what is not None and what.startswith("named Sen. Ada Holm")
