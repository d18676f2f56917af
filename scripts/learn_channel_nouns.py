"""Learn the nouns of a report's channel ("in a statement", "during an interview") from an
annotated PolNeAR split (use ``train``, never dev).

A prepositional phrase (in, on, during, via, through) right after a gold content, whose
object is a common noun, names where or how something was said ("said the plan would fail
in an interview"); the same phrase ending a gold content is part of what was said ("lost
ground in the debate"). For each object lemma, counts both; a lemma is listed when it follows
contents at least ``MIN_AFTER`` times and does so in at least ``MIN_SHARE`` of its uses.
Writes ``src/newsclaims/extract/data/channel_nouns.tsv``: provenance lines, then lemma,
times after a content, times ending one. Only counts leave this script, never text.

    python scripts/learn_channel_nouns.py ../shared/eval/attribution/polnear/train --parsed /tmp/p
"""

from __future__ import annotations

import sys
from collections import Counter

from cue_corpus import DATA, Corpus, arguments, header, load_model, parse
from spacy.tokens import Doc, Token

OUT = DATA / "channel_nouns.tsv"

#: Prepositions that introduce a channel.
PREPOSITIONS = frozenset({"in", "on", "during", "via", "through"})

#: A lemma needs this many phrases right after a gold content ...
MIN_AFTER = 3
#: ... and this share of its phrases after (rather than ending) a gold content.
MIN_SHARE = 0.7


def _object(prep: Token) -> Token | None:
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    return obj if obj is not None and obj.pos_ == "NOUN" else None


def _phrase_after(doc: Doc, end_char: int) -> Token | None:
    """The prepositional phrase that starts right after a content (a comma may come between)."""
    span = doc.char_span(end_char, min(end_char + 40, len(doc.text)), alignment_mode="expand")
    if span is None:
        return None
    for token in span:
        if token.is_punct and token.text == ",":
            continue
        return token if token.dep_ == "prep" and token.lower_ in PREPOSITIONS else None
    return None


def _phrase_ending(doc: Doc, start_char: int, end_char: int) -> Token | None:
    """The prepositional phrase a content ends with."""
    span = doc.char_span(start_char, end_char, alignment_mode="contract")
    if span is None:
        return None
    words = [t for t in span if not t.is_punct and not t.is_space]
    if not words:
        return None
    last = words[-1]
    for token in span:
        if (
            token.dep_ == "prep"
            and token.lower_ in PREPOSITIONS
            and token.i > span.start
            and token.right_edge.i == last.i
        ):
            return token
    return None


def main(split: object, parsed: object = None) -> None:
    nlp = load_model()
    corpus = Corpus.read(split)  # type: ignore[arg-type]
    after: Counter[str] = Counter()
    ending: Counter[str] = Counter()
    for doc, gold_doc in zip(parse(corpus, nlp, parsed), corpus.documents, strict=True):  # type: ignore[arg-type]
        if doc.text != gold_doc.text:
            raise SystemExit(f"{parsed} does not hold {corpus.name()}: remove it and run again")
        for gold in gold_doc.gold:
            start, end = gold.content[0][0], gold.content[-1][1]
            for prep, counts in (
                (_phrase_after(doc, end), after),
                (_phrase_ending(doc, start, end), ending),
            ):
                obj = _object(prep) if prep is not None else None
                if obj is not None:
                    counts[obj.lemma_.lower()] += 1
    rows = [
        f"{lemma}\t{after[lemma]}\t{ending[lemma]}"
        for lemma in sorted(after)
        if lemma.isalpha()
        and after[lemma] >= MIN_AFTER
        and after[lemma] / (after[lemma] + ending[lemma]) >= MIN_SHARE
    ]
    columns = "# lemma\tafter_content\tending_content\n"
    provenance = header(
        "scripts/learn_channel_nouns.py",
        corpus,
        nlp,
        min_after=str(MIN_AFTER),
        min_share=str(MIN_SHARE),
    )
    OUT.write_text(provenance + columns + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} lemmas -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main(*arguments("scripts/learn_channel_nouns.py"))
