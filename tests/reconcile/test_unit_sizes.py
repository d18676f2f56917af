"""Units of one dimension and their sizes, for comparing figures written in other units."""

from __future__ import annotations

import pytest

from newsclaims import settings
from newsclaims.lexicons import unit_catalogue
from newsclaims.reconcile.units import common_scales, dimension_key, unit_sizes


def test_every_sized_unit_is_a_catalogue_unit_of_its_dimension() -> None:
    catalogue = {(unit, dimension) for _w, unit, _kind, dimension in unit_catalogue()}
    assert unit_sizes(), "the sizes file is read"
    for unit, (dimension, size) in unit_sizes().items():
        assert (unit, dimension) in catalogue, unit
        assert size > 0


@pytest.mark.parametrize(
    ("a", "b", "ratio"),
    [
        ("foot", "metre", 0.3048),
        ("hour", "minute", 60),
        ("mile per hour", "kilometre per hour", 1.609344),
        ("hectare", "acre", 2.4710538),
        ("kilogram", "pound-mass", 2.2046226),
        ("metre", "metre", 1),
        ("EUR", "EUR", 1),
    ],
)
def test_common_scales_of_one_dimension(a: str, b: str, ratio: float) -> None:
    scales = common_scales(a, b)
    assert scales is not None
    assert scales[0] / scales[1] == pytest.approx(ratio)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("metre", "minute"),
        ("EUR", "USD"),
        ("metre", None),
        ("gallon", "litre"),
        ("percent", "metre"),
    ],
)
def test_no_common_scale_across_dimensions_currencies_or_unsized_units(
    a: str, b: str | None
) -> None:
    assert common_scales(a, b) is None


def test_dimension_key_groups_units_of_one_dimension() -> None:
    assert dimension_key("foot") == dimension_key("kilometre") != dimension_key("hour")
    assert dimension_key("EUR") != dimension_key("USD")
    assert dimension_key(None) is None


def test_the_conversion_tolerance_is_a_small_share() -> None:
    assert 0 < settings.UNIT_CONVERSION_TOLERANCE < settings.APPROX_TOLERANCE
