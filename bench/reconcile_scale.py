"""How the cost of reconciliation grows with the number of claims (generated, no model).

    python bench/reconcile_scale.py [--sizes 1000 10000 100000]

Figures and claims are generated over a vocabulary of subjects that grows with the corpus
(about ten statements a subject, as in news), from a few sources, with random bounds and
measures; a tenth of the claims are denials or confirmations. Prints seconds per size and the
growth factor against a linear one: near 1.0 means near-linear.
"""

from __future__ import annotations

import argparse
import random
import time
from datetime import date, timedelta

from newsclaims.reconcile import ClaimRow, FigureRow, find_disagreements

BOUNDS = ("exact", "approx", "more_than", "at_least", "less_than", "at_most")
MEASURES = ("killed", "injured", "casualties", "deployed", "arrested", "displaced")
SOURCES = ("Agency A", "Ministry B", "Observers C", "Police D", "Union E", "Outlet F")


def generate(n: int, seed: int = 7) -> tuple[list[FigureRow], list[ClaimRow]]:
    """n figures and n claims about n // 10 subjects."""
    rng = random.Random(seed)
    subjects = max(1, n // 10)
    figures = [
        FigureRow(
            f"a{rng.randrange(n)}",
            i,
            i + 5,
            "about 100",
            float(rng.randrange(10, 10_000)),
            None,
            None,
            rng.choice(BOUNDS),
            f"subject {rng.randrange(subjects)}",
            rng.choice(MEASURES),
            rng.choice(SOURCES),
            date(2026, 1, 1) + timedelta(days=rng.randrange(300)),
        )
        for i in range(n)
    ]
    claims = [
        ClaimRow(
            f"a{rng.randrange(n)}",
            0,
            30,
            f"troops crossed border sector {rng.randrange(subjects)}",
            rng.choice(("denied", "confirmed")) if rng.random() < 0.1 else "reported",
            rng.choice(SOURCES),
            rng.randrange(40),
            frozenset({f"GPE:{rng.randrange(subjects)}"}),
            date(2026, 1, 1),
        )
        for _ in range(n)
    ]
    return figures, claims


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    args = parser.parse_args()
    print("| claims + figures | seconds | disagreements | growth vs linear |")
    print("|---|---|---|---|")
    previous: tuple[int, float] | None = None
    for n in args.sizes:
        figures, claims = generate(n)
        start = time.perf_counter()
        found = find_disagreements(figures, claims)
        seconds = time.perf_counter() - start
        growth = "" if previous is None else f"{(seconds / previous[1]) / (n / previous[0]):.2f}"
        print(f"| {n:,} + {n:,} | {seconds:.3f} | {len(found):,} | {growth} |")
        previous = (n, seconds)


if __name__ == "__main__":
    main()
