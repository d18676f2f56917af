"""The REST API: read endpoints under /api/ and POST /articles, one envelope for success and
one for errors (``envelope`` and ``error_envelope``, locked by tests)."""

from __future__ import annotations

import base64
import binascii
import hmac
import io
import threading
from dataclasses import asdict, dataclass
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Header, Path, Query, Request, Response
from pydantic import AfterValidator, BaseModel, Field

from newsclaims import derive, service, settings
from newsclaims.api.downloads import disposition, download_name
from newsclaims.errors import ConfigError, InputError, NewsclaimsError
from newsclaims.ingest import ReadResult, read_bytes
from newsclaims.ingest.url import fetch
from newsclaims.model import Stance, storable
from newsclaims.output import emit_page
from newsclaims.reconcile.propositions import SimilarityName
from newsclaims.records import jsonable
from newsclaims.service import Outcome, ingest_results
from newsclaims.store import SqlStore
from newsclaims.store.items import Filters
from newsclaims.views import RESOURCES, Page, corrections_rows
from newsclaims.views import claims as claims_page

#: Largest page a client may ask for.
MAX_PAGE = 500


def envelope(
    data: Any, next_cursor: str | None = None, total: int | None = None, hint: str = ""
) -> dict[str, Any]:
    """The one success shape: ``{"ok": true, "data": ..., "next": cursor-or-null}``, with
    ``"total"`` (how many rows match in all) for listings and ``"hint"`` when the filters
    leave rows out that another filter shows (sources described, not named, need a story)."""
    body = {"ok": True, "data": jsonable(data), "next": next_cursor}
    if total is not None:
        body["total"] = total
    if hint:
        body["hint"] = hint
    return body


def error_envelope(code: str, message: str, hint: str = "") -> dict[str, Any]:
    """The one error shape: ``{"ok": false, "error": {"code", "message", "hint"}}``."""
    return {"ok": False, "error": {"code": code, "message": message, "hint": hint}}


#: Largest id or offset a request may name: the stores' 64-bit signed integer (a bigger
#: one once reached SQLite and came back as a plain-text 500).
MAX_ID = settings.MAX_ID


def _decode(cursor: str | None) -> int:
    if not cursor:
        return 0
    try:
        offset = max(0, int(base64.urlsafe_b64decode(cursor.encode()).decode()))
    except (ValueError, binascii.Error, UnicodeDecodeError) as e:
        raise InputError(
            "E412", "The cursor is not one this API gave out.", "start again without it."
        ) from e
    if offset > MAX_ID:
        raise InputError(
            "E412", "The cursor is not one this API gave out.", "start again without it."
        )
    return offset


def _encode(offset: int) -> str:
    return base64.urlsafe_b64encode(str(offset).encode()).decode()


def store_of(request: Request) -> SqlStore:
    """The store the app was started with."""
    store: SqlStore = request.app.state.store
    return store


def require_token(request: Request, authorization: str | None = Header(default=None)) -> None:
    """Writes need ``Authorization: Bearer <NEWSCLAIMS_TOKEN>`` when a token is configured."""
    token = request.app.state.token
    given = (authorization or "").encode("utf-8", errors="replace")
    if token and not hmac.compare_digest(given, f"Bearer {token}".encode()):
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
    404: {"model": ErrorEnvelope, "description": "Nothing with that id or name (E601)."},
    409: {"model": ErrorEnvelope, "description": "A correction that changes nothing (E413)."},
    422: {"model": ErrorEnvelope, "description": "Invalid parameters or input (E412, E1xx)."},
}

Limit = Query(100, ge=1, le=MAX_PAGE)
router = APIRouter(responses=ERRORS)

#: What a listing can be rendered as (``?format=``).
Format = Literal["json", "csv"]

#: A listing answers with the success envelope, or with CSV when ``format=csv``.
LISTING_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "One page of rows in the success envelope, or CSV (``format=csv``).",
        "content": {
            "application/json": {},
            "text/csv": {"schema": {"type": "string"}},
        },
    }
}


@dataclass
class FilterParams:
    """The filters every listing takes (each optional; they combine with AND)."""

    story: Annotated[int | None, Query(ge=1, le=MAX_ID, description="Only this story.")] = None
    outlet: Annotated[str | None, Query(max_length=300, description="Only this outlet.")] = None
    source: Annotated[
        str | None, Query(max_length=400, description="Only what this source says.")
    ] = None
    about: Annotated[
        str | None, Query(max_length=400, description="Only what is about this entity.")
    ] = None
    stance: Annotated[Stance | None, Query(description="Only this stance.")] = None
    measure: Annotated[
        str | None,
        Query(
            max_length=64,
            description="Only figures of this measure: a measure or a word for one (killed,"
            " dead), a unit's dimension (weight), a unit (minutes) or the counted thing (bars).",
        ),
    ] = None
    kind: Annotated[
        str | None,
        Query(
            max_length=64,
            description="Only this kind or type (sources: named or described; another value"
            " is a 422).",
        ),
    ] = None
    where: Annotated[
        str | None, Query(max_length=400, description="Only events in this place.")
    ] = None
    since: Annotated[date | None, Query(alias="from", description="Only from this day on.")] = None
    until: Annotated[date | None, Query(alias="to", description="Only up to this day.")] = None
    text: Annotated[
        str | None, Query(max_length=200, description="Only what holds these words.")
    ] = None

    def filters(self) -> Filters:
        """The store's filters."""
        values = asdict(self)
        values["stance"] = self.stance.value if self.stance else None
        return Filters(**values)


def _listing(
    request: Request,
    resource: str,
    params: FilterParams,
    limit: int,
    cursor: str | None,
    fmt: Format,
    **extra: Any,
) -> Any:
    """One page of a resource: the success envelope, or CSV with the same filters."""
    offset = _decode(cursor)
    page: Page = RESOURCES[resource](store_of(request), params.filters(), offset, limit, **extra)
    if fmt == "csv":
        buffer = io.StringIO()
        emit_page(page, "csv", out=buffer)
        name = download_name(store_of(request), resource, params.filters(), "csv")
        return Response(
            buffer.getvalue(),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": disposition(name)},
        )
    following = _encode(offset + len(page.rows)) if page.more else None
    return envelope(page.rows, following, total=page.total, hint=page.hint)


def _listing_endpoint(resource: str, summary: str) -> None:
    def endpoint(
        request: Request,
        params: Annotated[FilterParams, Depends()],
        limit: int = Limit,
        cursor: str | None = None,
        fmt: Annotated[Format, Query(alias="format")] = "json",
    ) -> Any:
        return _listing(request, resource, params, limit, cursor, fmt)

    endpoint.__doc__ = summary
    router.add_api_route(
        f"/api/{resource}",
        endpoint,
        methods=["GET"],
        name=f"list_{resource}",
        summary=summary,
        responses=LISTING_RESPONSES,
    )


for _name, _summary in (
    ("articles", "Stored and rejected articles, newest first."),
    ("claims", "Who claims what: claims with source, cue and stance."),
    ("figures", "Figures in the order they were published, with outlet, source and bound."),
    ("sources", "Source profiles: claims, stances, topics and how often contradicted."),
    ("entities", "Entities with aliases and counts (text matches a name or alias)."),
    ("events", "Events by actor, type and place, in the order they happened."),
    ("event_reports", "One event, many reports: each story's events merged, with reports."),
    ("timeline", "Dated claims in the order things happened (from/to: when it happened)."),
    ("stories", "Stories: articles on one event or topic, most recent first."),
):
    _listing_endpoint(_name, _summary)


@router.get("/api/disagreements", name="list_disagreements", responses=LISTING_RESPONSES)
def list_disagreements(
    request: Request,
    params: Annotated[FilterParams, Depends()],
    limit: int = Limit,
    cursor: str | None = None,
    fmt: Annotated[Format, Query(alias="format")] = "json",
    across_stories: bool = False,
) -> Any:
    """Where sources disagree, within each story (``across_stories``: across stories too,
    about ``about`` when given, computed for this request)."""
    return _listing(
        request, "disagreements", params, limit, cursor, fmt, across_stories=across_stories
    )


@router.get("/api/propositions", name="list_propositions", responses=LISTING_RESPONSES)
def list_propositions(
    request: Request,
    params: Annotated[FilterParams, Depends()],
    limit: int = Limit,
    cursor: str | None = None,
    fmt: Annotated[Format, Query(alias="format")] = "json",
    similarity: SimilarityName | None = None,
) -> Any:
    """What several sources state, with who supports, denies or leaves each open
    (``similarity``: how claim texts are compared; default the SIMILARITY setting)."""
    return _listing(request, "propositions", params, limit, cursor, fmt, similarity=similarity)


@router.get("/api/articles/{article_id}")
def get_article(request: Request, article_id: str) -> dict[str, Any]:
    """One article with its mentions, claims, figures and times."""
    return envelope(store_of(request).article(article_id))


@router.get("/api/entities/{name}")
def get_entity(request: Request, name: str) -> dict[str, Any]:
    """One entity by canonical name or alias, with its aliases and gazetteer link."""
    return envelope(store_of(request).entity(name))


@router.get("/api/search")
def search_claims(
    request: Request,
    q: str = Query(..., min_length=1, max_length=200),
    limit: int = Limit,
    cursor: str | None = None,
) -> dict[str, Any]:
    """Claims whose content holds every word of ``q`` (full text)."""
    offset = _decode(cursor)
    page = claims_page(store_of(request), Filters(text=q), offset, limit)
    following = _encode(offset + len(page.rows)) if page.more else None
    return envelope(page.rows, following, total=page.total)


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
            "E412", "Send exactly one of text, html or url.", "put the article in one field."
        )
    meta = {"published": body.published, "title": body.title, "outlet": body.outlet}
    given_meta = {k: v for k, v in meta.items() if v}
    if body.url:
        results = _fetch_and_read(request, body.url, given_meta)
    else:
        # a JSON body may hold lone surrogates ("\ud800"), which UTF-8 cannot encode
        data = storable(body.text or body.html or "").encode("utf-8")
        name = "post.html" if body.html else "post.txt"
        results = list(read_bytes(data, "<post>", name, text_meta=given_meta))
    outcomes: list[Outcome] = []
    store = store_of(request)
    ingest_results(results, store, published=body.published, on_outcome=outcomes.append)
    derive.after_write(store)
    written = []
    for outcome in outcomes:
        if outcome.skipped:
            continue
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


def _fetch_and_read(request: Request, url: str, meta: dict[str, Any]) -> list[ReadResult]:
    """Fetch a URL in one of the server's ``FETCH_SLOTS``: when all are busy the request is
    answered 503 (E420) at once, so slow servers cannot take every worker thread. The title,
    outlet and date the request gives win over the page's own."""
    slots: threading.BoundedSemaphore = request.app.state.fetch_slots
    if not slots.acquire(blocking=False):
        raise NewsclaimsError(
            "E420",
            f"The server is already fetching {settings.FETCH_SLOTS} URLs.",
            "retry in a minute, or send the page's text or HTML instead.",
        )
    try:
        fetched = fetch(url, allow_private=request.app.state.allow_private)
    finally:
        slots.release()
    return list(read_bytes(fetched.body, url, url=fetched.url, text_meta=meta))


def _no_nul(value: str) -> str:
    """A correction's text without NUL characters (PostgreSQL takes none: a 500 before)."""
    if "\x00" in value:
        raise ValueError("a NUL character is not allowed here")
    return value


#: Text of a correction: any string without a NUL character (E412 otherwise).
Text = Annotated[str, AfterValidator(_no_nul)]


class MergeIn(BaseModel):
    """Make ``other`` the same entity as ``into``."""

    into: Text
    other: Text
    who: Text = Field(..., min_length=1, description="Who makes the correction (recorded).")


class SplitIn(BaseModel):
    """Give the mentions of ``alias`` an entity of their own, apart from ``name``."""

    name: Text
    alias: Text
    who: Text = Field(..., min_length=1, description="Who makes the correction (recorded).")


@router.post("/api/entities/merge", dependencies=[Depends(require_token)])
def merge_entities(request: Request, body: MergeIn) -> dict[str, Any]:
    """Merge two entities; the correction is recorded and kept for later ingests."""
    store = store_of(request)
    merged = service.merge_entities(store, body.into, body.other, who=body.who)
    return envelope(merged)


@router.post("/api/entities/split", dependencies=[Depends(require_token)])
def split_entity(request: Request, body: SplitIn) -> dict[str, Any]:
    """Split an alias off an entity; recorded and kept for later ingests."""
    store = store_of(request)
    split = service.split_entity(store, body.name, body.alias, who=body.who)
    return envelope(split)


@router.get("/api/corrections")
def list_corrections(request: Request) -> dict[str, Any]:
    """Every correction: merges, splits and marks, with who made them and when."""
    return envelope(corrections_rows(store_of(request)))


class MarkIn(BaseModel):
    """Mark a claim, figure or disagreement wrong."""

    target: Literal["claim", "figure", "disagreement"]
    key: Text = Field(
        ..., min_length=1, max_length=80, description="Its id, or a disagreement's key."
    )
    who: Text = Field(..., min_length=1, max_length=200, description="Who marks it (recorded).")
    reason: Text | None = Field(None, max_length=2000)


@router.post("/api/marks", dependencies=[Depends(require_token)], status_code=201)
def mark_wrong(request: Request, body: MarkIn) -> dict[str, Any]:
    """Mark a record wrong: kept, shown as wrong, left out of counts and comparisons."""
    store = store_of(request)
    made = service.mark(store, body.target, body.key, who=body.who, reason=body.reason)
    return envelope(asdict(made))


class UnmarkIn(BaseModel):
    """Undo a mark."""

    who: Text = Field(..., min_length=1, max_length=200)


@router.post("/api/marks/{mark_id}/undo", dependencies=[Depends(require_token)])
def undo_mark(
    request: Request, mark_id: Annotated[int, Path(ge=1, le=MAX_ID)], body: UnmarkIn
) -> dict[str, Any]:
    """Undo a mark (kept in the record, with when it was undone)."""
    store = store_of(request)
    undone = service.unmark(store, mark_id, who=body.who)
    return envelope(asdict(undone))


@router.post("/api/merges/{correction_id}/undo", dependencies=[Depends(require_token)])
def undo_merge(
    request: Request, correction_id: Annotated[int, Path(ge=1, le=MAX_ID)], body: UnmarkIn
) -> dict[str, Any]:
    """Undo a merge exactly: the merged entity comes back with what the merge moved (kept in
    the record, with when it was undone)."""
    store = store_of(request)
    back = service.undo_merge(store, correction_id, who=body.who)
    return envelope(back)


def status_of(error: NewsclaimsError) -> int:
    """The HTTP status for a coded error (each code carries its own)."""
    return error.status
