"""The scanner finds what ``finditer`` finds, pattern by pattern (invented patterns and texts)."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsclaims.extract.scan import Scanner, alternation, needles, openings

OPENING = r"(?<![\w-])(?<!\d[:.,])"

BODIES = [
    r"(?:the\s+)?(?:next|last)\s+(?P<unit>week|month)",
    r"(?P<num>\d+)\s+days?\s+ago",
    r"(?:mid[\s-]+)?(?P<decade>\d0)s",
    r"as\s+soon\s+as\s+possible|soon",  # a top-level "|": the opening guards one branch only
    r"[A-Z]\w*\s+\d{1,2}",
    r"’?twenty|Straße",
]

PATTERNS = [re.compile(OPENING + body, re.IGNORECASE) for body in BODIES]

SCANNER = Scanner(PATTERNS, OPENING)


def _spans(matches: list[re.Match[str]]) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in matches]


@pytest.mark.parametrize(
    "text",
    [
        "Last week the 1990s ended; 3 days ago, mid-80s, in the next month.",
        "a monsoon came as soon as possible, soon after 2,10s and 5:30s",
        "Istanbul ſoon İstanbul STRASSE straße Straße ’twenty Twenty-one K\u212a 12",
        "",
        "x",
    ],
)
def test_scan_finds_what_finditer_finds(text: str) -> None:
    found = SCANNER.finditer_all(text)
    assert [_spans(f) for f in found] == [_spans(list(p.finditer(text))) for p in PATTERNS]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ago dayswekntmhl-0123456789:.,’ſKİ\u212aASTs\n", max_size=80))
def test_scan_finds_what_finditer_finds_on_any_text(text: str) -> None:
    found = SCANNER.finditer_all(text)
    assert [_spans(f) for f in found] == [_spans(list(p.finditer(text))) for p in PATTERNS]


def test_scan_reads_a_top_level_alternation_whole() -> None:
    # "soon" inside "monsoon": the second branch has no opening, so the pattern is not
    # filed by the opening's positions
    assert SCANNER.openings[3] is None
    assert SCANNER.openings[0] is not None
    assert [m.group() for m in SCANNER.finditer_all("monsoon")[3]] == ["soon"]


@pytest.mark.parametrize(
    ("body", "bounded"),
    [(r"ab", True), (r"a?", False), (r"a", False), (r".b", False), (r"[^a]b", False)],
)
def test_scan_openings_bounded_only_when_known(body: str, bounded: bool) -> None:
    assert (openings(re.compile(body)) is not None) is bounded


def test_scan_openings_fold_case() -> None:
    found = openings(re.compile(r"(?:the\s+)?next", re.IGNORECASE))
    assert found is not None
    assert {"th", "Th", "tH", "TH", "ne", "NE"} <= found
    assert "xx" not in found


NEEDLE_PATTERNS = [
    r"\bScroll (?:down|up) for (?:video|videos)\b",
    r"\((?:Getty(?: Images)?|AP|Rex(?: Features)?)\)(?=\s+[A-Z])",
    r"(?:^|(?<=[.!] ))(?:PA|GETTY)(?= [A-Z])",
    r"\b(?:[Rr]elated (?:stories|articles)|Most read)(?= [A-Z0-9])",
    r"(?:Click to share on \w+ \(Opens\) ?)+",
    r"\b\d{1,3} of \d{1,3} Full Screen .{0,40}?Wait \d+ seconds?\.",
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (r"\bScroll (?:down|up) for", {"Scroll "}),
        (r"(?:Getty|AP)\)", {"Getty", "AP"}),
        (r"[Rr]elated stories", {"elated stories"}),
        (r"(?:abc|cd)+x", {"abc", "cd"}),
        (r"\d+ days", {" days"}),
    ],
)
def test_scan_needles_read_off_the_pattern(body: str, expected: set[str]) -> None:
    assert needles(re.compile(body)) == expected


@pytest.mark.parametrize("body", [r"\d+", r"[A-Z]\w*", r"a?b?", r"(?:x|\d)y?"])
def test_scan_needles_none_without_a_literal_in_every_match(body: str) -> None:
    assert needles(re.compile(body)) is None


def test_scan_needles_none_when_case_folds() -> None:
    assert needles(re.compile("scroll down", re.IGNORECASE)) is None
    assert needles(re.compile("(?i:scroll) down")) == {" down"}


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "Scroll ",
                "down",
                "up",
                " for ",
                "video",
                "videos",
                "(",
                ")",
                "Getty",
                " Images",
                "AP",
                "Rex",
                " Features",
                " ",
                "PA",
                "GETTY",
                ". ",
                "Related",
                "related",
                " stories",
                "Most read",
                " A",
                " 7",
                "Click to share on ",
                "X",
                "(Opens)",
                "12",
                " of ",
                " Full Screen ",
                "Wait ",
                "3",
                " seconds",
                ".",
            ]
        ),
        max_size=30,
    ).map("".join)
)
def test_scan_every_match_holds_a_needle(text: str) -> None:
    for body in NEEDLE_PATTERNS:
        pattern = re.compile(body)
        held = needles(pattern)
        assert held is not None
        for m in pattern.finditer(text):
            assert any(n in m.group() for n in held)


#: Words whose alternation shares openings: prefixes of each other, case variants, an empty
#: word, escapes, a space (some patterns widen ``\ `` to ``\s+`` afterwards).
ALTERNATED = ["one", "one-third", "One", "on", "", "a.m.", "a dozen", "am", "ſo", "So", "K", "k"]


def _flat(words: list[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def test_alternation_shares_openings() -> None:
    assert alternation(["dozen", "dozens", "two"]) == "dozen(?:s|)|two"


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@given(
    words=st.lists(st.sampled_from(ALTERNATED) | st.text("aAoOnN. -ſk", max_size=4), max_size=8),
    text=st.text("aAoOnN. -ſkK1\u212a", max_size=30),
)
@settings(max_examples=300, deadline=None)
def test_alternation_matches_as_the_flat_one(words: list[str], text: str, flags: int) -> None:
    """The alternation with shared openings factored out matches what the flat one, longest
    first, matches, at every position (the first alternative that matches wins in both)."""
    for widen in (False, True):
        flat, shared = _flat(words), alternation(words)
        if widen:  # as VAGUE does: any run of spaces where a phrase has one
            flat, shared = (p.replace("\\ ", "\\s+") for p in (flat, shared))
        flat_re = re.compile(rf"(?:{flat})(?P<after>.?)", flags)
        shared_re = re.compile(rf"(?:{shared})(?P<after>.?)", flags)
        for at in range(len(text) + 1):
            got, expected = shared_re.match(text, at), flat_re.match(text, at)
            assert (got and got.span()) == (expected and expected.span())
