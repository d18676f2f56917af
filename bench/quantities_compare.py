"""newsclaims' quantities stage against quantulum3, same NewsQuant sentences, one run.

    python bench/quantities_compare.py ../shared/eval/quantities/newsquant-dev.json

quantulum3 runs with its classifier off (``classifier.USE_CLF = False``), as its docs advise
when scikit-learn is installed. newsclaims is timed end to end (spaCy parse and all stages, as
a user runs it). Scores use the rules of ``newsclaims eval quantities``.
"""

from __future__ import annotations

import argparse
import time
import warnings
from pathlib import Path

from quantulum3 import classifier, parser

from newsclaims.eval.quantities import Figure, figure_of, read_newsquant, score, unit_name
from newsclaims.extract.pipeline import analyze_articles
from newsclaims.model import Article

BOUNDS = {"~": "approx", ">": "more_than", "<": "less_than"}


def _quantulum(text: str) -> list[Figure]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = parser.parse(text)
    out = []
    for q in found:
        name = q.unit.name if q.unit is not None else "dimensionless"
        unit = "-" if name == "dimensionless" else unit_name(name)
        bound = BOUNDS.get(getattr(q, "change", None) or "", "exact")
        out.append(Figure(float(q.value), unit, bound))
    return out


def main() -> None:
    arguments = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    arguments.add_argument("path", type=Path)
    arguments.add_argument("--limit", type=int, default=None)
    args = arguments.parse_args()
    classifier.USE_CLF = False
    data = read_newsquant(args.path)[: args.limit]
    texts = [text for text, _, _ in data]
    list(analyze_articles([Article(text=texts[0])]))  # load the pipeline before timing
    start = time.perf_counter()
    ours = [
        [figure_of(q) for q in a.quantities]
        for a in analyze_articles(Article(text=t) for t in texts)
    ]
    ours_s = time.perf_counter() - start
    start = time.perf_counter()
    theirs = [_quantulum(t) for t in texts]
    theirs_s = time.perf_counter() - start
    n = len(texts)
    rows = [
        ("newsclaims (parse + all stages)", ours, ours_s),
        ("quantulum3 (no classifier)", theirs, theirs_s),
    ]
    print(f"# figures on {args.path} ({n} sentences)\n")
    columns = (
        "system", "value P", "value R", "value F1", "value+unit F1", "1:1 value F1",
        "1:1 value+unit F1", "bound acc.", "sentences/s",
    )  # fmt: skip
    print("| " + " | ".join(columns) + " |")
    print("|" + "---|" * len(columns))
    results = []
    for name, found, seconds in rows:
        r = score((gold, changes, f) for (_, gold, changes), f in zip(data, found, strict=True))
        results.append(r)
        print(
            f"| {name} | {r['value']['p']:.3f} | {r['value']['r']:.3f} | {r['value']['f1']:.3f} | "
            f"{r['value_unit']['f1']:.3f} | {r['one_to_one']['value']['f1']:.3f} | "
            f"{r['one_to_one']['value_unit']['f1']:.3f} | {r['bound_accuracy']:.3f} | "
            f"{n / seconds:.1f} |"
        )
    speed = (n / ours_s) / (n / theirs_s)
    ratio = results[0]["value_unit"]["f1"] / max(results[1]["value_unit"]["f1"], 1e-9)
    print(f"\nnewsclaims / quantulum3: value+unit F1 x{ratio:.2f}, speed x{speed:.2f}")


if __name__ == "__main__":
    main()
