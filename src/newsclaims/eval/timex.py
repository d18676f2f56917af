"""Score the time stage on TimeML files with the TempEval-3 rules.

Each ``.tml`` file gives the document creation time (the ``TIMEX3`` inside ``<DCT>``) and gold
``TIMEX3`` tags inline in ``<TEXT>``. The text is stripped of all tags (offsets are taken in
the plain text), the time stage runs on it with the DCT as publication date, and:

* gold and system expressions are paired one-to-one where their characters overlap
  (relaxed match); a strict match needs the same extent;
* P/R/F1 are summed over the corpus;
* value F1 = (relaxed pairs with equal value / relaxed pairs) x relaxed F1; type F1 likewise.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from newsclaims.errors import ConfigError
from newsclaims.eval.metrics import Counts
from newsclaims.eval.splits import Half, in_half
from newsclaims.extract.pipeline import analyze_articles
from newsclaims.model import Article

_TAG = re.compile(r"<(/?)([A-Za-z0-9_]+)([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True, slots=True)
class Timex:
    """A time expression: extent, type and value."""

    start: int
    end: int
    type: str
    value: str


@dataclass
class TimeMLDocument:
    """A document's plain text, its creation time and its gold expressions."""

    name: str
    text: str
    dct: date | None
    gold: list[Timex] = field(default_factory=list)
    stamp: datetime | None = None
    """The creation time with its time of day, when the DCT gives one."""


def parse_tml(data: str, name: str = "") -> TimeMLDocument:
    """Plain text of ``<TEXT>`` with its TIMEX3 offsets, and the DCT."""
    dct_match = re.search(r"<DCT>\s*<TIMEX3([^>]*)>", data)
    dct = None
    stamp = None
    if dct_match:
        value = dict(_ATTR.findall(dct_match.group(1))).get("value", "")
        if re.match(r"\d{4}-\d\d-\d\d", value):
            dct = date.fromisoformat(value[:10])
        if re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d", value):
            stamp = datetime.fromisoformat(value[:16])
    start = data.find("<TEXT>")
    end = data.find("</TEXT>")
    body = data[start + len("<TEXT>") : end] if start >= 0 and end >= 0 else ""
    pieces: list[str] = []
    length = 0
    open_timex: list[tuple[int, dict[str, str]]] = []
    gold: list[Timex] = []
    cursor = 0
    for m in _TAG.finditer(body):
        chunk = html.unescape(body[cursor : m.start()])
        pieces.append(chunk)
        length += len(chunk)
        cursor = m.end()
        closing, tag = m.group(1), m.group(2)
        if tag != "TIMEX3":
            continue
        if not closing:
            open_timex.append((length, dict(_ATTR.findall(m.group(3)))))
        elif open_timex:
            begin, attrs = open_timex.pop()
            gold.append(Timex(begin, length, attrs.get("type", ""), attrs.get("value", "")))
    chunk = html.unescape(body[cursor:])
    pieces.append(chunk)
    return TimeMLDocument(name=name, text="".join(pieces), dct=dct, gold=gold, stamp=stamp)


def read_timeml(folder: Path) -> Iterator[TimeMLDocument]:
    """Every ``.tml`` file below a folder, in name order."""
    files = sorted(folder.rglob("*.tml"))
    if not files:
        raise ConfigError("E403", f"{folder} holds no .tml files.", "pass a TimeML folder.")
    for path in files:
        yield parse_tml(path.read_text(encoding="utf-8"), path.stem)


def _pairs(gold: list[Timex], system: list[Timex]) -> list[tuple[int, int]]:
    """One-to-one relaxed pairs by character overlap, largest overlap first."""
    candidates = []
    for gi, g in enumerate(gold):
        for si, s in enumerate(system):
            overlap = min(g.end, s.end) - max(g.start, s.start)
            if overlap > 0:
                candidates.append((overlap, gi, si))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs = []
    for _overlap, gi, si in candidates:
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            pairs.append((gi, si))
    return pairs


@dataclass
class _Tally:
    strict: Counts = field(default_factory=Counts)
    relaxed: Counts = field(default_factory=Counts)
    same_type: int = 0
    same_value: int = 0
    documents: int = 0


def score(pairs: Iterable[tuple[TimeMLDocument, list[Timex]]]) -> dict[str, Any]:
    """TempEval-3 scores of (document, system expressions) pairs."""
    tally = _Tally()
    for doc, system in pairs:
        tally.documents += 1
        matched = _pairs(doc.gold, system)
        strict = sum(
            1
            for gi, si in matched
            if (doc.gold[gi].start, doc.gold[gi].end) == (system[si].start, system[si].end)
        )
        tally.relaxed += Counts(len(matched), len(system), len(doc.gold))
        tally.strict += Counts(strict, len(system), len(doc.gold))
        tally.same_type += sum(1 for gi, si in matched if doc.gold[gi].type == system[si].type)
        tally.same_value += sum(1 for gi, si in matched if doc.gold[gi].value == system[si].value)
    relaxed_pairs = tally.relaxed.matched
    type_acc = tally.same_type / relaxed_pairs if relaxed_pairs else 0.0
    value_acc = tally.same_value / relaxed_pairs if relaxed_pairs else 0.0

    def prf(c: Counts) -> dict[str, float]:
        return {"p": round(c.p, 4), "r": round(c.r, 4), "f1": round(c.f1, 4)}

    return {
        "strict": prf(tally.strict),
        "relaxed": prf(tally.relaxed),
        "type": {"f1": round(type_acc * tally.relaxed.f1, 4), "accuracy": round(type_acc, 4)},
        "value": {"f1": round(value_acc * tally.relaxed.f1, 4), "accuracy": round(value_acc, 4)},
        "documents": tally.documents,
        "gold": tally.relaxed.gold,
        "system": tally.relaxed.predicted,
    }


def evaluate(folder: Path, limit: int | None = None, half: Half | None = None) -> dict[str, Any]:
    """Run the time stage over TimeML files and score it: all of them, or the fixed ``half``
    (``newsclaims.eval.splits``, a document by its file name without ``.tml``), then the first
    ``limit``."""
    docs = [d for d in read_timeml(folder) if in_half(d.name, half)][:limit]
    analyses = analyze_articles(
        Article(text=d.text, published=d.dct, published_at=d.stamp, origin=d.name) for d in docs
    )
    return score(
        (doc, [Timex(t.start, t.end, t.type, t.value or "") for t in analysis.times])
        for doc, analysis in zip(docs, analyses, strict=True)
    )
