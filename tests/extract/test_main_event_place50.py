"""Session 50: a name the text uses as a place is no actor of the headline's subject, and a
phrase that completes the object is a place or a time only by its own head word (invented
texts)."""

from __future__ import annotations

import pytest

from newsclaims import analyze
from newsclaims.model import EventPart

pytestmark = pytest.mark.model


def _main(text: str, title: str | None = None) -> tuple[str | None, str | None]:
    main = analyze(text, published="2026-04-18", title=title).main_event
    assert main is not None

    def text_of(part: EventPart | None) -> str | None:
        return None if part is None else part.text

    return text_of(main.who), text_of(main.what)


@pytest.mark.parametrize(
    ("title", "text", "who"),
    [
        (
            # the headline's subject is the widow; the town only says where her husband died
            "Delvin Widow Lin Park Backs Harbor Mayor",
            "A woman whose husband was killed in Delvin last year threw her support behind "
            "the mayor on Monday. Lin Park, 61, said the mayor had kept his word.",
            "Lin Park",
        ),
        (
            "Kestrel Valley Farmer Tom Bell Wins Water Case",
            "A long fight over water rights in Kestrel Valley ended on Tuesday when a judge "
            "ruled for a local farmer. Tom Bell, 70, had sued the regional board in 2024.",
            "Tom Bell",
        ),
    ],
)
def test_a_headline_subject_s_place_named_in_the_text_as_a_place_is_not_the_who(
    title: str, text: str, who: str
) -> None:
    assert _main(text, title)[0] == who


@pytest.mark.parametrize(
    ("title", "text", "who"),
    [
        # controls: the place or body is the headline's actor, named in the text as a place
        # only; the headline's words tell it, as before
        (
            "Delvin Bans Night Flights",
            "Residents in Delvin will sleep better after the town council voted on Monday to "
            "end night flights. The ban starts in May.",
            "Delvin",
        ),
        (
            "Harbor Radio Hosts Mayoral Debate",
            "The two candidates clashed at Harbor Radio on Monday over the ferry budget. Tom "
            "Bell accused Lin Park of hiding costs.",
            "Harbor Radio",
        ),
        (
            "Delvin Sues Ferry Company Over Delays",
            "Officials in Delvin filed a lawsuit on Monday against the ferry company, saying "
            "years of delays had cost the town millions. The company said it would fight.",
            "Delvin",
        ),
        # control: a person the text names as a subject stays the who
        (
            "Tom Bell Wins Delvin Marathon",
            "Tom Bell won the marathon in Delvin on Sunday, beating a field of 3,000 runners.",
            "Tom Bell",
        ),
    ],
)
def test_a_place_that_is_the_headline_s_actor_stays_the_who(
    title: str, text: str, who: str
) -> None:
    assert _main(text, title)[0] == who


@pytest.mark.parametrize(
    ("title", "text", "what"),
    [
        (
            "Board Names Tom Bell For Third Term",
            "The board on Monday nominated Tom Bell for a third four-year term as head of "
            "the Harbor Fund. Bell, 61, has led the fund since 2021.",
            "nominated Tom Bell for a third four-year term",
        ),
        (
            None,
            "Mayor Lin Park on Monday threw her support behind the governor of Kestrel, "
            "ending weeks of doubt. Park said the choice was easy.",
            "threw her support behind the governor of Kestrel",
        ),
    ],
)
def test_a_completing_phrase_with_a_date_or_place_inside_it_stays_in_the_what(
    title: str | None, text: str, what: str
) -> None:
    assert _main(text, title)[1] == what


@pytest.mark.parametrize(
    ("text", "what"),
    [
        # controls: the phrase's own head is a time or a place, so it stays out
        (
            "The board renewed the contract of Tom Bell for three more years on Monday.",
            "renewed the contract of Tom Bell",
        ),
        ("The club signed Tom Bell for three years on Monday.", "signed Tom Bell"),
        (
            "The council on Tuesday moved the spring festival to Boston.",
            "moved the spring festival",
        ),
    ],
)
def test_a_completing_phrase_headed_by_a_time_or_place_stays_out(text: str, what: str) -> None:
    assert _main(text)[1] == what
