"""Shared by the story-write benchmarks (``first_names.py``, ``shared_surnames.py``): made-up
articles that name people, all written into one story, and the window their per-add costs
are averaged over."""

from __future__ import annotations

from datetime import date

from newsclaims.model import Analysis, Article, Entity, Mention
from newsclaims.reconcile.records import StoryChoice
from newsclaims.store.sql import StoryLookup

WINDOW = 20
FILLER = "The council met again on Tuesday to discuss the budget and the new school. "


def one_story(lookup: StoryLookup) -> StoryChoice:
    """Every article in one story."""
    found = lookup.candidates(["*"], limit=1)
    return StoryChoice(found[0].id if found else None, "all", {}, {"*": 1.0})


def people(
    n: int, said: str, names: tuple[str, ...], filler: int, *, own_words: bool = False
) -> Analysis:
    """Article ``n``: ``said`` (naming each of ``names`` once), then ``filler`` characters
    (with ``own_words``, the article's own words among the common ones, so that no article
    is a wire copy of another)."""
    own = " ".join(f"Item{n}x{k} followed." for k in range(40)) + " " if own_words else ""
    pad = ((own + FILLER) * (filler // len(FILLER) + 1))[:filler]
    text = f"{said} {pad} (Article {n}.)"
    found = []
    mentions = []
    for name in names:
        start = said.index(name)
        key = f"PERSON:{name.lower()}"
        found.append(Entity(key=key, name=name, type="PERSON"))
        mentions.append(Mention(start, start + len(name), name, key, "PERSON"))
    return Analysis(
        article=Article(text=text, published=date(2016, 11, 10), origin="bench"),
        entities=tuple(found),
        mentions=tuple(mentions),
    )
