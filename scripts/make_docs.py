"""Write the generated reference pages: docs/errors.md from the error catalogue and
docs/cli.md from the commands. ``tests/test_docs.py`` fails when either is out of date.

Usage: python scripts/make_docs.py
"""

from __future__ import annotations

from pathlib import Path

from newsclaims.cli import reference
from newsclaims.errors import catalogue_markdown

DOCS = Path(__file__).resolve().parent.parent / "docs"


def main() -> None:
    (DOCS / "errors.md").write_text(catalogue_markdown(), encoding="utf-8")
    (DOCS / "cli.md").write_text(reference(), encoding="utf-8")


if __name__ == "__main__":
    main()
