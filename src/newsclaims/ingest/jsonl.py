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
from newsclaims.ingest.base import ReadResult, check_fields, load_json_object
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


def article_from_record(record: dict[str, Any], where: str, code: str) -> Article:
    """An article from one JSON object; ``code`` is the error when it holds no article."""
    record = _canonical(record)
    check_fields(record, where, code)
    if isinstance(record.get("text"), str) and record["text"].strip():
        return article_from_text(record["text"], where, record)
    if isinstance(record.get("html"), str):
        return article_from_html(record["html"], where, record.get("url"), record)
    raise InputError(code, f"{where} has no 'text' or 'html' field.", "add a non-empty 'text'.")


def read_jsonl_lines(lines: Iterable[str], origin: str) -> Iterator[ReadResult]:
    """One result a non-blank line; a broken line is E111 and the others go on."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{origin}#{number}"
        try:
            article = article_from_record(load_json_object(line, where, "E111"), where, "E111")
        except NewsclaimsError as e:
            yield ReadResult(origin=where, error=e)
            continue
        yield ReadResult(origin=where, article=article)


def read_json_document(data: str, origin: str) -> Iterator[ReadResult]:
    """One article object, or a list of them (each item read on its own: a bad item is E115
    and the others go on). A document that is no valid JSON is E115."""
    try:
        value = json.loads(data)
    except (json.JSONDecodeError, RecursionError) as e:
        raise InputError("E115", f"{origin} is not valid JSON.", "fix the JSON.") from e
    items = value if isinstance(value, list) else [value]
    for number, item in enumerate(items, start=1):
        where = f"{origin}#{number}" if isinstance(value, list) else origin
        try:
            if not isinstance(item, dict):
                raise InputError(
                    "E115", f"{where} is not a JSON object.", "give one object per article."
                )
            article = article_from_record(item, where, "E115")
        except NewsclaimsError as e:
            yield ReadResult(origin=where, error=e)
            continue
        yield ReadResult(origin=where, article=article)
