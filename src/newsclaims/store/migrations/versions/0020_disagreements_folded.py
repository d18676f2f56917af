"""A story's disagreements are bounded per group (a story with N figures of one count made
O(N^2) rows): each kept row says how many more its group found (``folded``). The rules that
compare figures changed, so every story's disagreements are derived again on next read.

Revision ID: 0020
Revises: 0019
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("disagreements") as batch:
        batch.add_column(sa.Column("folded", sa.Integer(), nullable=False, server_default="0"))
    op.execute("UPDATE stories SET derived_version = -1")


def downgrade() -> None:
    with op.batch_alter_table("disagreements") as batch:
        batch.drop_column("folded")
