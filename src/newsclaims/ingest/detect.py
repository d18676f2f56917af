"""Tell what kind of input some bytes are, by content first and by name second."""

from __future__ import annotations

import re
import zlib
from enum import StrEnum

from newsclaims import settings


class Kind(StrEnum):
    """Input kinds the readers handle."""

    TEXT = "text"
    HTML = "html"
    JSONL = "jsonl"
    JSON = "json"
    FEED = "feed"
    WARC = "warc"
    XML = "xml"
    BINARY = "binary"
    EMPTY = "empty"


_HTML_START = re.compile(rb"^\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
_HTML_TAGS = re.compile(rb"<(p|div|article|span|a|h[1-6]|br|title|meta|script)\b[^>]*>", re.I)
_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:RDF)\b", re.I)
_XML_DECL = re.compile(rb"^\s*<\?xml\b", re.I)
# a JSON document's opening: an object's first key, or a list of objects
_JSON_KEY = re.compile(rb'^(\{\s*"|\[\s*\{\s*")')


def _head_of_gzip(data: bytes) -> bytes:
    """Decompress the first bytes of a gzip stream (enough to sniff, never the whole)."""
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, settings.SNIFF_BYTES)
    except zlib.error:
        return b""


def is_binary(head: bytes) -> bool:
    """True when the bytes hold NULs or many control characters."""
    if b"\x00" in head:
        return True
    if not head:
        return False
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return controls / len(head) > settings.BINARY_CONTROL_RATIO


def sniff(head: bytes, name: str = "") -> Kind:
    """Classify an input from its first bytes (``settings.SNIFF_BYTES`` are enough)."""
    lower = name.lower()
    if head[:2] == b"\x1f\x8b":
        inner = _head_of_gzip(head)
        if inner.startswith((b"WARC/", b"warc/")):
            return Kind.WARC
        return Kind.BINARY
    if head.startswith(b"WARC/"):
        return Kind.WARC
    body = head.removeprefix(b"\xef\xbb\xbf")
    if not body.strip():
        return Kind.EMPTY
    if is_binary(body):
        return Kind.BINARY
    if _FEED_ROOT.search(body[:2048]) and (_XML_DECL.match(body) or body.lstrip()[:1] == b"<"):
        return Kind.FEED
    if _HTML_START.match(body):
        return Kind.HTML
    if _XML_DECL.match(body):
        return Kind.XML
    stripped = body.lstrip()
    if stripped.startswith(b"{") and (lower.endswith(".jsonl") or b"\n{" in stripped):
        return Kind.JSONL
    if lower.endswith(".jsonl"):
        return Kind.JSONL
    if stripped.startswith((b"{", b"[")) and (lower.endswith(".json") or _JSON_KEY.match(stripped)):
        return Kind.JSON
    if lower.endswith((".html", ".htm")) or len(_HTML_TAGS.findall(body)) >= 3:
        return Kind.HTML
    return Kind.TEXT
