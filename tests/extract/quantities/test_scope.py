"""What a figure counts: ages, parts of a total, another event's figures, normalised measures
and vague quantities, on sentences written for these tests (published 2026-02-01)."""

from __future__ import annotations

import pytest
from quantity_figures import figure as _figure

from newsclaims import analyze
from newsclaims.model import FigureScope

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Phil Seary, 57, was killed in the crash.", "57"),
        ("A man aged 62 also died at the scene.", "62"),
        ("The 43-year-old died in hospital, police said.", "43-year"),
        ("The victims were aged between 19 and 62.", "between 19 and 62"),
    ],
)
def test_scope_an_age_is_an_attribute_never_a_count(text: str, written: str) -> None:
    figure = _figure(text, written)
    assert (figure.measure, figure.scope) == ("age", FigureScope.ATTRIBUTE)


@pytest.mark.parametrize(
    ("text", "written", "measure"),
    [
        ("Seven people died when the tram overturned.", "Seven", "killed"),
        ("Seven people lost their lives in the crash.", "Seven", "killed"),
        ("At least 12 people were hurt.", "At least 12", "injured"),
        ("Forty people were wounded in the blast.", "Forty", "injured"),
        ("Fifty-one people were taken to hospital.", "Fifty-one", "hospitalised"),
        ("Twenty people were rushed to hospital after the crash.", "Twenty", "hospitalised"),
        # the subject names what the figure measures
        ("The death toll rose to seven, police said.", "seven", "killed"),
        ("The number of injured rose to 51 on Friday.", "51", "injured"),
        ("Sales rose to 300 units.", "300", "rise"),
    ],
)
def test_scope_measure_words_are_normalised(text: str, written: str, measure: str) -> None:
    assert _figure(text, written).measure == measure


def test_scope_the_hospitals_counted_are_not_the_people_taken_there() -> None:
    figure = _figure("The injured were treated at two hospitals in the city.", "two")
    assert figure.measure != "hospitalised"


@pytest.mark.parametrize(
    ("text", "written", "qualifier"),
    [
        ("Four people were seriously injured in the crash.", "Four", "seriously"),
        ("Fifty people were hurt, including 16 children.", "16", "including"),
        ("Thirty-one people were taken to St George's.", "Thirty-one", "St George's"),
        ("Thirty-one people were taken to one hospital.", "Thirty-one", "one hospital"),
        ("Ambulances took 31 people to a nearby hospital.", "31", "a nearby hospital"),
        ("Three of them were still in hospital on Friday.", "Three", "of them"),
        ("Two people were in a critical condition.", "Two", "in a critical condition"),
        ("Three were in surgery on Thursday.", "Three", "in surgery"),
        ("Sixteen walking wounded were taken to a church.", "Sixteen", "walking"),
    ],
)
def test_scope_a_part_of_a_total_is_its_own_measure(
    text: str, written: str, qualifier: str
) -> None:
    figure = _figure(text, written)
    assert (figure.scope, figure.qualifier) == (FigureScope.PART, qualifier)


@pytest.mark.parametrize(
    ("text", "written", "qualifier"),
    [
        ("In 2004, seven people were killed in a crash near Reading.", "seven", "2004"),
        ("Last year's crash killed three people.", "three", "Last year"),
        ("It was the worst crash since 1959, when 12 people died.", "12", "1959"),
        ("A similar crash in Dover killed 12 people.", "12", "similar crash"),
        ("Last year's figure was 14 deaths.", "14", "Last year"),
    ],
)
def test_scope_a_figure_of_another_event_is_context(
    text: str, written: str, qualifier: str
) -> None:
    figure = _figure(text, written)
    assert (figure.scope, figure.qualifier) == (FigureScope.CONTEXT, qualifier)


@pytest.mark.parametrize(
    ("text", "written"),
    [
        # the story's own days are well within CONTEXT_EVENT_DAYS of the publication
        ("Seven people were killed on Wednesday, police said.", "Seven"),
        # "since 1959" is a reference point, not when this toll was counted
        ("Seven people were killed, the deadliest crash since 1959.", "Seven"),
        # "past" on a time, "dangerous conditions", "took to Twitter": no other event, no part
        ("She has sung at several fundraisers in the past year.", "several"),
        ("He crashed his bike at 90mph in dangerous conditions.", "90mph"),
        ("Scores of celebrities took to Twitter.", "Scores"),
        ("Paramedics took 51 people to hospital.", "51"),
        ("Fifty-one people were taken to local hospitals.", "Fifty-one"),
        # an amount over a past period is the story's subject, not another event's
        ("Prosecutors said he received 200,000 euros between 2022 and 2024.", "200,000 euros"),
    ],
)
def test_scope_the_storys_own_figures_are_totals(text: str, written: str) -> None:
    assert _figure(text, written).scope == FigureScope.TOTAL


@pytest.mark.parametrize(
    ("text", "written", "low", "high"),
    [
        ("Several people were killed in the crash.", "Several", 3, 9),
        ("Dozens of people were hurt.", "Dozens", 12, 199),
        ("Hundreds of protesters gathered outside.", "Hundreds", 100, 999),
    ],
)
def test_scope_vague_quantities_are_ranges_with_bounds(
    text: str, written: str, low: float, high: float
) -> None:
    figure = _figure(text, written)
    assert (figure.low, figure.high, figure.bound) == (low, high, "range")


@pytest.mark.parametrize(
    ("text", "written", "country"),
    [
        ("Seven people were killed in Seattle on Wednesday.", "Seven", "US"),
        ("In London, seven people died.", "seven", "GB"),
        ("Seven people were killed on Wednesday.", "Seven", None),
    ],
)
def test_scope_the_country_of_the_place_the_clause_names(
    text: str, written: str, country: str | None
) -> None:
    assert _figure(text, written).country == country


def test_scope_without_a_publication_date_the_days_named_date_the_story() -> None:
    text = (
        "Seven people were killed in the crash on 9 November 2016. The trial is set for March "
        "2018. In 2004, nine people were killed at Ufton Nervet."
    )
    found = {q.text: q.scope for q in analyze(text).quantities}
    assert found["Seven"] == FigureScope.TOTAL
    assert found["nine"] == FigureScope.CONTEXT


def test_scope_a_part_counts_what_its_total_counts() -> None:
    figure = _figure("Forty people were injured, four of them seriously.", "four")
    assert (figure.about, figure.scope) == ("people", FigureScope.PART)
