"""What story grouping costs per article as the store grows (generated articles, no model).

    python bench/stories_scale.py [--articles 100000] [--db sqlite:////tmp/stories.db]

Articles are generated as news arrives: stories start over time (about 40 a day), each runs
for a few days with five articles on average; a story names a few entities drawn from a
Zipf-distributed pool (so popular names recur across stories, as "Trump" does) and uses words
of its own plus words common to all news. Every article is stored with ``store.add`` and the
choice ingest makes (``derive.assign_for``: ``stories.profile``, then ``stories.choose`` in
the transaction, timed apart here), into one SQLite file.

For each window of articles the table shows the mean milliseconds per article of the
profile (made outside the transaction), of the choice inside it (index lookup, comparison
with the candidates, the story's new keys), and of the whole ``store.add``; how many
candidate stories were compared; and B-cubed F1 of the grouping against the generated
stories so far (a sanity check, not a quality claim: generated text is easy). The last line
gives the ratio of the last window's cost to the first's: near 1 means the cost per article
does not grow with the store (no all-pairs comparison).
"""

from __future__ import annotations

import argparse
import itertools
import random
import time
from collections import Counter
from datetime import datetime, timedelta
from pathlib import Path

from newsclaims.eval.stories import bcubed
from newsclaims.model import Analysis, Article, Entity, Mention
from newsclaims.reconcile import stories
from newsclaims.reconcile.records import StoryCandidate, StoryChoice
from newsclaims.reconcile.static_vectors import static_vectors
from newsclaims.store import open_store
from newsclaims.store.sql import StoryLookup

START = datetime(2026, 1, 1, 6)


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=100_000)
    parser.add_argument("--window", type=int, default=1000, help="articles a row averages")
    parser.add_argument("--db", default="sqlite:////tmp/newsclaims-stories-scale.db")
    args = parser.parse_args()
    if args.db.startswith("sqlite:////"):
        Path(args.db.removeprefix("sqlite:///")).unlink(missing_ok=True)
    store = open_store(args.db)
    gen = Generator()
    per_day = 200  # articles a day: about 40 new stories a day
    gold: list[int] = []
    ids: list[str] = []
    rows = []
    spent = Counter[str]()
    compared = 0
    print(
        "| articles stored | stories | profile ms | choice ms | store.add ms | candidates "
        "| B-cubed F1 so far |"
    )
    print("|---|---|---|---|---|---|---|")
    for n in range(1, args.articles + 1):
        at = START + timedelta(days=n / per_day)
        analysis, story = gen.article(at)
        started = time.perf_counter()
        item = stories.profile(analysis)
        spent["profile"] += time.perf_counter() - started

        def assign(lookup: StoryLookup, item: stories.Profile = item) -> StoryChoice:
            nonlocal compared
            began = time.perf_counter()
            counting = _Counting(lookup)
            choice = stories.choose(item, counting)
            compared += counting.seen
            spent["choice"] += time.perf_counter() - began
            return choice

        began = time.perf_counter()
        ids.append(store.add(analysis, assign).article_id)
        spent["add"] += time.perf_counter() - began
        gold.append(story)
        if n % args.window == 0:
            found = store.articles_by_id(ids[-args.window * 5 :])
            recent = ids[-args.window * 5 :]
            predicted = [found[i].story_id or -k for k, i in enumerate(recent)]
            f1 = bcubed(predicted, [str(g) for g in gold[-len(recent) :]]).f1
            row = (
                n,
                gen.stories,
                1000 * spent["profile"] / args.window,
                1000 * spent["choice"] / args.window,
                1000 * spent["add"] / args.window,
                compared / args.window,
                f1,
            )
            rows.append(row)
            if n in _REPORTED or n == args.articles:
                print(
                    f"| {row[0]:,} | {row[1]:,} | {row[2]:.2f} | {row[3]:.2f} | {row[4]:.2f} "
                    f"| {row[5]:.1f} | {row[6]:.3f} |",
                    flush=True,
                )
            spent.clear()
            compared = 0
    store.close()
    first, last = rows[0], rows[-1]
    print(
        f"\nlast window / first window: choice {last[3] / first[3]:.2f}x, "
        f"store.add {last[4] / first[4]:.2f}x, at {last[0] / first[0]:.0f}x the articles"
    )


#: Rows printed (every window is measured).
_REPORTED = frozenset({1000, 2000, 5000, 10_000, 20_000, 50_000, 100_000})


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
