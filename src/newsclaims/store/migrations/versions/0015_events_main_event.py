"""The main event of each article (5W1H): one row per part, with offsets, the entity named
(who, where) and the normalised interval (when); an event's agent words when no entity names
its agent ("a tram"), and whether a noun names the event ("the crash").

Revision ID: 0015
Revises: 0014
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("events") as batch:
        batch.add_column(sa.Column("agent_start", sa.Integer, nullable=True))
        batch.add_column(sa.Column("agent_end", sa.Integer, nullable=True))
        batch.add_column(sa.Column("agent_text", sa.Text, nullable=True))
        batch.add_column(
            sa.Column("nominal", sa.Boolean, nullable=False, server_default=sa.false())
        )
    op.create_table(
        "main_event_parts",
        sa.Column(
            "article_id",
            sa.String(64),
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("part", sa.String(8), primary_key=True),
        sa.Column("start", sa.Integer),
        sa.Column("end", sa.Integer),
        sa.Column("text", sa.Text),
        sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id")),
        sa.Column("time_value", sa.String(64)),
        sa.Column("time_begin", sa.Date),
        sa.Column("time_end", sa.Date),
        sa.Column("time_precision", sa.String(16)),
        sa.Column("event_id", sa.Integer, sa.ForeignKey("events.id", ondelete="SET NULL")),
    )


def downgrade() -> None:
    op.drop_table("main_event_parts")
    with op.batch_alter_table("events") as batch:
        for column in ("nominal", "agent_text", "agent_end", "agent_start"):
            batch.drop_column(column)
