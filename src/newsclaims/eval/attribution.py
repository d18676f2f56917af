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
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsclaims.errors import ConfigError
from newsclaims.eval.metrics import Counts
from newsclaims.extract.pipeline import analyze_articles
from newsclaims.model import Article, ClaimKind

#: Minimum character Jaccard of two contents for a quote-level match.
JACCARD_MATCH = 0.5

#: Characters ignored when comparing spans.
IGNORED_CHARS = frozenset(" \t\r\n\u00a0\"'“”‘’«»„,.")

#: Quote marks that make a gold content a direct quotation.
QUOTE_MARKS = frozenset('"“”«»„')

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


@dataclass
class Document:
    """A text with its gold attributions."""

    name: str
    text: str
    gold: list[GoldAttribution] = field(default_factory=list)


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


def read_corpus(folder: Path) -> Iterator[Document]:
    """Documents of a PolNeAR split, each with the alphabetically first annotation as gold."""
    texts = folder / "text"
    annotations = folder / "attributions"
    if not texts.is_dir() or not annotations.is_dir():
        raise ConfigError(
            "E403",
            f"{folder} needs text/ and attributions/ folders (PolNeAR layout).",
            "pass a split folder such as polnear/dev.",
        )
    for text_path in sorted(texts.glob("*.txt")):
        candidates = sorted(annotations.glob(f"{text_path.stem}_*.ann"))
        if not candidates:
            continue
        yield Document(
            name=text_path.stem,
            text=text_path.read_text(encoding="utf-8"),
            gold=parse_ann(candidates[0].read_text(encoding="utf-8")),
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


def _prf(c: Counts) -> dict[str, float]:
    return {"p": round(c.p, 4), "r": round(c.r, 4), "f1": round(c.f1, 4)}


def summarise(tally: _Tally) -> dict[str, Any]:
    """The JSON result of ``newsclaims eval attribution``."""
    return {
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


def score_predictions(pairs: Iterable[tuple[Document, list[Predicted]]]) -> dict[str, Any]:
    """Score (document, predictions) pairs from any system."""
    tally = _Tally()
    for doc, predicted in pairs:
        score_document(doc, predicted, tally)
    return summarise(tally)


def evaluate(folder: Path, limit: int | None = None) -> dict[str, Any]:
    """Run the attribution stage over a PolNeAR split and score it."""
    docs = list(read_corpus(folder))[:limit]
    analyses = analyze_articles(Article(text=d.text, origin=d.name) for d in docs)

    def predictions() -> Iterator[tuple[Document, list[Predicted]]]:
        for doc, analysis in zip(docs, analyses, strict=True):
            yield (
                doc,
                [
                    Predicted(
                        content=tuple((s.start, s.end) for s in c.parts) or ((c.start, c.end),),
                        source=(c.source.start, c.source.end) if c.source else None,
                        cue=(c.cue.start, c.cue.end) if c.cue else None,
                    )
                    for c in analysis.claims
                    if c.kind is not ClaimKind.NARRATION
                ],
            )

    return score_predictions(predictions())
