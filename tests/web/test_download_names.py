"""A download is named by what it holds, its filters in words and the day it was made, on
every export route (the web's /export and the API's format=csv)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsclaims import derive
from newsclaims.api.downloads import disposition, download_name, slug
from newsclaims.model import Analysis, Article, Claim, ClaimKind, Entity, Mention, Span, Stance
from newsclaims.reconcile.records import StoryChoice
from newsclaims.store import SqlStore
from newsclaims.store.items import Filters
from newsclaims.store.sql import StoryLookup
from newsclaims.web import create_app

SAID = "Ana Ruiz said the bridge would open."
DAY = r"\d{4}-\d\d-\d\d"


def _story(lookup: StoryLookup) -> StoryChoice:
    return StoryChoice(None, "Valmora bridge opens", {}, {"bridge": 1.0})


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    app = create_app(f"sqlite:///{tmp_path / 'names.db'}")
    key = "PERSON:ana ruiz"
    claim = Claim(
        start=13, end=len(SAID) - 1, text=SAID[13:-1], stance=Stance.REPORTED,
        kind=ClaimKind.INDIRECT, source=Span(0, 8, "Ana Ruiz"), source_entity=key,
    )  # fmt: skip
    app.state.store.add(
        Analysis(
            article=Article(text=SAID, published=date(2026, 3, 2), outlet="Daily Courier"),
            entities=(Entity(key=key, name="Ana Ruiz", type="PERSON"),),
            mentions=(Mention(0, 8, "Ana Ruiz", key, "PERSON"),),
            claims=(claim,),
        ),
        _story,
    )
    derive.after_write(app.state.store)
    with TestClient(app, base_url="http://127.0.0.1") as test_client:
        yield test_client


@pytest.mark.parametrize(
    ("text", "made"),
    [("Valmora bridge opens", "valmora-bridge-opens"), ("Zoë's café, 2026!", "zoe-s-cafe-2026"),
     ("a" * 30 + " " + "b" * 30, "a" * 30)],
)  # fmt: skip
def test_download_names_slug(text: str, made: str) -> None:
    assert slug(text) == made


def test_download_names_say_the_filters_in_words() -> None:
    store = SqlStore("sqlite://")
    f = Filters(outlet="Daily Courier", source="Ana Ruiz", since=date(2026, 3, 1))
    name = download_name(store, "figures", f, "json", today=date(2026, 12, 1))
    assert name == "figures-daily-courier-by-ana-ruiz-from-2026-03-01-2026-12-01.json"
    assert download_name(store, "claims", Filters(), "csv", today=date(2026, 12, 1)) == (
        "claims-2026-12-01.csv"
    )
    assert disposition("claims-2026-12-01.csv").startswith(
        'attachment; filename="claims-2026-12-01.csv"'
    )
    store.close()


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("/export/claims.csv?story=1", rf"claims-valmora-bridge-opens-{DAY}\.csv"),
        ("/export/claims.json?story=1", rf"claims-valmora-bridge-opens-{DAY}\.json"),
        ("/export/figures.csv?outlet=Daily+Courier", rf"figures-daily-courier-{DAY}\.csv"),
        ("/api/claims?story=1&format=csv", rf"claims-valmora-bridge-opens-{DAY}\.csv"),
        ("/api/sources?format=csv", rf"sources-{DAY}\.csv"),
    ],
)
def test_download_names_on_every_export_route(client: TestClient, path: str, name: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    found = re.match(r'attachment; filename="([^"]+)"', response.headers["content-disposition"])
    assert found, response.headers["content-disposition"]
    assert re.fullmatch(name, found.group(1))
