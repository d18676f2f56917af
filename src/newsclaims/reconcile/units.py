"""Units of one dimension and their sizes, so that figures written in different units are
compared after conversion ("40 m" and "131 feet" are one depth; "17 minutes" and "half an
hour" are two durations), and figures of different dimensions never are.

The sizes are data (``reconcile/data/unit_sizes.tsv``: unit, dimension, size in the
dimension's base unit), named as the unit catalogue names units. A unit not listed there
(a currency, a percentage, a unit whose size depends on the country) is compared only with
itself: amounts of money are never converted between currencies.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from types import MappingProxyType

from newsclaims.lexicons import read_table, read_value

DATA = Path(__file__).parent / "data"


@cache
def unit_sizes() -> Mapping[str, tuple[str, float]]:
    """Each sized unit with its dimension and its size in the dimension's base unit:
    "foot" -> ("length", 0.3048) (``unit_sizes.tsv``)."""
    rows = read_table(DATA / "unit_sizes.tsv", 3)
    return MappingProxyType({unit: (dim, read_value(size)) for unit, dim, size in rows})


def common_scales(a: str | None, b: str | None) -> tuple[float, float] | None:
    """What to multiply figures in units ``a`` and ``b`` by to compare them in one unit:
    (1, 1) for one unit (or none), the sizes for two units of one dimension, None for units
    that cannot be compared (other dimensions, other currencies, a unit without a size)."""
    if a == b:
        return 1.0, 1.0
    sizes = unit_sizes()
    size_a, size_b = sizes.get(a or ""), sizes.get(b or "")
    if size_a is None or size_b is None or size_a[0] != size_b[0]:
        return None
    return size_a[1], size_b[1]


def dimension_key(unit: str | None) -> str | None:
    """The key under which figures of a unit are compared with each other: the dimension of
    a sized unit ("foot", "metre" -> "length"), any other unit itself."""
    sized = unit_sizes().get(unit or "")
    return f"dimension:{sized[0]}" if sized else unit


def base_size(unit: str | None) -> float:
    """The size of a unit in its dimension's base unit (1 for a unit without a size)."""
    sized = unit_sizes().get(unit or "")
    return sized[1] if sized else 1.0
