"""Indexes that list pages read instead of whole rows (issue 18: page times at 10,000
articles). ``(story_id, outlet)`` of articles answers every page's story choices (the outlets
of the latest stories) without reading the articles' rows and texts; ``(id, story_id)`` and
``(entity_id, article_id)`` of mentions count the stories naming each entity of the entities
index from the two indexes alone.

Revision ID: 0023
Revises: 0022
"""

from __future__ import annotations

from alembic import op

revision = "0023"
down_revision = "0022"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_articles_story_outlet", "articles", ["story_id", "outlet"])
    op.create_index("ix_articles_id_story", "articles", ["id", "story_id"])
    op.create_index("ix_mentions_entity_article", "mentions", ["entity_id", "article_id"])


def downgrade() -> None:
    op.drop_index("ix_mentions_entity_article", "mentions")
    op.drop_index("ix_articles_id_story", "articles")
    op.drop_index("ix_articles_story_outlet", "articles")
