"""Plain-text articles, with metadata from ``NAME.meta.json`` or a lone ``meta.json``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsclaims.ingest.base import (
    check_fields,
    decode_text,
    load_json_object,
    outlet_from_url,
    parse_date,
    parse_stamp,
    require_text,
)
from newsclaims.model import Article


def meta_path_for(path: Path) -> Path | None:
    """The metadata file of a text file, if any.

    ``NAME.meta.json`` beside ``NAME.txt`` wins; otherwise ``meta.json`` counts when the text
    file is the only ``.txt`` in its folder (the layout of ``examples/seed-article``).
    """
    own = path.with_name(path.name.rsplit(".", 1)[0] + ".meta.json")
    if own.is_file():
        return own
    shared = path.with_name("meta.json")
    if shared.is_file() and list(path.parent.glob("*.txt")) == [path]:
        return shared
    return None


def read_meta(path: Path) -> dict[str, Any]:
    """The metadata beside a text file, or an empty dict (E113 when it is not valid JSON)."""
    meta = meta_path_for(path)
    if meta is None:
        return {}
    record = load_json_object(decode_text(meta.read_bytes(), str(meta)), str(meta), "E113")
    check_fields(record, str(meta), "E113")
    return record


def article_from_text(text: str, origin: str, meta: dict[str, Any] | None = None) -> Article:
    """An article from plain text and optional metadata."""
    meta = meta or {}
    require_text(text, origin)
    url = meta.get("url") or None
    return Article(
        text=text,
        url=url,
        outlet=meta.get("outlet") or outlet_from_url(url),
        title=meta.get("title") or None,
        published=parse_date(meta.get("published"), origin),
        published_at=parse_stamp(meta.get("published"), origin),
        language=meta.get("language") or "en",
        author=meta.get("author") or None,
        origin=origin,
    )
