"""The main event's who and what on PolNeAR train articles, against hand labels (no 5W1H
gold there): more varied news than the realnews half A the finder's rules came from.

A PolNeAR text is its headline (the first line) and its body (after the first blank line).
The sample is every ``--step``-th file of the sorted train folder. Labels live in a JSONL
file of ids and character offsets only (``bench/judgments/fivew-train-f11-labels.jsonl``:
``{"id": FILE, "who": [[start, end], ...], "what": [[start, end], ...]}``, offsets into
the file's text, several acceptable phrases per W, an empty list when the lead names no
actor); the words are read from the texts at run time, never stored here.

    python bench/fivew_train.py ../shared/eval/attribution/polnear/train/text --show
    python bench/fivew_train.py ../shared/eval/attribution/polnear/train/text \\
        --labels bench/judgments/fivew-train-f11-labels.jsonl [--verdicts OUT.jsonl]

``--show`` prints each article's headline, lead and the system's who and what (terminal
only). With ``--labels`` it scores who and what by the eval's matching rule
(``newsclaims.eval.fivew.phrases_match``), and with ``--verdicts`` writes one line per
article (id, offsets of the system's parts, true/false per W) for the judgments folder.
"""

from __future__ import annotations

import argparse
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from newsclaims.eval.fivew import phrase_lemmas, phrases_match
from newsclaims.extract.pipeline import analyze_articles
from newsclaims.model import Article, EventPart

_DATE = re.compile(r"_(\d{4})-(\d{2})-(\d{2})_")


def sample(folder: Path, start: int, step: int, limit: int) -> list[Path]:
    """Every ``step``-th text of the sorted folder from the ``start``-th, at most ``limit``."""
    return sorted(folder.glob("*.txt"))[start::step][:limit]


def article_of(path: Path) -> tuple[Article, int]:
    """The article of one PolNeAR text, and the offset of its body in the file."""
    raw = path.read_text(encoding="utf-8")
    head, sep, _ = raw.partition("\n\n")
    body_at = len(head) + len(sep) if sep else 0
    found = _DATE.search(path.name)
    published = date(int(found[1]), int(found[2]), int(found[3])) if found else None
    title = head.strip() if sep else None
    return Article(text=raw[body_at:], title=title, published=published, origin=path.name), body_at


def part_offsets(part: EventPart | None, body_at: int, title_at: int) -> list[int] | None:
    """A part's offsets into the file (a headline's part: into the first line)."""
    if part is None:
        return None
    base = title_at if part.in_title else body_at
    return [base + part.start, base + part.end]


def score_rows(
    rows: list[dict[str, Any]], labels: dict[str, dict[str, Any]], *, show: bool
) -> list[dict[str, Any]]:
    """Print who and what matched against the labels; the verdicts, one per article."""
    texts = [t for r in rows for w in ("who", "what") for t in [*r["gold"][w], r["system"][w]] if t]
    lemmas = phrase_lemmas(texts)
    counts = {w: [0, 0, 0] for w in ("who", "what")}  # matched, predicted, gold
    verdicts = []
    for row in rows:
        if row["id"] not in labels:
            continue
        verdict: dict[str, Any] = {"id": row["id"]}
        for w in ("who", "what"):
            said, gold = row["system"][w], row["gold"][w]
            ok = bool(said and gold and any(phrases_match(said, g, lemmas) for g in gold))
            counts[w][0] += ok
            counts[w][1] += said is not None
            counts[w][2] += bool(gold)
            verdict[w] = row["offsets"][w]
            verdict[f"{w}_ok"] = ok
            if show and not ok:
                print(f"  MISS {row['id'][:40]} {w}: {said!r} | {gold}")
        verdicts.append(verdict)
    for w, (m, p, g) in counts.items():
        print(
            f"{w}: matched {m} predicted {p} gold {g}  p {m / max(p, 1):.3f} r {m / max(g, 1):.3f}"
        )
    return verdicts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--start", type=int, default=0)
    parser.add_argument("--step", type=int, default=21)
    parser.add_argument("--limit", type=int, default=40)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--labels", type=Path)
    parser.add_argument("--verdicts", type=Path)
    args = parser.parse_args()
    labels: dict[str, dict[str, Any]] = {}
    if args.labels is not None:
        for line in args.labels.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                labels[row["id"]] = row
    paths = (
        [args.folder / name for name in labels]
        if labels
        else sample(args.folder, args.start, args.step, args.limit)
    )
    items = [article_of(p) for p in paths]
    rows: list[dict[str, Any]] = []
    for (article, body_at), analysis in zip(
        items, analyze_articles(a for a, _ in items), strict=True
    ):
        raw = (args.folder / str(article.origin)).read_text(encoding="utf-8")
        title_at = raw.find(article.title) if article.title else 0
        main = analysis.main_event
        system = {
            w: (getattr(main, w).text if main and getattr(main, w) else None)
            for w in ("who", "what")
        }
        offsets = {
            w: part_offsets(getattr(main, w) if main else None, body_at, title_at)
            for w in ("who", "what")
        }
        gold = {
            w: [raw[s:e] for s, e in labels.get(str(article.origin), {}).get(w, [])]
            for w in ("who", "what")
        }
        rows.append({"id": article.origin, "system": system, "offsets": offsets, "gold": gold})
        if args.show:
            lead = " ".join(article.text[:700].split())
            print(f"== {article.origin}\n  T: {article.title}\n  L: {lead}")
            print(f"  who: {system['who']!r}  what: {system['what']!r}")
            if gold["who"] or gold["what"]:
                print(f"  gold who {gold['who']} what {gold['what']}")
    if labels:
        verdicts = score_rows(rows, labels, show=args.show)
        if args.verdicts is not None:
            text = "".join(json.dumps(v) + "\n" for v in verdicts)
            args.verdicts.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
