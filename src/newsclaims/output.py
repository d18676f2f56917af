"""Printing rows as a table, JSON, JSONL or CSV: data to stdout, never logs."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterable, Sequence
from typing import Any, TextIO

from rich.console import Console
from rich.table import Table

from newsclaims.records import jsonable

FORMATS = ("table", "json", "jsonl", "csv")

#: Longest cell shown in a table (the JSON formats are never cut).
TABLE_CELL_CHARS = 160


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ", ".join(str(v) for v in value)
    text = str(jsonable(value))
    return text if len(text) <= TABLE_CELL_CHARS else text[: TABLE_CELL_CHARS - 1] + "…"


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
            writer.writerow(
                {
                    c: _cell(row.get(c)) if isinstance(row.get(c), list) else jsonable(row.get(c))
                    for c in columns
                }
            )
            count += 1
        return count
    table = Table(title=title, show_lines=False, expand=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
        count += 1
    Console(file=stream, width=None if stream.isatty() else 200, soft_wrap=False).print(table)
    return count
