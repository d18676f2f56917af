"""The entity look-ups of ``spans`` read spaCy's arrays and give what ``doc.ents`` and
``Span.ents`` give (those make a span of every entity of the document on each access)."""

from __future__ import annotations

import spacy
from spacy.tokens import Span

from newsclaims.extract.spans import entities_within, entity_range_at


def _doc() -> spacy.tokens.Doc:
    doc = spacy.blank("en")("Coach Ana Ruiz Tom Bell and Sam met Harbor City officials today")
    doc.ents = [
        Span(doc, 1, 3, "PERSON"),
        Span(doc, 3, 5, "PERSON"),
        Span(doc, 6, 7, "PERSON"),
        Span(doc, 8, 10, "GPE"),
    ]
    return doc


def test_entity_range_at_is_the_entity_a_token_is_part_of() -> None:
    """Each token's range is the one entity of ``doc.ents`` holding it; two names side by
    side stay two; a token in no entity has none (the negative control)."""
    doc = _doc()
    for token in doc:
        holding = [(e.start, e.end) for e in doc.ents if e.start <= token.i < e.end]
        assert entity_range_at(doc, token.i) == (holding[0] if holding else None)
    assert entity_range_at(doc, 2) == (1, 3)
    assert entity_range_at(doc, 3) == (3, 5)
    assert entity_range_at(doc, 0) is None
    assert entity_range_at(doc, 11) is None


def test_entities_within_a_span_are_its_ents_of_one_label() -> None:
    """A span's entities of one label are those of ``Span.ents``: wholly inside it, not one
    that starts before it or runs past its end (the negative controls)."""
    doc = _doc()
    for start in range(len(doc)):
        for end in range(start, len(doc) + 1):
            span = doc[start:end]
            for label in ("PERSON", "GPE", "ORG"):
                got = [(e.start, e.end) for e in entities_within(span, label)]
                assert got == [(e.start, e.end) for e in span.ents if e.label_ == label]
    assert [e.text for e in entities_within(doc[0:6], "PERSON")] == ["Ana Ruiz", "Tom Bell"]
    assert entities_within(doc[2:4], "PERSON") == []
