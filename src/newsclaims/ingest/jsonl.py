"""JSON articles: JSONL (one article a line) and JSON documents (one article object, or a list
of them), as news crawlers write them.

Field names follow the common crawlers as well as our own: ``text`` (or news-please's
``maintext``) or ``html``; ``url``; ``title``; ``published`` (or ``date_publish``, ``date``);
``outlet`` (or ``publisher``, ``source_domain``); ``author`` (or ``authors``, a list);
``language``."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from newsclaims.errors import InputError, NewsclaimsError
from newsclaims.ingest.base import (
    ReadResult,
    check_fields,
    decode_text,
    lenient_metadata,
    load_json_object,
    unexpected,
)
from newsclaims.ingest.html import article_from_html
from newsclaims.ingest.text import article_from_text
from newsclaims.model import Article

#: Our field name -> the other names crawlers give it, in order of preference.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "text": ("maintext",),
    "published": ("date_publish", "date", "published_at", "pubdate"),
    "outlet": ("publisher", "source_domain", "site_name"),
    "author": ("authors",),
}


def _canonical(record: dict[str, Any]) -> dict[str, Any]:
    """The record with crawler field names mapped onto ours (our own names win)."""
    out = dict(record)
    for ours, others in FIELD_ALIASES.items():
        if out.get(ours) not in (None, ""):
            continue
        for other in others:
            value = record.get(other)
            if isinstance(value, list) and all(isinstance(v, str) for v in value):
                value = ", ".join(value) or None
            if value not in (None, ""):
                out[ours] = value
                break
    return out


def article_from_record(
    record: dict[str, Any], where: str, code: str
) -> tuple[Article, tuple[NewsclaimsError, ...]]:
    """An article from one JSON object, with the warnings about it (a date that cannot be
    read is left out: W101); ``code`` is the error when it holds no article."""
    record = _canonical(record)
    check_fields(record, where, code)
    record, warnings = lenient_metadata(record, where)
    if isinstance(record.get("text"), str) and record["text"].strip():
        return article_from_text(record["text"], where, record), warnings
    if isinstance(record.get("html"), str):
        article, own = article_from_html(record["html"], where, record.get("url"), record)
        return article, (*warnings, *own)
    raise InputError(code, f"{where} has no 'text' or 'html' field.", "add a non-empty 'text'.")


def _line_result(line: bytes | str, where: str) -> ReadResult:
    if not isinstance(line, str):
        line = decode_text(line, where)
    record = load_json_object(line, where, "E111")
    article, warnings = article_from_record(record, where, "E111")
    return ReadResult(origin=where, article=article, warnings=warnings)


def read_jsonl_lines(lines: Iterable[bytes | str], origin: str) -> Iterator[ReadResult]:
    """One result a non-blank line; a broken line (invalid JSON or UTF-8, no article, or a
    reader failing on it in any way) is an error of that line alone and the others go on."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{origin}#{number}"
        try:
            yield _line_result(line, where)
        except NewsclaimsError as e:
            yield ReadResult(origin=where, error=e)
        except Exception as e:  # one line's failure costs that line alone
            yield ReadResult(origin=where, error=unexpected(e, where))


def read_json_document(data: str, origin: str) -> Iterator[ReadResult]:
    """One article object, or a list of them (each item read on its own: a bad item is E115
    and the others go on). A document that is no valid JSON is E115."""
    try:
        value = json.loads(data)
    except (ValueError, RecursionError) as e:  # ValueError: also a 5,000-digit integer
        raise InputError("E115", f"{origin} is not valid JSON.", "fix the JSON.") from e
    items = value if isinstance(value, list) else [value]
    for number, item in enumerate(items, start=1):
        where = f"{origin}#{number}" if isinstance(value, list) else origin
        if not isinstance(item, dict):
            error = InputError(
                "E115", f"{where} is not a JSON object.", "give one object per article."
            )
            yield ReadResult(origin=where, error=error)
            continue
        try:
            article, warnings = article_from_record(item, where, "E115")
        except NewsclaimsError as e:
            yield ReadResult(origin=where, error=e)
            continue
        except Exception as e:  # one item's failure costs that item alone
            yield ReadResult(origin=where, error=unexpected(e, where))
            continue
        yield ReadResult(origin=where, article=article, warnings=warnings)
