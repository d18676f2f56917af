"""Figures of each article with value, bound, unit, what they count and who states them.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "quantities",
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
        sa.Column("value", sa.Float, nullable=False),
        sa.Column("low", sa.Float),
        sa.Column("high", sa.Float),
        sa.Column("bound", sa.String(16), nullable=False),
        sa.Column("unit", sa.String(64)),
        sa.Column("about", sa.Text),
        sa.Column("about_norm", sa.String(400)),
        sa.Column("measure", sa.String(64)),
        sa.Column("change", sa.String(8)),
        sa.Column("source_text", sa.Text),
        sa.Column("source_entity_id", sa.Integer, sa.ForeignKey("entities.id")),
    )
    op.create_index("ix_quantities_article", "quantities", ["article_id"])
    op.create_index("ix_quantities_about_measure", "quantities", ["about_norm", "measure"])


def downgrade() -> None:
    op.drop_table("quantities")
