"""The store's read queries: typed items built by column name, filtered, counted and paged.

Every listing takes the same ``Filters`` and answers a ``Listing`` (one page and the count of
all that match). Nothing here reconciles: derived results (disagreements, propositions) are
read from the tables the service fills (see ``newsclaims.derive``)."""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache
from typing import Any, TypeAlias, TypeVar

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    String,
    and_,
    cast,
    exists,
    extract,
    func,
    literal_column,
    or_,
    select,
    text,
    union,
)

from newsclaims import settings
from newsclaims.errors import NotFound
from newsclaims.lexicons import (
    figure_dimensions,
    head_ends,
    measure_class,
    measure_classes,
    medium_word,
    non_sources,
    office_suffixes,
    participle_modifier,
    person_words,
    units_of,
)
from newsclaims.model import MAIN_EVENT_PARTS, Stance
from newsclaims.names import normalise
from newsclaims.reconcile.records import (
    MainEventMark,
    StoredClaim,
    StoredEvent,
    StoredFigure,
    StoryRecords,
)
from newsclaims.store import merges
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
    PropositionClaim,
    PropositionItem,
    SideItem,
    SourceItem,
    SourceListing,
    StoryItem,
    TimelineItem,
    from_mapping,
)
from newsclaims.store.schema import (
    aliases,
    articles,
    claim_entities,
    claims,
    corrections,
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
    proposition_claims,
    propositions,
    quantities,
    source_profiles,
    stories,
    times,
)

T = TypeVar("T")

#: A query of any columns (queries here are narrowed step by step, filter by filter).
Query: TypeAlias = "Select[*tuple[Any, ...]]"

#: ids per IN (...) list, well under the bound-parameter limits of SQLite and PostgreSQL
IN_BATCH = 500


def batches(items: Sequence[T]) -> Iterator[Sequence[T]]:
    """``items`` in slices short enough for one ``IN (...)`` list."""
    for start in range(0, len(items), IN_BATCH):
        yield items[start : start + IN_BATCH]


def entity_ids(conn: Connection, name: str) -> list[int]:
    """Entities whose canonical name or an alias equals ``name`` (case-insensitive); only the
    one entity when ``name`` is an entity's key ("ORG:acme", its unique address)."""
    keyed = _keyed(conn, name)
    return [keyed] if keyed is not None else _named_ids(conn, name)


def _named_ids(conn: Connection, name: str) -> list[int]:
    """Entities whose canonical name or an alias equals ``name`` (case-insensitive), the key
    left unread (``_keyed`` read it already)."""
    norm = normalise(name)
    query: Query = select(aliases.c.entity_id).where(aliases.c.norm == norm).distinct()
    return list(conn.execute(query).scalars())


def _keyed(conn: Connection, source: str | None) -> int | None:
    """The entity a source filter (or any name, for ``entity_ids``) names by its key
    ("PERSON:ida fenwick", an entity page's link): its claims or figures are those linked
    to it; a name that is no key is then looked up once among the names (``_named_ids``).
    A source's words as written and an outlet (an article's own assertions) are compared to
    a name, never to a key: at 10,000 articles those two comparisons read every claim (no
    index holds them), ~80 ms, twice on an entity page (its rows and count) for nothing a
    key can match."""
    if not source:
        return None
    found = conn.execute(select(entities.c.id).where(entities.c.key == source)).scalar()
    return None if found is None else int(found)


def _marked(target: str, key: ColumnElement[Any]) -> ColumnElement[bool]:
    """Whether an analyst marked the record wrong (and did not undo it)."""
    return exists(
        select(marks.c.id)
        .where(marks.c.target == target)
        .where(marks.c.target_key == key)
        .where(marks.c.undone_at.is_(None))
    )


def _article_filters(query: Query, f: Filters) -> Query:
    """The filters every listing shares, on the ``articles`` table joined in."""
    return _where(
        query, f, articles.c.story_id, func.lower(articles.c.outlet), articles.c.id,
        articles.c.published,
    )  # fmt: skip


def _where(
    query: Query,
    f: Filters,
    story: ColumnElement[Any],
    outlet_key: ColumnElement[Any],
    article: ColumnElement[Any],
    published: ColumnElement[Any],
) -> Query:
    """The story, outlet (compared in lower case), article and date filters, on the columns
    given: the articles joined in, or rows that carry their article's fields."""
    if f.story is not None:
        query = query.where(story == f.story)
    if f.outlet:
        query = query.where(outlet_key == f.outlet.lower())
    if f.article:
        query = query.where(article == f.article)
    if f.since:
        query = query.where(published >= f.since)
    if f.until:
        query = query.where(published <= f.until)
    return query


def _count(conn: Connection, query: Query) -> int:
    """How many rows ``query`` yields (``_counting``)."""
    return int(conn.execute(_counting(query)).scalar_one())


def _counting(query: Query) -> Query:
    """The count of the rows ``query`` yields. Its columns are dropped first where that
    cannot change the count (no DISTINCT, GROUP BY or LIMIT): a listing's computed columns
    (such as whether a record was marked wrong) would otherwise be evaluated for every row
    just to count them."""
    plain = query.order_by(None)
    if not (plain._distinct or plain._group_by_clauses or plain._limit_clause is not None):
        plain = plain.with_only_columns(literal_column("1"), maintain_column_froms=True)
    return select(func.count()).select_from(plain.subquery())


def _page(
    conn: Connection, query: Query, kind: type[T], offset: int, limit: int
) -> tuple[list[T], int]:
    """One page of ``query`` as items of ``kind``, and the count of all its rows."""
    rows = conn.execute(query.limit(limit).offset(offset))
    return [from_mapping(kind, r._mapping) for r in rows], _count(conn, query)


def _page_rows(
    conn: Connection, query: Query, offset: int, limit: int
) -> tuple[list[dict[str, Any]], int]:
    """One page of ``query`` as plain mappings (to be completed), and the count of all."""
    rows = conn.execute(query.limit(limit).offset(offset))
    return [dict(r._mapping) for r in rows], _count(conn, query)


def _search_ids(conn: Connection, dialect: str, words: list[str]) -> ColumnElement[bool]:
    """A condition on ``claims.id``: the content holds every word (full text)."""
    if dialect == "sqlite":
        match = " ".join('"' + w.replace('"', '""') + '"' for w in words)
        found = text("SELECT claim_id FROM claims_fts WHERE claims_fts MATCH :q").bindparams(
            q=match
        )
        return claims.c.id.in_(found.columns(literal_column("claim_id")))
    vector = func.to_tsvector(literal_column("'english'"), claims.c.text)
    tsquery = func.plainto_tsquery(literal_column("'english'"), " ".join(words))
    return vector.op("@@")(tsquery)


def search_words(query: str) -> list[str]:
    """The words of a search query."""
    return [w for w in re.findall(r"\w+", query) if w]


def _whole_word(word: str) -> str:
    r"""A pattern both SQLite (Python's ``re``) and PostgreSQL read alike: ``word`` (lower-case
    letters, digits and underscores, from ``search_words``) with no word character on either
        side (of a lower-cased text: neither engine is asked to ignore case). ``\W`` is a
    non-word character in both, so accented letters count as letters."""
    return rf"(^|\W){word}(\W|$)"


# -- articles ----------------------------------------------------------------------------


def list_articles(
    conn: Connection,
    f: Filters,
    offset: int,
    limit: int,
    where: ColumnElement[bool] | None = None,
) -> Listing[ArticleItem]:
    """Stored and rejected articles, newest first (``where``: a further condition)."""
    n_claims = select(func.count()).where(claims.c.article_id == articles.c.id).scalar_subquery()
    query: Query = select(
        articles.c.id,
        articles.c.published,
        articles.c.published_at,
        articles.c.outlet,
        articles.c.title,
        articles.c.url,
        articles.c.origin,
        articles.c.status,
        articles.c.rejection_code,
        articles.c.rejection_reason,
        articles.c.original_id.label("copy_of"),
        articles.c.story_id,
        n_claims.label("claims"),
    )
    query = _article_filters(query, f)
    if where is not None:
        query = query.where(where)
    if f.about:
        ids = entity_ids(conn, f.about)
        query = query.where(
            articles.c.id.in_(select(mentions.c.article_id).where(mentions.c.entity_id.in_(ids)))
        )
    for word in search_words(f.text or ""):
        # every word, as a whole word, in the title or the text, in any case ("Allen" does not
        # find "fallen"): a cheap substring test first, then the word's edges
        needle = word.lower()
        query = query.where(
            or_(
                *(
                    and_(
                        lowered.contains(needle, autoescape=True),
                        lowered.regexp_match(_whole_word(needle)),
                    )
                    for lowered in (func.lower(articles.c.title), func.lower(articles.c.text))
                )
            )
        )
    query = query.order_by(
        articles.c.published.desc().nulls_last(),
        articles.c.published_at.desc().nulls_last(),
        articles.c.ingested_at.desc(),
    )
    items, total = _page(conn, query, ArticleItem, offset, limit)
    return Listing(items, total, offset, limit)


def articles_by_id(conn: Connection, ids: Iterable[str]) -> dict[str, ArticleItem]:
    """The articles with these ids, by id."""
    wanted = sorted(set(ids))
    found: dict[str, ArticleItem] = {}
    for batch in batches(wanted):
        listing = list_articles(conn, NO_FILTERS, 0, len(batch), where=articles.c.id.in_(batch))
        found.update((a.id, a) for a in listing.items)
    return found


def article_texts(conn: Connection, ids: Iterable[str]) -> dict[str, str]:
    """The texts of the articles with these ids, by id (unknown ids are left out)."""
    found: dict[str, str] = {}
    for batch in batches(list(dict.fromkeys(ids))):
        for article_id, body in conn.execute(
            select(articles.c.id, articles.c.text).where(articles.c.id.in_(batch))
        ):
            found[article_id] = body
    return found


def article_record(conn: Connection, article_id: str) -> dict[str, Any]:
    """One article with everything found in it (E601 when it is unknown)."""
    found = conn.execute(select(articles).where(articles.c.id == article_id)).first()
    if found is None:
        raise NotFound(
            "E601",
            f"No article {article_id!r} is in the store.",
            "list them with `newsclaims articles`.",
        )
    record: dict[str, Any] = {"article": dict(found._mapping)}
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
            select(quantities, _marked("figure", _figure_key()).label("wrong"))
            .where(quantities.c.article_id == article_id)
            .order_by(quantities.c.start)
        )
    ]
    text = record["article"]["text"]
    record["furniture"] = [
        {"start": r.start, "end": r.end, "kind": r.kind, "text": text[r.start : r.end]}
        for r in conn.execute(
            select(furniture.c.start, furniture.c.end, furniture.c.kind)
            .where(furniture.c.article_id == article_id)
            .order_by(furniture.c.start)
        )
    ]
    record["times"] = [
        dict(r._mapping)
        for r in conn.execute(
            select(times).where(times.c.article_id == article_id).order_by(times.c.start)
        )
    ]
    source_entity = entities.alias("source_entity")
    record["claims"] = [
        dict(r._mapping)
        for r in conn.execute(
            select(
                claims,
                source_entity.c.name.label("source_entity"),
                _marked("claim", claims.c.id).label("wrong"),
            )
            .outerjoin(source_entity, source_entity.c.id == claims.c.source_entity_id)
            .where(claims.c.article_id == article_id)
            .order_by(claims.c.seq)
        )
    ]
    for c in record["claims"]:
        c["parts"] = json.loads(c["parts"]) if c["parts"] else []
    record["main_event"] = main_event_record(conn, article_id)
    return record


def main_event_record(conn: Connection, article_id: str) -> dict[str, Any] | None:
    """An article's main event: ``{part: {"start", "end", "text", "in_title", "entity",
    "entity_id", ...}}`` for the parts it gives (when with its interval; ``in_title``: the
    offsets point into the title), or None when it has none."""
    rows = conn.execute(
        select(
            main_event_parts.c.part,
            main_event_parts.c.start,
            main_event_parts.c.end,
            main_event_parts.c.text,
            main_event_parts.c.in_title,
            main_event_parts.c.entity_id,
            entities.c.name.label("entity"),
            entities.c.kb_id,
            main_event_parts.c.time_value,
            main_event_parts.c.time_begin,
            main_event_parts.c.time_end,
            main_event_parts.c.time_precision,
            main_event_parts.c.event_id,
        )
        .outerjoin(entities, entities.c.id == main_event_parts.c.entity_id)
        .where(main_event_parts.c.article_id == article_id)
    ).all()
    if not rows:
        return None
    found: dict[str, Any] = {}
    for row in rows:
        item = dict(row._mapping)
        name = item.pop("part")
        found["event_id"] = item.pop("event_id")
        if name != "when":
            for key in ("time_value", "time_begin", "time_end", "time_precision"):
                item.pop(key)
        found[name] = item
    return {name: found.get(name) for name in (*MAIN_EVENT_PARTS, "event_id")}


def article_ids(conn: Connection) -> list[str]:
    """Every stored article's id, in the order they were ingested."""
    query: Query = select(articles.c.id).order_by(articles.c.ingested_at, articles.c.id)
    return list(conn.execute(query).scalars())


# -- claims ------------------------------------------------------------------------------


def _claims_query(conn: Connection, dialect: str, f: Filters, walk: bool = False) -> Query:
    """The claims the filters match, with their articles and sources (``walk``: see
    ``_claim_filters``)."""
    source_entity = entities.alias("source_entity")
    wrong = _marked("claim", claims.c.id)
    query: Query = (
        select(
            claims.c.id,
            claims.c.article_id,
            articles.c.story_id,
            articles.c.outlet,
            articles.c.published,
            articles.c.published_at,
            articles.c.title,
            func.coalesce(source_entity.c.name, claims.c.source_text).label("source"),
            claims.c.source_text,
            claims.c.source_entity_id,
            claims.c.anonymous,
            claims.c.cue_text.label("cue"),
            claims.c.stance,
            claims.c.kind,
            claims.c.text.label("content"),
            claims.c.start,
            claims.c.end,
            claims.c.source_start,
            claims.c.source_end,
            wrong.label("wrong"),
        )
        .join(articles, articles.c.id == claims.c.article_id)
        .outerjoin(source_entity, source_entity.c.id == claims.c.source_entity_id)
    )
    query = _claim_filters(conn, dialect, f, query, walk)
    if not f.include_wrong:
        query = query.where(~wrong)
    return query


def _by_article(f: Filters) -> bool:
    """Whether the filters name a story, outlet, article or dates (columns of ``articles``)."""
    return bool(f.story is not None or f.outlet or f.article or f.since or f.until)


def _claim_filters(
    conn: Connection, dialect: str, f: Filters, query: Query, walk: bool = False
) -> Query:
    """``query`` (of claims, with their articles joined when ``_by_article``) narrowed to the
    claims the filters match, marked ones included. ``walk``: the stance is tested on each
    claim of the articles read in listing order, rather than its claims looked up first
    (``_walk_articles``); SQLite is told the test is likely true, which keeps it from the
    stance's index (PostgreSQL plans from the stance's own frequency)."""
    query = _article_filters(query, f)
    keyed = _keyed(conn, f.source)
    if keyed is not None:
        query = query.where(claims.c.source_entity_id == keyed)
    elif f.source:
        # one set of ids from three indexed or single-table reads: an OR across the join
        # would scan every claim with its article in listing order
        ids = _named_ids(conn, f.source)
        said = union(
            select(claims.c.id).where(claims.c.source_entity_id.in_(ids)),
            select(claims.c.id).where(func.lower(claims.c.source_text) == f.source.lower()),
            select(claims.c.id)
            .join(articles, articles.c.id == claims.c.article_id)
            .where(claims.c.source_text.is_(None))
            .where(func.lower(articles.c.outlet) == f.source.lower()),
        )
        query = query.where(claims.c.id.in_(select(said.subquery().c.id)))
    if f.about:
        ids = entity_ids(conn, f.about)
        query = query.where(
            claims.c.id.in_(
                select(claim_entities.c.claim_id).where(claim_entities.c.entity_id.in_(ids))
            )
        )
    if f.stance:
        stance = claims.c.stance == f.stance
        query = query.where(func.likely(stance) if walk and dialect == "sqlite" else stance)
    if f.text:
        words = search_words(f.text)
        if words:
            query = query.where(_search_ids(conn, dialect, words))
    return query


def _count_claims(conn: Connection, dialect: str, f: Filters, *where: ColumnElement[bool]) -> int:
    """How many claims the filters match, counted from the claims alone (their articles are
    joined only when a filter reads them: every claim has its article), and the marked ones
    taken away (``_marked_among``). ``where``: conditions on the claims' own columns besides
    the filters (the timeline's)."""
    query = _counted_claims(conn, dialect, f, *where)
    return _count(conn, query) - _marked_among(conn, f, query)


def _counted_claims(
    conn: Connection, dialect: str, f: Filters, *where: ColumnElement[bool]
) -> Query:
    """The ids of the claims the filters match, marked ones included (``_count_claims``)."""
    query: Query = select(claims.c.id)
    if _by_article(f):
        query = query.join(articles, articles.c.id == claims.c.article_id)
    return _claim_filters(conn, dialect, f, query).where(*where)


def _marked_among(conn: Connection, f: Filters, query: Query) -> int:
    """How many of the claims ``query`` gives are marked wrong (none when the filters keep
    them), found from the marks (a few) rather than each claim looked up among them: at
    10,000 articles (50,000 claims) a count that looked each one up read every claim's row
    (``marks`` is keyed by the claim's id, which no index on claims holds beside its stance
    or article)."""
    if f.include_wrong:
        return 0
    live = (
        select(marks.c.target_key)
        .where(marks.c.target == "claim")
        .where(marks.c.undone_at.is_(None))
    )
    # the marked ids listed first: as a subquery SQLite could read the filters' own
    # subqueries (a source's claims) again before looking at the marks
    keys = sorted(set(conn.execute(live).scalars()))
    return sum(_count(conn, query.where(claims.c.id.in_(b))) for b in batches(keys))


def list_claims(
    conn: Connection, dialect: str, f: Filters, offset: int, limit: int
) -> Listing[ClaimItem]:
    """Claims, newest article first, in the order of each article."""
    if _stance_alone(f):
        # the stance's claims and every claim counted by one statement (``_walk_articles``),
        # each its own subquery: one pass testing the stance of every claim took 15 ms on
        # SQLite at 10,000 articles where its index and count(*) take under 1 ms
        query = _counted_claims(conn, dialect, f)
        every = select(func.count()).select_from(claims)
        found = conn.execute(
            select(_counting(query).scalar_subquery(), every.scalar_subquery())
        ).one()
        total = found[0] - _marked_among(conn, f, query)
        walk = _walk_articles(total, found[1], offset + limit)
    else:
        total, walk = _count_claims(conn, dialect, f), False
    query = _claims_query(conn, dialect, f, walk)
    query = query.order_by(
        articles.c.published.desc().nulls_last(),
        articles.c.published_at.desc().nulls_last(),
        claims.c.article_id,
        claims.c.seq,
    )
    rows = conn.execute(query.limit(limit).offset(offset))
    items = [from_mapping(ClaimItem, r._mapping) for r in rows]
    return Listing(items, total, offset, limit)


def _stance_alone(f: Filters) -> bool:
    """Whether the claims' filters name a stance and nothing else that narrows them: those
    others narrow through indexes of their own (``_walk_articles``)."""
    return bool(f.stance) and not (f.source or f.about or f.text or _by_article(f))


def _walk_articles(matched: int, every: int, wanted: int) -> bool:
    """Whether a page of the claims of one stance (``_stance_alone``) is found sooner by
    reading the articles in listing order and testing each one's claims, stopping at the
    page, than by reading every claim of the stance and sorting them all: when ``matched``
    claims of ``every`` are spread over the articles, the walk reads about
    ``wanted * every / matched`` claims, the sort ``matched``. At 10,000 articles a page of
    the 10,000 denied claims (of 50,000) read and sorted all of them (about 150 ms) where the
    walk reads 250."""
    return matched * matched > wanted * every


# -- figures -----------------------------------------------------------------------------


def _figure_key() -> ColumnElement[Any]:
    """A figure's id as marks name it (text)."""
    return cast(quantities.c.id, String)


def _word_forms(word: str) -> list[str]:
    """A typed word and its plural or singular: "bar" -> bar, bars; "deaths" -> death."""
    return sorted({word, word + "s", word.removesuffix("s"), word.removesuffix("es")} - {""})


def _like_word(column: ColumnElement[Any], word: str) -> ColumnElement[bool]:
    """``column`` holds ``word`` as a whole word (or words)."""
    w = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return or_(
        column == word,
        *(column.like(p, escape="\\") for p in (f"{w} %", f"% {w}", f"% {w} %")),
    )


def _counted_by_word(word: str) -> ColumnElement[bool]:
    """A figure whose counted thing holds the word, singular or plural ("bar" finds "new
    Toblerone bars"). Every form holds the shortest one: one substring test first turns
    away the figures counting something else without trying each form's whole word."""
    forms = _word_forms(word)
    shortest = min(forms, key=len)
    return and_(
        quantities.c.about_norm.contains(shortest, autoescape=True),
        or_(*(_like_word(quantities.c.about_norm, w) for w in forms)),
    )


def _measured(word: str) -> ColumnElement[bool]:
    """The figures a reader's word for a measure finds: its measure class ("deaths" ->
    killed, measures.tsv), a unit of the dimension it names ("weight" -> grams,
    figure_words.tsv), a unit by its own name ("minutes"), or a counted thing holding it."""
    lower = " ".join(word.lower().split())
    units = set(_word_forms(lower))
    dimension = figure_dimensions().get(lower)
    if dimension:
        units |= units_of(dimension)
    return or_(
        quantities.c.measure == measure_class(lower),
        func.lower(quantities.c.measure) == lower,
        func.lower(quantities.c.unit).in_(sorted(units)),
        _counted_by_word(lower),
    )


def list_figures(conn: Connection, f: Filters, offset: int, limit: int) -> Listing[FigureItem]:
    """Figures in the order they were published (to the time of day where known)."""
    source_entity = entities.alias("source_entity")
    wrong = _marked("figure", _figure_key())
    query: Query = (
        select(
            quantities.c.id,
            quantities.c.article_id,
            articles.c.story_id,
            articles.c.outlet,
            articles.c.published,
            articles.c.published_at,
            func.coalesce(source_entity.c.name, quantities.c.source_text).label("source"),
            quantities.c.source_text,
            quantities.c.about,
            quantities.c.measure,
            quantities.c.scope,
            quantities.c.qualifier,
            quantities.c.bound,
            quantities.c.value,
            quantities.c.low,
            quantities.c.high,
            quantities.c.unit,
            quantities.c.text,
            quantities.c.start,
            quantities.c.end,
            wrong.label("wrong"),
        )
        .join(articles, articles.c.id == quantities.c.article_id)
        .outerjoin(source_entity, source_entity.c.id == quantities.c.source_entity_id)
    )
    matched = _matched_figures(conn, f)
    if f.about or f.measure:
        # what the words match is found first, in one pass over the figures, then their
        # articles: joined in listing order, SQLite looked up every article's figures to
        # match them one by one (106 -> 34 ms for a subject at 10,000 articles)
        query = query.where(quantities.c.id.in_(matched))
    else:
        query = _figure_filters(conn, f, query)
        if not f.include_wrong:
            query = query.where(~wrong)
    query = query.order_by(
        articles.c.published.nulls_last(),
        articles.c.published_at.nulls_last(),
        quantities.c.article_id,
        quantities.c.start,
    )
    rows = conn.execute(query.limit(limit).offset(offset))
    items = [from_mapping(FigureItem, r._mapping) for r in rows]
    return Listing(items, _count(conn, matched), offset, limit)


def _figure_filters(conn: Connection, f: Filters, query: Query) -> Query:
    """``query`` (of figures, with their articles joined when ``_by_article`` or a source is
    given) narrowed to the figures the filters match, marked ones included."""
    query = _article_filters(query, f)
    if f.about:
        names = {normalise(f.about)}
        ids = entity_ids(conn, f.about)
        if ids:
            names |= set(
                conn.execute(select(aliases.c.norm).where(aliases.c.entity_id.in_(ids))).scalars()
            )
        counted: ColumnElement[bool] = or_(
            quantities.c.about_norm.in_(sorted(names)), _counted_by_word(normalise(f.about))
        )
        named = measure_class(f.about)
        if named in measure_classes():  # "--about injured": the figures of that measure too
            counted = or_(counted, quantities.c.measure == named)
        query = query.where(counted)
    if f.measure:
        query = query.where(_measured(f.measure))
    keyed = _keyed(conn, f.source)
    if keyed is not None:
        query = query.where(quantities.c.source_entity_id == keyed)
    elif f.source:
        ids = _named_ids(conn, f.source)
        query = query.where(
            or_(
                quantities.c.source_entity_id.in_(ids),
                func.lower(quantities.c.source_text) == f.source.lower(),
                and_(
                    quantities.c.source_text.is_(None),
                    func.lower(articles.c.outlet) == f.source.lower(),
                ),
            )
        )
    return query


def _matched_figures(conn: Connection, f: Filters) -> Query:
    """The ids of the figures the filters match, from the figures alone (their articles
    joined only when a filter reads them: every figure has its article), to count them.
    Joined, SQLite went through the articles in order and looked up each one's figures,
    three times the cost of reading the figures straight through (a subject's words are
    matched in every figure)."""
    query: Query = select(quantities.c.id)
    if _by_article(f) or f.source:
        query = query.join(articles, articles.c.id == quantities.c.article_id)
    query = _figure_filters(conn, f, query)
    if not f.include_wrong:
        query = query.where(~_marked("figure", _figure_key()))
    return query


# -- entities ----------------------------------------------------------------------------


def _aliases_of(conn: Connection, ids: list[int]) -> dict[int, list[str]]:
    names: dict[int, list[str]] = defaultdict(list)
    for batch in batches(ids):
        for entity_id, alias in conn.execute(
            select(aliases.c.entity_id, aliases.c.alias)
            .where(aliases.c.entity_id.in_(batch))
            .order_by(aliases.c.alias)
        ):
            names[entity_id].append(alias)
    return names


def _entity_context(conn: Connection, rows: Sequence[Any]) -> dict[int, dict[str, Any]]:
    """Per entity row: how many stories name it, the label of the one naming it most, and how
    many other named entities have the same name (its namesakes)."""
    ids = [r["id"] for r in rows]
    found: dict[int, dict[str, Any]] = {
        i: {"stories": 0, "story": None, "namesakes": 0} for i in ids
    }
    for batch in batches(ids):
        # counted and ranked in the database: one row per entity, not one per entity and
        # story (2,800 rows for the 50 places most named at 10,000 articles, each fetched)
        named = (
            select(
                mentions.c.entity_id,
                stories.c.id.label("story_id"),
                func.count().label("n"),
            )
            .join(articles, articles.c.id == mentions.c.article_id)
            .join(stories, stories.c.id == articles.c.story_id)
            .where(mentions.c.entity_id.in_(batch))
            .group_by(mentions.c.entity_id, stories.c.id)
            .subquery()
        )
        ranked = select(
            named.c.entity_id,
            named.c.story_id,
            func.count().over(partition_by=named.c.entity_id).label("stories"),
            func.row_number()
            .over(partition_by=named.c.entity_id, order_by=(named.c.n.desc(), named.c.story_id))
            .label("rank"),
        ).subquery()
        counted = conn.execute(
            select(ranked.c.entity_id, ranked.c.stories, stories.c.label)
            .join(stories, stories.c.id == ranked.c.story_id)
            .where(ranked.c.rank == 1)
        )
        for entity_id, n_stories, label in counted:
            found[entity_id].update(stories=n_stories, story=label)
    names = {r["id"]: normalise(r["name"]) for r in rows}
    lowered = sorted({r["name"].lower() for r in rows})
    same: dict[str, set[int]] = defaultdict(set)
    for batch in batches(lowered):
        for entity_id, name in conn.execute(
            select(entities.c.id, entities.c.name)
            .where(func.lower(entities.c.name).in_(batch))
            .where(exists(select(mentions.c.id).where(mentions.c.entity_id == entities.c.id)))
        ):
            same[normalise(name)].add(entity_id)
    for entity_id, name in names.items():
        found[entity_id]["namesakes"] = len(same[name] - {entity_id})
    return found


def list_entities(conn: Connection, f: Filters, offset: int, limit: int) -> Listing[EntityItem]:
    """Entities with their aliases and counts, most mentioned first (``f.text`` matches a
    name or alias; ``f.kind`` an entity type; ``f.story`` and ``f.outlet`` the articles that
    name them)."""
    n_mentions = select(func.count()).where(mentions.c.entity_id == entities.c.id)
    n_claims = select(func.count()).where(claims.c.source_entity_id == entities.c.id)
    # named at all: the first mention found is enough (not all of them counted), which is
    # all the count of the index asks of every entity
    named = select(mentions.c.id).where(mentions.c.entity_id == entities.c.id)
    if f.story is not None or f.outlet:
        scope: Query = _article_filters(select(articles.c.id), f)
        n_mentions = n_mentions.where(mentions.c.article_id.in_(scope))
        n_claims = n_claims.where(claims.c.article_id.in_(scope))
        named = named.where(mentions.c.article_id.in_(scope))
    mentioned = n_mentions.scalar_subquery()
    query: Query = select(
        entities,
        mentioned.label("mentions"),
        n_claims.scalar_subquery().label("claims"),
    ).where(named.exists())
    if f.text:
        pattern = f"%{normalise(f.text)}%"
        query = query.where(
            entities.c.id.in_(select(aliases.c.entity_id).where(aliases.c.norm.like(pattern)))
        )
    if f.kind:
        query = query.where(entities.c.type == f.kind.upper())
    query = query.order_by(mentioned.desc(), entities.c.name)
    rows, total = _page_rows(conn, query, offset, limit)
    names = _aliases_of(conn, [r["id"] for r in rows])
    context = _entity_context(conn, rows)
    items = [
        from_mapping(
            EntityItem,
            r,
            aliases=tuple(a for a in names.get(r["id"], []) if a != r["name"]),
            **context[r["id"]],
        )
        for r in rows
    ]
    return Listing(items, total, offset, limit)


def one_entity(conn: Connection, name: str) -> EntityItem:
    """One entity by key ("ORG:acme", unique), or else by name or alias, the exact canonical
    name first (E601 when unknown)."""
    norm = normalise(name)
    found = conn.execute(select(entities).where(entities.c.key == name)).all()
    found = (
        found
        or conn.execute(
            select(entities)
            .where(entities.c.id.in_(select(aliases.c.entity_id).where(aliases.c.norm == norm)))
            .order_by(entities.c.id)
        ).all()
    )
    if not found:
        raise NotFound(
            "E601", f"No entity is named {name!r}.", "list them with `newsclaims entities`."
        )
    exact = [r for r in found if normalise(r.name) == norm]
    row = (exact or found)[0]._mapping
    names = _aliases_of(conn, [row["id"]])
    n_mentions = conn.execute(
        select(func.count()).where(mentions.c.entity_id == row["id"])
    ).scalar_one()
    n_claims = conn.execute(
        select(func.count()).where(claims.c.source_entity_id == row["id"])
    ).scalar_one()
    return from_mapping(
        EntityItem,
        row,
        mentions=n_mentions,
        claims=n_claims,
        aliases=tuple(a for a in names.get(row["id"], []) if a != row["name"]),
        **_entity_context(conn, [row])[row["id"]],
    )


# -- events and timeline -----------------------------------------------------------------


def _actor_names(conn: Connection, event_ids: list[int]) -> dict[int, list[str]]:
    names: dict[int, list[str]] = defaultdict(list)
    for batch in batches(event_ids):
        for event_id, name in conn.execute(
            select(event_actors.c.event_id, entities.c.name)
            .join(entities, entities.c.id == event_actors.c.entity_id)
            .where(event_actors.c.event_id.in_(batch))
            .order_by(event_actors.c.event_id, event_actors.c.position)
        ):
            names[event_id].append(name)
    return names


def _fatalities() -> Any:
    """The largest "killed" figure inside an event's own words ("killed 23 people"), or null:
    a toll said elsewhere in the article may count other deaths."""
    return (
        select(func.max(quantities.c.value))
        .where(quantities.c.article_id == events.c.article_id)
        .where(quantities.c.measure == "killed")
        .where(quantities.c.start >= events.c.start)
        .where(quantities.c.end <= events.c.end)
        .scalar_subquery()
    )


#: How far (characters) from an event's words an actor must be named for the event to be
#: theirs (about one sentence): an actor the parse reached across sentences is not.
ACTOR_NEAR = 120


def _takes_part(ids: Sequence[int]) -> ColumnElement[bool]:
    """Whether an event is one the entities ``ids`` take part in, in the story that reports
    it: an actor of it, named within ``ACTOR_NEAR`` characters of its words, and not dated
    before the year its article was published (an earlier event the article recalls, "the
    first title since 1985", is not theirs: a person's page would list history as their
    deeds). Undated events and undated articles keep their actors."""
    near = (
        select(mentions.c.id)
        .where(mentions.c.article_id == events.c.article_id)
        .where(mentions.c.entity_id.in_(ids))
        .where(mentions.c.start >= events.c.start - ACTOR_NEAR)
        .where(mentions.c.end <= events.c.end + ACTOR_NEAR)
    )
    earlier = and_(
        events.c.time_end.is_not(None),
        articles.c.published.is_not(None),
        extract("year", events.c.time_end) < extract("year", articles.c.published),
    )
    return and_(
        events.c.id.in_(select(event_actors.c.event_id).where(event_actors.c.entity_id.in_(ids))),
        exists(near),
        ~earlier,
    )


def list_events(conn: Connection, f: Filters, offset: int, limit: int) -> Listing[EventItem]:
    """Events with actors, place and time, in the order they happened."""
    place = entities.alias("place")
    query: Query = (
        select(
            events.c.id,
            events.c.article_id,
            articles.c.story_id,
            articles.c.outlet,
            articles.c.published,
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
            events.c.start,
            events.c.end,
            place.c.country,
            events.c.agent_text.label("agent"),
            events.c.nominal,
            events.c.predicate,
            _fatalities().label("fatalities"),
        )
        .join(articles, articles.c.id == events.c.article_id)
        .outerjoin(place, place.c.id == events.c.location_id)
    )
    query = _article_filters(query, f)
    if f.about:
        query = query.where(_takes_part(entity_ids(conn, f.about)))
    if f.kind:
        query = query.where(
            or_(events.c.type == f.kind.upper(), events.c.subtype == f.kind.lower())
        )
    if f.where:
        query = query.where(events.c.location_id.in_(entity_ids(conn, f.where)))
    query = query.order_by(events.c.time_begin.nulls_last(), articles.c.published, events.c.id)
    rows, total = _page_rows(conn, query, offset, limit)
    names = _actor_names(conn, [r["id"] for r in rows])
    items = [from_mapping(EventItem, r, actors=tuple(names.get(r["id"], ()))) for r in rows]
    return Listing(items, total, offset, limit)


def list_timeline(
    conn: Connection, dialect: str, f: Filters, offset: int, limit: int
) -> Listing[TimelineItem]:
    """Dated claims in the order the things they report happened (``since``/``until`` are
    the days it happened, not the publication)."""
    base = Filters(
        story=f.story,
        outlet=f.outlet,
        source=f.source,
        about=f.about,
        stance=f.stance,
        text=f.text,
        article=f.article,
        include_wrong=f.include_wrong,
    )
    inner: Query = _claims_query(conn, dialect, base).add_columns(
        claims.c.time_begin.label("when"),
        claims.c.time_end.label("until"),
        claims.c.time_precision.label("precision"),
        claims.c.time_value,
    )
    dated: list[ColumnElement[bool]] = [claims.c.time_begin.is_not(None)]
    if f.since:
        dated.append(claims.c.time_end >= f.since)
    if f.until:
        dated.append(claims.c.time_begin <= f.until)
    query = inner.where(*dated).order_by(claims.c.time_begin, claims.c.time_end, claims.c.id)
    rows = conn.execute(query.limit(limit).offset(offset))
    items = [from_mapping(TimelineItem, r._mapping) for r in rows]
    # counted as the claims' listing counts (``_count_claims``): with every claim's article
    # joined and its marks probed, the count read all 50,000 claims at 10,000 articles
    # (~160 ms) to find the dated ones, which the index on ``time_begin`` finds alone
    return Listing(items, _count_claims(conn, dialect, base, *dated), offset, limit)


# -- sources -----------------------------------------------------------------------------


def list_sources(conn: Connection, f: Filters, offset: int, limit: int) -> SourceListing:
    """Who makes claims: how many, with which stances, about what, and how often a
    disagreement that remains (a contradiction, not an update) names them. Read from the
    profiles derive keeps per story (``source_profiles``), added up here: the claims of
    first reports, records marked wrong left out. Each row says its kind: "named" for a
    name ("Ana Ruiz"), "described" for a phrase that says what the source is without
    naming it ("a spokesman", "police officials": ``source_word``); names come first, then
    descriptions, each kind by claims. Descriptions are rows only within one story (a story
    or an article filter): "a spokesman" of two stories is two people, whose claims added up
    say nothing; their spellings are one row ("A spokesman", "a spokesman", "spokesman":
    ``description_key``), shown as the one with most claims. Pronouns, vague and junk words
    are no rows: pronouns, vague words and accounts are counted apart, each as written in
    lower case with its claims, most first (``SourceListing.unresolved``), from the same one
    read of the stance counts. ``f.kind`` keeps one kind ("named" or "described")."""
    p = source_profiles
    # the stance counts of every source, added up per source, give the claims each one made
    # (which order and page the list); its stances are read for the rows of the page only
    # (at 10,000 articles: 2,000 rows fetched, not the 10,000 of every source and stance)
    base: Query = select(p.c.source, func.sum(p.c.n).label("n")).where(p.c.facet == "stance")
    base = _profile_filters(base, f)
    if f.text:
        base = base.where(func.lower(p.c.source).like(f"%{f.text.lower()}%"))
    one_story = f.story is not None or f.article is not None
    kind_of: dict[str, str] = {}
    claims_of: dict[str, int] = defaultdict(int)
    # a row's spellings (a description's variants) and the claims of each
    spellings: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    unresolved: dict[str, int] = defaultdict(int)
    for source, n in conn.execute(base.group_by(p.c.source)):
        word = source_word(source)
        if word in _UNRESOLVED_KINDS:
            unresolved[source.strip().lower()] += int(n)
        kind = _SOURCE_KINDS.get(word, "")
        if not kind or (kind == "described" and not one_story):
            continue  # pronouns, vague and junk words are no sources; descriptions: above
        if f.kind and kind != f.kind:
            continue
        row = source if kind == "named" else "\0" + description_key(source)
        kind_of[row] = kind
        claims_of[row] += int(n)
        spellings[row][source] += int(n)
    shown = {
        row: row if kind_of[row] == "named" else min(spelt, key=lambda w: (-spelt[w], w))
        for row, spelt in spellings.items()
    }
    row_of = {source: row for row, spelt in spellings.items() for source in spelt}
    ranked = sorted(
        claims_of,
        key=lambda row: (kind_of[row] != "named", -claims_of[row], shown[row]),
    )
    total = len(ranked)
    wanted = ranked[offset : offset + limit]
    topic_counts: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    contradicted: dict[str, int] = defaultdict(int)
    stances: dict[str, dict[str, int]] = defaultdict(dict)
    for batch in batches([source for row in wanted for source in spellings[row]]):
        counted = base.add_columns(p.c.value).where(p.c.source.in_(batch))
        for source, n, value in conn.execute(counted.group_by(p.c.source, p.c.value)):
            row = row_of[source]
            stances[row][value] = stances[row].get(value, 0) + int(n)
        facets: Query = (
            select(p.c.source, p.c.value, func.sum(p.c.n).label("n"))
            .where(p.c.source.in_(batch))
            .where(p.c.facet == "about")
        )
        for source, value, n in conn.execute(
            _profile_filters(facets, f).group_by(p.c.source, p.c.value)
        ):
            topic_counts[row_of[source]][value] += int(n)
        named: Query = (
            select(p.c.source, func.sum(p.c.n))
            .where(p.c.facet == "contradicted")
            .where(p.c.source.in_(batch))
        )
        if f.story is not None:
            named = named.where(p.c.story_id == f.story)
        for source, n in conn.execute(named.group_by(p.c.source)):
            contradicted[row_of[source]] += int(n)
    items = [
        SourceItem(
            source=shown[row],
            claims=claims_of[row],
            stances={
                s.value: stances[row][s.value]
                for s in Stance
                if s is not Stance.ASSERTED and stances[row].get(s.value)
            },
            about=tuple(
                t for t, _ in sorted(topic_counts[row].items(), key=lambda x: (-x[1], x[0]))[:3]
            ),
            contradicted=contradicted.get(row, 0),
            kind=kind_of[row],
        )
        for row in wanted
    ]
    found = dict(sorted(unresolved.items(), key=lambda kv: (-kv[1], kv[0])))
    return SourceListing(items, total, offset, limit, unresolved=found)


def description_key(source: str) -> str:
    """What the spellings of one description share: lower case, without a leading article
    ("A spokesman", "a spokesman", "the spokesman" -> "spokesman")."""
    words = source.strip().lower().split()
    if len(words) > 1 and words[0] in ("a", "an", "the"):
        words = words[1:]
    return " ".join(words)


#: The kind a list of sources gives a source, by ``source_word``: a name, or a description.
_SOURCE_KINDS: dict[str | None, str] = {None: "named", "description": "described"}


@cache
def _role_words() -> frozenset[str]:
    """Titles and role words of people (the ``title`` and ``role`` rows of
    ``person_roles.tsv``: "president", "driver", "democrat"), read without loading spaCy."""
    return frozenset(w for w, kind in person_words() if kind in ("title", "address", "role"))


@lru_cache(maxsize=settings.SOURCE_WORD_CACHE)
def source_word(source: str) -> str | None:
    """The kind of a claim's source that names no one (``non_sources.tsv``): "pronoun" ("he",
    "they"), "vague" ("many", "others") or "junk" ("that", "who"); "account" for a social
    media handle ("@someone": a post's addressee or a caption, which names whose account
    only as written); "description" for a phrase that says what the source is without
    naming it (``described``: "Williams driver", "the company"), or "medium" when its head
    is what carries words, not who says them ("the statement", "signs": ``medium_word``,
    never a row); None for a name ("Ana Ruiz", "White House"). Kept per source string: a
    list page asks it of every source it shows."""
    word = source.strip()
    if word.startswith("@") and len(word) > 1 and not any(ch.isspace() for ch in word):
        return "account"
    found = non_sources().get(word.lower())
    if found == "medium":  # judged by its head and its case: "Banner" is a surname
        found = None
    head = _phrase_head(word) if found is None else None
    if head is not None and _medium_head(*head):
        return "medium"
    if found is None and described(word):
        return "description"
    return found


def _medium_head(words: list[str], end: int) -> bool:
    """Whether a source phrase's head (``_phrase_head``) is a medium ("the statement",
    "Signs"): in lower case, or the phrase's one word as a plural (``medium_word``); a name
    ending in such a word ("Acme Video") or a surname ("Banner") is a name."""
    head = words[end - 1]
    return medium_word(head) and (head.islower() or len(words) == 1)


def _phrase_head(source: str) -> tuple[list[str], int] | None:
    """The words of a source phrase (without a leading article, up to a comma) and the end
    of its head: the head is the word before the first of ``head_ends`` ("spokeswoman" of
    "spokeswoman for Mondelez"), else the last; None for a phrase cut short or empty."""
    if source.rstrip().endswith("…"):
        return None
    # an apposition describes the name before it ("Ana Ruiz, a spokeswoman"): judge the name
    before_comma = source.split(",", maxsplit=1)[0]
    named = before_comma if before_comma.strip() else source
    words = [w.strip(".,;:'\"") for w in named.split()]
    words = [w for w in words if w]
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if not words:
        return None
    end = next((i for i, w in enumerate(words) if i and _ends_head(words, i)), len(words))
    return words, end


def _ends_head(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` ends the head before it (``head_ends``): a participle only after
    the head noun, never after a word that makes it describe the noun after it ("the
    recently released statement": the head is "statement")."""
    kind = head_ends().get(words[i])
    if kind is None:
        return False
    return kind != "participle" or not participle_modifier(words[i - 1])


def described(source: str) -> bool:
    """Whether a source phrase describes rather than names: its head is a common noun, in
    lower case ("Williams driver", "White House official", "spokeswoman for Mondelez"), or a
    title or role word alone or last ("Democrat", "President-elect"). A capitalised head
    that is no role word is a name ("Paul Ryan", "White House", "Prince of Wales"). A phrase
    cut short ("…", an overlong source as stored) has lost its head: not judged."""
    found = _phrase_head(source)
    if found is None:
        return False
    words, end = found
    head = words[end - 1]  # "spokeswoman" of "spokeswoman for Mondelez", "Ruiz" of "Ana Ruiz of X"
    if head[:1].isalpha() and head[:1].islower():
        return True  # "spokeswoman for Mondelez", "Williams driver", "Trump aides"
    if end < len(words):
        return False  # a name with what follows it: "Ana Ruiz of Acme", "Prince of Wales"
    parts = [p.lower() for p in head.split("-") if p]
    return (
        bool(parts)
        and parts[0] in _role_words()
        and all(p in _role_words() or p in office_suffixes() for p in parts)
    )


#: The kinds of ``source_word`` that a list of sources counts apart, as not resolved to a name.
_UNRESOLVED_KINDS = frozenset({"pronoun", "vague", "account"})


def _profile_filters(query: Query, f: Filters) -> Query:
    """The story, outlet, article and date filters on rows of ``source_profiles``, which
    carry their article's outlet (lower case) and date (nothing is joined)."""
    p = source_profiles
    return _where(query, f, p.c.story_id, p.c.outlet_key, p.c.article_id, p.c.published)


def marked_keys(conn: Connection, target: str, keys: list[str]) -> set[str]:
    """Which of ``keys`` (of ``target`` records) an analyst marked wrong and did not undo."""
    found: set[str] = set()
    for batch in batches(keys):
        found.update(
            conn.execute(
                select(marks.c.target_key)
                .where(marks.c.target == target)
                .where(marks.c.target_key.in_(batch))
                .where(marks.c.undone_at.is_(None))
            ).scalars()
        )
    return found


# -- derived: disagreements and propositions ----------------------------------------------


def list_disagreements(
    conn: Connection, f: Filters, offset: int, limit: int
) -> Listing[DisagreementItem]:
    """Disagreements found within stories, newest story first."""
    wrong = _marked("disagreement", disagreements.c.key)
    query: Query = select(disagreements, wrong.label("wrong"))
    if f.story is not None:
        query = query.where(disagreements.c.story_id == f.story)
    if f.kind:
        query = query.where(disagreements.c.kind == f.kind)
    if f.about:
        ids = entity_ids(conn, f.about)
        by_entity = select(disagreement_entities.c.disagreement_id).where(
            disagreement_entities.c.entity_id.in_(ids)
        )
        query = query.where(
            or_(
                disagreements.c.id.in_(by_entity),
                func.lower(disagreements.c.about) == f.about.lower(),
            )
        )
    if f.source:
        query = query.where(disagreements.c.between.like(f"%{json.dumps(f.source)[1:-1]}%"))
    if f.outlet or f.since or f.until or f.article:
        sides = _article_filters(
            select(disagreement_sides.c.disagreement_id).join(
                articles, articles.c.id == disagreement_sides.c.article_id
            ),
            Filters(outlet=f.outlet, since=f.since, until=f.until, article=f.article),
        )
        query = query.where(disagreements.c.id.in_(sides))
    if not f.include_wrong:
        query = query.where(~wrong)
    query = query.order_by(disagreements.c.story_id.desc(), disagreements.c.id)
    rows, total = _page_rows(conn, query, offset, limit)
    found = _sides(conn, [r["id"] for r in rows])
    items = [
        from_mapping(
            DisagreementItem,
            r,
            between=tuple(json.loads(r["between"])),
            measures=tuple(json.loads(r["measures"])),
            sides=tuple(found.get(r["id"], ())),
        )
        for r in rows
    ]
    return Listing(items, total, offset, limit)


def _sides(conn: Connection, ids: list[int]) -> dict[int, list[SideItem]]:
    out: dict[int, list[SideItem]] = defaultdict(list)
    for batch in batches(ids):
        for r in conn.execute(
            select(
                disagreement_sides,
                articles.c.outlet,
                articles.c.published,
                articles.c.published_at,
            )
            .join(articles, articles.c.id == disagreement_sides.c.article_id)
            .where(disagreement_sides.c.disagreement_id.in_(batch))
            .order_by(disagreement_sides.c.disagreement_id, disagreement_sides.c.seq)
        ):
            out[r.disagreement_id].append(from_mapping(SideItem, r._mapping))
    return out


def list_propositions(
    conn: Connection, f: Filters, method: str, offset: int, limit: int
) -> Listing[PropositionItem]:
    """Propositions several claims state, within stories, largest first."""
    size = (
        select(func.count())
        .where(proposition_claims.c.proposition_id == propositions.c.id)
        .scalar_subquery()
    )
    query: Query = select(propositions).where(propositions.c.method == method)
    if f.story is not None:
        query = query.where(propositions.c.story_id == f.story)
    if f.about:
        ids = entity_ids(conn, f.about)
        query = query.where(
            propositions.c.id.in_(
                select(proposition_claims.c.proposition_id)
                .join(
                    claim_entities,
                    claim_entities.c.claim_id == proposition_claims.c.claim_id,
                )
                .where(claim_entities.c.entity_id.in_(ids))
            )
        )
    if f.stance:
        query = query.where(propositions.c.status == f.stance)
    query = query.order_by(size.desc(), propositions.c.id)
    rows, total = _page_rows(conn, query, offset, limit)
    members = _proposition_claims(conn, [r["id"] for r in rows])
    items = [from_mapping(PropositionItem, r, claims=tuple(members.get(r["id"], ()))) for r in rows]
    return Listing(items, total, offset, limit)


def _proposition_claims(conn: Connection, ids: list[int]) -> dict[int, list[PropositionClaim]]:
    source_entity = entities.alias("source_entity")
    out: dict[int, list[PropositionClaim]] = defaultdict(list)
    for batch in batches(ids):
        for r in conn.execute(
            select(
                proposition_claims.c.proposition_id,
                claims.c.id.label("claim_id"),
                claims.c.article_id,
                claims.c.start,
                claims.c.end,
                claims.c.text,
                func.coalesce(source_entity.c.name, claims.c.source_text).label("source"),
                claims.c.stance,
                articles.c.outlet,
                articles.c.published,
            )
            .join(claims, claims.c.id == proposition_claims.c.claim_id)
            .join(articles, articles.c.id == claims.c.article_id)
            .outerjoin(source_entity, source_entity.c.id == claims.c.source_entity_id)
            .where(proposition_claims.c.proposition_id.in_(batch))
            .order_by(proposition_claims.c.proposition_id, proposition_claims.c.seq)
        ):
            out[r.proposition_id].append(from_mapping(PropositionClaim, r._mapping))
    return out


# -- stories -----------------------------------------------------------------------------


def _story_order() -> tuple[ColumnElement[Any], ...]:
    """The order stories are listed in: most recently published first."""
    return stories.c.last_published.desc().nulls_last(), stories.c.id.desc()


def story_labels(conn: Connection, limit: int) -> list[tuple[int, str]]:
    """The id and label of the first ``limit`` stories ``list_stories`` lists unfiltered,
    without their outlets or count: the choices of a filter form, on every list page (the
    whole listing read 1,000 outlet rows for 200 stories at 10,000 articles, ~30 ms)."""
    query: Query = select(stories.c.id, stories.c.label).where(stories.c.articles > 0)
    return [(r.id, r.label) for r in conn.execute(query.order_by(*_story_order()).limit(limit))]


def list_stories(conn: Connection, f: Filters, offset: int, limit: int) -> Listing[StoryItem]:
    """Stories, most recently published first."""
    query: Query = select(stories).where(stories.c.articles > 0)
    if f.story is not None:
        query = query.where(stories.c.id == f.story)
    if f.text:
        query = query.where(func.lower(stories.c.label).like(f"%{f.text.lower()}%"))
    if f.outlet or f.since or f.until or f.about:
        scope: Query = _article_filters(
            select(articles.c.story_id),
            Filters(outlet=f.outlet, since=f.since, until=f.until),
        )
        if f.about:
            ids = entity_ids(conn, f.about)
            scope = scope.where(
                articles.c.id.in_(
                    select(mentions.c.article_id).where(mentions.c.entity_id.in_(ids))
                )
            )
        query = query.where(stories.c.id.in_(scope))
    query = query.order_by(*_story_order())
    rows, total = _page_rows(conn, query, offset, limit)
    outlets: dict[int, list[str]] = defaultdict(list)
    for batch in batches([r["id"] for r in rows]):
        for story_id, outlet in conn.execute(
            select(articles.c.story_id, articles.c.outlet)
            .where(articles.c.story_id.in_(batch))
            .where(articles.c.outlet.is_not(None))
            .distinct()
            .order_by(articles.c.story_id, articles.c.outlet)
        ):
            outlets[story_id].append(outlet)
    items = [from_mapping(StoryItem, r, outlets=tuple(outlets.get(r["id"], ()))) for r in rows]
    return Listing(items, total, offset, limit)


def stale_stories(conn: Connection, story_ids: Iterable[int] | None = None) -> list[int]:
    """Stories whose derived disagreements are older than the story."""
    query: Query = select(stories.c.id).where(stories.c.derived_version < stories.c.version)
    if story_ids is not None:
        wanted = list(story_ids)
        if not wanted:
            return []
        query = query.where(stories.c.id.in_(wanted))
    return list(conn.execute(query.order_by(stories.c.id)).scalars())


def stale_methods(conn: Connection, method: str, story_ids: Iterable[int] | None) -> list[int]:
    """Stories whose propositions by ``method`` are missing or older than the story."""
    from newsclaims.store.schema import derived_methods  # noqa: PLC0415 - one table

    known = derived_methods.alias("known")
    query: Query = (
        select(stories.c.id)
        .outerjoin(known, and_(known.c.story_id == stories.c.id, known.c.method == method))
        .where(stories.c.articles > 0)
        .where(or_(known.c.version.is_(None), known.c.version < stories.c.version))
    )
    if story_ids is not None:
        wanted = list(story_ids)
        if not wanted:
            return []
        query = query.where(stories.c.id.in_(wanted))
    return list(conn.execute(query.order_by(stories.c.id)).scalars())


def story_records(conn: Connection, story_id: int) -> StoryRecords:
    """The story's claims, figures and events as reconciliation reads them: first reports
    only (a wire copy is not a second report), records marked wrong left out."""
    version = conn.execute(select(stories.c.version).where(stories.c.id == story_id)).scalar()
    if version is None:
        raise NotFound(
            "E601", f"No story {story_id} is in the store.", "list them with `newsclaims stories`."
        )
    return records_of(conn, articles.c.story_id == story_id, story_id, version)


def records_across(conn: Connection, about: str | None) -> StoryRecords:
    """Records as ``story_records`` reads them, but of every article whatever its story:
    those whose claims or figures are about the entity ``about`` (a name or alias), or every
    article when ``about`` is None (what a user asks for when comparing across stories)."""
    if about is None:
        return records_of(conn, articles.c.id.is_not(None), 0, 0)
    ids = entity_ids(conn, about)
    about_claims = select(claims.c.article_id).where(
        claims.c.id.in_(
            select(claim_entities.c.claim_id).where(claim_entities.c.entity_id.in_(ids))
        )
    )
    about_figures = select(quantities.c.article_id).where(
        quantities.c.about_norm == normalise(about)
    )
    chosen = or_(articles.c.id.in_(about_claims), articles.c.id.in_(about_figures))
    return records_of(conn, chosen, 0, 0)


def records_of(
    conn: Connection, chosen: ColumnElement[bool], story_id: int, version: int
) -> StoryRecords:
    """The claims, figures and events of the articles ``chosen`` (a condition on
    ``articles``): first reports only, records marked wrong left out."""
    source_entity = entities.alias("source_entity")
    in_story = and_(chosen, articles.c.original_id.is_(None))
    claim_rows = conn.execute(
        select(
            claims.c.id,
            claims.c.article_id,
            claims.c.start,
            claims.c.end,
            claims.c.text,
            claims.c.stance,
            func.coalesce(source_entity.c.name, claims.c.source_text).label("source"),
            claims.c.source_text.label("mention"),
            claims.c.sentence,
            articles.c.published,
            articles.c.published_at,
            articles.c.outlet,
            claims.c.time_begin,
            claims.c.time_end,
        )
        .join(articles, articles.c.id == claims.c.article_id)
        .outerjoin(source_entity, source_entity.c.id == claims.c.source_entity_id)
        .where(in_story)
        .where(~_marked("claim", claims.c.id))
        .order_by(claims.c.article_id, claims.c.seq)
    ).all()
    linked: dict[str, list[tuple[int, str, str]]] = defaultdict(list)
    for claim_id, entity_id, name, kind in conn.execute(
        select(claim_entities.c.claim_id, entities.c.id, entities.c.name, entities.c.type)
        .join(entities, entities.c.id == claim_entities.c.entity_id)
        .join(claims, claims.c.id == claim_entities.c.claim_id)
        .join(articles, articles.c.id == claims.c.article_id)
        .where(in_story)
    ):
        linked[claim_id].append((entity_id, name, kind))
    stored_claims = [
        from_mapping(StoredClaim, r._mapping, entities=tuple(sorted(linked[r.id])))
        for r in claim_rows
    ]
    figure_rows = conn.execute(
        select(
            quantities.c.id,
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
            quantities.c.unit,
            quantities.c.scope,
            quantities.c.qualifier,
            quantities.c.country,
            func.coalesce(source_entity.c.name, quantities.c.source_text).label("source"),
            quantities.c.source_text.label("mention"),
            articles.c.published,
            articles.c.published_at,
            articles.c.outlet,
        )
        .join(articles, articles.c.id == quantities.c.article_id)
        .outerjoin(source_entity, source_entity.c.id == quantities.c.source_entity_id)
        .where(in_story)
        .where(~_marked("figure", _figure_key()))
        .order_by(quantities.c.article_id, quantities.c.start)
    )
    stored_figures = [from_mapping(StoredFigure, r._mapping) for r in figure_rows]
    place = entities.alias("place")
    event_rows = conn.execute(
        select(
            events.c.id,
            events.c.article_id,
            events.c.start,
            events.c.end,
            events.c.text,
            events.c.subtype,
            place.c.name.label("place"),
            place.c.country,
            events.c.time_begin,
            events.c.time_end,
            articles.c.published,
            articles.c.published_at,
            articles.c.outlet,
            events.c.negated,
            events.c.modality,
            _fatalities().label("fatalities"),
        )
        .join(articles, articles.c.id == events.c.article_id)
        .outerjoin(place, place.c.id == events.c.location_id)
        .where(in_story)
        .order_by(events.c.article_id, events.c.start)
    ).all()
    actors = _actor_names(conn, [r.id for r in event_rows])
    stored_events = [
        from_mapping(StoredEvent, r._mapping, actors=tuple(actors.get(r.id, ())))
        for r in event_rows
    ]
    # the main event's "what", and the day its "when" names in the article's words (one
    # day), if any: one read of both parts
    main_rows = []
    dated = {}
    for r in conn.execute(
        select(
            main_event_parts.c.article_id,
            main_event_parts.c.part,
            main_event_parts.c.event_id,
            main_event_parts.c.start,
            main_event_parts.c.end,
            main_event_parts.c.in_title,
            main_event_parts.c.time_begin,
            main_event_parts.c.time_end,
        )
        .join(articles, articles.c.id == main_event_parts.c.article_id)
        .where(in_story)
        .where(main_event_parts.c.part.in_(("what", "when")))
        .where(main_event_parts.c.start.is_not(None))
    ):
        if r.part == "what":
            main_rows.append(r)
        elif r.time_begin is not None and r.time_begin == r.time_end:
            dated[r.article_id] = r
    # a "what" taken from the headline points into the title, not the text: the mark is
    # then the characters of the text's event it links to, else the words of its "when"
    # (they stand in the lead's sentence), else none
    spans = {e.id: (e.start, e.end) for e in stored_events}
    main_events = {}
    for r in main_rows:
        when = dated.get(r.article_id)
        day = None if when is None else when.time_begin
        if not r.in_title:
            main_events[r.article_id] = MainEventMark(r.event_id, r.start, r.end, day)
        elif r.event_id in spans:
            main_events[r.article_id] = MainEventMark(r.event_id, *spans[r.event_id], day)
        elif when is not None:
            main_events[r.article_id] = MainEventMark(None, when.start, when.end, day)
    return StoryRecords(
        story_id, version, stored_claims, stored_figures, stored_events, main_events
    )


def list_corrections(conn: Connection) -> list[CorrectionItem]:
    """Every merge and split, oldest first."""
    rows = conn.execute(select(corrections).order_by(corrections.c.id)).all()
    undoable = merges.undoable(conn) if rows else set()
    return [from_mapping(CorrectionItem, r._mapping, undoable=r.id in undoable) for r in rows]
