"""Re-ingest, update, deletion and order: does anything stored get lost, doubled or
half-written? (session 37, hostile37)

    python bench/reingest_orders.py FOLDER [--db-kind sqlite|pg] [--pg URL] [--stories A,B]

FOLDER holds news-please JSON files with a ``category`` (realnews); the articles of the
stories named (default: realnews half A) are ingested in date order into a fresh store, then:

- in reverse order into another fresh store: each article's rows (mentions, claims, figures,
  times, events, furniture, claim entities, event actors) must be those of date order;
- the same files again: nothing changes;
- an update of one article under the same URL (a word added, an invented sentence appended):
  it is stored as a copy of the first, and no row of the other articles changes;
- one article deleted by hand (SQL, its rows with it) and the files ingested again: it comes
  back with the same rows, the others unchanged;
- two processes ingesting the files at once, one in date order, one in reverse, into one
  fresh store: every article once, with the rows of date order.

Prints one line per check. PostgreSQL stores are fresh schemas ``reingest_*`` of ``--pg``,
dropped at the end.
"""

from __future__ import annotations

import argparse
import copy
import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from newsclaims import service
from newsclaims.store import open_store

HALF_A = "cubs win championship,toberone-gate,china well"
#: Each article's own rows, by article id.
PER_ARTICLE = text(
    "SELECT a.id, a.status,"
    " (SELECT COUNT(*) FROM mentions m WHERE m.article_id = a.id),"
    " (SELECT COUNT(*) FROM claims m WHERE m.article_id = a.id),"
    " (SELECT COUNT(*) FROM quantities m WHERE m.article_id = a.id),"
    " (SELECT COUNT(*) FROM times m WHERE m.article_id = a.id),"
    " (SELECT COUNT(*) FROM events m WHERE m.article_id = a.id),"
    " (SELECT COUNT(*) FROM furniture m WHERE m.article_id = a.id),"
    " (SELECT COUNT(*) FROM claim_entities ce JOIN claims c ON c.id = ce.claim_id"
    "  WHERE c.article_id = a.id),"
    " (SELECT COUNT(*) FROM event_actors ea JOIN events e ON e.id = ea.event_id"
    "  WHERE e.article_id = a.id)"
    " FROM articles a"
)
APPENDED = (
    "\n\nA spokeswoman for the organisers, Mara Quell, said on Tuesday that 4,500 more people"
    " had asked for tickets."
)
CLI = "from newsclaims.cli import main; main()"


class Stores:
    """Fresh stores of one kind, made on demand and dropped at the end."""

    def __init__(self, kind: str, pg: str, work: Path) -> None:
        self.kind, self.pg, self.work, self.schemas = kind, pg, work, list[str]()

    def fresh(self, name: str) -> str:
        if self.kind == "sqlite":
            return f"sqlite:///{self.work / f'{name}.db'}"
        schema = f"reingest_{name}"
        self._sql(f"DROP SCHEMA IF EXISTS {schema} CASCADE", f"CREATE SCHEMA {schema}")
        self.schemas.append(schema)
        return f"{self.pg}?options=-csearch_path%3D{schema}"

    def drop(self) -> None:
        self._sql(*(f"DROP SCHEMA IF EXISTS {s} CASCADE" for s in self.schemas))

    def _sql(self, *statements: str) -> None:
        engine = create_engine(self.pg)
        with engine.begin() as conn:
            for statement in statements:
                conn.execute(text(statement))
        engine.dispose()


def rows(url: str) -> tuple[dict[str, tuple[Any, ...]], int]:
    """Each article's rows, and the number of stories."""
    engine = create_engine(url)
    with engine.connect() as conn:
        found = {r[0]: tuple(r[1:]) for r in conn.execute(PER_ARTICLE)}
        stories = int(conn.execute(text("SELECT COUNT(*) FROM stories")).scalar() or 0)
    engine.dispose()
    return found, stories


def ingest(url: str, paths: list[str]) -> str:
    with open_store(url) as store:
        s = service.ingest(paths, store)
    return f"stored {s.stored}, already {s.duplicates}, rejected {s.rejected}, failed {s.failed}"


def changed(
    before: dict[str, Any], after: dict[str, Any], skip: frozenset[str] = frozenset()
) -> int:
    return sum(1 for k in before if k not in skip and after.get(k) != before[k])


def update_and_delete(forward: str, files: list[str], first: dict[str, Any], work: Path) -> None:
    """An update under the same URL, then one article deleted and the files again."""
    original = json.loads(Path(files[3]).read_text())
    update = copy.deepcopy(original)
    update["text"] = original["text"].replace(".", " today.", 1) + APPENDED
    (work / "update.json").write_text(json.dumps(update))
    print("update, same URL:", ingest(forward, [str(work / "update.json")]))
    updated, _ = rows(forward)
    engine = create_engine(forward)
    with engine.connect() as conn:
        copies = conn.execute(
            text("SELECT COUNT(*) FROM articles WHERE url = :u AND original_id IS NOT NULL"),
            {"u": original["url"]},
        ).scalar()
    print(f"  rows of other articles changed: {changed(first, updated)}; stored as a copy: "
          f"{copies}")  # fmt: skip
    victim = sorted(first)[5]
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
        for statement in (
            "DELETE FROM event_actors WHERE event_id IN"
            " (SELECT id FROM events WHERE article_id = :a)",
            "DELETE FROM claim_entities WHERE claim_id IN"
            " (SELECT id FROM claims WHERE article_id = :a)",
            "DELETE FROM main_event_parts WHERE article_id = :a",
            "DELETE FROM articles WHERE id = :a",
        ):
            conn.execute(text(statement), {"a": victim})
    engine.dispose()
    print("deleted one, again:", ingest(forward, files))
    again, _ = rows(forward)
    print(f"  deleted article's rows as before: {again.get(victim) == first[victim]}; "
          f"others changed: {changed(updated, again, frozenset({victim}))}")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--db-kind", choices=("sqlite", "pg"), default="sqlite")
    parser.add_argument("--pg", default="postgresql://postgres@127.0.0.1:5432/test")
    parser.add_argument("--stories", default=HALF_A)
    args = parser.parse_args()
    wanted = set(args.stories.split(","))
    dated = []
    for path in sorted(args.folder.glob("*.json")):
        data = json.loads(path.read_text())
        if data.get("category") in wanted:
            dated.append((data.get("date_publish") or "", str(path)))
    files = [p for _, p in sorted(dated)]
    work = Path(tempfile.mkdtemp(prefix="reingest-"))
    stores = Stores(args.db_kind, args.pg, work)
    try:
        print(f"{len(files)} articles, {args.db_kind}")
        forward = stores.fresh("forward")
        print("date order:", ingest(forward, files))
        first, stories = rows(forward)
        backward = stores.fresh("reverse")
        print("reverse order:", ingest(backward, files[::-1]))
        back, back_stories = rows(backward)
        print(f"  articles whose rows differ: {changed(first, back)}; stories {stories} vs "
              f"{back_stories}")  # fmt: skip
        print("again:", ingest(forward, files), f"rows changed: {changed(first, rows(forward)[0])}")
        update_and_delete(forward, files, first, work)
        both = stores.fresh("concurrent")
        runs = [
            subprocess.Popen(
                [sys.executable, "-c", CLI, "ingest", "--db", both, *order],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            for order in (files, files[::-1])
        ]
        codes = [run.wait() for run in runs]
        concurrent, _ = rows(both)
        print(f"two processes at once (exit {codes}): articles {len(concurrent)}, rows differ "
              f"from date order: {changed(first, concurrent)}")  # fmt: skip
    finally:
        if args.db_kind == "pg":
            stores.drop()


if __name__ == "__main__":
    main()
