"""The story index by key and time: looking a new article's keys up reads only the stories
active within the window, however many older stories share a popular key.

Revision ID: 0017
Revises: 0016
"""

from __future__ import annotations

from alembic import op

revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_story_keys_key_seen", "story_keys", ["key", "last_seen"])


def downgrade() -> None:
    op.drop_index("ix_story_keys_key_seen", table_name="story_keys")
