"""The time stage on sentences written for these tests (anchor: the publication date)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from newsclaims import analyze, settings
from newsclaims.extract import temporal
from newsclaims.extract.intervals import interval

pytestmark = pytest.mark.model

SATURDAY = "2025-08-30"


def _times(text: str, published: str | None = SATURDAY) -> dict[str, tuple[str, str | None]]:
    return {t.text: (t.type, t.value) for t in analyze(text, published=published).times}


@pytest.mark.parametrize(
    ("text", "expression", "kind", "value"),
    [
        ("The ministry reported on Saturday that the dam held.", "Saturday", "DATE", "2025-08-30"),
        ("The mayor resigned on Friday after the vote.", "Friday", "DATE", "2025-08-29"),
        ("The talks will resume on Tuesday in Geneva.", "Tuesday", "DATE", "2025-09-02"),
        ("The leaders will meet next week in Rome.", "next week", "DATE", "2025-W36"),
        ("Both sides signed the deal in April.", "April", "DATE", "2025-04"),
        ("The plant will reopen in October.", "October", "DATE", "2025-10"),
        # the tense of "will start", not of "offering", places the month
        ("Pharmacies will start offering the shots in July.", "July", "DATE", "2026-07"),
        ("The firm began selling cars in July.", "July", "DATE", "2025-07"),
        ("The company was founded in August 2023.", "August 2023", "DATE", "2023-08"),
        ("Sales fell last year.", "last year", "DATE", "2024"),
        # a determiner before a relative unit is in its extent (TimeML)
        ("Crime fell over the past year.", "the past year", "DATE", "2024"),
        ("The law passed in 2016.", "2016", "DATE", "2016"),
        ("Prices rose sharply in the 1990s.", "the 1990s", "DATE", "199"),
        # a decade of this century is written with its own digits (TIMEX3: 201, not 191)
        ("Rents rose sharply in the 2010s.", "the 2010s", "DATE", "201"),
        ("Crime rose in the early 2000s.", "the early 2000s", "DATE", "200"),
        ("Profit rose in the third quarter.", "the third quarter", "DATE", "2025-Q3"),
        # the part of a span is in its extent (TimeML's mod); the value is the span's
        ("Troops arrive by the end of the month.", "the end of the month", "DATE", "2025-08"),
        ("The mill shut at the beginning of November.", "the beginning of November", "DATE",
         "2024-11"),
        ("Rates rise by the middle of next year.", "the middle of next year", "DATE", "2026"),
        ("The bridge opens at the end of 2027.", "the end of 2027", "DATE", "2027"),
        # "fiscal" is part of the quarter's name (TimeML keeps it in the extent)
        ("Profit rose in the fiscal first quarter.", "the fiscal first quarter", "DATE", "2025-Q1"),
        ("Sales fell in the fiscal-second quarter.", "the fiscal-second quarter", "DATE",
         "2025-Q2"),
        ("Crops failed last summer.", "last summer", "DATE", "2024-SU"),
        ("They aired a 25-minute documentary.", "25-minute", "DURATION", "PT25M"),
        ("The strike lasted two months.", "two months", "DURATION", "P2M"),
        ("It was their third meeting in two years.", "two years", "DURATION", "P2Y"),
        ("The committee meets every week.", "every week", "SET", "P1W"),
        ("The paper is printed daily.", "daily", "SET", "P1D"),
        ("Prices are high now.", "now", "DATE", "PRESENT_REF"),
        ("The fire started yesterday.", "yesterday", "DATE", "2025-08-29"),
        ("The minister spoke on Friday morning.", "Friday morning", "TIME", "2025-08-29TMO"),
        ("The polls close at 8 p.m.", "8 p.m.", "TIME", "2025-08-30T20:00"),
        ("The bridge opened three years ago.", "three years ago", "DATE", "2022"),
        # published in 2025-Q3: the last completed quarter is 2025-Q2
        ("Profit fell from the year-ago third quarter.", "the year-ago third quarter", "DATE",
         "2024-Q3"),
        ("Sales should recover in next year's first quarter.", "next year's first quarter",
         "DATE", "2026-Q1"),
        # "of last year" is in the quarter's extent, as "of 2024" is
        ("Earnings were flat in the second quarter of last year.",
         "the second quarter of last year", "DATE", "2024-Q2"),
        ("Sales will rise in the first quarter of next year.", "the first quarter of next year",
         "DATE", "2026-Q1"),
        ("Profit beat the year-earlier quarter.", "the year-earlier quarter", "DATE", "2024-Q2"),
        # published Saturday 2025-08-30: scheduled and conditional events lie ahead
        ("The union scheduled a news conference Tuesday.", "Tuesday", "DATE", "2025-09-02"),
        ("The envoy would be traveling to Rome on Thursday.", "Thursday", "DATE", "2025-09-04"),
        # the passive of a modal is ahead too; "could be reached" (the past of "can") and
        # "would have been" are not
        ("The winners would be announced on Tuesday.", "Tuesday", "DATE", "2025-09-02"),
        ("The treaty may be signed on Thursday.", "Thursday", "DATE", "2025-09-04"),
        ("Officials could not be reached on Tuesday.", "Tuesday", "DATE", "2025-08-26"),
        ("The deal would have been signed on Monday.", "Monday", "DATE", "2025-08-25"),
        ("Rebels set fire to the depot on Thursday.", "Thursday", "DATE", "2025-08-28"),
        ("The museum closed this February.", "this February", "DATE", "2025-02"),
        ("The museum will reopen this November.", "this November", "DATE", "2025-11"),
        ("Voters go to the polls on Election Day.", "Election Day", "DATE", "2025-11-04"),
        ("The pope spoke on Easter Sunday.", "Easter Sunday", "DATE", "2025-04-20"),
        ("They married on New Year\u2019s Eve 2019.", "New Year\u2019s Eve 2019", "DATE",
         "2019-12-31"),
        ("Stores will open on Thanksgiving.", "Thanksgiving", "DATE", "2025-11-27"),
        # a written date after a weekday decides; "last Saturday" said on a Saturday
        ("The paper said in an editorial on Friday, August 22: no.", "Friday, August 22",
         "DATE", "2025-08-22"),
        ("The strike ended last Saturday.", "last Saturday", "DATE", "2025-08-23"),
        ("Profit fell in the year ended March 31.", "the year", "DURATION", "P1Y"),
        ("In the 2023 third quarter, the firm lost money.", "the 2023 third quarter", "DATE",
         "2023-Q3"),
        ("Revenue rose 5% in the latest period.", "the latest period", "DATE", "2025-Q2"),
        ("In June last year, the leaders fell out.", "June last year", "DATE", "2024-06"),
        ("In January this year, police arrived.", "January this year", "DATE", "2025-01"),
        # a deadline lies ahead of the publication date whatever the verb's tense
        ("The board gave them until 9 a.m. Tuesday to reply.", "9 a.m. Tuesday", "TIME",
         "2025-09-02T09:00"),
        ("The board named a new chief, effective Feb. 1.", "Feb. 1", "DATE", "2026-02-01"),
        ("Talks broke off at noon Thursday.", "noon Thursday", "TIME", "2025-08-28T12:00"),
        ("The offer runs until 5 p.m. EST Sept. 9, the bank said.", "5 p.m. EST Sept. 9", "TIME",
         "2025-09-09T17:00"),
        ("Earnings for the last half of 2024 fell.", "the last half of 2024", "DATE", "2024-H2"),
        # counted from an event the story told, not from the publication date; "later" is a
        # TimeML signal, outside the extent
        ("Three days later, the index rose.", "Three days", "DURATION", "P3D"),
        ("Two weeks before the vote, polls shifted.", "Two weeks", "DURATION", "P2W"),
        ("Unemployment hit its lowest in two decades.", "two decades", "DURATION", "P20Y"),
        ("Revenue was $4 million in the 2024 quarter.", "the 2024 quarter", "DATE", "2024-Q2"),
        ("For the quarter a year ago, it lost money.", "the quarter a year ago", "DATE",
         "2024-Q2"),
        ("It expects higher sales in the current fiscal year.", "the current fiscal year", "DATE",
         "2025"),
        ("Officials voiced concern in recent months.", "recent months", "DURATION", "PXM"),
        # published in August: the fall of a past-tense clause is last year's, it has not begun
        ("Crops were planted in the fall.", "the fall", "DATE", "2024-FA"),
        # TimeML keeps a season's determiner and "early"/"late" in its extent
        ("Orders were low in the early summer.", "the early summer", "DATE", "2025-SU"),
        ("Trade slowed during the spring of 2023.", "the spring of 2023", "DATE", "2023-SP"),
        ("Snow fell in late winter.", "late winter", "DATE", "2024-WI"),
        ("Sales fell in the spring of last year.", "the spring of last year", "DATE", "2024-SP"),
        ("Her sentence was overturned in nineteen ninety-four.", "nineteen ninety-four",
         "DATE", "1994"),
        ("The bombing came in January nineteen ninety-seven.", "January nineteen ninety-seven",
         "DATE", "1997-01"),
        ("He promised full employment by the year two thousand.", "the year two thousand",
         "DATE", "2000"),
    ],
)  # fmt: skip
def test_temporal_values(text: str, expression: str, kind: str, value: str) -> None:
    found = _times(text)
    assert found.get(expression) == (kind, value), found


def test_temporal_a_year_earlier_shifts_the_quarter_named_before_it_once() -> None:
    found = _times(
        "Profit rose in the second quarter, up from the year-earlier quarter. "
        "A year ago, sales were flat."
    )
    assert found["the second quarter"] == ("DATE", "2025-Q2")
    assert found["the year-earlier quarter"] == ("DATE", "2024-Q2")
    # anchored on "the second quarter", not on the already shifted year-earlier quarter
    assert found["A year ago"] == ("DATE", "2024-Q2")


def test_temporal_year_shifts_next_to_days_or_of_several_years_stay_years() -> None:
    found = _times(
        "The plant closed on March 3, 2025, a year earlier than planned. "
        "In the third quarter, output fell; four years ago it was higher."
    )
    assert found["a year earlier"] == ("DATE", "2024")
    assert found["four years ago"] == ("DATE", "2021")


def test_temporal_that_day_and_the_following_year_follow_the_date_named_before() -> None:
    found = _times(
        "The plant closed on March 3, 2024. Later that day, workers protested. "
        "The following year it reopened. Talks began in June 2023 and failed the next month."
    )
    assert found["Later that day"] == ("DATE", "2024-03-03")
    assert found["The following year"] == ("DATE", "2025")
    assert found["the next month"] == ("DATE", "2023-07")
    # without a date before it, "that day" is the publication day
    assert _times("Nobody came that day.")["that day"] == ("DATE", "2025-08-30")
    # "prior" is "previous"
    assert _times("Profit rose from the prior year.")["the prior year"] == ("DATE", "2024")


def test_temporal_the_same_day_and_the_day_before_follow_the_date_named_before() -> None:
    found = _times(
        "The plant closed on March 3, 2024. The day before, workers had protested. "
        "The same day, the union met, and it struck again the week after."
    )
    assert found["The day before"] == ("DATE", "2024-03-02")
    assert found["The same day"] == ("DATE", "2024-03-03")
    assert found["the week after"] == ("DATE", "2024-W10")
    # before an event it is the event's day, which is not dated
    assert _times("Polls shifted the day before the vote.") == {}


def test_temporal_a_dateline_day_before_publication_anchors_the_story() -> None:
    text = "BRUSSELS, March 4 (Xinhua) -- The ministers met on Monday and meet again today."
    found = _times(text, published="2025-03-05")
    assert found["today"] == ("DATE", "2025-03-04")
    assert found["Monday"] == ("DATE", "2025-03-03")
    # a dateline on the publication day, or none, leaves the publication date the anchor
    same_day = text.replace("March 4", "March 5")
    assert _times(same_day, published="2025-03-05")["today"] == ("DATE", "2025-03-05")
    far = text.replace("March 4", "February 4")
    assert _times(far, published="2025-03-05")["today"] == ("DATE", "2025-03-05")


def test_temporal_the_dateline_reach_is_a_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "OSLO, June 9 (Xinhua) -- The council votes today."
    assert _times(text, published="2025-06-11")["today"] == ("DATE", "2025-06-09")
    monkeypatch.setattr(settings, "DATELINE_DAYS", 1)
    assert _times(text, published="2025-06-11")["today"] == ("DATE", "2025-06-11")


def test_temporal_the_previous_weekday_is_the_one_before_the_date_named_before() -> None:
    # TimeML's anaphoric weekday: "the previous Friday" is in the extent with its
    # determiner, and lies before the day the story last named, not before publication
    found = _times(
        "The index closed at 510 on Friday, March 7, 2025, up 2% from the previous Friday. "
        "The board met on April 2, 2025, and voted the following Monday."
    )
    assert found["the previous Friday"] == ("DATE", "2025-02-28")
    assert found["the following Monday"] == ("DATE", "2025-04-07")
    # with no day named before it, the publication day (a Saturday) is the reference, and a
    # weekday is never its own "previous" one
    assert _times("Turnout was lower than the previous Saturday.")["the previous Saturday"] == (
        "DATE",
        "2025-08-23",
    )


@pytest.mark.parametrize(
    ("text", "expression", "kind", "value"),
    [
        # the unit of a rate, after a figure or the noun it counts, is TimeML's SET
        ("The firm pays $2 million a year in rent.", "a year", "SET", "P1Y"),
        ("The plant makes 700 cars a week.", "a week", "SET", "P1W"),
        ("Doctors see 40 patients a day.", "a day", "SET", "P1D"),
        # after a preposition or a verb, or before "after", it is a span
        ("He was jailed for a year.", "a year", "DURATION", "P1Y"),
        ("The strike lasted a week.", "a week", "DURATION", "P1W"),
        ("The club won the title a year after the merger.", "a year", "DURATION", "P1Y"),
        # an amount, or a noun counted by one, before it is a rate's figure
        ("Rents rose 4 percent a year.", "a year", "SET", "P1Y"),
        ("The clinic sees hundreds of patients a day.", "a day", "SET", "P1D"),
        # a verb's object without a number before it, or "to" after a counted noun, is a span
        ("It took the crew a year to rebuild the pier.", "a year", "DURATION", "P1Y"),
        ("The board gave the firm a week to answer.", "a week", "DURATION", "P1W"),
        ("The storm cost the village a month.", "a month", "DURATION", "P1M"),
        ("The judge gave 30 tenants a week to leave.", "a week", "DURATION", "P1W"),
        # unless an amount is the rate's own figure
        ("It costs $2 million a year to run the plant.", "a year", "SET", "P1Y"),
    ],
)
def test_temporal_rate_units_are_sets(text: str, expression: str, kind: str, value: str) -> None:
    assert _times(text)[expression] == (kind, value)


def test_temporal_unresolved_without_publication_date() -> None:
    times = analyze("The talks resumed on Friday.", published=None).times
    [friday] = times
    assert friday.unresolved is True
    assert friday.value is not None and "X" in friday.value


def test_temporal_the_fall_of_a_thing_is_no_season() -> None:
    assert _times("After the fall of the old regime, trade grew.") == {}
    assert _times("Hopes rose in the spring of reform.") == {}
    assert _times("The pact was signed in the fall of 2023.")["the fall of 2023"] == (
        "DATE",
        "2023-FA",
    )


def test_temporal_ages_and_plain_numbers_are_not_times() -> None:
    found = _times("The 6-year-old boy and 2000 people watched.")
    assert found == {}


@pytest.mark.parametrize(
    "text",
    [
        "Ms. Varga, 47 years old, will replace her.",
        "The merger might yet collapse if the loan is refused.",
        "Ministers Bronislaw Geremek and Jan Kavan signed.",
        "Malta buys roughly two-thirds of its fuel abroad.",
        "A second group of directors resigned.",
        # a relative expression in title case inside a sentence names a programme
        'The minister said on CBS\'s "Next Week" that talks go on.',
        "She told The Last Decade magazine the truth.",
    ],
)
def test_temporal_words_that_are_not_times(text: str) -> None:
    assert _times(text) == {}


def test_temporal_a_number_counting_a_noun_after_a_month_day_is_not_a_day() -> None:
    assert _times("On Aug. 4 and 25 soldiers died.") == {"Aug. 4": ("DATE", "2025-08-04")}


def test_temporal_claim_gets_its_time() -> None:
    analysis = analyze("Officials said the dam failed on Friday.", published=SATURDAY)
    [claim] = analysis.claims
    assert claim.time is not None
    assert claim.time.begin == date(2025, 8, 29)


@pytest.mark.parametrize(
    ("value", "begin", "end", "precision"),
    [
        ("2025-08-29", date(2025, 8, 29), date(2025, 8, 29), "day"),
        ("2025-08-29TMO", date(2025, 8, 29), date(2025, 8, 29), "day"),
        ("2025-02", date(2025, 2, 1), date(2025, 2, 28), "month"),
        ("2025-W36", date(2025, 9, 1), date(2025, 9, 7), "week"),
        ("2025-W36-WE", date(2025, 9, 6), date(2025, 9, 7), "weekend"),
        ("2025-Q3", date(2025, 7, 1), date(2025, 9, 30), "quarter"),
        ("2024-WI", date(2024, 12, 1), date(2025, 2, 28), "season"),
        ("2016", date(2016, 1, 1), date(2016, 12, 31), "year"),
        ("199", date(1990, 1, 1), date(1999, 12, 31), "decade"),
    ],
)
def test_interval_of_values(value: str, begin: date, end: date, precision: str) -> None:
    found = interval(value)
    assert found is not None
    assert (found.begin, found.end, found.precision) == (begin, end, precision)


@pytest.mark.parametrize("value", ["P2M", "PRESENT_REF", "XXXX-04", "", None, "2025-13"])
def test_interval_of_non_dates_is_none(value: str | None) -> None:
    assert interval(value) is None


# -- clock times in every common form (published Thursday 2016-11-10) -----------------------

THURSDAY = "2016-11-10"


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        ("The first train left at 6.10am.", "6.10am", "2016-11-10T06:10"),
        ("The first train left at 6:10am.", "6:10am", "2016-11-10T06:10"),
        ("The first train left at 6:10 a.m. sharp.", "6:10 a.m.", "2016-11-10T06:10"),
        ("The first train left at 6.10 a.m. sharp.", "6.10 a.m.", "2016-11-10T06:10"),
        ("The first train left at 6 AM sharp.", "6 AM", "2016-11-10T06:00"),
        ("The last train left at 11.45pm sharp.", "11.45pm", "2016-11-10T23:45"),
        ("The last train left at 12 a.m. sharp.", "12 a.m.", "2016-11-10T00:00"),
        ("The first train left at 06:10 and was late.", "06:10", "2016-11-10T06:10"),
        ("The first train left at 18:45 and was late.", "18:45", "2016-11-10T18:45"),
        ("The blast came at 18.45 GMT near the port.", "18.45 GMT", "2016-11-10T18:45"),
        ("The blast came at 1845 GMT near the port.", "1845 GMT", "2016-11-10T18:45"),
        ("Markets open at 0610 UTC on weekdays.", "0610 UTC", "2016-11-10T06:10"),
        ("The ministers met at noon in Paris.", "noon", "2016-11-10T12:00"),
        ("The curfew began at midnight in Paris.", "midnight", "2016-11-10T24:00"),
    ],
)  # fmt: skip
def test_temporal_clock_times(text: str, expression: str, value: str) -> None:
    assert _times(text, THURSDAY).get(expression) == ("TIME", value)


@pytest.mark.parametrize(
    "text",
    [
        "The index rose 6.10 points in the session.",  # a decimal, not 6:10
        "The home side won 2:1 in extra time.",  # a score
        "He ran the marathon in 2:05:12 in Berlin.",  # a race time, not a clock time
        "The ratio was 16:9 on most screens.",  # no word that introduces a time
        "The meeting lasted 13 p.m. to nowhere.",  # no such hour
    ],
)
def test_temporal_numbers_that_are_not_clock_times(text: str) -> None:
    found = _times(text, THURSDAY)
    assert not any(kind == "TIME" for kind, _value in found.values()), found


@pytest.mark.parametrize(
    ("text", "expression", "value"),
    [
        # the day named next to a clock time is its day, in either order
        ("The plane landed at 6.10am on Wednesday.", "6.10am", "2016-11-09T06:10"),
        ("On Wednesday at 6:10 a.m. the plane landed.", "6:10 a.m.", "2016-11-09T06:10"),
        ("The plane landed at 6am yesterday.", "6am", "2016-11-09T06:00"),
        ("The plane landed on Nov. 2 at 7:30 p.m.", "7:30 p.m.", "2016-11-02T19:30"),
        ("Police arrived at noon on Tuesday.", "noon", "2016-11-08T12:00"),
    ],
)  # fmt: skip
def test_temporal_clock_times_take_the_day_named_beside_them(
    text: str, expression: str, value: str
) -> None:
    assert _times(text, THURSDAY).get(expression) == ("TIME", value)


def _stamped(text: str, stamp: str) -> dict[str, tuple[str, str | None]]:
    from datetime import datetime  # noqa: PLC0415

    from newsclaims.extract.pipeline import analyze_articles  # noqa: PLC0415
    from newsclaims.model import Article  # noqa: PLC0415

    [analysis] = analyze_articles([Article(text=text, published_at=datetime.fromisoformat(stamp))])
    return {text[t.start : t.end]: (t.type, t.value) for t in analysis.times}


def test_temporal_publication_stamp_places_clock_times() -> None:
    # published at 05:30: a past 11pm was the night before, a past 5am this morning
    early = "2016-11-10T05:30:00"
    assert _stamped("Polls closed at 11pm.", early)["11pm"] == ("TIME", "2016-11-09T23:00")
    assert _stamped("The count ended at 5am.", early)["5am"] == ("TIME", "2016-11-10T05:00")
    # published at 22:00: a coming 8am is tomorrow's; without a stamp, the publication day
    late = "2016-11-10T22:00:00"
    assert _stamped("Polls will open at 8am.", late)["8am"] == ("TIME", "2016-11-11T08:00")
    assert _times("Polls will open at 8am.", THURSDAY)["8am"] == ("TIME", "2016-11-10T08:00")


@pytest.mark.parametrize(
    ("text", "published", "expression", "value"),
    [
        # "Tuesday's election", written on the Wednesday and on the Thursday after
        ("Trump won Tuesday's election.", "2016-11-09", "Tuesday", "2016-11-08"),
        ("After Tuesday's election, markets rallied.", "2016-11-10", "Tuesday", "2016-11-08"),
        ("Tuesday's election was a shock.", "2016-11-09", "Tuesday", "2016-11-08"),
        # a coming weekday in a future-tense clause, the same weekday as publication
        ("Trump will meet Obama on Thursday.", "2016-11-09", "Thursday", "2016-11-10"),
        ("Trump met Obama on Wednesday.", "2016-11-09", "Wednesday", "2016-11-09"),
        # seasons: ended by publication ("last"), not begun ("next"), or by the tense
        ("Crops failed last summer.", "2016-11-10", "last summer", "2016-SU"),
        ("Crops failed last summer.", "2016-08-10", "last summer", "2015-SU"),
        ("Snow fell last winter.", "2017-03-10", "last winter", "2016-WI"),
        ("Snow fell last winter.", "2017-01-10", "last winter", "2015-WI"),
        ("The dam will open next summer.", "2017-03-01", "next summer", "2017-SU"),
        ("The dam will open in the summer.", "2016-11-01", "the summer", "2017-SU"),
        ("The dam opened in the spring.", "2017-02-01", "the spring", "2016-SP"),
        ("The museum reopens this summer.", "2017-02-01", "this summer", "2017-SU"),
        # a plan in the past perfect was to happen before the narration; otherwise ahead
        ("The offer had been due to expire on Thursday.", "2025-08-30", "Thursday",
         "2025-08-28"),
        ("The offer is due to expire on Thursday.", "2025-08-30", "Thursday", "2025-09-04"),
        # "planned for Sunday" describing a noun takes the tense of the noun's clause
        ("A vigil planned for Sunday was canceled.", "2025-08-30", "Sunday", "2025-08-24"),
        ("A vigil planned for Sunday will go ahead.", "2025-08-30", "Sunday", "2025-08-31"),
        # the story's narrative time: a day written without its year, a week or more back,
        # in the same sentence
        ("Voters chose him on Nov. 8 and he spoke on Wednesday.", "2016-11-30", "Wednesday",
         "2016-11-09"),
        ("On Nov. 8, voters chose him after a rally on Sunday.", "2016-11-30", "Sunday",
         "2016-11-06"),
        # across sentences news is back in its own week
        ("The blasts of Aug. 7 killed 257. On Wednesday, the FBI said more.", "1998-08-26",
         "Wednesday", "1998-08-26"),
        # a date with its year is background: the weekday is the publication week's
        ("The plant closed on March 3, 2016. On Friday, workers protested.", "2016-11-30",
         "Friday", "2016-11-25"),
        # a day close to publication leaves the weekday to the publication date
        ("On Nov. 28, voters met. On Wednesday, he spoke.", "2016-11-30", "Wednesday",
         "2016-11-30"),
        ("The treaty was signed last May.", "1998-02-27", "last May", "1997-05"),
        ("Crime fell through the nineties.", "1998-02-27", "the nineties", "199"),
        ("It was the bloodiest war of the 20th century.", "1998-02-27", "the 20th century", "19"),
        ("It will list its shares in the near future.", "1998-02-27", "the near future",
         "FUTURE_REF"),
        ("The bank will soon raise rates.", "2016-11-10", "soon", "FUTURE_REF"),
        ("Fix it as soon as possible, he said.", "2016-11-10", "as soon as possible",
         "FUTURE_REF"),
        # the year's end by the tense; "since" looks back even to a day close ahead
        ("The merger should close by year-end.", "2016-11-10", "year-end", "2016-12-31"),
        ("Shares have fallen 5% since year-end.", "2016-11-10", "year-end", "2015-12-31"),
        ("Rents have doubled since Dec. 20.", "2016-11-10", "Dec. 20", "2015-12-20"),
        # published Wednesday 2025-08-27: "this Friday" by the tense, else the week's own
        ("The talks will resume this Friday.", "2025-08-27", "this Friday", "2025-08-29"),
        ("The talks resumed this Monday.", "2025-08-27", "this Monday", "2025-08-25"),
        ("The talks resume this Friday.", "2025-08-27", "this Friday", "2025-08-29"),
        # "this coming Monday" is the first after the publication day
        ("The talks resume this coming Monday.", "2025-08-27", "this coming Monday", "2025-09-01"),
        # the weekend ahead in a future-tense clause, the one past otherwise
        ("Leaders will meet over the weekend.", "2025-08-27", "the weekend", "2025-W35-WE"),
        ("Leaders met over the weekend.", "2025-08-27", "the weekend", "2025-W34-WE"),
        # a quarter still ahead in the publication year, in a future or present clause
        ("Sales will rise in the fourth quarter.", "2025-08-27", "the fourth quarter", "2025-Q4"),
        ("The firm expects a loss in the fourth quarter.", "2025-08-27", "the fourth quarter",
         "2025-Q4"),
        ("Sales rose in the fourth quarter.", "2025-08-27", "the fourth quarter", "2024-Q4"),
        # a half of a year named relative to the publication year
        ("The deal closed in the second half of last year.", "2025-08-27",
         "the second half of last year", "2024-H2"),
        ("Growth will slow in the first half of next year.", "2025-08-27",
         "the first half of next year", "2026-H1"),
        # published Thursday 2016-11-10
        ("The ban expires at the end of the week.", THURSDAY, "the end of the week", "2016-W45"),
        # a past tense the tagger reads as a participle ("reopened" with a subject, no
        # auxiliary) is still a past tense: last January, not the next
        ("The plant reopened in January.", THURSDAY, "January", "2016-01"),
        # an ordinal day of a month
        ("They met on the 5th of November.", THURSDAY, "the 5th of November", "2016-11-05"),
        ("They met on the 21st of March, 2015.", THURSDAY, "the 21st of March, 2015", "2015-03-21"),
        # published 2016-11-09: a month after a month or day of an earlier year, in the same
        # sentence, is in that year (the story's narrative time)
        ("In June 2015 the mill grew, and in July it shrank.", "2016-11-09", "July", "2015-07"),
        ("The mill closed on March 3, 2015, and reopened in May.", "2016-11-09", "May", "2015-05"),
        # not after a year alone, nor when the tense puts the month ahead
        ("He was born in 1950 and retired in March.", "2016-11-09", "March", "2016-03"),
        ("The mill closed on March 3, 2015, and will reopen in May.", "2016-11-09", "May",
         "2017-05"),
        # across sentences the publication date is the anchor again
        ("The mill closed in June 2015. In July, it was sold.", "2016-11-09", "July", "2016-07"),
    ],
)  # fmt: skip
def test_temporal_dates_follow_the_tense_and_the_narrative_time(
    text: str, published: str, expression: str, value: str
) -> None:
    assert _times(text, published).get(expression) == ("DATE", value)


@pytest.mark.parametrize(
    ("text", "expression", "kind", "value"),
    [
        # a half is written in the next smaller unit, as TimeML does
        ("The siege lasted 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M"),
        ("The flight took five and a half hours.", "five and a half hours", "DURATION",
         "PT5H30M"),
        ("The talks lasted an hour and a half.", "an hour and a half", "DURATION", "PT1H30M"),
        ("The strike lasted 3.5 days.", "3.5 days", "DURATION", "P3DT12H"),
        # a range gives its first number; words that say which units are counted stay in
        ("Repairs take two to three weeks.", "two to three weeks", "DURATION", "P2W"),
        ("Troops stay for two more weeks.", "two more weeks", "DURATION", "P2W"),
        # a bound word is in the extent (TimeML's mod), "about" and "over" are not
        ("The siege lasted nearly two months.", "nearly two months", "DURATION", "P2M"),
        ("The flight took less than one hour.", "less than one hour", "DURATION", "PT1H"),
        ("He left almost three years ago.", "almost three years ago", "DATE", "2022"),
        ("The talks took about two weeks.", "two weeks", "DURATION", "P2W"),
        ("Shares fell for eight trading days.", "eight trading days", "DURATION", "P8D"),
        # a hyphened span describes a noun: the article is the noun's
        ("Critics attacked the 14-day waiting period.", "14-day", "DURATION", "P14D"),
        # "or so" is in the extent (TimeML), the value is the amount's
        ("The talks lasted two weeks or so.", "two weeks or so", "DURATION", "P2W"),
        ("Prices may rise over the next couple of years.", "the next couple of years",
         "DURATION", "P2Y"),
        # an unknown number of units before or after an event is a span, not a date
        ("A few days later, the index rose.", "A few days", "DURATION", "PXD"),
        # a month followed by a day is that day, also after "last"
        ("He was shot last Oct. 23 at home.", "Oct. 23", "DATE", "2024-10-23"),
        # "as soon as" looks ahead, as "until" does
        ("They could leave as soon as Tuesday.", "Tuesday", "DATE", "2025-09-02"),
        ("Flights leave each Thursday.", "each Thursday", "SET", "XXXX-WXX-4"),
        ("The board meets every other week.", "every other week", "SET", "P2W"),
        ("Mass is said every Sunday morning.", "every Sunday morning", "SET", "XXXX-WXX-7TMO"),
        # a count of times in a unit is TimeML's set of the unit, the count in the extent
        ("The board meets twice a year.", "twice a year", "SET", "P1Y"),
        ("Buses run three times a day.", "three times a day", "SET", "P1D"),
    ],
)  # fmt: skip
def test_temporal_amounts_ranges_and_sets(
    text: str, expression: str, kind: str, value: str
) -> None:
    assert _times(text).get(expression) == (kind, value)


@pytest.mark.parametrize(
    "text", ["He died soon after his capture.", "She can leave as soon as the court agrees."]
)
def test_temporal_soon_before_an_event_is_not_a_time(text: str) -> None:
    assert "soon" not in " ".join(_times(text))


def test_temporal_a_decimal_is_not_a_year() -> None:
    assert _times("The index closed at 2082.1 points.") == {}


def test_temporal_a_dateline_day_puts_clock_times_on_the_day_of_today() -> None:
    from newsclaims.extract.pipeline import analyze_articles  # noqa: PLC0415
    from newsclaims.model import Article  # noqa: PLC0415

    text = "OSLO, June 9 (Xinhua) -- The polls closed at 11pm and today the count goes on."
    # the stamp times the publication, not the filing: the dateline's day holds both the
    # clock time and "today", whatever day and time of day the stamp gives
    for published, stamp in [
        (None, "2025-06-10T05:30:00"),
        (None, "2025-06-11T22:00:00"),
        (date(2025, 6, 10), "2025-06-09T05:30:00"),
    ]:
        article = Article(
            text=text, published=published, published_at=datetime.fromisoformat(stamp)
        )
        [analysis] = analyze_articles([article])
        found = {text[t.start : t.end]: t.value for t in analysis.times}
        assert (found["11pm"], found["today"]) == ("2025-06-09T23:00", "2025-06-09"), stamp


def test_temporal_a_clock_time_just_after_the_stamp_is_an_update_of_the_same_day() -> None:
    # stamped 15:43: "at 4:15pm" was added by an update that day, not the day before
    found = _stamped("They met at 4:15pm GMT.", "2016-11-10T15:43:00")
    assert found["4:15pm GMT"] == ("TIME", "2016-11-10T16:15")


def test_temporal_the_end_of_a_day_stays_out_of_the_extent() -> None:
    # only spans coarser than a day take the part word ("at the end of the day" is an idiom)
    found = _times("The deal held at the end of Friday's session.")
    assert found.get("Friday") == ("DATE", "2025-08-29"), found


def test_temporal_usa_today_is_a_newspaper() -> None:
    assert _times("Photo: Ann Moss-USA TODAY Sports") == {}


def test_temporal_early_and_late_stay_in_the_extent() -> None:
    found = _times(
        "Shares list early next year; he left late yesterday, back later this afternoon."
    )
    assert found["early next year"] == ("DATE", "2026")
    assert found["late yesterday"] == ("DATE", "2025-08-29")
    assert found["later this afternoon"] == ("TIME", "2025-08-30TAF")
    assert _times("He spoke earlier today.")["earlier today"] == ("DATE", "2025-08-30")


@pytest.mark.parametrize(
    "text",
    [
        "The monsoon flooded the valley.",  # "soon" inside a word
        "Rescuers reached the village as soon as possibleness allowed.",  # a longer word
    ],
)
def test_temporal_no_branch_of_a_pattern_starts_or_ends_inside_a_word(text: str) -> None:
    """Every branch of a pattern with a top-level "|" keeps the word guards."""
    assert _times(text) == {}


@pytest.mark.parametrize(
    ("text", "expression", "kind", "value"),
    [
        # the part of a day before its day, and the middle of a part of the day
        ("Shares rose at mid-afternoon yesterday in Tokyo.", "mid-afternoon yesterday", "TIME",
         "2025-08-29TAF"),
        ("The ferry sails early morning tomorrow.", "early morning tomorrow", "TIME",
         "2025-08-31TMO"),
        ("By mid afternoon, the crowd had left.", "mid afternoon", "TIME", "2025-08-30TAF"),
        ("The shelling stopped at midmorning.", "midmorning", "TIME", "2025-08-30TMO"),
        # a weekday or its part in the plural recurs every week
        ("The ferry sails on Mondays.", "Mondays", "SET", "XXXX-WXX-1"),
        ("Buses run late on Friday nights.", "Friday nights", "SET", "XXXX-WXX-5TNI"),
        # "one day" after a modal is an unknown day ahead; after a verb it is a span
        ("The town will one day host the games.", "one day", "DATE", "FUTURE_REF"),
        ("She hopes to one day run the mill.", "one day", "DATE", "FUTURE_REF"),
        ("The repair will take one day.", "one day", "DURATION", "P1D"),
        # a number multiplied by "hundred" or "thousand"
        ("The abbey stood for almost a hundred years.", "almost a hundred years", "DURATION",
         "P100Y"),
        ("The craft was kept secret for more than two thousand years.",
         "more than two thousand years",
         "DURATION", "P2000Y"),
        ("The dynasty ruled for several hundred years.", "several hundred years", "DURATION",
         "PXY"),
        # "the past decade" is the years up to now; "the last decade" the calendar decade
        ("Rents doubled over the past decade.", "the past decade", "DURATION", "P10Y"),
        ("It was the worst flood of the past century.", "the past century", "DURATION", "P100Y"),
        ("Rents doubled in the last decade.", "the last decade", "DATE", "201"),
        # "then" makes "current" a past time; "more recently" is one expression
        ("Holders may buy at the then-current price.", "then-current", "DATE", "PAST_REF"),
        ("More recently, the club signed two players.", "More recently", "DATE", "PAST_REF"),
        # "centuries": an unknown number of them, TIMEX3's century unit
        ("The fort guarded the pass for centuries.", "centuries", "DURATION", "PXC"),
        # an amount after "year-earlier" is one span with the amount's length
        ("Sales in the year-earlier six months were flat.", "the year-earlier six months",
         "DURATION", "P6M"),
        # "this past week" is one expression; two days away from the publication day
        ("Prices rose this past week.", "this past week", "DATE", "2025-W34"),
        ("He left the day before yesterday.", "the day before yesterday", "DATE", "2025-08-28"),
        ("They vote the day after tomorrow.", "the day after tomorrow", "DATE", "2025-09-01"),
        # a quarter of a fiscal year
        ("Sales fell in the third quarter of fiscal 1989.", "the third quarter of fiscal 1989",
         "DATE", "1989-Q3"),
        # a day after a month-day, its month left out, is a date of its own
        ("The summit will be on April 24 and 25.", "25", "DATE", "2026-04-25"),
        ("Talks ran from Aug. 3 to 5 in Oslo.", "5", "DATE", "2025-08-05"),
        # title case at a sentence's start is still a time
        ("This Week the talks go on.", "This Week", "DATE", "2025-W35"),
    ],
)  # fmt: skip
def test_temporal_parts_of_days_plural_weekdays_and_spans(
    text: str, expression: str, kind: str, value: str
) -> None:
    assert _times(text).get(expression) == (kind, value)


def test_temporal_reads_its_months_and_weekdays_from_the_shared_lists() -> None:
    """The months and days of the week are the shared lists' (``month_names.tsv``,
    ``weekday_names.tsv``: one list each, not a copy in the code), and so are the calendar
    words (never a given name before a surname: "In March Vance", "On Monday Vance"),
    written in full, not listed again in ``not_given_names.tsv``: abbreviations stay out
    ("Jan Vance" may be a person)."""
    from newsclaims.extract import speakers  # noqa: PLC0415
    from newsclaims.lexicons import calendar_words, month_names, weekday_names  # noqa: PLC0415

    assert dict(temporal.MONTHS) == dict(month_names())
    assert dict(temporal.WEEKDAYS) == dict(weekday_names())
    assert temporal.WEEKDAYS["thurs"] == 3
    words = calendar_words()
    assert {"march", "may", "june", "september", "monday", "sunday"} <= words
    assert not {"jan", "sept", "tues", "thurs"} & words
    assert len(words) == 19
    assert not speakers.not_given_names()["calendar"]  # not listed again in the data
