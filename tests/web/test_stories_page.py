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
    with TestClient(app, base_url="http://127.0.0.1") as client:
        page = client.get("/stories")
    assert page.status_code == 200
    body = page.text.split("<tbody>")[1].split("</tbody>")[0]
    rows = [r for r in body.split("</tr>") if "<td>" in r]
    assert len(rows) == 2
    fire = next(r for r in rows if "Port Vell" in r or "Depot fire" in r)
    assert "<b>kills" not in body, "titles are escaped"
    assert "<td>2</td>" in fire, "the fire story holds both fire articles"
    assert "Toblerone" not in fire


def test_web_story_without_disagreements_says_so_and_links_every_story(tmp_path: Path) -> None:
    """A story where no two sources disagree says it in words on its dashboard, and offers the
    disagreements of every story (the wider scope), so "none" reads as an answer."""
    app = create_app(f"sqlite:///{tmp_path / 'web.db'}")
    store = app.state.store
    analysis = _article(OTHER, "Toblerone changes shape", "Toblerone", "ORG")
    store.add(analysis, assign_for(analysis))
    story = store.stories().items[0].id
    with TestClient(app, base_url="http://127.0.0.1") as client:
        page = client.get(f"/stories/{story}")
    assert page.status_code == 200
    section = page.text.split('id="disagreements"')[1].split('id="propositions"')[0]
    assert "Disagreements (0)" in section
    assert "No two sources of this story were found to disagree" in section
    assert '<a href="/disagreements">Disagreements on every story</a>' in section
