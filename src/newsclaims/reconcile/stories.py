"""Story grouping at ingest: which story a new article joins, or whether it starts one.

Incremental and cheap. Each article is reduced to a profile (``profile``): its rarest words
other than names (what happened), the entities it names (who and where), a static sentence
vector of its headline and text, and when it was published. Each story keeps a summary of
the same kind (sums over its articles) and is indexed under its strongest words and entities
(``story_keys``). A new article is compared only with the stories that share one of its keys
and were active within ``STORY_WINDOW_DAYS`` (``choose``), never with every article; it joins
the most similar one if the similarity reaches ``STORY_JOIN_SCORE``, else it starts a new
story. An article that reaches the threshold for several stories joins them all: they merge,
so a story whose first reports started apart comes together once one article bridges them.
Entities gate both steps (``shares_entities``): an article that names people or places is
compared only with stories naming at least one of them, and a bridge merges only stories
that name an entity in common with the story it joins (same-kind reports of different
places, alike in wording, stay apart, and one article cannot chain them into one story).

The similarity of an article and a story (``similarity``) is a weighted mean of three cosines:
rare words (weighted by how rare the static table's vocabulary rank says they are), entities
(by how often each is mentioned) and static sentence vectors (``static_vectors``). Time counts
twice: stories that have been quiet longer than the window are not candidates, and the
similarity loses ``STORY_DAY_PENALTY`` per day between the article and the story's dates.
The weights and the threshold were chosen by leaving one story out on real news
(``newsclaims eval stories``; bench/results.md).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Protocol

import numpy as np

from newsclaims import settings
from newsclaims.model import Analysis
from newsclaims.names import normalise
from newsclaims.reconcile.records import StoryCandidate, StoryChoice
from newsclaims.reconcile.static_vectors import StaticVectors, static_vectors

#: Entity types that tell stories apart (dates, numbers and the like do not).
_NAMED = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"}
)
_WORD = re.compile(r"[^\W\d_][\w'’-]*[^\W_]|[^\W\d_]{2,}")


class Lookup(Protocol):
    """The story index as grouping reads it (``store.sql.StoryLookup`` is one)."""

    def candidates(
        self, keys: Sequence[str], since: datetime | None = None, limit: int = 50
    ) -> list[StoryCandidate]:
        """Stories indexed under any of ``keys``, active since ``since``."""
        ...


@dataclass(frozen=True, slots=True)
class Weights:
    """How grouping weighs its signals, and where it draws the line."""

    words: float = settings.STORY_WORDS_WEIGHT
    entities: float = settings.STORY_ENTITIES_WEIGHT
    vector: float = settings.STORY_VECTOR_WEIGHT
    title: float = settings.STORY_TITLE_WEIGHT
    join: float = settings.STORY_JOIN_SCORE
    day_penalty: float = settings.STORY_DAY_PENALTY
    window_days: float = settings.STORY_WINDOW_DAYS


@dataclass(frozen=True, slots=True)
class Profile:
    """What grouping knows of one article."""

    label: str
    published: datetime | None
    words: dict[str, float]
    """Rare words and their weights (log term frequency times rarity), unit length; the
    words of named entities are left out (they count under ``entities``)."""
    entities: dict[str, float]
    """Entity keys (and a person's surname) with weights by mentions, unit length."""
    vector: np.ndarray = field(repr=False)
    """The static sentence vector of headline and text (unit length, or zeros)."""
    title: dict[str, float] = field(default_factory=dict)
    """The headline's words, weighted as ``words`` (unit length; empty without one)."""


def _unit(weights: Mapping[str, float], top: int) -> dict[str, float]:
    best = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    norm = math.sqrt(sum(w * w for _, w in best)) or 1.0
    return {k: w / norm for k, w in best}


def _cosine(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    dot = sum(w * b.get(k, 0.0) for k, w in a.items())
    norm = math.sqrt(sum(w * w for w in b.values())) * math.sqrt(sum(w * w for w in a.values()))
    return dot / norm if norm else 0.0


def words_of(
    text: str, table: StaticVectors, without: frozenset[str] = frozenset()
) -> dict[str, float]:
    """Word weights of a text: (1 + log count) times the word's rarity (unit length),
    leaving out the words ``without``."""
    counts = Counter(m.group().lower() for m in _WORD.finditer(text))
    weights = {
        w: (1.0 + math.log(n)) * table.rarity(w) for w, n in counts.items() if w not in without
    }
    return _unit(weights, settings.STORY_ARTICLE_WORDS)


def named_mentions(analysis: Analysis) -> list[tuple[str, str, str]]:
    """One walk over the article's mentions of named entities: (mention text, entity key,
    entity type) each. ``name_words`` and ``entities_of`` both read it, so ``profile``
    walks the mentions once."""
    types = {e.key: e.type for e in analysis.entities}
    return [
        (m.text, m.entity, types[m.entity])
        for m in analysis.mentions
        if types.get(m.entity) in _NAMED
    ]


def name_words(
    analysis: Analysis, named: list[tuple[str, str, str]] | None = None
) -> frozenset[str]:
    """The words of the article's named entities as it writes them ("Lady Gaga", "Trump
    Tower"): they count among its entities, so its words are left with what happened.
    Without this a famous name counted twice, and two events about the same people (a
    meeting, a protest outside its venue) looked like one story."""
    found: set[str] = set()
    for text, _key, _type in named_mentions(analysis) if named is None else named:
        found.update(m.group().lower() for m in _WORD.finditer(text))
    for entity in analysis.entities:
        if entity.type in _NAMED:
            found.update(m.group().lower() for m in _WORD.finditer(entity.name))
    return frozenset(found)


def entities_of(
    analysis: Analysis, named: list[tuple[str, str, str]] | None = None
) -> dict[str, float]:
    """Entity weights of an article: 1 + log mentions, for named entities, keyed by the
    normalised name alone (a recogniser types one place GPE in one report and LOC or FAC in
    the next, or one man PERSON and ORG); a person named in full also counts under their
    surname, so "Obama" alone meets "Barack Obama"."""
    names = {e.key: e.name for e in analysis.entities}
    mentions = named_mentions(analysis) if named is None else named
    counts = Counter(key for _text, key, _type in mentions)
    types = {key: kind for _text, key, kind in mentions}
    weights: dict[str, float] = {}
    for key, n in counts.items():
        name = normalise(names[key])
        if not name:
            continue
        w = 1.0 + math.log(n)
        weights[name] = weights.get(name, 0.0) + w
        if types[key] == "PERSON" and " " in name:
            surname = name.rsplit(" ", 1)[1]
            weights[surname] = weights.get(surname, 0.0) + w
    return _unit(weights, settings.STORY_ARTICLE_ENTITIES)


def published_of(analysis: Analysis) -> datetime | None:
    """The article's publication stamp (midnight when only the date is known), naive UTC."""
    article = analysis.article
    if article.published_at is not None:
        stamp = article.published_at
        if stamp.tzinfo is not None:
            stamp = stamp.astimezone(UTC).replace(tzinfo=None)
        return stamp
    if article.published is not None:
        return datetime(article.published.year, article.published.month, article.published.day)
    return None


def profile(analysis: Analysis, table: StaticVectors | None = None) -> Profile:
    """Reduce an analysed article to what grouping compares."""
    table = table or static_vectors()
    article = analysis.article
    head = article.title or ""
    body = article.text[: settings.STORY_TEXT_CHARS]
    label = head.strip() or " ".join(body.split()[:12])
    [vector] = table.encode([f"{head}\n{body}"])
    named = named_mentions(analysis)
    names = name_words(analysis, named)
    return Profile(
        label=label[:200],
        published=published_of(analysis),
        words=words_of(f"{head}\n{head}\n{body}", table, names),
        entities=entities_of(analysis, named),
        vector=vector,
        title=words_of(head, table, names),
    )


def _naive(stamp: datetime | None) -> datetime | None:
    if stamp is None or stamp.tzinfo is None:
        return stamp
    return stamp.astimezone(UTC).replace(tzinfo=None)


def days_apart(article: datetime | None, story: StoryCandidate) -> float:
    """Days between the article and the nearest end of the story's dates (0 inside them or
    when a date is unknown)."""
    first, last = _naive(story.first_published), _naive(story.last_published)
    if article is None or first is None or last is None:
        return 0.0
    if article < first:
        return (first - article).total_seconds() / 86400.0
    if article > last:
        return (article - last).total_seconds() / 86400.0
    return 0.0


def similarity(item: Profile, summary: Mapping[str, Any], weights: Weights) -> float:
    """How alike an article and a story are (before time), from the story's summary."""
    words = _cosine(item.words, summary.get("words", {}))
    entities = _cosine(item.entities, summary.get("entities", {}))
    centre = np.asarray(summary.get("vector", ()), dtype=np.float32)
    vector = 0.0
    if centre.shape == item.vector.shape:
        norm = float(np.linalg.norm(centre))
        vector = float(item.vector @ centre) / norm if norm else 0.0
    title = _cosine(item.title, summary.get("title", {})) if weights.title else 0.0
    total = weights.words + weights.entities + weights.vector + weights.title
    return (
        weights.words * words
        + weights.entities * entities
        + weights.vector * vector
        + weights.title * title
    ) / total


def shares_entities(a: Mapping[str, float], b: Mapping[str, float]) -> bool:
    """Whether two entity profiles can be one story: they name an entity in common, or one
    of them names none. Words and sentence vectors say what happened ("a storm damaged
    homes"); two reports of the same kind of event that name different places and people
    are two events, however alike their wording."""
    return not a or not b or not a.keys().isdisjoint(b.keys())


def keys_of(
    words: Mapping[str, float], entities: Mapping[str, float], top: int
) -> dict[str, float]:
    """Index keys: the strongest words (``w:``) and entities (``e:``) with their weights."""
    best_words = sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    best_entities = sorted(entities.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    keys = {f"w:{w}"[:200]: float(v) for w, v in best_words}
    keys.update({f"e:{e}"[:200]: float(v) for e, v in best_entities})
    return keys


def _add(total: Mapping[str, float], part: Mapping[str, float], top: int) -> dict[str, float]:
    out = dict(total)
    for k, v in part.items():
        out[k] = out.get(k, 0.0) + v
    best = sorted(out.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return {k: round(v, 4) for k, v in best}


def merged(summaries: Sequence[Mapping[str, Any]]) -> dict[str, Any]:
    """The summary of stories merged into one: the sums of theirs (the strongest words and
    entities kept), as if their articles had joined one story."""
    out: dict[str, Any] = {"articles": 0, "words": {}, "entities": {}, "title": {}}
    centre: np.ndarray | None = None
    for summary in summaries:
        out["articles"] += int(summary.get("articles", 0))
        out["words"] = _add(out["words"], summary.get("words", {}), settings.STORY_SUMMARY_WORDS)
        out["entities"] = _add(
            out["entities"], summary.get("entities", {}), settings.STORY_SUMMARY_ENTITIES
        )
        out["title"] = _add(out["title"], summary.get("title", {}), settings.STORY_SUMMARY_WORDS)
        vector = np.asarray(summary.get("vector", ()), dtype=np.float32)
        if vector.ndim == 1 and vector.size:
            centre = vector if centre is None or centre.shape != vector.shape else centre + vector
    if centre is not None:
        out["vector"] = [round(float(x), 4) for x in centre]
    return out


def joined(item: Profile, summary: Mapping[str, Any]) -> dict[str, Any]:
    """A story's summary after the article joined (a new story's when ``summary`` is empty):
    sums of its articles' word and entity weights (the strongest kept) and vectors."""
    centre = np.asarray(summary.get("vector", ()), dtype=np.float32)
    if centre.shape != item.vector.shape:
        centre = np.zeros_like(item.vector)
    return {
        "articles": int(summary.get("articles", 0)) + 1,
        "words": _add(summary.get("words", {}), item.words, settings.STORY_SUMMARY_WORDS),
        "entities": _add(
            summary.get("entities", {}), item.entities, settings.STORY_SUMMARY_ENTITIES
        ),
        "vector": [round(float(x), 4) for x in centre + item.vector],
        "title": _add(summary.get("title", {}), item.title, settings.STORY_SUMMARY_WORDS),
    }


def scored(
    item: Profile, lookup: Lookup, weights: Weights | None = None
) -> list[tuple[float, StoryCandidate]]:
    """The candidate stories of an article with its similarity to each (after the day
    penalty), the most similar first. Candidates share an index key with the article and
    were active within the window."""
    weights = weights or Weights()
    since = None
    if item.published is not None:
        since = item.published - timedelta(days=weights.window_days)
    keys = keys_of(item.words, item.entities, settings.STORY_ARTICLE_KEYS)
    found = []
    for story in lookup.candidates(list(keys), since=since, limit=settings.STORY_CANDIDATES):
        gap = days_apart(item.published, story)
        if gap > weights.window_days:
            continue
        if not shares_entities(item.entities, story.summary.get("entities", {})):
            continue
        score = similarity(item, story.summary, weights) - weights.day_penalty * gap
        found.append((score, story))
    found.sort(key=lambda sc: (-sc[0], sc[1].id))
    return found


def choose(item: Profile, lookup: Lookup, weights: Weights | None = None) -> StoryChoice:
    """Place an article: the most similar candidate story if it is similar enough
    (``scored``), else a new story. An article similar enough to several stories joins them
    all: they merge into the largest (of equal sizes, the most similar), so where articles
    arrive decides less what ends up together (two halves of one story started apart are
    joined by the first article that bridges them). Only stories naming an entity in common
    with the largest merge into it; the others stay as they are."""
    weights = weights or Weights()
    joins = [story for score, story in scored(item, lookup, weights) if score >= weights.join]
    absorbed: tuple[int, ...] = ()
    if joins:
        story = max(joins, key=lambda s: s.articles)  # of equal sizes, the first
        # A bridging article merges only stories that name an entity in common with the
        # one it joins: one article alike to two stories of different people and places
        # must not chain them (single link), or a run of same-kind reports collapses into
        # one story.
        within = story.summary.get("entities", {})
        joins = [
            s for s in joins if s is story or shares_entities(within, s.summary.get("entities", {}))
        ]
        absorbed = tuple(s.id for s in joins if s.id != story.id)
        summary = joined(
            item, merged([story.summary] + [s.summary for s in joins if s is not story])
        )
        label = story.label
        story_id: int | None = story.id
    else:
        summary = joined(item, {})
        label = item.label
        story_id = None
    return StoryChoice(
        story_id=story_id,
        label=label,
        summary=summary,
        keys=keys_of(summary["words"], summary["entities"], settings.STORY_INDEX_KEYS),
        published=item.published,
        absorbed=absorbed,
    )


def group(items: Iterable[Profile], weights: Weights | None = None) -> list[int]:
    """Group articles in the given order, as ingest would, with an index held in memory
    (for evaluation and benchmarks); returns each article's story number (after every
    merge)."""
    index = MemoryIndex()
    placed = [index.place(choose(item, index, weights)) for item in items]
    return [index.current(s) for s in placed]


class MemoryIndex:
    """The story index in memory: what ``story_keys`` and ``stories`` hold in the store."""

    def __init__(self) -> None:
        self.stories: dict[int, StoryCandidate] = {}
        self.by_key: dict[str, dict[int, float]] = {}
        self.keys: dict[int, dict[str, float]] = {}
        self.merged_into: dict[int, int] = {}
        self.last_id = 0

    def candidates(
        self, keys: Sequence[str], since: datetime | None = None, limit: int = 50
    ) -> list[StoryCandidate]:
        """Stories indexed under any of ``keys`` (active since ``since``), most keys first."""
        shared: dict[int, dict[str, float]] = {}
        for key in dict.fromkeys(keys):
            for story_id, weight in self.by_key.get(key, {}).items():
                shared.setdefault(story_id, {})[key] = weight
        ranked = sorted(shared, key=lambda s: (-len(shared[s]), -s))
        found = []
        for story_id in ranked:
            story = self.stories[story_id]
            last = story.last_published
            if since is not None and last is not None and last < since:
                continue
            found.append(story)
            if len(found) == limit:
                break
        return found

    def current(self, story_id: int) -> int:
        """The story a story id now stands for (the one it was merged into, if it was)."""
        while story_id in self.merged_into:
            story_id = self.merged_into[story_id]
        return story_id

    def place(self, choice: StoryChoice) -> int:
        """Apply a choice as the store does; returns the story's id."""
        if choice.story_id is None:
            self.last_id += 1
            story_id = self.last_id
        else:
            story_id = choice.story_id
        old = self.stories.get(story_id)
        before = [old] if old else []
        for gone in choice.absorbed:
            before.append(self.stories.pop(gone))
            self.merged_into[gone] = story_id
            for key in self.keys.pop(gone, {}):
                self.by_key[key].pop(gone, None)
        stamps = [s for o in before for s in (o.first_published, o.last_published) if s is not None]
        if choice.published is not None:
            stamps.append(choice.published)
        self.stories[story_id] = StoryCandidate(
            id=story_id,
            label=choice.label,
            articles=sum(o.articles for o in before) + 1,
            first_published=min(stamps) if stamps else None,
            last_published=max(stamps) if stamps else None,
            summary=choice.summary,
        )
        for key in self.keys.pop(story_id, {}):
            self.by_key[key].pop(story_id, None)
        self.keys[story_id] = dict(choice.keys)
        for key, weight in choice.keys.items():
            self.by_key.setdefault(key, {})[story_id] = weight
        return story_id
