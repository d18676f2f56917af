"""The SQL store, one implementation for SQLite and PostgreSQL through SQLAlchemy Core."""

from __future__ import annotations

import bisect
import fcntl
import hashlib
import json
import logging
import operator
import os
import re
import sqlite3
import stat
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import closing, contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import (
    Connection,
    Date,
    DateTime,
    Engine,
    bindparam,
    case,
    create_engine,
    delete,
    event,
    func,
    insert,
    inspect,
    make_url,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import (
    ArgumentError,
    DBAPIError,
    IntegrityError,
    OperationalError,
    SQLAlchemyError,
)

from newsclaims import settings
from newsclaims.errors import ConfigError, InputError, NewsclaimsError, NotFound, StorageError
from newsclaims.lexicons import first_name_gender
from newsclaims.model import (
    MAIN_EVENT_PARTS,
    Analysis,
    Entity,
    EventPart,
    MainEvent,
    shown_text,
    storable,
)
from newsclaims.names import normalise
from newsclaims.reconcile.copies import BAND_WIDTHS, bands, distance, simhash
from newsclaims.reconcile.entities import (
    BEFORE_CHARS,
    first_name_fits,
    org_body,
    org_core,
    org_name,
    person_joins,
    spelling_variant,
    surname_holder,
    words_before,
)
from newsclaims.reconcile.records import (
    DerivedDisagreement,
    DerivedProposition,
    DerivedSourceCount,
    StoryCandidate,
    StoryChoice,
    StoryRecords,
)
from newsclaims.store import merges, reads
from newsclaims.store.base import Row, WriteResult, WriteStatus
from newsclaims.store.items import (
    NO_FILTERS,
    ArticleItem,
    ClaimItem,
    CorrectionItem,
    DisagreementItem,
    EntityItem,
    EventItem,
    FigureItem,
    Filters,
    Listing,
    MarkItem,
    PropositionItem,
    SourceListing,
    StoryItem,
    TimelineItem,
    from_mapping,
)
from newsclaims.store.linking import (
    OrgView,
    among,
    named_in_story,
    namesake_keys,
    person_links,
    story_namesakes,
)
from newsclaims.store.schema import (
    aliases,
    articles,
    claim_entities,
    claims,
    corrections,
    derived_methods,
    disagreement_entities,
    disagreement_sides,
    disagreements,
    entities,
    event_actors,
    events,
    furniture,
    main_event_parts,
    marks,
    mentions,
    metadata,
    proposition_claims,
    propositions,
    quantities,
    source_profiles,
    stories,
    story_keys,
    text_vectors,
    times,
)

T = TypeVar("T")

#: Story grouping as the store calls it: the story index in, the article's story out.
Assigner = Callable[["StoryLookup"], StoryChoice]

#: What an analyst can mark wrong.
MARK_TARGETS = ("claim", "figure", "disagreement")

#: Attempts for a write that meets a locked database, and the first back-off in seconds.
LOCK_RETRIES = 6
LOCK_BACKOFF_S = 0.1

#: PostgreSQL advisory lock id held while migrating, so concurrent openers wait in turn.
MIGRATION_LOCK_ID = 0x6E657773  # "news"

#: First key of the PostgreSQL advisory locks (two-key form, apart from the migration's
#: one-key lock) a writer holds on the ``org_core`` of each organisation it links or makes.
ORG_LOCK_CLASS = 0x6F7267  # "org"

#: Takes the organisation locks ``keys`` (a list of 32-bit ints), in the list's order.
_LOCK_ORGS = text(
    "SELECT pg_advisory_xact_lock(:class, k) FROM unnest(CAST(:keys AS integer[])) AS k"
)

_MIGRATIONS = Path(__file__).parent / "migrations"


def normalise_url(url: str | None) -> str:
    """A SQLAlchemy URL from what a user types: a path, ``sqlite:///``, ``postgresql://``."""
    url = url or settings.default_db_url()
    if "://" not in url:
        return f"sqlite:///{url}"
    scheme, rest = url.split("://", 1)
    if scheme in ("postgresql", "postgres", "postgresql+psycopg"):
        normal = f"postgresql+psycopg://{rest}"
    elif scheme == "sqlite":
        normal = url
    else:
        raise ConfigError(
            "E401",
            f"{url!r} is not a SQLite or PostgreSQL URL.",
            "use sqlite:///path/to/file.db or postgresql://user@host/db.",
        )
    try:
        make_url(normal).port  # noqa: B018 - parses the host and port ("[::1", ":port")
    except (ArgumentError, ValueError) as e:
        raise ConfigError(
            "E401",
            f"{url!r} is not a valid store URL ({e}).",
            "use sqlite:///path/to/file.db or postgresql://user@host:5432/db.",
        ) from e
    return normal


def _refuse_special_file(path: Path | None, url: str) -> None:
    """E305 for a SQLite path that is a FIFO, socket, device or folder: opening a FIFO waits
    for a writer forever, and a device is no database."""
    if path is None:
        return
    try:
        mode = path.stat().st_mode
    except OSError:
        return  # missing (a new store) or unreadable: the opening says which
    if not stat.S_ISREG(mode):
        raise StorageError(
            "E305",
            f"{url} is not a newsclaims store (not a regular file).",
            "give the path of a newsclaims store, or a new file for a new one.",
        )


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _transactional(url: str) -> Engine:
    """A SQLite engine whose transactions cover DDL too (the driver's own ones begin only
    before data changes, so a failed migration left half a schema and ``alembic_version``
    behind): the migration runs in one ``BEGIN IMMEDIATE`` ... ``COMMIT`` or not at all."""
    engine = create_engine(url, future=True)

    def connect(dbapi_connection: Any, record: Any) -> None:
        _sqlite_pragmas(dbapi_connection, record)
        dbapi_connection.isolation_level = None

    def begin(conn: Connection) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    event.listen(engine, "connect", connect)
    event.listen(engine, "begin", begin)
    return engine


def _sqlite_look(path: Path) -> tuple[set[str], set[str]]:
    """The names in a SQLite file's schema and its Alembic revisions, read read-only."""
    with closing(sqlite3.connect(f"file:{path.resolve()}?mode=ro", uri=True)) as raw:
        names = {str(r[0]) for r in raw.execute("SELECT name FROM sqlite_master")}
        recorded = (
            {str(r[0]) for r in raw.execute("SELECT version_num FROM alembic_version")}
            if "alembic_version" in names
            else set()
        )
    return names, recorded


def _remove_sqlite_files(path: Path) -> None:
    """Remove a SQLite file this process created, with its journal files."""
    for suffix in ("", "-wal", "-shm", "-journal", ".migrate.lock"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


@lru_cache(maxsize=1)
def _our_revisions() -> tuple[frozenset[str], str]:
    """Every revision of our migrations, and the head (the one revision no other names as
    its ``down_revision``), read from the migration files: opening a store at the head then
    imports and runs nothing of alembic."""
    revisions: set[str] = set()
    downs: set[str] = set()
    for path in (_MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        if found := re.search(r'^revision\s*=\s*"([^"]+)"', source, re.MULTILINE):
            revisions.add(found.group(1))
        if down := re.search(r'^down_revision\s*=\s*"([^"]+)"', source, re.MULTILINE):
            downs.add(down.group(1))
    heads = revisions - downs
    if len(heads) != 1:  # pragma: no cover - the package ships one line of migrations
        raise ConfigError(
            "E301", "The installed migrations have no single head.", "reinstall newsclaims."
        )
    return frozenset(revisions), heads.pop()


def head_revision() -> str:
    """The newest migration's revision id."""
    return _our_revisions()[1]


_head_revision = head_revision


def _foreign_revision(recorded: set[str]) -> str | None:
    """A recorded Alembic revision that is not one of ours (another application's)."""
    ours = _our_revisions()[0]
    return next((r for r in sorted(recorded) if r not in ours), None)


#: ``normalise`` for the write path's rows (alias norms, figures' subjects, split lookups): the
#: same names come back article after article.
_norm = lru_cache(maxsize=1 << 16)(normalise)


#: The write path's statements, built once (SQLAlchemy still compiles each once per engine).
_INSERT_EVENTS = insert(events).returning(events.c.id, sort_by_parameter_order=True)
_INSERT_FTS = "INSERT INTO claims_fts (claim_id, text) VALUES (?, ?)"

# The write path's statements, built once with their parameters left open: building a
# statement (its expressions and cache key) cost several times what running it did on every
# article (0.2 ms against 0.03 ms for the copy lookup); a built one is compiled once per
# dialect and reused.
_COPIES = (
    select(articles.c.id, articles.c.simhash, articles.c.original_id)
    .where(or_(*(articles.c[f"band{n}"] == bindparam(f"b{n}") for n in range(len(BAND_WIDTHS)))))
    .order_by(articles.c.ingested_at, articles.c.id)
)
_STORY_OF = select(articles.c.story_id).where(articles.c.id == bindparam("article"))
_SET_STORY = (
    update(articles)
    .where(articles.c.id == bindparam("article"))
    .values(story_id=bindparam("story"))
)


@cache
def _entity_ids_of(dialect: str) -> Any:
    """The stored (key, id) of the entity keys ``keys`` (a list)."""
    return select(entities.c.key, entities.c.id).where(among(entities.c.key, "keys", dialect))


@cache
def _corrections_of_keys(dialect: str) -> Any:
    """The analysts' merges and splits of the entity keys ``keys`` (a list), oldest first,
    with the stored id of the entity each points to (none when it is gone)."""
    return (
        select(corrections.c.kind, corrections.c.from_key, corrections.c.to_key, entities.c.id)
        .outerjoin(entities, entities.c.key == corrections.c.to_key)
        .where(or_(corrections.c.kind == "merge", corrections.c.kind == "split"))
        .where(corrections.c.undone_at.is_(None))
        .where(among(corrections.c.from_key, "keys", dialect))
        .order_by(corrections.c.id)
    )


_ENTITY_NAME = select(entities.c.name).where(entities.c.id == bindparam("entity"))
_ENTITY_ALIASES = select(aliases.c.alias).where(aliases.c.entity_id == bindparam("entity"))
_ARTICLE_EVENTS = (
    select(events.c.id).where(events.c.article_id == bindparam("article")).order_by(events.c.id)
)
_STORY_ARTICLES = select(articles.c.id).where(articles.c.story_id == bindparam("story"))


@cache
def _people_by_norm(dialect: str) -> Any:
    """The people the articles of a story name (for ``_full_names_by_surname``) with any of
    the normalised lookup names ``norms``."""
    return (
        select(entities.c.id, entities.c.name, aliases.c.norm)
        .join(aliases, aliases.c.entity_id == entities.c.id)
        .where(entities.c.type == "PERSON")
        .where(among(aliases.c.norm, "norms", dialect))
        .where(named_in_story())
    )


#: The texts and articles of an entity's mentions (``_best_spelling``).
_ENTITY_MENTIONS = select(mentions.c.text, mentions.c.article_id).where(
    mentions.c.entity_id == bindparam("entity")
)
#: The texts of (at most 200 of) an entity's mentions in a story (``_called_by_surname``).
_STORY_MENTIONS_OF = (
    select(mentions.c.text)
    .where(mentions.c.entity_id == bindparam("entity"))
    .where(mentions.c.article_id.in_(_STORY_ARTICLES))
    .limit(200)
)
#: The people (id, name) the articles of a story name.
_STORY_PEOPLE = (
    select(entities.c.id, entities.c.name)
    .where(entities.c.type == "PERSON")
    .where(
        entities.c.id.in_(
            select(mentions.c.entity_id).where(mentions.c.article_id.in_(_STORY_ARTICLES))
        )
    )
    .order_by(entities.c.id)
)
#: The people (id, name) one article names.
_ARTICLE_PEOPLE = (
    select(entities.c.id, entities.c.name)
    .where(entities.c.type == "PERSON")
    .where(
        entities.c.id.in_(
            select(mentions.c.entity_id).where(mentions.c.article_id == bindparam("article"))
        )
    )
    .order_by(entities.c.id)
)


@cache
def _named_earlier(dialect: str) -> Any:
    """Which of the entities ``ids`` an article of a story other than this one names."""
    return (
        select(mentions.c.entity_id)
        .distinct()
        .where(among(mentions.c.entity_id, "ids", dialect))
        .where(mentions.c.article_id.in_(_STORY_ARTICLES))
        .where(mentions.c.article_id != bindparam("article"))
    )


@cache
def _keys_in_story(dialect: str) -> Any:
    """The stored entities of the keys ``keys`` that the articles of a story name."""
    return _entity_ids_of(dialect).where(named_in_story())


_log = logging.getLogger(__name__)

#: Which of these tables (names, found as the store's statements find them) have rows and
#: were never analysed (``reltuples`` -1) or have grown past ``growth`` times their pages at
#: their last ``ANALYZE`` (``SqlStore._refresh_statistics``).
_STALE_TABLES = text(
    "SELECT c.relname FROM pg_class c"
    " WHERE c.oid IN (SELECT to_regclass(quote_ident(t)) FROM unnest(CAST(:tables AS text[])) t)"
    " AND pg_relation_size(c.oid) > 0"
    " AND (c.reltuples < 0 OR pg_relation_size(c.oid)"
    " > :growth * c.relpages * current_setting('block_size')::integer)"
    " ORDER BY c.relname"
)
_NEW_STORY = insert(stories).returning(stories.c.id)
#: The version of a story an article was chosen into, its row locked until the write commits
#: (for the write's own update of it; ``FOR NO KEY UPDATE`` on PostgreSQL, as that ``UPDATE``
#: takes, so that other writers' foreign keys to the story do not wait on it).
_STORY_LOCKED = (
    select(stories.c.version)
    .where(stories.c.id == bindparam("story"))
    .with_for_update(key_share=True)
)
_STORY_KEYS_GO = delete(story_keys).where(story_keys.c.story_id == bindparam("story"))
_STORY_KEYS = insert(story_keys)
_STORY_LABEL = (
    update(stories)
    .where(stories.c.id == bindparam("story"))
    .values(label=bindparam("label"), summary=bindparam("summary"))
)


@cache
def _touch(dialect: str, copies: bool, dated: bool, labelled: bool) -> Any:
    """``_touch_story``'s ``UPDATE`` of one story (``story``), returning its last date: one
    more article (unless a wire copy), its dates widened to ``published`` (when ``dated``),
    its version grown; when ``labelled``, its ``label`` and ``summary`` set too."""
    values: dict[str, Any] = {"version": stories.c.version + 1}
    if not copies:
        values["articles"] = stories.c.articles + 1
    if dated:
        published = bindparam("published", type_=DateTime())
        lowest, highest = (
            (func.min, func.max) if dialect == "sqlite" else (func.least, func.greatest)
        )
        values["first_published"] = func.coalesce(
            lowest(stories.c.first_published, published), published
        )
        values["last_published"] = func.coalesce(
            highest(stories.c.last_published, published), published
        )
    if labelled:
        values["label"] = bindparam("label")
        values["summary"] = bindparam("summary")
    return (
        update(stories)
        .where(stories.c.id == bindparam("story"))
        .values(**values)
        .returning(stories.c.last_published)
    )


@cache
def _insert_returning_id(dialect: str, table: Any, index: tuple[str, ...]) -> Any:
    """``_insert_ignoring`` returning the new row's id."""
    return _insert_ignoring(dialect, table, index).returning(table.c.id)


@cache
def _insert_ignoring(dialect: str, table: Any, index: tuple[str, ...]) -> Any:
    """``INSERT ... ON CONFLICT (index) DO NOTHING`` on ``table``, built once per dialect."""
    module = postgresql if dialect == "postgresql" else sqlite
    return module.insert(table).on_conflict_do_nothing(index_elements=list(index))


#: Which articles' rows ``SqlStore._move_entity_rows`` moves: those of a story, of one
#: article, or of every article (an analyst's merge); the story's or article's id is the
#: ``move_scope`` parameter.
MoveScope = tuple[str, int | str | None]


@cache
def _move_statements(scope: str) -> tuple[Any, ...]:
    """The statements that point the rows of the articles in ``scope`` ("story", "article",
    "all") naming entity ``move_old`` at ``move_new``, in the order they run; built once with
    their parameters open (an entity moves in a third of the realnews articles, and building
    these twelve statements cost more than running them)."""
    old: Any = bindparam("move_old")
    new: Any = bindparam("move_new")
    if scope == "story":
        ids = select(articles.c.id).where(articles.c.story_id == bindparam("move_scope"))
    elif scope == "article":
        ids = select(articles.c.id).where(articles.c.id == bindparam("move_scope"))
    else:
        ids = select(articles.c.id)
    done: list[Any] = [
        table.update()
        .where(table.c.entity_id == old)
        .where(table.c.article_id.in_(ids))
        .values(entity_id=new)
        for table in (mentions, main_event_parts)
    ]
    done += [
        table.update()
        .where(table.c.source_entity_id == old)
        .where(table.c.article_id.in_(ids))
        .values(source_entity_id=new)
        for table in (claims, quantities)
    ]
    done.append(
        events.update()
        .where(events.c.location_id == old)
        .where(events.c.article_id.in_(ids))
        .values(location_id=new)
    )
    owners = (
        (claim_entities, "claim_id", select(claims.c.id).where(claims.c.article_id.in_(ids))),
        (event_actors, "event_id", select(events.c.id).where(events.c.article_id.in_(ids))),
    )
    for table, owner, theirs in owners:
        taken = select(table.c[owner]).where(table.c.entity_id == new)
        mine = table.c[owner].in_(theirs)
        done.append(
            table.delete()
            .where(table.c.entity_id == old)
            .where(mine)
            .where(table.c[owner].in_(taken))
        )
        done.append(
            table.update().where(table.c.entity_id == old).where(mine).values(entity_id=new)
        )
    return tuple(done)


#: Whether anything still names entity ``move_old`` (after its rows moved), one query each.
_STILL_USED = tuple(
    select(column).where(owner == bindparam("move_old")).limit(1)
    for column, owner in (
        (mentions.c.id, mentions.c.entity_id),
        (main_event_parts.c.article_id, main_event_parts.c.entity_id),
        (claims.c.id, claims.c.source_entity_id),
        (quantities.c.id, quantities.c.source_entity_id),
        (events.c.id, events.c.location_id),
        (claim_entities.c.claim_id, claim_entities.c.entity_id),
        (event_actors.c.event_id, event_actors.c.entity_id),
    )
)
_MOVED_ALIASES = select(aliases.c.alias, aliases.c.norm).where(
    aliases.c.entity_id == bindparam("move_old")
)
#: The stored key of entity ``move_old``.
_OLD_KEY = select(entities.c.key).where(entities.c.id == bindparam("move_old")).scalar_subquery()
#: Whether an analyst split an alias into entity ``move_old``.
_SPLIT_INTO_OLD = (
    select(corrections.c.id)
    .where(corrections.c.kind == "split")
    .where(corrections.c.to_key == _OLD_KEY)
    .exists()
)
#: What goes with an entity nothing names any more, in this order. A live merge into it
#: follows its rows to ``move_new``, as a merge into a merged entity does: left on the gone
#: key, a merge into a bare surname that a later article relinked could never be undone
#: (E601). Nothing else follows: a merge undone keeps the target the analyst chose in the
#: record, and an entity an analyst split an alias into stays, with its aliases, for the
#: split's later mentions in every story (following one story's relink, the split sent them
#: to whomever that story's later article named in full). The redirect needs no undo of its
#: own: a relink is never undone, the merge's undo moves its rows from wherever its target
#: now is, and an analyst merge's undo turns back only the redirects it recorded.
_GONE = (
    corrections.update()
    .where(corrections.c.kind == "merge")
    .where(corrections.c.undone_at.is_(None))
    .where(corrections.c.to_key == _OLD_KEY)
    .values(
        to_key=select(entities.c.key)
        .where(entities.c.id == bindparam("move_new"))
        .scalar_subquery()
    ),
    *(
        statement.where(~_SPLIT_INTO_OLD)
        for statement in (
            disagreement_entities.delete().where(
                disagreement_entities.c.entity_id == bindparam("move_old")
            ),
            aliases.delete().where(aliases.c.entity_id == bindparam("move_old")),
            entities.delete().where(entities.c.id == bindparam("move_old")),
        )
    ),
)


def _org_lock_keys(orgs: Iterable[Entity]) -> list[int]:
    """The advisory lock keys of these organisations' ``org_core`` (a stable 32-bit hash),
    sorted, so that writers take shared ones in one order. Two names that may be one
    organisation (one ``org_name``, or one ``org_core`` in a story) share a core."""
    digests = {hashlib.blake2b(org_core(e.name).encode(), digest_size=4).digest() for e in orgs}
    return sorted(int.from_bytes(d, "big", signed=True) for d in digests)


def _refuse_unstorable(analysis: Analysis) -> None:
    """Refuses (E302, before anything is written) a hand-built analysis whose entities' keys,
    names or aliases hold a NUL or a lone surrogate. Extraction never makes one (an article's
    text is cleaned when read); the store looks entities up by these strings, and SQLite's
    ``json_each`` cut a key list at a NUL, so the write failed after every retry as if a
    concurrent writer had deleted the entity. Replacing the character instead would join two
    entities whose keys differ only there."""
    looked_up = "\n".join(s for e in analysis.entities for s in (e.key, e.name, *e.aliases))
    if storable(looked_up) is not looked_up:
        raise StorageError(
            "E302",
            "an entity's key, name or alias holds a NUL or a lone surrogate; nothing of the "
            "article was stored",
            "clean the analysis's strings (newsclaims.model.storable) before storing it",
        )


def _lookup_names(entity: Entity) -> list[str]:
    """Names an entity is found by: canonical, a person's surname, and aliases, in that order
    and each once. The order decides which spelling of a norm is kept ("Ruiz" before an
    alias "RUIZ"); a set made it depend on the process's string hashing."""
    names = [entity.name]
    if entity.type == "PERSON" and len(entity.name.split()) > 1:
        names.append(entity.name.split()[-1])
    return list(dict.fromkeys([*names, *entity.aliases]))


#: ``_bulk_insert``'s statements, by dialect name, placeholder style, table, columns and
#: the unique index whose conflicts are ignored.
_BULK: dict[tuple[str, str, str, tuple[str, ...], tuple[str, ...]], tuple[str, frozenset[int]]] = {}


def _bulk_insert(
    dialect: Any, table: Any, columns: tuple[str, ...], ignoring: tuple[str, ...] = ()
) -> tuple[str, frozenset[int]]:
    """The driver's ``INSERT`` of these columns of ``table`` (its own placeholders), and the
    positions of the date columns SQLite needs as text; made once per dialect. ``ignoring``
    (SQLite): a row that conflicts on this unique index is skipped (``ON CONFLICT DO
    NOTHING``)."""
    key = (dialect.name, dialect.paramstyle, table.name, columns, ignoring)
    made = _BULK.get(key)
    if made is None:
        quote = dialect.identifier_preparer.quote
        mark = "?" if dialect.paramstyle == "qmark" else "%s"
        names = f"{quote(table.name)} ({', '.join(quote(c) for c in columns)})"
        if dialect.name == "postgresql":  # the rows go by COPY (``_insert_many``)
            statement = f"COPY {names} FROM STDIN"
        else:
            statement = f"INSERT INTO {names} VALUES ({', '.join(mark for _ in columns)})"
            if ignoring:
                index = ", ".join(quote(c) for c in ignoring)
                statement += f" ON CONFLICT ({index}) DO NOTHING"
        dates = frozenset(
            i
            for i, c in enumerate(columns)
            if dialect.name == "sqlite" and isinstance(table.c[c].type, Date)
        )
        made = _BULK[key] = (statement, dates)
    return made


def _entity_row(e: Entity) -> dict[str, Any]:
    return {
        "key": e.key,
        "name": e.name,
        "type": e.type,
        "kb_id": e.kb_id,
        "country": e.country,
        "lat": e.lat,
        "lon": e.lon,
        "precision": e.precision,
    }


def _alias_rows(entity_id: int, names: Iterable[str]) -> list[dict[str, Any]]:
    """Alias rows giving an entity these names to be found by."""
    return [{"entity_id": entity_id, "alias": n, "norm": normalise(n)} for n in names]


def main_event_rows(
    main: MainEvent, article_id: str, ids: dict[str, int], event_id: int | None
) -> list[dict[str, Any]]:
    """The rows of ``main_event_parts`` for one article's main event."""
    rows = []
    for name in MAIN_EVENT_PARTS:
        part: EventPart | None = getattr(main, name)
        interval = main.when_interval if name == "when" else None
        if part is None and interval is None:
            continue
        rows.append(
            {
                "article_id": article_id,
                "part": name,
                "start": part.start if part else None,
                "end": part.end if part else None,
                "text": part.text if part else None,
                "in_title": part.in_title if part else False,
                "entity_id": ids.get(part.entity) if part and part.entity else None,
                "time_value": interval.value if interval else None,
                "time_begin": interval.begin if interval else None,
                "time_end": interval.end if interval else None,
                "time_precision": interval.precision if interval else None,
                "event_id": event_id,
            }
        )
    return rows


def _is_locked(error: DBAPIError) -> bool:
    message = str(error.orig).lower()
    return "database is locked" in message or "deadlock" in message or "busy" in message


def _is_retried(error: Exception, dialect: str) -> bool:
    """Whether a write that failed so is done again: a lock it could not get (SQLite busy, a
    deadlock), what a concurrent writer changed under it (``_ChangedMeanwhile``), or, on
    PostgreSQL, a row it refers to that a concurrent writer of the same story deleted
    meanwhile (an entity relinked away: foreign key violation, SQLSTATE 23503). SQLite
    writers run one at a time, so there such a violation is no race and fails at once."""
    if isinstance(error, _ChangedMeanwhile):
        return True
    if isinstance(error, OperationalError):
        return _is_locked(error)
    return (
        dialect == "postgresql"
        and isinstance(error, IntegrityError)
        and getattr(error.orig, "sqlstate", None) == "23503"
    )


class _ChangedMeanwhile(Exception):
    """A concurrent writer changed what this write read, so that it cannot go on: an entity
    found stored was deleted (relinked away by a writer of the same story) before this write
    read its id. The write is done again."""


def _in_utc(stamp: datetime | None) -> datetime | None:
    """A stamp as the store keeps it: an aware one moved to UTC (SQLite keeps only the wall
    clock, so 07:15+02:00 was read back as 07:15 UTC while PostgreSQL kept the instant); a
    naive one is already read as UTC everywhere."""
    if stamp is None or stamp.tzinfo is None:
        return stamp
    return stamp.astimezone(UTC)


#: Key of ``Connection.info`` (the DBAPI connection's own dict: one thread at a time uses a
#: connection) counting the entity moves made on it (``SqlStore._move_entity_rows``).
_MOVES = "newsclaims_entity_moves"


def _moves_on(conn: Connection) -> int:
    """The entity moves made so far on this connection: a read made before one is stale."""
    return int(conn.info.get(_MOVES, 0))


@dataclass
class _StoryNamesakes:
    """What the first ``_person_links`` of one article's write read of its story's namesakes,
    for ``_relink_person_types`` of the same write: made by ``_write_records`` for each
    article (and each retry), passed down, never kept on the store object, which the API's
    request threads share (two overlapping writes would read each other's rows)."""

    asked: set[str] = field(default_factory=set)
    """The keys the read asked ``story_namesakes`` for."""
    rows: list[tuple[int, str, str, str, bool]] | None = None
    """What it read; None until the first read."""
    moves: int = 0
    """``_moves_on`` the write's connection then."""


class _NewOrgs:
    """The organisations ``SqlStore._link_or_upsert`` made for one article and has not
    stored yet, under provisional ids above any stored id and growing in the order they were
    made (as the stored ids will be), so the loop compares them as it would stored ones."""

    #: The first provisional id.
    FIRST = 1 << 62

    def __init__(self) -> None:
        self.rows: dict[int, dict[str, Any]] = {}
        """Provisional id -> the entity row waiting to be stored."""
        self.ids: dict[int, int] = {}
        """Provisional id -> stored id, once stored."""
        self._made = 0

    def add(self, entity: Entity) -> int:
        """Make ``entity`` a new organisation; its provisional id."""
        made = self.FIRST + self._made
        self._made += 1
        self.rows[made] = _entity_row(entity)
        return made

    def stored(self, entity_id: int) -> int:
        """The stored id of ``entity_id`` (itself unless provisional and stored since)."""
        return self.ids.get(entity_id, entity_id)


class SqlStore:
    """A store over one SQLAlchemy engine."""

    def __init__(self, url: str | None = None, create: bool = True) -> None:
        """Open the store at ``url``. ``create`` (what ``ingest`` and writes do) makes a
        missing store and migrates an older one; without it (the commands that only read) a
        missing store is E304 and nothing is created. Either way, a database that is not a
        newsclaims store (another application's tables or Alembic history) is E305 and is
        left untouched, a store already at the current schema is not written to on opening,
        and a read-only SQLite file is opened read-only."""
        self.url = normalise_url(url)
        self.writes_on_read = True
        """Whether a read of derived results may derive stale ones first (the server says no)."""
        self.methods_wanted: set[str] = set()
        """Ways of grouping propositions that reads asked for and a background refresh owes."""
        self.dialect = "postgresql" if self.url.startswith("postgresql") else "sqlite"
        self.read_only = False
        self._writes = 0
        """Articles this store object has written (``add``): when to check statistics."""
        self._stats_warned = False
        """Whether a failed statistics check was logged (once per store object)."""
        path = self._sqlite_path()
        _refuse_special_file(path, self.url)
        created = path is not None and not path.exists()
        if created and not create:
            raise StorageError(
                "E304",
                f"There is no store at {self.url}.",
                "check the path, or ingest something into it first.",
            )
        if path is not None and not created and not os.access(path, os.W_OK):
            self.read_only = True
        try:
            self.engine: Engine = create_engine(self._engine_url(), future=True)
            if self.dialect == "sqlite":
                event.listen(self.engine, "connect", _sqlite_pragmas)
            self._retry(lambda: self._open(create))
        except NewsclaimsError:
            self.engine.dispose()
            raise
        except (SQLAlchemyError, ImportError, OSError) as e:
            if created and path is not None:
                self.engine.dispose()
                _remove_sqlite_files(path)
            raise StorageError(
                "E301",
                f"The store at {self.url} could not be opened: {e}",
                "check the URL, that the server runs, and that the folder is writable.",
            ) from e

    # -- set-up -------------------------------------------------------------------------

    @property
    def sqlite_file(self) -> Path | None:
        """The file of a SQLite store (None for PostgreSQL and in-memory stores)."""
        return self._sqlite_path()

    def _sqlite_path(self) -> Path | None:
        """The file of a SQLite store (None for PostgreSQL and in-memory stores)."""
        if self.dialect != "sqlite":
            return None
        database = make_url(self.url).database
        if not database or database == ":memory:" or database.startswith("file:"):
            return None
        return Path(database)

    def _engine_url(self) -> str:
        """The URL to connect with: a read-only SQLite file is opened read-only."""
        path = self._sqlite_path()
        if self.read_only and path is not None:
            return f"sqlite:///file:{path.resolve()}?mode=ro&uri=true"
        return self.url

    def _revisions(self) -> tuple[set[str], str | None, bool]:
        """What the database holds, read without writing: the Alembic revisions recorded,
        whether it has an Alembic table, and whether it has tables of any kind."""
        if self.dialect == "sqlite" and (path := self._sqlite_path()) is not None:
            if not path.exists():
                return set(), None, False
            # a raw read-only look: connecting through the engine sets WAL mode, a write
            try:
                names, recorded = _sqlite_look(path)
            except sqlite3.DatabaseError as e:
                raise StorageError(
                    "E305",
                    f"{self.url} is not a newsclaims store ({e}).",
                    "give the path of a newsclaims store, or a new file for a new one.",
                ) from e
            tables = {n for n in names if not n.startswith("sqlite_")}
        else:
            with self.engine.connect() as conn:
                tables = set(inspect(conn).get_table_names())
                recorded = (
                    set(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
                    if "alembic_version" in tables
                    else set()
                )
        foreign = _foreign_revision(recorded)
        return recorded, foreign, bool(tables - {"alembic_version"})

    def _open(self, create: bool) -> None:
        recorded, foreign, has_tables = self._revisions()
        if foreign is not None or (self.dialect == "sqlite" and has_tables and not recorded):
            raise StorageError(
                "E305",
                f"{self.url} is not a newsclaims store"
                + (f" (its Alembic revision {foreign!r} is not ours)." if foreign else "."),
                "give the path of a newsclaims store, or a new file for a new one.",
            )
        if recorded == {_head_revision()}:
            return  # current: opening writes nothing
        if not recorded and not create:
            raise StorageError(
                "E304",
                f"{self.url} holds no newsclaims store.",
                "check the path, or ingest something into it first.",
            )
        if self.read_only:
            raise StorageError(
                "E301",
                f"The store at {self.url} has an older schema and is read-only.",
                "open it once with write access (any ingest) to upgrade it.",
            )
        self._migrate()

    def _migrate(self) -> None:
        from alembic import command  # noqa: PLC0415 - only when the schema is behind
        from alembic.config import Config  # noqa: PLC0415

        config = Config()
        config.set_main_option("script_location", str(_MIGRATIONS))
        # a SQLite file migrates on its own connection with DDL in the transaction; an
        # in-memory database exists only on the engine's own connection
        engine = _transactional(self.url) if self._sqlite_path() is not None else self.engine
        try:
            with self._migration_lock(), engine.begin() as conn:
                if self.dialect == "postgresql":
                    conn.execute(
                        text("SELECT pg_advisory_xact_lock(:id)"), {"id": MIGRATION_LOCK_ID}
                    )
                config.attributes["connection"] = conn
                command.upgrade(config, "head")
        finally:
            if engine is not self.engine:
                engine.dispose()

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

    @contextmanager
    def _writing(self) -> Iterator[Connection]:
        """A write transaction. On SQLite it takes the write lock first (``BEGIN IMMEDIATE``):
        a writer that meets another then waits for it (``busy_timeout``) instead of failing at
        once when it upgrades a read snapshot that another writer has made stale ("database
        is locked"; the soak met it with the server deriving while an ingest wrote)."""
        with self.engine.begin() as conn:
            if self.dialect == "sqlite":
                conn.exec_driver_sql("BEGIN IMMEDIATE")
            yield conn

    def _retry(self, work: Callable[[], T]) -> T:
        delay = LOCK_BACKOFF_S
        for attempt in range(LOCK_RETRIES):
            try:
                return work()
            except (OperationalError, IntegrityError, _ChangedMeanwhile) as e:
                if not _is_retried(e, self.dialect) or attempt == LOCK_RETRIES - 1:
                    raise
                time.sleep(delay)
                delay *= 2
        raise AssertionError("unreachable")  # pragma: no cover

    def _insert_many(
        self,
        conn: Connection,
        table: Any,
        rows: list[dict[str, Any]],
        ignoring: tuple[str, ...] = (),
    ) -> None:
        """Insert rows (dicts with the same keys, in the same order) in one executemany
        handed straight to the driver: SQLAlchemy's processing of each row's parameters was
        about a fifth of an article's write. Values go as the driver takes them; on SQLite a
        date goes as SQLAlchemy's ``Date`` writes it (ISO ``YYYY-MM-DD``). ``ignoring``: the
        unique index whose conflicting rows are skipped (``INSERT ... ON CONFLICT DO
        NOTHING``; on PostgreSQL through SQLAlchemy, as ``COPY`` cannot skip a row)."""
        if not rows:
            return
        if ignoring and conn.dialect.name == "postgresql":
            conn.execute(_insert_ignoring(self.dialect, table, ignoring), rows)
            return
        columns = tuple(rows[0])
        statement, dates = _bulk_insert(conn.dialect, table, columns, ignoring)
        values = operator.itemgetter(*columns)
        params: list[Any] = [values(r) for r in rows]
        if len(columns) == 1:
            params = [(p,) for p in params]
        if conn.dialect.name == "postgresql":
            # one COPY within the transaction: psycopg's executemany adapts, binds and
            # executes each row (a pipelined statement per row), about a tenth of a write
            driver = conn.connection.driver_connection
            assert driver is not None
            dbapi = conn.dialect.loaded_dbapi
            try:
                with driver.cursor() as cursor, cursor.copy(statement) as copy:
                    for row in params:
                        copy.write_row(row)
            except dbapi.Error as e:
                # as SQLAlchemy raises a statement's error (a deadlock is an OperationalError
                # that ``_retry`` retries; any other is E302), not the driver's own; a lost
                # server drops the connection, as SQLAlchemy does, so that no later write
                # is handed the dead one by the pool
                lost = conn.dialect.is_disconnect(e, driver, None)
                if lost:
                    conn.invalidate(e)
                raise DBAPIError.instance(
                    statement, None, e, dbapi.Error, connection_invalidated=lost
                ) from e
            return
        for i in dates:  # only the date columns are read again, not every value of a row
            params = [
                (*p[:i], p[i].isoformat(), *p[i + 1 :]) if p[i] is not None else p for p in params
            ]
        conn.exec_driver_sql(statement, params)

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

    def add(self, analysis: Analysis, assign: Assigner | None = None) -> WriteResult:
        """Write one article and all its records in one transaction; a re-ingest is a no-op.

        ``assign`` (story grouping, given by the service) chooses the article's story from
        the story index, inside the same transaction; a wire copy joins its original's. A
        NUL in a hand-built analysis's entities is refused (``_refuse_unstorable``)."""
        _refuse_unstorable(analysis)
        try:
            written = self._retry(lambda: self._write(analysis, assign))
        except (SQLAlchemyError, _ChangedMeanwhile) as e:
            raise StorageError(
                "E302",
                f"Writing article {analysis.article.id} failed: {e}",
                "check the store; nothing of this article was stored.",
            ) from e
        if self.dialect == "postgresql":
            self._writes += 1
            if (self._writes - 1) % settings.PG_STATS_CHECK_ARTICLES == 0:
                self._refresh_statistics()
        return written

    def _refresh_statistics(self) -> None:
        """``ANALYZE`` the store's tables that were never analysed or have grown past
        ``PG_STATS_GROWTH`` times their pages at their last ``ANALYZE`` (PostgreSQL; see
        ``settings.PG_STATS_CHECK_ARTICLES``); one query when none has. A table another
        writer is analysing is skipped. Statistics only steer the planner: a failure here
        leaves the old ones and the article written."""
        try:
            with self.engine.begin() as conn:
                stale = list(
                    conn.execute(
                        _STALE_TABLES,
                        {
                            "tables": [t.name for t in metadata.sorted_tables],
                            "growth": settings.PG_STATS_GROWTH,
                        },
                    ).scalars()
                )
                if stale:
                    names = ", ".join(f'"{name}"' for name in stale)
                    conn.exec_driver_sql(f"ANALYZE (SKIP_LOCKED) {names}")
        except SQLAlchemyError as e:
            if not self._stats_warned:  # once per store: the check fails the same way each time
                self._stats_warned = True
                _log.warning(
                    "refreshing planner statistics failed (ANALYZE (SKIP_LOCKED) needs "
                    "PostgreSQL 12 or later); articles are still written, the planner "
                    "keeps its old statistics: %s",
                    e,
                )

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
            for chunk in reads.batches(wanted):
                found.update(
                    conn.execute(select(articles.c.id).where(articles.c.id.in_(chunk))).scalars()
                )
        return found

    def _write(self, analysis: Analysis, assign: Assigner | None = None) -> WriteResult:
        article = analysis.article
        rejection = analysis.rejection
        status = WriteStatus.REJECTED if rejection else WriteStatus.STORED
        fingerprint = simhash(article.text)
        with self._writing() as conn:
            original = self._original_of(conn, fingerprint)
            inserted = conn.execute(
                _insert_returning_id(self.dialect, articles, ("id",)),
                {
                    "id": article.id,
                    "url": article.url,
                    "outlet": article.outlet,
                    "title": article.title,
                    "published": article.published,
                    "published_at": _in_utc(article.published_at),
                    "language": article.language,
                    "author": article.author,
                    "origin": article.origin,
                    "text": article.text,
                    "status": status.value,
                    "rejection_code": rejection.code if rejection else None,
                    "rejection_reason": rejection.reason if rejection else None,
                    "ingested_at": datetime.now(UTC),
                    "simhash": f"{fingerprint:016x}",
                    **{f"band{n}": band for n, band in enumerate(bands(fingerprint))},
                    "original_id": original,
                },
            ).first()
            if inserted is None:
                return WriteResult(article.id, WriteStatus.DUPLICATE)
            self._insert_many(
                conn,
                furniture,
                [
                    {"article_id": article.id, "start": f.start, "end": f.end, "kind": f.kind}
                    for f in analysis.furniture
                ],
            )
            if rejection is None:
                story_id, merged = self._join_story(conn, analysis, original, assign)
                self._write_records(conn, analysis, story_id)
                self._link_shared_surnames(conn, analysis, story_id)
                self._link_first_names(conn, analysis, story_id, whole=merged)
        return WriteResult(article.id, status)

    def _original_of(self, conn: Connection, fingerprint: int) -> str | None:
        """The first stored article this text nearly repeats (wire copy), if any."""
        found = conn.execute(_COPIES, {f"b{n}": b for n, b in enumerate(bands(fingerprint))}).all()
        for article_id, other, original in found:
            if other and distance(int(other, 16), fingerprint) <= settings.COPY_MAX_BITS:
                return str(original or article_id)
        return None

    def _entity_ids(
        self,
        conn: Connection,
        analysis: Analysis,
        story_id: int | None = None,
        merges: list[tuple[str, str, int | None]] | None = None,
        namesakes: _StoryNamesakes | None = None,
    ) -> dict[str, int]:
        """Entity ids by key, creating entities as needed, following analysts' merges, and
        linking a person named by surname alone to the one person of that surname the
        article's story names in full (``_surname_links``). ``merges`` are the merges of the
        article's keys (``_corrections_of``), when read already; ``namesakes`` keeps the
        write's first read of the story's namesakes (``_person_links``)."""
        if not analysis.entities:
            return {}
        if merges is None:
            merges = self._corrections_of(conn, [e.key for e in analysis.entities])[0]
        speakers = [c.source_entity for c in analysis.claims if c.source_entity]
        joins = person_joins(analysis.entities, speakers)
        if joins:  # "Ben Zobrist" typed ORG once and PERSON once: one person
            rest = replace(
                analysis, entities=tuple(e for e in analysis.entities if e.key not in joins)
            )
            ids = self._entity_ids(conn, rest, story_id, merges, namesakes)
            return {**ids, **{k: ids[v] for k, v in joins.items() if v in ids}}
        linked = {
            **self._surname_links(conn, analysis, story_id),
            **self._person_links(conn, analysis, speakers, story_id, namesakes),
        }
        if linked:
            rest = replace(
                analysis, entities=tuple(e for e in analysis.entities if e.key not in linked)
            )
            return {**self._entity_ids(conn, rest, story_id, merges, namesakes), **linked}
        keys = {e.key for e in analysis.entities}
        merged = {k: to for k, to, _ in merges if k in keys}
        if merged:
            targets = {to: i for _, to, i in merges if i is not None}
            fresh = [e for e in analysis.entities if e.key not in merged]
            ids = self._link_or_upsert(conn, fresh, analysis.article.id, story_id) if fresh else {}
            ids.update({k: targets[v] for k, v in merged.items() if v in targets})
            return ids
        return self._link_or_upsert(conn, list(analysis.entities), analysis.article.id, story_id)

    def _link_or_upsert(
        self, conn: Connection, found: list[Entity], article_id: str, story_id: int | None
    ) -> dict[str, int]:
        """Entity ids by key, for the article ``article_id`` of story ``story_id``. An
        organisation is one with the stored organisation of its name once legal forms are
        removed ("Acme Inc" and "Acme": ``org_name``), in any story; a family member or
        national arm ("Acme International", "Acme UK": the same ``org_core``) is one with the
        bare name only where the article's story (or the article, when it has no story) names
        both: across stories the same words may name two bodies (org_suffixes.tsv). Any other
        entity is found by its key or created. Only ORG names are joined this way: people are
        never joined by a shared word (two Smiths are two people)."""
        orgs = [e for e in found if e.type == "ORG"]
        rest = [e for e in found if e.type != "ORG"]
        if orgs and self.dialect == "postgresql":
            # a concurrent writer of "Zeta" and this one of "Zeta Corp" would each read the
            # organisations before the other's commit and make two: the second waits here
            # until the first commits, and then reads its organisation (read committed)
            conn.execute(_LOCK_ORGS, {"class": ORG_LOCK_CLASS, "keys": _org_lock_keys(orgs)})
        ids = self._upsert_entities(conn, rest) if rest else {}
        scope: MoveScope = ("article", article_id) if story_id is None else ("story", story_id)
        # one at a time, so that variants within one article join each other; the lookups
        # are answered by a view of the stored organisations read once (again after rows
        # move), and the aliases wait for one statement, written before anything reads them.
        # New organisations wait too (``_NewOrgs``): they are inserted in one statement,
        # before rows move and at the end, in the order the loop made them
        view: OrgView | None = None
        names: list[dict[str, Any]] = []
        new = _NewOrgs()
        for n, e in enumerate(orgs):
            if view is None:
                view = OrgView(conn, self.dialect, orgs[n:], article_id, story_id)
            target = self._org_by_name(conn, view, e, names, new)
            core = org_core(e.name)
            here = set(ids.values())
            bare = normalise(e.name) == core
            if not org_body(e.name):
                # an arm ("Acme UK"): the bare name ("Acme") that the story names, if any; two
                # suffixed names ("Nord Corp", "Nord UK") never join each other directly
                named = self._orgs_of_core(view, core, here)
                bodies = [i for i, _key, name in named if normalise(name) == core]
                if bodies:
                    target = min(bodies)
                    names += _alias_rows(target, _lookup_names(e))
            if target is None:
                target = new.add(e)
                view.added(e, target)
                names += _alias_rows(target, _lookup_names(e))
            ids[e.key] = target
            if not bare:
                continue
            # a bare name ("Acme"): the arms its story named apart until now are it there
            for listed, key_name, arm_name in self._orgs_of_core(view, core, here | {target}):
                # (ids made before a move below are stored ones from then on)
                arm, target = new.stored(listed), new.stored(target)
                if arm == target or org_body(key_name):
                    continue
                if story_id is not None:
                    self._stale_stories(conn, [story_id])
                ids = self._flush_new_orgs(conn, new, ids, names)  # the move reads them
                arm, target = new.stored(arm), new.stored(target)
                names = []
                self._move_entity_rows(conn, arm, target, scope)
                names += _alias_rows(target, [arm_name])
                ids.update({k: target for k, v in ids.items() if v == arm})
                view = None  # rows moved and entities went: read the view again
        return self._flush_new_orgs(conn, new, ids, names)

    def _flush_new_orgs(
        self,
        conn: Connection,
        new: _NewOrgs,
        ids: dict[str, int],
        names: list[dict[str, Any]],
    ) -> dict[str, int]:
        """Store the organisations waiting in ``new``, then the alias rows ``names`` (in
        their order) under the stored ids; ``ids`` with every waiting id made a stored one."""
        self._insert_new_orgs(conn, new)
        self._add_alias_rows(conn, [{**r, "entity_id": new.stored(r["entity_id"])} for r in names])
        return {k: new.stored(v) for k, v in ids.items()}

    def _insert_new_orgs(self, conn: Connection, new: _NewOrgs) -> None:
        """Store the organisations waiting in ``new`` in one statement, in the order they
        were made (so each gets the id one insert each gave it), and learn their ids."""
        if not new.rows:
            return
        stored = self._store_entity_rows(conn, list(new.rows.values()))
        new.ids.update({i: stored[r["key"]] for i, r in new.rows.items()})
        new.rows = {}

    def _store_entity_rows(self, conn: Connection, rows: list[dict[str, Any]]) -> dict[str, int]:
        """Insert entity rows (a key already stored is kept) and read back each key's id."""
        self._insert_many(conn, entities, rows, ignoring=("key",))
        keys = [r["key"] for r in rows]
        stored = dict(conn.execute(_entity_ids_of(self.dialect), {"keys": keys}).all())
        if len(stored) < len(set(keys)):
            # stored when the insert ran (so it inserted nothing), deleted before the read
            raise _ChangedMeanwhile("an entity was deleted by a concurrent write")
        return stored

    def _add_alias_rows(self, conn: Connection, rows: list[dict[str, Any]]) -> None:
        """Store aliases (``_alias_rows``), in their order: a norm keeps its first spelling."""
        self._insert_many(conn, aliases, rows, ignoring=("entity_id", "norm"))

    @staticmethod
    def _org_by_name(
        conn: Connection,
        view: OrgView,
        entity: Entity,
        names: list[dict[str, Any]],
        new: _NewOrgs,
    ) -> int | None:
        """The stored organisation that ``entity`` is in any story: its own key, else the
        oldest organisation whose key names it once legal forms are removed ("ORG:acme inc"
        for "Acme", "ORG:acme" for "Acme Ltd"), which takes the name as an alias (added to
        ``names``), and the bare name as its name ("Acme" is what "Acme Inc" and "Acme Ltd"
        are called). Keys, not aliases, are compared: an alias may come from a join that
        holds in one story only."""
        own = view.ids.get(entity.key)
        if own is not None:
            return own
        name = org_name(entity.name)
        found = [i for i, key_name, _ in view.named(name) if org_name(key_name) == name]
        if not found:
            return None
        target = found[0]
        if normalise(entity.name) == name:
            if target in new.rows:  # not stored yet: stored under this name
                new.rows[target]["name"] = entity.name
            else:
                conn.execute(
                    entities.update().where(entities.c.id == target).values(name=entity.name)
                )
            view.renamed(target, entity.name)
        names += _alias_rows(target, _lookup_names(entity))
        return target

    @staticmethod
    def _orgs_of_core(view: OrgView, core: str, here: set[int]) -> list[tuple[int, str, str]]:
        """(id, name in the key, name) of the organisations with this ``org_core`` that the
        articles in the view's scope name, or that the article being written names
        (``here``: its entity ids so far), oldest first."""
        return [row for row in view.named(core, here) if org_core(row[1]) == core]

    def _person_links(
        self,
        conn: Connection,
        analysis: Analysis,
        speakers: list[str],
        story_id: int | None,
        namesakes: _StoryNamesakes | None = None,
    ) -> dict[str, int]:
        """Entity key -> the id of the person of the story it is: a name typed ORG here and
        PERSON in the story, or a full name spelt with one letter doubled (``person_links``);
        the person takes the name as an alias. The first call of an article's write keeps
        what it read of the story in ``namesakes`` for ``_relink_person_types``."""
        if story_id is None:
            return {}
        wanted, surnames = namesake_keys(analysis.entities)
        stored = story_namesakes(conn, story_id, wanted, surnames)
        if namesakes is not None and namesakes.rows is None:
            namesakes.asked, namesakes.rows, namesakes.moves = wanted, stored, _moves_on(conn)
        use, _ = person_links(conn, analysis.entities, speakers, story_id, stored=stored)
        self._add_alias_rows(
            conn,
            [
                r
                for e in analysis.entities
                if e.key in use
                for r in _alias_rows(use[e.key], [e.name])
            ],
        )
        for e in analysis.entities:
            if e.type == "PERSON" and e.key in use:
                self._best_spelling(conn, use[e.key], analysis, e.key)
        return use

    @staticmethod
    def _best_spelling(conn: Connection, entity_id: int, analysis: Analysis, key: str) -> None:
        """Name a person joined across spellings ("Lilly Allen", "Lily Allen") by the
        spelling of its full name that most articles use, then the one whose first name the
        bundled name list knows, then the one with most mentions (a tie keeps the stored
        name), counting the stored mentions and those of ``analysis`` that it joins under
        ``key``: the first stored spelling may be the misspelt one."""
        name = str(conn.execute(_ENTITY_NAME, {"entity": entity_id}).scalar() or "")
        articles_of: dict[str, set[str]] = defaultdict(set)
        count: Counter[str] = Counter()
        spelt: dict[str, str] = {}
        found = [
            *conn.execute(_ENTITY_MENTIONS, {"entity": entity_id}),
            *((m.text, analysis.article.id) for m in analysis.mentions if m.entity == key),
        ]
        for written, article_id in found:
            norm = normalise(written)
            if norm == normalise(name) or spelling_variant(written, name):
                articles_of[norm].add(article_id)
                count[norm] += 1
                spelt.setdefault(norm, written)
        if not count:
            return
        best = max(
            count,
            key=lambda n: (
                len(articles_of[n]),
                first_name_gender(spelt[n].split()[0]) is not None,
                count[n],
                n == normalise(name),
            ),
        )
        if best != normalise(name):
            conn.execute(
                entities.update().where(entities.c.id == entity_id).values(name=spelt[best])
            )

    def _relink_person_types(
        self,
        conn: Connection,
        analysis: Analysis,
        ids: dict[str, int],
        story_id: int | None,
        namesakes: _StoryNamesakes | None = None,
    ) -> None:
        """The other direction of ``_person_links``: a name this article types PERSON takes
        what earlier articles of its story said of the same name typed ORG (GROUP, FAC, ...),
        when the person reading wins (``person_reading``). The story's namesakes are those
        ``_person_links`` read in this write (``namesakes``), when it asked for every key asked
        here and no entity's rows moved on the write's connection since (the article's own
        mentions and claims are not written yet, and a new entity is named by none: nothing
        else of this transaction changes the rows asked for)."""
        people = [e for e in analysis.entities if e.type == "PERSON" and e.key in ids]
        speakers = [c.source_entity for c in analysis.claims if c.source_entity]
        stored = None
        if namesakes is not None and namesakes.rows is not None and story_id is not None:
            wanted, _ = namesake_keys(people, joins=False)
            if namesakes.moves == _moves_on(conn) and wanted <= namesakes.asked:
                stored = [row for row in namesakes.rows if row[1] in wanted]
        _, take = person_links(conn, people, speakers, story_id, joins=False, stored=stored)
        moves = [(old, ids[key]) for old, key in take if old != ids[key]]
        kept = set(ids.values())  # this article's own entities: its rows are not written yet
        for old, new in moves:  # within the story
            self._move_entity_rows(conn, old, new, ("story", story_id), keep=old in kept)

    def _surname_links(
        self, conn: Connection, analysis: Analysis, story_id: int | None
    ) -> dict[str, int]:
        """Entity key -> the id of the person it is: an article that names a person by surname
        alone ("Obama", never in full) is linked to the person of that surname whom the other
        articles of its story name in full, when there is exactly one (two, "Barack Obama" and
        "Michelle Obama", leave it unresolved: a wrong person is worse than none), and when the
        article gives the bare name a gender that the full name has ("Mr. Obama", or "he" as a
        claim's source, for Barack Obama: ``surname_fits``); a bare "Obama said" stays itself,
        since the story may name only Michelle Obama in full and still mean Barack. An article
        that names someone of that surname in full itself has already judged its bare "Mr
        Obama" to be nobody it names in full: it is not linked to a namesake of another
        article."""
        if story_id is None:
            return {}
        people = [e for e in analysis.entities if e.type == "PERSON"]
        surnames = {normalise(e.name).split()[-1] for e in people if len(e.name.split()) > 1}
        bare = {
            normalise(e.name): e.key
            for e in people
            if len(e.name.split()) == 1 and normalise(e.name) not in surnames
        }
        if not bare:
            return {}
        found = self._full_names_by_surname(conn, bare, story_id)
        linked = {}
        for norm, ids in found.items():
            if len(ids) != 1:
                continue  # several holders: decided once the article is stored
            [target] = ids
            key = bare[norm]

            def called(i: int, norm: str = norm, story: int = story_id) -> bool:
                return self._called_by_surname(conn, i, norm, story)

            chosen = surname_holder(
                self._bare_words(analysis, key),
                [(target, *self._full_name_words(conn, target))],
                called,
            )
            if chosen is not None:
                linked[key] = chosen
        return linked

    @staticmethod
    def _called_by_surname(conn: Connection, entity_id: int, surname: str, story_id: int) -> bool:
        """Whether the story's articles call the person ``entity_id`` by ``surname`` alone
        where they name them in full (a mention written so joined to them there): how the
        story calls that person, so a bare surname elsewhere with nothing against it is
        them ("Massa" for Felipe Massa). A relative named once in full ("Michelle Obama")
        while the surname alone means someone else is never called so."""
        found = conn.execute(_STORY_MENTIONS_OF, {"entity": entity_id, "story": story_id}).scalars()
        return any(normalise(text) == surname for text in found)

    @staticmethod
    def _full_names_by_surname(
        conn: Connection, surnames: Iterable[str], story_id: int
    ) -> dict[str, set[int]]:
        """Surname -> the people the articles of story ``story_id`` name in full with that
        surname: a stored PERSON of two words or more whose last word it is, found through
        its lookup names. A person who merely has the surname among its aliases ("Obama" of
        "Obama Kagame", linked in one article) is not named with it in full. Both directions
        of surname linking (``_surname_links``, ``_relink_surnames``) ask this one question."""
        wanted = sorted(set(surnames))
        if not wanted:
            return {}
        found: dict[str, set[int]] = {}
        for entity_id, name, norm in conn.execute(
            _people_by_norm(conn.dialect.name), {"norms": wanted, "story": story_id}
        ):
            words = normalise(name).split()
            if len(words) > 1 and words[-1] == norm:
                found.setdefault(norm, set()).add(entity_id)
        return found

    @staticmethod
    def _bare_words(analysis: Analysis, key: str) -> list[str]:
        """What an article says of the gender of the person ``key``: the words before its
        mentions ("Mr." Obama), its titles among its aliases, and the pronouns that stand for
        it as a claim's source ("he said")."""
        entity = next(e for e in analysis.entities if e.key == key)
        text = analysis.article.text
        return [
            *words_before(text, (m.start for m in analysis.mentions if m.entity == key)),
            *(w for a in entity.aliases for w in a.split()),
            *(c.source.text for c in analysis.claims if c.source_entity == key and c.source),
        ]

    @staticmethod
    def _full_name_words(conn: Connection, entity_id: int) -> tuple[str, list[str]]:
        """A stored person's name and the words of its aliases (titles: "Mrs. Obama")."""
        name = conn.execute(_ENTITY_NAME, {"entity": entity_id}).scalar()
        said = conn.execute(_ENTITY_ALIASES, {"entity": entity_id})
        return str(name or ""), [w for a in said.scalars() for w in a.split()]

    @staticmethod
    def _articles_naming(conn: Connection, entity_ids: list[int], article_ids: Any) -> list[str]:
        """The articles among ``article_ids`` (a subquery) that mention any of the entities,
        in id order."""
        return list(
            conn.execute(
                select(mentions.c.article_id)
                .distinct()
                .where(mentions.c.entity_id.in_(entity_ids))
                .where(mentions.c.article_id.in_(article_ids))
                .order_by(mentions.c.article_id)
            ).scalars()
        )

    @staticmethod
    def _articles_keeping_apart(conn: Connection, entity_id: int, article_ids: Any) -> set[str]:
        """The articles among ``article_ids`` (a subquery) that keep the surname alone
        ``entity_id`` apart from a person they name in full with it (``Entity.apart``, stored
        on their mentions): they judged it to be none of them, and no other article's full
        name joins it there (``_relink_surnames``, ``_link_shared_surnames``)."""
        return set(
            conn.execute(
                select(mentions.c.article_id)
                .distinct()
                .where(mentions.c.entity_id == entity_id)
                .where(mentions.c.article_id.in_(article_ids))
                .where(mentions.c.apart)
            ).scalars()
        )

    @staticmethod
    def _stored_bare_words_by_article(
        conn: Connection, entity_id: int, article_ids: Any
    ) -> dict[str, list[str]]:
        """``_bare_words`` of a stored person in each of the articles ``article_ids`` (a
        subquery) that name the person, in two statements whatever their number; only the
        text right before each mention is read, not the articles' texts."""
        found: dict[str, list[str]] = defaultdict(list)
        lo = case((mentions.c.start > BEFORE_CHARS, mentions.c.start - BEFORE_CHARS), else_=0)
        for article_id, before in conn.execute(
            select(
                mentions.c.article_id, func.substr(articles.c.text, lo + 1, mentions.c.start - lo)
            )
            .join(articles, articles.c.id == mentions.c.article_id)
            .where(mentions.c.entity_id == entity_id)
            .where(mentions.c.article_id.in_(article_ids))
        ):
            found[article_id] += words_before(before or "", [len(before or "")])
        for article_id, source in conn.execute(
            select(claims.c.article_id, claims.c.source_text)
            .where(claims.c.source_entity_id == entity_id)
            .where(claims.c.article_id.in_(article_ids))
            .where(claims.c.source_text.is_not(None))
        ):
            found[article_id].append(source)
        return dict(found)

    def _relink_surnames(
        self, conn: Connection, analysis: Analysis, ids: dict[str, int], story_id: int | None
    ) -> None:
        """The other direction of ``_surname_links``: when this article names a person in full
        ("Felipe Massa") and earlier articles of its story named a person by that surname alone
        ("Massa", stored before the full name was known), their mentions, claims and figures
        move to the full name. Only within the story, only when the story names exactly one
        person of that surname in full (a bare "Massa" elsewhere may be someone else), and only
        when the earlier articles give the bare name the full name's gender ("Mr. Massa", "he
        said": ``surname_fits``). An article that keeps its bare name apart from a person it
        names in full with that surname ("Carl Massa ... Mr. Massa, his son,": ``Entity.apart``)
        has judged it: its rows stay, and its words are not weighed."""
        if story_id is None:
            return
        named: dict[str, set[int]] = {}
        for e in analysis.entities:
            if e.type == "PERSON" and len(e.name.split()) > 1 and e.key in ids:
                named.setdefault(normalise(e.name).split()[-1], set()).add(ids[e.key])
        full = {surname: next(iter(i)) for surname, i in named.items() if len(i) == 1}
        if not full:
            return
        story_articles = select(articles.c.id).where(articles.c.story_id == story_id)
        named_in_story = self._full_names_by_surname(conn, full, story_id)
        keys = sorted(f"PERSON:{surname}" for surname in full)
        stored: dict[str, int] | None = None
        for surname, target in full.items():
            if stored is None:  # the bare names of all the surnames in one query
                stored = dict(
                    conn.execute(
                        _keys_in_story(self.dialect), {"keys": keys, "story": story_id}
                    ).all()
                )
            bare = stored.get(f"PERSON:{surname}")
            if bare is None or bare == target:
                continue
            if named_in_story.get(surname, set()) - {target}:
                continue  # "Barack Obama" and "Michelle Obama": leave "Obama" as it is
            person = next(e for e in analysis.entities if e.key in ids and ids[e.key] == target)
            full_words = [w for a in person.aliases for w in a.split()]

            def called(i: int, person: Entity = person, surname: str = surname) -> bool:
                return any(
                    m.entity == person.key and normalise(m.text) == surname
                    for m in analysis.mentions
                ) or self._called_by_surname(conn, i, surname, story_id)

            judged = self._articles_keeping_apart(conn, bare, story_articles)
            by_article = self._stored_bare_words_by_article(conn, bare, story_articles)
            free = sorted(set(by_article) - judged)
            if not free:
                continue  # only articles that keep it apart from the full name name it
            said = [w for one_id in free for w in by_article[one_id]]
            if surname_holder(said, [(target, person.name, full_words)], called) is None:
                continue  # "Obama said", and only Michelle Obama named in full: maybe Barack
            # an article that names the full name and keeps its own bare name apart from it
            # has judged that bare name (as ``_surname_links`` leaves it): it stays, for them
            keep = bare in ids.values()
            scopes: list[MoveScope] = [("article", one_id) for one_id in free] if judged else []
            for scope in scopes or [("story", story_id)]:
                self._move_entity_rows(conn, bare, target, scope, keep=keep)
            stored = None  # what the story names has changed: read it again

    def _link_shared_surnames(
        self, conn: Connection, analysis: Analysis, story_id: int | None
    ) -> None:
        """A bare surname that several people of the story share in full ("Trump" where
        Donald and Melania Trump are named) is, in each article of the story that uses it,
        the one holder whom that article's titles and pronouns for it fit and no other
        (``surname_holder``: "Mr" Trump, "President" Obama); its mentions, claims and
        figures there move to that person. Run after each article of the story is written,
        for the surnames that article names (bare or in full). The article being written is
        judged; the story's earlier articles only when this article brings a holder the
        story did not name before (a holder named later may settle an earlier bare name;
        otherwise their judgement stands, and re-reading them made each write cost as much
        as the story). Without such words the bare name stays itself (``_surname_links`` and
        ``_relink_surnames`` join a surname that only one person of the story holds)."""
        if story_id is None:
            return
        surnames = {
            normalise(e.name).split()[-1]
            for e in analysis.entities
            if e.type == "PERSON" and normalise(e.name).split()
        }
        shared = {
            surname: ids
            for surname, ids in self._full_names_by_surname(conn, surnames, story_id).items()
            if len(ids) > 1
        }
        if not shared:
            return
        keys = sorted(f"PERSON:{surname}" for surname in shared)
        bare_ids = dict(
            conn.execute(_keys_in_story(self.dialect), {"keys": keys, "story": story_id}).all()
        )
        article_id = analysis.article.id
        story_articles = select(articles.c.id).where(articles.c.story_id == story_id)
        this = select(articles.c.id).where(articles.c.id == article_id)
        earlier = set(
            conn.execute(
                select(mentions.c.entity_id)
                .distinct()
                .where(mentions.c.entity_id.in_(sorted(set().union(*shared.values()))))
                .where(mentions.c.article_id.in_(story_articles))
                .where(mentions.c.article_id != article_id)
            ).scalars()
        )
        moved = False
        for surname, ids in sorted(shared.items()):
            bare = bare_ids.get(f"PERSON:{surname}")
            if bare is None or bare in ids:
                continue
            scope = story_articles if ids - earlier else this  # a new holder: all again
            # an article that keeps the bare name apart from a holder it names in full has
            # judged it to be none of them ("Mr. Trump, his son,": ``Entity.apart``)
            judged = self._articles_keeping_apart(conn, bare, scope)
            using = [a for a in self._articles_naming(conn, [bare], scope) if a not in judged]
            if not using:
                continue
            holders = [(i, *self._full_name_words(conn, i)) for i in sorted(ids)]
            said = self._stored_bare_words_by_article(conn, bare, scope)
            for one_id in using:
                target = surname_holder(said.get(one_id, []), holders)
                if target is None:
                    continue
                # no alias to add: a holder is found by the surname (``_full_names_by_surname``)
                self._move_entity_rows(conn, bare, target, ("article", one_id))
                moved = True
        if moved:
            self._stale_stories(conn, [story_id])

    def _link_first_names(
        self, conn: Connection, analysis: Analysis, story_id: int | None, whole: bool = False
    ) -> None:
        """A first name alone ("Max") in an article that names no one with that first name in
        full is the one person the story names in full with it ("Max Verstappen"): its
        mentions, claims and figures in those articles move to that person. Only when the
        word is a known first name, exactly one person of the story has it as first name and
        none has it as another of their names ("Hamilton" of Lewis Hamilton), and nothing the
        article says of the bare name gives the other gender (``first_name_fits``); two
        people sharing it (Max and Max) leave it alone: a wrong person is worse than none.
        Run after each article of the story is written. The article being written is judged;
        the story's earlier articles only for the words of a person this article names in
        full that no earlier article of the story names (a person named later settles an
        earlier bare name; otherwise their judgement stands, and re-reading them made each
        write cost as much as the story), or all of them when the story absorbed another
        (``whole``: a merge brings bare names and full names together)."""
        if story_id is None or not any(e.type == "PERSON" for e in analysis.entities):
            return
        article_id = analysis.article.id
        if whole:
            renew = None  # every word, in every article of the story
            bare_here: set[str] = set()
        else:
            mine = conn.execute(_ARTICLE_PEOPLE, {"article": article_id}).all()
            bare_here = {normalise(n) for _, n in mine if len(n.split()) == 1 and normalise(n)}
            named = {i: n for i, n in mine if len(n.split()) > 1}
            earlier: set[int] = set()
            if named:
                earlier = set(
                    conn.execute(
                        _named_earlier(self.dialect),
                        {"ids": sorted(named), "story": story_id, "article": article_id},
                    ).scalars()
                )
            renew = {w for i, n in named.items() if i not in earlier for w in normalise(n).split()}
            if not bare_here and not renew:
                return
        people = conn.execute(_STORY_PEOPLE, {"story": story_id}).all()
        full = [(i, normalise(n).split()) for i, n in people if len(n.split()) > 1]
        bare_ids = {normalise(n): i for i, n in people if len(n.split()) == 1 and normalise(n)}
        story_articles = select(articles.c.id).where(articles.c.story_id == story_id)
        this = select(articles.c.id).where(articles.c.id == article_id)
        for word, bare in sorted(bare_ids.items()):
            if renew is None or word in renew:
                scope = story_articles
            elif word in bare_here:
                scope = this
            else:
                continue  # judged when its articles were written; nothing new bears on it
            firsts = {i for i, w in full if w[0] == word}
            if len(firsts) != 1 or any(word in w[1:] for _, w in full):
                continue
            [target] = firsts
            name = next(n for i, n in people if i == target)
            using = self._articles_naming(conn, [bare], scope)
            if not using:
                continue
            # the articles that judged their bare name themselves (kept apart): they name
            # someone in full with this first name
            in_full = sorted(
                {i for i, n in people if len(w := normalise(n).split()) > 1 and w[0] == word}
            )
            kept = set(self._articles_naming(conn, in_full, scope))
            said = self._stored_bare_words_by_article(conn, bare, scope)
            for one_id in using:
                if one_id in kept or not first_name_fits(word, said.get(one_id, []), name):
                    continue
                self._move_entity_rows(conn, bare, target, ("article", one_id))
                self._add_alias_rows(conn, _alias_rows(target, [word.title()]))
                self._stale_stories(conn, [story_id])

    def _move_entity_rows(
        self, conn: Connection, old: int, new: int, scope: MoveScope, *, keep: bool = False
    ) -> None:
        """Point what the articles in ``scope`` (a story's, one article's, all: ``MoveScope``)
        say of entity ``old`` at ``new``; ``old`` is deleted once nothing names it any more,
        unless ``keep``: the article being written names it, and its rows are not written yet."""
        conn.info[_MOVES] = _moves_on(conn) + 1
        kind, where = scope
        params = {"move_old": old, "move_new": new, "move_scope": where}
        for statement in _move_statements(kind):
            conn.execute(statement, params)
        if keep:
            return
        if not any(conn.execute(q, params).first() for q in _STILL_USED):
            moved = conn.execute(_MOVED_ALIASES, params).all()
            if moved:
                self._add_alias_rows(
                    conn, [{"entity_id": new, "alias": a, "norm": n} for a, n in moved]
                )
            for statement in _GONE:
                conn.execute(statement, params)

    def _upsert_entities(self, conn: Connection, found: list[Entity]) -> dict[str, int]:
        ids = self._store_entity_rows(conn, [_entity_row(e) for e in found])
        self._add_alias_rows(
            conn,
            [
                {"entity_id": ids[e.key], "alias": name, "norm": _norm(name)}
                for e in found
                for name in _lookup_names(e)
            ],
        )
        return ids

    def _insert_events(
        self, conn: Connection, article_id: str, rows: list[dict[str, Any]]
    ) -> list[int]:
        """Insert an article's events; their ids, in the order of ``rows``. PostgreSQL returns
        them from one batched ``INSERT ... RETURNING``. SQLite's driver cannot return ids from
        a batch in order, so SQLAlchemy would send one statement per event: the events go in
        one executemany and their ids are read back by article, in id order, which is the
        order of insertion (a new rowid is above every stored one, and the transaction holds
        the write lock), and the article is new, so its events are exactly these."""
        if self.dialect != "sqlite":
            return list(conn.execute(_INSERT_EVENTS, rows).scalars())
        self._insert_many(conn, events, rows)
        return list(conn.execute(_ARTICLE_EVENTS, {"article": article_id}).scalars())

    @staticmethod
    def _corrections_of(
        conn: Connection, keys: list[str]
    ) -> tuple[list[tuple[str, str, int | None]], bool]:
        """The analysts' merges of these entity keys, oldest first, as (key, merged into,
        the stored id of that entity, if any), and whether any of them was split: one query
        for both (there are rarely any)."""
        merges: list[tuple[str, str, int | None]] = []
        split = False
        for kind, from_key, to_key, entity_id in conn.execute(
            _corrections_of_keys(conn.dialect.name), {"keys": keys}
        ):
            if kind == "merge":
                merges.append((from_key, to_key, entity_id))
            else:
                split = True
        return merges, split

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

    def _write_records(
        self, conn: Connection, analysis: Analysis, story_id: int | None = None
    ) -> None:
        article_id = analysis.article.id
        # the story's namesakes as this write reads them (each article, each retry: its own)
        namesakes = _StoryNamesakes()
        keys = [e.key for e in analysis.entities]
        merges, any_split = self._corrections_of(conn, keys) if keys else ([], False)
        ids = self._entity_ids(conn, analysis, story_id, merges, namesakes)
        split = self._split_ids(conn, keys) if ids and any_split else {}
        self._relink_surnames(conn, analysis, ids, story_id)
        self._relink_person_types(conn, analysis, ids, story_id, namesakes)
        if analysis.events:
            event_rows = [
                {
                    "article_id": article_id,
                    "start": e.start,
                    "end": e.end,
                    "text": e.text,
                    "predicate": e.predicate,
                    "subtype": e.subtype,
                    "type": e.type,
                    "location_id": ids.get(e.location) if e.location else None,
                    "time_value": e.time.value if e.time else None,
                    "time_begin": e.time.begin if e.time else None,
                    "time_end": e.time.end if e.time else None,
                    "negated": e.negated,
                    "modality": e.modality,
                    "agent_start": e.agent.start if e.agent else None,
                    "agent_end": e.agent.end if e.agent else None,
                    "agent_text": e.agent.text if e.agent else None,
                    "nominal": e.nominal,
                }
                for e in analysis.events
            ]
            event_ids = self._insert_events(conn, article_id, event_rows)
            actor_rows = [
                {"event_id": event_id, "entity_id": entity_id, "position": n}
                for event_id, e in zip(event_ids, analysis.events, strict=True)
                for n, entity_id in enumerate(dict.fromkeys(ids[a] for a in e.actors if a in ids))
            ]
            self._insert_many(conn, event_actors, actor_rows)
        if analysis.main_event is not None:
            event_id = None
            if analysis.main_event.event is not None and analysis.events:
                event_id = event_ids[analysis.main_event.event]  # written just above
            self._insert_many(
                conn,
                main_event_parts,
                main_event_rows(analysis.main_event, article_id, ids, event_id),
            )
        if analysis.quantities:
            self._insert_many(
                conn,
                quantities,
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
                        "about_norm": _norm(q.about) if q.about else None,
                        "measure": q.measure,
                        "change": q.change,
                        "scope": q.scope.value,
                        "qualifier": q.qualifier,
                        "country": q.country,
                        "source_text": q.source.text if q.source else None,
                        "source_entity_id": ids.get(q.source_entity) if q.source_entity else None,
                    }
                    for q in analysis.quantities
                ],
            )
        if analysis.times:
            self._insert_many(
                conn,
                times,
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
            apart = {e.key for e in analysis.entities if e.apart}
            self._insert_many(
                conn,
                mentions,
                [
                    {
                        "article_id": article_id,
                        "entity_id": (
                            split.get((m.entity, _norm(m.text)), ids[m.entity])
                            if split
                            else ids[m.entity]
                        ),
                        "start": m.start,
                        "end": m.end,
                        "text": m.text,
                        "label": m.label,
                        "apart": m.entity in apart,
                    }
                    for m in analysis.mentions
                ],
            )
        if not analysis.claims:
            return
        claim_rows = []
        links: list[dict[str, Any]] = []
        # the mentions by start, so that each claim reads only those that start inside it
        by_start = sorted(analysis.mentions, key=lambda m: m.start)
        starts = [m.start for m in by_start]
        # the text column is what listings show and search reads: the content without the
        # page furniture inside it (a caption between two quote paragraphs); the offsets and
        # ``parts`` give the exact characters
        cut = [(f.start, f.end) for f in analysis.furniture]
        for seq, c in enumerate(analysis.claims):
            claim_id = f"{article_id}:{seq}"
            claim_rows.append(
                {
                    "id": claim_id,
                    "article_id": article_id,
                    "seq": seq,
                    "start": c.start,
                    "end": c.end,
                    "text": shown_text(analysis.article.text, c.start, c.end, cut)
                    if cut
                    else c.text,
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
                ids[m.entity]
                for m in by_start[
                    bisect.bisect_left(starts, c.start) : bisect.bisect_right(starts, c.end)
                ]
                if m.end <= c.end
            }
            links.extend({"claim_id": claim_id, "entity_id": e} for e in sorted(about))
        self._insert_many(conn, claims, claim_rows)
        if self.dialect == "sqlite":  # PostgreSQL indexes the claims table itself
            conn.exec_driver_sql(_INSERT_FTS, [(r["id"], r["text"]) for r in claim_rows])
        if links:
            self._insert_many(conn, claim_entities, links)

    # -- stories ------------------------------------------------------------------------

    def _join_story(
        self,
        conn: Connection,
        analysis: Analysis,
        original: str | None,
        assign: Assigner | None,
    ) -> tuple[int | None, bool]:
        """Put the article in a story: its original's (a wire copy), or the one ``assign``
        chooses (created when new); returns the story's id and whether it absorbed other
        stories on the way. An existing story chosen is locked before it is written, and
        chosen again under the lock when a concurrent writer counted an article in it since
        the choice read it, so that its label, summary and index keys hold both articles.
        The story's version grows, so what was derived from it is recomputed."""
        article = analysis.article
        published = article.published_at or (
            datetime(article.published.year, article.published.month, article.published.day)
            if article.published
            else None
        )
        if original is not None:
            story_id = conn.execute(_STORY_OF, {"article": original}).scalar_one_or_none()
            if story_id is not None:
                self._touch_story(conn, story_id, published, copies=True)
                conn.execute(_SET_STORY, {"article": article.id, "story": story_id})
            return story_id, False
        if assign is None:
            return None, False
        # each branch counts the article in its story and learns the story's latest date;
        # a new story has no index keys yet
        new = merged = False
        for _ in range(settings.STORY_CHOICE_TRIES):
            lookup = StoryLookup(conn)
            choice = assign(lookup)
            if choice.story_id is None:
                story_id, last, new = self._new_story(conn, choice), choice.published, True
                break
            story_id = choice.story_id
            # the chosen story's row is locked before its label, summary and index keys are
            # written: a concurrent writer that counted an article in it since the choice
            # read it (its version moved) made the choice from a summary without that
            # article, so the story is chosen again, now under the lock, from it as it is
            locked = conn.execute(_STORY_LOCKED, {"story": story_id}).scalar()
            if locked is None:
                continue  # merged away after the choice read it: choose again
            if lookup.versions.get(story_id, locked) != locked:
                continue
            if not choice.absorbed:
                # label, summary and the count in one statement
                kept = conn.execute(
                    _touch(self.dialect, False, choice.published is not None, True),
                    {
                        "story": story_id,
                        "published": choice.published,
                        "label": choice.label,
                        "summary": json.dumps(choice.summary),
                    },
                ).first()
                if kept is not None:
                    last = kept[0]
                    break
                continue
            relabelled = conn.execute(
                _STORY_LABEL,
                {"story": story_id, "label": choice.label, "summary": json.dumps(choice.summary)},
            )
            if relabelled.rowcount:
                for gone in choice.absorbed:
                    self._absorb_story(conn, story_id, gone)
                merged = bool(choice.absorbed)
                last = self._touch_story(conn, story_id, choice.published)
                break
            # a concurrent writer merged the chosen story away after the choice read it:
            # choose again, from the index as it is now
        else:
            story_id, last, new = self._new_story(conn, choice), choice.published, True
        if not new:
            conn.execute(_STORY_KEYS_GO, {"story": story_id})
        if choice.keys:
            # the keys carry the story's latest date (an older article may join late)
            conn.execute(
                _STORY_KEYS,
                [
                    {"key": k, "story_id": story_id, "weight": w, "last_seen": last}
                    for k, w in choice.keys.items()
                ],
            )
        conn.execute(_SET_STORY, {"article": article.id, "story": story_id})
        return story_id, merged

    def _new_story(self, conn: Connection, choice: StoryChoice) -> int:
        """Create the story a choice opens, the article counted in it (one article, version
        1, its dates the article's); returns its id."""
        return int(
            conn.execute(
                _NEW_STORY,
                {
                    "label": choice.label,
                    "first_published": choice.published,
                    "last_published": choice.published,
                    "articles": 1,
                    "version": 1,
                    "derived_version": 0,
                    "summary": json.dumps(choice.summary),
                },
            ).scalar_one()
        )

    def _absorb_story(self, conn: Connection, story_id: int, gone: int) -> None:
        """Merge story ``gone`` into ``story_id``, in the caller's transaction: its articles
        (wire copies too), its derived disagreements and propositions move over, its article
        count and dates add to the story's, its index keys go (the caller writes the merged
        story's), and it ends. The story's version grows past both, so what is derived from
        it is recomputed over the merged articles."""
        # locked, so that no concurrent writer adds an article to it while it is merged away
        old = conn.execute(select(stories).where(stories.c.id == gone).with_for_update()).first()
        if old is None or gone == story_id:
            return
        conn.execute(update(articles).where(articles.c.story_id == gone).values(story_id=story_id))
        for table in (disagreements, propositions, source_profiles):
            conn.execute(update(table).where(table.c.story_id == gone).values(story_id=story_id))
        # the cached versions of the propositions go: the merged story has none yet
        conn.execute(delete(derived_methods).where(derived_methods.c.story_id == gone))
        conn.execute(delete(story_keys).where(story_keys.c.story_id == gone))
        row = conn.execute(select(stories).where(stories.c.id == story_id)).one()
        firsts = [d for d in (row.first_published, old.first_published) if d is not None]
        lasts = [d for d in (row.last_published, old.last_published) if d is not None]
        conn.execute(
            update(stories)
            .where(stories.c.id == story_id)
            .values(
                articles=row.articles + old.articles,
                version=max(row.version, old.version) + 1,
                first_published=min(firsts) if firsts else None,
                last_published=max(lasts) if lasts else None,
            )
        )
        conn.execute(delete(stories).where(stories.c.id == gone))

    def _touch_story(
        self, conn: Connection, story_id: int, published: datetime | None, copies: bool = False
    ) -> datetime | None:
        """One more article in the story: count it (unless a wire copy), widen its dates, and
        make its derived results stale; returns its latest date."""
        if published is not None and published.tzinfo is not None:
            # (the statement's date is naive; an aware one is read as its own type: unbuilt)
            values: dict[str, Any] = {"version": stories.c.version + 1}
            if not copies:
                values["articles"] = stories.c.articles + 1
            lowest, highest = (
                (func.min, func.max) if self.dialect == "sqlite" else (func.least, func.greatest)
            )
            values["first_published"] = func.coalesce(
                lowest(stories.c.first_published, published), published
            )
            values["last_published"] = func.coalesce(
                highest(stories.c.last_published, published), published
            )
            statement = (
                update(stories)
                .where(stories.c.id == story_id)
                .values(**values)
                .returning(stories.c.last_published)
            )
            return conn.execute(statement).scalar()
        return conn.execute(
            _touch(self.dialect, copies, published is not None, False),
            {"story": story_id, "published": published},
        ).scalar()

    def _stale_stories_of(self, conn: Connection, article_ids: Any) -> None:
        """Make the stories of these articles (a subquery of ids) recompute what they derive."""
        self._stale_stories(conn, select(articles.c.story_id).where(articles.c.id.in_(article_ids)))

    def _stale_stories(self, conn: Connection, story_ids: Any) -> None:
        """Make these stories (a subquery of ids) recompute what they derive."""
        conn.execute(
            update(stories).where(stories.c.id.in_(story_ids)).values(version=stories.c.version + 1)
        )

    # -- derived results ----------------------------------------------------------------

    def stale_stories(self, story_ids: Iterable[int] | None = None) -> list[int]:
        """Stories whose disagreements are older than the story (all, or among ``story_ids``)."""
        with self.engine.connect() as conn:
            return reads.stale_stories(conn, story_ids)

    def stale_methods(self, method: str, story_ids: Iterable[int] | None = None) -> list[int]:
        """Stories whose propositions by ``method`` are missing or older than the story."""
        with self.engine.connect() as conn:
            return reads.stale_methods(conn, method, story_ids)

    def story_records(self, story_id: int) -> StoryRecords:
        """A story's claims, figures and events as reconciliation reads them."""
        with self.engine.connect() as conn:
            return reads.story_records(conn, story_id)

    def records_across(self, about: str | None) -> StoryRecords:
        """The records of every article about ``about`` (every article when None), whatever
        their stories, as reconciliation reads them (story id 0)."""
        with self.engine.connect() as conn:
            return reads.records_across(conn, about)

    def save_disagreements(
        self,
        story_id: int,
        version: int,
        found: Sequence[DerivedDisagreement],
        profiles: Sequence[DerivedSourceCount] = (),
    ) -> None:
        """Replace a story's disagreements and what it adds to source profiles with those
        derived at ``version`` (one transaction)."""

        def work() -> None:
            with self._writing() as conn:
                conn.execute(delete(disagreements).where(disagreements.c.story_id == story_id))
                conn.execute(delete(source_profiles).where(source_profiles.c.story_id == story_id))
                if profiles:
                    conn.execute(
                        insert(source_profiles),
                        [
                            {
                                "story_id": story_id,
                                "article_id": p.article_id,
                                "source": p.source,
                                "facet": p.facet,
                                "value": p.value,
                                "n": p.n,
                                "outlet_key": p.outlet.lower() if p.outlet else None,
                                "published": p.published,
                            }
                            for p in profiles
                        ],
                    )
                for d in found:
                    new_id = conn.execute(
                        insert(disagreements)
                        .values(
                            story_id=story_id,
                            key=d.key,
                            kind=d.kind,
                            about=d.about,
                            comparable=d.comparable,
                            why=d.why,
                            between=json.dumps(list(d.between)),
                            measures=json.dumps(list(d.measures)),
                            folded=d.folded,
                        )
                        .returning(disagreements.c.id)
                    ).scalar_one()
                    conn.execute(
                        insert(disagreement_sides),
                        [
                            {
                                "disagreement_id": new_id,
                                "seq": n,
                                "article_id": article_id,
                                "start": start,
                                "end": end,
                                "text": said,
                                "source": source,
                                "mention": mention,
                            }
                            for n, (article_id, start, end, said, source, mention) in enumerate(
                                d.sides
                            )
                        ],
                    )
                    if d.entity_ids:
                        conn.execute(
                            insert(disagreement_entities),
                            [{"disagreement_id": new_id, "entity_id": e} for e in d.entity_ids],
                        )
                conn.execute(
                    update(stories).where(stories.c.id == story_id).values(derived_version=version)
                )

        self._retry(work)

    def save_propositions(
        self, story_id: int, method: str, version: int, found: Sequence[DerivedProposition]
    ) -> None:
        """Replace a story's propositions by ``method`` with those derived at ``version``."""

        def work() -> None:
            with self._writing() as conn:
                conn.execute(
                    delete(propositions)
                    .where(propositions.c.story_id == story_id)
                    .where(propositions.c.method == method)
                )
                for p in found:
                    new_id = conn.execute(
                        insert(propositions)
                        .values(story_id=story_id, method=method, text=p.text, status=p.status)
                        .returning(propositions.c.id)
                    ).scalar_one()
                    conn.execute(
                        insert(proposition_claims),
                        [
                            {"proposition_id": new_id, "claim_id": c, "seq": n}
                            for n, c in enumerate(dict.fromkeys(p.claim_ids))
                        ],
                    )
                conn.execute(
                    delete(derived_methods)
                    .where(derived_methods.c.story_id == story_id)
                    .where(derived_methods.c.method == method)
                )
                conn.execute(
                    insert(derived_methods).values(
                        story_id=story_id, method=method, version=version
                    )
                )

        self._retry(work)

    def vectors(self, keys: Iterable[str]) -> dict[str, bytes]:
        """Stored text vectors by key (those not stored are missing from the answer)."""
        found: dict[str, bytes] = {}
        wanted = sorted(set(keys))
        with self.engine.connect() as conn:
            for batch in reads.batches(wanted):
                query = select(text_vectors.c.key, text_vectors.c.vector)
                for key, blob in conn.execute(query.where(text_vectors.c.key.in_(batch))):
                    found[key] = bytes(blob)
        return found

    def save_vectors(self, vectors: dict[str, bytes]) -> None:
        """Keep text vectors (a concurrent writer's rows for the same keys are kept)."""
        if not vectors:
            return
        with self._writing() as conn:
            conn.execute(
                self._insert(text_vectors).on_conflict_do_nothing(index_elements=["key"]),
                [{"key": k, "vector": v} for k, v in vectors.items()],
            )

    # -- corrections --------------------------------------------------------------------

    def _one_entity(self, conn: Connection, name: str) -> Row:
        item = reads.one_entity(conn, name)
        return {"id": item.id, "key": item.key, "name": item.name, "type": item.type}

    def merge_entities(self, into: str, other: str, who: str = "analyst") -> EntityItem:
        """Make ``other`` the same entity as ``into``, now and in every later ingest."""
        with self._writing() as conn:
            target = self._one_entity(conn, into)
            gone = self._one_entity(conn, other)
            namesakes = conn.execute(
                select(entities)
                .where(entities.c.id.in_(reads.entity_ids(conn, other)))
                .where(entities.c.id != target["id"])
            ).all()
            # as their own name, not as an alias: "Obama" on Barack Obama's page is no request
            # to merge Michelle Obama, whose surname alias it also is
            namesakes = [r for r in namesakes if normalise(r.name) == normalise(other)]
            if target["id"] == gone["id"] and other != target["key"] and len(namesakes) == 1:
                # a name that the target and exactly one other entity bear ("Mondelez", an
                # ORG and a PERSON): the other one is meant, not the target itself
                row = namesakes[0]
                gone = {"id": row.id, "key": row.key, "name": row.name, "type": row.type}
            if target["id"] == gone["id"]:
                raise InputError(
                    "E413",
                    f"{into!r} and {other!r} are already one entity.",
                    "merge two different entities.",
                )
            old, new = gone["id"], target["id"]
            # what the merge moves, kept for an exact undo (``undo_merge``)
            moved = merges.taken(conn, old, new, gone["key"])
            self._stale_stories_of(
                conn, select(mentions.c.article_id).where(mentions.c.entity_id.in_([old, new]))
            )
            # every correction into ``old`` now points at the target (``moved`` keeps them
            # for the undo): splits and undone merges too, which a relink leaves (``_GONE``);
            # first, so that no split keeps ``old`` from going
            conn.execute(
                corrections.update()
                .where(corrections.c.to_key == gone["key"])
                .values(to_key=target["key"])
            )
            # every article's rows: ``old`` names nothing afterwards and is deleted
            self._move_entity_rows(conn, old, new, ("all", None))
            conn.execute(
                insert(corrections).values(
                    kind="merge",
                    from_key=gone["key"],
                    to_key=target["key"],
                    who=who,
                    at=datetime.now(UTC),
                )
            )
            merges.keep(conn, moved, gone["key"], target["key"])
        # by key: a namesake of another type ("Acme", ORG and PERSON) may share the name
        return self.entity(target["key"])

    def split_entity(self, name: str, alias: str, who: str = "analyst") -> EntityItem:
        """Give the mentions of ``alias`` an entity of their own, now and in later ingests."""
        with self._writing() as conn:
            source = self._one_entity(conn, name)
            self._stale_stories_of(
                conn, select(mentions.c.article_id).where(mentions.c.entity_id == source["id"])
            )
            norm = normalise(alias)
            key = f"{source['type']}:{norm}"
            if key == source["key"]:
                raise InputError(
                    "E413", f"{alias!r} is the entity's own name.", "split off another alias."
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
        return self.entity(alias)

    def mark(self, target: str, key: str, who: str, reason: str | None = None) -> MarkItem:
        """Mark a claim, figure or disagreement wrong: kept, shown as wrong, and left out of
        counts and of reconciliation (its story recomputes what it derives)."""
        if target not in MARK_TARGETS:
            raise InputError(
                "E412",
                f"{target!r} cannot be marked.",
                f"mark one of {', '.join(MARK_TARGETS)}.",
            )
        with self._writing() as conn:
            article_id = self._marked_article(conn, target, key)
            new_id = conn.execute(
                insert(marks)
                .values(target=target, target_key=key, reason=reason, who=who, at=datetime.now(UTC))
                .returning(marks.c.id)
            ).scalar_one()
            self._stale_marked(conn, target, key, article_id)
            row = conn.execute(select(marks).where(marks.c.id == new_id)).one()
        return from_mapping(MarkItem, row._mapping)

    def unmark(self, mark_id: int, who: str) -> MarkItem:
        """Undo a mark (it stays in the record of corrections, with when it was undone)."""
        with self._writing() as conn:
            row = conn.execute(select(marks).where(marks.c.id == mark_id)).first()
            if row is None or row.undone_at is not None:
                raise NotFound(
                    "E601", f"No mark {mark_id} to undo.", "list them with `newsclaims marks`."
                )
            article_id = self._marked_article(conn, row.target, row.target_key)
            conn.execute(
                update(marks).where(marks.c.id == mark_id).values(undone_at=datetime.now(UTC))
            )
            self._stale_marked(conn, row.target, row.target_key, article_id)
            row = conn.execute(select(marks).where(marks.c.id == mark_id)).one()
        return from_mapping(MarkItem, row._mapping)

    def undo_merge(self, correction_id: int, who: str) -> EntityItem:
        """Undo the merge ``correction_id`` exactly: the merged entity comes back with the
        rows the merge moved (``store.merges``), the target keeps its own, and later ingests
        no longer follow the merge (it stays in the record, with when it was undone)."""
        with self._writing() as conn:
            back, target = merges.undo(conn, correction_id)
            self._stale_stories_of(
                conn,
                select(mentions.c.article_id).where(mentions.c.entity_id.in_([back, target])),
            )
            key = conn.execute(select(entities.c.key).where(entities.c.id == back)).scalar_one()
        return self.entity(key)

    def _stale_marked(
        self, conn: Connection, target: str, key: str, article_id: str | None
    ) -> None:
        """Make the stories a mark touches derive again: the story of a marked claim's or
        figure's article; the stories holding a marked disagreement (whose sources' profiles
        count it as a contradiction, or no longer)."""
        if article_id is not None:
            self._stale_stories_of(conn, [article_id])
        elif target == "disagreement":
            self._stale_stories(
                conn, select(disagreements.c.story_id).where(disagreements.c.key == key)
            )

    def wrong_disagreements(self, keys: Iterable[str]) -> set[str]:
        """Which of these disagreement keys an analyst marked wrong (and did not undo)."""
        with self.engine.connect() as conn:
            return reads.marked_keys(conn, "disagreement", list(keys))

    def _marked_article(self, conn: Connection, target: str, key: str) -> str | None:
        """The article of a marked claim or figure (E601 when there is none)."""
        if target == "claim":
            found = conn.execute(select(claims.c.article_id).where(claims.c.id == key)).first()
        elif target == "figure":
            found = (
                conn.execute(
                    select(quantities.c.article_id).where(quantities.c.id == int(key))
                ).first()
                if key.isdigit()
                else None
            )
        else:
            found = conn.execute(
                select(disagreements.c.id).where(disagreements.c.key == key).limit(1)
            ).first()
            if found is None:
                raise NotFound(
                    "E601",
                    f"No disagreement {key!r}.",
                    "list them with `newsclaims disagreements`.",
                )
            return None
        if found is None:
            raise NotFound("E601", f"No {target} {key!r} is in the store.", "check the id.")
        return str(found[0])

    def marks(self) -> list[MarkItem]:
        """Every mark, oldest first."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(marks).order_by(marks.c.id))
            return [from_mapping(MarkItem, r._mapping) for r in rows]

    def corrections(self) -> list[CorrectionItem]:
        """Every merge and split, oldest first."""
        with self.engine.connect() as conn:
            return reads.list_corrections(conn)

    # -- reads --------------------------------------------------------------------------

    def entity_ids(self, name: str) -> list[int]:
        """Entities whose canonical name or an alias equals ``name`` (case-insensitive)."""
        with self.engine.connect() as conn:
            return reads.entity_ids(conn, name)

    def entity(self, name: str) -> EntityItem:
        """One entity by name or alias, with its aliases (E601 when unknown)."""
        with self.engine.connect() as conn:
            return reads.one_entity(conn, name)

    def articles(
        self, filters: Filters = NO_FILTERS, offset: int = 0, limit: int = 100
    ) -> Listing[ArticleItem]:
        """Stored and rejected articles, newest first."""
        with self.engine.connect() as conn:
            return reads.list_articles(conn, filters, offset, limit)

    def articles_by_id(self, ids: Iterable[str]) -> dict[str, ArticleItem]:
        """The articles with these ids, by id."""
        with self.engine.connect() as conn:
            return reads.articles_by_id(conn, ids)

    def article_texts(self, ids: Iterable[str]) -> dict[str, str]:
        """The texts of the articles with these ids, by id."""
        with self.engine.connect() as conn:
            return reads.article_texts(conn, ids)

    def article(self, article_id: str) -> Row:
        """One article with everything found in it (E601 when it is unknown)."""
        with self.engine.connect() as conn:
            return reads.article_record(conn, article_id)

    def claims(
        self, filters: Filters = NO_FILTERS, offset: int = 0, limit: int = 100
    ) -> Listing[ClaimItem]:
        """Claims, filtered."""
        with self.engine.connect() as conn:
            return reads.list_claims(conn, self.dialect, filters, offset, limit)

    def figures(
        self, filters: Filters = NO_FILTERS, offset: int = 0, limit: int = 100
    ) -> Listing[FigureItem]:
        """Figures in the order they were published."""
        with self.engine.connect() as conn:
            return reads.list_figures(conn, filters, offset, limit)

    def entities(
        self, filters: Filters = NO_FILTERS, offset: int = 0, limit: int = 100
    ) -> Listing[EntityItem]:
        """Entities, most mentioned first."""
        with self.engine.connect() as conn:
            return reads.list_entities(conn, filters, offset, limit)

    def events(
        self, filters: Filters = NO_FILTERS, offset: int = 0, limit: int = 100
    ) -> Listing[EventItem]:
        """Events in the order they happened."""
        with self.engine.connect() as conn:
            return reads.list_events(conn, filters, offset, limit)

    def timeline(
        self, filters: Filters = NO_FILTERS, offset: int = 0, limit: int = 100
    ) -> Listing[TimelineItem]:
        """Dated claims in the order things happened."""
        with self.engine.connect() as conn:
            return reads.list_timeline(conn, self.dialect, filters, offset, limit)

    def sources(
        self, filters: Filters = NO_FILTERS, offset: int = 0, limit: int = 100
    ) -> SourceListing:
        """Source profiles (read after the derived disagreements are fresh), with the
        sources that name no one ("he", "many") counted apart (``reads.list_sources``)."""
        with self.engine.connect() as conn:
            return reads.list_sources(conn, filters, offset, limit)

    def disagreements(
        self, filters: Filters = NO_FILTERS, offset: int = 0, limit: int = 100
    ) -> Listing[DisagreementItem]:
        """Derived disagreements (read after they are fresh)."""
        with self.engine.connect() as conn:
            return reads.list_disagreements(conn, filters, offset, limit)

    def propositions(
        self, method: str, filters: Filters = NO_FILTERS, offset: int = 0, limit: int = 100
    ) -> Listing[PropositionItem]:
        """Derived propositions by ``method`` (read after they are fresh)."""
        with self.engine.connect() as conn:
            return reads.list_propositions(conn, filters, method, offset, limit)

    def stories(
        self, filters: Filters = NO_FILTERS, offset: int = 0, limit: int = 100
    ) -> Listing[StoryItem]:
        """Stories, most recent first."""
        with self.engine.connect() as conn:
            return reads.list_stories(conn, filters, offset, limit)

    def story_labels(self, limit: int) -> list[tuple[int, str]]:
        """The id and label of the ``limit`` stories listed first, most recent first."""
        with self.engine.connect() as conn:
            return reads.story_labels(conn, limit)

    def export(self) -> Iterator[Row]:
        """Every stored article with everything found in it, one dict each."""
        with self.engine.connect() as conn:
            ids = reads.article_ids(conn)
        for article_id in ids:
            yield self.article(article_id)


@cache
@cache
def _indexed(dated: bool) -> Any:
    """The story index's rows under any of ``keys``; when ``dated``, only those of stories
    that took an article at or after ``since``: a story's keys carry when it last took one,
    so stories quiet since before ``since`` (and undated ones) are left out here, by the
    index on (key, last_seen), and a popular key's older stories are never read."""
    query = select(story_keys.c.story_id, story_keys.c.key, story_keys.c.weight).where(
        story_keys.c.key.in_(bindparam("keys", expanding=True))
    )
    if dated:
        query = query.where(story_keys.c.last_seen >= bindparam("since", type_=DateTime()))
    return query


@cache
def _candidates(dated: bool) -> Any:
    """The stories of these ``ids``; when ``dated``, those undated or last published at or
    after ``since``."""
    query = select(stories).where(stories.c.id.in_(bindparam("ids", expanding=True)))
    if dated:
        since = bindparam("since", type_=DateTime())
        query = query.where(
            or_(stories.c.last_published.is_(None), stories.c.last_published >= since)
        )
    return query


def _candidate(row: Any, shared: dict[str, float]) -> StoryCandidate:
    """A story row (``_candidates``, or the whole row) as story grouping reads it, with the
    index keys it shares with the article (none where it was asked for by id)."""
    return StoryCandidate(
        id=row.id,
        label=row.label,
        articles=row.articles,
        first_published=row.first_published,
        last_published=row.last_published,
        summary=json.loads(row.summary or "{}"),
        shared=shared,
    )


class StoryLookup:
    """The story index as story grouping reads it, inside the write transaction of the
    article being placed."""

    def __init__(self, conn: Connection) -> None:
        self._conn = conn
        self.versions: dict[int, int] = {}
        """The version of each story read, as read: what a choice made from it saw."""

    def candidates(
        self, keys: Sequence[str], since: datetime | None = None, limit: int = 50
    ) -> list[StoryCandidate]:
        """Stories indexed under any of ``keys`` (last published at or after ``since``, when
        given: undated stories are then left out), the most keys shared first, at most
        ``limit``."""
        wanted = list(dict.fromkeys(keys))
        if not wanted:
            return []
        shared: dict[int, dict[str, float]] = {}
        dated = since is not None
        for batch in reads.batches(wanted):
            params: dict[str, Any] = {"keys": list(batch), "since": since}
            for story_id, key, weight in self._conn.execute(_indexed(dated), params):
                shared.setdefault(story_id, {})[key] = weight
        ranked = sorted(shared, key=lambda s: (-len(shared[s]), -s))
        params = {"ids": ranked[: limit * 4] or [-1], "since": since}
        found = {r.id: r for r in self._conn.execute(_candidates(dated), params)}
        self.versions.update((r.id, r.version) for r in found.values())
        # only the summaries of the stories returned are decoded (up to four times as many
        # rows are read, for those ``since`` leaves out)
        chosen = [found[s] for s in ranked if s in found][:limit]
        return [_candidate(r, shared[r.id]) for r in chosen]

    def story(self, story_id: int) -> StoryCandidate | None:
        """One story by id."""
        row = self._conn.execute(select(stories).where(stories.c.id == story_id)).first()
        if row is None:
            return None
        self.versions[row.id] = row.version
        return _candidate(row, {})

    def count(self) -> int:
        """How many stories there are."""
        return int(self._conn.execute(select(func.count()).select_from(stories)).scalar_one())
