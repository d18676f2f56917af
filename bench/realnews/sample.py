"""Draw a random sample of what the product shows, for judging by hand, blind.

    python bench/realnews/sample.py --kind claims --n 50 --seed 1 --db sqlite:////tmp/realnews.db
        [--label main] [--half A|B] [--split file|story]

Kinds: ``claims`` (stance other than asserted), ``assertions`` (stance asserted: the outlet's
own narration), ``figures``, ``disagreements`` (within stories,
as ``newsclaims disagreements`` lists them), ``event-merges`` (the real events of
``newsclaims events --merged`` that two or more reports make; ``--n`` at least their number
judges them all; an event's id is ``STORY:ARTICLE:START`` of its first report). The
population is every such row the store lists, in id order; ``random.Random(seed).sample``
draws from it, so the same store and seed give the same sample. ``--half`` keeps the rows of
one half of realnews (``--split file``: the SHA-1 rule of bench/splits.md; ``--split story``:
the story halves of bench/realnews/README.md).

Writes two files:
- ``/tmp/judging-KIND-LABEL-seedS.md``: the judging sheet, with each item in its context (the
  text is for the judge's eyes only and is never committed);
- ``bench/judgments/KIND-LABEL-seedS.jsonl``: the verdict skeleton, ids, article ids, offsets
  and the predicted labels, with a ``verdict`` object whose fields (``null``) the judge fills
  with ``true`` (right), ``false`` (wrong) or ``"na"`` (cannot be judged), and a ``note``.
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _kit import JUDGMENTS, context, halves, realnews_id, write_judging

from newsclaims import views
from newsclaims.store import open_store
from newsclaims.store.items import NO_FILTERS

#: The verdict fields of each kind, and what the judge checks for each.
VERDICTS: dict[str, dict[str, str]] = {
    "claims": {
        "source": "the source shown is the person or body who really said it",
        "content": "the content is the actual claim (negation and proposition kept)",
        "stance": "the stance is right",
    },
    "assertions": {
        "own": "the text really is the outlet's own statement (no quotation, no one else's "
        "reported speech or view, no page furniture)",
        "content": "the text is a whole proposition, not a fragment",
    },
    "figures": {
        "counted": "'about' names what the figure counts",
        "measure": "the measure is right (what happened to what is counted)",
        "source": "the source shown is who gave the figure",
    },
    "disagreements": {
        "real": "the two sides really disagree (same thing, same event, incompatible)",
    },
    "event-merges": {
        "right": "every report tells one and the same real event (same happening, not a plan)",
    },
}
#: Rows read per page from the store.
PAGE = 500


def _all_rows(listing: Callable[[int, int], Any]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    offset = 0
    while True:
        page = listing(offset, PAGE)
        rows.extend(page.rows)
        offset += PAGE
        if offset >= page.total or not page.rows:
            return rows


def population(kind: str, db: str) -> tuple[list[dict[str, Any]], Any]:
    """Every row of ``kind`` the product shows, in id order, and the open store."""
    store = open_store(db)
    if kind in ("claims", "assertions"):
        rows = _all_rows(lambda o, n: views.claims(store, NO_FILTERS, o, n))
        rows = [r for r in rows if (r["stance"] == "asserted") == (kind == "assertions")]
    elif kind == "figures":
        rows = _all_rows(lambda o, n: views.figures(store, NO_FILTERS, o, n))
    elif kind == "event-merges":
        rows = _all_rows(lambda o, n: views.event_reports(store, NO_FILTERS, o, n))
        rows = [
            {**r, "sides": r["evidence"], "id": merged_event_id(r)}
            for r in rows
            if r["reports"] > 1
        ]
    else:
        rows = _all_rows(lambda o, n: views.disagreements(store, NO_FILTERS, o, n))
    rows.sort(key=lambda r: str(r["id"]))
    return rows, store


def merged_event_id(row: dict[str, Any]) -> str:
    """A merged event's id on a judging sheet: its story and its first report's place."""
    first = row["evidence"][0]
    return f"{row['story']}:{first['article_id']}:{first['start']}"


class Articles:
    """Stored articles by id, read once each."""

    def __init__(self, store: Any) -> None:
        self.store = store
        self.cache: dict[str, dict[str, Any]] = {}

    def get(self, article_id: str) -> dict[str, Any]:
        if article_id not in self.cache:
            self.cache[article_id] = self.store.article(article_id)["article"]
        return self.cache[article_id]


def _claim(row: dict[str, Any], text: str) -> tuple[dict[str, Any], list[str]]:
    skeleton = {
        "start": row["start"],
        "end": row["end"],
        "source_start": row["source_start"],
        "source_end": row["source_end"],
        "predicted": {"stance": row["stance"], "kind": row["kind"], "anonymous": row["anonymous"]},
    }
    lines = [
        f"- source shown: **{row['source']}** (mention: {row['mention']!r})",
        f"- cue: {row['cue']!r}  stance: **{row['stance']}**  kind: {row['kind']}",
        f"- content: {row['content']!r}",
        f"- in context: {context(text, row['start'], row['end'])}",
    ]
    if row["source_start"] is not None:
        lines.append(
            f"- source in context: {context(text, row['source_start'], row['source_end'], 150)}"
        )
    return skeleton, lines


def _assertion(row: dict[str, Any], text: str) -> tuple[dict[str, Any], list[str]]:
    skeleton = {
        "start": row["start"],
        "end": row["end"],
        "predicted": {"stance": row["stance"], "kind": row["kind"]},
    }
    lines = [
        f"- asserted: {row['content']!r}",
        f"- in context: {context(text, row['start'], row['end'])}",
    ]
    return skeleton, lines


def _figure(row: dict[str, Any], text: str) -> tuple[dict[str, Any], list[str]]:
    skeleton = {
        "start": row["start"],
        "end": row["end"],
        "predicted": {
            "measure": row["measure"],
            "bound": row["bound"],
            "value": row["value"],
            "unit": row["unit"],
        },
    }
    lines = [
        f"- figure: **{row['text']}** = {row['bound']} {row['value']} "
        f"({row['low']}-{row['high']}) unit {row['unit']!r}",
        f"- about (counted): **{row['about']}**  measure: **{row['measure']}**",
        f"- source shown: **{row['source']}**",
        f"- in context: {context(text, row['start'], row['end'])}",
    ]
    return skeleton, lines


def sheet(
    kind: str, rows: list[dict[str, Any]], store: Any
) -> tuple[list[dict[str, Any]], list[str]]:
    """The verdict skeleton and the judging sheet for sampled rows."""
    articles = Articles(store)
    skeletons: list[dict[str, Any]] = []
    out = [f"# Judging sheet: {kind}, {len(rows)} items", ""]
    for what, means in VERDICTS[kind].items():
        out.append(f"- `{what}`: {means}")
    out.append("")
    for n, row in enumerate(rows, 1):
        base: dict[str, Any] = {"n": n, "resource": kind, "id": row["id"]}
        if kind in ("disagreements", "event-merges"):
            sides = []
            lines = (
                [
                    f"- kind: {row['kind']}  about: **{row['about']}**  "
                    f"measures: {row['measures']}",
                    f"- why shown: {row['why']}",
                ]
                if kind == "disagreements"
                else [
                    f"- event: **{row['event']}**  actors: {row['actors']}  when: {row['when']}  "
                    f"where: {row['where']}  reports: {row['reports']}",
                ]
            )
            for side in row["sides"]:
                art = articles.get(side["article_id"])
                rid = realnews_id(art.get("origin"))
                sides.append(
                    {
                        "article_id": side["article_id"],
                        "realnews": rid,
                        **halves(rid),
                        "start": side["start"],
                        "end": side["end"],
                    }
                )
                lines.append(
                    f"- side ({side['outlet']}, source **{side['source']}**, "
                    f"{side['published']}"
                    + (f", day {side['day']}, place {side['place']}" if "day" in side else "")
                    + f"): {context(art['text'], side['start'], side['end'], 250)}"
                )
            predicted = {"kind": row["kind"]} if "kind" in row else {"event": row["event"]}
            skeleton: dict[str, Any] = {**base, "sides": sides, "predicted": predicted}
        else:
            art = articles.get(row["article_id"])
            rid = realnews_id(art.get("origin"))
            shape = {"claims": _claim, "assertions": _assertion}.get(kind, _figure)
            fields, lines = shape(row, art["text"])
            skeleton = {
                **base,
                "article_id": row["article_id"],
                "realnews": rid,
                **halves(rid),
                **fields,
            }
            lines.insert(0, f"- article: {art.get('outlet')} | {art.get('title')} ({rid})")
        skeleton["verdict"] = dict.fromkeys(VERDICTS[kind])
        skeleton["note"] = ""
        skeletons.append(skeleton)
        out.append(f"## {n}. {row['id']}")
        out.extend(lines)
        out.append("")
    return skeletons, out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kind", choices=sorted(VERDICTS), required=True)
    parser.add_argument("--n", type=int, required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--label", default="main", help="names the run (branch, commit, ...)")
    parser.add_argument("--half", choices=("A", "B"))
    parser.add_argument("--split", choices=("file", "story"), default="file")
    parser.add_argument("--out", type=Path, default=JUDGMENTS)
    args = parser.parse_args()

    rows, store = population(args.kind, args.db)
    if args.half:
        key = "half" if args.split == "file" else "story_half"
        articles = Articles(store)

        def in_half(row: dict[str, Any]) -> bool:
            ids = [s["article_id"] for s in row["sides"]] if "sides" in row else [row["article_id"]]
            return any(
                halves(realnews_id(articles.get(a).get("origin")))[key] == args.half for a in ids
            )

        rows = [r for r in rows if in_half(r)]
    chosen = random.Random(args.seed).sample(rows, min(args.n, len(rows)))
    skeletons, lines = sheet(args.kind, chosen, store)
    half = f"-{args.half}{args.split}" if args.half else ""
    name = f"{args.kind}-{args.label}{half}-seed{args.seed}"
    judging, skeleton = write_judging(name, lines, skeletons, args.out)
    print(f"{len(chosen)} of {len(rows)} {args.kind} drawn (seed {args.seed})")
    print(f"judging sheet (text, never commit): {judging}")
    print(f"verdicts to fill: {skeleton}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
