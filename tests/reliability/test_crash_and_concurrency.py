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
from pathlib import Path

import pytest
from sqlalchemy import func, select

from newsclaims.store import SqlStore
from newsclaims.store.schema import articles, claims, mentions, quantities

pytestmark = pytest.mark.model

#: Articles in the generated batch, and kills tried per backend.
ARTICLES = 24
KILLS = 3

PLACES = ["Dunmore", "Marlow", "Carrow", "Hollin", "Brenford", "Greyhaven", "Valmora", "Ostrava"]


def _write_batch(folder: Path) -> None:
    rng = random.Random(11)
    for n in range(ARTICLES):
        place = PLACES[n % len(PLACES)]
        text = (
            f"Officials in {place} said on Monday that about {rng.randrange(10, 900)} homes were "
            f"damaged by the storm. Mayor Ana Ruiz told reporters that repairs would cost "
            f'${rng.randrange(2, 90)} million. "We will rebuild," Ruiz said. Report {n}.'
        )
        (folder / f"article-{n:02d}.txt").write_text(text, encoding="utf-8")


def _ingest(paths: list[str], db: str, capture: bool = False) -> subprocess.Popen[bytes]:
    """An ingest in its own process; ``capture`` keeps its stderr for ``communicate``."""
    return subprocess.Popen(
        [sys.executable, "-m", "newsclaims.cli", "ingest", *paths, "--db", db],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE if capture else subprocess.DEVNULL,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def _counts(db: str) -> dict[str, tuple[int, int, int]]:
    store = SqlStore(db)
    try:
        with store.engine.connect() as conn:
            ids = list(conn.execute(select(articles.c.id)).scalars())
            out = {}
            for article_id in ids:
                out[article_id] = tuple(
                    int(
                        conn.execute(
                            select(func.count()).select_from(t).where(t.c.article_id == article_id)
                        ).scalar_one()
                    )
                    for t in (claims, mentions, quantities)
                )
            return out  # type: ignore[return-value]
    finally:
        store.close()


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    folder.mkdir()
    _write_batch(folder)
    return folder


def test_kill_during_ingest_leaves_whole_articles_and_a_rerun_completes(
    batch: Path, store: SqlStore, tmp_path: Path
) -> None:
    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    assert _ingest([str(batch)], reference).wait(timeout=300) == 0
    expected = _counts(reference)
    assert len(expected) == ARTICLES
    db = store.url
    rng = random.Random(5)
    for _ in range(KILLS):
        process = _ingest([str(batch)], db)
        time.sleep(rng.uniform(2.0, 6.0))
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=60)
        found = _counts(db)
        for article_id, counts in found.items():
            assert counts == expected[article_id], "an article was stored half-written"
    assert _ingest([str(batch)], db).wait(timeout=300) == 0
    assert _counts(db) == expected


def test_two_ingests_at_once_store_everything_once(batch: Path, store: SqlStore) -> None:
    files = sorted(str(p) for p in batch.glob("*.txt"))
    first = _ingest(files[: ARTICLES * 2 // 3], store.url, capture=True)
    second = _ingest(files[ARTICLES // 3 :], store.url, capture=True)
    errors = [p.communicate(timeout=300)[1].decode() for p in (first, second)]
    assert first.returncode == 0 and second.returncode == 0, errors
    assert not any("locked" in e for e in errors)
    found = _counts(store.url)
    assert len(found) == ARTICLES


def test_two_ingests_into_a_new_sqlite_file(batch: Path, tmp_path: Path) -> None:
    """Both processes find the file missing and migrate it at once: one waits for the other."""
    db = f"sqlite:///{tmp_path / 'fresh.db'}"
    files = sorted(str(p) for p in batch.glob("*.txt"))
    processes = [_ingest(files, db, capture=True), _ingest(list(reversed(files)), db, capture=True)]
    errors = [p.communicate(timeout=300)[1].decode() for p in processes]
    assert all(p.returncode == 0 for p in processes), errors
    assert len(_counts(db)) == ARTICLES
