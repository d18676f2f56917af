"""A person's name printed as a heading over a paragraph of a list article, and a post's
first-person "I" as a claim's source, on sentences written for these tests (issue 16)."""

from __future__ import annotations

import pytest

from newsclaims import analyze
from newsclaims.extract.pipeline import _mark_name_headings, build_pipeline
from newsclaims.extract.spans import remember_text

pytestmark = pytest.mark.model

_INTRO = "The Harbor Cup drew ten riders this year. Here are the ones to watch."
#: A further heading with its paragraph: a list article has two or more name headings.
_NEXT = "\n\nDario Fenn\n\nHe said the new course suits him.\n"


def _sourced(text: str) -> list[tuple[str | None, str | None, str]]:
    """(source words, source entity, stored words) of each attributed claim of a text."""
    return [
        (
            text[c.source.start : c.source.end] if c.source else None,
            c.source_entity,
            text[c.start : c.end],
        )
        for c in analyze(text).claims
        if c.kind.value != "narration"
    ]


def _of(
    claims: list[tuple[str | None, str | None, str]], words: str
) -> tuple[str | None, str | None]:
    (found,) = [(s, e) for s, e, w in claims if words in w]
    return found


# ----- a name heading run into its paragraph (the crawl lost the line break) -------------


@pytest.mark.parametrize("heading", ["Marta Quell", "MARTA QUELL", "Marta Jane Quell"])
def test_a_name_heading_run_into_its_paragraph_is_no_part_of_the_source(heading: str) -> None:
    text = f"{_INTRO} {heading} She told reporters the wind would decide the race."
    source, _ = _of(_sourced(text), "the wind would decide")
    assert source == "She"


def test_a_name_run_into_a_sentence_that_goes_on_is_kept_whole() -> None:
    """Control: a name that is the subject of its sentence ("Marta Quell told") is no
    heading; only a capitalised pronoun straight after the name starts a sentence."""
    text = f"{_INTRO} Marta Quell told reporters the wind would decide the race."
    source, entity = _of(_sourced(text), "the wind would decide")
    assert source == "Marta Quell"
    assert entity == "PERSON:marta quell"


def _starts_at(text: str, word: str) -> bool:
    """Whether ``_mark_name_headings`` makes the first ``word`` of ``text`` open a sentence."""
    nlp = build_pipeline()
    doc = nlp.make_doc(text)
    remember_text(doc, text)
    _mark_name_headings(doc)
    (token,) = [t for t in doc if t.text == word][:1]
    return bool(token.is_sent_start)


@pytest.mark.parametrize(
    ("text", "word", "starts"),
    [
        (f"{_INTRO} Marta Quell She won twice.", "She", True),
        (f"{_INTRO} TOMAS VELLO His record is long.", "His", True),
        # controls: a topic (no first name opens it), a name that goes on (no capitalised
        # pronoun after it), a name inside a sentence, a word not in heading_openers.tsv
        (f"{_INTRO} Wind Speeds They rose all day.", "They", False),
        (f"{_INTRO} Marta Quell said she won twice.", "she", False),
        (f"{_INTRO} The rider Marta Quell She won twice.", "She", False),
        (f"{_INTRO} Marta Quell Today won twice.", "Today", False),
        # a plural pronoun never goes with one person's name
        (f"{_INTRO} Marta Quell They won twice.", "They", False),
        (f"{_INTRO} Marta Quell Their bikes won twice.", "Their", False),
    ],
)
def test_a_name_heading_run_into_its_paragraph_starts_a_sentence_after_it(
    text: str, word: str, starts: bool
) -> None:
    assert _starts_at(text, word) is starts


# ----- the heading names the paragraph's first he/she -----------------------------------


def test_a_name_heading_on_its_own_line_is_the_paragraphs_she() -> None:
    text = f"{_INTRO}\n\nMarta Quell\n\nShe told reporters the wind would decide the race.{_NEXT}"
    assert _of(_sourced(text), "the wind would decide") == ("She", "PERSON:marta quell")


def test_a_name_heading_in_capitals_is_the_paragraphs_she() -> None:
    """The heading in capitals is a mention of the person the paragraph names later."""
    text = (
        f"{_INTRO}\n\nMARTA QUELL\n\nShe told reporters the wind would decide the race. "
        f"Quell, 24, won the coastal stage twice.{_NEXT}"
    )
    assert _of(_sourced(text), "the wind would decide") == ("She", "PERSON:marta quell")


def test_each_heading_of_a_list_names_its_own_paragraphs_pronoun() -> None:
    text = (
        f"{_INTRO}\n\nTomas Vello\n\nHe said the new course suits him.\n\n"
        "Marta Quell\n\nShe told reporters the wind would decide the race.\n"
    )
    claims = _sourced(text)
    assert _of(claims, "the new course suits him") == ("He", "PERSON:tomas vello")
    assert _of(claims, "the wind would decide") == ("She", "PERSON:marta quell")


def test_headings_in_capitals_run_into_their_paragraphs_name_each_pronoun() -> None:
    """A list crawled without line breaks: each heading in capitals, run into its
    paragraph, is a sentence of its own and the subject of the paragraph's "he"/"she"."""
    text = (
        f"{_INTRO} TOMAS VELLO He said the new course suits him. Vello won the coastal "
        "stage twice. MARTA QUELL She told reporters the wind would decide the race. "
        "Quell, 24, won twice."
    )
    claims = _sourced(text)
    assert _of(claims, "the new course suits him") == ("He", "PERSON:tomas vello")
    assert _of(claims, "the wind would decide") == ("She", "PERSON:marta quell")


def test_a_heading_is_not_the_pronoun_when_someone_else_is_named_first() -> None:
    """Control: "Coach Ivo Brand said she ..." names another person before the pronoun, so
    the heading is not plainly the paragraph's subject: the later "She" stays open."""
    text = (
        f"{_INTRO}\n\nMarta Quell\n\nCoach Ivo Brand said she would win. "
        f"She told reporters the wind would decide.{_NEXT}"
    )
    assert _of(_sourced(text), "the wind would decide") == ("She", None)


def test_a_heading_is_not_the_pronoun_when_a_described_person_speaks_first() -> None:
    """Control: "The team's coach was sure ..." describes another person before the
    pronoun, whom it may as well mean."""
    text = (
        f"{_INTRO}\n\nMarta Quell\n\nThe team's coach was sure of the result. "
        f"She told reporters the wind would decide the race.{_NEXT}"
    )
    assert _of(_sourced(text), "the wind would decide") == ("She", None)


def test_a_name_on_the_texts_first_line_is_no_heading() -> None:
    """Control: a name alone on the first line is a byline or a title, not a list's
    heading."""
    text = "Marta Quell\n\nShe told reporters the wind would decide the race.\n"
    assert _of(_sourced(text), "the wind would decide") == ("She", None)


def test_a_heading_of_the_other_gender_is_not_the_pronoun() -> None:
    text = f"{_INTRO}\n\nTomas Vello\n\nShe told reporters the wind would decide the race.{_NEXT}"
    assert _of(_sourced(text), "the wind would decide") == ("She", None)


def test_a_list_of_three_headings_names_each_paragraphs_pronoun() -> None:
    """Control for the list layout: three headings, each over its own paragraph."""
    text = (
        f"{_INTRO}\n\nTomas Vello\n\nHe said the new course suits him.\n\n"
        "Marta Quell\n\nShe told reporters the wind would decide the race.\n\n"
        "Anna Corran\n\nShe said the final climb was too steep.\n"
    )
    claims = _sourced(text)
    assert _of(claims, "the new course suits him") == ("He", "PERSON:tomas vello")
    assert _of(claims, "the wind would decide") == ("She", "PERSON:marta quell")
    assert _of(claims, "the final climb was too steep") == ("She", "PERSON:anna corran")


_STORY = "Tom Reyes ran the plant for years. Reyes hired half the town."


@pytest.mark.parametrize(
    "line",
    [
        "\n\nCarl Vance\n\n",  # a photo caption or a quote's credit between paragraphs
        " Carl Vance ",  # the same run into the text
        "\n\nPhoto: Carl Vance.\n\n",
    ],
)
def test_a_lone_name_line_mid_story_is_no_heading(line: str) -> None:
    """One name alone between paragraphs is no list's heading: the next "He" is not that
    person (the story is about Reyes; the pronoun stays open rather than guess)."""
    text = f"{_STORY}{line}He said the town would rebuild the plant."
    assert _of(_sourced(text), "the town would rebuild") == ("He", None)


def test_two_name_lines_one_under_the_other_are_no_list() -> None:
    """Control: two headings with no paragraph between them are no list layout."""
    text = (
        f"{_STORY}\n\nCarl Vance\n\nIvo Brand\n\nHe said the town would rebuild the plant.\n"
        "\n\nDario Fenn\n\nHe said the plant was old.\n"
    )
    assert _of(_sourced(text), "the town would rebuild") == ("He", None)


def test_a_plural_pronoun_after_a_name_is_not_its_organisation() -> None:
    text = "The council met on Monday. Marta Quell They said the harbor would close."
    source, entity = _of(_sourced(text), "the harbor would close")
    assert source == "They"
    assert entity is None


@pytest.mark.parametrize(
    "heading",
    [
        "Marta Quell.",  # a sentence with its full stop: no heading
        "Marta Quell, 24",  # more than the name
        "The favourite",  # a topic, not a name
    ],
)
def test_a_line_that_is_not_a_name_heading_names_no_pronoun(heading: str) -> None:
    text = f"{_INTRO}\n\n{heading}\n\nShe told reporters the wind would decide the race.\n"
    assert _of(_sourced(text), "the wind would decide") == ("She", None)


def test_a_sentence_without_a_full_stop_is_no_heading() -> None:
    """Control: a line that ends without a full stop but is a sentence, not a name."""
    text = (
        "Ana Pell coached the team for years.\n\nShe said the riders were ready\n\n"
        "She told reporters the race would be close.\n"
    )
    claims = _sourced(text)
    assert _of(claims, "the race would be close") == ("She", "PERSON:ana pell")


# ----- a post's "I" ----------------------------------------------------------------------

_POST = (
    "The bridge closed on Sunday and many people posted about it. "
    "I told you that the bridge would fall. Now I'm really upset. "
    "-- Tom Arden (@tomarden) May 2, 2016 The council said it would act."
)


def test_a_posts_first_person_source_is_its_signer() -> None:
    claims = _sourced(_POST)
    assert _of(claims, "the bridge would fall") == ("Tom Arden", "PERSON:tom arden")
    assert not any(s == "I" for s, _, _ in claims)


def test_a_first_person_source_outside_a_post_stays() -> None:
    """Control: a columnist's own "I told" with no post signature after it."""
    text = "The bridge closed on Sunday. I told my editor that the bridge would fall."
    source, _ = _of(_sourced(text), "the bridge would fall")
    assert source == "I"


def test_a_quoted_first_person_is_not_the_source() -> None:
    """Control (already right): "I" inside a quotation handed on by a named speaker."""
    text = 'The council met on Monday. "I told them we would win," Arlo Penn said.'
    claims = _sourced(text)
    assert [s for s, _, _ in claims] == ["Arlo Penn"]


def test_two_first_person_claims_of_a_post_sentence_are_one_quote() -> None:
    text = (
        "The bridge closed on Sunday. I told my editor on Monday that the council had "
        "warned us, and we said the bridge would fall -- Tom Arden (@tomarden) May 2, 2016"
    )
    quoted = [w for s, _, w in _sourced(text) if s == "Tom Arden"]
    assert len(quoted) == 1
    assert "we said the bridge would fall" in quoted[0]


def test_a_retweets_first_person_is_not_its_signers_quote() -> None:
    """ "RT @handle:" passes on another account's words: the "I" after it is not the
    signer's own first person, so the sentence is no direct quote of the signer."""
    text = (
        "RT @ivapell: I told you the bridge would fall -- Tom Arden (@tomarden) "
        "May 2, 2016 The council said it would act."
    )
    assert not any(s == "Tom Arden" for s, _, _ in _sourced(text))


def test_a_posts_opening_tags_are_no_part_of_its_first_person_claim() -> None:
    text = _POST.replace("I told you", "#bridge #storm I told you")
    (words,) = [w for s, _, w in _sourced(text) if "the bridge would fall" in w]
    assert words.startswith("I told you")
