"""The workbench's pages: every list with its filters in the URL, counts, paging and
downloads; the article view with evidence anchors; entity, story and corrections pages; the
offline API docs; and error pages in words.

Rows come from ``views`` (one data function per resource); this module only reads the query
string, calls them and renders HTML."""

from __future__ import annotations

import hmac
import io
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode, urlsplit

from fastapi import FastAPI, Request
from fastapi import Path as PathParam
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from newsclaims import service, settings, views
from newsclaims.api.downloads import disposition, download_name
from newsclaims.errors import ConfigError, InputError, NotFound
from newsclaims.lexicons import measure_classes, plural_endings
from newsclaims.model import Stance
from newsclaims.names import normalise
from newsclaims.output import emit
from newsclaims.reconcile.entities import PLACE_TYPES, org_core, place_core, same_place
from newsclaims.reconcile.propositions import SIMILARITIES
from newsclaims.records import jsonable
from newsclaims.store import SqlStore
from newsclaims.store.items import Filters
from newsclaims.web.render import (
    anchor,
    article_marks,
    figure_chart,
    figure_value,
    highlight,
    in_sentence,
    segments,
    source_label,
    stamp_text,
    time_text,
    unquoted,
    unresolved_source,
)

HERE = Path(__file__).parent
templates = Jinja2Templates(directory=str(HERE / "templates"))


def is_web_link(value: object) -> bool:
    """Whether a URL may be rendered as a link: http(s) only (``javascript:`` and ``data:``
    article URLs are shown as text; the CSP would block them, but they are no links)."""
    if not isinstance(value, str):
        return False
    try:
        return urlsplit(value.strip()).scheme.lower() in ("http", "https")
    except ValueError:
        return False


templates.env.tests["web_link"] = is_web_link
templates.env.tests["unresolved_source"] = unresolved_source
templates.env.filters["source_label"] = source_label
templates.env.filters["stamp"] = stamp_text
templates.env.filters["figure_value"] = figure_value
templates.env.filters["timex"] = time_text
templates.env.globals["anchor"] = anchor
templates.env.globals["as_written"] = views.as_written
templates.env.filters["highlight"] = highlight
templates.env.filters["in_sentence"] = in_sentence
templates.env.filters["unquoted"] = unquoted
templates.env.filters["qualifier"] = views.entity_qualifier

#: The query-string names of the filters, as the REST API names them.
FILTER_NAMES = (
    "story",
    "outlet",
    "source",
    "about",
    "stance",
    "measure",
    "kind",
    "from",
    "to",
    "text",
)

#: Which filters each list page offers (the store ignores the others for that resource).
PAGE_FILTERS: dict[str, tuple[str, ...]] = {
    "articles": ("text", "story", "outlet", "about", "from", "to"),
    "claims": ("text", "story", "outlet", "source", "about", "stance", "from", "to"),
    "figures": ("story", "outlet", "source", "about", "measure", "from", "to"),
    "disagreements": ("story", "outlet", "source", "about", "kind", "from", "to"),
    "propositions": ("story", "outlet", "source", "about"),
    "timeline": ("text", "story", "outlet", "source", "about", "stance", "from", "to"),
    "sources": ("text", "story", "outlet", "kind"),
    "entities": ("text", "kind", "story", "outlet"),
    "stories": ("text", "outlet", "about", "from", "to"),
}

#: Labels of the filter fields.
FILTER_LABELS = {
    "text": "Words",
    "story": "Story",
    "outlet": "Outlet",
    "source": "Source",
    "about": "About (entity)",
    "stance": "Stance",
    "measure": "Measure",
    "kind": "Kind",
    "from": "From",
    "to": "To",
}

#: Kinds of disagreement, in words.
DISAGREEMENT_KINDS = {
    "figures_conflict": "figures conflict",
    "figure_update": "figure revised",
    "not_comparable": "not comparable",
    "denied_vs_confirmed": "denied and confirmed",
    "denied_then_confirmed": "denied, then confirmed",
    "denied_vs_claimed": "denial of a claim",
    "event_date_conflict": "event dates conflict",
    "event_place_conflict": "event places conflict",
}

#: Stances in words with an icon, so that stance never rests on colour alone.
STANCE_ICONS = {
    "asserted": "■",
    "reported": "▸",
    "quoted": "❝",
    "estimated": "≈",
    "hedged": "~",
    "expected": "→",
    "confirmed": "✓",
    "denied": "✗",
    "undisclosed": "∅",
    "unverified": "?",
}
templates.env.globals["STANCE_ICONS"] = STANCE_ICONS
templates.env.globals["DISAGREEMENT_KINDS"] = DISAGREEMENT_KINDS
templates.env.globals["SOURCE_KIND_LABELS"] = views.SOURCE_KIND_LABELS
templates.env.globals["FILTER_LABELS"] = FILTER_LABELS
templates.env.globals["STANCES"] = [s.value for s in Stance]


@dataclass(frozen=True)
class Query:
    """What a list page was asked for: its filters as the store takes them, their raw values
    (kept in links), and the page number."""

    filters: Filters
    values: dict[str, str]
    page: int

    def link(self, path: str, **changes: Any) -> str:
        """``path`` with these filters, changed by ``changes`` (None drops a value)."""
        values: dict[str, Any] = dict(self.values)
        for name, value in changes.items():
            if value is None or value == "":
                values.pop(name, None)
            else:
                values[name] = value
        return path + ("?" + urlencode(values) if values else "")


def _invalid(name: str, value: str, expected: str) -> InputError:
    return InputError("E412", f"{value!r} is not a valid {name}.", f"give {expected}.")


def read_query(request: Request, allowed: tuple[str, ...] = FILTER_NAMES) -> Query:
    """The filters and page of a page's query string; a value that cannot be one is an
    error (E412, answered 422)."""
    q = request.query_params
    values = {name: q[name].strip() for name in FILTER_NAMES if q.get(name, "").strip()}
    if "q" in q and q["q"].strip() and "text" not in values:
        values["text"] = q["q"].strip()
    values = {k: v[:400] for k, v in values.items() if k in allowed}
    story = values.get("story")
    # isascii: '²' passes isdigit but is no number int() reads (a 500 before)
    if story is not None and not (story.isascii() and story.isdigit() and 0 < int(story) < 2**62):
        raise _invalid("story", story, "a story number")
    stance = values.get("stance")
    if stance is not None and stance not in STANCE_ICONS:
        raise _invalid("stance", stance, f"one of {', '.join(STANCE_ICONS)}")
    days: dict[str, date | None] = {}
    for name in ("from", "to"):
        raw = values.get(name)
        try:
            days[name] = date.fromisoformat(raw) if raw else None
        except ValueError as e:
            raise _invalid(name, raw or "", "a day as YYYY-MM-DD") from e
    page_raw = q.get("page", "1").strip() or "1"
    if not (page_raw.isascii() and page_raw.isdigit()) or not 0 < int(page_raw) < 10**6:
        raise _invalid("page", page_raw, "a page number from 1")
    filters = Filters(
        story=int(story) if story else None,
        outlet=values.get("outlet"),
        source=values.get("source"),
        about=values.get("about"),
        stance=stance,
        measure=values.get("measure"),
        kind=values.get("kind"),
        since=days["from"],
        until=days["to"],
        text=values.get("text"),
    )
    return Query(filters, values, int(page_raw))


def store_of(request: Request) -> SqlStore:
    """The store the app was started with."""
    store: SqlStore = request.app.state.store
    return store


def _listing(
    request: Request, resource: str, page: views.Page | None = None, **extra: Any
) -> tuple[views.Page, Query, dict[str, Any]]:
    """One page of a resource and what its template needs to show filters, count and paging
    (``page``: the rows, when the caller read them already)."""
    query = read_query(request, PAGE_FILTERS[resource])
    size = settings.WEB_PAGE_SIZE
    offset = (query.page - 1) * size
    if page is None:
        page = views.RESOURCES[resource](store_of(request), query.filters, offset, size, **extra)
    extra_values = {k: v for k, v in extra.items() if isinstance(v, str) and v}
    shown = Query(query.filters, query.values | extra_values, query.page)
    context = {
        "page": page,
        "query": shown,
        "resource": resource,
        "fields": PAGE_FILTERS[resource],
        "stories": _story_choices(store_of(request)),
        "first": offset + 1 if page.rows else 0,
        "last": offset + len(page.rows),
        "previous": shown.link(request.url.path, page=query.page - 1) if query.page > 1 else None,
        "next": shown.link(request.url.path, page=query.page + 1) if page.more else None,
        "export_csv": shown.link(f"/export/{resource}.csv", page=None),
        "export_json": shown.link(f"/export/{resource}.json", page=None),
        "token_needed": bool(request.app.state.token),
    }
    return page, query, context


def _figures_context(request: Request) -> dict[str, Any]:
    """What the figures page shows: a page of figures and, once they are narrowed to a story
    or a subject, the charts of their counts (over the whole store a chart would read every
    figure to chart unrelated counts)."""
    query = read_query(request, PAGE_FILTERS["figures"])
    f = query.filters
    store = store_of(request)
    narrowed = f.story is not None or f.about or f.measure or f.source or f.outlet
    charted = views.figures(store, f, 0, settings.WEB_CHART_POINTS) if narrowed else None
    size = settings.WEB_PAGE_SIZE
    offset = (query.page - 1) * size
    # the listed page is a slice of the charted figures where they hold it (the same filters,
    # order and count): a subject's words are then matched once, not twice
    page = _slice(charted, offset, size) if charted is not None else None
    _, _, context = _listing(request, "figures", page=page)
    charts, notes = (None, []) if charted is None else _charts(store, charted, context["stories"])
    context["charts"], context["chart_notes"] = charts, notes
    return context


def _slice(read: views.Page, offset: int, size: int) -> views.Page | None:
    """The page ``offset, size`` of the rows ``read`` holds from its start, when it holds
    all of them (None: a page beyond what was read)."""
    if read.offset or (offset + size > len(read.rows) and len(read.rows) < read.total):
        return None
    return replace(read, rows=read.rows[offset : offset + size], offset=offset, limit=size)


def _story_choices(store: SqlStore) -> list[dict[str, Any]]:
    """The stories to pick from in a filter form (the most recent ones)."""
    return [
        {"id": story, "label": label}
        for story, label in store.story_labels(settings.WEB_STORY_CHOICES)
    ]


#: What a page says after a write sent the browser to it (``?done=...``): the only texts
#: shown, so a link cannot put words of its own on the page; each with the words of its link
#: to the Corrections page (None: no link). A marked record leaves the list it was marked on,
#: so its undo is on that page, as is a merge's (which moves back exactly what it moved).
DONE_NOTICES: dict[str, tuple[str, str | None]] = {
    "merged": (
        "Merged. The names now lead to this entity.",
        "Undo it on the Corrections page.",
    ),
    "split": (
        "Split off. The name is an entity of its own again.",
        "See the Corrections page.",
    ),
    "marked": (
        "Marked as wrong: kept, but left out of counts and conflicts.",
        "Undo it on the Corrections page.",
    ),
    "undone": ("Undone: the correction no longer applies.", None),
}


def _render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    notice = DONE_NOTICES.get(request.query_params.get("done", ""))
    return templates.TemplateResponse(
        request, name, {"notice": notice, **context}, status_code=status
    )


def _done(url: str, what: str) -> str:
    """``url`` with the notice of a write (``DONE_NOTICES``)."""
    parts = urlsplit(url)
    query = "&".join(p for p in (parts.query, urlencode({"done": what})) if p)
    return parts._replace(query=query).geturl()


# -- writes from forms ---------------------------------------------------------------------


def _check_write(request: Request, form: dict[str, str]) -> str:
    """A form write comes from a page of this site (the browser's Sec-Fetch-Site says
    same-origin, or its Origin or Referer names this host; a forged cross-site form is
    refused), follows the API's token rule (the token typed into the form, when the server
    has one), and names who makes it."""
    fetch_site = request.headers.get("sec-fetch-site")
    origin = request.headers.get("origin") or request.headers.get("referer") or ""
    host = request.headers.get("host", "")
    same = fetch_site == "same-origin" if fetch_site else urlsplit(origin).netloc == host
    if not same or (origin not in ("", "null") and urlsplit(origin).netloc != host):
        raise ConfigError(
            "E406",
            "This change did not come from a form of this site.",
            "make it from the workbench's own page.",
        )
    token = request.app.state.token
    if token and not hmac.compare_digest(form.get("token", "").encode(), token.encode()):
        raise ConfigError(
            "E406",
            "This correction needs the server's token.",
            "type the token the server was started with into the form.",
        )
    who = form.get("who", "").strip()[:200]
    if not who:
        raise InputError("E412", "A correction needs your name.", "fill in who you are.")
    return who


async def _form(request: Request) -> dict[str, str]:
    raw = await request.form()
    form = {k: v for k, v in raw.items() if isinstance(v, str)}
    for name, value in form.items():
        if "\x00" in value:  # PostgreSQL takes no NUL: a 500 before
            raise _invalid(name, value.replace("\x00", "\\0"), "text without NUL characters")
    return form


def _back(form: dict[str, str], default: str) -> str:
    """Where to go after a write: a path on this site only."""
    back = form.get("back", "")
    return back if back.startswith("/") and not back.startswith("//") else default


def install(app: FastAPI) -> None:
    """Add the pages, the downloads, the corrections forms and the offline docs to ``app``."""
    try:
        from swagger_ui_bundle import swagger_ui_path  # type: ignore[import-untyped]  # noqa: PLC0415
    except ImportError:  # a broken install: the pages work, /docs says what is missing
        swagger_ui_path = None
    if swagger_ui_path is not None:
        app.mount("/docs/assets", StaticFiles(directory=str(swagger_ui_path)), name="swagger")
    _list_pages(app)
    _record_pages(app)
    _writes(app)

    @app.get("/docs", response_class=HTMLResponse, include_in_schema=False)
    def docs(request: Request) -> Response:
        if swagger_ui_path is None:
            raise NotFound(
                "E602",
                "The API docs' assets (the swagger-ui-bundle-v2 package) are not installed.",
                "read the API's description at /openapi.json.",
            )
        return _render(request, "docs.html", {})


def _list_pages(app: FastAPI) -> None:
    def simple(resource: str, template: str) -> Callable[[Request], Response]:
        def page(request: Request) -> Response:
            _, _, context = _listing(request, resource)
            return _render(request, template, context)

        return page

    for path, resource, template in (
        ("/", "articles", "articles.html"),
        ("/claims", "claims", "claims.html"),
        ("/disagreements", "disagreements", "disagreements.html"),
        ("/entities", "entities", "entities.html"),
        ("/stories", "stories", "stories.html"),
    ):
        app.add_api_route(
            path,
            simple(resource, template),
            methods=["GET"],
            response_class=HTMLResponse,
            include_in_schema=False,
            name=f"page_{resource}",
        )

    @app.get("/sources", response_class=HTMLResponse, include_in_schema=False)
    def sources(request: Request) -> Response:
        page, _, context = _listing(request, "sources")
        context["unresolved"] = page.unresolved
        return _render(request, "sources.html", context)

    @app.get("/figures", response_class=HTMLResponse, include_in_schema=False)
    def figures(request: Request) -> Response:
        return _render(request, "figures.html", _figures_context(request))

    @app.get("/propositions", response_class=HTMLResponse, include_in_schema=False)
    def propositions(request: Request) -> Response:
        similarity = request.query_params.get("similarity") or ""
        if similarity and similarity not in SIMILARITIES:
            raise _invalid("similarity", similarity, f"one of {', '.join(SIMILARITIES)}")
        _, query, context = _listing(request, "propositions", similarity=similarity or None)
        method = similarity or settings.SIMILARITY
        context["similarity"] = similarity
        context["method"] = method
        context["pending"] = views.stale_count(store_of(request), query.filters, method)
        return _render(request, "propositions.html", context)

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline(request: Request) -> Response:
        _, query, context = _listing(request, "timeline")
        events = views.events(store_of(request), query.filters, 0, settings.WEB_PAGE_SIZE)
        context["events"] = events
        return _render(request, "timeline.html", context)

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search(request: Request) -> Response:
        text = (request.query_params.get("q") or "").strip()[:200]
        store = store_of(request)
        found = Filters(text=text) if text else None
        context = {
            "q": text,
            "entities": views.entities(store, found, 0, 20) if found else None,
            "claims": views.claims(store, found, 0, 20) if found else None,
            "stories": views.stories(store, found, 0, 20) if found else None,
        }
        return _render(request, "search.html", context)

    @app.get("/export/{resource}.{fmt}", include_in_schema=False)
    def export(request: Request, resource: str, fmt: str) -> Response:
        if resource not in PAGE_FILTERS or fmt not in ("csv", "json"):
            raise InputError(
                "E412",
                f"There is no {fmt!r} download of {resource!r}.",
                f"download one of {', '.join(PAGE_FILTERS)} as csv or json.",
            )
        query = read_query(request, PAGE_FILTERS[resource])
        extra: dict[str, Any] = {}
        if resource == "propositions" and request.query_params.get("similarity") in SIMILARITIES:
            extra["similarity"] = request.query_params["similarity"]
        page, rows = _all_rows(store_of(request), resource, query.filters, extra)
        name = download_name(store_of(request), resource, query.filters, fmt)
        headers = {"Content-Disposition": disposition(name)}
        if fmt == "json":
            body = json.dumps(jsonable(rows), ensure_ascii=False, indent=1)
            return Response(body, media_type="application/json", headers=headers)
        buffer = io.StringIO()
        columns = list(dict.fromkeys([*page.columns, *_evidence_columns(rows)]))
        emit(rows, columns, "csv", out=buffer)
        return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)


def _evidence_columns(rows: list[dict[str, Any]]) -> list[str]:
    """The columns that point back to the text, when the rows have them."""
    wanted = ("id", "article_id", "start", "end")
    return [c for c in wanted if rows and c in rows[0]]


def _all_rows(
    store: SqlStore, resource: str, f: Filters, extra: dict[str, Any]
) -> tuple[views.Page, list[dict[str, Any]]]:
    """Every row of a resource under these filters, up to ``WEB_EXPORT_MAX_ROWS``."""
    rows: list[dict[str, Any]] = []
    step = 500
    page = views.RESOURCES[resource](store, f, 0, step, **extra)
    rows += page.rows
    while page.more and len(rows) < settings.WEB_EXPORT_MAX_ROWS:
        page = views.RESOURCES[resource](store, f, len(rows), step, **extra)
        if not page.rows:
            break
        rows += page.rows
    return page, rows[: settings.WEB_EXPORT_MAX_ROWS]


def _thing(about: str | None) -> str:
    """A counted thing as charts group it, a key never shown: one series for "bar" and
    "bars", "search" and "searches", "headache" and "headaches" (``plural_endings``)."""
    words = normalise(about or "").split()
    if not words:
        return ""
    keep, tails = plural_endings()
    last = words[-1]
    if last.endswith("s") and not last.endswith(keep):
        last = last[:-1]
    tail = next(((end, to) for end, to in tails if last.endswith(end)), None)
    if tail is not None and len(last) > len(tail[0]):
        last = last[: -len(tail[0])] + tail[1]
    return " ".join([*words[:-1], last])


#: Measures whose figures follow one thing only when what they count was read: how long
#: the search lasted, how old the boy is (without it, every duration or age of the story).
_NAMED_MEASURES = ("duration", "age")


def _chart_key(
    r: dict[str, Any], classes: Any, named: Callable[[str], bool]
) -> tuple[Any, str, str, str] | None:
    """The count a figure row follows on a chart (story, measure, counted thing, unit), or
    None when it follows none: no measure or unit, a part of a whole, a duration or an age
    of nothing read, or an age of no one ``named`` (one entity's name: "a 34-year-old man"
    and "a 52-year-old man" are two men, not one man's ages)."""
    if not (r["measure"] or r["unit"]) or r["wrong"]:
        return None
    if r["measure"] == "age" and not named(r["about"] or ""):
        return None
    if r["measure"] in _NAMED_MEASURES:
        # a duration or an age is one history where the same thing is counted ("search"
        # 85 hours, then 100; "boy" six, then five); others are each their own
        if not _thing(r["about"]):
            return None
    elif r["scope"] != "total":
        return None  # a chart draws counts of the story's event: no parts or attributes
    # a verb's lemma ("reduce", "cut") is no measure of its own where a unit says what is
    # measured: the weights of the bars are one chart, whichever verb gave them
    measure = r["measure"] if r["measure"] in classes or not r["unit"] else ""
    return (r["story"], measure, _thing(r["about"]), r["unit"] or "")


def _charts(
    store: SqlStore, read: views.Page, stories: list[dict[str, Any]]
) -> tuple[list[Any], list[str]]:
    """One chart per story, measure, counted noun and unit (one count followed over time),
    the largest first, for the figures under these filters (``read``: their first
    ``WEB_CHART_POINTS``); and, in words, why the other figures are not drawn (each counts
    something no other figure counts, what they count was not read, they are parts).
    ``stories``: the story choices, whose labels name a chart's story."""
    rows = read.rows
    groups: dict[tuple[Any, str, str, str], list[dict[str, Any]]] = {}
    classes = measure_classes()
    unread = parts = unnamed = 0
    one_entity: dict[str, bool] = {}

    def named(about: str) -> bool:  # the name of one entity: its ages are one history
        if about not in one_entity:
            one_entity[about] = bool(about.strip()) and len(store.entity_ids(about)) == 1
        return one_entity[about]

    for r in rows:
        key = _chart_key(r, classes, named)
        if key is not None:
            groups.setdefault(key, []).append(r)
        elif not r["wrong"] and (r["measure"] or r["unit"]):
            if r["measure"] == "age" and _thing(r["about"]):
                unnamed += 1
            elif r["measure"] in _NAMED_MEASURES:
                unread += 1
            else:
                parts += 1
    labels = {s["id"]: s["label"] for s in stories}

    def bare_verb(key: tuple[Any, str, str, str]) -> bool:
        """A verb's lemma that names no measure (not a measure class) and no unit ("reduce"
        of "two bars", "get" of "half"): what one article's sentence counts, no history."""
        _, measure, _, unit = key
        return bool(measure) and measure not in classes and not unit

    verbs = {k: v for k, v in groups.items() if len(v) > 1 and bare_verb(k)}
    # one figure is no history
    followed = [(k, v) for k, v in groups.items() if len(v) > 1 and k not in verbs]
    # the words read, not the key ("headach" of "headaches")
    alone = sorted({v[0]["about"] or k[1] or k[3] for k, v in groups.items() if len(v) == 1})
    # the largest first; of two as large, a count of the story's event before a duration
    # or an age
    ranked = sorted(followed, key=lambda item: (-len(item[1]), item[0][1] in _NAMED_MEASURES))
    charts = []
    for (story, measure, _, unit), items in ranked[: settings.WEB_CHARTS]:
        counted = next((r["about"] for r in items if r["about"]), None)
        title = " ".join(filter(None, (counted or "figures", measure)))
        title += f" ({unit})" if unit else ""
        if story in labels:
            title += f" — {labels[story]}"
        charts.append(figure_chart(items, title))
    single = sum(1 for v in groups.values() if len(v) == 1)
    notes = _uncharted(len(rows), single, alone, (unread, unnamed, parts), ranked)
    if verbs:
        n = sum(len(v) for v in verbs.values())
        shown = ", ".join(
            sorted({f"{v[0]['about'] or k[2]} {k[1]}".strip() for k, v in verbs.items()})
        )
        notes.append(
            f"Not drawn: {_figures(n)} counted by a verb that names no measure, without a unit "
            f"({shown}): each is what one sentence counts, not a history."
        )
    return charts, notes


def _uncharted(
    total: int, single: int, alone: list[str], skipped: tuple[int, int, int], ranked: list[Any]
) -> list[str]:
    """Why figures are not on a chart, in words ("3 figures each count a thing no other
    figure counts: search, time trapped"): a chart follows one thing counted twice or more.
    ``skipped``: figures of a duration or an age of nothing read, of an age of no one
    named, of a part."""
    unread, unnamed, parts = skipped
    if not total:
        return []
    notes = []
    if not ranked:
        notes.append(
            "No chart: a chart follows one thing counted, in one unit, by two figures or more, "
            "and no two of these figures count the same thing."
        )
    if single:
        shown = ", ".join(alone[:8]) + (", …" if len(alone) > 8 else "")
        notes.append(
            f"Not drawn: {_figures(single)} {'counts' if single == 1 else 'each count'} a "
            f"thing no other figure counts here ({shown})."
        )
    if unread:
        notes.append(
            f"Not drawn: {_figures(unread)} of a duration or an age whose counted thing was "
            "not found (each may be of something else)."
        )
    if unnamed:
        notes.append(
            f"Not drawn: {_figures(unnamed)} of the age of someone not named (two people "
            "described alike may be two people)."
        )
    if parts:
        notes.append(f"Not drawn: {_figures(parts)} of a part or an attribute, not the whole.")
    more = ranked[settings.WEB_CHARTS :]
    if more:
        notes.append(
            f"Not drawn: {len(more)} more {'count' if len(more) == 1 else 'counts'} "
            f"followed by fewer figures; narrow the filters to see them."
        )
    return notes


def _figures(n: int) -> str:
    return f"{n} figure" if n == 1 else f"{n} figures"


def _record_pages(app: FastAPI) -> None:
    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article(request: Request, article_id: str) -> Response:
        record = store_of(request).article(article_id)
        text = record["article"]["text"]
        context = {
            "record": record,
            "segments": segments(text, article_marks(record)),
            "claims": list(enumerate(record["claims"])),
            "token_needed": bool(request.app.state.token),
            "back": request.url.path,
        }
        return _render(request, "article.html", context)

    @app.get("/entities/{name}", response_class=HTMLResponse, include_in_schema=False)
    def entity(request: Request, name: str) -> Response:
        store = store_of(request)
        found = store.entity(name)
        size = settings.WEB_PAGE_SIZE
        same = normalise(found.name)
        core = place_core(found.name) if found.type in PLACE_TYPES else same
        found_by = [found.name] if core == same else [found.name, core]
        candidates = {
            e.id: e for name in found_by for e in store.entities(Filters(text=name), 0, size).items
        }
        namesakes = [
            e
            for e in candidates.values()
            if e.id != found.id
            and (
                same in {normalise(n) for n in (e.name, *e.aliases)} | {org_core(e.name)}
                or same_place(found.name, found.type, e.name, e.type)
            )
        ]
        context = {
            "entity": found,
            "namesakes": namesakes,
            "said": views.claims(store, Filters(source=found.key), 0, size),
            "about": views.claims(store, Filters(about=found.key), 0, size),
            "articles": views.articles(store, Filters(about=found.key), 0, size),
            "events": views.events(store, Filters(about=found.key), 0, size),
            "token_needed": bool(request.app.state.token),
            "back": request.url.path,
        }
        return _render(request, "entity.html", context)

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story(
        request: Request, story_id: Annotated[int, PathParam(le=settings.MAX_ID)]
    ) -> Response:
        store = store_of(request)
        f = Filters(story=story_id)
        found = views.stories(store, f, 0, 1).rows
        if not found:
            raise NotFound(
                "E601", f"There is no story {story_id}.", "pick one from the stories page."
            )
        size = settings.WEB_DASHBOARD_ROWS
        sources = views.sources(store, f, 0, size)
        charted = views.figures(store, f, 0, settings.WEB_CHART_POINTS)
        charts, chart_notes = _charts(store, charted, _story_choices(store))
        context = {
            "story": found[0],
            "sources": sources,
            "unresolved": sources.unresolved,
            "figures": _slice(charted, 0, size) or views.figures(store, f, 0, size),
            "charts": charts,
            "chart_notes": chart_notes,
            "disagreements": views.disagreements(store, f, 0, size),
            "propositions": views.propositions(store, f, 0, size),
            "timeline": views.timeline(store, f, 0, size),
            "articles": views.articles(store, f, 0, size),
            "query": Query(f, {"story": str(story_id)}, 1),
            "token_needed": bool(request.app.state.token),
            "back": request.url.path,
        }
        return _render(request, "story.html", context)

    @app.get("/corrections", response_class=HTMLResponse, include_in_schema=False)
    def corrections(request: Request) -> Response:
        query = read_query(request, ())
        rows = list(reversed(views.corrections_rows(store_of(request))))
        size = settings.WEB_PAGE_SIZE
        offset = (query.page - 1) * size
        shown = rows[offset : offset + size]
        context = {
            "rows": shown,
            "total": len(rows),
            "first": offset + 1 if shown else 0,
            "last": offset + len(shown),
            "previous": query.link("/corrections", page=query.page - 1) if query.page > 1 else None,
            "next": query.link("/corrections", page=query.page + 1)
            if offset + size < len(rows)
            else None,
            "token_needed": bool(request.app.state.token),
            "back": query.link("/corrections", page=query.page if query.page > 1 else None),
        }
        return _render(request, "corrections.html", context)


def _writes(app: FastAPI) -> None:
    @app.post("/corrections/merge", include_in_schema=False)
    async def merge(request: Request) -> Response:
        form = await _form(request)
        who = _check_write(request, form)
        merged = service.merge_entities(
            store_of(request), form.get("into", "").strip(), form.get("other", "").strip(), who
        )
        return RedirectResponse(_done(f"/entities/{_quote(merged.key)}", "merged"), 303)

    @app.post("/corrections/split", include_in_schema=False)
    async def split(request: Request) -> Response:
        form = await _form(request)
        who = _check_write(request, form)
        service.split_entity(
            store_of(request), form.get("name", "").strip(), form.get("alias", "").strip(), who
        )
        return RedirectResponse(_done(_back(form, "/corrections"), "split"), status_code=303)

    @app.post("/corrections/mark", include_in_schema=False)
    async def mark(request: Request) -> Response:
        form = await _form(request)
        who = _check_write(request, form)
        target = form.get("target", "")
        if target not in ("claim", "figure", "disagreement"):
            raise _invalid("target", target, "claim, figure or disagreement")
        reason = form.get("reason", "").strip()[:2000] or None
        service.mark(
            store_of(request), target, form.get("key", "").strip()[:80], who=who, reason=reason
        )
        return RedirectResponse(_done(_back(form, "/corrections"), "marked"), status_code=303)

    @app.post("/corrections/{mark_id}/undo", include_in_schema=False)
    async def undo(
        request: Request, mark_id: Annotated[int, PathParam(ge=1, le=settings.MAX_ID)]
    ) -> Response:
        form = await _form(request)
        who = _check_write(request, form)
        service.unmark(store_of(request), mark_id, who=who)
        return RedirectResponse(_done(_back(form, "/corrections"), "undone"), status_code=303)

    @app.post("/corrections/merges/{correction_id}/undo", include_in_schema=False)
    async def undo_merge(
        request: Request, correction_id: Annotated[int, PathParam(ge=1, le=settings.MAX_ID)]
    ) -> Response:
        form = await _form(request)
        who = _check_write(request, form)
        service.undo_merge(store_of(request), correction_id, who=who)
        return RedirectResponse(_done(_back(form, "/corrections"), "undone"), status_code=303)


def _quote(name: str) -> str:
    from urllib.parse import quote  # noqa: PLC0415

    return quote(name, safe="")


__all__ = ["install", "read_query"]
