"""The workbench's pages without a browser: readable dates, charts, the filters read from the
query string, counts and paging, downloads, and error pages in words."""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsclaims import derive, settings, views
from newsclaims.model import Analysis, Article, Bound, Entity, Mention, Quantity, Span, Stance
from newsclaims.reconcile.records import StoryChoice
from newsclaims.store import SqlStore
from newsclaims.store.sql import StoryLookup
from newsclaims.web import create_app
from newsclaims.web.pages import STANCE_ICONS, templates
from newsclaims.web.render import (
    anchor,
    figure_chart,
    figure_value,
    highlight,
    stamp_text,
    time_text,
    unquoted,
)

TEXT = "Mayor Ana Ruiz said the library in Dunmore would open in June."


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2016-11-09", "Wed 9 Nov 2016"),
        ("2016-11-09TMO", "Wed 9 Nov 2016, morning"),
        ("2016-11-09TEV", "Wed 9 Nov 2016, evening"),
        ("2016-11-09T14:30", "Wed 9 Nov 2016, 14:30"),
        ("2016-W46", "week of Mon 14 Nov 2016"),
        ("2016-11", "November 2016"),
        ("2016-Q3", "July to September 2016"),
        ("2016-SU", "summer 2016"),
        ("2016", "2016"),
        ("PRESENT_REF", "now"),
        ("194", "the 1940s"),
        ("19", "the 1900s"),
        ("2016-13-45", "2016-13-45"),  # not a day: shown as given, never a wrong day
    ],
)
def test_render_time_text_reads_timex_values_in_words(value: str, expected: str) -> None:
    assert time_text(value) == expected


def test_render_time_text_falls_back_to_the_day_it_was_placed_on() -> None:
    assert time_text("P3D", date(2026, 6, 3)) == "Wed 3 Jun 2026"
    assert time_text(None) == "undated"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime(2026, 6, 3, 8, 15), "Wed 3 Jun 2026, 08:15"),
        (date(2026, 6, 3), "Wed 3 Jun 2026"),
        ("2026-06-03T16:40:00", "Wed 3 Jun 2026, 16:40"),
        (None, "undated"),
    ],
)
def test_render_stamp_text_gives_day_and_time_where_known(value: Any, expected: str) -> None:
    assert stamp_text(value) == expected


def test_render_anchor_names_exact_characters() -> None:
    assert anchor(12, 40) == "#chars-12-40"
    assert anchor(None, 3) == ""


def _figure(
    value: float, when: datetime, source: str, outlet: str, bound: str = "exact"
) -> dict[str, Any]:
    return {
        "article_id": f"a-{source}-{when:%H}",
        "start": 0,
        "end": 5,
        "text": f"{value:g}",
        "value": value,
        "low": None,
        "high": None,
        "bound": bound,
        "about": "people",
        "measure": "killed",
        "unit": None,
        "source": source,
        "outlet": outlet,
        "published": when,
    }


def _inside(chart: Any) -> bool:
    left, right = chart.left, chart.width - chart.right
    top, bottom = chart.top, chart.height - chart.bottom
    return all(
        left <= p["x"] <= right and top <= min(p["y"], p["y_high"]) and p["y_low"] <= bottom
        for s in chart.series
        for p in s.points
    )


def test_render_chart_one_series_per_source_and_outlet_inside_the_axes() -> None:
    rows = [
        _figure(3, datetime(2026, 6, 3, 8, 15), "police", "Daily Courier"),
        _figure(5, datetime(2026, 6, 3, 16, 40), "police", "Metro Wire"),
        _figure(6, datetime(2026, 6, 4, 9, 0), "police", "Metro Wire"),
        _figure(4, datetime(2026, 6, 3, 12, 0), "hospital", "Metro Wire", bound="at_least"),
    ]
    chart = figure_chart(rows, "people killed")
    names = [s.name for s in chart.series]
    assert names == ["hospital (Metro Wire)", "police (Daily Courier)", "police (Metro Wire)"]
    assert [len(s.points) for s in chart.series] == [1, 1, 2]
    assert _inside(chart)
    # the reports are hours apart: the time axis shows times, the first tick its day too
    assert chart.x_ticks[0]["label"].startswith("3 Jun ")
    assert all(":" in t["label"] for t in chart.x_ticks)
    assert chart.value_label == "people killed"
    # "at least 4" is drawn as a range from 4 to the top of the axis
    [open_point] = chart.series[0].points
    assert open_point["ranged"] and open_point["y_high"] == chart.top
    # the later report of one series sits to the right of the earlier
    later = chart.series[2].points
    assert later[0]["x"] < later[1]["x"]
    assert later[0]["href"].endswith("#chars-0-5")


def test_render_chart_spread_over_weeks_shows_dates_and_wide_values_go_log() -> None:
    rows = [
        _figure(2, datetime(2026, 1, 1), "a", "Daily Courier"),
        _figure(40_000, datetime(2026, 2, 20), "b", "Metro Wire"),
    ]
    chart = figure_chart(rows, "t")
    assert chart.log
    assert all(":" not in t["label"] for t in chart.x_ticks)
    assert {t["label"] for t in chart.y_ticks} >= {"1", "10,000"}
    assert _inside(chart)


def test_render_chart_of_one_report_and_of_undated_figures() -> None:
    one = figure_chart([_figure(7, datetime(2026, 6, 3, 9), "a", "X")], "t")
    assert _inside(one) and len(one.series) == 1
    undated = _figure(7, datetime(2026, 6, 3, 9), "a", "X") | {"published": None}
    assert figure_chart([undated], "t").series == []
    assert not math.isnan(one.series[0].points[0]["y"])


@pytest.mark.parametrize(
    ("bound", "low", "high", "unit", "expected"),
    [
        ("range", 10.0, 15.0, "minute", "10–15 minute"),  # both ends, not only the lower
        ("range", 12.0, 199.0, None, "12–199"),
        ("more_than", None, None, "minute", "more than 10 minute"),
        ("approx", None, None, None, "about 10"),
        ("exact", None, None, "gram", "10 gram"),
    ],
)
def test_render_figure_value_shows_both_ends_of_a_range(
    bound: str, low: float | None, high: float | None, unit: str | None, expected: str
) -> None:
    row = {"bound": bound, "value": 10.0, "low": low, "high": high, "unit": unit}
    assert figure_value(row) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [(11.8, "11.8 inch"), (2 + 2 / 3, "2.67 inch"), (1_400_000.0, "1,400,000 inch"),
     (0.25, "0.25 inch"), (1234.5, "1,234.5 inch")],
)  # fmt: skip
def test_render_figure_value_keeps_the_decimals_written(value: float, expected: str) -> None:
    row = {"bound": "exact", "value": value, "low": None, "high": None, "unit": "inch"}
    assert figure_value(row) == expected


def test_render_chart_says_when_an_article_gives_several_values() -> None:
    """Two values from one article (a before and an after) are not a change over time: the
    chart says so; one value per article needs no note."""
    when = datetime(2026, 6, 3, 9)
    before, after = _figure(400, when, "a", "X"), _figure(360, when, "a", "X")
    noted = figure_chart([before, after], "t")
    assert "1 of these articles gives more than one value" in noted.note
    later = _figure(380, datetime(2026, 6, 4, 9), "b", "Y")
    assert figure_chart([before, later], "t").note == ""


def test_render_chart_marks_a_point_whose_time_of_day_is_unknown() -> None:
    """An article that gives its day but no time is drawn hollow at noon, its label says the
    time is unknown, and the chart says so under it and in its key; timed points are filled."""
    timed = _figure(5, datetime(2026, 6, 3, 8, 15), "police", "Daily Courier")
    day_only = _figure(6, date(2026, 6, 4), "police", "Daily Courier")
    chart = figure_chart([timed, day_only], "t")
    [series] = chart.series
    assert [p["day_only"] for p in series.points] == [False, True]
    assert "no time of day" in series.points[1]["label"]
    assert "no time of day" not in series.points[0]["label"]
    assert chart.day_only == 1
    assert figure_chart([timed], "t").day_only == 0
    html = templates.env.from_string('{% import "_macros.html" as m %}{{ m.chart(c) }}')
    shown = html.render(c=chart)
    assert shown.count('data-day-only="1"') == 1
    assert "1 point is from an article that gives its day but no time of day" in shown
    assert "hollow: day only, drawn at noon" in shown
    assert "day-only" not in html.render(c=figure_chart([timed], "t"))
    assert "no time of day" not in html.render(c=figure_chart([timed], "t"))


# -- the pages ------------------------------------------------------------------------------


@pytest.fixture
def client(tmp_path: Path, make_analysis: Callable[..., Analysis]) -> Iterator[TestClient]:
    app = create_app(f"sqlite:///{tmp_path / 'pages.db'}", token="s3cret")
    for n in range(3):
        app.state.store.add(make_analysis(TEXT + f" Copy {n}.", outlet="Daily Courier"))
    app.state.store.add(make_analysis(TEXT + " Elsewhere.", outlet="Metro Wire"))
    with TestClient(app) as test_client:
        yield test_client


def test_pages_list_counts_and_keeps_filters_in_paging_links(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "WEB_PAGE_SIZE", 2)
    first = client.get("/claims?outlet=Daily+Courier")
    assert first.status_code == 200
    assert "Showing 1–2 of 3 claims" in first.text
    assert 'href="/claims?outlet=Daily+Courier&amp;page=2"' in first.text
    assert 'href="/export/claims.csv?outlet=Daily+Courier"' in first.text
    second = client.get("/claims?outlet=Daily+Courier&page=2")
    assert "Showing 3–3 of 3 claims" in second.text
    assert "Next page" not in second.text
    assert 'href="/claims?outlet=Daily+Courier&amp;page=1"' in second.text


def test_pages_export_every_row_under_the_filters(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "WEB_PAGE_SIZE", 1)  # a download is not one page
    response = client.get("/export/claims.csv?outlet=Daily+Courier")
    assert response.status_code == 200
    named = response.headers["content-disposition"]
    assert re.fullmatch(
        r'attachment; filename="claims-daily-courier-\d{4}-\d\d-\d\d\.csv"; .*', named
    )
    header = next(csv.reader(io.StringIO(response.text)))
    assert len(header) == len(set(header)), "each column once (article_id was written twice)"
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 3
    assert {r["outlet"] for r in rows} == {"Daily Courier"}
    assert all(r["source"] == "Ana Ruiz" and r["article_id"] for r in rows)
    every = client.get("/export/claims.json").json()
    assert len(every) == 4
    assert client.get("/export/nothing.csv").status_code == 422


@pytest.mark.parametrize(
    "query",
    ["stance=bogus", "from=yesterday", "to=2026-02-30", "story=abc", "story=0", "page=0"],
)
def test_pages_invalid_values_get_422_in_words(client: TestClient, query: str) -> None:
    response = client.get(f"/claims?{query}")
    assert response.status_code == 422
    assert response.headers["content-type"].startswith("text/html")
    assert "That request has a value we cannot use" in response.text
    assert "is not a valid" in response.text


def test_pages_unknown_path_is_a_page_in_words_and_the_api_keeps_its_envelope(
    client: TestClient,
) -> None:
    page = client.get("/no/such/page")
    assert page.status_code == 404
    assert page.headers["content-type"].startswith("text/html")
    assert "We could not find that" in page.text
    assert "newsclaims " not in page.text.split("<main", 1)[1]  # no CLI command as a hint
    api = client.get("/api/no/such/thing")
    assert api.status_code == 404
    assert api.json() == {
        "ok": False,
        "error": {
            "code": "E602",
            "message": "Nothing is at /api/no/such/thing.",
            "hint": "start again from the home page.",
        },
    }
    wrong_method = client.delete("/api/claims")
    assert wrong_method.status_code == 405
    assert wrong_method.json()["error"]["code"] == "E603"
    assert client.get("/api/claims?stance=bogus").json()["error"]["code"] == "E412"


def test_pages_merge_into_itself_is_an_error_page(client: TestClient) -> None:
    form = {"into": "Ana Ruiz", "other": "Ruiz", "who": "analyst", "token": "s3cret"}
    response = client.post("/corrections/merge", data=form, headers={"Origin": "http://testserver"})
    assert response.status_code == 409
    assert "That change would do nothing" in response.text
    assert client.get("/api/corrections").json()["data"] == []


def test_pages_every_page_has_a_viewport_a_skip_link_and_a_labelled_search(
    client: TestClient,
) -> None:
    for path in ("/", "/claims", "/entities", "/entities/Ana%20Ruiz", "/stories", "/corrections"):
        html = client.get(path).text
        assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
        assert '<a class="skip" href="#main">' in html
        assert '<label for="site-search"' in html
        assert '<a href="/docs">API reference</a>' in html, "the API's pages are one click away"


def test_pages_docs_load_only_local_assets(client: TestClient) -> None:
    html = client.get("/docs").text
    assert "/docs/assets/swagger-ui-bundle.js" in html
    assert "http" not in html.split("<head>", 1)[1].split("</head>", 1)[0]
    bundle = client.get("/docs/assets/swagger-ui-bundle.js")
    assert bundle.status_code == 200 and len(bundle.content) > 100_000
    assert "default-src 'self'" in bundle.headers["content-security-policy"]


def test_render_highlight_marks_whole_words_and_escapes_the_rest() -> None:
    marked = highlight("<b>Ambulance</b> crews and ambulances", "ambulance")
    assert str(marked) == "&lt;b&gt;<mark>Ambulance</mark>&lt;/b&gt; crews and ambulances"
    assert str(highlight("a <i>", None)) == "a &lt;i&gt;"


def test_pages_propositions_say_when_grouping_still_runs(
    tmp_path: Path, make_analysis: Callable[..., Analysis]
) -> None:
    app = create_app(f"sqlite:///{tmp_path / 'stale.db'}")
    store = app.state.store
    analysis = make_analysis(TEXT)
    store.add(analysis, derive.assign_for(analysis))
    # no lifespan: no background refresher in this test
    client = TestClient(app, base_url="http://127.0.0.1")
    assert views.stale_count(store, similarity="lexical") == 1
    waiting = client.get("/propositions?similarity=lexical").text
    assert "1 story is still to do" in waiting
    assert '<meta http-equiv="refresh" content="5">' in waiting
    derive.after_write(store)
    assert views.stale_count(store, similarity="lexical") == 0
    done = client.get("/propositions?similarity=lexical").text
    assert "still to do" not in done and "http-equiv" not in done
    store.close()


def test_pages_every_page_type_renders_on_each_store(
    store: SqlStore, make_analysis: Callable[..., Analysis]
) -> None:
    """The pages' reads on SQLite and on PostgreSQL: every list, with filters, the record
    pages and the downloads answer 200 with the stored rows."""
    for n, outlet in enumerate(("Daily Courier", "Metro Wire")):
        analysis = make_analysis(TEXT + f" Copy {n}.", outlet=outlet)
        store.add(analysis, derive.assign_for(analysis))
    derive.after_write(store)
    app = create_app(store.url)
    client = TestClient(app, base_url="http://127.0.0.1")  # no lifespan: the store is the test's
    article_id = views.articles(store, limit=1).rows[0]["id"]
    for path in (
        "/",
        "/?story=1&outlet=Metro+Wire&from=2026-01-01&to=2026-12-31",
        "/claims?source=Ana+Ruiz&about=Dunmore&stance=reported&text=library",
        "/figures?story=1&measure=killed",
        "/disagreements?story=1&kind=figures_conflict",
        "/propositions?story=1",
        "/timeline?text=library",
        "/sources?story=1",
        "/entities?text=ruiz",
        "/entities/Ana%20Ruiz",
        "/stories",
        "/stories/1",
        f"/articles/{article_id}",
        "/corrections",
        "/search?q=library",
        "/export/claims.csv?outlet=Metro+Wire",
        "/export/disagreements.json?story=1",
    ):
        response = client.get(path)
        assert response.status_code == 200, (path, response.text[:300])
    claims = client.get("/claims?source=Ana+Ruiz&outlet=Metro+Wire").text
    assert "Showing 1–1 of 1 claims" in claims
    app.state.store.close()


def test_pages_every_stance_has_an_icon_beside_its_name() -> None:
    assert set(STANCE_ICONS) == {s.value for s in Stance}


def test_pages_a_story_beyond_the_offered_ones_stays_chosen(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "WEB_STORY_CHOICES", 0)
    html = client.get("/claims?story=7").text
    assert '<option value="7" selected>story 7</option>' in html


def test_pages_a_figure_marked_wrong_from_its_row_leaves_the_counts(
    client: TestClient, make_analysis: Callable[..., Analysis]
) -> None:
    store = client.app.state.store  # type: ignore[attr-defined]
    text = TEXT + " She said 40 people were killed."
    analysis = make_analysis(text)
    start = text.index("40")
    figure = Quantity(
        start=start, end=start + 2, text="40", value=40.0, about="people", measure="killed",
        source=analysis.claims[0].source, source_entity=analysis.claims[0].source_entity,
    )  # fmt: skip
    store.add(replace(analysis, quantities=(figure,)))
    page = client.get("/figures?measure=killed").text
    assert "Showing 1–1 of 1 figures" in page
    key = re.search(
        r'name="target" value="figure">\s*<input type="hidden" name="key" value="([^"]+)"', page
    )
    assert key, "each figure row has its mark form"
    form = {"target": "figure", "key": key.group(1), "who": "analyst", "token": "s3cret",
            "back": "/figures?measure=killed"}  # fmt: skip
    done = client.post(
        "/corrections/mark", data=form, headers={"Origin": "http://testserver"},
        follow_redirects=False,
    )  # fmt: skip
    back = "/figures?measure=killed&done=marked"
    assert done.status_code == 303 and done.headers["location"] == back
    after = client.get(back).text
    assert "No figures match these filters" in after
    assert 'role="status">Marked as wrong' in after, "the page says what the write did"
    assert "notice" not in client.get("/figures?done=<b>hi</b>").text
    [mark] = [r for r in client.get("/api/corrections").json()["data"] if r["target"] == "figure"]
    assert mark["who"] == "analyst"


@pytest.mark.parametrize(
    ("quote", "shown"),
    [
        ('"Mark Ellis is an experienced driver,"', "Mark Ellis is an experienced driver,"),
        ("“It held.”", "It held."),
        ('"It" was "safe"', '"It" was "safe"'),  # not one quotation: left as it is
        ("no quotes", "no quotes"),
    ],
)
def test_render_unquoted_drops_the_marks_around_one_quotation(quote: str, shown: str) -> None:
    assert unquoted(quote) == shown


def test_pages_disagreement_sides_show_the_source_as_written(
    client: TestClient, make_analysis: Callable[..., Analysis]
) -> None:
    """A side resolved to a name keeps the words the article used, on the page, in the API
    and in the download; a side whose words are the name itself shows the name once."""
    store = client.app.state.store  # type: ignore[attr-defined]
    for text, who, value, outlet in (
        ("A spokeswoman for Ana Ruiz said the library in Dunmore would open in June.",
         "A spokeswoman", 10.0, "Daily A"),
        ("Officer Lee, not Ana Ruiz, said the library in Dunmore would open in June.",
         "Officer Lee", 90.0, "Daily B"),
    ):  # fmt: skip
        analysis = make_analysis(text, outlet=outlet)
        start = text.index(who)
        source = Span(start, start + len(who), who)
        key = analysis.claims[0].source_entity if who == "A spokeswoman" else None
        june = text.index("June")
        figure = Quantity(
            start=june, end=june + 4, text="June", value=value, about="flood victims",
            measure="killed", source=source, source_entity=key,
        )  # fmt: skip
        claim = replace(analysis.claims[0], source=source, source_entity=key)
        store.add(replace(analysis, claims=(claim,), quantities=(figure,)), _one_story)
    derive.after_write(store)
    page = client.get("/disagreements").text
    assert "<b>Ana Ruiz</b> <small" in page and "(“A spokeswoman”)" in page
    assert "(“Officer Lee”)" not in page
    [row] = list(csv.DictReader(io.StringIO(client.get("/export/disagreements.csv").text)))
    assert "Ana Ruiz (“A spokeswoman”): June" in row["said"]
    [found] = client.get("/api/disagreements").json()["data"]
    assert {s["source"]: s["mention"] for s in found["sides"]} == {
        "Ana Ruiz": "A spokeswoman",
        "Officer Lee": "Officer Lee",
    }
    profiles = client.get("/sources").text
    assert "Ana Ruiz" in profiles and "Officer Lee" in profiles


def _one_story(lookup: StoryLookup) -> StoryChoice:
    found = lookup.candidates(["*"], limit=1)
    return StoryChoice(found[0].id if found else None, "all", {}, {"*": 1.0})


def test_pages_a_person_and_an_organisation_of_one_name_have_two_addresses(
    tmp_path: Path, make_analysis: Callable[..., Analysis]
) -> None:
    """Each entity has its own page (its key is its address), and each page lists only what
    that entity said: a PERSON "Ana Ruiz" and an ORG "Ana Ruiz" are not one page."""
    app = create_app(f"sqlite:///{tmp_path / 'twins.db'}", token="s3cret")
    person = make_analysis(TEXT)
    app.state.store.add(person)
    org_text = "The firm Ana Ruiz said the library in Dunmore would close in May."
    org = make_analysis(org_text, outlet="Metro Wire")
    key = "ORG:ana ruiz"
    ent = replace(org.entities[0], key=key, type="ORG", aliases=())
    org = replace(
        org,
        entities=(ent, org.entities[1]),
        mentions=tuple(
            replace(m, entity=key, label="ORG") if m.entity == "PERSON:ana ruiz" else m
            for m in org.mentions
        ),
        claims=tuple(replace(c, source_entity=key) for c in org.claims),
    )
    app.state.store.add(org)
    with TestClient(app) as client:
        index = client.get("/entities").text
        hrefs = set(re.findall(r'href="(/entities/[^"]+)"', index))
        assert {"/entities/PERSON%3Aana%20ruiz", "/entities/ORG%3Aana%20ruiz"} <= hrefs
        for href, kind, said in (
            ("/entities/PERSON%3Aana%20ruiz", "PERSON", "would open"),
            ("/entities/ORG%3Aana%20ruiz", "ORG", "would close"),
        ):
            page = client.get(href).text
            assert f"{kind} · named" in page
            said_part = page.split('id="said"')[1].split('id="about"')[0]
            assert said in said_part
            other = "would close" if said == "would open" else "would open"
            assert other not in said_part


def test_pages_figures_show_ranges_and_chart_bar_and_bars_as_one_count(
    tmp_path: Path, make_analysis: Callable[..., Analysis]
) -> None:
    """The figures table shows a range's two ends; "bar" and "bars" of one unit are one chart
    whichever verb gave them, found by typing "weight"."""
    app = create_app(f"sqlite:///{tmp_path / 'bars.db'}", token="s3cret")
    for n, (about, value, low, high, bound, day) in enumerate(
        [("bar", 400.0, None, None, "exact", 3), ("bars", 360.0, None, None, "exact", 4),
         ("bars", 10.0, 10.0, 15.0, "range", 5)]
    ):  # fmt: skip
        analysis = make_analysis(TEXT + f" Copy {n}.", published=date(2026, 6, day))
        start = TEXT.index("June")
        figure = Quantity(
            start=start, end=start + 4, text="June", value=value, low=low, high=high,
            bound=Bound(bound), about=about, measure=("reduce", "cut", None)[n], unit="gram",
        )  # fmt: skip
        app.state.store.add(replace(analysis, quantities=(figure,)))
    with TestClient(app) as client:
        page = client.get("/figures?measure=weight").text
        assert "10–15 gram" in page
        assert page.count('<figure class="chart">') == 1
        assert page.count('class="point"') == 3  # the "bar" figure joins the "bars" ones
        # whichever verb gave the weight ("reduce", "cut", none): one chart, named by its unit
        assert "<figcaption>bar (gram)" in page
        assert "3 figures" in page or "of 3" in page


def test_pages_figures_say_when_what_a_figure_counts_was_not_found(
    tmp_path: Path, make_analysis: Callable[..., Analysis]
) -> None:
    """A figure whose ``about`` was not read shows "not found" in the Counts column, not a
    blank cell that reads as nothing counted; one that was read shows it."""
    app = create_app(f"sqlite:///{tmp_path / 'counts.db'}", token="s3cret")
    start = TEXT.index("June")
    for n, about in enumerate((None, "patients")):
        figure = Quantity(start=start, end=start + 4, text="June", value=7.0 + n, about=about)
        analysis = make_analysis(TEXT + f" Copy {n}.", published=date(2026, 6, 3 + n))
        app.state.store.add(replace(analysis, quantities=(figure,)))
    with TestClient(app) as client:
        page = client.get("/figures").text
    cells = re.findall(r"</span></td>\s*<td>(.*?)</td><td>", page)
    assert sorted(cells) == ['<small class="meta">not found</small>', "patients"]


def test_pages_an_undated_article_shows_undated_never_a_date(
    tmp_path: Path, make_analysis: Callable[..., Analysis]
) -> None:
    """An article stored without a publication date reads "undated" on every page that lists
    it; no page puts a day on it (its text names a day, which is not when it was published)."""
    app = create_app(f"sqlite:///{tmp_path / 'undated.db'}", token="s3cret")
    text = TEXT + " On Tuesday 3 March 2026 the council met."
    analysis = make_analysis(text, published=None)
    start = text.index("June")
    figure = Quantity(start=start, end=start + 4, text="June", value=7.0, measure="killed")
    stored = app.state.store.add(replace(analysis, quantities=(figure,)))
    with TestClient(app) as client:
        for path in (f"/articles/{stored.article_id}", "/claims", "/figures", "/"):
            page = client.get(path).text
            assert "undated" in page, path
            assert not re.search(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} \w{3} \d{4}", page), path


def test_pages_entity_page_lists_namesakes_and_merges_one_by_its_name(
    tmp_path: Path, make_analysis: Callable[..., Analysis]
) -> None:
    """An ORG page lists the PERSON of the same name (a tagger's mistake) with a merge
    button; merging by the shared name takes the other entity, never the page's own."""
    app = create_app(f"sqlite:///{tmp_path / 'namesakes.db'}", token="s3cret")
    org_text = "The firm Ana Ruiz said the library in Dunmore would close in May."
    org = make_analysis(org_text, outlet="Metro Wire")
    key = "ORG:ana ruiz"
    org = replace(
        org,
        entities=(replace(org.entities[0], key=key, type="ORG", aliases=()), org.entities[1]),
        mentions=tuple(
            replace(m, entity=key, label="ORG") if m.entity == "PERSON:ana ruiz" else m
            for m in org.mentions
        ),
        claims=tuple(replace(c, source_entity=key) for c in org.claims),
    )
    app.state.store.add(org)  # the ORG first: the name alone finds it first
    app.state.store.add(make_analysis(TEXT))
    with TestClient(app) as client:
        page = client.get("/entities/ORG%3Aana%20ruiz").text
        assert "Other entries with this name (1)" in page
        assert 'value="PERSON:ana ruiz"' in page
        form = {"into": key, "other": "Ana Ruiz", "who": "analyst", "token": "s3cret"}
        done = client.post("/corrections/merge", data=form, headers={"Origin": "http://testserver"})
        assert done.status_code == 200
        merged = client.get("/entities/ORG%3Aana%20ruiz").text
        assert "Other entries with this name" not in merged
        assert "would open" in merged and "would close" in merged
        assert client.get("/entities/PERSON%3Aana%20ruiz").status_code == 404


def _named_once(text: str, name: str, key: str, type_: str = "ORG") -> Analysis:
    """An article naming ``name`` once, as the entity ``key``."""
    start = text.index(name)
    return Analysis(
        article=Article(text=text, published=date(2026, 6, 3), outlet="Metro Wire"),
        entities=(Entity(key=key, name=name, type=type_),),
        mentions=(Mention(start, start + len(name), name, key, type_),),
    )


def test_pages_namesakes_are_told_apart_by_type_and_story(tmp_path: Path) -> None:
    """Three entities named "Acme" with three keys (an ORG in one story, a place and a person
    in another): the entity list shows three rows, each with a qualifier naming its type and
    story, each linking to its own page; the entity page names its namesakes the same way;
    the download keeps their keys. A name without namesakes gets no qualifier."""
    app = create_app(f"sqlite:///{tmp_path / 'acme.db'}", token="s3cret")
    labels = iter(["Chocolate bars shrink", "Rail strike in Leeds", "Rail strike in Leeds"])

    def assign(lookup: StoryLookup) -> StoryChoice:
        label = next(labels)
        found = lookup.candidates([label], limit=1)
        return StoryChoice(found[0].id if found else None, label, {}, {label: 1.0})

    store = app.state.store
    store.add(_named_once("Acme said the bars would shrink.", "Acme", "ORG:acme"), assign)
    store.add(_named_once("Trains to Acme would stop.", "Acme", "GPE:acme", "GPE"), assign)
    store.add(_named_once("Mr Acme said he would strike.", "Acme", "PERSON:acme", "PERSON"), assign)
    store.add(_named_once("Dunmore council met on Tuesday.", "Dunmore", "GPE:dunmore", "GPE"))
    with TestClient(app) as client:
        index = client.get("/entities").text
        assert index.count(">Acme</a>") == 3
        for qualifier in (
            "(ORG, in Chocolate bars shrink)",
            "(GPE, in Rail strike in Leeds)",
            "(PERSON, in Rail strike in Leeds)",
        ):
            assert f'<small class="qualifier">{qualifier}</small>' in index
        hrefs = set(re.findall(r'href="(/entities/[^"]+)"', index))
        assert {
            "/entities/ORG%3Aacme",
            "/entities/GPE%3Aacme",
            "/entities/PERSON%3Aacme",
        } <= hrefs
        assert "Dunmore</a></td>" in index  # no namesake, no qualifier
        page = client.get("/entities/ORG%3Aacme").text
        assert "Other entries with this name (2)" in page
        assert "(GPE, in Rail strike in Leeds)" in page
        assert "in Chocolate bars shrink" in page.split("<h2")[0]  # its own story, up top
        rows = list(csv.DictReader(io.StringIO(client.get("/export/entities.csv").text)))
        keys = {r["key"] for r in rows if r["name"] == "Acme"}
        assert keys == {"ORG:acme", "GPE:acme", "PERSON:acme"}
        found = client.get("/search?q=acme").text
        assert "ORG, in Chocolate bars shrink" in found


def test_pages_a_country_arm_of_another_story_is_offered_as_a_namesake(tmp_path: Path) -> None:
    """ "Acme UK" of another story stays its own entity (org_suffixes.tsv): the "Acme" page
    offers it among its namesakes, with its story, for an analyst to merge if it is one body."""
    app = create_app(f"sqlite:///{tmp_path / 'arm.db'}", token="s3cret")
    labels = iter(["Chocolate bars shrink", "Rail strike in Leeds"])

    def assign(lookup: StoryLookup) -> StoryChoice:
        label = next(labels)
        return StoryChoice(None, label, {}, {label: 1.0})

    store = app.state.store
    store.add(_named_once("Acme said the bars would shrink.", "Acme", "ORG:acme"), assign)
    store.add(_named_once("Acme UK said trains would stop.", "Acme UK", "ORG:acme uk"), assign)
    with TestClient(app) as client:
        page = client.get("/entities/ORG%3Aacme").text
        assert "Other entries with this name (1)" in page
        assert '<small class="qualifier">(ORG, in Rail strike in Leeds)</small>' in page
        assert 'value="ORG:acme uk"' in page


def test_pages_entity_event_without_a_time_shows_when_it_was_reported(
    tmp_path: Path, make_analysis: Callable[..., Analysis]
) -> None:
    """An event with no time of its own is listed on a person's page with its article's
    date, labelled as the day it was reported, not as "undated"."""
    from newsclaims.model import Event  # noqa: PLC0415

    app = create_app(f"sqlite:///{tmp_path / 'reported.db'}")
    text = "Ana Ruiz said the library in Dunmore would close. Ana Ruiz won the race."
    at = text.index("won")
    won = Event(start=at, end=at + 3, text="won", predicate="win", actors=("PERSON:ana ruiz",),
                subtype="win")  # fmt: skip
    analysis = replace(make_analysis(text, published=date(2016, 11, 13)), events=(won,))
    app.state.store.add(analysis)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        page = client.get("/entities/PERSON%3Aana%20ruiz").text
    [row] = re.findall(r"<li class=\"row\">.*?: win", page)
    assert re.sub(r"<[^>]+>", "", row).startswith("reported on Sun 13 Nov 2016: win")
    assert "undated" not in row


def _durations(
    tmp_path: Path,
    make_analysis: Callable[..., Analysis],
    rows: list[tuple[Any, ...]],
    measure: str = "duration",
) -> TestClient:
    """A store of one article a day, each with one duration (about, value, bound, unit), or
    one figure of another ``measure``."""
    app = create_app(f"sqlite:///{tmp_path / 'durations.db'}", token="s3cret")
    start = TEXT.index("June")
    for n, (about, value, bound, unit) in enumerate(rows):
        figure = Quantity(
            start=start, end=start + 4, text="June", value=value, bound=Bound(bound),
            about=about, measure=measure, unit=unit,
        )  # fmt: skip
        analysis = make_analysis(TEXT + f" Copy {n}.", published=date(2026, 6, 3 + n))
        app.state.store.add(replace(analysis, quantities=(figure,)))
    return TestClient(app)


def test_pages_durations_of_one_thing_are_a_chart_and_the_rest_said_in_words(
    tmp_path: Path, make_analysis: Callable[..., Analysis]
) -> None:
    """Two durations of one search are a history (a chart whose open bounds are ranges); a
    duration of another thing, or of nothing read, is not drawn, and the page says why."""
    rows = [("search", 85.0, "more_than", "hour"), ("searches", 100.0, "more_than", "hour"),
            ("time trapped", 50.0, "approx", "hour"), (None, 2.0, "exact", "hour")]  # fmt: skip
    with _durations(tmp_path, make_analysis, rows) as client:
        page = client.get("/figures?measure=duration").text
    assert re.findall(r"<figcaption>(.*?)</figcaption>", page) == ["search duration (hour)"]
    assert page.count('class="point"') == 2
    assert page.count('class="range"') == 2  # "more than": from the value up
    notes = re.findall(r'<p class="meta chart-why">(.*?)</p>', page)
    assert len(notes) == 2
    assert "1 figure counts a thing no other figure counts here (time trapped)" in notes[0]
    assert "1 figure of a duration or an age whose counted thing was not found" in notes[1]


def test_pages_durations_of_different_things_say_there_is_no_chart(
    tmp_path: Path, make_analysis: Callable[..., Analysis]
) -> None:
    rows = [("search", 85.0, "exact", "hour"), ("digging", 2.0, "exact", "hour")]
    with _durations(tmp_path, make_analysis, rows) as client:
        page = client.get("/figures?measure=duration").text
    assert '<figure class="chart">' not in page
    notes = re.findall(r'<p class="meta chart-why">(.*?)</p>', page)
    assert notes[0].startswith("No chart:")
    assert "2 figures each count a thing no other figure counts here (digging, search)" in notes[1]


def test_pages_ages_of_people_described_alike_are_no_chart(
    tmp_path: Path, make_analysis: Callable[..., Analysis]
) -> None:
    """ "A 34-year-old man" and "a 52-year-old man" are two men: an age is charted only when
    it is the age of one named entity (review33 MEDIUM 10)."""
    rows = [("man", 34.0, "exact", "year"), ("man", 52.0, "exact", "year")]
    with _durations(tmp_path, make_analysis, rows, measure="age") as client:
        page = client.get("/figures?measure=age").text
    assert '<figure class="chart">' not in page
    notes = re.findall(r'<p class="meta chart-why">(.*?)</p>', page)
    assert any("2 figures of the age of someone not named" in n for n in notes), notes


def test_pages_ages_of_one_named_person_are_a_chart(
    tmp_path: Path, make_analysis: Callable[..., Analysis]
) -> None:
    rows = [("Ana Ruiz", 34.0, "exact", "year"), ("Ana Ruiz", 35.0, "exact", "year")]
    with _durations(tmp_path, make_analysis, rows, measure="age") as client:
        page = client.get("/figures?measure=age").text
    assert re.findall(r"<figcaption>(.*?)</figcaption>", page) == ["Ana Ruiz age (year)"]


def test_pages_a_bare_verb_without_a_unit_is_no_chart(
    tmp_path: Path, make_analysis: Callable[..., Analysis]
) -> None:
    """Figures counted by a verb that names no measure, with no unit ("two bars" of "the
    bars reduce", in one article and in another) are no history: not drawn, and the page
    says why; the weights beside them (a unit names the measure) are still a chart."""
    app = create_app(f"sqlite:///{tmp_path / 'verbs.db'}", token="s3cret")
    start = TEXT.index("June")
    articles = [  # (value, measure, unit) of "bars"
        [(2.0, "reduce", None), (400.0, "reduce", "gram")],
        [(3.0, "reduce", None), (360.0, "cut", "gram")],
    ]
    for n, figures in enumerate(articles):
        quantities = tuple(
            Quantity(
                start=start,
                end=start + 4,
                text="June",
                value=value,
                about="bars",
                measure=measure,
                unit=unit,
            )
            for value, measure, unit in figures
        )
        analysis = make_analysis(TEXT + f" Copy {n}.", published=date(2026, 6, 3 + n))
        app.state.store.add(replace(analysis, quantities=quantities))
    with TestClient(app) as client:
        page = client.get("/figures?about=bars").text
    assert re.findall(r"<figcaption>(.*?)</figcaption>", page) == ["bars (gram)"]
    notes = re.findall(r'<p class="meta chart-why">(.*?)</p>', page)
    assert any(
        "2 figures counted by a verb that names no measure, without a unit (bars reduce)" in n
        for n in notes
    ), notes


def test_pages_a_word_and_its_plural_in_es_are_one_chart(
    tmp_path: Path, make_analysis: Callable[..., Analysis]
) -> None:
    """ "headache" and "headaches" are one series (review33 LOW 13: the plural was cut to
    "headach" and split from its singular)."""
    rows = [("headache", 2.0, "exact", "hour"), ("headaches", 3.0, "exact", "hour"),
            ("avalanche", 1.0, "exact", "hour"), ("avalanches", 4.0, "exact", "hour")]  # fmt: skip
    with _durations(tmp_path, make_analysis, rows) as client:
        page = client.get("/figures?measure=duration").text
    captions = re.findall(r"<figcaption>(.*?)</figcaption>", page)
    assert sorted(captions) == ["avalanche duration (hour)", "headache duration (hour)"]


def test_pages_a_pronoun_left_unresolved_is_never_shown_as_a_name(
    client: TestClient, make_analysis: Callable[..., Analysis]
) -> None:
    """A source that is a pronoun or a vague word, resolved to no one, shows the article's
    word in quotes and says it names no one, in lists and cards alike; a name stays bold."""
    store = client.app.state.store  # type: ignore[attr-defined]
    text = "Ana Ruiz left. They said the library in Dunmore would open in June."
    analysis = make_analysis(text, outlet="Harbour Post")
    they = Span(text.index("They"), text.index("They") + 4, "They")
    claim = replace(analysis.claims[0], source=they, source_entity=None)
    june = text.index("June")
    figure = Quantity(
        start=june, end=june + 4, text="June", value=7.0, about="rooms", measure="opened",
        source=they, source_entity=None,
    )  # fmt: skip
    store.add(replace(analysis, claims=(claim,), quantities=(figure,)))
    derive.after_write(store)
    for path in ("/claims?outlet=Harbour+Post", "/figures?outlet=Harbour+Post"):
        page = client.get(path).text
        assert "<b>They</b>" not in page, path
        assert "“They”" in page and "not resolved to a name" in page, path
    named = client.get("/claims?outlet=Daily+Courier").text
    assert "<b>Ana Ruiz</b>" in named and "not resolved to a name" not in named


def test_render_chart_names_an_unresolved_pronoun_as_written() -> None:
    rows = [
        _figure(3, datetime(2026, 6, 3, 8, 15), "They", "Daily Courier"),
        _figure(5, datetime(2026, 6, 3, 16, 40), "police", "Metro Wire"),
    ]
    names = [s.name for s in figure_chart(rows, "people killed").series]
    assert names == ["police (Metro Wire)", "“They” (not resolved to a name, Daily Courier)"]


def _mark_claims(client: TestClient, n: int) -> None:
    """Mark the first ``n`` claims of the client's store wrong through the form."""
    keys = re.findall(
        r'name="target" value="claim">\s*<input type="hidden" name="key" value="([^"]+)"',
        client.get("/claims").text,
    )
    for key in keys[:n]:
        form = {"target": "claim", "key": key, "who": "analyst", "token": "s3cret",
                "back": "/claims"}  # fmt: skip
        done = client.post("/corrections/mark", data=form, headers={"Origin": "http://testserver"})
        assert done.status_code == 200


def test_pages_corrections_are_counted_and_paged(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    _mark_claims(client, 3)
    monkeypatch.setattr(settings, "WEB_PAGE_SIZE", 2)
    first = client.get("/corrections").text
    assert "Showing 1–2 of 3 corrections" in first
    assert 'href="/corrections?page=2"' in first
    second = client.get("/corrections?page=2").text
    assert "Showing 3–3 of 3 corrections" in second and "Next page" not in second
    assert second.count("Undo this mark") == 1


def test_pages_a_write_says_where_it_can_be_undone(client: TestClient) -> None:
    """A marked record leaves the list it was marked on: the notice links to the Corrections
    page, where the undo is, instead of pointing below; so does a merge's notice, now that a
    merge has an exact undo there."""
    _mark_claims(client, 1)
    after = client.get("/claims?done=marked").text
    assert "Undo it below" not in after
    assert re.search(r'class="notice"[^>]*>[^<]*<a href="/corrections">', after)
    merged = client.get("/entities/Ana%20Ruiz?done=merged").text
    assert "no exact undo" not in merged
    assert re.search(r'class="notice"[^>]*>[^<]*<a href="/corrections">Undo it', merged)


def _post(client: TestClient, path: str, **form: str) -> Any:
    data = {"who": "analyst", "token": "s3cret", **form}
    return client.post(path, data=data, headers={"Origin": "http://testserver"})


def test_pages_a_merge_is_undone_exactly_on_the_corrections_page(client: TestClient) -> None:
    """Undoing a merge on the Corrections page brings the merged entity back with what the
    merge moved, and the page then says when it was undone (no second undo)."""
    before = client.get("/api/entities").json()["data"]
    assert _post(client, "/corrections/merge", into="Ana Ruiz", other="Dunmore").status_code == 200
    assert client.get("/entities/GPE%3Adunmore").status_code == 404
    page = client.get("/corrections").text
    assert "Undo this merge" in page and "no exact undo" not in page
    [merge_id] = re.findall(r'action="/corrections/merges/(\d+)/undo"', page)
    done = _post(client, f"/corrections/merges/{merge_id}/undo", back="/corrections")
    assert done.status_code == 200 and "Undone" in done.text
    after = client.get("/api/entities").json()["data"]
    assert sorted((e["key"], e["mentions"]) for e in after) == sorted(
        (e["key"], e["mentions"]) for e in before
    )
    row = re.search(r"<tr>\s*<td>[^<]*</td><td>merge</td>.*?</tr>", done.text, re.S)
    assert row is not None and "undone" in row.group(0) and "Undo this merge" not in row.group(0)
    again = _post(client, f"/corrections/merges/{merge_id}/undo")
    assert again.status_code == 404


def test_api_undoes_a_merge_with_the_token(client: TestClient) -> None:
    headers = {"Authorization": "Bearer s3cret"}
    merged = client.post(
        "/api/entities/merge",
        json={"into": "Ana Ruiz", "other": "Dunmore", "who": "analyst"},
        headers=headers,
    )
    assert merged.status_code == 200
    [merge] = client.get("/api/corrections").json()["data"]
    assert merge["undoable"] is True
    path = f"/api/merges/{merge['id']}/undo"
    assert client.post(path, json={"who": "analyst"}).status_code == 401
    undone = client.post(path, json={"who": "analyst"}, headers=headers)
    assert undone.status_code == 200 and undone.json()["data"]["key"] == "GPE:dunmore"
    [merge] = client.get("/api/corrections").json()["data"]
    assert merge["undone_at"] is not None and merge["undoable"] is False


def test_pages_proposition_supporters_name_an_unresolved_pronoun_as_written() -> None:
    from newsclaims.web.pages import templates  # noqa: PLC0415

    shown = templates.env.from_string('{{ names | map("source_label") | join(", ") }}')
    assert shown.render(names=["Ana Ruiz", "some", "they"]) == (
        "Ana Ruiz, “some” (not resolved to a name), “they” (not resolved to a name)"
    )


@pytest.mark.parametrize("word", ["His", "his", "Their", "their", "Its", "our"])
def test_pages_a_possessive_pronoun_source_is_labelled_unresolved(word: str) -> None:
    from newsclaims.web.render import source_label, unresolved_source  # noqa: PLC0415

    assert unresolved_source(word)
    assert source_label(word) == f"“{word}” (not resolved to a name)"


@pytest.mark.parametrize("chart_points", [1_000, 2])
def test_pages_figures_page_two_of_a_charted_subject_lists_its_own_rows(
    store: SqlStore,
    make_analysis: Callable[..., Analysis],
    monkeypatch: pytest.MonkeyPatch,
    chart_points: int,
) -> None:
    """A narrowed figures page lists the rows of its page and the count of all, whether the
    figures read for its charts hold that page or not."""
    monkeypatch.setattr(settings, "WEB_PAGE_SIZE", 2)
    monkeypatch.setattr(settings, "WEB_CHART_POINTS", chart_points)
    start = TEXT.index("June")
    for n, value in enumerate((410.0, 395.0, 372.0)):
        analysis = make_analysis(TEXT + f" Copy {n}.", published=date(2026, 6, 3 + n))
        figure = Quantity(
            start=start, end=start + 4, text="June", value=value, bound=Bound("exact"),
            about="bars", measure="cut", unit="gram",
        )  # fmt: skip
        store.add(replace(analysis, quantities=(figure,)))
    app = create_app(store.url, token="s3cret")
    with TestClient(app) as client:
        first = client.get("/figures?measure=weight").text
        second = client.get("/figures?measure=weight&page=2").text
    assert "Showing 1–2 of 3 figures" in first
    assert "Showing 3–3 of 3 figures" in second

    def listed(page: str) -> list[str]:  # the table's values, not the chart's points
        table = page[page.index('<div class="table-wrap">') :]
        return re.findall(r"(\d+) gram", table[: table.index("</table>")])

    assert listed(first) == ["410", "395"]
    assert listed(second) == ["372"]


def test_pages_place_page_offers_the_same_place_named_without_its_division_word(
    store: SqlStore,
) -> None:
    """A place named with and without the word for its kind of division ("Varna province",
    "Varna") is offered for a merge on both pages; a place of another type is not."""
    store.add(_named_once("Rain fell across Varna province on Monday.", "Varna province",
                          "GPE:varna province", "GPE"))  # fmt: skip
    store.add(_named_once("Ferries to Varna ran late on Tuesday.", "Varna", "GPE:varna", "GPE"))
    store.add(_named_once("The Varna FC coach spoke on Friday.", "Varna FC", "ORG:varna fc"))
    app = create_app(store.url, token="s3cret")
    with TestClient(app) as client:
        province = client.get("/entities/GPE%3Avarna%20province").text
        town = client.get("/entities/GPE%3Avarna").text
    assert "Other entries with this name (1)" in province
    assert 'value="GPE:varna"' in province and 'value="ORG:varna fc"' not in province
    assert "Other entries with this name (1)" in town
    assert 'value="GPE:varna province"' in town


def test_pages_an_organisations_page_offers_no_place_by_a_division_word(store: SqlStore) -> None:
    """The division's word joins places only: the page of an organisation "Varna" offers
    neither the place "Varna province" nor is offered on its page."""
    store.add(_named_once("Rain fell across Varna province on Monday.", "Varna province",
                          "GPE:varna province", "GPE"))  # fmt: skip
    store.add(_named_once("Varna signed a new striker on Friday.", "Varna", "ORG:varna"))
    app = create_app(store.url, token="s3cret")
    with TestClient(app) as client:
        club = client.get("/entities/ORG%3Avarna").text
        province = client.get("/entities/GPE%3Avarna%20province").text
    assert "Other entries with this name" not in club and 'value="GPE:varna province"' not in club
    assert "Other entries with this name" not in province and 'value="ORG:varna"' not in province
