"""When two names may be one place named with and without its division's word
(place_divisions.tsv)."""

from __future__ import annotations

import pytest

from newsclaims.reconcile.entities import place_core, same_place


@pytest.mark.parametrize(
    ("name", "core"),
    [
        ("Varna province", "varna"),
        ("Varna", "varna"),
        ("Province", "province"),
        ("Mexico City", "mexico city"),
    ],
)
def test_entities_place_core_drops_only_a_trailing_division_word(name: str, core: str) -> None:
    assert place_core(name) == core


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (("Varna province", "GPE"), ("Varna", "GPE"), True),
        (("Varna region", "LOC"), ("Varna", "GPE"), True),
        (("Varna", "ORG"), ("Varna state", "GPE"), False),  # a club is no place
        (("Varna state", "GPE"), ("Varna", "ORG"), False),
        (("Varna province", "GPE"), ("Varna City", "GPE"), False),
    ],
)
def test_entities_same_place_needs_a_place_on_both_sides(
    a: tuple[str, str], b: tuple[str, str], same: bool
) -> None:
    assert same_place(*a, *b) is same
