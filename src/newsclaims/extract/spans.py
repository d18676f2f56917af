"""Span groups from character ranges (what every stage writes for display and debugging)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span


def char_spans(doc: Doc, ranges: Iterable[tuple[int, int, str]]) -> list[Span]:
    """Token-aligned spans for (start, end, label) character ranges; unalignable ones are
    left out (the records keep their exact character offsets either way)."""
    spans = []
    for start, end, label in ranges:
        span = doc.char_span(start, end, label=label, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    return spans


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per doc (spaCy joins every token on each access)."""
    cached = doc.user_data.get("newsclaims_text")
    if cached is None:
        cached = doc.text
        doc.user_data["newsclaims_text"] = cached
    return str(cached)


def remember_text(doc: Doc, text: str) -> None:
    """Give ``doc_text`` the text the doc was made from (the tokenizer keeps every character,
    so it is ``doc.text``), so that no stage has spaCy join the tokens again."""
    doc.user_data["newsclaims_text"] = text
