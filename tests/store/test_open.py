"""Opening a store never writes to what is not ours (issue 21, defect 13): a missing store is
not created by a command that reads, another application's database is left untouched, a
failed migration leaves nothing behind, and a read-only store can be read."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from sqlalchemy.exc import OperationalError

from newsclaims.cli import main
from newsclaims.errors import StorageError
from newsclaims.model import Analysis
from newsclaims.store import SqlStore, open_store
from newsclaims.store import sql as sql_module

FIXTURES = Path(__file__).parent.parent / "fixtures"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}


def test_open_a_missing_store_to_read_is_e304_and_creates_nothing(tmp_path: Path) -> None:
    path = tmp_path / "typo.db"
    with pytest.raises(StorageError) as caught:
        open_store(f"sqlite:///{path}", create=False)
    assert caught.value.code == "E304"
    assert list(tmp_path.iterdir()) == []


def test_cli_read_command_on_a_mistyped_path_creates_no_database(tmp_path: Path) -> None:
    path = tmp_path / "typo.db"
    result = CliRunner().invoke(main, ["claims", "--db", f"sqlite:///{path}"])
    assert result.exit_code == 1
    assert "E304" in result.stderr and "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("create", [False, True])
def test_another_apps_sqlite_file_is_e305_and_left_untouched(tmp_path: Path, create: bool) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO users (name) VALUES ('ana')")
    before = _digest(path)
    with pytest.raises(StorageError) as caught:
        SqlStore(f"sqlite:///{path}", create=create)
    assert caught.value.code == "E305"
    assert _digest(path) == before, "not even the journal mode may change"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.db"]


def test_another_apps_alembic_database_is_e305_without_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "alembic.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.execute("INSERT INTO alembic_version VALUES ('1f2e3d4c5b6a')")
        conn.execute("CREATE TABLE orders (id INTEGER PRIMARY KEY)")
    before = _digest(path)
    for args in (["claims", "--db", str(path)], ["entities", "--db", str(path)]):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 1
        assert "E305" in result.stderr and "Traceback" not in result.stderr
    assert _digest(path) == before


def test_a_file_that_is_no_database_is_e305(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database " * 100)
    before = _digest(path)
    with pytest.raises(StorageError) as caught:
        SqlStore(f"sqlite:///{path}")
    assert caught.value.code == "E305"
    assert _digest(path) == before


def _failing_upgrade(monkeypatch: pytest.MonkeyPatch) -> None:
    """The migration runs every step, then fails before it is committed (a full disk)."""
    from alembic import command  # noqa: PLC0415 - the store imports it only to migrate

    real = command.upgrade

    def upgrade(config: Any, revision: str) -> None:
        real(config, revision)
        raise OperationalError("COMMIT", {}, Exception("database or disk is full"))

    monkeypatch.setattr(command, "upgrade", upgrade)


def test_a_failed_migration_of_a_new_store_leaves_no_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _failing_upgrade(monkeypatch)
    with pytest.raises(StorageError) as caught:
        SqlStore(f"sqlite:///{tmp_path / 'new.db'}")
    assert caught.value.code == "E301"
    assert list(tmp_path.iterdir()) == []


def test_a_failed_migration_of_an_old_store_leaves_it_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    shutil.copy(FIXTURES / "store" / "schema-0001.db", path)
    tables_before = _tables(path)
    with sqlite3.connect(path) as conn:
        version_before = conn.execute("SELECT version_num FROM alembic_version").fetchall()
    _failing_upgrade(monkeypatch)
    with pytest.raises(StorageError) as caught:
        SqlStore(f"sqlite:///{path}")
    assert caught.value.code == "E301"
    assert _tables(path) == tables_before, "DDL of the failed migration is rolled back"
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchall() == (
            version_before
        )


def test_a_current_store_is_not_written_when_opened(
    tmp_path: Path, make_analysis: Callable[..., Analysis]
) -> None:
    path = tmp_path / "s.db"
    with SqlStore(f"sqlite:///{path}") as store:
        store.add(make_analysis("Mayor Ana Ruiz said the library in Dunmore will reopen."))
    before = {p.name: _digest(p) for p in tmp_path.iterdir()}
    with SqlStore(f"sqlite:///{path}", create=False) as store:
        assert store.articles().total == 1
    assert {p.name: _digest(p) for p in tmp_path.iterdir() if p.name in before} == before
    assert not (tmp_path / "s.db.migrate.lock").exists() or "s.db.migrate.lock" in before


def test_a_read_only_store_can_be_read_and_refuses_writes(
    tmp_path: Path, make_analysis: Callable[..., Analysis], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "ro.db"
    with SqlStore(f"sqlite:///{path}") as store:
        store.add(make_analysis("Mayor Ana Ruiz said the library in Dunmore will reopen."))
    path.chmod(0o444)
    # root may write to any file: make the check see what another user would
    monkeypatch.setattr(sql_module.os, "access", lambda *_a, **_k: False)
    before = _digest(path)
    with SqlStore(f"sqlite:///{path}", create=False) as store:
        assert store.read_only
        assert store.articles().total == 1
        with pytest.raises(StorageError) as caught:
            store.add(make_analysis("Mayor Ana Ruiz said the library in Dunmore will close."))
        assert caught.value.code == "E302"
    assert _digest(path) == before


def test_a_failed_migration_of_an_empty_file_adds_no_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The file was there before (``touch new.db``), so it stays, but as it was: the
    migration's DDL is one transaction (the driver alone commits each CREATE TABLE)."""
    path = tmp_path / "touched.db"
    path.touch()
    _failing_upgrade(monkeypatch)
    with pytest.raises(StorageError) as caught:
        SqlStore(f"sqlite:///{path}")
    assert caught.value.code == "E301"
    assert path.exists() and _tables(path) == set()
