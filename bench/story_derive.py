"""One story's derive at growing size: rows and peak memory of ``derive_disagreements``.

    python bench/story_derive.py [--sizes 250 500 1000 2000 4000]

Each size is a made-up story of N articles, each with two figures that conflict with others'
(an injury toll from one of three sources, a cost from one of three officials, values drawn
at random from a range that grows with N, so that most are distinct) and the claims that hold
them, as the store would give them back. Each size runs
in a fresh child process; printed are the disagreement rows, the seconds, and the child's
peak resident memory (VmHWM) before and after the derive. Memory that grows with N, not N
squared, is the aim (issue 21: 304,769 rows and 415 MB for one story of 1,038 articles).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from datetime import date


def hwm_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def records(size: int, seed: int = 7) -> object:
    """A story of ``size`` articles, each with an injury toll and a cost in its claims."""
    from newsclaims.reconcile.records import StoredClaim, StoredFigure, StoryRecords  # noqa: PLC0415

    rng = random.Random(seed)
    sources = ("Officials in Dunmore", "Police in Dunmore", "The Dunmore council")
    officials = ("Ana Ruiz", "Tom Okafor", "Lena Berg")
    claims, figures = [], []
    day = date(2026, 11, 2)
    for n in range(size):
        article = f"a{n:06d}"
        for k, (source, value, unit, measure, about) in enumerate(
            (
                (rng.choice(sources), rng.randrange(2, 2 + 2 * size), None, "injured", "people"),
                (rng.choice(officials), rng.randrange(2, 2 + size) * 1e5, "USD", "spent", None),
            )
        ):
            start = 100 * k
            text = f"{value:g} {about or 'dollars'}"
            claims.append(
                StoredClaim(
                    f"{article}-{k}",
                    article,
                    start,
                    start + 80,
                    f"claim {n} {k} {text}",
                    "reported",
                    source,
                    k,
                    day,
                    None,
                    "Outlet",
                    None,
                    None,
                    ((1, "Dunmore", "GPE"),),
                )
            )
            figures.append(
                StoredFigure(
                    2 * n + k,
                    article,
                    start + 10,
                    start + 20,
                    text,
                    float(value),
                    None,
                    None,
                    "exact",
                    about,
                    measure,
                    unit,
                    source,
                    day,
                    None,
                    "Outlet",
                    "total",
                )
            )
    return StoryRecords(1, 1, claims, figures, [])


def one(size: int) -> dict[str, float]:
    from newsclaims.reconcile.story import derive_disagreements  # noqa: PLC0415

    story = records(size)
    before = hwm_mb()
    started = time.perf_counter()
    found = derive_disagreements(story)  # type: ignore[arg-type]
    seconds = time.perf_counter() - started
    return {
        "rows": len(found),
        "folded": max((getattr(d, "folded", 0) for d in found), default=0),
        "seconds": seconds,
        "before": before,
        "peak": hwm_mb(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[250, 500, 1000, 2000, 4000])
    parser.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(one(args.one)))
        return
    print("# one story's derive at growing size\n")
    print(
        "| articles | figures | rows | most folded of a kind in a group | seconds | "
        "RSS before MB | peak RSS MB |"
    )
    print("|---|---|---|---|---|---|---|")
    for size in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(size)],
            capture_output=True, text=True, check=False,
        )  # fmt: skip
        if out.returncode != 0:
            print(f"| {size:,} | {2 * size:,} | failed: {out.stderr.strip()[-200:]} |||||")
            continue
        r = json.loads(out.stdout)
        print(
            f"| {size:,} | {2 * size:,} | {r['rows']:,} | {r['folded']:,} | "
            f"{r['seconds']:.1f} | {r['before']:.0f} | {r['peak']:.0f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
