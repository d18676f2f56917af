"""The cost of a figure's scope against the size of its clause, on documents built by hand
(issue 23: no stage's cost per token may grow with the text). A relative clause's described
noun with N modifiers and N objects; prints the CPU time of ``scope._clause`` for N and 8N and
their ratio (8 for a linear walk, 64 for a square one).

    PYTHONPATH=src python bench/scope_cost.py [--size 150]
"""

from __future__ import annotations

import argparse
import time

from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsclaims.extract.quantities.scope import _clause


def described(size: int) -> Doc:
    """A noun with ``size`` modifiers, described by a relative clause with ``size`` objects."""
    words = ["crash"] + ["big"] * size + ["killed"] + ["people"] * size
    heads = [0] + [0] * size + [0] + [size + 1] * size
    deps = ["ROOT"] + ["amod"] * size + ["relcl"] + ["dobj"] * size
    pos = ["NOUN"] + ["ADJ"] * size + ["VERB"] + ["NOUN"] * size
    return Doc(Vocab(), words=words, heads=heads, deps=deps, pos=pos)


def cost(doc: Doc, rounds: int = 5) -> float:
    """The fastest of ``rounds`` CPU times of the clause of the relative clause's verb."""
    governor = doc[(len(doc) - 2) // 2 + 1]
    best = float("inf")
    for _ in range(rounds):
        start = time.process_time()
        _clause(governor)
        best = min(best, time.process_time() - start)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=150)
    args = parser.parse_args()
    small, large = cost(described(args.size)), cost(described(8 * args.size))
    ratio = large / max(small, 1e-9)
    print(f"N={args.size}: {small * 1000:.3f} ms; 8N: {large * 1000:.3f} ms; ratio {ratio:.1f}x")


if __name__ == "__main__":
    main()
