"""Near-duplicate articles: SimHash bands and the original each copy repeats.

Revision ID: 0010
Revises: 0009
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("simhash", sa.String(16)))
        for n in range(6):
            batch.add_column(sa.Column(f"band{n}", sa.Integer))
        batch.add_column(sa.Column("original_id", sa.String(64)))
    for n in range(6):
        op.create_index(f"ix_articles_band{n}", "articles", [f"band{n}"])


def downgrade() -> None:
    for n in range(6):
        op.drop_index(f"ix_articles_band{n}", "articles")
    with op.batch_alter_table("articles") as batch:
        for column in ("original_id", *(f"band{n}" for n in range(6)), "simhash"):
            batch.drop_column(column)
