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
        ("Hundreds of protesters gathered.", 200, "approx", None),
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


def test_quantities_range_has_low_and_high() -> None:
    [figure] = _figures("Between 5,000 and 7,000 people fled the city.")
    assert (figure.low, figure.high, figure.bound) == (5000, 7000, "range")


@pytest.mark.parametrize(
    "text",
    [
        "It was their third meeting.",
        "The G7 met in 2024 on March 3.",
        "Call 555-0199 for details.",
        "The iPhone 11 sold well.",
        "World War Two ended.",
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
    ],
)
def test_parse_number(text: str, value: float | None) -> None:
    assert parse_number(text) == value
