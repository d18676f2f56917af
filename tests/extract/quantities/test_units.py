"""Unit and currency naming of the quantities stage, from its data files."""

from __future__ import annotations

from collections import Counter

import pytest

from newsclaims.extract.quantities import units
from newsclaims.lexicons import read_table, unit_catalogue


def test_units_hand_table_repeats_nothing_the_catalogue_names() -> None:
    catalogue = {
        (w if kind == "symbol" else w.lower(), kind): unit
        for w, unit, kind, _dim in unit_catalogue()
    }
    repeated = [
        (w, unit)
        for w, unit, match in read_table(units.DATA / "units.tsv", 3)
        if catalogue.get((w, "name" if match == "any" else "symbol")) == unit
    ]
    assert repeated == []


@pytest.mark.parametrize(
    ("written", "unit"),
    [
        # SI prefixes on the catalogue's units, in names and symbols
        ("kilowatts", "kilowatt"),
        ("milligrams", "milligram"),
        ("megahertz", "megahertz"),
        ("kilometres", "kilometre"),
        # plurals of names of several words and irregular ones
        ("miles per hour", "mile per hour"),
        ("feet", "foot"),
        ("square metres", "square metre"),
        # symbols matched in any case where no other symbol differs from them only by case
        ("kwh", "kilowatt hour"),
        ("mph", "mile per hour"),
        # the hand table wins: "ton" in news is the metric tonne
        ("ton", "tonne"),
    ],
)
def test_units_catalogue_names(written: str, unit: str) -> None:
    assert units.UNITS[written] == unit


@pytest.mark.parametrize(
    ("written", "unit"),
    [("kW", "kilowatt"), ("MHz", "megahertz"), ("Mbit", "megabit"), ("MB", "megabyte")],
)
def test_units_catalogue_symbols_keep_their_case(written: str, unit: str) -> None:
    assert units.CASED_UNITS[written] == unit


@pytest.mark.parametrize("written", ["in", "am", "pm", "pair", "set", "piece", "quarter", "a"])
def test_units_words_and_counted_nouns_are_not_units(written: str) -> None:
    # stop words and one-letter symbols ("in" for inch, "am" an attometre), rare prefixes
    # ("pm" a picometre) and counted nouns ("pairs of shoes") are not named as units
    assert written not in units.UNITS
    assert written not in units.CASED_UNITS


def test_units_currency_codes_are_iso_4217() -> None:
    import pycountry  # noqa: PLC0415

    codes = {code for _kind, _written, code in read_table(units.DATA / "currencies.tsv", 3)}
    assert sorted(c for c in codes if pycountry.currencies.get(alpha_3=c) is None) == []


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (" per barrel", "barrel"),
        (" a share", "share"),
        ("/h", "hour"),
        (" per kilometre", "kilometre"),
    ],
)
def test_units_rate_denominators(text: str, unit: str) -> None:
    per = units.PER.match(text)
    assert per is not None
    assert units.denominator(per) == unit


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
    [("Nm", "newton metre"), ("nm", "nanometre"), ("GB", "gigabyte"), ("lbs", "pound-mass")],
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


def test_units_ps_after_a_number_is_horsepower_before_it_a_mangled_pound() -> None:
    assert units.CASED_UNITS["PS"] == "horsepower"
    assert units.currency("PS") == "GBP"


@pytest.mark.parametrize("written", ["EV", "ev", "TV", "VA"])
def test_units_acronyms_are_not_unit_symbols(written: str) -> None:
    # "20 EV models" are electric vehicles, "two TV channels" no teravolts
    assert written.lower() not in units.UNITS
    assert written not in units.CASED_UNITS


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        # compound units: a symbol over a symbol, a name per a name
        ("The field reached 3 kV/cm in the test.", 3, "kilovolt per centimetre"),
        ("The wind blew at 30 metres per second.", 30, "metre per second"),
        # rates of money: the currency code per the denominator
        ("Oil rose to $75 a barrel.", 75, "USD per barrel"),
        # SI prefixes written right after the digits, in their case
        ("The chip runs at 3.2GHz.", 3.2, "gigahertz"),
        ("The battery holds 5,000 mAh.", 5000, "milliampere-hour"),
        ("It weighs 3 kilos.", 3, "kilogram"),
        ("It costs 40 pence.", 40, "penny"),
        # a symbol that ends the sentence, its full stop kept on it by the tokenizer
        ("The new line runs at 400 kV.", 400, "kilovolt"),
        ("The spindle turns at 12 kHz.", 12, "kilohertz"),
        # the South Asian scale words
        ("The state spent Rs 500 crore on roads.", 5e9, "INR"),
        ("The firm lost Rs 3.5 lakh last year.", 350_000, "INR"),
    ],
)
def test_units_through_the_stage(text: str, value: float, unit: str) -> None:
    from newsclaims import analyze  # noqa: PLC0415

    assert [(q.value, q.unit) for q in analyze(text).quantities] == [(value, unit)]
