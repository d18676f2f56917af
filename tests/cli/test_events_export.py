"""``newsclaims events --format acled|plover``: one ACLED-style row per event, PLOVER JSON."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path

from click.testing import CliRunner

from newsclaims.cli import main
from newsclaims.model import (
    Analysis,
    Entity,
    Event,
    EventPart,
    Interval,
    MainEvent,
    Mention,
    Quantity,
    Span,
)
from newsclaims.store import SqlStore, open_store
from newsclaims.views import ACLED_COLUMNS

TEXT = (
    "Ana Ruiz said the library in Dunmore closed after gunmen killed 23 people on Friday. "
    "Voters in Dunmore elected a new council."
)


def _analysis(make_analysis: Callable[..., Analysis]) -> Analysis:
    base = make_analysis(TEXT)
    city = Entity(
        key="GPE:dunmore",
        name="Dunmore",
        type="GPE",
        country="IE",
        lat=53.6,
        lon=-8.7,
        precision=1,
    )
    killed = TEXT.index("killed 23 people")
    figure = TEXT.index("23")
    elected = TEXT.index("elected")
    friday = Interval(date(2026, 1, 2), date(2026, 1, 2), "day", "2026-01-02")
    events = (
        Event(
            start=killed,
            end=killed + len("killed 23 people"),
            text="killed 23 people",
            predicate="kill",
            subtype="kill",
            type="ASSAULT",
            location=city.key,
            time=friday,
        ),
        Event(
            start=elected,
            end=elected + len("elected a new council"),
            text="elected a new council",
            predicate="elect",
            subtype="elect",
            agent=None,
        ),
    )
    gunmen = TEXT.index("gunmen")
    events = (replace(events[0], agent=_span(gunmen, "gunmen")), events[1])
    quantity = Quantity(start=figure, end=figure + 2, text="23", value=23, measure="killed")
    later = TEXT.index("Dunmore", TEXT.index("Voters"))
    mentions = (*base.mentions, Mention(later, later + 7, "Dunmore", city.key, "GPE"))
    entities = (*(e for e in base.entities if e.key != city.key), city)
    return replace(
        base, entities=entities, mentions=mentions, events=events, quantities=(quantity,)
    )


def _span(start: int, text: str) -> Span:
    return Span(start, start + len(text), text)


def test_events_export_acled_csv_one_row_per_event(
    store: SqlStore, db_url: str, make_analysis: Callable[..., Analysis]
) -> None:
    db = db_url  # SQLite and PostgreSQL
    store.add(_analysis(make_analysis))
    result = CliRunner().invoke(main, ["events", "--db", db, "--format", "acled"])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert tuple(rows[0]) == ACLED_COLUMNS
    assert len(rows) == 2
    kill = next(r for r in rows if r["sub_event_type"] == "kill")
    assert kill["event_type"] == "ASSAULT" and kill["event_date"] == "2026-01-02"
    assert kill["actor1"] == "gunmen"  # no named actor: the agent's words
    assert kill["location"] == "Dunmore" and kill["country"] == "Ireland"
    assert float(kill["latitude"]) == 53.6 and kill["geo_precision"] == "1"
    assert kill["fatalities"] == "23" and kill["source"] == "Test Times"
    elect = next(r for r in rows if r["sub_event_type"] == "elect")
    assert elect["event_type"] == "OTHER" and elect["fatalities"] == "0"
    assert elect["event_date"] == "2026-01-02"  # undated: the day it was published


def test_events_export_plover_json_keeps_typed_events(
    tmp_path: Path, make_analysis: Callable[..., Analysis]
) -> None:
    db = f"sqlite:///{tmp_path / 'events.db'}"
    open_store(db).add(_analysis(make_analysis))
    result = CliRunner().invoke(main, ["events", "--db", db, "--format", "plover"])
    assert result.exit_code == 0, result.stderr
    [event] = json.loads(result.stdout)
    assert event["event_type"] == "ASSAULT" and event["mode"] == "kill"
    assert event["quad_class"] == "material conflict"
    assert event["location"]["name"] == "Dunmore" and event["country"] == "IE"
    assert TEXT[event["start"] : event["end"]] == event["event_text"]


def test_events_merged_lists_one_event_with_the_reports_of_two_articles(
    store: SqlStore, db_url: str, make_analysis: Callable[..., Analysis]
) -> None:
    from newsclaims.derive import assign_for  # noqa: PLC0415

    db = db_url  # SQLite and PostgreSQL
    for text, outlet, day in (
        ("Ana Ruiz said the library in Dunmore will open. Ana Ruiz met the council.", "A", 2),
        ("Ana Ruiz met the council in Dunmore. Ana Ruiz said the library closes.", "B", 3),
    ):
        base = make_analysis(text, outlet=outlet)
        met = text.index("met the council")
        when = Interval(date(2026, 1, day), date(2026, 1, day), "day", f"2026-01-0{day}")
        event = Event(
            start=met,
            end=met + 15,
            text="met the council",
            predicate="meet",
            subtype="meet",
            type="CONSULT",
            actors=("PERSON:ana ruiz",),
            time=when,
        )
        analysis = replace(base, events=(event,))
        store.add(analysis, assign_for(analysis))
    result = CliRunner().invoke(main, ["events", "--db", db, "--merged", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    [row] = json.loads(result.stdout)
    assert row["event"] == "meet" and row["actors"] == ["Ana Ruiz"]
    assert row["reports"] == 2 and row["outlets"] == ["A", "B"]
    assert row["disagree"] == "date"
    assert {r["outlet"] for r in row["evidence"]} == {"A", "B"}
    # ACLED-style: one row for the real event, not one per report
    per_report = CliRunner().invoke(main, ["events", "--db", db, "--format", "acled"])
    assert len(list(csv.DictReader(io.StringIO(per_report.stdout)))) == 2
    exported = CliRunner().invoke(main, ["events", "--db", db, "--merged", "--format", "acled"])
    assert exported.exit_code == 0, exported.stderr
    [acled] = list(csv.DictReader(io.StringIO(exported.stdout)))
    assert tuple(acled) == ACLED_COLUMNS
    assert acled["event_type"] == "CONSULT" and acled["sub_event_type"] == "meet"
    assert acled["actor1"] == "Ana Ruiz" and acled["source"] == "A; B"
    assert acled["event_date"] == "2026-01-02"  # a tie of days: the earliest
    assert acled["notes"] == "met the council (2 reports)"
    bad = CliRunner().invoke(main, ["events", "--db", db, "--merged", "--format", "plover"])
    assert bad.exit_code != 0


def _event(text: str, words: str, subtype: str, modality: str | None = None) -> Event:
    """A CONSULT event of Ana Ruiz on ``words`` of ``text``."""
    start = text.index(words)
    return Event(
        start=start,
        end=start + len(words),
        text=words,
        predicate=subtype,
        subtype=subtype,
        type="CONSULT",
        actors=("PERSON:ana ruiz",),
        modality=modality,
    )


def test_events_merged_acled_keeps_filters_escapes_cells_and_leaves_out_plans(
    store: SqlStore, db_url: str, make_analysis: Callable[..., Analysis]
) -> None:
    from newsclaims.derive import assign_for  # noqa: PLC0415

    met_words = 'met the council, "again"'
    for text, outlet in (
        (
            f"Ana Ruiz said the library in Dunmore shut. Ana Ruiz {met_words}. She may visit Cork.",
            "A",
        ),
        (f"Ana Ruiz said the library in Dunmore opens. Ana Ruiz {met_words}.", "B"),
    ):
        found = [_event(text, met_words, "meet")]
        if "visit" in text:  # told as expected, not as having happened
            found.append(_event(text, "visit Cork", "visit", modality="expected"))
        # undated: the meeting is merged as each article's main event (its news)
        met = found[0]
        main_event = MainEvent(what=EventPart(met.start, met.end, met.text), event=0)
        analysis = replace(
            make_analysis(text, outlet=outlet), events=tuple(found), main_event=main_event
        )
        store.add(analysis, assign_for(analysis))

    def acled(*extra: str) -> tuple[str, list[dict[str, str]]]:
        args = ["events", "--db", db_url, "--merged", "--format", "acled", *extra]
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.stderr
        return result.stdout, list(csv.DictReader(io.StringIO(result.stdout)))

    raw, rows = acled()
    # the planned visit did not happen: ACLED codes what happened
    assert [r["sub_event_type"] for r in rows] == ["meet"]
    # a comma and quotation marks stay inside one cell
    assert rows[0]["notes"] == f"{met_words} (2 reports)"
    assert '""again""' in raw
    assert rows[0]["source"] == "A; B"
    # the other filters narrow the real events: one report passing is enough
    _, by_outlet = acled("--outlet", "B")
    assert [(r["sub_event_type"], r["source"]) for r in by_outlet] == [("meet", "A; B")]
    assert acled("--type", "ASSAULT")[1] == []
    assert [r["sub_event_type"] for r in acled("--type", "CONSULT")[1]] == ["meet"]
