"""Analysts' corrections to entities (merge, split), replayed on every later ingest.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("from_key", sa.String(400), nullable=False),
        sa.Column("to_key", sa.String(400), nullable=False),
        sa.Column("alias", sa.String(400)),
        sa.Column("who", sa.String(200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_corrections_from_key", "corrections", ["from_key"])


def downgrade() -> None:
    op.drop_table("corrections")
