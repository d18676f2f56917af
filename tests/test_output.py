"""Rendering rows: CSV cells a spreadsheet cannot run as formulas."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from newsclaims.model import Analysis
from newsclaims.output import cell, csv_safe, emit


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


def test_output_cell_joins_lists_with_semicolons_since_names_hold_commas() -> None:
    assert cell(["Acme International, Inc.", "Acme"]) == "Acme International, Inc.; Acme"
    assert cell({"a": 1, "b": [2, 3]}) == "a: 1; b: 2; 3"
    assert cell([{"x": 1}, {"x": 2}]) == "x: 1 | x: 2"
    assert cell(None) == ""


def test_output_web_and_api_downloads_write_cells_alike(
    tmp_path: Path, make_analysis: Callable[..., Analysis]
) -> None:
    """One CSV writer: the web download and the API's ``format=csv`` give one entity's aliases
    in the same cell, joined the same way."""
    from fastapi.testclient import TestClient  # noqa: PLC0415

    from newsclaims.web import create_app  # noqa: PLC0415

    app = create_app(f"sqlite:///{tmp_path / 'csv.db'}", token="s3cret")
    analysis = make_analysis("Mayor Ana Ruiz said the library in Dunmore would open.")
    ruiz = replace(analysis.entities[0], aliases=("Ruiz", "Mayor Ruiz"))
    app.state.store.add(replace(analysis, entities=(ruiz, *analysis.entities[1:])))
    with TestClient(app) as client:
        web = list(csv.DictReader(io.StringIO(client.get("/export/entities.csv").text)))
        api = list(csv.DictReader(io.StringIO(client.get("/api/entities?format=csv").text)))
    [web_ruiz] = [r for r in web if r["name"] == "Ana Ruiz"]
    [api_ruiz] = [r for r in api if r["name"] == "Ana Ruiz"]
    assert web_ruiz["aliases"] == api_ruiz["aliases"]
    assert sorted(web_ruiz["aliases"].split("; ")) == ["Mayor Ruiz", "Ruiz"]
