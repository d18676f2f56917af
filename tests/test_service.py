"""The Python API's batch behaviour: streaming outcomes, resuming, failures counted."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest

from newsclaims import service
from newsclaims.errors import InputError
from newsclaims.extract import pipeline
from newsclaims.model import Analysis, Article, Rejection
from newsclaims.store import SqlStore, WriteResult, WriteStatus


@pytest.mark.model
def test_service_rerun_skips_stored_articles_before_parsing(
    batch: Path, store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = sorted(str(p) for p in batch.glob("*.txt"))
    first = service.ingest(files[:10], store)
    parsed: list[str] = []
    real = pipeline.analyze_articles

    def counting(articles: Iterable[Article]) -> Iterator[Analysis]:
        def note(items: Iterable[Article]) -> Iterator[Article]:
            for article in items:
                parsed.append(article.id)
                yield article

        return real(note(articles))

    monkeypatch.setattr(pipeline, "analyze_articles", counting)
    second = service.ingest(files, store)

    assert (first.stored, second.stored, second.duplicates) == (10, len(files) - 10, 10)
    assert len(parsed) == len(files) - 10, "stored articles were parsed again"
    assert second.failed == 0 and not second.failures


def test_service_summary_counts_each_kind_and_keeps_failures_light(
    make_analysis: Callable[..., Analysis],
) -> None:
    analysis = make_analysis("Mayor Ana Ruiz said the library in Dunmore will reopen.")
    summary = service.Summary()
    summary.add(service.analysed("a", analysis))
    summary.add(service.Outcome("b", write=WriteResult("x", WriteStatus.DUPLICATE)))
    summary.add(service.Outcome("c", error=InputError("E101", "empty")))
    short = Analysis(article=Article(text="Too short."), rejection=Rejection("W201", "short"))
    summary.add(service.analysed("d", short))

    assert (summary.stored, summary.duplicates, summary.failed, summary.rejected) == (1, 1, 1, 1)
    assert summary.done == 4
    assert [o.origin for o in summary.failures] == ["c", "d"]
    assert summary.failures[1].rejection == Rejection("W201", "short")
    assert all(o.analysis is None for o in summary.failures)


@pytest.mark.model
def test_service_bulk_ingest_refreshes_planner_statistics(
    batch: Path, store: SqlStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    monkeypatch.setattr(store, "optimize", lambda: calls.append(store.dialect))
    monkeypatch.setattr(service.settings, "ANALYZE_AFTER_ARTICLES", 5)
    files = sorted(str(p) for p in batch.glob("*.txt"))
    service.ingest(files[:4], store)
    assert calls == [], "a small ingest does not analyse"
    service.ingest(files[4:], store)
    assert calls == [store.dialect]
