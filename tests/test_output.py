"""Rendering rows: CSV cells a spreadsheet cannot run as formulas."""

from __future__ import annotations

import csv
import io

import pytest

from newsclaims.output import csv_safe, emit


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("-- Lotty (@lotty) November 8", "'-- Lotty (@lotty) November 8"),
        ("+44 20 7946 0000", "'+44 20 7946 0000"),
        ("@handle said so", "'@handle said so"),
        ("-5", "-5"),
        ("+3.25", "+3.25"),
        ("Ana Ruiz", "Ana Ruiz"),
        ("", ""),
    ],
)
def test_output_csv_safe_quotes_formula_starts_but_keeps_numbers(text: str, shown: str) -> None:
    assert csv_safe(text) == shown


def test_output_csv_rows_are_formula_safe() -> None:
    out = io.StringIO()
    rows = [{"source": "=1+1", "value": -3}]
    assert emit(rows, ["source", "value"], "csv", out=out) == 1
    [row] = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert row == {"source": "'=1+1", "value": "-3"}
