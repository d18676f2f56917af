"""A small store for the workbench tests: two stories (a bus crash, a flood), three outlets.

The articles are written for these tests (tests/web/fixtures/workbench.json). Each article is
placed in its fixture story by a story key, through the store's own assigner interface, so the
tests do not depend on how story grouping decides."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

from newsclaims import derive
from newsclaims.extract.pipeline import analyze_articles
from newsclaims.model import Article
from newsclaims.reconcile.records import StoryChoice
from newsclaims.store import SqlStore
from newsclaims.store.sql import StoryLookup

FIXTURE = Path(__file__).parent / "fixtures" / "workbench.json"

#: A readable label of each fixture story.
LABELS = {"crash": "Whitehall bus crash", "flood": "Valencia floods"}


def _assigner(key: str, published: datetime) -> object:
    def assign(lookup: StoryLookup) -> StoryChoice:
        found = lookup.candidates([f"fixture:{key}"], limit=1)
        story_id = found[0].id if found else None
        return StoryChoice(story_id, LABELS[key], {}, {f"fixture:{key}": 1.0}, published)

    return assign


def fill(store: SqlStore) -> dict[str, str]:
    """Analyse and store the fixture articles; their ids by title."""
    items = json.loads(FIXTURE.read_text(encoding="utf-8"))
    found = [
        Article(
            text=item["text"],
            outlet=item["outlet"],
            title=item["title"],
            published_at=datetime.fromisoformat(item["published"]),
            origin=f"fixture:{n}",
        )
        for n, item in enumerate(items)
    ]
    ids = {}
    for item, analysis in zip(items, analyze_articles(found), strict=True):
        assign = _assigner(item["story"], analysis.article.published_at or datetime.min)
        written = store.add(analysis, assign)  # type: ignore[arg-type]
        ids[item["title"]] = written.article_id
    derive.after_write(store)
    return ids
