"""The write path's reads by lists of keys and names: one statement text whatever the list's
length (an array on PostgreSQL, so the driver prepares it and the server plans it once; a
JSON list read by ``json_each`` on SQLite, so it is compiled once and stays in the driver's
statement cache), each value still found by the column's index."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.dialects import postgresql, sqlite

from newsclaims.store import SqlStore, linking, sql

_LISTS = {
    "_entity_ids_of": "keys",
    "_people_by_norm": "norms",
    "_keys_in_story": "keys",
    "_named_earlier": "ids",
    "_corrections_of_keys": "keys",
}


def _text(statement: Any, dialect: Any, values: dict[str, Any]) -> str:
    bound = statement.params(**values)
    return str(bound.compile(dialect=dialect, compile_kwargs={"render_postcompile": True}))


@pytest.mark.parametrize(
    ("store", "dialect", "marker"),
    [
        ("postgresql", postgresql.psycopg.dialect(), "ANY"),  # type: ignore[no-untyped-call]
        ("sqlite", sqlite.dialect(), "json_each(?)"),
    ],
)
@pytest.mark.parametrize("name", sorted(_LISTS))
def test_statements_list_reads_keep_one_text(
    name: str, store: str, dialect: Any, marker: str
) -> None:
    statement = getattr(sql, name)(store)
    listed = _LISTS[name]
    values = [7, 8, 9] if listed == "ids" else ["b", "c", "d"]
    other = {"story": 1, "article": "a"}
    one = _text(statement, dialect, {**other, listed: values[:1]})
    three = _text(statement, dialect, {**other, listed: values})
    assert one == three
    assert marker in one


@pytest.mark.parametrize("name", sorted(_LISTS))
def test_statements_list_reads_find_each_value_by_index_on_sqlite(
    tmp_path: Path, name: str
) -> None:
    """The JSON list is read once and each of its values looked up by the column's index:
    no step scans a table of the store."""
    statement = getattr(sql, name)("sqlite")
    listed = _LISTS[name]
    values = [7, 8, 9] if listed == "ids" else ["b", "c", "d"]
    text = str(
        statement.params(story=1, article="a", **{listed: values}).compile(
            dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True}
        )
    )
    assert "json_each('[" in text
    store = SqlStore(f"sqlite:///{tmp_path / 'plan.db'}")
    try:
        with store.engine.connect() as conn:
            plan = [str(row[-1]) for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {text}")]
    finally:
        store.close()
    scans = [step for step in plan if step.startswith("SCAN")]
    assert all(step.startswith("SCAN json_each") for step in scans)
    assert [step for step in plan if step.startswith("SEARCH")]


@pytest.mark.parametrize("name", ["keys", "namesakes"])
def test_statements_story_reads_probe_candidates_not_the_whole_story(
    tmp_path: Path, name: str
) -> None:
    """On SQLite the reads of what a story names start from the candidates (by key or lookup
    name) and probe each one's mentions and sources by index: no step reads every mention or
    claim of the story, a cost that grew with the story."""
    values: dict[str, Any] = {"keys": ["ORG:acme", "PERSON:ana ruiz"], "story": 1}
    if name == "keys":
        statement = sql._keys_in_story("sqlite")
    else:
        statement = linking._namesakes_query("sqlite")
        values["surnames"] = ["ruiz"]
    text = str(
        statement.params(**values).compile(
            dialect=sqlite.dialect(),
            compile_kwargs={"literal_binds": True, "render_postcompile": True},
        )
    )
    store = SqlStore(f"sqlite:///{tmp_path / 'plan.db'}")
    try:
        with store.engine.connect() as conn:
            plan = [str(row[-1]) for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {text}")]
    finally:
        store.close()
    # the key list itself (``json_each``) is read in full; no table of the store is
    assert not [s for s in plan if s.startswith("SCAN") and not s.startswith("SCAN json_each")]
    probes = [step for step in plan if step.startswith("SEARCH mentions")]
    assert probes
    assert all("(entity_id=?)" in step for step in probes)


def test_statements_story_namesakes_keep_one_text_on_sqlite() -> None:
    """The story's namesakes (``story_namesakes``) are read by one statement text on SQLite
    whatever the number of keys and surnames; on PostgreSQL by ``IN`` lists (planned per
    call, which costs the server less there)."""
    statement = linking._namesakes_query("sqlite")
    one = _text(statement, sqlite.dialect(), {"story": 1, "keys": ["b"], "surnames": ["c"]})
    more = _text(
        statement, sqlite.dialect(), {"story": 1, "keys": ["b", "c", "d"], "surnames": ["e", "f"]}
    )
    assert one == more
    assert "json_each(?)" in one
    on_pg = _text(
        linking._namesakes_query("postgresql"),
        postgresql.psycopg.dialect(),  # type: ignore[no-untyped-call]
        {"story": 1, "keys": ["b"], "surnames": ["c"]},
    )
    assert "ANY" not in on_pg
