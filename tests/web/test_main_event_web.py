"""The main event through the API article resource and on the article page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from fastapi.testclient import TestClient

from newsclaims.model import Analysis, EventPart, Interval, MainEvent
from newsclaims.web import create_app

TEXT = "Mayor Ana Ruiz opened the library in Dunmore on Friday, she said."


def _analysis(make_analysis: Callable[..., Analysis]) -> Analysis:
    analysis = make_analysis(TEXT)
    opened = TEXT.index("opened the library")
    friday = TEXT.index("Friday")
    main = MainEvent(
        who=EventPart(6, 14, "Ana Ruiz", "PERSON:ana ruiz"),
        what=EventPart(opened, opened + 18, "opened the library"),
        when=EventPart(friday, friday + 6, "Friday"),
        when_interval=Interval(date(2026, 1, 2), date(2026, 1, 2), "day", "2026-01-02"),
    )
    return replace(analysis, main_event=main)


def test_main_event_in_the_api_article_and_on_its_page(
    tmp_path: Path, make_analysis: Callable[..., Analysis]
) -> None:
    app = create_app(f"sqlite:///{tmp_path / 'web.db'}", token="s3cret")
    analysis = _analysis(make_analysis)
    app.state.store.add(analysis)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        body = client.get(f"/api/articles/{analysis.article.id}").json()["data"]
        main = body["main_event"]
        assert main["who"]["entity"] == "Ana Ruiz"
        assert TEXT[main["what"]["start"] : main["what"]["end"]] == "opened the library"
        assert main["when"]["time_value"] == "2026-01-02" and main["where"] is None
        page = client.get(f"/articles/{analysis.article.id}").text
    assert "Main event" in page
    assert "opened the library" in page and "2026-01-02 (day)" in page


def test_main_event_headline_words_are_marked_on_the_page(
    tmp_path: Path, make_analysis: Callable[..., Analysis]
) -> None:
    app = create_app(f"sqlite:///{tmp_path / 'web.db'}", token="s3cret")
    analysis = _analysis(make_analysis)
    analysis = replace(
        analysis,
        main_event=replace(
            analysis.main_event, what=EventPart(5, 18, "opens library", in_title=True)
        ),
    )
    app.state.store.add(analysis)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        body = client.get(f"/api/articles/{analysis.article.id}").json()["data"]
        assert body["main_event"]["what"]["in_title"] is True
        page = client.get(f"/articles/{analysis.article.id}").text
    assert "opens library" in page and "(the headline's words)" in page
    assert "characters 5–18 of the headline" in page
