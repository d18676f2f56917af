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
#: The two ways realnews is halved by story: ``hash`` (the SHA-1 of ``realnews:`` + the story,
#: as ``eval fivew`` always did) and ``story`` (the judging split, ``STORY_HALVES``).
Split = Literal["hash", "story"]
SPLITS: tuple[Split, ...] = ("hash", "story")

#: The judging split of realnews by story (the ``category`` field), fixed by hand so that half B
#: holds stories nobody read while writing rules (``bench/realnews`` judging kit, bench/splits.md).
STORY_HALVES: dict[str, Half] = {
    "cubs win championship": "A",
    "toberone-gate": "A",
    "china well": "A",
    "f1": "B",
    "trump and obama": "B",
    "gaga protests": "B",
}

#: The halves a scorer can be asked for; ``None`` means the whole set.
HALVES: tuple[Half, ...] = ("A", "B")


def half_of(identifier: str) -> Half:
    """``A`` when the SHA-1 of ``identifier`` (UTF-8) starts with a hex digit 0-7, else ``B``."""
    first = hashlib.sha1(identifier.encode("utf-8"), usedforsecurity=False).hexdigest()[0]
    return "A" if first in "01234567" else "B"


def in_half(identifier: str, half: Half | None) -> bool:
    """True when ``half`` is None (the whole set) or the item belongs to it."""
    return half is None or half_of(identifier) == half


def story_in_half(story: str, half: Half | None, split: Split = "hash") -> bool:
    """True when ``half`` is None or the realnews story belongs to it under ``split``:
    ``hash`` by ``half_of("realnews:" + story)``, ``story`` by ``STORY_HALVES`` (a story not
    listed there is in neither half)."""
    if half is None:
        return True
    if split == "story":
        return STORY_HALVES.get(story) == half
    return half_of(f"realnews:{story}") == half
