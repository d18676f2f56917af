"""One article's failure never stops a batch: every stage runs guarded.

A stage that raises leaves the doc as it was, and the error is noted on the doc; the article
is then stored as rejected with code W203 and the message, and the batch goes on. A stage that
runs longer than ``settings.STAGE_TIME_LIMIT_S`` on one article is stopped the same way (a
timer signal, in the main thread of a process only: worker threads run unguarded by time). The
time each stage takes is added up in ``STAGE_SECONDS`` (two clock reads a stage and document),
for ``bench/throughput.py``.
"""

from __future__ import annotations

import functools
import signal
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import FrameType

from spacy.tokens import Doc

from newsclaims import settings

Stage = Callable[[Doc], Doc]

#: Seconds spent in each stage, by stage name, in this process (a benchmark resets it).
STAGE_SECONDS: defaultdict[str, float] = defaultdict(float)

#: The clock ``STAGE_SECONDS`` is read with; a benchmark on a shared machine may set
#: ``time.process_time`` (this process's CPU time, which other processes barely disturb).
clock: Callable[[], float] = time.perf_counter


class StageTimeout(Exception):
    """A stage ran past ``settings.STAGE_TIME_LIMIT_S`` on one article."""


def _stop(signum: int, frame: FrameType | None) -> None:
    raise StageTimeout(f"stopped after {settings.STAGE_TIME_LIMIT_S:g} s")


@contextmanager
def _time_limit() -> Iterator[None]:
    """Raise ``StageTimeout`` in the block once the limit has passed (a real-time timer), and
    again each second after, should the stage swallow it; nothing where timer signals cannot
    be used (another thread, no ``setitimer``)."""
    limit = settings.STAGE_TIME_LIMIT_S
    usable = hasattr(signal, "setitimer") and threading.current_thread() == threading.main_thread()
    if limit <= 0 or not usable:
        yield
        return
    previous = signal.signal(signal.SIGALRM, _stop)
    signal.setitimer(signal.ITIMER_REAL, limit, 1.0)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def guarded(name: str) -> Callable[[Stage], Stage]:
    """Wrap a stage so that an exception is recorded in ``doc._.newsclaims_errors``."""

    def wrap(stage: Stage) -> Stage:
        @functools.wraps(stage)
        def run(doc: Doc) -> Doc:
            started = clock()
            try:
                with _time_limit():
                    return stage(doc)
            except Exception as e:
                errors = list(doc._.newsclaims_errors or [])
                errors.append(f"{name}: {type(e).__name__}: {e}")
                doc._.newsclaims_errors = errors
                return doc
            finally:
                STAGE_SECONDS[name] += clock() - started

        return run

    return wrap
