"""Where a figure sits in the parsed doc: its token, and whether the time stage owns it."""

from __future__ import annotations

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
    """Inside a DATE/TIME/SET expression (years, dates, clock times): the time stage owns it."""
    for span in doc.spans.get("newsclaims_times", []):
        if span.start_char <= start and end <= span.end_char and span.label_ != "DURATION":
            return True
    return False


def in_time(token: Token) -> bool:
    """The token belongs to a dated time expression ("last year", "in 2019")."""
    return is_time_part(token.doc, token.idx, token.idx + len(token))
