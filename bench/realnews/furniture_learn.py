"""Does a learned classifier of text segments find page furniture on layouts no rule was
written from? An experiment on ``furniture_gold.jsonl`` (issue 16 item 4), not shipped.

    python bench/realnews/furniture_learn.py [--l2 1.0] [--mixed negative|skip]

The texts are flat (crawled with no line breaks), so a segment is a stretch between two
sentence ends or clause breaks as ``newsclaims.extract.furniture`` reads them in a run of
captions (``_breaks(captions=True)``). Each segment gets features that do not name an outlet
(length, final punctuation, the previous segment's, capitals and all-caps ratios, digits, a
credit or agency word, a player or share word, a quotation, a reporting verb, a first-person
word, a position word such as "(left)", past-tense and auxiliary words, a caption verb or a
caption's subject from ``furniture.json``, repetition in the article, first/last/relative
position, next to a rule's span, an embedded post, commas, a pipe). Its label is 1 when at
least 90% of its characters are gold furniture, 0 when at most 10%; a mixed segment is a
negative (``--mixed negative``: blanking it loses article text) or left out of training
(``--mixed skip``). A logistic regression (numpy, Newton steps, L2 on all but the bias) is
fitted on story half A, scored leave-one-story-out within A (three stories) and, fitted on
all of A, on half B. Prediction = the rules' spans plus every segment at or over the
threshold; characters are counted as ``furniture.py`` counts them. The first row is the
rules alone; ``oracle`` is every segment labelled 1 added (the ceiling of segment-level
decisions: furniture inside mixed segments is out of reach).
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from _kit import CORPUS, read_jsonl

from newsclaims.extract import furniture as fu

GOLD = Path(__file__).resolve().parent / "furniture_gold.jsonl"

_CREDIT = re.compile(
    r"\b(?:Getty|Images?|Photo(?:graph)?s?|Reuters|REUTERS|AFP|EPA|AP|PA|Alamy|Shutterstock"
    r"|Rex|Credit|[Cc]opyright|Bloomberg|Handout|Wire)\b"
)
_UI = re.compile(
    r"(?i)\b(?:read more|watch|video|click|share|subscribe|embed|loading|advert|sign up"
    r"|newsletter|related|follow)\b"
)
_REPORT = re.compile(r"\b(?:said|says|told|tells|according|added|wrote|tweeted|announced)\b")
_FIRST = re.compile(r"\b(?:I|I'm|I've|we|We|our|my|you|You|your)\b")
_PLACE = re.compile(
    r"\((?:left|right|centre|center|second [a-z]+|pictured|front|back|top|bottom)\)"
    r"|, (?:left|right|center|centre),|\b[Pp]ictured\b"
)
_PAST = re.compile(r"\b[a-z]{3,}ed\b")
_THIRD = re.compile(r"\b[a-z]{3,}s\b")
_AUX = re.compile(r"\b(?:is|was|are|were|has|have|had|will|would|can|could|did|does|do|should)\b")
_PUNCT_END = re.compile(r"[.!?][\"'\u201d\u2019)\]]*$")

NAMES = (
    "bias log_words short long ends_punct prev_ends_punct next_upper credit credit_end ui "
    "quote report first place past caption_verb caption_subject caps allcaps digits pipe "
    "repeat first_seg last_seg position beside_rule post commas paren_end ends_name aux "
    "third_s no_verbish"
).split()


@dataclass
class Article:
    story: str
    half: str
    text: str
    gold: list[list[int]]
    rule: list[tuple[int, int]]
    segments: list[tuple[int, int]]
    x: np.ndarray
    y: np.ndarray  # 1 furniture, 0 text, -1 mixed


def segments(text: str) -> list[tuple[int, int]]:
    """Stretches between sentence ends and caption-run clause breaks, trimmed."""
    lex = fu.lexicon()
    cuts = {0, len(text), *fu._sentence_ends(text, 0, len(text))}
    previous = 0
    for end in sorted(cuts):
        if end > previous:
            cuts.update(fu._breaks(text, previous, end, lex, captions=True))
            previous = end
    found = []
    ordered = sorted(cuts)
    for lo, hi in itertools.pairwise(ordered):
        s, e = lo, hi
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            found.append((s, e))
    return found


def features(text: str, segs: list[tuple[int, int]], rule: list[tuple[int, int]]) -> np.ndarray:
    lex = fu.lexicon()
    verbs = {v[0] for v in lex.caption_verbs}
    norm = [re.sub(r"\W+", " ", text[s:e]).strip().lower() for s, e in segs]
    counts = Counter(norm)
    rows = []
    for k, (s, e) in enumerate(segs):
        seg = text[s:e]
        words = seg.split()
        n = len(words)
        tokens = [(m.start(), m.group()) for m in fu._WORD.finditer(text, s, e)]
        prev = text[segs[k - 1][0] : segs[k - 1][1]] if k else ""
        after = text[segs[k + 1][0] : segs[k + 1][1]] if k + 1 < len(segs) else ""
        repeated = counts[norm[k]] > 1 or (
            len(norm[k]) > 30 and text.lower().count(seg.lower()) > 1
        )
        row = [
            1.0,
            math.log(n),
            n <= 4,
            n >= 35,
            bool(_PUNCT_END.search(seg)),
            bool(_PUNCT_END.search(prev)) or k == 0,
            after[:1].isupper(),
            bool(_CREDIT.search(seg)),
            bool(_CREDIT.search(" ".join(words[-3:]))),
            bool(_UI.search(seg)),
            bool(fu._QUOTED.search(seg)),
            bool(_REPORT.search(seg)),
            bool(_FIRST.search(seg)),
            bool(_PLACE.search(seg)),
            len(_PAST.findall(seg)) / n * 5,
            any(w.rstrip(",") in verbs for w in words),
            fu._caption_subject(tokens, 0, lex),
            sum(w[:1].isupper() for w in words) / n,
            sum(w.isupper() and len(w) > 1 for w in words) / n,
            sum(c.isdigit() for c in seg) / len(seg) * 5,
            "|" in seg,
            repeated,
            k == 0,
            k == len(segs) - 1,
            s / len(text),
            any(abs(rs - e) <= 3 or abs(re_ - s) <= 3 for rs, re_ in rule),
            bool(fu._POST.search(seg)),
            seg.count(",") / n * 3,
            seg.endswith(")"),
            words[-1][:1].isupper() and not _PUNCT_END.search(seg),
            bool(_AUX.search(seg)),
            len(_THIRD.findall(seg)) / n * 5,
            not _AUX.search(seg) and not _PAST.search(seg),
        ]
        rows.append([float(v) for v in row])
    return np.array(rows)


def _chars(text: str, spans: list[tuple[int, int]] | list[list[int]]) -> set[int]:
    return {i for s, e in spans for i in range(s, e) if not text[i].isspace()}


def load(gold_path: Path) -> list[Article]:
    articles = []
    for g in read_jsonl(gold_path):
        data = json.loads((CORPUS / f"{g['realnews']}.json").read_text(encoding="utf-8"))
        text = data["text"]
        segs = segments(text)
        rule = [(s.start, s.end) for s in fu.find_furniture(text)]
        fur = _chars(text, g["furniture"])
        labels = []
        for s, e in segs:
            chars = _chars(text, [(s, e)])
            share = len(chars & fur) / len(chars)
            labels.append(1.0 if share >= 0.9 else 0.0 if share <= 0.1 else -1.0)
        articles.append(
            Article(
                data["category"],
                g["story_half"],
                text,
                g["furniture"],
                rule,
                segs,
                features(text, segs, rule),
                np.array(labels),
            )
        )
    return articles


def fit(x: np.ndarray, y: np.ndarray, l2: float, steps: int = 30) -> np.ndarray:
    """Logistic regression by Newton steps, L2 on every weight but the bias."""
    w = np.zeros(x.shape[1])
    penalty = np.r_[1e-6, np.full(x.shape[1] - 1, l2)]
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) + penalty * w
        hess = (x.T * (p * (1 - p))) @ x + np.diag(penalty)
        w -= np.linalg.solve(hess, grad)
    return w


def train(articles: list[Article], l2: float, mixed: str) -> np.ndarray:
    x = np.vstack([a.x for a in articles])
    y = np.concatenate([a.y for a in articles])
    keep = y >= 0 if mixed == "skip" else np.ones(len(y), bool)
    return fit(x[keep], np.maximum(y[keep], 0), l2)


def score(articles: list[Article], probs: list[np.ndarray], bar: float) -> tuple[float, float, int]:
    tp = fp = fn = 0
    for a, p in zip(articles, probs, strict=True):
        found = a.rule + [seg for seg, q in zip(a.segments, p, strict=True) if q >= bar]
        gold, predicted = _chars(a.text, a.gold), _chars(a.text, found)
        tp, fp, fn = (
            tp + len(gold & predicted),
            fp + len(predicted - gold),
            fn + len(gold - predicted),
        )
    return (tp / (tp + fp) if tp + fp else 1.0), tp / (tp + fn), fp


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--l2", type=float, default=1.0)
    parser.add_argument("--mixed", choices=["negative", "skip"], default="negative")
    args = parser.parse_args()
    articles = load(args.gold)
    a_half = [a for a in articles if a.half == "A"]
    b_half = [a for a in articles if a.half == "B"]
    held: dict[int, np.ndarray] = {}
    for story in sorted({a.story for a in a_half}):
        w = train([a for a in a_half if a.story != story], args.l2, args.mixed)
        for i, a in enumerate(a_half):
            if a.story == story:
                held[i] = 1 / (1 + np.exp(-a.x @ w))
    a_probs = [held[i] for i in range(len(a_half))]
    w = train(a_half, args.l2, args.mixed)
    b_probs = [1 / (1 + np.exp(-a.x @ w)) for a in b_half]
    print("| bar | A (leave one story out) P | R | false chars | B P | R | false chars |")
    print("|---|---|---|---|---|---|---|")
    rows: list[tuple[str, list[np.ndarray], list[np.ndarray], float]] = [
        ("rules only", [np.zeros(len(a.segments)) for a in a_half], [], 1.0),
        ("oracle", [(a.y == 1).astype(float) for a in a_half], [], 1.0),
    ]
    rows[0] = (rows[0][0], rows[0][1], [np.zeros(len(a.segments)) for a in b_half], 0.5)
    rows[1] = (rows[1][0], rows[1][1], [(a.y == 1).astype(float) for a in b_half], 0.5)
    rows += [(f"{bar:.2f}", a_probs, b_probs, bar) for bar in (0.3, 0.5, 0.7, 0.8, 0.9, 0.95)]
    for name, pa, pb, bar in rows:
        ap, ar, af = score(a_half, pa, bar)
        bp, br, bf = score(b_half, pb, bar)
        print(f"| {name} | {ap:.3f} | {ar:.3f} | {af} | {bp:.3f} | {br:.3f} | {bf} |")
    weights = sorted(zip(NAMES, w, strict=True), key=lambda nw: -abs(nw[1]))
    print("weights (fitted on A):", " ".join(f"{n} {v:+.2f}" for n, v in weights))
    return 0


if __name__ == "__main__":
    sys.exit(main())
