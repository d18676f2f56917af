"""One error catalogue: every code raised in the source is listed and documented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newsclaims.errors import CATALOGUE, InputError, NewsclaimsError, NotFound

ROOT = Path(__file__).parent.parent
SRC = ROOT / "src" / "newsclaims"


def _codes_in_source() -> set[str]:
    found: set[str] = set()
    for path in SRC.rglob("*.py"):
        if path.name == "errors.py":
            continue
        found |= set(re.findall(r'"([EW]\d{3})"', path.read_text(encoding="utf-8")))
    return found


def test_errors_every_code_used_is_in_the_catalogue() -> None:
    assert _codes_in_source() <= set(CATALOGUE)


def test_errors_catalogue_is_documented() -> None:
    doc = (ROOT / "docs" / "errors.md").read_text(encoding="utf-8")
    missing = [code for code in CATALOGUE if f"`{code}`" not in doc]
    assert missing == []


def test_errors_message_has_code_and_hint() -> None:
    error = InputError("E104", "Feed at x is not RSS or Atom.", "pass the feed URL.")
    assert str(error) == "[E104] Feed at x is not RSS or Atom. Try: pass the feed URL."
    assert isinstance(error, NewsclaimsError)


def test_errors_unknown_code_is_refused() -> None:
    with pytest.raises(ValueError, match="not in the catalogue"):
        NewsclaimsError("E999", "nope")


def test_errors_each_code_has_its_http_status() -> None:
    """The API answers each code with the status the catalogue gives it (no prefix rules)."""
    assert InputError("E101", "x").status == 422
    assert NotFound("E601", "x").status == 404
    assert InputError("E413", "x").status == 409
    assert all((entry.status is None) == code.startswith("W") for code, entry in CATALOGUE.items())
