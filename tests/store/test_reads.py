"""Listing reads: a page's count is the number of rows the same filters list, marked records
left out unless asked for (the counts are made by queries of their own, on fewer tables)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

import pytest

from newsclaims.model import (
    Analysis,
    Article,
    Claim,
    ClaimKind,
    Entity,
    Interval,
    Mention,
    Quantity,
    Span,
    Stance,
)
from newsclaims.reconcile.records import StoryChoice
from newsclaims.store import SqlStore
from newsclaims.store.items import Filters
from newsclaims.store.sql import StoryLookup

#: (outlet, day, speaker, stance of each of two claims, what the figure counts)
_ARTICLES = (
    ("Morning Ledger", 3, "Ida Fenwick", (Stance.REPORTED, Stance.DENIED), "lanterns"),
    ("Morning Ledger", 5, "Otto Brandt", (Stance.DENIED, Stance.QUOTED), "rowing boats"),
    ("Valley Gazette", 4, "Ida Fenwick", (Stance.REPORTED, Stance.REPORTED), "lanterns"),
    ("Valley Gazette", 7, "Otto Brandt", (Stance.DENIED, Stance.DENIED), "stray goats"),
)


def _analysis(n: int, outlet: str, day: int, speaker: str, stances: tuple[Stance, ...],
              counted: str) -> Analysis:  # fmt: skip
    """An invented article: ``speaker`` says two things (one holds a figure of ``counted``)."""
    key = f"PERSON:{speaker.lower()}"
    parts = [f"{speaker} said {12 + n} {counted} were found near the mill {n}. ",
             f"{speaker} said the ferry to island {n} would run late."]  # fmt: skip
    text = "".join(parts)
    claims, mentions, figures = [], [], []
    offset = 0
    for stance, part in zip(stances, parts, strict=True):
        cue = offset + len(speaker) + 1
        start, end = cue + 5, offset + len(part.rstrip()) - 1
        mentions.append(Mention(offset, offset + len(speaker), speaker, key, "PERSON"))
        claims.append(
            Claim(
                start=start, end=end, text=text[start:end], stance=stance,
                kind=ClaimKind.INDIRECT, source=Span(offset, offset + len(speaker), speaker),
                source_entity=key, cue=Span(cue, cue + 4, "said"),
            )
        )  # fmt: skip
        offset += len(part)
    value = str(12 + n)
    v = text.index(value)
    figures.append(
        Quantity(
            start=v, end=v + len(value), text=value, value=float(value), bound="exact",
            about=counted, measure="found", source=Span(0, len(speaker), speaker),
            source_entity=key,
        )
    )  # fmt: skip
    article = Article(text=text, outlet=outlet, published=date(2026, 3, day), origin=f"t:{n}")
    entity = Entity(key=key, name=speaker, type="PERSON")
    return Analysis(
        article=article,
        entities=(entity,),
        mentions=tuple(mentions),
        claims=tuple(claims),
        quantities=tuple(figures),
    )


@pytest.fixture
def listed(store: SqlStore) -> SqlStore:
    """Four invented articles; one claim and one figure marked wrong, one mark undone."""
    for n, row in enumerate(_ARTICLES):
        store.add(_analysis(n, *row))
    everything = Filters(include_wrong=True)
    claims = store.claims(everything, 0, 100).items
    denied = [c for c in claims if c.stance == "denied"]
    store.mark("claim", denied[0].id, "analyst")
    store.unmark(store.mark("claim", denied[1].id, "analyst").id, "analyst")
    figures = store.figures(everything, 0, 100).items
    store.mark("figure", str(figures[0].id), "analyst")
    return store


_CLAIM_FILTERS = [
    Filters(),
    Filters(stance="denied"),
    Filters(outlet="valley gazette"),
    Filters(source="Otto Brandt"),
    Filters(source="PERSON:otto brandt"),
    Filters(stance="denied", since=date(2026, 3, 5)),
    Filters(text="ferry"),
    Filters(about="Otto Brandt"),
]


@pytest.mark.parametrize("include_wrong", [False, True])
@pytest.mark.parametrize("f", _CLAIM_FILTERS)
def test_reads_claims_count_is_the_rows_listed(
    listed: SqlStore, f: Filters, include_wrong: bool
) -> None:
    f = replace(f, include_wrong=include_wrong)
    everything = listed.claims(f, 0, 100)
    assert everything.total == len(everything.items)
    assert [c.id for c in listed.claims(f, 1, 2).items] == [c.id for c in everything.items[1:3]]
    assert listed.claims(f, 1, 2).total == everything.total
    if not include_wrong:
        assert not any(c.wrong for c in everything.items)


@pytest.mark.parametrize(("offset", "limit"), [(0, 1), (1, 1), (2, 1), (0, 2), (1, 5)])
@pytest.mark.parametrize("stance", ["denied", "reported"])
def test_reads_claims_of_one_stance_keep_the_listing_order(
    listed: SqlStore, stance: str, offset: int, limit: int
) -> None:
    """A page of one stance's claims is that page of the whole listing's claims of that
    stance, however the page is found (a short page of a common stance is found by reading
    the articles in listing order)."""
    every = [c.id for c in listed.claims(Filters(), 0, 100).items
             if c.stance == stance]  # fmt: skip
    page = listed.claims(Filters(stance=stance), offset, limit)
    assert [c.id for c in page.items] == every[offset : offset + limit]
    assert page.total == len(every)


def _statements(store: SqlStore, read: Callable[[], object]) -> list[str]:
    """The SQL statements ``read`` runs on ``store``."""
    from sqlalchemy import event  # noqa: PLC0415

    seen: list[str] = []

    def record(*args: object) -> None:
        seen.append(str(args[2]))

    event.listen(store.engine, "before_cursor_execute", record)
    try:
        read()
    finally:
        event.remove(store.engine, "before_cursor_execute", record)
    return seen


@pytest.mark.parametrize(("offset", "limit"), [(0, 1), (2, 1), (0, 100)])
def test_reads_a_stance_page_counts_its_claims_and_every_claim_at_once(
    listed: SqlStore, offset: int, limit: int
) -> None:
    """A page of one stance's claims needs how many claims there are in all (to choose how
    to find the page, ``_walk_articles``): it is counted by the statement that counts the
    stance's own, so the page runs no more statements than the page of every claim."""
    stance = _statements(listed, lambda: listed.claims(Filters(stance="denied"), offset, limit))
    every = _statements(listed, lambda: listed.claims(Filters(), offset, limit))
    assert len(stance) == len(every), stance


def test_reads_a_source_named_by_its_key_lists_what_its_name_lists(listed: SqlStore) -> None:
    """An entity page's link names the source by its key: the same claims and figures as
    its name (every one of them linked to it here)."""
    for name, key in (("Otto Brandt", "PERSON:otto brandt"), ("Ida Fenwick", "PERSON:ida fenwick")):
        by_name = listed.claims(Filters(source=name, include_wrong=True), 0, 100).items
        by_key = listed.claims(Filters(source=key, include_wrong=True), 0, 100).items
        assert [c.id for c in by_key] == [c.id for c in by_name] != []
        figures = [listed.figures(Filters(source=s, include_wrong=True), 0, 100).items
                   for s in (name, key)]  # fmt: skip
        assert [f.id for f in figures[0]] == [f.id for f in figures[1]] != []


def test_reads_claims_count_leaves_out_the_marked_claim(listed: SqlStore) -> None:
    assert listed.claims(Filters(), 0, 1).total == 7
    assert listed.claims(Filters(include_wrong=True), 0, 1).total == 8
    assert listed.claims(Filters(stance="denied"), 0, 1).total == 3
    assert listed.claims(Filters(stance="denied", outlet="Valley Gazette"), 0, 1).total == 1


_FIGURE_FILTERS = [
    Filters(),
    Filters(about="lanterns"),
    Filters(about="boat", measure="found"),
    Filters(outlet="Morning Ledger"),
    Filters(source="Ida Fenwick"),
    Filters(source="PERSON:ida fenwick"),
    Filters(about="lantern", until=date(2026, 3, 3)),
]


@pytest.mark.parametrize("include_wrong", [False, True])
@pytest.mark.parametrize("f", _FIGURE_FILTERS)
def test_reads_figures_count_is_the_rows_listed(
    listed: SqlStore, f: Filters, include_wrong: bool
) -> None:
    f = replace(f, include_wrong=include_wrong)
    everything = listed.figures(f, 0, 100)
    assert everything.total == len(everything.items)
    assert listed.figures(f, 1, 1).total == everything.total


def test_reads_figures_count_leaves_out_the_marked_figure(listed: SqlStore) -> None:
    assert listed.figures(Filters(), 0, 1).total == 3
    assert listed.figures(Filters(include_wrong=True), 0, 1).total == 4
    assert listed.figures(Filters(about="lanterns", include_wrong=True), 0, 1).total == 2


@pytest.fixture
def dated(store: SqlStore) -> SqlStore:
    """The four invented articles, each first claim dated (the day of the month it is
    published, in 2025), the second undated; one dated claim marked wrong."""
    for n, row in enumerate(_ARTICLES):
        analysis = _analysis(n, *row)
        day = date(2025, 2, row[1])
        first = replace(analysis.claims[0], time=Interval(day, day, "day", day.isoformat()))
        store.add(replace(analysis, claims=(first, *analysis.claims[1:])))
    store.mark("claim", store.timeline(Filters(), 0, 1).items[0].id, "analyst")
    return store


_TIMELINE_FILTERS = [
    Filters(),
    Filters(stance="denied"),
    Filters(outlet="Morning Ledger"),
    Filters(source="Ida Fenwick"),
    Filters(since=date(2025, 2, 4)),
    Filters(until=date(2025, 2, 4)),
    Filters(text="mill"),
]


@pytest.mark.parametrize("include_wrong", [False, True])
@pytest.mark.parametrize("f", _TIMELINE_FILTERS)
def test_reads_timeline_count_is_the_rows_listed(
    dated: SqlStore, f: Filters, include_wrong: bool
) -> None:
    f = replace(f, include_wrong=include_wrong)
    everything = dated.timeline(f, 0, 100)
    assert everything.total == len(everything.items)
    assert dated.timeline(f, 1, 1).total == everything.total
    assert all(item.when is not None for item in everything.items)


def test_reads_timeline_count_leaves_out_the_marked_claim(dated: SqlStore) -> None:
    assert dated.timeline(Filters(), 0, 1).total == 3
    assert dated.timeline(Filters(include_wrong=True), 0, 1).total == 4
    assert dated.timeline(Filters(since=date(2025, 2, 4)), 0, 1).total == 3
    assert dated.timeline(Filters(until=date(2025, 2, 4), include_wrong=True), 0, 1).total == 2


def _story(label: str) -> Callable[[StoryLookup], StoryChoice]:
    """A writer's choice of story: the one called ``label``, made on its first article."""

    def assign(lookup: StoryLookup) -> StoryChoice:
        found = lookup.candidates([label], limit=1)
        return StoryChoice(found[0].id if found else None, label, {}, {label: 1.0}, None)

    return assign


def test_reads_entities_index_counts_stories_and_names_the_one_naming_it_most(
    store: SqlStore,
) -> None:
    """Each entity of the index: how many stories name it, and the story whose articles
    name it most (of two alike, the older story)."""
    placed = [("Mill fire", 0), ("Mill fire", 1), ("Ferry delays", 2), ("Ferry delays", 3),
              ("Ferry delays", 0)]  # fmt: skip
    for n, (label, row) in enumerate(placed):
        store.add(_analysis(n, *_ARTICLES[row]), _story(label))
    found = {e.name: e for e in store.entities(Filters(), 0, 10).items}
    assert (found["Ida Fenwick"].stories, found["Ida Fenwick"].story) == (2, "Ferry delays")
    assert (found["Otto Brandt"].stories, found["Otto Brandt"].story) == (2, "Mill fire")
    only = {e.name: e for e in store.entities(Filters(kind="person"), 0, 1).items}
    assert only and all(e.stories == 2 for e in only.values())


@pytest.mark.parametrize("read", ["claims", "figures"])
def test_reads_a_source_named_by_its_name_looks_it_up_as_a_key_once(
    listed: SqlStore, read: str
) -> None:
    """A source filter is looked up as an entity's key once; a name that is no key then
    costs one look-up among the names, not the key's look-up again."""
    from sqlalchemy import event  # noqa: PLC0415

    def statements(source: str) -> tuple[int, int]:
        """(statements run, statements given ``source`` itself) by one listing."""
        seen: list[str] = []

        def record(*args: object) -> None:
            seen.append(repr(args[3]))

        event.listen(listed.engine, "before_cursor_execute", record)
        try:
            getattr(listed, read)(Filters(source=source), 0, 100)
        finally:
            event.remove(listed.engine, "before_cursor_execute", record)
        return len(seen), sum(repr(source) in params for params in seen)

    by_key, key_lookups = statements("PERSON:otto brandt")
    by_name, name_lookups = statements("Otto Brandt")
    assert key_lookups > 0
    assert name_lookups == key_lookups
    assert by_name - by_key == key_lookups  # one look-up among the names for each


@pytest.mark.postgres
def test_reads_postgresql_finds_the_first_claims_in_the_articles_listing_order(
    pg_store: SqlStore,
) -> None:
    """PostgreSQL can read the first page of claims from the articles in listing order
    (``ix_articles_listing``: published, then time of day, newest first, dates unknown last)
    and each one's claims, not sort every claim: the index holds the listing's own order (an
    index on ``published`` read backwards puts the articles of no date first)."""
    from sqlalchemy import event  # noqa: PLC0415

    for n, row in enumerate(_ARTICLES):
        pg_store.add(_analysis(n, *row))
    seen: list[tuple[str, object]] = []

    def record(*args: object) -> None:
        seen.append((str(args[2]), args[3]))

    event.listen(pg_store.engine, "before_cursor_execute", record)
    try:
        pg_store.claims(Filters(), 0, 2)
    finally:
        event.remove(pg_store.engine, "before_cursor_execute", record)
    statement, parameters = next((s, p) for s, p in seen if "ORDER BY articles.published" in s)
    with pg_store.engine.begin() as conn:
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        conn.exec_driver_sql("SET LOCAL enable_sort = off")
        plan = "\n".join(
            str(r[0]) for r in conn.exec_driver_sql(f"EXPLAIN {statement}", parameters)
        )
    assert "ix_articles_listing" in plan, plan
