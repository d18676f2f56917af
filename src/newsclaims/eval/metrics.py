"""Precision, recall and F1 from counts."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Counts:
    """Matched, predicted and gold counts of one section."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def __iadd__(self, other: Counts) -> Counts:
        self.matched += other.matched
        self.predicted += other.predicted
        self.gold += other.gold
        return self

    @property
    def p(self) -> float:
        """Precision; 1.0 when nothing was predicted and nothing was expected."""
        if self.predicted == 0:
            return 1.0 if self.gold == 0 else 0.0
        return self.matched / self.predicted

    @property
    def r(self) -> float:
        """Recall; 1.0 when nothing was expected."""
        if self.gold == 0:
            return 1.0 if self.predicted == 0 else 0.0
        return self.matched / self.gold

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.p, self.r
        return 0.0 if p + r == 0 else 2 * p * r / (p + r)

    def as_dict(self) -> dict[str, float | int]:
        """``{"p", "r", "f1", "matched", "predicted", "gold"}``."""
        return {
            "p": round(self.p, 4),
            "r": round(self.r, 4),
            "f1": round(self.f1, 4),
            "matched": self.matched,
            "predicted": self.predicted,
            "gold": self.gold,
        }
