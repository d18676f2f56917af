"""The Python API: analyse text, ingest inputs into a store."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date

from newsclaims import derive, settings
from newsclaims.batch import (
    Outcome,
    Summary,
    analysed,
    analyze_results,
    batches,
    ingest_results,
    reporter,
    store_outcome,
    unseen,
)
from newsclaims.errors import ConfigError, StorageError
from newsclaims.ingest import input_files, iter_inputs, iter_raw
from newsclaims.ingest.base import parse_date
from newsclaims.model import Analysis, Article
from newsclaims.store import SqlStore, open_store
from newsclaims.store.items import EntityItem, MarkItem

__all__ = [
    "Outcome",
    "Summary",
    "analysed",
    "analyze",
    "analyze_results",
    "batches",
    "extract",
    "ingest",
    "ingest_results",
    "mark",
    "merge_entities",
    "reporter",
    "split_entity",
    "store_outcome",
    "unmark",
    "unseen",
]


def analyze(
    text: str,
    published: date | str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    title: str | None = None,
) -> Analysis:
    """Analyse one article's text; ``published`` anchors relative times."""
    article = Article(
        text=text,
        url=url,
        outlet=outlet,
        title=title,
        published=parse_date(published, "published"),
        origin="<text>",
    )
    from newsclaims.extract.pipeline import analyze_articles  # noqa: PLC0415 - loads spaCy

    return next(analyze_articles([article]))


def extract(
    inputs: Iterable[str], published: date | None = None, allow_private: bool = False
) -> Iterator[Outcome]:
    """Read and analyse inputs without a store, streaming, the pipeline loaded once."""
    return analyze_results(iter_inputs(inputs, allow_private=allow_private), published)


def ingest(
    inputs: Iterable[str],
    store: SqlStore | None = None,
    published: date | None = None,
    allow_private: bool = False,
    on_outcome: Callable[[Outcome], None] | None = None,
    workers: int | None = None,
    scheduler: str | None = None,
    partition: str = "articles",
) -> Summary:
    """Read, analyse and store inputs, one transaction per article; the batch always goes on.

    Streams: readers, the parse and the writes hold a bounded number of articles at a time,
    and articles already in the store are skipped before they are parsed (a rerun resumes).
    With ``workers`` (a local Dask cluster) or ``scheduler`` (an existing one) the parse and
    extraction run on Dask workers, fed with chunks of articles read here, or, with
    ``partition="files"``, each worker reads, analyses and writes whole input files (see
    ``newsclaims.scale``).
    """
    own = store is None
    target = store or open_store()
    try:
        summary = _ingest_with(
            inputs, target, published, allow_private, on_outcome, workers, scheduler, partition
        )
        if summary.stored >= settings.ANALYZE_AFTER_ARTICLES:
            target.optimize()
        if summary.stored:
            try:
                derive.refresh(target)
            except Exception as e:  # the articles are stored; their stories stay stale
                summary.notes.append(
                    StorageError(
                        "E306",
                        f"Deriving the stories after the batch failed ({type(e).__name__}:"
                        f" {' '.join(str(e).split())[:200]}).",
                        "nothing is lost: the next write, a CLI read or the server derives them.",
                    )
                )
        return summary
    finally:
        if own:
            target.close()


def _ingest_with(
    inputs: Iterable[str],
    store: SqlStore,
    published: date | None,
    allow_private: bool,
    on_outcome: Callable[[Outcome], None] | None,
    workers: int | None,
    scheduler: str | None,
    partition: str,
) -> Summary:
    if workers is None and scheduler is None:
        if partition == "files":
            raise ConfigError(
                "E410",
                "Partitioning by file spreads files over Dask workers, and none was asked.",
                "add --workers N or --scheduler tcp://HOST:PORT.",
            )
        results = iter_inputs(inputs, allow_private=allow_private)
        return ingest_results(results, store, published, on_outcome)
    from newsclaims import scale  # noqa: PLC0415 - optional extra

    if partition == "files":
        return scale.ingest_files_distributed(
            list(input_files(inputs)), store, published, on_outcome, workers, scheduler
        )
    items = iter_raw(inputs, allow_private=allow_private)
    return scale.ingest_distributed(items, store, published, on_outcome, workers, scheduler)


# Corrections: an analyst's merge, split or mark, then the derive of the stories it touched,
# so that whoever corrects (the CLI, the API, the web forms) sees results that include it.


def merge_entities(store: SqlStore, into: str, other: str, who: str) -> EntityItem:
    """Make ``other`` the same entity as ``into`` (kept for later ingests), then derive."""
    merged = store.merge_entities(into, other, who=who)
    derive.after_write(store)
    return merged


def split_entity(store: SqlStore, name: str, alias: str, who: str) -> EntityItem:
    """Give the mentions of ``alias`` an entity of their own, apart from ``name``, then
    derive."""
    split = store.split_entity(name, alias, who=who)
    derive.after_write(store)
    return split


def mark(store: SqlStore, target: str, key: str, who: str, reason: str | None = None) -> MarkItem:
    """Mark a claim, figure or disagreement wrong, then derive without it."""
    made = store.mark(target, key, who=who, reason=reason)
    derive.after_write(store)
    return made


def undo_merge(store: SqlStore, correction_id: int, who: str) -> EntityItem:
    """Undo a merge exactly (what it moved goes back), then derive."""
    back = store.undo_merge(correction_id, who=who)
    derive.after_write(store)
    return back


def unmark(store: SqlStore, mark_id: int, who: str) -> MarkItem:
    """Undo a mark, then derive with the record back."""
    undone = store.unmark(mark_id, who=who)
    derive.after_write(store)
    return undone
