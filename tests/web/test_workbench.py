"""The analyst's six everyday tasks (issue 18), done in Chromium by clicks and typing alone on
a hand-written store of two stories from three outlets (no language model: what each article
holds is written in the fixture); then an accessibility scan of every page type, and
screenshots of every page at 1400 and 390 pixels (docs/screenshots/, shown in the README).

Each task starts from the home page and never types a URL."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest
from browser import launched, served
from workbench_store import FIXTURE, fill

from newsclaims.web import create_app

pytestmark = [pytest.mark.browser]

ROOT = Path(__file__).parent.parent.parent
SCREENSHOTS = ROOT / "docs" / "screenshots"

Server = tuple[str, dict[str, str]]


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    db = tmp_path_factory.mktemp("workbench") / "web.db"
    app = create_app(f"sqlite:///{db}")
    ids = fill(app.state.store)
    with served(app) as base:
        yield base, ids


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright  # noqa: PLC0415

    with sync_playwright() as p, launched(p) as browser:
        yield browser


@pytest.fixture
def page(browser: Any, server: Server) -> Iterator[Any]:
    context = browser.new_context(viewport={"width": 1400, "height": 900}, accept_downloads=True)
    opened = context.new_page()
    opened.goto(server[0] + "/")
    yield opened
    context.close()


def _follow(page: Any, target: Any, key: str | None = None) -> None:
    """Click ``target`` (a link, a form's button), or press ``key`` in it, and wait for the
    page it leads to: a locator's count() or inner_text() does not wait for a navigation,
    and on a loaded machine it could read the page being left (every click that navigates
    goes through here: ``test_workbench_waits.py``)."""
    with page.expect_navigation():
        if key is None:
            target.click()
        else:
            target.press(key)


def _nav(page: Any, name: str) -> None:
    _follow(page, page.locator("header nav").get_by_role("link", name=name, exact=True))


def _filter(page: Any, label: str, value: str) -> None:
    page.locator("form.filters").get_by_label(label).fill(value)


def _show(page: Any) -> None:
    _follow(page, page.locator("form.filters").get_by_role("button", name="Show"))


def _anchor() -> str:
    """An evidence anchor into the second crash article: the company's denial."""
    items = json.loads(FIXTURE.read_text(encoding="utf-8"))
    text = next(i["text"] for i in items if i["title"].startswith("Whitehall crash"))
    words = "that the driver, Mark Ellis, had been speeding"
    start = text.index(words)
    return f"#chars-{start}-{start + len(words)}"


def _pages(page: Any, server: Server) -> dict[str, str]:
    """One path of every page type."""
    ids = server[1]
    return {
        "articles": "/",
        "article": f"/articles/{ids['Whitehall crash: death toll rises to five']}{_anchor()}",
        "claims": "/claims?story=1",
        "entities": "/entities",
        "entity": "/entities/London%20Ambulance%20Service",
        "sources": "/sources",
        "figures": "/figures?story=1&measure=killed",
        "disagreements": "/disagreements",
        "propositions": "/propositions",
        "timeline": "/timeline",
        "stories": "/stories",
        "story": "/stories/1",
        "corrections": "/corrections",
        "search": "/search?q=Valencia",
        "not-found": "/no/such/page",
        "docs": "/docs",
    }


def test_workbench_accessibility_scan_finds_nothing_serious(page: Any, server: Server) -> None:
    from axe_playwright_python.sync_playwright import Axe  # noqa: PLC0415

    axe = Axe()
    found = {}
    for name, path in _pages(page, server).items():
        if name == "docs":
            continue  # the Swagger UI's own markup is not ours to fix (see README)
        page.goto(server[0] + path)
        results = axe.run(page)
        serious = [
            f"{v['id']} ({v['impact']}): {len(v['nodes'])} x {v['nodes'][0]['target']}"
            for v in results.response["violations"]
            if v["impact"] in ("serious", "critical")
        ]
        if serious:
            found[name] = serious
    assert found == {}


@pytest.mark.parametrize("width", [1400, 390])
def test_workbench_screenshots_and_no_sideways_scrolling(
    browser: Any, server: Server, width: int
) -> None:
    context = browser.new_context(viewport={"width": width, "height": 900})
    shot = context.new_page()
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    wide = {}
    for name, path in _pages(shot, server).items():
        shot.goto(server[0] + path)
        if name == "docs":
            shot.wait_for_selector(".swagger-ui .info .title")
            assert "newsclaims" in shot.locator(".swagger-ui .info .title").inner_text()
        shot.screenshot(path=str(SCREENSHOTS / f"{name}-{width}.png"))
        scroll = shot.evaluate("document.documentElement.scrollWidth")
        if scroll > width:
            wide[name] = scroll
    context.close()
    assert wide == {}


def test_workbench_task1_what_an_organisation_said_across_articles(page: Any) -> None:
    _nav(page, "Entities")
    _filter(page, "Words", "ambulance")
    _show(page)
    assert "?text=ambulance" in page.url  # the filter is kept in the URL
    _follow(page, page.get_by_role("link", name="London Ambulance Service", exact=True))
    said = page.locator("#said + p + ul li")
    heading = page.locator("#said").inner_text()
    assert heading == "What London Ambulance Service said (4)"
    texts = " | ".join(said.all_inner_texts())
    # three articles, and the spokeswoman's claim counts as the service's
    for words in (
        "it had treated 14 patients at the scene",
        "two of them were in a critical condition",
        "it had taken 11 patients to hospital",
        "its crews had worked through the night",
    ):
        assert words in texts
    for outlet in ("Daily Courier", "Metro Wire", "Evening Post"):
        assert outlet in texts
    assert "A spokeswoman for the London Ambulance Service" in texts  # the raw mention, small


def test_workbench_sources_of_one_kind_by_the_filter_form(page: Any) -> None:
    """The sources page's Kind field keeps named or described sources; the choice is kept in
    the URL and in the form, and the page says how many rows it keeps."""
    _nav(page, "Sources")
    form = page.locator("form.filters")
    form.get_by_label("Story").select_option(index=1)
    _show(page)
    every = page.locator("table tbody tr")
    both = every.count()
    form.get_by_label("Kind").select_option(label="described, not named")
    _show(page)
    assert "kind=described" in page.url and "story=" in page.url
    # the empty fields are left out of the link (app.js), so it can be shared as it reads
    assert all(value for _, value in parse_qsl(urlsplit(page.url).query, keep_blank_values=True))
    assert form.get_by_label("Kind").input_value() == "described"
    described = every.all_inner_texts()
    assert described and all("(described, not named)" in row for row in described)
    form.get_by_label("Kind").select_option(label="named only")
    _show(page)
    assert "kind=named" in page.url
    named = every.all_inner_texts()
    assert named and not any("(described, not named)" in row for row in named)
    assert len(named) + len(described) == both
    assert page.locator(".count").inner_text().endswith(f"of {len(named)} sources")


def test_workbench_task2_how_the_death_toll_evolved_and_who_said_it(page: Any) -> None:
    _nav(page, "Figures")
    page.locator("form.filters").get_by_label("Story").select_option(label="Whitehall bus crash")
    _filter(page, "Measure", "killed")
    _show(page)
    charts = page.locator("figure.chart")
    assert charts.count() == 1
    chart = charts.first
    assert "Whitehall bus crash" in chart.locator("figcaption").inner_text()
    series = chart.locator("g.series").evaluate_all("els => els.map(e => e.dataset.source)")
    assert sorted(series) == [
        "Metropolitan Police (Evening Post)",
        "Metropolitan Police (Metro Wire)",
        "police (Daily Courier)",
    ]
    # a time axis with dates and times (the reports are hours apart), a labelled value axis
    ticks = chart.locator("text.tick").all_text_contents()
    assert any(re.fullmatch(r"3 Jun \d\d:\d\d", t) for t in ticks), ticks
    assert "killed" in " ".join(chart.locator("text.axis-label").all_text_contents())
    # every point inside the axes (one point per report, so the check below is not vacuous)
    assert chart.locator(".point").count() == 3
    inside = chart.locator("svg").first.evaluate(
        """svg => {
            const box = svg.viewBox.baseVal;
            return [...svg.querySelectorAll('.point')].every((p) => {
                const b = p.getBBox();
                return b.x >= 0 && b.y >= 0 && b.x + b.width <= box.width
                    && b.y + b.height <= box.height;
            });
        }"""
    )
    assert inside
    rows = page.locator("table tbody tr").all_inner_texts()
    assert len(rows) == 3
    assert "Wed 3 Jun 2026, 08:15" in rows[0] and "Three" in rows[0] and "police" in rows[0]
    assert "Wed 3 Jun 2026, 16:40" in rows[1] and "Five" in rows[1]
    assert "Thu 4 Jun 2026, 09:00" in rows[2] and "six" in rows[2]


def test_workbench_task3_where_sources_disagree_with_evidence(page: Any) -> None:
    _nav(page, "Stories")
    _follow(page, page.get_by_role("link", name="Whitehall bus crash"))
    cards = page.locator("section.disagreement")
    assert cards.count() >= 1
    denial = cards.filter(has_text="denied and confirmed").first
    text = denial.inner_text()
    assert "bus company" in text and "Metro Wire" in text
    assert "police" in text and "Evening Post" in text
    assert "Thu 4 Jun 2026, 09:00" in text
    side = denial.locator("blockquote.side").filter(has_text="Evening Post").first
    said = side.locator("mark").inner_text()  # the side's words, within their sentence
    assert side.locator("p.said").inner_text().startswith("Police confirmed that Mark Ellis")
    _follow(page, side.get_by_role("link", name="evidence in the article"))
    page.wait_for_selector("#text .evidence-mark")
    marked = "".join(page.locator("#text .evidence-mark").all_inner_texts())
    assert marked == said
    assert page.locator("#text .evidence-mark").first.is_visible()
    current = page.locator(".claims li.current")
    assert current.count() == 1
    assert current.locator("button.claim").get_attribute("aria-pressed") == "true"
    assert current.is_visible()
    assert said in current.inner_text()


def test_workbench_task4_every_article_naming_the_driver(page: Any) -> None:
    page.get_by_label("Search names, claims and stories").fill("Mark Ellis")
    _follow(page, page.get_by_label("Search names, claims and stories"), "Enter")
    _follow(page, page.get_by_role("link", name="Mark Ellis", exact=True).first)
    assert page.locator("#articles").inner_text() == "Articles that mention Mark Ellis (3)"
    titles = page.locator("#articles ~ ul").first.locator("li").all_inner_texts()
    assert len(titles) == 3
    assert {t.split(" Daily")[0].split(" Metro")[0].split(" Evening")[0] for t in titles} == {
        "Bus crash on Whitehall: three dead",
        "Whitehall crash: death toll rises to five",
        "Driver of Whitehall bus questioned",
    }
    about = page.locator("#about").inner_text()
    assert re.fullmatch(r"What is said about Mark Ellis \(\d+\)", about)
    said_about = " | ".join(page.locator("#about ~ ul").first.locator("li").all_inner_texts())
    assert "had been speeding" in said_about  # what police confirm and the company denies


def test_workbench_task5_export_a_story_for_a_spreadsheet(page: Any) -> None:
    _nav(page, "Stories")
    _follow(page, page.get_by_role("link", name="Whitehall bus crash"))
    _follow(page, page.get_by_role("link", name="All claims of this story"))
    count = page.locator("p.count").inner_text()
    found = re.search(r"of (\d+) claims", count)
    assert found, count
    with page.expect_download() as download:
        page.locator(".downloads").get_by_role("link", name="CSV").click()
    rows = list(csv.DictReader(io.StringIO(Path(download.value.path()).read_text("utf-8"))))
    assert len(rows) == int(found.group(1))
    assert {r["story"] for r in rows} == {"1"}
    assert {r["outlet"] for r in rows} == {"Daily Courier", "Metro Wire", "Evening Post"}
    assert all(r["article_id"] and r["start"] and r["end"] for r in rows)
    with page.expect_download() as download:
        page.locator(".downloads").get_by_role("link", name="JSON").click()
    data = json.loads(Path(download.value.path()).read_text("utf-8"))
    assert len(data) == len(rows)
    assert {r["content"] for r in data} == {r["content"] for r in rows}


def test_workbench_task6_merge_two_entities_that_are_one(page: Any) -> None:
    _nav(page, "Entities")
    _filter(page, "Words", "police")
    _show(page)
    _follow(page, page.get_by_role("link", name="Metropolitan Police", exact=True))
    merge = page.locator("form[action='/corrections/merge']")
    # merging an entity into itself is an error, in words
    merge.get_by_label("The other entity’s name").fill("Metropolitan Police")
    _follow(page, merge.get_by_role("button", name="Merge"))
    assert "That change would do nothing" in page.locator("h1").inner_text()
    assert "already one entity" in page.locator("main").inner_text()
    page.go_back()
    merge = page.locator("form[action='/corrections/merge']")
    merge.get_by_label("The other entity’s name").fill("police")
    _follow(page, merge.get_by_role("button", name="Merge"))
    assert page.locator("h1").inner_text() == "Metropolitan Police"
    assert "also named: police" in page.locator("p.meta").first.inner_text()
    said = page.locator("#said").inner_text()
    assert said == "What Metropolitan Police said (4)"  # its 2 claims and the 2 by "police"
    _nav(page, "Corrections")
    first = page.locator("table tbody tr").first.inner_text()
    assert "merge" in first and "analyst" in first


def test_workbench_mark_wrong_leaves_counts_and_undo_brings_it_back(
    page: Any, server: Server
) -> None:
    _nav(page, "Articles")
    _follow(page, page.get_by_role("link", name="Valencia flood toll climbs"))
    item = page.locator(".claims li").filter(has_text="500 volunteers").first
    item.locator("summary").click()
    _follow(page, item.get_by_role("button", name="Mark this claim wrong"))
    assert (
        "marked wrong" in page.locator(".claims li").filter(has_text="500 volunteers").inner_text()
    )
    _nav(page, "Claims")
    _filter(page, "Words", "volunteers")
    _show(page)
    assert page.locator("p.count").inner_text() == "No claims match these filters"
    _nav(page, "Corrections")
    row = page.locator("table tbody tr").filter(has_text="mark wrong").first
    _follow(page, row.get_by_role("button", name="Undo this mark"))
    assert (
        "undone" in page.locator("table tbody tr").filter(has_text="mark wrong").first.inner_text()
    )
    _nav(page, "Claims")
    _filter(page, "Words", "volunteers")
    _show(page)
    assert page.locator("p.count").inner_text() == "Showing 1–1 of 1 claims"


@pytest.mark.parametrize(("width", "told"), [(390, True), (1400, False)])
def test_workbench_a_chart_wider_than_the_screen_says_it_scrolls(
    browser: Any, server: Server, width: int, told: bool
) -> None:
    """On a phone a chart keeps legible labels and scrolls inside its frame: the later dates
    start out of view, so the chart says so; where it fits, it says nothing."""
    context = browser.new_context(viewport={"width": width, "height": 900})
    shot = context.new_page()
    shot.goto(server[0] + "/figures?story=1&measure=killed")
    chart = shot.locator("figure.chart").first
    overflows = chart.evaluate("f => f.scrollWidth > f.clientWidth")
    assert overflows is told
    assert chart.locator(".chart-scroll").is_visible() is told
    context.close()
