"""The write path's reads by lists of keys and names: on PostgreSQL one statement text
whatever the list's length (so the driver prepares it and the server plans it once), on
SQLite the ``IN`` list its indexes answer."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy.dialects import postgresql, sqlite

from newsclaims.store import sql

_LISTS = {
    "_entity_ids_of": "keys",
    "_people_by_norm": "norms",
    "_keys_in_story": "keys",
    "_named_earlier": "ids",
}


def _text(statement: Any, dialect: Any, values: dict[str, Any]) -> str:
    bound = statement.params(**values)
    return str(bound.compile(dialect=dialect, compile_kwargs={"render_postcompile": True}))


@pytest.mark.parametrize("name", sorted(_LISTS))
def test_statements_list_reads_keep_one_text_on_postgresql(name: str) -> None:
    statement = getattr(sql, name)("postgresql")
    dialect = postgresql.psycopg.dialect()  # type: ignore[no-untyped-call]
    listed = _LISTS[name]
    values = [7, 8, 9] if listed == "ids" else ["b", "c", "d"]
    other = {"story": 1, "article": "a"}
    one = _text(statement, dialect, {**other, listed: values[:1]})
    three = _text(statement, dialect, {**other, listed: values})
    assert one == three
    assert "ANY" in one


@pytest.mark.parametrize("name", sorted(_LISTS))
def test_statements_list_reads_stay_in_lists_on_sqlite(name: str) -> None:
    statement = getattr(sql, name)("sqlite")
    listed = _LISTS[name]
    values = [7, 8, 9] if listed == "ids" else ["b", "c", "d"]
    text = _text(statement, sqlite.dialect(), {"story": 1, "article": "a", listed: values})
    assert "ANY" not in text
    assert "IN (?, ?, ?)" in text
