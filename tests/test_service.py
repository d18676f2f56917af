"""The Python API's batch behaviour: streaming outcomes, resuming, failures counted."""

from __future__ import annotations

import gc
import io
import json
import warnings
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

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


#: Long enough, and English enough, to be stored rather than rejected.
_GOOD = (
    "Officials in Dunmore said on Monday that the bridge over the river would reopen in May "
    "after repairs, and the mayor, Ana Ruiz, told reporters the work had cost four million."
)


@pytest.mark.model
def test_service_one_hostile_input_costs_that_input_alone(tmp_path: Path, store: SqlStore) -> None:
    """Issue 21: a good text, then inputs that once aborted the whole batch (and lost the
    articles read before them) on SQLite or PostgreSQL; every good article is stored."""
    import json  # noqa: PLC0415
    import os  # noqa: PLC0415

    tmp_path = tmp_path / "in"
    tmp_path.mkdir()

    (tmp_path / "00-good.txt").write_text(_GOOD)
    (tmp_path / "01-deep.jsonl").write_text('{"text": ' + "[" * 100_000 + "]" * 100_000 + "}")
    (tmp_path / "02-deep.txt").write_text(_GOOD.replace("May", "June"))
    (tmp_path / "02-deep.meta.json").write_text("[" * 100_000 + "]" * 100_000)
    lone = {"text": _GOOD.replace("May", "July") + " \ud800", "title": "Bridge \ud800"}
    (tmp_path / "03-lone.jsonl").write_text(json.dumps(lone))
    nul = {"text": _GOOD.replace("May", "August") + " \x00", "title": "Bridge \x00 news"}
    (tmp_path / "04-nul.jsonl").write_text(json.dumps(nul))
    with open(os.path.join(os.fsencode(tmp_path), b"05-caf\xe9.txt"), "wb") as handle:
        handle.write(_GOOD.replace("May", "March").encode())
    none_date = {"text": _GOOD.replace("May", "April"), "published": "None"}
    (tmp_path / "06-none-date.jsonl").write_text(json.dumps(none_date))
    inputs = [str(tmp_path), "http://example.com:99999/x"]

    outcomes: list[service.Outcome] = []
    summary = service.ingest(inputs, store, on_outcome=outcomes.append)

    codes = {Path(o.origin).name: o.error.code for o in outcomes if o.error is not None}
    assert codes == {"01-deep.jsonl#1": "E111", "02-deep.txt": "E113", "x": "E107"}
    assert summary.stored == 5, [(o.origin, o.error, o.rejection) for o in outcomes]
    warned = [o for o in outcomes if o.warnings]
    assert [w.code for o in warned for w in o.warnings] == ["W101"]
    titles = {a.title for a in store.articles().items if a.title}
    assert titles == {"Bridge \ufffd", "Bridge \ufffd news"}


def test_service_a_failed_write_of_any_kind_costs_that_article_alone(
    make_analysis: Callable[..., Analysis], monkeypatch: pytest.MonkeyPatch
) -> None:
    class Store:
        def add(self, analysis: Analysis, assign: object = None) -> WriteResult:
            if "broken" in analysis.article.text:
                raise UnicodeEncodeError("utf-8", "x", 0, 1, "surrogates not allowed")
            return WriteResult(analysis.article.id, WriteStatus.STORED)

    monkeypatch.setattr(service.derive, "assign_for", lambda _analysis, _made=None: None)
    good = make_analysis("Mayor Ana Ruiz said the library in Dunmore will reopen.")
    bad = make_analysis("Mayor Ana Ruiz said the library in Dunmore will reopen, broken.")
    outcomes = [service.store_outcome(Store(), service.analysed(a, x)) for a, x in
                (("bad", bad), ("good", good))]  # type: ignore[arg-type]  # fmt: skip
    assert outcomes[0].error is not None and outcomes[0].error.code == "E302"
    assert outcomes[1].write is not None and outcomes[1].write.status is WriteStatus.STORED


@pytest.mark.model
def test_service_furniture_is_removed_and_stored_for_every_input_kind(
    tmp_path: Path, store: SqlStore
) -> None:
    body = (
        "Scroll down for video Mayor Ana Ruiz said the new library in Dunmore would open in "
        "June, and the council agreed to pay for its books. Follow Jo Bloggs on Twitter: @jo"
    )
    (tmp_path / "story.txt").write_text(body, encoding="utf-8")
    (tmp_path / "story.jsonl").write_text(
        json.dumps({"text": body.replace("June", "July"), "title": "Library"}) + "\n",
        encoding="utf-8",
    )
    page = (
        "<html><head><title>Library</title></head><body><article><p>{}</p></article></body></html>"
    )
    (tmp_path / "story.html").write_text(page.format(body.replace("June", "May")), encoding="utf-8")
    # warcio leaves its digest spool file to the garbage collector (as conftest.warc_bytes)
    with warnings.catch_warnings(), (tmp_path / "story.warc.gz").open("wb") as out:
        warnings.simplefilter("ignore", ResourceWarning)
        writer = WARCWriter(out, gzip=True)
        record = writer.create_warc_record(
            "https://example.org/library",
            "response",
            payload=io.BytesIO(page.format(body.replace("June", "April")).encode("utf-8")),
            http_headers=StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1"
            ),
        )
        writer.write_record(record)
        del record
        gc.collect()
    summary = service.ingest([str(p) for p in sorted(tmp_path.iterdir())], store)
    assert summary.stored == 4, summary
    for item in store.articles().items:
        stored = store.article(item.id)
        text = stored["article"]["text"]
        found = {f["text"] for f in stored["furniture"]}
        assert {"Scroll down for video", "Follow Jo Bloggs on Twitter: @jo"} <= found, item.origin
        for c in stored["claims"]:
            assert "Scroll" not in text[c["start"] : c["end"]]


def _batchwise(articles: Iterable[Article]) -> Iterator[Analysis]:
    """A stand-in for the pipeline that, like nlp.pipe, takes articles four at a time and
    fails the whole batch when one of them is "poison"."""
    it = iter(articles)
    while batch := [a for _, a in zip(range(4), it, strict=False)]:
        if any("poison" in a.text for a in batch):
            raise RuntimeError("the tokenizer fell over")
        yield from (Analysis(article=a) for a in batch)


def test_service_a_pipeline_failure_costs_the_failing_article_alone(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 21: the batch held by the pipeline when it fails is analysed again one at a time;
    the article it fails on is rejected (W203), every other one goes on, in order."""
    from newsclaims.ingest import ReadResult  # noqa: PLC0415

    monkeypatch.setattr(pipeline, "analyze_articles", _batchwise)
    texts = [f"text {n}" for n in range(10)]
    texts[5] = "poison 5"
    results = [ReadResult(origin=f"o{n}", article=Article(text=t)) for n, t in enumerate(texts)]
    results.insert(3, ReadResult(origin="bad", error=InputError("E101", "empty")))
    outcomes = list(service.analyze_results(results))

    assert [o.origin for o in outcomes] == [r.origin for r in results]
    poisoned = next(o for o in outcomes if o.origin == "o5")
    assert poisoned.rejection is not None and poisoned.rejection.code == "W203"
    assert "tokenizer fell over" in poisoned.rejection.reason
    assert all(o.analysis is not None for o in outcomes if o.origin not in ("bad",))
    assert next(o for o in outcomes if o.origin == "bad").error is not None
    assert sum(1 for o in outcomes if o.rejection is None and o.error is None) == 9


def test_service_a_failure_reading_the_inputs_is_not_retried(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsclaims.ingest import ReadResult  # noqa: PLC0415

    monkeypatch.setattr(pipeline, "analyze_articles", _batchwise)

    def source() -> Iterator[ReadResult]:
        yield ReadResult(origin="o0", article=Article(text="text 0"))
        raise OSError("the disk went away")

    with pytest.raises(OSError, match="disk went away"):
        list(service.analyze_results(source()))


def test_service_a_failed_derive_after_the_batch_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by bench/soak.py: with the server deriving too, the ingest's own derive met a
    locked database after every article was stored and ended in a traceback. Now it is E306
    on the summary; the articles stay stored and their stories stale, for the next derive."""
    from sqlalchemy.exc import OperationalError  # noqa: PLC0415

    def locked(*_args: object, **_kwargs: object) -> int:
        raise OperationalError("INSERT", {}, Exception("database is locked"))

    monkeypatch.setattr(pipeline, "analyze_articles", _batchwise)
    monkeypatch.setattr(service.derive, "refresh", locked)
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_text(
            f"Officials in Dunmore said on Monday that repair {n} ended."
        )
    with SqlStore(f"sqlite:///{tmp_path / 's.db'}") as store:
        summary = service.ingest([str(folder)], store)
        assert summary.stored == 3
        assert [n.code for n in summary.notes] == ["E306"]
        assert store.articles().total == 3
