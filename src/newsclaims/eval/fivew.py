"""Score the main event (who, what, when, where, why, how) against 5W1H coders' phrases, with
the lead-sentence baseline scored in the same run.

The data is a folder of news-please JSON documents, each with a ``fiveWoneH`` field (a dict,
or a Python-literal string of one) that holds the coders' phrases of every W: ``{"who":
{"annotated": [{"text": ..., "parsed": ...}, ...]}, ...}`` (the Giveme5W1H evaluation set).

The rule, per article and per W (one answer: precision at the first answer):

- a predicted phrase counts when its content words (lower-cased words that are no English
  stop words, compared by lemma: "staged" is "stages", with the "e" the rule lemmatizer drops
  from verbs put back, see ``extract/verb_lemmas.py``) overlap a gold phrase's with Jaccard
  >= 0.5, or when one phrase's words
  appear, in order and together, inside the other's and the longer is at most twice as long
  (a whole sentence never matches a three-word gold);
- ``when`` also counts when the predicted normalised date equals a gold ``parsed`` date;
- precision is matched / predicted, recall matched / articles with a gold phrase (or, for
  ``when``, a parsed date).

The baseline is the floor any main-event finder must beat: who is the first person,
organisation or group named in the first three sentences; when is the first date there, or
the publication date; where is the first place there; what is the first sentence's main
clause; it gives no why or how.

Halves are by story, so no story is in both: by default (``split="hash"``) by the SHA-1 of
``realnews:`` + the ``category`` field, or (``split="story"``) by the judging split
``splits.STORY_HALVES``; see bench/splits.md.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from newsclaims.eval.metrics import Counts
from newsclaims.eval.splits import Half, Split, story_in_half
from newsclaims.extract.convert import to_analysis
from newsclaims.extract.pipeline import build_pipeline, parse_articles
from newsclaims.extract.verb_lemmas import verb_index, verb_lemma
from newsclaims.ingest.jsonl import read_json_document
from newsclaims.model import Analysis, Article, MainEvent

#: The six Ws, in the order they are reported.
WS: tuple[str, ...] = ("who", "what", "when", "where", "why", "how")

#: The components that tag and lemmatise (the rest of the pipeline is left out).
LEMMA_PIPES = ("tok2vec", "tagger", "attribute_ruler", "lemmatizer")
#: How much longer than the other one phrase may be when it contains it.
CONTAIN_RATIO = 2.0
#: The content-word Jaccard overlap at which two phrases match.
JACCARD = 0.5

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

#: Entity labels the baseline takes as who and as where.
BASELINE_WHO = frozenset({"PERSON", "ORG", "NORP", "GROUP"})
BASELINE_WHERE = frozenset({"GPE", "LOC", "FAC"})
#: Dependents that are not part of a main clause (subordinate and coordinated clauses).
SUBORDINATE = frozenset({"advcl", "parataxis", "ccomp", "conj", "cc", "mark", "punct", "intj"})


@dataclass(frozen=True, slots=True)
class Answer:
    """One predicted W: its words, and for when its normalised day (ISO), when known."""

    text: str | None
    date: str | None = None


@dataclass
class Gold:
    """The coders' phrases of one article, per W, and the parsed dates of when."""

    phrases: dict[str, list[str]] = field(default_factory=dict)
    dates: set[str] = field(default_factory=set)

    def has(self, w: str) -> bool:
        """True when the article has a gold answer for ``w``."""
        return bool(self.phrases.get(w)) or (w == "when" and bool(self.dates))


#: Lower-cased word -> lemma, as the tagger read it in one of the compared phrases.
Lemmas = Mapping[str, str]


def words(text: str) -> list[str]:
    """The lower-cased words of a phrase."""
    return [w.replace("’", "'") for w in _WORD.findall(text.lower())]


def content_words(text: str, lemmas: Lemmas | None = None) -> set[str]:
    """The words of a phrase that are not English stop words, as lemmas when known."""
    lemmas = lemmas or {}
    return {lemmas.get(w, w) for w in words(text) if w not in STOP_WORDS}


def phrase_lemmas(phrases: Iterable[str]) -> dict[str, str]:
    """Word -> lemma over the phrases, from the English pipeline's tagger and lemmatizer
    ("staged" and "stages" -> "stage", "won" -> "win"; a verb keeps the "e" the rule
    lemmatizer drops, "staged" is not "stag"); the first reading of a word wins."""
    nlp = build_pipeline()
    verbs = verb_index(nlp)
    out: dict[str, str] = {}
    with nlp.select_pipes(enable=[p for p in LEMMA_PIPES if p in nlp.pipe_names]):
        for doc in nlp.pipe(sorted(set(phrases))):
            for token in doc:
                lemma = token.lemma_.lower()
                if token.pos_ in ("VERB", "AUX"):
                    lemma = verb_lemma(token.text, lemma, verbs)
                out.setdefault(token.lower_.replace("’", "'"), lemma)
    return out


def _inside(short: list[str], long: list[str]) -> bool:
    n = len(short)
    return n > 0 and any(long[i : i + n] == short for i in range(len(long) - n + 1))


def phrases_match(predicted: str, gold: str, lemmas: Lemmas | None = None) -> bool:
    """The matching rule of the module docstring."""
    a, b = content_words(predicted, lemmas), content_words(gold, lemmas)
    if a and b and len(a & b) / len(a | b) >= JACCARD:
        return True
    pw, gw = words(predicted), words(gold)
    short, long = (pw, gw) if len(pw) <= len(gw) else (gw, pw)
    return _inside(short, long) and len(long) <= CONTAIN_RATIO * len(short)


def answer_matches(w: str, answer: Answer, gold: Gold, lemmas: Lemmas | None = None) -> bool:
    """True when the answer to ``w`` counts against the article's gold."""
    if w == "when" and answer.date is not None and answer.date in gold.dates:
        return True
    return answer.text is not None and any(
        phrases_match(answer.text, g, lemmas) for g in gold.phrases[w]
    )


def read_gold(record: Mapping[str, Any]) -> Gold:
    """The coders' phrases of one news-please record."""
    raw = record.get("fiveWoneH") or {}
    data = ast.literal_eval(raw) if isinstance(raw, str) else raw
    gold = Gold()
    for w in WS:
        annotated = (data.get(w) or {}).get("annotated") or []
        gold.phrases[w] = [a["text"].strip() for a in annotated if (a.get("text") or "").strip()]
        if w == "when":
            gold.dates = {str(a["parsed"])[:10] for a in annotated if a.get("parsed")}
    return gold


def read_folder(
    folder: Path, half: Half | None = None, split: Split = "hash"
) -> Iterator[tuple[str, Article, Gold]]:
    """``(story, article, gold)`` for each JSON document of ``folder`` with 5W1H gold, in
    file-name order, of one half (by story, under ``split``: ``story_in_half``) or all."""
    for path in sorted(folder.glob("*.json")):
        record = json.loads(path.read_text(encoding="utf-8"))
        story = str(record.get("category") or path.stem)
        if "fiveWoneH" not in record or not story_in_half(story, half, split):
            continue
        if record.get("date_publish") == "None":  # news-please writes a missing date so
            record = {**record, "date_publish": None}
        for result in read_json_document(json.dumps(record), str(path)):
            if result.article is not None:
                yield story, result.article, read_gold(record)


def _day(value: str | None) -> str | None:
    """The ISO day of a TIMEX3 value that names one day, else None."""
    return value[:10] if value and re.fullmatch(r"\d{4}-\d{2}-\d{2}(T.*)?", value) else None


def system_answers(analysis: Analysis) -> dict[str, Answer]:
    """The main event's parts as answers."""
    main: MainEvent | None = analysis.main_event
    if main is None:
        return {}
    out: dict[str, Answer] = {}
    for w in ("who", "what", "where", "why", "how"):
        part = getattr(main, w)
        if part is not None:
            out[w] = Answer(part.text)
    if main.when is not None or main.when_interval is not None:
        interval = main.when_interval
        day = (
            interval.begin.isoformat()
            if interval is not None and interval.begin == interval.end
            else None
        )
        out["when"] = Answer(main.when.text if main.when else None, day)
    return out


def _main_clause(sentence: Span) -> str:
    root = sentence.root
    left = {t.i for c in root.children if c.dep_ in SUBORDINATE for t in c.subtree}
    kept = [t for t in root.subtree if t.i not in left]
    return sentence.doc[kept[0].i : kept[-1].i + 1].text if kept else sentence.text


def baseline_answers(doc: Doc, analysis: Analysis) -> dict[str, Answer]:
    """The lead-sentence baseline (module docstring)."""
    sentences = [s for s in doc.sents if s.text.strip()][:3]
    if not sentences:
        return {}
    end = sentences[-1].end_char
    out: dict[str, Answer] = {"what": Answer(_main_clause(sentences[0]))}
    lead = sorted((m for m in analysis.mentions if m.end <= end), key=lambda m: m.start)
    who = next((m for m in lead if m.label in BASELINE_WHO), None)
    where = next((m for m in lead if m.label in BASELINE_WHERE), None)
    if who is not None:
        out["who"] = Answer(who.text)
    if where is not None:
        out["where"] = Answer(where.text)
    when = next(
        (t for t in analysis.times if t.end <= end and t.type in ("DATE", "TIME") and t.value),
        None,
    )
    if when is not None:
        out["when"] = Answer(when.text, _day(when.value))
    elif analysis.article.published is not None:
        out["when"] = Answer(None, analysis.article.published.isoformat())
    return out


def score(
    items: Iterable[tuple[Gold, dict[str, Answer]]], lemmas: Lemmas | None = None
) -> dict[str, Any]:
    """Per-W precision, recall and F1 over ``(gold, answers)`` pairs, and ``articles``."""
    counts = {w: Counts() for w in WS}
    articles = 0
    for gold, answers in items:
        articles += 1
        for w in WS:
            c = counts[w]
            c.gold += gold.has(w)
            answer = answers.get(w)
            if answer is None or (answer.text is None and answer.date is None):
                continue
            c.predicted += 1
            c.matched += gold.has(w) and answer_matches(w, answer, gold, lemmas)
    out: dict[str, Any] = {
        w: {"p": round(c.p, 4), "r": round(c.r, 4), "f1": round(c.f1, 4)} for w, c in counts.items()
    }
    out["articles"] = articles
    return out


def evaluate(
    folder: Path, half: Half | None = None, limit: int | None = None, split: Split = "hash"
) -> dict[str, Any]:
    """``{"system": score, "baseline": score, "articles": [...]}`` over a folder: the main
    event and the lead-sentence baseline from the same parse; ``articles`` lists, per
    article, its file, story, gold and both answers (for reading the errors)."""
    data = list(read_folder(folder, half, split))[:limit]
    system: list[tuple[Gold, dict[str, Answer]]] = []
    baseline: list[tuple[Gold, dict[str, Answer]]] = []
    rows: list[dict[str, Any]] = []
    parsed = parse_articles(article for _, article, _ in data)
    for (story, article, gold), (doc, _) in zip(data, parsed, strict=True):
        analysis = to_analysis(doc, article)
        ours, base = system_answers(analysis), baseline_answers(doc, analysis)
        system.append((gold, ours))
        baseline.append((gold, base))
        rows.append(
            {
                "file": article.origin,
                "story": story,
                "gold": gold.phrases,
                "gold_dates": sorted(gold.dates),
                "system": {w: (a.text, a.date) for w, a in ours.items()},
                "baseline": {w: (a.text, a.date) for w, a in base.items()},
            }
        )
    phrases = [g for gold, _ in system for ps in gold.phrases.values() for g in ps]
    for _, answers in system + baseline:
        phrases.extend(a.text for a in answers.values() if a.text)
    lemmas = phrase_lemmas(phrases)
    return {
        "system": score(system, lemmas),
        "baseline": score(baseline, lemmas),
        "articles": rows,
    }
