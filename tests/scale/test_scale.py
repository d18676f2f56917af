"""Ingest on Dask: the same store as a single process, on SQLite (the driver writes) and
PostgreSQL (the workers write); reruns skip stored articles; a failed chunk fails only itself."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsclaims import scale, service, settings
from newsclaims.errors import ConfigError, InputError
from newsclaims.extract import pipeline
from newsclaims.ingest import RawInput, parse_raw
from newsclaims.ingest import warc as warc_reader
from newsclaims.model import Analysis, Article, Rejection
from newsclaims.scale import Held, _collect
from newsclaims.service import Outcome
from newsclaims.store import SqlStore, WriteStatus

RecordCounts = Callable[[str], dict[str, tuple[int, int, int]]]


@pytest.mark.model
def test_scale_two_workers_store_what_one_process_stores(
    batch: Path, store: SqlStore, tmp_path: Path, record_counts: RecordCounts
) -> None:
    reference = SqlStore(f"sqlite:///{tmp_path / 'reference.db'}")
    alone = service.ingest([str(batch)], reference)
    reference.close()
    seen: list[Outcome] = []

    summary = service.ingest([str(batch)], store, workers=2, on_outcome=seen.append)

    assert (summary.stored, summary.failed, summary.rejected) == (alone.stored, 0, 0)
    assert summary.stored == len(list(batch.glob("*.txt")))
    assert all(o.analysis is None for o in seen), "outcomes keep no analyses once stored"
    assert record_counts(store.url) == record_counts(reference.url)
    again = service.ingest([str(batch)], store, workers=2)
    assert (again.stored, again.duplicates) == (0, summary.stored)


def _failures(outcomes: list[Outcome]) -> list[tuple[str, str]]:
    return sorted((o.origin, o.error.code) for o in outcomes if o.error is not None)


def _not_on_the_driver(*args: object, **kwargs: object) -> Any:
    raise RuntimeError("the driver parsed or looked up what a worker should")


@pytest.mark.model
def test_scale_workers_parse_pages_and_skip_stored_as_one_process_does(
    mixed_inputs: Path,
    store: SqlStore,
    tmp_path: Path,
    record_counts: RecordCounts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Pages, texts and archive records are parsed on the workers, which look the ids up in
    the store: the driver (here, where both are made to fail) does neither. The bad inputs
    keep their codes, the rest is stored as one process stores it, and a rerun skips it."""
    reference = SqlStore(f"sqlite:///{tmp_path / 'reference.db'}")
    alone: list[Outcome] = []
    one = service.ingest([str(mixed_inputs)], reference, on_outcome=alone.append)
    reference.close()
    assert (one.stored + one.rejected, one.failed) == (6, 4), "the control: one process"
    readers = sys.modules["newsclaims.ingest"]  # the package; newsclaims.ingest is a function
    for module in (readers, warc_reader):
        monkeypatch.setattr(module, "article_from_html", _not_on_the_driver)
    monkeypatch.setattr(readers, "article_from_text", _not_on_the_driver)
    monkeypatch.setattr(SqlStore, "known_ids", _not_on_the_driver)
    seen: list[Outcome] = []

    summary = service.ingest([str(mixed_inputs)], store, workers=2, on_outcome=seen.append)

    assert (summary.stored, summary.rejected, summary.failed) == (one.stored, one.rejected, 4)
    assert _failures(seen) == _failures(alone)
    warned = sorted((o.origin, tuple(w.code for w in o.warnings)) for o in seen if o.warnings)
    assert warned == sorted(
        (o.origin, tuple(w.code for w in o.warnings)) for o in alone if o.warnings
    )
    assert record_counts(store.url) == record_counts(reference.url)
    again: list[Outcome] = []
    rerun = service.ingest([str(mixed_inputs)], store, workers=2, on_outcome=again.append)
    assert (rerun.stored, rerun.duplicates, rerun.failed) == (0, 6, 4)
    assert _failures(again) == _failures(alone)
    assert [o.origin for o in again if o.warnings] == [], "skipped as stored, as one process"


def test_scale_read_chunk_skips_the_stored_with_one_look_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker's chunk: the stored article is skipped before the pipeline, with one look-up
    for the whole chunk; a page without text keeps its code (E106), an archive page the
    extractor fails on gets E116 alone; the new ones (the control) go through the pipeline.
    One outcome per item, in order."""
    url = f"sqlite:///{tmp_path / 'db.sqlite'}"
    page = "<html><head><title>{0}</title></head><body><article><p>{1}</p></article></body></html>"
    towns = ["Dunmore", "Carvel", "Hollin"]
    items = [
        RawInput(
            origin=f"{town}.html",
            data=page.format(town, f"Officials in {town} said the bridge would reopen.").encode(),
            name=f"{town}.html",
        )
        for town in towns
    ]
    items.insert(1, RawInput(origin="app.html", data=b"<html><body><div></div></body></html>"))
    odd = RawInput(origin="crawl.warc.gz#odd", data=b"<html>odd</html>", page=True)
    items.insert(2, odd)
    [first] = parse_raw(items[0])
    assert first.article is not None
    store = SqlStore(url)
    store.add(Analysis(article=first.article, rejection=Rejection("W201", "invented")))
    store.close()
    lookups: list[int] = []
    known_ids = SqlStore.known_ids

    def counted(self: SqlStore, ids: Any) -> set[str]:
        lookups.append(1)
        return known_ids(self, ids)

    parsed: list[str] = []

    def fake_pipeline(articles: Any) -> Any:
        for article in articles:
            parsed.append(article.title)
            yield Analysis(article=article, rejection=Rejection("W202", "stand-in"))

    extract = warc_reader.article_from_html

    def fragile(data: bytes, origin: str, url: str | None) -> Any:
        if data == odd.data:
            raise ValueError("an extractor's own failure")
        return extract(data, origin, url)

    monkeypatch.setattr(warc_reader, "article_from_html", fragile)
    monkeypatch.setattr(SqlStore, "known_ids", counted)
    monkeypatch.setattr(pipeline, "analyze_articles", fake_pipeline)
    try:
        outcomes = scale.read_chunk(items, url, False, None)
    finally:
        scale._worker_store(url, create=False).close()
        scale._worker_store.cache_clear()

    assert [o.origin for o in outcomes] == [i.origin for i in items]
    assert outcomes[0].write is not None and outcomes[0].write.status is WriteStatus.DUPLICATE
    assert outcomes[1].error is not None and outcomes[1].error.code == "E106"
    assert outcomes[2].error is not None and outcomes[2].error.code == "E116", "that page only"
    assert [o.rejection.code if o.rejection else None for o in outcomes[3:]] == ["W202", "W202"]
    assert parsed == ["Carvel", "Hollin"], "the stored article never reached the pipeline"
    assert lookups == [1]


def test_scale_process_chunk_fails_only_the_article_the_pipeline_fails_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The driver's chunk of articles (``process_chunk``: a SQLite store with a scheduler) is
    analysed as one process and ``read_chunk`` analyse: an article the pipeline raises on is
    rejected alone (W203) and the rest of its chunk is analysed (review rev48b: a whole chunk
    was lost, and lost again on each rerun, since the rerun's chunk held the same article)."""
    towns = ["Dunmore", "Breckan", "Hollin"]
    articles = [
        (f"{town}.txt", Article(text=f"Officials in {town} said the ferry would run.", title=town))
        for town in towns
    ]

    def fake_pipeline(batch: Any) -> Any:
        held = list(batch)
        if any(article.title == "Breckan" for article in held):
            raise ValueError("a component's own failure")
        for article in held:
            yield Analysis(article=article, rejection=Rejection("W202", "stand-in"))

    monkeypatch.setattr(pipeline, "analyze_articles", fake_pipeline)
    monkeypatch.setattr(scale.stories, "profile", lambda analysis: None)

    outcomes = scale.process_chunk(articles, None)

    assert [o.origin for o in outcomes] == [origin for origin, _ in articles]
    assert [o.rejection.code if o.rejection else None for o in outcomes] == [
        "W202",
        "W203",
        "W202",
    ]
    assert all(o.error is None for o in outcomes)


@pytest.mark.model
@pytest.mark.postgres
def test_scale_partition_by_file_workers_read_and_write_postgres(
    batch: Path, pg_store: SqlStore, tmp_path: Path, record_counts: RecordCounts
) -> None:
    reference = SqlStore(f"sqlite:///{tmp_path / 'reference.db'}")
    service.ingest([str(batch)], reference)
    reference.close()

    summary = service.ingest([str(batch)], pg_store, workers=2, partition="files")

    assert summary.stored == len(list(batch.glob("*.txt"))) and summary.failed == 0
    assert record_counts(pg_store.url) == record_counts(reference.url)


@pytest.mark.parametrize(
    ("inputs", "workers", "why"),
    [
        (["batch"], 2, "SQLite"),
        (["https://example.org/a.html"], 2, "not paths"),
        (["batch"], None, "Dask"),
    ],
)
def test_scale_partition_by_file_refuses_what_it_cannot_do(
    batch: Path, tmp_path: Path, inputs: list[str], workers: int | None, why: str
) -> None:
    store = SqlStore(f"sqlite:///{tmp_path / 'db.sqlite'}")
    paths = [str(batch) if i == "batch" else i for i in inputs]
    with pytest.raises(ConfigError) as caught:
        service.ingest(paths, store, workers=workers, partition="files")
    assert caught.value.code == "E410"
    assert why in str(caught.value)
    store.close()


class _FailedFuture:
    key = "chunk-1"

    def result(self) -> Any:
        raise RuntimeError("worker died")

    def release(self) -> None:
        pass


def test_scale_failed_chunk_fails_its_articles_only(tmp_path: Path) -> None:
    store = SqlStore(f"sqlite:///{tmp_path / 'db.sqlite'}")
    seen: list[Outcome] = []
    undated = InputError("W101", "a.txt: cannot read 'None' as a date; stored without one.")
    origins: dict[str, list[Held]] = {
        "chunk-1": [("a.txt", (undated,)), ("b.txt", ())],
        "chunk-2": [("c.txt", ())],
    }

    _collect(_FailedFuture(), origins, store, seen.append)

    assert [o.origin for o in seen] == ["a.txt", "b.txt"]
    assert all(o.error is not None and o.error.code == "E303" for o in seen)
    assert "worker died" in str(seen[0].error)
    assert [o.warnings for o in seen] == [(undated,), ()], "the read warning is kept"
    assert origins == {"chunk-2": [("c.txt", ())]}
    store.close()


def test_scale_unreachable_scheduler_is_e409(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fixtures: Path
) -> None:
    monkeypatch.setattr(settings, "SCALE_CONNECT_TIMEOUT_S", 1.0)
    store = SqlStore(f"sqlite:///{tmp_path / 'db.sqlite'}")
    with pytest.raises(ConfigError) as caught:
        service.ingest([str(fixtures / "mayor.txt")], store, scheduler="tcp://127.0.0.1:9")
    assert caught.value.code == "E409"
    store.close()


@pytest.mark.model
@pytest.mark.postgres
def test_scale_partition_by_file_warns_of_a_link_to_a_folder(
    batch: Path, pg_store: SqlStore, tmp_path: Path
) -> None:
    """Workers get paths, so the driver lists the folders; it left the links to folders out,
    without the W104 a folder walk in one process gives."""
    (batch / "up").symlink_to(tmp_path, target_is_directory=True)
    seen: list[Outcome] = []

    summary = service.ingest(
        [str(batch)], pg_store, workers=2, partition="files", on_outcome=seen.append
    )

    [link] = [o for o in seen if o.origin.endswith("up")]
    assert link.skipped and [w.code for w in link.warnings] == ["W104"]
    assert summary.stored == len(list(batch.glob("*.txt"))) and summary.failed == 0


def _profiling_on() -> bool:
    import dask  # noqa: PLC0415 - optional extra

    return bool(dask.config.get("distributed.worker.profile.enabled"))


def test_scale_local_workers_run_without_dask_profiler() -> None:
    from newsclaims.scale import _client  # noqa: PLC0415 - the local cluster's own set-up

    with _client(1, None) as client:
        # each worker's own config: Dask's sampling profiler (a stack walk every 10 ms) off
        assert list(client.run(_profiling_on).values()) == [False]
        interval = client.run_on_scheduler(_monitor_interval)
    assert interval == settings.SCALE_DASK_CONFIG["distributed.admin.system-monitor.interval"]


def _monitor_interval() -> str:
    import dask  # noqa: PLC0415 - optional extra

    return str(dask.config.get("distributed.admin.system-monitor.interval"))


def _loaded_before_any_task() -> tuple[int, int, bool]:
    import gc  # noqa: PLC0415

    from newsclaims import lexicons  # noqa: PLC0415
    from newsclaims.extract.pipeline import build_pipeline  # noqa: PLC0415

    loaded = build_pipeline.cache_info().currsize, lexicons._name_list.cache_info().currsize
    return (*loaded, gc.get_freeze_count() > 0)


@pytest.mark.model
def test_scale_local_workers_start_with_the_pipeline_loaded() -> None:
    """Local workers fork from a server that loaded the pipeline and the first-name list
    once (and froze them out of the collector's passes), instead of each importing and
    loading them anew."""
    from newsclaims.scale import _client  # noqa: PLC0415 - the local cluster's own set-up

    with _client(2, None) as client:
        loaded = list(client.run(_loaded_before_any_task).values())
    assert loaded == [(1, 1, True), (1, 1, True)]


def _start_method() -> str:
    import dask  # noqa: PLC0415 - optional extra

    return str(dask.config.get("distributed.worker.multiprocessing-method"))


def test_scale_local_workers_spawned_where_no_fork_server(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import multiprocessing  # noqa: PLC0415

    from newsclaims.scale import _client  # noqa: PLC0415 - the local cluster's own set-up

    monkeypatch.setattr(multiprocessing, "get_all_start_methods", lambda: ["spawn"])
    with _client(1, None) as client:
        assert list(client.run(_start_method).values()) == ["spawn"]


def _ingest_report(
    runner: Any, inputs: list[Path], db: str, options: list[str]
) -> tuple[int, list[str], str]:
    """Exit code, the warning / rejected / failed lines (sorted) and the counts of an ingest."""
    from newsclaims.cli import main  # noqa: PLC0415

    result = runner.invoke(main, ["ingest", *map(str, inputs), "--db", db, *options])
    lines = result.stderr.splitlines()
    said = sorted(s for s in lines if s.startswith(("warning ", "rejected ", "failed ")))
    [counts] = [s.split(" in ")[0] for s in lines if " already stored, " in s]
    return result.exit_code, said, counts


@pytest.mark.model
@pytest.mark.parametrize(("tiny", "exit_code"), [(False, 2), (True, 1)])
def test_scale_ingest_with_workers_reports_what_one_process_reports(
    tmp_path: Path, tiny: bool, exit_code: int
) -> None:
    """The read warnings (W101: a date left out) and rejections that an ingest in one process
    reports are reported with --workers too, with the same exit code (2: warned only); a
    clean article (the control) gets no warning in either."""
    from click.testing import CliRunner  # noqa: PLC0415

    said = "Officials in Dunmore said on Monday that the bridge would reopen after the repairs."
    clean = "Mayor Ana Ruiz told reporters in Carvel that the new library would open in June."
    (tmp_path / "undated.jsonl").write_text(json.dumps({"text": said, "published": "None"}))
    (tmp_path / "clean.jsonl").write_text(json.dumps({"text": clean, "published": "2026-01-02"}))
    (tmp_path / "tiny.txt").write_text("Too short.")
    inputs = [tmp_path / "undated.jsonl", tmp_path / "clean.jsonl"]
    inputs += [tmp_path / "tiny.txt"] if tiny else []
    runner = CliRunner()

    alone = _ingest_report(runner, inputs, f"sqlite:///{tmp_path / 'a.db'}", [])
    dask = _ingest_report(runner, inputs, f"sqlite:///{tmp_path / 'b.db'}", ["--workers", "1"])

    code, lines, counts = alone
    assert code == exit_code
    assert counts == f"2 stored, 0 already stored, {int(tiny)} rejected, 0 failed"
    expected = [f"warning {tmp_path / 'undated.jsonl'}#1"]
    expected = [f"rejected {tmp_path / 'tiny.txt'}", *expected] if tiny else expected
    assert [s.split(":")[0] for s in lines] == expected, "the clean article has no warning"
    assert dask == alone


def _late_if_first(name: str, first: bool) -> list[Outcome]:
    """A task whose first chunk finishes after the second (it waits for it)."""
    import time  # noqa: PLC0415

    if first:
        time.sleep(1.5)
    text = f"{name} said the ferry to Ostvik would run again in May."
    analysis = Analysis(article=Article(text=text, title=name))
    return [Outcome(origin=name, analysis=analysis)]


def test_scale_driver_writes_chunks_in_input_order(tmp_path: Path) -> None:
    """The one SQLite writer stores the chunks in the order of the inputs, whichever a worker
    finishes first: what is named and grouped by what came first (an entity's spelling, the
    stories) comes out as one process stores it."""
    from distributed import Client  # noqa: PLC0415 - optional extra

    store = SqlStore(f"sqlite:///{tmp_path / 'db.sqlite'}")
    seen: list[Outcome] = []
    tasks = [
        (_late_if_first, ("Vera Lund", True), [("Vera Lund", ())]),
        (_late_if_first, ("Ivo Marsk", False), [("Ivo Marsk", ())]),
    ]
    with Client(processes=False, n_workers=1, threads_per_worker=2, dashboard_address=":0") as c:
        scale._drive(c, tasks, store, seen.append)
    assert [o.origin for o in seen] == ["Vera Lund", "Ivo Marsk"]
    assert [a.title for a in reversed(store.articles().items)] == ["Vera Lund", "Ivo Marsk"]
    store.close()
