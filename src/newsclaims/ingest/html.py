"""HTML pages: main text and metadata through trafilatura."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from typing import Any

import lxml.html
import trafilatura
from lxml import etree

from newsclaims import settings
from newsclaims.errors import InputError, NewsclaimsError
from newsclaims.ingest.base import (
    capped_fields,
    lenient_published,
    outlet_from_url,
    parse_date,
    parse_stamp,
)
from newsclaims.model import Article

_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "object", "svg")
_BLOCK_TAGS = frozenset(
    {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section"}
)


#: A tag longer than ``MAX_HTML_TAG_CHARS``: its name, then attributes up to its end (the
#: class stops at the next ``<`` or ``>``, so a scan is linear).
_OVERLONG_TAG = re.compile(
    r"<(/?[A-Za-z][A-Za-z0-9:_-]{0,40})[^<>]{" + str(settings.MAX_HTML_TAG_CHARS) + r",}>"
)


def tame(html: str) -> str:
    """The page with every tag longer than ``MAX_HTML_TAG_CHARS`` cut to its name: the
    parsers check each attribute against those before it, so one tag of 1.5 million
    attributes took minutes; attributes carry no article text. Comments, scripts and styles
    longer than ``MAX_HTML_RAW_CHARS`` lose their content too."""
    if len(html) <= settings.MAX_HTML_TAG_CHARS:
        return html
    return _cut_long_raw(_OVERLONG_TAG.sub(r"<\1>", html))


#: Where a comment, a script or a style begins.
_RAW_START = re.compile(r"<!--|<(script|style)\b", re.IGNORECASE)


def _cut_long_raw(html: str) -> str:
    """The page with the content of each comment, script or style longer than
    ``MAX_HTML_RAW_CHARS`` left out: lxml stops at a text node over 10 MB, and the article
    after a 11 MB comment or script was lost (E106, "holds no article text"). One pass:
    each search starts where the last one ended, and an unclosed one ends the scan."""
    lower = html.lower()
    kept: list[str] = []
    pos = 0
    search = 0
    while match := _RAW_START.search(html, search):
        if match.group(1) is None:
            start, end = match.end(), html.find("-->", match.end())
        else:
            start = html.find(">", match.end()) + 1
            end = lower.find("</" + match.group(1).lower(), start) if start else -1
        if end < 0:
            break
        if end - start > settings.MAX_HTML_RAW_CHARS:
            kept.append(html[pos:start])
            pos = end
        search = end
    kept.append(html[pos:])
    return "".join(kept)


_DECLARED_CHARSET = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


def decode_html(data: bytes) -> str:
    """Decode a page: UTF-8 when it is; else the charset it declares; else UTF-8 with the few
    bad bytes replaced (mixed encodings); else Windows-1252, the web's legacy default.
    Decoding here, not by guessing inside the extractor, keeps one stray byte from turning
    every quotation mark of a UTF-8 page into mojibake."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    declared = _DECLARED_CHARSET.search(data[: settings.SNIFF_BYTES])
    if declared:
        name = declared.group(1).decode("ascii", "ignore").lower()
        if name.replace("-", "").replace("_", "") not in ("utf8", "utf8sig"):
            try:
                return data.decode(name)
            except (LookupError, UnicodeDecodeError):
                pass
    lenient = data.decode("utf-8", errors="replace")
    if lenient.count("\ufffd") <= settings.MAX_INVALID_UTF8_SHARE * max(1, len(data)):
        return lenient
    return data.decode("cp1252", errors="replace")


def article_from_html(
    html: str | bytes, origin: str, url: str | None = None, meta: Mapping[str, Any] | None = None
) -> tuple[Article, tuple[NewsclaimsError, ...]]:
    """Extract the main text, title, date, author and outlet of a page (E106 if none), with
    the warnings about the page's own metadata: a field over ``MAX_META_FIELD_CHARS`` (a
    ``<title>`` of megabytes) is left out with W103, a date that cannot be read with W101.

    Fields given in ``meta`` (title, published, outlet, author) win over the page's own.
    """
    meta = meta or {}
    if isinstance(html, bytes):
        html = decode_html(html)
    html = tame(html)
    _check_elements(html, origin)
    found = _extract(html, url, origin, metadata=True)
    unread: tuple[NewsclaimsError, ...] = ()
    if found is None:
        # the page's own metadata broke the extractor (a date with a zone of "+25:00"): the
        # text without it costs the fields, not the article
        found = _extract(html, url, origin, metadata=False)
        if found is not None:
            unread = (
                InputError(
                    "W101",
                    f"{origin}: the page's own date and metadata could not be read; stored"
                    " without them.",
                    "give the date, title and outlet as metadata beside the page.",
                ),
            )
    page: dict[str, Any] = {}
    if isinstance(found, dict):
        page = found
    elif found is not None:
        page = found.as_dict()
    text = str(page.get("text") or "").strip()
    if not text:
        raise InputError(
            "E106",
            f"{origin} holds no article text.",
            "pass the article page itself, not an index or a script-only page.",
        )
    own = {
        "title": page.get("title"),
        "outlet": page.get("sitename"),
        "author": page.get("author"),
        "url": None if url else page.get("url"),
        "published": page.get("date"),
    }
    # only the page's values that are used (none that ``meta`` gives) are checked
    own = {k: v for k, v in own.items() if v and not meta.get(k)}
    own, long = capped_fields(own, origin)
    own, dated = lenient_published(own, origin)
    title = meta.get("title") or own.get("title") or None
    if title and text.startswith(title + "\n"):
        text = text[len(title) + 1 :]
    page_url = url or own.get("url") or None
    article = Article(
        text=text,
        url=page_url,
        outlet=meta.get("outlet") or own.get("outlet") or outlet_from_url(page_url),
        title=title,
        published=parse_date(meta.get("published") or own.get("published"), origin),
        published_at=parse_stamp(meta.get("published"), origin),
        author=meta.get("author") or own.get("author") or None,
        origin=origin,
    )
    return article, (*unread, *long, *dated)


#: The start of an element: ``<`` and a letter.
_START_TAG = re.compile(r"<[A-Za-z]")


def _check_elements(html: str, origin: str) -> None:
    """E109 for a page of more than ``MAX_HTML_ELEMENTS`` elements, counted before parsing
    (the count stops there): the extractor's time grows faster than the page."""
    found = sum(
        1 for _ in itertools.islice(_START_TAG.finditer(html), settings.MAX_HTML_ELEMENTS + 1)
    )
    if found > settings.MAX_HTML_ELEMENTS:
        raise InputError(
            "E109",
            f"{origin} holds more than {settings.MAX_HTML_ELEMENTS} HTML elements.",
            "pass the article page itself, or raise settings.MAX_HTML_ELEMENTS.",
        )


def _extract(html: str, url: str | None, origin: str, *, metadata: bool) -> Any:
    """trafilatura's extraction of the page, with or without its metadata (None when it
    finds nothing); E106 when the HTML cannot be parsed."""
    try:
        return trafilatura.bare_extraction(
            html, url=url, with_metadata=metadata, include_comments=False, include_tables=False
        )
    except (ValueError, etree.LxmlError) as e:
        raise InputError(
            "E106", f"{origin}: the HTML could not be parsed.", "check the page."
        ) from e


def fragment_text(fragment: str) -> str:
    """Plain text of an HTML fragment (a feed entry), scripts and styles removed."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(tame(fragment), create_parent="div")
    except (etree.ParserError, ValueError):
        return ""
    for bad in root.iter(*_DROP_TAGS):
        bad.drop_tree()
    parts: list[str] = []
    for node in root.iter():
        if node.tag in _BLOCK_TAGS and parts and not parts[-1].endswith("\n"):
            parts.append("\n")
        if node.text and isinstance(node.tag, str):
            parts.append(node.text)
        if node.tail and node is not root:
            parts.append(node.tail)
    lines = (" ".join(line.split()) for line in "".join(parts).splitlines())
    return "\n".join(line for line in lines if line)
