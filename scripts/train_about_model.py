"""Fit a learned chooser of what a figure counts (``about``, scripts/about_chooser.py) on the
hand-labelled PolNeAR-train figures f14, f16 and f18: an experiment of session 37, not part of
the pipeline (bench/results.md, "Session 37: about37").

    python scripts/train_about_model.py dump --out /tmp/about37/cands.jsonl
    python scripts/train_about_model.py fit /tmp/about37/cands.jsonl [--write MODEL.json]

``dump`` parses the labelled articles (``--arts``/artsNN: the files listed in
``bench/judgments/figures-train-fNN-articles.txt``, copied from PolNeAR train), finds each
labelled figure (same file and offsets) among the stage's figures, and writes its candidates
(``about_chooser.candidates``). ``fit`` marks which are right: when the verdict says the rules'
``about`` is right, that one; when it says wrong, the candidate whose last word is the hand gold
word of ``bench/judgments/figures-train-about-gold.jsonl`` (read by the writer from the row's
note and sentence; a wrong row not listed there has no right candidate). ``dump`` also writes
the wrong rows' sentences to /tmp for that labelling.

``fit`` fits a logistic model with numpy (gradient descent, L2) on candidates, five folds by
article, and chooses the L2 strength and the switching margin by the folds' held-out counts
(right figures, then fewest right turned wrong, then fewest changes) against the rules' own.
``--write`` stores the weights fitted on all rows with the chosen settings.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path
from typing import Any

import about_chooser as chooser
import numpy as np

from newsclaims.extract.pipeline import parse_articles
from newsclaims.ingest import iter_inputs

ROOT = Path(__file__).resolve().parent.parent
JUDGMENTS = ROOT / "bench" / "judgments"
#: The training labels (the latest relabelled file of each sample) and their article folders.
TRAIN = {
    "f14": "figures-train-f14-after-f15-seed14.jsonl",
    "f16": "figures-train-f16-after-f18-seed16.jsonl",
    "f18": "figures-train-f18-after-f19-seed18.jsonl",
}
GOLD = JUDGMENTS / "figures-train-about-gold.jsonl"
FOLDS = 5
L2S = (0.01, 0.1, 1.0, 3.0)
MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4, 0.5)


def _gold() -> dict[tuple[str, int], str | None]:
    if not GOLD.exists():
        return {}
    rows = [json.loads(x) for x in GOLD.read_text(encoding="utf-8").splitlines() if x]
    return {(r["sample"], r["n"]): r["gold"] for r in rows}


def _right(text: str | None, gold: str | None) -> bool:
    if text is None or gold is None:
        return False
    return text.lower().split()[-1] == gold.lower()


def dump(args: argparse.Namespace) -> int:
    gold = _gold()
    out: list[dict[str, Any]] = []
    sheet: list[str] = []
    for sample, name in TRAIN.items():
        labels = [json.loads(x) for x in (JUDGMENTS / name).read_text().splitlines() if x]
        folder = args.arts / f"arts{sample[1:]}"
        articles = [r.article for r in iter_inputs([str(folder)]) if r.article is not None]
        docs = {}
        for doc, article in parse_articles(articles):
            docs[Path(str(article.origin)).stem] = doc
        for row in labels:
            doc = docs[row["file"]]
            drafts = {(d.start, d.end): d for d in doc._.newsclaims_quantities}
            draft = drafts.get((row["start"], row["end"]))
            if draft is None or row["verdict"]["counted"] not in (True, False):
                continue
            found = chooser.candidates(doc, draft.start, draft.end, draft.unit, draft.about)
            good = row["verdict"]["counted"]
            want = gold.get((sample, row["n"]))
            right = [
                (i == 0 and good) or (not good and i > 0 and _right(c.text, want))
                for i, c in enumerate(found)
            ]
            out.append(
                {
                    "sample": sample,
                    "n": row["n"],
                    "file": row["file"],
                    "candidates": [
                        {"kind": c.kind, "text": c.text, "features": list(c.features)}
                        for c in found
                    ],
                    "good": good,
                    "right": right,
                }
            )
            if not good:
                sent = doc.char_span(draft.start, draft.end, alignment_mode="expand")
                sentence = sent.sent.text if sent is not None else ""
                sheet += [
                    f"## {sample} {row['n']} gold={want!r}: {doc.text[draft.start : draft.end]!r}",
                    f"- rules {draft.about!r}; note: {row['note']}",
                    "- candidates: " + "; ".join(f"{c.kind}={c.text!r}" for c in found[1:]),
                    f"- {sentence.strip()}",
                    "",
                ]
    args.out.write_text("".join(json.dumps(r) + "\n" for r in out), encoding="utf-8")
    Path("/tmp/about37-wrong.md").write_text("\n".join(sheet), encoding="utf-8")
    print(f"{len(out)} figures -> {args.out}; wrong rows' sheet -> /tmp/about37-wrong.md")
    return 0


def _matrix(rows: list[dict[str, Any]], index: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    xs, ys = [], []
    for row in rows:
        for cand, right in zip(row["candidates"], row["right"], strict=True):
            x = np.zeros(len(index))
            for f in cand["features"]:
                if f in index:
                    x[index[f]] = 1.0
            xs.append(x)
            ys.append(1.0 if right else 0.0)
    return np.array(xs), np.array(ys)


def fit_weights(rows: list[dict[str, Any]], l2: float) -> dict[str, Any]:
    names = sorted({f for r in rows for c in r["candidates"] for f in c["features"]})
    index = {f: i for i, f in enumerate(names)}
    x, y = _matrix(rows, index)
    w = np.zeros(len(names))
    b = 0.0
    for _ in range(3000):
        p = 1.0 / (1.0 + np.exp(-(x @ w + b)))
        g = p - y
        w -= 0.5 * (x.T @ g / len(y) + l2 * w / len(y))
        b -= 0.5 * float(g.mean())
    return {"weights": {n: round(float(v), 4) for n, v in zip(names, w, strict=True)}, "bias": b}


def _chosen(model: dict[str, Any], row: dict[str, Any], margin: float) -> int:
    cands = [
        chooser.Candidate(c["kind"], c["text"], tuple(c["features"])) for c in row["candidates"]
    ]
    if len(cands) < 2:
        return 0
    scores = [chooser.score(model, c) for c in cands]
    best = max(range(1, len(cands)), key=lambda i: scores[i])
    return best if scores[best] - scores[0] > margin else 0


def fit(args: argparse.Namespace) -> int:
    rows = [json.loads(x) for x in args.cands.read_text().splitlines() if x]
    gold = _gold()
    for r in rows:  # the gold file may be newer than the dump
        want = gold.get((r["sample"], r["n"]))
        r["right"] = [
            (i == 0 and r["good"]) or (not r["good"] and i > 0 and _right(c["text"], want))
            for i, c in enumerate(r["candidates"])
        ]
    for r in rows:  # ablation: leave out features containing any of ``--drop``
        for c in r["candidates"]:
            c["features"] = [f for f in c["features"] if not any(d in f for d in args.drop)]
    files = sorted({r["file"] for r in rows})
    random.Random(37).shuffle(files)
    fold_of = {f: i % FOLDS for i, f in enumerate(files)}
    base = sum(1 for r in rows if r["right"][0])
    print(f"{len(rows)} figures; rules right {base}")
    best: tuple[int, float, float] = (base, -1.0, -1.0)
    best_key = (base, 0, 0)
    for l2 in L2S:
        for margin in MARGINS:
            right = changed = worse = 0
            for k in range(FOLDS):
                model = fit_weights([r for r in rows if fold_of[r["file"]] != k], l2)
                model["margin"] = margin
                for r in (r for r in rows if fold_of[r["file"]] == k):
                    i = _chosen(model, r, margin)
                    right += r["right"][i]
                    changed += i != 0
                    worse += i != 0 and r["right"][0]
            print(
                f"l2 {l2} margin {margin}: right {right} (rules {base}), "
                f"changed {changed}, right->wrong {worse}"
            )
            # the most right figures, then the fewest right turned wrong, then fewest changes
            key = (right, -worse, -changed)
            if key > best_key:
                best, best_key = (right, l2, margin), key
    print(f"best: {best}")
    if args.write:
        _, l2, margin = best
        if l2 < 0:
            print("the model does not beat the rules on the folds: nothing written")
            return 1
        model = fit_weights(rows, l2)
        model["margin"] = margin
        model["provenance"] = (
            "scripts/train_about_model.py fit on bench/judgments "
            + ", ".join(TRAIN.values())
            + f" with {GOLD.name}; l2 {l2}, margin {margin} chosen by 5 folds by article"
        )
        args.write.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n")
        print(f"-> {args.write}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    one = sub.add_parser("dump")
    one.add_argument("--arts", type=Path, default=Path("/tmp/about37"))
    one.add_argument("--out", type=Path, required=True)
    two = sub.add_parser("fit")
    two.add_argument("cands", type=Path)
    two.add_argument("--write", type=Path, help="store the weights fitted on all rows here")
    two.add_argument("--drop", nargs="*", default=[], help="leave out features containing these")
    args = parser.parse_args()
    return {"dump": dump, "fit": fit}[args.command](args)


if __name__ == "__main__":
    sys.exit(main())
