"""The ``Store`` protocol: what every backend offers."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol

from newsclaims.model import Analysis
from newsclaims.store.items import Filters, Listing


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
    """A newsclaims knowledge base (SQLite or PostgreSQL): it reads and writes typed records
    and holds no reconciliation logic (the service derives results and saves them here)."""

    url: str

    def add(self, analysis: Analysis, assign: Any = None) -> WriteResult:
        """Write one article and all its records in one transaction; a re-ingest is a no-op."""

    def optimize(self) -> None:
        """Refresh the query planner's statistics (run after bulk loads)."""

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids are stored already (stored or rejected)."""

    def articles(self, filters: Filters = ..., offset: int = 0, limit: int = 100) -> Listing[Any]:
        """Stored and rejected articles, newest first."""

    def claims(self, filters: Filters = ..., offset: int = 0, limit: int = 100) -> Listing[Any]:
        """Claims, filtered."""

    def figures(self, filters: Filters = ..., offset: int = 0, limit: int = 100) -> Listing[Any]:
        """Figures in the order they were published."""

    def entities(self, filters: Filters = ..., offset: int = 0, limit: int = 100) -> Listing[Any]:
        """Entities, most mentioned first."""

    def events(self, filters: Filters = ..., offset: int = 0, limit: int = 100) -> Listing[Any]:
        """Events in the order they happened."""

    def timeline(self, filters: Filters = ..., offset: int = 0, limit: int = 100) -> Listing[Any]:
        """Dated claims in the order things happened."""

    def stories(self, filters: Filters = ..., offset: int = 0, limit: int = 100) -> Listing[Any]:
        """Stories, most recent first."""

    def article(self, article_id: str) -> Row:
        """One article with its mentions, claims, figures and times."""

    def export(self) -> Iterator[Row]:
        """Every stored article with everything found in it."""

    def close(self) -> None:
        """Release connections."""
