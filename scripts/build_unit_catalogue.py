"""Build the unit catalogue of the quantities stage from quantulum3's unit data.

    python scripts/build_unit_catalogue.py      # needs quantulum3 (the bench dependency group)

Writes ``src/newsclaims/data/unit_catalogue.tsv``: one row per written form (``written``,
``unit``, ``kind``, ``dimension``), read through ``newsclaims.lexicons.unit_catalogue`` by the
quantities stage and the store. The catalogue is built once and committed; the stage does not
need quantulum3 at run time.

What is taken, and the rules that make it (each one tested in tests/extract/quantities):

* units of the physical dimensions news reports (``DIMENSIONS``) and, of the dimensionless
  ones, only those that are units rather than counted things (``DIMENSIONLESS``): a counted
  noun ("pairs", "sets", "pieces") keeps its own name, so it is not a unit here;
* SI prefixes: a unit that quantulum3 lets take prefixes gets the prefixes news uses
  (``PREFIXES``: kilo, mega, giga, tera, milli, centi, micro, nano), for its names ("kilowatt")
  and its symbols ("kW"); rarer prefixes are left out because their symbols collide with words
  and clock times ("pm" would be a picometre, "am" an attometre);
* names (``kind`` = name) are matched in lower case, each in the singular and in the plural
  (inflect: "mile per hour" -> "miles per hour", "foot" -> "feet");
* symbols (``kind`` = symbol) are matched as written ("kW", "MB", "mAh"); a symbol of one
  letter, one that is an English stop word ("in", "am"), or one with a quote mark or a space
  is left out;
* a written form that names two different units in quantulum3's data ("ton": short ton and
  ton) is left out, so the hand table (``units.tsv``) decides it or nothing does;
* surfaces that are everyday words before they are units (``EVERYDAY``: "quarter" is a mass
  unit in quantulum3, "span" a length), and symbols that news writes as acronyms
  (``EVERYDAY_SYMBOLS``: "EV", "TV", "VA"), in any case, are left out.

Currencies are not taken from here: ``currencies.tsv`` maps signs, words and ISO 4217 codes
(checked against pycountry by a test).
"""

from __future__ import annotations

import json
from collections import defaultdict
from importlib.resources import files
from pathlib import Path

import inflect
from spacy.lang.en.stop_words import STOP_WORDS

OUT = Path(__file__).resolve().parent.parent / "src/newsclaims/data/unit_catalogue.tsv"

#: quantulum3 entities (dimensions) whose units news reports.
DIMENSIONS = frozenset(
    {
        "acceleration", "area", "charge", "current", "data storage", "data transfer rate",
        "electric potential", "energy", "force", "frequency", "length", "mass", "power",
        "pressure", "sound level", "speed", "temperature", "time", "torque", "volume",
        "fuel economy", "volumetric flow", "mass flow",
    }
)  # fmt: skip
#: Dimensionless units that are units, not counted things.
DIMENSIONLESS = frozenset(
    {"percentage", "per mille", "parts-per-million", "parts-per-billion", "basis point"}
)
#: The SI prefixes news uses, symbol -> name.
PREFIXES = {
    "k": "kilo", "M": "mega", "G": "giga", "T": "tera", "m": "milli", "c": "centi",
    "µ": "micro", "n": "nano",
}  # fmt: skip
#: Surfaces that are everyday words before they are units.
EVERYDAY = frozenset({"quarter", "span", "drop", "shake", "quad", "barn", "league", "cubit"})
#: Symbols that news writes as acronyms or words far more often than as units ("20 EV
#: models" are electric vehicles, not electronvolts; "200 VA hospitals", "two TV channels").
EVERYDAY_SYMBOLS = frozenset(
    {"EV", "TV", "VA", "AU", "UA", "TR", "PA", "Da", "Fr", "Gal", "Ba", "Bd", "Eh", "Ha", "Ty",
     "Tm", "Gy", "Ma", "Ga", "GA", "MA"}
)  # fmt: skip


def _units() -> dict[str, dict[str, object]]:
    path = files("quantulum3").joinpath("units.json")
    data: dict[str, dict[str, object]] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _forms(name: str, unit: dict[str, object]) -> list[tuple[str, str, dict[str, object]]]:
    """(unit name, kind, unit data) of a unit and its prefixed units."""
    out = [(name, "base", unit)]
    prefixes = unit.get("prefixes") or []
    for symbol in prefixes if isinstance(prefixes, list) else []:
        if symbol in PREFIXES:
            out.append((PREFIXES[symbol] + name, symbol, unit))
    return out


def build() -> list[tuple[str, str, str, str]]:
    """Rows (written, unit, kind, dimension), sorted."""
    plural = inflect.engine()
    names: dict[str, set[str]] = defaultdict(set)
    symbols: dict[str, set[str]] = defaultdict(set)
    dimension: dict[str, str] = {}
    for name, unit in _units().items():
        entity = str(unit.get("entity", ""))
        if entity not in DIMENSIONS and name not in DIMENSIONLESS:
            continue
        for unit_name, prefix, data in _forms(name, unit):
            dimension[unit_name] = entity
            head = "" if prefix == "base" else PREFIXES[prefix]
            surfaces = data.get("surfaces") or []
            for surface in surfaces if isinstance(surfaces, list) else []:
                written = (head + str(surface)).lower()
                if written in EVERYDAY:
                    continue
                names[written].add(unit_name)
                names[plural.plural_noun(written)].add(unit_name)
            marks = data.get("symbols") or []
            for symbol in marks if isinstance(marks, list) else []:
                written = ("" if prefix == "base" else prefix) + str(symbol)
                if (
                    len(written) < 2
                    or written.lower() in STOP_WORDS
                    or written.upper() in {w.upper() for w in EVERYDAY_SYMBOLS}
                    or set(written) & set("\"' ")
                ):
                    continue
                symbols[written].add(unit_name)
    rows = [
        (written, next(iter(units)), "name", dimension[next(iter(units))])
        for written, units in names.items()
        if len(units) == 1 and written
    ]
    rows += [
        (written, next(iter(units)), "symbol", dimension[next(iter(units))])
        for written, units in symbols.items()
        if len(units) == 1 and written not in names
    ]
    return sorted(rows)


def main() -> None:
    rows = build()
    header = (
        "# Written unit forms and the unit they name, built by scripts/build_unit_catalogue.py\n"
        "# from quantulum3's unit data (MIT licence; see the script for the rules). Do not edit:\n"
        "# rebuild. kind: name (matched in lower case) or symbol (matched as written).\n"
        "# written\tunit\tkind\tdimension\n"
    )
    OUT.write_text(header + "".join("\t".join(row) + "\n" for row in rows), encoding="utf-8")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
