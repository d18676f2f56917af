"""The workbench in a real browser: Playwright driving Debian's Chromium.

The screenshots of every page are taken by test_workbench.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from browser import launched, served

from newsclaims import analyze
from newsclaims.derive import after_write, assign_for
from newsclaims.web import create_app

pytestmark = [pytest.mark.browser, pytest.mark.model]

ROOT = Path(__file__).parent.parent.parent
SEED = ROOT / "examples" / "seed-article" / "article.txt"
HOSTILE = (
    "Officials said the <script>window.pwned = true</script> bridge in Dunmore was safe. "
    '<img src=x onerror="window.pwned = true"> The mayor said repairs would take weeks.'
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, str]]]:
    db = tmp_path_factory.mktemp("browser") / "web.db"
    app = create_app(f"sqlite:///{db}")
    store = app.state.store
    seed = analyze(SEED.read_text(encoding="utf-8"), published="2025-08-30", title="Seed article")
    hostile = analyze(HOSTILE, published="2026-03-01", title="Hostile article")
    ids = {
        name: store.add(analysis, assign_for(analysis)).article_id
        for name, analysis in (("seed", seed), ("hostile", hostile))
    }
    # Derive now, as ingest does, rather than leave it to the server's background refresher:
    # a page read before its first round would show no disagreements.
    after_write(store)
    with served(app) as base:
        yield base, ids


@pytest.fixture(scope="module")
def page(server: tuple[str, dict[str, str]]) -> Iterator[object]:
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    with sync_playwright() as p, launched(p) as browser:
        context = browser.new_context(viewport={"width": 1300, "height": 900})
        yield context.new_page()


def test_browser_article_view_click_claim_highlights_evidence(
    page: object, server: tuple[str, dict[str, str]]
) -> None:
    base, ids = server
    page.goto(f"{base}/articles/{ids['seed']}")  # type: ignore[attr-defined]
    claim = page.locator(".claim", has_text="estimated")  # type: ignore[attr-defined]
    claim.first.click()
    number = claim.first.get_attribute("data-claim")
    active = page.locator(f'#text [data-claims~="{number}"].active')  # type: ignore[attr-defined]
    active.first.wait_for()
    assert active.count() >= 1
    assert "600" in " ".join(active.all_inner_texts())
    assert active.first.is_visible()


def test_browser_figures_of_different_measures_are_listed_not_charted_together(
    page: object, server: tuple[str, dict[str, str]]
) -> None:
    """600 killed and over 6,000 casualties count different things: each is listed with its
    source, and no chart draws them on one axis (a chart follows one count over time)."""
    base, _ = server
    page.goto(f"{base}/figures?about=North+Korean+soldiers")  # type: ignore[attr-defined]
    rows = page.locator("table tbody tr").all_inner_texts()  # type: ignore[attr-defined]
    killed = [r for r in rows if "\tkilled\t" in r]
    casualties = [r for r in rows if "\tcasualties\t" in r]
    assert len(killed) == 1 and "South Korea’s intelligence service" in killed[0]
    assert len(casualties) == 1 and "Western intelligence" in casualties[0]
    assert page.locator("figure.chart").count() == 0  # type: ignore[attr-defined]


def test_browser_hostile_article_script_does_not_run(
    page: object, server: tuple[str, dict[str, str]]
) -> None:
    base, ids = server
    page.goto(f"{base}/articles/{ids['hostile']}")  # type: ignore[attr-defined]
    assert page.evaluate("() => window.pwned === undefined")  # type: ignore[attr-defined]
    assert "<script>window.pwned = true</script>" in page.inner_text("#text")  # type: ignore[attr-defined]


def test_browser_other_pages_render(page: object, server: tuple[str, dict[str, str]]) -> None:
    base, _ = server
    for path in ("/disagreements", "/propositions", "/timeline", "/"):
        response = page.goto(f"{base}{path}")  # type: ignore[attr-defined]
        assert response is not None and response.status == 200
    page.goto(f"{base}/disagreements")  # type: ignore[attr-defined]
    assert page.locator(".disagreement.not-comparable").count() == 1  # type: ignore[attr-defined]
