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
import sys
import threading
import time
from collections import defaultdict
from collections.abc import Callable
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

    def __init__(self, *args: object) -> None:
        # raised by the watchdog as a bare class: the message is the limit
        super().__init__(*(args or (f"stopped after {settings.STAGE_TIME_LIMIT_S:g} s",)))


class _Watchdog:
    """One daemon thread that stops guarded calls past their deadline, in whatever thread they
    run (the main thread, a Dask worker's thread, the web server's pool): it raises
    ``StageTimeout`` in the call's thread (``PyThreadState_SetAsyncExc``, delivered at the next
    Python instruction), and again each second after should the stage swallow it. Calls nest,
    each with its own deadline; nothing else in the process (signals, timers) is touched.

    A raise can land at any instruction of the calling thread, also in the guard's own
    bookkeeping, so: the calling thread takes no lock (a raise between an acquire and its
    block would keep the lock for good and stop the watchdog for every thread); it only adds
    and removes its entry (single dictionary operations, atomic under the GIL), and the
    watchdog polls; an entry holds the guarded call's frame, and the watchdog raises only
    while that frame is on the thread's stack (an entry whose removal a raise skipped is
    dropped, never fired at code outside a stage); ``_raising`` names the call the watchdog
    is raising in, so that ``stop`` waits out a raise in flight and then clears it."""

    def __init__(self) -> None:
        self._calls: dict[int, tuple[float, int, FrameType]] = {}  # deadline, thread, frame
        self._raising: int | None = None
        self._ids = itertools.count()
        self._thread: threading.Thread | None = None

    def new_call(self) -> int:
        return next(self._ids)

    def start(self, call: int, limit: float, frame: FrameType) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._thread = threading.Thread(
                target=self._watch, name="newsclaims-stage-watchdog", daemon=True
            )
            self._thread.start()
        self._calls[call] = (time.monotonic() + limit, threading.get_ident(), frame)

    def stop(self, call: int) -> None:
        thread = threading.get_ident()
        while True:
            try:
                self._calls.pop(call, None)
                while self._raising == call:  # a raise in flight: let it land, then clear it
                    time.sleep(0)
                _raise_in(thread, None)
            except StageTimeout:
                continue  # landed here, past the stage: the stage is over all the same
            else:
                return

    def _watch(self) -> None:
        while True:
            now = time.monotonic()
            for call, (deadline, thread, frame) in list(self._calls.items()):
                if deadline > now:
                    continue
                self._raising = call
                if not _on_stack(thread, frame):
                    self._calls.pop(call, None)  # its stop was skipped: the call is over
                elif call in self._calls:
                    _raise_in(thread, StageTimeout)
                    self._calls[call] = (now + 1.0, thread, frame)
                self._raising = None
            due = [deadline - now for deadline, _, _ in list(self._calls.values())]
            time.sleep(max(0.0, min([settings.STAGE_WATCH_INTERVAL_S, *due])))


def _on_stack(thread: int, frame: FrameType) -> bool:
    """Whether a frame is on a thread's stack now."""
    current = sys._current_frames().get(thread)
    while current is not None:
        if current == frame:  # frames have no value equality: the same frame
            return True
        current = current.f_back
    return False


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


def guarded(name: str) -> Callable[[Stage], Stage]:
    """Wrap a stage so that an exception is recorded in ``doc._.newsclaims_errors``."""

    def wrap(stage: Stage) -> Stage:
        @functools.wraps(stage)
        def run(doc: Doc) -> Doc:
            started = clock()
            limit = settings.STAGE_TIME_LIMIT_S  # 0: no limit
            call = _WATCHDOG.new_call()
            try:
                if limit > 0:
                    _WATCHDOG.start(call, limit, sys._getframe())
                return stage(doc)
            except Exception as e:
                errors = list(doc._.newsclaims_errors or [])
                errors.append(f"{name}: {type(e).__name__}: {e}")
                doc._.newsclaims_errors = errors
                return doc
            finally:
                _WATCHDOG.stop(call)
                STAGE_SECONDS[name] += clock() - started

        return run

    return wrap
