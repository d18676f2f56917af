"""Imported once by a local cluster's fork server (``multiprocessing`` "forkserver", see
``scale._fork_server``): loads the modules, the spaCy pipeline and the HTML extractor that a
Dask worker needs (a worker parses the pages, ``scale.read_chunk``) and the first-name list
its speaker stage reads, then freezes them out
of the garbage collector's passes, so each worker forked from it starts with them loaded
instead of importing and loading them again: the CPU of one import and model load per
worker beyond the first is saved, and no collection walks them again."""

from __future__ import annotations

import contextlib
import gc

import distributed  # noqa: F401 - the worker's own modules, loaded here once too

from newsclaims import lexicons
from newsclaims.extract.pipeline import build_pipeline
from newsclaims.ingest.html import article_from_html

#: An invented page: the extractor's first call loads what it loads lazily.
_PAGE = (
    b"<html><head><title>Bridge reopens</title></head><body><article><p>Officials in "
    b"Dunmore said on Monday that the bridge would reopen after the repairs.</p></article>"
    b"</body></html>"
)

# a pipeline that cannot load (no model installed) fails in the worker's first task as
# before, with its own error: here it must not stop the fork server
with contextlib.suppress(Exception):
    build_pipeline()
with contextlib.suppress(Exception):
    article_from_html(_PAGE, "warm-up", None)
# the bundled first-name list (gender_guesser, parsed on first use: about a second of CPU),
# which a worker's speaker stage reads; loaded here once, not once per worker
with contextlib.suppress(Exception):
    lexicons.name_list_gender("Maria")
gc.freeze()
