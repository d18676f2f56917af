"""The main event's who as the phrase a reader names the actor by (session 35, fivew13): the
fullest name the text gives the actor, the speaker behind a reported "we", and the headline's
own words for a subject the text never names that way."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsclaims import analyze
from newsclaims.extract import main_event
from newsclaims.extract.main_event import _headline_words, headline_actor_types, speaker_self_words
from newsclaims.lexicons import read_words
from newsclaims.model import Analysis, MainEvent

pytestmark = pytest.mark.model


def _analysis(text: str, title: str | None = None) -> Analysis:
    analysis = analyze(text, published="2026-04-18", title=title)
    assert analysis.main_event is not None
    return analysis


def _who(main: MainEvent | None) -> str | None:
    return None if main is None or main.who is None else main.who.text


def test_who_is_the_fullest_name_the_lead_gives_the_actor() -> None:
    main = _analysis(
        "Mayor Lena Brandt has waited ten years for this day. On Friday, Brandt opened the new "
        "Harbour Bridge in Lisbon, two years after construction began.",
        title="Brandt opens Harbour Bridge",
    ).main_event
    assert _who(main) == "Lena Brandt"


@pytest.mark.parametrize(
    ("text", "title", "who"),
    [
        # a job title, an office or a nationality before the name is no part of it
        (
            "Orchard CEO Tim Walden has led the firm for years. On Friday, Walden opened a new "
            "store in Lisbon.",
            "Walden opens store",
            "Tim Walden",
        ),
        (
            "Space agency Administrator Bill Norton has waited ten years for this launch. On "
            "Friday, Norton opened the new launch site in Faro.",
            "Norton opens launch site",
            "Bill Norton",
        ),
        (
            "Coach Dana Whitfield has waited ten years for this day. On Friday, Whitfield opened "
            "the new stadium in Lisbon.",
            "Whitfield opens stadium",
            "Dana Whitfield",
        ),
        (
            "Omani Prince Alwaleed Bin Rashid mocked the mayor's plan for the harbour on "
            "Thursday, hours after the council voted. Prince Alwaleed later deleted the post.",
            "Mayor's harbour plan mocked online",
            "Prince Alwaleed Bin Rashid",
        ),
        # a role the recogniser read as part of the person's name is left off too
        (
            "Driver Ana Ruiz has waited ten years for this day. On Friday, Ruiz opened the new "
            "Harbour Bridge in Faro.",
            "Ruiz opens Harbour Bridge",
            "Ana Ruiz",
        ),
        # a given name the entity finder left off the name is taken, not the title before it
        (
            "Saudi Prince Yusuf Al Hamad mocked the mayor's plan for the harbour on Thursday, "
            "hours after the council voted.",
            "Mayor's harbour plan mocked online",
            "Yusuf Al Hamad",
        ),
        # ... and so is a person's name the entity finder split in two ("Alwaleed", a person
        # by "Prince Alwaleed" later, and "Bin Hamad")
        (
            "Saudi Prince Alwaleed Bin Hamad mocked the mayor's plan for the harbour on "
            "Thursday, hours after the council voted. Prince Alwaleed later deleted the post.",
            "Mayor's harbour plan mocked online",
            "Alwaleed Bin Hamad",
        ),
    ],
)
def test_who_extends_a_name_over_given_names_never_over_a_title(
    text: str, title: str, who: str
) -> None:
    assert _who(_analysis(text, title=title).main_event) == who


def test_who_of_a_reported_we_is_the_speaker() -> None:
    main = _analysis(
        "Republican candidate Ana Costa argued that if her rival Leo Brandt is mayor \u201cwe "
        "will see shops close on the high street, and we will see our taxes go up\u201d on "
        "Wednesday\u2019s radio show. Costa said the town could not afford it.",
        title="Costa: Brandt Would Close Shops On High Street",
    ).main_event
    assert main is not None and main.what is not None and main.what.text == "will see shops"
    assert _who(main) == "Ana Costa"


def test_who_is_the_headline_subject_when_the_text_never_names_it_so() -> None:
    analysis = _analysis(
        "Heading into Tuesday's vote, councillor Mira Olsen's lead over her rival among "
        "voters in the harbour wards has virtually disappeared, a new poll shows.",
        title="Mira Got Blindsided By Stunning Poll",
    )
    main = analysis.main_event
    assert main is not None and main.what is not None and main.what.in_title
    assert main.who is not None and main.who.in_title
    assert analysis.article.title is not None
    assert analysis.article.title[main.who.start : main.who.end] == main.who.text == "Mira"


def _headline(words: list[str], heads: list[int], deps: list[str], ents: list[str]) -> Doc:
    pos = ["PROPN" if w[:1].isupper() else "NOUN" for w in words]
    pos[deps.index("ROOT")] = "VERB"
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos, ents=ents)


@pytest.mark.parametrize(
    ("words", "heads", "deps", "ents", "who"),
    [
        # "Super Tuesday brings parties": a day is no actor
        (
            ["Super", "Tuesday", "brings", "parties"],
            [1, 2, 2, 2],
            ["compound", "nsubj", "ROOT", "dobj"],
            ["B-DATE", "I-DATE", "O", "O"],
            None,
        ),
        # "Harbour mom speechwriter reveals plan": the headline's words
        (
            ["Harbour", "mom", "speechwriter", "reveals", "plan"],
            [2, 2, 3, 3, 3],
            ["compound", "compound", "nsubj", "ROOT", "dobj"],
            ["O", "O", "O", "O", "O"],
            "Harbour mom speechwriter",
        ),
    ],
)
def test_headline_words_are_who_unless_a_day_or_place(
    words: list[str], heads: list[int], deps: list[str], ents: list[str], who: str | None
) -> None:
    headline = _headline(words, heads, deps, ents)
    part = _headline_words(headline[deps.index("ROOT")])
    text = None if part is None else headline.text[part.start : part.end]
    assert text == who
    assert part is None or part.in_title


def test_who_word_lists_are_read_from_the_modules_data() -> None:
    data = Path(main_event.__file__).parent / "data"
    assert speaker_self_words() == read_words(data / "speaker_self_words.tsv") == {"i", "we"}
    types = headline_actor_types()
    assert types == read_words(data / "headline_actor_types.tsv")
    assert "PERSON" in types and "DATE" not in types and "GPE" not in types


def test_who_of_a_title_case_headline_is_not_the_name_that_modifies_a_title() -> None:
    # "Harbourton Ferry Union Chief" is the union's chief, not the union: the person the
    # text ties to the union ("Ola Berg, who leads the Harbourton Ferry Union")
    analysis = _analysis(
        "Ola Berg, who leads the Harbourton Ferry Union, on Tuesday welcomed the proposal that "
        "Mayor Lena Brandt put forward. The plan adds two boats.",
        title="Harbourton Ferry Union Chief Praises Mayor's Rescue Plan",
    )
    assert _who(analysis.main_event) == "Ola Berg"
    # a text that ties no person to the union names no chief: no who rather than the union
    analysis = _analysis(
        "The Harbourton Ferry Union on Tuesday welcomed the proposal that Mayor Lena Brandt put "
        "forward. The plan adds two boats.",
        title="Harbourton Ferry Union Chief Praises Mayor's Rescue Plan",
    )
    assert _who(analysis.main_event) != "Harbourton Ferry Union"


@pytest.mark.parametrize(
    ("text", "title", "who"),
    [
        (
            "Residents who wrote to Harbourton Council say they broke a promise to repair the "
            "pier.",
            "Council broke promise",
            "Residents",
        ),
        (
            "Teachers working for the Education Ministry say they cut school funding again this "
            "year.",
            "Ministry cut funding",
            "Teachers",
        ),
    ],
)
def test_a_reported_they_is_not_taken_for_the_speakers(text: str, title: str, who: str) -> None:
    # "they" may be the body the speakers name, as the headline does: not the speakers
    # (session 38 fivew38b's "they of plural speakers" rule, removed in fix38c)
    assert _who(_analysis(text, title=title).main_event) != who


@pytest.mark.parametrize(
    ("text", "title", "who"),
    [
        # a headline that names the actor by a role alone ("Judge blocks ...") names the
        # person the text gives that role, and the who keeps the role as the text writes it
        (
            "HARBOURTON - Federal District Judge Marta Quill late Thursday issued an injunction "
            "blocking the closure of the ferry line. Quill said the council had ignored the law.",
            "Judge blocks ferry closure",
            "Federal District Judge Marta Quill",
        ),
        # ... and so does a role a name only modifies ("Harbourton governor"): the person
        # the text calls governor, not the town
        (
            "HARBOURTON - Carla Lopez, trailing in the polls before the vote in May, received "
            "the endorsement of Governor Tom Reyes on Friday. Reyes praised her record on "
            "schools.",
            "Harbourton governor endorses Lopez",
            "Governor Tom Reyes",
        ),
        (
            "Saudi Prince Yusuf Al Hamad mocked the mayor's plan for the harbour on Thursday, "
            "hours after the council voted.",
            "Prince mocks mayor",
            "Saudi Prince Yusuf Al Hamad",
        ),
    ],
)
def test_who_of_a_role_subject_is_the_person_the_text_gives_the_role(
    text: str, title: str, who: str
) -> None:
    assert _who(_analysis(text, title=title).main_event) == who


def test_who_of_a_role_subject_is_the_text_subject_of_the_headline_verb() -> None:
    # the text calls the union's chief its "head": the subject of the text's "praised",
    # the verb the headline tells ("Chief Praises"), is the chief
    analysis = _analysis(
        "The head of the largest ferry workers' union in the harbour, Ola Berg, praised the "
        "efforts of the council on Friday. The plan adds two boats to the winter timetable.",
        title="Harbourton Ferry Union Chief Praises Mayor's Rescue Plan",
    )
    assert _who(analysis.main_event) == "Ola Berg"


def test_headline_words_of_a_subject_the_parser_split_in_two() -> None:
    # "Harbour mom speechwriter reveals plan" parsed with "Harbour" and "speechwriter" both
    # subjects of "reveals": one subject, whose head is the nearer, "Harbour" its modifier
    headline = _headline(
        ["Harbour", "mom", "speechwriter", "reveals", "plan"],
        [3, 2, 3, 3, 3],
        ["nsubj", "compound", "nsubj", "ROOT", "dobj"],
        ["B-GPE", "O", "O", "O", "O"],
    )
    part = _headline_words(headline[3])
    assert part is not None and part.in_title
    assert headline.text[part.start : part.end] == "Harbour mom speechwriter"


@pytest.mark.parametrize(
    ("text", "title", "who"),
    [
        # a headline role with a place ("Texas governor") is not another place's holder of
        # the role ("California Governor ..."): the person the text ties to the place
        (
            "California Governor Gavin Newsom mocked Greg Abbott, the Texas governor, who "
            "vetoed the bathroom bill on Friday. Abbott said the bill was flawed.",
            "Texas governor vetoes bathroom bill",
            "Greg Abbott",
        ),
        (
            "Ohio Governor John Kasich criticised Mike Pence, the Indiana governor who signed "
            "the abortion ban into law on Thursday. Pence said the law protects life.",
            "Indiana governor signs abortion ban",
            "Mike Pence",
        ),
    ],
)
def test_who_of_a_role_with_a_place_is_not_another_place_s_holder(
    text: str, title: str, who: str
) -> None:
    assert _who(_analysis(text, title=title).main_event) == who


def test_who_of_a_role_subject_is_not_a_text_subject_without_the_role() -> None:
    # the text's "praised" has the harbour's mayor as subject, neither a chief nor tied to
    # the union: not the headline's union chief (no who rather than the wrong person)
    analysis = _analysis(
        "The mayor of the harbour, Ana Costa, praised the efforts of the ferry union on Friday. "
        "The plan adds two boats to the winter timetable.",
        title="Harbourton Ferry Union Chief Praises Mayor's Rescue Plan",
    )
    assert _who(analysis.main_event) is None
