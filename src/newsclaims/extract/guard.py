"""One article's failure never stops a batch: every stage runs guarded.

A stage that raises leaves the doc as it was, and the error is noted on the doc; the article
is then stored as rejected with code W203 and the message, and the batch goes on. A stage that
runs longer than ``settings.STAGE_TIME_LIMIT_S`` on one article is stopped the same way, in
whatever thread it runs (a watchdog thread raises in the stage's thread). The
time each stage takes is added up in ``STAGE_SECONDS`` (two clock reads a stage and document),
for ``bench/throughput.py``.
"""

from __future__ import annotations

import ctypes
import functools
import itertools
import os
import threading
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager

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

    def __init__(self, *args: object) -> None:
        # raised by the watchdog as a bare class: the message is the limit
        super().__init__(*(args or (f"stopped after {settings.STAGE_TIME_LIMIT_S:g} s",)))


class _Watchdog:
    """One daemon thread that stops guarded calls past their deadline, in whatever thread they
    run (the main thread, a Dask worker's thread, the web server's pool): it raises
    ``StageTimeout`` in the call's thread (``PyThreadState_SetAsyncExc``, delivered at the next
    Python instruction), and again each second after should the stage swallow it. Calls nest,
    each with its own deadline; nothing else in the process (signals, timers) is touched."""

    def __init__(self) -> None:
        self._wake = threading.Condition()
        self._calls: dict[int, tuple[float, int, bool]] = {}  # call -> deadline, thread, fired
        self._ids = itertools.count()
        self._thread: threading.Thread | None = None

    def start(self, limit: float) -> int:
        with self._wake:
            call = next(self._ids)
            self._calls[call] = (time.monotonic() + limit, threading.get_ident(), False)
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(
                    target=self._watch, name="newsclaims-stage-watchdog", daemon=True
                )
                self._thread.start()
            self._wake.notify()
            return call

    def stop(self, call: int) -> None:
        with self._wake:
            _, thread, fired = self._calls.pop(call)
            if fired:  # a stop raised but not yet delivered must not land after the call
                _raise_in(thread, None)

    def _watch(self) -> None:
        with self._wake:
            while True:
                now = time.monotonic()
                for call, (deadline, thread, _) in list(self._calls.items()):
                    if deadline <= now:
                        _raise_in(thread, StageTimeout)
                        self._calls[call] = (now + 1.0, thread, True)
                deadlines = [deadline for deadline, _, _ in self._calls.values()]
                self._wake.wait(max(0.0, min(deadlines) - now) if deadlines else None)


def _raise_in(thread: int, exception: type[BaseException] | None) -> None:
    """Raise ``exception`` in a thread at its next Python instruction (None: clear one that
    is pending)."""
    ctypes.pythonapi.PyThreadState_SetAsyncExc(
        ctypes.c_ulong(thread), ctypes.py_object(exception) if exception else None
    )


_WATCHDOG = _Watchdog()


def _after_fork() -> None:
    """A forked child starts with a watchdog of its own: the parent's thread is not copied,
    and its lock may have been held at the fork."""
    global _WATCHDOG  # noqa: PLW0603 - one per process
    _WATCHDOG = _Watchdog()


os.register_at_fork(after_in_child=_after_fork)


@contextmanager
def _time_limit() -> Iterator[None]:
    """Raise ``StageTimeout`` in the block once ``settings.STAGE_TIME_LIMIT_S`` has passed
    (0: no limit)."""
    limit = settings.STAGE_TIME_LIMIT_S
    if limit <= 0:
        yield
        return
    call = _WATCHDOG.start(limit)
    try:
        yield
    finally:
        _WATCHDOG.stop(call)


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
