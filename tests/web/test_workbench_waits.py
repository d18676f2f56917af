"""The workbench's browser tests wait for every navigation a click starts (``_follow``): a
link clicked bare let the next read run against the page being left, or a page not loaded
yet, on a loaded machine (flaky). Read from the test file's source, so it runs without
Chromium."""

from __future__ import annotations

import ast
from pathlib import Path

WORKBENCH = Path(__file__).parent / "test_workbench.py"

#: Calls that wait for what a click inside them starts.
_WAITING = {"expect_navigation", "expect_download"}


def _navigating(call: ast.Call) -> bool:
    """A ``.click()`` of a link or a button (which follow a link or send a form), or an
    Enter pressed in a field (which sends its form)."""
    func = call.func
    if not isinstance(func, ast.Attribute):
        return False
    if func.attr == "press":
        return any(isinstance(a, ast.Constant) and a.value == "Enter" for a in call.args)
    if func.attr != "click":
        return False
    for node in ast.walk(func.value):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get_by_role"
            and any(
                isinstance(a, ast.Constant) and a.value in ("link", "button") for a in node.args
            )
        ):
            return True
    return False


def _waited(tree: ast.Module) -> set[int]:
    """Ids of the calls inside a ``with page.expect_navigation()`` (or download)."""
    inside: set[int] = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.With):
            continue
        for item in node.items:
            call = item.context_expr
            if (
                isinstance(call, ast.Call)
                and isinstance(call.func, ast.Attribute)
                and call.func.attr in _WAITING
            ):
                inside.update(id(n) for body in node.body for n in ast.walk(body))
    return inside


def test_workbench_tests_wait_for_the_navigation_of_every_click() -> None:
    tree = ast.parse(WORKBENCH.read_text(encoding="utf-8"))
    waited = _waited(tree)
    bare = [
        f"line {node.lineno}: {ast.unparse(node)}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and _navigating(node) and id(node) not in waited
    ]
    assert bare == []
