"""The quantities stage on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsclaims import analyze
from newsclaims.extract.quantities import parse_number
from newsclaims.model import Quantity

pytestmark = pytest.mark.model


def _figures(text: str) -> list[Quantity]:
    return list(analyze(text, published="2026-02-01").quantities)


@pytest.mark.parametrize(
    ("text", "value", "bound", "unit"),
    [
        ("The city has 1.5 million residents.", 1_500_000, "exact", None),
        ("Officials said about 600 soldiers died.", 600, "approx", None),
        ("Rescuers found roughly 15,000 survivors.", 15_000, "approx", None),
        ("There were over 6,000 casualties.", 6_000, "more_than", None),
        ("At least 12 people were hurt.", 12, "at_least", None),
        ("Fewer than 30 pupils attended.", 30, "less_than", None),
        ("The bill could reach up to $2 billion.", 2e9, "at_most", "USD"),
        ("Turnout was 54 percent.", 54, "exact", "percent"),
        ("Prices rose 3%.", 3, "exact", "percent"),
        ("The state spent €40m on roads.", 40e6, "exact", "EUR"),
        ("Six ministers resigned.", 6, "exact", None),
        ("The film is a 25-minute documentary.", 25, "exact", "minute"),
        ("The strike lasted two months.", 2, "exact", "month"),
        ("The car reached 120 mph.", 120, "exact", "mile per hour"),
        ("Hundreds of protesters gathered.", 100, "range", None),
        ("The hiker slid down the 40m gully.", 40, "exact", "metre"),
        ("The town has 40m residents.", 40e6, "exact", None),
        ("Tens of thousands of fans marched.", 10_000, "range", None),
        ("The yacht was quoted at USD10m by the broker.", 10e6, "exact", "USD"),
        ("The state unveiled a stimulus of INR 2 trillion.", 2e12, "exact", "INR"),
        ("Shares closed at RM23.50 on the exchange.", 23.5, "exact", "MYR"),
        ("Guidance was cut to $US140 million.", 140e6, "exact", "USD"),
        ("They pay a $3,500 a month mortgage.", 3500, "exact", "USD per month"),
        ("The offense finished the game at -5 yards.", -5, "exact", "yard"),
        ("Nights there dip to minus 40 degrees.", -40, "exact", "degree"),
        ("Chipmakers race to make sub-3 nanometre parts.", 3, "less_than", "nanometre"),
        ("Each pill holds 500mg of the drug.", 500, "exact", "milligram"),
        ("The motor makes 450 Nm of torque.", 450, "exact", "newton metre"),
        ("The engine gives 332 lb-ft of torque.", 332, "exact", "pound-foot"),
        ("The flat covers 450 sq ft of floor.", 450, "exact", "square foot"),
        ("The plant refines 52,000 barrel-a-day of crude.", 52_000, "exact", "barrel per day"),
        ("The stock traded at 118.5p on Friday.", 118.5, "exact", "penny"),
        ("The concert reached 120 decibels at its peak.", 120, "exact", "decibel"),
        ("The laptop is worth exactly $2000 now.", 2000, "exact", "USD"),
        ("Coach Ana Brook, 61, has made good use of the break.", 61, "exact", "year of age"),
        ("A meal there costs about 8 or $9 in the evening.", 8, "approx", "USD"),
        # Reuters' yen before and after the amount; "£" that lost its encoding
        ("In Osaka trade, the maker fell to Y=4,120 on Monday.", 4120, "exact", "JPY"),
        ("The dollar eased to 141.20 JPY= in late trade.", 141.2, "exact", "JPY"),
        ("The chief's bonus was worth PS1.4m last year.", 1.4e6, "exact", "GBP"),
        # repetitions and multiples
        ("The probe has circled the moon 412 times since May.", 412, "exact", "count"),
        ("Exports were three times the level of 2019.", 3, "exact", "count"),
        # a bare level after a level in points
        ("The FTSE 100 gained 41.2 points to 7,902.5 on Friday.", 41.2, "exact", "point"),
        # an age a person is or turns
        ("She will be 42 when the season starts.", 42, "exact", "year of age"),
        # fractions in words; a temperature written with a bare C
        ("One fourth of the crew fell ill.", 0.25, "exact", None),
        ("Three tenths of the land is forest.", 0.3, "exact", None),
        ("Temperatures hit 41 C in Seville.", 41, "exact", "degree celsius"),
        # a rate of counted things: the unit is the denominator
        ("The clinic runs 400 scans per day in winter.", 400, "exact", "per day"),
        # mixed numbers are one figure, not a whole and a stray fraction
        ("The reliever pitched 2 2/3 innings on Friday.", 2 + 2 / 3, "exact", None),
        ("They walked 3½ miles to the camp.", 3.5, "exact", "mile"),
        ("The crowd waited one and a half hours outside.", 1.5, "exact", "hour"),
        ("Rents rose by about two and a half million dollars.", 2.5e6, "approx", "USD"),
        # "over" before a length of time a verb takes is "more than"; a span otherwise
        ("The rescue took over 100 hours to finish.", 100, "more_than", "hour"),
        ("Fans waited for over 40 minutes in the rain.", 40, "more_than", "minute"),
        ("The fee will be phased in over 10 years.", 10, "exact", "year"),
        # an "m" after the digits that ends the sentence is metres, read once
        ("Surveyors put the shaft at a depth of 25m.", 25, "exact", "metre"),
        # two close numbers joined by "or" are a rough range
        ("Police came four or five times that week.", 4, "range", "count"),
        ("The rate on a loan of $5,000 is about 12 per cent per year.", 5000, "exact", "USD"),
    ],
)
def test_quantities_value_bound_unit(text: str, value: float, bound: str, unit: str | None) -> None:
    figures = _figures(text)
    assert figures, text
    figure = figures[0]
    assert figure.value == pytest.approx(value)
    assert figure.bound == bound
    assert figure.unit == unit
    assert text[figure.start : figure.end] == figure.text


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("About 380 Audi and Volvo vehicles were stolen.", "Audi and Volvo vehicles"),
        ("The label sold 4.3 million digital and physical copies.", "digital and physical copies"),
        ("They sold 5 red, white or blue flags.", "red, white or blue flags"),
        ("Police seized 30 rifles and pistols.", "rifles"),
    ],
)
def test_quantities_counted_noun_keeps_its_joined_modifiers(text: str, about: str) -> None:
    assert [f.about for f in _figures(text)] == [about]


def test_quantities_range_has_low_and_high() -> None:
    [figure] = _figures("Between 5,000 and 7,000 people fled the city.")
    assert (figure.low, figure.high, figure.bound) == (5000, 7000, "range")
    assert figure.about == "people"


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        # "from X to Y" without a change word in its clause is a range, each end with its
        # own sign and scale ("$700,000 to $1.4 million" is not 700,000 million)
        ("Homes sell from $700,000 to $1.4 million here.", 700_000, 1.4e6),
        ("Fines ranging from $300 to $5 million were paid.", 300, 5e6),
        ("The suites, which range from $1,500 to $2,000, are full.", 1500, 2000),
        ("Seats cost $900,000 to $1.2 million each.", 900_000, 1.2e6),
    ],
)
def test_quantities_from_to_without_a_change_is_a_range(text: str, low: float, high: float) -> None:
    [figure] = _figures(text)
    assert (figure.low, figure.high, figure.bound) == (low, high, "range")
    assert figure.unit == "USD"
    assert text[figure.start : figure.end] == figure.text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a start and an end, not a range; the scale or unit of the second is shared
        ("Sales rose from 5 to 7 million units.", [5e6, 7e6]),
        ("Rainfall grew from 22.5 to 24.0 mm this year.", [22.5, 24.0]),
        ("The deficit grew by $12.5 billion to $310.4 billion.", [12.5e9, 310.4e9]),
        ("Output rose last year from 50 to 70 bushels.", [50, 70]),
        # a change then a level; two amounts in a list
        ("Shares were up 7.5 per cent to $61 at noon.", [7.5, 61]),
        ("The price was USD1,700 and INR1 trillion in all.", [1700, 1e12]),
        # out of order: the first number belongs to a date
        ("Sales rose 45% in 2019 to 4.2 million tablets.", [45, 4.2e6]),
        # alternatives far apart, not a rough range
        ("Players may draw 1 or 20 cards.", [1, 20]),
    ],
)
def test_quantities_two_numbers_that_are_not_a_range(text: str, expected: list[float]) -> None:
    figures = _figures(text)
    assert [f.value for f in figures] == pytest.approx(expected)
    assert all(f.bound != "range" for f in figures)
    assert all(text[f.start : f.end] == f.text for f in figures)


def test_quantities_shared_unit_and_scale() -> None:
    # "eight or nine euros" is one rough range of euros (NewsQuant writes two figures: the
    # product keeps one estimate of one source as one figure, so it is never compared to itself)
    first, second = _figures("We paid eight or nine euros, then 13.5 to 14 percent more.")[:2]
    assert (first.low, first.high, first.unit) == (8, 9, "EUR")
    assert (second.low, second.high, second.unit) == (13.5, 14, "percent")
    assert [(f.value, f.unit) for f in _figures("It was 8 or $9 in the end.")] == [
        (8, "USD"),
        (9, "USD"),
    ], "a second amount with its own sign is a second figure"
    assert [f.value for f in _figures("Ranges of 5 to 7 million units were sold.")] == [5e6]


@pytest.mark.parametrize(
    "text",
    [
        "It was their third meeting.",
        "The G7 met in 2024 on March 3.",
        "Call 555-0199 for details.",
        "The iPhone 11 sold well.",
        "World War Two ended.",
        "The S&P 500 and the Nasdaq 100 closed higher.",
        "S&P 500 futures and FTSE 100 shares fell.",  # a name where the sentence begins
        "Nasdaq 100 futures fell.",
        "The phone supports 5G networks.",
        "The grid failed on 9 May and again on 20 June.",
        "The order takes effect at 0401 GMT on Friday.",
        "It was the best sector of the 1990s and of 2018's market.",
        "The hosts scored twice in the first half.",
        "The store sold the PS5 console to fans.",
        "She won a third term in office.",
        "It was their fifth straight win.",
        "Open gallery 1 of 10 Reuters Outgoing leaders spoke.",
        "The talks ran for an hour and a half.",  # not a figure of 0.5
    ],
)
def test_quantities_not_figures(text: str) -> None:
    assert _figures(text) == []


def test_quantities_measure_about_and_source() -> None:
    text = (
        "Army chiefs estimate about 600 enemy soldiers have died out of a deployment of "
        "roughly 15,000. Observers suggest there were over 6,000 casualties."
    )
    figures = {f.value: f for f in _figures(text)}
    assert figures[600].measure == "killed"
    assert figures[600].about == "enemy soldiers"
    assert figures[15000].measure == "deployed"
    assert figures[15000].about == "enemy soldiers"
    assert figures[6000].measure == "casualties"
    assert figures[600].source is not None and figures[600].source.text == "Army chiefs"
    assert figures[6000].source is not None and figures[6000].source.text == "Observers"


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("The shaft was 60 metres deep, officials said.", "depth"),
        ("Divers reached a depth of 25m on Friday.", "depth"),
        ("The opening is only 30cm wide.", "width"),
        ("The new bridge will be 2 km long.", "length"),
        ("The tower is 300 feet tall.", "height"),
        ("The skater glided into a 30-metre-long tunnel of ice.", "length"),  # not "glide"
        ("The road ran 40 km to the coast.", "run"),  # no extent named: the verb's measure
    ],
)
def test_quantities_a_length_names_the_extent_it_measures(text: str, measure: str) -> None:
    assert [f.measure for f in _figures(text)] == [measure]


def test_quantities_trend_has_a_change() -> None:
    [figure] = _figures("Sales fell by 200 units in March.")
    assert figure.change == "down"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("15,000", 15000),
        ("twenty-five", 25),
        ("six", 6),
        ("a dozen", 12),
        ("2.5", 2.5),
        ("x", None),
        # a whole number and its fraction
        ("2 2/3", 2 + 2 / 3),
        ("3½", 3.5),
        ("two and a half", 2.5),
        ("4 and three quarters", 4.75),
        ("5 7/3", None),  # not a proper fraction
        # a fraction of a group word, and half a group more
        ("a half-dozen", 6),
        ("half a dozen", 6),
        ("a dozen and a half", 18),
        ("twelve and a half", 12.5),
        ("a half", 0.5),
        # "one half" is a half, not one and a half
        ("one half", 0.5),
        ("one-half", 0.5),
        # only a group word after "a" makes "and a half" half a group more
        ("a twelve and a half", 12.5),
        ("a hundred and a half", 150),
    ],
)
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value


def test_quantities_what_a_change_or_a_comparison_counts() -> None:
    [share] = _figures("Shares in Acme Mills fell 6 percent on Thursday.")
    assert share.about == "Shares"
    now, then = _figures("Turnout was about 62 percent, down from 70 percent in 2021.")
    assert now.about == then.about == "Turnout"


def test_quantities_forced_from_their_homes_is_displaced() -> None:
    figures = _figures("Floods forced about 4,000 residents from their homes, officials said.")
    assert [(f.value, f.measure, f.about) for f in figures] == [(4000, "displaced", "residents")]
    assert all(f.measure != "displaced" for f in _figures("He was forced to sell 12 farms."))


def test_quantities_estimated_at_counts_the_object() -> None:
    [crowd] = _figures("Police estimated the crowd at 8,000, while organisers gave more.")
    assert (crowd.about, crowd.source is not None and crowd.source.text) == ("crowd", "Police")


def test_quantities_source_of_a_figure_in_a_nested_claim() -> None:
    [weeks] = _figures("Judge Ana Ruiz said the trial is expected to last four weeks.")
    assert weeks.source is not None and weeks.source.text == "Judge Ana Ruiz"


def test_quantities_level_after_points_and_counted_rate_keep_their_nouns() -> None:
    figures = _figures("The FTSE 100 gained 41.2 points to 7,902.5 on Friday.")
    assert [(f.value, f.unit) for f in figures] == [(41.2, "point"), (7902.5, "point")]
    rate = _figures("There were 22 burglaries last week, against an average of 15 per week.")
    assert [(f.value, f.unit, f.about) for f in rate] == [
        (22, None, "burglaries"),
        (15, "per week", "burglaries"),
    ]
    # plural subjects: "they were 12" counts people, it is not an age
    assert _figures("They were 12 in the rescue team.")[0].unit is None


def test_quantities_an_elliptical_number_takes_the_unit_before_it() -> None:
    figures = _figures("Growth was 2.1% in 2018 and 1.8 in 2019.")
    assert [(f.value, f.unit, f.about) for f in figures] == [
        (2.1, "percent", "Growth"),
        (1.8, "percent", "Growth"),
    ]
    # a time expression after a number is not its unit
    angle = _figures("The slope was minus-3.5 degrees in 2015 and 2.8 this year.")
    assert [(f.value, f.unit) for f in angle] == [(-3.5, "degree"), (2.8, "degree")]
    # a number with a clause of its own does not take the unit before it
    counts = _figures("There are 600 people jobless for two years and 900 who never worked.")
    assert [(f.value, f.unit) for f in counts] == [(600, None), (2, "year"), (900, None)]


def test_quantities_the_figure_counts_what_the_figure_before_counted() -> None:
    figures = _figures(
        "The charity estimates that 300 boats sank, while harbour officials put the number at 120."
    )
    assert [(f.value, f.about, f.measure) for f in figures] == [
        (300, "boats", "sink"),
        (120, "boats", "sink"),
    ]
    assert figures[1].source is not None and figures[1].source.text == "harbour officials"


def test_quantities_a_crowd_and_the_people_who_took_part_are_participants() -> None:
    figures = _figures(
        "Police estimated the crowd at 5,000, while organisers said 12,000 people took part."
    )
    assert [(f.about, f.measure) for f in figures] == [
        ("crowd", "participated"),
        ("people", "participated"),
    ]
    # named marchers keep their verb
    [teachers] = _figures("Hundreds of nurses marched to the ministry.")
    assert (teachers.about, teachers.measure) == ("nurses", "march")


def test_quantities_bound_is_a_closed_set() -> None:
    from newsclaims.extract.quantities.numbers import BOUNDS  # noqa: PLC0415
    from newsclaims.model import Bound  # noqa: PLC0415

    assert BOUNDS and all(isinstance(b, Bound) for b in BOUNDS.values())
    with pytest.raises(ValueError, match="exactly"):
        Bound("exactly")  # a misspelt bound in a rule file fails when it is read


def test_quantities_a_figure_in_an_embedded_post_is_its_signer_s() -> None:
    text = (
        "Fans cheered across the city on Thursday night. Well done to the Hawks...a long "
        "wait...a party for two cities. -- Michael Lopez (@mlopez) November 3, 2016 The "
        "team flew home with 25 players."
    )
    by_text = {q.text: q for q in _figures(text)}
    signer = by_text["two"].source
    assert signer is not None and signer.text == "Michael Lopez"
    assert text[signer.start : signer.end] == "Michael Lopez"
    assert by_text["25"].source is None  # the article's own sentence after the post
