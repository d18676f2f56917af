"""When two organisation names are one organisation (org_suffixes.tsv)."""

from __future__ import annotations

import pytest

from newsclaims.reconcile.entities import org_core


@pytest.mark.parametrize(
    ("name", "core"),
    [
        ("Acme International", "acme"),
        ("Acme UK", "acme"),
        ("Acme International, Inc.", "acme"),
        ("The Acme Group", "acme"),
        ("Acme's", "acme"),
        ("International", "international"),  # never shrinks to nothing
        ("Bank of Dunmore", "bank of dunmore"),  # only trailing words go
        ("UK Acme", "uk acme"),
    ],
)
def test_entities_org_core_drops_only_trailing_suffixes(name: str, core: str) -> None:
    assert org_core(name) == core
