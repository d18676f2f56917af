"""List the places where the repository repeats the evaluation texts word for word.

Usage: ``python scripts/eval_overlap.py EVAL_DIR [--words N] [--paths PATH ...]``

The evaluation data (``../shared/eval/``) may never be copied into the repository, not even as
a sentence in a docstring, a comment or a test. This script reads the texts of the corpora
under EVAL_DIR (realnews ``title``/``description``/``text``, NewsQuant ``text``, PolNeAR
``text/*.txt`` and ``metadata.tsv`` titles, TimeBank/AQUAINT ``.tml`` with the tags removed),
keeps every run of N words (lower-cased, punctuation ignored, 6 by default) and prints each
place in the repository's tracked files where such a run occurs, as ``file:line`` and the
words. It exits 1 when anything matches.

Run it by hand before a commit. It is not a test and CI does not run it: no test may depend on
the evaluation data. Common phrases (an office and a country, a time of day) match by
accident; judge each hit, and raise ``--words`` when the noise hides the copies. The reports
that record measurements (``bench/*.md``, ``bench/judgments/``) are left out.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import subprocess
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).parent.parent

#: What is searched when ``--paths`` is not given.
DEFAULT_PATHS = ("src", "tests", "scripts", "bench", "docs", "examples", "README.md")

#: Fields of the JSON corpora that hold article text.
TEXT_FIELDS = ("title", "description", "text")

#: The most words printed for one match.
SHOWN = 12

WORD = re.compile(r"[^\W_]+")
APOSTROPHE = re.compile(r"(?<=\w)['\u2019](?=\w)")
TAG = re.compile(r"<[^>]*>")


def words(text: str) -> list[str]:
    """The lower-cased words of ``text``; apostrophes inside a word are dropped ("don't" ->
    "dont"), every other non-letter, non-digit character separates words."""
    return WORD.findall(APOSTROPHE.sub("", text.lower()))


def _json_texts(value: object) -> Iterator[str]:
    if isinstance(value, list):
        for item in value:
            yield from _json_texts(item)
    elif isinstance(value, dict):
        for field in TEXT_FIELDS:
            text = value.get(field)
            if isinstance(text, str):
                yield text


def eval_texts(eval_dir: Path) -> Iterator[str]:
    """Every text of the corpora under ``eval_dir``, chosen by file kind."""
    for path in sorted(eval_dir.rglob("*")):
        if not path.is_file():
            continue
        if path.suffix == ".json":
            yield from _json_texts(json.loads(path.read_text(encoding="utf-8")))
        elif path.suffix == ".jsonl":
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    yield from _json_texts(json.loads(line))
        elif path.suffix == ".txt":
            yield path.read_text(encoding="utf-8", errors="replace")
        elif path.suffix == ".tml":
            yield TAG.sub(" ", path.read_text(encoding="utf-8", errors="replace"))
        elif path.suffix == ".tsv":
            with path.open(encoding="utf-8", newline="") as handle:
                for row in csv.DictReader(handle, delimiter="\t"):
                    title = row.get("title")
                    if title:
                        yield title


def windows(texts: Iterable[str], n: int) -> set[tuple[str, ...]]:
    """Every run of ``n`` consecutive words in ``texts``."""
    seen: set[tuple[str, ...]] = set()
    for text in texts:
        tokens = words(text)
        seen.update(tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1))
    return seen


def repo_files(root: Path, paths: Iterable[str]) -> list[Path]:
    """The tracked files under ``paths``, without the measurement reports of bench/."""
    listed = subprocess.run(
        ["git", "-C", str(root), "ls-files", "-z", "--", *paths],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    files = []
    for name in listed.split("\0"):
        if not name:
            continue
        parts = Path(name).parts
        if parts[0] == "bench" and (name.endswith(".md") or "judgments" in parts):
            continue
        files.append(root / name)
    return files


def matches(path: Path, seen: set[tuple[str, ...]], n: int) -> Iterator[tuple[int, list[str]]]:
    """(line, words) for every maximal run of the file's words that is covered by windows of
    ``seen``; the line is where the run starts. Runs may cross lines."""
    try:
        text = path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError):
        return
    tokens: list[str] = []
    lines: list[int] = []
    for number, line in enumerate(text.splitlines(), start=1):
        found = words(line)
        tokens.extend(found)
        lines.extend([number] * len(found))
    start = end = -1
    for i in range(len(tokens) - n + 1):
        if tuple(tokens[i : i + n]) not in seen:
            continue
        if i <= end:
            end = i + n
        else:
            if start >= 0:
                yield lines[start], tokens[start:end]
            start, end = i, i + n
    if start >= 0:
        yield lines[start], tokens[start:end]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("eval_dir", type=Path, help="the evaluation data, e.g. ../shared/eval")
    parser.add_argument("--words", type=int, default=6, help="words in a run (default 6)")
    parser.add_argument(
        "--paths", nargs="+", default=list(DEFAULT_PATHS), help="tracked paths to search"
    )
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository (default: here)")
    args = parser.parse_args(argv)
    if not args.eval_dir.is_dir():
        parser.error(f"{args.eval_dir} is not a directory")
    seen = windows(eval_texts(args.eval_dir), args.words)
    count = 0
    for path in repo_files(args.root, args.paths):
        for line, run in matches(path, seen, args.words):
            count += 1
            shown = " ".join(run[:SHOWN]) + (" ..." if len(run) > SHOWN else "")
            print(f"{path.relative_to(args.root)}:{line}: {shown}")
    print(f"{count} match(es) of {args.words} words or more", file=sys.stderr)
    return 1 if count else 0


if __name__ == "__main__":
    sys.exit(main())
