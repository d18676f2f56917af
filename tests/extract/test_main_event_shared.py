"""The main event's who and what when the parser splits a clause oddly (session 41,
fivew41): a headline that joins two verbs by a comma ("X praises, laments Y"), two verbs that
share the object after the second, and a time or place the parser read as a second subject
of the lead's verb."""

from __future__ import annotations

import pytest

from newsclaims import analyze
from newsclaims.model import MainEvent

pytestmark = pytest.mark.model

_BODY = (
    "Leo Brandt, the harbour inspector who chased Ana Costa for a decade, spoke warmly of "
    "the former mayor's character last week at a dinner in Dover. He said more later."
)


def _main(text: str, title: str | None = None) -> MainEvent | None:
    return analyze(text, published="2026-04-18", title=title).main_event


def _text(main: MainEvent | None, w: str) -> str | None:
    part = None if main is None else getattr(main, w)
    return None if part is None else part.text


def test_headline_verbs_joined_by_a_comma_share_their_subject_and_object() -> None:
    # the model reads "praises" as a clause of "laments" and "legacy" as its subject
    main = _main(_BODY, title="Leo Brandt praises, laments Ana Costa's legacy")
    assert _text(main, "who") == "Leo Brandt"
    assert _text(main, "what") == "praises, laments Ana Costa's legacy"


def test_verbs_joined_by_and_share_the_object_after_the_second() -> None:
    main = _main(
        "Harbour police arrested and charged two deckhands on Monday after a ferry was "
        "stolen from the pier. The deckhands did not reply."
    )
    assert _text(main, "what") == "arrested and charged two deckhands"


@pytest.mark.parametrize("opening", ["Friday", "Tonight"])
def test_a_time_read_as_a_second_subject_is_passed_over(opening: str) -> None:
    main = _main(
        f"{opening} at the Lakeside Civic Arena in Marion, OH, after winning the state "
        "primary by a mile, Gov. Leo Brandt (R-OH), said, \u201cI\u2019m getting ready to "
        "sail a bigger boat.\u201d\n\nThe board did not reply.",
        title="Brandt: 'We will keep going'",
    )
    assert _text(main, "who") in ("Leo Brandt", "Gov. Leo Brandt")


# controls: what must not change


def test_verb_with_its_own_object_keeps_its_phrase() -> None:
    main = _main(
        "Mayor Ana Costa praised the ferry board on Monday for its new timetable but faulted "
        "its fees. The board did not reply.",
        title="Mayor praises, faults ferry board",
    )
    assert _text(main, "who") in ("Ana Costa", "Mayor Ana Costa", "Costa")
    assert _text(main, "what") == "praised the ferry board"


def test_police_headline_keeps_its_verb() -> None:
    main = _main(
        "Police arrested two men on Monday after a boat was stolen from the harbour. The men "
        "did not reply.",
        title="Police Arrest Two In Harbour Theft",
    )
    assert _text(main, "who") == "Police"
    assert _text(main, "what") == "arrested two men"


def test_party_bracket_and_apposition_keep_the_name() -> None:
    main = _main(
        "Sen. Ana Costa (D) - a critic - blamed the port authority on Thursday for the ferry "
        "delays. The board did not reply.",
        title="Costa blames port for delays",
    )
    assert _text(main, "who") in ("Ana Costa", "Sen. Ana Costa")


def test_two_headline_clauses_are_not_one_verb_list() -> None:
    main = _main(
        "Ana Costa hailed the port deal on Monday, while Leo Brandt slammed it as a giveaway. "
        "The board did not reply.",
        title="Costa hails, Brandt slams port deal",
    )
    # a name after the comma: two clauses, not one subject's verb list
    assert "hails" not in (_text(main, "what") or "")


def test_a_pronoun_subject_is_its_actor_not_the_name_joined_to_it() -> None:
    main = _main(
        "Sarah Miller said on Monday that she and Tom Hollis will open a bakery on the pier "
        "this summer. Miller said more later."
    )
    assert _text(main, "who") != "Tom Hollis"
    assert _text(main, "who") in ("Sarah Miller", None)


def test_a_named_pair_subject_keeps_both_names() -> None:
    # control: no pronoun, both names stay
    main = _main(
        "Ana Costa and Leo Brandt will open a bakery on the pier this summer, the council "
        "said Monday. Costa said more later."
    )
    # both names stay (the first name of the first is lost today: "Costa and Leo Brandt")
    assert _text(main, "who") in ("Ana Costa and Leo Brandt", "Costa and Leo Brandt")


def test_headline_subject_whose_modifiers_say_whose_keeps_them() -> None:
    # the text's name "PAC" is any such committee; the headline says which one
    main = _main(
        "With the ferry vote two weeks away, the super PAC that backs Ana Costa is spending "
        "heavily to blunt an attack on her.\n\nThe super PAC, Friends of the Pier, bought "
        "radio time on Friday.",
        title="Costa super PAC answers Brandt ad",
    )
    assert _text(main, "who") == "Costa super PAC"


def test_headline_subject_named_in_full_by_the_text_keeps_the_text_name() -> None:
    # control: the text's name is more than the headline's head word
    main = _main(
        "The Harbourton Kings edged the Port Ellen Rovers 3-2 in the cup final on Sunday "
        "afternoon. Fans cheered along the quay.",
        title="Kings edge Rovers in cup final",
    )
    assert _text(main, "who") == "Harbourton Kings"


def test_headline_surname_is_the_fullest_name_the_text_gives() -> None:
    main = _main(
        "A week after the ferry vote, harbour chair Tom Hollis faced questions in Dover. On "
        "Monday, Hollis said he will not run again for the board.",
        title="Hollis says he will not run again",
    )
    who = None if main is None else main.who
    assert who is not None and who.text == "Tom Hollis" and who.entity == "PERSON:tom hollis"


def test_headline_surname_is_not_a_later_namesake() -> None:
    # control: the full name the text gives after the lead is another man of that surname
    main = _main(
        "Brandt said on Monday that he will quit the harbour board in May. His brother, Tom "
        "Brandt, said nothing.",
        title="Brandt says he will quit",
    )
    assert _text(main, "who") != "Tom Brandt"


@pytest.mark.parametrize(
    "text",
    [
        "DOVER, Del. (AP) \u2014 Gov. Ana Costa on Thursday signed a bill raising the ferry "
        "fare. The board did not reply.",
        "PORT ELLEN, Maine (Reuters) - Ana Costa, the governor, signed a bill on Thursday "
        "raising the ferry fare. The board did not reply.",
    ],
)
def test_a_dateline_with_a_news_agency_is_no_who(text: str) -> None:
    main = _main(text)
    assert _text(main, "who") in ("Ana Costa", "Gov. Ana Costa")


@pytest.mark.parametrize(
    "text",
    [
        # control: a bracket that is no news agency does not make a dateline
        "Sen. Ana Costa (D) - a longtime critic of the ferry plan - blamed the port board on "
        "Thursday. The board did not reply.",
        "Gov. Leo Ana Costa (R-ME) - a critic of the ferry plan - blamed the port board on "
        "Thursday. The board did not reply.",
    ],
)
def test_a_bracket_that_is_no_news_agency_is_no_dateline(text: str) -> None:
    assert _text(_main(text), "who") in (
        "Ana Costa",
        "Sen. Ana Costa",
        "Leo Ana Costa",
        "Gov. Leo Ana Costa",
    )


def test_a_list_of_three_verbs_shares_the_object_after_the_last() -> None:
    main = _main(
        "Mayor Ana Costa praised, thanked and hugged the beach volunteers on Saturday in "
        "Dover. The volunteers cheered."
    )
    assert _text(main, "what") == "praised, thanked and hugged the beach volunteers"


def test_a_verb_joined_without_an_object_shares_nothing() -> None:
    # control: "voted" has no object to share, only a time
    main = _main(
        "The harbour board met and voted on Monday to close the old pier in Dover. The "
        "fishermen were angry."
    )
    assert _text(main, "what") == "met"
