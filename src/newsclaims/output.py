"""Rendering rows as a table, JSON, JSONL or CSV: data to stdout, never logs.

Text from articles and inputs is printed as text: a cell holding ``[/b]`` is never read as
rich markup (it once stopped a batch), and its control characters never reach the terminal."""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from newsclaims.records import jsonable

if TYPE_CHECKING:
    from newsclaims.views import Page

#: Longest cell shown in a table (the JSON formats are never cut).
TABLE_CELL_CHARS = 160


#: What joins the items of a list in one cell: a semicolon, since names hold commas
#: ("Acme International, Inc.").
LIST_SEPARATOR = "; "


def cell(value: Any) -> str:
    """A value as one table or CSV cell (the one cell writer of the CLI, the API and the web
    downloads): lists joined with ``LIST_SEPARATOR``, dicts as ``k: v`` pairs, lists of dicts
    as their rows joined with `` | ``."""
    if value is None:
        return ""
    if isinstance(value, dict):
        return LIST_SEPARATOR.join(f"{k}: {cell(v)}" for k, v in value.items())
    if isinstance(value, list | tuple):
        if value and all(isinstance(v, dict) for v in value):
            return " | ".join(cell(v) for v in value)
        return LIST_SEPARATOR.join(cell(v) for v in value)
    return str(jsonable(value))


#: What a spreadsheet reads as the start of a formula in a cell.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(text: str) -> str:
    """A CSV cell a spreadsheet shows as text: one that would start a formula ("=HYPERLINK(",
    "-- a tweet's byline") gets a leading apostrophe; numbers ("-5", "+3.2") stay numbers."""
    if not text.startswith(FORMULA_STARTS):
        return text
    try:
        float(text)
    except ValueError:
        return "'" + text
    return text


#: Control characters (C0 but tab and newline, DEL, C1): from an input, ``ESC [2J`` clears
#: the reader's terminal and ``ESC ]0;...`` retitles it.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """Text for a terminal: each control character from an input shows as U+FFFD, so a
    title or file name holding escape sequences cannot drive the terminal (probe21c)."""
    return _CONTROL.sub("\ufffd", text)


def _table_cell(value: Any) -> Text:
    text = visible(cell(value))
    if len(text) > TABLE_CELL_CHARS:
        text = text[: TABLE_CELL_CHARS - 1] + "…"
    return Text(text)


def emit(
    rows: Iterable[dict[str, Any]],
    columns: Sequence[str],
    fmt: str,
    title: str | None = None,
    out: TextIO | None = None,
) -> int:
    """Write rows in the chosen format; returns how many were written."""
    stream = out or sys.stdout
    count = 0
    if fmt == "json":
        data = [jsonable(r) for r in rows]
        json.dump(data, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
        return len(data)
    if fmt == "jsonl":
        for row in rows:
            stream.write(json.dumps(jsonable(row), ensure_ascii=False) + "\n")
            count += 1
        return count
    if fmt == "csv":
        writer = csv.DictWriter(stream, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({c: csv_safe(cell(row.get(c))) for c in columns})
            count += 1
        return count
    table = Table(title=Text(visible(title)) if title else None, show_lines=False, expand=False)
    for column in columns:
        table.add_column(Text(column), overflow="fold")
    for row in rows:
        table.add_row(*(_table_cell(row.get(c)) for c in columns))
        count += 1
    Console(file=stream, width=None if stream.isatty() else 200, soft_wrap=False).print(table)
    return count


def say(message: str, style: str | None = None, out: TextIO | None = None) -> None:
    """Print a message (a log line, an error) to standard error; its text is never read as
    rich markup: paths, feed ids, dates and URLs in it are the user's, and ``[/b]`` in one
    once turned the summary into a traceback."""
    console = Console(file=out or sys.stderr, soft_wrap=True, highlight=False)
    console.print(Text(visible(message), style=style or ""))


def emit_page(page: Page, fmt: str, out: TextIO | None = None) -> int:
    """Write one page of a resource in the chosen format."""
    return emit(page.rows, page.columns, fmt, title=page.title, out=out)
