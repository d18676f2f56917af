"""Query latency at size: 1,000,000 generated claims in SQLite (and PostgreSQL with --pg).

    python bench/query_latency.py [--claims 1000000] [--pg postgresql://postgres@127.0.0.1/test]

Rows are written straight into a migrated store (the extraction is not what is measured):
articles of 10 claims in stories of 20 articles, each claim linked to 2 of 20,000 entities,
one figure per claim on one of 20,000 subjects. What is derived from each story is computed
once (``derive.refresh``, timed apart), then ``claims --about``, ``figures --about
--measure`` and ``disagreements --about`` (what figures count, and an entity the claims are
about) run 50 times each on random names through the data functions the commands use
(``newsclaims.views``); prints p50 and p95 in ms.
"""

from __future__ import annotations

import argparse
import random
import statistics
import time
import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import create_engine, insert, text

from newsclaims import derive, views
from newsclaims.names import normalise
from newsclaims.store import SqlStore
from newsclaims.store.items import Filters
from newsclaims.store.schema import (
    aliases,
    articles,
    claim_entities,
    claims,
    entities,
    quantities,
    stories,
)

ENTITIES = 20_000
SUBJECTS = 20_000
PER_ARTICLE = 10
PER_STORY = 20
BATCH = 20_000
MEASURES = ("killed", "wounded", "casualties", "deployed")
STANCES = ("reported", "quoted", "estimated", "denied", "confirmed", "hedged")


def _fill(store: SqlStore, n_claims: int) -> None:
    rng = random.Random(3)
    now = datetime.now(UTC)
    with store.engine.begin() as conn:
        conn.execute(
            insert(entities),
            [
                {"id": i + 1, "key": f"PERSON:person {i}", "name": f"Person {i}", "type": "PERSON"}
                for i in range(ENTITIES)
            ],
        )
        conn.execute(
            insert(aliases),
            [
                {"entity_id": i + 1, "alias": f"Person {i}", "norm": f"person {i}"}
                for i in range(ENTITIES)
            ],
        )
    n_articles = n_claims // PER_ARTICLE
    with store.engine.begin() as conn:
        conn.execute(
            insert(stories),
            [
                {
                    "id": n + 1,
                    "label": f"story {n}",
                    "articles": PER_STORY,
                    "version": 1,
                    "derived_version": 0,
                }
                for n in range(-(-n_articles // PER_STORY))
            ],
        )
    for start in range(0, n_articles, BATCH // PER_ARTICLE):
        ids = [f"a{n:09d}" for n in range(start, min(n_articles, start + BATCH // PER_ARTICLE))]
        article_rows, claim_rows, links, figures = [], [], [], []
        for article_id in ids:
            day = date(2025, 1, 1) + timedelta(days=rng.randrange(365))
            article_rows.append(
                {
                    "story_id": int(article_id[1:]) // PER_STORY + 1,
                    "id": article_id,
                    "language": "en",
                    "text": "x",
                    "status": "stored",
                    "ingested_at": now,
                    "published": day,
                }
            )
            for seq in range(PER_ARTICLE):
                claim_id = f"{article_id}:{seq}"
                claim_rows.append(
                    {
                        "id": claim_id,
                        "article_id": article_id,
                        "seq": seq,
                        "start": 0,
                        "end": 1,
                        "text": f"claim {claim_id}",
                        "stance": rng.choice(STANCES),
                        "kind": "indirect",
                        "source_entity_id": rng.randrange(1, ENTITIES + 1),
                        "anonymous": False,
                        "sentence": seq,
                    }
                )
                for entity_id in {rng.randrange(1, ENTITIES + 1), rng.randrange(1, ENTITIES + 1)}:
                    links.append({"claim_id": claim_id, "entity_id": entity_id})
                subject = f"subject {rng.randrange(SUBJECTS)}"
                figures.append(
                    {
                        "article_id": article_id,
                        "start": 0,
                        "end": 1,
                        "text": "about 100",
                        "value": float(rng.randrange(1, 10_000)),
                        "bound": "approx",
                        "about": subject,
                        "about_norm": normalise(subject),
                        "measure": rng.choice(MEASURES),
                        "source_entity_id": rng.randrange(1, ENTITIES + 1),
                    }
                )
        with store.engine.begin() as conn:
            conn.execute(insert(articles), article_rows)
            conn.execute(insert(claims), claim_rows)
            conn.execute(insert(claim_entities), links)
            conn.execute(insert(quantities), figures)


def _time(work: Callable[[], object], runs: int = 50) -> tuple[float, float]:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(0.95 * len(samples)) - 1]


def _measure(label: str, store: SqlStore, n_claims: int) -> None:
    start = time.perf_counter()
    _fill(store, n_claims)
    store.optimize()  # what `newsclaims ingest` does after a bulk load
    filled = time.perf_counter() - start
    start = time.perf_counter()
    derived = derive.refresh(store)
    deriving = time.perf_counter() - start
    rng = random.Random(9)

    def about(name: str) -> Filters:
        return Filters(about=name)

    queries = {
        "claims --about": lambda: views.claims(
            store, about(f"Person {rng.randrange(ENTITIES)}"), limit=100
        ),
        "figures --about --measure": lambda: views.figures(
            store, Filters(about=f"subject {rng.randrange(SUBJECTS)}", measure="killed")
        ),
        "disagreements --about (a subject)": lambda: views.disagreements(
            store, about(f"subject {rng.randrange(SUBJECTS)}")
        ),
        "disagreements --about (an entity)": lambda: views.disagreements(
            store, about(f"Person {rng.randrange(ENTITIES)}")
        ),
    }
    print(
        f"\n{label}: {n_claims:,} claims written and analysed in {filled:.0f}s; "
        f"what {derived:,} stories derive computed in {deriving:.0f}s\n"
    )
    print("| query | p50 ms | p95 ms |")
    print("|---|---|---|")
    for name, work in queries.items():
        p50, p95 = _time(work)
        print(f"| {name} | {p50:.1f} | {p95:.1f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--pg", default=None, help="a PostgreSQL URL to measure too (own schema)")
    args = parser.parse_args()
    path = f"/tmp/newsclaims-latency-{uuid.uuid4().hex[:8]}.db"
    store = SqlStore(f"sqlite:///{path}")
    _measure("SQLite", store, args.claims)
    store.close()
    if args.pg:
        schema = f"nc_bench_{uuid.uuid4().hex[:8]}"
        engine = create_engine(args.pg.replace("postgresql://", "postgresql+psycopg://", 1))
        with engine.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        pg = SqlStore(f"{args.pg}?options=-csearch_path%3D{schema}")
        try:
            _measure("PostgreSQL", pg, args.claims)
        finally:
            pg.close()
            with engine.begin() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))


if __name__ == "__main__":
    main()
