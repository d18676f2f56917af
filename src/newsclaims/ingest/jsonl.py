"""JSONL: one article a line, ``{"text" or "html", "url", "title", "published", "outlet"}``."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsclaims.errors import InputError, NewsclaimsError
from newsclaims.ingest.base import ReadResult, load_json_object
from newsclaims.ingest.html import article_from_html
from newsclaims.ingest.text import article_from_text


def read_jsonl_lines(lines: Iterable[str], origin: str) -> Iterator[ReadResult]:
    """One result a non-blank line; a broken line is E111 and the others go on."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{origin}#{number}"
        try:
            record = load_json_object(line, where, "E111")
            if isinstance(record.get("text"), str) and record["text"].strip():
                article = article_from_text(record["text"], where, record)
            elif isinstance(record.get("html"), str):
                article = article_from_html(record["html"], where, record.get("url"), record)
            else:
                raise InputError(
                    "E111", f"{where} has no 'text' or 'html' field.", "add a non-empty 'text'."
                )
        except NewsclaimsError as e:
            yield ReadResult(origin=where, error=e)
            continue
        yield ReadResult(origin=where, article=article)
