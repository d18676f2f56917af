"""Batch ingestion on Dask: workers parse and extract, the store is written in one place.

The driver (the process that runs ``newsclaims ingest``) reads the inputs, skips what the
store already holds, and hands chunks of ``settings.SCALE_CHUNK_ARTICLES`` articles to the
workers, keeping at most ``settings.SCALE_CHUNKS_IN_FLIGHT`` chunks per worker outstanding
(a bounded queue: memory does not grow with the corpus). Each worker loads the spaCy
pipeline once per process.

Where results are written depends on the store:

- SQLite has one writer. Workers send their analyses back and the driver writes them, one
  transaction per article, while the workers go on with the next chunks.
- PostgreSQL takes many writers. Workers write their own analyses (one transaction per
  article, the same code path as a single-process ingest) and send back only the outcome, so
  the driver moves little more than article texts. Every worker must reach the database URL.

Reading (WARC decompression, HTML extraction) on the driver runs at about 150-200 articles/s
on one core, which caps a cluster at a few dozen workers. ``ingest_files_distributed``
removes that cap for large runs: each task is one input file (a WARC archive, a JSONL dump),
which the worker reads, analyses and writes to PostgreSQL itself; the driver only hands out
paths. The files must be visible to every worker at the same path (a shared filesystem).

Needs the ``scale`` extra (``dask`` and ``distributed``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from functools import cache
from typing import Any

from newsclaims import settings
from newsclaims.batch import (
    Outcome,
    Summary,
    analysed,
    batches,
    ingest_results,
    reporter,
    store_outcome,
    unread,
    unseen,
)
from newsclaims.errors import ConfigError, NewsclaimsError, StorageError
from newsclaims.ingest import ReadResult, iter_inputs
from newsclaims.model import Article
from newsclaims.reconcile import stories
from newsclaims.store import SqlStore

Held = tuple[str, tuple[NewsclaimsError, ...]]
"""What the driver keeps of one task's item: its origin and the warnings reading it gave
(``W1xx``), which stay here and join the item's outcome when it comes back."""


def process_chunk(articles: list[tuple[str, Article]], url: str | None) -> list[Outcome]:
    """Worker task: analyse a chunk of (origin, article) pairs with this process's pipeline;
    with a store ``url`` (PostgreSQL), also write them and return outcomes without analyses."""
    # spaCy on the workers only: the driver that imports this module never parses (a second
    # of its CPU at each start); a local worker has it loaded already (``scale.warm``)
    from newsclaims.extract.pipeline import analyze_articles  # noqa: PLC0415

    analyses = analyze_articles(article for _, article in articles)
    pairs = zip(articles, analyses, strict=True)
    outcomes = [analysed(origin, analysis) for (origin, _), analysis in pairs]
    if url is None:
        # the story profiles too (a vector per article): the driver, the one writer, then
        # only writes
        return [
            replace(o, story=stories.profile(o.analysis))
            if o.analysis is not None and o.analysis.rejection is None
            else o
            for o in outcomes
        ]
    store = _worker_store(url)
    return [store_outcome(store, outcome) for outcome in outcomes]


@cache
def _worker_store(url: str) -> SqlStore:
    """One store (connection pool) per worker process and URL."""
    return SqlStore(url)


@contextmanager
def _client(workers: int | None, scheduler: str | None) -> Iterator[Any]:
    try:
        from distributed import Client, LocalCluster  # noqa: PLC0415 - optional extra
    except ImportError as e:
        raise ConfigError(
            "E408",
            "Dask is not installed, so --workers and --scheduler are unavailable.",
            "install the scale extra: pip install 'newsclaims[scale]'.",
        ) from e
    if scheduler is not None:
        try:
            client = Client(scheduler, timeout=settings.SCALE_CONNECT_TIMEOUT_S)
        except OSError as e:
            raise ConfigError(
                "E409",
                f"No Dask scheduler answered at {scheduler}: {e}",
                "check the address (tcp://HOST:PORT) and that `dask scheduler` runs there.",
            ) from e
        with client:
            yield client
        return
    import dask  # noqa: PLC0415 - optional extra, installed with distributed

    logging.getLogger("distributed").setLevel(logging.WARNING)
    config = dict(settings.SCALE_DASK_CONFIG)
    if not _fork_server():
        config.pop(_START_METHOD, None)  # no fork server here (Windows): spawned as before
    # the scheduler reads the settings here; each worker gets them from its nanny at start
    with (
        dask.config.set(config),
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            # any free port: a second cluster on the machine must not clash on the default
            dashboard_address=":0",
            memory_limit=settings.SCALE_WORKER_MEMORY,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


_START_METHOD = "distributed.worker.multiprocessing-method"


def _fork_server() -> bool:
    """Local workers fork from one server process that has loaded the pipeline
    (``newsclaims.scale.warm``) instead of each importing and loading it anew. False when
    this platform has no fork server (then workers are spawned)."""
    import multiprocessing  # noqa: PLC0415

    import distributed.utils  # noqa: PLC0415 - optional extra

    if "forkserver" not in multiprocessing.get_all_start_methods():
        return False
    multiprocessing.get_context("forkserver").set_forkserver_preload(["newsclaims.scale.warm"])
    # distributed sets its own preload list (dask's optional packages) on its first use
    # unless told it has (a private flag: were it renamed, workers would still start, only
    # without the pipeline loaded); ours imports what a worker needs, the pipeline included
    distributed.utils._forkserver_preload_set = True
    return True


def ingest_distributed(
    results: Iterable[ReadResult],
    store: SqlStore,
    published: date | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
) -> Summary:
    """Ingest read results with Dask workers doing the parse and extraction.

    ``workers`` starts a local cluster of that many processes; ``scheduler`` connects to an
    existing cluster instead. Same outcomes and guarantees as ``batch.ingest_results``:
    one transaction per article, stored articles skipped before parsing, the batch goes on.
    """
    summary, report = reporter(on_outcome)
    chunks = _chunks(unseen(results, store, report, published), report)
    # PostgreSQL: the workers write; SQLite: the analyses come back to this one writer.
    url = store.url if store.dialect == "postgresql" else None
    tasks = (
        (process_chunk, ([(o, a) for o, a, _ in chunk], url), [(o, w) for o, _, w in chunk])
        for chunk in chunks
    )
    with _client(workers, scheduler) as client:
        _drive(client, tasks, store, report)
    return summary


def ingest_file(path: str, url: str, published: date | None) -> list[Outcome]:
    """Worker task: read, analyse and store one input file into the store at ``url``; skips
    what is stored already. Returns the outcomes without analyses."""
    outcomes: list[Outcome] = []
    results = iter_inputs([path])
    ingest_results(results, _worker_store(url), published, on_outcome=outcomes.append)
    return outcomes


def ingest_files_distributed(
    files: list[str | ReadResult],
    store: SqlStore,
    published: date | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
) -> Summary:
    """Ingest input files with one Dask task per file: workers read, analyse and write
    (PostgreSQL only); at most ``SCALE_CHUNKS_IN_FLIGHT`` files per worker are queued. The
    read results among ``files`` (what a folder walk does not read, see ``input_files``)
    are reported here, in their place, as a folder walk in one process reports them."""
    remote = [f for f in files if isinstance(f, str) and (f == "-" or "://" in f)]
    if store.dialect != "postgresql" or remote:
        why = f"inputs {remote[:3]} are not paths" if remote else "the store is SQLite"
        raise ConfigError(
            "E410",
            f"Partitioning by file needs a PostgreSQL store and local paths; {why}.",
            "use the default --partition articles, or a postgresql:// store and file paths.",
        )
    summary, report = reporter(on_outcome)

    def tasks() -> Iterator[tuple[Callable[..., list[Outcome]], tuple[Any, ...], list[Held]]]:
        for item in files:
            if isinstance(item, ReadResult):
                report(unread(item))
            else:
                # the worker reads the file: its outcomes carry their own warnings
                yield ingest_file, (item, store.url, published), [(item, ())]

    with _client(workers, scheduler) as client:
        _drive(client, tasks(), store, report)
    return summary


def _drive(
    client: Any,
    tasks: Iterable[tuple[Callable[..., list[Outcome]], tuple[Any, ...], list[Held]]],
    store: SqlStore,
    report: Callable[[Outcome], None],
) -> None:
    """Submit (function, arguments, held items) tasks, at most ``SCALE_CHUNKS_IN_FLIGHT`` per
    worker outstanding, and collect each as it finishes."""
    from distributed import as_completed  # noqa: PLC0415 - optional extra

    slots = settings.SCALE_CHUNKS_IN_FLIGHT * max(1, len(client.scheduler_info()["workers"]))
    pending = as_completed()
    origins: dict[str, list[Held]] = {}
    for function, arguments, held in tasks:
        future = client.submit(function, *arguments, pure=False)
        origins[future.key] = held
        pending.add(future)
        while pending.count() >= slots:
            _collect(next(pending), origins, store, report)
    for future in pending:
        _collect(future, origins, store, report)


def _chunks(
    results: Iterable[ReadResult], report: Callable[[Outcome], None]
) -> Iterator[list[tuple[str, Article, tuple[NewsclaimsError, ...]]]]:
    """Chunks of readable articles with their read warnings; failed reads are reported at
    once."""

    def readable() -> Iterator[tuple[str, Article, tuple[NewsclaimsError, ...]]]:
        for result in results:
            if result.article is None:
                report(unread(result))
            else:
                yield result.origin, result.article, result.warnings

    yield from batches(readable(), settings.SCALE_CHUNK_ARTICLES)


def _collect(
    future: Any,
    origins: dict[str, list[Held]],
    store: SqlStore,
    report: Callable[[Outcome], None],
) -> None:
    """Write (or just report) one finished chunk; a failed chunk fails its articles only.
    The read warnings the driver held join their articles' outcomes, as in one process."""
    chunk = origins.pop(future.key)
    try:
        outcomes = future.result()
    except Exception as e:  # any worker failure fails this chunk, not the batch
        error = StorageError(
            "E303",
            f"A Dask worker failed on {len(chunk)} articles: {type(e).__name__}: {e}",
            "run the same ingest again: stored articles are skipped, these are retried.",
        )
        outcomes = [Outcome(origin=origin, error=error) for origin, _ in chunk]
    finally:
        future.release()
    if any(warnings for _, warnings in chunk):
        # a chunk of articles: one outcome each, in order
        outcomes = [
            replace(outcome, warnings=(*warnings, *outcome.warnings))
            for outcome, (_, warnings) in zip(outcomes, chunk, strict=True)
        ]
    for outcome in outcomes:
        report(store_outcome(store, outcome))
