"""What a figure counts or measures (``about``), and numbers that only label, on sentences
written for these tests (published 2026-02-01)."""

from __future__ import annotations

import pytest
from quantity_figures import figure as _figure
from quantity_figures import figures as _figures

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        # the noun the unit modifies, through the words written with it
        ("The 400-gram bar was withdrawn from the shops.", "400-gram", "bar"),
        ("The pitcher threw a 97-mph fastball to end the game.", "97-mph", "fastball"),
        ("Rescuers reached a five-year-old boy on Monday.", "five-year", "boy"),
        ("The farmer fell into the 80m-deep shaft on Sunday.", "80m", "shaft"),
        ("The 250-gram and 500-gram strawberry jam jars were cut.", "500-gram",
         "strawberry jam jars"),
        # the noun it is set beside
        ("\"We waited all our lives,\" said Maria Lopez, 33, outside the stadium.", "33",
         "Maria Lopez"),
        ("His serve, nearly always over 120mph, was slower on Sunday.", "over 120mph", "serve"),
        # the subject of its clause's verb, or of the clause it is joined to
        ("The old mine was about 40 metres deep and had been closed for five years.",
         "about 40 metres", "old mine"),
        ("Divers found the car after a search that lasted over 60 hours.", "over 60 hours",
         "search"),
        ("Seats were $1,200 on the secondary market.", "$1,200", "Seats"),
        # a verb whose subject has the amount as its value
        ("The gate receipts totaled nearly $80,000 that year.", "nearly $80,000",
         "gate receipts"),
        ("The new stand cost $40 million.", "$40 million", "new stand"),
        # the object a verb puts at the figure, the noun the figure is "of"
        ("Miners have dug a pit of around 80 metres near the road.", "around 80 metres",
         "pit"),
        ("Earlier reports had put the shaft at a depth of 40m.", "40m", "shaft"),
        ("The firm cut the jar from 500 grams to 450 grams.", "500 grams", "jar"),
        ("It had earlier cut the size of one tin from 900 grams.", "900 grams",
         "size of tin"),
    ],
)  # fmt: skip
def test_counted_a_measurement_names_what_it_measures(text: str, written: str, about: str) -> None:
    assert _figure(text, written).about == about


def test_counted_a_conversion_in_brackets_measures_what_the_figure_before_it_does() -> None:
    text = "The crew dug a 40-metre-deep shaft (131 feet) beside the road."
    assert _figure(text, "40-metre").about == _figure(text, "131 feet").about == "shaft"


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("Prosecutors said the minister received 450,000 euros from the contractor.", None),
        # a personal pronoun names nothing a reader can group by: the length is the
        # digging's (the verb's activity), never theirs (fig41: "for" the parse cut off by
        # "before dawn" still says how long they dug)
        ("He said they dug for about two hours before dawn.", "digging"),
    ],
)
def test_counted_no_agent_or_pronoun_as_the_measured_thing(text: str, about: str | None) -> None:
    assert all(q.about == about for q in _figures(text) if q.unit is not None)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The driver crashed on lap 28 in heavy rain.", 28),
        ("The hosts won a thrilling victory in game seven of the series.", 7),
    ],
)
def test_counted_a_number_after_the_noun_it_labels_is_not_afigure(text: str, value: int) -> None:
    assert value not in [q.value for q in _figures(text)]


def test_counted_a_bare_count_does_not_take_a_noun_from_another_sentence() -> None:
    text = "The club signed 12 players in May. By June the coach had kept 4 after the trials."
    assert _figure(text, "12").about == "players"
    assert _figure(text, "4").about is None


def test_counted_a_count_of_its_measure_class_takes_the_noun_before_it() -> None:
    text = "Officials said 40 workers were at the depot. Later, seven died in the fire."
    assert _figure(text, "seven").about == "workers"


def test_counted_half_counts_the_noun_after_it() -> None:
    assert _figure("She noticed half the triangles were missing.", "half").about == "triangles"


def test_counted_an_age_at_the_end_of_a_sentence() -> None:
    text = '"She would be so proud," said Rosa Dunn, 50. Others left early.'
    assert _figure(text, "50").unit == "year of age"


def test_counted_the_first_of_two_joined_figures_counts_the_noun_after_the_second() -> None:
    text = "Shops across the country sold 400g and 170g bars."
    assert _figure(text, "400g").about == _figure(text, "170g").about == "bars"


def test_counted_a_number_out_of_a_figure_counts_what_that_figure_counts() -> None:
    losses = _figure("The Rovers finished last, losing 24 out of 38 games per year.", "24")
    assert (losses.about, losses.measure) == ("games", "lose")


def test_counted_a_bare_count_takes_the_noun_of_the_count_joined_to_it() -> None:
    assert _figure("Soldiers killed 30 people and injured 40.", "40").about == "people"


@pytest.mark.parametrize(
    ("text", "written", "about", "measure"),
    [
        ("The maker reduced the size of one Alpine bar sold in Spain from 300 grams to 250 grams.",
         "300 grams", "Alpine bar", "reduce"),
        ("The maker cut the weight of the jars made in Leeds from 500 grams to 450 grams.",
         "450 grams", "jars", "cut"),
    ],
)  # fmt: skip
def test_counted_an_amount_hung_on_a_participle_is_the_weight_of_its_noun(
    text: str, written: str, about: str, measure: str
) -> None:
    found = _figure(text, written)
    assert (found.about, found.measure) == (about, measure)


def test_counted_a_unit_name_after_a_noun_of_its_kind_is_a_counted_thing() -> None:
    found = _figure("Each shopper may buy one Alpine bar.", "one")
    assert (found.unit, found.about) == (None, "Alpine bar")
    assert _figure("The tyres were filled to 2 bar.", "2 bar").unit == "bar"


@pytest.mark.parametrize("text", ["The crew flew a 757 to Lisbon.", "He bought an 811 in May."])
def test_counted_a_number_after_a_or_an_names_a_model(text: str) -> None:
    assert not _figures(text)


def test_counted_a_number_after_a_with_a_unit_or_hyphen_is_still_a_figure() -> None:
    assert _figure("They drove a 40-tonne truck.", "40-tonne").unit == "tonne"


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        # "the N-year-old" is a person: the name beside it, else nobody (never the phrase)
        ("The six-year-old slipped into a pond on Monday.", "six-year", None),
        ("Police are searching for the nine-year-old, who vanished on Friday.", "nine-year",
         None),
        ("Police found the nine-year-old, Amy Lee, on Friday.", "nine-year", "Amy Lee"),
        # an age "at" a verb is its subject's; "he" is whose the age before it is
        ("The last king of Spain, Juan Lopez, took the throne at 4 years old.", "4 years",
         "Juan Lopez"),
        ("The old king took the throne at 4 years old.", "4 years", "old king"),
        ("The girl was said to be seven years old, but later reports said she was six years "
         "old.", "six years", "girl"),
    ],
)  # fmt: skip
def test_counted_an_age_named_only_by_the_age_names_its_person(
    text: str, written: str, about: str | None
) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("A five-year-old girl slipped into a pond. Divers reached the five-year-old on Monday.",
         "five-year", "girl"),
        ("The nine-year-old, Amy Lee, vanished. Police found the nine-year-old on Friday.",
         "nine-year", "Amy Lee"),
    ],
)  # fmt: skip
def test_counted_an_age_named_only_by_the_age_is_of_whom_the_same_age_named_before(
    text: str, written: str, about: str
) -> None:
    second = [q for q in _figures(text) if q.text == written][-1]
    assert second.about == about


def test_counted_an_age_named_only_by_the_age_refers_back_to_the_person_named_before() -> None:
    text = "A five-year-old girl slipped into a pond. Police found the six-year-old on Friday."
    assert _figure(text, "six-year").about == "girl"


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        # the person named just before, the subject first
        ("A small boy fell down a mine shaft near his uncle's farm. The six-year-old, still "
         "missing at dusk, was seen at noon.", "six-year", "boy"),
        # quoted sentences in between are passed over; a name is never taken back (the one
        # named before is often another person), so the aged noun stays
        ("Long-time fan Tom Berry sent his thanks. 'We won!! What a night! I am too old,' the "
         "71-year-old potter added.", "71-year", "potter"),
        ("A boy and Dr Ana Ruiz waited. The six-year-old was tired.", "six-year", "boy"),
        # the name the aged noun stands beside
        ("Ann Hale took her 12-year-old daughter, Nia, to the fair.", "12-year", "Nia"),
        ("Omar Reyes, a 41-year-old baker, said the bread sold out.", "41-year", "Omar Reyes"),
        # an aged noun after "a" keeps the noun
        ("Rescuers reached a five-year-old boy on Monday.", "five-year", "boy"),
    ],
)  # fmt: skip
def test_counted_an_age_is_of_the_person_named_beside_or_before(
    text: str, written: str, about: str
) -> None:
    assert _figure(text, written).about == about


def test_counted_an_aged_noun_of_its_own_is_not_another_person_named_before() -> None:
    text = (
        "Police said a 34-year-old man was arrested on Monday. "
        "The mayor said the 52-year-old victim was recovering."
    )
    assert _figure(text, "52-year").about == "victim"


def test_counted_an_age_takes_no_name_from_an_earlier_sentence() -> None:
    # the winner is named first; the age may be the loser's: no name is better than a wrong one
    text = "Ria Dunn beat Sam Ortiz in the final on Sunday. The 19-year-old cried after it."
    assert _figure(text, "19-year").about not in ("Ria Dunn", "Sam Ortiz")


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("Lopez and Garcia met on Monday. The two shook hands after lunch.", "Lopez and Garcia"),
        ("Officers arrested Smith and Jones. Police said the two had stolen cars.",
         "Smith and Jones"),
        ("Kim, Lee and Park arrived late. The three sat at the back.", "Kim, Lee and Park"),
        # never joined by "and", but the subject and object of a verb of two parties (dur48)
        ("Lopez met Garcia on Monday. The two shook hands after lunch.", "Lopez and Garcia"),
    ],
)  # fmt: skip
def test_counted_the_two_stands_for_the_pair_named_before(text: str, about: str) -> None:
    assert _figures(text)[0].about == about


@pytest.mark.parametrize(
    "text",
    [
        "Lopez and Garcia met on Monday. The three shook hands after lunch.",  # not a pair
        "Lopez met the mayor on Monday. The two shook hands after lunch.",  # one is no name
        "Rescuers pulled the two from the rubble on Monday.",  # nothing named before
        "Lopez and Garcia lost three games, the last two at home.",  # an elided noun's count
    ],
)
def test_counted_the_two_takes_no_group_the_text_does_not_join(text: str) -> None:
    assert not any(" and " in (q.about or "") for q in _figures(text))


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("Ben Lopez hit .357 in the series.", "average of Ben Lopez"),
        ("He batted .300 last season.", "average"),
        ("Reyes won the award after hitting 9-for-25 (.360) with three RBIs.", "average of Reyes"),
    ],
)
def test_counted_a_number_written_with_a_leading_point_is_an_average(text: str, about: str) -> None:
    figure = _figures(text)[0]
    assert figure.about == about
    assert figure.measure is None  # the hitter's rate: nothing happened to it


def test_counted_an_age_before_a_noun_still_names_the_noun() -> None:
    assert _figure("Rescuers reached a five-year-old girl on Monday.", "five-year").about == "girl"


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("The Hawks won by 12 points on Sunday.", "12 points", "winning margin of Hawks"),
        ("The Lions beat the Bears by 3 goals.", "3", "winning margin of Lions in goals"),
        ("The Mets caught them and ended up winning the division by 8 games.", "8",
         "winning margin of Mets in games"),
    ],
)  # fmt: skip
def test_counted_a_figure_by_which_a_contest_is_won_counts_the_margin(
    text: str, written: str, about: str
) -> None:
    assert _figure(text, written).about == about


def test_counted_a_change_by_a_figure_is_no_margin() -> None:
    assert _figure("Shares fell by 3 percent on Monday.", "3 percent").about == "Shares"


def test_counted_the_agent_of_a_passive_verb_of_a_contest_is_no_margin() -> None:
    assert _figure("The search was led by 80 officers.", "80").about == "officers"


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("The Tigers scored four in the eighth to win. Their runs all came late.", "runs"),
        ("Smith gave up three in the fifth, and his side never got the runs back.", "runs"),
        ("United scored two in the second half; both goals came from corners.", "goals"),
    ],
)
def test_counted_a_bare_number_scored_counts_the_unit_the_game_is_scored_in(
    text: str, about: str
) -> None:
    assert _figures(text)[0].about == about


@pytest.mark.parametrize(
    "text",
    [
        "The Tigers scored four in the eighth to win.",  # the text names no unit
        "She gave three to charity and kept the runs of her shop going.",  # no scoring
    ],
)
def test_counted_a_bare_number_scored_takes_no_unit_the_text_does_not_give(text: str) -> None:
    assert _figures(text)[0].about is None


def test_counted_an_offset_does_not_count_the_noun_of_the_verb_it_places() -> None:
    # "17 minutes later" dates the rescue, it is no length of it: no figure
    assert _figures("The rescue came 17 minutes later.") == []
    # a state that lasts in another clause, or one that ends "after" the span, still counts
    assert _figure("Forty years on and the drought has ended at last.", "Forty years").about == (
        "drought"
    )
    assert _figure("The drought ended after 40 years.", "40 years").about == "drought"


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        # "the N-unit" with no noun leaves out the noun of the figure of its unit before it
        ("The 500-gram jar was reduced to a 450-gram jar and the 200-gram was reduced to 180 "
         "grams.", "200-gram", "jar"),
        # a measurement whose verb's subject is another figure measures what that one does
        ("The 500-gram jar was reduced to a 450-gram jar and the 200-gram was reduced to 180 "
         "grams.", "180 grams", "jar"),
        ("The 200-gram and 500-gram glass jars have been cut down to 180 grams and 450 grams, "
         "the firm said.", "180 grams", "glass jars"),
    ],
)  # fmt: skip
def test_counted_a_measurement_of_an_elided_noun_takes_the_figure_before_it(
    text: str, written: str, about: str
) -> None:
    assert _figure(text, written).about == about


def test_counted_a_figure_compared_with_another_counts_what_it_counts() -> None:
    text = "The population of the town was 12.5 million in 1900, compared with 40.2 million now."
    assert _figure(text, "40.2 million").about == "population"


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("The Hawks beat the Lions 3-1 before 41,220 at the Riverside Stadium.", "41,220",
         "attendance"),
        ("The band played in front of 12,000 at the arena.", "12,000", "attendance"),
        ("The Hawks beat the Lions before 400 at a small ground.", "400", None),  # too few
    ],
)  # fmt: skip
def test_counted_a_large_number_an_event_took_place_before_is_its_attendance(
    text: str, written: str, about: str | None
) -> None:
    figure = _figure(text, written)
    assert figure.about == about
    assert figure.measure is None  # a plain count: nothing happened to the audience


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("After a week, the crew has dug just 9m into the old mine.", "9m", "depth dug"),
        ("Workers drilled 40 metres into the rock.", "40 metres", "depth drilled"),
        ("The runner ran 42 kilometres in the heat.", "42 kilometres", "distance run"),
        # a verb not listed leaves the length to its subject
        ("The tower stands 300 metres tall.", "300 metres", "tower"),
    ],
)
def test_counted_a_length_a_verb_of_reach_takes_is_how_far_it_reached(
    text: str, written: str, about: str
) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("He carried a 10kg bag up the hill.", "10kg", "bag"),
        ("She ran a 5km race on Sunday.", "5km", "race"),
    ],
)
def test_counted_a_unit_written_on_a_number_after_a_makes_it_an_amount(
    text: str, written: str, about: str
) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("The Hawks beat the Owls 8-7 in 10 on Sunday. Both sides needed extra innings.",
         "innings"),
        ("The Hawks beat the Owls 8-7 in 10 on Sunday.", None),  # the text names no period
    ],
)  # fmt: skip
def test_counted_a_bare_number_after_a_score_counts_the_periods_played(
    text: str, about: str | None
) -> None:
    assert _figure(text, "10").about == about


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("The Owls won as a crowd of 41,500 watched on Friday.", "41,500", "crowd"),
        ("The island has a population of 2.4 million.", "2.4 million", "population"),
        ("A family of five lived in the house.", "five", "family"),
        ("The club's payroll of $90 million was the league's highest.", "$90 million",
         "payroll"),
        ("For savers with pensions of more than $2 million, the levy doubles.",
         "more than $2 million", "pensions"),
    ],
)  # fmt: skip
def test_counted_a_figure_of_a_noun_counts_that_noun(text: str, written: str, about: str) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    "text",
    [
        "The board set a maximum of 40 this year.",  # an amount itself
        "They signed a total of 12 last week.",  # a figure noun
    ],
)
def test_counted_an_amount_noun_of_a_number_is_not_what_it_counts(text: str) -> None:
    found = _figures(text)
    assert found, text
    assert all(q.about is None for q in found)


def test_counted_a_physical_measurement_is_not_of_its_in_phrase() -> None:
    assert _figure("The van hit 95mph in heavy rain.", "95mph").about != "heavy rain"


def test_counted_money_and_shares_keep_their_in_phrase() -> None:
    assert _figure("They paid 300,000 euros in fees.", "300,000 euros").about == "fees"


@pytest.mark.parametrize(
    ("text", "written", "unit"),
    [
        ("The break lasted 20, 25 minutes.", "20", "minute"),
        ("On May 3, 15 people were hurt.", "15", None),
    ],
)
def test_counted_a_number_listed_before_a_larger_one_shares_its_unit(
    text: str, written: str, unit: str | None
) -> None:
    assert _figure(text, written).unit == unit


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("The county's jail population stood at 1,200 in 1990.", "1,200", "jail population"),
        ("The death toll reached 85 on Tuesday.", "85", "death toll"),
    ],
)
def test_counted_a_bare_level_counts_the_subject_of_its_verb(
    text: str, written: str, about: str
) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("The study has a margin of error of plus or minus 2.5 percentage points.",
         "minus 2.5 percentage points", "margin of error"),
    ],
)  # fmt: skip
def test_counted_a_figure_of_an_of_phrase_counts_its_first_noun(
    text: str, written: str, about: str
) -> None:
    assert _figure(text, written).about == about


def test_counted_a_person_of_a_bare_number_is_not_what_it_counts() -> None:
    assert _figure("The mother of three spoke on Friday.", "three").about != "mother"


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        # money an active verb of giving, raising or spending takes is its subject's: whose
        # gift, takings or outlay it is (grammar; PolNeAR train half 1, issue 17)
        (
            "The Harbour Trust has donated about $40,000 to the museum.",
            "about $40,000",
            "Harbour Trust",
        ),
        (
            "The mayor's campaign raised more than $3 million in March.",
            "more than $3 million",
            "campaign",
        ),
        (
            "Two unions have spent over $5 million on advertising since May.",
            "over $5 million",
            "unions",
        ),
        (
            "The Orchard Fund bundled nearly $9 million for the party.",
            "nearly $9 million",
            "Orchard Fund",
        ),
        (
            "The farmers' cooperative gave away $2.5 million last year.",
            "$2.5 million",
            "cooperative",
        ),
    ],
)
def test_counted_money_a_giving_or_spending_verb_takes_is_its_subjects(
    text: str, written: str, about: str
) -> None:
    assert _figure(text, written).about == about


def test_counted_money_a_relative_clause_of_giving_or_raising_takes_is_its_subjects() -> None:
    text = "The $90,000 that the club has raised is the most ever."
    assert _figure(text, "$90,000").about == "club"


def test_counted_money_received_is_still_not_the_receivers() -> None:
    text = "The clerk received $450,000 from the contractor."
    assert _figure(text, "$450,000").about is None


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        # the second share of an "N to M" tally after a verb of leading is the share of the
        # one led (grammar; PolNeAR train half 1, session 34)
        (
            "A survey showed Ms. Ortiz leading Mr. Banks among nurses, 52 percent to 41 percent.",
            "41 percent",
            "Mr. Banks",
        ),
        (
            "Ms. Ortiz beat Mr. Banks, 52 percent to 41 percent, in the straw poll.",
            "41 percent",
            "Mr. Banks",
        ),
        # a share written after a possessive is the possessor's
        ("Ortiz had 50.2 percent to Banks' 49.1 percent.", "49.1 percent", "Banks"),
    ],
)
def test_counted_the_second_share_of_a_tally_is_the_one_led(
    text: str, written: str, about: str
) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        # the first share stays the leader's; after a verb of preference both are the group's
        (
            "Ms. Ortiz beat Mr. Banks, 52 percent to 41 percent, in the straw poll.",
            "52 percent",
            "Ms. Ortiz",
        ),
        ("Nurses backed Ortiz, 61 percent to 30 percent.", "30 percent", "Nurses"),
    ],
)
def test_counted_a_tally_keeps_the_leader_and_the_group(
    text: str, written: str, about: str
) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # a change "from X to Y" under a verb of leading is no tally: the new share is not
        # the one led's (review34)
        ("Jones beat Smith easily, with turnout up from 40 percent to 55 percent.", "55 percent"),
        ("The company topped the list, with sales up from 3 percent to 5 percent.", "5 percent"),
    ],
)
def test_counted_a_change_from_one_share_to_another_is_no_tally(text: str, written: str) -> None:
    assert _figure(text, written).about not in ("Smith", "list")


def test_counted_money_given_to_someone_named_is_not_the_givers() -> None:
    # "gave the plaintiff $2 million": an award, not the judge's money (review34)
    text = "The judge gave the plaintiff $2 million last week."
    assert _figure(text, "$2 million").about != "judge"
