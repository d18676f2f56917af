"""The country of the place a figure's clause names ("killed in Seattle" -> US): figures of
two countries are of two events and are not compared. The measure class "wounded" is now
"injured"; the rules that compare figures changed, so every story's disagreements are
derived again on next read (scopes need the text: figures stored before stay totals until
their articles are analysed again).

Revision ID: 0018
Revises: 0017
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("quantities") as batch:
        batch.add_column(sa.Column("country", sa.String(8), nullable=True))
    op.execute("UPDATE quantities SET measure = 'injured' WHERE measure = 'wounded'")
    op.execute("UPDATE stories SET derived_version = -1")


def downgrade() -> None:
    with op.batch_alter_table("quantities") as batch:
        batch.drop_column("country")
