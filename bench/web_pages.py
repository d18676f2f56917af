"""Page times of the web workbench at 10,000 articles (issue 18: under 300 ms each).

    python bench/web_pages.py [--articles 10000] [--runs 15] [--db /tmp/web10k.db] [--pages sources]
        [--url postgresql://postgres@127.0.0.1:5432/test?options=-csearch_path%3Dweb10k]

Articles are built by hand (the extraction is not what is measured) and stored through the
store's own write path, one transaction each, in stories of 20 articles from 5 outlets: each
names 3 of 2,000 people and 1 of 200 places, has 5 claims by those people (one of them a
denial) and 2 figures on one of 100 subjects. What each story derives is computed once
(``derive.refresh``). Then every page type is fetched ``--runs`` times in-process (FastAPI's
TestClient: routing, the data functions, the templates) and p50 / p95 are printed in ms, with
the median of a plain ``views.claims`` call beside them as the yardstick of the same run, and
each page's p50 as a ratio of it (the ratio moves less than the times on a busy machine).
``--pages`` keeps the page types whose name holds one of the words given.
Filling 10,000 articles takes several minutes on the 2-core machine: ``--db`` keeps the store
and a later run reuses it. ``--url`` measures a store at any database URL instead (PostgreSQL:
give the schema in the URL, as above, and create it first); one that holds articles is reused.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from fastapi.testclient import TestClient

from newsclaims import derive, views
from newsclaims.model import (
    Analysis,
    Article,
    Claim,
    ClaimKind,
    Entity,
    Mention,
    Quantity,
    Span,
    Stance,
)
from newsclaims.reconcile.records import StoryChoice
from newsclaims.store import SqlStore
from newsclaims.store.sql import StoryLookup
from newsclaims.web import create_app

PEOPLE = 2_000
PLACES = 200
SUBJECTS = 100
PER_STORY = 20
OUTLETS = ("Daily Courier", "Metro Wire", "Evening Post", "Harbour Times", "City Herald")
STANCES = (Stance.REPORTED, Stance.QUOTED, Stance.ESTIMATED, Stance.CONFIRMED, Stance.DENIED)


def _analysis(n: int, rng: random.Random) -> Analysis:
    people = [rng.randrange(PEOPLE) for _ in range(3)]
    place = rng.randrange(PLACES)
    subject = f"residents of Town {rng.randrange(SUBJECTS)}"
    parts: list[str] = []
    mentions: list[Mention] = []
    claims: list[Claim] = []
    figures: list[Quantity] = []
    entities = {
        f"GPE:town {place}": Entity(key=f"GPE:town {place}", name=f"Town {place}", type="GPE")
    }

    def add(text: str) -> int:
        start = sum(len(p) for p in parts)
        parts.append(text)
        return start

    for k, person in enumerate((people * 2)[:5]):
        key = f"PERSON:person {person}"
        entities[key] = Entity(key=key, name=f"Person {person}", type="PERSON")
        name = f"Person {person}"
        s = add(name)
        mentions.append(Mention(s, s + len(name), name, key, "PERSON"))
        stance = STANCES[k % len(STANCES)]
        cue = "denied" if stance is Stance.DENIED else "said"
        c = add(f" {cue} ")
        value = rng.randrange(2, 900)
        content = f"{value} {subject} had been moved from Town {place} on day {n}"
        b = add(content)
        claims.append(
            Claim(
                start=b,
                end=b + len(content),
                text=content,
                stance=stance,
                kind=ClaimKind.INDIRECT,
                source=Span(s, s + len(name), name),
                source_entity=key,
                cue=Span(c + 1, c + 1 + len(cue), cue),
                sentence=k,
            )
        )
        if k < 2:
            figures.append(
                Quantity(
                    start=b,
                    end=b + len(str(value)),
                    text=str(value),
                    value=float(value),
                    bound="exact",
                    about=subject,
                    measure="moved",
                    source=Span(s, s + len(name), name),
                    source_entity=key,
                )
            )
        town = f"Town {place}"
        t = add(f" {town}") + 1
        mentions.append(Mention(t, t + len(town), town, f"GPE:town {place}", "GPE"))
        add(". ")
    text = "".join(parts)
    stamp = datetime(2025, 1, 1, tzinfo=UTC) + timedelta(hours=n * 3)
    article = Article(
        text=text,
        outlet=OUTLETS[n % len(OUTLETS)],
        title=f"Report {n} from Town {place}",
        published_at=stamp,
        origin=f"bench:{n}",
    )
    return Analysis(
        article=article,
        entities=tuple(entities.values()),
        mentions=tuple(mentions),
        claims=tuple(claims),
        quantities=tuple(figures),
    )


def _assigner(story: int, stamp: datetime | None) -> Callable[[StoryLookup], StoryChoice]:
    def assign(lookup: StoryLookup) -> StoryChoice:
        found = lookup.candidates([f"bench:{story}"], limit=1)
        return StoryChoice(
            found[0].id if found else None, f"Bench story {story}", {}, {f"bench:{story}": 1.0},
            stamp,
        )  # fmt: skip

    return assign


def _fill(store: SqlStore, n_articles: int) -> None:
    rng = random.Random(7)
    for n in range(n_articles):
        analysis = _analysis(n, rng)
        store.add(analysis, _assigner(n // PER_STORY, analysis.article.published_at))


def _time(work: Callable[[], object], runs: int) -> tuple[float, float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[max(0, int(0.95 * len(samples)) - 1)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument(
        "--db", type=Path, default=None, help="keep the store here; an existing one is reused"
    )
    parser.add_argument(
        "--pages", nargs="*", default=None, help="only the page types whose name holds a word"
    )
    parser.add_argument("--url", default=None, help="a store at this database URL instead")
    args = parser.parse_args()
    if args.url:
        url = args.url
        store = SqlStore(url)
        reuse = views.articles(store, limit=1).total > 0
    else:
        path = args.db or Path(tempfile.mkdtemp(prefix="newsclaims-web-")) / "web.db"
        reuse = path.exists()
        url = f"sqlite:///{path}"
        store = SqlStore(url)
    start = time.perf_counter()
    if not reuse:
        _fill(store, args.articles)
        store.optimize()
    stored = time.perf_counter() - start
    start = time.perf_counter()
    derive.refresh(store)
    derived = time.perf_counter() - start
    article_id = views.articles(store, limit=1).rows[0]["id"]
    story = views.stories(store, limit=1).rows[0]["id"]
    store.close()
    app = create_app(url)
    # a server without a token answers only to its own address
    client = TestClient(app, base_url="http://127.0.0.1")
    rng = random.Random(11)
    pages = {
        "articles (home)": lambda: "/",
        "articles, one outlet, page 20": lambda: "/?outlet=Metro+Wire&page=20",
        "claims, words": lambda: f"/claims?text=Town+{rng.randrange(PLACES)}",
        "claims, stance denied": lambda: "/claims?stance=denied",
        "entities index": lambda: "/entities",
        "entities, search": lambda: f"/entities?text=person+{rng.randrange(PEOPLE)}",
        "entity page": lambda: f"/entities/Person%20{rng.randrange(PEOPLE)}",
        "figures, one story": lambda: f"/figures?story={story}",
        "figures, one subject": lambda: (
            f"/figures?about=residents+of+Town+{rng.randrange(SUBJECTS)}&measure=moved"
        ),
        "disagreements": lambda: "/disagreements",
        "disagreements, one story": lambda: f"/disagreements?story={story}",
        "propositions": lambda: "/propositions",
        "timeline": lambda: "/timeline",
        "sources": lambda: "/sources",
        "stories": lambda: "/stories",
        "story dashboard": lambda: f"/stories/{story}",
        "article": lambda: f"/articles/{article_id}",
        "search": lambda: f"/search?q=Person+{rng.randrange(PEOPLE)}",
        "corrections": lambda: "/corrections",
    }
    with client:
        yardstick = _time(lambda: views.claims(app.state.store, limit=50), args.runs)[0]
        count = views.articles(app.state.store, limit=1).total
        made = "reused" if reuse else f"stored in {stored:.0f}s"
        print(
            f"\n{count:,} articles ({made}), derived in {derived:.0f}s; "
            f"{args.runs} fetches per page, in-process (TestClient)\n"
        )
        print(f"yardstick: views.claims, first 50 rows, p50 {yardstick:.1f} ms\n")
        print("| page | p50 ms | p95 ms | p50 / yardstick |")
        print("|---|---|---|---|")
        for name, path in pages.items():
            if args.pages and not any(word in name for word in args.pages):
                continue

            def fetch(path_of: Callable[[], str] = path) -> None:
                response = client.get(path_of())
                if response.status_code != 200:
                    raise RuntimeError(f"{response.status_code} {response.text[:200]}")

            p50, p95 = _time(fetch, args.runs)
            print(f"| {name} | {p50:.0f} | {p95:.0f} | {p50 / yardstick:.2f} |", flush=True)


if __name__ == "__main__":
    main()
