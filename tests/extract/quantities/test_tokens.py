"""Whether a figure sits inside a dated time expression: the index answers as a walk would."""

from __future__ import annotations

import random

import spacy
from spacy.tokens import Doc, Span

from newsclaims.extract.quantities.tokens import is_time_part


def _doc(spans: list[tuple[int, int, str]]) -> Doc:
    doc = spacy.blank("en")(" ".join(f"w{i}" for i in range(40)))
    doc.spans["newsclaims_times"] = [Span(doc, s, e, label=label) for s, e, label in spans]
    return doc


def _walk(doc: Doc, start: int, end: int) -> bool:
    return any(
        s.start_char <= start and end <= s.end_char and s.label_ != "DURATION"
        for s in doc.spans["newsclaims_times"]
    )


def test_tokens_time_part_matches_a_walk_over_overlapping_and_nested_spans() -> None:
    rng = random.Random(7)
    for _ in range(50):
        ranges = []
        for _ in range(rng.randint(0, 6)):
            start = rng.randint(0, 38)
            label = rng.choice(["DATE", "TIME", "SET", "DURATION"])
            ranges.append((start, rng.randint(start + 1, 40), label))
        doc = _doc(ranges)
        text = doc.text
        for _ in range(30):
            start = rng.randint(0, len(text) - 1)
            end = rng.randint(start + 1, len(text))
            assert is_time_part(doc, start, end) == _walk(doc, start, end), (ranges, start, end)


def test_tokens_time_part_follows_new_time_spans() -> None:
    doc = _doc([(2, 4, "DATE")])
    inside = doc[3].idx
    assert is_time_part(doc, inside, inside + 2)
    doc.spans["newsclaims_times"] = [Span(doc, 10, 12, label="DURATION")]
    assert not is_time_part(doc, inside, inside + 2), "the index is rebuilt for the new spans"
