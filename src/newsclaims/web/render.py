"""Pure helpers for the pages: article text cut into highlighted segments, and SVG charts."""

from __future__ import annotations

import itertools
import json
import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from newsclaims.reconcile.disagreements import FigureRow, interval

#: Pixels between the series of sources reported on the same day, so none hides another.
SERIES_SHIFT = 14

#: Colours of the sources in a chart, reused in turn.
PALETTE = ("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#17becf")


@dataclass
class Segment:
    """A stretch of article text and the marks that cover it."""

    text: str
    classes: list[str] = field(default_factory=list)
    claims: list[int] = field(default_factory=list)
    title: str = ""


def segments(text: str, marks: list[tuple[int, int, str, int | None, str]]) -> list[Segment]:
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
                classes=sorted({m[2] for m in covering}),
                claims=sorted({m[3] for m in covering if m[3] is not None}),
                title="; ".join(dict.fromkeys(m[4] for m in covering if m[4])),
            )
        )
    return out


def article_marks(record: dict[str, Any]) -> list[tuple[int, int, str, int | None, str]]:
    """Marks for sources, cues, contents (by stance), figures, times, entities and the page
    furniture the stages did not read."""
    marks: list[tuple[int, int, str, int | None, str]] = []
    for n, c in enumerate(record["claims"]):
        parts = c.get("parts")
        fragments = _parts(parts) or [(c["start"], c["end"])]
        for start, end in fragments:
            marks.append((start, end, f"content st-{c['stance']}", n, c["stance"]))
        if c.get("source_start") is not None:
            marks.append((c["source_start"], c["source_end"], "source", n, "source"))
        if c.get("cue_start") is not None:
            marks.append((c["cue_start"], c["cue_end"], "cue", n, "cue"))
    for q in record["quantities"]:
        marks.append((q["start"], q["end"], "figure", None, f"figure: {q['bound']} {q['value']:g}"))
    for t in record["times"]:
        marks.append((t["start"], t["end"], "time", None, f"{t['type']} {t['value']}"))
    for m in record["mentions"]:
        marks.append((m["start"], m["end"], "entity", None, m["name"]))
    for f in record.get("furniture", []):
        marks.append((f["start"], f["end"], "furniture", None, f"page furniture ({f['kind']})"))
    return marks


def _parts(parts: str | None) -> list[tuple[int, int]]:
    if not parts:
        return []
    return [(int(a), int(b)) for a, b in json.loads(parts)]


@dataclass
class Series:
    """One source's figures on a chart."""

    source: str
    colour: str
    points: list[dict[str, Any]]


def figure_chart(rows: list[FigureRow], width: int = 720, height: int = 320) -> dict[str, Any]:
    """Coordinates for an SVG chart: x is the date reported, y the value (log scale when the
    values span more than two orders of magnitude); bounds are drawn as ranges."""
    if not rows:
        return {"series": [], "width": width, "height": height, "ticks": []}
    days = [r.reported or date.min for r in rows]
    first, last = min(days), max(days)
    span_days = (last - first).days
    values = [v for r in rows for v in interval(r) if math.isfinite(v) and v > 0] or [1.0]
    low, high = min(values), max(values)
    log = high / max(low, 1e-9) > 100
    pad = 56

    def y(value: float) -> float:
        value = min(max(value, low), high * 1.1)
        top = math.log10(high * 1.1) if log else high * 1.1
        bottom = math.log10(max(low, 1e-9)) if log else 0.0
        scaled = math.log10(max(value, 1e-9)) if log else value
        return height - pad - (scaled - bottom) / max(top - bottom, 1e-9) * (height - 2 * pad)

    def x(day: date | None, shift: float = 0.0) -> float:
        offset = ((day or first) - first).days / span_days if span_days else 0.5
        return pad + offset * (width - 2 * pad) + shift

    by_source: dict[str, list[FigureRow]] = {}
    for r in rows:
        by_source.setdefault(r.source or "the outlet", []).append(r)
    series = []
    for n, (source, items) in enumerate(sorted(by_source.items())):
        points = []
        for r in sorted(items, key=lambda r: r.reported or date.min):
            lo, hi = interval(r)
            points.append(
                {
                    "x": round(x(r.reported, SERIES_SHIFT * (n - (len(by_source) - 1) / 2)), 1),
                    "y": round(y(r.value), 1),
                    "y_low": round(y(lo if lo > 0 else low), 1),
                    "y_high": round(y(hi if math.isfinite(hi) else high * 1.1), 1),
                    "label": f"{r.text} ({r.measure}) — {r.reported or 'undated'}",
                }
            )
        series.append(Series(source, PALETTE[n % len(PALETTE)], points))
    ticks = [{"y": round(y(v), 1), "label": f"{v:,.0f}"} for v in sorted({low, high})]
    return {"series": series, "width": width, "height": height, "ticks": ticks}
