"""newsclaims' time stage against dateparser.search_dates, same TimeML data, one run.

    python bench/timex_compare.py ../shared/eval/timex/tbaq [--limit N]

Both systems read the plain text of each document with its creation time as the anchor
(dateparser's RELATIVE_BASE). newsclaims is timed end to end (spaCy parse and all stages, as
a user runs it) and its time stage alone on parsed text; dateparser on its own. Scores use
the TempEval-3 rules of ``eval timex``; dateparser's matches become DATE values at day
precision (its output is a datetime).
"""

from __future__ import annotations

import argparse
import time
import warnings
from datetime import datetime
from pathlib import Path

from dateparser.search import search_dates

from newsclaims.eval.splits import HALVES, half_of
from newsclaims.eval.timex import Timex, read_timeml, score
from newsclaims.extract.pipeline import STAGES, analyze_articles, build_pipeline
from newsclaims.extract.temporal import find_times
from newsclaims.model import Article


def _dateparser(text: str, dct: datetime | None) -> list[Timex]:
    settings = {"RELATIVE_BASE": dct} if dct else {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(text, languages=["en"], settings=settings) or []
    out, cursor = [], 0
    for phrase, when in found:
        start = text.find(phrase, cursor)
        if start < 0:
            continue
        cursor = start + len(phrase)
        out.append(Timex(start, cursor, "DATE", when.date().isoformat()))
    return out


def _stage_alone(docs: list) -> float:  # type: ignore[type-arg]
    """Seconds the time stage takes on already parsed documents (no parse, no other stage)."""
    nlp = build_pipeline()
    with nlp.select_pipes(disable=list(STAGES)):
        parsed = list(nlp.pipe([d.text for d in docs], batch_size=32))
    start = time.perf_counter()
    for doc, d in zip(parsed, docs, strict=True):
        find_times(doc, d.dct, d.stamp)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    docs = list(read_timeml(args.folder))[: args.limit]
    articles = [Article(text=d.text, published=d.dct, published_at=d.stamp) for d in docs]
    list(analyze_articles(articles[:1]))  # load the pipeline before timing
    start = time.perf_counter()
    ours = [
        [Timex(t.start, t.end, t.type, t.value or "") for t in a.times]
        for a in analyze_articles(articles)
    ]
    ours_s = time.perf_counter() - start
    start = time.perf_counter()
    theirs = [
        _dateparser(d.text, datetime.combine(d.dct, datetime.min.time()) if d.dct else None)
        for d in docs
    ]
    theirs_s = time.perf_counter() - start
    stage_s = _stage_alone(docs)
    n = len(docs)
    print(f"# time expressions on {args.folder} ({n} documents), each fixed half and all\n")
    print(
        "| half | system | strict F1 | relaxed P | relaxed R | relaxed F1 | type F1 | value F1 "
        "| docs/s |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    rows = []
    for half in [*HALVES, None]:
        keep = [i for i, d in enumerate(docs) if half is None or half_of(d.name) == half]
        rows = [
            ("newsclaims (parse + all stages)", score((docs[i], ours[i]) for i in keep), ours_s),
            ("dateparser.search_dates", score((docs[i], theirs[i]) for i in keep), theirs_s),
        ]
        for name, r, seconds in rows:
            print(
                f"| {half or 'all'} | {name} | {r['strict']['f1']:.3f} | {r['relaxed']['p']:.3f} | "
                f"{r['relaxed']['r']:.3f} | {r['relaxed']['f1']:.3f} | {r['type']['f1']:.3f} | "
                f"{r['value']['f1']:.3f} | {n / seconds:.1f} |"
            )
    speed = (n / ours_s) / (n / theirs_s)
    value = rows[0][1]["value"]["f1"] / max(rows[1][1]["value"]["f1"], 1e-9)
    print(f"\nnewsclaims / dateparser: value F1 x{value:.2f}, speed x{speed:.2f}")
    print(
        f"newsclaims' time stage alone, on parsed text: {1000 * stage_s / n:.1f} ms/doc "
        f"({n / stage_s:.0f} docs/s); dateparser {1000 * theirs_s / n:.1f} ms/doc"
    )


if __name__ == "__main__":
    main()
