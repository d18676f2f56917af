"""How names are compared everywhere (entity keys, aliases, what figures count, sources): one
normalisation at the bottom layer, so stages, reconciliation and the store agree."""

from __future__ import annotations

import re
from functools import lru_cache

#: A trailing possessive: "Trump's", "the Smiths'".
POSSESSIVE = re.compile(r"(['’]s|['’])$")


@lru_cache(maxsize=1 << 16)
def normalise(name: str) -> str:
    """Lower-case, single-spaced, without a leading article or trailing possessive (kept for
    the names seen last: the store compares each of an article's people with its story's)."""
    text = " ".join(name.split()).replace("’", "'").replace("‘", "'")
    text = POSSESSIVE.sub("", text)
    text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)
    return text.lower()


def name_words(text: str) -> str:
    """The words of a name, casefolded and single-spaced, with hyphens, dashes and other
    marks between them as spaces: "Winston-Salem" as one text and as the parser's tokens
    "Winston - Salem" compare equal, and a name is found among words by
    ``f" {name} " in f" {words} "``."""
    return " ".join(re.findall(r"\w+", text.casefold()))


#: How an outlet is named where its name is not known (the only place this label is written).
UNKNOWN_OUTLET = "the outlet"

#: How a source no word names is shown: whoever "It is believed that", "is said to" stands
#: for (the name of its entity, the only place this label is written).
UNNAMED_SOURCE = "unnamed source"


def speaker(source: str | None, outlet: str | None) -> str:
    """Who says something: its source, or else the outlet that publishes it (the outlet's own
    narration), named; ``UNKNOWN_OUTLET`` only when the outlet is not known."""
    return source or outlet or UNKNOWN_OUTLET
