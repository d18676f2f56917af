"""newsclaims: news articles in, a source-attributed knowledge base out."""

from __future__ import annotations

from newsclaims.errors import NewsclaimsError
from newsclaims.model import Analysis, Article, Claim, Entity, Stance
from newsclaims.service import analyze, extract, ingest
from newsclaims.store import open_store

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
