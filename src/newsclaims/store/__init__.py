"""Stores: SQLite by default, PostgreSQL when the URL says so."""

from __future__ import annotations

from newsclaims.store.base import Store, WriteResult, WriteStatus
from newsclaims.store.sql import SqlStore, normalise_url

__all__ = ["SqlStore", "Store", "WriteResult", "WriteStatus", "normalise_url", "open_store"]


def open_store(url: str | None = None, create: bool = True) -> SqlStore:
    """Open (and migrate) the store at ``url``; default: ``NEWSCLAIMS_DB`` or ./newsclaims.db.
    Without ``create`` a missing store is E304 instead of a new empty one (for reading)."""
    return SqlStore(url, create=create)


def _conforms(store: SqlStore) -> Store:
    """Never called: mypy checks here that SqlStore implements the Store protocol."""
    return store
