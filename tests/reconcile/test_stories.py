"""Story grouping at ingest (reconcile/stories.py), on articles written for these tests."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import numpy as np

from newsclaims.derive import assign_for
from newsclaims.model import Analysis, Article, Entity, Mention
from newsclaims.reconcile.records import StoryCandidate
from newsclaims.reconcile.static_vectors import static_vectors
from newsclaims.reconcile.stories import (
    MemoryIndex,
    Weights,
    choose,
    days_apart,
    entities_of,
    group,
    joined,
    merged,
    name_words,
    profile,
    published_of,
    scored,
    shares_entities,
)
from newsclaims.store import SqlStore

FIRE = (
    "A fire at the Port Vell fuel depot killed three workers on Monday, the harbour "
    "authority said. Firefighters from Tarragona fought the blaze at the depot for hours."
)
FIRE_LATER = (
    "The death toll from the Port Vell depot fire rose to seven, the harbour authority "
    "said, as firefighters searched the burnt fuel tanks."
)
CHOCOLATE = (
    "Toblerone has widened the gaps between the triangles of its chocolate bars, and fans "
    "of the Swiss sweet are angry about the smaller bars."
)


def _analysis(text: str, day: date, *names: tuple[str, str]) -> Analysis:
    """An analysis of ``text`` published on ``day`` naming the entities ``names`` (name,
    type) wherever they occur."""
    entities, mentions = [], []
    for name, kind in names:
        key = f"{kind}:{name.lower()}"
        entities.append(Entity(key=key, name=name, type=kind))
        at = text.find(name)
        while at >= 0:
            mentions.append(Mention(at, at + len(name), name, key, kind))
            at = text.find(name, at + 1)
    return Analysis(
        article=Article(text=text, published=day),
        entities=tuple(entities),
        mentions=tuple(mentions),
    )


def _fire(day: date, text: str = FIRE) -> Analysis:
    return _analysis(text, day, ("Port Vell", "GPE"), ("Tarragona", "GPE"))


def test_static_vectors_are_unit_and_rank_paraphrases_above_unrelated_text() -> None:
    table = static_vectors()
    a, b, c = table.encode(
        [
            "Fire kills three workers at a fuel depot",
            "Three workers died in a blaze at the oil depot",
            "The chocolate bar has a new shape",
        ]
    )
    assert np.isclose(np.linalg.norm(a), 1.0, atol=1e-5)
    assert float(a @ b) > float(a @ c) + 0.1
    assert not table.encode([""]).any(), "a text without tokens has no direction"


def test_static_vectors_rarity_follows_the_vocabulary_rank() -> None:
    table = static_vectors()
    assert table.rarity("the") < table.rarity("said") < table.rarity("depot") <= 1.0
    assert table.rarity("the") < 0.1
    assert table.rarity("toblerone") == 1.0, "a word split into pieces counts as rare"


def test_stories_articles_on_one_event_join_and_another_topic_starts_a_story() -> None:
    items = [
        profile(_fire(date(2026, 6, 1))),
        profile(_analysis(CHOCOLATE, date(2026, 6, 1), ("Toblerone", "ORG"))),
        profile(_fire(date(2026, 6, 2), FIRE_LATER)),
    ]
    assert group(items) == [1, 2, 1]


def test_stories_the_same_names_after_the_window_start_a_new_story() -> None:
    weights = Weights()
    first = profile(_fire(date(2026, 6, 1)))
    again = profile(_fire(date(2026, 6, 1 + int(weights.window_days) + 2), FIRE_LATER))
    assert group([first, again], weights) == [1, 2]
    assert group([first, profile(_fire(date(2026, 6, 2), FIRE_LATER))], weights) == [1, 1]


def test_stories_a_person_named_in_full_is_also_indexed_by_surname() -> None:
    text = "Barack Obama met Angela Merkel in Berlin."
    weights = entities_of(_analysis(text, date(2016, 11, 10), ("Barack Obama", "PERSON")))
    assert set(weights) == {"barack obama", "obama"}
    assert np.isclose(sum(w * w for w in weights.values()), 1.0)


def test_stories_an_article_sharing_no_key_is_never_compared() -> None:
    """Candidates come from the index only: a story sharing no key is not scored, even at a
    join threshold every candidate would pass."""
    index = MemoryIndex()
    index.place(choose(profile(_fire(date(2026, 6, 1))), index))
    chocolate = profile(_analysis(CHOCOLATE, date(2026, 6, 1), ("Toblerone", "ORG")))
    assert choose(chocolate, index, Weights(join=-1.0)).story_id is None


def test_stories_days_apart_counts_from_the_nearest_end_of_the_story() -> None:
    story = StoryCandidate(1, "s", 2, datetime(2026, 6, 1), datetime(2026, 6, 3), {})
    assert days_apart(datetime(2026, 6, 2), story) == 0.0
    assert days_apart(datetime(2026, 6, 5), story) == 2.0
    assert days_apart(datetime(2026, 5, 30), story) == 2.0
    assert days_apart(None, story) == 0.0


def test_stories_the_store_groups_as_the_memory_index_does(store: SqlStore) -> None:
    analyses = [
        _fire(date(2026, 6, 1)),
        _analysis(CHOCOLATE, date(2026, 6, 1), ("Toblerone", "ORG")),
        _fire(date(2026, 6, 2), FIRE_LATER),
        _fire(date(2026, 6, 20), FIRE + " Investigators returned to the site."),
    ]
    ids = [store.add(a, assign_for(a)).article_id for a in analyses]
    stored = store.articles_by_id(ids)
    in_store = [stored[i].story_id for i in ids]
    expected = group([profile(a) for a in analyses])
    assert len(set(expected)) == 3
    # the same partition (story ids may differ)
    assert [in_store.index(s) for s in in_store] == [expected.index(s) for s in expected]
    listed = store.stories().items
    assert sorted(s.articles for s in listed) == [1, 1, 2]


def test_stories_publication_stamps_are_compared_in_utc() -> None:
    aware = datetime(2026, 6, 1, 23, 30, tzinfo=timezone(timedelta(hours=-5)))
    analysis = Analysis(article=Article(text="A fire in Port Vell.", published_at=aware))
    assert published_of(analysis) == aware.astimezone(UTC).replace(tzinfo=None)
    assert published_of(Analysis(article=Article(text="x", published=date(2026, 6, 1)))) == (
        datetime(2026, 6, 1)
    )


def _apart_then_bridged() -> list[tuple[Analysis, Weights]]:
    """Two reports of one fire placed apart (a join nothing reaches), then a third that is
    similar to both, placed with the shipped weights."""
    apart = Weights(join=2.0)
    return [
        (_fire(date(2026, 6, 1)), apart),
        (_fire(date(2026, 6, 2), FIRE_LATER), apart),
        (_fire(date(2026, 6, 2), FIRE_LATER + " " + FIRE), Weights()),
    ]


def test_stories_an_article_joining_two_stories_merges_them() -> None:
    index = MemoryIndex()
    placed = []
    for analysis, weights in _apart_then_bridged():
        choice = choose(profile(analysis), index, weights)
        placed.append(index.place(choice))
    assert placed[0] != placed[1]
    assert choice.story_id in placed[:2] and choice.absorbed == tuple(
        s for s in placed[:2] if s != choice.story_id
    )
    assert {index.current(s) for s in placed} == {choice.story_id}
    [story] = index.stories.values()
    assert story.articles == 3 and choice.summary["articles"] == 3
    assert story.first_published == datetime(2026, 6, 1)
    assert all(set(ids) <= {choice.story_id} for ids in index.by_key.values())


def test_stories_merged_summary_is_the_sum_of_the_stories() -> None:
    a = joined(profile(_fire(date(2026, 6, 1))), {})
    b = joined(profile(_fire(date(2026, 6, 2), FIRE_LATER)), {})
    both = merged([a, b])
    assert both["articles"] == 2
    assert np.allclose(both["vector"], np.add(a["vector"], b["vector"]), atol=1e-3)
    for word in set(a["words"]) & set(b["words"]):
        assert np.isclose(both["words"][word], a["words"][word] + b["words"][word], atol=1e-3)


def test_stories_grouping_does_not_depend_on_which_half_arrived_first() -> None:
    items = [
        profile(_fire(date(2026, 6, 1))),
        profile(_analysis(CHOCOLATE, date(2026, 6, 1), ("Toblerone", "ORG"))),
        profile(_fire(date(2026, 6, 2), FIRE_LATER)),
        profile(_fire(date(2026, 6, 2), FIRE + " " + FIRE_LATER)),
    ]
    orders = [[0, 1, 2, 3], [3, 2, 1, 0], [1, 0, 3, 2], [2, 1, 0, 3]]
    for order in orders:
        found = group([items[i] for i in order])
        story_of = {i: found[n] for n, i in enumerate(order)}
        assert story_of[0] == story_of[2] == story_of[3] != story_of[1], order


def test_stories_the_store_merges_as_the_memory_index_does(store: SqlStore) -> None:
    index = MemoryIndex()
    ids = []
    for analysis, weights in _apart_then_bridged():
        item = profile(analysis)
        index.place(choose(item, index, weights))
        ids.append(
            store.add(analysis, lambda lookup, i=item, w=weights: choose(i, lookup, w)).article_id
        )
    stored = store.articles_by_id(ids)
    assert len({stored[i].story_id for i in ids}) == 1
    [story] = store.stories().items
    assert story.articles == 3 == sum(s.articles for s in index.stories.values())


def test_stories_names_count_as_entities_not_as_words() -> None:
    text = "Lady Gaga joined a protest outside Trump Tower against Donald Trump."
    analysis = _analysis(
        text,
        date(2016, 11, 9),
        ("Lady Gaga", "PERSON"),
        ("Trump Tower", "FAC"),
        ("Donald Trump", "PERSON"),
    )
    assert name_words(analysis) == {"lady", "gaga", "trump", "tower", "donald"}
    item = profile(analysis)
    assert {"protest", "joined"} <= set(item.words)
    assert not set(item.words) & name_words(analysis)
    assert {"lady gaga", "trump tower", "donald trump", "trump", "gaga"} <= set(item.entities)


def test_stories_one_place_typed_two_ways_is_one_entity() -> None:
    one = entities_of(_analysis("Port Vell burned.", date(2026, 6, 1), ("Port Vell", "GPE")))
    two = entities_of(_analysis("Port Vell burned.", date(2026, 6, 1), ("Port Vell", "LOC")))
    assert one == two == {"port vell": 1.0}


def _storm(n: int, place: str, mayor: str, day: date) -> Analysis:
    """A made-up storm report: every story's reports have the same wording, only the place,
    the mayor and the numbers differ (as bench/soak.py writes them)."""
    surname = mayor.rsplit(maxsplit=1)[-1]
    text = (
        f"Officials in {place} said on Monday that about {40 + 7 * n} homes were damaged by "
        f"the storm in {place} and {3 + n} people were injured. Mayor {mayor} told reporters "
        f'that repairs would cost ${5 + n} million. "We will rebuild," {surname} said.'
    )
    return _analysis(text, day, (place, "GPE"), (mayor, "PERSON"))


def test_stories_same_kind_of_event_in_different_places_stays_apart() -> None:
    day = date(2026, 6, 1)
    items = []
    for n in range(6):
        items.append(profile(_storm(n, "Dunmarlow", "Ana Velkor", day)))
        items.append(profile(_storm(n, "Brenhaval", "Tom Ostrika", day)))
    found = group(items)
    assert len(set(found[0::2])) == 1 and len(set(found[1::2])) == 1
    assert found[0] != found[1]


def test_stories_a_bridging_article_does_not_merge_stories_naming_no_one_in_common() -> None:
    day = date(2026, 6, 1)
    index = MemoryIndex()
    first = [
        index.place(choose(profile(_storm(n, "Dunmarlow", "Ana Velkor", day)), index))
        for n in range(4)
    ]
    second = [
        index.place(choose(profile(_storm(n, "Brenhaval", "Tom Ostrika", day)), index))
        for n in range(3)
    ]
    a, b = _storm(1, "Dunmarlow", "Ana Velkor", day), _storm(2, "Brenhaval", "Tom Ostrika", day)
    bridge = _analysis(
        a.article.text + " " + b.article.text,
        day,
        ("Dunmarlow", "GPE"),
        ("Ana Velkor", "PERSON"),
        ("Brenhaval", "GPE"),
        ("Tom Ostrika", "PERSON"),
    )
    item = profile(bridge)
    joins = [s for score, s in scored(item, index) if score >= Weights().join]
    assert len(joins) == 2  # alike to both stories
    choice = choose(item, index)
    assert choice.story_id == index.current(first[0]) and choice.absorbed == ()
    index.place(choice)
    assert index.current(first[0]) != index.current(second[0])
    assert len(index.stories) == 2


def test_stories_entity_profiles_share_an_entity_or_one_names_none() -> None:
    assert shares_entities({"dunmarlow": 1.0}, {"dunmarlow": 0.5, "velkor": 0.5})
    assert not shares_entities({"dunmarlow": 1.0}, {"brenhaval": 1.0})
    assert shares_entities({}, {"brenhaval": 1.0}) and shares_entities({"x": 1.0}, {})
