"""Readers: turn paths, URLs and standard input into articles, streaming, one result each.

The reader is chosen by content (``detect.sniff``), with the file name only as a tie-breaker.
A reader never stops the batch: every problem becomes a ``ReadResult`` with a coded error.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from newsclaims import settings
from newsclaims.errors import InputError, NewsclaimsError
from newsclaims.ingest.base import ReadResult, check_size, decode_text
from newsclaims.ingest.detect import Kind, sniff
from newsclaims.ingest.feed import read_feed
from newsclaims.ingest.html import article_from_html
from newsclaims.ingest.jsonl import read_json_document, read_jsonl_lines
from newsclaims.ingest.text import article_from_text, read_meta
from newsclaims.ingest.url import fetch
from newsclaims.ingest.warc import read_warc

__all__ = ["ReadResult", "input_files", "iter_inputs", "read_bytes"]

#: Files a folder walk never reads as articles.
SKIPPED_NAMES = frozenset({"expected.json", "meta.json"})


def _skipped(path: Path) -> bool:
    return (
        path.name in SKIPPED_NAMES
        or path.name.endswith(".meta.json")
        or any(part.startswith(".") for part in path.parts if part not in (".", ".."))
    )


def read_bytes(
    data: bytes,
    origin: str,
    name: str = "",
    url: str | None = None,
    text_meta: dict[str, Any] | None = None,
) -> Iterator[ReadResult]:
    """Read one input held in memory, whatever its kind."""
    kind = sniff(data[: settings.SNIFF_BYTES], name)
    try:
        if kind is Kind.EMPTY:
            raise InputError("E101", f"{origin} is empty.", "check that the file has content.")
        if kind is Kind.BINARY:
            raise InputError(
                "E102",
                f"{origin} is binary, not text, HTML, JSON, a feed or a WARC archive.",
                "convert it to text or HTML first.",
            )
        if kind is Kind.WARC:
            yield from read_warc(io.BytesIO(data), origin, len(data))
        elif kind in (Kind.FEED, Kind.XML):
            yield from read_feed(data, origin)
        elif kind is Kind.HTML:
            yield ReadResult(origin=origin, article=article_from_html(data, origin, url))
        elif kind is Kind.JSONL:
            yield from read_jsonl_lines(decode_text(data, origin).splitlines(), origin)
        elif kind is Kind.JSON:
            yield from read_json_document(decode_text(data, origin), origin)
        else:
            text = decode_text(data, origin)
            meta = dict(text_meta or {})
            if url:
                meta.setdefault("url", url)
            yield ReadResult(origin=origin, article=article_from_text(text, origin, meta))
    except NewsclaimsError as e:
        yield ReadResult(origin=origin, error=e)


def _read_file(path: Path) -> Iterator[ReadResult]:
    origin = str(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(settings.SNIFF_BYTES)
        if sniff(head, path.name) is Kind.WARC:
            # Archives stream record by record, so the size cap applies per record instead.
            with path.open("rb") as stream:
                yield from read_warc(stream, origin, size)
            return
        check_size(size, origin)
        meta = read_meta(path) if path.suffix.lower() == ".txt" else {}
        data = path.read_bytes()
    except NewsclaimsError as e:
        yield ReadResult(origin=origin, error=e)
        return
    except OSError as e:
        yield ReadResult(
            origin=origin,
            error=InputError("E110", f"{origin} cannot be read ({e.strerror}).", "check it."),
        )
        return
    yield from read_bytes(data, origin, path.name, text_meta=meta)


def _folder_files(path: Path) -> Iterator[Path]:
    for child in sorted(path.rglob("*")):
        if child.is_file() and not _skipped(child.relative_to(path)):
            yield child


def input_files(inputs: Iterable[str]) -> Iterator[str]:
    """The inputs with every folder replaced by the files a folder walk reads, in the same
    order as ``iter_inputs`` reads them (URLs, ``-`` and missing paths pass through)."""
    for item in inputs:
        path = Path(item)
        if item != "-" and "://" not in item and path.is_dir():
            yield from (str(child) for child in _folder_files(path))
        else:
            yield item


def _read_path(path: Path) -> Iterator[ReadResult]:
    if path.is_dir():
        for child in _folder_files(path):
            yield from _read_file(child)
    elif path.is_file():
        if path.name != "expected.json":
            yield from _read_file(path)
    else:
        yield ReadResult(
            origin=str(path),
            error=InputError("E110", f"{path} does not exist.", "check the path."),
        )


def _read_url(url: str, allow_private: bool) -> Iterator[ReadResult]:
    try:
        fetched = fetch(url, allow_private=allow_private)
    except NewsclaimsError as e:
        yield ReadResult(origin=url, error=e)
        return
    yield from read_bytes(fetched.body, url, urlsplit_name(fetched.url), url=fetched.url)


def urlsplit_name(url: str) -> str:
    """The last path segment of a URL, used as a file name hint."""
    return url.rsplit("/", 1)[-1].split("?", 1)[0]


def iter_inputs(inputs: Iterable[str], allow_private: bool = False) -> Iterator[ReadResult]:
    """Stream articles from paths, folders, URLs and ``-`` (standard input)."""
    for item in inputs:
        if item == "-":
            data = sys.stdin.buffer.read(settings.MAX_INPUT_BYTES + 1)
            try:
                check_size(len(data), "<stdin>")
            except NewsclaimsError as e:
                yield ReadResult(origin="<stdin>", error=e)
                continue
            yield from read_bytes(data, "<stdin>")
        elif "://" in item:
            yield from _read_url(item, allow_private)
        else:
            yield from _read_path(Path(item))
