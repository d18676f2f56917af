"""A stage that fails or never ends costs its article (W203), not the batch."""

from __future__ import annotations

import contextlib
import signal
import threading
import time

import pytest
import spacy
from spacy.tokens import Doc

from newsclaims import settings
from newsclaims.extract import guard


@pytest.fixture
def doc() -> Doc:
    if not Doc.has_extension("newsclaims_errors"):
        Doc.set_extension("newsclaims_errors", default=None)
    return spacy.blank("en")("A tram left the rails.")


@pytest.fixture
def short_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "STAGE_TIME_LIMIT_S", 0.2)


@guard.guarded("endless")
def endless(d: Doc) -> Doc:
    while True:
        pass


def test_a_stage_that_never_ends_is_stopped_and_noted(doc: Doc, short_limit: None) -> None:
    assert endless(doc) is doc
    assert doc._.newsclaims_errors == ["endless: StageTimeout: stopped after 0.2 s"]


def test_a_stage_in_a_worker_thread_is_stopped_too(doc: Doc, short_limit: None) -> None:
    # Dask workers and the web server run stages outside the main thread
    worker = threading.Thread(target=endless, args=(doc,))
    worker.start()
    worker.join(timeout=120)
    assert not worker.is_alive()
    assert doc._.newsclaims_errors == ["endless: StageTimeout: stopped after 0.2 s"]


def test_a_stage_that_swallows_the_stop_is_stopped_again(doc: Doc, short_limit: None) -> None:
    stops = []

    @guard.guarded("stubborn")
    def stubborn(d: Doc) -> Doc:
        while True:
            try:
                while True:
                    pass
            except Exception as e:  # a stage's own broad handler
                stops.append(type(e).__name__)
                if len(stops) == 2:
                    raise

    assert stubborn(doc) is doc
    assert stops == ["StageTimeout", "StageTimeout"]
    assert doc._.newsclaims_errors == ["stubborn: StageTimeout: stopped after 0.2 s"]


def test_an_outer_stage_keeps_its_limit_after_an_inner_one_ends(
    doc: Doc, short_limit: None
) -> None:
    @guard.guarded("inner")
    def inner(d: Doc) -> Doc:
        return d

    @guard.guarded("outer")
    def outer(d: Doc) -> Doc:
        inner(d)
        while True:
            pass

    assert outer(doc) is doc
    assert doc._.newsclaims_errors == ["outer: StageTimeout: stopped after 0.2 s"]


def test_a_stage_that_ends_leaves_nothing_armed(doc: Doc, short_limit: None) -> None:
    signal.setitimer(signal.ITIMER_REAL, 30.0)  # the caller's own timer is not touched
    try:

        @guard.guarded("quick")
        def quick(d: Doc) -> Doc:
            return d

        assert quick(doc) is doc
        time.sleep(0.5)  # past the limit: nothing may be raised here, outside the stage
        assert not doc._.newsclaims_errors
        assert signal.getitimer(signal.ITIMER_REAL)[0] > 0
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def test_many_stops_at_random_moments_leave_no_call_behind_and_other_threads_run(
    doc: Doc, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a stop may land anywhere, also in the guard's own bookkeeping; none may escape a call, no
    # entry may stay behind, and a stage in another thread must still start and be stopped
    monkeypatch.setattr(settings, "STAGE_TIME_LIMIT_S", 0.0005)
    monkeypatch.setattr(settings, "STAGE_WATCH_INTERVAL_S", 0.0005)

    @guard.guarded("busy")
    def busy(d: Doc) -> Doc:
        for _ in range(2000):
            pass
        return d

    for _ in range(3000):
        with contextlib.suppress(guard.StageTimeout):  # landed in the guard's clean-up
            busy(doc)
        for _ in range(200):  # outside any call: a stop landing here fails the test
            pass
    time.sleep(1.5)  # an entry whose removal a stop skipped is dropped within a second
    assert guard._WATCHDOG._calls == {}
    monkeypatch.setattr(settings, "STAGE_TIME_LIMIT_S", 0.2)
    other = spacy.blank("en")("A tram left the rails.")
    worker = threading.Thread(target=endless, args=(other,))
    worker.start()
    worker.join(timeout=120)
    assert not worker.is_alive()
    assert other._.newsclaims_errors == ["endless: StageTimeout: stopped after 0.2 s"]


def test_a_stage_that_raises_is_noted(doc: Doc) -> None:
    @guard.guarded("broken")
    def broken(d: Doc) -> Doc:
        raise ValueError("bad parse")

    assert broken(doc) is doc
    assert doc._.newsclaims_errors == ["broken: ValueError: bad parse"]
