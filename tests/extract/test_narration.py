"""The outlet's own narration (``extract/narration.py``): what is left out as no one's own
statement, on invented sentences."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from newsclaims import analyze
from newsclaims.extract.attribution import _quotation_chars, open_quotations
from newsclaims.extract.furniture import run_together
from newsclaims.extract.narration import _holds_a_view, view_words, views_the_sentence
from newsclaims.extract.pipeline import build_pipeline

pytestmark = pytest.mark.model


def _narration(text: str) -> list[str]:
    return [c.text for c in analyze(text).claims if c.kind.value == "narration"]


def test_narration_a_sentence_after_a_photo_credit_stays_the_outlets() -> None:
    text = (
        "The council approved the new budget for the harbor district on Monday evening. "
        "(Photo: Dana Whitfield, AP) The budget adds two ferries to the winter timetable."
    )
    found = _narration(text)
    assert any("two ferries" in t for t in found)
    # the sentence before a credit naming a photographer and an outlet is its caption
    assert not any("council approved" in t for t in found)


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        (
            "The Harbor Hawks were two games down in the final but came back late on Sunday "
            "to win the cup Coach Ana Ruiz celebrates with her players on the ice.",
            "Ana Ruiz",
        ),
        (
            "The new speed limits on the coast road took effect for every driver this week "
            "WHAT THE NEW LAW MEANS FOR DRIVERS The fines double on the first of the month.",
            "speed limits",
        ),
        (
            "Thousands of fans packed the old square late on Sunday night Harbor City fan Ana "
            "Ruiz nervously covers her face as the final whistle nears.",
            "Ana",
        ),
    ],
)
def test_narration_clauses_run_together_without_punctuation_are_not_one_assertion(
    text: str, glued: str
) -> None:
    assert not any(glued in t for t in _narration(text))


@pytest.mark.parametrize(
    "text",
    [
        "The council met on Monday and Mayor Ana Ruiz opened the session with a short speech.",
        "The crowd in the square sang for an hour as Coach Ana Ruiz lifted the cup on the stage.",
        "The team flew home on Monday morning to meet Mayor Ana Ruiz at the city hall.",
        "Young Formula One star Lena Brandt kept her car on the track despite the heavy rain.",
        "Late on Monday the evening news anchor Dana Lee was seen leaving the tower with aides.",
        "In the harbor office the chief of staff Tom Hale was seen carrying boxes to a van.",
        # a noun in "-ly" before a caption's verb is no adverb ("nervously covers")
        "Ferries leave at dawn and every morning the whole Harbor Road rally waves flags at them.",
    ],
)
def test_narration_a_sentence_with_names_inside_stays_one_assertion(text: str) -> None:
    assert _narration(text) == [text.rstrip(".")]


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        ("Trips that the weekly HARBOR NEWS paid for were listed in March.", False),
        ("He spoke to the local broadcaster BFM TV late that night.", False),
        ("The fines took effect this week WHAT THE NEW LAW MEANS The fines double.", True),
    ],
)
def test_narration_a_name_in_capitals_is_no_heading(text: str, glued: bool) -> None:
    assert bool(run_together(text, 0, len(text))) is glued


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        (
            'The mayor spoke at the harbor on Monday morning. "We built this port with our own '
            "money. We will keep it open for every ship that comes.\n\nThe council paid for "
            'the new crane last year," she said.',
            "keep it open",
        ),
        (
            "The mayor spoke at the harbor on Monday morning. \u2018We built this port with our "
            "own money. We will keep it open for every ship that comes.\n\nThe council paid "
            "for the new crane last year,\u2019 she said.",
            "keep it open",
        ),
    ],
)
def test_narration_a_sentence_inside_an_unpaired_quotation_is_not_the_outlets(
    text: str, quoted: str
) -> None:
    found = _narration(text)
    assert any("mayor spoke" in t for t in found)
    assert not any(quoted in t for t in found)


def test_narration_sentences_between_two_quotations_stay_the_outlets() -> None:
    text = (
        'The mayor opened the session. "We will build it," she said. The council voted on '
        'the plan late in the evening. "It is too costly," Tom Hale said.'
    )
    assert any("council voted" in t for t in _narration(text))


@pytest.mark.parametrize(
    ("caption", "kept"),
    [
        ("Fans wave flags outside the old stadium before the final on Sunday.", False),
        ("Supporters of the mayor are seen outside the town hall after the vote.", False),
        ("The ferry crossed the bay twice before the storm reached the harbor.", True),
        ("The Hawks have won the cup for the first time in forty years.", True),
    ],
)
def test_narration_a_present_tense_sentence_before_a_lone_credit_is_its_caption(
    caption: str, kept: bool
) -> None:
    text = (
        "The council approved the new budget for the harbor district on Monday evening. "
        f"{caption} (Photo: Dana Whitfield, AP) The budget adds two ferries to the timetable."
    )
    found = _narration(text)
    assert any("two ferries" in t for t in found)
    assert (caption.rstrip(".") in found) is kept


def test_narration_a_sentence_before_a_poll_credit_stays_the_outlets() -> None:
    text = (
        "The mayor faces a close race. Support for her fell to 41 percent. (Reuters/Ipsos) "
        "Harbor City voters go to the polls in May."
    )
    assert "Support for her fell to 41 percent" in _narration(text)


@pytest.mark.parametrize(
    ("heading", "kept"),
    [
        ("Harbor Fans Take to the Streets After the Big Final", False),
        ("WHAT THE NEW BUDGET MEANS FOR FERRY PASSENGERS", False),
        ("The Harbor Hawks Are Champions Again.", True),
        ("The Harbor Hawks won the cup on Sunday", True),
        # in capitals with a full stop in a text in lower case: a heading still (a list of
        # headlines, "HOW HARBOR TOWNS ARE COURTING YOUNG SAILORS.")
        ("THE MAYOR OPENED THE NEW FERRY TERMINAL ON SUNDAY.", False),
    ],
)
def test_narration_a_heading_is_no_assertion(heading: str, kept: bool) -> None:
    text = (
        "The council approved the new budget for the harbor district on Monday evening.\n\n"
        f"{heading}\n\nThe budget adds two ferries to the winter timetable."
    )
    found = _narration(text)
    assert any("two ferries" in t for t in found)
    assert (heading.rstrip(".") in found) is kept


def test_narration_a_story_in_capitals_keeps_its_narration() -> None:
    """Wire copy in capitals: when most of the text is capitals, capitals tell no heading."""
    text = (
        "The council approved the new budget for the harbor district on Monday evening.\n\n"
        "The mayor opened the new ferry terminal on the north pier last week.\n\n"
        "Fishermen asked the council for a longer season in the bay."
    )
    found = _narration(text)
    assert len(found) == 2
    assert _narration(text.upper()) == [t.upper() for t in found]


@pytest.mark.parametrize(
    ("text", "opened"),
    [
        ('Ana said: "We came. We stayed.\n\nWe won the cup," she said.', ['"We came']),
        # two quotations with their marks paired by the scanner: nothing left open
        ('"We came," Ana said. The crowd sang. "We won," Tom said.', []),
        # a few words in marks within one sentence ("the blue 'W'"), markup's attributes
        ("Fans waved flags with the blue 'W' on them. They sang all night.", []),
        ('<p date="May 1\n">The port opened.\n\nShips came in," Ana said.', []),
    ],
)
def test_narration_open_quotations_are_sentences_between_lone_marks(
    text: str, opened: list[str]
) -> None:
    found = open_quotations(text, _quotation_chars(text))
    assert [text[s : s + 8] for s, _e in found] == opened


def test_narration_view_words_are_every_token_that_can_tell_a_view() -> None:
    """``view_words`` (the tokens whose lemma is in a view list) holds every token that
    ``_holds_a_view`` takes, so that a sentence read through it gives what reading all its
    tokens gives; "hoping" is read "hop" by the lemmatizer and "hope" by the view check."""
    text = (
        "Many shoppers think the bar has shrunk. Residents saw the plan as a mistake. "
        "The mayor was confident the council would agree. In the view of many, it failed. "
        "Fans were hoping the team would win. The ferry sails at noon."
    )
    doc = build_pipeline()(text)
    views = view_words(doc)
    assert [i for i in range(len(doc)) if _holds_a_view(doc[i])] == [
        i for i in views if _holds_a_view(doc[i])
    ]
    assert [views_the_sentence(s) for s in doc.sents] == [
        views_the_sentence(s, views) for s in doc.sents
    ]
    assert [views_the_sentence(s) for s in doc.sents] == [True, True, True, True, True, False]


@pytest.mark.parametrize(
    ("text", "glued"),
    [
        # a past-tense caption with no full stop, then the article's sentence: the parse
        # reads the capitalised common word as a new clause's first word
        (
            "The pier reopened on Friday after two years of repairs. Ana Ruiz arrived at the "
            "pier in Dunmore with her two sons for the first boat trip of the season Cheers "
            "rang out over the water as the band played on the quay.",
            "Cheers",
        ),
        (
            "The pier reopened on Friday after two years of repairs. Tom Reyes waited for the "
            "first ferry of the morning in the rain at the end of the long queue Outside the "
            "ticket office the crowd grew all morning.",
            "Outside",
        ),
    ],
)
def test_narration_a_caption_without_a_stop_glued_to_a_sentence_is_no_assertion(
    text: str, glued: str
) -> None:
    found = _narration(text)
    assert any("pier reopened" in t for t in found)  # the real sentence before it stays
    assert not any(glued in t for t in found)


@pytest.mark.parametrize(
    "text",
    [
        # a name, a party or a nationality after a noun is no clause's start
        "The new ferry to Dunmore carried the team Harbor Rovers across the bay on Sunday.",
        "The harbour board sold two boats to three Swiss buyers at the spring auction.",
        "Her only brother Sam had sailed the route every summer since the war ended.",
        # a real short paragraph between two others stays
        "The pier reopened on Friday. Ana Ruiz arrived at the pier in Dunmore on Tuesday. "
        "The trial began a week late after a juror fell ill.",
    ],
)
def test_narration_a_name_after_a_noun_is_no_glued_caption(text: str) -> None:
    found = _narration(text)
    assert " ".join(found) == " ".join(s.rstrip(".") for s in text.split(". ")).rstrip(".")


def _between_captions(sentence: str) -> str:
    return (
        "The pier reopened on Friday after two years of repairs. Fans wave flags at the "
        f"harbour (Getty) {sentence} Ana Ruiz greets the captain on the quay (Getty Images) "
        "The ferry left at noon with 200 passengers on board."
    )


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # a present-tense sentence alone between two captions is a caption too
        ("The crew celebrates on the quay after the first crossing of the year.", False),
        ("Crew members are seen on the quay after the first crossing of the year.", False),
        # a real short paragraph there tells the news in the past tense: it stays
        ("The crew celebrated on the quay after the first crossing of the year.", True),
        ("The crew has sailed the route every summer since the war ended.", True),
    ],
)
def test_narration_a_present_tense_sentence_between_captions_is_one(
    sentence: str, kept: bool
) -> None:
    found = _narration(_between_captions(sentence))
    assert any("pier reopened" in t for t in found)
    assert (sentence.rstrip(".") in found) is kept


@pytest.mark.parametrize(
    "text",
    [
        # a capitalised word after a noun that names a work, a team or a slogan is its title,
        # not a new clause glued on ("the drama Suits", "the novel Them")
        "The channel published its schedule on Monday. The legal drama Suits returned to the "
        "evening slot in Kessington after a long break.",
        "The prizes were handed out on Friday. The novel Them won the top prize for fiction "
        "at the festival in Kessington.",
        "The campaign began on Monday. The slogan Together gathered support across the county "
        "of Brackwater.",
    ],
)
def test_narration_a_title_after_a_naming_noun_is_no_glued_caption(text: str) -> None:
    assert _narration(text) == [s.rstrip(".") for s in text.split(". ")]


def test_narration_a_present_tense_paragraph_between_adverts_stays() -> None:
    # an advert's marker on each side is no caption: the paragraph between them is the
    # outlet's (only pictures' captions and credits make a caption of a sentence between them)
    text = (
        "The storm hit Kessington on Sunday night.\n\nADVERTISEMENT\n\n"
        "The harbour wall is now the town's biggest problem.\n\nADVERTISEMENT\n\n"
        "The mayor visited the harbour on Monday."
    )
    assert "The harbour wall is now the town's biggest problem" in _narration(text)


@pytest.mark.parametrize(
    ("caption", "kept"),
    [
        # a caption opened by a one- or two-word label and a colon, with no finite verb
        # after it: a photo's caption, not the outlet's statement
        ("Waiting: Ana Ruiz and her aide outside the court in Dunmore on Tuesday.", False),
        ("Smiling: Tom Reyes holding the cup aloft after the final in Marlow.", False),
        ("Celebrating: Tom Reyes and his coach on the pitch in Marlow after the final.", False),
        # a label before a finite verb may tell the news: it stays the outlet's
        ("Update: the council has voted to close the library in Dunmore.", True),
        ("Waiting: Ana Ruiz and her aide waited outside the court in Dunmore on Tuesday.", True),
        # a colon later in the sentence is no label
        ("The cause was simple: the old pier had rotted through in two places.", True),
    ],
)
def test_narration_a_label_caption_without_a_finite_verb_is_no_assertion(
    caption: str, kept: bool
) -> None:
    text = f"The pier reopened on Friday after two years of repairs. {caption}"
    found = _narration(text)
    assert any("pier reopened" in t for t in found)
    assert any(caption.split(": ")[1].rstrip(".")[:25] in t for t in found) is kept


def test_narration_a_headline_quote_label_stays_a_claim() -> None:
    # a named speaker before the colon: the words are his claim, not a caption
    found = analyze("Tom Reyes: we will win the seat back in Dunmore next spring.").claims
    assert any("win the seat" in c.text and c.kind.value != "narration" for c in found)


@pytest.mark.parametrize(
    ("sentence", "kept"),
    [
        # an embedded post that lost its signature: a tag glued to its stop, or a run of tags
        ("It now looks like a garden fence.#BringBackTheOldBar", False),
        ("Nobody asked for a smaller bar this winter #chocolate #shrinkflation", False),
        # a tag that the sentence uses as a noun stays the outlet's
        ("Almost all of #Brindle's brand identity rests on the shape of its bar.", True),
        ("Hundreds of buyers wrote to the firm about #Brindle on Tuesday.", True),
    ],
)
def test_narration_a_sentence_with_a_run_of_hashtags_is_no_assertion(
    sentence: str, kept: bool
) -> None:
    text = f"The confectioner changed the shape of its bar in March. {sentence}"
    found = _narration(text)
    assert any("confectioner changed" in t for t in found)
    assert any(sentence[:20] in t for t in found) is kept


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        # a headline's kicker label before the outlet's own statement (med48): the statement
        # after the label is the outlet's, without the label
        (
            "Exclusive: Mayor Tilda Brask to quit as mayor of Dunmore next month.",
            "Mayor Tilda Brask to quit as mayor of Dunmore next month",
        ),
        (
            "Update: council votes to close the pier in Dunmore.",
            "council votes to close the pier in Dunmore",
        ),
        (
            "Watch: firefighters battle a blaze at the old mill in Dunmore.",
            "firefighters battle a blaze at the old mill in Dunmore",
        ),
        (
            "EXCLUSIVE: the council plans to close the library in Dunmore.",
            "the council plans to close the library in Dunmore",
        ),
    ],
)
def test_narration_a_kicker_label_leaves_the_statement_after_it(
    sentence: str, statement: str
) -> None:
    found = _narration(f"The pier reopened on Friday after two years of repairs. {sentence}")
    assert any("pier reopened" in t for t in found)
    assert statement in found
    label = sentence.split(":", maxsplit=1)[0].lower()
    assert not any(t.lower().startswith(label) for t in found)


@pytest.mark.parametrize(
    "sentence",
    [
        # controls: a caption's label is no kicker, and a kicker before words with no verb of
        # their own (a video's title) leaves no statement
        "Waiting: Ana Ruiz and her aide outside the court in Dunmore on Tuesday.",
        "Watch: the moment the old mill in Dunmore went up in flames.",
        "Update: more details on the closure of the pier in Dunmore.",
        "Analysis: why the council in Dunmore lost its nerve over the pier.",
        # an analysis or opinion label before a statement: a writer's judgement, not the
        # outlet's report (review rev48c)
        "Analysis: The council in Dunmore has misjudged the pier vote.",
        "Opinion: The council in Dunmore has misjudged the pier vote.",
    ],
)
def test_narration_a_kicker_or_caption_label_without_a_statement_stays_out(sentence: str) -> None:
    found = _narration(f"The pier reopened on Friday after two years of repairs. {sentence}")
    assert any("pier reopened" in t for t in found)
    assert not any("Dunmore" in t for t in found)


@pytest.mark.parametrize(
    ("sentence", "statement"),
    [
        # a prose sentence that quotes a run of tags stays the outlet's whole (med48)
        (
            "Fans held signs reading #SaveThePier #KeepItOpen as they marched, and the council "
            "voted to keep the pier open.",
            "Fans held signs reading #SaveThePier #KeepItOpen as they marched, and the council "
            "voted to keep the pier open",
        ),
        # control: a post's tags run into the article's next sentence with no stop: only the
        # sentence after the tags is the outlet's (the parse splits it there)
        (
            "Nobody asked for a smaller pier #SaveThePier #KeepItOpen The council voted on "
            "Monday to keep the pier open.",
            "The council voted on Monday to keep the pier open",
        ),
    ],
)
def test_narration_a_run_of_tags_drops_only_the_tags(sentence: str, statement: str) -> None:
    found = _narration(f"The pier reopened on Friday after two years of repairs. {sentence}")
    assert statement in found
    assert not any("Nobody asked" in t for t in found)


@pytest.mark.parametrize(
    "text",
    [
        # the colon as the second, third, fourth and fifth token of a sentence, after a
        # paragraph break (a space token first) and not; a colon further on; none
        "The pier reopened on Friday. Exclusive: Mayor Tilda Brask to quit as mayor.",
        "The pier reopened on Friday.\n\nBreaking news: council votes to close the pier.",
        "The pier reopened on Friday.\n\nUpdate : council votes to close the pier.",
        "The pier reopened on Friday. Big breaking news: council votes to close the pier.",
        "The pier reopened on Friday. The council said one thing: the pier stays shut.",
        "The pier reopened on Friday after two years of repairs in Dunmore.",
    ],
)
def test_statement_words_reads_a_kicker_only_where_its_colon_can_be(text: str) -> None:
    """``_statement_words`` asks ``_after_kicker`` only of a sentence with a ":" among its
    first four tokens (speed50): the same words as asking it of every sentence."""
    from newsclaims.extract import narration  # noqa: PLC0415 - private helpers under test
    from newsclaims.extract.spans import doc_text, token_indexes  # noqa: PLC0415

    doc = build_pipeline()(text)
    every = list(range(len(doc)))  # a "colon" at every token: the kicker always asked
    colons = token_indexes(doc, "ORTH", (":",))
    for sent in doc.sents:
        asked = narration._statement_words(doc_text(doc), sent, every)
        read = narration._statement_words(doc_text(doc), sent, colons)
        assert _bounds(read) == _bounds(asked)
        if not any(sent.start <= i < sent.start + 4 for i in colons):
            assert narration._after_kicker(sent) is None


def _bounds(span: Span | None) -> tuple[int, int] | None:
    return None if span is None else (span.start, span.end)
