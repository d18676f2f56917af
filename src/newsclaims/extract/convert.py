"""Turn an annotated ``Doc`` into domain records: one pure function, no I/O."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from newsclaims import settings
from newsclaims.extract.events import EventDraft
from newsclaims.extract.intervals import interval
from newsclaims.extract.main_event import MainEventDraft, Part
from newsclaims.extract.posts import post_signer
from newsclaims.extract.quantities import QuantityDraft
from newsclaims.extract.spans import doc_text
from newsclaims.model import (
    Analysis,
    Article,
    Claim,
    Event,
    EventPart,
    Furniture,
    Interval,
    MainEvent,
    Mention,
    Quantity,
    Rejection,
    Span,
    Stance,
    TimeExpr,
    narrowest_claim,
    without_furniture,
)


def _span(text: str, chars: tuple[int, int] | None) -> Span | None:
    if chars is None:
        return None
    return Span(start=chars[0], end=chars[1], text=text[chars[0] : chars[1]])


#: The commonest English words: in English news they make up a third or more of the text.
ENGLISH_WORDS = frozenset(
    """the of and to a in that is was he for it with as his on be at by i this had not are but
    from or have an they which one you were her all she there would their we him been has when
    who will more no if out so said what up its about into than them can only other new some
    could time these two may then do first any my now such like our over man me even most made
    after also did many before must through back years where much your way well down should
    because each just those people how too little state good very make world still own see men
    work long get here between both life being under never day same another know while
    last""".split()
)

_WORDS = re.compile(r"[^\W\d_]+")


def _parts(
    text: str,
    content: tuple[int, int],
    parts: tuple[tuple[int, int], ...],
    furniture: list[tuple[int, int]],
) -> tuple[tuple[int, int], ...]:
    """The claim's content fragments with the page furniture inside them left out: a photo
    caption between two paragraphs of one quotation is no part of what was said, so the
    quotation becomes two fragments. ``parts`` unchanged when no furniture falls inside."""
    if not any(f_start < content[1] and content[0] < f_end for f_start, f_end in furniture):
        return parts
    return tuple(
        piece for s, e in parts or (content,) for piece in without_furniture(text, s, e, furniture)
    )


def english_share(text: str) -> float | None:
    """Share of the words that are common English words in the analysed part of the text
    (``MAX_ARTICLE_CHARS``); None for texts too short to tell."""
    words = _WORDS.findall(text[: settings.MAX_ARTICLE_CHARS].lower())
    if len(words) < settings.LANGUAGE_CHECK_MIN_WORDS:
        return None
    return sum(1 for w in words if w in ENGLISH_WORDS) / len(words)


def _time_of(content: tuple[int, int] | None, times: tuple[TimeExpr, ...]) -> Interval | None:
    """The first dated expression inside a claim's content (or another span)."""
    if content is None:
        return None
    for t in times:
        if content[0] <= t.start and t.end <= content[1] and t.interval is not None:
            return t.interval
    return None


def _quantity(q: QuantityDraft, text: str, claims: tuple[Claim, ...]) -> Quantity:
    """A figure record, with the source of the narrowest attributed claim whose content holds
    it ("Judge Okoro said the trial is expected to last four weeks": the nested "expected"
    claim has no source of its own; the judge's does). A quoted "I am 51" is not given to the
    person its quotation is credited to here: that person may be reading, quoting or asking
    (fixf50 removed fig50's fallback; the quantities stage names a sayer in the sentence)."""
    claim = narrowest_claim([c for c in claims if c.source is not None], q.start, q.end)
    source, source_entity = (claim.source, claim.source_entity) if claim else (None, None)
    if claim is None:
        # "... or two lifetimes. -- Ana Ruiz (@ana) November 3, 2016": an embedded post's
        # figure is its signer's, not the outlet's
        source = _span(text, post_signer(text, q.start, q.end))
    return Quantity(
        start=q.start,
        end=q.end,
        text=text[q.start : q.end],
        value=q.value,
        unit=q.unit,
        bound=q.bound,
        about=q.about,
        measure=q.measure,
        low=q.low,
        high=q.high,
        change=q.change,
        scope=q.scope,
        qualifier=q.qualifier,
        country=q.country,
        source=source,
        source_entity=source_entity,
    )


def _shift(found: Interval, months: int) -> Interval:
    """Move a month- or year-precise interval by whole months ("two months after August")."""
    index = found.begin.year * 12 + found.begin.month - 1 + months
    value = f"{index // 12}-{index % 12 + 1:02d}"
    moved = interval(value)
    return moved if moved is not None else found


def _denied(event: Event, claims: tuple[Claim, ...]) -> Event:
    """An event told inside a denial did not happen, as its source tells it ("Ruiz denied that
    the strike had closed schools")."""
    claim = narrowest_claim(claims, event.start, event.end)
    if claim is None or claim.stance != Stance.DENIED or event.negated:
        return event
    return replace(event, negated=True)


def _event(e: EventDraft, text: str, times: tuple[TimeExpr, ...]) -> Event:
    when = None
    if e.time is not None:
        when = next((t.interval for t in times if (t.start, t.end) == e.time), None)
        if when is not None and e.time_shift_months:
            when = _shift(when, e.time_shift_months)
    return Event(
        start=e.start,
        end=e.end,
        text=text[e.start : e.end],
        predicate=e.predicate,
        actors=e.actors,
        subtype=e.subtype,
        type=e.plover,
        location=e.location,
        time=when,
        negated=e.negated,
        modality=e.modality,
        agent=_span(text, e.agent),
        nominal=e.nominal,
    )


def _part(p: Part | None, text: str, title: str | None = None) -> EventPart | None:
    if p is None:
        return None
    if p.in_title:
        return EventPart(p.start, p.end, (title or "")[p.start : p.end], p.entity, in_title=True)
    return EventPart(p.start, p.end, text[p.start : p.end], p.entity)


def _main_event(
    m: MainEventDraft | None,
    article: Article,
    times: tuple[TimeExpr, ...],
    events: tuple[Event, ...],
) -> MainEvent | None:
    """The main event record: the interval of its dated words, else the publication day."""
    if m is None:
        return None
    text = article.text
    when = None
    if m.when is not None:
        when = next(
            (t.interval for t in times if m.when.start <= t.start and t.end == m.when.end),
            None,
        )  # the time expression itself, or the date ending "the early hours of Thursday"
    if when is None and article.published is not None:
        day = article.published.isoformat()
        when = Interval(article.published, article.published, "day", day)
    # the event built on its predicate, else an event its "what" names ("staged a protest")
    index = next((i for i, e in enumerate(events) if e.start == m.predicate), None)
    if index is None and m.what is not None and not m.what.in_title:
        what = m.what
        index = next(
            (i for i, e in enumerate(events) if what.start <= e.start and e.end <= what.end), None
        )
    return MainEvent(
        who=_part(m.who, text, article.title),
        what=_part(m.what, text, article.title),
        when=_part(m.when, text),
        when_interval=when,
        where=_part(m.where, text),
        why=_part(m.why, text),
        how=_part(m.how, text),
        event=index,
    )


def to_analysis(doc: Doc, article: Article) -> Analysis:
    """The ``Analysis`` of one article from its processed doc."""
    text = article.text
    # the names that are no actor and no place (``TOPIC_TYPE``), which the stages did not
    # read, are entities of the article like the others: what its claims are about
    entities = {**(doc._.newsclaims_entities or {}), **(doc._.newsclaims_topics or {})}
    named = [*doc.spans.get("newsclaims_entities", []), *doc.spans.get("newsclaims_topics", [])]
    mentions = tuple(
        Mention(
            start=s.start_char,
            end=s.end_char,
            text=text[s.start_char : s.end_char],
            entity=s.label_,
            label=entities[s.label_].type,
        )
        for s in sorted(named, key=lambda s: s.start)
    )
    times = tuple(
        TimeExpr(
            start=t.start,
            end=t.end,
            text=text[t.start : t.end],
            type=t.type,
            value=t.value,
            unresolved=t.anchored,
            interval=interval(t.value) if t.type in ("DATE", "TIME") else None,
        )
        for t in doc._.newsclaims_times or []
    )
    cut = sorted((f.start, f.end) for f in doc._.newsclaims_furniture or ())
    claims = tuple(
        Claim(
            start=d.content[0],
            end=d.content[1],
            text=text[d.content[0] : d.content[1]],
            stance=d.stance,
            kind=d.kind,
            source=_span(text, d.source),
            source_entity=d.source_entity,
            cue=_span(text, d.cue),
            anonymous=d.anonymous,
            parts=tuple(Span(s, e, text[s:e]) for s, e in _parts(text, d.content, d.parts, cut)),
            time=_time_of(d.content, times) or _time_of(d.cue_time, times),
            sentence=d.sentence,
        )
        for d in doc._.newsclaims_claims or []
    )
    drafts = doc._.newsclaims_quantities or []
    quantities = tuple(_quantity(q, text, claims) for q in drafts if not q.offset)
    offsets = tuple(_quantity(q, text, claims) for q in drafts if q.offset)
    events = tuple(_denied(_event(e, text, times), claims) for e in doc._.newsclaims_events or [])
    furniture = tuple(
        Furniture(start=f.start, end=f.end, text=text[f.start : f.end], kind=f.kind)
        for f in doc._.newsclaims_furniture or ()
    )
    rejection = None
    if doc._.newsclaims_errors:
        rejection = Rejection(
            "W203", "A stage failed on this article: " + "; ".join(doc._.newsclaims_errors)
        )
    elif (share := english_share(text)) is not None and share < settings.MIN_ENGLISH_SHARE:
        rejection = Rejection(
            "W204",
            f"The text does not look like English ({share:.0%} of its words are common English "
            "words); the English pipeline would mangle it.",
        )
    elif len("".join(doc_text(doc).split())) < settings.MIN_ARTICLE_CHARS:
        left = " once its page furniture is removed" if furniture else ""
        rejection = Rejection(
            "W201", f"The text has under {settings.MIN_ARTICLE_CHARS} characters{left}."
        )
    elif not mentions and not claims:
        rejection = Rejection("W202", "No entities and no claims were found in the text.")
    return Analysis(
        article=article,
        entities=tuple(entities.values()),
        mentions=mentions,
        claims=claims,
        times=times,
        quantities=quantities,
        offsets=offsets,
        events=events,
        furniture=furniture,
        main_event=_main_event(doc._.newsclaims_main_event, article, times, events),
        rejection=rejection,
    )
