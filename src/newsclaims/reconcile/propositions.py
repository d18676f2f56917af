"""Propositions: claims from many articles that state the same thing, with who supports,
denies or could not verify it.

Claims are bucketed by the entities their content names (entities first); within a bucket,
two claims whose times or figures cannot be the same (``compatible``) stay apart, and the
others are joined when their texts are alike enough (text similarity second: a lexical
Jaccard by default, or sentence embeddings; ``bench/similarity_compare.py`` measures both).
A denial and a confirmation in one sentence are joined too. Cost grows with bucket sizes, not
with the square of the store.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, Protocol, get_args

import numpy as np

from newsclaims import settings
from newsclaims.lexicons import measure_classes
from newsclaims.model import Stance
from newsclaims.reconcile.disagreements import ClaimRow, FigureKey
from newsclaims.reconcile.embeddings import encoder
from newsclaims.reconcile.static_vectors import static_vectors
from newsclaims.reconcile.units import common_scales

#: Stances that support, deny, or leave open what a claim states.
SUPPORTING = frozenset(
    {Stance.ASSERTED, Stance.REPORTED, Stance.QUOTED, Stance.ESTIMATED, Stance.CONFIRMED}
)
OPEN = frozenset({Stance.HEDGED, Stance.EXPECTED, Stance.UNVERIFIED, Stance.UNDISCLOSED})

#: Words that carry no content for comparing claims.
STOPWORDS = frozenset(
    """the a an and or but of to in on at by for with from that this these those it its is are
    was were be been has have had will would could should may might can not no as than then
    there their they them he she his her we our you your said says say told about after before
    over under into out up down more most some any all also just very""".split()
)
_WORD = re.compile(r"[^\W_]+")


def content_words(text: str) -> frozenset[str]:
    """Lower-cased words of a claim without stopwords and one-letter words."""
    return frozenset(w for w in _WORD.findall(text.lower()) if len(w) > 1 and w not in STOPWORDS)


@dataclass
class Proposition:
    """One thing stated by several claims, and where each source stands on it."""

    text: str
    claims: list[ClaimRow] = field(default_factory=list)

    @property
    def sources(self) -> list[str]:
        return sorted({c.source or "the outlet" for c in self.claims})

    def by_stance(self, stances: Iterable[Stance | str]) -> list[str]:
        values = {str(s) for s in stances}
        return sorted({c.source or "the outlet" for c in self.claims if c.stance in values})

    @property
    def status(self) -> str:
        """contested, denied, confirmed, unverified, or reported: from where each source
        stands last (claims are in the order they were reported), so a source that denied
        and then confirmed counts as confirming."""
        latest: dict[str, str] = {}
        for c in self.claims:
            latest[c.source or "the outlet"] = c.stance
        stances = set(latest.values())
        denied = Stance.DENIED.value in stances
        supported = bool(stances & SUPPORTING)  # Stance is a StrEnum: its values match
        if denied and supported:
            return "contested"
        if denied:
            return "denied"
        if Stance.CONFIRMED.value in stances:
            return "confirmed"
        if Stance.UNVERIFIED.value in stances:
            return "unverified"
        return "reported"


class _Sets:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, a: int, b: int) -> None:
        self.parent[self.find(a)] = self.find(b)


#: Measures of the closed vocabulary; other measures are verb lemmas ("cut 3,000 jobs",
#: "lay off 8,000"), which differ between wordings of one fact and so are not compared.
_CLOSED_MEASURES = frozenset(measure_classes())


def _figures_meet(x: FigureKey, y: FigureKey) -> bool:
    """Figures that could count the same thing: same unit (or units of one dimension, "40 m"
    and "131 feet") and, when both are of the closed vocabulary, same measure. Values are not
    compared: "3 killed" and "12 killed" are one proposition on which sources disagree (a
    figure disagreement), not two."""
    unit_x, unit_y = (x[0] or "").split(" per ")[0], (y[0] or "").split(" per ")[0]
    if unit_x and unit_y and common_scales(unit_x, unit_y) is None:
        return False  # 40 homes, 40 hectares; 40 metres, 40 minutes
    return not (x[1] in _CLOSED_MEASURES and y[1] in _CLOSED_MEASURES and x[1] != y[1])


def compatible(a: ClaimRow, b: ClaimRow) -> bool:
    """False when the claims' times or figures show they state different things, however
    alike their words: days more than SAME_EVENT_DAYS apart ("in 2024" / "next year"; closer
    days are one event told with different dates, a disagreement), or figures no pair of
    which shares a unit and a measure ("120 killed" / "900 injured"). Claims without times
    or figures are not judged by them."""
    if a.when and b.when:
        gap = max(a.when[0], b.when[0]) - min(a.when[1], b.when[1])
        if gap.days > settings.SAME_EVENT_DAYS:
            return False
    if a.figures and b.figures:
        return any(_figures_meet(x, y) for x in a.figures for y in b.figures)
    return True


class Similarity(Protocol):
    """Scores how alike the texts of claims i and j (indexes into the rows given) are."""

    threshold: float

    def __call__(self, i: int, j: int) -> float: ...


class Lexical:
    """Jaccard overlap of content words (no model)."""

    def __init__(self, rows: Sequence[ClaimRow]) -> None:
        self.words = [content_words(c.text) for c in rows]
        self.threshold = settings.SAME_PROPOSITION_OVERLAP

    def __call__(self, i: int, j: int) -> float:
        union = len(self.words[i] | self.words[j])
        return len(self.words[i] & self.words[j]) / union if union else 0.0


class Embedding:
    """Cosine of all-MiniLM-L6-v2 sentence vectors (the ``embeddings`` extra)."""

    def __init__(self, rows: Sequence[ClaimRow], vectors: np.ndarray | None = None) -> None:
        self.vectors = encoder().encode([c.text for c in rows]) if vectors is None else vectors
        self.threshold = settings.SAME_PROPOSITION_COSINE

    def __call__(self, i: int, j: int) -> float:
        return float(self.vectors[i] @ self.vectors[j])


class Static:
    """Cosine of static sentence vectors (the distilled token-vector table shipped with the
    package, ``reconcile/static_vectors.py``): no model pass, thousands of claims a second."""

    def __init__(self, rows: Sequence[ClaimRow]) -> None:
        self.vectors = static_vectors().encode([c.text for c in rows])
        self.threshold = settings.SAME_PROPOSITION_STATIC_COSINE

    def __call__(self, i: int, j: int) -> float:
        return float(self.vectors[i] @ self.vectors[j])


#: How claim texts can be compared (the CLI, the REST API and the web page offer these).
SimilarityName = Literal["lexical", "static", "embedding"]
SIMILARITIES: tuple[str, ...] = get_args(SimilarityName)


def group_claims(
    claims: Iterable[ClaimRow], similarity: str | None = None, vectors: np.ndarray | None = None
) -> list[Proposition]:
    """Propositions stated by at least two claims from at least two sources.

    ``similarity`` is ``lexical``, ``static`` or ``embedding`` (default:
    ``settings.SIMILARITY``);
    ``vectors``, one row per claim, spares encoding the texts again (the store keeps them)."""
    rows = list(claims)
    method = similarity or settings.SIMILARITY
    if method not in SIMILARITIES:
        raise ValueError(f"similarity must be one of {SIMILARITIES}, not {method!r}")
    alike: Similarity
    if method == "embedding":
        alike = Embedding(rows, vectors)
    elif method == "static":
        alike = Static(rows)
    else:
        alike = Lexical(rows)
    sets = _Sets(len(rows))
    buckets: dict[str, list[int]] = defaultdict(list)
    by_sentence: dict[tuple[str, int], list[int]] = defaultdict(list)
    for i, c in enumerate(rows):
        for key in c.entities:
            buckets[key].append(i)
        if c.stance in (Stance.DENIED.value, Stance.CONFIRMED.value):
            by_sentence[(c.article_id, c.sentence)].append(i)
    for members in buckets.values():
        for n, i in enumerate(members):
            for j in members[n + 1 : n + 1 + settings.PROPOSITION_WINDOW]:
                if alike(i, j) >= alike.threshold and compatible(rows[i], rows[j]):
                    sets.join(i, j)
    for members in by_sentence.values():
        stances = {rows[i].stance for i in members}
        if {Stance.DENIED.value, Stance.CONFIRMED.value} <= stances:
            for i in members[1:]:
                sets.join(members[0], i)
    groups: dict[int, list[ClaimRow]] = defaultdict(list)
    for i, c in enumerate(rows):
        groups[sets.find(i)].append(c)
    found = []
    for group in groups.values():
        if len(group) < 2 or (
            len({c.source for c in group}) < 2
            and not any(c.stance == Stance.DENIED.value for c in group)
        ):
            continue
        # what a source states (not its denial), in the fewest words
        representative = min(group, key=lambda c: (c.stance not in SUPPORTING, len(c.text))).text
        ordered = sorted(group, key=lambda c: (c.reported or date.min, c.article_id, c.start))
        found.append(Proposition(representative, ordered))
    return sorted(found, key=lambda p: (-len(p.claims), p.text))
