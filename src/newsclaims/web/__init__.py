"""The analyst's workbench: server-rendered pages and the REST API on one store."""

from __future__ import annotations

import threading
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsclaims import derive, settings
from newsclaims.api import error_envelope, router, status_of
from newsclaims.api.guard import SECURITY_HEADERS, Harden, allowed_hosts
from newsclaims.errors import InputError, NewsclaimsError, NotFound
from newsclaims.store import SqlStore, open_store
from newsclaims.web import pages
from newsclaims.web.pages import is_web_link

HERE = Path(__file__).parent


def _wants_json(request: Request) -> bool:
    """API routes answer errors in the envelope; pages and their form writes in words."""
    path = request.url.path
    if path.startswith("/api/"):
        return True
    return not (request.method in ("GET", "HEAD") or path.startswith("/corrections"))


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
        docs_url=None,  # served from local assets by pages.install (the CSP blocks CDNs)
        redoc_url=None,
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
        return pages.templates.TemplateResponse(
            request, "error.html", {"error": error, "status": status}, status_code=status
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
        return await coded(request, InputError("E412", detail, "check the parameters."))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> Response:
        if error.status_code == 404:
            path = request.url.path
            return await coded(
                request,
                NotFound("E602", f"Nothing is at {path}.", "start again from the home page."),
            )
        if error.status_code == 405:
            return await coded(
                request,
                InputError("E603", f"{request.url.path} does not take {request.method}."),
            )
        return await coded(request, InputError("E412", str(error.detail)))

    pages.install(app)
    return app


__all__ = ["SECURITY_HEADERS", "SqlStore", "create_app", "is_web_link"]
