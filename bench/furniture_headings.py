"""Headings in capitals inside a run of captions: the one-pass scan of
``newsclaims.extract.furniture._headings`` against the regular expression it replaced
(``_HEADING`` up to captions8), side by side in one run, on made-up caption runs holding a
word of N capitals that starts no heading. Also checks that both find the same headings.

    python bench/furniture_headings.py [--sizes 100 200 400 800] [--repeat 3]

Prints, per size, the seconds of the regular expression, of the scan and of
``find_furniture`` on the whole text (best of ``--repeat``), and the ratio regex / scan.
"""

from __future__ import annotations

import argparse
import re
import time
from collections.abc import Callable

from newsclaims.extract.furniture import _headings, find_furniture

#: The expression of captions8 (backtracks: several ways to split a long word in capitals).
OLD_HEADING = re.compile(
    r"(?:\b(?:[^\sa-z]*[A-Z]{2,}[^\sa-z]*|\d{4}) ){3,}[^\sa-z]*[A-Z]{2,}[^\sa-z]*\b"
)


def _text(size: int) -> str:
    return (
        "The mayor opened the market on Saturday. Anna Berg waves to shoppers outside the hall "
        + "A" * size
        + " and friends THE DAY THE MARKET CAME BACK It was the first market in the town "
        "since 1990, a spokesman said."
    )


def _best(call: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 200, 400, 800])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    print("| capitals | regex s | scan s | regex / scan | find_furniture s | same headings |")
    print("|---|---|---|---|---|---|")
    for size in args.sizes:
        text = _text(size)
        old = [(m.start(), m.end()) for m in OLD_HEADING.finditer(text)]
        same = old == _headings(text, 0, len(text))
        regex = _best(lambda t=text: list(OLD_HEADING.finditer(t)), args.repeat)
        scan = _best(lambda t=text: _headings(t, 0, len(t)), args.repeat)
        whole = _best(lambda t=text: find_furniture(t), args.repeat)
        print(f"| {size} | {regex:.4f} | {scan:.5f} | {regex / scan:.0f} | {whole:.4f} | {same} |")


if __name__ == "__main__":
    main()
