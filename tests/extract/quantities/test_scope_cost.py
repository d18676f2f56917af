"""The scope of a figure costs time in proportion to its clause, on documents built by hand:
a relative clause's described noun is added without testing each of its tokens against the
whole clause again."""

from __future__ import annotations

import time

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsclaims.extract.quantities.scope import _clause


def _described(size: int) -> Doc:
    """A noun with ``size`` modifiers, described by a relative clause with ``size`` objects."""
    words = ["crash"] + ["big"] * size + ["killed"] + ["people"] * size
    heads = [0] + [0] * size + [0] + [size + 1] * size
    deps = ["ROOT"] + ["amod"] * size + ["relcl"] + ["dobj"] * size
    pos = ["NOUN"] + ["ADJ"] * size + ["VERB"] + ["NOUN"] * size
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


def test_clause_of_a_relative_clause_adds_the_described_noun_once() -> None:
    doc = _described(3)
    clause = _clause(doc[4])
    assert sorted(t.i for t in clause) == list(range(len(doc)))
    assert len(clause) == len(doc), "no token twice"


def _cost(doc: Doc) -> float:
    governor = doc[(len(doc) - 2) // 2 + 1]
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        _clause(governor)
        best = min(best, time.process_time() - start)
    return best


def test_clause_cost_grows_with_the_clause_not_its_square() -> None:
    small, large = _described(150), _described(1200)  # 8 times the tokens
    ratio = _cost(large) / max(_cost(small), 1e-6)
    assert ratio < 24, f"8x the tokens cost {ratio:.0f}x the time (a square would be 64x)"
