"""Number grammar: digits, number words, fractions, scale words, bounds, ranges and the
vague plurals ("hundreds of"), read by one pattern over the text.

What the pattern alone says about a figure is a ``Number``; which matches are not figures at
all (ordinals, parts of dates and clock times, codes such as "G7") is decided here too.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from newsclaims.extract.quantities.tokens import is_time_part, token_at
from newsclaims.extract.quantities.units import (
    ATTACHED,
    ATTACHED_UNITS,
    SIGN,
    alternation,
    word_set,
)
from newsclaims.extract.spans import doc_text
from newsclaims.lexicons import month_names, number_words, read_pairs, read_table, read_value
from newsclaims.model import Bound

DATA = Path(__file__).parent / "data"

#: Number words and phrases ("twelve", "a dozen", "two-thirds"), and fractions in words
#: built from the denominators ("one fourth", "a fifth", "three tenths").
SMALL: dict[str, float] = dict(number_words())
_DENOMINATORS = {word: int(d) for word, d in read_table(DATA / "denominators.tsv", 2)}
for _den, _d in _DENOMINATORS.items():
    for _num in ("a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"):
        _n = 1 if _num in ("a", "one") else SMALL[_num]
        if _n >= _d:
            continue
        for _sep in (" ", "-"):
            SMALL.setdefault(f"{_num}{_sep}{_den}{'' if _n == 1 else 's'}", _n / _d)
#: A fraction whose last word is also an ordinal ("a third term"): a figure only before "of".
ORDINAL_FRACTION = re.compile(rf"(?:{'|'.join(_DENOMINATORS)})$", re.IGNORECASE)

_SCALE_ROWS = read_table(DATA / "scales.tsv", 3)
#: Scale words and their multipliers ("million", "bn", "k").
SCALES = {word: read_value(value) for word, value, _ in _SCALE_ROWS}
_VAGUE_ROWS = read_table(DATA / "vague.tsv", 4)
#: Vague quantities and the least and most each allows: "hundreds" (of) is 200 to 1,999,
#: "several" 3 to 9.
VAGUE_PLURALS = {
    phrase: (read_value(least), read_value(most)) for phrase, least, most, _ in _VAGUE_ROWS
}
#: Change words: a figure after them is a trend, not a level; "from X to Y" after them is
#: a change from one figure to another, not a range.
UP_WORDS = word_set("up")
DOWN_WORDS = word_set("down")
CHANGE_WORDS = UP_WORDS | DOWN_WORDS
#: Words before "half" that make it a position ("the bottom half of the ninth"), not a figure.
HALF_POSITIONS = word_set("half_position")
#: Words after "half" that make one word with it ("half-time", "halfway"), not a figure.
_HALF_COMPOUND = re.compile(rf"[-\s]?(?:{alternation(word_set('half_compound'))})\b", re.I)
#: Nouns a hyphenated pair of numbers before them tallies ("a 1-2 cutter", "a 2-3 loss").
TALLY_NOUNS = word_set("tally_noun")
#: A number that labels ("No. 3", "#3", "Number 10"): a rank or a name, not a count.
_LABEL_BEFORE = re.compile(r"(?:\b[Nn]o\.|#|\bNumber)\s*$")
#: Words before a figure that bound it, and the bound ("at least" -> at_least).
BOUNDS = {word: Bound(bound) for word, bound in read_pairs(DATA / "bounds.tsv").items()}

#: Fractions written as one character ("2½", "¾ of").
VULGAR = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅛": 1 / 8}
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
_WORDS = alternation(SMALL)
#: A whole number's fraction: "2 2/3" (a proper fraction of small terms, not a date "9/11"),
#: "2½", and "and a half" / "and three quarters" after digits or words.
_DIGIT_FRACTION = r"\s[1-9]/(?:[2-9]|1[0-6])(?![\d/])"
_PART_WORDS = alternation(w for w, v in SMALL.items() if 0 < v < 1 and " " in w)
_AND_FRACTION = rf"\s+and\s+(?:{_PART_WORDS})"
_VULGAR = f"[{''.join(VULGAR)}]"
_NUMBER = (
    rf"(?:(?:{_DIGITS})(?:{_DIGIT_FRACTION}|{_VULGAR})?(?:{_AND_FRACTION})?|{_VULGAR}"
    rf"|(?:{_WORDS})(?:[\s-]+(?:{_WORDS}))*(?:{_AND_FRACTION})?)"
)
_SCALE = (
    rf"(?:\s*(?:{alternation(w for w, _, how in _SCALE_ROWS if how != 'attached')})\b"
    rf"|(?<=\d)(?:{alternation(w for w, _, how in _SCALE_ROWS if how != 'word')})\b)"
)
_BOUND = rf"(?P<bound>{alternation(BOUNDS)})\s+"
PERCENT = r"\s?%|\s(?:percent|per cent)\b"


def _pattern(ranges: bool) -> re.Pattern[str]:
    """The figure pattern; without ``ranges`` the second-number groups never take part."""
    second = (
        rf"(?:(?P<percent1>{PERCENT})?\s*(?P<sep>-|–|to|and|or(?=\s))\s*(?P<sign2>{SIGN})?"
        rf"(?P<num2>{_NUMBER})(?P<scale2>{_SCALE})?)?"
        if ranges
        else r"(?:(?!)(?P<percent1>)(?P<sep>)(?P<sign2>)(?P<num2>)(?P<scale2>))?"
    )
    return re.compile(
        rf"(?<![\w.,])(?<![A-Za-z]-)(?:{_BOUND})?(?:(?P<between>between|from)\s+)?"
        rf"(?P<sub>sub-)?(?:(?P<sign>{SIGN})\s?)?(?P<neg>(?<![^\s$(])-|−|minus[\s-]?)?"
        rf"(?P<num>{_NUMBER})(?![.,]\d)(?P<scale>{_SCALE})?{second}"
        rf"(?P<percent>{PERCENT})?(?:(?![\w])|(?<=\d)(?={ATTACHED}))",
        re.IGNORECASE,
    )


PATTERN = _pattern(ranges=True)
#: "to 7 million", "or four years" after a figure without a scale word or unit: shared.
SHARED_SCALE = re.compile(
    rf"(?:-\s+(?:to|or|and)|\s+(?:to|or))\s+"  # "five- or ten-year": a suspended hyphen
    rf"(?:(?P<sign>{SIGN})\s?)?(?P<num>{_NUMBER})(?:\s*[-–]\s*{_NUMBER})?"
    rf"(?P<scale>{_SCALE})?",
    re.IGNORECASE,
)
#: The same without ranges: for "from 2.4 to 3.9 million", read as two figures.
SINGLE = _pattern(ranges=False)
_VAGUE_OF = alternation(p for p, _, _, needs in _VAGUE_ROWS if needs == "of")
_VAGUE_ALONE = alternation(p for p, _, _, needs in _VAGUE_ROWS if needs == "alone")
VAGUE = re.compile(
    (rf"(?<![\w])(?P<vague>(?:{_VAGUE_OF})(?=\s+of\b)|(?:{_VAGUE_ALONE})\b(?!\s+of\b))").replace(
        chr(92) + " ", chr(92) + "s+"
    ),
    re.IGNORECASE,
)
#: What after a number makes it part of a date or a clock time.
_DATE_OR_CLOCK_AFTER = re.compile(
    rf"\s+(?:{alternation(month_names())})\b\.?(?!\s+(?:of|be)\b)"
    r"|\s*(?-i:GMT|UTC|EDT|EST|BST|CET|CEST|PST|PDT|ET|JST|HKT)\b|(?<=[12]\d{3})'?s\b",
    re.IGNORECASE,
)


#: Number words that after "a" name a group ("a dozen", "a million"): "and a half" after one
#: is half a group more, not a half ("a twelve and a half" is 12.5).
_GROUP_NUMBERS = word_set("group_number")


def parse_number(text: str) -> float | None:
    """A number from digits or words: "15,000" -> 15000, "twenty-five" -> 25, "2 2/3",
    "2½" and "two and a half" -> their sum."""
    clean = text.strip().lower().replace(",", "")
    if clean[-1:] in VULGAR:
        whole = parse_number(clean[:-1]) if clean[:-1].strip() else 0.0
        return None if whole is None else whole + VULGAR[clean[-1]]
    if m := re.fullmatch(r"(\d+)\s+(\d+)/(\d+)", clean):
        whole, top, bottom = (int(g) for g in m.groups())
        return whole + top / bottom if top < bottom else None
    if m := re.fullmatch(r"(.+?)\s+and\s+(.+)", clean):
        whole, part = parse_number(m.group(1)), SMALL.get(re.sub(r"\s+", " ", m.group(2)))
        if whole is not None and part is not None and 0 < part < 1:
            if m.group(1).startswith("a ") and m.group(1).split()[-1] in _GROUP_NUMBERS:
                return whole * (1 + part)  # "a dozen and a half" (18), "a million and a half"
            return whole + part
    try:
        return float(clean)
    except ValueError:
        pass
    if clean in SMALL:
        return float(SMALL[clean])
    total, fraction = 0.0, 0.0
    words = re.split(r"[\s-]+", clean)
    if len(words) == 2 and words[0] == "one" and 0 < SMALL.get(words[1], 0) < 1:
        words = words[1:]  # "one half" is a half, as "a half" is
    for word in words:
        if word in ("a", "and"):
            continue
        if word not in SMALL:
            return None
        value = SMALL[word]
        if fraction:
            total, fraction = total + fraction * value, 0.0  # "half a dozen", "a quarter million"
        elif 0 < value < 1 and not total:
            fraction = value
        else:
            total = total * value if value == 100 and total else total + value
    return (total + fraction) or None


def scale(text: str | None) -> float:
    """The multiplier of a scale word ("million" -> 1e6); 1 for none."""
    if not text:
        return 1.0
    return SCALES.get(text.strip().lower(), 1.0)


@dataclass(frozen=True, slots=True)
class Number:
    """What the pattern alone says about a figure."""

    value: float
    low: float | None
    high: float | None
    bound: Bound
    sign: str | None
    percent: bool


def excluded(doc: Doc, m: re.Match[str]) -> bool:
    """The match is not a figure: an ordinal, part of a name, code, date or clock time."""
    text = doc_text(doc)
    start, end = m.start("num"), m.end()
    before = text[max(0, m.start() - 1) : m.start()]
    after = text[end : end + 3]
    if re.match(r"(st|nd|rd|th)\b", text[m.end("num") : m.end("num") + 3], re.I):
        return True  # ordinal
    if ORDINAL_FRACTION.search(m.group("num")) and not re.match(r"\s+of\b", text[end:]):
        return True  # "a third term", "a fifth straight win"
    if (
        _FRACTION_TAIL.search(text, max(0, start - 40), start)
        and parse_number(m.group("num")) in _FRACTIONS
    ):
        return True  # "an hour and a half": the tail of "a(n) <unit>", not half of anything
    if m.group("num").lower() == "half" and _half_position(text, start):
        return True  # "in the first half" of a match or a year, "the bottom half of the ninth"
    if m.group("num").lower() == "half" and _HALF_COMPOUND.match(text, m.end("num")):
        return True  # "at half-time", "the half-term break": one word, no half of anything
    if _LABEL_BEFORE.search(text[max(0, m.start() - 8) : m.start()]):
        return True  # "the No. 3 seed", "#3": a rank, not a count
    if before.isalpha() or (re.match(r"[A-Za-z]", after) and not ATTACHED_UNITS.match(text[end:])):
        return True  # "G7", "F16", "COVID-19"
    if re.match(r"(?<=\d)G\b", text[end - 1 : end + 1]) or re.match(r"G\b", after):
        return True  # "5G" is a network generation, not grams
    if re.match(r"-for-\d", text[end : end + 6], re.I):
        return True  # "9-for-25": hits for at-bats, a record, not a count of something
    if re.match(r":\d", text[end : end + 2]) or text[max(0, start - 1) : start] == ":":
        return True  # clock times "17:22"
    number = m.group("num")
    if number[:1].isupper() and not number[:1].isdigit():
        token = token_at(doc, start)
        if token is not None and not token.is_sent_start:
            return True  # "World War Two": a capitalised number inside a name
    if re.match(r"[-/]\d", text[end : end + 2]) or re.search(
        r"\d[-/]$", text[max(0, start - 2) : start]
    ):
        return True  # phone numbers, ids, dates written with slashes
    if _DATE_OR_CLOCK_AFTER.match(text, end) and not m.group("sign"):
        return True  # "9 May", "0401 GMT", "the 1990s", "2018's"
    if m.group("num").isdigit() and _is_counter(doc, start, end):
        return True  # "Play slideshow 1 of 10": a gallery's counter, not a figure
    if m.group("sign") or m.group("percent"):
        return False  # "$2000" is money, not a year
    return is_time_part(doc, start, m.end("num"))


#: "an hour and " before a fraction word: the fraction belongs to that one unit.
_FRACTION_TAIL = re.compile(r"\b(?:a|an|one)\s+[a-z]+\s+and\s+$", re.IGNORECASE)
_FRACTIONS = frozenset(v for v in SMALL.values() if 0 < v < 1)


def _tally(doc: Doc, m: re.Match[str]) -> bool:
    """Two numbers joined by a hyphen that tally (balls and strikes, a score, a vote) rather
    than bound a range: before a noun of ``TALLY_NOUNS`` ("a 1-2 cutter", "a 2-3 loss") or
    after "count" ("with the count 1-2")."""
    if m.group("sep") not in ("-", "–"):
        return False
    after = token_at(doc, m.end())
    if after is not None and after.lemma_.lower() in TALLY_NOUNS:
        return True
    before = re.findall(r"[a-z]+", doc_text(doc)[max(0, m.start() - 20) : m.start()].lower())
    return bool(before) and before[-1] in ("count", "at") and "count" in before[-3:]


def _half_position(text: str, start: int) -> bool:
    """ "half" after a word of position ("first", "bottom", "upper"): part of a place in an
    order, not a half of something counted."""
    before = re.search(r"([A-Za-z0-9]+)[\s-]+$", text[max(0, start - 12) : start])
    return before is not None and before.group(1).lower() in HALF_POSITIONS


#: "1 of 10" with nothing counted after it ("Open gallery 1 of 10 Reuters ...").
_COUNTER = re.compile(r"(?P<first>\d+) of (?P<second>\d+)(?=[ \t]+[A-Z]|[ \t]*(?:\n|$|[:)\]|]))")
#: Words of a picture gallery ("image", "slide").
_GALLERY_WORDS = word_set("gallery_word")
#: "Image 3 of 12", "Photo: 2 of 8": a counter after a gallery's word, whatever follows.
_GALLERY_COUNTER = re.compile(
    rf"\b(?:{alternation(word_set('gallery_word'))}):?\s+"
    r"(?P<first>\d+)\s+of\s+(?P<second>\d+)",
    re.IGNORECASE,
)


#: "1 of 11 photos", "Slide 2 of 9 pictures": a counter followed by a gallery's word (plural).
_COUNTER_BEFORE_GALLERY = re.compile(
    rf"(?P<first>\d+) of (?P<second>\d+)\s+(?:{alternation(word_set('gallery_word'))})s?\b",
    re.IGNORECASE,
)
#: "N of M" opening a line ("\n3 of 14.", "\n1 of 14 next previous"): a counter unless the
#: words after it are what it counts (``_counts_after``).
_LINE_COUNTER = re.compile(r"(?:^|\n)[ \t]*(?P<first>\d+) of (?P<second>\d+)\b")


def _is_counter(doc: Doc, start: int, end: int) -> bool:
    """A digit pair "N of M" that counts nothing named after it, after or before a gallery's
    word ("Image 3 of 12", "1 of 11 photos"), or opening a line with no plural noun it counts
    after it ("3 of 14." alone, "1 of 14 next previous"): a page or gallery counter
    (figures17, from invented page furniture)."""
    text = doc_text(doc)
    for found in _LINE_COUNTER.finditer(text, max(0, start - 20), min(len(text), end + 12)):
        if start not in (found.start("first"), found.start("second")):
            continue
        if int(found.group("first")) <= int(found.group("second")) and not _counts_after(
            doc, found.end("second")
        ):
            return True
    for pattern in (_COUNTER, _GALLERY_COUNTER, _COUNTER_BEFORE_GALLERY):
        for found in pattern.finditer(text, max(0, start - 20), min(len(text), end + 12)):
            for group in ("first", "second"):
                if (found.start(group), found.end(group)) == (start, end):
                    return True
    return False


def _counts_after(doc: Doc, end: int) -> bool:
    """Whether a plural noun other than a gallery's word follows the number ending at
    ``end``, right after it or after one adjective ("3 of 14 senators", "of 14 young
    voters"): what "N of M" counts."""
    token = token_at(doc, end + 1)
    for _ in range(2):
        if token is None or token.is_punct or token.is_sent_start:
            return False
        if token.tag_ in ("NNS", "NNPS"):
            return token.lemma_.lower() not in _GALLERY_WORDS
        if token.pos_ != "ADJ" or token.i + 1 >= len(doc):
            return False
        token = doc[token.i + 1]
    return False


def read_number(doc: Doc, m: re.Match[str]) -> Number | None:
    """Value, range, bound and sign of a pattern match, or None when it is not a figure."""
    vague = m.groupdict().get("vague")
    if vague:
        least, most = VAGUE_PLURALS[re.sub(r"\s+", " ", vague.lower())]
        return Number(least, least, most, Bound.RANGE, None, False)
    if excluded(doc, m):
        return None
    number = parse_number(m.group("num"))
    if number is None:
        return None
    if m.group("neg"):
        number = -number
    scale_word = m.group("scale")
    if not scale_word and not m.group("num2"):
        shared = SHARED_SCALE.match(doc_text(doc), m.end())
        following = parse_number(shared.group("num")) if shared else None
        if shared and shared.group("scale") and following is not None and abs(number) < following:
            scale_word = shared.group("scale")  # "rose from 5 to 7 million": 5 million
    value = number * scale(scale_word)
    low = high = None
    bound = BOUNDS.get((m.group("bound") or "").lower(), Bound.EXACT)
    if m.group("sub"):
        bound = Bound.LESS_THAN  # "sub-7 nanometre"
    if m.group("num2"):
        written = parse_number(m.group("num2"))
        if written is None:
            return None
        second = written * scale(m.group("scale2") or m.group("scale"))
        if not m.group("scale") and m.group("scale2") and number < written:
            value *= scale(m.group("scale2"))  # "5 to 7 million", not "900,000 to 1.2 million"
        if second <= value:
            return None  # "5-3" scores, "2-1" votes: not a range
        if _tally(doc, m):
            return None  # "a 1-2 cutter", "the count 0-2", "a 2-3 loss": not a range
        low, high, bound = value, second, Bound.RANGE
    sign = m.group("sign") or m.group("sign2")
    return Number(value, low, high, bound, sign, bool(m.group("percent") or m.group("percent1")))


def not_a_range(text: str, m: re.Match[str]) -> bool:
    """Two numbers joined by "to" or "and" that are two figures, not a range: "rose from 2.4
    million to 3.9 million", "grew by $12.5 billion to $310.4 billion", "USD1,700 and INR1
    trillion", numbers out of order ("in 2019 to 4.2 million")."""
    if not m.group("num2"):
        return False
    sep = m.group("sep").lower()
    between = (m.group("between") or "").lower()
    if (m.group("percent1") and not m.group("percent")) or (
        m.group("sign2") and not m.group("sign")
    ):
        return True  # "up 7.5 per cent to $61": a change, then a level
    if sep == "and":
        return between != "between"
    if sep == "or":
        return not _near(m)
    if sep != "to":
        return False
    before = text[: m.start()].rstrip().lower()
    if before.endswith(" by"):
        return True  # "grew by $12.5 billion to $310.4 billion"
    if between == "from" or before.endswith(" from"):
        return _changes(before)
    first, second = parse_number(m.group("num")), parse_number(m.group("num2"))
    return first is not None and second is not None and second <= first and not m.group("scale2")


def _near(m: re.Match[str]) -> bool:
    """ "four or five times", "10 or 12 people": two close numbers of one kind are a rough
    range; "1 or 20" are alternatives."""
    first, second = parse_number(m.group("num")), parse_number(m.group("num2"))
    if first is None or second is None:
        return False
    if m.group("scale") and (m.group("scale2") or "").strip() != m.group("scale").strip():
        return False  # "2 million or 3": two different kinds
    return first < second and (second - first == 1 or second <= 2 * first)


#: Where the clause of a "from" begins: the last clause mark before it.
_CLAUSE_MARK = re.compile(r"[,;:.!?()\u2013\u2014]|\s-\s")
#: How many words before "from" may hold the change word of its clause ("rose sharply last
#: year from").
CHANGE_WINDOW_WORDS = 8


def _changes(before: str) -> bool:
    """ "from X to Y" is a change from one figure to another when a change word comes before
    it in its clause ("rose from 2.4 million to 3.9 million", "fell last year from 70 to
    50"); otherwise it is a range ("flats that go from $900,000 to $1.2 million", "houses
    from $600,000 to $1 million")."""
    clause = _CLAUSE_MARK.split(before)[-1]
    words = re.findall(r"[a-z]+", clause)[-CHANGE_WINDOW_WORDS:]
    return any(word in CHANGE_WORDS for word in words)


def start_of(m: re.Match[str]) -> int:
    """Where a figure starts: "from" belongs to a range only ("from 5 to 7"), not to a figure
    read alone ("rose from 2.4 million")."""
    groups = m.groupdict()
    if groups.get("between") and not groups.get("num2"):
        return min(m.start(g) for g in ("sub", "sign", "neg", "num") if m.group(g))
    return m.start()


def matches(text: str, is_figure: Callable[[re.Match[str]], bool]) -> Iterator[re.Match[str]]:
    """Figure and vague-plural matches in text order. Two numbers that are not a range, or a
    range that ``is_figure`` rejects ("in 2019 to 4.2 million"), are read one at a time."""
    vague = list(VAGUE.finditer(text))
    next_vague = 0
    pos = 0
    m = PATTERN.search(text)
    while True:
        while next_vague < len(vague) and vague[next_vague].start() < pos:
            next_vague += 1
        if m is not None and m.start() < pos:
            m = PATTERN.search(text, pos)
        if next_vague < len(vague) and (m is None or vague[next_vague].start() < m.start()):
            v = vague[next_vague]
            pos = v.end()
            yield v
            continue
        if m is None:
            return
        found = m
        if found.group("num2") and (not_a_range(text, found) or not is_figure(found)):
            found = SINGLE.match(text, found.start()) or found
        pos = max(found.end(), pos + 1)
        yield found
