"""Fit the main event's sentence-choice weights on realnews half A and the PolNeAR train
labels together (never half B): each article is parsed once, then the finder
(``extract/main_event.py``) is re-run for every point of a small grid of the
``settings.MAIN_EVENT_*`` weights, and who + what matched (the eval's rule) are counted.

    python bench/fivew_fit.py ../shared/eval/realnews/articles \\
        ../shared/eval/attribution/polnear/train/text bench/judgments/fivew-train-f11-labels.jsonl

Prints the current weights' score and the best grid points (terminal only).
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
from pathlib import Path

from newsclaims import settings
from newsclaims.eval.fivew import phrase_lemmas, phrases_match, read_folder
from newsclaims.extract.main_event import Part, find_main_event
from newsclaims.extract.pipeline import parse_articles
from newsclaims.extract.spans import doc_text

sys.path.insert(0, str(Path(__file__).parent))
from fivew_train import article_of

GRID = {
    "MAIN_EVENT_HEADLINE_WEIGHT": (1.0, 2.0, 3.0),
    "MAIN_EVENT_TOP_ACTOR_BONUS": (0.0, 0.5, 1.0),
    "MAIN_EVENT_NAMED_BONUS": (0.0, 0.5),
    "MAIN_EVENT_PENALTY": (0.25, 0.5, 1.0),
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("realnews", type=Path)
    parser.add_argument("train", type=Path)
    parser.add_argument("labels", type=Path)
    args = parser.parse_args()
    articles, golds = [], []
    for _, article, gold in read_folder(args.realnews, "A"):
        articles.append(article)
        golds.append({w: gold.phrases.get(w, []) for w in ("who", "what")})
    split = len(articles)  # the realnews half A articles come first
    for line in args.labels.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        raw = (args.train / row["id"]).read_text(encoding="utf-8")
        articles.append(article_of(args.train / row["id"])[0])
        golds.append({w: [raw[s:e] for s, e in row[w]] for w in ("who", "what")})
    docs = [doc for doc, _ in parse_articles(articles)]

    def text(doc: object, part: Part | None, title: str | None) -> str | None:
        if part is None:
            return None
        source = (title or "") if part.in_title else doc_text(doc)  # type: ignore[arg-type]
        return source[part.start : part.end]

    runs: dict[tuple[float, ...], list[dict[str, str | None]]] = {}
    current = tuple(getattr(settings, k) for k in GRID)
    for point in [current, *itertools.product(*GRID.values())]:
        for key, value in zip(GRID, point, strict=True):
            setattr(settings, key, value)
        answers = []
        for doc in docs:
            title = doc._.newsclaims_title
            draft = find_main_event(doc, title, doc._.newsclaims_headline)
            answers.append(
                {
                    "who": text(doc, draft.who, title) if draft else None,
                    "what": text(doc, draft.what, title) if draft else None,
                }
            )
        runs[point] = answers
    phrases = [p for g in golds for ps in g.values() for p in ps]
    phrases += [t for answers in runs.values() for a in answers for t in a.values() if t]
    lemmas = phrase_lemmas(phrases)
    scores = []
    for point, answers in runs.items():
        hits = [
            sum(
                bool(a[w]) and any(phrases_match(a[w] or "", g, lemmas) for g in gold[w])
                for w in ("who", "what")
            )
            for a, gold in zip(answers, golds, strict=True)
        ]
        scores.append((sum(hits), sum(hits[:split]), sum(hits[split:]), point))
    print("weights:", list(GRID), "realnews A articles:", split, "train:", len(golds) - split)
    print("current", current, next(s[:3] for s in scores if s[3] == current))
    for total, half_a, train, point in sorted(scores, key=lambda s: -s[0])[:8]:
        print(point, "total", total, "A", half_a, "train", train)


if __name__ == "__main__":
    main()
