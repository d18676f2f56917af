"""WARC and WARC.gz archives through warcio: every HTML response record is a page."""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from newsclaims import settings
from newsclaims.errors import InputError, NewsclaimsError
from newsclaims.ingest.base import RawInput, ReadResult
from newsclaims.ingest.html import article_from_html

#: The scheme of a URI ("javascript" of "javascript:alert(1)").
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_CHUNK = 1 << 16


class _BoundedReader(DecompressingBufferedReader):  # type: ignore[misc]
    """warcio's reader with header lines bounded: warcio reads a line to its end, however
    long (a 1 MB ``.warc.gz`` holding one 1 GB header line took 3 GB and 78 s). A line over
    ``MAX_HEADER_LINE_BYTES``, or header lines over ``MAX_HEADER_BYTES`` together (counted
    until the next payload read), is E109."""

    def __init__(self, stream: BinaryIO) -> None:
        super().__init__(stream)
        self.header_bytes = 0

    def readline(self, length: int | None = None) -> bytes:
        cap = settings.MAX_HEADER_LINE_BYTES + 1
        line: bytes = super().readline(cap if length is None else min(length, cap))
        if len(line) >= cap and not line.endswith(b"\n"):
            raise InputError(
                "E109",
                f"A WARC header line is longer than {settings.MAX_HEADER_LINE_BYTES} bytes.",
                "this is no archive a crawler writes; raise settings.MAX_HEADER_LINE_BYTES.",
            )
        self.header_bytes += len(line)
        if self.header_bytes > settings.MAX_HEADER_BYTES:
            raise InputError(
                "E109",
                f"A WARC record's headers are over {settings.MAX_HEADER_BYTES} bytes.",
                "this is no archive a crawler writes; raise settings.MAX_HEADER_BYTES.",
            )
        return line

    def read(self, length: int | None = None) -> bytes:
        self.header_bytes = 0
        data: bytes = super().read(length)
        return data


def _truncated_error(origin: str, why: str) -> ReadResult:
    return ReadResult(
        origin=origin,
        error=InputError(
            "E105",
            f"The WARC archive {origin} is truncated or corrupt ({why}).",
            "re-download it; records before the damage were read.",
        ),
    )


def _drain(record: ArcWarcRecord, budget: list[int]) -> bool:
    """Read what is left of a record; False when the archive ends inside it.

    ``budget`` holds the bytes the archive may still expand to; past it, E109 is raised
    (a gzip bomb cannot keep the reader busy for long).
    """
    while chunk := record.raw_stream.read(_CHUNK):
        budget[0] -= len(chunk)
        if budget[0] < 0:
            raise InputError(
                "E109",
                f"The archive expands to more than {settings.MAX_ARCHIVE_BYTES} bytes.",
                "split it, or raise settings.MAX_ARCHIVE_BYTES.",
            )
    limit = getattr(record.raw_stream, "limit", None)
    # no limit: warcio read a record without a usable length to the end of the stream; any
    # bytes left over are caught by the size check after the last record
    return limit is None or int(limit) == 0


def read_warc(
    stream: BinaryIO, origin: str, size: int | None = None, defer: bool = False
) -> Iterator[ReadResult | RawInput]:
    """One result per HTML response record; a truncated archive ends with E105. With
    ``defer``, each HTML record comes as its page's bytes (``RawInput``), for another process
    to extract (``read_page``); the archive is checked here all the same.

    Records read before the damage are yielded first, so they can still be stored. Damage is
    found three ways: warcio raises, a record's declared length is not all there, or (when
    ``size`` is known) the archive holds bytes after the last record that parse as none.
    """
    records = ArchiveIterator(stream)
    records.reader = _BoundedReader(records.fh)
    # warcio writes "WARNING: Record not followed by newline ..." to stderr itself, between
    # our coded lines; the damage it means is found and coded (E105) as any other
    records.INC_RECORD = ""
    budget = [settings.MAX_ARCHIVE_BYTES]
    try:
        for record in records:
            body = _html_body(record)
            if not _drain(record, budget):
                # a record cut short is never stored as a (truncated) article
                yield _truncated_error(origin, "the last record is cut short")
                return
            scheme = _response_scheme(record)
            if body is not None:
                url = record.rec_headers.get_header("WARC-Target-URI")
                page = RawInput(origin=f"{origin}#{url}", data=body, url=url, page=True)
                yield page if defer else read_page(page)
            elif scheme == "":
                yield _truncated_error(origin, "a record's target URI is cut short")
                return
            elif scheme not in (None, "http", "https"):
                # warcio parses no HTTP part for such a target: it was skipped without a word
                yield _not_web_warning(record, origin)
    except InputError as e:
        yield ReadResult(origin=origin, error=e)
        return
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as e:
        yield _truncated_error(origin, type(e).__name__)
        return
    except (AttributeError, TypeError, IndexError, KeyError) as e:
        # warcio's header parsers fail this way on malformed records (found by fuzzing)
        yield _truncated_error(origin, f"malformed record: {type(e).__name__}")
        return
    if size is not None and records.offset < size:
        yield _truncated_error(origin, f"{size - records.offset} bytes after the last record")
    elif size is not None and not _last_member_complete(stream, records, size):
        yield _truncated_error(origin, "the last gzip member has no end")


def _last_member_complete(stream: BinaryIO, records: ArchiveIterator, size: int) -> bool:
    """For a .warc.gz, whether the last gzip member ends properly (its trailer is there)."""
    member = getattr(records, "member_info", None)
    if not member or not stream.seekable():
        return True
    stream.seek(member[0])
    if stream.read(2) != b"\x1f\x8b":
        return True
    stream.seek(member[0])
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    remaining = size - member[0]
    try:
        while remaining > 0 and not inflater.eof:
            chunk = stream.read(min(_CHUNK, remaining))
            if not chunk:
                break
            remaining -= len(chunk)
            data = chunk
            while data and not inflater.eof:
                inflater.decompress(data, _CHUNK)
                data = inflater.unconsumed_tail
    except zlib.error:
        return False
    return bool(inflater.eof)


def _html_body(record: ArcWarcRecord) -> bytes | None:
    """The payload of an HTML response record (at most the cap plus one byte), else None."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    ctype = (record.http_headers.get_header("Content-Type") or "").lower()
    if not ctype.startswith(_HTML_TYPES):
        return None
    body: bytes = record.content_stream().read(settings.MAX_INPUT_BYTES + 1)
    return body


def _response_scheme(record: ArcWarcRecord) -> str | None:
    """The lower-cased scheme of a response record's target URI ("javascript"), "" when the
    target has none ("ht": the archive was cut inside that header line), None for a record
    of another type."""
    if record.rec_type != "response":
        return None
    scheme = _SCHEME.match(record.rec_headers.get_header("WARC-Target-URI") or "")
    return scheme.group(1).lower() if scheme is not None else ""


def _not_web_warning(record: ArcWarcRecord, origin: str) -> ReadResult:
    target = (record.rec_headers.get_header("WARC-Target-URI") or "")[:200]
    where = f"{origin}#{target}"
    warning = InputError(
        "W105",
        f"{where}: a response record for no http(s) URI is skipped.",
        "only web pages (http or https) are read from an archive.",
    )
    return ReadResult(origin=where, warnings=(warning,))


def read_page(page: RawInput) -> ReadResult:
    """The article of an archive's HTML record, or its coded error."""
    try:
        if len(page.data) > settings.MAX_INPUT_BYTES:
            raise InputError(
                "E109", f"{page.origin} is over the size cap.", "raise MAX_INPUT_BYTES."
            )
        article, warnings = article_from_html(page.data, page.origin, page.url)
        return ReadResult(origin=page.origin, article=article, warnings=warnings)
    except NewsclaimsError as e:
        return ReadResult(origin=page.origin, error=e)
