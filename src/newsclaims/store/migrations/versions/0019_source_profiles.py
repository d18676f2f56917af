"""Source profiles kept by derive (claims per stance and per entity named, per article, and
the contradictions naming each source, per story), so that reading them adds counts up
rather than going through every claim; and each disagreement side's source as the article
wrote it ("a spokeswoman", "he"). Every story's results are derived again (by the CLI on
its next read, by a server's background refresher).

Revision ID: 0019
Revises: 0018
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "source_profiles",
        sa.Column(
            "story_id",
            sa.Integer,
            sa.ForeignKey("stories.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("article_id", sa.String(64), sa.ForeignKey("articles.id", ondelete="CASCADE")),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("facet", sa.String(16), nullable=False),
        sa.Column("value", sa.Text, nullable=False),
        sa.Column("n", sa.Integer, nullable=False),
        sa.Column("outlet_key", sa.String(300)),
        sa.Column("published", sa.Date),
    )
    op.create_index(
        "ix_source_profiles_story",
        "source_profiles",
        ["story_id", "facet", "source", "value", "n"],
    )
    op.create_index(
        "ix_source_profiles_facet_source", "source_profiles", ["facet", "source", "value", "n"]
    )
    op.create_index(
        "ix_source_profiles_outlet",
        "source_profiles",
        ["facet", "outlet_key", "source", "value", "n"],
    )
    op.create_index("ix_source_profiles_article", "source_profiles", ["article_id"])
    with op.batch_alter_table("disagreement_sides") as batch:
        batch.add_column(sa.Column("mention", sa.Text, nullable=True))
    op.execute("UPDATE stories SET derived_version = -1")


def downgrade() -> None:
    with op.batch_alter_table("disagreement_sides") as batch:
        batch.drop_column("mention")
    op.drop_table("source_profiles")
