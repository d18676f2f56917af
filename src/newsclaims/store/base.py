"""The ``Store`` protocol: what every backend offers."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any, Protocol

from newsclaims.model import Analysis, Disagreement


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

    def optimize(self) -> None:
        """Refresh the query planner's statistics (run after bulk loads)."""

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids are stored already (stored or rejected)."""

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

    def article(self, article_id: str) -> Row:
        """One article with its mentions, claims, figures and times."""

    def entity(self, name: str) -> Row:
        """One entity by name or alias, with its aliases and gazetteer link."""

    def figures(
        self,
        about: str | None = None,
        measure: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Row]:
        """Figures for a subject and measure, oldest report first."""

    def events(
        self,
        about: str | None = None,
        type_: str | None = None,
        where: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Row]:
        """Events by actor, type and place, in the order they happened."""

    def timeline(
        self,
        about: str | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Row]:
        """Dated claims in the order things happened."""

    def disagreements(self, about: str | None = None) -> list[Disagreement]:
        """Conflicts, updates, not-comparable pairs, denials against confirmations."""

    def propositions(self, about: str | None = None) -> list[Row]:
        """Claims grouped into propositions with who supports, denies or leaves them open."""

    def sources(self, limit: int = 100) -> list[Row]:
        """Source profiles: claims, stances, topics, contradictions."""

    def search(self, query: str, limit: int = 50) -> list[Row]:
        """Full-text search over claims."""

    def merge_entities(self, into: str, other: str, who: str = "analyst") -> Row:
        """Merge two entities, now and in later ingests."""

    def split_entity(self, name: str, alias: str, who: str = "analyst") -> Row:
        """Split an alias off an entity, now and in later ingests."""

    def close(self) -> None:
        """Release connections."""
