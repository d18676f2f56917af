"""Entities linked to the bundled gazetteer: GeoNames id, country, coordinates, precision.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("entities") as batch:
        batch.add_column(sa.Column("kb_id", sa.String(64)))
        batch.add_column(sa.Column("country", sa.String(2)))
        batch.add_column(sa.Column("lat", sa.Float))
        batch.add_column(sa.Column("lon", sa.Float))
        batch.add_column(sa.Column("precision", sa.Integer))
        batch.create_index("ix_entities_kb_id", ["kb_id"])


def downgrade() -> None:
    with op.batch_alter_table("entities") as batch:
        batch.drop_index("ix_entities_kb_id")
        for column in ("precision", "lon", "lat", "country", "kb_id"):
            batch.drop_column(column)
