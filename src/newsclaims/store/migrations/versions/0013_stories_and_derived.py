"""Stories (articles grouped at ingest, with an index of their keys), the results derived
within each story (disagreements, propositions), cached with the story's version, and
analysts' marks of wrong claims, figures and disagreements.

Revision ID: 0013
Revises: 0012
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "stories",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("label", sa.Text, nullable=False),
        sa.Column("first_published", sa.DateTime(timezone=True)),
        sa.Column("last_published", sa.DateTime(timezone=True)),
        sa.Column("articles", sa.Integer, nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("derived_version", sa.Integer, nullable=False),
        sa.Column("summary", sa.Text),
    )
    op.create_index("ix_stories_stale", "stories", ["derived_version", "version"])
    op.create_table(
        "story_keys",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column(
            "story_id",
            sa.Integer,
            sa.ForeignKey("stories.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("weight", sa.Float, nullable=False),
        sa.Column("last_seen", sa.DateTime(timezone=True)),
    )
    op.create_index("ix_story_keys_story", "story_keys", ["story_id"])
    # a plain column: adding a foreign key would make SQLite rebuild the articles table, and a
    # rebuild under foreign_keys=ON deletes every claim and mention through their cascades
    op.add_column("articles", sa.Column("story_id", sa.Integer, nullable=True))
    op.create_index("ix_articles_story", "articles", ["story_id"])
    op.create_table(
        "disagreements",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "story_id",
            sa.Integer,
            sa.ForeignKey("stories.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("key", sa.String(64), nullable=False),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("about", sa.Text),
        sa.Column("comparable", sa.Boolean, nullable=False),
        sa.Column("why", sa.Text, nullable=False),
        sa.Column("between", sa.Text, nullable=False),
        sa.Column("measures", sa.Text, nullable=False),
    )
    op.create_index("ix_disagreements_story", "disagreements", ["story_id"])
    op.create_index("ix_disagreements_key", "disagreements", ["key"])
    op.create_index("ix_disagreements_kind", "disagreements", ["kind"])
    op.create_table(
        "disagreement_sides",
        sa.Column(
            "disagreement_id",
            sa.Integer,
            sa.ForeignKey("disagreements.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column(
            "article_id",
            sa.String(64),
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("source", sa.Text),
    )
    op.create_table(
        "disagreement_entities",
        sa.Column(
            "disagreement_id",
            sa.Integer,
            sa.ForeignKey("disagreements.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "entity_id",
            sa.Integer,
            sa.ForeignKey("entities.id", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_index("ix_disagreement_entities_entity", "disagreement_entities", ["entity_id"])
    op.create_table(
        "propositions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "story_id",
            sa.Integer,
            sa.ForeignKey("stories.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("method", sa.String(16), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
    )
    op.create_index("ix_propositions_story", "propositions", ["story_id", "method"])
    op.create_table(
        "proposition_claims",
        sa.Column(
            "proposition_id",
            sa.Integer,
            sa.ForeignKey("propositions.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column(
            "claim_id",
            sa.String(80),
            sa.ForeignKey("claims.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("seq", sa.Integer, nullable=False),
    )
    op.create_index("ix_proposition_claims_claim", "proposition_claims", ["claim_id"])
    op.create_table(
        "derived_methods",
        sa.Column(
            "story_id",
            sa.Integer,
            sa.ForeignKey("stories.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("method", sa.String(16), primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
    )
    op.create_table(
        "marks",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("target", sa.String(16), nullable=False),
        sa.Column("target_key", sa.String(80), nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("who", sa.String(200), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("undone_at", sa.DateTime(timezone=True)),
    )
    op.create_index("ix_marks_target", "marks", ["target", "target_key"])


def downgrade() -> None:
    for table in (
        "marks",
        "derived_methods",
        "proposition_claims",
        "propositions",
        "disagreement_entities",
        "disagreement_sides",
        "disagreements",
    ):
        op.drop_table(table)
    op.drop_index("ix_articles_story", "articles")
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("story_id")
    op.drop_table("story_keys")
    op.drop_table("stories")
