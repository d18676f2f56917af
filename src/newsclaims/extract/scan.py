"""Many regular expressions over one text, each tried only where it can start.

Python's ``re`` tries a pattern that opens with a lookbehind at every character of the text,
and a stage with forty such patterns reads a long article forty times. ``Scanner`` reads the
text once for the positions where the patterns' shared opening assertion holds, files them by
their first two characters, and tries each pattern (``Pattern.match``) only at the positions
whose two characters can open a match of it, as read off the pattern's own parse. The matches
are those of ``Pattern.finditer``: the leftmost match at or after the end of the previous one,
found at the same positions with the same groups (a lookbehind sees the text before the
position ``match`` starts at). A pattern whose opening cannot be bounded (``.``, a negated
class, a top-level ``|``, a pattern that can match the empty string) is read with ``finditer``
as before.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

#: How many opening characters file the positions.
PREFIX = 2

#: Stands for any character that is not ASCII, in the text and in what a pattern opens with:
#: every pattern may open with one (case folding maps some of them onto ASCII letters).
_OTHER = "\x00"

_ASCII = [chr(c) for c in range(128)]

_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}

#: Zero-width items: they add no character to what a pattern opens with.
_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)

_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT))

Prefixes = frozenset[str]


def _class_chars(items: list[tuple[Any, Any]], flags: int) -> Prefixes | None:
    """The one-character openings of a character class (its ASCII characters and ``_OTHER``);
    None for a negated or unknown class."""
    try:
        return _class_chars_of(tuple(items), flags)
    except TypeError:  # an item that cannot be hashed
        return _class_chars_of.__wrapped__(tuple(items), flags)


@cache
def _class_chars_of(items: tuple[tuple[Any, Any], ...], flags: int) -> Prefixes | None:
    parts = []
    for op, av in items:
        if op is sre.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is sre.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is sre.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            return None
    test = re.compile(f"[{''.join(parts)}]", flags & (re.IGNORECASE | re.ASCII))
    return frozenset([*(c for c in _ASCII if test.fullmatch(c)), _OTHER])


def _then(left: Prefixes, right: Prefixes, n: int) -> Prefixes:
    """Openings of a sequence followed by another, cut at ``n`` characters (an opening
    shorter than ``n`` is a whole match, which the next part continues)."""
    return frozenset(
        a if len(a) >= n else (a + b)[:n] for a in left for b in ([""] if len(a) >= n else right)
    )


def _sequence(items: Any, flags: int, n: int) -> Prefixes | None:
    """The openings (up to ``n`` characters) of the matches of a parsed sequence; None when
    unbounded."""
    found: Prefixes = frozenset([""])
    for op, av in items:
        item = _item(op, av, flags, n)
        if item is None:
            return None
        found = _then(found, item, n)
        if all(len(f) >= n for f in found):
            break
    return found


def _item(op: Any, av: Any, flags: int, n: int) -> Prefixes | None:
    if op is sre.LITERAL:
        return _class_chars([(op, av)], flags)
    if op is sre.IN:
        return _class_chars(av, flags)
    if op in _ZERO_WIDTH:
        return frozenset([""])
    if op is sre.BRANCH:
        union: set[str] = set()
        for branch in av[1]:
            found = _sequence(branch, flags, n)
            if found is None:
                return None
            union |= found
        return frozenset(union)
    if op is sre.SUBPATTERN:
        _group, add, remove, inner = av
        return _sequence(inner, (flags | add) & ~remove, n)
    if op in _REPEATS:
        low, high, inner = av
        once = _sequence(inner, flags, n)
        if once is None:
            return None
        # n more repetitions than the least add nothing to an opening of n characters
        union, current = set(), frozenset([""])
        for count in range(min(high, low + n) + 1):
            if count >= low:
                union |= current
            current = _then(current, once, n)
        return frozenset(union)
    return None


def openings(pattern: re.Pattern[str], n: int = PREFIX) -> Prefixes | None:
    """The strings of ``n`` characters a match of ``pattern`` can open with (non-ASCII
    characters as ``_OTHER``); None when that cannot be told, or when a match can be shorter
    than ``n`` characters."""
    return _openings_of(_parsed(pattern.pattern, pattern.flags), n)


def _openings_of(parsed: Any, n: int) -> Prefixes | None:
    if parsed is None:
        return None
    try:
        found = _sequence(parsed.data, parsed.state.flags, n)
    except Exception:  # a private parser's changed shape: read the whole text instead
        return None
    if found is None or any(len(f) < n for f in found):
        return None
    return found


def needles(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Strings one of which every match of ``pattern`` contains, read off the pattern's parse
    (a run of literal characters, or one per branch of an alternation), so a text holding
    none of them needs no search; None when no such strings can be told (a case-insensitive
    literal, a pattern of classes only)."""
    parsed = _parsed(pattern.pattern, pattern.flags)
    if parsed is None:
        return None
    try:
        return _needles(parsed.data, parsed.state.flags)
    except Exception:  # a private parser's changed shape: search every text instead
        return None


def _needles(items: Any, flags: int) -> frozenset[str] | None:
    """The longest-shortest set of strings one of which every match of a parsed sequence
    holds: a run of literals (zero-width items do not break it), or what a group, a branch
    or a repeat of at least one holds."""
    found: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            found.append(frozenset(["".join(run)]))
            run.clear()

    for op, av in items:
        if op is sre.LITERAL and not flags & re.IGNORECASE:
            run.append(chr(av))
            continue
        if op in _ZERO_WIDTH:
            continue  # the characters on both sides are next to each other in the match
        flush()
        inner: frozenset[str] | None = None
        if op is sre.SUBPATTERN:
            _group, add, remove, sub = av
            inner = _needles(sub, (flags | add) & ~remove)
        elif op is sre.BRANCH:
            union: set[str] = set()
            for branch in av[1]:
                held = _needles(branch, flags)
                if held is None:
                    union.clear()
                    break
                union |= held
            inner = frozenset(union) or None
        elif op in _REPEATS and av[0] >= 1:
            inner = _needles(av[2], flags)
        if inner is not None:
            found.append(inner)
    flush()
    return max(found, key=lambda held: (min(map(len, held)), -len(held)), default=None)


def _key(text: str, i: int) -> str:
    key = text[i : i + PREFIX]
    return key if key.isascii() else "".join(c if c.isascii() else _OTHER for c in key)


class Scanner:
    """The ``finditer`` matches of many patterns that all open with the assertion ``opening``
    (a zero-width pattern such as a lookbehind), reading the text for it once."""

    def __init__(self, patterns: Sequence[re.Pattern[str]], opening: str) -> None:
        self.patterns = list(patterns)
        flags = {p.flags for p in self.patterns}
        # the opening read with the patterns' own flags holds exactly where theirs does
        self.opening = re.compile(opening, flags.pop() if len(flags) == 1 else 0)
        same_flags = not flags
        head = _parsed(opening, self.opening.flags)
        self.openings: list[Prefixes | None] = []
        for pattern in self.patterns:
            parsed = _parsed(pattern.pattern, pattern.flags)
            # a pattern opens with the assertion only if it is its first item (not one
            # branch of a top-level "|"); parsed items compare by their repr
            opens = (
                same_flags
                and head is not None
                and parsed is not None
                and repr(list(parsed.data[: len(head.data)])) == repr(list(head.data))
            )
            self.openings.append(_openings_of(parsed, PREFIX) if opens else None)
        self._opened: dict[str, tuple[int, ...]] = {}
        """Key -> ``_opened_by(key)``, for the keys met so far."""

    def _opened_by(self, key: str) -> tuple[int, ...]:
        """The patterns (their indices) that may start where the text opens with ``key``;
        asked once per key (a text's keys are few and recur across texts): a key shorter
        than the prefix is the end of the text, tried by every pattern."""
        found = self._opened.get(key)
        if found is None:
            found = tuple(
                n
                for n, opening in enumerate(self.openings)
                if opening is not None and (len(key) < PREFIX or key in opening)
            )
            self._opened[key] = found
        return found

    def finditer_all(self, text: str) -> list[list[re.Match[str]]]:
        """For each pattern, in order, what ``pattern.finditer(text)`` finds."""
        by_key: defaultdict[str, list[int]] = defaultdict(list)
        for m in self.opening.finditer(text):
            i = m.start()
            by_key[_key(text, i)].append(i)
        starts: list[list[int]] = [[] for _ in self.patterns]
        for key, where in by_key.items():
            for n in self._opened_by(key):
                starts[n] += where
        found: list[list[re.Match[str]]] = []
        for pattern, opening, tried in zip(self.patterns, self.openings, starts, strict=True):
            if opening is None:
                found.append(list(pattern.finditer(text)))
                continue
            matches = []
            end = 0
            match = pattern.match
            for i in sorted(tried):
                if i >= end:
                    found_at = match(text, i)
                    if found_at is not None:
                        matches.append(found_at)
                        end = found_at.end()
            found.append(matches)
        return found


def _parsed(pattern: str, flags: int) -> Any:
    """The parse of a pattern (``re``'s own parser), or None."""
    try:
        return sre_parse.parse(pattern, flags)
    except Exception:
        return None


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, each escaped, longest first, with the openings that
    words share written once ("dozen(?:s|)|two" for "dozens", "dozen", "two"): it matches
    what the flat alternation matches, the same alternative winning, but ``re`` no longer
    tries hundreds of words one by one at every position (with ``re.IGNORECASE`` each try
    folds the text's character again)."""
    return "|".join(_shared_openings(sorted(words, key=lambda w: len(re.escape(w)), reverse=True)))


def _shared_openings(words: list[str]) -> list[str]:
    """``words`` in this order as the parts of one alternation, the words that open with the
    same character grouped under it: words of two groups never match at one position, and
    within a group the order is kept, so the first word that matches at a position is still
    the one tried first. Words whose openings a case-blind pattern may take for one another
    ("S", "s", the long s: the same ``casefold``) are grouped, and written whole unless all
    open with the very same character. The empty word (what is left of a word that others
    extend) comes last, where the longest-first order puts it."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[:1].casefold(), []).append(word)
    parts = []
    for opening, members in groups.items():
        if not opening:
            parts.append("")
        elif len(members) > 1 and len({m[0] for m in members}) == 1:
            rest = _shared_openings([m[1:] for m in members])
            joined = "|".join(rest)
            parts.append(re.escape(members[0][0]) + (f"(?:{joined})" if len(rest) > 1 else joined))
        else:
            parts.extend(re.escape(m) for m in members)
    return parts
