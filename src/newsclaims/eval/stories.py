"""Score story grouping on articles whose story is known (realnews: the ``category`` field).

    newsclaims eval stories ../shared/eval/realnews/articles

Every article is analysed once. Then, in one run:

- **shipped**: the articles stored one by one, in input order, into an in-memory store with
  the shipped settings, as ``ingest`` does; the stories read back and scored.
- **leave one story out**: for each story, the join threshold (with the shipped weights,
  equal for the four signals) is chosen on the other stories alone (best B-cubed F1; of
  ties, the highest threshold: the choice that merges least), then all articles are
  grouped with it and only the held-out story's articles are scored. Every article's score
  thus comes from a threshold never tuned on its own story. The same with the weights
  chosen from a small grid as well, and with each signal alone (ablations).
- **orders**: grouping is incremental, so the same articles in another order may group
  differently. The articles are shuffled ``ORDERS`` times (fixed seeds); for each order the
  shipped settings and the leave-one-story-out choice are scored again; the mean and the
  worst B-cubed F1 over the orders are reported.
- **baseline**: plain TF-IDF cosine with single-link grouping (articles joined when their
  cosine reaches the threshold, transitively), its threshold chosen the same way; also at
  its best threshold on all stories (an upper bound, tuned on what it is scored on).

B-cubed (Bagga and Baldwin, 1998): an article's precision is the share of its predicted
story that shares its gold story, its recall the share of its gold story in its predicted
one; both are averaged over articles.
"""

from __future__ import annotations

import json
import math
import random
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from newsclaims.model import Analysis
from newsclaims.reconcile.stories import Profile, Weights, group, profile

#: Weight presets tried when choosing on the other stories (words, entities, vector,
#: headline); the first ones each leave signals out, for the table of signals.
PRESETS: tuple[tuple[float, float, float, float], ...] = (
    (1.0, 1.0, 1.0, 1.0),
    (1.0, 1.0, 1.0, 0.0),
    (1.0, 1.0, 0.0, 0.0),
    (1.0, 0.0, 0.0, 0.0),
    (0.0, 1.0, 0.0, 0.0),
    (0.0, 0.0, 1.0, 0.0),
    (0.0, 0.0, 0.0, 1.0),
    (2.0, 1.0, 1.0, 1.0),
    (1.0, 2.0, 1.0, 1.0),
    (1.0, 1.0, 2.0, 1.0),
    (1.0, 1.0, 1.0, 2.0),
)
#: How many of the presets are ablations (one signal set each).
ABLATIONS = 7
SIGNALS = ("words", "entities", "vector", "headline")
#: Join thresholds tried.
THRESHOLDS: tuple[float, ...] = tuple(round(0.1 + 0.025 * i, 3) for i in range(25))
_WORD = re.compile(r"[^\W\d_]+")
#: Shuffled article orders each grouping is scored on again (seeds 0 .. ORDERS - 1).
ORDERS = 10


@dataclass(frozen=True, slots=True)
class BCubed:
    """B-cubed precision, recall and F1 over some articles."""

    p: float
    r: float

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"p": round(self.p, 4), "r": round(self.r, 4), "f1": round(self.f1, 4)}


def bcubed_items(predicted: Sequence[int], gold: Sequence[str]) -> list[tuple[float, float]]:
    """Each article's B-cubed (precision, recall)."""
    pred_size = Counter(predicted)
    gold_size = Counter(gold)
    both = Counter(zip(predicted, gold, strict=True))
    return [
        (both[p, g] / pred_size[p], both[p, g] / gold_size[g])
        for p, g in zip(predicted, gold, strict=True)
    ]


def bcubed(
    predicted: Sequence[int], gold: Sequence[str], only: Sequence[int] | None = None
) -> BCubed:
    """B-cubed over all articles, or over the articles at the positions ``only``."""
    items = bcubed_items(predicted, gold)
    chosen = [items[i] for i in (range(len(items)) if only is None else only)]
    if not chosen:
        return BCubed(0.0, 0.0)
    return BCubed(sum(p for p, _ in chosen) / len(chosen), sum(r for _, r in chosen) / len(chosen))


def tfidf_matrix(texts: Sequence[str]) -> np.ndarray:
    """Pairwise cosine of plain TF-IDF vectors (raw counts, smoothed idf, unit length)."""
    counts = [Counter(w.lower() for w in _WORD.findall(t)) for t in texts]
    vocab = sorted({w for c in counts for w in c})
    at = {w: i for i, w in enumerate(vocab)}
    df = Counter(w for c in counts for w in c)
    n = len(texts)
    idf = np.array([math.log((1 + n) / (1 + df[w])) + 1 for w in vocab])
    m = np.zeros((n, len(vocab)))
    for i, c in enumerate(counts):
        for w, k in c.items():
            m[i, at[w]] = k
    m *= idf
    m /= np.maximum(np.linalg.norm(m, axis=1, keepdims=True), 1e-12)
    return np.asarray(m @ m.T)


def single_link(similar: np.ndarray, threshold: float, among: Sequence[int]) -> list[int]:
    """Connected components of the articles ``among`` joined where similarity >= threshold."""
    parent = {i: i for i in among}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for x, i in enumerate(among):
        for j in among[x + 1 :]:
            if similar[i, j] >= threshold:
                parent[find(i)] = find(j)
    return [find(i) for i in among]


Grouper = Callable[[Any, Sequence[int]], list[int]]


def choose_config(
    gold: Sequence[str], among: Sequence[int], configs: Sequence[Any], run: Grouper
) -> tuple[Any, float]:
    """The config with the best B-cubed F1 on the articles ``among``, and that F1.

    A config is a threshold, or a ``(family, threshold)`` pair. Of the configs that tie,
    the one that merges least is taken (a story merged with another makes false
    disagreements; one split in two only misses some): the highest threshold. Where the
    family is a set of weights, the first family in ``configs`` that reaches the best F1
    wins."""
    scores = []
    for config in configs:
        scores.append((config, bcubed(run(config, among), [gold[i] for i in among]).f1))
    best = max(f1 for _, f1 in scores)
    tied = [c for c, f1 in scores if f1 == best]
    if isinstance(tied[0], tuple) and isinstance(tied[0][0], tuple):
        tied = [c for c in tied if c[0] == tied[0][0]]
    return max(tied), best


def leave_one_story_out(
    gold: Sequence[str], configs: Sequence[Any], run: Grouper
) -> tuple[BCubed, list[dict[str, Any]]]:
    """Per held-out story: the config best on the other stories (``choose_config``), then
    all articles grouped with it and the held-out story's articles scored. Returns B-cubed
    over all articles and the choice made for each story."""
    items: list[tuple[float, float]] = [(0.0, 0.0)] * len(gold)
    folds = []
    everyone = list(range(len(gold)))
    for story in sorted(set(gold)):
        others = [i for i in everyone if gold[i] != story]
        held = [i for i in everyone if gold[i] == story]
        best, f1 = choose_config(gold, others, configs, run)
        predicted = run(best, everyone)
        per_item = bcubed_items(predicted, gold)
        for i in held:
            items[i] = per_item[i]
        held_score = bcubed(predicted, gold, held)
        folds.append(
            {"story": story, "config": best, "f1_on_others": round(f1, 4), **held_score.as_dict()}
        )
    total = BCubed(sum(p for p, _ in items) / len(items), sum(r for _, r in items) / len(items))
    return total, folds


def evaluate_analyses(
    analyses: Sequence[Analysis],
    gold: Sequence[str],
    shipped: Sequence[int] | None = None,
) -> dict[str, Any]:
    """Score grouping of ``analyses`` (in ingest order) against their gold stories.
    ``shipped`` is the store's own grouping of them, when it was run."""
    profiles = [profile(a) for a in analyses]
    shipped_weights = Weights()
    grouped = _memo_grouper(profiles)
    ours = _at_join(grouped, shipped_weights)

    def weighted(
        config: tuple[tuple[float, float, float, float], float], among: Sequence[int]
    ) -> list[int]:
        (words, entities, vector, title), join = config
        weights = replace(
            shipped_weights, words=words, entities=entities, vector=vector, title=title, join=join
        )
        return grouped(weights, among)

    main_configs = list(THRESHOLDS)
    ours_total, ours_folds = leave_one_story_out(gold, main_configs, ours)
    configs = [(preset, t) for preset in PRESETS for t in THRESHOLDS]
    grid_total, grid_folds = leave_one_story_out(gold, configs, weighted)
    fixed = (
        shipped_weights.words,
        shipped_weights.entities,
        shipped_weights.vector,
        shipped_weights.title,
    )

    similar = tfidf_matrix([f"{a.article.title or ''}\n{a.article.text}" for a in analyses])

    def baseline(threshold: float, among: Sequence[int]) -> list[int]:
        return single_link(similar, threshold, list(among))

    base_thresholds = [round(0.02 * i, 2) for i in range(1, 50)]
    base_total, base_folds = leave_one_story_out(gold, base_thresholds, baseline)
    everyone = list(range(len(gold)))
    base_best = max(
        ((bcubed(baseline(t, everyone), gold), t) for t in base_thresholds),
        key=lambda s: (s[0].f1, -s[1]),
    )
    ablations = {}
    for preset in PRESETS[:ABLATIONS]:
        name = "+".join(n for n, w in zip(SIGNALS, preset, strict=True) if w)
        total, _ = leave_one_story_out(gold, [(preset, t) for t in THRESHOLDS], weighted)
        ablations[name] = total.as_dict()
    chosen, chosen_f1 = choose_config(gold, everyone, main_configs, ours)
    orders = over_orders(profiles, gold, shipped_weights)
    result: dict[str, Any] = {
        "articles": len(gold),
        "chosen_on_all_stories": {"join": chosen, "f1": round(chosen_f1, 4)},
        "stories": len(set(gold)),
        "leave_one_story_out": {**ours_total.as_dict(), "weights": fixed, "folds": ours_folds},
        "weights_too_leave_one_story_out": {**grid_total.as_dict(), "folds": grid_folds},
        "orders": orders,
        "signals_leave_one_story_out": ablations,
        "baseline_tfidf_single_link": {
            **base_total.as_dict(),
            "folds": base_folds,
            "best_threshold": base_best[1],
            "at_best_threshold": base_best[0].as_dict(),
        },
    }
    if shipped is not None:
        result["shipped"] = {
            **bcubed(shipped, gold).as_dict(),
            "predicted_stories": len(set(shipped)),
        }
    return result


def _memo_grouper(items: Sequence[Profile]) -> Callable[[Weights, Sequence[int]], list[int]]:
    """Group the articles ``among`` of ``items`` with ``weights``, each grouping computed
    once."""
    runs: dict[tuple[Weights, tuple[int, ...]], list[int]] = {}

    def grouped(weights: Weights, among: Sequence[int]) -> list[int]:
        key = (weights, tuple(among))
        if key not in runs:
            runs[key] = group([items[i] for i in among], weights)
        return runs[key]

    return grouped


def _at_join(grouped: Callable[[Weights, Sequence[int]], list[int]], weights: Weights) -> Grouper:
    """``grouped`` at a join threshold, ``weights`` otherwise."""

    def run(join: float, among: Sequence[int]) -> list[int]:
        return grouped(replace(weights, join=join), among)

    return run


def over_orders(
    profiles: Sequence[Profile], gold: Sequence[str], weights: Weights, orders: int = ORDERS
) -> dict[str, Any]:
    """B-cubed F1 of grouping the articles in ``orders`` shuffled orders: with ``weights``
    as they are, and with the join threshold chosen leaving one story out (in each order);
    the mean and the worst over the orders."""
    shipped, held_out = [], []
    for seed in range(orders):
        order = list(range(len(gold)))
        random.Random(seed).shuffle(order)
        shuffled = [profiles[i] for i in order]
        gold_shuffled = [gold[i] for i in order]
        run = _at_join(_memo_grouper(shuffled), weights)
        shipped.append(bcubed(run(weights.join, range(len(gold))), gold_shuffled).f1)
        total, _ = leave_one_story_out(gold_shuffled, list(THRESHOLDS), run)
        held_out.append(total.f1)

    def summary(scores: list[float]) -> dict[str, float]:
        return {"mean_f1": round(sum(scores) / len(scores), 4), "worst_f1": round(min(scores), 4)}

    return {
        "orders": orders,
        "shipped": summary(shipped),
        "leave_one_story_out": summary(held_out),
    }


def read_gold(folder: Path) -> dict[str, str]:
    """The gold story of each article file (news-please JSON with a ``category``), by path."""
    gold = {}
    for path in sorted(folder.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        gold[str(path)] = str(data["category"])
    return gold


def evaluate(folder: Path) -> dict[str, Any]:
    """Analyse the articles of ``folder`` once, store them in an in-memory store in input
    order (the shipped path), and score both that and the leave-one-story-out choices."""
    from newsclaims import derive  # noqa: PLC0415 - eval sits above every layer
    from newsclaims.extract.pipeline import analyze_articles  # noqa: PLC0415 - loads spaCy
    from newsclaims.ingest import iter_inputs  # noqa: PLC0415
    from newsclaims.store import open_store  # noqa: PLC0415

    gold_of = read_gold(folder)
    everything = list(iter_inputs([str(folder)]))
    read = [r for r in everything if r.article is not None]
    labelled = [r for r in read if r.origin in gold_of]
    analyses = list(analyze_articles(r.article for r in labelled if r.article is not None))
    gold = [gold_of[r.origin] for r in labelled]
    store = open_store("sqlite://")
    try:
        ids = [store.add(a, derive.assign_for(a)).article_id for a in analyses]
        story_of = {i: a.story_id for i, a in store.articles_by_id(ids).items()}
    finally:
        store.close()
    shipped = [story_of.get(i) or -n for n, i in enumerate(ids, start=1)]
    result = evaluate_analyses(analyses, gold, shipped)
    # inputs the readers rejected (a coded error each) are left out of the scores
    result["unread"] = len(everything) - len(read)
    return result
