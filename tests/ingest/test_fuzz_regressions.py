"""Replays the findings of the coverage-guided fuzzer (``bench/fuzz_atheris.py``, committed
under ``tests/fixtures/fuzz/<target>/``) through the fuzzer's own contract, ``check``."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from newsclaims.ingest import read_bytes

ROOT = Path(__file__).resolve().parents[2]
FINDINGS = sorted((ROOT / "tests" / "fixtures" / "fuzz").glob("*/crash-*"))


def _harness() -> ModuleType:
    """The fuzzer's module (its contract and targets), loaded from bench/."""
    spec = importlib.util.spec_from_file_location(
        "fuzz_atheris", ROOT / "bench" / "fuzz_atheris.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_fuzz_findings_are_committed() -> None:
    assert FINDINGS, "no fixture under tests/fixtures/fuzz/"


@pytest.mark.parametrize("path", FINDINGS, ids=lambda p: f"{p.parent.name}/{p.name[:14]}")
def test_fuzz_finding_meets_the_contract(path: Path) -> None:
    fuzz = _harness()
    fuzz.check(read_bytes(path.read_bytes(), "fuzz", fuzz.TARGETS[path.parent.name]))


def test_a_warc_response_for_no_web_page_is_a_warning_only_result() -> None:
    """atheris, 2026-12-01: a response record whose target's scheme is ``https1:`` gives W105
    and nothing else, a result the contract called neither an article nor an error."""
    path = ROOT / "tests/fixtures/fuzz/warc/crash-6655dd062279ad472bdad8dadcfefc14a95eb640"
    [result] = read_bytes(path.read_bytes(), "fuzz", "archive.warc.gz")
    assert result.article is None and result.error is None
    assert [w.code for w in result.warnings] == ["W105"]
