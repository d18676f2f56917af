"""What a figure is a figure of (total, part, context, attribute) and the words that decide
it; figures stored before have no scope and are read as totals. The rules that compare
figures changed with them, so every story's disagreements are derived again on next read.

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
    with op.batch_alter_table("quantities") as batch:
        batch.add_column(sa.Column("scope", sa.String(16), nullable=True))
        batch.add_column(sa.Column("qualifier", sa.Text, nullable=True))
    # the measure class "wounded" is now "injured" (measures.tsv); scopes need the text, so
    # figures stored before stay totals until their articles are analysed again
    op.execute("UPDATE quantities SET measure = 'injured' WHERE measure = 'wounded'")
    op.execute("UPDATE stories SET derived_version = -1")


def downgrade() -> None:
    with op.batch_alter_table("quantities") as batch:
        batch.drop_column("qualifier")
        batch.drop_column("scope")
