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
    false,
)

metadata = MetaData()

#: Stories: articles on one event or topic, grouped at ingest. ``version`` grows whenever the
#: story changes (an article joins, a correction touches it); the derived tables below hold
#: results computed at ``derived_version``, and a read that finds them older recomputes them.
stories = Table(
    "stories",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("label", Text, nullable=False),
    Column("first_published", DateTime(timezone=True)),
    Column("last_published", DateTime(timezone=True)),
    Column("articles", Integer, nullable=False),
    Column("version", Integer, nullable=False),
    Column("derived_version", Integer, nullable=False),
    # what story grouping keeps about the story (JSON): its summary for the next assignment
    Column("summary", Text),
    Index("ix_stories_stale", "derived_version", "version"),
)

#: The story index: a few keys (rare words, entity keys) of each story, for candidate lookup.
story_keys = Table(
    "story_keys",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("story_id", Integer, ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("weight", Float, nullable=False),
    Column("last_seen", DateTime(timezone=True)),
    Index("ix_story_keys_story", "story_id"),
    # candidates by key within the time window (migration 0015)
    Index("ix_story_keys_key_seen", "key", "last_seen"),
)

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
    # the story the article belongs to (grouped at ingest; no foreign key, see migration 0013)
    Column("story_id", Integer),
    Index("ix_articles_published", "published"),
    # the outlets of a story, and an article's story, from the index alone (list pages)
    Index("ix_articles_story_outlet", "story_id", "outlet"),
    Index("ix_articles_id_story", "id", "story_id"),
    Index("ix_articles_band0", "band0"),
    Index("ix_articles_band1", "band1"),
    Index("ix_articles_band2", "band2"),
    Index("ix_articles_band3", "band3"),
    Index("ix_articles_band4", "band4"),
    Index("ix_articles_band5", "band5"),
    Index("ix_articles_status", "status"),
)

#: The order claims list articles in (``reads.list_claims``), on PostgreSQL alone: the index
#: on ``published`` read backwards gives NULLS FIRST; SQLite reads it in this order already
#: and cannot index NULLS LAST (migration 0025).
Index(
    "ix_articles_listing",
    articles.c.published.desc().nulls_last(),
    articles.c.published_at.desc().nulls_last(),
    articles.c.id,
).ddl_if(dialect="postgresql")

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
    # a surname alone that the article keeps apart from a person it names in full with that
    # surname (``Entity.apart``): no other article's full name joins it to one (migration 0026)
    Column("apart", Boolean, nullable=False, server_default=false()),
    Index("ix_mentions_article", "article_id"),
    # the articles naming an entity, from the index alone (the entities index)
    Index("ix_mentions_entity_article", "entity_id", "article_id"),
)

claims = Table(
    "claims",
    metadata,
    Column("id", String(80), primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    # The content as listings show it: the page furniture inside it (a caption between two
    # quote paragraphs) left out; start/end and parts give the exact characters.
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

#: Page furniture (captions, credits, prompts) blanked out of an article before extraction;
#: its text is ``articles.text[start:end]``.
furniture = Table(
    "furniture",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("kind", String(16), nullable=False),
    Index("ix_furniture_article", "article_id"),
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
    # total, part, context or attribute (model.FigureScope); NULL (stored before): total
    Column("scope", String(16)),
    # the words that made it a part or another event's ("seriously", "2004")
    Column("qualifier", Text),
    # ISO code of the country of the place the figure's clause names
    Column("country", String(8)),
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
    # the words naming the agent when no entity does ("a tram")
    Column("agent_start", Integer),
    Column("agent_end", Integer),
    Column("agent_text", Text),
    # a noun names the event ("the crash")
    Column("nominal", Boolean, nullable=False, server_default=false()),
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

#: The main event of an article, one row per part it gives (who, what, when, where, why,
#: how); ``start``/``end`` are null for a when that is the publication day (no words), and
#: point into the article's title when ``in_title`` (the headline's "what").
main_event_parts = Table(
    "main_event_parts",
    metadata,
    Column(
        "article_id",
        String(64),
        ForeignKey("articles.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("part", String(8), primary_key=True),
    Column("start", Integer),
    Column("end", Integer),
    Column("text", Text),
    Column("in_title", Boolean, nullable=False, server_default=false()),
    Column("entity_id", Integer, ForeignKey("entities.id")),
    # when only: the normalised interval
    Column("time_value", String(64)),
    Column("time_begin", Date),
    Column("time_end", Date),
    Column("time_precision", String(16)),
    # the event (events.id) it was built from, when any
    Column("event_id", Integer, ForeignKey("events.id", ondelete="SET NULL")),
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
    # a merge undone (``SqlStore.undo_merge``): kept in the record, no longer replayed
    Column("undone_at", DateTime(timezone=True)),
    Index("ix_corrections_from_key", "from_key"),
)

#: What an analyst's merge moved, one row each, so that undoing it moves back exactly those:
#: ``what`` says which (``store.merges.MOVED``); ``row_id``/``row_key`` name the row (a
#: mention's id, a claim's id, an article's id with the main event ``detail`` part, an alias
#: norm with its spelling in ``detail``); ``shared`` says the target already had that link or
#: alias (so the merge dropped the merged one's instead of moving it).
merge_rows = Table(
    "merge_rows",
    metadata,
    Column(
        "correction_id",
        Integer,
        ForeignKey("corrections.id", ondelete="CASCADE"),
        nullable=False,
    ),
    Column("what", String(24), nullable=False),
    Column("row_id", Integer),
    Column("row_key", String(400)),
    Column("detail", Text),
    Column("position", Integer),
    Column("shared", Boolean, nullable=False, server_default=false()),
    Index("ix_merge_rows_correction", "correction_id"),
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

#: Derived: the disagreements found within each story (see ``stories.version``).
disagreements = Table(
    "disagreements",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("story_id", Integer, ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
    # a hash of the kind and the sides' evidence: stable across recomputations
    Column("key", String(64), nullable=False),
    Column("kind", String(32), nullable=False),
    Column("about", Text),
    Column("comparable", Boolean, nullable=False),
    Column("why", Text, nullable=False),
    # JSON lists of strings
    Column("between", Text, nullable=False),
    Column("measures", Text, nullable=False),
    # how many more its group found and did not keep (model.Disagreement.folded)
    Column("folded", Integer, nullable=False, server_default="0"),
    Index("ix_disagreements_story", "story_id"),
    Index("ix_disagreements_key", "key"),
    Index("ix_disagreements_kind", "kind"),
)

disagreement_sides = Table(
    "disagreement_sides",
    metadata,
    Column(
        "disagreement_id",
        Integer,
        ForeignKey("disagreements.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("seq", Integer, primary_key=True),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("source", Text),
    # the source as the article wrote it ("a spokeswoman", "he"), beside the resolved name
    Column("mention", Text),
)

#: Derived: what each story adds to each source's profile (``DerivedSourceCount``): claims
#: per stance and per entity named, per article; remaining contradictions naming the source,
#: per story (no article). Reading the profiles adds these up.
source_profiles = Table(
    "source_profiles",
    metadata,
    Column("story_id", Integer, ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE")),
    Column("source", Text, nullable=False),
    # stance, about or contradicted
    Column("facet", String(16), nullable=False),
    Column("value", Text, nullable=False),
    Column("n", Integer, nullable=False),
    # the article's outlet (in lower case, as a filter compares it) and date, so that
    # narrowing a read by them joins nothing
    Column("outlet_key", String(300)),
    Column("published", Date),
    # covering, story first: one story's profiles read from the index alone
    Index("ix_source_profiles_story", "story_id", "facet", "source", "value", "n"),
    # covering: adding up a facet by source reads the index alone (unfiltered /sources at
    # 10,000 articles: 144 -> 13 ms for the aggregation on SQLite)
    Index("ix_source_profiles_facet_source", "facet", "source", "value", "n"),
    # covering, by outlet: one outlet's profiles read from the index alone
    Index("ix_source_profiles_outlet", "facet", "outlet_key", "source", "value", "n"),
    Index("ix_source_profiles_article", "article_id"),
)

#: The entities the claims of a disagreement's sides are about (for ``--about``).
disagreement_entities = Table(
    "disagreement_entities",
    metadata,
    Column(
        "disagreement_id",
        Integer,
        ForeignKey("disagreements.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("entity_id", Integer, ForeignKey("entities.id", ondelete="CASCADE"), primary_key=True),
    Index("ix_disagreement_entities_entity", "entity_id"),
)

#: Derived: claims grouped into propositions within each story, per similarity method.
propositions = Table(
    "propositions",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("story_id", Integer, ForeignKey("stories.id", ondelete="CASCADE"), nullable=False),
    Column("method", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Index("ix_propositions_story", "story_id", "method"),
)

proposition_claims = Table(
    "proposition_claims",
    metadata,
    Column(
        "proposition_id",
        Integer,
        ForeignKey("propositions.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("claim_id", String(80), ForeignKey("claims.id", ondelete="CASCADE"), primary_key=True),
    Column("seq", Integer, nullable=False),
    Index("ix_proposition_claims_claim", "claim_id"),
)

#: The similarity methods whose propositions are cached per story, with the story version.
derived_methods = Table(
    "derived_methods",
    metadata,
    Column("story_id", Integer, ForeignKey("stories.id", ondelete="CASCADE"), primary_key=True),
    Column("method", String(16), primary_key=True),
    Column("version", Integer, nullable=False),
)

#: Analysts' marks: a claim, figure or disagreement marked wrong is kept, shown as wrong, and
#: left out of counts and of reconciliation; undoing a mark sets ``undone_at``.
marks = Table(
    "marks",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    # claim, figure or disagreement
    Column("target", String(16), nullable=False),
    # a claim id, a figure id (as text) or a disagreement key
    Column("target_key", String(80), nullable=False),
    Column("reason", Text),
    Column("who", String(200), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("undone_at", DateTime(timezone=True)),
    Index("ix_marks_target", "target", "target_key"),
)
