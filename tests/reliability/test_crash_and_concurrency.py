"""Crash safety and concurrent writers, with real processes.

* ``kill -9`` during an ingest leaves every article either fully stored (all its claims,
  mentions, figures) or absent, and a rerun completes the batch without duplicates;
* two ingests of overlapping inputs into the same store at once lose nothing, store nothing
  twice and surface no "database is locked" error.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from newsclaims.store import SqlStore

pytestmark = pytest.mark.model

#: Kills tried per backend.
KILLS = 3

#: Article id -> (claims, mentions, figures) stored for it.
RecordCounts = Callable[[str], dict[str, tuple[int, int, int]]]


def _ingest(paths: list[str], db: str, capture: bool = False) -> subprocess.Popen[bytes]:
    """An ingest in its own process; ``capture`` keeps its stderr for ``communicate``."""
    return subprocess.Popen(
        [sys.executable, "-m", "newsclaims.cli", "ingest", *paths, "--db", db],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE if capture else subprocess.DEVNULL,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def test_kill_during_ingest_leaves_whole_articles_and_a_rerun_completes(
    batch: Path, store: SqlStore, tmp_path: Path, record_counts: RecordCounts
) -> None:
    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    assert _ingest([str(batch)], reference).wait(timeout=300) == 0
    expected = record_counts(reference)
    assert len(expected) == len(list(batch.glob("*.txt")))
    db = store.url
    rng = random.Random(5)
    for _ in range(KILLS):
        process = _ingest([str(batch)], db)
        time.sleep(rng.uniform(2.0, 6.0))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        found = record_counts(db)
        for article_id, counts in found.items():
            assert counts == expected[article_id], "an article was stored half-written"
    assert _ingest([str(batch)], db).wait(timeout=300) == 0
    assert record_counts(db) == expected


def test_two_ingests_at_once_store_everything_once(
    batch: Path, store: SqlStore, record_counts: RecordCounts
) -> None:
    files = sorted(str(p) for p in batch.glob("*.txt"))
    first = _ingest(files[: len(files) * 2 // 3], store.url, capture=True)
    second = _ingest(files[len(files) // 3 :], store.url, capture=True)
    errors = [p.communicate(timeout=300)[1].decode() for p in (first, second)]
    assert first.returncode == 0 and second.returncode == 0, errors
    assert not any("locked" in e for e in errors)
    found = record_counts(store.url)
    assert len(found) == len(files)


def test_two_ingests_into_a_new_sqlite_file(
    batch: Path, tmp_path: Path, record_counts: RecordCounts
) -> None:
    """Both processes find the file missing and migrate it at once: one waits for the other."""
    db = f"sqlite:///{tmp_path / 'fresh.db'}"
    files = sorted(str(p) for p in batch.glob("*.txt"))
    processes = [_ingest(files, db, capture=True), _ingest(list(reversed(files)), db, capture=True)]
    errors = [p.communicate(timeout=300)[1].decode() for p in processes]
    assert all(p.returncode == 0 for p in processes), errors
    assert len(record_counts(db)) == len(files)
