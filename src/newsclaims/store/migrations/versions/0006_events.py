"""Events with their type, actors, place and time.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "events",
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
        sa.Column("predicate", sa.String(64), nullable=False),
        sa.Column("subtype", sa.String(64), nullable=False),
        sa.Column("type", sa.String(16)),
        sa.Column("location_id", sa.Integer, sa.ForeignKey("entities.id")),
        sa.Column("time_value", sa.String(64)),
        sa.Column("time_begin", sa.Date),
        sa.Column("time_end", sa.Date),
        sa.Column("negated", sa.Boolean, nullable=False),
        sa.Column("modality", sa.String(16)),
    )
    op.create_index("ix_events_article", "events", ["article_id"])
    op.create_index("ix_events_type", "events", ["type"])
    op.create_index("ix_events_time_begin", "events", ["time_begin"])
    op.create_table(
        "event_actors",
        sa.Column(
            "event_id",
            sa.Integer,
            sa.ForeignKey("events.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id"), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
    )
    op.create_index("ix_event_actors_entity", "event_actors", ["entity_id"])


def downgrade() -> None:
    op.drop_table("event_actors")
    op.drop_table("events")
