"""Score the quantities stage on NewsQuant JSON (a list of {"text", "quantities": [...]}).

* **original rule**: a system figure matches a gold one with the same value; with value+unit,
  also the same unit. P = matched system figures / system, R = matched gold / gold.
* **one-to-one**: the same, but each figure can be matched once.
* **bound accuracy**: over value-matched pairs whose gold ``change`` is ``=``, ``~``, ``>`` or
  ``<``: exact, approx, more_than/at_least, less_than/at_most; a gold range ("lo-hi") given
  with ``=`` is a range.

Units are compared by name after a shared normalisation (ISO currency codes and their names,
singular forms), so "USD" matches NewsQuant's "dollar".
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsclaims.errors import ConfigError
from newsclaims.eval.metrics import Counts
from newsclaims.eval.splits import Half, in_half
from newsclaims.extract.pipeline import analyze_articles
from newsclaims.model import Article, Quantity

#: Relative tolerance for equal values.
TOLERANCE = 1e-6

#: Our unit names -> the names NewsQuant uses, where they differ.
UNIT_NAMES = {
    "USD": "dollar", "EUR": "euro", "GBP": "pound sterling", "JPY": "japanese yen",
    "CNY": "chinese yuan", "INR": "indian rupee", "KRW": "south korean won",
    "RUB": "russian ruble", "CHF": "swiss franc", "MYR": "malaysian ringgit",
    "MXN": "mexican peso", "AUD": "australian dollar", "CAD": "canadian dollar",
    "HKD": "hong kong dollar", "NZD": "new zealand dollar", "SGD": "singapore dollar",
    "percent": "percentage",
}  # fmt: skip

BOUND_OF_CHANGE = {
    "range": {"range"},
    "=": {"exact"},
    "~": {"approx"},
    ">": {"more_than", "at_least"},
    "<": {"less_than", "at_most"},
}


@dataclass(frozen=True, slots=True)
class Figure:
    """A value with its unit name and bound."""

    value: float
    unit: str
    bound: str = "exact"


#: Whole unit names that NewsQuant writes differently.
FULL_NAMES = {"degree celsius": "celsius", "degree fahrenheit": "fahrenheit"}
#: Unit names (within a name, "dollar per ...") that NewsQuant gives another, equal name.
PHRASE_NAMES = {
    "pound foot": "foot pound force",
}


def unit_name(unit: str | None) -> str:
    """A comparable unit name: lower case, hyphens as spaces, each word singular, NewsQuant's
    naming ("parts-per-million" and "part per million" compare equal)."""
    if not unit or unit == "-":
        return "-"
    words = [UNIT_NAMES.get(word, word).lower() for word in unit.strip().split()]
    name = " ".join(words).replace("-", " ")
    name = FULL_NAMES.get(name, name)
    name = " ".join(_singular(word) for word in name.split())
    for ours, theirs in PHRASE_NAMES.items():
        name = name.replace(ours, theirs)
    return name


def _singular(word: str) -> str:
    if word in ("feet", "foot"):
        return "foot"
    if word.endswith("men") and len(word) > 4:
        return word[:-3] + "man"
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith(("ss", "us")) and len(word) > 2:
        return word[:-1]
    return word


def read_newsquant(path: Path) -> list[tuple[str, list[Figure], list[str]]]:
    """(text, gold figures, gold changes) for each sentence."""
    if not path.is_file():
        raise ConfigError("E403", f"{path} is not a NewsQuant JSON file.", "pass the .json file.")
    data = json.loads(path.read_text(encoding="utf-8"))
    out = []
    for item in data:
        figures, changes = [], []
        for q in item.get("quantities", []):
            raw = str(q.get("value", ""))
            is_range = "-" in raw[1:]
            try:
                value = float(raw.split("-", maxsplit=1)[0]) if is_range else float(raw)
            except ValueError:
                continue
            figures.append(
                Figure(value, unit_name(q.get("normalized_unit")), "range" if is_range else "exact")
            )
            change = str(q.get("change", "="))
            # a range given as exact ("1000-10000", "=") is a range: its bound is "range"
            changes.append("range" if is_range and change == "=" else change)
        out.append((item["text"], figures, changes))
    return out


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= TOLERANCE * max(1.0, abs(a), abs(b))


def score(items: Iterable[tuple[list[Figure], list[str], list[Figure]]]) -> dict[str, Any]:
    """Scores of (gold figures, gold changes, system figures) per sentence."""
    # original rule: [system figures matched, gold figures matched, system, gold]
    loose = {False: [0, 0, 0, 0], True: [0, 0, 0, 0]}
    one_value, one_unit = Counts(), Counts()
    bound_right = bound_pairs = sentences = 0
    for gold, changes, system in items:
        sentences += 1
        for unit_too, tally in loose.items():

            def match(g: Figure, s: Figure, unit_too: bool = unit_too) -> bool:
                return _same(g.value, s.value) and (not unit_too or g.unit == s.unit)

            tally[0] += sum(1 for s in system if any(match(g, s) for g in gold))
            tally[1] += sum(1 for g in gold if any(match(g, s) for s in system))
            tally[2] += len(system)
            tally[3] += len(gold)
        used: set[int] = set()
        used_unit: set[int] = set()
        for gi, g in enumerate(gold):
            for si, s in enumerate(system):
                if si not in used and _same(g.value, s.value):
                    used.add(si)
                    one_value.matched += 1
                    if changes[gi] in BOUND_OF_CHANGE:
                        expected = BOUND_OF_CHANGE[changes[gi]]
                        if g.bound == "range" and changes[gi] == "=":
                            expected = {"range"}
                        bound_pairs += 1
                        bound_right += s.bound in expected
                    break
            for si, s in enumerate(system):
                if si not in used_unit and _same(g.value, s.value) and g.unit == s.unit:
                    used_unit.add(si)
                    one_unit.matched += 1
                    break
        for counts in (one_value, one_unit):
            counts.predicted += len(system)
            counts.gold += len(gold)

    def prf(c: Counts) -> dict[str, float]:
        return {"p": round(c.p, 4), "r": round(c.r, 4), "f1": round(c.f1, 4)}

    def loose_prf(t: list[int]) -> dict[str, float]:
        p = t[0] / t[2] if t[2] else 0.0
        r = t[1] / t[3] if t[3] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return {"p": round(p, 4), "r": round(r, 4), "f1": round(f1, 4)}

    return {
        "value": loose_prf(loose[False]),
        "value_unit": loose_prf(loose[True]),
        "one_to_one": {"value": prf(one_value), "value_unit": prf(one_unit)},
        "bound_accuracy": round(bound_right / bound_pairs, 4) if bound_pairs else 0.0,
        "sentences": sentences,
        "gold": loose[False][3],
        "system": loose[False][2],
    }


def evaluate(path: Path, limit: int | None = None, half: Half | None = None) -> dict[str, Any]:
    """Run the quantities stage over NewsQuant sentences and score it: all of them, or the
    fixed ``half`` (``newsclaims.eval.splits``, a sentence by its text), then the first
    ``limit``. ``stage_failures`` counts sentences on which a stage raised (W203): their
    figures are missing, not hidden."""
    data = [item for item in read_newsquant(path) if in_half(item[0], half)][:limit]
    analyses = list(analyze_articles(Article(text=text) for text, _, _ in data))
    result = score(
        (
            gold,
            changes,
            # NewsQuant marks every quantity, a time offset ("six minutes later") too: the
            # stage's offsets are scored with its figures, though they are not stored
            [figure_of(q) for q in sorted(a.quantities + a.offsets, key=lambda q: q.start)],
        )
        for (_, gold, changes), a in zip(data, analyses, strict=True)
    )
    result["stage_failures"] = sum(
        1 for a in analyses if a.rejection is not None and a.rejection.code == "W203"
    )
    return result


def figure_of(q: Quantity) -> Figure:
    """One of our figures as the scorer compares it."""
    return Figure(q.value, unit_name(_unit_of(q.unit, q.about)), q.bound)


def _unit_of(unit: str | None, about: str | None) -> str | None:
    """Our unit as NewsQuant names it: the counted noun phrase when there is no unit, and
    before the denominator of a rate of counted things ("test" + "per day")."""
    if unit is None:
        return _count_unit(about)
    if unit.startswith("per ") and about:
        return f"{_count_unit(about)} {unit}"
    return unit


#: Words NewsQuant leaves out of a counted noun phrase it names as the unit ("Kia and
#: Hyundai vehicles" -> "Kia Hyundai vehicle").
COUNT_UNIT_STOPWORDS = frozenset({"and", "or"})


def _count_unit(about: str | None) -> str | None:
    """NewsQuant names a counted noun phrase as the unit ("15 new seasons" -> "new season"),
    without its conjunctions."""
    if not about:
        return None
    return " ".join(w for w in about.lower().split() if w not in COUNT_UNIT_STOPWORDS)
