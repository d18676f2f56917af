"""Initial schema: articles, entities, aliases, mentions, claims, claim_entities.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("url", sa.Text),
        sa.Column("outlet", sa.String(300)),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("author", sa.Text),
        sa.Column("origin", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("rejection_code", sa.String(8)),
        sa.Column("rejection_reason", sa.Text),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_articles_published", "articles", ["published"])
    op.create_index("ix_articles_status", "articles", ["status"])
    op.create_table(
        "entities",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("key", sa.String(400), nullable=False, unique=True),
        sa.Column("name", sa.String(400), nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
    )
    op.create_index("ix_entities_name_lower", "entities", ["name"])
    op.create_table(
        "aliases",
        sa.Column(
            "entity_id",
            sa.Integer,
            sa.ForeignKey("entities.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("alias", sa.String(400), nullable=False),
        sa.Column("norm", sa.String(400), nullable=False),
        sa.UniqueConstraint("entity_id", "norm", name="uq_aliases_entity_norm"),
    )
    op.create_index("ix_aliases_norm", "aliases", ["norm"])
    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "article_id",
            sa.String(64),
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id"), nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("label", sa.String(16), nullable=False),
    )
    op.create_index("ix_mentions_article", "mentions", ["article_id"])
    op.create_index("ix_mentions_entity", "mentions", ["entity_id"])
    op.create_table(
        "claims",
        sa.Column("id", sa.String(80), primary_key=True),
        sa.Column(
            "article_id",
            sa.String(64),
            sa.ForeignKey("articles.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("start", sa.Integer, nullable=False),
        sa.Column("end", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("stance", sa.String(16), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("source_text", sa.Text),
        sa.Column("source_start", sa.Integer),
        sa.Column("source_end", sa.Integer),
        sa.Column("source_entity_id", sa.Integer, sa.ForeignKey("entities.id")),
        sa.Column("cue_text", sa.Text),
        sa.Column("cue_start", sa.Integer),
        sa.Column("cue_end", sa.Integer),
        sa.Column("anonymous", sa.Boolean, nullable=False),
    )
    op.create_index("ix_claims_article", "claims", ["article_id"])
    op.create_index("ix_claims_source_entity", "claims", ["source_entity_id"])
    op.create_index("ix_claims_stance", "claims", ["stance"])
    op.create_table(
        "claim_entities",
        sa.Column(
            "claim_id",
            sa.String(80),
            sa.ForeignKey("claims.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("entity_id", sa.Integer, sa.ForeignKey("entities.id"), primary_key=True),
    )
    op.create_index("ix_claim_entities_entity", "claim_entities", ["entity_id"])


def downgrade() -> None:
    for table in ("claim_entities", "claims", "mentions", "aliases", "entities", "articles"):
        op.drop_table(table)
