"""What a duration or an amount of money counts where the sentence says it, and what must
stay empty or unchanged (issue 17, fig41): a length "for" a verb the parse cut off by "after",
time served in a place or role, a named thing that "was out", money spread "over" years,
money paid or reallocated by a named payer; and, as controls, the shapes the reverted
figures40 got wrong (a "respectively" pair, a poll as the leader, golf scores, odds and stat
lines as ages, "remain" over a killed or arrested count). Every sentence is invented for these
tests (published 2026-02-01)."""

from __future__ import annotations

import pytest
from quantity_figures import figure as _figure
from quantity_figures import figures as _figures

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        # the parse reads "three days after the flood" as one phrase and leaves "for" bare
        ("The pier was closed for three days after the flood.", "three days", "closure"),
        ("The tram line was suspended for two weeks after the crash.", "two weeks", "suspension"),
        ("The fans waited for two hours after the match.", "two hours", "wait"),
        ("He served 14 years in prison for the fraud.", "14 years", "time in prison"),
        ("The single spent 10 weeks on the chart.", "10 weeks", "time on chart"),
        ("It's been 40 years since the last final.", "40 years", "time since last final"),
        ("The new mayor has 90 days to name a cabinet.", "90 days", "time to name cabinet"),
        ("The tenants were given 30 days to leave.", "30 days", "time to leave"),
        ("Ana Ruiz won the race in one hour and 32 minutes.", "one hour", "time of race"),
        # the rest of one length counts what its first part does
        ("Ana Ruiz won the race in one hour and 32 minutes.", "32 minutes", "time of race"),
        ("Ms. Ortega served six years as mayor.", "six years", "time as mayor"),
        ("Power was out for four days across the valley.", "four days", "time Power out"),
        ("The ferry service was off for two days in March.", "two days", "time ferry service off"),
        (
            "The governor offered $30 billion over 10 years.",
            "over 10 years",
            "span of $30 billion",
        ),
        (
            "The scheme would cost about $4 trillion over 10 years.",
            "over 10 years",
            "span of about $4 trillion",
        ),
    ],
)
def test_counted_a_duration_names_what_the_sentence_says(
    text: str, written: str, about: str
) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("The harbour board paid $2 million last year.", "$2 million", "harbour board"),
        # paid "to" a payee: one payer's payments to two payees are two figures, so the payer
        # alone does not name it (fig42: a false conflict otherwise)
        ("The harbour board paid $2 million to the dredging firm.", "$2 million", None),
        ("The trust later paid $400,000 to two law firms.", "$400,000", None),
        ("The council reallocated $8 million from the parks budget.", "$8 million", "council"),
        ("The old violin fetched $12,000 at auction.", "$12,000", "old violin"),
        ("Her tour grossed $100 million.", "$100 million", "tour"),
    ],
)
def test_counted_money_names_its_payer_or_the_thing_valued(
    text: str, written: str, about: str | None
) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        # controls: what the sentence does not say stays empty, what main got stays
        ("He was out for three weeks with a knee injury.", "three weeks", None),
        ("He served 12 years.", "12 years", "service"),
        ("With 10 days to go, the race is tight.", "10 days", None),
        ("She won with two minutes to spare.", "two minutes", None),
        # a clause left out: an offset back in time, no time given for a task (PolNeAR f14 shape)
        (
            "One must look back 12 years to find a mayor who cut taxes. Or only three years to "
            "find a mayor with a surplus.",
            "three years",
            None,
        ),
        ("He served in the navy - 13 months at sea - and came home.", "13 months", "service"),
        ("Ana Ruiz finished in one hour and 32 minutes.", "one hour", None),
        ("The pier was closed for three days.", "three days", "closure"),
        ("She was sentenced to 12 years in prison.", "12 years", "time in prison"),
        ("Sales grew over five years.", "over five years", None),
        ("The team waited for five years.", "five years", "wait"),
        # a wage is the payee's, an award the one given it
        ("The firm paid $15 an hour to its cleaners.", "$15", None),
        ("The judge gave the family $2 million.", "$2 million", None),
        ("Lindqvist received 450,000 euros.", "450,000 euros", None),
        ("The city paid $3 million for the land.", "$3 million", "land"),
        ("The striker signed a $2 million contract with the club.", "$2 million", "contract"),
        ("Dock workers began a three-day strike on Monday.", "three-day", "strike"),
    ],
)
def test_counted_controls_that_must_not_change(text: str, written: str, about: str | None) -> None:
    assert _figure(text, written).about == about


def test_counted_money_spread_over_a_window_is_no_span() -> None:
    found = _figures("The firm spent $5 million over the past two years.")
    assert all(not (q.about or "").startswith("span of") for q in found)


def test_counted_a_respectively_pair_is_not_both_the_first_name_s() -> None:
    """Lund's 9 points are not Okoro's deficit: with several contenders joined, the margin
    is a deficit of no one named (trust first)."""
    text = "Okoro and Lund trailed Varga by 4 and 9 points, respectively."
    assert _figure(text, "9 points").about == "deficit"


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("A poll shows Varga 6 points ahead of Okoro.", "6 points", "lead"),
        ("The survey found Varga 4 points ahead of Okoro.", "4 points", "lead"),
        ("The latest survey has Okoro 3 points behind Varga.", "3 points", None),
    ],
)
def test_counted_a_poll_is_no_leader(text: str, written: str, about: str | None) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("Varga leads Okoro by 5 points.", "5 points", "lead of Varga"),
        ("Okoro trails Varga by 7 points.", "7 points", "deficit of Okoro"),
        ("A new poll has Varga leading Okoro by 7 points.", "7 points", "lead of Varga"),
    ],
)
def test_counted_a_single_contender_keeps_its_margin(text: str, written: str, about: str) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Varga shot 68 on Sunday.", "68"),
        ("Lund had 12 points, 8 rebounds and 4 assists.", "8"),
        ("The shelter turned 120 away on Friday.", "120"),
    ],
)
def test_counted_scores_and_stat_lines_are_no_ages(text: str, written: str) -> None:
    assert _figure(text, written).unit != "year of age"


@pytest.mark.parametrize("text", ["The colt went off at 5-1 odds.", "Lund, at 12-1, won the race."])
def test_counted_betting_odds_are_no_ages(text: str) -> None:
    assert all(q.unit != "year of age" for q in _figures(text))


@pytest.mark.parametrize(
    ("text", "written", "measure"),
    [
        ("The blast killed 12 people, and 30 remain in hospital.", "12", "killed"),
        ("Police arrested 14 men; 9 remain in custody.", "14", "arrested"),
    ],
)
def test_counted_remain_leaves_a_killed_or_arrested_count(
    text: str, written: str, measure: str
) -> None:
    assert _figure(text, written).measure == measure


def test_counted_two_lengths_joined_are_not_one() -> None:
    """Each length keeps the place it names: the second is no rest of the first."""
    text = (
        "Readers spent eight minutes daily on the sites of Okapi, three minutes "
        "on Brolly and just one minute on Zest."
    )
    assert _figure(text, "one minute").about == "time on Zest"


def test_counted_a_total_stories_away_is_no_earlier_figure_s() -> None:
    """A figure noun ("a total of") counts what the figure before counted only near it: three
    sentences on, another person's gift is not the clerk's pay."""
    text = (
        "The clerk, Ana Ruiz, was earning $41,000 a year. Ana could not be reached. Also "
        "giving that day was Ben Okoro, a club official. Okoro gave a total of $6,000 to "
        "campaigns that year."
    )
    assert _figure(text, "$6,000").about != "clerk"


def test_counted_a_figure_word_near_keeps_the_earlier_figure_s_thing() -> None:
    text = "Some 1,200 homes were damaged. Officials later put the figure at 900."
    assert _figure(text, "900").about == "homes"


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        # a course or task named: its time (fig41)
        ("Ana Ruiz ran the marathon in 2 hours.", "2 hours", "time of marathon"),
        ("The pupils completed the test in 40 minutes.", "40 minutes", "time of test"),
        # no course or task: how long it took to get there, not a time of the object (fig42)
        ("He won the title in five years.", "five years", None),
        ("The paper covered the story in two days.", "two days", None),
    ],
)
def test_counted_a_course_time_only_of_a_course_or_task(
    text: str, written: str, about: str | None
) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        # a conversion in brackets after the noun: the parse may tag the noun as an
        # interjection ("well"); what the glued adjective modifies is still what is measured,
        # and the conversion measures it too, not the clause's subject (fig42)
        ("Rescuers reached a 40-metre-deep well (about 131 feet) by noon.", "40-metre", "well"),
        (
            "Rescuers reached a 40-metre-deep well (about 131 feet) by noon.",
            "about 131 feet",
            "well",
        ),
        # controls
        ("A goat fell into a 15-metre-deep well (49 feet) while grazing.", "15-metre", "well"),
        ("The crew dug a 12-foot-deep trench near the road.", "12-foot", "trench"),
        ("The well is 40 metres deep.", "40 metres", "well"),
    ],
)
def test_counted_a_glued_dimension_adjective_measures_the_word_it_modifies(
    text: str, written: str, about: str
) -> None:
    assert _figure(text, written).about == about
