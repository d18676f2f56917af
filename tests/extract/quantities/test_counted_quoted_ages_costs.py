"""Whose a quoted "I am 51" is, what a price after a misread "costs" is of, and what a number
"out of the" figure counts (issue 17, fig50): a speaker's own age in a quotation is the age of
the named person who says it in the same sentence (not one who reads, quotes or asks, fixf50);
money right after a "costs" the parse took for a noun, or for a verb with no subject, is the
price of the noun phrase before it; "won 8 out of the last 10 games" counts games as "8 out of
10 games" does; "..., spending $2 million" after a clause is the money of its subject. Every
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
        # still named after fixf50's guards: a date, a saying participle, a reply
        ('"I am 51," Tom Bell said on Monday.', "51", "Tom Bell"),
        ('"I am 51," Tom Bell said, adding that he was tired.', "51", "Tom Bell"),
        ('"How old are you?" Tom Bell asked. "I am 51," Lin Park replied.', "51", "Lin Park"),
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
    ("text", "written"),
    [
        # a group, or two people, say it
        ('"I am 51," the Delvin Tigers said in a statement on Monday.', "51"),
        ('"I am 51 and I have never missed a game," the Delvin Rovers said in a statement.', "51"),
        ('"I am 51," said the Delvin Rovers.', "51"),
        ('"I am 51," said Tom Bell and Lin Park at the hearing in Delvin.', "51"),
        # the one credited reads, quotes or recalls someone else's words
        ('Tom Bell quoted his mother: "I am 91 and I want to go home," at the hearing.', "91"),
        ('Tom Bell read a letter from his son: "I am 16 and I am scared of the dark."', "16"),
        ('Tom Bell recalled his father\'s words: "I am 80 and I have done my part."', "80"),
        ('Tom Bell read out the note his son left: "I am 16 and I am leaving Delvin."', "16"),
        ('Tom Bell, the lawyer for Lin Park, read her statement: "I am 34 and I did it."', "34"),
        (
            '"I am 34 and I did no wrong," Lin Park\'s lawyer Tom Bell read from her statement.',
            "34",
        ),
        (
            '"I am 34 and I did no wrong," Tom Bell said, reading from the statement of Lin Park.',
            "34",
        ),
        ('"I am 51," Tom Bell says in the film, playing Lin Park\'s father in Delvin.', "51"),
        ('"My mother always said, I am 91 and still here," Tom Bell said at the hearing.', "91"),
        ('Tom Bell spoke to reporters. "My father said: I am 80," he added.', "80"),
        # the one credited asks; the answer is someone else's
        ('"How old are you?" Tom Bell asked Lin Park. "I am 51."', "51"),
        (
            '"How old are you?" asked Tom Bell. "I am 51, and I have lived in Delvin all my life."',
            "51",
        ),
        # a "he" the attribution stage may resolve to the wrong man
        ('Tom Bell\'s lawyer spoke to reporters in Delvin. "I am 51," he said.', "51"),
        # the verb of saying has another clause: the quotation is someone else's, or a topic
        ('"I am 51," Tom Bell said Lin Park told him at the Delvin hearing.', "51"),
        ('"I am 51," Tom Bell said his mother told the nurse in Delvin.', "51"),
        ('Tom Bell said "I am 51" was the first lie Lin Park told him in Delvin.', "51"),
        ('"I am 51," Tom Bell recalled Lin Park saying at the Delvin hearing.', "51"),
    ],
)
def test_counted_a_quoted_age_is_not_given_to_one_who_only_relays_it(
    text: str, written: str
) -> None:
    """Fails on main (fig50 named the credited source or the subject of "said"; rev50d's
    probes): no owner is better than a wrong one (fixf50)."""
    found = _figure(text, written)
    assert (found.about, found.measure) == (None, "age")


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
        ("Tom Bell and Lin Park won their seats, raising $40,000 from friends.", "$40,000"),
        (
            "The Delvin Fund and the Park Trust backed the mayor, spending $3 million on ads.",
            "$3 million",
        ),
    ],
)
def test_counted_a_spending_participle_of_two_subjects_gives_no_holder(
    text: str, written: str
) -> None:
    """Fails on main (the first subject): the money may be either's or both's (fixf50)."""
    assert _figure(text, written).about is None


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
