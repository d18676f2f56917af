"""Score the shipped path against folders in the ``expected.json`` format of
examples/seed-article.

Each folder is ingested into a new in-memory store exactly as ``newsclaims ingest`` would,
and disagreements and groups are read back through the same data functions the CLI, API and
web pages render (``newsclaims.views``). What one article yields (entities, claims, figures,
times, events) is scored on its analysis, as ``newsclaims extract`` prints it.

Matching is loose, as the format's ``about`` note says: a claim matches when every
``content_has`` word is in its content, its source is the gold source by canonical name or
any alias listed under ``entities``, and its stance (and cue, when given) agree. Every
section is matched one-to-one: each prediction can satisfy one gold item only.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsclaims import derive, views
from newsclaims.errors import ConfigError
from newsclaims.eval.metrics import Counts
from newsclaims.model import Analysis, ClaimKind, Entity, Event, Quantity, Stance
from newsclaims.names import normalise
from newsclaims.service import extract, store_outcome
from newsclaims.store import SqlStore, open_store

SECTIONS = (
    "entities", "claims", "quantities", "times", "events", "disagreements", "clustering", "groups",
)  # fmt: skip

#: Relative tolerance when comparing figure values.
VALUE_TOLERANCE = 1e-6

#: A page large enough to read a whole example back.
_EVERYTHING = 100_000


@dataclass
class CaseResult:
    """Scores of one example folder."""

    case: str
    sections: dict[str, Counts] = field(default_factory=dict)


def _one_to_one(
    gold: Sequence[Any], predicted: Sequence[Any], match: Callable[[Any, Any], bool]
) -> Counts:
    used: set[int] = set()
    matched = 0
    for g in gold:
        for i, p in enumerate(predicted):
            if i not in used and match(g, p):
                used.add(i)
                matched += 1
                break
    return Counts(matched=matched, predicted=len(predicted), gold=len(gold))


class _Names:
    """Gold names: a canonical name and its aliases resolve to one set of forms."""

    def __init__(self, gold_entities: Iterable[dict[str, Any]]) -> None:
        self.forms: dict[str, set[str]] = {}
        for e in gold_entities:
            forms = {normalise(e["name"]), *(normalise(a) for a in e.get("aliases", []))}
            for form in forms:
                self.forms.setdefault(form, set()).update(forms)

    def of(self, name: str) -> set[str]:
        norm = normalise(name)
        return self.forms.get(norm, {norm})


def _entity_forms(analysis: Analysis) -> dict[str, set[str]]:
    return {
        e.key: {normalise(e.name), *(normalise(a) for a in e.aliases)} for e in analysis.entities
    }


def _score_entities(expected: dict[str, Any], analysis: Analysis) -> Counts:
    """Entities match by any shared name; a gold ``geo`` also needs coordinates within its
    tolerance."""
    gold = expected.get("entities", [])
    forms = _entity_forms(analysis)

    def match(g: dict[str, Any], e: Entity) -> bool:
        names = {normalise(g["name"]), *(normalise(a) for a in g.get("aliases", []))}
        if not names & forms[e.key]:
            return False
        geo = g.get("geo")
        if not geo:
            return True
        if e.lat is None or e.lon is None:
            return False
        tolerance = float(geo.get("tolerance_deg", 1.0))
        return bool(abs(e.lat - geo["lat"]) <= tolerance and abs(e.lon - geo["lon"]) <= tolerance)

    return _one_to_one(gold, list(analysis.entities), match)


def _score_clustering(expected: dict[str, Any], analysis: Analysis, names: _Names) -> Counts:
    """Pairwise precision and recall of mention clustering.

    A mention belongs to the gold entity one of whose names it is; pairs of such mentions
    count as "same" in the gold when their gold entity is one and the same, and as "same" in
    the prediction when they share an entity. P = correct same-pairs / predicted same-pairs,
    R = correct same-pairs / gold same-pairs.
    """
    gold_of: dict[str, int] = {}
    for n, e in enumerate(expected.get("entities", [])):
        for name in (e["name"], *e.get("aliases", [])):
            gold_of.setdefault(normalise(name), n)
    mentions = [
        (gold_of[normalise(m.text)], m.entity)
        for m in analysis.mentions
        if normalise(m.text) in gold_of
    ]
    same_gold = same_predicted = both = 0
    for i in range(len(mentions)):
        for j in range(i + 1, len(mentions)):
            gold_same = mentions[i][0] == mentions[j][0]
            predicted_same = mentions[i][1] == mentions[j][1]
            same_gold += gold_same
            same_predicted += predicted_same
            both += gold_same and predicted_same
    return Counts(matched=both, predicted=same_predicted, gold=same_gold)


def _score_claims(expected: dict[str, Any], analysis: Analysis, names: _Names) -> Counts:
    forms = _entity_forms(analysis)

    def match(g: dict[str, Any], c: Any) -> bool:
        content = c.text.lower()
        if not all(w.lower() in content for w in g.get("content_has", [])):
            return False
        if g.get("stance") and g["stance"] != c.stance.value:
            return False
        if g.get("cue") and (c.cue is None or g["cue"].lower() not in c.cue.text.lower()):
            return False
        gold_source = g.get("source")
        if gold_source is None:
            return c.source is None
        said = set()
        if c.source is not None:
            said.add(normalise(c.source.text))
        if c.source_entity:
            said |= forms.get(c.source_entity, set())
        return bool(names.of(gold_source) & said)

    # The outlet's own assertions are scored only where the gold annotates them.
    gold = expected.get("claims", [])
    annotates_narration = any(g.get("stance") == Stance.ASSERTED.value for g in gold)
    predicted = [
        c for c in analysis.claims if annotates_narration or c.kind is not ClaimKind.NARRATION
    ]
    return _one_to_one(gold, predicted, match)


def _score_times(expected: dict[str, Any], analysis: Analysis) -> Counts:
    def match(g: dict[str, Any], t: Any) -> bool:
        return bool(
            normalise(g["text"]) in normalise(t.text)
            and g.get("type", t.type) == t.type
            and g.get("value") == t.value
        )

    return _one_to_one(expected.get("times", []), list(analysis.times), match)


def _score_quantities(expected: dict[str, Any], analysis: Analysis, names: _Names) -> Counts:
    """A figure matches on value and bound, and on measure, what it counts (the gold words
    all in ``about``) and its source, where the gold gives them."""
    forms = _entity_forms(analysis)

    def match(g: dict[str, Any], q: Quantity) -> bool:
        value = float(g["value"])
        if abs(q.value - value) > VALUE_TOLERANCE * max(1.0, abs(value)):
            return False
        if g.get("bound") and g["bound"] != q.bound:
            return False
        if g.get("measure") and g["measure"] != q.measure:
            return False
        if g.get("about") and not all(
            w in normalise(q.about or "").split() for w in normalise(g["about"]).split()
        ):
            return False
        if "source" in g:
            if g["source"] is None:
                return q.source is None
            said = {normalise(q.source.text)} if q.source else set()
            said |= forms.get(q.source_entity or "", set())
            return bool(names.of(g["source"]) & said)
        return True

    return _one_to_one(expected.get("quantities", []), list(analysis.quantities), match)


def _score_events(expected: dict[str, Any], analysis: Analysis, names: _Names) -> Counts:
    """An event matches on its subtype, every gold actor, the place and the time, where given."""
    forms = _entity_forms(analysis)

    def match(g: dict[str, Any], ev: Event) -> bool:
        if g.get("type") != ev.subtype:
            return False
        said = set().union(*(forms.get(a, set()) for a in ev.actors)) if ev.actors else set()
        if not all(names.of(actor) & said for actor in g.get("actors", [])):
            return False
        if g.get("where") and not (
            ev.location and names.of(g["where"]) & forms.get(ev.location, set())
        ):
            return False
        if g.get("when") and (ev.time is None or ev.time.value != g["when"]):
            return False
        text = analysis.article.text[ev.start : ev.end].lower()
        sentence_text = text
        return all(w.lower() in sentence_text for w in g.get("content_has", []))

    return _one_to_one(expected.get("events", []), list(analysis.events), match)


def _match_disagreements(
    expected: dict[str, Any], predicted: list[dict[str, Any]], names: _Names
) -> Counts:
    """Disagreements as ``newsclaims disagreements`` shows them: a gold one matches on its
    sides' sources, and on comparability, measures and kind where it gives them."""

    def match(g: dict[str, Any], d: dict[str, Any]) -> bool:
        gold_between = [names.of(n) for n in g.get("between", [])]
        said = [normalise(n) for n in d["between"]]
        if len(gold_between) != len(said) or not all(
            any(s in forms for s in said) for forms in gold_between
        ):
            return False
        if "comparable" in g and g["comparable"] != d["comparable"]:
            return False
        if "measures" in g and set(g["measures"]) != set(d["measures"]):
            return False
        kind = g.get("kind")
        return kind is None or kind.replace(" ", "_") == d["kind"]

    return _one_to_one(expected.get("disagreements", []), predicted, match)


@dataclass
class Case:
    """One example folder, ingested into an in-memory store as ``newsclaims ingest`` would."""

    expected: dict[str, Any]
    store: SqlStore
    analyses: list[Analysis]


def load_case(folder: Path) -> Case:
    """Read an example folder's expected.json and store its articles in a new in-memory
    store by the functions ``newsclaims ingest FOLDER`` runs (read and analyse, store each
    with its story, derive), keeping the analyses for the extraction sections, which score
    what ``newsclaims extract`` prints."""
    expected_path = folder / "expected.json"
    if not expected_path.is_file():
        raise ConfigError("E403", f"{folder} has no expected.json.", "pass an example folder.")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    analyses: list[Analysis] = []
    store = open_store("sqlite://")
    for outcome in extract([str(folder)]):
        if outcome.analysis is not None and outcome.rejection is None:
            analyses.append(outcome.analysis)
            store_outcome(store, outcome)
    if not analyses:
        store.close()
        raise ConfigError(
            "E403",
            f"{folder} holds no article beside expected.json.",
            "keep article.txt (with meta.json) in the folder, or several NAME.txt for a corpus.",
        )
    derive.refresh(store)
    return Case(expected, store, analyses)


def _score_groups(expected: dict[str, Any], store: SqlStore, names: _Names) -> Counts:
    """Groups of claims stating one proposition, as ``newsclaims propositions`` shows them:
    each gold group needs every listed source among a predicted group's sources and every
    content_has word in one of its claims."""
    predicted = views.propositions(store, limit=_EVERYTHING).rows

    def match(g: dict[str, Any], p: dict[str, Any]) -> bool:
        said = {normalise(e["source"]) for e in p["evidence"]}
        if not all(names.of(source) & said for source in g.get("sources", [])):
            return False
        text = " ".join(e["text"].lower() for e in p["evidence"])
        return all(w.lower() in text for w in g.get("content_has", []))

    return _one_to_one(expected.get("groups", []), predicted, match)


def _disagreements(case: Case, names: _Names) -> Counts:
    shown = views.disagreements(case.store, limit=_EVERYTHING).rows
    return _match_disagreements(case.expected, shown, names)


def score_corpus(folder: Path, case: Case) -> CaseResult:
    """A folder of several articles: disagreements and groups across all of them."""
    names = _Names(case.expected.get("entities", []))
    sections = {"disagreements": _disagreements(case, names)}
    if "groups" in case.expected:
        sections["groups"] = _score_groups(case.expected, case.store, names)
    return CaseResult(case=folder.name, sections=sections)


def score_case(folder: Path) -> CaseResult:
    """Scores per section for one example folder (one article, or a corpus of several)."""
    case = load_case(folder)
    try:
        if len(case.analyses) > 1:
            return score_corpus(folder, case)
        expected, analysis = case.expected, case.analyses[0]
        names = _Names(expected.get("entities", []))
        sections = {
            "entities": _score_entities(expected, analysis),
            "claims": _score_claims(expected, analysis, names),
            "quantities": _score_quantities(expected, analysis, names),
            "times": _score_times(expected, analysis),
            "events": _score_events(expected, analysis, names),
            "disagreements": _disagreements(case, names),
            "clustering": _score_clustering(expected, analysis, names),
        }
        return CaseResult(case=folder.name, sections=sections)
    finally:
        case.store.close()


def score_examples(folders: Iterable[Path]) -> dict[str, Any]:
    """Micro-averaged scores over all folders, plus each case's own."""
    totals: dict[str, Counts] = {}
    cases = []
    for folder in folders:
        result = score_case(folder)
        for name, counts in result.sections.items():
            totals.setdefault(name, Counts())
            totals[name] += counts
        cases.append(
            {"case": result.case, "sections": {k: v.as_dict() for k, v in result.sections.items()}}
        )
    return {"sections": {k: v.as_dict() for k, v in totals.items()}, "cases": cases}
