"""Finer kinds of the indirect misses that ``bench/attribution_misses.py --jsonl`` wrote.

    python bench/attribution_misses.py ../shared/eval/attribution/polnear/train --limit 300 \
        --jsonl /tmp/misses.jsonl
    python bench/indirect_kinds.py /tmp/misses.jsonl [--show KIND] [--top 15]

Each miss of ``attribution_misses`` is sorted again, by what the gold holds and what the
prediction got wrong:

* ``no_cue`` / ``cue_no_claim`` by the gold cue and content: ``according_to``; ``nominal``
  (the cue holds no verb: "the claim that", "his announcement of"); ``np_content`` (the
  content holds no verb: stances and acts on a thing, "blast Trump", "endorses Cruz");
  ``known_lemma`` (a clause content after a verb whose lemma the stage reads as a cue in some
  frame: a construction the stage does not read); ``weak_lemma`` (a clause content after a verb
  that cues.tsv holds below the bar: think, want, know); ``unknown_lemma`` (not in cues.tsv).
* ``too_long`` by what the prediction holds beyond the gold (first matching): ``second_sentence``
  (a sentence end inside the extra), ``relative`` (", which/who ..."), ``conjoined`` ("and/but
  ..."), ``subordinate`` ("because/while/as/after/when/if/since/though ..."), ``participle``
  (", -ing ..." trailing), ``complementiser`` (a leading "that"), ``before`` (extra before the
  gold), ``other``.
* ``too_short`` the same, by what the gold holds beyond the prediction.
* ``shifted``, ``taken`` as they are.

Text goes to the terminal only (``--show``); never write it into the repository.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

import spacy

from newsclaims import settings
from newsclaims.extract.attribution import is_cue_lemma, learned_cues

_SUBORDINATE = re.compile(
    r"^[\s,;\u2014-]*(because|while|as|after|when|if|since|though|although|before|until|"
    r"unless|so that|whereas|even as|even though)\b",
    re.I,
)
_RELATIVE = re.compile(r"^[\s,\u2014-]*(which|who|whom|whose|where)\b", re.I)
_CONJOINED = re.compile(r"^[\s,;\u2014-]*(and|but|or|yet|nor)\b", re.I)
_PARTICIPLE = re.compile(r"^[\s,\u2014-]*\w+ing\b", re.I)
_SENTENCE = re.compile(r"[.!?][\u201d\"']?\s+[A-Z\u201c\"]")


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _boundary(inner: str, outer: str) -> str:
    """Why ``outer`` holds more than ``inner`` (both content strings, parts joined by ' | ')."""
    inner_parts = [p for p in (_norm(x) for x in inner.split(" | ")) if p]
    outer_n = _norm(outer.replace(" | ", " "))
    if not inner_parts:
        return "other"
    first, last = inner_parts[0], inner_parts[-1]
    start = outer_n.find(first)
    end = outer_n.rfind(last)
    before = outer_n[:start] if start >= 0 else ""
    after = outer_n[end + len(last) :] if end >= 0 else ""
    if start < 0 or end < 0:
        return "other"
    if _SENTENCE.search(after) or _SENTENCE.search(before + " X"):
        return "second_sentence"
    if after.strip(" ,.;:\u201d\"'"):
        for name, pattern in (
            ("relative", _RELATIVE),
            ("subordinate", _SUBORDINATE),
            ("conjoined", _CONJOINED),
            ("participle", _PARTICIPLE),
        ):
            if pattern.search(after):
                return f"{name}_after"
        return "other_after"
    if before.strip().lower() == "that":
        return "complementiser"
    if before.strip():
        return "before"
    return "other"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("jsonl", type=Path)
    parser.add_argument("--show", action="append", default=[])
    parser.add_argument("--top", type=int, default=15)
    args = parser.parse_args()
    nlp = spacy.load(settings.MODEL_NAME)
    records = [json.loads(line) for line in args.jsonl.read_text(encoding="utf-8").splitlines()]
    kinds: Counter[str] = Counter()
    cues: dict[str, Counter[str]] = {}
    learned = learned_cues()
    for r in records:
        kind = r["kind"]
        if kind in ("no_cue", "cue_no_claim"):
            cue = nlp(r["cue"]) if r["cue"] != "(none)" else None
            content = nlp(r["content"].replace(" | ", " "))
            verbs = [t for t in cue or () if t.pos_ in ("VERB", "AUX")]
            head = next(
                (t for t in reversed(verbs) if t.pos_ == "VERB"), verbs[-1] if verbs else None
            )
            lemma = head.lemma_.lower() if head is not None else ""
            if cue is None:
                sub = "no_gold_cue"
            elif "according" in r["cue"]:
                sub = "according_to"
            elif not verbs:
                sub = "nominal"
            elif not any(t.pos_ in ("VERB", "AUX") for t in content):
                sub = "np_content"
            elif lemma in learned and (is_cue_lemma(lemma, True)):
                sub = "known_lemma"
            elif lemma in learned:
                sub = "weak_lemma"
            else:
                sub = "unknown_lemma"
            name = f"{kind}:{sub}"
            key = lemma or r["cue"]
        elif kind == "too_long":
            name = f"too_long:{_boundary(r['content'], r['predicted'])}"
            key = r["cue"]
        elif kind == "too_short":
            name = f"too_short:{_boundary(r['predicted'], r['content'])}"
            key = r["cue"]
        else:
            name, key = kind, r["cue"]
        kinds[name] += 1
        cues.setdefault(name, Counter())[key] += 1
        if name in args.show or kind in args.show:
            print(name, json.dumps(r, ensure_ascii=False))
    total = sum(kinds.values())
    print(f"indirect misses {total}")
    for name, n in sorted(kinds.items()):
        top = ", ".join(f"{c} {k}" for c, k in cues[name].most_common(args.top))
        print(f"{name} {n}: {top}")


if __name__ == "__main__":
    main()
