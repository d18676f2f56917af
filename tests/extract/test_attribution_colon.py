"""Speech a cue introduces with a colon and no quotation marks ("He wrote: nothing but ..."),
on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsclaims import analyze
from newsclaims.model import Claim

pytestmark = pytest.mark.model


def _split(text: str) -> tuple[list[Claim], list[Claim]]:
    """The attributed claims and the outlet's own narration of a text."""
    claims = analyze(text).claims
    return (
        [c for c in claims if c.kind.value != "narration"],
        [c for c in claims if c.kind.value == "narration"],
    )


@pytest.mark.parametrize(
    ("text", "source", "cue", "content"),
    [
        # the words after the colon are no clause: the parse made them the verb's object
        (
            "Tomas Lind wrote: nothing but lies from the harbour board for ten years.",
            "Tomas Lind",
            "wrote",
            "nothing but lies from the harbour board for ten years",
        ),
        ("Tomas Lind tweeted: a sad day for the town.", "Tomas Lind", "tweeted", "a sad day"),
        # the parse hung the cue on the clause after the colon
        (
            "Tomas Lind posted on Facebook: the pier is gone, and so is our history.",
            "Tomas Lind",
            "posted",
            "the pier is gone, and so is our history",
        ),
    ],
)
def test_attribution_colon_speech_without_quotation_marks_is_the_cues_subjects(
    text: str, source: str, cue: str, content: str
) -> None:
    claims, narration = _split(text)
    assert len(claims) == 1, claims
    claim = claims[0]
    assert claim.source is not None and claim.source.text == source
    assert claim.cue is not None and claim.cue.text == cue
    assert claim.text.startswith(content)
    assert claim.stance.value == "reported"
    assert text[claim.start : claim.end] == claim.text
    assert not narration  # not also the outlet's own


def test_attribution_colon_speech_speaker_is_resolved_as_any_other() -> None:
    text = (
        "Tomas Lind ran the harbour board for a decade. "
        "He wrote: nothing but lies from the council for ten years."
    )
    claims, narration = _split(text)
    written = [c for c in claims if c.cue is not None and c.cue.text == "wrote"]
    assert len(written) == 1
    assert written[0].source_entity == "PERSON:tomas lind"
    assert written[0].text == "nothing but lies from the council for ten years"
    assert not any("lies from the council" in n.text for n in narration)


def test_attribution_colon_speech_stance_is_the_cues() -> None:
    claims, _narration = _split("Tomas Lind denied: a single cent of harbour money was lost.")
    assert [c.stance.value for c in claims] == ["denied"]


def test_attribution_colon_speech_content_ends_with_its_line() -> None:
    text = "Tomas Lind wrote: the pier is gone\nThe harbour reopened in May after repairs."
    claims, _narration = _split(text)
    assert len(claims) == 1
    assert claims[0].text == "the pier is gone"


@pytest.mark.parametrize(
    "text",
    [
        # already read as the verb's clause: unchanged
        "Ana Ruiz told the hearing: the pier must close.",
        "The statement said: the company regrets the delay.",
    ],
)
def test_attribution_colon_clause_stays_as_it_was(text: str) -> None:
    claims, narration = _split(text)
    assert len(claims) == 1 and not narration
    assert claims[0].text == text.split(": ", 1)[1].rstrip(".")


def test_attribution_colon_and_quotation_stay_a_direct_quote() -> None:
    claims, _narration = _split('Ana Ruiz said: "The pier must close before the storms."')
    assert [(c.kind.value, c.stance.value) for c in claims] == [("direct", "quoted")]


@pytest.mark.parametrize(
    "text",
    [
        # a colon that opens a list or follows a label, not words anyone said
        "The council listed three causes: rain, wind and neglect.",
        "Update: council votes to close pier",
        "Watch: the moment the pier fell",
        "Ana Ruiz wrote two books: Salt Roads and Stone Harbour.",
        # a noun object before the colon: the words may be what it holds or a list of its
        # kind ("wrote two books: ..."); no claim is made of the colon (see bench/results.md)
        "Ana Ruiz wrote a letter: the pier must close now.",
        # a relative clause's colon is its noun's ("the pledge she made: ...")
        "The council kept the pledge it offered in March: to repair the pier by June.",
        # a cue inside a quotation: its words run into the quotation's end
        '"The vote proves what we said all along: the pier must close," Ana Ruiz said.',
        # words taken in, not said ("received a text: ...")
        "Ana Ruiz received a text from her brother: the pier is closed.",
    ],
)
def test_attribution_colon_of_a_list_or_label_is_no_colon_speech(text: str) -> None:
    claims, _narration = _split(text)
    after = text.split(": ", 1)[1].rstrip(".")
    assert not any(c.text == after for c in claims), claims


def test_attribution_colon_words_with_a_posts_heading_are_not_the_cues() -> None:
    # an embedded post's heading after the colon ('Name (@handle)'): the post's own reading
    # decides whose its words are
    text = (
        "Former harbour master Tomas Lind said the pier was doomed. "
        "He tweeted: Tomas Lind (@tomaslind) The pier just fell. Via @harbourwatch #pier "
        "pic.twitter.com/AbCdEf A council spokeswoman said the pier had been unsafe for years."
    )
    claims, _narration = _split(text)
    assert not any("(@tomaslind)" in c.text for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        # review of colon47: a bare list of noun phrases after the colon of a cue that also
        # means putting things in ("added") is the things put in, no speech
        "Ana Ruiz added: two eggs, a cup of flour and some milk.",
        "Lin Park added: flour, eggs and milk.",
    ],
)
def test_attribution_colon_bare_list_of_nouns_is_no_colon_speech(text: str) -> None:
    claims, _narration = _split(text)
    assert claims == [], claims


@pytest.mark.parametrize(
    ("text", "source", "content"),
    [
        # review of rest48: after any other cue a bare list is what was said: demands,
        # slogans with negation, an answer
        (
            "The union leader Tom Bell said: no cuts, no closures and no excuses.",
            "Tom Bell",
            "no cuts, no closures and no excuses",
        ),
        (
            "Lin Park told the council: higher pay, shorter shifts and safer trains.",
            "Lin Park",
            "higher pay, shorter shifts and safer trains",
        ),
        (
            "Asked who was to blame, Tom Bell said: the council, the mayor and the police.",
            "Tom Bell",
            "the council, the mayor and the police",
        ),
        (
            "The minister said: zero tolerance, zero excuses and zero delays.",
            "The minister",
            "zero tolerance, zero excuses and zero delays",
        ),
        (
            "Tomas Lind tweeted: a sad day, a sad week and a sad year.",
            "Tomas Lind",
            "a sad day, a sad week and a sad year",
        ),
    ],
)
def test_attribution_colon_bare_list_after_a_cue_of_saying_is_its_speech(
    text: str, source: str, content: str
) -> None:
    claims, _narration = _split(text)
    assert [(c.source.text if c.source else None, c.text) for c in claims] == [(source, content)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # negative controls: the list sits inside one phrase, has two items and no
        # conjunction, or is the subject of a clause: still the cue's words
        (
            "Tomas Lind wrote: nothing but lies, smears and threats from the board.",
            "nothing but lies, smears and threats from the board",
        ),
        ("Ana Ruiz added: more buses, fewer cars.", "more buses, fewer cars"),
        (
            "Ana Ruiz added: the buses, the trams and the ferry will all stop in May.",
            "the buses, the trams and the ferry will all stop in May",
        ),
    ],
)
def test_attribution_colon_words_that_are_no_bare_list_stay_speech(text: str, content: str) -> None:
    claims, _narration = _split(text)
    assert [c.text for c in claims] == [content]
