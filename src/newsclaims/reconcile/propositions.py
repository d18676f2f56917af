"""Propositions: claims from many articles that state the same thing, with who supports,
denies or could not verify it.

Claims are bucketed by the entities their content names (entities first), then joined within
a bucket when their content words overlap enough (text similarity second, a lexical Jaccard:
no model is needed, and it is measured in tests on written examples). A denial and a
confirmation in one sentence are joined too. Cost grows with bucket sizes, not with the square
of the store.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from newsclaims import settings
from newsclaims.model import Stance
from newsclaims.reconcile.disagreements import ClaimRow

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
        """contested, confirmed, unverified, or reported."""
        denied = self.by_stance({Stance.DENIED})
        supported = self.by_stance(SUPPORTING)
        if denied and supported:
            return "contested"
        if denied:
            return "denied"
        if self.by_stance({Stance.CONFIRMED}):
            return "confirmed"
        if self.by_stance({Stance.UNVERIFIED}):
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


def group_claims(claims: Iterable[ClaimRow]) -> list[Proposition]:
    """Propositions stated by at least two claims from at least two sources."""
    rows = list(claims)
    words = [content_words(c.text) for c in rows]
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
                union = len(words[i] | words[j])
                if union and len(words[i] & words[j]) / union >= settings.SAME_PROPOSITION_OVERLAP:
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
        representative = min(group, key=lambda c: len(c.text)).text
        ordered = sorted(group, key=lambda c: (c.reported or date.min, c.article_id, c.start))
        found.append(Proposition(representative, ordered))
    return sorted(found, key=lambda p: (-len(p.claims), p.text))
