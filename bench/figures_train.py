"""Draw figures at random from any store for labelling by hand, and compare a labelled sample
with what another store shows for the same figures.

    python bench/figures_train.py choose /work/shared/eval/attribution/polnear/train/text \
        --seed 15 --exclude bench/judgments/figures-train-f14-articles.txt --out /tmp/f15/arts
    python bench/figures_train.py sample --db sqlite:////tmp/f14.db --n 100 --seed 14 --label f14
    python bench/figures_train.py compare bench/judgments/figures-train-f14-seed14.jsonl \
        --db sqlite:////tmp/f14-after.db

``choose`` picks articles to ingest: every ``*.txt`` with at least ``MIN_NUMBERS`` runs of
digits and under ``MAX_WORDS`` whitespace words, minus the names in ``--exclude`` (one file
name a line), sorted by name, then ``random.Random(seed).sample`` of ``--n``; it copies them to
``--out`` and prints their names (keep the list with the labels: names only, no text).

``sample`` works on any store (realnews or not): the population is every figure
``views.figures`` lists, sorted by id, and ``random.Random(seed).sample`` draws from it. Each row
gets a fixed ``half`` (1 or 2) from ``newsclaims.eval.splits.half_of`` of its article's file name
without the extension (``A`` -> 1, ``B`` -> 2), so rules are written from half 1 and reported on
half 2. The judging sheet (with article text) goes to ``/tmp`` only; the skeleton under
``bench/judgments/`` holds ids, file names, offsets, predicted labels and verdicts.

``compare`` finds each labelled figure (same file, same offsets) in another store and lists the
rows whose ``about`` or ``measure`` changed, with context, to ``/tmp`` for relabelling; it
prints how many changed per half.

``diff`` compares every figure of two stores of the same articles (same file, same offsets):
how many there are and how many changed (``about``, ``measure`` or unit, or found in one store
only) per half, the realnews ``story_half`` when ``--split story`` (held-out rows are counted,
and listed to ``/tmp/figures-diff.md`` only for reading after the fact).

    python bench/figures_train.py diff --db sqlite:////tmp/rn-main.db sqlite:////tmp/rn-branch.db \
        --split story
"""

from __future__ import annotations

import argparse
import json
import random
import re
import shutil
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent / "realnews"))

from _kit import JUDGMENTS, context, halves, write_jsonl

from newsclaims import views
from newsclaims.eval.splits import half_of
from newsclaims.store import open_store
from newsclaims.store.items import NO_FILTERS

#: Rows read per page from the store.
PAGE = 500
#: ``choose``: an article needs at least this many runs of digits ...
MIN_NUMBERS = 8
#: ... and fewer whitespace-separated words than this.
MAX_WORDS = 1500


def figures(db: str) -> tuple[list[dict[str, Any]], Any]:
    """Every figure the store lists, in id order, and the open store."""
    store = open_store(db)
    rows: list[dict[str, Any]] = []
    offset = 0
    while True:
        page = views.figures(store, NO_FILTERS, offset, PAGE)
        rows.extend(page.rows)
        offset += PAGE
        if offset >= page.total or not page.rows:
            break
    rows.sort(key=lambda r: str(r["id"]))
    return rows, store


def file_name(article: dict[str, Any]) -> str:
    """The article's file name without its extension (its origin's last part)."""
    return Path(str(article.get("origin") or article.get("id"))).stem


def half(name: str) -> int:
    """The fixed training half (1 or 2) of an article file name."""
    return 1 if half_of(name) == "A" else 2


def _article(store: Any, cache: dict[str, Any], article_id: str) -> dict[str, Any]:
    if article_id not in cache:
        cache[article_id] = store.article(article_id)["article"]
    return dict(cache[article_id])


def choose(args: argparse.Namespace) -> int:
    skip: set[str] = set()
    for path in args.exclude:
        skip |= {x.strip() for x in path.read_text(encoding="utf-8").splitlines() if x.strip()}
    names = []
    for path in sorted(args.text.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        if path.name in skip or len(text.split()) >= MAX_WORDS:
            continue
        if len(re.findall(r"\d+", text)) >= MIN_NUMBERS:
            names.append(path.name)
    chosen = sorted(random.Random(args.seed).sample(names, min(args.n, len(names))))
    args.out.mkdir(parents=True, exist_ok=True)
    for name in chosen:
        shutil.copyfile(args.text / name, args.out / name)
        print(name)
    print(f"{len(chosen)} of {len(names)} eligible -> {args.out}", file=sys.stderr)
    return 0


def sample(args: argparse.Namespace) -> int:
    rows, store = figures(args.db)
    chosen = random.Random(args.seed).sample(rows, min(args.n, len(rows)))
    cache: dict[str, Any] = {}
    skeletons: list[dict[str, Any]] = []
    lines = [f"# Figures to label: {len(chosen)}", ""]
    for n, row in enumerate(chosen, 1):
        art = _article(store, cache, row["article_id"])
        name = file_name(art)
        skeletons.append(
            {
                "n": n,
                "id": row["id"],
                "file": name,
                "half": half(name),
                "start": row["start"],
                "end": row["end"],
                "predicted": {"about": row["about"], "measure": row["measure"]},
                "verdict": {"counted": None, "measure": None},
                "note": "",
            }
        )
        lines += [
            f"## {n}. {row['id']} (half {half(name)})",
            f"- figure: **{row['text']}** unit {row['unit']!r}",
            f"- about: **{row['about']}**  measure: **{row['measure']}**",
            f"- in context: {context(art['text'], row['start'], row['end'], 300)}",
            "",
        ]
    name = f"figures-train-{args.label}-seed{args.seed}"
    Path(f"/tmp/labelling-{name}.md").write_text("\n".join(lines), encoding="utf-8")
    out = args.out / f"{name}.jsonl"
    if out.exists():
        print(f"{out} exists: not overwritten", file=sys.stderr)
        return 1
    write_jsonl(out, skeletons)
    print(f"/tmp/labelling-{name}.md\n{out}")
    return 0


def compare(args: argparse.Namespace) -> int:
    labelled = [json.loads(x) for x in args.labels.read_text(encoding="utf-8").splitlines() if x]
    rows, store = figures(args.db)
    cache: dict[str, Any] = {}
    by_place: dict[tuple[str, int, int], dict[str, Any]] = {}
    for row in rows:
        art = _article(store, cache, row["article_id"])
        by_place[(file_name(art), row["start"], row["end"])] = {**row, "_text": art["text"]}
    changed: dict[int, int] = {1: 0, 2: 0}
    lines = ["# Labelled figures whose about or measure changed", ""]
    for item in labelled:
        now = by_place.get((item["file"], item["start"], item["end"]))
        was = item["predicted"]
        if now is None:
            lines.append(f"## {item['n']}. (half {item['half']}) gone from the store")
            changed[item["half"]] += 1
            continue
        if now["about"] == was["about"] and now["measure"] == was["measure"]:
            continue
        changed[item["half"]] += 1
        lines += [
            f"## {item['n']}. (half {item['half']}) {now['text']}",
            f"- was: about **{was['about']}** measure **{was['measure']}**; "
            f"verdict {item['verdict']}",
            f"- now: about **{now['about']}** measure **{now['measure']}**",
            f"- in context: {context(now['_text'], now['start'], now['end'], 300)}",
            "",
        ]
    Path("/tmp/figures-train-changed.md").write_text("\n".join(lines), encoding="utf-8")
    print(f"changed: half 1 {changed[1]}, half 2 {changed[2]} -> /tmp/figures-train-changed.md")
    return 0


def _by_place(db: str) -> dict[tuple[str, int, int], dict[str, Any]]:
    rows, store = figures(db)
    cache: dict[str, Any] = {}
    out: dict[tuple[str, int, int], dict[str, Any]] = {}
    for row in rows:
        art = _article(store, cache, row["article_id"])
        out[(file_name(art), row["start"], row["end"])] = {**row, "_text": art["text"]}
    return out


def diff(args: argparse.Namespace) -> int:
    before, after = (_by_place(db) for db in args.db)
    counts: dict[str, list[int]] = {}
    lines = ["# Figures that differ between the two stores", ""]
    for place in sorted(set(before) | set(after)):
        name = place[0]
        part = str(halves(name)["story_half"] if args.split == "story" else half(name))
        count = counts.setdefault(part, [0, 0])
        count[0] += 1
        was, now = before.get(place), after.get(place)
        shown = [None if r is None else (r["about"], r["measure"], r["unit"]) for r in (was, now)]
        if shown[0] == shown[1]:
            continue
        count[1] += 1
        row = now or was or {}
        lines += [
            f"## ({part}) {name} {row.get('text')!r}: {shown[0]} -> {shown[1]}",
            f"- {context(row['_text'], place[1], place[2], 200)}",
            "",
        ]
    Path("/tmp/figures-diff.md").write_text("\n".join(lines), encoding="utf-8")
    for part, (total, changed) in sorted(counts.items()):
        print(f"half {part}: {total} figures, {changed} changed")
    return 0


def score(args: argparse.Namespace) -> int:
    for path in args.files:
        rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x]
        print(path.name)
        for h in (1, 2):
            part = [r for r in rows if r["half"] == h]
            cells = []
            for field in ("counted", "measure"):
                judged = [r["verdict"][field] for r in part if r["verdict"][field] in (True, False)]
                right = sum(1 for v in judged if v is True)
                share = right / len(judged) if judged else 0.0
                cells.append(f"{field} {right}/{len(judged)} = {share:.2f}")
            both = [
                r
                for r in part
                if r["verdict"]["counted"] in (True, False)
                and r["verdict"]["measure"] in (True, False)
            ]
            ok = sum(1 for r in both if r["verdict"]["counted"] and r["verdict"]["measure"])
            share = ok / len(both) if both else 0.0
            print(f"  half {h}: " + ", ".join(cells) + f", both {ok}/{len(both)} = {share:.2f}")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    pick = sub.add_parser("choose")
    pick.add_argument("text", type=Path)
    pick.add_argument("--n", type=int, default=60)
    pick.add_argument("--seed", type=int, required=True)
    pick.add_argument("--exclude", type=Path, nargs="*", default=[])
    pick.add_argument("--out", type=Path, required=True)
    one = sub.add_parser("sample")
    one.add_argument("--db", required=True)
    one.add_argument("--n", type=int, required=True)
    one.add_argument("--seed", type=int, required=True)
    one.add_argument("--label", default="main")
    one.add_argument("--out", type=Path, default=JUDGMENTS)
    two = sub.add_parser("compare")
    two.add_argument("labels", type=Path)
    two.add_argument("--db", required=True)
    four = sub.add_parser("diff")
    four.add_argument("--db", nargs=2, required=True, metavar=("BEFORE", "AFTER"))
    four.add_argument("--split", choices=("file", "story"), default="file")
    three = sub.add_parser("score")
    three.add_argument("files", type=Path, nargs="+")
    args = parser.parse_args()
    commands = {"choose": choose, "sample": sample, "compare": compare, "diff": diff}
    run = {**commands, "score": score}[args.command]
    return run(args)


if __name__ == "__main__":
    sys.exit(main())
