"""Full-text search over claims: SQLite FTS5 table, PostgreSQL GIN index on a tsvector.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE claims_fts USING fts5(claim_id UNINDEXED, text)")
        op.execute("INSERT INTO claims_fts (claim_id, text) SELECT id, text FROM claims")
    else:
        op.execute("CREATE INDEX ix_claims_fts ON claims USING gin (to_tsvector('english', text))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE claims_fts")
    else:
        op.execute("DROP INDEX ix_claims_fts")
