"""Write ``tests/fixtures/store/schema-0001.db``: a SQLite store at the first released schema
(migration 0001) holding one article with its entities, mentions and claims, as the first
release wrote them. The upgrade test migrates a copy to the current schema and checks that
nothing was lost. Run once per new fixture; the file is committed.

    python scripts/make_schema_0001_fixture.py
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine, text

from newsclaims.model import content_id

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "tests" / "fixtures" / "store" / "schema-0001.db"
MIGRATIONS = ROOT / "src" / "newsclaims" / "store" / "migrations"

TEXT = (
    "Mayor Ana Ruiz said on Monday that the library in Dunmore would reopen in May. "
    "The council denied that the repairs had cost more than planned."
)


def main() -> None:
    TARGET.unlink(missing_ok=True)
    engine = create_engine(f"sqlite:///{TARGET}")
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "0001")
    article_id = content_id(TEXT)
    ruiz_start = TEXT.index("Ana Ruiz")
    city_start = TEXT.index("Dunmore")
    claim_start = TEXT.index("the library")
    claim_end = TEXT.index(".", claim_start)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO articles (id, url, outlet, title, published, language, origin, text,"
                " status, ingested_at) VALUES (:id, :url, :outlet, :title, :published, 'en',"
                " 'library.txt', :text, 'stored', :at)"
            ),
            {
                "id": article_id,
                "url": "https://dunmore-courier.example/library",
                "outlet": "Dunmore Courier",
                "title": "Library to reopen",
                "published": date(2025, 3, 3),
                "text": TEXT,
                "at": datetime(2025, 3, 3, 12, tzinfo=UTC),
            },
        )
        conn.execute(
            text(
                "INSERT INTO entities (id, key, name, type) VALUES"
                " (1, 'PERSON:ana ruiz', 'Ana Ruiz', 'PERSON'),"
                " (2, 'GPE:dunmore', 'Dunmore', 'GPE')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO aliases (entity_id, alias, norm) VALUES"
                " (1, 'Ana Ruiz', 'ana ruiz'), (1, 'Ruiz', 'ruiz'), (2, 'Dunmore', 'dunmore')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO mentions (article_id, entity_id, start, \"end\", text, label) VALUES"
                " (:a, 1, :rs, :re, 'Ana Ruiz', 'PERSON'), (:a, 2, :cs, :ce, 'Dunmore', 'GPE')"
            ),
            {"a": article_id, "rs": ruiz_start, "re": ruiz_start + 8, "cs": city_start,
             "ce": city_start + 7},
        )  # fmt: skip
        conn.execute(
            text(
                "INSERT INTO claims (id, article_id, seq, start, \"end\", text, stance, kind,"
                " source_text, source_start, source_end, source_entity_id, cue_text, cue_start,"
                " cue_end, anonymous) VALUES (:id, :a, 0, :s, :e, :t, 'reported', 'indirect',"
                " 'Mayor Ana Ruiz', :ss, :se, 1, 'said', :cs, :ce, 0)"
            ),
            {"id": f"{article_id}:0", "a": article_id, "s": claim_start, "e": claim_end,
             "t": TEXT[claim_start:claim_end], "ss": ruiz_start - 6, "se": ruiz_start + 8,
             "cs": TEXT.index("said"), "ce": TEXT.index("said") + 4},
        )  # fmt: skip
        conn.execute(
            text("INSERT INTO claim_entities (claim_id, entity_id) VALUES (:c, 2)"),
            {"c": f"{article_id}:0"},
        )
    engine.dispose()
    print(f"wrote {TARGET} ({TARGET.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
