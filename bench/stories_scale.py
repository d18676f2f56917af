"""What story grouping costs per new article as the store grows (generated, no model).

    python bench/stories_scale.py [--sizes 1000 10000 100000] [--sample 300]

Articles are generated as news arrives, 200 a day: stories start over time, each runs for a
few days with five articles on average; a story names a few entities drawn from a
Zipf-distributed pool (the most popular name is in about one story of ten, as a head of
state is) and uses words of its own plus words common to all news.

For each size, a fresh SQLite store gets the story index that many articles would have
made (their stories, summaries and keys, written straight into ``stories`` and
``story_keys``: the choice reads only the index, so the articles themselves are not
written), then ``--sample`` new articles, published after them, are stored one by one with
``store.add`` and the choice ingest makes (``stories.profile``, then ``stories.choose`` in the
transaction, as ``derive.assign_for`` does, timed apart here). The table gives milliseconds
per new article and how many candidate stories each was compared with; the last line, the
ratio of the largest store's cost to the smallest's (near 1: the cost per article does not
grow with the store, no all-pairs comparison). The profile does not touch the store, so
"choice / profile" is the choice's cost against a control measured in the same run (the
shared machine's load moves both alike).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from newsclaims.model import Analysis, Article, Entity, Mention
from newsclaims.reconcile import stories
from newsclaims.reconcile.records import StoryCandidate, StoryChoice
from newsclaims.reconcile.static_vectors import static_vectors
from newsclaims.store import SqlStore, open_store, schema
from newsclaims.store.sql import StoryLookup

START = datetime(2026, 1, 1, 6)
#: Articles a day (about 40 new stories a day).
PER_DAY = 200


class Generator:
    """Generated stories and their articles, in order of publication."""

    def __init__(self, seed: int = 11) -> None:
        self.rng = random.Random(seed)
        ids = static_vectors().tokenizer.get_vocab()
        vocab = [t for t in sorted(ids, key=ids.__getitem__) if t.isalpha() and t.isascii()]
        self.common = vocab[1000:3000]
        self.rare = vocab[3000:]
        self.names = [
            f"{a.title()} {b.title()}" for a, b in zip(vocab[4000:], vocab[9000:], strict=False)
        ]
        self.cumulative = list(itertools.accumulate(1.0 / r for r in range(1, len(self.names) + 1)))
        self.defs: dict[int, tuple[list[str], list[str]]] = {}
        self.live: list[tuple[int, datetime, list[str], list[str], int]] = []
        self.stories = 0

    def _entity(self) -> str:
        # Zipf over the pool of names (p ~ 1/rank): the most popular name is in about one
        # story of ten, as a head of state is
        return self.rng.choices(self.names, cum_weights=self.cumulative)[0]

    def article(self, at: datetime) -> tuple[Analysis, int]:
        """The next article (published at ``at``) and its story number."""
        self.live = [s for s in self.live if s[4] > 0 and at - s[1] < timedelta(days=3)]
        if not self.live or self.rng.random() < 0.2:
            self.stories += 1
            entities = list(dict.fromkeys(self._entity() for _ in range(4)))
            words = self.rng.sample(self.rare, 12)
            self.live.append((self.stories, at, entities, words, self.rng.randint(1, 9)))
            self.defs[self.stories] = (entities, words)
        pick = self.rng.randrange(len(self.live))
        story, first, entities, words, left = self.live[pick]
        self.live[pick] = (story, first, entities, words, left - 1)
        chosen = self.rng.sample(entities, min(len(entities), 3))
        body = " ".join(
            self.rng.choice(words) if self.rng.random() < 0.3 else self.rng.choice(self.common)
            for _ in range(120)
        )
        text = f"{' and '.join(chosen)} said {body}."
        found, mentions, at_char = [], [], 0
        for name in chosen:
            start = text.index(name, at_char)
            key = f"PERSON:{name.lower()}"
            found.append(Entity(key=key, name=name, type="PERSON"))
            mentions.append(Mention(start, start + len(name), name, key, "PERSON"))
            at_char = start + len(name)
        title = " ".join(self.rng.sample(words, 4))
        article = Article(text=text, title=title, outlet="Generated", published_at=at)
        return Analysis(article=article, entities=tuple(found), mentions=tuple(mentions)), story


def prefill(store: SqlStore, gen: Generator, articles: int) -> datetime:
    """Fill the story index as ``articles`` generated articles would have: their stories,
    with summaries made from each story's generated words and names (and a random vector),
    and keys, written straight into ``stories`` and ``story_keys`` (the choice reads only
    the index, never the articles). Returns the time the last of them was published."""
    at = START
    dims = static_vectors().dims
    rows, keys = [], []
    seen: dict[int, datetime] = {}
    for n in range(1, articles + 1):
        at = START + timedelta(days=n / PER_DAY)
        _, story = gen.article(at)
        if story in seen:
            seen[story] = at
            continue
        seen[story] = at
        names, words = gen.defs[story]
        direction = [gen.rng.gauss(0.0, 1.0) for _ in range(dims)]
        norm = sum(x * x for x in direction) ** 0.5
        summary = {
            "articles": 1,
            "words": dict.fromkeys(words, 1.0),
            # keyed as ``stories.entities_of`` keys them: the name, and a person's surname
            "entities": {n.lower(): 1.0 for n in names}
            | {n.lower().rsplit(" ", 1)[1]: 1.0 for n in names},
            "vector": [round(x / norm, 4) for x in direction],
            "title": dict.fromkeys(words[:4], 1.0),
        }
        rows.append({"id": story, "label": " ".join(words[:4]), "summary": json.dumps(summary)})
        keys.append((story, stories.keys_of(summary["words"], summary["entities"], 15)))
    with store.engine.begin() as conn:
        conn.execute(
            insert(schema.stories),
            [
                {
                    **r,
                    "first_published": seen[r["id"]],
                    "last_published": seen[r["id"]],
                    "articles": 1,
                    "version": 1,
                    "derived_version": 1,
                }
                for r in rows
            ],
        )
        conn.execute(
            insert(schema.story_keys),
            [
                {"key": k, "story_id": story, "weight": w, "last_seen": seen[story]}
                for story, held in keys
                for k, w in held.items()
            ],
        )
    return at


def measure(size: int, sample: int, folder: Path) -> tuple[float, float, float, float, int]:
    """Per new article, in a store holding ``size`` articles' stories: profile ms, choice
    ms, store.add ms, candidates compared; and how many stories the index holds."""
    path = folder / f"stories-{size}.db"
    path.unlink(missing_ok=True)
    store = open_store(f"sqlite:///{path}")
    gen = Generator()
    last = prefill(store, gen, size)
    spent = Counter[str]()
    compared = 0
    for n in range(1, sample + 1):
        analysis, _ = gen.article(last + timedelta(days=n / PER_DAY))
        began = time.perf_counter()
        item = stories.profile(analysis)
        spent["profile"] += time.perf_counter() - began

        def assign(lookup: StoryLookup, item: stories.Profile = item) -> StoryChoice:
            nonlocal compared
            began = time.perf_counter()
            counting = _Counting(lookup)
            choice = stories.choose(item, counting)
            compared += counting.seen
            spent["choice"] += time.perf_counter() - began
            return choice

        began = time.perf_counter()
        store.add(analysis, assign)
        spent["add"] += time.perf_counter() - began
    held = store.stories(limit=1).total
    store.close()
    path.unlink(missing_ok=True)
    return (
        1000 * spent["profile"] / sample,
        1000 * spent["choice"] / sample,
        1000 * spent["add"] / sample,
        compared / sample,
        held,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--sample", type=int, default=300, help="new articles timed per size")
    parser.add_argument("--folder", type=Path, default=Path("/tmp"))
    args = parser.parse_args()
    print(
        "| articles before | stories | profile ms | choice ms | store.add ms | candidates "
        "| choice / profile |"
    )
    print("|---|---|---|---|---|---|---|")
    rows = []
    for size in args.sizes:
        row = measure(size, args.sample, args.folder)
        rows.append((size, *row))
        print(
            f"| {size:,} | {row[4]:,} | {row[0]:.2f} | {row[1]:.2f} | {row[2]:.2f} "
            f"| {row[3]:.1f} | {row[1] / row[0]:.2f} |",
            flush=True,
        )
    first, last = rows[0], rows[-1]
    print(
        f"\nlargest / smallest store: choice {last[2] / first[2]:.2f}x, "
        f"store.add {last[3] / first[3]:.2f}x, choice / profile "
        f"{(last[2] / last[1]) / (first[2] / first[1]):.2f}x, "
        f"at {last[0] / first[0]:.0f}x the articles"
    )


class _Counting:
    """A story index that counts the candidates it hands out."""

    def __init__(self, lookup: StoryLookup) -> None:
        self.lookup = lookup
        self.seen = 0

    def candidates(
        self, keys: list[str] | tuple[str, ...], since: datetime | None = None, limit: int = 50
    ) -> list[StoryCandidate]:
        found = self.lookup.candidates(keys, since, limit)
        self.seen += len(found)
        return found


if __name__ == "__main__":
    main()
