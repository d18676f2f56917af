"""Unit and currency naming of the quantities stage, from its data files."""

from __future__ import annotations

from collections import Counter

import pytest

from newsclaims.extract.quantities import units
from newsclaims.lexicons import read_table


def test_units_each_written_form_is_defined_once() -> None:
    rows = read_table(units.DATA / "units.tsv", 3)
    written = Counter(w if match == "cased" else w.lower() for w, _, match in rows)
    assert [w for w, n in written.items() if n > 1] == []


@pytest.mark.parametrize(
    ("written", "unit"),
    [("hp", "horsepower"), ("bhp", "brake horsepower"), ("km/h", "kilometre per hour")],
)
def test_units_name_written_units(written: str, unit: str) -> None:
    assert units.UNITS[written] == unit


@pytest.mark.parametrize(
    ("written", "unit"),
    [("Nm", "newton metre"), ("nm", "nanometre"), ("GB", "gigabyte"), ("lbs", "lbs")],
)
def test_units_attached_unit_keeps_case_where_it_matters(written: str, unit: str) -> None:
    assert units.attached_unit(written) == unit


@pytest.mark.parametrize(
    ("sign", "code"),
    [
        ("$", "USD"),
        ("A$", "AUD"),
        ("$US", "USD"),
        ("HK $", "HKD"),
        ("€", "EUR"),
        ("RM", "MYR"),
        ("PS", "GBP"),
        ("Y=", "JPY"),
    ],
)
def test_units_currency_names_signs_and_codes(sign: str, code: str) -> None:
    assert units.currency(sign) == code


def test_units_phrase_unit_reads_spaces_and_hyphens_alike() -> None:
    match = units.UNIT_PHRASE.match(" square-feet of floor")
    assert match is not None
    assert units.phrase_unit(match.group("unit")) == "square foot"
