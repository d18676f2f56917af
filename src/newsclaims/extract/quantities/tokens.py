"""Where a figure sits in the parsed doc: its token, and whether the time stage owns it."""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from spacy.tokens import Doc, Token

from newsclaims.extract.spans import doc_text


def token_at(doc: Doc, char: int) -> Token | None:
    """The token at a character offset, skipping whitespace."""
    text = doc_text(doc)
    while char < len(text) and text[char].isspace():
        char += 1
    if char >= len(text):
        return None
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def is_time_part(doc: Doc, start: int, end: int) -> bool:
    """Inside a DATE/TIME/SET expression (years, dates, clock times): the time stage owns it.

    Answered from an index of the doc's time spans (starts in order, and the furthest end
    reached by any span starting at or before each), so a text of many figures and many
    times costs a lookup per figure, not a walk over every time expression."""
    starts, reach = _time_index(doc)
    at = bisect_right(starts, start)
    return at > 0 and reach[at - 1] >= end


def _time_index(doc: Doc) -> tuple[list[int], list[int]]:
    """The dated time spans' starts, sorted, and the running maximum of their ends; built once
    per doc and rebuilt when the time spans change."""
    group = doc.spans.get("newsclaims_times", [])
    key = (id(group), len(group))
    cached = doc.user_data.get("newsclaims_time_index")
    if cached is not None and tuple(cached[0]) == key:
        return cached[1], cached[2]
    dated = sorted((s.start_char, s.end_char) for s in group if s.label_ != "DURATION")
    starts = [s for s, _ in dated]
    reach = list(accumulate((e for _, e in dated), max))
    doc.user_data["newsclaims_time_index"] = (key, starts, reach)
    return starts, reach


def in_duration(doc: Doc, start: int, end: int) -> bool:
    """A duration the time stage found covers the characters ``start``..``end``."""
    return any(
        s.label_ == "DURATION" and s.start_char <= start and s.end_char >= end
        for s in doc.spans.get("newsclaims_times", [])
    )


def in_time(token: Token) -> bool:
    """The token belongs to a dated time expression ("last year", "in 2019")."""
    return is_time_part(token.doc, token.idx, token.idx + len(token))
