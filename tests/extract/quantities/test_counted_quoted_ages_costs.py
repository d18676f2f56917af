"""Whose a quoted "I am 51" is, what a price after a misread "costs" is of, and what a number
"out of the" figure counts (issue 17, fig50): a speaker's own age in a quotation is the age of
the named person (or the "he"/"she" standing for one) who says it; money right after a "costs"
the parse took for a noun, or for a verb with no subject, is the price of the noun phrase
before it; "won 8 out of the last 10 games" counts games as "8 out of 10 games" does; "...,
spending $2 million" after a clause is the money of its subject. Every
sentence is written for these tests (published 2026-02-01)."""

from __future__ import annotations

import pytest
from quantity_figures import figure as _figure
from quantity_figures import figures as _figures

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "written", "owner"),
    [
        ('"I am 51," said Tom Bell, who lives in Delvin.', "51", "Tom Bell"),
        ('"I am 51," Tom Bell said.', "51", "Tom Bell"),
        ('"I\'m 34 and I still live at home," Lin Park said.', "34", "Lin Park"),
        ('Lin Park said: "I am 51 and tired."', "51", "Lin Park"),
        ('"I am 51," Tom Bell told Lin Park.', "51", "Tom Bell"),
        # the sayer is "he" or "she", and the sentence before names the person (the
        # attribution stage resolves it)
        ('Tom Bell spoke on Monday. "I\'m 34," he said.', "34", "Tom Bell"),
        ('Lin Park spoke on Monday. "I\'m 34," she said.', "34", "Lin Park"),
        # the quotation goes on in the next sentence, opened anew
        (
            '"We lost," said Ned Vale, who came from Delvin. "I am 51, and I still work nights."',
            "51",
            "Ned Vale",
        ),
    ],
)
def test_counted_a_quoted_speakers_own_age_is_the_speakers(
    text: str, written: str, owner: str
) -> None:
    """Fails on main (no owner): the "I" of a quotation is the one who says it."""
    found = _figure(text, written)
    assert (found.about, found.measure) == (owner, "age")


@pytest.mark.parametrize(
    "text",
    [
        # the sayer is no name
        '"I am 51," said the officer.',
        '"I am 51," said Tom Bell\'s wife.',
        # not "I": someone else's age
        '"He is 51," said Tom Bell.',
        # no quotation marks
        "I am 51, Tom Bell said.",
        # a quotation within a quotation: the inner speaker is someone else
        "\"My son told me, 'I am 16,' and left,\" Tom Bell said.",
        # two men before "he"
        'Tom Bell and Ken Ray spoke. "I\'m 34," he said.',
        # the next sentence's quotation is someone unnamed's, or is no quotation
        '"We lost," said the officer. "I am 51, and I still work nights."',
        '"We lost," said Ned Vale. Lin Park disagreed. "I am 51, and I know better."',
        'Ned Vale said the team lost. "I am 51 and tired," a fan said.',
        "Ned Vale wrote a letter. I am 51, and I still work nights.",
        # a quotation carried on without a new mark: not counted
        '"We lost," Ned Vale said. "It hurts. I am 51 and tired."',
    ],
)
def test_counted_a_quoted_age_stays_unowned_when_the_speaker_is_unclear(text: str) -> None:
    """Controls: no owner is guessed for these."""
    ages = [q for q in _figures(text) if q.measure == "age"]
    assert ages
    assert all(q.about is None for q in ages)


@pytest.mark.parametrize(
    ("text", "written", "item"),
    [
        # "costs" read as a noun in the phrase after the item
        ("A ticket for the final costs 40 euros.", "40 euros", "ticket"),
        ("Each ticket to the final costs 40 euros.", "40 euros", "ticket"),
        # "costs" a verb with its subject hung on it as a compound
        ("The new phone costs $900.", "$900", "new phone"),
    ],
)
def test_counted_a_price_after_a_misread_costs_is_the_items(
    text: str, written: str, item: str
) -> None:
    """Fails on main ("final costs" / nothing)."""
    assert _figure(text, written).about == item


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        # read right already: the verb has its subject
        ("A room at the hotel costs $300 a night.", "$300 a night", "room"),
        ("The old house now costs $900,000.", "$900,000", "old house"),
        ("The health care costs $3 trillion a year.", "$3 trillion a year", "health care"),
        ("Tom Bell said the trip costs $90.", "$90", "trip"),
        # "costs" a real noun with no noun phrase before it
        ("Legal costs $40,000 were paid.", "$40,000", None),
    ],
)
def test_counted_a_price_rule_leaves_other_costs_alone(text: str, written: str, about: str) -> None:
    """Controls: same answer as main."""
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("The Kestrels won 31 out of their 40 games.", "31", "games"),
        ("The team won 8 out of the last 10 games.", "8", "games"),
        ("The team won 8 out of these 10 games.", "8", "games"),
    ],
)
def test_counted_a_number_out_of_a_determined_figure_counts_its_noun(
    text: str, written: str, about: str
) -> None:
    """Fails on main (nothing): "out of the 54 seats" is read like "out of 54 seats"."""
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        # read right already
        ("The Kestrels won 31 out of 40 matches.", "31", "matches"),
        # no figure after "out of the"
        ("Tom Bell got 12 out of the way before noon.", "12", None),
        ("The party won 49 out of the race, and the 54 seats went to Lin Park.", "49", None),
        # a year after "out of the old"
        ("Lin Park moved 40 out of the old 1990 house.", "40", None),
        # more than two words between
        ("Tom Bell took 3 out of the big box of 12 pens.", "3", None),
    ],
)
def test_counted_out_of_leaves_other_shapes_alone(
    text: str, written: str, about: str | None
) -> None:
    """Controls: same answer as main."""
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written", "holder"),
    [
        (
            "The Delvin Fund backed the mayor, spending over $3 million on radio spots.",
            "over $3 million",
            "Delvin Fund",
        ),
        ("The Delvin Fund led the pack, spending $4 million in May.", "$4 million", "Delvin Fund"),
        ("Tom Bell won the seat, raising $40,000 from friends.", "$40,000", "Tom Bell"),
    ],
)
def test_counted_money_of_a_spending_participle_is_its_clauses_subjects(
    text: str, written: str, holder: str
) -> None:
    """Fails on main (nothing): "..., spending $N" after a clause is its subject's money."""
    assert _figure(text, written).about == holder


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # a dative: a gift to someone else
        ("Tom Bell praised the Delvin Fund, giving it $40,000.", "$40,000"),
        # a participle after a preposition, or one describing an object
        ("After spending $2 million, the Delvin Fund stopped.", "$2 million"),
        ("Tom Bell watched the firm spending $2 million on ads.", "$2 million"),
        # no money verb
        ("The strike went on for a week, costing the city $2 million.", "$2 million"),
    ],
)
def test_counted_other_participles_give_no_holder(text: str, written: str) -> None:
    """Controls: no owner here, as on main."""
    assert _figure(text, written).about is None
