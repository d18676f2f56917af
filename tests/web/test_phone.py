"""The workbench at phone width with text that has no place to break (a run of hashtags or a
long URL in a quote): the page wraps it instead of scrolling sideways."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from browser import launched, served

from newsclaims.model import Analysis
from newsclaims.reconcile.records import StoryChoice
from newsclaims.store.sql import StoryLookup
from newsclaims.web import create_app

pytestmark = [pytest.mark.browser]

LONG = "#LibraryOpening#DunmoreReads" * 8 + "twitter-com-status-" + "0123456789" * 6


def _story(lookup: StoryLookup) -> StoryChoice:
    found = lookup.candidates(["library"], limit=1)
    return StoryChoice(found[0].id if found else None, "library", {}, {"library": 1.0})


def test_phone_long_unbroken_words_do_not_scroll_sideways(
    tmp_path: Path, make_analysis: Callable[..., Analysis]
) -> None:
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    app = create_app(f"sqlite:///{tmp_path / 'phone.db'}")
    text = f"Mayor Ana Ruiz said the library {LONG} in Dunmore would open in June."
    stored = app.state.store.add(make_analysis(text, published=date(2026, 6, 1)), _story)
    story = app.state.store.stories().items[0].id
    paths = [
        f"/articles/{stored.article_id}",
        f"/claims?story={story}",
        f"/stories/{story}",
        f"/timeline?story={story}",
        "/entities/PERSON%3Aana%20ruiz",
    ]
    with served(app) as base, sync_playwright() as p, launched(p) as browser:
        context = browser.new_context(viewport={"width": 390, "height": 800})
        page = context.new_page()
        wide = {}
        for path in paths:
            page.goto(base + path)
            assert page.locator("main").count() == 1
            scroll = page.evaluate("document.documentElement.scrollWidth")
            if scroll > 390:
                wide[path] = scroll
        context.close()
    assert wide == {}
