"""Disagreements: figures that cannot both be true, figures that update each other, figures of
different measures shown side by side, and denials against confirmations.

Work is grouped before it is compared: figures by what they count (normalised ``about``),
stances by article sentence or shared entities, so cost grows with the size of each group,
not with the square of the store.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from itertools import combinations

from newsclaims import settings
from newsclaims.extract.entities import normalise
from newsclaims.model import Analysis, Disagreement, Evidence, Stance, narrowest_claim

#: Measures that describe the same people differently: both figures can be true.
RELATED_MEASURES: dict[frozenset[str], str] = {
    frozenset({"killed", "casualties"}):
        "deaths and casualties (killed plus wounded) are different measures",
    frozenset({"wounded", "casualties"}):
        "wounded and casualties (killed plus wounded) are different measures",
    frozenset({"killed", "wounded"}): "the killed and the wounded are different people",
    frozenset({"killed", "missing"}): "the dead and the missing are counted apart",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class FigureRow:
    """A figure as reconciliation needs it."""

    article_id: str
    start: int
    end: int
    text: str
    value: float
    low: float | None
    high: float | None
    bound: str
    about: str | None
    measure: str | None
    source: str | None
    reported: date | None


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """A claim as reconciliation needs it."""

    article_id: str
    start: int
    end: int
    text: str
    stance: str
    source: str | None
    sentence: int
    entities: frozenset[str]
    reported: date | None


@dataclass(frozen=True, slots=True)
class EventRow:
    """An event as reconciliation needs it."""

    article_id: str
    start: int
    end: int
    text: str
    subtype: str
    actors: frozenset[str]
    location: str | None
    country: str | None
    day: date | None
    source: str | None
    reported: date | None


def interval(f: FigureRow) -> tuple[float, float]:
    """The values a figure allows, from its bound."""
    tolerance = settings.APPROX_TOLERANCE
    if f.bound == "range" and f.low is not None and f.high is not None:
        return f.low, f.high
    return {
        "exact": (f.value, f.value),
        "approx": (f.value * (1 - tolerance), f.value * (1 + tolerance)),
        "more_than": (math.nextafter(f.value, math.inf), math.inf),
        "at_least": (f.value, math.inf),
        "less_than": (0.0, math.nextafter(f.value, -math.inf)),
        "at_most": (0.0, f.value),
    }.get(f.bound, (f.value, f.value))


def _evidence(row: FigureRow | ClaimRow | EventRow) -> Evidence:
    return Evidence(row.article_id, row.start, row.end, row.text, row.source, row.reported)


def _describe(f: FigureRow) -> str:
    return f"{f.source or 'the outlet'} says {f.text} ({f.measure})"


def _compare_figures(a: FigureRow, b: FigureRow, same_source: bool) -> Disagreement | None:
    if a.measure is None or b.measure is None or a.measure == "duration":
        return None
    about = a.about
    between = (a.source or "the outlet", b.source or "the outlet")
    measures = (a.measure, b.measure)
    if a.measure != b.measure:
        why = RELATED_MEASURES.get(frozenset(measures))
        if why is None:
            return None
        return Disagreement(
            "not_comparable", about, between, measures, False,
            f"{why}: {_describe(a)} and {_describe(b)} can both be true",
            (_evidence(a), _evidence(b)),
        )  # fmt: skip
    low_a, high_a = interval(a)
    low_b, high_b = interval(b)
    if low_a <= high_b and low_b <= high_a:
        return None
    if same_source:
        first, last = sorted((a, b), key=lambda f: (f.reported or date.min, f.article_id, f.start))
        return Disagreement(
            "figure_update", about, between, measures, True,
            f"{a.source} revised its figure from {first.text} to {last.text}",
            (_evidence(first), _evidence(last)),
        )  # fmt: skip
    return Disagreement(
        "figures_conflict", about, between, measures, True,
        f"{_describe(a)} and {_describe(b)}: the ranges their bounds allow do not overlap",
        (_evidence(a), _evidence(b)),
    )  # fmt: skip


def figure_disagreements(figures: Iterable[FigureRow]) -> list[Disagreement]:
    """Compare figures that count the same thing, from different statements."""
    groups: dict[str, list[FigureRow]] = defaultdict(list)
    for f in figures:
        if f.about:
            groups[normalise(f.about)].append(f)
    found = []
    for group in groups.values():
        group.sort(key=lambda f: (f.reported or date.min, f.article_id, f.start))
        who = [_who(f.source) for f in group]  # normalised once per figure, not per pair
        latest: dict[tuple[str, str | None], int] = {}
        for i, f in enumerate(group):
            latest[(who[i], f.measure)] = i  # a source's last word on a measure
        current = [latest[(who[i], f.measure)] == i for i, f in enumerate(group)]
        for i, j in combinations(range(len(group)), 2):
            a, b = group[i], group[j]
            if (a.article_id, a.start) == (b.article_id, b.start):
                continue
            same_source = a.source is not None and who[i] == who[j]
            if not same_source and not (current[i] and current[j]):
                continue  # an earlier figure its own source has since revised is not compared
            result = _compare_figures(a, b, same_source)
            if result is not None:
                found.append(result)
    return found


def _who(source: str | None) -> str:
    """A source name compared without case or article ("Fire officials" = "fire officials")."""
    return normalise(source) if source else ""


def _same_proposition(a: ClaimRow, b: ClaimRow) -> bool:
    if a.article_id == b.article_id and a.sentence == b.sentence:
        return True  # "had long denied ..., but in April both confirmed ..."
    words_a = {w for w in normalise(a.text).split() if len(w) > 3}
    words_b = {w for w in normalise(b.text).split() if len(w) > 3}
    overlap = len(words_a & words_b) / max(1, len(words_a | words_b))
    return bool(a.entities & b.entities) and overlap >= settings.SAME_PROPOSITION_OVERLAP


def stance_disagreements(claims: Iterable[ClaimRow]) -> list[Disagreement]:
    """Denials against confirmations of the same proposition."""
    denied = [c for c in claims if c.stance == Stance.DENIED.value]
    confirmed_by_article: dict[str, list[ClaimRow]] = defaultdict(list)
    confirmed_by_entity: dict[str, list[ClaimRow]] = defaultdict(list)
    for c in claims:
        if c.stance == Stance.CONFIRMED.value:
            confirmed_by_article[c.article_id].append(c)
            for e in c.entities:
                confirmed_by_entity[e].append(c)
    found = []
    for d in denied:
        candidates = {id(c): c for c in confirmed_by_article[d.article_id]}
        for e in d.entities:
            candidates.update({id(c): c for c in confirmed_by_entity[e]})
        for c in candidates.values():
            if not _same_proposition(d, c):
                continue
            same_source = d.source is not None and _who(d.source) == _who(c.source)
            if not same_source and (d.article_id, d.sentence) == (c.article_id, c.sentence):
                continue  # "A and B denied ..., but both confirmed": each turned, none contradicts
            kind = "denied_then_confirmed" if same_source else "denied_vs_confirmed"
            why = (
                f"{d.source} first denied, then confirmed"
                if same_source
                else f"{d.source or 'the outlet'} denies what {c.source or 'the outlet'} confirms"
            )
            found.append(
                Disagreement(
                    kind,
                    _topic(d, c),
                    (d.source or "the outlet", c.source or "the outlet"),
                    (),
                    True,
                    why,
                    (_evidence(d), _evidence(c)),
                )
            )
    return found


def _topic(d: ClaimRow, c: ClaimRow) -> str:
    return c.text if len(c.text) < len(d.text) or len(d.text) < 12 else d.text


def event_disagreements(events: Iterable[EventRow]) -> list[Disagreement]:
    """The same event (subtype and actors) told with different days or places by different
    articles, within ``settings.SAME_EVENT_DAYS`` of each other."""
    groups: dict[tuple[str, frozenset[str]], list[EventRow]] = defaultdict(list)
    for e in events:
        if e.actors:
            groups[(e.subtype, e.actors)].append(e)
    found = []
    for (subtype, _actors), group in groups.items():
        group.sort(key=lambda e: (e.reported or date.min, e.article_id, e.start))
        for a, b in combinations(group, 2):
            if a.article_id == b.article_id:
                continue
            between = (a.source or "the outlet", b.source or "the outlet")
            evidence = (_evidence(a), _evidence(b))
            if (
                a.day
                and b.day
                and a.day != b.day
                and abs((a.day - b.day).days) <= settings.SAME_EVENT_DAYS
            ):
                why = f"{between[0]} dates the {subtype} {a.day}, {between[1]} {b.day}"
                found.append(
                    Disagreement("event_date_conflict", subtype, between, (), True, why, evidence)
                )
            if a.location and b.location and a.location != b.location and a.country == b.country:
                why = (
                    f"{between[0]} places the {subtype} in {a.location}, "
                    f"{between[1]} in {b.location}"
                )
                found.append(
                    Disagreement("event_place_conflict", subtype, between, (), True, why, evidence)
                )
    return found


def find_disagreements(
    figures: Iterable[FigureRow], claims: Iterable[ClaimRow], events: Iterable[EventRow] = ()
) -> list[Disagreement]:
    """All disagreements among the given figures, claims and events."""
    return (
        figure_disagreements(figures)
        + stance_disagreements(list(claims))
        + event_disagreements(events)
    )


def events_from_analysis(analysis: Analysis) -> list[EventRow]:
    """Events of one analysed article, with the source of the claim that holds each."""
    names = {e.key: e for e in analysis.entities}
    article = analysis.article
    attributed = [c for c in analysis.claims if c.source]
    rows = []
    for ev in analysis.events:
        claim = narrowest_claim(attributed, ev.start, ev.end)
        source = None
        if claim is not None and claim.source is not None:
            entity = names.get(claim.source_entity or "")
            source = entity.name if entity else claim.source.text
        place = names.get(ev.location or "")
        day = ev.time.begin if ev.time is not None and ev.time.precision == "day" else None
        rows.append(
            EventRow(
                article.id,
                ev.start,
                ev.end,
                ev.text,
                ev.subtype,
                frozenset(names[a].name for a in ev.actors if a in names),
                place.name if place else None,
                place.country if place else None,
                day,
                source or article.outlet,
                article.published,
            )
        )
    return rows


def rows_from_analysis(analysis: Analysis) -> tuple[list[FigureRow], list[ClaimRow]]:
    """Figures and claims of one analysed article, for reconciling without a store."""
    names = {e.key: e.name for e in analysis.entities}
    article = analysis.article

    def source(key: str | None, text: str | None) -> str | None:
        return names.get(key, text) if key else text

    figures = [
        FigureRow(
            article.id,
            q.start,
            q.end,
            q.text,
            q.value,
            q.low,
            q.high,
            q.bound,
            q.about,
            q.measure,
            source(q.source_entity, q.source.text if q.source else None),
            article.published,
        )
        for q in analysis.quantities
    ]
    claims = [
        ClaimRow(
            article.id,
            c.start,
            c.end,
            c.text,
            c.stance.value,
            source(c.source_entity, c.source.text if c.source else None),
            c.sentence,
            frozenset(m.entity for m in analysis.mentions if c.start <= m.start and m.end <= c.end),
            article.published,
        )
        for c in analysis.claims
    ]
    return figures, claims
