"""The figures of a sentence written for a test, as the quantities tests of this folder read
them (published 2026-02-01, so relative dates resolve alike)."""

from __future__ import annotations

from newsclaims import analyze
from newsclaims.model import Quantity


def figures(text: str) -> list[Quantity]:
    """Every figure found in ``text``."""
    return list(analyze(text, published="2026-02-01").quantities)


def figure(text: str, written: str) -> Quantity:
    """The figure written as ``written`` in the analysis of ``text``."""
    found = figures(text)
    matching = [q for q in found if q.text == written]
    assert matching, (text, written, [q.text for q in found])
    return matching[0]
