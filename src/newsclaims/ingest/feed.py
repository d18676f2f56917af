"""RSS and Atom feeds through feedparser: one article per entry that carries text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

import feedparser

from newsclaims.errors import InputError, NewsclaimsError
from newsclaims.ingest.base import (
    ReadResult,
    capped_fields,
    outlet_from_url,
    require_text,
    unexpected,
)
from newsclaims.ingest.html import fragment_text
from newsclaims.model import Article, storable


def _parsed_stamp(entry: Any) -> Any:
    """The entry's parsed publication (else update) time. Read with ``dict.get``:
    feedparser's own ``get`` of a missing ``updated_parsed`` falls back to the publication
    time with a DeprecationWarning."""
    return dict.get(entry, "published_parsed") or dict.get(entry, "updated_parsed")


def _entry_date(entry: Any) -> date | None:
    parsed = _parsed_stamp(entry)
    if not parsed:
        return None
    return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)


def _entry_dates(
    entry: Any, where: str
) -> tuple[date | None, datetime | None, tuple[NewsclaimsError, ...]]:
    """The entry's date and stamp; one out of range (year 0 or past 9999, which feedparser
    hands on) is left out with the warning W101: it cost the rest of the feed."""
    try:
        _check_written(entry)
        return _entry_date(entry), _entry_stamp(entry), ()
    except (ValueError, OverflowError) as e:
        warning = InputError(
            "W101",
            f"{where}: the entry's date is out of range ({e}); stored without one.",
            "check the feed's pubDate or updated element.",
        )
        return None, None, (warning,)


#: A written date feedparser reads as some day all the same: a bare number ("12" became
#: 1101-12-01, "-62135596800" 2063-01-01) or a signed year ("-2024-03-01" became a day of
#: 2026); and a zone offset of 24 hours or more ("-9999" moved the day by four).
_BARE_OR_SIGNED = re.compile(r"\s*(?:[+-]|\d+\s*$)")
_ZONE_OFFSET = re.compile(r"[+-](\d\d):?(\d\d)\s*$")


def _check_written(entry: Any) -> None:
    """ValueError when the date as the feed writes it is none (``_BARE_OR_SIGNED``, an
    offset past a day), whatever feedparser made of it (probe21c)."""
    key = "published" if dict.get(entry, "published_parsed") else "updated"
    written = str(dict.get(entry, key) or "")
    if _BARE_OR_SIGNED.match(written):
        raise ValueError(f"{written[:40]!r} names no day")
    zone = _ZONE_OFFSET.search(written)
    if zone and (int(zone.group(1)) >= 24 or int(zone.group(2)) >= 60):
        raise ValueError(f"the zone offset of {written[:40]!r} is not under 24 hours")


def _entry_stamp(entry: Any) -> datetime | None:
    """The entry's stamp with its time of day (feedparser gives it in UTC), or None."""
    parsed = _parsed_stamp(entry)
    if not parsed or (parsed.tm_hour, parsed.tm_min, parsed.tm_sec) == (0, 0, 0):
        return None
    year, month, day, hour, minute, second = parsed[:6]
    return datetime(year, month, day, hour, minute, second, tzinfo=UTC)


def _entry_html(entry: Any) -> str:
    """The entry's HTML; a character reference to a lone surrogate (``&#xD800;``) becomes
    U+FFFD, as the HTML parser cannot encode it."""
    contents = entry.get("content") or []
    if contents:
        return storable("\n".join(str(c.get("value", "")) for c in contents))
    return storable(str(entry.get("summary") or entry.get("description") or ""))


#: A numeric character reference (``&#55296;``, ``&#xD800;``), of any length: a bound on
#: its digits let ``&#99999999999999999999999;`` through to feedparser (OverflowError).
_CHARREF = re.compile(rb"&#(?:[xX]([0-9a-fA-F]+)|([0-9]+));")

#: More significant digits than any code point has (U+10FFFF: 6 hex, 7 decimal digits).
_CHARREF_DIGITS = 8


def _charref(match: re.Match[bytes]) -> bytes:
    digits = (match[1] or match[2]).lstrip(b"0")
    if len(digits) > _CHARREF_DIGITS:
        return b"&#xFFFD;"
    number = int(match[1], 16) if match[1] else int(match[2] or b"0")
    if number == 0 or 0xD800 <= number <= 0xDFFF or number > 0x10FFFF:
        return b"&#xFFFD;"
    return match[0]


def read_feed(data: bytes, origin: str) -> Iterator[ReadResult]:
    """One result per entry; a document that is not RSS/Atom is E104. A character reference
    to NUL, a lone surrogate or past U+10FFFF is read as U+FFFD (feedparser's own parser
    raises on them)."""
    data = _CHARREF.sub(_charref, data)
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.get("version"):
        raise InputError(
            "E104",
            f"Feed at {origin} is not RSS or Atom.",
            "pass the feed's own URL (often /rss or /feed), or save the page as HTML.",
        )
    outlet = parsed.feed.get("title") or outlet_from_url(parsed.feed.get("link"))
    for number, entry in enumerate(parsed.entries, start=1):
        where = f"{origin}#{entry.get('id') or entry.get('link') or number}"
        try:
            yield _entry_result(entry, where, outlet)
        except NewsclaimsError as e:
            yield ReadResult(origin=where, error=e)
        except Exception as e:  # one entry's failure costs that entry alone
            yield ReadResult(origin=where, error=unexpected(e, where))


def _entry_result(entry: Any, where: str, outlet: str | None) -> ReadResult:
    text = require_text(fragment_text(_entry_html(entry)), where)
    given = {"url": entry.get("link"), "title": entry.get("title"), "outlet": outlet}
    given["author"] = entry.get("author")
    meta, long = capped_fields({k: v for k, v in given.items() if v}, where)
    url = meta.get("url") or None
    published, stamp, warnings = _entry_dates(entry, where)
    article = Article(
        text=text,
        url=url,
        outlet=meta.get("outlet") or outlet_from_url(url),
        title=meta.get("title") or None,
        published=published,
        published_at=stamp,
        author=meta.get("author") or None,
        origin=where,
    )
    return ReadResult(origin=where, article=article, warnings=(*long, *warnings))
