"""Readers: turn paths, URLs and standard input into articles, streaming, one result each.

The reader is chosen by content (``detect.sniff``), with the file name only as a tie-breaker.
A reader never stops the batch: every problem becomes a ``ReadResult`` with a coded error.
``guarded`` is the batch boundary: whatever a reader raises on one input (RecursionError,
UnicodeError, a ValueError from a parser) becomes E116 for that input alone, after the
articles already read from it.
"""

from __future__ import annotations

import io
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsclaims import settings
from newsclaims.errors import InputError, NewsclaimsError
from newsclaims.ingest.base import (
    RawInput,
    ReadResult,
    as_utf8,
    check_size,
    decode_text,
    lenient_metadata,
    unexpected,
)
from newsclaims.ingest.detect import Kind, sniff
from newsclaims.ingest.feed import read_feed
from newsclaims.ingest.html import article_from_html
from newsclaims.ingest.jsonl import read_json_document, read_jsonl_lines
from newsclaims.ingest.text import article_from_text, read_meta
from newsclaims.ingest.url import fetch
from newsclaims.ingest.warc import read_page, read_warc

__all__ = [
    "RawInput",
    "ReadResult",
    "guarded",
    "input_files",
    "iter_inputs",
    "iter_raw",
    "parse_raw",
    "read_bytes",
]

#: Files a folder walk never reads as articles.
SKIPPED_NAMES = frozenset({"expected.json", "meta.json"})


def _skipped(name: str) -> bool:
    return name in SKIPPED_NAMES or name.endswith(".meta.json") or name.startswith(".")


def printable(path: Path | str) -> str:
    """A path as text that can be printed and stored: bytes of a file name that are not
    UTF-8 (kept by Python as lone surrogates) show as U+FFFD."""
    return os.fsencode(path).decode("utf-8", errors="replace")


def guarded(
    results: Iterator[ReadResult | RawInput], origin: str
) -> Iterator[ReadResult | RawInput]:
    """The batch boundary around one input's results: any exception a reader raises ends
    that input with a coded error (E116), after the results it gave before."""
    try:
        yield from results
    except NewsclaimsError as e:
        yield ReadResult(origin=origin, error=e)
    except Exception as e:  # one input's failure costs that input alone
        yield ReadResult(origin=origin, error=unexpected(e, origin))


def read_bytes(
    data: bytes,
    origin: str,
    name: str = "",
    url: str | None = None,
    text_meta: dict[str, Any] | None = None,
) -> Iterator[ReadResult]:
    """Read one input held in memory, whatever its kind (never raises: see ``guarded``)."""
    for result in guarded(_read_bytes(data, origin, name, url, text_meta), origin):
        yield from parse_raw(result) if isinstance(result, RawInput) else (result,)


def parse_raw(raw: RawInput) -> Iterator[ReadResult]:
    """The results of bytes read but not parsed (``iter_raw``), as ``iter_inputs`` gives
    them (never raises: see ``guarded``). An archive's page that fails to parse with no code
    of its own is E116 for that record alone (where ``iter_inputs`` ends the archive there)."""
    if raw.page:
        try:
            return iter((read_page(raw),))
        except Exception as e:  # one page's failure costs that page alone (E116)
            return iter((ReadResult(origin=raw.origin, error=unexpected(e, raw.origin)),))
    return read_bytes(raw.data, raw.origin, raw.name, raw.url, raw.text_meta)


def _read_bytes(
    data: bytes,
    origin: str,
    name: str,
    url: str | None,
    text_meta: dict[str, Any] | None,
    defer: bool = False,
) -> Iterator[ReadResult | RawInput]:
    """With ``defer``, an HTML page, a text or an archive's HTML record (one article each)
    comes as its bytes (``RawInput``) for another process to parse; the rest is read here."""
    raw = data
    data = as_utf8(data, origin)
    kind = sniff(data[: settings.SNIFF_BYTES], name)
    if kind is Kind.EMPTY and data.strip():
        # blank first bytes (a JSONL file opening with blank lines) are no empty input
        kind = sniff(data.lstrip()[: settings.SNIFF_BYTES], name)
    if kind is Kind.EMPTY:
        raise InputError("E101", f"{origin} is empty.", "check that the file has content.")
    if kind is Kind.BINARY:
        raise InputError(
            "E102",
            f"{origin} is binary, not text, HTML, JSON, a feed or a WARC archive.",
            "convert it to text or HTML first.",
        )
    if defer and kind in (Kind.HTML, Kind.TEXT):
        yield RawInput(origin=origin, data=raw, name=name, url=url, text_meta=text_meta)
    elif kind is Kind.WARC:
        yield from read_warc(io.BytesIO(data), origin, len(data), defer)
    elif kind in (Kind.FEED, Kind.XML):
        yield from read_feed(data, origin)
    elif kind is Kind.HTML:
        # metadata given with the page (``POST /articles``) wins over the page's own
        meta, given = lenient_metadata(dict(text_meta or {}), origin)
        article, own = article_from_html(data, origin, url, meta)
        yield ReadResult(origin=origin, article=article, warnings=(*given, *own))
    elif kind is Kind.JSONL:
        # line by line: one invalid UTF-8 byte costs its line, not the file
        yield from read_jsonl_lines(data.splitlines(), origin)
    elif kind is Kind.JSON:
        yield from read_json_document(decode_text(data, origin), origin)
    else:
        text = decode_text(data, origin)
        meta, warnings = lenient_metadata(dict(text_meta or {}), origin)
        if url:
            meta.setdefault("url", url)
        article = article_from_text(text, origin, meta)
        yield ReadResult(origin=origin, article=article, warnings=warnings)


def _not_regular(origin: str) -> ReadResult:
    return ReadResult(
        origin=origin,
        error=InputError(
            "E117",
            f"{origin} is not a regular file (a FIFO, socket or device).",
            "pass files or folders; copy the stream to a file first.",
        ),
    )


def _unreadable(origin: str, error: OSError) -> ReadResult:
    return ReadResult(
        origin=origin,
        error=InputError(
            "E110", f"{origin} cannot be read ({error.strerror}).", "check its permissions."
        ),
    )


def _read_file(
    path: Path, lone_text: bool | None = None, defer: bool = False
) -> Iterator[ReadResult | RawInput]:
    origin = printable(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            # opening a FIFO would wait for a writer; a device never ends
            yield _not_regular(origin)
            return
        with path.open("rb") as handle:
            head = handle.read(settings.SNIFF_BYTES)
        if sniff(head, path.name) is Kind.WARC:
            # Archives stream record by record, so the size cap applies per record instead.
            with path.open("rb") as stream:
                yield from read_warc(stream, origin, info.st_size, defer)
            return
        check_size(info.st_size, origin)
        meta = read_meta(path, lone_text) if path.suffix.lower() == ".txt" else {}
        with path.open("rb") as handle:
            data = handle.read(settings.MAX_INPUT_BYTES + 1)
        check_size(len(data), origin)
    except NewsclaimsError as e:
        yield ReadResult(origin=origin, error=e)
        return
    except OSError as e:
        yield _unreadable(origin, e)
        return
    yield from _bytes(data, origin, printable(path.name), meta=meta, defer=defer)


def _bytes(
    data: bytes,
    origin: str,
    name: str = "",
    url: str | None = None,
    meta: dict[str, Any] | None = None,
    defer: bool = False,
) -> Iterator[ReadResult | RawInput]:
    """``read_bytes``, or with ``defer`` its bytes left for another process to parse."""
    if not defer:
        return read_bytes(data, origin, name, url, meta)
    return guarded(_read_bytes(data, origin, name, url, meta, defer=True), origin)


@dataclass(frozen=True, slots=True)
class _Entry:
    """One item a folder walk found: a file to read, or a coded error (unreadable folder,
    a FIFO), in path order."""

    path: Path
    lone_text: bool = False
    error: ReadResult | None = None


def _walk(top: Path) -> list[_Entry]:
    """Everything a folder walk reads, sorted by path, each folder listed once (linear in
    the number of files), without recursion (``os.walk`` recursed once per level: a tree
    1,200 folders deep lost the whole input to a RecursionError). Hidden files and folders
    and metadata files are skipped; links to folders are not followed (as ``os.walk``)."""
    entries: list[_Entry] = []
    pending = [top]
    while pending:
        folder = pending.pop()
        try:
            with os.scandir(folder) as listing:
                found = list(listing)
        except OSError as e:
            where = Path(e.filename) if e.filename else folder
            entries.append(_Entry(where, error=_unreadable(printable(where), e)))
            continue
        names = [f.name for f in found]
        texts = sum(1 for n in names if n.endswith(".txt"))
        for item in found:
            try:
                is_folder = item.is_dir(follow_symlinks=False)
            except OSError:
                is_folder = False
            if is_folder:
                if not item.name.startswith("."):
                    pending.append(folder / item.name)
                continue
            if _skipped(item.name):
                continue
            child = folder / item.name
            if _links_to_folder(item):
                entries.append(_Entry(child, error=_folder_link(printable(child))))
                continue
            try:
                regular = stat.S_ISREG(child.stat().st_mode)
            except OSError as e:
                entries.append(_Entry(child, error=_unreadable(printable(child), e)))
                continue
            if regular:
                entries.append(_Entry(child, lone_text=texts == 1))
            else:
                entries.append(_Entry(child, error=_not_regular(printable(child))))
    entries.sort(key=lambda e: e.path)
    return entries


def _folder_link(origin: str) -> ReadResult:
    """A warning-only result: the link to a folder that a walk did not follow."""
    warning = InputError(
        "W104",
        f"{origin} is a link to a folder; a folder walk does not follow it.",
        "pass the folder it links to as an input of its own.",
    )
    return ReadResult(origin=origin, warnings=(warning,))


def _links_to_folder(item: os.DirEntry[str]) -> bool:
    """A link to a folder, which a walk does not follow (``os.walk`` did not either)."""
    try:
        return item.is_symlink() and item.is_dir()
    except OSError:
        return False


def input_files(inputs: Iterable[str]) -> Iterator[str | ReadResult]:
    """The inputs with every folder replaced by what a folder walk finds, in the same order
    as ``iter_inputs`` reads them (URLs, ``-`` and missing paths pass through): the path of
    each file to read, or, for what a walk does not read (a link to a folder: W104; an
    unreadable folder: E110; a FIFO: E117), the same ``ReadResult`` ``iter_inputs`` gives,
    for the caller to report (``--partition files`` hands the paths to workers, and a link
    given to a worker as a path would be walked)."""
    for item in inputs:
        path = Path(item)
        if item != "-" and "://" not in item and path.is_dir():
            for entry in _walk(path):
                yield str(entry.path) if entry.error is None else entry.error
        else:
            yield item


def _read_path(path: Path, defer: bool = False) -> Iterator[ReadResult | RawInput]:
    if path.is_dir():
        for entry in _walk(path):
            if entry.error is not None:
                yield entry.error
            else:
                reads = _read_file(entry.path, entry.lone_text, defer)
                yield from guarded(reads, printable(entry.path))
    elif path.is_file():
        if path.name != "expected.json":
            yield from _read_file(path, defer=defer)
    elif path.exists():
        yield _not_regular(printable(path))
    else:
        yield ReadResult(
            origin=printable(path),
            error=InputError("E110", f"{printable(path)} does not exist.", "check the path."),
        )


def _read_url(url: str, allow_private: bool, defer: bool) -> Iterator[ReadResult | RawInput]:
    try:
        fetched = fetch(url, allow_private=allow_private)
    except NewsclaimsError as e:
        yield ReadResult(origin=url, error=e)
        return
    yield from _bytes(fetched.body, url, urlsplit_name(fetched.url), fetched.url, defer=defer)


def urlsplit_name(url: str) -> str:
    """The last path segment of a URL, used as a file name hint."""
    return url.rsplit("/", 1)[-1].split("?", 1)[0]


def _read_stdin(defer: bool) -> Iterator[ReadResult | RawInput]:
    data = sys.stdin.buffer.read(settings.MAX_INPUT_BYTES + 1)
    check_size(len(data), "<stdin>")
    yield from _bytes(data, "<stdin>", defer=defer)


def iter_inputs(inputs: Iterable[str], allow_private: bool = False) -> Iterator[ReadResult]:
    """Stream articles from paths, folders, URLs and ``-`` (standard input); never raises:
    each input's failure, whatever it is, is a coded error of that input (``guarded``)."""
    for result in _inputs(inputs, allow_private, defer=False):
        yield from parse_raw(result) if isinstance(result, RawInput) else (result,)


def iter_raw(inputs: Iterable[str], allow_private: bool = False) -> Iterator[ReadResult | RawInput]:
    """``iter_inputs`` with the parse of each HTML page and text left out: those come as
    ``RawInput`` (their bytes), one article each, for a Dask worker to parse with
    ``parse_raw``; the rest (errors, warnings, JSON and feed articles) as ``iter_inputs``
    gives it, in the same order. Archives are decompressed and checked here."""
    return _inputs(inputs, allow_private, defer=True)


def _inputs(
    inputs: Iterable[str], allow_private: bool, defer: bool
) -> Iterator[ReadResult | RawInput]:
    for item in inputs:
        origin = printable(item)
        if item == "-":
            yield from guarded(_read_stdin(defer), "<stdin>")
        elif "://" in item:
            yield from guarded(_read_url(item, allow_private, defer), origin)
        else:
            yield from guarded(_read_path(Path(item), defer), origin)
