"""The time stage on sentences written for these tests (anchor: the publication date)."""

from __future__ import annotations

from datetime import date

import pytest

from newsclaims import analyze
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
        ("The law passed in 2016.", "2016", "DATE", "2016"),
        ("Prices rose sharply in the 1990s.", "the 1990s", "DATE", "199"),
        ("Profit rose in the third quarter.", "the third quarter", "DATE", "2025-Q3"),
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
        ("Profit beat the year-earlier quarter.", "the year-earlier quarter", "DATE", "2024-Q2"),
        # published Saturday 2025-08-30: scheduled and conditional events lie ahead
        ("The union scheduled a news conference Tuesday.", "Tuesday", "DATE", "2025-09-02"),
        ("The envoy would be traveling to Rome on Thursday.", "Thursday", "DATE", "2025-09-04"),
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
        ("The agency gave them until 9 a.m. Tuesday to sign.", "9 a.m. Tuesday", "TIME",
         "2025-09-02T09:00"),
        ("The board named a new chief, effective Feb. 1.", "Feb. 1", "DATE", "2026-02-01"),
        ("Talks broke off at noon Thursday.", "noon Thursday", "TIME", "2025-08-28T12:00"),
        ("The offer runs until 5 p.m. EST Sept. 9, the bank said.", "5 p.m. EST Sept. 9", "TIME",
         "2025-09-09T17:00"),
        ("Earnings for the last half of 2024 fell.", "the last half of 2024", "DATE", "2024-H2"),
        # counted from an event the story told, not from the publication date
        ("Three days later, the index rose.", "Three days later", "DURATION", "P3D"),
        ("Unemployment hit its lowest in two decades.", "two decades", "DURATION", "P20Y"),
        ("Revenue was $4 million in the 2024 quarter.", "the 2024 quarter", "DATE", "2024-Q2"),
        ("For the quarter a year ago, it lost money.", "the quarter a year ago", "DATE",
         "2024-Q2"),
        ("It expects higher sales in the current fiscal year.", "the current fiscal year", "DATE",
         "2025"),
        ("Officials voiced concern in recent months.", "recent months", "DURATION", "PXM"),
        ("Crops were planted in the fall.", "fall", "DATE", "2025-FA"),
        ("His convictions were thrown out in nineteen ninety-six.", "nineteen ninety-six",
         "DATE", "1996"),
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


def test_temporal_unresolved_without_publication_date() -> None:
    times = analyze("The talks resumed on Friday.", published=None).times
    [friday] = times
    assert friday.unresolved is True
    assert friday.value is not None and "X" in friday.value


def test_temporal_ages_and_plain_numbers_are_not_times() -> None:
    found = _times("The 6-year-old boy and 2000 people watched.")
    assert found == {}


@pytest.mark.parametrize(
    "text",
    [
        "Mr. Schwarz, 52 years old, will succeed him.",
        "The sale could still fall through if financing fails.",
        "Ministers Bronislaw Geremek and Jan Kavan signed.",
        "Iraq imports about three-quarters of its food.",
        "A second group of directors resigned.",
    ],
)
def test_temporal_words_that_are_not_times(text: str) -> None:
    assert _times(text) == {}


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
