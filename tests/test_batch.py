"""A batch's bookkeeping: what it keeps of the outcomes it counts."""

from __future__ import annotations

import gc
import weakref

from newsclaims.batch import Outcome, Summary
from newsclaims.errors import InputError


class _Held:
    """Stands for what a reader holds while it fails (a metadata file read whole)."""


def _read(held: _Held, cause: bool) -> None:
    if cause:
        raise ValueError(f"inner failure beside {held!r}")
    raise InputError("E109", "The metadata file is over the cap.")


def _fail(watch: list[weakref.ref[_Held]], cause: bool) -> InputError:
    """The error of a read that failed while it held something (raised from another error
    with ``cause``), as a reader catches it."""
    held = _Held()
    watch.append(weakref.ref(held))
    try:
        try:
            _read(held, cause)
        except ValueError as inner:
            raise InputError("E104", "Not an article.") from inner
    except InputError as e:
        return e
    raise AssertionError("unreachable")


def test_batch_failures_kept_by_a_summary_hold_no_frames() -> None:
    watch: list[weakref.ref[_Held]] = []
    summary = Summary()
    for n, cause in enumerate((False, True)):
        error = _fail(watch, cause)
        summary.add(Outcome(origin=f"in-{n}", error=error, warnings=(_fail(watch, False),)))
        del error
    gc.collect()
    assert summary.failed == 2
    assert [o.error.code for o in summary.failures if o.error] == ["E109", "E104"]
    assert all(ref() is None for ref in watch), "a kept error keeps the frame it was raised in"
