"""Unit and currency naming: what a written unit, currency sign, code or word stands for.

The tables are data, loaded once; this module turns them into lookups and the pattern
fragments the number grammar needs:

* the unit catalogue (``newsclaims/data/unit_catalogue.tsv``, read by
  ``lexicons.unit_catalogue``: the store reads it too), built from quantulum3's unit data by
  ``scripts/build_unit_catalogue.py`` (names in the singular and plural, SI-prefixed units,
  symbols; the script's docstring lists its rules);
* ``data/units.tsv``: what news writes that the catalogue does not name, or names otherwise
  ("ton" is a tonne in news, "MB" a megabyte); it wins over the catalogue;
* ``data/attached_units.tsv``: units that may be written right after the digits;
* ``data/currencies.tsv``: currency signs, words and ISO 4217 codes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from newsclaims.extract.scan import alternation as shared_alternation
from newsclaims.lexicons import read_pairs, read_table, read_words, unit_catalogue

DATA = Path(__file__).parent / "data"


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, each escaped, shared openings written
    once (``scan.alternation``)."""
    return shared_alternation(words)


_UNIT_ROWS = read_table(DATA / "units.tsv", 3)
_HAND_ANY = {w: unit for w, unit, match in _UNIT_ROWS if match == "any"}
_HAND_CASED = {w: unit for w, unit, match in _UNIT_ROWS if match == "cased"}
_CATALOGUE = unit_catalogue()
_CATALOGUE_SYMBOLS = {
    w: unit for w, unit, kind, _dim in _CATALOGUE if kind == "symbol" and w.lower() not in _HAND_ANY
}
_SYMBOL_CASES: dict[str, set[str]] = {}
for _written, _unit in _CATALOGUE_SYMBOLS.items():
    _SYMBOL_CASES.setdefault(_written.lower(), set()).add(_unit)
#: Unit names compared in lower case -> the unit they name ("km" -> kilometre): the
#: catalogue's names, its symbols that no other symbol differs from only by case ("km",
#: "mph"), then the hand table, which wins.
UNITS: dict[str, str] = (
    {w: unit for w, unit, kind, _dim in _CATALOGUE if kind == "name"}
    | {w.lower(): u for w, u in _CATALOGUE_SYMBOLS.items() if len(_SYMBOL_CASES[w.lower()]) == 1}
    | _HAND_ANY
)
#: Units whose meaning depends on case ("450 Nm" of torque, a "7 nm" chip process, "Mb" a
#: megabit and "MB" a megabyte): the catalogue's symbols, then the hand table's cased rows.
CASED_UNITS: dict[str, str] = _CATALOGUE_SYMBOLS | _HAND_CASED


def word_set(kind: str) -> frozenset[str]:
    """The words of one kind in ``data/words.tsv`` (its header says what each kind is for),
    the one word list every module of the stage reads its sets from."""
    return frozenset(word for k, word in read_table(DATA / "words.tsv", 2) if k == kind)


#: Which extent of a thing a length measures, by the word after or before it ("deep" ->
#: depth, "diameter" -> diameter).
DIMENSIONS: dict[str, str] = dict(read_pairs(DATA / "dimension_words.tsv"))

#: Units that make a figure a duration.
TIME_UNITS = word_set("time_unit")

_CURRENCY_ROWS = read_table(DATA / "currencies.tsv", 3)


def _currencies(kind: str) -> dict[str, str]:
    return {written: code for k, written, code in _CURRENCY_ROWS if k == kind}


#: Currency signs ("$", "€").
CURRENCY_SIGNS = _currencies("sign")
#: Currency names in running text, compared in lower case ("euros").
CURRENCY_WORDS = _currencies("word")
#: Currency codes written before the amount ("USD10m", "INR 1 trillion", "RM23.50"): upper
#: case only, so "rm" or "eur" in running text are not signs.
CURRENCY_CODES = _currencies("code")
#: Signs that lost their encoding on the way ("PS2.7m" for "£2.7m").
CURRENCY_CODES_MANGLED = _currencies("mangled")
#: The country prefix of a dollar sign ("A$", "$US", "HK $"); a bare "$" is USD.
DOLLAR_PREFIXES = _currencies("dollar")


def _phrase_key(text: str) -> str:
    return re.sub(r"[\s-]+", " ", text.lower())


#: Units of several words or with inner punctuation, matched on the text after the number.
UNIT_PHRASE = re.compile(
    r"[\s-]*(?P<unit>"
    + "|".join(
        sorted(
            (
                re.escape(u).replace(r"\ ", r"[\s-]+").replace(r"\-", r"[\s-]+")
                for u in UNITS
                if " " in u or "-" in u or "." in u
            ),
            key=len,
            reverse=True,
        )
    )
    + r")(?![\w])",
    re.IGNORECASE,
)
_PHRASE_UNITS = {_phrase_key(u): name for u, name in UNITS.items()}


def phrase_unit(written: str) -> str:
    """The unit a ``UNIT_PHRASE`` match names ("square-feet" -> square foot)."""
    return _PHRASE_UNITS[_phrase_key(written)]


#: Units that may be written right after the digits ("1.5mm", "54GB", "5kW").
ATTACHED = rf"({alternation(read_words(DATA / 'attached_units.tsv'))})\b"
ATTACHED_UNITS = re.compile(ATTACHED, re.IGNORECASE)


def attached_unit(written: str) -> str:
    """The unit of a unit written right after the digits; one not in the table keeps its
    written form, in lower case."""
    return CASED_UNITS.get(written) or UNITS.get(written.lower(), written.lower())


#: "£" that lost its encoding on the way ("PS2.7m", "PS21,700"); only before an amount that
#: cannot be a PlayStation model ("PS5").
_MANGLED_POUND = r"PS(?=\d[\d,]*(?:\.\d|,\d{3}|(?:m|bn|k)\b))"
_CODE = rf"(?-i:(?:{alternation(CURRENCY_CODES)})(?=\s?\d)|{_MANGLED_POUND})"
#: A currency sign before an amount. "A$", "HK $": a country letter written lower case ("a
#: $3,500 mortgage") is not one.
SIGN = (
    rf"(?:\$(?-i:US|AU|A|NZ|HK|C|S)(?=\s?\d)|{alternation(CURRENCY_SIGNS)}"
    rf"|(?-i:(?:US|HK|NZ) ?\$|[ACS]\$)|{_CODE})"
)


def currency(sign: str) -> str:
    """The ISO code of a currency sign or code as written before an amount."""
    sign = sign.strip()
    if sign in CURRENCY_CODES:
        return CURRENCY_CODES[sign]
    if sign in CURRENCY_CODES_MANGLED:
        return CURRENCY_CODES_MANGLED[sign]
    if sign.endswith("$"):
        return DOLLAR_PREFIXES.get(sign[:-1].strip().upper(), "USD")
    if sign.startswith("$"):  # "$US160 million", "$A2 billion"
        return DOLLAR_PREFIXES.get(sign[1:].strip().upper(), "USD")
    return CURRENCY_SIGNS.get(sign, sign)


#: "per barrel", "a share", "/h": the denominator of a rate.
PER = re.compile(
    r"[\s-]*(per\b|an?\b|/)[\s-]*([A-Za-z]+)\b(?!\s+(?:earlier|ago|before|later|after|on)\b)"
)


def denominator(per: re.Match[str]) -> str:
    """The unit a rate is per: "per barrel" -> barrel, "per mmBTU" -> million british..."""
    word = per.group(2).lower()
    return UNITS.get(word) or UNITS.get(word.rstrip("s")) or word.rstrip("s")
