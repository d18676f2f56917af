"""One shape per resource: each listing has one data function that returns its rows, and the
CLI, the REST API and the web pages render those rows (table, JSON, CSV or HTML).

A row is a plain dict of JSON-able values (dates stay dates until rendered); ``columns`` are
the fields a table or a CSV shows, in order. Who says something is named here, once
(``names.speaker``): a source, else the outlet, never a placeholder where the outlet is known.
Derived results (disagreements, propositions, source profiles) are brought up to date for
the stories read before they are read when the store derives on read (``derive.on_read``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from newsclaims import derive, settings
from newsclaims.errors import InputError, NotFound
from newsclaims.model import PLOVER_TYPES, FigureScope, Stance
from newsclaims.names import speaker
from newsclaims.reconcile.events import MergedEvent, merge_events
from newsclaims.reconcile.propositions import OPEN, SIMILARITIES, SUPPORTING
from newsclaims.reconcile.records import StoryRecords
from newsclaims.reconcile.story import derive_disagreements
from newsclaims.store import SqlStore
from newsclaims.store.items import (
    NO_FILTERS,
    SOURCE_KINDS,
    ArticleItem,
    ClaimItem,
    DisagreementItem,
    EntityItem,
    EventItem,
    FigureItem,
    Filters,
    Listing,
    PropositionItem,
    SideItem,
    SourceItem,
    StoryItem,
    TimelineItem,
)

Row = dict[str, Any]

_SUPPORTING = {s.value for s in SUPPORTING}
_OPEN = {s.value for s in OPEN}


@dataclass(frozen=True, slots=True)
class Page:
    """One page of a resource: its rows, the columns a table shows, and the count of all."""

    resource: str
    """The resource's name (``claims``, ``figures``, ...)."""
    title: str
    """A heading for the rows."""
    columns: tuple[str, ...]
    """The fields a table or CSV shows, in order (JSON shows every field)."""
    rows: list[Row]
    """The rows of this page."""
    total: int
    """How many rows match in all."""
    offset: int = 0
    """Rows before this page."""
    limit: int = 100
    """Largest page asked for."""
    unresolved: dict[str, int] = field(default_factory=dict)
    """Sources only: the sources of the same filters that name no one ("he", "many"), with
    their claims, shown apart from the rows."""
    hint: str = ""
    """What the rows leave out by the filters and how to see it (the API's ``hint``)."""

    @property
    def more(self) -> bool:
        """Whether rows follow this page."""
        return self.offset + len(self.rows) < self.total


def _page(
    resource: str, title: str, columns: tuple[str, ...], listing: Listing[Any], shape: Any
) -> Page:
    rows = [shape(item) for item in listing.items]
    return Page(resource, title, columns, rows, listing.total, listing.offset, listing.limit)


def when(published: Any, published_at: Any) -> Any:
    """When an article was published: to the time of day where the input gave it."""
    return published_at or published


# -- rows of each resource ------------------------------------------------------------------


def article_row(a: ArticleItem) -> Row:
    """An article as listings show it."""
    return {
        "id": a.id,
        "published": when(a.published, a.published_at),
        "outlet": a.outlet,
        "title": a.title,
        "status": a.status,
        "claims": a.claims,
        "story": a.story_id,
        "rejection_code": a.rejection_code,
        "rejection_reason": a.rejection_reason,
        "copy_of": a.copy_of,
        "url": a.url,
        "origin": a.origin,
    }


def claim_row(c: ClaimItem) -> Row:
    """A claim as listings show it: the resolved source (the raw mention beside it)."""
    return {
        "id": c.id,
        "source": speaker(c.source, c.outlet),
        "mention": c.source_text,
        "stance": c.stance,
        "cue": c.cue,
        "content": c.content,
        "outlet": c.outlet,
        "published": when(c.published, c.published_at),
        "story": c.story_id,
        "article_id": c.article_id,
        "title": c.title,
        "start": c.start,
        "end": c.end,
        "source_start": c.source_start,
        "source_end": c.source_end,
        "anonymous": c.anonymous,
        "kind": c.kind,
        "wrong": c.wrong,
    }


def figure_row(f: FigureItem) -> Row:
    """A figure as histories show it: when, which outlet, who, and the figure with its bound."""
    return {
        "id": f.id,
        "published": when(f.published, f.published_at),
        "outlet": f.outlet,
        "source": speaker(f.source, f.outlet),
        "about": f.about,
        "measure": f.measure,
        "scope": f.scope or FigureScope.TOTAL.value,
        "qualifier": f.qualifier,
        "bound": f.bound,
        "value": f.value,
        "low": f.low,
        "high": f.high,
        "unit": f.unit,
        "text": f.text,
        "story": f.story_id,
        "article_id": f.article_id,
        "start": f.start,
        "end": f.end,
        "wrong": f.wrong,
    }


def as_written(source: str | None, mention: str | None) -> str | None:
    """The source as the article wrote it, when that says more than the resolved name
    ("a spokeswoman", "he" beside "Jane Smith"); None when it is the name again."""
    if not mention:
        return None
    said, name = mention.strip().lower(), (source or "").lower()
    return None if said in (name, f"the {name}") else mention


def disagreement_row(d: DisagreementItem) -> Row:
    """A disagreement with each side's words, outlet, source (and the source as the article
    wrote it) and time."""
    sides = [
        {
            "outlet": s.outlet,
            "source": speaker(s.source, s.outlet),
            "mention": s.mention,
            "text": s.text,
            "published": when(s.published, s.published_at),
            "article_id": s.article_id,
            "start": s.start,
            "end": s.end,
        }
        for s in d.sides
    ]
    return {
        "id": d.id,
        "key": d.key,
        "kind": d.kind,
        "comparable": d.comparable,
        "about": d.about,
        "between": [side["source"] for side in sides] or list(d.between),
        "measures": list(d.measures),
        "why": d.why,
        "folded": d.folded,
        "sides": sides,
        "said": " | ".join(_said(side) for side in sides),
        "story": d.story_id,
        "wrong": d.wrong,
    }


def _said(side: Row) -> str:
    """One side in one line (the CSV's and the table's ``said``): who, as written, and the
    words."""
    written = as_written(side["source"], side["mention"])
    who = f"{side['source']} (“{written}”)" if written else side["source"]
    return f"{who}: {side['text']}"


def proposition_row(p: PropositionItem) -> Row:
    """A proposition with who supports, denies or leaves it open, and its evidence."""

    def by(stances: set[str]) -> list[str]:
        return sorted({speaker(c.source, c.outlet) for c in p.claims if c.stance in stances})

    return {
        "id": p.id,
        "status": p.status,
        "proposition": p.text,
        "supported_by": by(_SUPPORTING),
        "denied_by": by({Stance.DENIED.value}),
        "open_for": by(_OPEN),
        "claims": len(p.claims),
        "story": p.story_id,
        "evidence": [
            {
                "source": speaker(c.source, c.outlet),
                "outlet": c.outlet,
                "stance": c.stance,
                "text": c.text,
                "published": c.published,
                "article_id": c.article_id,
                "start": c.start,
                "end": c.end,
                "claim_id": c.claim_id,
            }
            for c in p.claims
        ],
    }


def source_row(s: SourceItem) -> Row:
    """A source's profile."""
    return asdict(s) | {"about": list(s.about)}


def entity_qualifier(e: EntityItem) -> str:
    """What tells an entity from its namesakes, in a few words: its type and where it is
    named ("ORG, in Toblerone changes shape", "PERSON, in 3 stories"); the type alone when
    no story names it. The one place this label is decided."""
    kind = e.type
    if e.stories > 1:
        return f"{kind}, in {e.stories} stories"
    if e.story:
        return f"{kind}, in {e.story}"
    return kind


def entity_row(e: EntityItem) -> Row:
    """An entity with its aliases and counts, and what tells it from its namesakes."""
    return asdict(e) | {"aliases": list(e.aliases), "qualifier": entity_qualifier(e)}


def event_row(e: EventItem) -> Row:
    """An event with its actors, place and time."""
    return asdict(e) | {"actors": list(e.actors), "story": e.story_id}


def timeline_row(t: TimelineItem) -> Row:
    """A dated claim, placed at the time what it claims happened."""
    return {
        "when": t.when,
        "until": t.until,
        "precision": t.precision,
        "time_value": t.time_value,
        "source": speaker(t.source, t.outlet),
        "stance": t.stance,
        "content": t.content,
        "published": when(t.published, t.published_at),
        "outlet": t.outlet,
        "story": t.story_id,
        "article_id": t.article_id,
        "start": t.start,
        "end": t.end,
        "id": t.id,
    }


def story_row(s: StoryItem) -> Row:
    """A story with its size, outlets and dates."""
    return {
        "id": s.id,
        "label": s.label,
        "articles": s.articles,
        "outlets": list(s.outlets),
        "first_published": s.first_published,
        "last_published": s.last_published,
    }


# -- the data functions --------------------------------------------------------------------


def articles(store: SqlStore, f: Filters = NO_FILTERS, offset: int = 0, limit: int = 100) -> Page:
    """Stored and rejected articles, newest first."""
    columns = ("id", "published", "outlet", "title", "status", "claims", "story", "origin")
    return _page("articles", "articles", columns, store.articles(f, offset, limit), article_row)


def claims(store: SqlStore, f: Filters = NO_FILTERS, offset: int = 0, limit: int = 100) -> Page:
    """Who claims what."""
    columns = ("source", "stance", "cue", "content", "outlet", "published", "story", "article_id")
    return _page("claims", "who claims what", columns, store.claims(f, offset, limit), claim_row)


def figures(store: SqlStore, f: Filters = NO_FILTERS, offset: int = 0, limit: int = 100) -> Page:
    """Figures in the order they were published, with outlet, source and bound."""
    columns = (
        "published", "outlet", "source", "about", "measure", "scope", "bound", "value", "unit",
        "text", "story",
    )  # fmt: skip
    return _page("figures", "figures", columns, store.figures(f, offset, limit), figure_row)


def disagreements(
    store: SqlStore,
    f: Filters = NO_FILTERS,
    offset: int = 0,
    limit: int = 100,
    across_stories: bool = False,
) -> Page:
    """Where sources disagree, within each story; ``across_stories`` compares the records of
    every story (about ``f.about`` when given), computed for this read and not kept."""
    columns = ("kind", "comparable", "between", "measures", "why", "said", "story")
    if across_stories:
        return with_sentences(store, _across_stories(store, f, offset, limit, columns))
    derive.on_read(store, None if f.story is None else [f.story])
    listing = store.disagreements(f, offset, limit)
    page = _page("disagreements", "disagreements", columns, listing, disagreement_row)
    return with_sentences(store, page)


#: How far a sentence is looked for either side of a record's words, in characters.
SENTENCE_REACH = 300

_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*(?=\s|$)|\n")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The offsets of the sentence that holds ``text[start:end]`` (at most ``SENTENCE_REACH``
    characters either side): what a reader needs to judge a figure or a claim."""
    left = max(0, start - SENTENCE_REACH)
    begin = left
    for found in _SENTENCE_END.finditer(text, left, start):
        begin = found.end()
    while begin < start and text[begin].isspace():
        begin += 1
    after = _SENTENCE_END.search(text, max(end, start), min(len(text), end + SENTENCE_REACH))
    finish = after.end() if after else min(len(text), end + SENTENCE_REACH)
    return begin, max(finish, end)


def with_sentences(store: SqlStore, page: Page) -> Page:
    """Each side of each disagreement with the sentence it stands in (``sentence``, and
    ``sentence_start``/``sentence_end`` in its article), read in one query for the page."""
    texts = store.article_texts(side["article_id"] for row in page.rows for side in row["sides"])
    for row in page.rows:
        for side in row["sides"]:
            text = texts.get(side["article_id"])
            if text is None or not 0 <= side["start"] <= side["end"] <= len(text):
                continue
            begin, finish = sentence_around(text, side["start"], side["end"])
            side["sentence"] = text[begin:finish]
            side["sentence_start"] = begin
            side["sentence_end"] = finish
    return page


def _across_stories(
    store: SqlStore, f: Filters, offset: int, limit: int, columns: tuple[str, ...]
) -> Page:
    found = derive_disagreements(store.records_across(f.about))
    if f.kind:
        found = [d for d in found if d.kind == f.kind]
    outlets = store.articles_by_id(side[0] for d in found for side in d.sides)
    rows = [
        disagreement_row(
            DisagreementItem(
                id=0,
                story_id=0,
                key=d.key,
                kind=d.kind,
                about=d.about,
                comparable=d.comparable,
                why=d.why,
                folded=d.folded,
                between=d.between,
                measures=d.measures,
                sides=tuple(
                    SideItem(
                        article_id,
                        start,
                        end,
                        said,
                        source,
                        outlets[article_id].outlet if article_id in outlets else None,
                        outlets[article_id].published if article_id in outlets else None,
                        outlets[article_id].published_at if article_id in outlets else None,
                        mention=mention,
                    )
                    for article_id, start, end, said, source, mention in d.sides
                ),
            )
        )
        | {"story": None}
        for d in found
    ]
    if f.source:
        rows = [r for r in rows if f.source.lower() in (s.lower() for s in r["between"])]
    if f.outlet:
        rows = [
            r
            for r in rows
            if any((s["outlet"] or "").lower() == f.outlet.lower() for s in r["sides"])
        ]
    page = rows[offset : offset + limit]
    return Page(
        "disagreements", "disagreements across stories", columns, page, len(rows), offset, limit
    )


def propositions(
    store: SqlStore,
    f: Filters = NO_FILTERS,
    offset: int = 0,
    limit: int = 100,
    similarity: str | None = None,
) -> Page:
    """What several sources state, and who supports, denies or could not verify it."""
    method = similarity or settings.SIMILARITY
    if method not in SIMILARITIES:
        raise InputError(
            "E412",
            f"{method!r} is not a way to compare claims.",
            f"use one of {', '.join(SIMILARITIES)}.",
        )
    derive.on_read(store, None if f.story is None else [f.story], [method])
    columns = ("status", "proposition", "supported_by", "denied_by", "open_for", "claims", "story")
    listing = store.propositions(method, f, offset, limit)
    return _page("propositions", "propositions", columns, listing, proposition_row)


def stale_count(store: SqlStore, f: Filters = NO_FILTERS, similarity: str | None = None) -> int:
    """How many of the stories a read covers still wait for their derived results (by
    ``similarity`` for propositions, else disagreements): a server derives them in the
    background, and a page says so rather than wait."""
    story_ids = None if f.story is None else [f.story]
    if similarity:
        return len(store.stale_methods(similarity, story_ids))
    return len(store.stale_stories(story_ids))


#: Kinds of source (``SOURCE_KINDS``) in words, as a list of sources offers and marks them.
SOURCE_KIND_LABELS = dict(zip(SOURCE_KINDS, ("named only", "described, not named"), strict=True))

#: Why a list of sources over more than one story holds no described source.
DESCRIBED_HINT = (
    f"Sources {SOURCE_KIND_LABELS['described']} (“a spokesman”), are listed within a story:"
    " give a story or an article to see them."
)


def sources(store: SqlStore, f: Filters = NO_FILTERS, offset: int = 0, limit: int = 100) -> Page:
    """Source profiles: claims, stances, topics, and how often a remaining contradiction
    names them (``f.kind``: "named" or "described" only, in any case and spacing, else E412);
    the sources that name no one are counted apart (``Page.unresolved``). Without a story or
    an article, described sources are left out and ``Page.hint`` says so."""
    kind = (f.kind or "").strip().lower() or None
    if kind and kind not in SOURCE_KINDS:
        raise InputError(
            "E412",
            f"{f.kind!r} is not a kind of source.",
            f"give one of {', '.join(SOURCE_KINDS)}.",
        )
    f = replace(f, kind=kind)
    derive.on_read(store, None if f.story is None else [f.story])
    columns = ("source", "kind", "claims", "stances", "about", "contradicted")
    listing = store.sources(f, offset, limit)
    page = _page("sources", "sources", columns, listing, source_row)
    left_out = kind != "named" and f.story is None and f.article is None
    return replace(page, unresolved=listing.unresolved, hint=DESCRIBED_HINT if left_out else "")


def entities(store: SqlStore, f: Filters = NO_FILTERS, offset: int = 0, limit: int = 100) -> Page:
    """Entities with their aliases and counts."""
    # the key is an entity's address: two namesakes are two rows with two keys
    columns = ("name", "type", "qualifier", "key", "mentions", "claims", "aliases", "kb_id")
    return _page("entities", "entities", columns, store.entities(f, offset, limit), entity_row)


def events(store: SqlStore, f: Filters = NO_FILTERS, offset: int = 0, limit: int = 100) -> Page:
    """Who did what to whom, where and when, in the order it happened."""
    columns = ("when", "subtype", "type", "actors", "where", "geo_precision", "modality", "text")
    return _page("events", "events", columns, store.events(f, offset, limit), event_row)


#: The columns of the ACLED-style export, in ACLED's order (``event_type`` holds the PLOVER
#: type, ``sub_event_type`` our subtype: ACLED's own categories cover only political violence
#: and protest).
ACLED_COLUMNS: tuple[str, ...] = (
    "event_date", "event_type", "sub_event_type", "actor1", "actor2", "country", "location",
    "latitude", "longitude", "geo_precision", "source", "notes", "fatalities",
)  # fmt: skip


def _country_name(code: str | None) -> str | None:
    """A country's name from its ISO 3166-1 alpha-2 code (the code when it is unknown)."""
    if not code:
        return None
    import pycountry  # noqa: PLC0415 - only the export needs it

    found = pycountry.countries.get(alpha_2=code)
    return str(found.name) if found is not None else code


def acled_row(e: EventItem) -> Row:
    """An event as one ACLED-style row: the date it happened (else the day it was
    published), the type, the first two actors (the agent's words when none is named), the
    place with its coordinates, the outlet, the words that report it and the fatalities
    counted in them. ACLED has no column for an event told as not having happened: its notes
    begin with "[denied]", "[expected]" or "[planned]" and it counts no fatalities, so a
    denied killing is never read as one (the merged export leaves such events out)."""
    actors = list(e.actors) or ([e.agent] if e.agent else [])
    status = "denied" if e.negated else e.modality
    happened = status is None
    return {
        "event_date": e.when or e.published,
        "event_type": e.type or "OTHER",
        "sub_event_type": e.subtype,
        "actor1": actors[0] if actors else None,
        "actor2": actors[1] if len(actors) > 1 else None,
        "country": _country_name(e.country),
        "location": e.where,
        "latitude": e.lat,
        "longitude": e.lon,
        "geo_precision": e.geo_precision,
        "source": e.outlet,
        "notes": e.text if happened else f"[{status}] {e.text}",
        "fatalities": int(e.fatalities) if happened and e.fatalities is not None else 0,
    }


def plover_row(e: EventItem) -> Row:
    """An event in PLOVER's JSON shape (event_type, mode, actor, recipient, date, location
    with coordinates), with its evidence (article and offsets)."""
    actors = list(e.actors) or ([e.agent] if e.agent else [])
    return {
        "id": f"{e.article_id}:{e.start}",
        "date": e.when or e.published,
        "event_type": e.type,
        "quad_class": PLOVER_TYPES.get(e.type or ""),
        "mode": e.subtype,
        "actor": actors[0] if actors else None,
        "recipient": actors[1] if len(actors) > 1 else None,
        "country": e.country,
        "location": {
            "name": e.where,
            "lat": e.lat,
            "lon": e.lon,
            "geo_precision": e.geo_precision,
        }
        if e.where
        else None,
        "negated": e.negated,
        "modality": e.modality,
        "source": e.outlet,
        "event_text": e.text,
        "article_id": e.article_id,
        "start": e.start,
        "end": e.end,
    }


def events_acled(
    store: SqlStore, f: Filters = NO_FILTERS, offset: int = 0, limit: int = 100
) -> Page:
    """Events as ACLED-style rows, one per event."""
    listing = store.events(f, offset, limit)
    return _page("events", "events (ACLED)", ACLED_COLUMNS, listing, acled_row)


def events_plover(
    store: SqlStore, f: Filters = NO_FILTERS, offset: int = 0, limit: int = 100
) -> Page:
    """The events that have a PLOVER type, in PLOVER's JSON shape (events PLOVER has no type
    for, elections or accidents, are left out: see the ACLED export for every event)."""
    listing = store.events(f, offset, limit)
    rows = [plover_row(e) for e in listing.items if e.type is not None]
    return Page("events", "events (PLOVER)", (), rows, listing.total, listing.offset, listing.limit)


def merged_event_row(story: int, m: MergedEvent) -> Row:
    """One real event of a story with the reports of it."""
    return {
        "story": story,
        "event": m.subtype,
        "actors": list(m.actors),
        "when": m.day,
        "where": m.place,
        "reports": len(m.reports),
        "outlets": sorted({r.outlet for r in m.reports if r.outlet}),
        "disagree": ", ".join(m.disagreements),
        "evidence": [
            {
                "article_id": r.article_id,
                "start": r.start,
                "end": r.end,
                "text": r.text,
                "outlet": r.outlet,
                "source": speaker(r.source, r.outlet),
                "stance": r.stance,
                "day": r.day,
                "place": r.place,
                "toll": r.toll,
                "published": r.published,
            }
            for r in m.reports
        ],
    }


def event_reports(
    store: SqlStore, f: Filters = NO_FILTERS, offset: int = 0, limit: int = 100
) -> Page:
    """One event, many reports: the events of each story (``f.story``, else every story)
    merged into real events (``reconcile/events.py``), those with most reports first. Events
    that name no actor are never merged and are left out here (``newsclaims events`` lists
    them)."""
    rows = []
    for story, records in _merged_stories(store, f):
        for m in merge_events(records):
            if m.actors:
                rows.append(merged_event_row(story, m))
    rows.sort(key=lambda r: (-r["reports"], r["story"]))
    columns = ("story", "event", "actors", "when", "where", "reports", "outlets", "disagree")
    return Page(
        "events", "events, merged", columns, rows[offset : offset + limit], len(rows), offset, limit
    )


def _merged_stories(store: SqlStore, f: Filters) -> Iterator[tuple[int, StoryRecords]]:
    """The stories ``events --merged`` reads, one at a time with their records: ``f.story``
    (whatever its age; a story that is not stored matches nothing, as the other filters do),
    else the ``settings.MAX_MERGED_STORIES`` most recent."""
    if f.story:
        ids = [f.story]
    else:
        ids = [s.id for s in store.stories(NO_FILTERS, 0, settings.MAX_MERGED_STORIES).items]
    for story in ids:
        try:
            yield story, store.story_records(story)
        except NotFound:
            continue


def merged_acled_row(m: MergedEvent, items: dict[tuple[str, int], EventItem]) -> Row:
    """A real event of a story as one ACLED-style row: the day its reports give (else the
    first report's publication day); type, actors and place with coordinates from the first
    report that gives the event's place (else the first report); every report's outlet as
    the source; the first report's words with the number of reports as notes; and the lowest
    toll a report counts (ACLED codes the most conservative figure)."""
    known = [items[r.article_id, r.start] for r in m.reports if (r.article_id, r.start) in items]
    placed = next((e for e in known if m.place is not None and e.where == m.place), None)
    base = placed or (known[0] if known else None)
    first = m.reports[0]
    row = acled_row(base) if base is not None else dict.fromkeys(ACLED_COLUMNS)
    tolls = [r.toll for r in m.reports if r.toll is not None]
    count = len(m.reports)
    return {
        **row,
        "event_date": m.day or first.published,
        "sub_event_type": m.subtype,
        "actor1": m.actors[0] if m.actors else row["actor1"],
        "actor2": m.actors[1] if len(m.actors) > 1 else row["actor2"],
        "source": sorted({r.outlet for r in m.reports if r.outlet}) or None,
        "notes": f"{first.text} ({count} report{'s' if count > 1 else ''})",
        "fatalities": int(min(tolls)) if tolls else 0,
    }


def _happened(e: EventItem) -> bool:
    """Told as having happened: not negated, not expected or planned (as merging reads it)."""
    return not e.negated and e.modality is None


def events_acled_merged(
    store: SqlStore, f: Filters = NO_FILTERS, offset: int = 0, limit: int = 100
) -> Page:
    """One event, many reports, as ACLED-style rows: one row per real event of each story
    (``event_reports``), not one per article that reports it. A real event is listed when one
    of its reports passes the other filters (type, place, outlet, about, days); events told
    as not having happened (denied, expected, planned) are left out: ACLED codes what
    happened."""
    rest = replace(f, story=None)
    rows: list[Row] = []
    for story, records in _merged_stories(store, f):
        scope = replace(NO_FILTERS, story=story)
        listing = store.events(scope, 0, settings.MAX_MERGED_EVENTS).items
        items = {(e.article_id, e.start): e for e in listing}
        wanted = set(items)
        if rest != NO_FILTERS:
            narrowed = store.events(replace(rest, story=story), 0, settings.MAX_MERGED_EVENTS)
            wanted = {(e.article_id, e.start) for e in narrowed.items}
        for m in merge_events(records):
            keys = [(r.article_id, r.start) for r in m.reports]
            if not any(k in wanted for k in keys):
                continue
            if not all(_happened(items[k]) for k in keys if k in items):
                continue
            rows.append(merged_acled_row(m, items))
    page = rows[offset : offset + limit]
    return Page("events", "events, merged (ACLED)", ACLED_COLUMNS, page, len(rows), offset, limit)


def timeline(store: SqlStore, f: Filters = NO_FILTERS, offset: int = 0, limit: int = 100) -> Page:
    """Dated claims in the order things happened."""
    columns = ("when", "until", "precision", "source", "stance", "content", "published", "outlet")
    return _page("timeline", "timeline", columns, store.timeline(f, offset, limit), timeline_row)


def stories(store: SqlStore, f: Filters = NO_FILTERS, offset: int = 0, limit: int = 100) -> Page:
    """Stories: articles on one event or topic, most recent first."""
    columns = ("id", "label", "articles", "outlets", "first_published", "last_published")
    return _page("stories", "stories", columns, store.stories(f, offset, limit), story_row)


#: Every listing by name, as the CLI, the API and the web pages find them.
RESOURCES: dict[str, Callable[..., Page]] = {
    "articles": articles,
    "claims": claims,
    "figures": figures,
    "disagreements": disagreements,
    "propositions": propositions,
    "sources": sources,
    "entities": entities,
    "events": events,
    "event_reports": event_reports,
    "timeline": timeline,
    "stories": stories,
}


def corrections_rows(store: SqlStore) -> list[Row]:
    """Every correction, oldest first: merges and splits of entities, and marks of wrong
    claims, figures and disagreements (with when each mark or merge was undone, and whether
    it can be: a merge made before merges kept what they moved, and a split, cannot)."""
    rows: list[Row] = [
        {
            "id": c.id,
            "at": c.at,
            "kind": c.kind,
            "target": "entity",
            "detail": f"{c.from_key} -> {c.to_key}" + (f" ({c.alias})" if c.alias else ""),
            "who": c.who,
            "undone_at": c.undone_at,
            "undoable": c.undoable,
            "from_key": c.from_key,
            "to_key": c.to_key,
            "alias": c.alias,
        }
        for c in store.corrections()
    ]
    rows += [
        {
            "id": m.id,
            "at": m.at,
            "kind": "mark wrong",
            "target": m.target,
            "detail": m.target_key + (f": {m.reason}" if m.reason else ""),
            "who": m.who,
            "undone_at": m.undone_at,
            "undoable": m.undone_at is None,
        }
        for m in store.marks()
    ]
    return sorted(rows, key=lambda r: r["at"])


#: The columns of the one-row-per-claim CSV export.
EXPORT_COLUMNS = (
    "article_id", "outlet", "published", "source_text", "source_entity", "cue_text", "stance",
    "kind", "anonymous", "text", "start", "end",
)  # fmt: skip


def export_claim_rows(store: SqlStore) -> tuple[Iterator[Row], tuple[str, ...]]:
    """One row per stored claim, with its article's outlet and date, for a spreadsheet."""
    rows = (
        {**c, "outlet": rec["article"]["outlet"], "published": rec["article"]["published"]}
        for rec in store.export()
        for c in rec["claims"]
    )
    return rows, EXPORT_COLUMNS
