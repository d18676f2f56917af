"""Drop ``ix_articles_story`` and ``ix_mentions_entity``: each is a prefix of an index 0023
added (``ix_articles_story_outlet``, ``ix_mentions_entity_article``), which answers the same
lookups, so every write kept two B-trees for one use.

Revision ID: 0024
Revises: 0023
"""

from __future__ import annotations

from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_articles_story", "articles", if_exists=True)
    op.drop_index("ix_mentions_entity", "mentions", if_exists=True)


def downgrade() -> None:
    op.create_index("ix_mentions_entity", "mentions", ["entity_id"])
    op.create_index("ix_articles_story", "articles", ["story_id"])
