"""The fixed halves of every development set: rules are written from half A, and scores are
reported on half B, so the gap between the halves shows how much a rule set overfits.

An item belongs to a half by the SHA-1 of its identifier, which never changes: a PolNeAR or
TimeML document by its file name without the extension, a realnews article by its file name
without ``.json``, a NewsQuant sentence by its text. The rule and the identifiers are written
down in ``bench/splits.md``."""

from __future__ import annotations

import hashlib
from typing import Literal

Half = Literal["A", "B"]

#: The halves a scorer can be asked for; ``None`` means the whole set.
HALVES: tuple[Half, ...] = ("A", "B")


def half_of(identifier: str) -> Half:
    """``A`` when the SHA-1 of ``identifier`` (UTF-8) starts with a hex digit 0-7, else ``B``."""
    first = hashlib.sha1(identifier.encode("utf-8"), usedforsecurity=False).hexdigest()[0]
    return "A" if first in "01234567" else "B"


def in_half(identifier: str, half: Half | None) -> bool:
    """True when ``half`` is None (the whole set) or the item belongs to it."""
    return half is None or half_of(identifier) == half
