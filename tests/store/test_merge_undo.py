"""An analyst's merge of two entities has an exact undo: the store keeps which mentions,
aliases, claims and figures the merge moved, and undoing it moves back exactly those (the
target's own rows stay, whatever names they bear), on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from newsclaims.errors import InputError, NotFound
from newsclaims.model import Analysis, Article, Claim, ClaimKind, Entity, Mention, Span, Stance
from newsclaims.store import SqlStore
from newsclaims.store.schema import aliases, claim_entities, claims, entities, mentions

#: The firm's own article names it twice, once by its longer name; the second article's
#: tagger made the longer name an entity of its own.
FIRST = "Brackley Foods said its bars would shrink. Brackley Foods International declined."
SECOND = "Brackley Foods International said the price would stay the same in Carrow."
THIRD = "Shoppers in Carrow said Brackley Foods International had cut the bar again."


def _article(text: str, names: list[tuple[str, str]], said_by: str, day: int) -> Analysis:
    """An article whose ``names`` (text, entity key) are mentioned where the text first has
    them after the previous one, and whose one claim is said by the entity ``said_by``."""
    found: list[Mention] = []
    known: dict[str, Entity] = {}
    at = 0
    for name, key in names:
        start = text.index(name, at)
        at = start + len(name)
        type_ = key.split(":")[0]
        found.append(Mention(start, at, name, key, type_))
        if key not in known:
            known[key] = Entity(key=key, name=name, type=type_)
    source = next(m for m in found if m.entity == said_by)
    cue = text.index("said")
    content_start = cue + 5
    content_end = text.index(".", content_start)
    claim = Claim(
        start=content_start,
        end=content_end,
        text=text[content_start:content_end],
        stance=Stance.REPORTED,
        kind=ClaimKind.INDIRECT,
        source=Span(source.start, source.end, source.text),
        source_entity=said_by,
        cue=Span(cue, cue + 4, "said"),
    )
    article = Article(text=text, outlet="Test Times", published=date(2026, 3, day), origin="t")
    return Analysis(
        article=article, entities=tuple(known.values()), mentions=tuple(found), claims=(claim,)
    )


FIRM = "ORG:brackley foods"
LONG = "ORG:brackley foods international"
TOWN = "GPE:carrow"


def _fill(store: SqlStore) -> None:
    both = [("Brackley Foods", FIRM), ("Brackley Foods International", FIRM)]
    store.add(_article(FIRST, both, FIRM, 1))
    store.add(_article(SECOND, [("Brackley Foods International", LONG), ("Carrow", TOWN)], LONG, 2))


def _state(store: SqlStore) -> dict[str, object]:
    """Who every mention, claim source, claim entity and alias belongs to, by entity key."""
    with store.engine.connect() as conn:
        keys = dict(conn.execute(select(entities.c.id, entities.c.key)).all())
        said = conn.execute(select(mentions.c.id, mentions.c.entity_id)).all()
        sources = conn.execute(select(claims.c.id, claims.c.source_entity_id)).all()
        about = conn.execute(select(claim_entities.c.claim_id, claim_entities.c.entity_id)).all()
        names = conn.execute(select(aliases.c.entity_id, aliases.c.norm)).all()
        rows = conn.execute(select(entities.c.key, entities.c.name, entities.c.type)).all()
    return {
        "entities": sorted(tuple(r) for r in rows),
        "mentions": sorted((i, keys[e]) for i, e in said),
        "sources": sorted((i, keys.get(e)) for i, e in sources),
        "about": sorted((i, keys[e]) for i, e in about),
        "aliases": sorted((keys[e], n) for e, n in names),
    }


def _mentions_of(store: SqlStore, key: str) -> int:
    return store.entity(key).mentions


def test_undo_of_a_merge_restores_exactly_what_it_moved(store: SqlStore) -> None:
    _fill(store)
    before = _state(store)
    assert _mentions_of(store, FIRM) == 2
    store.merge_entities("Brackley Foods", LONG, who="tester")
    assert _mentions_of(store, FIRM) == 3
    [merge] = store.corrections()
    assert merge.undoable and merge.undone_at is None
    store.undo_merge(merge.id, who="tester")
    assert _state(store) == before
    # the firm keeps its own mention of the longer name: only the merged one went back
    assert _mentions_of(store, FIRM) == 2
    assert _mentions_of(store, LONG) == 1
    [undone] = store.corrections()
    assert undone.undone_at is not None and not undone.undoable


def test_an_undone_merge_no_longer_applies_to_later_articles(store: SqlStore) -> None:
    _fill(store)
    store.merge_entities("Brackley Foods", LONG, who="tester")
    store.undo_merge(store.corrections()[0].id, who="tester")
    names = [("Carrow", TOWN), ("Brackley Foods International", LONG)]
    store.add(_article(THIRD, names, TOWN, 3))
    assert _mentions_of(store, LONG) == 2
    assert _mentions_of(store, FIRM) == 2


def test_undo_after_a_later_merge_into_the_same_entity_keeps_that_one(store: SqlStore) -> None:
    _fill(store)
    store.merge_entities("Brackley Foods", LONG, who="tester")
    store.merge_entities("Brackley Foods", TOWN, who="tester")  # a second, unrelated merge
    first, second = store.corrections()
    store.undo_merge(first.id, who="tester")
    assert _mentions_of(store, LONG) == 1
    assert _mentions_of(store, FIRM) == 3  # its own 2 and Carrow's, merged later
    store.undo_merge(second.id, who="tester")
    assert _mentions_of(store, TOWN) == 1 and _mentions_of(store, FIRM) == 2


def test_undo_of_a_merge_whose_target_was_merged_away_moves_back_from_the_new_one(
    store: SqlStore,
) -> None:
    _fill(store)
    store.merge_entities("Brackley Foods", LONG, who="tester")
    store.merge_entities("Carrow", "Brackley Foods", who="tester")
    first, _ = store.corrections()
    store.undo_merge(first.id, who="tester")
    assert _mentions_of(store, LONG) == 1
    assert _mentions_of(store, TOWN) == 3  # its own and the firm's two


def test_undo_twice_or_of_a_split_or_of_nothing_is_refused(store: SqlStore) -> None:
    _fill(store)
    store.merge_entities("Brackley Foods", LONG, who="tester")
    merge = store.corrections()[0]
    store.undo_merge(merge.id, who="tester")
    with pytest.raises(NotFound) as again:
        store.undo_merge(merge.id, who="tester")
    assert again.value.code == "E601"
    store.split_entity("Brackley Foods", "Brackley Foods International", who="tester")
    split = store.corrections()[-1]
    assert split.kind == "split" and not split.undoable
    with pytest.raises(InputError) as refused:
        store.undo_merge(split.id, who="tester")
    assert refused.value.code == "E412"
    with pytest.raises(NotFound):
        store.undo_merge(9999, who="tester")


def test_merge_into_itself_stays_an_error_and_records_nothing(store: SqlStore) -> None:
    _fill(store)
    with pytest.raises(InputError) as caught:
        store.merge_entities("Brackley Foods", FIRM, who="tester")
    assert caught.value.code == "E413"
    assert store.corrections() == []


def test_undo_moves_back_the_merged_name_in_articles_stored_while_the_merge_held(
    store: SqlStore,
) -> None:
    _fill(store)
    before = _state(store)
    store.merge_entities("Brackley Foods", LONG, who="tester")
    names = [("Carrow", TOWN), ("Brackley Foods International", LONG)]
    store.add(_article(THIRD, names, TOWN, 3))
    assert _mentions_of(store, FIRM) == 4  # the merge holds for the new article
    store.undo_merge(store.corrections()[0].id, who="tester")
    # as if the merge had never been made: the new article's mention is the longer name's
    assert _mentions_of(store, FIRM) == 2
    assert _mentions_of(store, LONG) == 2
    after = _state(store)
    assert after["aliases"] == before["aliases"]
    assert after["entities"] == before["entities"]
    # nothing stored before went anywhere else; the new article's rows follow its names
    assert set(before["mentions"]) <= set(after["mentions"])  # type: ignore[arg-type]
    assert set(before["sources"]) <= set(after["sources"])  # type: ignore[arg-type]
    new_claims = {i for i, _ in after["about"]} - {i for i, _ in before["about"]}  # type: ignore[attr-defined]
    assert [k for i, k in after["about"] if i in new_claims] == [LONG]  # type: ignore[attr-defined]
    assert [k for i, k in after["sources"] if i in new_claims] == [TOWN]  # type: ignore[attr-defined]


def test_undo_leaves_the_targets_own_later_mentions_of_its_own_names(store: SqlStore) -> None:
    _fill(store)
    store.merge_entities("Brackley Foods", LONG, who="tester")
    own = "Brackley Foods said in Carrow that the bar would stay."
    store.add(_article(own, [("Brackley Foods", FIRM), ("Carrow", TOWN)], FIRM, 3))
    store.undo_merge(store.corrections()[0].id, who="tester")
    assert _mentions_of(store, FIRM) == 3
    assert _mentions_of(store, LONG) == 1
