"""A main event's part may be the headline's words (a "what" the headline says and the text
tells with other words): ``in_title`` says its offsets point into the article's title.

Revision ID: 0021
Revises: 0020
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("main_event_parts") as batch:
        batch.add_column(
            sa.Column("in_title", sa.Boolean, nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("main_event_parts") as batch:
        batch.drop_column("in_title")
