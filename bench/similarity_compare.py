"""Lexical overlap vs sentence embeddings for "do these two claims state the same thing?".

    python bench/similarity_compare.py [bench/data/claim_pairs.txt]

Reads claims grouped by story and labelled with a proposition id (bench/data/claim_pairs.txt,
written for this benchmark: paraphrases, denials of a statement, and near misses that share
most words but not the fact). Every pair within a story is a decision the text similarity
makes in reconcile/propositions.py, because claims in one story share an entity bucket.

For each method, in one run:
- average precision of the pair scores (no threshold);
- pair F1 with the threshold chosen on half the stories and scored on the other half, both
  ways (2-fold over stories; the threshold is never scored on the stories it was chosen on);
- for the lexical method also at the shipped threshold (SAME_PROPOSITION_OVERLAP);
- grouping F1: claims joined by union-find at the method's threshold, as group_claims does,
  scored as pairs of claims in one group (transitive joins count);
- speed: claims scored per second, including encoding for the embeddings.
"""

from __future__ import annotations

import argparse
import itertools
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from newsclaims import analyze, settings
from newsclaims.errors import ConfigError
from newsclaims.reconcile.disagreements import ClaimRow, rows_from_analysis
from newsclaims.reconcile.embeddings import encoder
from newsclaims.reconcile.propositions import Lexical, compatible
from newsclaims.reconcile.static_vectors import StaticVectors, static_vectors

DEFAULT = Path(__file__).parent / "data" / "claim_pairs.txt"

Story = list[tuple[str, str]]  # (proposition id, text)


def read(path: Path) -> dict[str, Story]:
    stories: dict[str, Story] = {}
    current: Story = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if line.startswith("== "):
            current = stories.setdefault(line[3:].strip(), [])
            continue
        prop, text = line.split("\t", 1)
        current.append((prop, text))
    return stories


def lexical_scores(stories: dict[str, Story]) -> dict[str, np.ndarray]:
    """The shipped lexical similarity (``propositions.Lexical``) for every pair of a story."""
    out = {}
    for name, claims in stories.items():
        alike = Lexical([ClaimRow(name, 0, 0, t, "reported", None, 0, frozenset(), None)
                         for _, t in claims])  # fmt: skip
        m = np.zeros((len(claims), len(claims)))
        for i, j in itertools.combinations(range(len(claims)), 2):
            m[i, j] = m[j, i] = alike(i, j)
        out[name] = m
    return out


def embedding_scores(stories: dict[str, Story]) -> dict[str, np.ndarray]:
    texts = [t for claims in stories.values() for _, t in claims]
    vectors = encoder().encode(texts)
    out, at = {}, 0
    for name, claims in stories.items():
        v = vectors[at : at + len(claims)]
        at += len(claims)
        out[name] = v @ v.T
    return out


def static_method(path: Path | None) -> Callable[[dict[str, Story]], dict[str, np.ndarray]]:
    """Scores by the distilled static token vectors (the shipped table, or the one at
    ``path``): the cosine of mean token vectors."""

    def scores(stories: dict[str, Story]) -> dict[str, np.ndarray]:
        if path is None:
            table = static_vectors()
        else:
            with np.load(path) as data:
                table = StaticVectors({k: data[k] for k in data.files})
        texts = [t for claims in stories.values() for _, t in claims]
        vectors = table.encode(texts)
        out, at = {}, 0
        for name, claims in stories.items():
            v = vectors[at : at + len(claims)]
            at += len(claims)
            out[name] = v @ v.T
        return out

    return scores


def story_rows(stories: dict[str, Story]) -> dict[str, list[ClaimRow]]:
    """Each story analysed as one article (a claim per paragraph, published 2026-06-15), its
    claims as ClaimRows with the times and figures our stages find in each."""
    out = {}
    for name, claims in stories.items():
        text, spans = "", []
        for _, t in claims:
            spans.append((len(text), len(text) + len(t)))
            text += t + ".\n\n"
        analysis = analyze(text, published="2026-06-15")
        figures, _ = rows_from_analysis(analysis)
        rows = []
        for (start, end), (_, t) in zip(spans, claims, strict=True):
            when = next(
                (
                    (x.interval.begin, x.interval.end)
                    for x in analysis.times
                    if x.interval and start <= x.start and x.end <= end
                ),
                None,
            )
            held = tuple((f.unit, f.measure) for f in figures if start <= f.start and f.end <= end)
            rows.append(ClaimRow(name, start, end, t, "reported", None, 0, frozenset(), None,
                                 when, held))  # fmt: skip
        out[name] = rows
    return out


def with_veto(
    method: Callable[[dict[str, Story]], dict[str, np.ndarray]], rows: dict[str, list[ClaimRow]]
) -> Callable[[dict[str, Story]], dict[str, np.ndarray]]:
    """The method's scores, with pairs whose times or figures differ (``compatible``) at -1."""

    def scored(stories: dict[str, Story]) -> dict[str, np.ndarray]:
        scores = method(stories)
        for name, m in scores.items():
            r = rows[name]
            for i, j in itertools.combinations(range(len(r)), 2):
                if not compatible(r[i], r[j]):
                    m[i, j] = m[j, i] = -1.0
        return scores

    return scored


def pairs(
    stories: dict[str, Story], scores: dict[str, np.ndarray], names: Sequence[str]
) -> tuple[np.ndarray, np.ndarray]:
    s, y = [], []
    for name in names:
        claims = stories[name]
        for i, j in itertools.combinations(range(len(claims)), 2):
            s.append(scores[name][i, j])
            y.append(claims[i][0] == claims[j][0])
    return np.array(s), np.array(y, dtype=bool)


def average_precision(s: np.ndarray, y: np.ndarray) -> float:
    order = np.argsort(-s, kind="stable")
    hits = y[order]
    precision_at = np.cumsum(hits) / np.arange(1, len(hits) + 1)
    return float((precision_at * hits).sum() / max(hits.sum(), 1))


def prf(predicted: np.ndarray, y: np.ndarray) -> tuple[float, float, float]:
    tp = float((predicted & y).sum())
    p = tp / predicted.sum() if predicted.sum() else 0.0
    r = tp / y.sum() if y.sum() else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def best_threshold(s: np.ndarray, y: np.ndarray) -> float:
    candidates = np.unique(np.round(s, 3))
    return float(max(candidates, key=lambda t: (prf(s >= t, y)[2], -t)))


def grouping(
    stories: dict[str, Story], scores: dict[str, np.ndarray], names: Sequence[str], t: float
) -> tuple[float, float, float]:
    """Pair P/R/F1 of the groups union-find makes when pairs at or above t are joined."""
    predicted, gold = [], []
    for name in names:
        claims = stories[name]
        parent = list(range(len(claims)))

        def find(i: int, parent: list[int] = parent) -> int:
            while parent[i] != i:
                i = parent[i]
            return i

        for i, j in itertools.combinations(range(len(claims)), 2):
            if scores[name][i, j] >= t:
                parent[find(i)] = find(j)
        for i, j in itertools.combinations(range(len(claims)), 2):
            predicted.append(find(i) == find(j))
            gold.append(claims[i][0] == claims[j][0])
    return prf(np.array(predicted), np.array(gold))


@dataclass
class Result:
    """One method's measurements (see the module docstring)."""

    ap: float
    p: float
    r: float
    f1: float
    thresholds: list[float]
    group_f1: float
    claims_per_s: float
    scores: dict[str, np.ndarray]


def evaluate(
    stories: dict[str, Story], method: Callable[[dict[str, Story]], dict[str, np.ndarray]]
) -> Result:
    started = time.perf_counter()
    scores = method(stories)
    seconds = time.perf_counter() - started
    names = sorted(stories)
    halves = (names[0::2], names[1::2])
    predicted, gold, thresholds, group_f1 = [], [], [], []
    for tune, test in (halves, halves[::-1]):
        t = best_threshold(*pairs(stories, scores, tune))
        thresholds.append(t)
        ts, ty = pairs(stories, scores, test)
        predicted.append(ts >= t)
        gold.append(ty)
        group_f1.append(grouping(stories, scores, test, t)[2])
    p, r, f1 = prf(np.concatenate(predicted), np.concatenate(gold))
    return Result(
        average_precision(*pairs(stories, scores, names)), p, r, f1, thresholds,
        float(np.mean(group_f1)), sum(len(c) for c in stories.values()) / seconds, scores,
    )  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument(
        "--static",
        type=Path,
        action="append",
        default=[],
        help="a static-vector table to compare besides the shipped one (repeatable)",
    )
    args = parser.parse_args()
    stories = read(args.path)
    rows = story_rows(stories)
    results = {
        "lexical (content-word Jaccard)": evaluate(stories, lexical_scores),
        "embedding (all-MiniLM-L6-v2, numpy)": evaluate(stories, embedding_scores),
        "lexical + times/figures": evaluate(stories, with_veto(lexical_scores, rows)),
        "embedding + times/figures": evaluate(stories, with_veto(embedding_scores, rows)),
    }
    for table in [None, *args.static]:
        label = "shipped" if table is None else table.name
        try:
            method = static_method(table)
            results[f"static vectors ({label})"] = evaluate(stories, method)
            results[f"static vectors ({label}) + times/figures"] = evaluate(
                stories, with_veto(method, rows)
            )
        except FileNotFoundError:
            continue
        except ConfigError as e:
            print(f"static vectors ({label}) left out: {e}")
    _, y_all = pairs(stories, results["lexical (content-word Jaccard)"].scores, sorted(stories))
    print(
        f"{len(stories)} stories, {sum(len(c) for c in stories.values())} claims, "
        f"{len(y_all)} pairs within stories ({int(y_all.sum())} state the same thing)\n"
    )
    print("| method | AP | held-out P | R | F1 | thresholds (per fold) | grouping F1 | claims/s |")
    print("|---|---|---|---|---|---|---|---|")
    for name, r in results.items():
        ts = " / ".join(f"{t:.2f}" for t in r.thresholds)
        print(
            f"| {name} | {r.ap:.3f} | {r.p:.3f} | {r.r:.3f} | {r.f1:.3f} | {ts} "
            f"| {r.group_f1:.3f} | {r.claims_per_s:.0f} |"
        )
    print("\nAt the shipped thresholds, all stories (as group_claims runs):")
    for name, setting in (
        ("lexical + times/figures", "SAME_PROPOSITION_OVERLAP"),
        ("embedding + times/figures", "SAME_PROPOSITION_COSINE"),
    ):
        t = getattr(settings, setting)
        scores = results[name].scores
        s, y = pairs(stories, scores, sorted(stories))
        p, r, f = prf(s >= t, y)
        g = grouping(stories, scores, sorted(stories), t)
        print(
            f"- {name}, {setting}={t}: pair P {p:.3f} R {r:.3f} F1 {f:.3f}; "
            f"grouping P {g[0]:.3f} R {g[1]:.3f} F1 {g[2]:.3f}"
        )


if __name__ == "__main__":
    main()
