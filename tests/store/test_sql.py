"""The store, on SQLite and PostgreSQL: one transaction per article, idempotent, queryable."""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import sys
import warnings
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import event, func, select, text
from sqlalchemy.exc import DBAPIError

from newsclaims import derive, ingest, views
from newsclaims.derive import assign_for
from newsclaims.errors import ConfigError, InputError, NotFound, StorageError
from newsclaims.model import (
    Analysis,
    Article,
    Claim,
    ClaimKind,
    Entity,
    FigureScope,
    Furniture,
    Interval,
    Mention,
    Quantity,
    Rejection,
    Span,
    Stance,
)
from newsclaims.reconcile.records import StoryChoice
from newsclaims.store import SqlStore, WriteStatus, normalise_url
from newsclaims.store.items import Filters
from newsclaims.store.schema import (
    articles,
    claims,
    entities,
    mentions,
    metadata,
    stories,
    story_keys,
)
from newsclaims.store.sql import _MIGRATIONS, StoryLookup

TEXT_A = "Mayor Ana Ruiz said the library in Dunmore would open in June."
TEXT_B = "In Dunmore, Ana Ruiz said the library would need more staff."

MakeAnalysis = Callable[..., Analysis]


def add(store: SqlStore, analysis: Analysis) -> None:
    """Store an analysis in its story, as ingest does."""
    store.add(analysis, assign_for(analysis))


def _one_story(lookup: StoryLookup) -> StoryChoice:
    """Story grouping that puts every article in one story (for tests of what the store
    does within a story, whatever grouping would choose)."""
    found = lookup.candidates(["*"], limit=1)
    return StoryChoice(found[0].id if found else None, "all", {}, {"*": 1.0})


def _with_figure(make_analysis: MakeAnalysis, text: str, value: float) -> Analysis:
    """An analysis of ``text`` whose first claim's source gives a death toll of ``value``
    (on the word "June", any span will do)."""
    analysis = make_analysis(text)
    start = text.index("June")
    figure = Quantity(
        start=start, end=start + 4, text="June", value=value, about="flood victims",
        measure="killed", source=analysis.claims[0].source,
        source_entity=analysis.claims[0].source_entity,
    )  # fmt: skip
    return replace(analysis, quantities=(figure,))


def _count(store: SqlStore, table: object) -> int:
    with store.engine.connect() as conn:
        return int(conn.execute(select(func.count()).select_from(table)).scalar_one())


def test_store_add_writes_article_entities_and_claims(
    store: SqlStore, make_analysis: MakeAnalysis
) -> None:
    result = store.add(make_analysis(TEXT_A))
    assert result.status is WriteStatus.STORED
    [row] = store.claims().items
    assert row.source == "Ana Ruiz"
    assert row.cue == "said"
    assert row.content == "the library in Dunmore would open in June"
    assert row.stance == "reported"
    assert TEXT_A[row.start : row.end] == row.content


def test_store_keeps_the_publication_time_of_day(
    store: SqlStore, make_analysis: MakeAnalysis
) -> None:
    stamp = datetime(2016, 11, 10, 7, 15)
    analysis = make_analysis(TEXT_A, published=stamp.date())
    store.add(replace(analysis, article=replace(analysis.article, published_at=stamp)))
    [row] = store.articles().items
    # a stamp without a zone is read as UTC (PostgreSQL gives it back with the zone)
    assert row.published == stamp.date()
    assert _as_utc(row.published_at) == stamp.replace(tzinfo=UTC)


def _as_utc(stamp: datetime | None) -> datetime | None:
    if stamp is None or stamp.tzinfo is not None:
        return stamp
    return stamp.replace(tzinfo=UTC)


def test_store_keeps_the_instant_of_a_stamp_with_a_zone(
    store: SqlStore, make_analysis: MakeAnalysis
) -> None:
    """07:15 at +02:00 is 05:15 UTC in both stores (SQLite kept the wall clock, 07:15)."""
    stamp = datetime(2016, 11, 10, 7, 15, tzinfo=timezone(timedelta(hours=2)))
    analysis = make_analysis(TEXT_A, published=stamp.date())
    store.add(replace(analysis, article=replace(analysis.article, published_at=stamp)))
    [row] = store.articles().items
    assert _as_utc(row.published_at) == datetime(2016, 11, 10, 5, 15, tzinfo=UTC)


def test_store_reingest_same_content_is_noop(store: SqlStore, make_analysis: MakeAnalysis) -> None:
    first = store.add(make_analysis(TEXT_A))
    second = store.add(make_analysis(TEXT_A))
    assert second.status is WriteStatus.DUPLICATE
    assert second.article_id == first.article_id
    assert _count(store, articles) == 1
    assert _count(store, claims) == 1
    assert _count(store, mentions) == 2


def test_store_rejection_is_stored_with_code(
    store: SqlStore, rejected_analysis: MakeAnalysis
) -> None:
    assert store.add(rejected_analysis()).status is WriteStatus.REJECTED
    [row] = store.articles().items
    assert row.status == "rejected"
    assert row.rejection_code == "W201"
    assert row.claims == 0
    assert row.story_id is None


def test_store_same_entity_across_articles_is_one(
    store: SqlStore, make_analysis: MakeAnalysis
) -> None:
    store.add(make_analysis(TEXT_A))
    store.add(make_analysis(TEXT_B))
    people = [e for e in store.entities().items if e.type == "PERSON"]
    assert len(people) == 1
    assert people[0].name == "Ana Ruiz"
    assert people[0].mentions == 2
    assert people[0].claims == 2
    assert people[0].aliases == ("Ruiz",)


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"source": "Ana Ruiz"}, 2),
        ({"source": "ruiz"}, 2),
        ({"source": "Nobody"}, 0),
        ({"about": "Dunmore"}, 1),
        ({"about": "Ana Ruiz"}, 0),
        ({"stance": "reported"}, 2),
        ({"stance": "denied"}, 0),
        ({"source": "Ruiz", "stance": "reported", "about": "Dunmore"}, 1),
    ],
)
def test_store_claims_filters(
    store: SqlStore, make_analysis: MakeAnalysis, filters: dict[str, str], expected: int
) -> None:
    store.add(make_analysis(TEXT_A))
    store.add(make_analysis(TEXT_B))
    listing = store.claims(Filters(**filters))
    assert len(listing.items) == listing.total == expected


def test_store_write_failure_leaves_nothing_half_written(
    store: SqlStore, make_analysis: MakeAnalysis, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.add(make_analysis(TEXT_A))

    def broken(*_args: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(store, "_write_records", broken)
    with pytest.raises(RuntimeError):
        store.add(make_analysis(TEXT_B))
    assert _count(store, articles) == 1, "the failed article must not be stored at all"
    assert _count(store, claims) == 1


def test_store_export_streams_every_article(store: SqlStore, make_analysis: MakeAnalysis) -> None:
    store.add(make_analysis(TEXT_A))
    store.add(make_analysis(TEXT_B))
    records = list(store.export())
    assert {r["article"]["text"] for r in records} == {TEXT_A, TEXT_B}
    assert all(len(r["claims"]) == 1 and len(r["mentions"]) == 2 for r in records)


def _not_search(obj: object, name: str | None, kind: str, *_: object) -> bool:
    """The full-text search objects live outside the metadata (FTS5 tables, a GIN index)."""
    return not (name or "").startswith(("claims_fts", "ix_claims_fts"))


def test_store_migrated_schema_matches_metadata(store: SqlStore) -> None:
    def compared(obj: object, name: str | None, kind: str, *rest: object) -> bool:
        """Not the search objects, nor an index made on another database alone (``ddl_if``:
        the articles' listing order, migration 0025)."""
        made_if = getattr(obj, "_ddl_if", None)
        elsewhere = made_if is not None and made_if.dialect not in (None, store.dialect)
        return _not_search(obj, name, kind, *rest) and not elsewhere

    with store.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": compared})
        with warnings.catch_warnings():
            # alembic says it skips the expression index on PostgreSQL: that is expected
            warnings.filterwarnings("ignore", message=".*expression-based index.*")
            diff = compare_metadata(context, metadata)
    assert diff == []


def test_store_full_text_search(store: SqlStore, make_analysis: MakeAnalysis) -> None:
    store.add(make_analysis(TEXT_A))
    store.add(make_analysis(TEXT_B))

    def search(words: str) -> list[str]:
        return [r.content for r in store.claims(Filters(text=words)).items]

    assert search("June library") == ["the library in Dunmore would open in June"]
    assert len(search("library")) == 2
    assert search('"; DROP TABLE claims; --') == []
    assert len(search("   ")) == 2, "a query without words filters nothing"


def test_store_reopen_keeps_data(store: SqlStore, make_analysis: MakeAnalysis) -> None:
    store.add(make_analysis(TEXT_A))
    again = SqlStore(store.url)
    try:
        assert again.articles().total == 1
    finally:
        again.close()


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("news.db", "sqlite:///news.db"),
        ("sqlite:////tmp/x.db", "sqlite:////tmp/x.db"),
        ("postgresql://u@h/db", "postgresql+psycopg://u@h/db"),
        ("postgres://u@h/db", "postgresql+psycopg://u@h/db"),
    ],
)
def test_normalise_url(given: str, expected: str) -> None:
    assert normalise_url(given) == expected


def test_unknown_url_scheme_is_e401() -> None:
    with pytest.raises(ConfigError) as caught:
        normalise_url("mysql://x/y")
    assert caught.value.code == "E401"


def test_unopenable_store_is_e301(tmp_path: object) -> None:
    with pytest.raises(StorageError) as caught:
        SqlStore("sqlite:////nonexistent-dir/sub/x.db")
    assert caught.value.code == "E301"


def test_store_keeps_content_fragments(store: SqlStore, make_analysis: MakeAnalysis) -> None:
    analysis = make_analysis(TEXT_A)
    claim = analysis.claims[0]
    parts = (Span(claim.start, claim.start + 11, TEXT_A[claim.start : claim.start + 11]),)
    store.add(replace(analysis, claims=(replace(claim, parts=parts),)))
    [record] = list(store.export())
    assert record["claims"][0]["parts"] == [[claim.start, claim.start + 11]]


def test_store_timeline_orders_by_when_it_happened(
    store: SqlStore, make_analysis: MakeAnalysis
) -> None:
    early = make_analysis(TEXT_A, published=date(2026, 5, 1))
    late = make_analysis(TEXT_B, published=date(2026, 1, 1))
    when_a = Interval(date(2025, 1, 1), date(2025, 1, 31), "month", "2025-01")
    when_b = Interval(date(2024, 6, 3), date(2024, 6, 3), "day", "2024-06-03")
    store.add(replace(early, claims=(replace(early.claims[0], time=when_a),)))
    store.add(replace(late, claims=(replace(late.claims[0], time=when_b),)))
    rows = store.timeline().items
    assert [r.when for r in rows] == [date(2024, 6, 3), date(2025, 1, 1)]
    assert rows[0].published == date(2026, 1, 1)

    def days(**given: object) -> list[date]:
        return [r.when for r in store.timeline(Filters(**given)).items]  # type: ignore[arg-type]

    assert days(since=date(2024, 12, 1)) == [date(2025, 1, 1)]
    assert days(until=date(2024, 12, 1)) == [date(2024, 6, 3)]
    assert len(days(about="Dunmore")) == 1


def test_store_figures_by_about_and_measure(store: SqlStore, make_analysis: MakeAnalysis) -> None:
    analysis = make_analysis(TEXT_A)
    start = TEXT_A.index("June")
    figure = Quantity(
        start=start,
        end=start + 4,
        text="June",
        value=600,
        bound="approx",
        about="North Korean soldiers",
        measure="killed",
        source=analysis.claims[0].source,
        source_entity=analysis.claims[0].source_entity,
    )
    store.add(replace(analysis, quantities=(figure,)))
    [row] = store.figures(Filters(about="north korean soldiers", measure="killed")).items
    assert (row.value, row.bound, row.source) == (600, "approx", "Ana Ruiz")
    assert store.figures(Filters(measure="wounded")).items == []
    # a reader's word for the measure finds its class; a measure word as "about" too
    assert [f.value for f in store.figures(Filters(measure="dead")).items] == [600]
    assert [f.value for f in store.figures(Filters(measure="Died")).items] == [600]
    assert [f.value for f in store.figures(Filters(about="deaths")).items] == [600]
    assert store.figures(Filters(about="injured")).items == []


def test_store_keeps_a_figures_scope_and_qualifier(
    store: SqlStore, make_analysis: MakeAnalysis
) -> None:
    analysis = make_analysis(TEXT_A)
    start = TEXT_A.index("June")
    part = Quantity(
        start=start, end=start + 4, text="June", value=4, measure="injured",
        scope=FigureScope.PART, qualifier="seriously",
    )  # fmt: skip
    store.add(replace(analysis, quantities=(part,)))
    [row] = store.figures().items
    assert (row.scope, row.qualifier) == ("part", "seriously")
    [stored] = store.records_across(None).figures
    assert (stored.scope, stored.qualifier) == ("part", "seriously")


def test_store_merge_survives_reingest(store: SqlStore, make_analysis: MakeAnalysis) -> None:
    first = make_analysis(TEXT_A)
    store.add(first)
    store.merge_entities("Ana Ruiz", "Dunmore", who="tester")
    assert {e.name for e in store.entities().items} == {"Ana Ruiz"}
    store.add(make_analysis(TEXT_B))  # names Dunmore again: it must land on Ana Ruiz
    [only] = store.entities().items
    assert only.name == "Ana Ruiz" and only.mentions == 4
    assert "Dunmore" in only.aliases
    [correction] = store.corrections()
    assert (correction.kind, correction.who) == ("merge", "tester")


def _with_surname(analysis: Analysis) -> Analysis:
    """Add a mention of "Ruiz" alone (after "Ana Ruiz") to a hand-built analysis."""
    text = analysis.article.text
    start = text.index("Ruiz", text.index("Ana Ruiz") + 8)
    extra = Mention(start, start + 4, "Ruiz", "PERSON:ana ruiz", "PERSON")
    return replace(analysis, mentions=(*analysis.mentions, extra))


def test_store_split_survives_reingest(store: SqlStore, make_analysis: MakeAnalysis) -> None:
    store.add(
        _with_surname(make_analysis("Ana Ruiz spoke in Dunmore; Ruiz said the library would open."))
    )
    created = store.split_entity("Ana Ruiz", "Ruiz", who="tester")
    assert created.key == "PERSON:ruiz"
    counts = {e.name: e.mentions for e in store.entities().items}
    assert counts["Ruiz"] == 1 and counts["Ana Ruiz"] == 1
    store.add(
        _with_surname(make_analysis("In Dunmore, Ana Ruiz said the library was ready, Ruiz added."))
    )
    counts = {e.name: e.mentions for e in store.entities().items}
    assert counts["Ruiz"] == 2 and counts["Ana Ruiz"] == 2
    assert [c.kind for c in store.corrections()] == ["split"]


def test_store_merge_unknown_entity_is_e601(store: SqlStore, make_analysis: MakeAnalysis) -> None:
    store.add(make_analysis(TEXT_A))
    with pytest.raises(NotFound) as caught:
        store.merge_entities("Ana Ruiz", "Nobody")
    assert caught.value.code == "E601"


@pytest.mark.parametrize(
    ("correction", "args"),
    [("merge_entities", ("Ana Ruiz", "Ruiz")), ("split_entity", ("Ana Ruiz", "ana ruiz"))],
)
def test_store_correction_that_changes_nothing_is_e413(
    store: SqlStore, make_analysis: MakeAnalysis, correction: str, args: tuple[str, str]
) -> None:
    """Merging an entity into itself (by another of its names) or splitting off its own name
    is refused, not reported as done."""
    store.add(make_analysis(TEXT_A))
    with pytest.raises(InputError) as caught:
        getattr(store, correction)(*args)
    assert caught.value.code == "E413"
    assert store.corrections() == []


@pytest.mark.model
def test_store_links_the_same_actor_across_two_articles(store: SqlStore, fixtures: Path) -> None:
    ingest(
        [str(fixtures / "linking" / "first.txt"), str(fixtures / "linking" / "second.txt")], store
    )
    kims = [e for e in store.entities().items if e.name == "Kim Jong Un"]
    assert len(kims) == 1
    assert kims[0].mentions == 3
    with store.engine.connect() as conn:
        articles_named = conn.execute(
            select(func.count(func.distinct(mentions.c.article_id))).where(
                mentions.c.entity_id == kims[0].id
            )
        ).scalar_one()
    assert articles_named == 2
    about = store.claims(Filters(about="North Korea")).total
    assert about + store.claims(Filters(source="Kim")).total >= 1
    stories = {a.story_id for a in store.articles().items}
    assert len(stories) == 1 and None not in stories, "both articles in one story"


def test_store_marks_wire_copies_and_counts_them_once(
    store: SqlStore, make_analysis: MakeAnalysis
) -> None:
    wire = (
        "Mayor Ana Ruiz said the library in Dunmore would open in June, after two years of "
        "delays caused by flooding, a funding dispute with the county and a shortage of builders. "
        "The building, designed by a local firm, will hold forty thousand books, a children's "
        "wing and a hall for public meetings. Residents collected signatures for three years "
        "to save the project after the county cut its grant, and a regional fund paid for the "
        "roof. The council expects about five hundred visitors on the opening weekend."
    )
    first = store.add(make_analysis(wire, outlet="Wire"))
    copy = store.add(make_analysis("UPDATED. " + wire, outlet="Daily Copy"))
    other = store.add(make_analysis(TEXT_B))
    rows = {r.id: r for r in store.articles().items}
    assert rows[copy.article_id].copy_of == first.article_id
    assert rows[first.article_id].copy_of is None
    assert rows[other.article_id].copy_of is None


def test_store_source_profiles_count_contradictions(
    store: SqlStore, make_analysis: MakeAnalysis
) -> None:
    add(store, _with_figure(make_analysis, TEXT_A, 10))
    other = _with_figure(
        make_analysis,
        "Officer Lee, not Ana Ruiz, said the library in Dunmore would open in June.",
        90,
    )
    lee = Span(
        other.article.text.index("Officer Lee"),
        other.article.text.index("Officer Lee") + 11,
        "Officer Lee",
    )
    claim = replace(other.claims[0], source=lee, source_entity=None)
    figure = replace(other.quantities[0], source=lee, source_entity=None)
    add(store, replace(other, claims=(claim,), quantities=(figure,)))
    profiles = {p["source"]: p for p in views.sources(store).rows}
    assert profiles["Ana Ruiz"]["claims"] == 1
    assert profiles["Ana Ruiz"]["stances"] == {"reported": 1}
    assert profiles["Ana Ruiz"]["contradicted"] == 1
    assert profiles["Officer Lee"]["contradicted"] == 1
    assert "Dunmore" in profiles["Ana Ruiz"]["about"]
    assert "Dunmore" in profiles["Officer Lee"]["about"]  # topics of a source with no entity


def _june_figures(
    make_analysis: MakeAnalysis, text: str, value: float, outlet: str, who: str, entity: bool
) -> Analysis:
    """An article whose claim and figure ("June" as a count of flood victims) are said by
    ``who`` as written in ``text``: resolved to Ana Ruiz when ``entity``, else left raw."""
    analysis = make_analysis(text, outlet=outlet)
    start = text.index(who)
    source = Span(start, start + len(who), who)
    key = analysis.claims[0].source_entity if entity else None
    claim = replace(analysis.claims[0], source=source, source_entity=key)
    june = text.index("June")
    figure = Quantity(
        start=june, end=june + 4, text="June", value=value, about="flood victims",
        measure="killed", source=source, source_entity=key,
    )  # fmt: skip
    return replace(analysis, claims=(claim,), quantities=(figure,))


def test_store_disagreement_sides_keep_the_source_as_written(
    store: SqlStore, make_analysis: MakeAnalysis
) -> None:
    store.add(
        _june_figures(
            make_analysis,
            "A spokeswoman for Ana Ruiz said the library in Dunmore would open in June.",
            10, "Daily A", "A spokeswoman", entity=True,
        ),
        _one_story,
    )  # fmt: skip
    store.add(
        _june_figures(
            make_analysis,
            "Officer Lee, not Ana Ruiz, said the library in Dunmore would open in June.",
            90, "Daily B", "Officer Lee", entity=False,
        ),
        _one_story,
    )  # fmt: skip
    (found,) = views.disagreements(store).rows
    sides = {side["source"]: side for side in found["sides"]}
    assert sides["Ana Ruiz"]["mention"] == "A spokeswoman"
    assert sides["Officer Lee"]["mention"] == "Officer Lee"
    assert "Ana Ruiz (“A spokeswoman”): June" in found["said"]
    assert "Officer Lee: June" in found["said"]  # the name again is not repeated
    across = views.disagreements(store, across_stories=True).rows[0]
    assert {s["source"]: s["mention"] for s in across["sides"]}["Ana Ruiz"] == "A spokeswoman"


def test_store_source_profiles_are_kept_by_derive_and_follow_marks(
    store: SqlStore, make_analysis: MakeAnalysis
) -> None:
    store.writes_on_read = False  # as the server: a read never derives
    for said, value, outlet in (
        ("Mayor Ana Ruiz said the library in Dunmore would open in June.", 10, "Daily A"),
        ("Officer Lee, not Ana Ruiz, said the library in Dunmore would open in June.", 90, "B"),
        ("Ana Ruiz said again the library in Dunmore would open in June.", 10, "Daily C"),
    ):
        who = "Officer Lee" if value == 90 else "Ana Ruiz"
        store.add(
            _june_figures(make_analysis, said, value, outlet, who, entity=who == "Ana Ruiz"),
            _one_story,
        )
    assert views.sources(store).rows == []  # not derived yet, and the read derived nothing
    assert views.stale_count(store) == 1
    derive.refresh(store)
    profiles = {p["source"]: p for p in views.sources(store).rows}
    assert profiles["Ana Ruiz"]["claims"] == 2
    assert profiles["Ana Ruiz"]["stances"] == {"reported": 2}
    assert profiles["Ana Ruiz"]["about"] == ["Dunmore"]
    assert profiles["Ana Ruiz"]["contradicted"] == profiles["Officer Lee"]["contradicted"] == 1
    by_outlet = views.sources(store, Filters(outlet="daily c")).rows
    assert [(p["source"], p["claims"]) for p in by_outlet] == [("Ana Ruiz", 1)]
    assert [p["source"] for p in views.sources(store, Filters(text="lee")).rows] == ["Officer Lee"]

    conflict = next(d for d in views.disagreements(store).rows if d["kind"] == "figures_conflict")
    mark = store.mark("disagreement", conflict["key"], "analyst")
    derive.refresh(store)
    assert {p["source"]: p["contradicted"] for p in views.sources(store).rows} == {
        "Ana Ruiz": 0,
        "Officer Lee": 0,
    }
    store.unmark(mark.id, "analyst")
    derive.refresh(store)
    assert {p["source"]: p["contradicted"] for p in views.sources(store).rows}["Officer Lee"] == 1

    claim_id = views.claims(store, Filters(outlet="Daily C")).rows[0]["id"]
    store.mark("claim", claim_id, "analyst")
    derive.refresh(store)
    assert {p["source"]: p["claims"] for p in views.sources(store).rows} == {
        "Ana Ruiz": 1,
        "Officer Lee": 1,
    }


def test_store_source_profile_of_an_overlong_mention_is_kept_cut(
    store: SqlStore, make_analysis: MakeAnalysis
) -> None:
    who = "Officer " + "é" * 1500 + " of Ana Ruiz"
    text = who + " said the library in Dunmore would open in June."
    analysis = make_analysis(text)
    claim = replace(
        analysis.claims[0], source=Span(0, len(who), who), source_entity=None
    )  # fmt: skip
    store.add(replace(analysis, claims=(claim,)), _one_story)
    [profile] = views.sources(store).rows
    assert profile["claims"] == 1
    assert who.startswith(profile["source"][:-1]) and profile["source"].endswith("…")


def test_store_optimize_refreshes_statistics_on_each_backend(
    store: SqlStore, make_analysis: Callable[..., Analysis]
) -> None:
    store.add(make_analysis("Mayor Ana Ruiz said the library in Dunmore will reopen soon."))
    store.optimize()
    assert store.claims(Filters(source="Ana Ruiz")).items


def test_store_upgrades_a_database_of_the_first_schema_with_its_data(
    tmp_path: Path, fixtures: Path
) -> None:
    """``schema-0001.db`` was written by the first released schema (see
    ``scripts/make_schema_0001_fixture.py``); opening it migrates it to the current one."""
    path = tmp_path / "old.db"
    shutil.copy(fixtures / "store" / "schema-0001.db", path)
    store = SqlStore(f"sqlite:///{path}")
    try:
        with store.engine.connect() as conn:
            version = conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        assert version == ScriptDirectory(str(_MIGRATIONS)).get_current_head()
        (article,) = store.articles().items
        assert (article.outlet, article.title, article.status) == (
            "Dunmore Courier", "Library to reopen", "stored",
        )  # fmt: skip
        (claim,) = store.claims(Filters(source="Ruiz")).items
        assert claim.content == "the library in Dunmore would reopen in May"
        assert claim.stance == "reported" and claim.cue == "said"
        assert store.claims(Filters(about="Dunmore")).items == [claim]
        record = store.article(article.id)
        text_of = record["article"]["text"]
        for mention in record["mentions"]:
            assert text_of[mention["start"] : mention["end"]] == mention["text"]
        names = {e.name for e in store.entities().items}
        assert names == {"Ana Ruiz", "Dunmore"}
        assert list(store.export())
    finally:
        store.close()


def _people(said: str, *names: str) -> Analysis:
    """An analysis of ``said`` whose entities are the people ``names`` (each named once)."""
    found = []
    mentions_of = []
    for name in names:
        start = said.index(name)
        key = f"PERSON:{name.lower()}"
        found.append(Entity(key=key, name=name, type="PERSON"))
        mentions_of.append(Mention(start, start + len(name), name, key, "PERSON"))
    return Analysis(
        article=Article(text=said, published=date(2016, 11, 10)),
        entities=tuple(found),
        mentions=tuple(mentions_of),
    )


BARACK = ("Barack Obama met Angela Merkel in Berlin.", ("Barack Obama", "Angela Merkel"))
MICHELLE = ("Michelle Obama spoke at a school in Denver.", ("Michelle Obama",))
COUPLE = ("Barack Obama and Michelle Obama flew home.", ("Barack Obama", "Michelle Obama"))


def _bare(said: str, pronoun: str | None = None) -> Analysis:
    """An article naming "Obama" alone, once, with a claim whose source is ``pronoun``
    resolved to him or her when given ("..., he said")."""
    analysis = _people(said, "Obama")
    if pronoun is None:
        return analysis
    at = said.index(f" {pronoun} ") + 1
    claim = Claim(
        start=0, end=at - 2, text=said[: at - 2], stance=Stance.ASSERTED, kind=ClaimKind.INDIRECT,
        source=Span(at, at + len(pronoun), pronoun), source_entity="PERSON:obama",
    )  # fmt: skip
    return replace(analysis, claims=(claim,))


#: (articles naming people in full, the article naming "Obama" alone, which one it is)
SURNAME_CASES = [
    ([BARACK], _bare("Mr. Obama said the talks went well."), "Barack Obama"),
    ([BARACK], _bare("Talks went well, Obama said, and he said more were planned.", "he"),
     "Barack Obama"),
    ([MICHELLE], _bare("Mrs. Obama said the school would open."), "Michelle Obama"),
    # two Obamas named in full: the title's gender picks the one man (issue 18)
    ([COUPLE], _bare("Mr. Obama said the talks went well."), "Barack Obama"),
    ([COUPLE], _bare("Talks went well, Obama said, and he said more were planned.", "he"),
     "Barack Obama"),
    # two Obamas and nothing said of the bare name: neither is guessed
    ([COUPLE], _bare("Obama said the talks went well, adding that more were planned."), "Obama"),
    # a title and a pronoun that disagree: neither
    ([COUPLE], _bare("Mrs. Obama said the talks went well, and he said more were planned.", "he"),
     "Obama"),
    # only Michelle Obama named in full, but the bare name is a man: not her
    ([MICHELLE], _bare("Mr. Obama said the talks went well."), "Obama"),
    ([MICHELLE], _bare("Talks went well, Obama said, and he said more were planned.", "he"),
     "Obama"),
    # nothing says which Obama "Obama said" is: left as written, not guessed
    ([BARACK], _bare("Obama said the talks went well, adding that more were planned."), "Obama"),
    ([MICHELLE], _bare("Obama said the talks went well, adding that more were planned."),
     "Obama"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("full", "bare", "name"),
    [
        *SURNAME_CASES,
        ([BARACK, MICHELLE], _bare("Mr. Obama said the talks went well."), "Barack Obama"),
    ],
)
def test_store_a_bare_surname_is_the_one_person_of_its_story_named_in_full(
    store: SqlStore, full: list[tuple[str, tuple[str, ...]]], bare: Analysis, name: str
) -> None:
    """ "Obama" alone joins the one Obama the story names in full, when the article gives him
    or her a gender (a title, a pronoun) that the full name has; with two Obamas, only when
    that gender fits one and sets the other apart; with a gender that disagrees, or none at
    all, it stays its own entity (unresolved, not guessed)."""
    for said, names in full:
        store.add(_people(said, *names), _one_story)
    store.add(bare, _one_story)
    [obama] = store.article(bare.article.id)["mentions"]
    assert obama["name"] == name


def test_sql_head_revision_is_alembics_head() -> None:
    from alembic.config import Config  # noqa: PLC0415

    from newsclaims.store.sql import head_revision  # noqa: PLC0415

    config = Config()
    config.set_main_option("script_location", str(_MIGRATIONS))
    assert head_revision() == ScriptDirectory.from_config(config).get_current_head()


def test_sql_opening_a_store_at_head_runs_no_migration(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/s.db"
    SqlStore(url).close()
    code = (
        "import sys\nfrom newsclaims.store import SqlStore\n"
        f"SqlStore({url!r}).close()\nprint('alembic' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


def test_store_keeps_the_furniture_of_stored_and_rejected_articles(
    store: SqlStore, make_analysis: MakeAnalysis
) -> None:
    text = "Scroll down for video Mayor Ana Ruiz said the library in Dunmore would open."
    caption = Furniture(0, 21, text[0:21], "video")
    stored = store.add(replace(make_analysis(text), furniture=(caption,)))
    record = store.article(stored.article_id)
    assert record["furniture"] == [
        {"start": 0, "end": 21, "kind": "video", "text": "Scroll down for video"}
    ]
    rejected = Analysis(
        article=Article(text="Image caption Short."),
        furniture=(Furniture(0, 13, "Image caption", "caption"),),
        rejection=Rejection("W201", "too short"),
    )
    result = store.add(rejected)
    assert result.status is WriteStatus.REJECTED
    assert [f["text"] for f in store.article(result.article_id)["furniture"]] == ["Image caption"]


def test_store_an_article_joining_two_stories_merges_them_in_one_transaction(
    store: SqlStore, make_analysis: MakeAnalysis
) -> None:
    def placed(
        day: date, story: str | None, keys: dict[str, float], absorbed: tuple[str, ...] = ()
    ) -> Callable[[StoryLookup], StoryChoice]:
        def assign(lookup: StoryLookup) -> StoryChoice:
            ids = {k: c.id for k in ("x", "y") for c in lookup.candidates([k], limit=1)}
            return StoryChoice(
                ids[story] if story else None,
                story or next(iter(keys)),
                {"articles": 1},
                keys,
                datetime(day.year, day.month, day.day),
                absorbed=tuple(ids[a] for a in absorbed),
            )

        return assign

    store.add(make_analysis(TEXT_A), placed(date(2026, 1, 1), None, {"x": 1.0}))
    # story y: two articles whose figures contradict, so it has a derived disagreement
    y_texts = (
        "In Dunmore, Ana Ruiz said the library would open in June, after the floods.",
        "Officer Lee and Ana Ruiz said the library in Dunmore would open in June.",
    )
    store.add(
        _with_figure(make_analysis, y_texts[0], 10), placed(date(2026, 1, 2), None, {"y": 1.0})
    )
    store.add(
        replace(_with_figure(make_analysis, y_texts[1], 90),
                article=Article(text=y_texts[1], outlet="Other", published=date(2026, 1, 5),
                                origin="test")),
        placed(date(2026, 1, 5), "y", {"y": 1.0}),
    )  # fmt: skip
    derive.refresh(store, None, ["lexical"])
    before = {s.label: s for s in store.stories().items}
    x_id, y_id = before["x"].id, before["y"].id
    y_derived = [d.id for d in store.disagreements(Filters(story=y_id)).items]
    assert y_derived, "the absorbed story had derived rows"
    y_propositions = len(store.propositions("lexical", Filters(story=y_id)).items)

    bridge = store.add(
        make_analysis(TEXT_B),
        placed(date(2026, 1, 3), "x", {"x": 1.0, "y": 1.0}, absorbed=("y",)),
    )

    listed = store.stories().items
    assert [s.id for s in listed] == [x_id]
    [merged] = listed
    assert merged.articles == 4
    assert (merged.first_published.date(), merged.last_published.date()) == (
        date(2026, 1, 1),
        date(2026, 1, 5),
    )
    assert {a.story_id for a in store.articles().items} == {x_id}
    assert store.articles_by_id([bridge.article_id])[bridge.article_id].story_id == x_id
    # the absorbed story's derived rows moved over (nothing lost before the recompute)
    moved = [d.id for d in store.disagreements(Filters(story=x_id)).items]
    assert set(y_derived) <= set(moved)
    assert len(store.propositions("lexical", Filters(story=x_id)).items) >= y_propositions
    with store.engine.connect() as conn:
        keys = set(conn.execute(select(story_keys.c.story_id, story_keys.c.key)))
        gone = conn.execute(select(stories.c.id).where(stories.c.id == y_id)).first()
    assert keys == {(x_id, "x"), (x_id, "y")}
    assert gone is None
    # the merged story is stale, and its recompute finds the absorbed story's conflict again
    assert store.stale_stories() == [x_id]
    derive.refresh(store, None, ["lexical"])
    assert store.stale_stories() == []
    again = store.disagreements(Filters(story=x_id)).items
    assert len(again) >= len(y_derived)


def test_store_a_story_merged_away_after_the_choice_is_chosen_again(
    store: SqlStore, make_analysis: MakeAnalysis
) -> None:
    """A concurrent writer may merge away the story an article chose before the article's
    write updates it: the article then chooses again from the index as it is now, and is
    never left pointing at a story that no longer exists."""
    first = store.add(make_analysis(TEXT_A), _one_story)
    [story] = store.stories().items
    tries: list[int | None] = []

    def assign(lookup: StoryLookup) -> StoryChoice:
        # the first choice names a story id nobody holds (as if merged away meanwhile)
        chosen = story.id + 1000 if not tries else story.id
        tries.append(chosen)
        return StoryChoice(chosen, "x", {"articles": 1}, {"x": 1.0}, datetime(2026, 1, 2))

    second = store.add(make_analysis(TEXT_B), assign)
    assert tries == [story.id + 1000, story.id]
    placed = store.articles_by_id([first.article_id, second.article_id])
    assert {a.story_id for a in placed.values()} == {story.id}
    assert [s.articles for s in store.stories().items] == [2]


def test_store_articles_filtered_by_words_hold_every_word(
    store: SqlStore, make_analysis: MakeAnalysis
) -> None:
    """The articles' "Words" filter keeps the articles whose title or text holds every word,
    in any case; a word found nowhere keeps none (a filter that did nothing listed all)."""
    first = store.add(make_analysis(TEXT_A))
    second = store.add(make_analysis(TEXT_B))

    def found(words: str) -> set[str]:
        return {a.id for a in store.articles(Filters(text=words)).items}

    assert found("dunmore") == {first.article_id, second.article_id}
    assert found("MORE staff") == {second.article_id}
    assert found("June library") == {first.article_id}
    assert found("zanzibar") == set()
    assert found("100%_") == set()  # LIKE wildcards are plain characters here
    assert found("Dunmore.") == {first.article_id, second.article_id}
    assert found("unmore") == set(), "a whole word: 'Allen' is not found inside 'fallen'"
    assert found("mor") == set()
    assert found("need") == {second.article_id}
    assert found("ruiz") == {first.article_id, second.article_id}


def _named(said: str, *names: str, type_: str = "PERSON") -> Analysis:
    """Like ``_people``, for entities of any one type."""
    analysis = _people(said, *names)
    found = tuple(
        replace(e, key=f"{type_}:{e.name.lower()}", type=type_) for e in analysis.entities
    )
    marks = tuple(
        replace(m, entity=f"{type_}:{m.text.lower()}", label=type_) for m in analysis.mentions
    )
    return replace(analysis, entities=found, mentions=marks)


@pytest.mark.parametrize(("full", "bare", "name"), SURNAME_CASES)
def test_store_a_bare_surname_stored_first_joins_the_full_name_named_later(
    store: SqlStore, full: list[tuple[str, tuple[str, ...]]], bare: Analysis, name: str
) -> None:
    """The order of ingest does not matter: "Obama" stored before any article names him or
    her in full moves to the full name under the same rule (one such person in the story, of
    the gender the bare name's articles give), and the bare entity goes once nothing names it."""
    store.add(bare, _one_story)
    for said, names in full:
        store.add(_people(said, *names), _one_story)
    [obama] = store.article(bare.article.id)["mentions"]
    assert obama["name"] == name
    stored = {e.name for e in store.entities().items}
    assert ("Obama" in stored) is (name == "Obama")


def test_store_a_bare_surname_in_another_story_stays_its_own() -> None:
    """Relinking stays inside the story: a bare "Obama" of another story is not moved."""
    store = SqlStore("sqlite://")
    stories = iter(["a", "b"])

    def own_story(lookup: StoryLookup) -> StoryChoice:
        label = next(stories)
        return StoryChoice(None, label, {}, {label: 1.0})

    earlier = _bare("Mr. Obama said the talks went well.")
    store.add(earlier, own_story)
    store.add(
        _people("Barack Obama met Angela Merkel.", "Barack Obama", "Angela Merkel"), own_story
    )
    [obama] = store.article(earlier.article.id)["mentions"]
    assert obama["name"] == "Obama"


@pytest.mark.parametrize(
    "order",
    [
        ("Acme", "Acme International", "Acme UK"),
        ("Acme UK", "Acme International", "Acme"),
        ("Acme International", "Acme UK", "Acme"),
    ],
)
def test_store_name_variants_of_one_organisation_are_one_entity_within_a_story(
    store: SqlStore, order: tuple[str, ...]
) -> None:
    """Within one story, "Acme", "Acme International" and "Acme UK" (org_suffixes.tsv) are
    one ORG entity, the others' names its aliases, whatever order they arrive in; it is named
    by the bare name, so that what "Acme" says never reads as said by its UK arm."""
    for name in order:
        store.add(_named(f"{name} said sales rose in Dunmore.", name, type_="ORG"), _one_story)
    orgs = [e for e in store.entities().items if e.type == "ORG"]
    assert len(orgs) == 1
    assert {orgs[0].name, *orgs[0].aliases} == set(order)
    assert orgs[0].name == "Acme"
    assert store.entity("Acme UK").id == orgs[0].id


@pytest.mark.parametrize(
    "order",
    [
        ("Acme", "Acme International", "Acme UK"),
        ("Acme UK", "Acme International", "Acme"),
        ("Acme International", "Acme UK", "Acme"),
        ("Acme UK", "Acme Inc", "Acme"),
    ],
)
def test_store_name_variants_of_one_organisation_in_one_article_are_one_entity(
    store: SqlStore, order: tuple[str, ...]
) -> None:
    """Variants named by one article join each other as they do across the articles of a
    story, while the article's new organisations wait to be stored together: one entity,
    named by the bare name, every variant's mentions on it, no entity left behind."""
    said = " ".join(f"{name} said sales rose." for name in order)
    store.add(_named(said, *order, type_="ORG"), _one_story)
    orgs = [e for e in store.entities().items if e.type == "ORG"]
    assert len(orgs) == 1
    assert orgs[0].name == "Acme"
    assert {orgs[0].name, *orgs[0].aliases} >= set(order) - {"Acme Inc"}
    with store.engine.connect() as conn:
        assert _count(store, entities) == 1
        used = set(conn.execute(select(mentions.c.entity_id)).scalars())
    assert used == {orgs[0].id}


def test_store_an_articles_new_organisations_are_stored_in_one_statement(
    store: SqlStore,
) -> None:
    """The new organisations of an article go in one ``INSERT``, not one each; each gets
    the id one insert each would have given it (in the order the article names them)."""
    names = ("Nordwind", "Brightwater", "Kestrel Foods")
    inserts: list[str] = []

    def seen(_c: object, _cur: object, statement: str, *_: object) -> None:
        if statement.lstrip().upper().startswith("INSERT INTO ENTITIES"):
            inserts.append(statement)

    event.listen(store.engine, "before_cursor_execute", seen)
    said = " ".join(f"{name} said sales rose." for name in names)
    store.add(_named(said, *names, type_="ORG"), _one_story)
    assert len(inserts) == 1
    ids = {e.name: e.id for e in store.entities().items}
    assert [ids[n] for n in names] == sorted(ids[n] for n in names)


def _story_per_label(labels: list[str]) -> Callable[[StoryLookup], StoryChoice]:
    """Story grouping that puts the n-th article stored in the story labelled ``labels[n]``
    (created on its first article)."""
    pending = iter(labels)

    def assign(lookup: StoryLookup) -> StoryChoice:
        label = next(pending)
        found = lookup.candidates([label], limit=1)
        return StoryChoice(found[0].id if found else None, label, {}, {label: 1.0})

    return assign


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("Acme", "Acme UK", False),  # a national arm: one body only where a story says so
        ("Acme UK", "Acme", False),
        ("Acme", "Acme International", False),
        ("Acme Group", "Acme", False),
        ("Acme", "Acme Inc", True),  # a legal form: the same name in every story
        ("Acme Ltd", "Acme", True),
        ("Acme UK", "Acme UK", True),  # the same name
    ],
)
def test_store_org_variants_join_across_stories_only_by_legal_forms(
    store: SqlStore, first: str, second: str, joined: bool
) -> None:
    """Two stories, one organisation name each: a family or country variant ("Acme UK") of a
    bare name ("Acme") named in another story stays its own entity (two stories may be
    about two bodies); names equal once legal forms are dropped are one entity anywhere."""
    assign = _story_per_label(["a", "b"])
    one = store.add(_named(f"{first} said sales rose in Dunmore.", first, type_="ORG"), assign)
    two = store.add(_named(f"{second} said prices fell in Dunmore.", second, type_="ORG"), assign)
    assert len({a.story_id for a in store.articles().items}) == 2
    [m1] = store.article(one.article_id)["mentions"]
    [m2] = store.article(two.article_id)["mentions"]
    assert (m1["entity_id"] == m2["entity_id"]) is joined
    if not joined:  # each story's mention keeps its own name
        assert (m1["name"], m2["name"]) == (first, second)


def test_store_an_arm_joins_its_bare_name_only_in_the_story_that_names_both(
    store: SqlStore,
) -> None:
    """Story a names "Acme UK" then "Acme"; story b names "Acme UK" alone. Story a's arm
    becomes Acme; story b's "Acme UK" stays Acme UK, on either side of story a's join."""
    assign = _story_per_label(["b", "a", "a", "b"])
    b1 = store.add(_named("Acme UK said prices fell in Dunmore.", "Acme UK", type_="ORG"), assign)
    a1 = store.add(_named("Acme UK said sales rose in Dunmore.", "Acme UK", type_="ORG"), assign)
    a2 = store.add(_named("Acme said sales rose in Leeds.", "Acme", type_="ORG"), assign)
    b2 = store.add(_named("Acme UK said prices fell in Leeds.", "Acme UK", type_="ORG"), assign)
    names = {
        r.article_id: store.article(r.article_id)["mentions"][0]["name"] for r in (a1, a2, b1, b2)
    }
    assert names == {a1.article_id: "Acme", a2.article_id: "Acme",
                     b1.article_id: "Acme UK", b2.article_id: "Acme UK"}  # fmt: skip
    ids = {store.article(r.article_id)["mentions"][0]["entity_id"] for r in (a1, a2, b1, b2)}
    assert len(ids) == 2


def test_store_variants_join_within_one_article_and_only_by_their_bare_name(
    store: SqlStore,
) -> None:
    """Two names in one article join each other; two suffixed names ("Nord Corp", "Nord UK")
    with no bare "Nord" stay apart; a PERSON is never joined to an ORG of the same name."""
    store.add(_named("Acme and Acme Inc both said so.", "Acme Inc", "Acme", type_="ORG"))
    store.add(_named("Nord Corp and Nord UK disagreed.", "Nord Corp", "Nord UK", type_="ORG"))
    store.add(_named("Acme said hello.", "Acme", type_="PERSON"))
    by_type: dict[str, list[str]] = {}
    for e in store.entities().items:
        by_type.setdefault(e.type, []).append(e.name)
    assert len([n for n in by_type["ORG"] if n.startswith("Acme")]) == 1
    assert sorted(n for n in by_type["ORG"] if n.startswith("Nord")) == ["Nord Corp", "Nord UK"]
    assert by_type["PERSON"] == ["Acme"]


def test_store_a_bare_name_gathers_its_storys_arms_and_later_names_of_its_article(
    store: SqlStore,
) -> None:
    """One story: "Acme UK" and "Acme International" are stored apart (no bare name yet); an
    article naming "Acme" joins both into one entity; its own "Acme Inc", written after,
    joins that entity by its key, and its "Acme International" is that entity too, not the
    one stored before the join (which is gone)."""
    store.add(_named("Acme UK said sales rose.", "Acme UK", type_="ORG"), _one_story)
    store.add(
        _named("Acme International said so too.", "Acme International", type_="ORG"), _one_story
    )
    joining = _named(
        "Acme, Acme Inc and Acme International agreed.",
        "Acme",
        "Acme Inc",
        "Acme International",
        type_="ORG",
    )
    store.add(joining, _one_story)
    [acme] = [e for e in store.entities().items if e.type == "ORG"]
    assert acme.name == "Acme"
    assert set(acme.aliases) >= {"Acme UK", "Acme International", "Acme Inc"}
    mentioned = {m["entity_id"] for m in store.article(joining.article.id)["mentions"]}
    assert mentioned == {acme.id}


def test_store_an_arm_new_in_the_article_joins_its_bare_name_with_its_names(
    store: SqlStore,
) -> None:
    """ "Acme Group", new, and then "Acme" in one article: the arm is stored, joins the bare
    name and goes, and its name stays an alias of the one entity."""
    both = _named("Acme Group and Acme said so.", "Acme Group", "Acme", type_="ORG")
    store.add(both)
    [acme] = [e for e in store.entities().items if e.type == "ORG"]
    assert acme.name == "Acme"
    assert set(acme.aliases) >= {"Acme Group"}
    assert {m["entity_id"] for m in store.article(both.article.id)["mentions"]} == {acme.id}


def _figures(make_analysis: MakeAnalysis, *figures: tuple[float, str | None, str, str]) -> Analysis:
    """An analysis whose figures are (value, unit, counted thing, measure), each on "June"."""
    analysis = make_analysis(TEXT_A)
    text = analysis.article.text
    start = text.index("June")
    found = tuple(
        Quantity(start=start, end=start + 4, text="June", value=v, unit=u, about=a, measure=m)
        for v, u, a, m in figures
    )
    return replace(analysis, quantities=found)


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("weight", {400.0}),  # the dimension of grams (figure_words.tsv)
        ("deaths", {12.0}),  # killed (measures.tsv)
        ("injured", set()),
        ("minutes", {90.0}),  # a unit by its own name, plural
        ("bar", {400.0}),  # the counted thing, singular for "chocolate bars"
        ("zzzqqq", set()),
    ],
)
def test_store_figures_are_found_by_the_words_a_reader_types(
    store: SqlStore, make_analysis: MakeAnalysis, typed: str, found: set[float]
) -> None:
    store.add(
        _figures(
            make_analysis,
            (400.0, "gram", "chocolate bars", "reduce"),
            (12.0, None, "people", "killed"),
            (90.0, "minute", "meeting", "duration"),
        )
    )
    assert {f.value for f in store.figures(Filters(measure=typed)).items} == found
    by_thing = {f.value for f in store.figures(Filters(about="bars")).items}
    assert by_thing == {400.0}


def _speaker(n: int, who: str, stances: tuple[Stance, ...]) -> Analysis:
    """An invented article in which ``who`` says one thing in each of ``stances``."""
    parts = [f"{who} said the pier {n}.{i} would reopen. " for i in range(len(stances))]
    text = "".join(parts)
    key = f"PERSON:{who.lower()}"
    said, named, at = [], [], 0
    for stance, part in zip(stances, parts, strict=True):
        cue = at + len(who) + 1
        start, end = cue + 5, at + len(part.rstrip()) - 1
        named.append(Mention(at, at + len(who), who, key, "PERSON"))
        said.append(
            Claim(
                start=start, end=end, text=text[start:end], stance=stance,
                kind=ClaimKind.INDIRECT, source=Span(at, at + len(who), who),
                source_entity=key, cue=Span(cue, cue + 4, "said"),
            )
        )  # fmt: skip
        at += len(part)
    return Analysis(
        article=Article(text=text, outlet="Harbour Post", published=date(2026, 4, 1 + n)),
        entities=(Entity(key=key, name=who, type="PERSON"),),
        mentions=tuple(named),
        claims=tuple(said),
    )


def test_store_sources_page_fetches_the_stances_of_its_own_sources_only(
    store: SqlStore,
) -> None:
    """A page of the sources list fetches one row for each other source (its claims, which
    order and page the list), not a row for each of its stances (at 10,000 articles every
    source's stances were 10,000 rows fetched for 50 shown)."""
    three = (Stance.REPORTED, Stance.DENIED, Stance.QUOTED)
    store.add(_speaker(0, "Ines Calder", (*three, Stance.REPORTED)), _one_story)
    derive.refresh(store, None, ["lexical"])

    def fetched() -> int:
        """The rows the SELECT statements of a page of one source return (run again)."""
        ran: list[tuple[str, object]] = []

        def record(
            conn: object, cursor: object, statement: str, params: object, *rest: object
        ) -> None:
            if statement.lstrip().upper().startswith("SELECT"):
                ran.append((statement, params))

        event.listen(store.engine, "before_cursor_execute", record)
        try:
            [first] = store.sources(Filters(), 0, 1).items
        finally:
            event.remove(store.engine, "before_cursor_execute", record)
        assert first.source == "Ines Calder" and first.claims == 4 and len(first.stances) == 3
        with store.engine.connect() as conn:
            return sum(len(conn.exec_driver_sql(q, p).all()) for q, p in ran)  # type: ignore[arg-type]

    alone = fetched()
    for n, who in enumerate(("Tomas Reyl", "Ulla Marsh"), start=1):
        store.add(_speaker(n, who, three), _one_story)
    derive.refresh(store, None, ["lexical"])
    assert store.sources(Filters(), 0, 10).total == 3
    assert fetched() - alone == 2  # one row each, not one a stance (6)


def _apart(analysis: Analysis) -> Analysis:
    """``analysis`` with its surnames alone marked kept apart from its full names of that
    surname, as the extract stage marks them (``Entity.apart``)."""
    full = {e.name.split()[-1] for e in analysis.entities if len(e.name.split()) > 1}
    return replace(
        analysis,
        entities=tuple(replace(e, apart=e.name in full) for e in analysis.entities),
    )


def test_store_a_bare_surname_of_an_article_naming_its_namesake_is_not_linked(
    store: SqlStore,
) -> None:
    """The article names Barack Obama in full and keeps "Obama" apart from him (a couple, a
    title that does not fit): the story's one other Obama, Michelle, is not who it is."""
    store.add(_people("Michelle Obama spoke at a school in Denver.", "Michelle Obama"), _one_story)
    later = _apart(
        _people(
            "Barack Obama was in Berlin. Mr Obama said the talks went well.",
            "Barack Obama",
            "Obama",
        )
    )
    store.add(later, _one_story)
    names = {m["text"]: m["name"] for m in store.article(later.article.id)["mentions"]}
    assert names == {"Barack Obama": "Barack Obama", "Obama": "Obama"}


def test_store_an_article_naming_a_bare_surname_apart_from_its_full_name_relinks_and_stores(
    store: SqlStore,
) -> None:
    """The story's earlier "Mr. Obama" (stored alone) moves to Barack Obama, whom the later
    article names in full; that article keeps its own bare "Mr Obama" apart from him, so the
    bare entity stays for its mentions (it was deleted under them: E302, nothing stored)."""
    earlier = _bare("Mr. Obama said the talks went well.")
    store.add(earlier, _one_story)
    later = _apart(
        _people(
            "Barack Obama was in Berlin. Mr Obama said the talks went well.",
            "Barack Obama",
            "Obama",
        )
    )
    assert store.add(later, _one_story).status is WriteStatus.STORED
    [obama] = store.article(earlier.article.id)["mentions"]
    assert obama["name"] == "Barack Obama"
    names = {m["text"]: m["name"] for m in store.article(later.article.id)["mentions"]}
    assert names == {"Barack Obama": "Barack Obama", "Obama": "Obama"}


def test_store_a_merge_into_a_bare_surname_follows_it_when_a_later_article_relinks_it(
    store: SqlStore,
) -> None:
    """An analyst merges "Oduya" into the story's bare "Whitlock"; a later article names
    Dana Whitlock in full and calls her "Whitlock", so the bare entity's rows (the merged
    ones too) move to her and the bare entity goes. The merge follows its target, as a
    merge into a merged entity does: the undo gives "Oduya" back its mention (it failed with
    E601, the merge pointing at a key nothing bore any more, and could never be undone)."""
    first = _people("Whitlock said the quay would close. Oduya said it would not.", *DREDGE)
    store.add(first, _one_story)
    store.merge_entities("Whitlock", "Oduya", who="tester")
    later = _people("Dana Whitlock spoke. Whitlock said the vote was delayed.", "Dana Whitlock")
    called = Mention(21, 29, "Whitlock", "PERSON:dana whitlock", "PERSON")
    store.add(replace(later, mentions=(*later.mentions, called)), _one_story)
    [merge] = store.corrections()
    assert merge.to_key == "PERSON:dana whitlock"
    store.undo_merge(merge.id, who="tester")
    names = {m["text"]: m["name"] for m in store.article(first.article.id)["mentions"]}
    assert names == {"Whitlock": "Dana Whitlock", "Oduya": "Oduya"}


DREDGE = ("Whitlock", "Oduya")


def _oduya_called_whitlock(said: str) -> Analysis:
    """People named in ``said``: Dana Oduya, whose "Whitlock" the tagger gave to her too."""
    analysis = _people(said, "Dana Oduya")
    start = said.index("Whitlock")
    called = Mention(start, start + 8, "Whitlock", "PERSON:dana oduya", "PERSON")
    return replace(analysis, mentions=(*analysis.mentions, called))


def test_store_a_split_keeps_its_entity_when_a_later_article_relinks_the_alias_in_one_story(
    store: SqlStore,
) -> None:
    """An analyst splits "Whitlock" off Dana Oduya; a later article of the same story names
    Dana Whitlock in full and calls her "Whitlock", so that story's split-off mention moves
    to her. The split is the analyst's word for every story: an article of another story
    that gives Dana Oduya a "Whitlock" still hands it to the split-off "Whitlock", not to a
    person one story's relinking inferred (the split followed the relink to Dana Whitlock)."""
    labels = iter(["quay", "quay", "dredger"])

    def by_label(lookup: StoryLookup) -> StoryChoice:
        label = next(labels)
        found = lookup.candidates([label], limit=1)
        return StoryChoice(found[0].id if found else None, label, {}, {label: 1.0})

    first = _oduya_called_whitlock("Dana Oduya toured the quay. Whitlock said it would close.")
    store.add(first, by_label)
    store.split_entity("Dana Oduya", "Whitlock", who="tester")
    later = _people("Dana Whitlock spoke. Whitlock said the vote was delayed.", "Dana Whitlock")
    called = Mention(21, 29, "Whitlock", "PERSON:dana whitlock", "PERSON")
    store.add(replace(later, mentions=(*later.mentions, called)), by_label)
    names = {m["text"]: m["name"] for m in store.article(first.article.id)["mentions"]}
    assert names == {"Dana Oduya": "Dana Oduya", "Whitlock": "Dana Whitlock"}
    elsewhere = _oduya_called_whitlock("Dana Oduya sailed on the dredger. Whitlock waved.")
    store.add(elsewhere, by_label)
    [split] = store.corrections()
    assert split.to_key == "PERSON:whitlock"
    names = {m["text"]: m["name"] for m in store.article(elsewhere.article.id)["mentions"]}
    assert names == {"Dana Oduya": "Dana Oduya", "Whitlock": "Whitlock"}


def test_store_an_analysts_merge_of_a_split_off_entity_takes_the_split_and_gives_it_back(
    store: SqlStore,
) -> None:
    """The analyst merges the entity a split made into another person: the entity goes, the
    split follows the merge to her (later articles give her Dana Oduya's "Whitlock"), and
    undoing the merge points the split at the split-off entity again."""
    labels = iter(["quay", "dredger", "ferry", "canal"])

    def own_story(lookup: StoryLookup) -> StoryChoice:
        label = next(labels)
        return StoryChoice(None, label, {}, {label: 1.0})

    first = _oduya_called_whitlock("Dana Oduya toured the quay. Whitlock said it would close.")
    store.add(first, own_story)
    store.split_entity("Dana Oduya", "Whitlock", who="tester")
    store.add(_people("Dana Whitlock opened the dredger yard.", "Dana Whitlock"), own_story)
    store.merge_entities("Dana Whitlock", "PERSON:whitlock", who="tester")
    assert store.entity_ids("PERSON:whitlock") == []
    split, merge = store.corrections()
    assert split.to_key == "PERSON:dana whitlock"
    later = _oduya_called_whitlock("Dana Oduya boarded the ferry. Whitlock waved.")
    store.add(later, own_story)
    names = {m["text"]: m["name"] for m in store.article(later.article.id)["mentions"]}
    assert names == {"Dana Oduya": "Dana Oduya", "Whitlock": "Dana Whitlock"}
    store.undo_merge(merge.id, who="tester")
    assert store.corrections()[0].to_key == "PERSON:whitlock"
    again = _oduya_called_whitlock("Dana Oduya walked the canal. Whitlock nodded.")
    store.add(again, own_story)
    names = {m["text"]: m["name"] for m in store.article(again.article.id)["mentions"]}
    assert names == {"Dana Oduya": "Dana Oduya", "Whitlock": "Whitlock"}


def test_store_an_undone_merge_keeps_its_record_when_a_later_article_relinks_its_target(
    store: SqlStore,
) -> None:
    """A merge into the story's bare "Whitlock", undone, then a later article relinks the
    bare name to Dana Whitlock: the undone merge is no longer replayed and its record keeps
    the target the analyst chose (it was rewritten to Dana Whitlock)."""
    first = _people("Whitlock said the quay would close. Oduya said it would not.", *DREDGE)
    store.add(first, _one_story)
    merged = store.merge_entities("Whitlock", "Oduya", who="tester")
    [merge] = store.corrections()
    store.undo_merge(merge.id, who="tester")
    later = _people("Dana Whitlock spoke. Whitlock said the vote was delayed.", "Dana Whitlock")
    called = Mention(21, 29, "Whitlock", "PERSON:dana whitlock", "PERSON")
    store.add(replace(later, mentions=(*later.mentions, called)), _one_story)
    [undone] = store.corrections()
    assert (undone.to_key, undone.undone_at is not None) == (merged.key, True)
    names = {m["text"]: m["name"] for m in store.article(first.article.id)["mentions"]}
    assert names == {"Whitlock": "Dana Whitlock", "Oduya": "Oduya"}


@pytest.mark.parametrize("bare_first", [True, False])
def test_store_a_surname_only_among_a_persons_aliases_names_nobody_in_full(
    store: SqlStore, bare_first: bool
) -> None:
    """ "Obama Kagame" carries "Obama" as an alias (his first name, linked in his article),
    but "Obama" is not his surname: the story names one Obama in full, Barack, and "Mr.
    Obama" joins him in either order of ingest (both directions ask the same question)."""
    bare = _bare("Mr. Obama said the talks went well.")
    kagame = _people("Obama Kagame opened the bridge in Dunmore.", "Obama Kagame")
    [person] = kagame.entities
    kagame = replace(kagame, entities=(replace(person, aliases=("Obama",)),))
    barack = _people(BARACK[0], *BARACK[1])
    order = [bare, kagame, barack] if bare_first else [kagame, barack, bare]
    for analysis in order:
        store.add(analysis, _one_story)
    [obama] = store.article(bare.article.id)["mentions"]
    assert obama["name"] == "Barack Obama"


def test_store_a_merge_returns_its_target_not_a_namesake(store: SqlStore) -> None:
    """Merging into the ORG "Acme" answers with that ORG, even when a PERSON "Acme" (stored
    first) bears the same name; the merged entity's rows and names move to it."""
    store.add(_named("Acme said hello.", "Acme", type_="PERSON"))
    store.add(_named("Acme said sales rose.", "Acme", type_="ORG"))
    other = _named("Zenith Trading said sales rose.", "Zenith Trading", type_="ORG")
    store.add(other)
    merged = store.merge_entities("ORG:acme", "ORG:zenith trading")
    assert (merged.key, merged.type) == ("ORG:acme", "ORG")
    assert "Zenith Trading" in merged.aliases
    [mention] = store.article(other.article.id)["mentions"]
    assert mention["name"] == "Acme"
    assert "Zenith Trading" not in {e.name for e in store.entities().items}


def test_store_a_merge_by_a_shared_surname_never_takes_another_person(store: SqlStore) -> None:
    """On Barack Obama's entry, "Obama" (his surname alias, and Michelle Obama's) names him:
    the merge is refused as one into itself, and Michelle Obama stays her own entity."""
    store.add(_people("Barack Obama met Angela Merkel.", "Barack Obama", "Angela Merkel"))
    store.add(_people("Michelle Obama spoke in Denver.", "Michelle Obama"))
    with pytest.raises(InputError, match="E413"):
        store.merge_entities("PERSON:barack obama", "Obama")
    assert {"Barack Obama", "Michelle Obama"} <= {e.name for e in store.entities().items}


def test_an_alias_norm_keeps_the_spelling_of_the_name_whatever_the_hashing(
    store: SqlStore, make_analysis: Callable[..., Analysis]
) -> None:
    """Several spellings of one norm: the stored alias is the surname as the name spells it,
    not whichever spelling a set happened to give first in this process."""
    analysis = make_analysis("Ana Ruiz said the library will open. Dunmore agreed.")
    spellings = ("RUIZ", "ruiz", "RUIz", "rUIZ", "RuIZ")
    people = tuple(
        replace(e, aliases=spellings) if e.key == "PERSON:ana ruiz" else e
        for e in analysis.entities
    )
    store.add(replace(analysis, entities=people))
    with store.engine.connect() as conn:
        kept = conn.exec_driver_sql(
            "SELECT a.alias FROM aliases a JOIN entities e ON e.id = a.entity_id"
            " WHERE e.key = 'PERSON:ana ruiz' AND a.norm = 'ruiz'"
        ).all()
    assert [k for (k,) in kept] == ["Ruiz"]


def _called(said: str, full: str, surname: str) -> Analysis:
    """An article naming ``full`` once and then by ``surname`` alone (both one person)."""
    at = said.index(full)
    again = said.index(surname, at + len(full))
    key = f"PERSON:{full.lower()}"
    return Analysis(
        article=Article(text=said, published=date(2016, 11, 10)),
        entities=(Entity(key=key, name=full, type="PERSON", aliases=(surname,)),),
        mentions=(
            Mention(at, at + len(full), full, key, "PERSON"),
            Mention(again, again + len(surname), surname, key, "PERSON"),
        ),
    )


@pytest.mark.parametrize("full_first", [True, False])
def test_store_a_bare_surname_joins_the_one_person_the_story_calls_by_it(
    store: SqlStore, full_first: bool
) -> None:
    """The story calls Daniel Okafor "Okafor" where it names him in full: an article that
    says only "Okafor", with nothing against it, means him, whichever is stored first. A
    relative named once in full and never so called is not taken (``SURNAME_CASES``)."""
    full = _called("Daniel Okafor won the race. Okafor was third last year.", "Daniel Okafor",
                   "Okafor")  # fmt: skip
    bare = _people("Okafor crossed the line first, ahead of the pack.", "Okafor")
    for analysis in (full, bare) if full_first else (bare, full):
        store.add(analysis, _one_story)
    [okafor] = store.article(bare.article.id)["mentions"]
    assert okafor["name"] == "Daniel Okafor"


_THREE_VARGAS = (
    "Tomas Varga, Elena Varga and Ilona Varga arrived in Lisbon.",
    ("Tomas Varga", "Elena Varga", "Ilona Varga"),
)


@pytest.mark.parametrize("bare_first", [True, False])
def test_store_a_surname_three_people_share_is_joined_only_by_each_articles_context(
    store: SqlStore, bare_first: bool
) -> None:
    """Three Vargas named in full in one story (issue 18): a bare "Varga" is decided article
    by article, in either order of ingest: "Mr. Varga" is the one man; "Mrs. Varga" could be
    either woman and "Varga said" says nothing, so both stay "Varga"; two people who share a
    surname are never joined to each other."""
    said, names = _THREE_VARGAS
    full = _people(said, *names)
    bare = [
        _people("Mr. Varga said the talks went well.", "Varga"),
        _people("Mrs. Varga said the school would open.", "Varga"),
        _people("Varga said the talks went well, adding that more were planned.", "Varga"),
    ]
    for analysis in [*bare, full] if bare_first else [full, *bare]:
        store.add(analysis, _one_story)
    found = [store.article(a.article.id)["mentions"][0]["name"] for a in bare]
    assert found == ["Tomas Varga", "Varga", "Varga"]
    named = {m["text"]: m["name"] for m in store.article(full.article.id)["mentions"]}
    assert named == {name: name for name in names}


def _statements_of_add(store: SqlStore, analysis: Analysis) -> list[str]:
    """The SQL statements one ``add`` runs."""
    ran: list[str] = []

    def count(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        ran.append(statement)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        store.add(analysis, _one_story)
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    return ran


def test_store_a_shared_surname_rereads_earlier_articles_only_for_a_new_holder(
    store: SqlStore,
) -> None:
    """Two Vargas in full, then bare "Varga said" articles (nothing says which Varga): each
    write judges its own article, not the story's earlier ones, so its statements do not
    grow with the story and no article's whole text is read (ingest was quadratic). A
    holder the story did not name before still settles an earlier bare name: "Mr. Varga",
    nobody while only Elena and Ilona Varga are named, is Tomas Varga once he is."""
    store.add(_people("Elena Varga and Ilona Varga arrived.", "Elena Varga", "Ilona Varga"),
              _one_story)  # fmt: skip
    mister = _people("Mr. Varga said the talks went well.", "Varga")
    store.add(mister, _one_story)
    counts = []
    for n in range(8):
        said = _people(f"Varga said the talks went well ({n}).", "Varga")
        ran = _statements_of_add(store, said)
        counts.append(len(ran))
        assert not any(re.search(r"SELECT articles\.text\b", s) for s in ran)
    assert counts[-1] == counts[1]
    assert store.article(mister.article.id)["mentions"][0]["name"] == "Varga"
    store.add(_people("Tomas Varga said the school would open.", "Tomas Varga"), _one_story)
    assert store.article(mister.article.id)["mentions"][0]["name"] == "Tomas Varga"


#: (articles naming people in full, the article naming a first name alone, whom it names)
FIRST_NAME_CASES = [
    # one Tomas named in full in the story: the bare first name is him
    ([_THREE_VARGAS], ("Tomas waved to the crowd after the race.", "Tomas"), "Tomas Varga"),
    # two people named Tomas: neither is guessed (a join made before the story named the
    # second is not undone: as for surnames, what is known when an article is written)
    ([("Tomas Varga and Tomas Lind arrived.", ("Tomas Varga", "Tomas Lind"))],
     ("Tomas waved to the crowd after the race.", "Tomas"), "Tomas"),
    # a first name another person of the story has as surname: neither
    ([("Stewart Cole met Rod Stewart.", ("Stewart Cole", "Rod Stewart"))],
     ("Stewart waved to the crowd after the race.", "Stewart"), "Stewart"),
    # an office before it: someone else ("King Charles" is no "Charles Dunn")
    ([("Charles Dunn opened the school.", ("Charles Dunn",))],
     ("Senator Charles opened the debate.", "Charles"), "Charles"),
    # a word no name list knows as a first name: not joined by it
    ([("Zqx Varga arrived in Lisbon.", ("Zqx Varga",))],
     ("Zqx waved to the crowd after the race.", "Zqx"), "Zqx"),
]  # fmt: skip


@pytest.mark.parametrize("bare_first", [True, False])
@pytest.mark.parametrize(("full", "bare", "name"), FIRST_NAME_CASES)
def test_store_a_bare_first_name_is_the_one_person_of_its_story_with_it(
    store: SqlStore,
    full: list[tuple[str, tuple[str, ...]]],
    bare: tuple[str, str],
    name: str,
    bare_first: bool,
) -> None:
    """A first name alone ("Max", in an article naming him in full only in its title) joins
    the one person of the story with that first name, in either order of ingest; two people
    sharing it, a surname of another, an office before it, or a word that is no known first
    name leave it its own entity."""
    named = [_people(said, *names) for said, names in full]
    lone = _people(*bare)
    for analysis in [lone, *named] if bare_first else [*named, lone]:
        store.add(analysis, _one_story)
    [mention] = store.article(lone.article.id)["mentions"]
    assert mention["name"] == name


@pytest.mark.parametrize(
    ("full", "bare", "name"),
    [
        # an office before it: never joined, judged again by every write before the fix
        (("Charles Dunn opened the school.", "Charles Dunn"),
         ("Senator Charles opened the debate. {other}", "Charles"), "Charles"),
        # nothing against it: each write joins its own bare name
        (("Tomas Varga arrived in Lisbon.", "Tomas Varga"),
         ("Tomas waved to the crowd after the race. {other}", "Tomas"), "Tomas Varga"),
    ],
)  # fmt: skip
def test_store_a_bare_first_name_rereads_earlier_articles_only_for_a_new_full_name(
    store: SqlStore, full: tuple[str, str], bare: tuple[str, str], name: str
) -> None:
    """One person named in full, then articles naming the first name alone: each write
    judges its own article, not the story's earlier ones, so its statements do not grow
    with the story and no article's whole text is read (ingest was quadratic)."""
    store.add(_people(*full), _one_story)
    counts = []
    for n in range(8):
        other = " ".join(f"Item{n}x{k} followed." for k in range(8))  # no wire copy
        said = _people(bare[0].format(other=other), bare[1])
        ran = _statements_of_add(store, said)
        counts.append(len(ran))
        assert not any(re.search(r"SELECT articles\.text\b", s) for s in ran)
        [mention] = store.article(said.article.id)["mentions"]
        assert mention["name"] == name
    assert counts[-1] == counts[1]


def test_store_a_bare_first_name_is_joined_when_its_story_absorbs_the_full_name(
    store: SqlStore,
) -> None:
    """ "Tomas" alone in one story, "Tomas Varga" in another: an article that joins both
    stories (naming neither) brings them together, and the bare name is his."""

    def placed(story: str, absorbed: tuple[str, ...] = ()) -> Callable[[StoryLookup], StoryChoice]:
        def assign(lookup: StoryLookup) -> StoryChoice:
            ids = {k: c.id for k in ("x", "y") for c in lookup.candidates([k], limit=1)}
            keys = {story: 1.0, **dict.fromkeys(absorbed, 1.0)}
            chosen = ids.get(story)
            return StoryChoice(chosen, story, {}, keys, absorbed=tuple(ids[a] for a in absorbed))

        return assign

    lone = _people("Tomas waved to the crowd after the race.", "Tomas")
    store.add(lone, placed("y"))
    store.add(_people("Tomas Varga arrived in Lisbon.", "Tomas Varga"), placed("x"))
    assert store.article(lone.article.id)["mentions"][0]["name"] == "Tomas"
    store.add(_people("Elena Varga said the race was fair.", "Elena Varga"), placed("x", ("y",)))
    assert store.article(lone.article.id)["mentions"][0]["name"] == "Tomas Varga"


def test_store_shows_a_claim_without_the_furniture_inside_it(
    store: SqlStore, make_analysis: MakeAnalysis
) -> None:
    text = (
        '"We did it for the fans.\nFans celebrate (Getty)\nEvery player helps," Ana Ruiz said.'
        " Mayor Ana Ruiz said the library in Dunmore would open."
    )
    cut = text.index("Fans celebrate")
    caption = Furniture(
        cut, cut + len("Fans celebrate (Getty)"), "Fans celebrate (Getty)", "caption"
    )
    end = text.index('," Ana')
    after = caption.end + 1
    claim = Claim(
        start=1, end=end, text=text[1:end], stance=Stance.ASSERTED, kind=ClaimKind.DIRECT,
        parts=(Span(1, cut - 1, text[1 : cut - 1]), Span(after, end, text[after:end])),
    )  # fmt: skip
    analysis = make_analysis(text)
    claims = (claim, *analysis.claims)
    stored = store.add(replace(analysis, furniture=(caption,), claims=claims))
    row = store.article(stored.article_id)["claims"][0]
    assert row["start"] == 1 and row["end"] == end
    assert row["text"] == "We did it for the fans. Every player helps"


def test_move_entity_rows_keeps_to_its_scope(store: SqlStore, make_analysis: MakeAnalysis) -> None:
    """An entity's rows move for the articles of the scope given (one article, then all), and
    the entity goes once nothing names it (the statements are built once per scope)."""
    first, second = make_analysis(TEXT_A), make_analysis(TEXT_B)
    store.add(first)
    store.add(second)
    with store.engine.connect() as conn:
        ids = dict(conn.exec_driver_sql("SELECT key, id FROM entities").all())
    ruiz, city = ids["PERSON:ana ruiz"], ids["GPE:dunmore"]

    def named() -> dict[str, set[int]]:
        with store.engine.connect() as conn:
            found: dict[str, set[int]] = {}
            for article_id, entity_id in conn.execute(
                select(mentions.c.article_id, mentions.c.entity_id)
            ):
                found.setdefault(article_id, set()).add(entity_id)
            return found

    with store._writing() as conn:
        store._move_entity_rows(conn, city, ruiz, ("article", first.article.id))
    assert named() == {first.article.id: {ruiz}, second.article.id: {ruiz, city}}
    assert _count(store, metadata.tables["entities"]) == 2  # the second article names it
    with store._writing() as conn:
        store._move_entity_rows(conn, city, ruiz, ("all", None))
    assert named() == {first.article.id: {ruiz}, second.article.id: {ruiz}}
    assert _count(store, metadata.tables["entities"]) == 1


@pytest.mark.postgres
def test_pg_writer_refreshes_planner_statistics_as_tables_grow(
    pg_store: SqlStore, make_analysis: MakeAnalysis, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A PostgreSQL writer analyses the tables it writes that were never analysed or have
    grown past twice their size at the last ``ANALYZE``: without statistics (a new store,
    a server with autovacuum off) the planner took each filter for one row and scanned where
    an index answers."""
    from newsclaims import settings  # noqa: PLC0415

    monkeypatch.setattr(settings, "PG_STATS_CHECK_ARTICLES", 2)

    def rows_seen(table: str) -> float:
        """The rows the planner knows of (``reltuples``: -1 before any ``ANALYZE``)."""
        with pg_store.engine.connect() as conn:
            return float(
                conn.execute(
                    text("SELECT reltuples FROM pg_class WHERE oid = to_regclass(:t)"),
                    {"t": table},
                ).scalar_one()
            )

    assert rows_seen("mentions") < 0
    pg_store.add(make_analysis("Ana Ruiz said the library in Dunmore will close in June."))
    assert rows_seen("mentions") > 0  # the first write checks
    assert rows_seen("entities") > 0
    assert rows_seen("disagreements") < 0  # empty: nothing to learn


def test_store_bulk_row_failure_is_e302_and_nothing_is_written(
    store: SqlStore, make_analysis: MakeAnalysis
) -> None:
    """A row the database refuses in the bulk rows (PostgreSQL writes them by ``COPY``,
    past SQLAlchemy) fails the article as any other write does: E302, nothing of it stored
    (a raw driver error skipped E302 and the retry of a deadlock)."""
    analysis = make_analysis(TEXT_A)
    kindless = Furniture(start=0, end=3, text=TEXT_A[:3], kind=None)  # type: ignore[arg-type]
    broken = replace(analysis, furniture=(kindless,))  # furniture.kind is NOT NULL
    with pytest.raises(StorageError) as caught:
        store.add(broken)
    assert caught.value.code == "E302"
    assert _count(store, articles) == 0


def test_store_a_nul_in_a_hand_built_analysis_entity_is_refused_whole(
    store: SqlStore, make_analysis: MakeAnalysis
) -> None:
    """A NUL in an entity's key or name of a hand-built analysis (extraction never makes one:
    the article's text is cleaned when read) is refused at once with E302 and nothing of the
    article is stored: SQLite's ``json_each`` cut the key list at the NUL, so the write failed
    after every retry as if a concurrent writer had deleted the entity; replacing it would
    join two entities whose keys differ only there (review of debt40)."""
    analysis = make_analysis(TEXT_A)
    nul = Entity(key="ORG:ferry\x00co", name="Ferry\x00Co", type="ORG", aliases=("F\x00C",))
    start = TEXT_A.index("Dunmore")
    mention = Mention(start, start + 7, "Dunmore", nul.key, "ORG")
    broken = replace(
        analysis, entities=(*analysis.entities, nul), mentions=(*analysis.mentions, mention)
    )
    with pytest.raises(StorageError) as caught:
        store.add(broken)
    assert caught.value.code == "E302"
    assert "NUL" in caught.value.message
    assert _count(store, articles) == 0
    assert _count(store, entities) == 0
    assert store.add(analysis).status.value == "stored"  # the clean one goes in afterwards


@pytest.mark.postgres
def test_pg_writer_warns_once_when_statistics_fail_and_keeps_the_write(
    pg_store: SqlStore,
    make_analysis: MakeAnalysis,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """A failing statistics check (PostgreSQL before 12 has no ``ANALYZE (SKIP_LOCKED)``)
    leaves every article written and says so once in the log, not at every check."""
    from newsclaims import settings  # noqa: PLC0415
    from newsclaims.store import sql  # noqa: PLC0415

    monkeypatch.setattr(settings, "PG_STATS_CHECK_ARTICLES", 1)
    monkeypatch.setattr(sql, "_STALE_TABLES", text("SELECT no_such_column FROM articles"))
    with caplog.at_level(logging.WARNING, logger="newsclaims.store.sql"):
        pg_store.add(make_analysis(TEXT_A))
        pg_store.add(make_analysis(TEXT_B))
    assert _count(pg_store, articles) == 2
    warned = [r for r in caplog.records if r.name == "newsclaims.store.sql"]
    assert len(warned) == 1 and warned[0].levelno == logging.WARNING
    assert "statistics" in warned[0].getMessage()


@pytest.mark.postgres
def test_pg_bulk_row_failure_on_a_dropped_connection_invalidates_it(
    pg_store: SqlStore, make_analysis: MakeAnalysis, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A ``COPY`` that fails as the driver loses the server says so as SQLAlchemy would
    (``connection_invalidated``) and drops the pooled connection, so the next write gets a
    live one instead of the dead one."""
    dialect = pg_store.engine.dialect
    analysis = make_analysis(TEXT_A)
    kindless = Furniture(start=0, end=3, text=TEXT_A[:3], kind=None)  # type: ignore[arg-type]
    monkeypatch.setattr(dialect, "is_disconnect", lambda *_args: True)
    with pytest.raises(StorageError) as caught:
        pg_store.add(replace(analysis, furniture=(kindless,)))
    monkeypatch.undo()
    cause = caught.value.__cause__
    assert isinstance(cause, DBAPIError) and cause.connection_invalidated
    connects: list[object] = []
    event.listen(
        pg_store.engine, "connect", lambda dbapi_conn, _record: connects.append(dbapi_conn)
    )
    pg_store.add(make_analysis(TEXT_B))
    assert connects  # the next write connected afresh: the dead connection was not pooled
    assert _count(pg_store, articles) == 1


#: A program that writes, into the SQLite store at argv[1], Elena Brolin and the person
#: argv[2] (another Brolin) in one story, then an article that calls one of them "Ms." and
#: the surname alone; it prints which extraction modules the writes loaded, then whom the
#: bare surname names.
_WRITER = """
import sys
from datetime import date
from newsclaims.model import Analysis, Article, Entity, Mention
from newsclaims.reconcile.records import StoryChoice
from newsclaims.store import SqlStore

def people(said, *names):
    found, named = [], []
    for name in names:
        start, key = said.index(name), f"PERSON:{name.lower()}"
        found.append(Entity(key=key, name=name, type="PERSON"))
        named.append(Mention(start, start + len(name), name, key, "PERSON"))
    return Analysis(Article(text=said, published=date(2021, 3, 4)), entities=tuple(found),
                    mentions=tuple(named))

def one_story(lookup):
    found = lookup.candidates(["*"], limit=1)
    return StoryChoice(found[0].id if found else None, "all", {}, {"*": 1.0})

store = SqlStore(f"sqlite:///{sys.argv[1]}")
other = sys.argv[2]
store.add(people(f"Elena Brolin and {other} opened the mill.", "Elena Brolin", other),
          one_story)
bare = people("Ms. Brolin said the mill would hire forty weavers.", "Brolin")
store.add(bare, one_story)
print(sorted(m for m in ("spacy", "newsclaims.extract") if m in sys.modules))
print(store.article(bare.article.id)["mentions"][0]["name"])
"""


@pytest.mark.parametrize(
    ("other", "named"),
    [
        ("Tomas Brolin", "Elena Brolin"),  # his first name is a man's: Ms. Brolin is Elena
        ("Marta Brolin", "Brolin"),  # two women: nothing tells which, the surname stays
    ],
)
def test_store_writes_judge_first_names_without_loading_the_extraction_layer(
    tmp_path: Path, other: str, named: str
) -> None:
    """Which of two people sharing a surname "Ms. Brolin" is turns on the gender of their
    first names: the store reads the given-name list (``lexicons.first_name_gender``)
    without importing the extraction layer and spaCy, which a Dask driver that only writes
    SQLite otherwise loaded on its first write for that alone."""
    done = subprocess.run(
        [sys.executable, "-c", _WRITER, str(tmp_path / "s.db"), other],
        capture_output=True,
        text=True,
        check=True,
    )
    assert done.stdout.splitlines() == ["[]", named]
