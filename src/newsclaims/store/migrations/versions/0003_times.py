"""Time expressions of each article, and the time interval of each claim.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "times",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "article_id",
            sa.String(64),
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("value", sa.String(64)),
        sa.Column("unresolved", sa.Boolean, nullable=False),
        sa.Column("begin", sa.Date),
        sa.Column("finish", sa.Date),
        sa.Column("precision", sa.String(16)),
    )
    op.create_index("ix_times_article", "times", ["article_id"])
    op.create_index("ix_times_begin", "times", ["begin"])
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("time_value", sa.String(64)))
        batch.add_column(sa.Column("time_begin", sa.Date))
        batch.add_column(sa.Column("time_end", sa.Date))
        batch.add_column(sa.Column("time_precision", sa.String(16)))
        batch.create_index("ix_claims_time_begin", ["time_begin"])


def downgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.drop_index("ix_claims_time_begin")
        for column in ("time_precision", "time_end", "time_begin", "time_value"):
            batch.drop_column(column)
    op.drop_table("times")
