"""What a figure is a figure of (total, part, context, attribute) and the words that decide
it; figures stored before have no scope and are read as totals.

Revision ID: 0016
Revises: 0015
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("quantities") as batch:
        batch.add_column(sa.Column("scope", sa.String(16), nullable=True))
        batch.add_column(sa.Column("qualifier", sa.Text, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("quantities") as batch:
        batch.drop_column("qualifier")
        batch.drop_column("scope")
