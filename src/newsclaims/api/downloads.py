"""The file name of a download: what it holds, under which filters, and when it was made
("claims-toblerone-bar-shrinks-2026-12-01.csv"), so that a folder of downloads tells itself
apart. Every export route (the web's ``/export/...`` and the API's ``?format=csv``) names its
file here."""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, date, datetime
from urllib.parse import quote

from newsclaims.store import SqlStore
from newsclaims.store.items import Filters
from newsclaims.views import stories

#: Characters of one part of a name (a story's title, a source): enough to recognise it.
PART_CHARS = 40


def slug(text: str) -> str:
    """Lower-case ASCII words joined by hyphens ("Zhao Zicong's well" -> "zhao-zicong-s-well"),
    at most ``PART_CHARS`` long and cut at a hyphen."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(words) > PART_CHARS:
        words = words[:PART_CHARS].rsplit("-", 1)[0] or words[:PART_CHARS]
    return words


def _story_title(store: SqlStore, story: int) -> str:
    found = stories(store, Filters(story=story), 0, 1).rows
    return str(found[0]["label"]) if found else f"story-{story}"


def download_name(
    store: SqlStore, resource: str, f: Filters, fmt: str, today: date | None = None
) -> str:
    """``<resource>[-<story title>][-<outlet>][-<source>]...-<day>.<fmt>``: each filter that
    narrows the rows, in words (the story's title, not its number), then the day it was
    downloaded (UTC)."""
    parts = [resource]
    if f.story is not None:
        parts.append(_story_title(store, f.story))
    for word, value in (
        ("", f.outlet),
        ("by", f.source),
        ("about", f.about),
        ("", f.stance),
        ("", f.measure),
        ("", f.kind),
        ("in", f.where),
        ("", f.text),
    ):
        if value:
            parts += [word, value] if word else [value]
    if f.since:
        parts += ["from", f.since.isoformat()]
    if f.until:
        parts += ["to", f.until.isoformat()]
    parts.append((today or datetime.now(UTC).date()).isoformat())
    name = "-".join(p for p in (slug(p) for p in parts) if p)
    return f"{name}.{fmt}"


def disposition(name: str) -> str:
    """A ``Content-Disposition`` header that saves the download under ``name``."""
    return f"attachment; filename=\"{name}\"; filename*=UTF-8''{quote(name)}"


__all__ = ["disposition", "download_name", "slug"]
