"""What every reader shares: the result type, decoding, dates and size checks."""

from __future__ import annotations

import codecs
import json
import re
import warnings
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

from dateutil import parser as dateparser

from newsclaims import settings
from newsclaims.errors import InputError, NewsclaimsError
from newsclaims.model import Article


@dataclass(frozen=True, slots=True)
class ReadResult:
    """One input item: an article, or the coded error that stopped it."""

    origin: str
    """Path, path#line, URL or WARC record the item came from."""
    article: Article | None = None
    """The article read, when reading worked."""
    error: NewsclaimsError | None = None
    """The coded error, when it did not."""
    warnings: tuple[NewsclaimsError, ...] = ()
    """Coded warnings (``W1xx``) about an article that was still read: what was left out."""


@dataclass(frozen=True, slots=True)
class RawInput:
    """One article's bytes, read but not parsed yet (``iter_raw``): a Dask worker parses
    them (``ingest.parse_raw``), so the process that lists the inputs does no HTML work."""

    origin: str
    """Where the bytes came from, as the result will name it."""
    data: bytes
    """The page or text, as read."""
    name: str = ""
    """The file name, a hint for telling the kind."""
    url: str | None = None
    """The page's URL, when known."""
    text_meta: dict[str, Any] | None = None
    """Metadata given with the text (a ``.meta.json`` beside it)."""
    page: bool = False
    """An archive's HTML response record, read as ``read_warc`` reads one."""


#: Byte-order marks of the UTF-16 and UTF-32 encodings (UTF-32 first: its little-endian mark
#: begins with UTF-16's).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def wide_encoding(data: bytes) -> str | None:
    """The UTF-16 or UTF-32 encoding that the data's byte-order mark announces, if any."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    return None


#: Byte lanes of each wide encoding without a byte-order mark: (encoding, lane width, the
#: offsets in a lane that are NUL for ASCII text).
_LANES = (
    ("utf-32-le", 4, (1, 2, 3)),
    ("utf-32-be", 4, (0, 1, 2)),
    ("utf-16-le", 2, (1,)),
    ("utf-16-be", 2, (0,)),
)


def bomless_wide_encoding(data: bytes) -> str | None:
    """UTF-16 or UTF-32 text without a byte-order mark, told by its NUL bytes: in the first
    ``SNIFF_BYTES``, at least ``WIDE_TEXT_NUL_SHARE`` of the bytes at the NUL offsets of a
    lane are NUL and none of the others is; the whole must then decode strictly."""
    head = data[: settings.SNIFF_BYTES]
    if b"\x00" not in head:
        return None
    for encoding, width, zeros in _LANES:
        size = len(head) // width * width
        if size < 2 * width:
            continue
        nul = [head[i] == 0 for i in range(size)]
        hits = sum(nul[i] for i in range(size) if i % width in zeros)
        stray = sum(nul[i] for i in range(size) if i % width not in zeros)
        if stray == 0 and hits >= settings.WIDE_TEXT_NUL_SHARE * (size // width) * len(zeros):
            try:
                data.decode(encoding)
            except UnicodeDecodeError:
                continue
            return encoding
    return None


def as_utf8(data: bytes, origin: str) -> bytes:
    """UTF-16 or UTF-32 text re-encoded as UTF-8: with a byte-order mark (E103 when it is
    not valid in the encoding it announces), or without one when its NUL bytes tell it
    (``bomless_wide_encoding``); other bytes as they are."""
    encoding = wide_encoding(data)
    if encoding is None:
        bomless = bomless_wide_encoding(data)
        return data if bomless is None else data.decode(bomless).encode("utf-8")
    try:
        return data.decode(encoding).encode("utf-8", errors="surrogatepass")
    except UnicodeDecodeError as e:
        raise InputError(
            "E103",
            f"{origin} starts with a {encoding.upper()} byte-order mark but is not valid "
            f"{encoding.upper()} (byte {e.start}).",
            "convert it to UTF-8 first, e.g. `iconv -f utf-16 -t utf-8`.",
        ) from e


def decode_text(data: bytes, origin: str) -> str:
    """Decode UTF-8 (a byte-order mark is dropped), or UTF-16/32 with a byte-order mark or
    told by its NUL bytes; anything else is E103."""
    if wide_encoding(data) or bomless_wide_encoding(data):
        return as_utf8(data, origin).decode("utf-8", errors="surrogatepass")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(
            "E103",
            f"{origin} is not valid UTF-8 (byte {e.start}).",
            "convert it first, e.g. `iconv -f latin1 -t utf-8`.",
        ) from e


def unexpected(error: BaseException, origin: str) -> InputError:
    """E116 for an exception a reader does not expect (RecursionError, UnicodeError, a
    ValueError from a parser, ...): the batch boundary turns it into this coded error."""
    detail = " ".join(str(error).split())[:200]
    return InputError(
        "E116",
        f"{origin} could not be read: {type(error).__name__}" + (f" ({detail})" if detail else ""),
        "check the input; the rest of the batch goes on. Please report it if the input is fine.",
    )


def check_size(size: int, origin: str) -> None:
    """Refuse inputs over the size cap with E109."""
    if size > settings.MAX_INPUT_BYTES:
        raise InputError(
            "E109",
            f"{origin} is {size} bytes, over the cap of {settings.MAX_INPUT_BYTES}.",
            "split the input, or raise settings.MAX_INPUT_BYTES.",
        )


def parse_date(value: Any, origin: str) -> date | None:
    """Parse a publication date from metadata; None stays None, junk is E114."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if str(value).lstrip()[:1] in ("-", "+"):
        # a signed (ISO 8601 expanded) year: dateutil dropped the sign, "-0001-01-01" (2 BC)
        # was stored as the year 1 and "-2024-03-01" as 2024 (probe21c)
        raise InputError(
            "E114", f"{origin}: cannot read {value!r} as a date.", "write dates as YYYY-MM-DD."
        )
    try:
        return _in_day(dateparser.isoparse(str(value))).date()
    except (ValueError, OverflowError):
        pass
    try:
        return _parse_whole(str(value)).date()
    except (ValueError, OverflowError) as e:
        raise InputError(
            "E114",
            f"{origin}: cannot read {value!r} as a date.",
            "write dates as YYYY-MM-DD.",
        ) from e


#: Two days that differ in year, month and day: a string parsed against each gives the same
#: day only when it names all three itself.
_DEFAULT_DAYS = (datetime(2000, 1, 1), datetime(2001, 2, 2))


def _parse_whole(text: str) -> datetime:
    """A date read by dateutil only when the string names its year, month and day: dateutil
    fills what a string lacks from today ("-1" was read as the 1st of this month, "12:00 BC"
    as today). An unknown zone name is ignored, not printed as a warning."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", dateparser.UnknownTimezoneWarning)
        first, second = (dateparser.parse(text, default=day) for day in _DEFAULT_DAYS)
    if first.date() != second.date():
        raise ValueError(f"{text!r} does not name a year, a month and a day")
    return _in_day(first)


#: Python's own bound on a zone's offset from UTC (dateutil accepts any: "+25:00", "-99:00").
_MAX_OFFSET = timedelta(hours=24)


def _in_day(stamp: datetime) -> datetime:
    """The stamp, when its zone's offset is under 24 hours either way; else ValueError."""
    offset = stamp.utcoffset()
    if offset is not None and abs(offset) >= _MAX_OFFSET:
        raise ValueError(f"the zone offset {offset} is not under 24 hours")
    return stamp


def lenient_metadata(
    meta: dict[str, Any], origin: str
) -> tuple[dict[str, Any], tuple[NewsclaimsError, ...]]:
    """The metadata without the fields that cannot be read, and a warning for each: a
    ``META_FIELDS`` value that is not a string (W102), a ``published`` value that is not a
    date (W101). Bad metadata costs the field, never the article."""
    kept = dict(meta)
    warnings: list[NewsclaimsError] = []
    for name in META_FIELDS:
        value = kept.get(name)
        if value is not None and not isinstance(value, str):
            del kept[name]
            warnings.append(
                InputError(
                    "W102",
                    f"{origin}: the field {name!r} is a {type(value).__name__}, not a string;"
                    " stored without it.",
                    f"give {name!r} as a JSON string or leave it out.",
                )
            )
    kept, long = capped_fields(kept, origin)
    kept, dated = lenient_published(kept, origin)
    return kept, (*warnings, *long, *dated)


def capped_fields(
    meta: dict[str, Any], origin: str
) -> tuple[dict[str, Any], tuple[NewsclaimsError, ...]]:
    """The metadata without the ``META_FIELDS`` strings longer than
    ``MAX_META_FIELD_CHARS``, and a W103 warning for each (a 15 MB title took 1.5 GB)."""
    kept = dict(meta)
    warnings: list[NewsclaimsError] = []
    for name in META_FIELDS:
        value = kept.get(name)
        if isinstance(value, str) and len(value) > settings.MAX_META_FIELD_CHARS:
            del kept[name]
            warnings.append(
                InputError(
                    "W103",
                    f"{origin}: the field {name!r} is {len(value)} characters long, over"
                    f" {settings.MAX_META_FIELD_CHARS}; stored without it.",
                    f"check the {name!r} field, or raise settings.MAX_META_FIELD_CHARS.",
                )
            )
    return kept, tuple(warnings)


def lenient_published(
    meta: dict[str, Any], origin: str
) -> tuple[dict[str, Any], tuple[NewsclaimsError, ...]]:
    """The metadata without a ``published`` value that cannot be read as a date (``"None"``,
    junk), and the W101 warning that says so; the article is read without its date."""
    value = meta.get("published")
    try:
        parse_date(value, origin)
        parse_stamp(value, origin)
    except NewsclaimsError:
        warning = InputError(
            "W101",
            f"{origin}: cannot read {str(value)[:80]!r} as a date; stored without one.",
            "write dates as YYYY-MM-DD.",
        )
        return {k: v for k, v in meta.items() if k != "published"}, (warning,)
    return meta, ()


def parse_stamp(value: Any, origin: str) -> datetime | None:
    """The publication stamp with its time of day, or None when the value gives a date only.

    A stamp of exactly midnight without a zone ("2016-11-10 00:00:00", what crawlers write when
    they know only the day) counts as a date only. Junk is E114, as in ``parse_date``."""
    if value is None or value == "":
        return None
    if isinstance(value, date) and not isinstance(value, datetime):
        return None
    if isinstance(value, datetime):
        stamp = value
    else:
        text = str(value).strip()
        if not _HAS_TIME.search(text):
            return None
        try:
            stamp = _parse_whole(text)
        except (ValueError, OverflowError) as e:
            raise InputError(
                "E114", f"{origin}: cannot read {value!r} as a date.", "write YYYY-MM-DD."
            ) from e
    if stamp.tzinfo is None and (stamp.hour, stamp.minute, stamp.second) == (0, 0, 0):
        return None
    return stamp


#: A clock time inside a date string ("T07:15", " 7:15", "07:15:00").
_HAS_TIME = re.compile(r"\d:\d\d")


def outlet_from_url(url: str | None) -> str | None:
    """The host name of a URL without a leading ``www.``, as a fallback outlet name."""
    if not url:
        return None
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # "http://[::1": the URL is kept as given, only the outlet is lost
        return None
    return host.removeprefix("www.") or None


def require_text(text: str, origin: str) -> str:
    """Refuse empty or whitespace-only text with E101."""
    if not text.strip():
        raise InputError("E101", f"{origin} holds no text.", "check that the file is not empty.")
    return text


#: The fields that hold an article's body: one of another type leaves no article to read.
BODY_FIELDS = ("text", "html")
#: Metadata fields that must be strings when given: one of another type costs the field
#: (W102), not the article.
META_FIELDS = ("url", "title", "outlet", "author", "language")


def load_json_object(data: str, origin: str, code: str) -> dict[str, Any]:
    """Parse a JSON object or raise the given code."""
    try:
        value = json.loads(data)
    except json.JSONDecodeError as e:
        raise InputError(code, f"{origin} is not valid JSON: {e.msg}.", "fix the JSON.") from e
    except ValueError as e:  # an integer of more digits than Python converts (4,300)
        raise InputError(code, f"{origin} is not readable JSON: {e}.", "fix the JSON.") from e
    except RecursionError as e:
        raise InputError(code, f"{origin} is nested too deep to read.", "flatten it.") from e
    if not isinstance(value, dict):
        raise InputError(code, f"{origin} is not a JSON object.", "wrap the fields in {...}.")
    return value


def check_fields(value: dict[str, Any], origin: str, code: str) -> None:
    """Refuse a record whose body fields (``BODY_FIELDS``) are not strings."""
    for name in BODY_FIELDS:
        if value.get(name) is not None and not isinstance(value[name], str):
            raise InputError(
                code,
                f"{origin}: the field {name!r} is a {type(value[name]).__name__}, not a string.",
                f"give {name!r} as a JSON string or leave it out.",
            )
