"""Batch ingestion on Dask: workers parse and extract, the store is written in one place.

The driver (the process that runs ``newsclaims ingest``) lists the inputs and reads their
bytes (``ingest.iter_raw``: files, archive records; no HTML or text parsing), and hands
chunks of ``settings.SCALE_CHUNK_ARTICLES`` of them to the workers, keeping at most
``settings.SCALE_CHUNKS_IN_FLIGHT`` chunks per worker outstanding (a bounded queue: memory
does not grow with the corpus). A worker parses its chunk (HTML extraction), looks the
article ids up in the store in one query and skips the stored ones before the parse of the
pipeline, then analyses the rest (``read_chunk``). Each worker loads the spaCy pipeline and
the HTML extractor once per process.

The workers need the store for that look-up: a PostgreSQL store, or a SQLite file on this
machine with a local cluster (``workers``). With a SQLite store and a ``scheduler`` (whose
workers may not see the file) or an in-memory one, the driver parses and looks up itself, as
a single process does, and hands the workers articles (``process_chunk``).

Where results are written depends on the store:

- SQLite has one writer. Workers send their analyses back and the driver writes them, one
  transaction per article, while the workers go on with the next chunks.
- PostgreSQL takes many writers. Workers write their own analyses (one transaction per
  article, the same code path as a single-process ingest) and send back only the outcome, so
  the driver moves little more than article texts. Every worker must reach the database URL.

Reading archives on the driver (decompression only) runs at thousands of records a second
on one core; the driver's SQLite writes cap a cluster sooner. ``ingest_files_distributed``
moves even that to the workers for large runs: each task is one input file (a WARC archive,
a JSONL dump), which the worker reads, analyses and writes to PostgreSQL itself; the driver
only hands out paths. The files must be visible to every worker at the same path (a shared
filesystem).

Needs the ``scale`` extra (``dask`` and ``distributed``).
"""

from __future__ import annotations

import logging
from collections import deque
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
    analyze_results,
    batches,
    ingest_results,
    reporter,
    store_outcome,
    stored_already,
    unread,
    unseen,
    with_published,
)
from newsclaims.errors import ConfigError, NewsclaimsError, StorageError
from newsclaims.ingest import RawInput, ReadResult, iter_inputs, parse_raw
from newsclaims.model import Article
from newsclaims.reconcile import stories
from newsclaims.store import SqlStore

Held = tuple[str, tuple[NewsclaimsError, ...]]
"""What the driver keeps of one task's item: its origin and the warnings reading it gave
(``W1xx``), which stay here and join the item's outcome when it comes back."""


def process_chunk(articles: list[tuple[str, Article]], url: str | None) -> list[Outcome]:
    """Worker task: analyse a chunk of (origin, article) pairs with this process's pipeline;
    with a store ``url`` (PostgreSQL), also write them and return outcomes without analyses.
    An article the pipeline fails on is rejected alone (W203), as in ``read_chunk``."""
    results = [ReadResult(origin=origin, article=article) for origin, article in articles]
    return _finished(list(analyze_results(results)), _worker_store(url) if url else None)


def read_chunk(
    items: list[ReadResult | RawInput], url: str, writes: bool, published: date | None
) -> list[Outcome]:
    """Worker task: parse the pages and texts of a chunk (``ingest.parse_raw``), skip the
    articles the store at ``url`` holds already (one look-up for the chunk), analyse the rest
    and, with ``writes`` (PostgreSQL), write them; one outcome per item, in order (without
    analyses when written; with them and their story profiles for the driver to write)."""
    results = [with_published(_parsed(item), published) for item in items]
    store = _worker_store(url, create=writes)
    outcomes = stored_already(results, store)
    fresh = analyze_results([r for r, o in zip(results, outcomes, strict=True) if o is None])
    done = [o if o is not None else next(fresh) for o in outcomes]
    return _finished(done, store if writes else None)


def _finished(outcomes: list[Outcome], store: SqlStore | None) -> list[Outcome]:
    """A worker's analysed outcomes written to ``store`` (PostgreSQL: returned without their
    analyses), or with no store profiled for the driver, the one writer, to write."""
    if store is not None:
        return [store_outcome(store, o) for o in outcomes]
    return [_profiled(o) for o in outcomes]


def _parsed(item: ReadResult | RawInput) -> ReadResult:
    """The one read result of a chunk's item (a page or text holds one article)."""
    if isinstance(item, ReadResult):
        return item
    [result] = parse_raw(item)
    return result


def _profiled(outcome: Outcome) -> Outcome:
    """The outcome with its story profile (a vector per article), made on the worker: the
    driver, the one writer, then only writes."""
    if outcome.analysis is None or outcome.analysis.rejection is not None:
        return outcome
    return replace(outcome, story=stories.profile(outcome.analysis))


@cache
def _worker_store(url: str, create: bool = True) -> SqlStore:
    """One store (connection pool) per worker process and URL; without ``create`` (a
    SQLite file that the driver writes, looked up only) a missing store is E304, never made."""
    return SqlStore(url, create=create)


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
    items: Iterable[ReadResult | RawInput],
    store: SqlStore,
    published: date | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
) -> Summary:
    """Ingest read results and raw inputs (``ingest.iter_raw``) with Dask workers doing the
    parse and extraction.

    ``workers`` starts a local cluster of that many processes; ``scheduler`` connects to an
    existing cluster instead. Same outcomes and guarantees as ``batch.ingest_results``:
    one transaction per article, stored articles skipped before parsing, the batch goes on.
    """
    summary, report = reporter(on_outcome)
    # PostgreSQL: the workers write; SQLite: the analyses come back to this one writer.
    writes = store.dialect == "postgresql"
    tasks: Iterator[tuple[Callable[..., list[Outcome]], tuple[Any, ...], list[Held]]]
    if writes or (scheduler is None and store.sqlite_file is not None):
        tasks = (
            (
                read_chunk,
                ([i for i, _ in chunk], store.url, writes, published),
                [h for _, h in chunk],
            )
            for chunk in _raw_chunks(items, report)
        )
    else:  # the workers may not see the store: the driver parses and looks up
        results = (r for i in items for r in (parse_raw(i) if isinstance(i, RawInput) else [i]))
        url = store.url if writes else None
        tasks = (
            (process_chunk, ([(o, a) for o, a, _ in chunk], url), [(o, w) for o, _, w in chunk])
            for chunk in _chunks(unseen(results, store, report, published), report)
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
    worker outstanding, and collect them in the order they were submitted (the inputs'
    order): the one SQLite writer then stores the articles in the order one process does,
    and what the first stored decides (an entity's spelling, the stories) is the same. A
    chunk that finishes early waits for those before it; its worker goes on with the next
    chunk queued meanwhile."""
    slots = settings.SCALE_CHUNKS_IN_FLIGHT * max(1, len(client.scheduler_info()["workers"]))
    pending: deque[Any] = deque()
    origins: dict[str, list[Held]] = {}
    carried: set[str] = set()  # tasks whose outcomes carry their read warnings (read_chunk)
    for function, arguments, held in tasks:
        future = client.submit(function, *arguments, pure=False)
        origins[future.key] = held
        if function is read_chunk:
            carried.add(future.key)
        pending.append(future)
        while len(pending) >= slots:
            _collect(pending.popleft(), origins, store, report, carried)
    while pending:
        _collect(pending.popleft(), origins, store, report, carried)


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


def _raw_chunks(
    items: Iterable[ReadResult | RawInput], report: Callable[[Outcome], None]
) -> Iterator[list[tuple[ReadResult | RawInput, Held]]]:
    """Chunks of items for the workers to parse, each with what the driver holds of it (the
    warnings of an article read here, for its outcome if the worker fails); failed reads and
    warnings alone are reported at once."""

    def readable() -> Iterator[tuple[ReadResult | RawInput, Held]]:
        for item in items:
            if isinstance(item, RawInput):
                yield item, (item.origin, ())
            elif item.article is None:
                report(unread(item))
            else:
                yield item, (item.origin, item.warnings)

    yield from batches(readable(), settings.SCALE_CHUNK_ARTICLES)


def _collect(
    future: Any,
    origins: dict[str, list[Held]],
    store: SqlStore,
    report: Callable[[Outcome], None],
    carried: set[str] | None = None,
) -> None:
    """Write (or just report) one finished chunk; a failed chunk fails its articles only.
    The read warnings the driver held join their articles' outcomes, as in one process;
    a task in ``carried`` (``read_chunk``, which got the warnings with its items and keeps
    them as one process does) needs them only when it failed."""
    chunk = origins.pop(future.key)
    joined = carried is None or future.key not in carried
    try:
        outcomes = future.result()
    except Exception as e:  # any worker failure fails this chunk, not the batch
        error = StorageError(
            "E303",
            f"A Dask worker failed on {len(chunk)} articles: {type(e).__name__}: {e}",
            "run the same ingest again: stored articles are skipped, these are retried.",
        )
        outcomes = [Outcome(origin=origin, error=error) for origin, _ in chunk]
        joined = True
    finally:
        future.release()
        if carried is not None:
            carried.discard(future.key)
    if joined and any(warnings for _, warnings in chunk):
        # a chunk of articles: one outcome each, in order
        outcomes = [
            replace(outcome, warnings=(*warnings, *outcome.warnings))
            for outcome, (_, warnings) in zip(outcomes, chunk, strict=True)
        ]
    for outcome in outcomes:
        report(store_outcome(store, outcome))
