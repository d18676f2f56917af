"""The scope of a figure on a document built by hand: a relative clause's described noun is
added once (its cost against the clause's size is measured by bench/scope_cost.py: tests check
behaviour, benchmarks time)."""

from __future__ import annotations

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
