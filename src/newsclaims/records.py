"""Plain-data views of records for JSON, JSONL and CSV output (CLI and API share them)."""

from __future__ import annotations

from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from typing import Any

from newsclaims.model import Analysis, Claim, Span, shown_text


def jsonable(value: Any) -> Any:
    """Dates as ISO strings, records as dicts, everything else unchanged (enums are strings)."""
    if isinstance(value, datetime | date):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return jsonable(asdict(value))
    if isinstance(value, dict):
        return {k: jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    return value


def _span(
    span: Span | None, entity: str | None = None, with_entity: bool = False
) -> dict[str, Any] | None:
    if span is None:
        return None
    out: dict[str, Any] = {"text": span.text, "start": span.start, "end": span.end}
    if with_entity:
        out["entity"] = entity
    return out


def claim_dict(claim: Claim, names: dict[str, str], shown: str | None = None) -> dict[str, Any]:
    """A claim as ``{"source", "cue", "content", "stance", "kind", "anonymous"}``.

    ``source`` is None for the outlet's own narration (stance ``asserted``). The content's
    ``text`` is exactly its characters; ``shown``, when given and different, is what a reader
    is shown instead (the page furniture inside it left out: ``model.shown_text``).
    """
    entity = names.get(claim.source_entity) if claim.source_entity else None
    content: dict[str, Any] = {"text": claim.text, "start": claim.start, "end": claim.end}
    if shown is not None and shown != claim.text:
        content["shown"] = shown
    if claim.parts:
        content["parts"] = [_span(p) for p in claim.parts]
    return {
        "source": _span(claim.source, entity, with_entity=True),
        "cue": _span(claim.cue),
        "content": content,
        "stance": claim.stance.value,
        "kind": claim.kind.value,
        "anonymous": claim.anonymous,
    }


def _inside(claim: Claim, start: int, end: int) -> bool:
    return claim.start <= start and end <= claim.end


def _linked(
    record: dict[str, Any], claim: Claim, analysis: Analysis, names: dict[str, str]
) -> dict[str, Any]:
    """Add what a claim's content names: entities, figures and times (indexes into the lists)."""
    record["entities"] = sorted(
        {names[m.entity] for m in analysis.mentions if _inside(claim, m.start, m.end)}
    )
    record["figures"] = [
        i for i, q in enumerate(analysis.quantities) if _inside(claim, q.start, q.end)
    ]
    record["times"] = [i for i, t in enumerate(analysis.times) if _inside(claim, t.start, t.end)]
    record["time"] = asdict(claim.time) if claim.time else None
    return record


def analysis_dict(analysis: Analysis, input_name: str | None = None) -> dict[str, Any]:
    """The whole analysis of one article, as ``newsclaims extract`` prints it."""
    article = analysis.article
    names = {e.key: e.name for e in analysis.entities}
    cut = [(f.start, f.end) for f in analysis.furniture]
    mentions_of: dict[str, list[dict[str, Any]]] = {}
    for m in analysis.mentions:
        mentions_of.setdefault(m.entity, []).append(
            {"text": m.text, "start": m.start, "end": m.end}
        )
    record: dict[str, Any] = jsonable(
        {
            "input": input_name if input_name is not None else article.origin,
            "article": {
                "id": article.id,
                "url": article.url,
                "outlet": article.outlet,
                "title": article.title,
                "published": article.published,
                "published_at": article.published_at,
                "language": article.language,
                "author": article.author,
                "chars": len(article.text),
            },
            "rejection": asdict(analysis.rejection) if analysis.rejection else None,
            "entities": [
                {
                    "key": e.key,
                    "name": e.name,
                    "type": e.type,
                    "aliases": list(e.aliases),
                    "mentions": mentions_of.get(e.key, []),
                }
                for e in analysis.entities
            ],
            "claims": [
                _linked(
                    claim_dict(c, names, shown_text(article.text, c.start, c.end, cut)),
                    c,
                    analysis,
                    names,
                )
                for c in analysis.claims
            ],
            "quantities": [asdict(q) for q in analysis.quantities],
            "times": [asdict(t) for t in analysis.times],
            "events": [asdict(ev) for ev in analysis.events],
            "furniture": [asdict(f) for f in analysis.furniture],
            "main_event": asdict(analysis.main_event) if analysis.main_event else None,
        }
    )
    return record
