"""The stories page: every story with its articles, grouped at ingest."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from fastapi.testclient import TestClient

from newsclaims.derive import assign_for
from newsclaims.model import Analysis, Article, Entity, Mention
from newsclaims.web import create_app

FIRE = "A fire at the Port Vell fuel depot killed three workers, the harbour authority said."
LATER = "The toll of the Port Vell depot fire rose to seven, the harbour authority said."
OTHER = "Toblerone widened the gaps between the triangles of its chocolate bars."


def _article(text: str, title: str, name: str, kind: str) -> Analysis:
    at = text.index(name)
    key = f"{kind}:{name.lower()}"
    return Analysis(
        article=Article(text=text, title=title, outlet="Coast Herald", published=date(2026, 6, 1)),
        entities=(Entity(key=key, name=name, type=kind),),
        mentions=(Mention(at, at + len(name), name, key, kind),),
    )


def test_web_stories_page_lists_each_story_with_its_articles(tmp_path: Path) -> None:
    app = create_app(f"sqlite:///{tmp_path / 'web.db'}")
    store = app.state.store
    for analysis in (
        _article(FIRE, "Depot fire <b>kills</b> three", "Port Vell", "GPE"),
        _article(LATER, "Port Vell toll rises to seven", "Port Vell", "GPE"),
        _article(OTHER, "Toblerone changes shape", "Toblerone", "ORG"),
    ):
        store.add(analysis, assign_for(analysis))
    with TestClient(app, base_url="http://127.0.0.1:8000") as client:
        page = client.get("/stories")
    assert page.status_code == 200
    sections = page.text.split('<section class="story"')[1:]
    assert len(sections) == 2
    fire = next(s for s in sections if "Port Vell toll" in s)
    assert "Depot fire &lt;b&gt;kills&lt;/b&gt; three" in fire, "titles are escaped"
    assert "2 articles from Coast Herald" in " ".join(fire.split())
    assert "Toblerone" not in fire
