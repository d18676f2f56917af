"""One article's failure never stops a batch: every stage runs guarded.

A stage that raises leaves the doc as it was, and the error is noted on the doc; the article
is then stored as rejected with code W203 and the message, and the batch goes on. The time
each stage takes is added up in ``STAGE_SECONDS`` (two clock reads a stage and document), for
``bench/throughput.py``.
"""

from __future__ import annotations

import functools
import time
from collections import defaultdict
from collections.abc import Callable

from spacy.tokens import Doc

Stage = Callable[[Doc], Doc]

#: Seconds spent in each stage, by stage name, in this process (a benchmark resets it).
STAGE_SECONDS: defaultdict[str, float] = defaultdict(float)

#: The clock ``STAGE_SECONDS`` is read with; a benchmark on a shared machine may set
#: ``time.process_time`` (this process's CPU time, which other processes barely disturb).
clock: Callable[[], float] = time.perf_counter


def guarded(name: str) -> Callable[[Stage], Stage]:
    """Wrap a stage so that an exception is recorded in ``doc._.newsclaims_errors``."""

    def wrap(stage: Stage) -> Stage:
        @functools.wraps(stage)
        def run(doc: Doc) -> Doc:
            started = clock()
            try:
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
