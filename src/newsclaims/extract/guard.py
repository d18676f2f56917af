"""One article's failure never stops a batch: every stage runs guarded.

A stage that raises leaves the doc as it was, and the error is noted on the doc; the article
is then stored as rejected with code W203 and the message, and the batch goes on.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from spacy.tokens import Doc

Stage = Callable[[Doc], Doc]


def guarded(name: str) -> Callable[[Stage], Stage]:
    """Wrap a stage so that an exception is recorded in ``doc._.newsclaims_errors``."""

    def wrap(stage: Stage) -> Stage:
        @functools.wraps(stage)
        def run(doc: Doc) -> Doc:
            try:
                return stage(doc)
            except Exception as e:
                errors = list(doc._.newsclaims_errors or [])
                errors.append(f"{name}: {type(e).__name__}: {e}")
                doc._.newsclaims_errors = errors
                return doc

        return run

    return wrap
