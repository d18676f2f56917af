"""Score the attribution stage on PolNeAR-style data (brat standoff Source/Cue/Content spans).

Layout: ``DIR/text/NAME.txt`` and ``DIR/attributions/NAME_ANNOTATOR.ann``; where several
annotators exist, the alphabetically first file is the gold.

Measures (all over the whole corpus, counts summed):

* **quote level**: predicted claims are paired one-to-one with gold attributions by the
  character Jaccard overlap of their contents, ignoring whitespace, quote marks, commas and
  full stops; pairs are taken greedily from the highest overlap down, and a pair needs
  Jaccard >= 0.5. P = pairs / predicted, R = pairs / gold.
* **content exact**: paired contents with the same normalised characters.
* **content overlap**: pooled characters of all predicted contents against all gold contents.
* **speaker accuracy**: among pairs whose gold has a source, the share whose predicted source
  overlaps it.
* **recall direct / indirect**: quote-level recall of gold contents with / without a quote mark.
* **span F1** of sources, cues and contents as spans of their own, exact (same normalised
  characters) and overlap (any shared character), each matched one-to-one.

With a speakers file (``speakers-dev.jsonl``: for each gold source, the fullest proper name by
which the article names the real speaker, or null), the **resolved speaker** measures:

* each gold attribution of the file is paired one-to-one with a predicted claim (the outlet's
  own narration left out) by content Jaccard, as above;
* **resolved speaker accuracy**: among pairs whose referent is named, the share whose predicted
  speaker (the source's entity name, or the source text when it has none) names the referent:
  both as lower-cased word sets without titles, equal or one holding the other; overall and by
  the form of the gold source (name, pronoun, nominal, other);
* **wrong when named**: among those pairs whose predicted source is a named entity (PERSON,
  ORG, GPE, NORP, FAC, LOC), the share that is not the referent;
* **null referent named**: among pairs whose referent is null (the article never names the
  speaker), the share given a named entity anyway.

``half`` keeps the documents of one fixed half (``newsclaims.eval.splits``).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsclaims.errors import ConfigError
from newsclaims.eval.metrics import Counts
from newsclaims.eval.splits import Half, in_half
from newsclaims.extract.pipeline import analyze_articles
from newsclaims.model import Analysis, Article, ClaimKind

#: Minimum character Jaccard of two contents for a quote-level match.
JACCARD_MATCH = 0.5

#: Characters ignored when comparing spans.
IGNORED_CHARS = frozenset(" \t\r\n\u00a0\"'“”‘’«»„,.")

#: Quote marks that make a gold content a direct quotation.
QUOTE_MARKS = frozenset('"“”«»„')

#: Entity types that name someone: a source resolved to one of these is a named speaker.
NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})

#: Words left out when two speaker names are compared: titles, articles and joiners.
NAME_FILLERS = frozenset(
    """
        mr mrs ms miss dr sen senator rep representative gov governor president former secretary
        the of and a an gen lt col adm judge mayor vice candidate nominee chief
        minister prime sir lord lady rev jr sr ii iii
    """.split()
)

#: The forms of a gold source in a speakers file.
SPEAKER_FORMS = ("name", "pronoun", "nominal", "other")

Fragments = tuple[tuple[int, int], ...]

_T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$")


@dataclass(frozen=True, slots=True)
class GoldAttribution:
    """One annotated attribution: its spans as character fragments."""

    content: Fragments
    """Content fragments (may be discontinuous)."""
    source: Fragments | None
    """Source fragments, None for attributions without a source."""
    cue: Fragments | None
    """Cue fragments."""


@dataclass(frozen=True, slots=True)
class Predicted:
    """One predicted claim, as character spans."""

    content: Fragments
    """Content fragments (one span, or several for a quote split by its cue)."""
    source: tuple[int, int] | None
    """Source span."""
    cue: tuple[int, int] | None
    """Cue span."""
    speaker: str | None = None
    """Who the source was resolved to: its entity's name, else the source text."""
    named: bool = False
    """The source was resolved to a named entity (PERSON, ORG, GPE, NORP, FAC, LOC)."""


@dataclass(frozen=True, slots=True)
class GoldSpeaker:
    """One gold source with the real speaker behind it (a line of a speakers file)."""

    content: Fragments
    """Content fragments of the attribution."""
    source: Fragments
    """Source fragments."""
    referent: str | None
    """The fullest proper name the article gives the speaker; None when it never names it."""
    form: str
    """name, pronoun, nominal or other: what the source text is."""


@dataclass
class Document:
    """A text with its gold attributions."""

    name: str
    text: str
    gold: list[GoldAttribution] = field(default_factory=list)
    speakers: list[GoldSpeaker] | None = None
    """The gold speakers of the document, when a speakers file covers it."""


def _fragments(offsets: str) -> Fragments:
    parts = []
    for piece in offsets.split(";"):
        start, end = piece.split()
        parts.append((int(start), int(end)))
    return tuple(parts)


def parse_ann(data: str) -> list[GoldAttribution]:
    """Attributions of one brat standoff file."""
    spans: dict[str, Fragments] = {}
    events: list[dict[str, str]] = []
    for line in data.splitlines():
        if line.startswith("T"):
            m = _T_LINE.match(line)
            if m:
                spans[m.group(1)] = _fragments(m.group(3))
        elif line.startswith("E"):
            roles: dict[str, str] = {}
            for part in line.split("\t", 1)[1].split():
                role, ref = part.split(":", 1)
                roles[re.sub(r"\d+$", "", role)] = ref
            events.append(roles)
    found = []
    for roles in events:
        if "Content" not in roles or roles["Content"] not in spans:
            continue
        found.append(
            GoldAttribution(
                content=spans[roles["Content"]],
                source=spans.get(roles.get("Source", "")),
                cue=spans.get(roles.get("Cue", "")),
            )
        )
    return found


def _gold_speaker(item: dict[str, Any]) -> GoldSpeaker:
    form = str(item["form"])
    if form not in SPEAKER_FORMS:
        raise ValueError(f"unknown form {form!r}")
    referent = item["referent"]
    return GoldSpeaker(
        content=tuple((int(s), int(e)) for s, e in item["content"]),
        source=tuple((int(s), int(e)) for s, e in item["source"]),
        referent=None if referent is None else str(referent),
        form=form,
    )


def read_speakers(path: Path) -> dict[str, list[GoldSpeaker]]:
    """Gold speakers by document name (the ``article`` field, without ``.txt``)."""
    found: dict[str, list[GoldSpeaker]] = {}
    try:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                article = str(item["article"]).removesuffix(".txt")
                found.setdefault(article, []).append(_gold_speaker(item))
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as e:
        raise ConfigError(
            "E403",
            f"{path} is not a speakers file: {e}.",
            "pass speakers-dev.jsonl (one JSON object per line with article, source, "
            "content, referent and form).",
        ) from e
    return found


def name_words(name: str) -> frozenset[str]:
    """The words of a speaker name as compared: lower-cased, without a possessive, titles,
    articles and single initials ("Sen. Ted Cruz's" -> {"ted", "cruz"})."""
    text = re.sub(r"['’]s\b", "", name.lower())
    words = re.findall(r"[^\W_]+(?:-[^\W_]+)*", text)
    return frozenset(w for w in words if w not in NAME_FILLERS and len(w) > 1)


def same_speaker(predicted: str | None, referent: str) -> bool:
    """True when the predicted speaker names the referent: equal word sets, or one holding
    the other ("Trump" for "Donald Trump"; not "Melania Trump" for "Donald Trump")."""
    if predicted is None:
        return False
    said, real = name_words(predicted), name_words(referent)
    return bool(said) and bool(real) and (said <= real or real <= said)


def read_corpus(
    folder: Path,
    half: Half | None = None,
    speakers: dict[str, list[GoldSpeaker]] | None = None,
) -> Iterator[Document]:
    """Documents of a PolNeAR split, each with the alphabetically first annotation as gold;
    only those of one half when ``half`` is given, with their gold speakers when known."""
    texts = folder / "text"
    annotations = folder / "attributions"
    if not texts.is_dir() or not annotations.is_dir():
        raise ConfigError(
            "E403",
            f"{folder} needs text/ and attributions/ folders (PolNeAR layout).",
            "pass a split folder such as polnear/dev.",
        )
    for text_path in sorted(texts.glob("*.txt")):
        if not in_half(text_path.stem, half):
            continue
        candidates = sorted(annotations.glob(f"{text_path.stem}_*.ann"))
        if not candidates:
            continue
        yield Document(
            name=text_path.stem,
            text=text_path.read_text(encoding="utf-8"),
            gold=parse_ann(candidates[0].read_text(encoding="utf-8")),
            speakers=None if speakers is None else speakers.get(text_path.stem),
        )


def chars(text: str, fragments: Iterable[tuple[int, int]]) -> frozenset[int]:
    """Character positions of fragments, without ignored characters."""
    return frozenset(
        i
        for start, end in fragments
        for i in range(start, min(end, len(text)))
        if text[i] not in IGNORED_CHARS
    )


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    """|a & b| / |a | b|, 0 for two empty sets."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


@dataclass
class _Tally:
    quote: Counts = field(default_factory=Counts)
    exact: Counts = field(default_factory=Counts)
    pooled: Counts = field(default_factory=Counts)
    speaker_right: int = 0
    speaker_pairs: int = 0
    direct: Counts = field(default_factory=Counts)
    indirect: Counts = field(default_factory=Counts)
    spans: dict[str, dict[str, Counts]] = field(
        default_factory=lambda: {
            part: {"exact": Counts(), "overlap": Counts()} for part in ("source", "cue", "content")
        }
    )
    documents: int = 0
    speaker_documents: int = 0
    resolved: dict[str, Counts] = field(
        default_factory=lambda: {form: Counts() for form in SPEAKER_FORMS}
    )
    """By form: matched = right, gold = pairs with a named referent."""
    named: Counts = field(default_factory=Counts)
    """Pairs with a named referent: matched = named source right, predicted = named source."""
    null_named: Counts = field(default_factory=Counts)
    """Pairs with a null referent: matched = given a named entity, gold = all of them."""
    speaker_gold: int = 0
    speaker_matched: int = 0


def _pairs(
    gold: list[frozenset[int]], predicted: list[frozenset[int]], threshold: float
) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), greedily by overlap, above threshold."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            if g & p:
                score = jaccard(g, p)
                if score >= threshold:
                    candidates.append((score, gi, pi))
    candidates.sort(key=lambda c: (-c[0], c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _score, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def _span_counts(
    gold: list[frozenset[int]], predicted: list[frozenset[int]]
) -> tuple[Counts, Counts]:
    gold = [g for g in dict.fromkeys(gold) if g]
    predicted = [p for p in dict.fromkeys(predicted) if p]
    exact = len(set(gold) & set(predicted))
    overlap = len(_pairs(gold, predicted, threshold=1e-9))
    return (
        Counts(matched=exact, predicted=len(predicted), gold=len(gold)),
        Counts(matched=overlap, predicted=len(predicted), gold=len(gold)),
    )


def score_document(doc: Document, predicted: list[Predicted], tally: _Tally) -> None:
    """Add one document's counts to the tally."""
    text = doc.text
    gold_content = [chars(text, g.content) for g in doc.gold]
    pred_content = [chars(text, p.content) for p in predicted]
    pairs = _pairs(gold_content, pred_content, JACCARD_MATCH)
    tally.documents += 1
    tally.quote += Counts(matched=len(pairs), predicted=len(predicted), gold=len(doc.gold))
    exact = sum(1 for gi, pi in pairs if gold_content[gi] == pred_content[pi])
    tally.exact += Counts(matched=exact, predicted=len(predicted), gold=len(doc.gold))
    gold_pool = frozenset().union(*gold_content) if gold_content else frozenset()
    pred_pool = frozenset().union(*pred_content) if pred_content else frozenset()
    tally.pooled += Counts(
        matched=len(gold_pool & pred_pool), predicted=len(pred_pool), gold=len(gold_pool)
    )
    matched_gold = {gi for gi, _ in pairs}
    for gi, g in enumerate(doc.gold):
        is_direct = any(
            text[i] in QUOTE_MARKS for s, e in g.content for i in range(s, min(e, len(text)))
        )
        bucket = tally.direct if is_direct else tally.indirect
        bucket += Counts(matched=int(gi in matched_gold), predicted=0, gold=1)
    for gi, pi in pairs:
        source = doc.gold[gi].source
        if source is None:
            continue
        tally.speaker_pairs += 1
        said = predicted[pi].source
        if said is not None and chars(text, source) & chars(text, [said]):
            tally.speaker_right += 1
    for part in ("source", "cue", "content"):
        gold_spans = [chars(text, getattr(g, part)) for g in doc.gold if getattr(g, part)]
        pred_spans = [
            chars(text, p.content if part == "content" else [getattr(p, part)])
            for p in predicted
            if getattr(p, part)
        ]
        exact_counts, overlap_counts = _span_counts(gold_spans, pred_spans)
        tally.spans[part]["exact"] += exact_counts
        tally.spans[part]["overlap"] += overlap_counts
    if doc.speakers is not None:
        score_speakers(doc, doc.speakers, predicted, tally)


def score_speakers(
    doc: Document, speakers: list[GoldSpeaker], predicted: list[Predicted], tally: _Tally
) -> None:
    """Add one document's resolved-speaker counts to the tally."""
    text = doc.text
    gold_content = [chars(text, g.content) for g in speakers]
    pred_content = [chars(text, p.content) for p in predicted]
    pairs = _pairs(gold_content, pred_content, JACCARD_MATCH)
    tally.speaker_documents += 1
    tally.speaker_gold += len(speakers)
    tally.speaker_matched += len(pairs)
    for gi, pi in pairs:
        gold, said = speakers[gi], predicted[pi]
        if gold.referent is None:
            tally.null_named += Counts(matched=int(said.named), predicted=0, gold=1)
            continue
        right = same_speaker(said.speaker, gold.referent)
        tally.resolved[gold.form] += Counts(matched=int(right), predicted=1, gold=1)
        if said.named:
            tally.named += Counts(matched=int(right), predicted=1, gold=1)


def _prf(c: Counts) -> dict[str, float]:
    return {"p": round(c.p, 4), "r": round(c.r, 4), "f1": round(c.f1, 4)}


def _share(part: int, whole: int) -> float:
    return round(part / whole, 4) if whole else 0.0


def summarise_speakers(tally: _Tally) -> dict[str, Any]:
    """The resolved-speaker part of the result."""
    total = Counts()
    for counts in tally.resolved.values():
        total += counts
    return {
        "accuracy": _share(total.matched, total.gold),
        "by_form": {
            form: {"accuracy": _share(c.matched, c.gold), "pairs": c.gold}
            for form, c in tally.resolved.items()
        },
        "wrong_when_named": _share(
            tally.named.predicted - tally.named.matched, tally.named.predicted
        ),
        "named_predictions": tally.named.predicted,
        "null_referent_named": _share(tally.null_named.matched, tally.null_named.gold),
        "null_referent_pairs": tally.null_named.gold,
        "pairs": total.gold,
        "gold": tally.speaker_gold,
        "matched": tally.speaker_matched,
        "documents": tally.speaker_documents,
    }


def summarise(tally: _Tally) -> dict[str, Any]:
    """The JSON result of ``newsclaims eval attribution``."""
    result = {
        "quote": _prf(tally.quote),
        "content_exact": _prf(tally.exact),
        "content_overlap": _prf(tally.pooled),
        "speaker_accuracy": round(tally.speaker_right / tally.speaker_pairs, 4)
        if tally.speaker_pairs
        else 0.0,
        "recall_direct": round(tally.direct.r, 4),
        "recall_indirect": round(tally.indirect.r, 4),
        "source": {k: _prf(v) for k, v in tally.spans["source"].items()},
        "cue": {k: _prf(v) for k, v in tally.spans["cue"].items()},
        "content": {k: _prf(v) for k, v in tally.spans["content"].items()},
        "documents": tally.documents,
        "gold": tally.quote.gold,
        "predicted": tally.quote.predicted,
    }
    if tally.speaker_documents:
        result["speakers"] = summarise_speakers(tally)
    return result


def score_predictions(pairs: Iterable[tuple[Document, list[Predicted]]]) -> dict[str, Any]:
    """Score (document, predictions) pairs from any system."""
    tally = _Tally()
    for doc, predicted in pairs:
        score_document(doc, predicted, tally)
    return summarise(tally)


def predicted_claims(analysis: Analysis) -> list[Predicted]:
    """The attributed claims of an analysis as scored (the outlet's narration left out), each
    with the speaker its source was resolved to."""
    entities = {e.key: e for e in analysis.entities}
    found = []
    for c in analysis.claims:
        if c.kind is ClaimKind.NARRATION:
            continue
        entity = entities.get(c.source_entity) if c.source_entity else None
        found.append(
            Predicted(
                content=tuple((s.start, s.end) for s in c.parts) or ((c.start, c.end),),
                source=(c.source.start, c.source.end) if c.source else None,
                cue=(c.cue.start, c.cue.end) if c.cue else None,
                speaker=entity.name if entity else (c.source.text if c.source else None),
                named=entity is not None and entity.type in NAMED_TYPES,
            )
        )
    return found


def evaluate(
    folder: Path,
    limit: int | None = None,
    speakers: Path | None = None,
    half: Half | None = None,
) -> dict[str, Any]:
    """Run the attribution stage over a PolNeAR split (or one half of it) and score it, with
    the resolved-speaker measures when a speakers file is given."""
    gold_speakers = read_speakers(speakers) if speakers is not None else None
    docs = list(read_corpus(folder, half=half, speakers=gold_speakers))[:limit]
    analyses = analyze_articles(Article(text=d.text, origin=d.name) for d in docs)
    result = score_predictions(
        (doc, predicted_claims(analysis)) for doc, analysis in zip(docs, analyses, strict=True)
    )
    if half is not None:
        result["half"] = half
    return result
