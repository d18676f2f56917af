"""Cross-document work: compare figures and stances across sources and articles."""

from newsclaims.reconcile.disagreements import (
    ClaimRow,
    EventRow,
    FigureRow,
    entity_keys,
    events_from_analysis,
    find_disagreements,
    rows_from_analysis,
)

__all__ = [
    "ClaimRow",
    "EventRow",
    "FigureRow",
    "entity_keys",
    "events_from_analysis",
    "find_disagreements",
    "rows_from_analysis",
]
