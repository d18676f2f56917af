"""Property tests for every reader: any bytes, and any text wrapped in each input format,
give articles, coded errors or coded warnings of what was skipped, never another exception;
texts read are non-empty strings.

Each property is a plain function with its strategies in ``PROPERTIES``; the tests below run
each with 40 examples, and ``bench/fuzz.py`` runs the same ones for minutes per reader.
"""

from __future__ import annotations

import gc
import io
import json
import warnings
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsclaims.errors import NewsclaimsError
from newsclaims.ingest import read_bytes

#: Examples run per call (counted by ``bench/fuzz.py``).
RUNS = {"count": 0}

NAMES = ("a.txt", "a.html", "a.jsonl", "a.xml", "a.warc", "a.warc.gz", "noname")
FUZZ = settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow], database=None
)


def _check(data: bytes, name: str) -> None:
    RUNS["count"] += 1
    try:
        results = list(read_bytes(data, f"<fuzz>/{name}", name))
    except NewsclaimsError:
        return
    for result in results:
        assert result.article is None or result.error is None
        if result.article is None and result.error is None:
            # skipped on purpose, and a coded warning says what (W104, W105)
            assert result.warnings and all(isinstance(w, NewsclaimsError) for w in result.warnings)
        elif result.article is not None:
            assert isinstance(result.article.text, str) and result.article.text.strip()
        else:
            assert isinstance(result.error, NewsclaimsError)


def _warc(body: bytes, content_type: str) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True)
    headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
    # warcio leaves its digest spool file to the garbage collector (as in conftest.warc_bytes)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", ResourceWarning)
        record = writer.create_warc_record(
            "https://fuzz.example/", "response", payload=io.BytesIO(body), http_headers=headers
        )
        writer.write_record(record)
        del record
        gc.collect()
    return out.getvalue()


def _any_bytes(data: bytes, name: str) -> None:
    _check(data, name)


def _text(text: str) -> None:
    _check(text.encode("utf-8", "surrogatepass"), "a.txt")


def _html(body: str, wrap: str) -> None:
    page = f"<html><head><title>t</title></head><body>{wrap.format(body)}</body></html>"
    _check(page.encode("utf-8", "surrogatepass"), "a.html")


def _jsonl(lines: list[str]) -> None:
    _check("\n".join(lines).encode("utf-8", "surrogatepass"), "a.jsonl")


def _feed(title: str, body: str, atom: bool) -> None:
    if atom:
        feed = (
            '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>f</title>'
            f"<entry><title>{title}</title><content>{body}</content></entry></feed>"
        )
    else:
        feed = (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>f</title>'
            f"<item><title>{title}</title><description>{body}</description></item></channel></rss>"
        )
    _check(feed.encode("utf-8", "surrogatepass"), "a.xml")


def _warc_cut(body: bytes, content_type: str, cut: int | None) -> None:
    data = _warc(body, content_type)
    _check(data if cut is None else data[:cut], "a.warc.gz")


_JSON_RECORD = st.dictionaries(
    st.sampled_from(["text", "html", "title", "published", "url"]),
    st.one_of(st.text(max_size=300), st.integers(), st.none()),
).map(json.dumps)

#: reader -> (property, its strategies)
PROPERTIES: dict[str, tuple[Callable[..., None], dict[str, st.SearchStrategy[Any]]]] = {
    "any bytes, any name": (
        _any_bytes,
        {"data": st.binary(max_size=3000), "name": st.sampled_from(NAMES)},
    ),
    "text": (_text, {"text": st.text(max_size=2000)}),
    "html": (
        _html,
        {
            "body": st.text(max_size=1500),
            "wrap": st.sampled_from(["<p>{}</p>", "<div>{}", "{}</a>"]),
        },
    ),
    "jsonl": (
        _jsonl,
        {"lines": st.lists(st.one_of(st.text(max_size=300), _JSON_RECORD), max_size=8)},
    ),
    "feed": (
        _feed,
        {"title": st.text(max_size=200), "body": st.text(max_size=1000), "atom": st.booleans()},
    ),
    "warc": (
        _warc_cut,
        {
            "body": st.binary(max_size=2000),
            "content_type": st.sampled_from(["text/html", "text/plain", "application/xhtml+xml"]),
            "cut": st.one_of(st.none(), st.integers(min_value=0, max_value=4000)),
        },
    ),
}


@pytest.mark.parametrize("reader", list(PROPERTIES))
def test_readers_fuzz(reader: str) -> None:
    check, strategies = PROPERTIES[reader]
    FUZZ(given(**strategies)(check))()
