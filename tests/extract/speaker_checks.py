"""Lookups the speaker tests share: the claim a source text gives, and an entity's name."""

from __future__ import annotations

from newsclaims.model import Analysis, Claim


def by_source(analysis: Analysis, source: str) -> Claim:
    """The last claim whose source text is ``source``; fails the test when there is none."""
    found = [c for c in analysis.claims if c.source is not None and c.source.text == source]
    assert found, f"no claim with the source {source!r}: {analysis.claims}"
    return found[-1]


def entity_name(analysis: Analysis, key: str | None) -> str | None:
    """The name of the entity ``key``, or None."""
    return next((e.name for e in analysis.entities if e.key == key), None)
