"""Disagreements: figures that cannot both be true, figures that update each other, figures of
different measures shown side by side, and denials against confirmations.

Work is grouped before it is compared: figures by what they count (normalised ``about``),
stances by article sentence or shared entities, so cost grows with the size of each group,
not with the square of the store.

A group is bounded too, so that one story with N figures about one thing costs O(N), not
O(N^2), in rows and memory: a group of more than ``settings.FIGURE_GROUP_EXACT`` figures
compares each figure only with the extremes of the others (per measure, the figures of the
``settings.FIGURE_EXTREME_SOURCES`` sources that gave the lowest and the highest values) and
with its own source's previous figure, and every group keeps at most
``settings.DISAGREEMENT_ROWS_PER_GROUP`` rows of each kind, those whose figures lie furthest
apart; each kept row says how many more of its kind the group found (``Disagreement.folded``).
"""

from __future__ import annotations

import heapq
import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from functools import lru_cache
from itertools import combinations

from newsclaims import settings
from newsclaims.lexicons import (
    DURATION_FROM,
    DURATION_PLANNED,
    body_members,
    cause_links,
    crowd_words,
    duration_activities,
    function_words,
    holderless_time_links,
    lasting_nouns,
    measure_classes,
    modals,
    negation_words,
    perfect_auxiliaries,
    plural_word,
)
from newsclaims.model import (
    Analysis,
    Disagreement,
    DisagreementKind,
    Evidence,
    FigureScope,
    Stance,
    narrowest_claim,
)
from newsclaims.names import name_words, normalise
from newsclaims.reconcile.units import base_size, common_scales, dimension_key

#: Measures that a reader may take for one count, though they describe the same people
#: differently: both figures can be true, and a row says so. Measures nobody takes for one
#: count (the killed and the injured) are not shown side by side: every pair of them would be
#: a row that says nothing.
RELATED_MEASURES: dict[frozenset[str], str] = {
    frozenset({"killed", "casualties"}):
        "deaths and casualties (killed plus injured) are different measures",
    frozenset({"injured", "casualties"}):
        "the injured and casualties (killed plus injured) are different measures",
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
    unit: str | None = None
    entities: frozenset[str] = frozenset()
    """Keys (``entity_keys``) of the entities of the claim that holds the figure: "received
    more than 450,000 euros" counts nothing by name, but its claim is about Lindqvist."""
    scope: str | None = None
    """total, part, context or attribute (``FigureScope``); None (stored before): total."""
    reported_at: datetime | None = None
    """When it was said, to the time of day where the article gives it."""
    country: str | None = None
    """ISO code of the country of the place its clause names: figures of places in two
    countries are of two events ("killed in London", "killed in Seattle")."""


#: A figure as claim grouping compares it: its unit and measure (values are left to the
#: figure disagreements).
FigureKey = tuple[str | None, str | None]


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
    when: tuple[date, date] | None = None
    """The days what is claimed happened on (the claim's first dated time expression)."""
    figures: tuple[FigureKey, ...] = ()
    """The figures stated in the claim's content, as (unit, measure)."""


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
    if f.low is not None and f.high is not None:
        return f.low, f.high  # a range, or a vague quantity ("dozens": 24 to 199)
    bound = f.bound  # a chain, not a table: only the bound's own interval is computed
    if bound == "approx":
        return f.value * (1 - tolerance), f.value * (1 + tolerance)
    if bound == "more_than":
        return math.nextafter(f.value, math.inf), math.inf
    if bound == "at_least":
        return f.value, math.inf
    if bound == "less_than":
        return 0.0, math.nextafter(f.value, -math.inf)
    if bound == "at_most":
        return 0.0, f.value
    return f.value, f.value  # exact, or a bound of no known name


def _common_intervals(
    a: FigureRow, b: FigureRow
) -> tuple[tuple[float, float], tuple[float, float]] | None:
    """The values two figures allow, in one unit: as stated when their units are one; after
    conversion when they are two units of one dimension ("40 m", "131 feet"), each widened by
    ``settings.UNIT_CONVERSION_TOLERANCE`` for the rounding of a conversion; None when their
    units cannot be compared (other dimensions or currencies)."""
    if a.unit == b.unit:
        return interval(a), interval(b)
    scales = common_scales(a.unit, b.unit)
    if scales is None:
        return None
    spread = settings.UNIT_CONVERSION_TOLERANCE
    return (
        _scaled(interval(a), scales[0] * (1 - spread), scales[0] * (1 + spread)),
        _scaled(interval(b), scales[1] * (1 - spread), scales[1] * (1 + spread)),
    )


def _scaled(values: tuple[float, float], low: float, high: float) -> tuple[float, float]:
    return values[0] * low, values[1] * high


def _evidence(row: FigureRow | ClaimRow | EventRow) -> Evidence:
    return Evidence(row.article_id, row.start, row.end, row.text, row.source, row.reported)


@dataclass(slots=True)
class _Kept:
    """The disagreements of one group, at most ``limit`` of each kind: those with the highest
    score (for figures, how far apart they lie), in the order found; the rest are counted."""

    limit: int = settings.DISAGREEMENT_ROWS_PER_GROUP
    seq: int = 0
    found: dict[str, int] = field(default_factory=dict)
    heaps: dict[str, list[tuple[float, int, Disagreement]]] = field(default_factory=dict)

    def add(self, score: float, d: Disagreement) -> None:
        self.seq += 1
        self.found[d.kind] = self.found.get(d.kind, 0) + 1
        heap = self.heaps.setdefault(d.kind, [])
        item = (score, -self.seq, d)  # on a tie, the one found first is kept
        if len(heap) < self.limit:
            heapq.heappush(heap, item)
        else:
            heapq.heappushpop(heap, item)

    def rows(self) -> list[Disagreement]:
        """The kept rows in the order found, each with the count of its kind left out."""
        kept = sorted((item for heap in self.heaps.values() for item in heap), key=lambda x: -x[1])
        out = []
        for _, _, d in kept:
            folded = self.found[d.kind] - len(self.heaps[d.kind])
            out.append(replace(d, folded=folded) if folded else d)
        return out


def _gap(a: FigureRow, b: FigureRow) -> float:
    """How far apart two figures lie: the space between their intervals, relative to the
    larger end (0 when they overlap, one is open-ended or their units are not comparable)."""
    both = _common_intervals(a, b)
    if both is None:
        return 0.0
    (low_a, high_a), (low_b, high_b) = both
    space = max(low_a, low_b) - min(high_a, high_b)
    top = max(abs(max(low_a, low_b)), 1e-9)
    return space / top if space > 0 and math.isfinite(space) else 0.0


def _describe(f: FigureRow) -> str:
    return f"{f.source or 'the outlet'} says {f.text} ({f.measure})"


#: Measures whose figures are never compared: a person's age.
_NOT_COUNTS = frozenset({"age"})
#: A length of time: compared only when it names what lasts ("a 17-minute rain delay"), and
#: an ongoing one grows, so a longer figure said later is consistent with a shorter one.
_DURATION = "duration"
#: The unit of a frequency ("deployed five times", "I died like six times"): it counts how
#: often something happened, not what happened to, so it is never compared.
_FREQUENCY = "count"


def comparable(f: FigureRow) -> bool:
    """Whether a figure takes part in comparisons: a total of the story's own event (not a
    part, another event's figure, an age or a frequency) that counts something
    (``counts_nothing``), of a measure class ("killed", "spent"), a duration of something
    named ("the 90-minute meeting"; not an activity alone, "waited 90 minutes"), or an
    amount of money whatever its verb ("received about 200,000 euros"). Two counts that
    share any other verb may count different things ("five freed" from the wreckage, "two
    freed" by the fire crew) and are not compared."""
    if f.scope not in (None, FigureScope.TOTAL.value) or f.measure is None:
        return False
    if counts_nothing(f):
        return False
    if f.measure in _NOT_COUNTS or f.unit in ("year of age", _FREQUENCY):
        return False  # an age stored before ages had a measure of their own is still an age
    if f.measure == _DURATION:
        # "17 minutes later": nothing said to last; "waited 90 minutes" (wait), "their first
        # title in 108 years" (time since last title): whose wait or title it was is not said
        return f.about is not None and bool(f.about) and not _unowned_duration(f.about)
    return f.measure in measure_classes() or _is_money(f.unit)


def _unowned_duration(about: str) -> bool:
    """A duration named by an activity alone ("wait", "search"), a lasting state alone
    ("curse", "drought"), a place, role, course or task alone ("time in prison", "time as
    mayor", "time of race", "time to appeal": ``holderless_time_links``) or by the thing it
    counts from ("time since last title"): two of them may be different people's or teams'.
    Nor is a length a plan or expectation gives ("expected length of meeting"): it says what
    was to happen, not what did."""
    lower = about.lower()
    if lower in lasting_nouns():
        return True  # "the jinx lasted 40 years": whose jinx is not said
    words = lower.split()
    if len(words) >= 3 and words[0] == "time" and words[1] in holderless_time_links():
        # "time in prison", "time as mayor", "time of race", "time to appeal": a place, role,
        # course or task alone; one defendant's or mayor's time is not another's (fig42)
        return True
    if len(words) >= 3 and words[0] == "time" and words[1] != "to" and plural_word(words[-2]):
        # "time men held", "time workers stuck": a plain plural any story may name is no one
        # in particular (fix39c)
        return True
    return lower in duration_activities().values() or lower.startswith(
        (*DURATION_FROM, DURATION_PLANNED)
    )


def counts_nothing(f: FigureRow) -> bool:
    """A bare number that names nothing it counts: no counted noun, no unit, and no measure
    class that names the counted ("52 casualties", "seven died": the dead). "Scored three in the
    eighth", "went from 41 years to 42": nothing says two of them count the same thing, so it
    never enters a disagreement."""
    return not f.about and f.unit is None and f.measure not in measure_classes()


def _is_money(unit: str | None) -> bool:
    """An ISO 4217 currency code ("EUR", "USD") is the unit of an amount of money."""
    return unit is not None and len(unit) == 3 and unit.isalpha() and unit.isupper()


_NO_TIME = datetime.min.replace(tzinfo=UTC)


def _moment(f: FigureRow) -> tuple[date, datetime]:
    """When a figure was said, comparable across articles with and without a time of day
    (a stamp without a zone is read as UTC)."""
    at = f.reported_at
    if at is not None and at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return f.reported or date.min, at or _NO_TIME


def said_before(a: FigureRow, b: FigureRow) -> bool:
    """Whether ``a`` was said before ``b``: an earlier day, or the same day at an earlier
    time when both articles give their time of day."""
    if a.reported is None or b.reported is None:
        return False
    if a.reported != b.reported:
        return a.reported < b.reported
    if a.reported_at is None or b.reported_at is None:
        return False
    return _moment(a) < _moment(b)


def _compare_figures(a: FigureRow, b: FigureRow, same_source: bool) -> Disagreement | None:
    if a.measure is None or b.measure is None or common_scales(a.unit, b.unit) is None:
        return None  # other dimensions ("40 m", "40 minutes") or currencies: never compared
    about = a.about
    between = (a.source or "the outlet", b.source or "the outlet")
    measures = (a.measure, b.measure)
    if a.measure != b.measure:
        why = RELATED_MEASURES.get(frozenset(measures))
        if why is None:
            return None
        return Disagreement(
            DisagreementKind.NOT_COMPARABLE, about, between, measures, False,
            f"{why}: {_describe(a)} and {_describe(b)} can both be true",
            (_evidence(a), _evidence(b)),
        )  # fmt: skip
    both = _common_intervals(a, b)
    if both is None:
        return None
    (low_a, high_a), (low_b, high_b) = both
    if low_a <= high_b and low_b <= high_a:
        return None
    if same_source:
        # an update: the same source, measure and event, said again later (two figures said
        # at once by one source count different things)
        if not (said_before(a, b) or said_before(b, a)):
            return None
        first, last = (a, b) if said_before(a, b) else (b, a)
        return Disagreement(
            DisagreementKind.FIGURE_UPDATE, about, between, measures, True,
            f"{a.source} revised its figure from {first.text} to {last.text}",
            (_evidence(first), _evidence(last)),
        )  # fmt: skip
    lower, higher = (a, b) if high_a < low_b else (b, a)
    grows = measure_classes().get(a.measure, False) or a.measure == _DURATION
    if grows and said_before(lower, higher):
        return None  # a toll that rose as it was counted, a search that went on: consistent
    return Disagreement(
        DisagreementKind.FIGURES_CONFLICT, about, between, measures, True,
        f"{_describe(a)} and {_describe(b)}: the ranges their bounds allow do not overlap",
        (_evidence(a), _evidence(b)),
    )  # fmt: skip


def figure_disagreements(figures: Iterable[FigureRow]) -> list[Disagreement]:
    """Compare figures that count the same thing, from different statements.

    Figures are grouped by what they count (``about``). A figure that names nothing it counts
    ("received more than 450,000 euros", "52 casualties") is compared, within each entity of
    its claim, with the figures of the same unit whose claims share that entity.
    """
    rows = [f for f in join_compounds(figures) if comparable(f)]
    groups: dict[str, list[FigureRow]] = defaultdict(list)
    by_entity: dict[str, list[FigureRow]] = defaultdict(list)
    for f in rows:
        if f.about:
            groups[_counted(f)].append(f)
        for entity in f.entities:
            by_entity[entity].append(f)
    found: list[Disagreement] = []
    seen: set[tuple[object, ...]] = set()
    for group in groups.values():
        found += _compare_group(group, lambda a, b: True, seen)
    for group in by_entity.values():
        if any(f.about is None for f in group):
            found += _compare_group(group, _loose_pair, seen)
    return found


def join_compounds(figures: Iterable[FigureRow]) -> list[FigureRow]:
    """The figures with each compound measure as one figure: "5 feet 10 inches" is 70 inches
    and "2 hours and 30 minutes" 150 minutes, not "5 feet" and "10 inches" compared each on its
    own (against "1.78 metres", "150 minutes": false conflicts). Parts form a compound when
    they are adjacent in one article (``settings.COMPOUND_FIGURE_GAPS``), of one source and
    dimension, the larger unit first, each later part less than one of the unit before it,
    and neither names a different measure or thing counted than the other."""
    ordered = sorted(figures, key=lambda f: (f.article_id, f.start))
    joined: list[FigureRow] = []
    for f in ordered:
        last = joined[-1] if joined else None
        whole = _compound(last, f) if last is not None else None
        if whole is None:
            joined.append(f)
        else:
            joined[-1] = whole
    return joined


def _compound(a: FigureRow, b: FigureRow) -> FigureRow | None:
    """``a`` and ``b`` as one figure in ``b``'s unit when they form a compound measure."""
    if a.article_id != b.article_id or b.start - a.end not in settings.COMPOUND_FIGURE_GAPS:
        return None
    if a.source != b.source or a.low is not None or b.low is not None:
        return None  # a range is no part of a compound
    scales = common_scales(a.unit, b.unit)
    if scales is None or scales[0] <= scales[1] or b.value * scales[1] >= scales[0]:
        return None  # other dimensions, the smaller unit first, or "6 feet 14 inches"
    if not float(a.value).is_integer() or b.bound != "exact":
        return None  # "1.5 hours 30 minutes", "6 feet about 2 inches": no compound
    if None not in (a.measure, b.measure) and a.measure != b.measure:
        return None
    about = a.about if a.about and a.about.lower() not in b.text.lower().split() else None
    if about and b.about and normalise(about) != normalise(b.about):
        return None  # (a first part's counted noun may be the next part's unit: "inches")
    gap = " " if b.start - a.end == 1 else " and "
    return replace(
        b, start=a.start, text=f"{a.text}{gap}{b.text}",
        value=a.value * scales[0] / scales[1] + b.value, bound=a.bound,
        about=about or b.about, measure=a.measure or b.measure,
        scope=a.scope if a.scope is not None else b.scope,
        entities=a.entities | b.entities, country=a.country or b.country,
    )  # fmt: skip


def _counted(f: FigureRow) -> str:
    """What a figure counts, as figures are grouped to be compared: the people who took part
    in a gathering are its crowd, whatever the text calls them."""
    about = normalise(f.about or "")
    if f.measure == "participated" and about.split()[-1:] and about.split()[-1] in crowd_words():
        return "crowd"
    return about


def _loose_pair(a: FigureRow, b: FigureRow) -> bool:
    """Two figures of one entity are compared when one of them names nothing it counts and
    their units agree (or are of one dimension: "40 m", "131 feet")."""
    return (a.about is None or b.about is None) and common_scales(a.unit, b.unit) is not None


def _extremes(group: list[FigureRow], who: list[str]) -> set[int]:
    """The figures every other figure of a large group is compared with: per measure and
    unit (units of one dimension as one, their figures converted), each source's lowest and
    highest figure, of the ``FIGURE_EXTREME_SOURCES`` sources lowest and the as many
    highest."""
    lowest: dict[FigureKey, dict[str, tuple[float, int]]] = defaultdict(dict)
    highest: dict[FigureKey, dict[str, tuple[float, int]]] = defaultdict(dict)
    for i, f in enumerate(group):
        size = base_size(f.unit)
        low, high = (value * size for value in interval(f))
        kind: FigureKey = (dimension_key(f.unit), f.measure)
        if who[i] not in lowest[kind] or high < lowest[kind][who[i]][0]:
            lowest[kind][who[i]] = (high, i)
        if who[i] not in highest[kind] or low > highest[kind][who[i]][0]:
            highest[kind][who[i]] = (low, i)
    n = settings.FIGURE_EXTREME_SOURCES
    hubs: set[int] = set()
    for key, by_source in lowest.items():
        hubs.update(i for _, i in heapq.nsmallest(n, by_source.values()))
        hubs.update(i for _, i in heapq.nlargest(n, highest[key].values()))
    return hubs


def _pairs(group: list[FigureRow], who: list[str]) -> Iterator[tuple[int, int]]:
    """The pairs of a group to compare (``i < j``): all of them in a small group; in a large
    one, each figure with the extremes (``_extremes``) and with its source's previous figure
    of the measure (so that a revision is still seen)."""
    if len(group) <= settings.FIGURE_GROUP_EXACT:
        yield from combinations(range(len(group)), 2)
        return
    hubs = sorted(_extremes(group, who))
    chosen: set[tuple[int, int]] = set()
    previous: dict[tuple[str, str | None], int] = {}
    for i, f in enumerate(group):
        chosen.update((min(i, h), max(i, h)) for h in hubs if h != i)
        last = previous.get((who[i], f.measure))
        if last is not None:
            chosen.add((last, i))
        previous[(who[i], f.measure)] = i
    yield from sorted(chosen)


def _compare_group(
    group: list[FigureRow],
    pair: Callable[[FigureRow, FigureRow], bool],
    seen: set[tuple[object, ...]],
) -> list[Disagreement]:
    group.sort(key=lambda f: (_moment(f), f.article_id, f.start))
    who = _speakers([_who(f.source) for f in group])  # once per figure, not per pair
    # when each figure stopped being its source's last word on the measure (None: it still is)
    superseded: list[date | None] = [None] * len(group)
    # per source and measure, its figures of the latest day seen so far (the group is in
    # date order, so a later day supersedes all of them at once)
    pending: dict[tuple[str, str | None], list[int]] = {}
    for i, f in enumerate(group):
        source_measure = (who[i], f.measure)
        waiting = pending.get(source_measure, [])
        if waiting and group[waiting[0]].reported != f.reported:
            for k in waiting:
                superseded[k] = f.reported or date.min
            waiting = []
        pending[source_measure] = [*waiting, i]
    kept = _Kept()
    restated = _restated(group, who)
    for i, j in _pairs(group, who):
        a, b = group[i], group[j]
        if (a.article_id, a.start) == (b.article_id, b.start) or not pair(a, b):
            continue
        if i in restated or j in restated:
            continue  # the figure it restates in another unit stands for both
        if a.country and b.country and a.country != b.country:
            continue  # two events: "killed in London" and "killed in Seattle"
        if a.article_id == b.article_id and (a.measure == b.measure or who[i] == who[j]):
            continue  # an article does not contradict or revise itself: its figures of one
            # measure count different things ("the 500g jars cut to 450g")
        same_source = a.source is not None and who[i] == who[j]
        ended = superseded[i]
        if not same_source and ended is not None and ended <= (b.reported or date.min):
            continue  # a's source had revised it by the time b was said: no conflict then
        result = _compare_figures(a, b, same_source)
        if result is None:
            continue
        # one disagreement per pair of sources and statements: a figure repeated by several
        # outlets, or met in two groups, is not a second disagreement
        key = (result.kind, frozenset({(who[i], a.value, a.bound), (who[j], b.value, b.bound)}))
        if key not in seen:
            seen.add(key)
            kept.add(_gap(a, b), result)
    return kept.rows()


def _restated(group: list[FigureRow], who: list[str]) -> set[int]:
    """The figures of a group (in ``_compare_group``'s order) that restate the figure before
    them in another unit: "40 metres (131 feet)", the same article, source and measure, in
    units of one dimension, values that agree once converted. Only the first is compared, so
    that one statement is one side of a disagreement, not two."""
    found: set[int] = set()
    for i in range(1, len(group)):
        a, b = group[i - 1], group[i]
        if a.article_id != b.article_id or who[i - 1] != who[i] or a.measure != b.measure:
            continue
        both = _common_intervals(a, b) if a.unit != b.unit else None
        if both is not None and both[0][0] <= both[1][1] and both[1][0] <= both[0][1]:
            found.add(i)
    return found


@lru_cache(maxsize=65536)
def _who(source: str | None) -> str:
    """A source name compared without case or article ("Fire officials" = "fire officials");
    a body's people are that body only beside it (``_same_who``, ``_speakers``)."""
    return normalise(source) if source else ""


def _same_who(a: str, b: str) -> bool:
    """Whether two normalised sources are one: the same name, or a body and its people
    ("Voltra" and "Voltra officials": a body does not disagree with itself). The people of
    one body are not one source among themselves unless the body is: what is left of "senior
    officials" and "senior executives", "state officials" and "state representatives" once
    their member noun is cut off ("senior", "state") names no body."""
    return a == b or (a != "" and b != "" and (_body(a) == b or _body(b) == a))


def _speakers(names: list[str]) -> list[str]:
    """Normalised sources with a body's people as the body when the body itself is among
    them (the key ``_same_who`` would agree with for the pairs of ``names``)."""
    plain = {n for n in names if _body(n) == n}
    return [body if (body := _body(n)) in plain else n for n in names]


@lru_cache(maxsize=65536)
def _body(name: str) -> str:
    """The body a normalised source speaks for, when it is its people: "voltra officials",
    "voltra's spokeswoman", "a spokesman for voltra" -> "voltra"; any other name as it is.
    What is left may name no body ("senior officials" -> "senior"): see ``_same_who``."""
    words = name.split()
    members = body_members()
    if len(words) > 2 and words[0] in members and words[1] in ("for", "of", "at"):
        return normalise(" ".join(words[2:]))
    if len(words) > 3 and words[1] in members and words[2] in ("for", "of", "at"):
        return normalise(" ".join(words[3:]))  # "senior officials at ...", "one spokesman for ..."
    if len(words) > 1 and words[-1] in members:
        return normalise(" ".join(words[:-1]))
    return name


def _same_proposition(a: ClaimRow, b: ClaimRow) -> bool:
    if a.article_id == b.article_id and a.sentence == b.sentence:
        return True  # "had long denied ..., but in April both confirmed ..."
    if not a.entities & b.entities:
        return False
    words_a, words_b = _long_words(a.text), _long_words(b.text)
    overlap = len(words_a & words_b) / max(1, len(words_a | words_b))
    return overlap >= settings.SAME_PROPOSITION_OVERLAP


@lru_cache(maxsize=65536)
def _long_words(text: str) -> frozenset[str]:
    """Words over three letters, normalised (computed once per claim text, not per pair)."""
    return frozenset(w for w in normalise(text).split() if len(w) > 3)


def _denial_candidates(lists: Iterable[list[ClaimRow]]) -> Iterator[ClaimRow]:
    """The claims of ``lists`` in order, each once, at most ``limit`` of them: a denial is
    compared with that many candidates, not with every claim of a story that names its
    entities (which made a story's denials take time with the square of its size). Reads
    at most twice ``limit`` entries of each list (``settings.DENIAL_CANDIDATES``)."""
    limit = settings.DENIAL_CANDIDATES
    seen: set[int] = set()
    for claims in lists:
        for c in claims:
            if len(seen) >= limit:
                return
            if id(c) not in seen:
                seen.add(id(c))
                yield c


def stance_disagreements(claims: Iterable[ClaimRow]) -> list[Disagreement]:
    """Denials against confirmations of the same proposition, and against what another
    source states as fact ("Prosecutors said he received ..." / "he denied receiving ...")."""
    claims = list(claims)
    denied = [c for c in claims if c.stance == Stance.DENIED.value]
    confirmed_by_article: dict[str, list[ClaimRow]] = defaultdict(list)
    confirmed_by_entity: dict[str, list[ClaimRow]] = defaultdict(list)
    for c in claims:
        if c.stance == Stance.CONFIRMED.value:
            confirmed_by_article[c.article_id].append(c)
            for e in c.entities:
                confirmed_by_entity[e].append(c)
    found: list[Disagreement] = []
    for d in denied:
        kept = _Kept()
        lists = [confirmed_by_article[d.article_id], *(confirmed_by_entity[e] for e in d.entities)]
        for c in _denial_candidates(lists):
            if not _same_proposition(d, c) or _context_only(d, c):
                continue
            same_source = d.source is not None and _same_who(_who(d.source), _who(c.source))
            if not same_source and (d.article_id, d.sentence) == (c.article_id, c.sentence):
                continue  # "A and B denied ..., but both confirmed": each turned, none contradicts
            kind = (
                DisagreementKind.DENIED_THEN_CONFIRMED
                if same_source
                else DisagreementKind.DENIED_VS_CONFIRMED
            )
            why = (
                f"{d.source} first denied, then confirmed"
                if same_source
                else f"{d.source or 'the outlet'} denies what {c.source or 'the outlet'} confirms"
            )
            kept.add(
                0.0,
                Disagreement(
                    kind,
                    _topic(d, c),
                    (d.source or "the outlet", c.source or "the outlet"),
                    (),
                    True,
                    why,
                    (_evidence(d), _evidence(c)),
                ),
            )
        found += kept.rows()
    return found + _denials_against_claims(denied, claims)


#: Stances that state a proposition as fact or as a source's account of it, or put it
#: forward as likely ("suggested the fare rise was linked to the strike"): a denial of the same
#: proposition cannot hold with any of them.
CLAIMED_STANCES = frozenset(
    {
        Stance.ASSERTED.value,
        Stance.REPORTED.value,
        Stance.QUOTED.value,
        Stance.ESTIMATED.value,
        Stance.HEDGED.value,
    }
)


@lru_cache(maxsize=65536)
def _content_stems(text: str) -> frozenset[str]:
    """Content words of a claim, crudely stemmed ("received" and "receiving" -> "receiv"),
    without the marks around them ("fares rose: the strike" holds "fares"), and without a
    negated auxiliary ("didn't" is no word "didn")."""
    kept = " ".join(w for w in text.casefold().split() if not _contracted_negation(w))
    return frozenset(_stem(w) for w in name_words(kept).split() if _content_word(w))


def _contracted_negation(word: str) -> bool:
    """Whether a word is an auxiliary with "n't", curly or straight ("didn't", "wasn't")."""
    return word.replace("’", "'").rstrip(".,;:!?\"')").endswith("n't")


def _content_word(word: str) -> bool:
    return len(word) > 3 and word not in function_words() and word.isalpha()


def _stem(word: str) -> str:
    suffix = next(
        (x for x in ("ing", "ed", "es", "s", "e") if word.endswith(x) and len(word) > len(x) + 3),
        "",
    )
    return word[: len(word) - len(suffix)]


#: A place of a link (``cause_links``) among a text's words: its first word, the word after
#: its last, and its sense.
_Link = tuple[int, int, str]


@lru_cache(maxsize=65536)
def _links(text: str) -> tuple[tuple[str, ...], tuple[_Link, ...]]:
    """The words of a text (``name_words``) and its cause and context links, the longest
    phrase at each place, in text order."""
    words = tuple(name_words(text).split())
    phrases = cause_links()
    longest = max((len(p) for p in phrases), default=0)
    links: list[_Link] = []
    i = 0
    while i < len(words):
        for n in range(min(longest, len(words) - i), 0, -1):
            sense = phrases.get(words[i : i + n])
            if sense is not None:
                links.append((i, i + n, sense))
                i += n
                break
        else:
            i += 1
    return words, tuple(links)


@lru_cache(maxsize=65536)
def _denied_causes(text: str) -> frozenset[str]:
    """What a denial denies as a cause: the content stems after its last cause link ("fares
    went up because of the strike" -> {"strike"}); empty when it names no cause."""
    words, links = _links(text)
    ends = [end for _, end, sense in links if sense == "cause"]
    if not ends:
        return frozenset()
    return frozenset(_stem(w) for w in words[ends[-1] :] if _content_word(w))


def _context_only(denial: ClaimRow, claim: ClaimRow) -> bool:
    """Whether a statement names what a denial denies as a cause only as the time or context
    of what it says: each of its words comes right after a context link that governs it (a
    few words between, ``settings.CONTEXT_GAP_WORDS``), with no cause link nearer ("fares went
    up on fuel prices in the wake of the strike" against "denies the fares went up because of
    the strike"). It says when, not why, and both can hold."""
    causes = _denied_causes(denial.text)
    if not causes:
        return False
    words, links = _links(claim.text)
    named = False
    for i, word in enumerate(words):
        if _stem(word) not in causes:
            continue
        before = [link for link in links if link[1] <= i]
        if not before or before[-1][2] != "context":
            return False
        gap = words[before[-1][1] : i]
        if (
            len(gap) > settings.CONTEXT_GAP_WORDS
            or sum(_content_word(w) for w in gap) > settings.CONTEXT_GAP_CONTENT
        ):
            return False  # "after a long study they found the merger caused": not its context
        named = True
    return named


def _denials_against_claims(denied: list[ClaimRow], claims: list[ClaimRow]) -> list[Disagreement]:
    """A denial against another source's statement that shares an entity with it and holds
    most of the denial's content words."""
    by_entity: dict[str, list[ClaimRow]] = defaultdict(list)
    for c in claims:
        if c.stance in CLAIMED_STANCES and c.source and _past_or_unhedged(c):
            for e in c.entities:
                by_entity[e].append(c)
    found: list[Disagreement] = []
    for d in denied:
        kept = _Kept()
        words = _content_stems(d.text)
        if len(words) < 2:
            continue  # "denied it": nothing to match on
        # "Lindqvist denied that he had received money": the denial is about its source too
        about = d.entities | (entity_keys(d.source, "PERSON") if d.source else frozenset())
        for c in _denial_candidates([by_entity[e] for e in about]):
            if _same_who(_who(c.source), _who(d.source)) or c.article_id == d.article_id:
                continue
            if _negates(c.text):
                continue  # "the price rise had nothing to do with the strike" agrees with a denial
            shared = len(words & _content_stems(c.text)) / len(words)
            if shared < settings.DENIAL_CONTENT_SHARE or _context_only(d, c):
                continue
            kept.add(
                0.0,
                Disagreement(
                    DisagreementKind.DENIED_VS_CLAIMED,
                    _topic(d, c),
                    (d.source or "the outlet", c.source or "the outlet"),
                    (),
                    True,
                    f"{d.source or 'the outlet'} denies what {c.source} {_says(c)}",
                    (_evidence(d), _evidence(c)),
                ),
            )
        found += kept.rows()
    return found


@lru_cache(maxsize=65536)
def _modal_without_perfect(text: str) -> bool:
    """Whether a text has a modal (``modals.tsv``) not followed by a perfect auxiliary
    (``perfect_auxiliaries.tsv``): "could raise" but not "may have raised"."""
    words = _plain_words(text)
    return any(
        w in modals() and (i + 1 == len(words) or words[i + 1] not in perfect_auxiliaries())
        for i, w in enumerate(words)
    )


def _past_or_unhedged(c: ClaimRow) -> bool:
    """Whether a claim can contradict a denial of a past fact: any claim but a hedge whose
    modal puts it as a possibility ("the strike could raise the fares" against "denied the
    strike raised the fares": both can hold); a hedge on a past fact ("suggested the rise was
    related to", "may have raised") can."""
    return c.stance != Stance.HEDGED.value or not _modal_without_perfect(c.text)


def _says(c: ClaimRow) -> str:
    """How a row tells what a claim does with its proposition: a hedge suggests it."""
    return "suggests" if c.stance == Stance.HEDGED.value else "states"


@lru_cache(maxsize=65536)
def _negates(text: str) -> bool:
    """Whether a statement negates what it says ("wasn't done", "not a result of")."""
    return any(w in negation_words() or _contracted_negation(w) for w in _plain_words(text))


@lru_cache(maxsize=65536)
def _plain_words(text: str) -> tuple[str, ...]:
    """A text's words as the modal and negation checks read them: normalised, with a curly
    apostrophe made straight (U+2019 -> "'")."""
    return tuple(normalise(text).replace("’", "'").split())


def _topic(d: ClaimRow, c: ClaimRow) -> str:
    return c.text if len(c.text) < len(d.text) or len(d.text) < 12 else d.text


def event_disagreements(events: Iterable[EventRow]) -> list[Disagreement]:
    """The same event (subtype and actors) told with different days or places by different
    articles, within ``settings.SAME_EVENT_DAYS`` of each other."""
    groups: dict[tuple[str, frozenset[str]], list[EventRow]] = defaultdict(list)
    for e in events:
        if e.actors:
            groups[(e.subtype, e.actors)].append(e)
    found: list[Disagreement] = []
    for (subtype, _actors), group in groups.items():
        kept = _Kept()
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
                kept.add(
                    abs((a.day - b.day).days),
                    Disagreement(
                        DisagreementKind.EVENT_DATE_CONFLICT,
                        subtype,
                        between,
                        (),
                        True,
                        why,
                        evidence,
                    ),
                )
            if a.location and b.location and a.location != b.location and a.country == b.country:
                why = (
                    f"{between[0]} places the {subtype} in {a.location}, "
                    f"{between[1]} in {b.location}"
                )
                kept.add(
                    0.0,
                    Disagreement(
                        DisagreementKind.EVENT_PLACE_CONFLICT,
                        subtype,
                        between,
                        (),
                        True,
                        why,
                        evidence,
                    ),
                )
        found += kept.rows()
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


@lru_cache(maxsize=65536)
def entity_keys(name: str, kind: str) -> frozenset[str]:
    """How a figure's entity is matched across articles: by normalised name, whatever type
    the tagger gave it in each article ("Port Vell" as GPE here, FAC there), and a person
    also by surname ("Erik Lindqvist" meets a later "Lindqvist")."""
    norm = normalise(name)
    if kind == "PERSON" and " " in norm:
        return frozenset({norm, norm.rsplit(" ", 1)[1]})
    return frozenset({norm})


class _EntityKeys:
    """The entity keys (see ``entity_keys``) of the claims of one analysis, with each
    mention's keys worked out once."""

    def __init__(self, analysis: Analysis) -> None:
        known = {e.key: e for e in analysis.entities}
        self.claims = list(analysis.claims)
        self.mentions = [
            (m.start, m.end, entity_keys(known[m.entity].name, known[m.entity].type))
            for m in analysis.mentions
            if m.entity in known
        ]

    def inside(self, start: int, end: int) -> frozenset[str]:
        """Keys of the mentions inside ``start:end``."""
        return frozenset(k for s, e, keys in self.mentions if start <= s and e <= end for k in keys)

    def around(self, start: int, end: int) -> frozenset[str]:
        """Keys of the narrowest claim that holds ``start:end``."""
        claim = narrowest_claim(self.claims, start, end)
        return self.inside(claim.start, claim.end) if claim is not None else frozenset()


def rows_from_analysis(analysis: Analysis) -> tuple[list[FigureRow], list[ClaimRow]]:
    """Figures and claims of one analysed article, for reconciling without a store."""
    names = {e.key: e.name for e in analysis.entities}
    article = analysis.article
    keyed = _EntityKeys(analysis)

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
            q.unit,
            keyed.around(q.start, q.end),
            q.scope.value,
            article.published_at,
            q.country,
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
            keyed.inside(c.start, c.end),
            article.published,
            (c.time.begin, c.time.end) if c.time else None,
            tuple((f.unit, f.measure) for f in figures if c.start <= f.start and f.end <= c.end),
        )
        for c in analysis.claims
    ]
    return figures, claims
