"""One batch of inputs through the pipeline into a store: outcomes, counting, skipping what is
stored, one transaction per article. The service and the Dask runner (``newsclaims.scale``)
both build on it; it imports neither."""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from itertools import islice
from typing import TypeVar

from newsclaims import derive, settings
from newsclaims.errors import NewsclaimsError, StorageError
from newsclaims.ingest import ReadResult
from newsclaims.model import Analysis, Article, Rejection
from newsclaims.reconcile.stories import Profile
from newsclaims.store import SqlStore, WriteResult, WriteStatus

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one input item during extraction or ingestion."""

    origin: str
    """Where the item came from."""
    analysis: Analysis | None = None
    """The analysis, when the item could be read (dropped once stored, to keep memory flat)."""
    error: NewsclaimsError | None = None
    """The coded error, when it could not be read or stored."""
    write: WriteResult | None = None
    """The store's answer, when ingesting."""
    rejection: Rejection | None = None
    """Why the article yields nothing (a ``W2xx`` code), when it was rejected."""
    warnings: tuple[NewsclaimsError, ...] = ()
    """Coded warnings (``W1xx``) from reading it: what was left out of the article."""
    story: Profile | None = None
    """The article's story profile (``reconcile.stories.profile``), when the process that
    analysed it made it already (a Dask worker, sparing the one writer the work)."""

    @property
    def ok(self) -> bool:
        """Read, analysed and (when ingesting) stored, not rejected."""
        if self.error is not None or self.rejection is not None:
            return False
        if self.write is not None:
            return self.write.status is not WriteStatus.REJECTED
        return self.analysis is not None

    @property
    def skipped(self) -> bool:
        """Nothing was read, on purpose, and a warning says what (W104, W105): no failure."""
        return (
            self.error is None
            and self.analysis is None
            and self.write is None
            and bool(self.warnings)
        )

    def light(self) -> Outcome:
        """The same outcome without the analysis (what a batch keeps once it is stored), its
        errors without the frames they were raised in (``NewsclaimsError.detached``)."""
        if self.error is not None:
            self.error.detached()
        for warning in self.warnings:
            warning.detached()
        return replace(self, analysis=None, story=None)


def analysed(
    origin: str, analysis: Analysis, warnings: tuple[NewsclaimsError, ...] = ()
) -> Outcome:
    """The outcome of analysing one article."""
    return Outcome(
        origin=origin, analysis=analysis, rejection=analysis.rejection, warnings=warnings
    )


def unread(result: ReadResult) -> Outcome:
    """The outcome of a read result without an article: its error, or only warnings (a
    link not followed, a record skipped), which count as no failure."""
    return Outcome(origin=result.origin, error=result.error, warnings=result.warnings)


def with_published(result: ReadResult, published: date | None) -> ReadResult:
    """The read result with its article's date set to ``published``, when one is given."""
    if published is None or result.article is None:
        return result
    return replace(result, article=replace(result.article, published=published))


class _SourceFailed(Exception):
    """An exception from reading the inputs (not from the pipeline): it is not retried."""

    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error


def analyze_results(
    results: Iterable[ReadResult], published: date | None = None
) -> Iterator[Outcome]:
    """Analyse read results in order; failed reads pass through as failed outcomes.

    The pipeline works in batches, so one article it fails on outside the stages' own guard
    (a tokenizer or model component raising) once cost every article of the batch and ended
    the run. Now the articles it held are analysed again one at a time (the one that fails
    again is rejected with W203), and the rest of the inputs go on through a new pass."""
    from newsclaims.extract.pipeline import analyze_articles  # noqa: PLC0415 - loads spaCy

    source = iter(results)
    while True:
        pending: deque[ReadResult] = deque()
        done = [False]

        def articles(
            pending: deque[ReadResult] = pending, done: list[bool] = done
        ) -> Iterator[Article]:
            while True:
                try:
                    read = next(source)
                except StopIteration:
                    done[0] = True
                    return
                except Exception as e:
                    raise _SourceFailed(e) from e
                result = with_published(read, published)
                pending.append(result)
                if result.article is not None:
                    yield result.article

        try:
            for analysis in analyze_articles(articles()):
                while pending and pending[0].article is None:
                    failed = pending.popleft()
                    yield unread(failed)
                held = pending.popleft()
                yield analysed(held.origin, analysis, held.warnings)
        except _SourceFailed as e:
            raise e.error from None  # the reader's own exception, as it was
        except Exception:  # the pipeline failed on a batch: one at a time, then go on
            for held in pending:
                yield _alone(held, analyze_articles)
            if done[0]:
                return
            continue
        for failed in pending:
            yield unread(failed)
        return


def _alone(
    held: ReadResult, analyze_articles: Callable[[Iterable[Article]], Iterator[Analysis]]
) -> Outcome:
    """Analyse one held article on its own; a failure rejects that article alone (W203)."""
    if held.article is None:
        return unread(held)
    try:
        [analysis] = list(analyze_articles([held.article]))
    except Exception as e:  # this is the article the pipeline fails on
        reason = f"The pipeline failed on this article: {type(e).__name__}: {e}"[:500]
        analysis = Analysis(article=held.article, rejection=Rejection("W203", reason))
    return analysed(held.origin, analysis, held.warnings)


def batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Consecutive lists of ``size`` items (the last may be shorter), read lazily."""
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def unseen(
    results: Iterable[ReadResult],
    store: SqlStore,
    skipped: Callable[[Outcome], None],
    published: date | None = None,
    chunk: int = settings.PIPE_BATCH_SIZE,
) -> Iterator[ReadResult]:
    """Pass on read results whose article is not stored yet; report the others to ``skipped``
    as already stored, without parsing them. Looks the ids up ``chunk`` at a time."""
    for batch in batches((with_published(r, published) for r in results), chunk):
        for result, stored in zip(batch, stored_already(batch, store), strict=True):
            if stored is not None:
                skipped(stored)
            else:
                yield result


def stored_already(results: list[ReadResult], store: SqlStore) -> list[Outcome | None]:
    """For each read result, its outcome as already stored, or None when its article is not
    stored yet (or it holds none): one look-up of the ids in the store."""
    known = store.known_ids([r.article.id for r in results if r.article is not None])
    return [
        Outcome(origin=r.origin, write=WriteResult(r.article.id, WriteStatus.DUPLICATE))
        if r.article is not None and r.article.id in known
        else None
        for r in results
    ]


def store_outcome(store: SqlStore, outcome: Outcome) -> Outcome:
    """Write an analysed outcome (one transaction); failures become coded errors."""
    if outcome.analysis is None:
        return outcome
    try:
        write = store.add(outcome.analysis, derive.assign_for(outcome.analysis, outcome.story))
        return replace(outcome, write=write).light()
    except NewsclaimsError as e:
        return replace(outcome, error=e).light()
    except Exception as e:  # one article's failed write costs that article alone
        error = StorageError(
            "E302",
            f"Writing article {outcome.analysis.article.id} failed: {type(e).__name__}: {e}",
            "nothing of this article was stored; the batch goes on.",
        )
        return replace(outcome, error=error).light()


def ingest_results(
    results: Iterable[ReadResult],
    store: SqlStore,
    published: date | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> Summary:
    """Analyse and store read results, one transaction per article; the batch goes on.
    Each outcome goes to ``on_outcome`` (without its analysis) as soon as it is known."""
    summary, report = reporter(on_outcome)
    for extracted in analyze_results(unseen(results, store, report, published)):
        report(store_outcome(store, extracted))
    return summary


@dataclass
class Summary:
    """Counts over a batch of outcomes; keeps the failed and rejected ones (without analyses)."""

    stored: int = 0
    duplicates: int = 0
    rejected: int = 0
    failed: int = 0
    failures: list[Outcome] = field(default_factory=list)
    warned: list[Outcome] = field(default_factory=list)
    """Outcomes with warnings (``W1xx``), without analyses."""
    notes: list[NewsclaimsError] = field(default_factory=list)
    """Coded errors of the batch as a whole that lost no article (E306)."""

    @property
    def done(self) -> int:
        """Outcomes counted so far."""
        return self.stored + self.duplicates + self.rejected + self.failed

    def add(self, outcome: Outcome) -> None:
        """Count one outcome."""
        if outcome.warnings:
            self.warned.append(outcome.light())
        if outcome.skipped:
            return
        if outcome.error is not None or (outcome.analysis is None and outcome.write is None):
            self.failed += 1
            self.failures.append(outcome.light())
        elif outcome.write is not None and outcome.write.status is WriteStatus.DUPLICATE:
            self.duplicates += 1
        elif outcome.rejection is not None:
            self.rejected += 1
            self.failures.append(outcome.light())
        else:
            self.stored += 1


def reporter(
    on_outcome: Callable[[Outcome], None] | None,
) -> tuple[Summary, Callable[[Outcome], None]]:
    """A new summary and the callback that counts an outcome in it, then passes it on."""
    summary = Summary()

    def report(outcome: Outcome) -> None:
        summary.add(outcome)
        if on_outcome is not None:
            on_outcome(outcome)

    return summary, report
