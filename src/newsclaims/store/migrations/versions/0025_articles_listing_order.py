"""The listing order of articles as one PostgreSQL index: ``published DESC NULLS LAST,
published_at DESC NULLS LAST, id``, the order every listing of claims reads them in. The
index on ``published`` alone, read backwards, gives ``DESC NULLS FIRST``: PostgreSQL
joined every claim to its article and sorted them all for the first page of claims (140 ms
at 2,800 articles, 0.6 ms reading the articles in this order and their claims by article).
SQLite reads ``ix_articles_published`` in that order already (and cannot index NULLS LAST).

Revision ID: 0025
Revises: 0024
"""

from __future__ import annotations

from alembic import op

revision = "0025"
down_revision = "0024"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            "CREATE INDEX ix_articles_listing ON articles "
            "(published DESC NULLS LAST, published_at DESC NULLS LAST, id)"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX ix_articles_listing")
