"""The main event is stored with the article and read back in its record."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from newsclaims.model import Analysis, Event, EventPart, Interval, MainEvent
from newsclaims.reconcile.records import StoryChoice
from newsclaims.store import SqlStore
from newsclaims.store.sql import StoryLookup

MakeAnalysis = Callable[..., Analysis]

TEXT = "Ana Ruiz opened the library in Dunmore on Friday. Ana Ruiz said the library is open."


def _with_main_event(analysis: Analysis) -> Analysis:
    text = analysis.article.text
    opened = text.index("opened the library")
    dunmore = text.index("Dunmore")
    event = Event(start=opened, end=opened + 6, text="opened", predicate="open", subtype="open")
    main = MainEvent(
        who=EventPart(0, 8, "Ana Ruiz", "PERSON:ana ruiz"),
        what=EventPart(opened, opened + 18, "opened the library"),
        when=None,
        when_interval=Interval(date(2026, 1, 2), date(2026, 1, 2), "day", "2026-01-02"),
        where=EventPart(dunmore, dunmore + 7, "Dunmore", "GPE:dunmore"),
        event=0,
    )
    return replace(analysis, events=(event,), main_event=main)


def test_main_event_stored_and_read_back_with_entities_and_interval(
    store: SqlStore, make_analysis: MakeAnalysis
) -> None:
    analysis = _with_main_event(make_analysis(TEXT))
    store.add(analysis)
    record = store.article(analysis.article.id)
    main = record["main_event"]
    text = record["article"]["text"]
    assert main["who"]["entity"] == "Ana Ruiz"
    assert text[main["who"]["start"] : main["who"]["end"]] == "Ana Ruiz"
    assert main["what"]["text"] == "opened the library"
    assert main["where"]["entity"] == "Dunmore"
    assert main["when"]["start"] is None  # the publication day: no words
    assert main["when"]["time_value"] == "2026-01-02"
    assert main["when"]["time_precision"] == "day"
    assert main["why"] is None and main["how"] is None
    assert main["event_id"] is not None


def test_main_event_absent_is_none(store: SqlStore, make_analysis: MakeAnalysis) -> None:
    analysis = make_analysis(TEXT)
    store.add(analysis)
    assert store.article(analysis.article.id)["main_event"] is None


def test_each_event_keeps_its_own_actors_and_main_event(
    store: SqlStore, make_analysis: MakeAnalysis
) -> None:
    """Events are written in one batch per article: each stored event must get the actors and
    the main-event link of the event it was made from, in a second article too (ids above
    the first's)."""
    ids = []
    for n in range(2):
        text = (
            "Ana Ruiz opened the library. Dunmore closed the road. "
            f"Ana Ruiz met Dunmore and said so ({n})."
        )
        analysis = make_analysis(text)
        ids.append(analysis.article.id)
        verbs = ("opened", "closed", "met")
        actors = (("PERSON:ana ruiz",), ("GPE:dunmore",), ("PERSON:ana ruiz", "GPE:dunmore"))
        made = tuple(
            Event(start=text.index(v), end=text.index(v) + len(v), text=v, predicate=v, actors=a)
            for v, a in zip(verbs, actors, strict=True)
        )
        main = MainEvent(
            who=None,
            what=EventPart(text.index("closed"), text.index("closed") + 6, "closed"),
            when=None,
            when_interval=None,
            where=None,
            event=1,
        )
        store.add(replace(analysis, events=made, main_event=main))
    with store.engine.connect() as conn:
        rows = conn.exec_driver_sql(
            "SELECT e.article_id, e.text, n.name, a.position FROM events e"
            " JOIN event_actors a ON a.event_id = e.id JOIN entities n ON n.id = a.entity_id"
        ).all()
        linked = conn.exec_driver_sql(
            "SELECT m.article_id, e.text FROM main_event_parts m JOIN events e ON e.id = m.event_id"
            " WHERE m.part = 'what'"
        ).all()
    assert len(set(ids)) == 2
    for n in range(2):
        got = sorted((t, name, p) for a, t, name, p in rows if a == ids[n])
        assert got == [
            ("closed", "Dunmore", 0),
            ("met", "Ana Ruiz", 0),
            ("met", "Dunmore", 1),
            ("opened", "Ana Ruiz", 0),
        ]
        assert [t for a, t in linked if a == ids[n]] == ["closed"]


def test_main_event_headline_words_read_back_as_the_titles(
    store: SqlStore, make_analysis: MakeAnalysis
) -> None:
    """A "what" from the headline keeps its offsets into the title, and says so."""
    analysis = make_analysis(TEXT)
    main = MainEvent(what=EventPart(0, 10, "opens library", in_title=True))
    store.add(replace(analysis, main_event=main))
    record = store.article(analysis.article.id)["main_event"]
    assert record["what"]["in_title"] is True
    assert record["what"]["text"] == "opens library"
    assert record["who"] is None
    text_words = _with_main_event(make_analysis(TEXT + " More."))
    store.add(text_words)
    assert store.article(text_words.article.id)["main_event"]["what"]["in_title"] is False


def _one_story(lookup: StoryLookup) -> StoryChoice:
    """Story grouping that puts every article in one story."""
    found = lookup.candidates(["library"], limit=1)
    return StoryChoice(found[0].id if found else None, "library", {}, {"library": 1.0})


def test_merging_reads_a_headline_what_at_its_linked_events_characters(
    store: SqlStore, make_analysis: MakeAnalysis
) -> None:
    """Event merging reads where each article's main event lies in the text: a "what" taken
    from the headline has title offsets, so the mark is the linked event's characters, and
    with no linked event there is no mark."""
    linked = make_analysis(TEXT)
    text = linked.article.text
    opened = text.index("opened")
    event = Event(start=opened, end=opened + 6, text="opened", predicate="open", subtype="open")
    main = MainEvent(what=EventPart(0, 13, "opens library", in_title=True), event=0)
    store.add(replace(linked, events=(event,), main_event=main), _one_story)
    bare = make_analysis(TEXT + " Again.")
    main = MainEvent(what=EventPart(0, 4, "opens", in_title=True))
    store.add(replace(bare, main_event=main), _one_story)
    [story] = {store.article(a.article.id)["article"]["story_id"] for a in (linked, bare)}
    marks = store.story_records(story).main_events
    assert (marks[linked.article.id].start, marks[linked.article.id].end) == (opened, opened + 6)
    assert marks[linked.article.id].event_id is not None
    assert bare.article.id not in marks


def test_merging_reads_a_headline_what_at_its_when_words_with_their_day(
    store: SqlStore, make_analysis: MakeAnalysis
) -> None:
    """A "what" from the headline with no linked event is marked at the words of its "when"
    (they stand in the lead's sentence), with the day they name; a "when" that only the
    publication gives (no words) marks nothing."""
    dated = make_analysis(TEXT)
    friday = dated.article.text.index("Friday")
    day = Interval(date(2026, 1, 2), date(2026, 1, 2), "day", "2026-01-02")
    main = MainEvent(
        what=EventPart(0, 4, "opens", in_title=True),
        when=EventPart(friday, friday + 6, "Friday"),
        when_interval=day,
    )
    store.add(replace(dated, main_event=main), _one_story)
    undated = make_analysis(TEXT + " Again.")
    main = MainEvent(what=EventPart(0, 4, "opens", in_title=True), when_interval=day)
    store.add(replace(undated, main_event=main), _one_story)
    [story] = {store.article(a.article.id)["article"]["story_id"] for a in (dated, undated)}
    marks = store.story_records(story).main_events
    mark = marks[dated.article.id]
    assert (mark.event_id, mark.start, mark.end, mark.day) == (
        None,
        friday,
        friday + 6,
        date(2026, 1, 2),
    )
    assert undated.article.id not in marks
