"""What the store's entity linking reads of the stored organisations while it writes
one article, read in one query instead of several per organisation.

``SqlStore._link_or_upsert`` writes an article's organisations one at a time, so that variants
within the article join each other ("Acme UK", then "Acme"): each organisation's lookups must
see the ones written before it. ``OrgView`` reads, once for the article, what those lookups
read (the stored ids of the organisations' keys; the organisations whose key is a name or a
core of theirs, or extends one with more words; which of those the articles in scope name)
and is told of each write the loop makes (a new organisation, a new name), so that it answers
as the database would at that point. Rows moving between entities are not followed: the loop
reads a new view after a move.

``person_links`` reads, once per article, the people of its story that a name typed two ways
or spelt two ways joins (``reconcile.entities.person_reading``, ``spelling_variant``)."""

from __future__ import annotations

import json
import string
from collections.abc import Iterable
from functools import cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    String,
    TypeDecorator,
    and_,
    any_,
    bindparam,
    func,
    literal_column,
    or_,
    select,
    union,
)
from sqlalchemy.dialects.postgresql import ARRAY

from newsclaims.model import Entity
from newsclaims.names import normalise
from newsclaims.reconcile.entities import (
    MISTYPED,
    initial_variant,
    org_core,
    org_name,
    person_reading,
    same_first_last,
    spelling_variant,
)
from newsclaims.store.schema import aliases, articles, claims, entities, mentions

#: SQLite's ``LIKE`` folds the case of ASCII letters only; PostgreSQL's folds none.
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


def _escaped(words: str) -> str:
    return words.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def among(column: Any, name: str, dialect: str) -> ColumnElement[bool]:
    """Whether ``column`` is one of the values of the list parameter ``name``. On PostgreSQL
    ``= ANY`` of one array parameter: the statement's text is the same whatever the list's
    length, so the driver prepares it and the server plans it once, where an ``IN`` list
    (a new text for each length) was planned on every call (the store's reads by key and
    name: their planning cost more than their running, session 36 pgwrite). On SQLite the
    list goes as one JSON array read by ``json_each``, for the same reason: an ``IN`` list made
    a new text for each length, which SQLAlchemy rendered anew on every call and SQLite
    prepared anew; the one text is compiled once and stays in the driver's statement cache.
    Each value is still looked up by the column's index (``IN`` over the list's rows)."""
    if dialect == "postgresql":
        return column == any_(bindparam(name, type_=ARRAY(column.type)))  # type: ignore[no-any-return]
    listed = func.json_each(bindparam(name, type_=_JsonList()))
    return column.in_(select(literal_column("value")).select_from(listed))  # type: ignore[no-any-return]


class _JsonList(TypeDecorator[list[Any]]):
    """A list parameter bound as its JSON text (``among`` on SQLite)."""

    impl = String
    cache_ok = True

    def process_bind_param(self, value: list[Any] | None, dialect: Any) -> str | None:
        return None if value is None else json.dumps(list(value))


def named_in_story(story: str = "story") -> ColumnElement[bool]:
    """Whether an article of the story ``story`` (a parameter) names the entity of the
    enclosing query's row, tested for that entity alone (its mentions, by
    ``ix_mentions_entity_article``). An ``IN`` over the story's mentions made SQLite list every
    entity the story names (thousands of mentions in a long story) to test a few candidates
    found by an index: the list grew with the story, on every call."""
    return (
        select(mentions.c.id)
        .join(articles, articles.c.id == mentions.c.article_id)
        .where(mentions.c.entity_id == entities.c.id)
        .where(articles.c.story_id == bindparam(story))
        .exists()
    )


@cache
def _query(patterns: int, story: bool) -> Select[Any]:
    """The view's query, with this many ``LIKE`` patterns (``p0``, ``p1``, ...), for an
    article in a story or without one; made once per shape (building the expressions cost
    more than running the query)."""
    if story:
        scope = select(articles.c.id).where(articles.c.story_id == bindparam("scope"))
    else:
        scope = select(articles.c.id).where(articles.c.id == bindparam("scope"))
    named = select(mentions.c.entity_id).where(mentions.c.article_id.in_(scope))
    return select(
        entities.c.id,
        entities.c.key,
        entities.c.name,
        entities.c.type,
        entities.c.id.in_(named),
    ).where(
        or_(
            entities.c.key.in_(bindparam("keys", expanding=True)),
            and_(
                entities.c.type == "ORG",
                or_(
                    entities.c.key.in_(bindparam("exact", expanding=True)),
                    *(
                        entities.c.key.like(bindparam(f"p{n}"), escape="\\")
                        for n in range(patterns)
                    ),
                ),
            ),
        )
    )


class OrgView:
    """The stored organisations an article's organisations may be or join, kept current as
    they are written (``added``, ``renamed``)."""

    def __init__(
        self,
        conn: Connection,
        dialect: str,
        orgs: Iterable[Entity],
        article_id: str,
        story_id: int | None,
    ) -> None:
        """Read what ``orgs``, of the article ``article_id`` in story ``story_id``, may be of
        the store. The articles in scope, whose organisations a family or country variant
        joins, are the story's (the article's, without a story: ``_link_or_upsert``)."""
        orgs = list(orgs)
        self.dialect = dialect
        keys = {e.key for e in orgs}
        cores = sorted({org_core(e.name) for e in orgs})
        self.ids: dict[str, int] = {}
        """Entity key -> stored id, for the organisations' keys."""
        self.rows: dict[int, tuple[str, str]] = {}
        """Id -> (key, name) of the stored organisations whose key is ``ORG:<words>`` or
        starts with ``ORG:<words> `` for a name or core of the article's organisations (a
        name's key starts with its core's)."""
        self.under: dict[str, set[int]] = {
            w: set() for w in (*cores, *(org_name(e.name) for e in orgs))
        }
        """Name or core -> ids of ``rows`` whose key it is or starts (as ``LIKE`` matches)."""
        self.in_scope: set[int] = set()
        """Ids of ``rows`` that the articles in scope name."""
        patterns = [f"ORG:{_escaped(core)} %" for core in cores]
        # as many patterns as the next power of two (the last repeated): few statements
        patterns += patterns[-1:] * ((1 << (len(patterns) - 1).bit_length()) - len(patterns))
        params: dict[str, Any] = {
            "keys": sorted(keys),
            "exact": [f"ORG:{core}" for core in cores],
            "scope": article_id if story_id is None else story_id,
        }
        params.update({f"p{n}": p for n, p in enumerate(patterns)})
        query = _query(len(patterns), story_id is not None)
        for entity_id, key, name, type_, in_scope in conn.execute(query, params):
            if key in keys:
                self.ids[key] = entity_id
            if type_ == "ORG":
                self._file(entity_id, key, name)
                if in_scope:
                    self.in_scope.add(entity_id)

    def _like(self, key: str, prefix: str) -> bool:
        if self.dialect == "sqlite":
            return key.translate(_ASCII_LOWER).startswith(prefix.translate(_ASCII_LOWER))
        return key.startswith(prefix)

    def _file(self, entity_id: int, key: str, name: str) -> None:
        """Keep an organisation under each name or core its key is or extends."""
        found = False
        for words, ids in self.under.items():
            if key == f"ORG:{words}" or self._like(key, f"ORG:{words} "):
                ids.add(entity_id)
                found = True
        if found:
            self.rows[entity_id] = (key, name)

    def named(self, words: str, where: set[int] | None = None) -> list[tuple[int, str, str]]:
        """(id, name in the key, name) of the stored organisations whose key is ``words`` or
        starts with them and a space ("ORG:acme", "ORG:acme uk" for "acme"), oldest first;
        with ``where``, only those ids and the ones the articles in scope name."""
        found = []
        for entity_id in sorted(self.under[words]):
            if where is None or entity_id in where or entity_id in self.in_scope:
                key, name = self.rows[entity_id]
                found.append((entity_id, key.partition(":")[2], name))
        return found

    def added(self, entity: Entity, entity_id: int) -> None:
        """A new organisation was stored under ``entity_id``."""
        self.ids[entity.key] = entity_id
        self._file(entity_id, entity.key, entity.name)

    def renamed(self, entity_id: int, name: str) -> None:
        """The organisation ``entity_id`` was given the name ``name``."""
        if entity_id in self.rows:
            self.rows[entity_id] = (self.rows[entity_id][0], name)


@cache
def _namesakes_query(dialect: str) -> Select[Any]:
    """``story_namesakes``'s query with open parameters (``story``, ``keys``, ``surnames``):
    built once per dialect, as building it cost several times running it. The candidates are
    found by their keys and lookup names (indexes) and the story's mentions and sources probed
    for each, as ``named_in_story`` does. On PostgreSQL the ``IN`` form made the planner hash
    the story's mentions after a sequential scan of every mention and claim of the store on
    each article (200 PolNeAR articles: server CPU 10.5 -> 9.5 ms an article, session 36); on
    SQLite it listed every entity the story names and every source it quotes, a cost that grew
    with the story (200 PolNeAR train articles: 2.6 -> 1.2 ms CPU an article, session 38;
    realnews alike). On PostgreSQL ``IN`` lists for the keys and names, not ``among``: this
    query's prepared ``= ANY`` form cost more server time than planning each call (its one
    plan fits few calls: session 38). On SQLite ``among``: one text whatever the lists'
    lengths, prepared once and kept in the driver's cache, where each new length of an ``IN``
    list was prepared anew, which cost more than running the query (session 48)."""
    if dialect == "sqlite":
        person_of = select(aliases.c.entity_id).where(among(aliases.c.norm, "surnames", dialect))
        keyed = among(entities.c.key, "keys", dialect)
    else:
        person_of = select(aliases.c.entity_id).where(
            aliases.c.norm.in_(bindparam("surnames", expanding=True))
        )
        keyed = entities.c.key.in_(bindparam("keys", expanding=True))
    said = (
        select(claims.c.id)
        .join(articles, articles.c.id == claims.c.article_id)
        .where(claims.c.source_entity_id == entities.c.id)
        .where(articles.c.story_id == bindparam("story"))
        .exists()
    )
    candidates = union(select(entities.c.id).where(keyed), person_of)
    # the candidates as a join (an ``OR`` over a subquery scanned entities on PostgreSQL)
    return (
        select(entities.c.id, entities.c.key, entities.c.name, entities.c.type, said)
        .where(entities.c.id.in_(candidates))
        .where(or_(keyed, entities.c.type == "PERSON"))
        .where(named_in_story())
        .order_by(entities.c.id)
    )


def story_namesakes(
    conn: Connection, story_id: int, keys: Iterable[str] = (), surnames: Iterable[str] = ()
) -> list[tuple[int, str, str, str, bool]]:
    """(id, key, name, type, speaker) of the stored entities the articles of story
    ``story_id`` name whose key is one of ``keys``, or that are people with a lookup name
    among ``surnames`` (a person's surname is one: ``_lookup_names``); ``speaker``: whether
    one of the story's claims has it as its source. What a name typed two ways
    (``person_reading``) or spelt two ways (``spelling_variant``) in one story may join."""
    keys, surnames = sorted(set(keys)), sorted(set(surnames))
    if not keys and not surnames:
        return []
    rows = conn.execute(
        _namesakes_query(conn.dialect.name),
        {"story": story_id, "keys": keys, "surnames": surnames},
    )
    return [(int(i), str(k), str(n), str(t), bool(s)) for i, k, n, t, s in rows]


def namesake_keys(found: Iterable[Entity], *, joins: bool = True) -> tuple[set[str], set[str]]:
    """The keys and surnames ``person_links`` asks ``story_namesakes`` for, of the entities
    ``found``: for each person the keys of its name typed otherwise (``MISTYPED``), and with
    ``joins`` its own key and surname, and for a name typed otherwise its key as a person."""
    wanted: set[str] = set()
    surnames: set[str] = set()
    for e in found:
        rest = e.key.partition(":")[2]
        if e.type == "PERSON":
            wanted |= {f"{t}:{rest}" for t in MISTYPED}
            if joins:
                wanted.add(e.key)
                if len(rest.split()) > 1:
                    surnames.add(rest.split()[-1])
        elif e.type in MISTYPED and joins:
            wanted.add(f"PERSON:{rest}")
    return wanted, surnames


def person_links(
    conn: Connection,
    found: Iterable[Entity],
    speakers: Iterable[str],
    story_id: int | None,
    *,
    joins: bool = True,
    stored: list[tuple[int, str, str, str, bool]] | None = None,
) -> tuple[dict[str, int], list[tuple[int, str]]]:
    """What an article's entities are of the people its story already names, and what of the
    story becomes one of its people: (entity key -> stored id to use instead, [(stored id,
    entity key whose entity takes the stored one's rows in the story)]).

    - A name typed ORG (GROUP, FAC, ...) here is the stored person of that name the story
      names, when the person reading wins (``person_reading``); a name typed PERSON here takes
      the rows of the story's namesakes of other types the same way (the second result).
    - A person's full name is the one stored person of the story with the same surname whose
      first name is the same but for a doubled letter ("Lilly Allen", "Lily Allen":
      ``spelling_variant``), or the same but for middle initials ("Donald J Trump", "Donald
      Trump": ``initial_variant``), when the story names no one by this exact name, there is
      no other such candidate, and (for initials) no other person of the story has the same
      first and last names ("Donald T Trump").

    With ``joins`` off only the second result is asked for (the first comes back empty): the
    story is read for the other-typed namesakes of the people alone, not for every person
    by surname, which only the first result reads. ``stored``: the rows ``story_namesakes``
    gives for ``namesake_keys(found, joins=joins)``, when read already (the writer reads
    them once for both directions: ``SqlStore._person_links``)."""
    if story_id is None:
        return {}, []
    found = list(found)
    said = set(speakers)
    if stored is None:
        stored = story_namesakes(conn, story_id, *namesake_keys(found, joins=joins))
    by_key = {key: (i, name, type_, speaker) for i, key, name, type_, speaker in stored}
    use: dict[str, int] = {}
    take: list[tuple[int, str]] = []
    # the story's people by the last word of their name (both variants keep the surname),
    # made when a full name first asks
    by_surname: dict[str, list[tuple[int, str, str]]] | None = None
    for e in found:
        rest = e.key.partition(":")[2]
        if e.type in MISTYPED:
            if not joins:
                continue
            person = by_key.get(f"PERSON:{rest}")
            if person and person_reading(person[1], person[3] or e.key in said):
                use[e.key] = person[0]
            continue
        if e.type != "PERSON":
            continue
        for t in sorted(MISTYPED):
            other = by_key.get(f"{t}:{rest}")
            if other and person_reading(e.name, other[3] or e.key in said):
                take.append((other[0], e.key))
        if not joins or e.key in by_key or len(rest.split()) < 2:
            continue
        if by_surname is None:
            by_surname = {}
            for i, key, name, type_, _ in stored:
                words = normalise(name).split()
                if type_ == "PERSON" and words:
                    by_surname.setdefault(words[-1], []).append((i, key, name))
        own = normalise(e.name).split()
        people = by_surname.get(own[-1], []) if own else []
        variants = [
            (i, name)
            for i, _, name in people
            if spelling_variant(e.name, name) or initial_variant(e.name, name)
        ]
        same = [i for i, key, _ in people if key == e.key]
        if len(variants) != 1 or same:
            continue
        [(target, name)] = variants
        if initial_variant(e.name, name) and any(
            i != target and same_first_last(e.name, other) for i, _, other in people
        ):
            continue  # "Donald J Trump" beside "Donald Trump" and a "Donald T Trump"
        use[e.key] = target
    return use, take
