"""Entity linking across articles: when two stored names are one organisation.

The store applies these rules as it writes an article's entities (``SqlStore._link_or_upsert``);
the web's entity page uses them to list an entity's namesakes."""

from __future__ import annotations

from newsclaims.lexicons import org_suffixes
from newsclaims.names import normalise


def org_core(name: str) -> str:
    """An organisation's name without trailing legal forms, "International" or a country arm
    ("Acme International Inc." -> "acme", "Acme UK" -> "acme"), normalised; two ORG entities
    with the same core are one organisation. Never empty: "International" stays itself."""
    words = normalise(name).replace(",", " ").split()
    suffixes = org_suffixes()
    while len(words) > 1 and (words[-1] in suffixes or words[-1].rstrip(".") in suffixes):
        words.pop()
    return " ".join(words)


__all__ = ["org_core"]
