"""Time stage: find temporal expressions, type them (TIMEX3 DATE, TIME, DURATION, SET) and
normalise their values against the publication date.

Recognition is a set of patterns over the text (months, weekdays, numbers, units, relative
words); normalisation uses the publication date as anchor and the tense of the governing verb
to choose between the last and the next occurrence ("on Friday" in a past-tense clause is the
Friday before publication). An expression that needs the anchor when the article has no
publication date keeps an unresolved value with ``X`` digits (``XXXX-04``) and says so.

Output: ``doc.spans["newsclaims_times"]`` (label = TIMEX3 type) and ``doc._.newsclaims_times``
(a list of ``TimeDraft``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from functools import cache

from dateutil.easter import easter
from spacy.language import Language
from spacy.tokens import Doc, Token

from newsclaims import settings
from newsclaims.extract.guard import guarded
from newsclaims.extract.scan import Scanner, alternation
from newsclaims.extract.spans import doc_text
from newsclaims.lexicons import month_names, weekday_names

#: Month names and abbreviations and their numbers: the shared list (``month_names.tsv``).
MONTHS = month_names()
#: Days of the week and abbreviations and their numbers, Monday 0 (``weekday_names.tsv``).
WEEKDAYS = weekday_names()
NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "ninety": 90, "hundred": 100, "couple": 2, "a couple of": 2, "couple of": 2, "half": 0.5, "a half": 0.5,
}  # fmt: skip
VAGUE_NUMBERS = ("several", "a few", "few", "many", "some", "a number of", "numerous")
UNITS = {
    "second": ("T", "S"), "minute": ("T", "M"), "hour": ("T", "H"), "day": ("", "D"),
    "week": ("", "W"), "month": ("", "M"), "year": ("", "Y"), "decade": ("", "DE"),
    "century": ("", "CE"), "quarter": ("", "Q"), "weekend": ("", "WE"),
}  # fmt: skip
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
}
VAGUE = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "current": "PRESENT_REF",
    "nowadays": "PRESENT_REF", "these days": "PRESENT_REF", "at the moment": "PRESENT_REF",
    "at present": "PRESENT_REF", "the present": "PRESENT_REF", "recently": "PAST_REF",
    "recent": "PAST_REF", "the past": "PAST_REF", "the future": "FUTURE_REF",
    "recent years": "PAST_REF", "the near future": "FUTURE_REF", "the near term": "FUTURE_REF",
    "a later date": "FUTURE_REF", "then current": "PAST_REF", "then-current": "PAST_REF",
    "more recently": "PAST_REF",
}  # fmt: skip
SETS = {
    "daily": "P1D", "weekly": "P1W", "monthly": "P1M", "yearly": "P1Y", "annually": "P1Y",
    "hourly": "PT1H", "nightly": "P1D",
}  # fmt: skip


def _alternation(words: Iterable[str]) -> str:
    return alternation(words)


_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_MONTH = (
    rf"(?P<month>{_alternation(_FULL_MONTHS)}"
    rf"|(?:{_alternation(m for m in MONTHS if m not in _FULL_MONTHS)})\.?)"
)
_WEEKDAY = rf"(?P<weekday>{_alternation(WEEKDAYS)})"


#: Words that multiply the number before them ("two thousand years", "a hundred days").
MULTIPLIERS = {"hundred": 100, "thousand": 1000}
_NUM = (
    rf"(?P<num>(?:\d+|{_alternation(NUMBERS)}|{_alternation(VAGUE_NUMBERS)})\s+"
    rf"(?:{_alternation(MULTIPLIERS)})"
    rf"|\d+(?:\.\d+)?|{_alternation(NUMBERS)}|{_alternation(VAGUE_NUMBERS)})"
)
#: A half after a whole number ("2 1/2 years", "two and a half years", "a minute and a half").
_HALF = r"(?P<half>\s+1/2|\s+and\s+a\s+half|-and-a-half)?"
#: An amount of units: a number, a half, the end of a range ("two to three weeks": TimeML
#: gives the first), a word that says which units are counted ("two more weeks", "eight
#: trading days"), the unit, a half after it.
_AMOUNT = (
    rf"{_NUM}{_HALF}(?:\s+(?:to|or)\s+(?:\d+|{_alternation(NUMBERS)}))?[\s-]+"
    r"(?:(?:more|additional|further|trading|business|working|straight|consecutive|full)\s+)?"
    rf"{{unit}}(?P<half2>\s+and\s+a\s+half)?"
)
_UNIT = rf"(?P<unit>{_alternation(UNITS)}|centuries)s?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:1[6-9]|20)\d\d)"


@dataclass(frozen=True, slots=True)
class TimeDraft:
    """A time expression found in the text."""

    start: int
    """Character offset of the first character."""
    end: int
    """Character offset after the last character."""
    type: str
    """DATE, TIME, DURATION or SET."""
    value: str
    """TIMEX3 value; ``X`` digits where the anchor is missing."""
    anchored: bool
    """Whether the value depends on the publication date."""


@dataclass(frozen=True, slots=True)
class _Window:
    """Words looked for beside an expression, within ``width`` characters of it: every rule
    that reads the text just before or after an expression reads it through one of these."""

    pattern: re.Pattern[str]
    """What to find; a pattern read ``before`` ends in ``$`` to sit right before."""
    width: int
    """How many characters before the expression's start (or after its end) are read."""

    def before(self, text: str, start: int) -> re.Match[str] | None:
        """The pattern in the window ending at ``start``; a word boundary at the window's
        edge sees the character before it (unlike a slice of the text)."""
        return self.pattern.search(text, max(0, start - self.width), start)

    def after(self, text: str, end: int) -> re.Match[str] | None:
        """The pattern starting right at ``end``, within the window."""
        return self.pattern.match(text, end, end + self.width)


def _window(pattern: str, width: int) -> _Window:
    return _Window(re.compile(pattern, re.IGNORECASE), width)


#: A deadline word right before an expression: what follows is ahead of the DCT.
_UNTIL = _window(r"\b(?:until|till|effective|no\s+later\s+than|as\s+(?:soon|early)\s+as)\s+$", 30)


#: "since" right before an expression: what follows is before the DCT ("since year-end").
_SINCE = _window(r"\bsince\s+$", 8)


@dataclass
class _Context:
    doc: Doc
    dct: date | None
    match: re.Match[str]
    text: str
    """``doc.text``, read once per document (spaCy joins every token on each access)."""
    stamp: datetime | None = None
    """The publication stamp with its time of day, when the input gave one."""

    def before(self, window: _Window) -> re.Match[str] | None:
        """What ``window`` finds right before the expression."""
        return window.before(self.text, self.match.start())

    def after(self, window: _Window) -> re.Match[str] | None:
        """What ``window`` finds right after the expression."""
        return window.after(self.text, self.match.end())

    def after_since(self) -> bool:
        """Whether "since" comes right before the expression ("since Nov. 10")."""
        return self.before(_SINCE) is not None

    def tense(self) -> str | None:
        """past, future or present of the verb governing the expression, if any; "future"
        after a deadline word ("until 9 a.m. Tuesday", "effective Feb. 1"), "past" after
        "since"."""
        if self.before(_UNTIL):
            return "future"
        if self.after_since():
            return "past"
        span = self.doc.char_span(self.match.start(), self.match.end(), alignment_mode="expand")
        if span is None:
            return None
        token: Token | None = span.root
        for _ in range(6):
            if token is None:
                return None
            if token.pos_ in ("VERB", "AUX") and not _plan_of_a_noun(token):
                return _tense_of(token)
            if token.head == token:
                return None
            token = token.head
        return None

    def group(self, name: str) -> str | None:
        value = self.match.groupdict().get(name)
        return value.lower() if value else None


#: Verbs whose date is when something is to happen, whatever their own tense.
SCHEDULING_VERBS = frozenset({"plan", "schedule", "reschedule", "postpone", "delay"})

#: Words after which a verb names what is to happen ("expected to arrive", "due to expire").
_TO_HAPPEN = frozenset({"expect", "plan", "schedule", "set", "due"})


def _plan_of_a_noun(verb: Token) -> bool:
    """ "the service planned for Saturday was canceled": a scheduling participle that
    describes a noun has no tense of its own; the clause the noun is in gives it."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.lemma_ in SCHEDULING_VERBS


def _in_past_perfect(word: Token) -> bool:
    """Whether a word's clause is in the past perfect ("had been due", "had planned")."""
    verb = word if word.pos_ in ("VERB", "AUX") else word.head
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in verb.children)


#: Modals that put a passive ahead of the time it is told in ("would be announced Sunday").
_AHEAD_MODALS = frozenset({"would", "may", "might", "should", "must"})


def _tense_of(verb: Token) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & {"will", "'ll", "shall", "wo"} or (
        verb.lower_ == "going" and any(c.dep_ == "xcomp" for c in verb.children)
    ):
        return "future"
    if verb.dep_ == "xcomp" and verb.head.lemma_ in _TO_HAPPEN:
        # "had been set to end Monday": what was to happen lies before the narration
        return "past" if _in_past_perfect(verb.head) else "future"
    if verb.tag_ in ("VB", "VBG") and any(a.tag_ == "MD" for a in auxes):
        return "future"  # "might come as soon as Tuesday", "would be traveling Thursday"
    if verb.tag_ == "VBN" and words & _AHEAD_MODALS and "be" in words:
        # the passive of the same: "would be announced on Sunday", "may be signed Friday"
        # ("would have been signed" has "been": a past; "could be located Wednesday" is the
        # past of "can")
        return "future"
    if verb.lemma_ in SCHEDULING_VERBS:
        return "future"  # "scheduled a news conference Thursday", "postponed until Tuesday"
    if verb.tag_ in ("VBD",) or any(a.tag_ in ("VBD",) for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and words & {"has", "have", "had"}:
        return "past"
    if verb.tag_ == "VBN" and not auxes and any(c.dep_ == "nsubj" for c in verb.children):
        return "past"  # "the plant reopened in January" tagged as a participle: a past tense
    if verb.tag_ in ("VBZ", "VBP") or words & {"is", "are", "am"}:
        return "present"
    if verb.dep_ == "xcomp" and verb.tag_ in ("VB", "VBG") and verb.head.pos_ in ("VERB", "AUX"):
        return _tense_of(verb.head)  # "will start offering shots in October": start's tense
    return None


def _number(text: str | None) -> float | None:
    if text is None:
        return None
    head, _, multiplier = text.rpartition(" ")
    if multiplier in MULTIPLIERS:  # "two thousand": 2000; "several hundred": unknown
        base = _number(re.sub(r"\s+", " ", head).strip())
        return None if base is None else base * MULTIPLIERS[multiplier]
    if text in NUMBERS:
        return float(NUMBERS[text])
    try:
        return float(text)
    except ValueError:
        return None


def _fmt_number(value: float) -> str:
    return str(int(value)) if value == int(value) else str(value)


#: A fraction of a unit written in the next smaller one, as TimeML does ("2 1/2 years" is
#: P2Y6M, "5 1/2 hours" PT5H30M): letter -> (the smaller letter, how many make the unit).
_SMALLER = {"Y": ("M", 12), "H": ("M", 60), "TM": ("S", 60), "D": ("H", 24)}


def _period(time_part: str, number: float, letter: str) -> str:
    """A TIMEX3 duration of ``number`` units: ``P2Y6M``, ``PT5H30M``, ``P3D``."""
    whole = int(number)
    smaller = _SMALLER.get(time_part + letter if letter == "M" else letter)
    if number == whole or smaller is None:
        return f"P{time_part}{_fmt_number(number)}{letter}"
    small_letter, per = smaller
    rest = _fmt_number(round((number - whole) * per, 3))
    if letter == "D":
        return f"P{whole}DT{rest}{small_letter}"
    return f"P{time_part}{whole}{letter}{rest}{small_letter}"


def _amount(ctx: _Context) -> float | None:
    """The number of units a match counts, with its half ("2 1/2" -> 2.5)."""
    number = _number(ctx.group("num"))
    if number is not None and (ctx.group("half") or ctx.group("half2")):
        number += 0.5
    return number


def _iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _quarter(day: date) -> int:
    return (day.month - 1) // 3 + 1


def _last_quarter(day: date) -> tuple[int, int]:
    """(year, quarter) of the last quarter completed on ``day``: the one earnings report."""
    current = _quarter(day)
    return (day.year, current - 1) if current > 1 else (day.year - 1, 4)


def _shift_months(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


#: A month-day within this many days after the DCT stays in the DCT's year even in a
#: past-tense sentence (dates announced for the near future).
FUTURE_DATE_DAYS = 92


#: Without a tense, a month this many months after the DCT's is read as ahead of it.
NEAR_MONTHS_AHEAD = 3


def _days_ahead(dct: date, month: int, day: int) -> int:
    try:
        return (date(dct.year, month, day) - dct).days
    except ValueError:
        return -1


#: "last" or "next" right before a month-day ("last Oct. 23"): TimeML leaves it out of the
#: extent, but it still says which Oct. 23.
_REL_DAY = _window(r"\b(last|next)\s+$", 6)


def _rel_before_day(ctx: _Context, day: int | None) -> str | None:
    if day is None:
        return None
    found = ctx.before(_REL_DAY)
    return found.group(1).lower() if found else None


def _year_for_month(ctx: _Context, month: int, day: int | None = None) -> str:
    """The year of a month (and day) without a year.

    "last"/"next" and the tense of the governing verb choose the occurrence before or after
    the DCT; without either, the occurrence nearest the DCT.
    """
    if ctx.dct is None:
        return "XXXX"
    dct = ctx.dct
    rel = ctx.group("rel") or _rel_before_day(ctx, day)
    candidate = (month, day or 1)
    now = (dct.month, dct.day if day else 1)
    if rel == "last":
        return str(dct.year - 1 if candidate >= now else dct.year)
    if rel == "next":
        return str(dct.year + 1 if candidate <= now else dct.year)
    if rel == "this":  # "this September": the one of the publication year
        return str(dct.year)
    if ctx.after_since():
        return str(dct.year - 1 if candidate > now else dct.year)  # "since Nov. 10": before
    tense = ctx.tense()
    if tense == "past" and day is not None and 0 < _days_ahead(dct, month, day) <= FUTURE_DATE_DAYS:
        # "declared a dividend payable Nov. 10": a date set in a past-tense sentence
        return str(dct.year)
    months_ahead = (month - dct.month) % 12
    if tense == "past" and day is None and months_ahead == 1:
        return str(dct.year + 1 if month < dct.month else dct.year)  # "a cutback in September"
    if tense == "past":
        return str(dct.year - 1 if candidate > now else dct.year)
    if tense == "future":
        return str(dct.year + 1 if candidate < now else dct.year)
    # no tense: news mostly reports the past; only the next few months are ahead
    if months_ahead > NEAR_MONTHS_AHEAD:
        return str(dct.year - 1 if month > dct.month else dct.year)
    return str(dct.year + 1 if month < dct.month else dct.year)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The ``n``-th (1-based; -1 for the last) ``weekday`` (Monday 0) of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    following = date(year + (month == 12), month % 12 + 1, 1)
    last = following - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


#: Holidays news dates things by: name -> the day in a given year (US federal rules where a
#: holiday is national).
HOLIDAYS: dict[str, Callable[[int], date]] = {
    "new year's day": lambda y: date(y, 1, 1),
    "new year's eve": lambda y: date(y, 12, 31),
    "valentine's day": lambda y: date(y, 2, 14),
    "independence day": lambda y: date(y, 7, 4),
    "halloween": lambda y: date(y, 10, 31),
    "veterans day": lambda y: date(y, 11, 11),
    "christmas eve": lambda y: date(y, 12, 24),
    "christmas day": lambda y: date(y, 12, 25),
    "christmas": lambda y: date(y, 12, 25),
    "easter sunday": easter,
    "easter": easter,
    "good friday": lambda y: easter(y) - timedelta(days=2),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    # the Tuesday after the first Monday of November
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + timedelta(days=1),
}
_HOLIDAY = _alternation(HOLIDAYS).replace("'", "['\u2019]").replace(r"\ ", r"\s+")


# -- handlers: each returns (type, value, anchored) or None ---------------------------------

Result = tuple[str, str, bool] | None


def _capital_month(ctx: _Context) -> bool:
    """Month names count only capitalised ("March", not "march" or "may")."""
    return ctx.match.group("month")[:1].isupper()


def _day_of_month(ctx: _Context, with_year: bool) -> Result:
    """ "Aug. 7, 1998" (with_year) or "Aug. 7" (its year chosen around the DCT)."""
    if not _capital_month(ctx):
        return None
    month = MONTHS[(ctx.group("month") or "").rstrip(".")]
    day = int(ctx.group("day") or 0)
    if not 1 <= day <= 31:
        return None
    year = ctx.group("year") if with_year else _year_for_month(ctx, month, day)
    return "DATE", f"{year}-{month:02d}-{day:02d}", not with_year


def _full_date(ctx: _Context) -> Result:
    return _day_of_month(ctx, with_year=True)


def _iso_date(ctx: _Context) -> Result:
    return "DATE", ctx.match.group(0), False


def _month_day(ctx: _Context) -> Result:
    return _day_of_month(ctx, with_year=False)


def _month_year(ctx: _Context) -> Result:
    if not _capital_month(ctx):
        return None
    return (
        "DATE",
        f"{ctx.group('year')}-{MONTHS[(ctx.group('month') or '').rstrip('.')]:02d}",
        False,
    )


def _month_relative_year(ctx: _Context) -> Result:
    """ "June last year", "January this year", "March of next year"."""
    if not _capital_month(ctx):
        return None
    month = MONTHS[(ctx.group("month") or "").rstrip(".")]
    if ctx.dct is None:
        return "DATE", f"XXXX-{month:02d}", True
    year = ctx.dct.year + {"last": -1, "next": 1}.get(ctx.group("yrel") or "", 0)
    return "DATE", f"{year}-{month:02d}", True


def _half(ctx: _Context) -> Result:
    """ "the first half of 1990", "the last two quarters of 1989"."""
    half = 1 if ctx.group("half") == "first" else 2
    rel = ctx.group("yrel")
    if rel is None:
        return "DATE", f"{ctx.group('year')}-H{half}", False
    if ctx.dct is None:  # "the second half of next year"
        return "DATE", f"XXXX-H{half}", True
    year = ctx.dct.year + {"last": -1, "next": 1}.get(rel, 0)
    return "DATE", f"{year}-H{half}", True


def _clock_month_day(ctx: _Context) -> Result:
    """ "until 6 p.m. EST Dec. 3": the day with its clock time."""
    found = _day_of_month(ctx, with_year=False)
    clock = _clock_suffix(ctx)
    if found is None or clock is None:
        return None
    return "TIME", found[1] + clock, found[2]


def _month(ctx: _Context) -> Result:
    name = ctx.match.group("month")
    if not name[:1].isupper() or (name.lower() == "may" and not _looks_like_month_may(ctx)):
        return None
    if name.lower() not in _FULL_MONTHS and not name.endswith("."):
        return None  # "Jan Kavan": an abbreviation alone needs its full stop
    month = MONTHS[name.lower().rstrip(".")]
    return "DATE", f"{_year_for_month(ctx, month)}-{month:02d}", True


def _holiday(ctx: _Context) -> Result:
    name = ctx.match.group("holiday")
    if not name[:1].isupper():
        return None
    rule = HOLIDAYS[re.sub(r"[\s]+", " ", name.lower().replace("\u2019", "'"))]
    if ctx.group("year"):
        return "DATE", rule(int(ctx.group("year") or 0)).isoformat(), False
    if ctx.dct is None:
        return "DATE", "XXXX-XX-XX", True
    this_year = rule(ctx.dct.year)
    year = _year_for_month(ctx, this_year.month, this_year.day)
    return "DATE", rule(int(year)).isoformat(), True


#: A word before "May" that makes it the month ("in May", "early May"), not the verb.
_MAY_BEFORE = _window(r"\b(?:in|since|until|by|of|early|late|mid|last|next|this)[\s-]*$", 12)


def _looks_like_month_may(ctx: _Context) -> bool:
    if ctx.group("rel"):
        return True  # "last May", "next May"
    return ctx.before(_MAY_BEFORE) is not None


def _counts_a_noun(ctx: _Context) -> bool:
    """ "2000 people", "nineteen ninety people": a number before a plural noun is a count."""
    span = ctx.doc.char_span(ctx.match.start(), ctx.match.end(), alignment_mode="expand")
    if span is None or span.end >= len(ctx.doc):
        return False
    after = ctx.doc[span.end]
    return after.pos_ == "NOUN" and after.tag_ == "NNS"


def _year(ctx: _Context) -> Result:
    if _counts_a_noun(ctx):
        return None
    return "DATE", ctx.group("year") or "", False


_ONES = ("one two three four five six seven eight nine").split()
_TEENS = ("ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = ("twenty thirty forty fifty sixty seventy eighty ninety").split()
_WORD_VALUES = (
    {w: i + 1 for i, w in enumerate(_ONES)}
    | {w: i + 10 for i, w in enumerate(_TEENS)}
    | {w: 10 * (i + 2) for i, w in enumerate(_TENS)}
)
#: A year in words, as broadcast transcripts write it: "nineteen ninety-six", "two thousand".
_SPELLED_YEAR = (
    rf"(?P<spelled>(?:nineteen|eighteen)[\s-]+(?:(?:{'|'.join(_TENS)})(?:[\s-]+(?:{'|'.join(_ONES)}))?"
    rf"|{'|'.join(_TEENS)}|hundred)|two\s+thousand(?:\s+(?:and\s+)?(?:{'|'.join(_TEENS + _ONES)}))?)"
)


def _spelled_year(text: str) -> int | None:
    """1996 from "nineteen ninety-six", 2001 from "two thousand and one"."""
    words = [w for w in re.split(r"[\s-]+", text.lower()) if w != "and"]
    value = _WORD_VALUES
    if words[:2] == ["two", "thousand"]:
        return 2000 + sum(value.get(w, 0) for w in words[2:])
    if words[0] not in value or len(words) < 2:
        return None
    if words[1] == "hundred":
        return value[words[0]] * 100
    return value[words[0]] * 100 + sum(value.get(w, 0) for w in words[1:])


def _year_in_words(ctx: _Context) -> Result:
    year = _spelled_year(ctx.match.group("spelled"))
    if year is None or _counts_a_noun(ctx):
        return None
    if ctx.match.groupdict().get("month"):
        if not _capital_month(ctx):
            return None
        return "DATE", f"{year}-{MONTHS[(ctx.group('month') or '').rstrip('.')]:02d}", False
    return "DATE", str(year), False


#: Decades in words ("the nineties"): the twentieth century's, as news means them.
DECADE_WORDS = {
    "twenties": "192", "thirties": "193", "forties": "194", "fifties": "195", "sixties": "196",
    "seventies": "197", "eighties": "198", "nineties": "199",
}  # fmt: skip
#: Ordinal words of centuries.
CENTURY_WORDS = {
    "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "twenty-first": 21,
}  # fmt: skip


def _century(ctx: _Context) -> Result:
    """ "the 20th century", "the nineteenth century": TIMEX3 writes the century's first two
    digits (``19``)."""
    word = ctx.group("century") or ""
    number = CENTURY_WORDS.get(word) or int(re.sub(r"\D", "", word) or 0)
    if not 1 <= number <= 21:
        return None
    return "DATE", f"{number - 1:02d}", False


def _decade(ctx: _Context) -> Result:
    if ctx.group("decadeword"):
        return "DATE", DECADE_WORDS[ctx.group("decadeword") or ""], False
    # the year as written ("the 2010s" is 201, not the 1910s); two digits are the 1900s'
    digits = re.sub(r"\D", "", ctx.match.group())
    if len(digits) == 2:
        digits = "19" + digits
    return "DATE", digits[:3], False


#: Words before "fall" or "spring" that make it the season, not the verb ("could fall
#: through", "spring up").
_SEASON_BEFORE = _window(
    r"\b(?:the|in|this|last|next|early|late|mid|that|each|every|by|until|since)[\s-]+$", 12
)


def _season(ctx: _Context) -> Result:
    word = ctx.group("season") or ""
    season = SEASONS[word]
    if (
        word in ("fall", "spring")
        and not (ctx.group("rel") or ctx.group("year") or ctx.group("lead") or ctx.group("mod"))
        and not ctx.before(_SEASON_BEFORE)
    ):
        return None
    if (
        word in ("fall", "spring")
        and not (ctx.group("year") or ctx.group("yrel"))
        and ctx.after(_OF)
    ):
        return None  # "the fall of the Berlin Wall": the noun, not the season
    if ctx.group("year"):
        return "DATE", f"{ctx.group('year')}-{season}", False
    if ctx.dct is None:
        return "DATE", f"XXXX-{season}", True
    if ctx.group("yrel"):  # "the spring of last year"
        year = ctx.dct.year + {"last": -1, "next": 1}.get(ctx.group("yrel") or "", 0)
        return "DATE", f"{year}-{season}", True
    return "DATE", f"{_season_year(ctx, ctx.dct, season)}-{season}", True


#: The first month of each season; a season lasts three months and is labelled with the
#: year it begins in (``2024-WI`` is December 2024 to February 2025, as ``intervals`` reads it).
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def _season_year(ctx: _Context, dct: date, season: str) -> int:
    """The year of a season named without one.

    "last summer" is the latest summer that has ended by the publication date (written in
    November 2016: 2016; in August 2016: 2015); "next summer" the first that has not begun.
    A bare season ("in the spring") takes the tense: in a past-tense clause the latest that
    has begun, in a future-tense one the first that has not ended. Otherwise ("this summer",
    no tense) the publication year's, or the winter under way in January and February.
    """
    rel = ctx.group("rel")
    months = dct.year * 12 + dct.month - 1 - (SEASON_START[season] - 1)  # since Y's start
    begun, ended = months // 12, (months - 3) // 12
    if rel == "last":
        return ended
    if rel == "next":
        return begun + 1
    tense = ctx.tense() if rel is None else None
    if tense == "past":
        return begun
    if tense == "future":
        return ended + 1
    return begun if season == "WI" and dct.month < 3 else dct.year


def _quarter_expr(ctx: _Context) -> Result:
    which = ctx.group("ordinal") or ctx.group("ordinal2") or ""
    if ctx.dct is None:
        number = ORDINALS.get(which)
        return "DATE", f"XXXX-Q{number}" if number else "XXXX-QX", True
    current = _quarter(ctx.dct)
    if which in ORDINALS:
        number = ORDINALS[which]
        year = ctx.dct.year - (1 if number > current else 0)
        if number > current and ctx.tense() in ("future", "present"):
            year = ctx.dct.year  # "sales will rise in the fourth quarter": this year's
        if ctx.group("year") or ctx.group("year0"):
            year = int(ctx.group("year") or ctx.group("year0") or year)
        elif ctx.group("yrel") or ctx.group("yrel2"):
            # "next year's first quarter", "the second quarter of last year"
            rel = ctx.group("yrel") or ctx.group("yrel2") or ""
            year = ctx.dct.year + {"last": -1, "next": 1}.get(rel, 0)
        if ctx.group("ago"):  # "the year-ago third quarter"
            year -= 1
        return "DATE", f"{year}-Q{number}", not (ctx.group("year") or ctx.group("year0"))
    # "the quarter", "the latest quarter", "last quarter": the last one completed
    year, number = _last_quarter(ctx.dct)
    if which in ("this", "current"):
        year, number = ctx.dct.year, current
    return "DATE", f"{year}-Q{number}", True


def _year_quarter(ctx: _Context) -> Result:
    """ "the 1988 quarter", "the 1989 period" in an earnings report: the reporting quarter
    (the last one completed at the DCT) of that year."""
    if ctx.dct is None:
        return "DATE", f"{ctx.group('year')}-QX", False
    return "DATE", f"{ctx.group('year')}-Q{_last_quarter(ctx.dct)[1]}", False


def _last_year_quarter(ctx: _Context) -> Result:
    """ "the quarter a year ago", "the corresponding period last year", "last year's
    quarter": the reporting quarter (the last completed at the DCT), a year back."""
    if ctx.dct is None:
        return "DATE", "XXXX-QX", True
    year, number = _last_quarter(ctx.dct)
    return "DATE", f"{year - 1}-Q{number}", True


_USA = _window(r"\bUSA\s+$", 4)


def _relative_day(ctx: _Context) -> Result:
    word = re.sub(r"\s+", " ", ctx.group("word") or "")
    if word == "today" and ctx.before(_USA):
        return None  # the newspaper USA Today
    offsets = {
        "today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "before yesterday": -2,
        "after tomorrow": 2,
    }  # fmt: skip
    part = {"tonight": "TNI"}.get(word, "")
    if ctx.group("part"):
        part = "T" + PARTS_OF_DAY[ctx.group("part") or ""]
    kind = "TIME" if part else "DATE"
    if ctx.dct is None:
        return kind, "XXXX-XX-XX" + part, True
    return kind, (ctx.dct + timedelta(days=offsets[word])).isoformat() + part, True


def _this_part(ctx: _Context) -> Result:
    part = "T" + PARTS_OF_DAY[ctx.group("part") or ""]
    if ctx.dct is None:
        return "TIME", "XXXX-XX-XX" + part, True
    day = ctx.dct - timedelta(days=1) if ctx.group("rel") == "last" else ctx.dct
    return "TIME", day.isoformat() + part, True


def _weekday(ctx: _Context) -> Result:
    name = ctx.match.group("weekday")
    if not name[:1].isupper():
        return None
    weekday = WEEKDAYS[name.lower()]
    clock = _clock_suffix(ctx)
    part = ctx.group("part")
    suffix = clock or ("T" + PARTS_OF_DAY[part] if part else "")
    kind = "TIME" if suffix else "DATE"
    if ctx.dct is None:
        return kind, "XXXX-XX-XX" + suffix, True
    rel = re.sub(r"\s+", " ", ctx.group("rel") or "") or None
    diff = weekday - ctx.dct.weekday()
    tense = ctx.tense()
    if rel in ("coming", "this coming"):
        rel = "next"  # "this coming Monday": the first one after the publication day
    elif rel == "this":
        # "this Friday": ahead in a future-tense clause, behind in a past-tense one, else
        # the one of the publication week
        rel = None if tense in ("past", "future") else "this"
    if rel == "this":
        delta = diff
    elif rel == "last":
        delta = diff if diff < 0 else diff - 7  # "last Wednesday", said on a Wednesday
    elif rel is None and tense == "past":
        delta = diff if diff <= 0 else diff - 7
    elif rel == "next" or (rel is None and tense == "future"):
        delta = diff if diff >= 0 else diff + 7
        if rel == "next" and delta == 0:
            delta = 7
    elif tense == "present":
        delta = diff if -3 <= diff <= 3 else (diff - 7 if diff > 3 else diff + 7)
    else:
        delta = diff if diff <= 0 else diff - 7  # news mostly reports what has happened
    return kind, (ctx.dct + timedelta(days=delta)).isoformat() + suffix, True


#: Named times of day and their clock value (TimeML writes midnight as the end of its day).
NAMED_TIMES = {"noon": "T12:00", "midday": "T12:00", "midnight": "T24:00"}


def _clock_suffix(ctx: _Context) -> str | None:
    """``Thh:mm`` of the clock time a match holds ("9 a.m.", "6.10am", "06:10", "noon"), or
    None when it holds none or an impossible one ("13 p.m.", "25:00")."""
    named = ctx.group("noon")
    if named:
        return NAMED_TIMES[named]
    hour_text = ctx.group("hour") or ctx.group("hour2") or ctx.group("hour3")
    if hour_text is None:
        return None
    minute_text = ctx.group("minute") or ctx.group("minute2") or ctx.group("minute3")
    hour, minute = int(hour_text), int(minute_text or 0)
    ampm = re.sub(r"[.\s]", "", ctx.group("ampm") or "")
    if ampm and not 1 <= hour <= 12:
        return None
    if ampm == "pm" and hour < 12:
        hour += 12
    if ampm == "am" and hour == 12:
        hour = 0
    return f"T{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else None


def _this_year(ctx: _Context) -> Result:
    """ "the year": the publication year; "the (fiscal) year ended March 31" is a span of one
    year (TimeML annotates it as the duration ``P1Y``)."""
    if ctx.after(_ENDED):
        return "DURATION", "P1Y", False
    return "DATE", str(ctx.dct.year) if ctx.dct else "XXXX", True


_ENDED = _window(r"\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to\s+end)\b", 24)


def _this_month(ctx: _Context) -> Result:
    """ "the end of the month": the publication month."""
    if ctx.dct is None:
        return "DATE", "XXXX-XX", True
    return "DATE", f"{ctx.dct.year}-{ctx.dct.month:02d}", True


def _the_weekend(ctx: _Context) -> Result:
    if ctx.dct is None:
        return "DATE", "XXXX-WXX-WE", True
    if ctx.tense() == "future":  # "will meet over the weekend": the coming one
        saturday = ctx.dct + timedelta(days=(5 - ctx.dct.weekday()) % 7)
        if ctx.dct.weekday() == 6:
            saturday = ctx.dct - timedelta(days=1)  # said on a Sunday: this weekend
    else:
        saturday = ctx.dct - timedelta(days=(ctx.dct.weekday() - 5) % 7)
    return "DATE", _iso_week(saturday) + "-WE", True


def _year_ago(ctx: _Context) -> Result:
    """ "the year-ago quarter": the last completed quarter, a year back; "the year-earlier
    period": the year before. Both are re-anchored on a date named before them, if any."""
    if ctx.dct is None:
        return "DATE", "XXXX", True
    if "quarter" in ctx.match.group(0).lower():
        year, number = _last_quarter(ctx.dct)
        return "DATE", f"{year - 1}-Q{number}", True
    return "DATE", str(ctx.dct.year - 1), True


_ANAPHORIC_SHIFT = {
    "following": 1, "next": 1, "after": 1, "previous": -1, "preceding": -1, "prior": -1,
    "before": -1,
}  # fmt: skip


def _shift_value(base: date, unit: str, shift: int) -> str:
    """``base`` moved by ``shift`` units, written at that unit's precision; for a weekday
    unit, the nearest such day before (``shift`` -1) or after (+1) ``base``, never ``base``
    itself ("the previous Friday" said of a Friday is the Friday a week before)."""
    if unit in WEEKDAYS:
        diff = WEEKDAYS[unit] - base.weekday()
        if shift < 0:
            return (base + timedelta(days=diff - 7 if diff >= 0 else diff)).isoformat()
        return (base + timedelta(days=diff + 7 if diff <= 0 else diff)).isoformat()
    if unit == "day":
        return (base + timedelta(days=shift)).isoformat()
    if unit == "week":
        return _iso_week(base + timedelta(weeks=shift))
    if unit == "month":
        index = base.year * 12 + base.month - 1 + shift
        return f"{index // 12}-{index % 12 + 1:02d}"
    return str(base.year + shift)


def _anaphoric(ctx: _Context) -> Result:
    """ "that day", "later that year", "the following week": relative to the date named
    before it (resolved in ``_resolve_anaphora``); the publication date until then."""
    if ctx.dct is None:
        return "DATE", "XXXX", True
    unit = ctx.group("unit") or "day"
    return (
        "DATE",
        _shift_value(ctx.dct, unit, _ANAPHORIC_SHIFT.get(ctx.group("dir") or "", 0)),
        True,
    )


def _anaphoric_weekday(ctx: _Context) -> Result:
    """ "the previous Friday", "the following Monday": TimeML's anaphoric weekday, the
    extent with its determiner; the nearest such day before or after the date named before
    it (resolved in ``_resolve_anaphora``), the publication date until then."""
    if ctx.dct is None:
        return "DATE", "XXXX-XX-XX", True
    shift = _ANAPHORIC_SHIFT[ctx.group("dir") or ""]
    return "DATE", _shift_value(ctx.dct, ctx.group("weekday") or "", shift), True


#: What a previous value gives as a base for each unit: its date and the precision it has.
_BASE = re.compile(r"^(\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T.*)?$")


def _resolve_anaphora(found: list[TimeDraft], marks: dict[int, tuple[str, int]]) -> list[TimeDraft]:
    """Give each "that day" / "the following year" the date named last before it, moved by
    its shift, when that date is precise enough for the unit."""
    out: list[TimeDraft] = []
    base: re.Match[str] | None = None
    for draft in found:
        mark = marks.get(draft.start)
        if mark is not None and base is not None:
            unit, shift = mark
            year, month, day = base.group(1), base.group(2), base.group(3)
            needs_day = unit in ("day", "week") or unit in WEEKDAYS
            if (needs_day and day) or (unit == "month" and month) or unit == "year":
                anchor = date(int(year), int(month or 1), int(day or 1))
                value = _shift_value(anchor, unit, shift)
                draft = TimeDraft(draft.start, draft.end, draft.type, value, draft.anchored)  # noqa: PLW2901
        elif mark is None and draft.type in ("DATE", "TIME"):
            base = _BASE.match(draft.value) or base
        out.append(draft)
    return out


#: What may come right before a sentence's first word: the text's start, a sentence end or a
#: line break, then opening quotes or brackets.
_SENTENCE_START = _window(r"(?:^|[.!?:]\s+|\n)[\"'\u201c\u2018(\[]*\s*$", 12)


def _is_title(ctx: _Context) -> bool:
    """ "ABC's \"This Week\"": every word capitalised inside a sentence makes the expression
    a name (a programme, a publication), which TimeML does not mark as a time."""
    words = ctx.match.group(0).split()
    return (
        len(words) > 1
        and all(w[:1].isupper() for w in words)
        and ctx.before(_SENTENCE_START) is None
    )


def _relative_unit(ctx: _Context) -> Result:
    """this/last/next week, month, year, quarter, weekend, decade, century."""
    if _is_title(ctx):
        return None
    rel = ctx.group("rel") or "this"
    unit = (ctx.group("unit") or "").rstrip("s")
    if rel == "past" and unit in _IN_YEARS:
        # "over the past decade": the ten years up to now, not the calendar decade before
        return "DURATION", f"P{_IN_YEARS[unit]}Y", False
    shift = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1}.get(rel, 0)
    if ctx.dct is None:
        return (
            "DATE",
            {"year": "XXXX", "month": "XXXX-XX", "week": "XXXX-WXX"}.get(unit, "XXXX"),
            True,
        )
    dct = ctx.dct
    if unit == "year":
        return "DATE", str(dct.year + shift), True
    if unit == "month":
        year, month = _shift_months(dct, shift)
        return "DATE", f"{year}-{month:02d}", True
    if unit == "week":
        return "DATE", _iso_week(dct + timedelta(weeks=shift)), True
    if unit == "weekend":
        return "DATE", _iso_week(dct + timedelta(weeks=shift)) + "-WE", True
    if unit == "quarter":
        index = dct.year * 4 + _quarter(dct) - 1 + shift
        return "DATE", f"{index // 4}-Q{index % 4 + 1}", True
    if unit == "decade":
        return "DATE", str(dct.year // 10 + shift)[:3], True
    if unit in ("century", "centurie"):
        return "DATE", str(dct.year // 100 + shift), True
    return None


def _ago(ctx: _Context) -> Result:
    number = _amount(ctx)
    unit = (ctx.group("unit") or "").rstrip("s")
    if unit == "centurie":
        unit = "century"
    direction = ctx.group("dir") or ctx.group("signal")
    counted_from_event = direction in ("later", "before") or (
        direction == "earlier" and unit not in ("year", "decade")
    )
    if number is None and direction in ("later", "earlier", "before"):
        # "A few days later", "several months before he left": a span of unknown length
        time_part, letter = UNITS[unit]
        return "DURATION", f"P{time_part}X{letter}", False
    if ctx.dct is None or number is None:
        return "DATE", "PAST_REF" if number is None else "XXXX", True
    n = int(number)
    if counted_from_event:
        # "Three days later", "two weeks before the vote", "A day earlier": counted from an
        # event the story told, not from the publication date; TimeML annotates the span
        time_part, letter = UNITS[unit]
        return "DURATION", _period(time_part, number, letter), False
    sign = 1 if direction in ("from now", "hence") else -1
    dct = ctx.dct
    if unit == "year":
        return "DATE", str(dct.year + sign * n), True
    if unit == "month":
        year, month = _shift_months(dct, sign * n)
        return "DATE", f"{year}-{month:02d}", True
    if unit == "week":
        return "DATE", _iso_week(dct + timedelta(weeks=sign * n)), True
    if unit == "day":
        return "DATE", (dct + timedelta(days=sign * n)).isoformat(), True
    if unit == "decade":
        return "DATE", str(dct.year + sign * 10 * n)[:3], True
    if unit == "quarter":
        index = dct.year * 4 + _quarter(dct) - 1 + sign * n
        return "DATE", f"{index // 4}-Q{index % 4 + 1}", True
    return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", True


#: "of" right after an expression ("three-quarters of its food").
_OF = _window(r" of\b", 4)


def _duration(ctx: _Context) -> Result:
    unit = (ctx.group("unit") or "").rstrip("s")
    text = ctx.match.group(0).lower()
    if unit == "quarter" and ctx.after(_OF):
        return None  # "three-quarters of its food": a fraction
    if text == "a second":
        return None  # "a second group": an ordinal
    if text in ("one day", "some day") and ctx.before(_MODAL):
        return "DATE", "FUTURE_REF", False  # "the city will one day host the games"
    if unit == "centurie":
        unit = "century"
    time_part, letter = UNITS[unit]
    number = _amount(ctx)
    if (ctx.group("num") or "").isdigit() and number is not None and 1600 <= number <= 2099:
        return None  # "the 1988 quarter" names a year
    if unit in _IN_YEARS:  # "two decades": P20Y, as TimeML annotators write it
        years = "X" if number is None else _fmt_number(number * _IN_YEARS[unit])
        return "DURATION", f"P{years}Y", False
    if number is None:
        return "DURATION", f"P{'' if unit == 'weekend' else time_part}X{letter}", False
    if _is_rate(ctx, text):
        return "SET", _period(time_part, 1, letter), False
    if unit == "weekend":
        return "DURATION", f"P{_fmt_number(number)}WE", False
    return "DURATION", _period(time_part, number, letter), False


#: What may follow "a year" when it is a span and not a rate's unit ("a year after the vote",
#: "a week of talks", "a week to respond").
_SPAN_AFTER = _window(r"\s+(?:after|before|later|earlier|ago|of|old|or|and)\b", 10)

#: "to" after the unit: the time something is given or takes ("gave 30 tenants a week to
#: leave"), unless an amount itself is the rate's figure ("costs $2 million a year to run").
_TO_AFTER = _window(r"\s+to\b", 4)

#: Entity labels of an amount a rate's unit may follow ("$2 million a year", "5% a year").
_AMOUNTS = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def _is_rate(ctx: _Context, text: str) -> bool:
    """ "$2 million a year", "700 seats a week": "a"/"an"/"per" and a unit right after a figure,
    an amount or a noun with its number is the unit of a rate, TimeML's SET of that unit
    ("twice a week"); after a preposition, a verb or a verb's object without a number it is
    a span ("for a year", "it took the team a year")."""
    if not re.fullmatch(r"(?:a|an|per)\s+\w+", text) or ctx.after(_SPAN_AFTER):
        return False
    span = ctx.doc.char_span(ctx.match.start(), ctx.match.end(), alignment_mode="expand")
    if span is None or span.start == 0:
        return False
    before = ctx.doc[span.start - 1]
    if ctx.after(_TO_AFTER):
        return before.sent == span[0].sent and _is_amount(before)
    return before.sent == span[0].sent and (_is_amount(before) or _is_counted(before))


def _is_amount(token: Token) -> bool:
    """A figure or an amount: "700", "$2 million", "5%", "hundreds"."""
    return token.pos_ == "NUM" or token.ent_type_ in _AMOUNTS


def _is_counted(token: Token) -> bool:
    """A noun with its number: "700 cars", "hundreds of patients"."""
    if token.pos_ != "NOUN":
        return False
    if any(c.dep_ == "nummod" for c in token.children):
        return True
    of = token.head
    return token.dep_ == "pobj" and of.lower_ == "of" and _is_amount(of.head)


#: A modal or "to" right before "one day": the day is an unknown one ahead ("will one day
#: host", "hopes to one day run"), not a span ("will take one day").
_MODAL = _window(r"\b(?:will|would|could|might|may|can|shall|'ll|to)\s+$", 8)


#: Units whose durations are written in years.
_IN_YEARS = {"decade": 10, "century": 100}


def _bare_units(ctx: _Context) -> Result:
    unit = (ctx.group("unit") or "").rstrip("s")
    if unit == "centurie":
        # "for centuries": an unknown number of centuries, TIMEX3's century unit ``C``
        return "DURATION", "PXC", False
    time_part, letter = ("", "Y") if unit in _IN_YEARS else UNITS.get(unit, ("", "Y"))
    return "DURATION", f"P{time_part}X{letter}", False


def _set(ctx: _Context) -> Result:
    word = ctx.group("setword")
    if word:
        return "SET", SETS[word], False
    unit = (ctx.group("unit") or "").rstrip("s")
    time_part, letter = UNITS[unit]
    # "every other week" recurs every two weeks
    number = 2 if ctx.group("num") == "other" else _number(ctx.group("num")) or 1
    return "SET", f"P{time_part}{_fmt_number(number)}{letter}", False


def _every_weekday(ctx: _Context) -> Result:
    """ "each Thursday", "every Sunday morning": a weekly set, ``XXXX-WXX-4``."""
    name = ctx.match.group("weekday")
    if not name[:1].isupper():
        return None
    part = ctx.group("part")
    suffix = "T" + PARTS_OF_DAY[part] if part else ""
    return "SET", f"XXXX-WXX-{WEEKDAYS[name.lower()] + 1}{suffix}", False


def _vague(ctx: _Context) -> Result:
    return "DATE", VAGUE[re.sub(r"\s+", " ", ctx.match.group(0).lower())], False


def _soon(ctx: _Context) -> Result:
    return "DATE", "FUTURE_REF", False


def _year_end(ctx: _Context) -> Result:
    """ "by year-end", "since year-end": the last day of the year the tense points to."""
    return "DATE", f"{_year_for_month(ctx, 12, 31)}-12-31", True


def _clock(ctx: _Context) -> Result:
    """A clock time alone ("at 6.10am", "06:10 GMT", "at noon"): on the publication day, or
    the day before when the publication stamp shows the time had not yet come in a past-tense
    clause (the day after in a future-tense one). A day named right next to it replaces this
    day later (``_attach_clock_days``)."""
    suffix = _clock_suffix(ctx)
    if suffix is None:
        return None
    if ctx.dct is None:
        return "TIME", f"XXXX-XX-XX{suffix}", True
    day = ctx.dct
    if ctx.stamp is not None and ctx.stamp.date() == ctx.dct:
        said = ctx.stamp.hour * 60 + ctx.stamp.minute
        clock = int(suffix[1:3]) * 60 + int(suffix[4:6])
        tense = ctx.tense()
        if tense == "past" and clock - said > STAMP_MARGIN_MINUTES:
            day -= timedelta(days=1)
        elif tense == "future" and said - clock > STAMP_MARGIN_MINUTES:
            day += timedelta(days=1)
    return "TIME", f"{day.isoformat()}{suffix}", True


#: How far a clock time must lie past the publication stamp before a past-tense clause puts
#: it on the day before (and before the stamp, for a future-tense clause on the day after):
#: stories are updated after their first stamp ("at 4:15pm" in a story stamped 3:43pm is an
#: update, "at 11pm" in one stamped 5:30am is last night).
STAMP_MARGIN_MINUTES = 180


#: Handlers of dates written with their year; one with its month sets a sentence's narrative
#: year.
_WITH_YEAR: frozenset[Callable[[_Context], Result]] = frozenset()

#: A story narrates an earlier time when the last date it names lies this many days or more
#: before publication; its weekdays then fall in the week of that date.
NARRATIVE_DAYS = 7
#: How far (in characters) a written day sets the narrative time for the weekdays after it.
NARRATIVE_WINDOW = 300


#: The end of a sentence between two expressions.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s|\n")


def _follow_narrative(
    text: str,
    found: list[TimeDraft],
    anchors: Container[int],
    followers: Container[int],
    restate: Callable[[TimeDraft, TimeDraft], str | None],
) -> list[TimeDraft]:
    """Each expression of ``followers`` (by its start) after one of ``anchors``, in the same
    sentence and within ``NARRATIVE_WINDOW`` characters of it, takes the value
    ``restate(anchor, follower)`` gives it (``None`` leaves it as it is)."""
    out: list[TimeDraft] = []
    anchor: TimeDraft | None = None
    for draft in found:
        if draft.start in anchors:
            anchor = draft
        elif (
            draft.start in followers
            and anchor is not None
            and draft.start - anchor.end <= NARRATIVE_WINDOW
            and not _SENTENCE_END.search(text, anchor.end, draft.start)
        ):
            value = restate(anchor, draft)
            if value is not None:
                draft = replace(draft, value=value)  # noqa: PLW2901
        out.append(draft)
    return out


def _narrative_weekdays(
    text: str,
    found: list[TimeDraft],
    weekdays: dict[int, int],
    dated: set[int],
    published: date,
) -> list[TimeDraft]:
    """A weekday without "last" or "next" after a day written without its year, in the same
    sentence ("Voters chose him on Nov. 8 and he spoke on Wednesday") is the one nearest that
    day (three days either way), when the day lies a week or more before publication: the
    story's narrative time, not the publication date, places it. Across sentences news moves
    back to its own week ("the Aug. 7 blasts killed 257. On Wednesday, the FBI said"), and a
    date with its year ("closed on March 3, 2016") is background: neither moves a weekday."""

    def restate(anchor: TimeDraft, draft: TimeDraft) -> str | None:
        day = date.fromisoformat(anchor.value[:10])
        if (published - day).days < NARRATIVE_DAYS:
            return None
        diff = (weekdays[draft.start] - day.weekday() + 3) % 7 - 3
        return (day + timedelta(days=diff)).isoformat() + draft.value[10:]

    return _follow_narrative(text, found, dated, weekdays, restate)


def _narrative_months(
    text: str, found: list[TimeDraft], months: set[int], yeared: set[int], published: date
) -> list[TimeDraft]:
    """A month without a year after a month or day written with its year, in the same
    sentence, is in that year ("in June 2015 it grew, and in July it shrank"; "it closed on
    March 3, 2015, and reopened in May"), when that year is before the publication year: the
    story's narrative time places it, not the publication date. A year alone does not ("born
    in 1950, he retired in March"), and a month the tense put ahead of the publication ("will
    reopen in May") stays there."""

    def restate(anchor: TimeDraft, draft: TimeDraft) -> str | None:
        year = int(anchor.value[:4])
        if year >= published.year or draft.value[:7] > published.isoformat()[:7]:
            return None  # not an earlier year, or a month ahead of publication ("will")
        return f"{year}{draft.value[4:]}"

    return _follow_narrative(text, found, yeared, months, restate)


#: What may stand between a clock time and the day it is on ("6.10am on Wednesday",
#: "Tuesday at 9 p.m.", "6am yesterday", "noon, Friday").
_CLOCK_DAY_GAP = re.compile(r"\s*(?:,|on|at|of)?\s*", re.IGNORECASE)
_DAY_VALUE = re.compile(r"^\d{4}-\d\d-\d\d|^XXXX-XX-XX")


#: Days after a month-day that share its month ("April 24 and 25", "May 5, 6 and 7",
#: "Oct. 3 to 5"): each is a date of its own in TimeML.
_CONJOINED_DAYS = re.compile(
    r"(?P<list>(?:,\s*[0-3]?\d\b)*),?\s+(?:and|or|to|through)\s+(?P<last>[0-3]?\d)\b(?![.,:]?\d|%)"
)


def _conjoined_days(doc: Doc, found: list[TimeDraft], dated: set[int]) -> list[TimeDraft]:
    """The days written after a month-day with its month left out ("on April 24 and 25")
    are dates in that month and year; a number that counts a noun ("April 24 and 25
    people") is not one."""
    text = doc_text(doc)
    taken = [(d.start, d.end) for d in found]
    added: list[TimeDraft] = []
    for draft in found:
        m = _CONJOINED_DAYS.match(text, draft.end) if draft.start in dated else None
        if m is None:
            continue
        spots = [(n.start(1), n.end(1)) for n in re.finditer(r",\s*([0-3]?\d)", m["list"])]
        spots = [(draft.end + s, draft.end + e) for s, e in spots] + [m.span("last")]
        previous = int(draft.value[8:10])
        for start, end in spots:
            day = int(text[start:end])
            token = doc.char_span(start, end)
            counts = token is None or any(t.dep_ == "nummod" for t in token)
            if day <= previous or counts or any(s < end and start < e for s, e in taken):
                break
            try:
                value = date(int(draft.value[:4]), int(draft.value[5:7]), day).isoformat()
            except ValueError:
                break
            added.append(TimeDraft(start, end, "DATE", value, draft.anchored))
            previous = day
    return sorted(found + added, key=lambda t: t.start)


def _attach_clock_days(text: str, found: list[TimeDraft], clocks: set[int]) -> list[TimeDraft]:
    """A clock time takes the day of a date named right before or after it."""
    out = list(found)
    for i, draft in enumerate(out):
        if draft.start not in clocks:
            continue
        for j in (i + 1, i - 1):
            if not 0 <= j < len(out) or out[j].start in clocks:
                continue
            other = out[j]
            gap = text[draft.end : other.start] if j > i else text[other.end : draft.start]
            day = _DAY_VALUE.match(other.value)
            if day and _CLOCK_DAY_GAP.fullmatch(gap):
                value = day.group(0) + draft.value[10:]
                out[i] = TimeDraft(draft.start, draft.end, draft.type, value, draft.anchored)
                break
    return out


def _earlier_this(ctx: _Context) -> Result:
    return _relative_unit(ctx)


_REL = r"(?P<rel>last|this|next|past|previous|coming|current)"
_PART = rf"(?P<part>{_alternation(PARTS_OF_DAY)})"

#: A word that places a time early or late in its span: TimeML keeps it in the extent ("early
#: next year", "late yesterday", "later this afternoon"); the value stays the span's.
_EARLY = r"(?:(?:early|late|later|mid)[\s-]+)?"

#: A clock time with a.m. or p.m. ("5 p.m.", "10:30 am", "6.10am", "6:10 a.m.", "7 PM").
_CLOCK = r"(?P<hour>[01]?\d)(?:[:.](?P<minute>[0-5]\d))?\s*(?P<ampm>[ap]\.\s?m\.|[ap]\.m\b|[ap]m\b)"
#: A 24-hour clock time ("06:10", "18.45 GMT", "0610 GMT"): with a colon after a word that
#: introduces a time ("at 06:10", "until 18:00"), with either separator before a zone or
#: "hrs", or as four digits before GMT or UTC.
_ZONE = r"(?:GMT|UTC|BST|CET|CEST|[ECMP][SD]T|ET|PT|hrs|h|local\s+time)\b"
_CLOCK24 = (
    r"(?:(?<=\bat\s)|(?<=\bby\s)|(?<=\buntil\s)|(?<=\btill\s)|(?<=\bfrom\s)|(?<=\bbefore\s)"
    r"|(?<=\bafter\s)|(?<=\baround\s)|(?<=\bsince\s))"
    r"(?P<hour>[01]?\d|2[0-3]):(?P<minute>[0-5]\d)(?![:.,]?\d)(?:\s*(?-i:" + _ZONE + r"))?"
    r"|(?P<hour2>[01]?\d|2[0-3])[:.](?P<minute2>[0-5]\d)\s*(?-i:" + _ZONE + r")"
    # four digits before GMT or UTC, as wire services write it ("0401 GMT", "1830 UTC")
    r"|(?P<hour3>[01]\d|2[0-3])(?P<minute3>[0-5]\d)\s*(?-i:GMT|UTC)\b"
)

#: A weekday written before a date ("Saturday, April 25"): the date decides.
_ON_WEEKDAY = rf"(?:(?:this\s+coming\s+|this\s+|coming\s+)?(?:{_alternation(WEEKDAYS)}),?\s+)?"

#: Patterns in priority order; at each position the longest match wins.
PATTERNS: list[tuple[str, Callable[[_Context], Result]]] = [
    (rf"{_ON_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}", _full_date),
    (rf"{_ON_WEEKDAY}{_DAY}\s+{_MONTH},?\s+{_YEAR}", _full_date),
    # "the 5th of November (2015)": an ordinal day of a month
    (rf"(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)\s+of\s+{_MONTH},?\s+{_YEAR}", _full_date),
    (rf"(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)\s+of\s+{_MONTH}(?!,?\s+\d)", _month_day),
    (r"(?:1[6-9]|20)\d\d-[01]\d-[0-3]\d", _iso_date),
    (rf"(?:(?:early|late|mid)[\s-]+)?{_MONTH},?\s+(?:of\s+)?{_YEAR}", _month_year),
    (rf"{_ON_WEEKDAY}{_MONTH}\s+{_DAY}(?![\d,]*\d)", _month_day),
    (rf"(?:(?:early|late|mid)[\s-]+)?{_MONTH}\s+(?:of\s+)?(?P<yrel>last|this|next)\s+year(?!')", _month_relative_year),
    (rf"(?:the\s+)?(?P<half>first|second|last|latter)\s+(?:half|two\s+quarters)\s+of\s+(?:{_YEAR}|(?P<yrel>last|this|next)\s+year)", _half),
    (rf"{_CLOCK}\s+(?:[A-Z]{{3}},?\s+)?{_MONTH}\s+{_DAY}(?![\d,]*\d)", _clock_month_day),
    (rf"(?:{_MONTH},?\s+|the\s+year\s+)?{_SPELLED_YEAR}", _year_in_words),
    (rf"(?:(?P<rel>last|this|next)\s+)?(?P<holiday>{_HOLIDAY})(?:,?\s+{_YEAR})?", _holiday),
    # a month followed by a day is a month-day ("last Oct. 23"), not a month
    (rf"(?:(?P<rel>last|this|next)\s+)?(?:(?:early|late|mid)[\s-]+)?{_MONTH}(?![\w])(?!\s+[0-3]?\d(?:st|nd|rd|th)?\b)", _month),
    # TimeML keeps the determiner and "early"/"late" in a season's extent ("the early summer")
    (rf"(?:(?P<rel>last|this|next)\s+|(?P<lead>the\s+))?(?P<mod>(?:early|late|mid)[\s-]+)?(?P<season>{_alternation(SEASONS)})(?:\s+(?:of\s+)?{_YEAR}|\s+of\s+(?P<yrel>last|this|next)\s+year(?!'))?", _season),
    (rf"(?:the\s+)?(?:(?P<ago>year-ago|year-earlier)\s+|(?P<yrel>last|this|next)\s+year's\s+|(?P<year0>(?:1[6-9]|20)\d\d)\s+)?(?:fiscal[\s-]+)?(?P<ordinal>{_alternation(ORDINALS)})[\s-]+quarter(?:\s+of\s+(?:fiscal\s+)?{_YEAR}|\s+of\s+(?P<yrel2>last|this|next)\s+year(?!'))?", _quarter_expr),
    (r"(?:the\s+)?(?P<ordinal>latest|last|current|this|same)[\s-]+quarter|the\s+(?P<ordinal2>latest)\s+period", _quarter_expr),
    (r"the\s+quarter", _quarter_expr),
    (rf"the\s+{_YEAR}\s+(?:quarter|period)", _year_quarter),
    (r"the\s+(?:quarter|period)\s+a\s+year\s+(?:ago|earlier)|the\s+(?:corresponding|comparable|same)\s+(?:period|quarter)\s+(?:of\s+)?(?:last|a)\s+year(?:\s+ago)?|last\s+year's\s+(?:quarter|period)", _last_year_quarter),
    (r"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:19|20)?'?(?P<decade>\d0)s|(?:the\s+)?(?P<decade2>1[6-9]\d0|20[0-9]0)s", _decade),
    (rf"the\s+(?:(?:early|late|mid)[\s-]+)?(?P<decadeword>{_alternation(DECADE_WORDS)})", _decade),
    (rf"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?P<century>1\d(?:st|nd|rd|th)|2[01](?:st|nd|rd|th)|{_alternation(CENTURY_WORDS)})[\s-]+century", _century),
    (rf"(?:(?:early|late|mid)[\s-]+)?(?:fiscal\s+)?{_YEAR}(?!,\d)(?!\.\d)(?![\d%])", _year),
    # "earlier today" is one expression, as "earlier this year" is
    (rf"(?:earlier\s+)?{_EARLY}(?P<word>today|yesterday|tomorrow|tonight)(?:\s+{_PART})?", _relative_day),
    # "the day before yesterday", "the day after tomorrow": two days away
    (r"the\s+day\s+(?P<word>before\s+yesterday|after\s+tomorrow)", _relative_day),
    (rf"{_EARLY}(?P<rel>this|last)\s+{_PART}", _this_part),
    # the part of the day before its day ("mid-afternoon yesterday", "early morning today")
    (rf"{_EARLY}{_PART}\s+(?P<word>today|yesterday|tomorrow)", _relative_day),
    # "by mid-afternoon", "at midmorning": the middle of a part of the day ("midnight" is
    # a clock time)
    (r"mid[\s-]?(?P<part>morning|afternoon|evening)", _this_part),
    (rf"(?:{_CLOCK}\s+(?:[A-Z]{{3}}\s+)?|(?P<noon>noon|midday|midnight)\s+)?(?:(?P<rel>last|next|this|coming|this\s+coming)\s+)?{_WEEKDAY}(?:\s+{_PART})?", _weekday),
    (r"the\s+(?:current\s+)?(?:fiscal\s+|current\s+|full\s+)?year(?![\w-])", _this_year),
    (r"the\s+weekend", _the_weekend),
    (r"the\s+(?:end|beginning|start|middle)\s+of\s+the\s+month", _this_month),
    (r"the\s+(?:end|beginning|start|middle)\s+of\s+the\s+(?P<unit>week)", _relative_unit),
    (r"(?:(?:earlier|later)\s+)?that\s+(?:same\s+)?(?P<unit>day|week|month|year)", _anaphoric),
    (r"the\s+(?P<dir>following|next|previous|preceding|prior)\s+(?P<unit>day|week|month|year)", _anaphoric),
    # "the same day"; "the day before", "the week after" ending their clause (before an event,
    # "the day before the vote", it is that event's, which we do not date)
    (r"the\s+same\s+(?P<unit>day|week|month|year)", _anaphoric),
    (r"the\s+(?P<unit>day|week|month|year)\s+(?P<dir>before|after)(?=\s*[,.;:!?)\"\u201d]|\s*$)", _anaphoric),
    (rf"the\s+(?P<dir>following|next|previous|preceding|prior)\s+{_WEEKDAY}", _anaphoric_weekday),
    (r"(?:the\s+)?(?:year-ago|year-earlier)(?:\s+(?:quarter|period))?", _year_ago),
    # "the year-earlier nine months": one span, the amount it lasts (TimeBank's reading)
    (rf"(?:the\s+)?(?:year-ago|year-earlier)\s+{_AMOUNT.format(unit=_UNIT)}", _duration),
    (r"(?:earlier|later)\s+this\s+(?P<unit>week|month|year)", _earlier_this),
    # "this past week" is one expression, the week before the publication's
    (rf"(?:the\s+|this\s+(?=past\s))?{_EARLY}{_REL}\s+(?P<unit>week|month|year|quarter|weekend|decade|century)(?!s)", _relative_unit),
    # "later" and "before" are TimeML signals, outside the extent ("three days later")
    (rf"{_AMOUNT.format(unit=_UNIT)}(?:\s+(?P<dir>ago|earlier|from now|hence)|(?=\s+(?P<signal>later|before)\b))", _ago),
    (rf"(?:every|each|per)\s+(?:(?P<num>\d+|other|{_alternation(NUMBERS)})\s+)?{_UNIT}", _set),
    # "twice a week", "three times a year": TimeML's set of the unit, its count in the extent
    (rf"(?:once|twice|(?:\d+|{_alternation(NUMBERS)})\s+times)\s+(?:a|an|per|each)\s+{_UNIT}", _set),
    (rf"(?P<setword>{_alternation(SETS)})", _set),
    (rf"(?:every|each)\s+{_WEEKDAY}(?:\s+{_PART})?", _every_weekday),
    # a weekday or its part in the plural recurs ("on Mondays", "Tuesday nights")
    (rf"{_WEEKDAY}(?:s|\s+{_PART}s)", _every_weekday),
    # "the 14-day waiting period": the article belongs to the noun a hyphened span describes
    (rf"(?:the\s+(?![\w.]+-(?:{_alternation(UNITS)})\b))?(?:(?:past|last|next|first|coming|previous|final)\s+)?{_AMOUNT.format(unit=_UNIT)}", _duration),
    (rf"(?:{_CLOCK}(?:\s+(?-i:{_ZONE}))?(?![a-z]))", _clock),
    (_CLOCK24, _clock),
    (r"(?P<noon>noon|midday|midnight)", _clock),
    (rf"(?:{_alternation(VAGUE)})", _vague),
    # "will soon begin", "as soon as possible"; not "soon after" an event, not "as soon as
    # Tuesday" (the day is the time)
    (r"as\s+soon\s+as\s+possible|(?<!as\s)soon(?!\s+(?:after|before|as|afterwards?|thereafter)\b)", _soon),
    (r"(?:the\s+)?year[-\s]end(?![\w-])", _year_end),
    (r"(?:the\s+)?(?:(?:past|last|recent|coming|next)\s+)?(?P<unit>years|months|weeks|days|decades|centuries|hours|minutes)", _bare_units),
]  # fmt: skip


_WITH_YEAR = frozenset({_full_date, _iso_date, _month_year, _year_in_words})

#: Where every pattern may start: not inside a word, nor after a figure's separator.
_OPENING = r"(?<![\w-])(?<!\d[:.,])"

#: Each pattern is one group, so that the opening and closing guards hold for every branch
#: of a pattern with a top-level "|" (without it "soon" was found inside "monsoon").
_COMPILED = [
    (re.compile(rf"{_OPENING}(?:{p})(?![\w])(?!-old)(?!\s+old\b)", re.IGNORECASE), h)
    for p, h in PATTERNS
]


@cache
def _scanner() -> Scanner:
    """Reads the text once for the positions where a pattern may start (the matches of each
    pattern's ``finditer``, found faster); built on first use, not at import."""
    return Scanner([p for p, _h in _COMPILED], _OPENING)


@dataclass
class _Notes:
    """What the passes after matching need to know of each expression kept, by its start."""

    shifted: dict[int, int] = field(default_factory=dict)
    """ "N years ago/earlier" and "year-ago": the years they go back."""
    marks: dict[int, tuple[str, int]] = field(default_factory=dict)
    """ "that day", "the following week": the unit and the shift."""
    clocks: set[int] = field(default_factory=set)
    weekdays: dict[int, int] = field(default_factory=dict)
    """Weekdays without "last"/"next", with their number (Monday 0)."""
    dated: set[int] = field(default_factory=set)
    """Month-days written without their year, resolved to a day."""
    yeared: set[int] = field(default_factory=set)
    """Months and days written with their year."""
    months: set[int] = field(default_factory=set)
    """Months alone, without "last"/"next"/"this"."""
    amounts: set[int] = field(default_factory=set)

    def note(self, handler: Callable[[_Context], Result], m: re.Match[str], value: str) -> None:
        start = m.start()
        groups = m.groupdict()
        years = _years_back(m) if handler is _ago else (1 if handler is _year_ago else None)
        if years is not None:
            self.shifted[start] = years
        if handler is _clock:
            self.clocks.add(start)
        if handler in (_ago, _duration):
            self.amounts.add(start)
        if handler is _weekday and not groups.get("rel"):
            self.weekdays[start] = WEEKDAYS[m.group("weekday").lower()]
        if handler is _month_day and re.match(r"\d{4}-\d\d-\d\d$", value):
            self.dated.add(start)
        if handler in _WITH_YEAR and re.match(r"\d{4}-\d\d", value):
            self.yeared.add(start)
        if handler is _month and not groups.get("rel"):
            self.months.add(start)
        if handler is _anaphoric_weekday:
            weekday, shift = m.group("weekday").lower(), _ANAPHORIC_SHIFT[m.group("dir").lower()]
            self.marks[start] = (weekday, shift)
        if handler is _anaphoric:
            unit = (groups.get("unit") or "day").lower()
            self.marks[start] = (unit, _ANAPHORIC_SHIFT.get((groups.get("dir") or "").lower(), 0))


#: A wire dateline with its day ("BRUSSELS, March 4 (Xinhua) --"): the day the story was
#: filed, which its "today" and weekdays count from; the publication date may be a day or two
#: later (a feed's next-day edition).
_DATELINE_DAY = re.compile(
    rf"^\s*(?-i:[A-Z][A-Za-z .'-]*),\s+{_MONTH}\.?\s+(?P<day>[0-3]?\d)\s*"
    r"\((?-i:[A-Z][\w ]*)\)\s*(?:--|-|_|\u2014)",
    re.IGNORECASE,
)


def _dateline_day(text: str, published: date | None) -> date | None:
    """The day of the text's opening dateline when it lies a few days before ``published``
    (the story's own time, as TimeML anchors it), else ``published``."""
    m = _DATELINE_DAY.match(text[:200])
    if m is None or published is None:
        return published
    month = MONTHS[m.group("month").lower().rstrip(".")]
    for year in (published.year, published.year - 1):
        try:
            day = date(year, month, int(m.group("day")))
        except ValueError:
            return published
        if 0 < (published - day).days <= settings.DATELINE_DAYS:
            return day
    return published


def find_times(doc: Doc, published: date | None, stamp: datetime | None = None) -> list[TimeDraft]:
    """All temporal expressions of a parsed document, in text order, none overlapping.

    ``published`` is the anchor; ``stamp``, the publication stamp with its time of day when
    the input gave one, places clock times before or after it. A wire dateline's earlier day
    replaces both: the story was filed that day at a time the stamp does not give, so its
    clock times lie on that day, as its "today" does."""
    text = doc_text(doc)
    anchor = _dateline_day(text, published)
    if anchor != published:
        stamp = None
    published = anchor
    candidates: list[tuple[int, int, int, re.Match[str], Callable[[_Context], Result]]] = []
    scanned = _scanner().finditer_all(text)
    for rank, ((_pattern, handler), matches) in enumerate(zip(_COMPILED, scanned, strict=True)):
        for m in matches:
            if m.end() > m.start():
                candidates.append((m.start(), -(m.end() - m.start()), rank, m, handler))
    candidates.sort(key=lambda c: (c[1], c[2], c[0]))
    taken: list[tuple[int, int]] = []
    found: list[TimeDraft] = []
    notes = _Notes()
    for start, _neg_len, _rank, m, handler in candidates:
        end = m.end()
        if any(start < e and s < end for s, e in taken):
            continue
        result = handler(_Context(doc, published, m, text, stamp))
        if result is None:
            continue
        kind, value, anchored = result
        taken.append((start, end))
        found.append(TimeDraft(start, end, kind, value, anchored and published is None))
        notes.note(handler, m, value)
    found.sort(key=lambda t: t.start)
    if published is not None:
        found = _narrative_weekdays(text, found, notes.weekdays, notes.dated, published)
        found = _narrative_months(text, found, notes.months, notes.yeared, published)
    found = _conjoined_days(doc, found, notes.dated)
    found = _attach_clock_days(text, found, notes.clocks)
    found = _anchor_year_shifts(_resolve_anaphora(found, notes.marks), notes.shifted)
    found = _with_words_before(text, found, _BOUND_WORDS, lambda d: d.start in notes.amounts)
    found = _with_words_before(text, found, _PART_WORDS, _coarser_than_a_day)
    return _with_words_after(text, found, _APPROXIMATE)


#: Words that bound an amount of time; TimeML keeps them in the extent (its ``mod``: "nearly
#: two months", "less than one hour", "almost two years ago"). "about" and "over" are left
#: out: before a time they are as often a preposition ("about the future", "over the weekend").
_BOUND_WORDS = _window(
    r"(?<![\w-])(?:nearly|almost|at\s+least|at\s+most|less\s+than|more\s+than|fewer\s+than"
    r"|no\s+more\s+than|no\s+less\s+than|up\s+to)\s+$",
    20,
)

#: Words that name a part of a span; TimeML keeps them in the extent (its ``mod``: "the end of
#: the year", "the beginning of October"), the value stays the span's.
_PART_WORDS = _window(r"(?<![\w-])(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+$", 24)

#: A date value coarser than a day: a year, month, quarter, half, season, week or decade.
_COARSE = re.compile(r"^[\dX]{3,4}(?:-(?:[\dX]{2}|Q[\dX]|H[12]|W[\dX]{2}|SP|SU|FA|WI))?$")


#: "or so" after an expression; TimeML keeps it in the extent ("a week or so").
_APPROXIMATE = _window(r"\s+or\s+so\b", 10)


def _with_words_after(text: str, found: list[TimeDraft], words: _Window) -> list[TimeDraft]:
    """Each expression takes the ``words`` right after it into its extent, when they do not
    reach the next expression; its value stays its own."""
    out: list[TimeDraft] = []
    for i, draft in enumerate(found):
        after = words.after(text, draft.end)
        next_start = found[i + 1].start if i + 1 < len(found) else len(text)
        if after is not None and after.end() <= next_start:
            draft = replace(draft, end=after.end())  # noqa: PLW2901
        out.append(draft)
    return out


def _coarser_than_a_day(draft: TimeDraft) -> bool:
    """Whether a draft is a date coarser than a day ("at the end of the day" is an idiom)."""
    return draft.type == "DATE" and _COARSE.match(draft.value) is not None


def _with_words_before(
    text: str, found: list[TimeDraft], words: _Window, takes: Callable[[TimeDraft], bool]
) -> list[TimeDraft]:
    """Each expression that ``takes`` says may have them takes the ``words`` right before it
    into its extent (not across the expression before it); its value stays its own."""
    out: list[TimeDraft] = []
    for draft in found:
        if takes(draft):
            before = words.before(text, draft.start)
            previous_end = out[-1].end if out else 0
            if before is not None and before.start() >= previous_end:
                draft = replace(draft, start=before.start())  # noqa: PLW2901
        out.append(draft)
    return out


#: How far back (in characters) "a year earlier" looks for the expression it shifts.
ANCHOR_WINDOW = 1000

#: What "a year earlier" keeps the granularity of: a quarter or a month ("profit in the third
#: quarter ... a year earlier" is the year-before quarter); next to a day or a week, TimeML
#: annotators give the year, and so do we.
_FINE_DATE = re.compile(r"^(\d{4})(-(?:Q[1-4]|[01]\d))$")


def _years_back(m: re.Match[str]) -> int | None:
    """For "N years ago/earlier": N (positive for the past), else None."""
    unit = (m.groupdict().get("unit") or "").lower().rstrip("s")
    number = _number((m.groupdict().get("num") or "").lower())
    if unit != "year" or number is None or number != int(number):
        return None
    direction = (m.groupdict().get("dir") or m.groupdict().get("signal") or "").lower()
    return int(number) if direction in ("ago", "earlier") else -int(number)


def _anchor_year_shifts(found: list[TimeDraft], shifted: dict[int, int]) -> list[TimeDraft]:
    """ "Profit rose in the third quarter ... from a year earlier": the shift keeps the
    granularity of the date it is compared with (``1988-Q3``), when one precedes it."""
    out: list[TimeDraft] = []
    for found_draft in found:
        draft = found_draft
        years = shifted.get(draft.start)
        if years == 1:  # "two years ago" counts from the publication year, not a named date
            previous = next(
                (
                    p
                    for p in reversed(out)
                    if p.type == "DATE"
                    and p.start not in shifted  # not "a year earlier" than a shifted date
                    and draft.start - p.end <= ANCHOR_WINDOW
                    and _FINE_DATE.match(p.value)
                ),
                None,
            )
            fine = _FINE_DATE.match(previous.value) if previous is not None else None
            if fine is not None:
                value = f"{int(fine.group(1)) - years}{fine.group(2)}"
                draft = TimeDraft(draft.start, draft.end, draft.type, value, draft.anchored)
        out.append(draft)
    return out


@Language.component(
    "newsclaims_time",
    requires=[
        "token.dep",
        "token.tag",
        "doc._.newsclaims_published",
        "doc._.newsclaims_published_at",
    ],
    assigns=["doc.spans", "doc._.newsclaims_times"],
)
@guarded("newsclaims_time")
def time_component(doc: Doc) -> Doc:
    """Write time expressions to the doc."""
    drafts = find_times(doc, doc._.newsclaims_published, doc._.newsclaims_published_at)
    doc._.newsclaims_times = drafts
    spans = []
    for d in drafts:
        span = doc.char_span(d.start, d.end, label=d.type, alignment_mode="expand")
        if span is not None:
            spans.append(span)
    doc.spans["newsclaims_times"] = spans
    return doc
