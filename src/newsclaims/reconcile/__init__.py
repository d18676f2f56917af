"""Cross-document work: compare figures and stances across sources and articles."""

from newsclaims.reconcile.disagreements import (
    ClaimRow,
    FigureRow,
    find_disagreements,
    rows_from_analysis,
)

__all__ = ["ClaimRow", "FigureRow", "find_disagreements", "rows_from_analysis"]
