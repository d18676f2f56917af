"""The store's tables (SQLAlchemy Core). Migrations create them; queries use these objects.

A test checks that the migrated database and this metadata agree.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("url", Text),
    Column("outlet", String(300)),
    Column("title", Text),
    Column("published", Date),
    Column("published_at", DateTime(timezone=True)),
    Column("language", String(16), nullable=False),
    Column("author", Text),
    Column("origin", Text),
    Column("text", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("rejection_code", String(8)),
    Column("rejection_reason", Text),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    # SimHash of the text (hex) in four indexed 16-bit bands, and the article this one copies
    Column("simhash", String(16)),
    Column("band0", Integer),
    Column("band1", Integer),
    Column("band2", Integer),
    Column("band3", Integer),
    Column("band4", Integer),
    Column("band5", Integer),
    Column("original_id", String(64)),
    Index("ix_articles_published", "published"),
    Index("ix_articles_band0", "band0"),
    Index("ix_articles_band1", "band1"),
    Index("ix_articles_band2", "band2"),
    Index("ix_articles_band3", "band3"),
    Index("ix_articles_band4", "band4"),
    Index("ix_articles_band5", "band5"),
    Index("ix_articles_status", "status"),
)

entities = Table(
    "entities",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("key", String(400), nullable=False, unique=True),
    Column("name", String(400), nullable=False),
    Column("type", String(16), nullable=False),
    # link to the bundled gazetteer (places and countries)
    Column("kb_id", String(64)),
    Column("country", String(2)),
    Column("lat", Float),
    Column("lon", Float),
    Column("precision", Integer),
    Index("ix_entities_name_lower", "name"),
    Index("ix_entities_kb_id", "kb_id"),
)

aliases = Table(
    "aliases",
    metadata,
    Column("entity_id", Integer, ForeignKey("entities.id", ondelete="CASCADE"), nullable=False),
    Column("alias", String(400), nullable=False),
    Column("norm", String(400), nullable=False),
    UniqueConstraint("entity_id", "norm", name="uq_aliases_entity_norm"),
    Index("ix_aliases_norm", "norm"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("entity_id", Integer, ForeignKey("entities.id"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("label", String(16), nullable=False),
    Index("ix_mentions_article", "article_id"),
    Index("ix_mentions_entity", "entity_id"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", String(80), primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("stance", String(16), nullable=False),
    Column("kind", String(16), nullable=False),
    Column("source_text", Text),
    Column("source_start", Integer),
    Column("source_end", Integer),
    Column("source_entity_id", Integer, ForeignKey("entities.id")),
    Column("cue_text", Text),
    Column("cue_start", Integer),
    Column("cue_end", Integer),
    Column("anonymous", Boolean, nullable=False),
    # JSON list of [start, end] content fragments when the content is discontinuous.
    Column("parts", Text),
    # When what is claimed happened (the first dated expression in the content).
    Column("time_value", String(64)),
    Column("time_begin", Date),
    Column("time_end", Date),
    Column("time_precision", String(16)),
    Column("sentence", Integer, nullable=False, server_default="0"),
    Index("ix_claims_article", "article_id"),
    Index("ix_claims_time_begin", "time_begin"),
    Index("ix_claims_source_entity", "source_entity_id"),
    Index("ix_claims_stance", "stance"),
)

claim_entities = Table(
    "claim_entities",
    metadata,
    Column("claim_id", String(80), ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("entity_id", Integer, ForeignKey("entities.id"), primary_key=True),
    Index("ix_claim_entities_entity", "entity_id"),
)

times = Table(
    "times",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("type", String(16), nullable=False),
    Column("value", String(64)),
    Column("unresolved", Boolean, nullable=False),
    Column("begin", Date),
    Column("finish", Date),
    Column("precision", String(16)),
    Index("ix_times_article", "article_id"),
    Index("ix_times_begin", "begin"),
)

quantities = Table(
    "quantities",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("value", Float, nullable=False),
    Column("low", Float),
    Column("high", Float),
    Column("bound", String(16), nullable=False),
    Column("unit", String(64)),
    Column("about", Text),
    # normalised "about", for lookups ("north korean soldiers")
    Column("about_norm", String(400)),
    Column("measure", String(64)),
    Column("change", String(8)),
    Column("source_text", Text),
    Column("source_entity_id", Integer, ForeignKey("entities.id")),
    Index("ix_quantities_article", "article_id"),
    Index("ix_quantities_about_measure", "about_norm", "measure"),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("predicate", String(64), nullable=False),
    Column("subtype", String(64), nullable=False),
    # PLOVER type
    Column("type", String(16)),
    Column("location_id", Integer, ForeignKey("entities.id")),
    Column("time_value", String(64)),
    Column("time_begin", Date),
    Column("time_end", Date),
    Column("negated", Boolean, nullable=False),
    Column("modality", String(16)),
    Index("ix_events_article", "article_id"),
    Index("ix_events_type", "type"),
    Index("ix_events_time_begin", "time_begin"),
)

event_actors = Table(
    "event_actors",
    metadata,
    Column("event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), primary_key=True),
    Column("entity_id", Integer, ForeignKey("entities.id"), primary_key=True),
    # 0 for the agent, then the others in the order of the text
    Column("position", Integer, nullable=False),
    Index("ix_event_actors_entity", "entity_id"),
)

corrections = Table(
    "corrections",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    # merge: from_key's mentions belong to to_key; split: mentions of alias move to to_key
    Column("kind", String(16), nullable=False),
    Column("from_key", String(400), nullable=False),
    Column("to_key", String(400), nullable=False),
    Column("alias", String(400)),
    Column("who", String(200), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Index("ix_corrections_from_key", "from_key"),
)

#: Sentence vectors of claim texts, computed on first use (``SIMILARITY=embedding``) and kept:
#: keyed by a hash of the model and the text, so a wire copy's claims share one row and an
#: edited claim gets a new one.
text_vectors = Table(
    "text_vectors",
    metadata,
    Column("key", String(64), primary_key=True),
    # float32, little-endian
    Column("vector", LargeBinary, nullable=False),
)
