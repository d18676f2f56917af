"""An analyst's merge, kept exactly: before a merge moves the rows of one entity to another,
``taken`` lists them (``merge_rows``); ``undo`` moves back exactly those and brings the
merged entity back, so that the target keeps its own rows whatever names they bear (a split
moves every mention of a name, also those the target had before the merge). Articles stored
while the merge held gave the target the merged entity's names; the undo moves those back too
(``_later_back``)."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, and_, exists, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from newsclaims.errors import InputError, NotFound
from newsclaims.names import normalise
from newsclaims.store.schema import (
    aliases,
    articles,
    claim_entities,
    claims,
    corrections,
    entities,
    event_actors,
    events,
    main_event_parts,
    mentions,
    merge_rows,
    quantities,
)

#: The kinds of row a merge keeps (``merge_rows.what``): the merged entity itself (its id and
#: columns), the rows pointing at it, its links from claims and events, its aliases, and the
#: earlier corrections that pointed at it (a merge into it, now pointing at the target).
MOVED = (
    "entity", "mention", "main_event_part", "claim_source", "figure_source", "event_location",
    "claim_entity", "event_actor", "alias", "redirect",
)  # fmt: skip

#: The rows that point at an entity by one column, by the kind kept for them.
_POINTERS = {
    "mention": (mentions, mentions.c.id, mentions.c.entity_id),
    "figure_source": (quantities, quantities.c.id, quantities.c.source_entity_id),
    "event_location": (events, events.c.id, events.c.location_id),
}
#: Rows named by a text id.
_KEYED_POINTERS = {"claim_source": (claims, claims.c.id, claims.c.source_entity_id)}
#: The entity's columns kept to bring it back.
_ENTITY_COLUMNS = ("name", "type", "kb_id", "country", "lat", "lon", "precision")
#: Ids per statement in an IN list (SQLite's bound parameters are limited).
_CHUNK = 500


def _chunks(values: Sequence[Any]) -> Iterator[Sequence[Any]]:
    for at in range(0, len(values), _CHUNK):
        yield values[at : at + _CHUNK]


def taken(conn: Connection, old: int, new: int, old_key: str) -> list[dict[str, Any]]:
    """The rows merging entity ``old`` (key ``old_key``) into ``new`` moves, as ``merge_rows``
    rows without their correction's id; read before the move."""
    kept: list[dict[str, Any]] = []

    def keep(what: str, **row: Any) -> None:
        kept.append({"what": what, "row_id": None, "row_key": None, "detail": None,
                     "position": None, "shared": False, **row})  # fmt: skip

    entity = conn.execute(select(entities).where(entities.c.id == old)).one()
    keep("entity", row_id=old, detail=json.dumps({c: entity._mapping[c] for c in _ENTITY_COLUMNS}))
    for what, (_, key, column) in {**_POINTERS, **_KEYED_POINTERS}.items():
        for (row,) in conn.execute(select(key).where(column == old).order_by(key)):
            keep(what, **({"row_key": row} if what in _KEYED_POINTERS else {"row_id": row}))
    parts = select(main_event_parts.c.article_id, main_event_parts.c.part).where(
        main_event_parts.c.entity_id == old
    )
    for article_id, part in conn.execute(parts):
        keep("main_event_part", row_key=article_id, detail=part)
    theirs = set(
        conn.execute(select(claim_entities.c.claim_id).where(claim_entities.c.entity_id == new))
        .scalars()
        .all()
    )
    for claim_id in conn.execute(
        select(claim_entities.c.claim_id).where(claim_entities.c.entity_id == old)
    ).scalars():
        keep("claim_entity", row_key=claim_id, shared=claim_id in theirs)
    acting = set(
        conn.execute(select(event_actors.c.event_id).where(event_actors.c.entity_id == new))
        .scalars()
        .all()
    )
    for event_id, position in conn.execute(
        select(event_actors.c.event_id, event_actors.c.position).where(
            event_actors.c.entity_id == old
        )
    ):
        keep("event_actor", row_id=event_id, position=position, shared=event_id in acting)
    named = set(conn.execute(select(aliases.c.norm).where(aliases.c.entity_id == new)).scalars())
    for alias, norm in conn.execute(
        select(aliases.c.alias, aliases.c.norm).where(aliases.c.entity_id == old)
    ):
        keep("alias", row_key=norm, detail=alias, shared=norm in named)
    for (correction_id,) in conn.execute(
        select(corrections.c.id).where(corrections.c.to_key == old_key)
    ):
        keep("redirect", row_id=correction_id)
    return kept


def keep(conn: Connection, rows: list[dict[str, Any]], old_key: str, new_key: str) -> None:
    """Keep ``rows`` (``taken``) for the merge of ``old_key`` into ``new_key`` just recorded."""
    correction_id = conn.execute(
        select(corrections.c.id)
        .where(corrections.c.kind == "merge")
        .where(corrections.c.from_key == old_key)
        .where(corrections.c.to_key == new_key)
        .order_by(corrections.c.id.desc())
        .limit(1)
    ).scalar_one()
    conn.execute(insert(merge_rows), [{"correction_id": correction_id, **r} for r in rows])


def undoable(conn: Connection) -> set[int]:
    """The merges that can be undone: not undone yet, and with what they moved kept."""
    return set(
        conn.execute(
            select(corrections.c.id)
            .where(corrections.c.undone_at.is_(None))
            .where(exists().where(merge_rows.c.correction_id == corrections.c.id))
        ).scalars()
    )


def _insert_ignoring(conn: Connection, table: Any, index: list[str]) -> Any:
    module: Any = postgresql if conn.dialect.name == "postgresql" else sqlite
    return module.insert(table).on_conflict_do_nothing(index_elements=index)


def undo(conn: Connection, correction_id: int) -> tuple[int, int]:
    """Undo the merge ``correction_id``: the merged entity comes back (with its id when that
    is free) and every row the merge moved that still points at the entity it was merged into
    (or, after later merges, the one that took that entity in) points at it again; links and
    aliases the target had before stay. Returns (the entity back, the target)."""
    row = conn.execute(select(corrections).where(corrections.c.id == correction_id)).first()
    if row is None or row.undone_at is not None:
        raise NotFound(
            "E601",
            f"No merge {correction_id} to undo.",
            "list the corrections with `newsclaims corrections`.",
        )
    moved = conn.execute(select(merge_rows).where(merge_rows.c.correction_id == correction_id))
    by_kind: dict[str, list[Any]] = {what: [] for what in MOVED}
    for r in moved:
        by_kind[r.what].append(r)
    if row.kind != "merge" or not by_kind["entity"]:
        raise InputError(
            "E412",
            f"Correction {correction_id} is a {row.kind} with no exact undo"
            + (" (made before merges kept what they moved)." if row.kind == "merge" else "."),
            "split a name off on the entity's page.",
        )
    target = conn.execute(select(entities.c.id).where(entities.c.key == row.to_key)).scalar()
    if target is None:
        raise NotFound("E601", f"No entity {row.to_key!r} to undo the merge from.", "check it.")
    back = _bring_back(conn, row.from_key, by_kind["entity"][0])
    for what, (table, key, column) in {**_POINTERS, **_KEYED_POINTERS}.items():
        ids = [r.row_key if what in _KEYED_POINTERS else r.row_id for r in by_kind[what]]
        for chunk in _chunks(ids):
            conn.execute(
                update(table).where(key.in_(chunk)).where(column == target).values({column: back})
            )
    for r in by_kind["main_event_part"]:
        conn.execute(
            update(main_event_parts)
            .where(main_event_parts.c.article_id == r.row_key)
            .where(main_event_parts.c.part == r.detail)
            .where(main_event_parts.c.entity_id == target)
            .values(entity_id=back)
        )
    _links_back(conn, by_kind, target, back)
    _later_back(conn, row.at, by_kind, target, back)
    _aliases_back(conn, by_kind["alias"], target, back)
    redirected = [r.row_id for r in by_kind["redirect"]]
    for chunk in _chunks(redirected):
        conn.execute(
            update(corrections)
            .where(corrections.c.id.in_(chunk))
            .where(corrections.c.to_key == row.to_key)
            .values(to_key=row.from_key)
        )
    conn.execute(
        update(corrections)
        .where(corrections.c.id == correction_id)
        .values(undone_at=datetime.now(UTC))
    )
    return back, target


def _bring_back(conn: Connection, key: str, kept: Any) -> int:
    """The merged entity again: the one of its key when there is one (a later split or
    ingest made it), else a new row with its old columns, and its old id when that is free."""
    found = conn.execute(select(entities.c.id).where(entities.c.key == key)).scalar()
    if found is not None:
        return int(found)
    columns = {"key": key, **json.loads(kept.detail)}
    taken_id = conn.execute(select(entities.c.id).where(entities.c.id == kept.row_id)).first()
    if taken_id is None:
        columns["id"] = kept.row_id
    return int(conn.execute(insert(entities).values(columns).returning(entities.c.id)).scalar_one())


def _links_back(conn: Connection, by_kind: dict[str, list[Any]], target: int, back: int) -> None:
    """Claims' and events' links to the merged entity: moved back from the target, or, where
    the target was linked too (the merge dropped the merged one's link), made again."""
    for what, table, owner, parents in (
        ("claim_entity", claim_entities, claim_entities.c.claim_id, claims.c.id),
        ("event_actor", event_actors, event_actors.c.event_id, events.c.id),
    ):
        moved = [r for r in by_kind[what] if not r.shared]
        for chunk in _chunks([r.row_key if what == "claim_entity" else r.row_id for r in moved]):
            conn.execute(
                update(table)
                .where(owner.in_(chunk))
                .where(table.c.entity_id == target)
                .values(entity_id=back)
            )
        again = [r for r in by_kind[what] if r.shared]
        for r in again:
            one = r.row_key if what == "claim_entity" else r.row_id
            if conn.execute(select(parents).where(parents == one)).first() is None:
                continue  # its article went
            values: dict[str, Any] = {owner.name: one, "entity_id": back}
            if what == "event_actor":
                values["position"] = r.position
            conn.execute(_insert_ignoring(conn, table, [owner.name, "entity_id"]).values(values))


def _later_back(
    conn: Connection, since: datetime, by_kind: dict[str, list[Any]], target: int, back: int
) -> None:
    """The rows that articles stored while the merge held gave the target for the merged
    entity's names (the merge redirected their key): their mentions of a name only the merged
    entity bore, the claims and figures such a name is the source of, and the claims whose
    content holds such a mention (a link to the target too stays when another of its mentions
    is there). The names the target bore before the merge stay its own."""
    shared = {r.row_key for r in by_kind["alias"] if r.shared}
    name = json.loads(by_kind["entity"][0].detail)["name"]
    own = ({r.row_key for r in by_kind["alias"]} | {normalise(name)}) - shared
    if not own:
        return
    later = select(articles.c.id).where(articles.c.ingested_at >= since)
    found = conn.execute(
        select(
            mentions.c.id, mentions.c.article_id, mentions.c.start, mentions.c.end, mentions.c.text
        )
        .where(mentions.c.entity_id == target)
        .where(mentions.c.article_id.in_(later))
    ).all()
    if not found:
        return
    moving = [m for m in found if normalise(m.text) in own]
    staying = [m for m in found if normalise(m.text) not in own]
    for chunk in _chunks([m.id for m in moving]):
        conn.execute(update(mentions).where(mentions.c.id.in_(chunk)).values(entity_id=back))
    in_articles = sorted({m.article_id for m in found})
    for table, key in ((claims, claims.c.id), (quantities, quantities.c.id)):
        sourced = conn.execute(
            select(key, table.c.source_text)
            .where(table.c.source_entity_id == target)
            .where(table.c.article_id.in_(in_articles))
        ).all()
        ids = [i for i, text in sourced if text and normalise(text) in own]
        for chunk in _chunks(ids):
            conn.execute(update(table).where(key.in_(chunk)).values(source_entity_id=back))
    linked = conn.execute(
        select(claims.c.id, claims.c.article_id, claims.c.start, claims.c.end)
        .join(claim_entities, claim_entities.c.claim_id == claims.c.id)
        .where(claim_entities.c.entity_id == target)
        .where(claims.c.article_id.in_(in_articles))
    ).all()

    def within(claim: Any, those: list[Any]) -> bool:
        return any(
            m.article_id == claim.article_id and claim.start <= m.start and m.end <= claim.end
            for m in those
        )

    for claim in linked:
        if not within(claim, moving):
            continue
        link = {"claim_id": claim.id, "entity_id": back}
        conn.execute(_insert_ignoring(conn, claim_entities, ["claim_id", "entity_id"]).values(link))
        if not within(claim, staying):
            conn.execute(
                claim_entities.delete()
                .where(claim_entities.c.claim_id == claim.id)
                .where(claim_entities.c.entity_id == target)
            )


def _aliases_back(conn: Connection, kept: list[Any], target: int, back: int) -> None:
    """The merged entity's aliases again; those the merge gave the target go from it (the
    ones it had before stay)."""
    if not kept:
        return
    conn.execute(
        _insert_ignoring(conn, aliases, ["entity_id", "norm"]),
        [{"entity_id": back, "alias": r.detail, "norm": r.row_key} for r in kept],
    )
    gone = [r.row_key for r in kept if not r.shared]
    for chunk in _chunks(gone):
        conn.execute(
            aliases.delete().where(and_(aliases.c.entity_id == target, aliases.c.norm.in_(chunk)))
        )
