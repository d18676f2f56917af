"""What a figure counts when its noun is in another sentence (issue 17, figures38): a count
that names nothing takes a casualty count's noun only from the sentences just before it, not
from any figure earlier in the article; "seven of them" stands for what the sentence before
counted; money a pronoun's verb raises or gives is the money of the one person the pronoun
stands for. Every sentence is written for these tests (published 2026-02-01); the shapes come
from PolNeAR train labels (f14) and the issue's own examples."""

from __future__ import annotations

import pytest
from quantity_figures import figure as _figure

pytestmark = pytest.mark.model

#: A count of one far back, then a casualty count with no noun five sentences on.
_FAR = (
    "One such critic was the mayor of Arlo, who spoke on Monday. The storm season began early "
    "this year. Forecasters warned of more rain. Roads were closed across the valley. The "
    "worst flood came in June, when 31 were killed."
)


def test_counted_a_casualty_count_takes_no_noun_from_far_back() -> None:
    assert _figure(_FAR, "31").about is None


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        # the noun is in the sentence just before: it is still carried
        (
            "Thirty passengers were hurt when the tram derailed on Monday. At least 12 were "
            "taken to hospital.",
            "At least 12",
            "passengers",
        ),
        (
            "Thirty passengers were hurt when the tram derailed on Monday. The line was shut. "
            "Later, 12 were taken to hospital.",
            "12",
            "passengers",
        ),
    ],
)
def test_counted_a_casualty_count_takes_a_noun_within_reach(
    text: str, written: str, about: str
) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        (
            "Forty passengers were injured in the crash. Seven of them are in a serious condition.",
            "Seven",
            "passengers",
        ),
        (
            "The rebels freed 20 hostages on Monday. Doctors said three of them needed care.",
            "three",
            "hostages",
        ),
        # in its own sentence, as before
        (
            "Floods struck farms in 14 districts, and 60 were evacuated from three of them.",
            "three",
            "districts",
        ),
    ],
)
def test_counted_n_of_them_stands_for_what_the_sentence_before_counted(
    text: str, written: str, about: str
) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    "text",
    [
        # two sentences back: out of reach
        "Forty passengers were injured in the crash. The line was closed. Seven of them are "
        "in a serious condition.",
        # the figure before measures money, not a count of things "them" can be
        "The club spent $40 million on players. Three of them left in May.",
        # "those" with its own clause stands for no earlier noun
        "Of the three parks tested, only one passed. Forty of those surveyed would go back.",
    ],
)
def test_counted_n_of_them_takes_no_noun_out_of_reach(text: str) -> None:
    written = text.rsplit(". ", maxsplit=1)[-1].split(maxsplit=1)[0]
    assert _figure(text, written).about in (None, "them", "those")


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("Ana Okafor opened her campaign last week. She raised $4 million in March.", "Ana Okafor"),
        (
            "Omar Reyes sold his firm in 2019. He has given away $2 million through a trust.",
            "Omar Reyes",
        ),
        # no one person the pronoun stands for: nothing named
        ("Ana Okafor met Lena Berg in Lyon. She raised $4 million in March.", None),
        ("The mayor visited the dam on Friday. He has given away $2 million since.", None),
        # money received is not the receiver's, pronoun or name
        ("Ana Okafor opened her campaign in Lyon. She received $4 million in March.", None),
    ],
)
def test_counted_money_a_pronoun_gives_is_the_person_s(text: str, about: str | None) -> None:
    written = "$4 million" if "$4 million" in text else "$2 million"
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("In 1990 Okafor paid $6 million to acquire an old Fokker ferry.", "$6 million", "ferry"),
        ("The firm paid $40 million for the old mill.", "$40 million", "mill"),
        # a time or a person it is paid "for" is no thing bought: the money is the payer's
        # (fig41: "pay" names its payer, PolNeAR train f14 label)
        ("The firm paid $400 for two hours of work.", "$400", "firm"),
        ("Imagine paying $50,000 a year for the rest of her life.", "$50,000 a year", None),
        ("The club paid $2 million for Ana Okafor in May.", "$2 million", None),
        # paid to someone: nothing bought is named, nor the payer alone (fig42: one payer's
        # payments to two payees are two figures)
        ("The trust paid $7.5 million to two consultancies.", "$7.5 million", None),
    ],
)
def test_counted_money_paid_to_buy_a_thing_is_its_price(
    text: str, written: str, about: str | None
) -> None:
    found = _figure(text, written).about
    assert found == about or (about is not None and found is not None and found.endswith(about))


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        (
            "The mayor's union spent tens of millions of euros on billboards.",
            "tens of millions",
            "union",
        ),
        (
            "Ana Okafor sang in the square last week. She collected thousands of pounds.",
            "thousands",
            "Ana Okafor",
        ),
        # received, or spent in the passive: no giver is named, the money itself is counted
        ("The fund received millions of dollars.", "millions", "dollars"),
        ("Millions of dollars were spent on the park.", "Millions", "dollars"),
    ],
)
def test_counted_an_amount_of_dollars_is_its_giver_s_when_one_is_named(
    text: str, written: str, about: str | None
) -> None:
    found = _figure(text, written).about
    assert found == about or (about is not None and found is not None and found.endswith(about))


def test_counted_n_of_them_does_not_stand_for_a_count_of_one() -> None:
    text = "Lund is right about one thing. Okafor must still win eight of them to qualify."
    assert _figure(text, "eight").about in (None, "them")


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("Okafor's plan would cut fuel duties by $3 billion.", "$3 billion", "duties"),
        ("The council reduced the road budget by 12 percent.", "12 percent", "budget"),
        ("The bank will raise its target rate by a quarter of a point.", "a quarter", "rate"),
        # a contest's margin stays the winner's
        ("Lund beat Okafor by 12 points.", "12 points", "winning margin of Lund"),
        # a pronoun object names nothing
        ("The council cut it by 12 percent.", "12 percent", None),
    ],
)
def test_counted_a_change_by_an_amount_counts_the_changed_object(
    text: str, written: str, about: str | None
) -> None:
    found = _figure(text, written).about
    assert found == about or (about is not None and found is not None and found.endswith(about))


@pytest.mark.parametrize(
    ("text", "written", "about", "direction"),
    [
        (
            "The mills sold less, with revenue dipping 2 percent to $91.6 million.",
            "$91.6 million",
            "revenue",
            None,
        ),
        ("Ticket sales plunged to $4 million last year.", "$4 million", "sales", None),
        ("Ticket sales plunged 40 percent last year.", "40 percent", "sales", "down"),
        ("Ticket sales soared 40 percent last year.", "40 percent", "sales", "up"),
    ],
)
def test_counted_a_verb_of_falling_or_soaring_moves_its_subject(
    text: str, written: str, about: str, direction: str | None
) -> None:
    found = _figure(text, written)
    assert found.about is not None and found.about.endswith(about)
    if direction is not None:
        assert found.change == direction


def test_counted_a_share_after_those_with_a_clause_takes_no_earlier_noun() -> None:
    text = (
        "Of the three parks tested, only one passed. Forty percent of those surveyed would go "
        "back, a bit more than the 30% who would not."
    )
    assert _figure(text, "30%").about in (None, "those")
