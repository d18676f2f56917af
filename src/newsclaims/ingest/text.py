"""Plain-text articles, with metadata from ``NAME.meta.json`` or a lone ``meta.json``."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from newsclaims import settings
from newsclaims.errors import InputError
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


def meta_path_for(path: Path, lone_text: bool | None = None) -> Path | None:
    """The metadata file of a text file, if any.

    ``NAME.meta.json`` beside ``NAME.txt`` wins; otherwise ``meta.json`` counts when the text
    file is the only ``.txt`` in its folder (the layout of ``examples/seed-article``).
    ``lone_text`` says whether it is, when the caller knows (a folder walk counts each folder
    once; looking it up for every file made a walk quadratic).
    """
    own = path.with_name(path.name.rsplit(".", 1)[0] + ".meta.json")
    if _is_file(own):
        return own
    shared = path.with_name("meta.json")
    if not shared.is_file():
        return None
    if lone_text is None:
        lone_text = [p for p in path.parent.iterdir() if p.name.endswith(".txt")] == [path]
    return shared if lone_text else None


def _is_file(path: Path) -> bool:
    """Whether a regular file is there; a name the file system cannot hold (the metadata name
    of a text file whose own name is near 255 bytes) is none (it lost the text, E110)."""
    try:
        return path.is_file()
    except OSError:
        return False


def read_meta(path: Path, lone_text: bool | None = None) -> dict[str, Any]:
    """The metadata beside a text file, or an empty dict (E113 when it is not valid JSON,
    E109 when it is over ``MAX_META_BYTES``)."""
    meta = meta_path_for(path, lone_text)
    if meta is None:
        return {}
    with meta.open("rb") as handle:
        data = handle.read(settings.MAX_META_BYTES + 1)
    if len(data) > settings.MAX_META_BYTES:
        raise InputError(
            "E109",
            f"The metadata file {meta} is over the cap of {settings.MAX_META_BYTES} bytes.",
            "metadata is a few fields; raise settings.MAX_META_BYTES if it really is this big.",
        )
    record = load_json_object(decode_text(data, str(meta)), str(meta), "E113")
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
