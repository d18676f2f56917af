"""The ``Store`` protocol: what every backend offers."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from newsclaims.model import Analysis


class WriteStatus(StrEnum):
    """What happened to one article on ``Store.add``."""

    STORED = "stored"
    REJECTED = "rejected"
    DUPLICATE = "duplicate"


@dataclass(frozen=True, slots=True)
class WriteResult:
    """The outcome of writing one article."""

    article_id: str
    """Content hash of the article."""
    status: WriteStatus
    """Stored, stored as rejected, or already present."""


Row = dict[str, Any]


class Store(Protocol):
    """A newsclaims knowledge base (SQLite or PostgreSQL)."""

    url: str

    def add(self, analysis: Analysis) -> WriteResult:
        """Write one article and all its records in one transaction; a re-ingest is a no-op."""

    def add_many(self, analyses: Iterable[Analysis]) -> list[WriteResult]:
        """Write articles one transaction each."""

    def articles(self, limit: int = 100, offset: int = 0) -> list[Row]:
        """Stored and rejected articles, newest first."""

    def claims(
        self,
        source: str | None = None,
        about: str | None = None,
        stance: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Row]:
        """Claims, filtered by source or subject (canonical name or alias) and stance."""

    def entities(self, limit: int = 100, offset: int = 0) -> list[Row]:
        """Entities with their aliases and counts, most mentioned first."""

    def export(self) -> Iterator[Row]:
        """Every stored article with its entities, mentions and claims."""

    def close(self) -> None:
        """Release connections."""
