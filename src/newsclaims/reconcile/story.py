"""Reconciliation of one story: the records the store gives back become the rows the
comparisons work on, and what they find becomes records the store keeps.

Records in, records out: nothing here reads or writes the store."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from datetime import date
from functools import lru_cache

import numpy as np

from newsclaims.model import CONTRADICTIONS, Disagreement, Evidence
from newsclaims.names import speaker
from newsclaims.reconcile.disagreements import (
    ClaimRow,
    EventRow,
    FigureRow,
    entity_keys,
    find_disagreements,
)
from newsclaims.reconcile.propositions import group_claims
from newsclaims.reconcile.records import (
    DerivedDisagreement,
    DerivedProposition,
    DerivedSourceCount,
    StoredClaim,
    StoredFigure,
    StoryRecords,
)


def _holder(claims: Sequence[StoredClaim], article_id: str, start: int, end: int) -> int | None:
    """Index of the narrowest claim of the article whose content holds ``start:end``."""
    best: tuple[int, int] | None = None
    for i, c in enumerate(claims):
        if c.article_id == article_id and c.start <= start and end <= c.end:
            length = c.end - c.start
            if best is None or length < best[0]:
                best = (length, i)
    return None if best is None else best[1]


class _ByArticle:
    """Claims of a story grouped by article, to find the claim that holds a span."""

    def __init__(self, claims: Sequence[StoredClaim]) -> None:
        self.claims = list(claims)
        self.of: dict[str, list[int]] = defaultdict(list)
        for i, c in enumerate(self.claims):
            self.of[c.article_id].append(i)

    def holder(self, article_id: str, start: int, end: int) -> StoredClaim | None:
        """The narrowest claim of the article whose content holds ``start:end``."""
        members = [self.claims[i] for i in self.of.get(article_id, ())]
        found = _holder(members, article_id, start, end)
        return None if found is None else members[found]


def _keys(claim: StoredClaim | None) -> frozenset[str]:
    """The entity keys (``entity_keys``) of what a claim's content names."""
    if claim is None:
        return frozenset()
    return _keys_of(claim.entities)


@lru_cache(maxsize=65536)
def _keys_of(named: tuple[tuple[int, str, str], ...]) -> frozenset[str]:
    return frozenset(k for _, name, kind in named for k in entity_keys(name, kind))


def story_rows(
    records: StoryRecords,
) -> tuple[list[FigureRow], list[ClaimRow], list[EventRow]]:
    """The story's figures, claims and events as the comparisons read them. Who says a thing
    is its source, or the outlet that publishes it (its own narration)."""
    by_article = _ByArticle(records.claims)
    figures = [
        FigureRow(
            f.article_id,
            f.start,
            f.end,
            f.text,
            f.value,
            f.low,
            f.high,
            f.bound,
            f.about,
            f.measure,
            speaker(f.source, f.outlet),
            f.published,
            f.unit,
            _keys(by_article.holder(f.article_id, f.start, f.end)),
            f.scope,
            f.published_at,
            f.country,
        )
        for f in records.figures
    ]
    held: dict[int, list[StoredFigure]] = defaultdict(list)
    for f in records.figures:
        claim = by_article.holder(f.article_id, f.start, f.end)
        if claim is not None:
            held[id(claim)].append(f)
    claims = [
        ClaimRow(
            c.article_id,
            c.start,
            c.end,
            c.text,
            c.stance,
            speaker(c.source, c.outlet),
            c.sentence,
            _keys(c),
            c.published,
            (c.time_begin, c.time_end) if c.time_begin and c.time_end else None,
            tuple((f.unit, f.measure) for f in held.get(id(c), ())),
        )
        for c in records.claims
    ]
    events = [
        EventRow(
            e.article_id,
            e.start,
            e.end,
            e.text,
            e.subtype,
            frozenset(e.actors),
            e.place,
            e.country,
            e.time_begin if e.time_begin is not None and e.time_begin == e.time_end else None,
            speaker(_source_of(by_article, e.article_id, e.start, e.end), e.outlet),
            e.published,
        )
        for e in records.events
    ]
    return figures, claims, events


def _source_of(by_article: _ByArticle, article_id: str, start: int, end: int) -> str | None:
    """The source of the narrowest attributed claim that holds the span, if any."""
    claim = by_article.holder(article_id, start, end)
    return claim.source if claim is not None else None


def disagreement_key(d: Disagreement) -> str:
    """A stable key of a disagreement: its kind and its sides' places in their articles (an
    analyst's mark on it survives recomputation)."""
    sides = "|".join(f"{e.article_id}:{e.start}:{e.end}" for e in d.evidence)
    return hashlib.sha256(f"{d.kind}|{sides}".encode()).hexdigest()[:32]


def derive_disagreements(records: StoryRecords) -> list[DerivedDisagreement]:
    """The disagreements within a story, as records to keep, each with the entities the
    claims of its sides are about and, on each side, the source as the article wrote it."""
    figures, claims, events = story_rows(records)
    by_article = _ByArticle(records.claims)
    figure_mentions = {(f.article_id, f.start, f.end): f.mention for f in records.figures}

    def mention(e: Evidence) -> str | None:
        place = (e.article_id, e.start, e.end)
        if place in figure_mentions:
            return figure_mentions[place]
        claim = by_article.holder(e.article_id, e.start, e.end)
        return claim.mention if claim is not None else None

    found = []
    for d in find_disagreements(figures, claims, events):
        entity_ids: set[int] = set()
        for e in d.evidence:
            claim = by_article.holder(e.article_id, e.start, e.end)
            if claim is not None:
                entity_ids.update(entity_id for entity_id, _, _ in claim.entities)
        found.append(
            DerivedDisagreement(
                kind=d.kind,
                about=d.about,
                comparable=d.comparable,
                why=d.why,
                between=d.between,
                measures=d.measures,
                sides=tuple(
                    (e.article_id, e.start, e.end, e.text, e.source, mention(e)) for e in d.evidence
                ),
                key=disagreement_key(d),
                entity_ids=tuple(sorted(entity_ids)),
                folded=d.folded,
            )
        )
    return found


#: The longest source name a profile keeps, in characters (entity names hold 400): a raw
#: mention longer than this (an extraction gone wrong) is cut, so that the index over names
#: stays within PostgreSQL's limit on an index row (about 2,700 bytes).
PROFILE_NAME_CHARS = 300


def _profile_name(name: str) -> str:
    return name if len(name) <= PROFILE_NAME_CHARS else name[: PROFILE_NAME_CHARS - 1] + "…"


def derive_source_profiles(
    records: StoryRecords, found: Sequence[DerivedDisagreement], wrong: set[str]
) -> list[DerivedSourceCount]:
    """What the story adds to each source's profile: its claims by stance and the entities
    they name (per article, so that a read can narrow them by outlet or date), and how many
    of the story's disagreements that remain contradictions (``found`` minus the keys an
    analyst marked ``wrong``) name it as a side."""
    counts: Counter[tuple[str, str, str, str | None]] = Counter()
    articles: dict[str | None, tuple[str | None, date | None]] = {None: (None, None)}
    for c in records.claims:
        if c.source is None:
            continue
        articles[c.article_id] = (c.outlet, c.published)
        source = _profile_name(c.source)
        counts[(source, "stance", c.stance, c.article_id)] += 1
        for _, name, _ in c.entities:
            counts[(source, "about", _profile_name(name), c.article_id)] += 1
    for d in found:
        if d.kind in CONTRADICTIONS and d.key not in wrong:
            for side in {_profile_name(s) for s in d.between if s}:
                counts[(side, "contradicted", "", None)] += 1
    return [
        DerivedSourceCount(source, facet, value, n, article_id, *articles[article_id])
        for (source, facet, value, article_id), n in counts.items()
    ]


#: Sentence vectors of texts, one row each (the service reads and keeps them in the store).
Vectors = Callable[[list[str]], np.ndarray]


def derive_propositions(
    records: StoryRecords, method: str, vectors: Vectors | None = None
) -> list[DerivedProposition]:
    """The propositions several claims of a story state, by ``method`` (``vectors`` gives
    the sentence vectors of the claims' texts when the method needs them)."""
    _, rows, _ = story_rows(records)
    ids = {id(row): c.id for row, c in zip(rows, records.claims, strict=True)}
    matrix = vectors([r.text for r in rows]) if vectors is not None and rows else None
    found = group_claims(rows, method, matrix)
    return [
        DerivedProposition(p.text, p.status, tuple(ids[id(c)] for c in p.claims)) for p in found
    ]
