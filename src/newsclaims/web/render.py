"""Pure helpers for the pages: article text cut into highlighted segments, readable dates,
evidence anchors, and SVG charts of figure histories."""

from __future__ import annotations

import itertools
import json
import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from markupsafe import Markup, escape

from newsclaims.reconcile.disagreements import FigureRow, interval
from newsclaims.store.reads import source_word

#: Colours of the series in a chart, reused in turn (each at least 3:1 against white).
PALETTE = ("#1f5f9e", "#b3261e", "#1e7a34", "#6f3fa0", "#a65300", "#5c4033", "#00707a")

#: Marker shapes of the series, so that series differ by more than colour.
SHAPES = ("circle", "square", "diamond", "triangle")

#: Parts of the day as TIMEX3 writes them, in words.
DAY_PARTS = {
    "MO": "morning",
    "MI": "midday",
    "AF": "afternoon",
    "EV": "evening",
    "NI": "night",
    "DT": "daytime",
}

#: Quarters and seasons as TIMEX3 writes them, in words.
YEAR_PARTS = {
    "Q1": "January to March",
    "Q2": "April to June",
    "Q3": "July to September",
    "Q4": "October to December",
    "H1": "first half of",
    "H2": "second half of",
    "SP": "spring",
    "SU": "summer",
    "FA": "autumn",
    "WI": "winter",
}

#: Reference values of TIMEX3, in words.
REFERENCES = {"PRESENT_REF": "now", "PAST_REF": "in the past", "FUTURE_REF": "in the future"}

_TIMEX = re.compile(
    r"^(?P<year>\d{4})"
    r"(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2}))?|W(?P<week>\d{2})(?:-WE)?|(?P<part>Q\d|H\d|SP|SU|FA|WI)))?"
    r"(?:T(?:(?P<hour>\d{2}):(?P<minute>\d{2})|(?P<dpart>MO|MI|AF|EV|NI|DT)))?$"
)


def day_text(value: date) -> str:
    """A day in words: ``Wed 9 Nov 2016``."""
    return f"{value:%a} {value.day} {value:%b %Y}"


def stamp_text(value: Any) -> str:
    """When something was published, in words, to the minute where known."""
    if isinstance(value, datetime):
        return f"{day_text(value.date())}, {value:%H:%M}"
    if isinstance(value, date):
        return day_text(value)
    if isinstance(value, str) and value:
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            return value
        return stamp_text(parsed if "T" in value or " " in value else parsed.date())
    return "undated"


def time_text(value: str | None, fallback: Any = None) -> str:
    """A TIMEX3 value in words: ``2016-11-09TMO`` is ``Wed 9 Nov 2016, morning``,
    ``2016-W46`` the week of Monday 14 November; unknown forms fall back to ``fallback``."""
    if value in REFERENCES:
        return REFERENCES[value]
    if value and value.isdigit() and len(value) in (2, 3):  # a century or a decade
        return f"the {value}{'00' if len(value) == 2 else '0'}s"
    found = _TIMEX.match(value or "")
    if not found:
        return stamp_text(fallback) if fallback is not None else (value or "undated")
    g = found.groupdict()
    year = int(g["year"])
    try:
        if g["week"]:
            monday = date.fromisocalendar(year, int(g["week"]), 1)
            return f"week of {day_text(monday)}"
        if g["part"]:
            part = YEAR_PARTS.get(g["part"], g["part"])
            return f"{part} {year}"
        if g["month"] and g["day"]:
            text = day_text(date(year, int(g["month"]), int(g["day"])))
            if g["hour"]:
                return f"{text}, {g['hour']}:{g['minute']}"
            if g["dpart"]:
                return f"{text}, {DAY_PARTS[g['dpart']]}"
            return text
        if g["month"]:
            return f"{date(year, int(g['month']), 1):%B} {year}"
    except ValueError:
        return value or "undated"
    return str(year)


def highlight(text: str | None, query: str | None) -> Markup:
    """``text`` escaped, with each word of ``query`` marked where it stands as a whole word."""
    words = sorted({w for w in re.findall(r"\w+", query or "") if len(w) > 1}, key=len)
    if not text:
        return Markup("")
    if not words:
        return escape(text)
    pattern = re.compile(r"\b(" + "|".join(re.escape(w) for w in reversed(words)) + r")\b", re.I)
    out, last = [], 0
    for found in pattern.finditer(text):
        out.append(escape(text[last : found.start()]))
        out.append(Markup("<mark>") + escape(found.group(0)) + Markup("</mark>"))
        last = found.end()
    out.append(escape(text[last:]))
    return Markup("").join(out)


def in_sentence(side: dict[str, Any]) -> Markup:
    """A disagreement side's sentence with the side's own words marked (its words alone
    when the sentence is not known)."""
    sentence = side.get("sentence")
    if not sentence:
        return escape(side.get("text") or "")
    left = side["start"] - side["sentence_start"]
    right = side["end"] - side["sentence_start"]
    return (
        escape(sentence[:left])
        + Markup("<mark>")
        + escape(sentence[left:right])
        + Markup("</mark>")
        + escape(sentence[right:])
    )


_QUOTE_PAIRS = {'"': '"', "“": "”", "'": "'", "‘": "’"}


def unquoted(text: str | None) -> str:
    """A quotation's words without the quotation marks around them (the page puts its own
    around every claim): ``"It is safe,"`` is shown as ``It is safe,``."""
    words = (text or "").strip()
    if len(words) > 1 and words[0] in _QUOTE_PAIRS:
        closing = _QUOTE_PAIRS[words[0]]
        body = words[1:]
        for ending in (closing, closing + ".", "," + closing, "." + closing):
            if body.endswith(ending) and closing not in body[: -len(ending)]:
                return body[: -len(ending)] + ending.replace(closing, "")
    return words


#: Kinds of a source's words that name no one (``non_sources.tsv``): a pronoun ("they") or a
#: vague word ("some", "others") left unresolved is shown as the article's word, never as a name.
UNNAMED_SOURCE_KINDS = frozenset({"pronoun", "vague"})


def unresolved_source(source: object) -> bool:
    """True when a shown source is a pronoun or a vague word that was resolved to no one."""
    return isinstance(source, str) and source_word(source) in UNNAMED_SOURCE_KINDS


def source_label(source: str) -> str:
    """A source as plain text: a name as it is, an unresolved pronoun in quotes, said so."""
    return f"“{source}” (not resolved to a name)" if unresolved_source(source) else source


def anchor(start: int | None, end: int | None) -> str:
    """The fragment of an article page that highlights characters ``start`` to ``end``."""
    if start is None or end is None:
        return ""
    return f"#chars-{start}-{end}"


@dataclass
class Segment:
    """A stretch of article text and the marks that cover it."""

    text: str
    start: int = 0
    classes: list[str] = field(default_factory=list)
    claims: list[int] = field(default_factory=list)
    title: str = ""


Mark = tuple[int, int, str, int | None, str]


def segments(text: str, marks: list[Mark]) -> list[Segment]:
    """Cut ``text`` at every mark boundary. A mark is (start, end, css class, claim, title)."""
    cuts = {0, len(text)}
    for start, end, *_ in marks:
        if 0 <= start < end <= len(text):
            cuts.update((start, end))
    bounds = sorted(cuts)
    out = []
    for left, right in itertools.pairwise(bounds):
        covering = [m for m in marks if m[0] <= left and right <= m[1]]
        out.append(
            Segment(
                text=text[left:right],
                start=left,
                classes=sorted({m[2] for m in covering}),
                claims=sorted({m[3] for m in covering if m[3] is not None}),
                title="; ".join(dict.fromkeys(m[4] for m in covering if m[4])),
            )
        )
    return out


def article_marks(record: dict[str, Any]) -> list[Mark]:
    """Marks for sources, cues, contents (by stance), figures, times, entities and the page
    furniture the stages did not read."""
    marks: list[Mark] = []
    for n, c in enumerate(record["claims"]):
        fragments = _parts(c.get("parts")) or [(c["start"], c["end"])]
        for start, end in fragments:
            marks.append((start, end, f"content st-{c['stance']}", n, c["stance"]))
        if c.get("source_start") is not None:
            marks.append((c["source_start"], c["source_end"], "source", n, "source"))
        if c.get("cue_start") is not None:
            marks.append((c["cue_start"], c["cue_end"], "cue", n, "cue"))
    for q in record["quantities"]:
        marks.append((q["start"], q["end"], "figure", None, f"figure: {figure_value(q)}"))
    for t in record["times"]:
        marks.append((t["start"], t["end"], "time", None, f"time: {time_text(t['value'])}"))
    for m in record["mentions"]:
        marks.append((m["start"], m["end"], "entity", None, m["name"]))
    for f in record.get("furniture", []):
        marks.append((f["start"], f["end"], "furniture", None, f"page furniture ({f['kind']})"))
    return marks


def _parts(parts: Any) -> list[tuple[int, int]]:
    if not parts:
        return []
    if isinstance(parts, str):
        parts = json.loads(parts)
    return [(int(a), int(b)) for a, b in parts]


# -- charts --------------------------------------------------------------------------------


@dataclass
class Series:
    """One source's figures on a chart (a source in one outlet)."""

    name: str
    colour: str
    shape: str
    points: list[dict[str, Any]]


@dataclass
class Chart:
    """An SVG chart of one measure over time: axes, ticks, series and the legend."""

    title: str
    value_label: str
    width: int
    height: int
    left: int
    right: int
    top: int
    bottom: int
    x_ticks: list[dict[str, Any]]
    y_ticks: list[dict[str, Any]]
    series: list[Series]
    log: bool = False
    note: str = ""
    """Said under the chart when some articles give several values of the figure."""
    day_only: int = 0
    """Points of articles that give their day but no time of day: drawn hollow at noon,
    and said under the chart."""

    @property
    def day_only_note(self) -> str:
        if not self.day_only:
            return ""
        if self.day_only == 1:
            said = "1 point is from an article that gives its day but no time of day"
        else:
            said = (
                f"{self.day_only} points are from articles that give their day but no time of day"
            )
        return f"{said}: drawn hollow, at noon of that day, so its place in the day is unknown."


def _moment(row: dict[str, Any]) -> datetime | None:
    value = row.get("published")
    if isinstance(value, datetime):
        return value.replace(tzinfo=None)
    if isinstance(value, date):
        return datetime(value.year, value.month, value.day, 12)
    return None


def _nice_step(span: float, count: int = 5) -> float:
    raw = span / max(count, 1)
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1.0
    for factor in (1, 2, 2.5, 5, 10):
        if factor * power >= raw:
            return float(factor * power)
    return float(10 * power)


def _number(value: float) -> str:
    """A value as written, without float noise: "11.8", "2.67", "1,400,000", "0.0012"."""
    if value == int(value):
        return f"{value:,.0f}"
    if abs(value) < 1:
        return f"{value:.2g}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


#: How a figure's bound reads before its value ("more than 90").
BOUND_WORDS = {
    "exact": "",
    "approx": "about ",
    "more_than": "more than ",
    "less_than": "less than ",
    "at_least": "at least ",
    "at_most": "at most ",
}


def figure_value(row: dict[str, Any]) -> str:
    """A figure's value as it bounds it, with its unit: a range shows both ends ("10 to 15
    minute" with an en dash), an open bound its words ("more than 90 minute")."""
    low, high = row.get("low"), row.get("high")
    if row.get("bound") == "range" and low is not None and high is not None and low != high:
        text = f"{_number(low)}–{_number(high)}"
    else:
        bound = str(row.get("bound") or "exact")
        words = BOUND_WORDS.get(bound, bound.replace("_", " ") + " ")
        text = f"{words}{_number(row['value'])}"
    return f"{text} {row['unit']}" if row.get("unit") else text


def _time_ticks(first: datetime, last: datetime) -> list[datetime]:
    span = last - first
    if span <= timedelta(hours=36):
        step = timedelta(hours=6 if span > timedelta(hours=12) else 2)
        start = first.replace(minute=0, second=0, microsecond=0)
        start -= timedelta(hours=start.hour % (step.seconds // 3600))
    else:
        days = max(1, math.ceil(span.days / 5))
        step = timedelta(days=days)
        start = first.replace(hour=0, minute=0, second=0, microsecond=0)
    ticks: list[datetime] = []
    tick = start
    while tick <= last + step and len(ticks) < 12:
        if first <= tick <= last:
            ticks.append(tick)
        tick += step
    return ticks or [first]


@dataclass
class _Scale:
    """The value axis: linear from ``low`` (or log) to ``high``, ``plot`` pixels tall."""

    low: float
    high: float
    log: bool
    top: int
    plot: int

    def __call__(self, value: float) -> float:
        if self.log:
            lowest = math.log10(self.low)
            position = (math.log10(max(value, self.low)) - lowest) / (
                math.log10(self.high) - lowest
            )
        else:
            position = (value - self.low) / (self.high - self.low)
        position = min(max(position, 0.0), 1.0)
        return round(self.top + self.plot * (1 - position), 1)

    def ticks(self) -> list[float]:
        if self.log:
            first, last = int(math.log10(self.low)), int(math.log10(self.high))
            return [10.0**k for k in range(first, last + 1)]
        step = _nice_step(self.high - self.low)
        return [self.low + k * step for k in range(round((self.high - self.low) / step) + 1)]


def _value_scale(values: list[float], top: int, plot: int) -> _Scale:
    """A value axis that holds every value: from 0 (or the lowest power of ten, on a log
    axis when values span more than three orders of magnitude) to a round number above."""
    high = max(values) if values else 1.0
    positive = [v for v in values if v > 0]
    low = min(0.0, min(values) if values else 0.0)
    log = low >= 0 and bool(positive) and min(positive) * 1000 < high
    if log:
        return _Scale(10 ** math.floor(math.log10(min(positive))), high * 1.2, True, top, plot)
    step = _nice_step(high - low) if high > low else 1.0
    return _Scale(low, max(math.ceil(high / step) * step, low + step), False, top, plot)


def _series_name(row: dict[str, Any]) -> str:
    """A series is one source in one outlet."""
    outlet, source = row.get("outlet"), row["source"]
    if unresolved_source(source):  # the article's word, said to name no one
        return f"“{source}” (not resolved to a name{f', {outlet}' if outlet else ''})"
    return source if not outlet or outlet == source else f"{source} ({outlet})"


def figure_chart(rows: list[dict[str, Any]], title: str, width: int = 760) -> Chart:
    """A chart of figure rows (``views.figure_row``) of one measure: x is when each was
    published (to the minute where known), y its value on a labelled axis; one series per
    source and outlet; bounds drawn as ranges; every mark inside the axes."""
    height, left, right, top, bottom = 320, 72, 16, 16, 56
    unit = next((r["unit"] for r in rows if r.get("unit")), None)
    measures = {r["measure"] for r in rows if r.get("measure")}
    # several verbs' lemmas ("reduce", "cut") of one unit's figures: the unit names the measure
    measure = next(iter(measures)) if len(measures) == 1 else ("" if unit else "value")
    counted = next((r["about"] for r in rows if r.get("about")), None)
    value_label = " ".join(filter(None, (counted, measure))) or "value"
    value_label += f" ({unit})" if unit else ""
    dated = [(r, m) for r in rows if (m := _moment(r)) is not None]
    if not dated:
        return Chart(title, value_label, width, height, left, right, top, bottom, [], [], [])
    first, last = min(m for _, m in dated), max(m for _, m in dated)
    if first == last:
        first, last = first - timedelta(hours=12), last + timedelta(hours=12)
    spans = [_span(r) for r, _ in dated]
    values = [v for span in spans for v in span if math.isfinite(v)]
    scale = _value_scale(values + [r["value"] for r, _ in dated], top, height - top - bottom)
    plot_w = width - left - right

    def x_of(moment: datetime) -> float:
        return round(left + 10 + (plot_w - 20) * ((moment - first) / (last - first)), 1)

    short = last - first <= timedelta(hours=36)
    x_ticks = [
        {"x": x_of(t), "label": f"{t:%H:%M}" if short else f"{t.day} {t:%b}"}
        for t in _time_ticks(first, last)
    ]
    if short:
        x_ticks[0]["label"] = f"{first.day} {first:%b} {x_ticks[0]['label']}"
    y_ticks = [{"y": scale(v), "label": _number(v)} for v in scale.ticks()]
    groups: dict[str, list[tuple[dict[str, Any], datetime, tuple[float, float]]]] = {}
    for (r, m), span in zip(dated, spans, strict=True):
        groups.setdefault(_series_name(r), []).append((r, m, span))
    series = []
    for n, (name, items) in enumerate(sorted(groups.items())):
        shift = (n - (len(groups) - 1) / 2) * 6
        points = []
        for r, m, (lo, hi) in sorted(items, key=lambda item: item[1]):
            day_only = not isinstance(r.get("published"), datetime)  # a date: drawn at noon
            points.append(
                {
                    "x": min(max(x_of(m) + shift, left + 2), width - right - 2),
                    "y": scale(r["value"]),
                    "y_low": scale(lo),
                    "y_high": scale(hi if math.isfinite(hi) else scale.high),
                    "ranged": lo != hi,
                    "label": f"{name}: {figure_value(r)} (“{r['text']}”)"
                    f" — {stamp_text(r.get('published'))}"
                    + (" (no time of day given: drawn at noon)" if day_only else ""),
                    "day_only": day_only,
                    "href": f"/articles/{r['article_id']}{anchor(r['start'], r['end'])}",
                }
            )
        shape = SHAPES[n // len(PALETTE) % len(SHAPES)]
        series.append(Series(name, PALETTE[n % len(PALETTE)], shape, points))
    values_of: dict[str, set[float]] = {}
    for r, _ in dated:
        values_of.setdefault(r["article_id"], set()).add(r["value"])
    several = sum(1 for v in values_of.values() if len(v) > 1)
    note = (
        f"{several} of these articles give{'s' if several == 1 else ''} more than one value "
        "(a before and an after, or several items): each value is its own point, not a change "
        "over time."
        if several
        else ""
    )
    hollow = sum(1 for s in series for p in s.points if p["day_only"])
    return Chart(
        title, value_label, width, height, left, right, top, bottom, x_ticks, y_ticks, series,
        scale.log, note, hollow,
    )  # fmt: skip


def _span(row: dict[str, Any]) -> tuple[float, float]:
    """The values a figure row allows, from its bound (as reconciliation reads it)."""
    figure = FigureRow(
        article_id=row["article_id"],
        start=row["start"],
        end=row["end"],
        text=row["text"],
        value=row["value"],
        low=row.get("low"),
        high=row.get("high"),
        bound=row["bound"],
        about=row.get("about"),
        measure=row.get("measure"),
        source=row.get("source"),
        reported=None,
    )
    return interval(figure)
