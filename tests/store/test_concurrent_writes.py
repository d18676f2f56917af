"""Two PostgreSQL writers placing articles in one story at the same time (Dask workers write
their own articles): neither overwrites what the other counted in the story, nor splits one
organisation into two."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import delete, event, insert, select, text

from newsclaims.model import Analysis, Article, Entity, Mention
from newsclaims.reconcile.records import StoryChoice
from newsclaims.store import SqlStore
from newsclaims.store.schema import entities, mentions, stories, story_keys
from newsclaims.store.sql import StoryLookup

MakeAnalysis = Callable[..., Analysis]

FIRST = "Ana Ruiz said the library boat to Dunmore would sail twice a day from May."
LEFT = "On the quay at Dunmore, Ana Ruiz said the library boat had a timetable."
RIGHT = "Ana Ruiz said the library boat for Dunmore had passed its sea trials."


def _joining(mine: str, barrier: threading.Barrier | None) -> Callable[[StoryLookup], StoryChoice]:
    """Story grouping that puts the article in the one story there is, its summary listing
    the articles counted so far and its index keyed by each of them; with ``barrier``, the
    first choice waits until the other writer has read the story too."""
    calls: list[int] = []

    def assign(lookup: StoryLookup) -> StoryChoice:
        [story] = lookup.candidates(["*"], limit=1)
        if barrier is not None and not calls:
            barrier.wait(timeout=60)
        calls.append(story.id)
        seen = [*story.summary.get("seen", []), mine]
        return StoryChoice(
            story.id, "ferry", {"seen": seen}, {"*": 1.0, **dict.fromkeys(seen, 1.0)}
        )

    return assign


@pytest.mark.postgres
def test_store_two_writers_joining_one_story_at_once_both_count_in_it(
    pg_store: SqlStore, make_analysis: MakeAnalysis
) -> None:
    """Two articles chosen into one story by two writers at once (each read the story before
    the other was stored) both land in it: it counts three articles, and its summary and
    index keys hold what each of them brought: the later writer reads the story again
    rather than writing back the summary it read before the other's article."""

    def first(lookup: StoryLookup) -> StoryChoice:
        return StoryChoice(None, "ferry", {"seen": ["first"]}, {"*": 1.0, "first": 1.0})

    pg_store.add(make_analysis(FIRST, published=date(2026, 3, 1)), first)
    barrier = threading.Barrier(2)
    results: dict[str, object] = {}

    def write(name: str, text: str) -> None:
        with SqlStore(pg_store.url) as store:
            try:
                results[name] = store.add(
                    make_analysis(text, published=date(2026, 3, 2)), _joining(name, barrier)
                )
            except Exception as e:
                results[name] = e

    writers = [
        threading.Thread(target=write, args=(name, text))
        for name, text in (("left", LEFT), ("right", RIGHT))
    ]
    for w in writers:
        w.start()
    for w in writers:
        w.join(timeout=120)
    assert not any(isinstance(r, Exception) for r in results.values()), results
    [story] = pg_store.stories().items
    assert story.articles == 3
    assert {a.story_id for a in pg_store.articles().items} == {story.id}
    with pg_store.engine.connect() as conn:
        summary = conn.execute(
            select(stories.c.summary).where(stories.c.id == story.id)
        ).scalar_one()
        keys = set(conn.execute(select(story_keys.c.key)).scalars())
    assert sorted(json.loads(summary)["seen"]) == ["first", "left", "right"]
    assert keys == {"*", "first", "left", "right"}


@pytest.mark.postgres
def test_store_an_entity_another_writer_deletes_before_its_id_is_read_redoes_the_write(
    pg_store: SqlStore, make_analysis: MakeAnalysis
) -> None:
    """A person stored already when the article's write inserts its entities (so it inserts
    nothing), then deleted by another writer (relinked away) before the write reads the
    ids: the write is done again and the article stored with its person, not failed."""
    analysis = make_analysis(FIRST, published=date(2026, 3, 1))
    person = next(e for e in analysis.entities if e.type == "PERSON")
    with pg_store.engine.begin() as conn:
        conn.execute(insert(entities).values(key=person.key, name=person.name, type=person.type))
    gone: list[str] = []

    def delete_it(conn: object, cursor: object, statement: str, *rest: object) -> None:
        if not gone and statement.startswith("SELECT entities.key, entities.id"):
            gone.append(statement)
            with pg_store.engine.begin() as theirs:
                theirs.execute(delete(entities).where(entities.c.key == person.key))

    event.listen(pg_store.engine, "before_cursor_execute", delete_it)
    try:
        written = pg_store.add(analysis)
    finally:
        event.remove(pg_store.engine, "before_cursor_execute", delete_it)
    assert gone  # the other writer did delete it in between
    assert written.status.value == "stored"
    with pg_store.engine.connect() as conn:
        linked = conn.execute(
            select(entities.c.key)
            .join(mentions, mentions.c.entity_id == entities.c.id)
            .where(mentions.c.article_id == analysis.article.id)
        ).scalars()
        assert person.key in set(linked)


def _naming_org(said: str, name: str) -> Analysis:
    """A hand-built analysis of ``said``, which names the organisation ``name``."""
    org = Entity(key=f"ORG:{name.lower()}", name=name, type="ORG")
    start = said.index(name)
    return Analysis(
        article=Article(text=said, outlet="Test Times", published=date(2026, 3, 1), origin="test"),
        entities=(org,),
        mentions=(Mention(start, start + len(name), name, org.key, "ORG"),),
    )


#: The start of ``OrgView``'s query: what a writer reads of the stored organisations.
_ORG_VIEW = "SELECT entities.id, entities.key, entities.name, entities.type"


@pytest.mark.postgres
def test_store_two_writers_naming_one_organisation_two_ways_at_once_make_one_entity(
    pg_store: SqlStore,
) -> None:
    """ "Zeta Corp" and "Zeta" are one organisation (``org_name``). Written by two writers
    at once, the second reading the stored organisations while the first has read them and
    not committed: the second waits for the first and joins its organisation rather than
    making a second one ("Zeta" as an entity of its own)."""
    left_read, right_read = threading.Event(), threading.Event()
    results: dict[str, object] = {}

    def right_waits() -> bool:
        with pg_store.engine.connect() as conn:
            return bool(
                conn.execute(text("SELECT count(*) FROM pg_locks WHERE NOT granted")).scalar()
            )

    def hold_left(conn: object, cursor: object, statement: str, *rest: object) -> None:
        if statement.startswith(_ORG_VIEW) and not left_read.is_set():
            left_read.set()
            # not committed until the right writer has read too, or waits for this one
            for _ in range(1200):
                if right_read.is_set() or right_waits():
                    return
                time.sleep(0.05)

    def mark_right(conn: object, cursor: object, statement: str, *rest: object) -> None:
        if statement.startswith(_ORG_VIEW):
            right_read.set()

    def write(name: str, analysis: Analysis, hook: Callable[..., None]) -> None:
        with SqlStore(pg_store.url) as store:
            event.listen(store.engine, "after_cursor_execute", hook)
            try:
                results[name] = store.add(analysis)
            except Exception as e:
                results[name] = e

    left = threading.Thread(
        target=write,
        args=("left", _naming_org("Zeta Corp opened a depot.", "Zeta Corp"), hold_left),
    )
    right = threading.Thread(
        target=write, args=("right", _naming_org("Zeta hired forty drivers.", "Zeta"), mark_right)
    )
    left.start()
    assert left_read.wait(timeout=60)
    right.start()
    for w in (left, right):
        w.join(timeout=120)
    assert not any(isinstance(r, Exception) for r in results.values()), results
    orgs = [e for e in pg_store.entities().items if e.type == "ORG"]
    assert [e.name for e in orgs] == ["Zeta"]
    with pg_store.engine.connect() as conn:
        linked = set(conn.execute(select(mentions.c.entity_id)).scalars())
    assert linked == {orgs[0].id}
