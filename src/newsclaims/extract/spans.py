"""Span groups from character ranges (what every stage writes for display and debugging)."""

from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.attrs import ENT_IOB, ENT_TYPE, IDX, LENGTH
from spacy.parts_of_speech import IDS
from spacy.strings import get_string_id
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


def token_starts(doc: Doc) -> list[int]:
    """The character offset of each token (``token.idx``), from spaCy's arrays."""
    return doc.to_array(IDX).tolist() if len(doc) else []


def entity_ranges(doc: Doc, label: str) -> list[tuple[int, int]]:
    """The token ranges, in order, of the doc's entities of one label, as ``doc.ents`` gives
    them (a B token of that label and the I tokens after it), read from spaCy's arrays:
    ``doc.ents`` makes a span of every entity of every label on each access."""
    if not len(doc):
        return []
    columns = doc.to_array([ENT_IOB, ENT_TYPE])
    iob, types = columns[:, 0], columns[:, 1]
    begins = (iob == iob.dtype.type(_BEGIN)) & (types == types.dtype.type(get_string_id(label)))
    inside = (iob == iob.dtype.type(_INSIDE)).tolist()
    found = []
    for start in numpy.flatnonzero(begins).tolist():
        end = start + 1
        while end < len(inside) and inside[end]:
            end += 1
        found.append((start, end))
    return found


#: spaCy's ``ent_iob`` codes of a token inside an entity and of one that begins it.
_INSIDE, _BEGIN = 1, 3


def entities_within(span: Span, label: str) -> list[Span]:
    """The doc's entities of one label that lie wholly within ``span``, in order, as
    ``[e for e in span.ents if e.label_ == label]`` gives them, read from spaCy's arrays
    (``Span.ents`` makes a span of every entity of the whole document on each access)."""
    doc = span.doc
    return [
        doc[start:end]
        for start, end in entity_ranges(doc, label)
        if start >= span.start and end <= span.end
    ]


def entity_range_at(doc: Doc, i: int) -> tuple[int, int] | None:
    """The token range of the entity of ``doc.ents`` that token ``i`` is part of (its B token
    and the I tokens after it), else None: read off the tokens around it, not by making a
    span of every entity of the document (``doc.ents``) for each token asked."""
    token = doc[i]
    if token.ent_iob not in (_INSIDE, _BEGIN) or (token.ent_iob == _BEGIN and not token.ent_type):
        return None
    start = i
    while start > 0 and doc[start].ent_iob == _INSIDE:
        start -= 1
    end = i + 1
    while end < len(doc) and doc[end].ent_iob == _INSIDE:
        end += 1
    return start, end


def token_ends(doc: Doc) -> list[int]:
    """The character offset after each token (``token.idx + len(token)``), read once per doc
    from spaCy's arrays: no ``Token`` object is made for it."""
    cached = doc.user_data.get("newsclaims_token_ends")
    if cached is None or len(cached) != len(doc):
        cached = doc.to_array([IDX]).tolist() if len(doc) else []
        lengths = doc.to_array([LENGTH]).tolist() if len(doc) else []
        cached = [start + length for start, length in zip(cached, lengths, strict=True)]
        doc.user_data["newsclaims_token_ends"] = cached
    return list(cached)


def token_indexes(doc: Doc, attr: str, values: Iterable[str]) -> list[int]:
    """The indexes, in order, of the tokens whose ``attr`` ("POS", "DEP", "LOWER", "TAG",
    ...) is one of ``values``, read from spaCy's arrays: a stage that looks at a few kinds
    of token skips the others without making a ``Token`` of each."""
    if not len(doc):
        return []
    wanted = [IDS[v] if attr == "POS" else get_string_id(v) for v in values]
    return indexes_of(doc.to_array(attr), wanted)


def indexes_of(column: numpy.ndarray, wanted: Iterable[int]) -> list[int]:
    """The indexes, in order, of the values of a doc's attribute column (``doc.to_array``)
    that are one of ``wanted`` (ids): one comparison per wanted id, in the column's own type
    (``numpy.isin`` costs more on a few ids than the comparisons, and compares a list of
    Python ints with the unsigned column as floats)."""
    found = numpy.zeros(len(column), dtype=bool)
    for value in wanted:
        found |= column == column.dtype.type(value)
    return list(numpy.flatnonzero(found).tolist())
