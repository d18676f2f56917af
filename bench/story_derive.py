"""One story's derive at growing size: rows and peak memory of ``derive_disagreements``.

    python bench/story_derive.py [--sizes 250 500 1000 2000 4000] [--part figures]

``--part events`` and ``--part denials`` measure the other two derives of a story that grew
with its square (issue 21): ``merge_events`` on N articles that each report one event of a
few agents over a few weeks (so many events and large ones), and the denials of
``derive_disagreements`` on N articles that each hold a denial, a confirmation and a reported
statement about one place, in overlapping words (so most pairs are candidates).

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
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from newsclaims.reconcile.records import StoredClaim


def _claim(
    article: str,
    k: int,
    start: int,
    text: str,
    stance: str,
    source: str,
    day: date | None,
    span: int,
) -> StoredClaim:
    """The k-th made-up claim of an article, ``span`` characters long, about Dunmore."""
    from newsclaims.reconcile.records import StoredClaim  # noqa: PLC0415

    return StoredClaim(
        f"{article}-{k}",
        article,
        start,
        start + span,
        text,
        stance,
        source,
        k,
        day,
        None,
        "Outlet",
        None,
        None,
        ((1, "Dunmore", "GPE"),),
    )


def hwm_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def records(size: int, seed: int = 7) -> object:
    """A story of ``size`` articles, each with an injury toll and a cost in its claims."""
    from newsclaims.reconcile.records import StoredFigure, StoryRecords  # noqa: PLC0415

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
                _claim(article, k, start, f"claim {n} {k} {text}", "reported", source, day, 80)
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


def event_records(size: int, seed: int = 7) -> object:
    """A story of ``size`` articles, each reporting one attack or meeting among a few
    agents, dated over a few weeks, placed in one of two countries or not at all."""
    from newsclaims.reconcile.records import StoredEvent, StoryRecords  # noqa: PLC0415

    rng = random.Random(seed)
    agents = ("Ana Ruiz", "Tom Okafor", "Lena Berg", "Raj Holm", "Ines Vale", "the council")
    events = []
    for n in range(size):
        actors = tuple(rng.sample(agents, rng.choice((1, 2, 2, 3))))
        day = date(2026, 10, 1) + timedelta(days=rng.randrange(60)) if rng.random() < 0.8 else None
        events.append(
            StoredEvent(
                n,
                f"a{n:06d}",
                40,
                46,
                "attack",
                rng.choice(("attack", "meet")),
                None,
                rng.choice((None, "FR", "DE")),
                day,
                day,
                date(2026, 11, 1 + n * 28 // size),
                None,
                "Outlet",
                actors,
            )
        )
    return StoryRecords(1, 1, [], [], events)


def denial_records(size: int, seed: int = 7) -> object:
    """A story of ``size`` articles, each with a denial, a confirmation and a reported
    statement about one place, from a few sources, in overlapping words."""
    from newsclaims.reconcile.records import StoryRecords  # noqa: PLC0415

    rng = random.Random(seed)
    words = "soldiers crossed northern border overnight troops entered villages near".split()
    claims = []
    day = date(2026, 11, 2)
    for n in range(size):
        article = f"a{n:06d}"
        for k, (stance, source) in enumerate(
            (
                ("denied", f"Ministry {rng.randrange(3)}"),
                ("confirmed", f"Observers {rng.randrange(4)}"),
                ("reported", f"Police {rng.randrange(5)}"),
            )
        ):
            text = " ".join(rng.sample(words, 5))
            claims.append(_claim(article, k, 100 * k, text, stance, source, day, len(text)))
    return StoryRecords(1, 1, claims, [], [])


def one(size: int, part: str = "figures") -> dict[str, float]:
    from newsclaims.reconcile.events import merge_events  # noqa: PLC0415
    from newsclaims.reconcile.story import derive_disagreements  # noqa: PLC0415

    make = {"figures": records, "events": event_records, "denials": denial_records}[part]
    story = make(size)
    before = hwm_mb()
    started = time.perf_counter()
    if part == "events":
        found: list[object] = list(merge_events(story))  # type: ignore[arg-type]
    else:
        found = list(derive_disagreements(story))  # type: ignore[arg-type]
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
    parser.add_argument("--part", choices=("figures", "events", "denials"), default="figures")
    parser.add_argument("--one", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one is not None:
        print(json.dumps(one(args.one, args.part)))
        return
    print(f"# one story's derive at growing size: {args.part}\n")
    print("(rows: merged events for ``events``, disagreement rows otherwise)\n")
    print(
        "| articles | figures | rows | most folded of a kind in a group | seconds | "
        "RSS before MB | peak RSS MB |"
    )
    print("|---|---|---|---|---|---|---|")
    for size in args.sizes:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(size), "--part", args.part],
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
