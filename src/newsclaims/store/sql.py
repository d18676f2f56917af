"""The SQL store, one implementation for SQLite and PostgreSQL through SQLAlchemy Core."""

from __future__ import annotations

import fcntl
import hashlib
import json
import re
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
from alembic import command
from alembic.config import Config
from sqlalchemy import (
    Connection,
    Engine,
    Select,
    case,
    create_engine,
    event,
    func,
    insert,
    literal_column,
    or_,
    select,
    text,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError

from newsclaims import settings
from newsclaims.errors import ConfigError, NotFound, StorageError
from newsclaims.extract.entities import normalise
from newsclaims.model import Analysis, Disagreement, Entity, Stance
from newsclaims.reconcile import ClaimRow, EventRow, FigureRow, entity_keys, find_disagreements
from newsclaims.reconcile.copies import bands, distance, simhash
from newsclaims.reconcile.disagreements import CLAIMED_STANCES, FigureKey
from newsclaims.reconcile.embeddings import encoder, model_id
from newsclaims.reconcile.propositions import OPEN, SUPPORTING, group_claims
from newsclaims.store.base import Row, WriteResult, WriteStatus
from newsclaims.store.schema import (
    aliases,
    articles,
    claim_entities,
    claims,
    corrections,
    entities,
    event_actors,
    events,
    mentions,
    metadata,
    quantities,
    text_vectors,
    times,
)

T = TypeVar("T")

#: Attempts for a write that meets a locked database, and the first back-off in seconds.
LOCK_RETRIES = 6
LOCK_BACKOFF_S = 0.1

#: PostgreSQL advisory lock id held while migrating, so concurrent openers wait in turn.
MIGRATION_LOCK_ID = 0x6E657773  # "news"

_MIGRATIONS = Path(__file__).parent / "migrations"
# ids per IN (...) list, well under the bound-parameter limits of SQLite and PostgreSQL
_IN_BATCH = 500


def _batches(items: Sequence[T]) -> Iterator[Sequence[T]]:
    """``items`` in slices short enough for one ``IN (...)`` list."""
    for start in range(0, len(items), _IN_BATCH):
        yield items[start : start + _IN_BATCH]


def normalise_url(url: str | None) -> str:
    """A SQLAlchemy URL from what a user types: a path, ``sqlite:///``, ``postgresql://``."""
    url = url or settings.default_db_url()
    if "://" not in url:
        return f"sqlite:///{url}"
    scheme, rest = url.split("://", 1)
    if scheme in ("postgresql", "postgres", "postgresql+psycopg"):
        return f"postgresql+psycopg://{rest}"
    if scheme == "sqlite":
        return url
    raise ConfigError(
        "E401",
        f"{url!r} is not a SQLite or PostgreSQL URL.",
        "use sqlite:///path/to/file.db or postgresql://user@host/db.",
    )


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _lookup_names(entity: Entity) -> set[str]:
    """Names an entity is found by: canonical, aliases, and a person's surname."""
    names = {entity.name, *entity.aliases}
    if entity.type == "PERSON" and len(entity.name.split()) > 1:
        names.add(entity.name.split()[-1])
    return names


def _is_locked(error: DBAPIError) -> bool:
    message = str(error.orig).lower()
    return "database is locked" in message or "deadlock" in message or "busy" in message


def _claim_rows() -> Select[Any]:
    """Claims as ``ClaimRow`` columns (id first, then the row's fields), first reports only
    (a wire copy is not a second report); the source named by its entity when linked."""
    source_entity = entities.alias("source_entity")
    return (
        select(
            claims.c.id,
            claims.c.article_id,
            claims.c.start,
            claims.c.end,
            claims.c.text,
            claims.c.stance,
            func.coalesce(source_entity.c.name, claims.c.source_text),
            claims.c.sentence,
            articles.c.published,
            claims.c.time_begin,
            claims.c.time_end,
        )
        .join(articles, articles.c.id == claims.c.article_id)
        .outerjoin(source_entity, source_entity.c.id == claims.c.source_entity_id)
        .where(articles.c.original_id.is_(None))
    )


def _claim_row(
    row: Sequence[Any],
    linked: dict[str, set[str]],
    figures: dict[str, list[FigureKey]] | None = None,
) -> ClaimRow:
    """A row of ``_claim_rows()`` with the keys of the entities its claim is about (and the
    unit and measure of its figures, when ``figures`` is given)."""
    return ClaimRow(
        row[1], row[2], row[3], row[4], row[5], row[6], row[7],
        frozenset(linked[row[0]]), row[8],
        (row[9], row[10]) if row[9] and row[10] else None,
        tuple(figures.get(row[0], ())) if figures else (),
    )  # fmt: skip


#: A claim whose content holds a figure (the figure is one of the claim's statements).
_CLAIM_HOLDS_FIGURE = (
    (claims.c.article_id == quantities.c.article_id)
    & (claims.c.start <= quantities.c.start)
    & (claims.c.end >= quantities.c.end)
)

#: Disagreements in which each side contradicts the other (not updates, not related measures,
#: not a source turning from denial to confirmation).
_CONTRADICTIONS = frozenset(
    {
        "figures_conflict",
        "denied_vs_confirmed",
        "denied_vs_claimed",
        "event_date_conflict",
        "event_place_conflict",
    }
)


class SqlStore:
    """A store over one SQLAlchemy engine."""

    def __init__(self, url: str | None = None) -> None:
        self.url = normalise_url(url)
        self.dialect = "postgresql" if self.url.startswith("postgresql") else "sqlite"
        try:
            self.engine: Engine = create_engine(self.url, future=True)
            if self.dialect == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
            self._retry(self._migrate)
        except (SQLAlchemyError, ImportError, OSError) as e:
            raise StorageError(
                "E301",
                f"The store at {self.url} could not be opened: {e}",
                "check the URL, that the server runs, and that the folder is writable.",
            ) from e

    # -- set-up -------------------------------------------------------------------------

    def _migrate(self) -> None:
        config = Config()
        config.set_main_option("script_location", str(_MIGRATIONS))
        with self._migration_lock(), self.engine.begin() as conn:
            if self.dialect == "postgresql":
                conn.execute(text("SELECT pg_advisory_xact_lock(:id)"), {"id": MIGRATION_LOCK_ID})
            config.attributes["connection"] = conn
            command.upgrade(config, "head")

    @contextmanager
    def _migration_lock(self) -> Iterator[None]:
        """Serialise migrations of one SQLite file across processes (PostgreSQL uses an
        advisory lock inside the transaction instead)."""
        database = self.engine.url.database
        if self.dialect != "sqlite" or not database or database == ":memory:":
            yield
            return
        with open(f"{database}.migrate.lock", "a+b") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(handle, fcntl.LOCK_UN)

    def _retry(self, work: Callable[[], T]) -> T:
        delay = LOCK_BACKOFF_S
        for attempt in range(LOCK_RETRIES):
            try:
                return work()
            except OperationalError as e:
                if not _is_locked(e) or attempt == LOCK_RETRIES - 1:
                    raise
                time.sleep(delay)
                delay *= 2
        raise AssertionError("unreachable")  # pragma: no cover

    def _insert(self, table: Any) -> Any:
        module = postgresql if self.dialect == "postgresql" else sqlite
        return module.insert(table)

    def close(self) -> None:
        """Release connections."""
        self.engine.dispose()

    def __enter__(self) -> SqlStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writes -------------------------------------------------------------------------

    def add(self, analysis: Analysis) -> WriteResult:
        """Write one article and all its records in one transaction; a re-ingest is a no-op."""
        try:
            return self._retry(lambda: self._write(analysis))
        except SQLAlchemyError as e:
            raise StorageError(
                "E302",
                f"Writing article {analysis.article.id} failed: {e}",
                "check the store; nothing of this article was stored.",
            ) from e

    def add_many(self, analyses: Iterable[Analysis]) -> list[WriteResult]:
        """Write articles one transaction each."""
        return [self.add(a) for a in analyses]

    def optimize(self) -> None:
        """Refresh the query planner's statistics (PostgreSQL ``ANALYZE``, SQLite ``PRAGMA
        optimize``): after a bulk load, stale statistics make the planner scan instead of
        using the indexes (measured: a 1M-claim ``disagreements --about`` went from >20 s to
        30 ms)."""
        if self.dialect == "postgresql":
            # our tables only, not every table of a shared database
            names = ", ".join(f'"{t.name}"' for t in metadata.sorted_tables)
            statement = f"ANALYZE {names}"
        else:
            statement = "PRAGMA optimize"
        with self.engine.begin() as conn:
            conn.execute(text(statement))

    def known_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids are stored already (stored or rejected)."""
        wanted = list(dict.fromkeys(ids))
        found: set[str] = set()
        with self.engine.connect() as conn:
            for chunk in _batches(wanted):
                found.update(
                    conn.execute(select(articles.c.id).where(articles.c.id.in_(chunk))).scalars()
                )
        return found

    def _write(self, analysis: Analysis) -> WriteResult:
        article = analysis.article
        rejection = analysis.rejection
        status = WriteStatus.REJECTED if rejection else WriteStatus.STORED
        fingerprint = simhash(article.text)
        with self.engine.begin() as conn:
            original = self._original_of(conn, fingerprint)
            inserted = conn.execute(
                self._insert(articles)
                .values(
                    id=article.id,
                    url=article.url,
                    outlet=article.outlet,
                    title=article.title,
                    published=article.published,
                    published_at=article.published_at,
                    language=article.language,
                    author=article.author,
                    origin=article.origin,
                    text=article.text,
                    status=status.value,
                    rejection_code=rejection.code if rejection else None,
                    rejection_reason=rejection.reason if rejection else None,
                    ingested_at=datetime.now(UTC),
                    simhash=f"{fingerprint:016x}",
                    **{f"band{n}": band for n, band in enumerate(bands(fingerprint))},
                    original_id=original,
                )
                .on_conflict_do_nothing(index_elements=["id"])
                .returning(articles.c.id)
            ).first()
            if inserted is None:
                return WriteResult(article.id, WriteStatus.DUPLICATE)
            if rejection is None:
                self._write_records(conn, analysis)
        return WriteResult(article.id, status)

    def _original_of(self, conn: Connection, fingerprint: int) -> str | None:
        """The first stored article this text nearly repeats (wire copy), if any."""
        found = conn.execute(
            select(articles.c.id, articles.c.simhash, articles.c.original_id)
            .where(or_(*(articles.c[f"band{n}"] == b for n, b in enumerate(bands(fingerprint)))))
            .order_by(articles.c.ingested_at, articles.c.id)
        ).all()
        for article_id, other, original in found:
            if other and distance(int(other, 16), fingerprint) <= settings.COPY_MAX_BITS:
                return str(original or article_id)
        return None

    def _entity_ids(self, conn: Connection, analysis: Analysis) -> dict[str, int]:
        """Entity ids by key, creating entities as needed and following analysts' merges."""
        if not analysis.entities:
            return {}
        keys = [e.key for e in analysis.entities]
        merged = dict(
            conn.execute(
                select(corrections.c.from_key, corrections.c.to_key)
                .where(corrections.c.kind == "merge")
                .where(corrections.c.from_key.in_(keys))
                .order_by(corrections.c.id)
            ).all()
        )
        if merged:
            targets = dict(
                conn.execute(
                    select(entities.c.key, entities.c.id).where(entities.c.key.in_(merged.values()))
                ).all()
            )
            fresh = [e for e in analysis.entities if e.key not in merged]
            ids = self._upsert_entities(conn, fresh) if fresh else {}
            ids.update({k: targets[v] for k, v in merged.items() if v in targets})
            return ids
        return self._upsert_entities(conn, list(analysis.entities))

    def _upsert_entities(self, conn: Connection, found: list[Entity]) -> dict[str, int]:
        conn.execute(
            self._insert(entities).on_conflict_do_nothing(index_elements=["key"]),
            [
                {
                    "key": e.key,
                    "name": e.name,
                    "type": e.type,
                    "kb_id": e.kb_id,
                    "country": e.country,
                    "lat": e.lat,
                    "lon": e.lon,
                    "precision": e.precision,
                }
                for e in found
            ],
        )
        keys = [e.key for e in found]
        ids = dict(
            conn.execute(
                select(entities.c.key, entities.c.id).where(entities.c.key.in_(keys))
            ).all()
        )
        alias_rows = [
            {"entity_id": ids[e.key], "alias": name, "norm": normalise(name)}
            for e in found
            for name in _lookup_names(e)
        ]
        conn.execute(
            self._insert(aliases).on_conflict_do_nothing(index_elements=["entity_id", "norm"]),
            alias_rows,
        )
        return ids

    def _split_ids(self, conn: Connection, keys: list[str]) -> dict[tuple[str, str], int]:
        """(entity key, normalised alias) -> the entity an analyst split that alias into."""
        rows = conn.execute(
            select(corrections.c.from_key, corrections.c.alias, entities.c.id)
            .join(entities, entities.c.key == corrections.c.to_key)
            .where(corrections.c.kind == "split")
            .where(corrections.c.from_key.in_(keys))
        ).all()
        return {
            (from_key, normalise(alias or "")): entity_id for from_key, alias, entity_id in rows
        }

    def _write_records(self, conn: Connection, analysis: Analysis) -> None:
        article_id = analysis.article.id
        ids = self._entity_ids(conn, analysis)
        split = self._split_ids(conn, [e.key for e in analysis.entities]) if ids else {}
        for e in analysis.events:
            event_id = conn.execute(
                insert(events)
                .values(
                    article_id=article_id,
                    start=e.start,
                    end=e.end,
                    text=e.text,
                    predicate=e.predicate,
                    subtype=e.subtype,
                    type=e.type,
                    location_id=ids.get(e.location) if e.location else None,
                    time_value=e.time.value if e.time else None,
                    time_begin=e.time.begin if e.time else None,
                    time_end=e.time.end if e.time else None,
                    negated=e.negated,
                    modality=e.modality,
                )
                .returning(events.c.id)
            ).scalar_one()
            actor_ids = list(dict.fromkeys(ids[a] for a in e.actors if a in ids))
            if actor_ids:
                conn.execute(
                    insert(event_actors),
                    [
                        {"event_id": event_id, "entity_id": entity_id, "position": n}
                        for n, entity_id in enumerate(actor_ids)
                    ],
                )
        if analysis.quantities:
            conn.execute(
                insert(quantities),
                [
                    {
                        "article_id": article_id,
                        "start": q.start,
                        "end": q.end,
                        "text": q.text,
                        "value": q.value,
                        "low": q.low,
                        "high": q.high,
                        "bound": q.bound,
                        "unit": q.unit,
                        "about": q.about,
                        "about_norm": normalise(q.about) if q.about else None,
                        "measure": q.measure,
                        "change": q.change,
                        "source_text": q.source.text if q.source else None,
                        "source_entity_id": ids.get(q.source_entity) if q.source_entity else None,
                    }
                    for q in analysis.quantities
                ],
            )
        if analysis.times:
            conn.execute(
                insert(times),
                [
                    {
                        "article_id": article_id,
                        "start": t.start,
                        "end": t.end,
                        "text": t.text,
                        "type": t.type,
                        "value": t.value,
                        "unresolved": t.unresolved,
                        "begin": t.interval.begin if t.interval else None,
                        "finish": t.interval.end if t.interval else None,
                        "precision": t.interval.precision if t.interval else None,
                    }
                    for t in analysis.times
                ],
            )
        if analysis.mentions:
            conn.execute(
                insert(mentions),
                [
                    {
                        "article_id": article_id,
                        "entity_id": split.get((m.entity, normalise(m.text)), ids[m.entity]),
                        "start": m.start,
                        "end": m.end,
                        "text": m.text,
                        "label": m.label,
                    }
                    for m in analysis.mentions
                ],
            )
        if not analysis.claims:
            return
        claim_rows = []
        links: list[dict[str, Any]] = []
        for seq, c in enumerate(analysis.claims):
            claim_id = f"{article_id}:{seq}"
            claim_rows.append(
                {
                    "id": claim_id,
                    "article_id": article_id,
                    "seq": seq,
                    "start": c.start,
                    "end": c.end,
                    "text": c.text,
                    "stance": c.stance.value,
                    "kind": c.kind.value,
                    "source_text": c.source.text if c.source else None,
                    "source_start": c.source.start if c.source else None,
                    "source_end": c.source.end if c.source else None,
                    "source_entity_id": ids.get(c.source_entity) if c.source_entity else None,
                    "cue_text": c.cue.text if c.cue else None,
                    "cue_start": c.cue.start if c.cue else None,
                    "cue_end": c.cue.end if c.cue else None,
                    "anonymous": c.anonymous,
                    "parts": json.dumps([[p.start, p.end] for p in c.parts]) if c.parts else None,
                    "time_value": c.time.value if c.time else None,
                    "time_begin": c.time.begin if c.time else None,
                    "time_end": c.time.end if c.time else None,
                    "time_precision": c.time.precision if c.time else None,
                    "sentence": c.sentence,
                }
            )
            about = {
                ids[m.entity] for m in analysis.mentions if c.start <= m.start and m.end <= c.end
            }
            links.extend({"claim_id": claim_id, "entity_id": e} for e in sorted(about))
        conn.execute(insert(claims), claim_rows)
        if self.dialect == "sqlite":  # PostgreSQL indexes the claims table itself
            conn.execute(
                text("INSERT INTO claims_fts (claim_id, text) VALUES (:claim_id, :text)"),
                [{"claim_id": r["id"], "text": r["text"]} for r in claim_rows],
            )
        if links:
            conn.execute(insert(claim_entities), links)

    # -- reads --------------------------------------------------------------------------

    def _one_entity(self, conn: Connection, name: str) -> Row:
        norm = normalise(name)
        found = conn.execute(
            select(entities)
            .where(entities.c.id.in_(select(aliases.c.entity_id).where(aliases.c.norm == norm)))
            .order_by(entities.c.id)
        ).all()
        if not found:
            raise NotFound(
                "E501", f"No entity is named {name!r}.", "list them with `newsclaims entities`."
            )
        exact = [r for r in found if normalise(r.name) == norm]
        return dict((exact or found)[0]._mapping)

    def entity(self, name: str) -> Row:
        """One entity by name or alias, with its aliases (E501 when unknown)."""
        with self.engine.connect() as conn:
            found = self._one_entity(conn, name)
            found["aliases"] = sorted(
                a
                for a in conn.execute(
                    select(aliases.c.alias).where(aliases.c.entity_id == found["id"])
                ).scalars()
                if a != found["name"]
            )
        return found

    def merge_entities(self, into: str, other: str, who: str = "analyst") -> Row:
        """Make ``other`` the same entity as ``into``, now and in every later ingest."""
        with self.engine.begin() as conn:
            target = self._one_entity(conn, into)
            gone = self._one_entity(conn, other)
            if target["id"] == gone["id"]:
                return target
            old, new = gone["id"], target["id"]
            conn.execute(mentions.update().where(mentions.c.entity_id == old).values(entity_id=new))
            conn.execute(
                claims.update().where(claims.c.source_entity_id == old).values(source_entity_id=new)
            )
            conn.execute(
                quantities.update()
                .where(quantities.c.source_entity_id == old)
                .values(source_entity_id=new)
            )
            conn.execute(events.update().where(events.c.location_id == old).values(location_id=new))
            for table, owner in ((claim_entities, "claim_id"), (event_actors, "event_id")):
                taken = select(table.c[owner]).where(table.c.entity_id == new)
                conn.execute(
                    table.delete().where(table.c.entity_id == old).where(table.c[owner].in_(taken))
                )
                conn.execute(table.update().where(table.c.entity_id == old).values(entity_id=new))
            moved = conn.execute(
                select(aliases.c.alias, aliases.c.norm).where(aliases.c.entity_id == old)
            ).all()
            if moved:
                conn.execute(
                    self._insert(aliases).on_conflict_do_nothing(
                        index_elements=["entity_id", "norm"]
                    ),
                    [{"entity_id": new, "alias": a, "norm": n} for a, n in moved],
                )
            conn.execute(aliases.delete().where(aliases.c.entity_id == old))
            conn.execute(entities.delete().where(entities.c.id == old))
            conn.execute(
                insert(corrections).values(
                    kind="merge",
                    from_key=gone["key"],
                    to_key=target["key"],
                    who=who,
                    at=datetime.now(UTC),
                )
            )
            conn.execute(
                corrections.update()
                .where(corrections.c.to_key == gone["key"])
                .values(to_key=target["key"])
            )
        return target

    def split_entity(self, name: str, alias: str, who: str = "analyst") -> Row:
        """Give the mentions of ``alias`` an entity of their own, now and in later ingests."""
        with self.engine.begin() as conn:
            source = self._one_entity(conn, name)
            norm = normalise(alias)
            key = f"{source['type']}:{norm}"
            if key == source["key"]:
                raise NotFound(
                    "E501", f"{alias!r} is the entity's own name.", "split off another alias."
                )
            conn.execute(
                self._insert(entities).on_conflict_do_nothing(index_elements=["key"]),
                [{"key": key, "name": alias, "type": source["type"]}],
            )
            new = conn.execute(select(entities.c.id).where(entities.c.key == key)).scalar_one()
            moving = (
                select(mentions.c.id)
                .where(mentions.c.entity_id == source["id"])
                .where(func.lower(mentions.c.text) == alias.lower())
            )
            conn.execute(mentions.update().where(mentions.c.id.in_(moving)).values(entity_id=new))
            conn.execute(
                aliases.delete()
                .where(aliases.c.entity_id == source["id"])
                .where(aliases.c.norm == norm)
            )
            conn.execute(
                self._insert(aliases).on_conflict_do_nothing(index_elements=["entity_id", "norm"]),
                [{"entity_id": new, "alias": alias, "norm": norm}],
            )
            conn.execute(
                insert(corrections).values(
                    kind="split",
                    from_key=source["key"],
                    to_key=key,
                    alias=alias,
                    who=who,
                    at=datetime.now(UTC),
                )
            )
            return dict(conn.execute(select(entities).where(entities.c.id == new)).one()._mapping)

    def corrections(self) -> list[Row]:
        """Every merge and split, oldest first."""
        with self.engine.connect() as conn:
            return [
                dict(r._mapping)
                for r in conn.execute(select(corrections).order_by(corrections.c.id))
            ]

    def entity_ids(self, name: str) -> list[int]:
        """Entities whose canonical name or an alias equals ``name`` (case-insensitive)."""
        norm = normalise(name)
        query = select(entities.c.id).where(
            entities.c.id.in_(select(aliases.c.entity_id).where(aliases.c.norm == norm))
        )
        with self.engine.connect() as conn:
            return list(conn.execute(query).scalars())

    def articles(self, limit: int = 100, offset: int = 0) -> list[Row]:
        """Stored and rejected articles, newest first."""
        n_claims = (
            select(func.count()).where(claims.c.article_id == articles.c.id).scalar_subquery()
        )
        query = (
            select(
                articles.c.id,
                articles.c.published,
                articles.c.outlet,
                articles.c.title,
                articles.c.url,
                articles.c.origin,
                articles.c.status,
                articles.c.rejection_code,
                articles.c.rejection_reason,
                articles.c.original_id.label("copy_of"),
                n_claims.label("claims"),
            )
            .order_by(articles.c.published.desc().nulls_last(), articles.c.ingested_at.desc())
            .limit(limit)
            .offset(offset)
        )
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]

    def claims(
        self,
        source: str | None = None,
        about: str | None = None,
        stance: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Row]:
        """Claims, filtered by source or subject (canonical name or alias) and stance."""
        source_entity = entities.alias("source_entity")
        query = (
            select(
                claims.c.id,
                claims.c.article_id,
                articles.c.outlet,
                articles.c.published,
                func.coalesce(source_entity.c.name, claims.c.source_text, articles.c.outlet).label(
                    "source"
                ),
                claims.c.source_text,
                claims.c.anonymous,
                claims.c.cue_text.label("cue"),
                claims.c.stance,
                claims.c.kind,
                claims.c.text.label("content"),
                claims.c.start,
                claims.c.end,
            )
            .join(articles, articles.c.id == claims.c.article_id)
            .outerjoin(source_entity, source_entity.c.id == claims.c.source_entity_id)
        )
        if source:
            ids = self.entity_ids(source)
            query = query.where(
                or_(
                    claims.c.source_entity_id.in_(ids),
                    func.lower(claims.c.source_text) == source.lower(),
                )
            )
        if about:
            ids = self.entity_ids(about)
            query = query.where(
                claims.c.id.in_(
                    select(claim_entities.c.claim_id).where(claim_entities.c.entity_id.in_(ids))
                )
            )
        if stance:
            query = query.where(claims.c.stance == stance)
        query = query.order_by(
            articles.c.published.desc().nulls_last(), claims.c.article_id, claims.c.seq
        )
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query.limit(limit).offset(offset))]

    def figures(
        self,
        about: str | None = None,
        measure: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Row]:
        """Figures with their source, bound and date reported, oldest report first."""
        source_entity = entities.alias("source_entity")
        query = (
            select(
                articles.c.published.label("reported"),
                func.coalesce(source_entity.c.name, quantities.c.source_text).label("source"),
                quantities.c.about,
                quantities.c.measure,
                quantities.c.bound,
                quantities.c.value,
                quantities.c.low,
                quantities.c.high,
                quantities.c.unit,
                quantities.c.text,
                articles.c.outlet,
                quantities.c.article_id,
            )
            .join(articles, articles.c.id == quantities.c.article_id)
            .outerjoin(source_entity, source_entity.c.id == quantities.c.source_entity_id)
        )
        if about:
            query = query.where(quantities.c.about_norm == normalise(about))
        if measure:
            query = query.where(quantities.c.measure == measure)
        query = query.order_by(
            articles.c.published.nulls_last(), quantities.c.article_id, quantities.c.start
        )
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query.limit(limit).offset(offset))]

    def propositions(self, about: str | None = None, similarity: str | None = None) -> list[Row]:
        """Claims grouped into propositions, with who supports, denies or leaves each open.

        ``similarity``: ``lexical`` or ``embedding`` (default ``settings.SIMILARITY``)."""
        query = _claim_rows()
        if about:
            ids = self.entity_ids(about)
            query = query.where(
                claims.c.id.in_(
                    select(claim_entities.c.claim_id).where(claim_entities.c.entity_id.in_(ids))
                )
            )
        with self.engine.connect() as conn:
            rows = list(conn.execute(query))
            linked = self._linked_entities(conn, [r[0] for r in rows])
            held = self._claim_figures(conn, [r[0] for r in rows])
        claim_rows = [_claim_row(r, linked, held) for r in rows]
        method = similarity or settings.SIMILARITY
        vectors = self.text_vectors([c.text for c in claim_rows]) if method == "embedding" else None
        found = group_claims(claim_rows, method, vectors)
        return [
            {
                "proposition": p.text,
                "status": p.status,
                "supported_by": p.by_stance(SUPPORTING),
                "denied_by": p.by_stance({Stance.DENIED}),
                "open_for": p.by_stance(OPEN),
                "claims": len(p.claims),
                "evidence": [
                    {
                        "article_id": c.article_id,
                        "start": c.start,
                        "end": c.end,
                        "source": c.source,
                        "stance": c.stance,
                        "text": c.text,
                        "reported": c.reported,
                    }
                    for c in p.claims
                ],
            }
            for p in found
        ]

    def _linked_entities(self, conn: Connection, claim_ids: list[str]) -> dict[str, set[str]]:
        """Claim id -> the keys (``entity_keys``: names, not ids, so "Port Vell" tagged GPE in
        one article and FAC in another is one place) of the entities it is about."""
        linked: dict[str, set[str]] = defaultdict(set)
        for batch in _batches(claim_ids):
            for claim_id, name, kind in conn.execute(
                select(claim_entities.c.claim_id, entities.c.name, entities.c.type)
                .join(entities, entities.c.id == claim_entities.c.entity_id)
                .where(claim_entities.c.claim_id.in_(batch))
            ):
                linked[claim_id] |= entity_keys(name, kind)
        return linked

    def text_vectors(self, texts: list[str]) -> np.ndarray:
        """Sentence vectors of texts (one row each): read from ``text_vectors``, or encoded
        once and stored there (one transaction; a concurrent writer's rows are kept)."""
        prefix = model_id() + "\n"
        keys = [hashlib.sha256((prefix + t).encode()).hexdigest() for t in texts]
        known: dict[str, bytes] = {}
        wanted = sorted(set(keys))
        with self.engine.connect() as conn:
            for batch in _batches(wanted):
                query = select(text_vectors.c.key, text_vectors.c.vector)
                for key, blob in conn.execute(query.where(text_vectors.c.key.in_(batch))):
                    known[key] = bytes(blob)
        missing = {k: t for k, t in zip(keys, texts, strict=True) if k not in known}
        if missing:
            encoded = encoder().encode(list(missing.values()))
            new = {k: v.astype("<f4").tobytes() for k, v in zip(missing, encoded, strict=True)}
            with self.engine.begin() as conn:
                conn.execute(
                    self._insert(text_vectors).on_conflict_do_nothing(index_elements=["key"]),
                    [{"key": k, "vector": v} for k, v in new.items()],
                )
            known.update(new)
        if not keys:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([np.frombuffer(known[k], dtype="<f4") for k in keys])

    def _claim_figures(self, conn: Connection, claim_ids: list[str]) -> dict[str, list[FigureKey]]:
        """Claim id -> (unit, measure) of each figure its content holds."""
        held: dict[str, list[FigureKey]] = defaultdict(list)
        for batch in _batches(claim_ids):
            for claim_id, unit, measure in conn.execute(
                select(claims.c.id, quantities.c.unit, quantities.c.measure)
                .join(quantities, _CLAIM_HOLDS_FIGURE)
                .where(claims.c.id.in_(batch))
            ):
                held[claim_id].append((unit, measure))
        return held

    def _claims_near_denials(
        self,
        conn: Connection,
        claim_rows: list[Any],
        linked: dict[str, set[str]],
        ids: list[int] | None,
    ) -> list[Any]:
        """Statements of fact (asserted, reported, quoted, estimated) to compare with the
        denials among ``claim_rows``: about the entities ``ids`` asked for (at most
        ``DENIAL_CANDIDATES_PER_ENTITY`` each, the most recent first), or, over the whole
        store, about what each denial is about (its entities, and its source: "he denied
        receiving ...")."""
        denials = [row for row in claim_rows if row[5] == Stance.DENIED.value]
        if not denials:
            return []
        if ids:
            entity_ids, limit = list(ids), settings.DENIAL_CANDIDATES_PER_ENTITY * len(ids)
        else:
            keys: set[str] = set()
            for row in denials:
                keys |= linked.get(row[0], set())
                if row[6]:
                    keys |= entity_keys(row[6], "PERSON")
            entity_ids, limit = [], None
            ordered = sorted(keys)
            for names in _batches(ordered):
                entity_ids += conn.execute(
                    select(aliases.c.entity_id).where(aliases.c.norm.in_(names)).distinct()
                ).scalars()
        seen = {row[0] for row in claim_rows}
        out: list[Any] = []
        for batch in _batches(entity_ids):
            query = (
                _claim_rows()
                .join(claim_entities, claim_entities.c.claim_id == claims.c.id)
                .where(claim_entities.c.entity_id.in_(batch))
                .where(claims.c.stance.in_(sorted(CLAIMED_STANCES)))
                .order_by(articles.c.published.desc())
                .limit(limit)
            )
            for row in conn.execute(query):
                if row[0] not in seen:
                    seen.add(row[0])
                    out.append(row)
        return out

    def _figure_entities(
        self, conn: Connection, article_ids: list[str]
    ) -> dict[tuple[str, int], frozenset[str]]:
        """For each figure of these articles, (article id, start) -> the entity keys
        (``entity_keys``) of the narrowest claim that holds it."""
        out: dict[tuple[str, int], frozenset[str]] = {}
        for batch in _batches(article_ids):
            spans = list(
                conn.execute(
                    select(
                        quantities.c.article_id,
                        quantities.c.start,
                        claims.c.id,
                        claims.c.end - claims.c.start,
                    )
                    .join(claims, _CLAIM_HOLDS_FIGURE)
                    .where(quantities.c.article_id.in_(batch))
                )
            )
            narrowest: dict[tuple[str, int], tuple[int, str]] = {}
            for article_id, start, claim_id, length in spans:
                key = (article_id, start)
                if key not in narrowest or length < narrowest[key][0]:
                    narrowest[key] = (length, claim_id)
            keys = self._linked_entities(conn, sorted({c for _, c in narrowest.values()}))
            for key, (_length, claim_id) in narrowest.items():
                out[key] = frozenset(keys.get(claim_id, set()))
        return out

    def _actor_names(self, conn: Connection, event_ids: list[int]) -> dict[int, list[str]]:
        """The names of each event's actors, in the order the event gives them."""
        names: dict[int, list[str]] = defaultdict(list)
        for batch in _batches(event_ids):
            for event_id, name in conn.execute(
                select(event_actors.c.event_id, entities.c.name)
                .join(entities, entities.c.id == event_actors.c.entity_id)
                .where(event_actors.c.event_id.in_(batch))
                .order_by(event_actors.c.event_id, event_actors.c.position)
            ):
                names[event_id].append(name)
        return names

    def disagreements(self, about: str | None = None) -> list[Disagreement]:
        """Conflicting, updated and not-comparable figures and stances (optionally on one topic).

        ``about`` names what figures count ("North Korean soldiers") or an entity the claims
        are about.
        """
        source_entity = entities.alias("source_entity")
        figure_query = (
            select(
                quantities.c.article_id,
                quantities.c.start,
                quantities.c.end,
                quantities.c.text,
                quantities.c.value,
                quantities.c.low,
                quantities.c.high,
                quantities.c.bound,
                quantities.c.about,
                quantities.c.measure,
                func.coalesce(source_entity.c.name, quantities.c.source_text),
                articles.c.published,
                quantities.c.unit,
            )
            .join(articles, articles.c.id == quantities.c.article_id)
            .outerjoin(source_entity, source_entity.c.id == quantities.c.source_entity_id)
            .where(quantities.c.measure.is_not(None))
            .where(articles.c.original_id.is_(None))  # a wire copy is not a second report
        )
        # figures that name nothing they count are reached through the entities of their claim
        entity_figure_query = figure_query.join(claims, _CLAIM_HOLDS_FIGURE).join(
            claim_entities, claim_entities.c.claim_id == claims.c.id
        )
        turns = claims.c.stance.in_([Stance.DENIED.value, Stance.CONFIRMED.value])
        claim_query = _claim_rows().where(turns)
        ids = self.entity_ids(about) if about else None
        with self.engine.connect() as conn:
            if about and ids is not None:
                names = set(
                    conn.execute(
                        select(aliases.c.norm).where(aliases.c.entity_id.in_(ids))
                    ).scalars()
                )
                # what the figures count, by the name given or any name of that entity (an IN
                # on the indexed column, not an OR over a join, so it stays an index lookup)
                figure_query = figure_query.where(
                    quantities.c.about_norm.in_(sorted(names | {normalise(about)}))
                )
                # driven from the entity's links (a join, not an IN over a subquery: SQLite
                # otherwise walks the stance index, a third of all claims)
                claim_query = (
                    claim_query.join(claim_entities, claim_entities.c.claim_id == claims.c.id)
                    .where(claim_entities.c.entity_id.in_(ids))
                    .distinct()
                )
            rows = {(r[0], r[1]): r for r in conn.execute(figure_query)}
            if ids:
                of_entity = entity_figure_query.where(claim_entities.c.entity_id.in_(ids))
                # the figures that share the entity matter only next to one that names
                # nothing it counts
                if conn.execute(of_entity.where(quantities.c.about.is_(None)).limit(1)).first():
                    for r in conn.execute(of_entity.distinct()):
                        rows.setdefault((r[0], r[1]), r)
            # entities matter only to pair a figure that names nothing it counts
            loose = any(r[8] is None for r in rows.values())
            around = (
                self._figure_entities(conn, sorted({r[0] for r in rows.values()})) if loose else {}
            )
            figures = [
                FigureRow(*row, entities=around.get((row[0], row[1]), frozenset()))  # type: ignore[call-arg]
                for row in rows.values()
            ]
            # a name that is no entity has no claims about it: skip the scan
            claim_rows = list(conn.execute(claim_query)) if ids is None or ids else []
            if ids:  # "Lindqvist denied that he ...": claims whose source is the entity
                seen = {r[0] for r in claim_rows}
                claim_rows += [
                    r
                    for r in conn.execute(
                        _claim_rows().where(turns).where(claims.c.source_entity_id.in_(ids))
                    )
                    if r[0] not in seen
                ]
            linked = self._linked_entities(conn, [r[0] for r in claim_rows])
            near = self._claims_near_denials(conn, claim_rows, linked, ids)
            linked.update(self._linked_entities(conn, [r[0] for r in near]))
            claim_rows += near
            event_rows = self._event_rows(conn, ids)
        stances = [_claim_row(row, linked) for row in claim_rows]
        return find_disagreements(figures, stances, event_rows)

    def _event_rows(self, conn: Connection, ids: list[int] | None) -> list[EventRow]:
        """Events with actor names, place and day, for the event disagreements (only those
        with one of ``ids`` among their actors, when given)."""
        place = entities.alias("place")
        query = (
            select(
                events.c.id,
                events.c.article_id,
                events.c.start,
                events.c.end,
                events.c.text,
                events.c.subtype,
                place.c.name,
                place.c.country,
                events.c.time_begin,
                events.c.time_end,
                articles.c.outlet,
                articles.c.published,
            )
            .join(articles, articles.c.id == events.c.article_id)
            .outerjoin(place, place.c.id == events.c.location_id)
            .where(articles.c.original_id.is_(None))
        )
        if ids is not None:
            if not ids:
                return []
            query = query.where(
                events.c.id.in_(
                    select(event_actors.c.event_id).where(event_actors.c.entity_id.in_(ids))
                )
            )
        rows = list(conn.execute(query))
        actors = self._actor_names(conn, [r[0] for r in rows])
        return [
            EventRow(
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                frozenset(actors.get(r[0], ())),
                r[6],
                r[7],
                r[8] if r[8] is not None and r[8] == r[9] else None,
                r[10],
                r[11],
            )
            for r in rows
        ]

    def sources(self, limit: int = 100) -> list[Row]:
        """Who makes claims: how many, with which stances, about what, how often contradicted."""
        source_entity = entities.alias("source_entity")
        name = func.coalesce(source_entity.c.name, claims.c.source_text)
        stance_counts = [
            func.sum(case((claims.c.stance == s.value, 1), else_=0)).label(s.value)
            for s in Stance
            if s is not Stance.ASSERTED
        ]
        query = (
            select(name.label("source"), func.count().label("claims"), *stance_counts)
            .select_from(claims)
            .outerjoin(source_entity, source_entity.c.id == claims.c.source_entity_id)
            .where(name.is_not(None))
            .group_by(name)
            .order_by(func.count().desc(), name)
            .limit(limit)
        )
        about = entities.alias("about")
        topics = (
            select(name.label("source"), about.c.name, func.count().label("n"))
            .select_from(claims)
            .outerjoin(source_entity, source_entity.c.id == claims.c.source_entity_id)
            .join(claim_entities, claim_entities.c.claim_id == claims.c.id)
            .join(about, about.c.id == claim_entities.c.entity_id)
            .group_by(name, about.c.name)
        )
        with self.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(query)]
            by_source: dict[str, list[tuple[int, str]]] = defaultdict(list)
            for source, topic, n in conn.execute(topics):
                by_source[source].append((n, topic))
        contradicted: dict[str, int] = defaultdict(int)
        for d in self.disagreements():
            if d.kind in _CONTRADICTIONS:
                for side in set(d.between):
                    contradicted[side] += 1
        for r in rows:
            r["about"] = [
                t for _, t in sorted(by_source[r["source"]], key=lambda x: (-x[0], x[1]))[:3]
            ]
            r["contradicted"] = contradicted.get(r["source"], 0)
            r["stances"] = {
                s.value: r.pop(s.value)
                for s in Stance
                if s is not Stance.ASSERTED and r.get(s.value)
            }
        return rows

    def events(
        self,
        about: str | None = None,
        type_: str | None = None,
        where: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Row]:
        """Events with actors, place and time, in the order they happened."""
        place = entities.alias("place")
        query = (
            select(
                events.c.id,
                events.c.time_begin.label("when"),
                events.c.time_value,
                events.c.subtype,
                events.c.type,
                place.c.name.label("where"),
                place.c.lat,
                place.c.lon,
                place.c.precision.label("geo_precision"),
                events.c.modality,
                events.c.negated,
                events.c.text,
                articles.c.published.label("reported"),
                events.c.article_id,
            )
            .join(articles, articles.c.id == events.c.article_id)
            .outerjoin(place, place.c.id == events.c.location_id)
        )
        if about:
            query = query.where(
                events.c.id.in_(
                    select(event_actors.c.event_id).where(
                        event_actors.c.entity_id.in_(self.entity_ids(about))
                    )
                )
            )
        if type_:
            query = query.where(
                or_(events.c.type == type_.upper(), events.c.subtype == type_.lower())
            )
        if where:
            query = query.where(events.c.location_id.in_(self.entity_ids(where)))
        query = query.order_by(events.c.time_begin.nulls_last(), articles.c.published, events.c.id)
        with self.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(query.limit(limit).offset(offset))]
            names = self._actor_names(conn, [r["id"] for r in rows])
        for r in rows:
            r["actors"] = names.get(r["id"], [])
        return rows

    def timeline(
        self,
        about: str | None = None,
        since: date | None = None,
        until: date | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[Row]:
        """Dated claims in the order the things they report happened (not were reported)."""
        source_entity = entities.alias("source_entity")
        query = (
            select(
                claims.c.time_begin.label("when"),
                claims.c.time_end.label("until"),
                claims.c.time_precision.label("precision"),
                func.coalesce(source_entity.c.name, claims.c.source_text).label("source"),
                claims.c.stance,
                claims.c.text.label("content"),
                articles.c.published.label("reported"),
                articles.c.outlet,
                claims.c.article_id,
                claims.c.id,
            )
            .join(articles, articles.c.id == claims.c.article_id)
            .outerjoin(source_entity, source_entity.c.id == claims.c.source_entity_id)
            .where(claims.c.time_begin.is_not(None))
        )
        if about:
            ids = self.entity_ids(about)
            query = query.where(
                claims.c.id.in_(
                    select(claim_entities.c.claim_id).where(claim_entities.c.entity_id.in_(ids))
                )
            )
        if since:
            query = query.where(claims.c.time_end >= since)
        if until:
            query = query.where(claims.c.time_begin <= until)
        query = query.order_by(claims.c.time_begin, claims.c.time_end, claims.c.id)
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query.limit(limit).offset(offset))]

    def entities(self, limit: int = 100, offset: int = 0) -> list[Row]:
        """Entities with their aliases and counts, most mentioned first."""
        n_mentions = (
            select(func.count()).where(mentions.c.entity_id == entities.c.id).scalar_subquery()
        )
        n_claims = (
            select(func.count()).where(claims.c.source_entity_id == entities.c.id).scalar_subquery()
        )
        query = (
            select(
                entities.c.id,
                entities.c.name,
                entities.c.type,
                entities.c.kb_id,
                entities.c.lat,
                entities.c.lon,
                n_mentions.label("mentions"),
                n_claims.label("claims"),
            )
            .order_by(n_mentions.desc(), entities.c.name)
            .limit(limit)
            .offset(offset)
        )
        with self.engine.connect() as conn:
            rows = [dict(r._mapping) for r in conn.execute(query)]
            ids = [r["id"] for r in rows]
            names: dict[int, list[str]] = {}
            for entity_id, alias in conn.execute(
                select(aliases.c.entity_id, aliases.c.alias)
                .where(aliases.c.entity_id.in_(ids))
                .order_by(aliases.c.alias)
            ):
                names.setdefault(entity_id, []).append(alias)
        for r in rows:
            r["aliases"] = [a for a in names.get(r["id"], []) if a != r["name"]]
        return rows

    def export(self) -> Iterator[Row]:
        """Every stored article with its entities, mentions and claims, one dict each."""
        with self.engine.connect() as conn:
            ids = list(
                conn.execute(
                    select(articles.c.id).order_by(articles.c.ingested_at, articles.c.id)
                ).scalars()
            )
        for article_id in ids:
            yield self._article_record(article_id)

    def article(self, article_id: str) -> Row:
        """One article with everything found in it, for display (E501 when it is unknown)."""
        with self.engine.connect() as conn:
            found = conn.execute(select(articles).where(articles.c.id == article_id)).first()
            if found is None:
                raise NotFound(
                    "E501",
                    f"No article {article_id!r} is in the store.",
                    "list them with `newsclaims articles`.",
                )
            record: Row = {"article": dict(found._mapping)}
            record["mentions"] = [
                dict(r._mapping)
                for r in conn.execute(
                    select(
                        mentions.c.start,
                        mentions.c.end,
                        mentions.c.text,
                        entities.c.id.label("entity_id"),
                        entities.c.name,
                        entities.c.type,
                    )
                    .join(entities, entities.c.id == mentions.c.entity_id)
                    .where(mentions.c.article_id == article_id)
                    .order_by(mentions.c.start)
                )
            ]
            record["quantities"] = [
                dict(r._mapping)
                for r in conn.execute(
                    select(quantities)
                    .where(quantities.c.article_id == article_id)
                    .order_by(quantities.c.start)
                )
            ]
            record["times"] = [
                dict(r._mapping)
                for r in conn.execute(
                    select(times).where(times.c.article_id == article_id).order_by(times.c.start)
                )
            ]
        record["claims"] = self._claims_of(article_id)
        return record

    def search(self, query: str, limit: int = 50) -> list[Row]:
        """Claims matching every word of ``query``, full-text (SQLite FTS5, PostgreSQL
        tsvector), best match first."""
        words = [w for w in re.findall(r"\w+", query) if w]
        if not words:
            return []
        columns = (
            claims.c.id, claims.c.article_id, claims.c.text.label("content"), claims.c.stance,
            claims.c.source_text.label("source"), articles.c.title, articles.c.published,
        )  # fmt: skip
        if self.dialect == "sqlite":
            fts = text("SELECT claim_id FROM claims_fts WHERE claims_fts MATCH :q ORDER BY rank")
            match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
            with self.engine.connect() as conn:
                ids = list(conn.execute(fts, {"q": match}).scalars())[:limit]
                rows = conn.execute(
                    select(*columns)
                    .join(articles, articles.c.id == claims.c.article_id)
                    .where(claims.c.id.in_(ids))
                )
                by_id = {r.id: dict(r._mapping) for r in rows}
            return [by_id[i] for i in ids if i in by_id]
        vector = func.to_tsvector(literal_column("'english'"), claims.c.text)
        tsquery = func.plainto_tsquery(literal_column("'english'"), " ".join(words))
        statement = (
            select(*columns)
            .join(articles, articles.c.id == claims.c.article_id)
            .where(vector.op("@@")(tsquery))
            .order_by(func.ts_rank(vector, tsquery).desc())
            .limit(limit)
        )
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(statement)]

    def _article_record(self, article_id: str) -> Row:
        with self.engine.connect() as conn:
            article = dict(
                conn.execute(select(articles).where(articles.c.id == article_id)).one()._mapping
            )
            found = conn.execute(
                select(
                    mentions.c.start,
                    mentions.c.end,
                    mentions.c.text,
                    entities.c.name,
                    entities.c.type,
                )
                .join(entities, entities.c.id == mentions.c.entity_id)
                .where(mentions.c.article_id == article_id)
                .order_by(mentions.c.start)
            )
            mention_rows = [dict(r._mapping) for r in found]
        return {
            "article": article,
            "mentions": mention_rows,
            "claims": list(self._claims_of(article_id)),
        }

    def _claims_of(self, article_id: str) -> list[Row]:
        source_entity = entities.alias("source_entity")
        query = (
            select(claims, source_entity.c.name.label("source_entity"))
            .outerjoin(source_entity, source_entity.c.id == claims.c.source_entity_id)
            .where(claims.c.article_id == article_id)
            .order_by(claims.c.seq)
        )
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(query)]
