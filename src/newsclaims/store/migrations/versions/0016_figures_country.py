"""The country of the place a figure's clause names ("killed in Seattle" -> US): figures of
two countries are of two events and are not compared.

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
        batch.add_column(sa.Column("country", sa.String(8), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("quantities") as batch:
        batch.drop_column("country")
