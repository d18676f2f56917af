"""The analyst's workbench: server-rendered pages and the REST API on one store."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from newsclaims import derive, settings, views
from newsclaims.api import MAX_ID, error_envelope, router, status_of, store_of
from newsclaims.api.guard import SECURITY_HEADERS, Harden, allowed_hosts
from newsclaims.errors import NewsclaimsError
from newsclaims.reconcile.disagreements import FigureRow
from newsclaims.reconcile.propositions import SimilarityName
from newsclaims.store import SqlStore, open_store
from newsclaims.store.items import Filters
from newsclaims.web.render import article_marks, figure_chart, segments

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


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.method != "GET"


def create_app(
    db_url: str | None = None,
    token: str | None = None,
    allow_private: bool = False,
    host: str = "127.0.0.1",
) -> FastAPI:
    """The web app on the store at ``db_url``; writes need ``token`` when one is given.
    Without a token the app answers only requests whose Host is ``host`` (the address it
    listens on, and the loopback names when that is loopback)."""
    store = open_store(db_url)
    store.writes_on_read = False  # a read never writes; the refresher derives in the background

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        refresher = derive.Refresher(store).start()
        _app.state.refresher = refresher
        yield
        refresher.stop()
        store.close()

    app = FastAPI(
        title="newsclaims",
        version="0.1.0",
        description="Who claims what, in your news articles.",
        lifespan=lifespan,
    )
    app.state.store = store
    app.state.token = token
    app.state.allow_private = allow_private
    app.state.fetch_slots = threading.BoundedSemaphore(settings.FETCH_SLOTS)
    app.add_middleware(Harden, token=token, hosts=allowed_hosts(host))
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(router)

    @app.exception_handler(NewsclaimsError)
    async def coded(request: Request, error: NewsclaimsError) -> Response:
        status = status_of(error)
        if _wants_json(request):
            return JSONResponse(
                error_envelope(error.code, error.message, error.hint), status_code=status
            )
        return templates.TemplateResponse(
            request, "error.html", {"error": error}, status_code=status
        )

    @app.exception_handler(Exception)
    async def unexpected(_request: Request, error: Exception) -> Response:
        # answered by Starlette's outermost layer, past the middleware: headers set here
        return JSONResponse(
            error_envelope(
                "E423",
                f"The server failed on this request ({type(error).__name__}).",
                "retry; if it fails again, report it with the request.",
            ),
            status_code=500,
            headers=SECURITY_HEADERS,
        )

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, error: RequestValidationError) -> Response:
        detail = "; ".join(
            f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors()
        )
        return JSONResponse(
            error_envelope("E412", detail, "check the parameters."), status_code=422
        )

    _pages(app)
    return app


def _filters(request: Request) -> Filters:
    """The filters a page's query string gives (the same names as the API's)."""
    q = request.query_params
    story = q.get("story")
    return Filters(
        story=int(story) if story and story.isdigit() and int(story) <= MAX_ID else None,
        outlet=q.get("outlet") or None,
        source=q.get("source") or None,
        about=q.get("about") or None,
        stance=q.get("stance") or None,
        measure=q.get("measure") or None,
        kind=q.get("kind") or None,
        text=q.get("q") or q.get("text") or None,
    )


def _pages(app: FastAPI) -> None:
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def index(request: Request, q: str | None = Query(None, max_length=200)) -> Response:
        store = store_of(request)
        results = views.claims(store, Filters(text=q), limit=200).rows if q else []
        context = {
            "articles": views.articles(store, limit=200).rows,
            "q": q or "",
            "results": results,
        }
        return templates.TemplateResponse(request, "index.html", context)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article(request: Request, article_id: str) -> Response:
        record = store_of(request).article(article_id)
        text = record["article"]["text"]
        context = {
            "record": record,
            "segments": segments(text, article_marks(record)),
            "claims": list(enumerate(record["claims"])),
        }
        return templates.TemplateResponse(request, "article.html", context)

    @app.get("/figures", response_class=HTMLResponse, include_in_schema=False)
    def figures(request: Request) -> Response:
        f = _filters(request)
        rows = views.figures(store_of(request), f, limit=500).rows
        figure_rows = [
            FigureRow(
                r["article_id"],
                r["start"],
                r["end"],
                r["text"],
                r["value"],
                r["low"],
                r["high"],
                r["bound"],
                r["about"],
                r["measure"],
                r["source"],
                _day(r["published"]),
            )
            for r in rows
            if r["measure"] not in ("duration", "age") and r["scope"] == "total"
        ]  # the chart draws counts of the story's event: no ages, parts or other events
        context: dict[str, Any] = {
            "rows": rows,
            "chart": figure_chart(figure_rows),
            "about": f.about or "",
            "measure": f.measure or "",
        }
        return templates.TemplateResponse(request, "figures.html", context)

    @app.get("/disagreements", response_class=HTMLResponse, include_in_schema=False)
    def disagreements(request: Request) -> Response:
        f = _filters(request)
        found = views.disagreements(store_of(request), f, limit=300).rows
        return templates.TemplateResponse(
            request, "disagreements.html", {"found": found, "about": f.about or ""}
        )

    @app.get("/propositions", response_class=HTMLResponse, include_in_schema=False)
    def propositions(request: Request, similarity: SimilarityName | None = None) -> Response:
        f = _filters(request)
        found = views.propositions(store_of(request), f, limit=300, similarity=similarity).rows
        context = {"found": found, "about": f.about or "", "similarity": similarity or ""}
        return templates.TemplateResponse(request, "propositions.html", context)

    @app.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
    def timeline(request: Request) -> Response:
        store = store_of(request)
        f = _filters(request)
        context = {
            "events": views.events(store, f, limit=300).rows,
            "claims": views.timeline(store, f, limit=300).rows,
            "about": f.about or "",
        }
        return templates.TemplateResponse(request, "timeline.html", context)

    @app.get("/entities/{name}", response_class=HTMLResponse, include_in_schema=False)
    def entity(request: Request, name: str) -> Response:
        store = store_of(request)
        context = {
            "name": name,
            "entity": store.entity(name),
            "said": views.claims(store, Filters(source=name), limit=200).rows,
            "about": views.claims(store, Filters(about=name), limit=200).rows,
            "events": views.events(store, Filters(about=name), limit=200).rows,
        }
        return templates.TemplateResponse(request, "entity.html", context)


def _day(value: Any) -> date | None:
    """The day of a date or a time stamp."""
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None


__all__ = ["SqlStore", "create_app"]
