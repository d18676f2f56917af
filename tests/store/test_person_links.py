"""One person's mentions join one entity when the recogniser types the name two ways, or an
article spells it with one letter doubled; two different people are never joined."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from typing import Any
from unittest.mock import patch

import pytest

from newsclaims.model import Analysis, Article, Claim, ClaimKind, Entity, Mention, Span, Stance
from newsclaims.reconcile.entities import (
    initial_variant,
    person_joins,
    person_reading,
    spelling_variant,
)
from newsclaims.reconcile.records import StoryChoice
from newsclaims.store import SqlStore
from newsclaims.store.sql import StoryLookup


def _one_story(lookup: StoryLookup) -> StoryChoice:
    found = lookup.candidates(["*"], limit=1)
    return StoryChoice(found[0].id if found else None, "all", {}, {"*": 1.0})


def _article(said: str, *named: tuple[str, str], speaker: str | None = None) -> Analysis:
    """An analysis of ``said`` naming each (name, type) once, in order of ``named``; with
    ``speaker`` (a key), one claim has that entity as its source."""
    found: dict[str, Entity] = {}
    marks = []
    at = 0
    for name, type_ in named:
        start = said.index(name, at)
        at = start + len(name)
        key = f"{type_}:{name.lower()}"
        found.setdefault(key, Entity(key=key, name=name, type=type_))
        marks.append(Mention(start, at, name, key, type_))
    claims: tuple[Claim, ...] = ()
    if speaker is not None:
        claims = (
            Claim(
                start=0, end=5, text=said[:5], stance=Stance.ASSERTED, kind=ClaimKind.INDIRECT,
                source=Span(0, 1, said[0]), source_entity=speaker,
            ),
        )  # fmt: skip
    return Analysis(
        article=Article(text=said, published=date(2016, 11, 3)),
        entities=tuple(found.values()),
        mentions=tuple(marks),
        claims=claims,
    )


def _entities_of(store: SqlStore, analysis: Analysis) -> list[tuple[str, str]]:
    return [(m["name"], m["type"]) for m in store.article(analysis.article.id)["mentions"]]


@pytest.mark.parametrize(
    ("name", "speaker", "reading"),
    [
        ("Ben Zobrist", False, True),  # a known first name
        ("Addison Russell", False, True),  # a first name of either gender
        ("Folies Bergeres", False, False),  # nothing says it is a person
        ("Folies Bergeres", True, True),  # a speaker is a person
        ("Billy Goat Tavern", True, False),  # a place's word, whatever else is said
        ("Acme International", True, False),  # a body's word
        ("Zobrist", True, False),  # one word: a surname or a company
    ],
)
def test_person_links_person_reading_needs_a_full_name_and_a_reason(
    name: str, speaker: bool, reading: bool
) -> None:
    assert person_reading(name, speaker) is reading


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Lilly Allen", "Lily Allen", True),
        ("Philip Lee", "Phillip Lee", True),
        ("Ryan Adams", "Bryan Adams", False),  # another letter: another name
        ("Mario Lopez", "Maria Lopez", False),  # two people of one family
        ("Lilly Allen", "Lilly Allan", False),  # another surname
        ("Jon Li", "Jonn Li", False),  # too short to tell
        ("Lily Allen", "Lily Allen", False),  # the same name is not a variant
    ],
)
def test_person_links_spelling_variant_is_a_doubled_letter_only(
    one: str, other: str, same: bool
) -> None:
    assert spelling_variant(one, other) is same
    assert spelling_variant(other, one) is same


def test_person_links_joins_within_one_article() -> None:
    said = "Ben Zobrist hit a double. Later Ben Zobrist said he was tired."
    analysis = _article(said, ("Ben Zobrist", "ORG"), ("Ben Zobrist", "PERSON"))
    assert person_joins(analysis.entities, []) == {"ORG:ben zobrist": "PERSON:ben zobrist"}
    venue = _article("Billy Goat Tavern, then Billy Goat Tavern.", ("Billy Goat Tavern", "ORG"),
                     ("Billy Goat Tavern", "PERSON"))  # fmt: skip
    assert person_joins(venue.entities, ["ORG:billy goat tavern"]) == {}


def test_person_links_one_article_typing_a_name_twice_stores_one_person(
    store: SqlStore,
) -> None:
    said = "Ben Zobrist hit a double. Later Ben Zobrist said he was tired."
    analysis = _article(said, ("Ben Zobrist", "ORG"), ("Ben Zobrist", "PERSON"))
    store.add(analysis, _one_story)
    assert _entities_of(store, analysis) == [("Ben Zobrist", "PERSON")] * 2


@pytest.mark.parametrize("person_first", [True, False])
def test_person_links_a_name_typed_otherwise_in_the_story_joins_the_person(
    store: SqlStore, person_first: bool
) -> None:
    """Whatever the order of ingest, "Javier Baez" typed ORG in one article is the person
    another article of the story names; the ORG entity goes once nothing names it."""
    person = _article("Javier Baez said the team won.", ("Javier Baez", "PERSON"))
    org = _article("A homer by Javier Baez in the fifth.", ("Javier Baez", "ORG"))
    for analysis in (person, org) if person_first else (org, person):
        store.add(analysis, _one_story)
    assert _entities_of(store, org) == [("Javier Baez", "PERSON")]
    assert [e.type for e in store.entities().items] == ["PERSON"]


def test_person_links_a_venue_typed_person_stays_apart(store: SqlStore) -> None:
    place = _article("Fans met at Billy Goat Tavern.", ("Billy Goat Tavern", "ORG"))
    person = _article("Billy Goat Tavern was full.", ("Billy Goat Tavern", "PERSON"))
    store.add(place, _one_story)
    store.add(person, _one_story)
    assert _entities_of(store, place) == [("Billy Goat Tavern", "ORG")]


def test_person_links_a_spelling_variant_joins_the_one_person_of_the_story(
    store: SqlStore,
) -> None:
    first = _article("Lily Allen wrote a song.", ("Lily Allen", "PERSON"))
    second = _article("Lilly Allen joined the march.", ("Lilly Allen", "PERSON"))
    store.add(first, _one_story)
    store.add(second, _one_story)
    assert _entities_of(store, second) == [("Lily Allen", "PERSON")]
    [entity] = store.entities().items
    assert "Lilly Allen" in entity.aliases


def test_person_links_a_spelling_variant_with_two_candidates_stays_apart(
    store: SqlStore,
) -> None:
    """Two people of the story fit ("Philip Lee" is a spelling of "Phillip Lee" and of
    "Philipp Lee"): none is guessed."""
    store.add(_article("Phillip Lee and Philipp Lee spoke.", ("Phillip Lee", "PERSON"),
                       ("Philipp Lee", "PERSON")), _one_story)  # fmt: skip
    third = _article("Philip Lee left.", ("Philip Lee", "PERSON"))
    store.add(third, _one_story)
    assert _entities_of(store, third) == [("Philip Lee", "PERSON")]


def test_person_links_a_spelling_variant_in_another_story_stays_apart() -> None:
    store = SqlStore("sqlite://")
    stories = iter(["a", "b"])

    def own_story(lookup: StoryLookup) -> StoryChoice:
        label = next(stories)
        return StoryChoice(None, label, {}, {label: 1.0})

    store.add(_article("Lily Allen wrote a song.", ("Lily Allen", "PERSON")), own_story)
    second = _article("Lilly Allen joined the march.", ("Lilly Allen", "PERSON"))
    store.add(second, own_story)
    assert _entities_of(store, second) == [("Lilly Allen", "PERSON")]
    store.close()


def test_person_links_a_joined_person_is_named_by_the_spelling_most_articles_use(
    store: SqlStore,
) -> None:
    """The first stored spelling may be the misspelt one: the name follows the articles."""
    store.add(_article("Lilly Allen wrote a song.", ("Lilly Allen", "PERSON")), _one_story)
    for said in ("Lily Allen joined the march.", "Lily Allen spoke at the rally."):
        store.add(_article(said, ("Lily Allen", "PERSON")), _one_story)
    [entity] = store.entities().items
    assert entity.name == "Lily Allen"
    assert "Lilly Allen" in entity.aliases


@pytest.mark.parametrize(
    ("one", "other", "same"),
    [
        ("Ana M Ruiz", "Ana Ruiz", True),
        ("Ana M. Ruiz", "Ana Ruiz", True),
        ("Ana M. T. Ruiz", "Ana Ruiz", True),
        ("Ana M Ruiz", "Ana T Ruiz", False),  # two initials: maybe two people
        ("Ana Maria Ruiz", "Ana Ruiz", False),  # a middle name, not an initial
        ("Ana M Ruiz", "Eva Ruiz", False),
        ("Ana M Ruiz", "Ana Ruiz Jr", False),
    ],
)
def test_person_links_initial_variant_is_middle_initials_only(
    one: str, other: str, same: bool
) -> None:
    assert initial_variant(one, other) is same
    assert initial_variant(other, one) is same


@pytest.mark.parametrize("first_stored", ["Ana Ruiz", "Ana M Ruiz"])
def test_person_links_a_middle_initial_joins_the_one_person_of_the_story(
    store: SqlStore, first_stored: str
) -> None:
    """Either order. The name stays the first stored one: both are hers, and a story whose
    articles were first apart may hold the other as an entity of its own (renamed, two
    entries would read alike)."""
    names = ["Ana Ruiz", "Ana M Ruiz", "Ana Ruiz"]
    if first_stored != names[0]:
        names = ["Ana M Ruiz", "Ana Ruiz", "Ana Ruiz"]
    for n, name in enumerate(names):
        said = f"{name} spoke at rally {n}."
        store.add(_article(said, (name, "PERSON")), _one_story)
    [entity] = store.entities().items
    assert entity.name == first_stored
    assert {"Ana Ruiz", "Ana M Ruiz"} <= {entity.name, *entity.aliases}


def test_person_links_a_middle_initial_beside_another_initial_stays_apart(
    store: SqlStore,
) -> None:
    """ "Ana Ruiz" and "Ana T Ruiz" both in the story: "Ana M Ruiz" may be a third person."""
    store.add(_article("Ana Ruiz and Ana T Ruiz spoke.", ("Ana Ruiz", "PERSON"),
                       ("Ana T Ruiz", "PERSON")), _one_story)  # fmt: skip
    third = _article("Ana M Ruiz left.", ("Ana M Ruiz", "PERSON"))
    store.add(third, _one_story)
    assert _entities_of(store, third) == [("Ana M Ruiz", "PERSON")]


def test_person_links_without_joins_finds_what_a_person_takes_and_joins_nothing(
    store: SqlStore,
) -> None:
    """The relink after an article's entities are stored asks only what its people take from
    the story (``joins=False``): the same takes as the full read, and no joins."""
    from newsclaims.store.linking import person_links  # noqa: PLC0415

    store.add(_article("A homer by Javier Baez in the fifth.", ("Javier Baez", "ORG")), _one_story)
    store.add(_article("Lily Allen sang at the game.", ("Lily Allen", "PERSON")), _one_story)
    later = _article(
        "Javier Baez met Lilly Allen.", ("Javier Baez", "PERSON"), ("Lilly Allen", "PERSON")
    )
    [story] = {a.story_id for a in store.articles().items}
    with store.engine.connect() as conn:
        use, take = person_links(conn, later.entities, [], story)
        only_use, only_take = person_links(conn, later.entities, [], story, joins=False)
    baez = next(e.id for e in store.entities().items if e.type == "ORG")
    lily = next(e.id for e in store.entities().items if e.name == "Lily Allen")
    assert use == {"PERSON:lilly allen": lily}
    assert take == [(baez, "PERSON:javier baez")]
    assert (only_use, only_take) == ({}, take)


def _namesake_reads(store: SqlStore) -> list[str]:
    """Collects the statements that read a story's namesakes (``story_namesakes``)."""
    from sqlalchemy import event  # noqa: PLC0415

    seen: list[str] = []

    def keep(_conn: object, _cursor: object, statement: str, *_: object) -> None:
        if "EXISTS (SELECT claims.id" in statement and "entities.type" in statement:
            seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", keep)
    return seen


def test_person_links_an_article_reads_its_story_namesakes_once(store: SqlStore) -> None:
    """Both directions (what the article's names join, what its people take from the story)
    ask one read of the story's namesakes, and take what two reads gave: "Tomas Vrell" typed
    ORG earlier is the person the later article names."""
    store.add(_article("A goal by Tomas Vrell in the rain.", ("Tomas Vrell", "ORG")), _one_story)
    seen = _namesake_reads(store)
    later = _article(
        "Tomas Vrell thanked Ottilie Marsk.",
        ("Tomas Vrell", "PERSON"),
        ("Ottilie Marsk", "PERSON"),
        speaker="PERSON:tomas vrell",
    )
    store.add(later, _one_story)
    assert len(seen) == 1
    assert _entities_of(store, later) == [("Tomas Vrell", "PERSON"), ("Ottilie Marsk", "PERSON")]
    assert {(e.name, e.type) for e in store.entities().items} == {
        ("Tomas Vrell", "PERSON"),
        ("Ottilie Marsk", "PERSON"),
    }


def test_person_links_a_move_before_the_relink_reads_the_story_again(store: SqlStore) -> None:
    """Negative control: when rows moved between the two directions (a bare surname of an
    earlier article joined the full name), the story's namesakes are read again."""
    earlier = _article(
        "Mr. Quenby spoke. Mr. Quenby left.", ("Quenby", "PERSON"), ("Quenby", "PERSON")
    )
    store.add(earlier, _one_story)
    seen = _namesake_reads(store)
    store.add(_article("Arlo Quenby waved.", ("Arlo Quenby", "PERSON")), _one_story)
    assert [n for n, _ in _entities_of(store, earlier)] == ["Arlo Quenby"] * 2  # moved
    assert len(seen) == 2


def _story_keyed(key: str) -> Callable[[StoryLookup], StoryChoice]:
    """Story grouping that puts an article in the story indexed by ``key`` (a new one when
    there is none): two keys keep two stories apart."""

    def assign(lookup: StoryLookup) -> StoryChoice:
        found = lookup.candidates([key], limit=1)
        return StoryChoice(found[0].id if found else None, key, {}, {key: 1.0})

    return assign


@pytest.mark.postgres
def test_person_links_two_interleaved_writes_keep_their_own_story_namesakes(
    pg_store: SqlStore,
) -> None:
    """One store object shared by two threads (as the API's request threads share it), two
    writes overlapping on PostgreSQL: the first reads its story's namesakes, then waits
    while the second writes the same name in another story. The first still takes what its
    own story said of the name typed ORG: its earlier article names the person, and no
    "Tomas Vrell" is left an organisation (a read kept on the store object would have given
    the first write the other story's rows, where the name was never typed ORG)."""
    earlier = _article("A goal by Tomas Vrell in the rain.", ("Tomas Vrell", "ORG"))
    pg_store.add(earlier, _story_keyed("harbour"))
    first = _article(
        "Tomas Vrell thanked the crowd.", ("Tomas Vrell", "PERSON"), speaker="PERSON:tomas vrell"
    )
    second = _article(
        "Tomas Vrell opened a bakery in Lisk.",
        ("Tomas Vrell", "PERSON"),
        speaker="PERSON:tomas vrell",
    )
    first_read, second_done = threading.Event(), threading.Event()
    links = pg_store._person_links
    errors: list[BaseException] = []

    def paused(*args: Any, **kwargs: Any) -> dict[str, int]:
        # the first write waits after its first read of the story's namesakes (before it
        # stores its entities, which the second would wait for) until the second is done
        found = links(*args, **kwargs)
        if threading.current_thread().name == "first" and not first_read.is_set():
            first_read.set()
            second_done.wait(timeout=60)
        return found

    def write(analysis: Analysis, key: str, done: threading.Event | None) -> None:
        try:
            pg_store.add(analysis, _story_keyed(key))
        except BaseException as e:  # reported below
            errors.append(e)
        finally:
            if done is not None:
                done.set()

    with patch.object(pg_store, "_person_links", paused):
        one = threading.Thread(target=write, args=(first, "harbour", None), name="first")
        one.start()
        assert first_read.wait(timeout=60)
        two = threading.Thread(target=write, args=(second, "bakery", second_done), name="second")
        two.start()
        for t in (two, one):
            t.join(timeout=120)
    assert not errors, errors
    assert _entities_of(pg_store, earlier) == [("Tomas Vrell", "PERSON")]
    assert _entities_of(pg_store, first) == [("Tomas Vrell", "PERSON")]
    assert _entities_of(pg_store, second) == [("Tomas Vrell", "PERSON")]
    assert {(e.name, e.type) for e in pg_store.entities().items} == {("Tomas Vrell", "PERSON")}
