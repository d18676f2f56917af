"""Derived results, computed when the data changes: the service layer between the store and
reconciliation.

Each story's disagreements, propositions and source profiles (claims per stance and topic,
contradictions naming the source) are derived from its records and kept in the store with
the story's version. A story's version grows when an article joins it or a
correction touches it; ``refresh`` recomputes the stories whose results are older. The rule:

- whoever writes derives: ingest refreshes once a batch is stored, and every correction
  (merge, split, mark, unmark) refreshes the stories it touched, before it returns;
- a read by the CLI (one user, its own store) refreshes what it reads if anything is stale,
  for instance propositions by a method never asked for before (``on_read``);
- a read by the server never writes: the app sets ``writes_on_read=False`` and runs a
  ``Refresher`` thread that derives stale stories and methods asked for in the background
  (a writer that died between storing and deriving leaves stale stories behind).

Nothing is recomputed whole on a read: only stale stories, each on its own records."""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Iterable

import numpy as np

from newsclaims import settings
from newsclaims.model import Analysis
from newsclaims.reconcile import stories
from newsclaims.reconcile.records import StoryChoice
from newsclaims.reconcile.story import (
    Vectors,
    derive_disagreements,
    derive_propositions,
    derive_source_profiles,
)
from newsclaims.store import SqlStore
from newsclaims.store.sql import Assigner, StoryLookup


def refresh(
    store: SqlStore, story_ids: Iterable[int] | None = None, methods: Iterable[str] = ()
) -> int:
    """Recompute what is derived from the stale stories (all, or those of ``story_ids``):
    disagreements and what each story adds to its sources' profiles always, and
    propositions by each of ``methods``. Returns how many story
    results were recomputed."""
    wanted = None if story_ids is None else list(story_ids)
    done = 0
    for story_id in store.stale_stories(wanted):
        records = store.story_records(story_id)
        disagreements = derive_disagreements(records)
        wrong = store.wrong_disagreements(d.key for d in disagreements)
        profiles = derive_source_profiles(records, disagreements, wrong)
        store.save_disagreements(story_id, records.version, disagreements, profiles)
        done += 1
    for method in methods:
        vectors = text_vectors(store) if method == "embedding" else None
        for story_id in store.stale_methods(method, wanted):
            records = store.story_records(story_id)
            found = derive_propositions(records, method, vectors)
            store.save_propositions(story_id, method, records.version, found)
            done += 1
    return done


def after_write(store: SqlStore) -> int:
    """After a write (a stored batch, a correction): derive the stories it made stale, by the
    default way of grouping propositions and by any a read asked for."""
    return refresh(store, None, dict.fromkeys([settings.SIMILARITY, *sorted(store.methods_wanted)]))


def on_read(store: SqlStore, story_ids: Iterable[int] | None, methods: Iterable[str] = ()) -> None:
    """Before a read of derived results: refresh the stale ones when this store derives on
    read (the CLI), else only note the methods wanted for the background ``Refresher``."""
    wanted = list(methods)
    if store.writes_on_read:
        refresh(store, story_ids, wanted)
    else:
        store.methods_wanted.update(wanted)


class Refresher:
    """A daemon thread that derives what is stale every ``interval`` seconds, so that a server
    which never writes on a read still shows results derived from the latest data."""

    def __init__(self, store: SqlStore, interval: float = settings.REFRESH_INTERVAL_S) -> None:
        self.store = store
        self.interval = interval
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="newsclaims-refresh", daemon=True)

    def start(self) -> Refresher:
        """Start the thread; returns self."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Ask the thread to stop and wait for the round in progress."""
        self._stop.set()
        self._thread.join(timeout=self.interval + 30)

    def once(self) -> int:
        """One round: derive every stale story, by every method a read asked for."""
        return after_write(self.store)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            try:
                self.once()
            except Exception:  # a failed round is logged and retried next time
                logging.getLogger(__name__).exception("deriving stale stories failed")


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


def assign_for(analysis: Analysis, made: stories.Profile | None = None) -> Assigner:
    """How ingest places this article in a story: its profile is made here (or was ``made``
    already), outside the write transaction; the choice is made inside it, from the story
    index (``reconcile.stories.choose``)."""
    item = made if made is not None else stories.profile(analysis)

    def assign(lookup: StoryLookup) -> StoryChoice:
        return stories.choose(item, lookup)

    return assign
