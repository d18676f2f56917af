"""Shared fixtures: fixture files, generated WARC archives, and a store on each backend."""

from __future__ import annotations

import gc
import io
import json
import os
import random
import uuid
import warnings
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from sqlalchemy import create_engine, func, select, text
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsclaims.model import (
    Analysis,
    Article,
    Claim,
    ClaimKind,
    Entity,
    Mention,
    Rejection,
    Span,
    Stance,
)
from newsclaims.store import SqlStore
from newsclaims.store.schema import articles, claims, mentions, quantities

FIXTURES = Path(__file__).parent / "fixtures"
EXAMPLES = Path(__file__).parent.parent / "examples"

PG_ENV = "NEWSCLAIMS_TEST_PG_URL"
REQUIRE_PG_ENV = "NEWSCLAIMS_REQUIRE_PG"

# No property test fails on time: hypothesis's default deadline (200 ms an example) and its
# too_slow health check are wall-clock limits, and a busy machine breaks them. Timings go in
# bench/. A test's own @settings still sets its number of examples.
hypothesis_settings.register_profile(
    "newsclaims", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
hypothesis_settings.load_profile("newsclaims")


@pytest.fixture
def fixtures() -> Path:
    """The folder of hand-written input fixtures."""
    return FIXTURES


def warc_bytes(pages: list[tuple[str, str, str]]) -> bytes:
    """A gzipped WARC with one response record per (url, content type, body)."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    # warcio leaves its digest spool files to the garbage collector; that is its business.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        for url, content_type, body in pages:
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1"
            )
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(body.encode("utf-8")), http_headers=headers
            )
            writer.write_record(record)
            del record
        gc.collect()
    return buffer.getvalue()


PAGE = (
    "<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
    "<p>{body}</p></article></body></html>"
)


@pytest.fixture
def warc_file(tmp_path: Path) -> Path:
    """A .warc.gz holding two HTML pages and one image record."""
    data = warc_bytes(
        [
            (
                "https://a.example/one",
                "text/html; charset=utf-8",
                PAGE.format(
                    title="Strike ends",
                    body="Union leaders said on Friday that the strike at the Hollin plant ended.",
                ),
            ),
            ("https://a.example/logo.png", "image/png", "not really a png"),
            (
                "https://a.example/two",
                "text/html",
                PAGE.format(
                    title="Fire contained",
                    body="Firefighters said the fire near Carrow was contained by Sunday night.",
                ),
            ),
        ]
    )
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(data)
    return path


@pytest.fixture
def mixed_inputs(tmp_path: Path) -> Path:
    """Invented inputs of every kind a folder walk reads: pages, a text with its metadata,
    JSONL, an archive (pages, a page without text, an image) and bad files."""
    folder = tmp_path / "mixed"
    folder.mkdir()
    for n, town in enumerate(["Dunmore", "Carvel", "Hollin"]):
        body = f"Officials in {town} said on Monday that the bridge would reopen in May."
        (folder / f"page-{n}.html").write_text(PAGE.format(title=town, body=body), "utf-8")
    (folder / "script-only.html").write_text(
        "<html><head><title>Loading</title></head><body><div id='app'></div></body></html>"
    )
    (folder / "blank.html").write_text("")
    (folder / "mayor.txt").write_text("Mayor Ana Ruiz said the library would open in June.")
    (folder / "mayor.meta.json").write_text('{"published": "2026-01-12", "title": "Library"}')
    records = [
        {"text": "The council in Carrow said the road would reopen soon.", "published": "None"},
        {"title": "no text"},
    ]
    (folder / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in records))
    page = PAGE.format(title="Strike ends", body="Union leaders said the strike had ended.")
    empty = "<html><body><div id='app'></div></body></html>"
    archive = [
        ("https://a.example/one", "text/html", page),
        ("https://a.example/logo.png", "image/png", "not really a png"),
        ("https://a.example/empty", "text/html", empty),
    ]
    (folder / "crawl.warc.gz").write_bytes(warc_bytes(archive))
    return folder


def _pg_url() -> str | None:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get(REQUIRE_PG_ENV):
            pytest.fail(f"{REQUIRE_PG_ENV} is set but {PG_ENV} is not")
        return None
    return url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SqlStore]:
    """A fresh, migrated store on SQLite and on PostgreSQL (own schema per test)."""
    if request.param == "sqlite":
        opened = SqlStore(f"sqlite:///{tmp_path / 'test.db'}")
        yield opened
        opened.close()
        return
    base = _pg_url()
    if base is None:
        pytest.skip(f"set {PG_ENV} to run the PostgreSQL tests")
    yield from _pg_store(base)


@pytest.fixture
def pg_store() -> Iterator[SqlStore]:
    """A fresh, migrated PostgreSQL store (own schema), for tests about PostgreSQL only."""
    base = _pg_url()
    if base is None:
        pytest.skip(f"set {PG_ENV} to run the PostgreSQL tests")
    yield from _pg_store(base)


def _pg_store(base: str) -> Iterator[SqlStore]:
    schema = f"nc_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base.replace("postgresql://", "postgresql+psycopg://", 1))
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in base else "?"
    opened = SqlStore(f"{base}{separator}options=-csearch_path%3D{schema}")
    try:
        yield opened
    finally:
        opened.close()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def db_url(store: SqlStore) -> str:
    """The URL of the parametrised store, for CLI tests."""
    return store.url


def _make_analysis(
    text: str, published: date | None = date(2026, 1, 2), outlet: str = "Test Times"
) -> Analysis:
    """A hand-built analysis of a text naming "Ana Ruiz" and quoting her (no model needed)."""
    article = Article(text=text, outlet=outlet, published=published, origin="test")
    start = text.index("Ana Ruiz")
    ruiz = Entity(key="PERSON:ana ruiz", name="Ana Ruiz", type="PERSON", aliases=("Ruiz",))
    city = Entity(key="GPE:dunmore", name="Dunmore", type="GPE")
    d_start = text.index("Dunmore")
    content_start = text.index("the library")
    content_end = text.index(".", content_start)
    cue_start = text.index("said")
    return Analysis(
        article=article,
        entities=(ruiz, city),
        mentions=(
            Mention(start, start + 8, "Ana Ruiz", ruiz.key, "PERSON"),
            Mention(d_start, d_start + 7, "Dunmore", city.key, "GPE"),
        ),
        claims=(
            Claim(
                start=content_start,
                end=content_end,
                text=text[content_start:content_end],
                stance=Stance.REPORTED,
                kind=ClaimKind.INDIRECT,
                source=Span(start, start + 8, "Ana Ruiz"),
                source_entity=ruiz.key,
                cue=Span(cue_start, cue_start + 4, "said"),
            ),
        ),
    )


def _rejected_analysis(text: str = "Too short.") -> Analysis:
    """An analysis carrying a W201 rejection."""
    return Analysis(article=Article(text=text), rejection=Rejection("W201", "too short"))


@pytest.fixture
def make_analysis() -> Callable[..., Analysis]:
    """Build an analysis by hand: ``make_analysis(text)`` where text names Ana Ruiz and Dunmore."""
    return _make_analysis


def _write_article(
    folder: Path, name: str, text: str, published: str, outlet: str | None = None
) -> None:
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    meta = {"published": published, **({"outlet": outlet} if outlet else {})}
    (folder / f"{name}.meta.json").write_text(json.dumps(meta), encoding="utf-8")


@pytest.fixture
def write_article() -> Callable[..., None]:
    """Write ``NAME.txt`` and its ``NAME.meta.json``:
    ``write_article(folder, name, text, published, outlet=None)``."""
    return _write_article


@pytest.fixture
def rejected_analysis() -> Callable[..., Analysis]:
    """Build an analysis with a W201 rejection."""
    return _rejected_analysis


#: Articles in the generated ``batch`` folder.
BATCH_ARTICLES = 24
_PLACES = ["Dunmore", "Marlow", "Carrow", "Hollin", "Brenford", "Greyhaven", "Valmora", "Ostrava"]


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """A folder of ``BATCH_ARTICLES`` short generated news texts (each with a source, a quote
    and two figures), for ingest runs in several processes."""
    folder = tmp_path / "batch"
    folder.mkdir()
    rng = random.Random(11)
    for n in range(BATCH_ARTICLES):
        place = _PLACES[n % len(_PLACES)]
        body = (
            f"Officials in {place} said on Monday that about {rng.randrange(10, 900)} homes were "
            f"damaged by the storm. Mayor Ana Ruiz told reporters that repairs would cost "
            f'${rng.randrange(2, 90)} million. "We will rebuild," Ruiz said. Report {n}.'
        )
        (folder / f"article-{n:02d}.txt").write_text(body, encoding="utf-8")
    return folder


def _record_counts(db: str) -> dict[str, tuple[int, int, int]]:
    store = SqlStore(db)
    try:
        with store.engine.connect() as conn:
            out: dict[str, tuple[int, int, int]] = {}
            for article_id in list(conn.execute(select(articles.c.id)).scalars()):
                n_claims, n_mentions, n_figures = (
                    int(
                        conn.execute(
                            select(func.count()).select_from(t).where(t.c.article_id == article_id)
                        ).scalar_one()
                    )
                    for t in (claims, mentions, quantities)
                )
                out[article_id] = (n_claims, n_mentions, n_figures)
            return out
    finally:
        store.close()


@pytest.fixture
def record_counts() -> Callable[[str], dict[str, tuple[int, int, int]]]:
    """``record_counts(db_url)``: article id -> (claims, mentions, figures) stored for it."""
    return _record_counts
