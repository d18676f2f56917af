"""Fit the main event's sentence-choice weights (``extract/data/main_event_weights.tsv``) on
realnews half A and the PolNeAR train labels together (never half B).

Each article is parsed once; for every candidate sentence of its lead the features
(``main_event.sentence_features``) and the who and what the finder tells when that sentence
is chosen (``find_main_event(pick=...)``) are stored, so a weight vector's score (who + what
matched, the eval's rule) is a table look-up. Weights are fitted by coordinate ascent over a
grid of values per feature, from the shipped weights, ties kept at the current value.

Choosing by leave-some-out: the train labels are cut into ``--folds`` folds (every k-th
label); for each fold the weights are fitted on half A and the other folds and scored on the
fold held out. The held-out sum is the honest estimate; the weights written (``--write``)
are the median over the folds' fits, never a fit scored on the full set. Several label
files are pooled into one train set (concatenated in the order given, then cut into folds
of every k-th article, so each fold mixes the files).

``--heldout LABELS`` (repeatable: f14, f15) adds a label file that no fit sees: each is
scored once, at the end, with the current and the median weights (by number only). Half B
is never read here; judge it with ``newsclaims eval fivew --half B`` after writing candidate
weights.

    python bench/fivew_fit.py ../shared/eval/realnews/articles \\
        ../shared/eval/attribution/polnear/train/text \\
        bench/judgments/fivew-train-f11-labels.jsonl bench/judgments/fivew-train-f40-labels.jsonl \\
        [--heldout bench/judgments/fivew-train-f14-labels.jsonl] \\
        [--heldout bench/judgments/fivew-train-f15-labels.jsonl] \\
        [--cache /tmp/fivew_fit.json] [--write]

Prints scores per set (terminal only).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
from pathlib import Path
from typing import Any

from newsclaims.eval.fivew import phrase_lemmas, phrases_match, read_folder
from newsclaims.extract.main_event import (
    WEIGHTS,
    Part,
    find_main_event,
    first_best,
    sentence_features,
    sentence_weights,
)
from newsclaims.extract.pipeline import parse_articles
from newsclaims.extract.spans import doc_text

sys.path.insert(0, str(Path(__file__).parent))
from fivew_train import article_of

GRID = (-3.0, -2.0, -1.5, -1.0, -0.5, -0.25, 0.0, 0.25, 0.5, 1.0, 1.5, 2.0, 3.0)
WS = ("who", "what")
Table = list[dict[str, Any]]  # per article: set, features per candidate, hits per candidate


def build(args: argparse.Namespace) -> Table:
    """Parse the articles once; per candidate sentence its features and who/what hits."""
    articles, golds, sets = [], [], []
    for _, article, gold in read_folder(args.realnews, "A"):
        articles.append(article)
        golds.append({w: gold.phrases.get(w, []) for w in WS})
        sets.append("A")
    labelled = [("train", path) for path in args.labels]
    labelled += [(f"heldout {path.name}", path) for path in args.heldout]
    for set_name, path in labelled:
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            raw = (args.train / row["id"]).read_text(encoding="utf-8")
            articles.append(article_of(args.train / row["id"])[0])
            golds.append({w: [raw[s:e] for s, e in row[w]] for w in WS})
            sets.append(set_name)
    docs = [doc for doc, _ in parse_articles(articles)]

    def text(doc: Any, part: Part | None, title: str | None) -> str | None:
        if part is None:
            return None
        source = (title or "") if part.in_title else doc_text(doc)
        return source[part.start : part.end]

    answers = []
    features = []
    for doc in docs:
        title, headline = doc._.newsclaims_title, doc._.newsclaims_headline
        rows = sentence_features(doc, title, headline)
        features.append(rows)
        picks = []
        for i in range(max(len(rows), 1)):
            draft = find_main_event(doc, title, headline, pick=i)
            picks.append({w: text(doc, getattr(draft, w), title) if draft else None for w in WS})
        answers.append(picks)
    phrases = [p for g in golds for ps in g.values() for p in ps]
    phrases += [t for picks in answers for a in picks for t in a.values() if t]
    lemmas = phrase_lemmas(phrases)
    table: Table = []
    for set_name, rows, picks, gold in zip(sets, features, answers, golds, strict=True):
        hits = [
            [
                int(bool(a[w]) and any(phrases_match(a[w] or "", g, lemmas) for g in gold[w]))
                for w in WS
            ]
            for a in picks
        ]
        table.append({"set": set_name, "features": rows, "hits": hits})
    return table


def chosen(item: dict[str, Any], weights: dict[str, float]) -> list[int]:
    """The who/what hits of the candidate the weights choose (the first best, as the finder)."""
    rows = item["features"]
    if not rows:
        return [int(h) for h in item["hits"][0]]
    scores = [sum(weights.get(k, 0.0) * v for k, v in r.items()) for r in rows]
    hits: list[int] = item["hits"][first_best(scores)]
    return hits


def total(items: Table, weights: dict[str, float]) -> list[int]:
    """Who and what matched over the items."""
    out = [0, 0]
    for item in items:
        for j, h in enumerate(chosen(item, weights)):
            out[j] += h
    return out


def fit(items: Table, start: dict[str, float], rounds: int = 3) -> dict[str, float]:
    """Coordinate ascent over ``GRID`` per feature, from ``start``; ties keep the value."""
    weights = dict(start)
    best = sum(total(items, weights))
    for _ in range(rounds):
        changed = False
        for name in list(weights):
            for value in GRID:
                trial = {**weights, name: value}
                score = sum(total(items, trial))
                if score > best:
                    best, weights, changed = score, trial, True
        if not changed:
            break
    return weights


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("realnews", type=Path)
    parser.add_argument("train", type=Path)
    parser.add_argument("labels", type=Path, nargs="+", help="train label files (pooled)")
    parser.add_argument(
        "--heldout",
        type=Path,
        action="append",
        default=[],
        help="a label file scored once, never fitted (repeatable)",
    )
    parser.add_argument("--cache", type=Path, help="JSON file of the parsed table (reused)")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--write", action="store_true", help="write the median weights")
    args = parser.parse_args()
    if args.cache is not None and args.cache.exists():
        table: Table = json.loads(args.cache.read_text(encoding="utf-8"))
    else:
        table = build(args)
        if args.cache is not None:
            args.cache.write_text(json.dumps(table), encoding="utf-8")
    current = sentence_weights()
    half_a = [t for t in table if t["set"] == "A"]
    train = [t for t in table if t["set"] == "train"]
    print(f"articles: half A {len(half_a)}, train {len(train)}")
    print("current: A who/what", total(half_a, current), "train who/what", total(train, current))
    fold_weights = []
    held = [0, 0]
    before = [0, 0]
    for k in range(args.folds):
        out = [t for i, t in enumerate(train) if i % args.folds == k]
        fitted = fit(half_a + [t for i, t in enumerate(train) if i % args.folds != k], current)
        fold_weights.append(fitted)
        got, had = total(out, fitted), total(out, current)
        held = [a + b for a, b in zip(held, got, strict=True)]
        before = [a + b for a, b in zip(before, had, strict=True)]
        print(f"fold {k}: held-out who/what current {had} fitted {got}")
    print("held-out train who/what: current", before, "fitted", held)
    median = {k: statistics.median(w[k] for w in fold_weights) for k in current}
    print("median weights:", median)
    print("median: A who/what", total(half_a, median), "train who/what", total(train, median))
    for name in dict.fromkeys(t["set"] for t in table if t["set"].startswith("heldout")):
        heldout = [t for t in table if t["set"] == name]
        print(f"{name} ({len(heldout)}) who/what: current", total(heldout, current), end=" ")
        print("median", total(heldout, median))
    if args.write:
        path = WEIGHTS
        lines = path.read_text(encoding="utf-8").splitlines()
        head = [line for line in lines if line.startswith("#")]
        body = [f"{k}\t{v:g}" for k, v in median.items()]
        path.write_text("\n".join([*head, *body]) + "\n", encoding="utf-8")
        print("wrote", path)


if __name__ == "__main__":
    main()
