"""WARC and WARC.gz archives through warcio: every HTML response record is a page."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsclaims import settings
from newsclaims.errors import InputError, NewsclaimsError
from newsclaims.ingest.base import ReadResult
from newsclaims.ingest.html import article_from_html

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(stream: BinaryIO, origin: str) -> Iterator[ReadResult]:
    """One result per HTML response record; a truncated archive ends with E105.

    Records read before the damage are yielded first, so they can still be stored.
    """
    try:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            ctype = (record.http_headers.get_header("Content-Type") or "").lower()
            if not ctype.startswith(_HTML_TYPES):
                continue
            url = record.rec_headers.get_header("WARC-Target-URI")
            where = f"{origin}#{url}"
            body = record.content_stream().read(settings.MAX_INPUT_BYTES + 1)
            try:
                if len(body) > settings.MAX_INPUT_BYTES:
                    raise InputError(
                        "E109", f"{where} is over the size cap.", "raise MAX_INPUT_BYTES."
                    )
                yield ReadResult(origin=where, article=article_from_html(body, where, url))
            except NewsclaimsError as e:
                yield ReadResult(origin=where, error=e)
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as e:
        yield ReadResult(
            origin=origin,
            error=InputError(
                "E105",
                f"The WARC archive {origin} is truncated or corrupt ({type(e).__name__}).",
                "re-download it; records before the damage were read.",
            ),
        )
