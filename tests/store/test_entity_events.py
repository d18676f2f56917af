"""An entity's events are the ones it takes part in, in the story that reports them: not an
earlier year's event its article recalls, nor one the parse gave it from far away."""

from __future__ import annotations

from datetime import date

from newsclaims.model import Analysis, Article, Entity, Event, Interval, Mention
from newsclaims.store import SqlStore
from newsclaims.store.items import Filters

FILLER = " The crowd stayed late and sang in the rain outside the old stadium gates." * 3


def _analysis() -> Analysis:
    said = (
        "Ana Ruiz won the final on Sunday." + FILLER + " Fans recalled how the club won in 1985."
        + FILLER + " The visitors lost."
    )  # fmt: skip
    key = "PERSON:ana ruiz"
    person = Entity(key=key, name="Ana Ruiz", type="PERSON")
    mention = Mention(0, 8, "Ana Ruiz", key, "PERSON")

    def event(word: str, after: int, when: Interval | None = None) -> Event:
        start = said.index(word, after)
        return Event(start, start + len(word), word, word, actors=(key,), subtype=word, time=when)

    then = Interval(date(1985, 1, 1), date(1985, 12, 31), "year", "1985")
    return Analysis(
        article=Article(text=said, published=date(2016, 11, 3)),
        entities=(person,),
        mentions=(mention,),
        events=(event("won", 0), event("won", 40, then), event("lost", 0)),
    )


def test_entity_events_are_near_the_entity_and_of_the_articles_time() -> None:
    store = SqlStore("sqlite://")
    store.add(_analysis())
    found = store.events(Filters(about="Ana Ruiz"), 0, 10)
    assert [(e.subtype, e.time_value) for e in found.items] == [("won", None)]
    assert found.total == 1
    assert store.events(Filters(), 0, 10).total == 3  # the others are still events
    store.close()
