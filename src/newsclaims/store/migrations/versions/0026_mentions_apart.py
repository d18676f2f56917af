"""A mention's ``apart``: its article keeps the surname alone apart from a person it names in
full with that surname (``Entity.apart``: told as their relative, or of the other gender), so
the store does not join it to one when another article of the story names them in full
(issue 16). Mentions stored before are not marked (as before).

Revision ID: 0026
Revises: 0025
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0026"
down_revision = "0025"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("mentions") as batch:
        batch.add_column(sa.Column("apart", sa.Boolean, nullable=False, server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("mentions") as batch:
        batch.drop_column("apart")
