"""A stage that fails or never ends costs its article (W203), not the batch."""

from __future__ import annotations

import signal

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


def test_a_stage_that_never_ends_is_stopped_and_noted(
    doc: Doc, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "STAGE_TIME_LIMIT_S", 0.2)

    @guard.guarded("endless")
    def endless(d: Doc) -> Doc:
        while True:
            pass

    assert endless(doc) is doc
    assert doc._.newsclaims_errors == ["endless: StageTimeout: stopped after 0.2 s"]


def test_a_stage_that_swallows_the_stop_is_stopped_again(
    doc: Doc, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "STAGE_TIME_LIMIT_S", 0.2)
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


def test_a_stage_that_ends_is_not_stopped_and_no_timer_is_left(
    doc: Doc, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "STAGE_TIME_LIMIT_S", 30.0)
    before = signal.getsignal(signal.SIGALRM)

    @guard.guarded("quick")
    def quick(d: Doc) -> Doc:
        return d

    assert quick(doc) is doc
    assert not doc._.newsclaims_errors
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) == before


def test_a_stage_that_raises_is_noted(doc: Doc) -> None:
    @guard.guarded("broken")
    def broken(d: Doc) -> Doc:
        raise ValueError("bad parse")

    assert broken(doc) is doc
    assert doc._.newsclaims_errors == ["broken: ValueError: bad parse"]
