"""newsclaims: news articles in, a source-attributed knowledge base out.

The public API is imported lazily: ``import newsclaims`` loads neither spaCy nor the store, so
the command line starts fast; ``newsclaims.analyze`` loads the pipeline when first called."""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsclaims.errors import NewsclaimsError
    from newsclaims.model import Analysis, Article, Claim, Entity, Stance
    from newsclaims.service import analyze, extract, ingest
    from newsclaims.store import open_store

#: Public name -> the module that defines it.
_WHERE = {
    "Analysis": "newsclaims.model",
    "Article": "newsclaims.model",
    "Claim": "newsclaims.model",
    "Entity": "newsclaims.model",
    "Stance": "newsclaims.model",
    "NewsclaimsError": "newsclaims.errors",
    "analyze": "newsclaims.service",
    "extract": "newsclaims.service",
    "open_store": "newsclaims.store",
}

__all__ = [
    "Analysis",
    "Article",
    "Claim",
    "Entity",
    "NewsclaimsError",
    "Stance",
    "analyze",
    "extract",
    "ingest",
    "open_store",
]
__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        value = getattr(importlib.import_module(_WHERE[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'newsclaims' has no attribute {name!r}")


class _Package(types.ModuleType):
    """The package itself. ``newsclaims.ingest`` is the public function, although a
    subpackage (the readers) has the same name: importing the subpackage records it on its
    parent, and this property keeps the function there whatever was imported first (the
    subpackage stays in ``sys.modules``, where ``from newsclaims.ingest import ...`` finds
    it)."""

    @property
    def ingest(self) -> Any:
        """``newsclaims.service.ingest``, imported on first use."""
        return importlib.import_module("newsclaims.service").ingest

    @ingest.setter
    def ingest(self, _subpackage: Any) -> None:
        pass


sys.modules[__name__].__class__ = _Package
