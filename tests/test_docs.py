"""Docs cannot drift: every CLI command and every setting is documented."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import click
import pytest

from newsclaims import settings
from newsclaims.cli import main, reference
from newsclaims.errors import catalogue_markdown

ROOT = Path(__file__).parent.parent


def _commands(group: click.Group, prefix: str = "") -> list[str]:
    names = []
    for name, command in group.commands.items():
        full = f"{prefix}{name}"
        if isinstance(command, click.Group):
            names.extend(_commands(command, f"{full} "))
        else:
            names.append(full)
    return names


def test_docs_readme_opens_with_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    head = readme[:600]
    assert "make demo" in head and "make test" in head


def test_docs_every_cli_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [c for c in _commands(main) if f"newsclaims {c}" not in readme]
    assert missing == []


def test_docs_every_setting_is_documented() -> None:
    doc = (ROOT / "docs" / "settings.md").read_text(encoding="utf-8")
    names = [n for n in vars(settings) if re.fullmatch(r"[A-Z][A-Z0-9_]+", n)]
    missing = [n for n in names if f"`{n}`" not in doc]
    assert missing == []


@pytest.mark.parametrize(
    ("page", "written"), [("cli.md", reference), ("errors.md", catalogue_markdown)]
)
def test_docs_generated_pages_are_current(page: str, written: Callable[[], str]) -> None:
    """docs/cli.md and docs/errors.md are written from the code by scripts/make_docs.py."""
    current = (ROOT / "docs" / page).read_text(encoding="utf-8")
    assert current == written(), f"docs/{page} is stale: run python scripts/make_docs.py"
