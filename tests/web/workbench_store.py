"""A small store for the workbench tests: two stories (a bus crash, a flood), three outlets.

The articles and what is found in them are written by hand (tests/web/fixtures/workbench.json):
who said what, with which cue and stance, the figures, the times and the entities, each
located in the text by its words. So the tests check the workbench, not the extraction, and
need no language model. Each article is placed in its fixture story by a story key, through
the store's own assigner interface; disagreements and propositions are derived by the real
reconciliation (``derive.after_write``)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from newsclaims import derive
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
    TimeExpr,
)
from newsclaims.reconcile.records import StoryChoice
from newsclaims.store import SqlStore
from newsclaims.store.sql import StoryLookup

FIXTURE = Path(__file__).parent / "fixtures" / "workbench.json"

#: A readable label of each fixture story.
LABELS = {"crash": "Whitehall bus crash", "flood": "Valencia floods"}


def _assigner(key: str, published: datetime) -> Callable[[StoryLookup], StoryChoice]:
    def assign(lookup: StoryLookup) -> StoryChoice:
        found = lookup.candidates([f"fixture:{key}"], limit=1)
        story_id = found[0].id if found else None
        return StoryChoice(story_id, LABELS[key], {}, {f"fixture:{key}": 1.0}, published)

    return assign


def _nearest(text: str, words: str, start: int, end: int) -> Span:
    """The occurrence of ``words`` closest to ``text[start:end]`` (outside it)."""
    found = [
        m.start()
        for m in re.finditer(re.escape(words), text)
        if m.end() <= start or m.start() >= end
    ]
    if not found:
        raise ValueError(f"{words!r} is not beside {text[start:end]!r}")
    at = min(found, key=lambda s: start - (s + len(words)) if s < start else s - end)
    return Span(at, at + len(words), words)


def _mentions(text: str, entities: list[dict[str, Any]]) -> list[Mention]:
    """Every occurrence of every entity's names, the longer names first, none overlapping."""
    names = sorted(
        ((name, e) for e in entities for name in e["names"]), key=lambda item: -len(item[0])
    )
    taken: list[tuple[int, int]] = []
    found = []
    for name, e in names:
        for m in re.finditer(r"\b" + re.escape(name) + r"\b", text):
            if any(m.start() < b and a < m.end() for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append(Mention(m.start(), m.end(), name, e["key"], e["type"]))
    return sorted(found, key=lambda mention: mention.start)


def _claim(text: str, c: dict[str, Any]) -> Claim:
    start = text.index(c["content"])
    end = start + len(c["content"])
    time = None
    if "time" in c:
        begin, last, precision, value = c["time"]
        time = Interval(date.fromisoformat(begin), date.fromisoformat(last), precision, value)
    return Claim(
        start=start,
        end=end,
        text=c["content"],
        stance=Stance(c["stance"]),
        kind=ClaimKind(c["kind"]),
        source=_nearest(text, c["source"], start, end) if c["source"] else None,
        source_entity=c["entity"],
        cue=_nearest(text, c["cue"], start, end) if c["cue"] else None,
        time=time,
    )


def _figure(text: str, f: dict[str, Any]) -> Quantity:
    start = text.index(f["text"])
    end = start + len(f["text"])
    return Quantity(
        start=start,
        end=end,
        text=f["text"],
        value=float(f["value"]),
        bound=f["bound"],
        about=f["about"],
        measure=f["measure"],
        source=_nearest(text, f["source"], start, end),
        source_entity=f["entity"],
    )


def _time(text: str, t: dict[str, Any]) -> TimeExpr:
    start = text.index(t["text"])
    return TimeExpr(start, start + len(t["text"]), t["text"], t["type"], t["value"])


def analysis_of(item: dict[str, Any], n: int) -> Analysis:
    """One fixture article with what the fixture says is found in it."""
    text = item["text"]
    article = Article(
        text=text,
        outlet=item["outlet"],
        title=item["title"],
        published_at=datetime.fromisoformat(item["published"]),
        origin=f"fixture:{n}",
    )
    return Analysis(
        article=article,
        entities=tuple(
            Entity(key=e["key"], name=e["name"], type=e["type"]) for e in item["entities"]
        ),
        mentions=tuple(_mentions(text, item["entities"])),
        claims=tuple(_claim(text, c) for c in item["claims"]),
        quantities=tuple(_figure(text, f) for f in item["figures"]),
        times=tuple(_time(text, t) for t in item["times"]),
    )


def fill(store: SqlStore) -> dict[str, str]:
    """Store the fixture articles and derive what their stories hold; their ids by title."""
    ids = {}
    for n, item in enumerate(json.loads(FIXTURE.read_text(encoding="utf-8"))):
        analysis = analysis_of(item, n)
        stamp = analysis.article.published_at or datetime.min
        ids[item["title"]] = store.add(analysis, _assigner(item["story"], stamp)).article_id
    derive.after_write(store)
    return ids
