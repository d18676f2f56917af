"""The fixed halves: stable, and about even."""

from __future__ import annotations

import pytest

from newsclaims.eval.splits import half_of, in_half


@pytest.mark.parametrize(
    ("identifier", "half"),
    # sha1("a") = 86f7..., sha1("b") = e9d7..., sha1("c") = 84a5..., sha1("d") = 3c36...
    [("a", "B"), ("b", "B"), ("c", "B"), ("d", "A")],
)
def test_splits_half_of_follows_the_first_hex_digit_of_sha1(identifier: str, half: str) -> None:
    assert half_of(identifier) == half


def test_splits_halves_are_about_even() -> None:
    halves = [half_of(f"doc-{n}") for n in range(2000)]
    assert 900 < halves.count("A") < 1100


def test_splits_in_half_none_is_the_whole_set() -> None:
    assert in_half("a", None) and in_half("a", "B") and not in_half("a", "A")
