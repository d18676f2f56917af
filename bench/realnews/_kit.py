"""Shared bits of the realnews judging kit: where the corpus is, which half an article is in,
and how to show a stored item in its context for a judge.

The judging sheets (with article text) go to /tmp only; files under bench/judgments/ hold ids,
offsets, predicted labels and verdicts, never article text.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from newsclaims.eval.splits import STORY_HALVES, half_of

#: The realnews corpus (local evaluation only; never copied into the repository).
CORPUS = Path(os.environ.get("NEWSCLAIMS_REALNEWS", "/work/shared/eval/realnews/articles"))
#: Where verdict skeletons are written.
JUDGMENTS = Path(__file__).resolve().parent.parent / "judgments"
#: Characters of context shown on either side of an item on a judging sheet.
CONTEXT = 400

#: The furniture split is by story, so half B holds stories not read while writing rules
#: (the table lives in ``newsclaims.eval.splits``, so ``eval fivew --split story`` reads it too).
STORY_HALF: dict[str, str] = dict(STORY_HALVES)


def realnews_id(origin: str | None) -> str | None:
    """The realnews identifier (file name without ``.json``) of a stored article's origin."""
    if not origin:
        return None
    name = Path(origin).name
    return name[: -len(".json")] if name.endswith(".json") else name


def story_of(realnews: str) -> str:
    """The story (``category``) of a realnews article."""
    data = json.loads((CORPUS / f"{realnews}.json").read_text(encoding="utf-8"))
    return str(data["category"])


def halves(realnews: str | None) -> dict[str, str | None]:
    """Both ways of halving realnews: by file hash (bench/splits.md) and by story (furniture)."""
    if realnews is None:
        return {"half": None, "story_half": None}
    story_half = (
        STORY_HALF.get(story_of(realnews)) if (CORPUS / f"{realnews}.json").exists() else None
    )
    return {"half": half_of(realnews), "story_half": story_half}


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run ``newsclaims ARGS`` with this interpreter (and its PYTHONPATH), as a user would."""
    command = [sys.executable, "-c", "from newsclaims.cli import main; main()", *args]
    return subprocess.run(command, text=True, check=False)


def context(text: str, start: int, end: int, width: int = CONTEXT) -> str:
    """The item's characters in brackets, with ``width`` characters either side."""
    lo, hi = max(0, start - width), min(len(text), end + width)
    return f"{text[lo:start]}[[{text[start:end]}]]{text[end:hi]}".replace("\n", " / ")


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    """Write rows one JSON object a line."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")


def write_judging(
    name: str, lines: list[str], skeletons: list[dict[str, Any]], out: Path
) -> tuple[Path, Path]:
    """Write a judging sheet (with the text, to /tmp only) and its verdict skeleton (ids and
    offsets, under ``out``); returns both paths."""
    judging = Path("/tmp") / f"judging-{name}.md"
    judging.write_text("\n".join(lines) + "\n", encoding="utf-8")
    skeleton = out / f"{name}.jsonl"
    write_jsonl(skeleton, skeletons)
    return judging, skeleton


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """Read rows of a JSON-lines file."""
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]
