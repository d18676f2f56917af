"""Would a learned or relaxed he/she decision beat the shipped one? (issue 16, speakers8)

Two silver sets from PolNeAR train, both scored by whether the top candidate is the label:

* ``blind``: the cases of ``scripts/train_speaker_model.py`` (a he/she source whose window
  holds exactly one named person of its gender and one of the other), ranked without gender;
* ``pseudo``: every name source of a person of known gender, treated as if it were "he"/"she"
  at the start of the name and ranked with gender (the label is the named person; kept only
  when that person is among the candidates). Many more cases, but biased: a writer names a
  speaker where a pronoun would be unclear, so the last speaker is right less often than for
  a real pronoun, and a lone candidate is right by construction.

For each case: the scores of the top four candidates, whether the best spoke the last claim
(``chained``: in this or the previous sentence; ``last``: at any distance in the window),
whether that claim's cue asked a question (ask, question, wonder, inquire), and whether the
best is the last person named as a subject, and whether the best and whether any other
candidate is mentioned (or spoke) in the pronoun's sentence or the one before. Then decision
rules (the shipped margin, minimum and rival rule; the rival rule with the last speaker at any
distance, or the best alone in the last two sentences, as evidence; the asker of the previous
claim never answering; no answer when only another candidate is that recent) and a logistic
regression (numpy, 5-fold cross-validated) of "the best is right" are scored by answered /
right / wrong.

Local use only: nothing of the texts is printed.

    python bench/speaker_pseudo.py ../shared/eval/attribution/polnear/train \
        [--limit N] [--cache /tmp/train.pkl] [--out /tmp/pseudo.jsonl]
    python bench/speaker_pseudo.py --rules /tmp/pseudo.jsonl
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import sys
from bisect import bisect_left
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc, Token

from newsclaims.extract import attribution, speakers
from newsclaims.extract.pipeline import build_pipeline

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "scripts"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from speaker_order import _people_before
from train_speaker_model import Case, _silver, load

QUESTION_VERBS = frozenset({"ask", "question", "wonder", "inquire"})
Row = dict[str, Any]


class _AsIf:
    """A name source standing in for a pronoun: what ``Speakers.rank`` reads of a token."""

    def __init__(self, doc: Doc, i: int, lower: str) -> None:
        self.doc, self.i, self.lower_ = doc, i, lower


def _row(
    sp: speakers.Speakers,
    at: Any,
    ranked: list[tuple[str | None, float]],
    gold: str,
    asked: set[int],
) -> Row:
    best = ranked[0][0]
    k = bisect_left(sp.spoken_at, at.i)
    last, distance, question = None, None, False
    if k and sp.spoken[k - 1][0] >= sp.window_start(at.i):
        index, last, _g, _p = sp.spoken[k - 1]
        distance = sp.sentence(at.i) - sp.sentence(index)
        question = index in asked
    subjects = [key for i, key in _people_before(sp, at) if sp.doc[i].dep_ in speakers.SUBJECT_DEPS]
    return {
        "scores": [round(s, 4) for _k, s in ranked[:4]],
        "person": [bool(k and k.startswith("PERSON:")) for k, _s in ranked[:4]],
        "right": best == gold,
        "chained": sp._chained(at, best),
        "last": last is not None and last == best,
        "distance": distance,
        "last_is_gold": last == gold,
        "question": question,
        "subject": bool(subjects) and subjects[-1] == best,
        **dict(zip(("best_recent", "other_recent"), _recency(sp, at, ranked), strict=True)),
    }


def _last_mention(sp: speakers.Speakers, key: str, at: int) -> int | None:
    """The token index of the last mention of ``key`` before token ``at``: named, or a
    pronoun or description linked on the way."""
    found = [span.root.i for span in sp._spans_of(key) if span.start < at]
    found += [i for i, k in sp.linked[: bisect_left(sp.linked_at, at)] if k == key]
    return max(found, default=None)


def _recency(
    sp: speakers.Speakers, at: Any, ranked: list[tuple[str | None, float]]
) -> tuple[bool, bool]:
    """Whether the best, and whether any other candidate, is mentioned (or spoke a claim)
    in the pronoun's sentence or the one before."""
    here = sp.sentence(at.i)

    def recent(key: str | None) -> bool:
        if key is None:
            return True  # an unnamed speaker: never known to be absent
        index = _last_mention(sp, key, at.i)
        k = bisect_left(sp.spoken_at, at.i)
        while k and here - sp.sentence(sp.spoken[k - 1][0]) <= 1:
            k -= 1
            if sp.spoken[k][1] == key:
                index = max(index or 0, sp.spoken[k][0])
        return index is not None and here - sp.sentence(index) <= 1

    return recent(ranked[0][0]), any(recent(k) for k, _s in ranked[1:])


def features(cases: list[Case]) -> list[Row]:
    rows: list[Row] = []
    for case in cases:
        sp = speakers.Speakers(case.doc, attribution._quotes(case.doc))
        asked: set[int] = set()

        def resolve(token: Token, sp: speakers.Speakers = sp, asked: set[int] = asked) -> Any:
            if token.head.lemma_.lower() in QUESTION_VERBS:
                asked.add(token.i)
            gold = _silver(sp, token)
            if gold is not None:
                ranked = [
                    (k, s) for k, s in sp.rank(token, agree=False) if k and k.startswith("PERSON:")
                ]
                if ranked:
                    rows.append({"kind": "blind", **_row(sp, token, ranked, gold, asked)})
                return gold, False
            key, _anonymous, pronoun = sp.resolve(token)
            if key is not None and key.startswith("PERSON:") and token.pos_ == "PROPN":
                gender = sp.gender(key)
                spans = [s for s in sp._spans_of(key) if s.start <= token.i < s.end]
                if gender in ("m", "f") and spans:
                    at = _AsIf(sp.doc, spans[0].start, "he" if gender == "m" else "she")
                    ranked = sp.rank(at)  # type: ignore[arg-type]
                    if any(k == key for k, _s in ranked):
                        rows.append({"kind": "pseudo", **_row(sp, at, ranked, key, asked)})
            if key is None and not pronoun and token.pos_ != "PRON":
                key = f"GROUP:{token.lower_}"
            return key, False

        sp.walk(set(case.sources), resolve)
    return rows


def shipped(row: Row, *, last_any: bool = False, alone: bool = False) -> bool:
    """The shipped decision (``Speakers.pronoun``); ``last_any``: the best having spoken the
    last claim at any distance in the window counts as the rival rule's evidence and lifts
    the margin and minimum."""
    model = speakers.speaker_model()
    scores = row["scores"]
    if last_any and row["last"]:
        return True
    if scores[0] < model.minimum:
        return False
    if len(scores) > 1 and scores[0] < model.margin * scores[1]:
        return False
    rivals = [s for s, person in zip(scores[1:], row["person"][1:], strict=True) if person]
    alone = alone and row["best_recent"] and not row["other_recent"]
    return not (rivals and scores[0] < model.rival * rivals[0] and not (row["chained"] or alone))


def _vector(row: Row) -> list[float]:
    scores = row["scores"]
    best, second = scores[0], scores[1] if len(scores) > 1 else 0.0
    return [
        1.0,
        min(math.log((best + 1e-3) / (second + 1e-3)), 4.0),
        math.log(best + 1e-3),
        math.log(second + 1e-3),
        float(row["chained"]),
        float(row["last"]),
        float(row["subject"]),
        float(row["question"]),
    ]


def _fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 3000) -> np.ndarray:
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        w -= (x.T @ (p - y) + l2 * np.r_[0.0, w[1:]]) / len(y)
    return w


def _report(name: str, rows: list[Row], answer: Callable[[Row], bool]) -> None:
    answered = [r for r in rows if answer(r)]
    right = sum(r["right"] for r in answered)
    print(
        f"| {name} | {len(answered)} of {len(rows)} | {right / max(len(answered), 1):.3f} "
        f"| {len(answered) - right} |"
    )


def rules(rows: list[Row]) -> None:
    for kind in ("blind", "pseudo"):
        part = [r for r in rows if r["kind"] == kind]
        if not part:
            continue
        top = sum(r["right"] for r in part) / len(part)
        print(f"\n{kind}: {len(part)} cases, top-1 {top:.3f}\n")
        print("| rule | answered | right of answered | wrong |")
        print("|---|---|---|---|")
        _report("shipped", part, shipped)
        _report(
            "last speaker at any distance is evidence", part, lambda r: shipped(r, last_any=True)
        )
        for most in (1, 2, 3):
            _report(
                f"... at most {most} sentences back",
                part,
                lambda r, m=most: (
                    shipped(r) or (r["last"] and r["distance"] <= m and shipped(r, last_any=True))
                ),
            )
        _report(
            "rival rule: the best alone in the last two sentences is evidence too",
            part,
            lambda r: shipped(r, alone=True),
        )
        _report(
            "shipped, but never when another candidate is in the last two sentences and the "
            "best is not",
            part,
            lambda r: shipped(r) and not (r["other_recent"] and not r["best_recent"]),
        )
        _report(
            "shipped, the asker of the previous claim never answers",
            part,
            lambda r: shipped(r) and not (r["last"] and r["question"] and r["distance"] <= 1),
        )
        asked = [
            r for r in part if r["question"] and r["distance"] is not None and r["distance"] <= 1
        ]
        print(
            f"\nprevious claim a question (this or the previous sentence): {len(asked)} cases, "
            f"its asker is the label in {sum(r['last_is_gold'] for r in asked)}"
        )
    x = np.array([_vector(r) for r in rows])
    y = np.array([float(r["right"]) for r in rows])
    order = np.random.default_rng(0).permutation(len(y))
    held = np.zeros(len(y))
    for fold in np.array_split(order, 5):
        train = np.setdiff1d(order, fold)
        held[fold] = 1 / (1 + np.exp(-x[fold] @ _fit(x[train], y[train])))
    print(f"\nlogistic regression, both sets, 5-fold: weights {np.round(_fit(x, y), 3).tolist()}")
    for kind in ("blind", "pseudo"):
        mask = np.array([r["kind"] == kind for r in rows])
        print(f"\n{kind}\n\n| P(right) at least | answered | right of answered | wrong |")
        print("|---|---|---|---|")
        for t in (0.5, 0.6, 0.7, 0.8, 0.9):
            a = mask & (held >= t)
            right = int(y[a].sum())
            n = int(a.sum())
            print(f"| {t} | {n} | {right / max(n, 1):.3f} | {n - right} |")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, nargs="?")
    parser.add_argument("--limit", type=int)
    parser.add_argument("--cache", type=Path, help="pickle of the parsed cases (local, /tmp)")
    parser.add_argument("--out", type=Path)
    parser.add_argument("--rules", type=Path, help="score rules on an --out file")
    args = parser.parse_args()
    if args.rules is not None:
        lines = args.rules.read_text(encoding="utf-8").splitlines()
        rows = [json.loads(line) for line in lines]
    else:
        if args.cache is not None and args.cache.exists():
            build_pipeline()  # registers the entity extension the pickled docs carry
            with args.cache.open("rb") as f:
                cases = pickle.load(f)  # a local file this script wrote
        else:
            cases = load(args.folder, args.limit)
            if args.cache is not None:
                with args.cache.open("wb") as f:
                    pickle.dump(cases, f)
        rows = features(cases)
        if args.out is not None:
            args.out.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    rules(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
