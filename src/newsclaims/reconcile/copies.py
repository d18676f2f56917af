"""Near-duplicate articles (wire copy republished by many outlets) by SimHash.

Each article gets a 64-bit SimHash of its word 3-shingles, stored as six bands of 10 or 11
bits. Two articles whose hashes differ in at most ``settings.COPY_MAX_BITS`` (5) bits share at
least one band exactly (pigeonhole: 5 differing bits touch at most 5 of 6 bands), so a lookup
needs only six indexed equality queries.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

from newsclaims import settings

#: Bits of a SimHash and the widths of its bands (they add up to 64).
BITS = 64
BAND_WIDTHS = (11, 11, 11, 11, 10, 10)

_WORD = re.compile(r"\w+")


def simhash(text: str) -> int:
    """The SimHash of a text's lower-cased word 3-shingles, over the part of it that is
    analysed (``MAX_ARTICLE_CHARS``): a 19 MB one-line text once took 83 s and 1 GB here."""
    words = _WORD.findall(text[: settings.MAX_ARTICLE_CHARS].lower())
    shingles = [" ".join(words[i : i + 3]) for i in range(max(1, len(words) - 2))]
    # the 8-byte digests joined and read as one array of big-endian integers (no Python int
    # per shingle)
    blake2b = hashlib.blake2b
    joined = b"".join(blake2b(shingle.encode(), digest_size=8).digest() for shingle in shingles)
    digests = np.frombuffer(joined, dtype=">u8").astype(np.uint64)
    # each bit votes +1 where a shingle's digest has it set and -1 where not: one array
    # operation over (shingles x 64 bits) instead of 64 Python steps per shingle
    ones = ((digests[:, None] >> np.arange(BITS, dtype=np.uint64)) & np.uint64(1)).sum(axis=0)
    return sum(1 << bit for bit in range(BITS) if 2 * int(ones[bit]) > len(shingles))


def bands(value: int) -> tuple[int, ...]:
    """The bands of a hash, lowest bits first."""
    out = []
    shift = 0
    for width in BAND_WIDTHS:
        out.append(value >> shift & ((1 << width) - 1))
        shift += width
    return tuple(out)


def distance(a: int, b: int) -> int:
    """Hamming distance of two hashes."""
    return (a ^ b).bit_count()
