"""An analyst's merge keeps what it moved (``merge_rows``), so that it can be undone exactly;
``corrections.undone_at`` says when a merge was undone (it is then no longer replayed).

Revision ID: 0022
Revises: 0021
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("corrections") as batch:
        batch.add_column(sa.Column("undone_at", sa.DateTime(timezone=True)))
    op.create_table(
        "merge_rows",
        sa.Column(
            "correction_id",
            sa.Integer,
            sa.ForeignKey("corrections.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("what", sa.String(24), nullable=False),
        sa.Column("row_id", sa.Integer),
        sa.Column("row_key", sa.String(400)),
        sa.Column("detail", sa.Text),
        sa.Column("position", sa.Integer),
        sa.Column("shared", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_merge_rows_correction", "merge_rows", ["correction_id"])


def downgrade() -> None:
    op.drop_table("merge_rows")
    with op.batch_alter_table("corrections") as batch:
        batch.drop_column("undone_at")
