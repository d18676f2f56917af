"""The Python API: analyse text, ingest inputs into a store."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date

from newsclaims.errors import NewsclaimsError
from newsclaims.extract.pipeline import analyze_articles
from newsclaims.ingest import ReadResult, iter_inputs
from newsclaims.ingest.base import parse_date
from newsclaims.model import Analysis, Article
from newsclaims.store import SqlStore, WriteResult, WriteStatus, open_store


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
    return next(analyze_articles([article]))


@dataclass(frozen=True, slots=True)
class Outcome:
    """What happened to one input item during extraction or ingestion."""

    origin: str
    """Where the item came from."""
    analysis: Analysis | None = None
    """The analysis, when the item could be read."""
    error: NewsclaimsError | None = None
    """The coded error, when it could not be read or stored."""
    write: WriteResult | None = None
    """The store's answer, when ingesting."""

    @property
    def ok(self) -> bool:
        """Read, analysed and (when ingesting) stored, not rejected."""
        if self.error is not None or self.analysis is None:
            return False
        if self.analysis.rejection is not None:
            return False
        return self.write is None or self.write.status is not WriteStatus.REJECTED


def _override(result: ReadResult, published: date | None) -> ReadResult:
    if published is None or result.article is None:
        return result
    return replace(result, article=replace(result.article, published=published))


def extract(
    inputs: Iterable[str], published: date | None = None, allow_private: bool = False
) -> Iterator[Outcome]:
    """Read and analyse inputs without a store, streaming, the pipeline loaded once."""
    return analyze_results(iter_inputs(inputs, allow_private=allow_private), published)


def analyze_results(
    results: Iterable[ReadResult], published: date | None = None
) -> Iterator[Outcome]:
    """Analyse read results in order; failed reads pass through as failed outcomes."""
    pending: list[ReadResult] = []

    def articles() -> Iterator[Article]:
        for read in results:
            result = _override(read, published)
            pending.append(result)
            if result.article is not None:
                yield result.article

    analyses = analyze_articles(articles())
    for analysis in analyses:
        while pending and pending[0].article is None:
            failed = pending.pop(0)
            yield Outcome(origin=failed.origin, error=failed.error)
        done = pending.pop(0)
        yield Outcome(origin=done.origin, analysis=analysis)
    for failed in pending:
        yield Outcome(origin=failed.origin, error=failed.error)


def ingest(
    inputs: Iterable[str],
    store: SqlStore | None = None,
    published: date | None = None,
    allow_private: bool = False,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Read, analyse and store inputs, one transaction per article; the batch always goes on."""
    own = store is None
    target = store or open_store()
    try:
        return ingest_results(
            iter_inputs(inputs, allow_private=allow_private), target, published, on_outcome
        )
    finally:
        if own:
            target.close()


def ingest_results(
    results: Iterable[ReadResult],
    store: SqlStore,
    published: date | None = None,
    on_outcome: Callable[[Outcome], None] | None = None,
) -> list[Outcome]:
    """Analyse and store read results, one transaction per article; the batch goes on."""
    outcomes: list[Outcome] = []
    for extracted in analyze_results(results, published):
        outcome = extracted
        if extracted.analysis is not None:
            try:
                outcome = replace(extracted, write=store.add(extracted.analysis))
            except NewsclaimsError as e:
                outcome = replace(extracted, error=e)
        outcomes.append(outcome)
        if on_outcome is not None:
            on_outcome(outcome)
    return outcomes


@dataclass
class Summary:
    """Counts over a batch of outcomes."""

    stored: int = 0
    duplicates: int = 0
    rejected: int = 0
    failed: int = 0
    failures: list[Outcome] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        """Count one outcome."""
        if outcome.error is not None or outcome.analysis is None:
            self.failed += 1
            self.failures.append(outcome)
        elif outcome.write is not None and outcome.write.status is WriteStatus.DUPLICATE:
            self.duplicates += 1
        elif outcome.analysis.rejection is not None:
            self.rejected += 1
            self.failures.append(outcome)
        else:
            self.stored += 1
