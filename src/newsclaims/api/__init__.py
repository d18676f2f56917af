"""The REST API: read endpoints under /api/ and POST /articles, one envelope for success and
one for errors (``envelope`` and ``error_envelope``, locked by tests)."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from datetime import date
from typing import Any

from fastapi import APIRouter, Depends, Header, Query, Request
from pydantic import BaseModel, Field

from newsclaims.errors import ConfigError, InputError, NewsclaimsError
from newsclaims.ingest import read_bytes
from newsclaims.ingest.url import fetch
from newsclaims.reconcile.propositions import SimilarityName
from newsclaims.records import jsonable
from newsclaims.service import Outcome, ingest_results
from newsclaims.store import SqlStore

#: Largest page a client may ask for.
MAX_PAGE = 500


def envelope(data: Any, next_cursor: str | None = None) -> dict[str, Any]:
    """The one success shape: ``{"ok": true, "data": ..., "next": cursor-or-null}``."""
    return {"ok": True, "data": jsonable(data), "next": next_cursor}


def error_envelope(code: str, message: str, hint: str = "") -> dict[str, Any]:
    """The one error shape: ``{"ok": false, "error": {"code", "message", "hint"}}``."""
    return {"ok": False, "error": {"code": code, "message": message, "hint": hint}}


def _decode(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        return max(0, int(base64.urlsafe_b64decode(cursor.encode()).decode()))
    except (ValueError, binascii.Error) as e:
        raise InputError(
            "E404", "The cursor is not one this API gave out.", "start again without it."
        ) from e


def _encode(offset: int) -> str:
    return base64.urlsafe_b64encode(str(offset).encode()).decode()


def _page(
    fetch_rows: Callable[[int, int], list[dict[str, Any]]], limit: int, cursor: str | None
) -> dict[str, Any]:
    offset = _decode(cursor)
    rows = fetch_rows(limit + 1, offset)
    more = len(rows) > limit
    return envelope(rows[:limit], _encode(offset + limit) if more else None)


def store_of(request: Request) -> SqlStore:
    """The store the app was started with."""
    store: SqlStore = request.app.state.store
    return store


def require_token(request: Request, authorization: str | None = Header(default=None)) -> None:
    """Writes need ``Authorization: Bearer <NEWSCLAIMS_TOKEN>`` when a token is configured."""
    token = request.app.state.token
    if token and authorization != f"Bearer {token}":
        raise ConfigError(
            "E406",
            "This write needs the server's bearer token.",
            "send Authorization: Bearer <token>.",
        )


class ErrorBody(BaseModel):
    """A coded error."""

    code: str
    message: str
    hint: str


class ErrorEnvelope(BaseModel):
    """The one error shape."""

    ok: bool
    error: ErrorBody


#: Every endpoint may answer with the error envelope.
ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": ErrorEnvelope, "description": "A write without the bearer token (E406)."},
    404: {"model": ErrorEnvelope, "description": "Nothing with that id or name (E501)."},
    422: {"model": ErrorEnvelope, "description": "Invalid parameters or input (E404, E1xx)."},
}

Limit = Query(100, ge=1, le=MAX_PAGE)
Since = Query(None, alias="from")
Until = Query(None, alias="to")
router = APIRouter(responses=ERRORS)


@router.get("/api/articles")
def list_articles(
    request: Request, limit: int = Limit, cursor: str | None = None
) -> dict[str, Any]:
    """Stored and rejected articles, newest first."""
    return _page(lambda n, o: store_of(request).articles(limit=n, offset=o), limit, cursor)


@router.get("/api/articles/{article_id}")
def get_article(request: Request, article_id: str) -> dict[str, Any]:
    """One article with its mentions, claims, figures and times."""
    return envelope(store_of(request).article(article_id))


@router.get("/api/claims")
def list_claims(
    request: Request,
    source: str | None = None,
    about: str | None = None,
    stance: str | None = None,
    limit: int = Limit,
    cursor: str | None = None,
) -> dict[str, Any]:
    """Claims by source, subject and stance (names or aliases)."""
    store = store_of(request)
    return _page(
        lambda n, o: store.claims(source=source, about=about, stance=stance, limit=n, offset=o),
        limit,
        cursor,
    )


@router.get("/api/entities")
def list_entities(
    request: Request, limit: int = Limit, cursor: str | None = None
) -> dict[str, Any]:
    """Entities with aliases and counts."""
    return _page(lambda n, o: store_of(request).entities(limit=n, offset=o), limit, cursor)


@router.get("/api/entities/{name}")
def get_entity(request: Request, name: str) -> dict[str, Any]:
    """One entity by canonical name or alias, with its aliases and gazetteer link."""
    return envelope(store_of(request).entity(name))


@router.get("/api/events")
def list_events(
    request: Request,
    about: str | None = None,
    type: str | None = None,
    where: str | None = None,
    limit: int = Limit,
    cursor: str | None = None,
) -> dict[str, Any]:
    """Events by actor, type and place, in the order they happened."""
    store = store_of(request)
    return _page(
        lambda n, o: store.events(about=about, type_=type, where=where, limit=n, offset=o),
        limit,
        cursor,
    )


@router.get("/api/figures")
def list_figures(
    request: Request,
    about: str | None = None,
    measure: str | None = None,
    limit: int = Limit,
    cursor: str | None = None,
) -> dict[str, Any]:
    """Figures for a subject and measure, oldest report first."""
    store = store_of(request)
    return _page(
        lambda n, o: store.figures(about=about, measure=measure, limit=n, offset=o), limit, cursor
    )


@router.get("/api/disagreements")
def list_disagreements(request: Request, about: str | None = None) -> dict[str, Any]:
    """Conflicts, updates and not-comparable pairs."""
    return envelope(store_of(request).disagreements(about=about))


@router.get("/api/propositions")
def list_propositions(
    request: Request,
    about: str | None = None,
    similarity: SimilarityName | None = None,
) -> dict[str, Any]:
    """Claims grouped into propositions, with who supports, denies or leaves each open
    (``similarity``: how claim texts are compared; default the SIMILARITY setting)."""
    return envelope(store_of(request).propositions(about=about, similarity=similarity))


@router.get("/api/sources")
def list_sources(request: Request, limit: int = Limit) -> dict[str, Any]:
    """Source profiles: claims, stances, topics and how often contradicted."""
    return envelope(store_of(request).sources(limit=limit))


@router.get("/api/timeline")
def list_timeline(
    request: Request,
    about: str | None = None,
    since: date | None = Since,
    until: date | None = Until,
    limit: int = Limit,
    cursor: str | None = None,
) -> dict[str, Any]:
    """Dated claims in the order things happened."""
    store = store_of(request)
    return _page(
        lambda n, o: store.timeline(about=about, since=since, until=until, limit=n, offset=o),
        limit,
        cursor,
    )


@router.get("/api/search")
def search_claims(
    request: Request, q: str = Query(..., min_length=1, max_length=200)
) -> dict[str, Any]:
    """Claims whose content holds every word of ``q``."""
    return envelope(store_of(request).search(q))


class ArticleIn(BaseModel):
    """An article to ingest: one of text, html or url."""

    text: str | None = Field(None, description="Plain text of the article.")
    html: str | None = Field(None, description="An HTML page.")
    url: str | None = Field(
        None, description="An http(s) URL to fetch (private addresses refused)."
    )
    published: date | None = None
    title: str | None = None
    outlet: str | None = None


@router.post("/articles", dependencies=[Depends(require_token)], status_code=201)
def post_article(request: Request, body: ArticleIn) -> dict[str, Any]:
    """Read, analyse and store one article, with the same readers and SSRF rules as the CLI."""
    given = [v for v in (body.text, body.html, body.url) if v]
    if len(given) != 1:
        raise InputError(
            "E404", "Send exactly one of text, html or url.", "put the article in one field."
        )
    meta = {"published": body.published, "title": body.title, "outlet": body.outlet}
    if body.url:
        fetched = fetch(body.url, allow_private=request.app.state.allow_private)
        results = list(read_bytes(fetched.body, body.url, url=fetched.url))
    else:
        data = (body.text or body.html or "").encode("utf-8")
        name = "post.html" if body.html else "post.txt"
        results = list(
            read_bytes(data, "<post>", name, text_meta={k: v for k, v in meta.items() if v})
        )
    outcomes: list[Outcome] = []
    ingest_results(results, store_of(request), published=body.published, on_outcome=outcomes.append)
    written = []
    for outcome in outcomes:
        if outcome.error is not None:
            raise outcome.error
        written.append(
            {
                "article_id": outcome.write.article_id if outcome.write else None,
                "status": outcome.write.status.value if outcome.write else None,
                "rejection": outcome.rejection,
            }
        )
    return envelope(written)


class MergeIn(BaseModel):
    """Make ``other`` the same entity as ``into``."""

    into: str
    other: str
    who: str = Field(..., min_length=1, description="Who makes the correction (recorded).")


class SplitIn(BaseModel):
    """Give the mentions of ``alias`` an entity of their own, apart from ``name``."""

    name: str
    alias: str
    who: str = Field(..., min_length=1, description="Who makes the correction (recorded).")


@router.post("/api/entities/merge", dependencies=[Depends(require_token)])
def merge_entities(request: Request, body: MergeIn) -> dict[str, Any]:
    """Merge two entities; the correction is recorded and kept for later ingests."""
    return envelope(store_of(request).merge_entities(body.into, body.other, who=body.who))


@router.post("/api/entities/split", dependencies=[Depends(require_token)])
def split_entity(request: Request, body: SplitIn) -> dict[str, Any]:
    """Split an alias off an entity; recorded and kept for later ingests."""
    return envelope(store_of(request).split_entity(body.name, body.alias, who=body.who))


@router.get("/api/corrections")
def list_corrections(request: Request) -> dict[str, Any]:
    """Every merge and split, with who made it and when."""
    return envelope(store_of(request).corrections())


def status_of(error: NewsclaimsError) -> int:
    """The HTTP status for a coded error."""
    if error.code == "E501":
        return 404
    if error.code == "E406":
        return 401
    if error.code.startswith("E1") or error.code == "E404":
        return 422
    return 500 if error.code.startswith("E3") else 400
