"""Derived results, computed when the data changes: the service layer between the store and
reconciliation.

Each story's disagreements and propositions are derived from its records and kept in the
store with the story's version. A story's version grows when an article joins it or a
correction touches it; ``refresh`` recomputes the stories whose results are older (ingest calls
it once a batch is stored, and every read of derived results calls it for the stories it
reads, so a read never shows results older than the data). Nothing is recomputed whole on a
read: only stale stories, each on its own records."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

import numpy as np

from newsclaims.model import Analysis
from newsclaims.reconcile import stories
from newsclaims.reconcile.records import StoryChoice
from newsclaims.reconcile.story import Vectors, derive_disagreements, derive_propositions
from newsclaims.store import SqlStore
from newsclaims.store.sql import Assigner, StoryLookup


def refresh(
    store: SqlStore, story_ids: Iterable[int] | None = None, methods: Iterable[str] = ()
) -> int:
    """Recompute what is derived from the stale stories (all, or those of ``story_ids``):
    disagreements always, and propositions by each of ``methods``. Returns how many story
    results were recomputed."""
    wanted = None if story_ids is None else list(story_ids)
    done = 0
    for story_id in store.stale_stories(wanted):
        records = store.story_records(story_id)
        store.save_disagreements(story_id, records.version, derive_disagreements(records))
        done += 1
    for method in methods:
        vectors = text_vectors(store) if method == "embedding" else None
        for story_id in store.stale_methods(method, wanted):
            records = store.story_records(story_id)
            found = derive_propositions(records, method, vectors)
            store.save_propositions(story_id, method, records.version, found)
            done += 1
    return done


def text_vectors(store: SqlStore) -> Vectors:
    """Sentence vectors of texts by the shipped encoder, read from the store where it kept
    them, else encoded once and kept (keyed by the model and the text, so wire copies share
    rows)."""
    from newsclaims.reconcile.embeddings import encoder, model_id  # noqa: PLC0415 - optional

    prefix = model_id() + "\n"

    def vectors(texts: list[str]) -> np.ndarray:
        keys = [hashlib.sha256((prefix + t).encode()).hexdigest() for t in texts]
        known = store.vectors(keys)
        missing = {k: t for k, t in zip(keys, texts, strict=True) if k not in known}
        if missing:
            encoded = encoder().encode(list(missing.values()))
            new = {k: v.astype("<f4").tobytes() for k, v in zip(missing, encoded, strict=True)}
            store.save_vectors(new)
            known.update(new)
        if not keys:
            return np.zeros((0, 0), dtype=np.float32)
        return np.stack([np.frombuffer(known[k], dtype="<f4") for k in keys])

    return vectors


def assign_for(analysis: Analysis) -> Assigner:
    """How ingest places this article in a story: its profile is made here, outside the
    write transaction; the choice is made inside it, from the story index
    (``reconcile.stories.choose``)."""
    item = stories.profile(analysis)

    def assign(lookup: StoryLookup) -> StoryChoice:
        return stories.choose(item, lookup)

    return assign
