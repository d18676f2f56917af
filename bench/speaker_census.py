"""Every gold source on PolNeAR train resolved by one tree, and the changes between two trees
(issue 16): which he/she and description sources change speaker, for reading by hand.

PolNeAR train gives source spans but no referents, so a change is judged by reading the text
before it (train is tuning data). The parse is cached (``--cache``): only ``speakers.py``
differs between the trees compared, so both read the same parsed documents.

    python bench/speaker_census.py run TRAIN --cache /tmp/train.pkl --out /tmp/main.jsonl
    # (the other tree, same cache) ... --out /tmp/branch.jsonl
    python bench/speaker_census.py diff /tmp/main.jsonl /tmp/branch.jsonl --cache /tmp/train.pkl
    python bench/speaker_census.py open /tmp/branch.jsonl --cache /tmp/train.pkl

``open`` lists he/she and definite description sources left unresolved with a person named in
their sentence or the one before. Local use only: nothing of the texts enters the repository.
"""

from __future__ import annotations

import argparse
import json
import pickle
from pathlib import Path

from spacy.tokens import Doc, Token

from newsclaims.eval.attribution import read_corpus
from newsclaims.extract import attribution, speakers
from newsclaims.extract.pipeline import STAGES, _register_extensions, build_pipeline

Parsed = list[tuple[str, Doc, list[tuple[int, tuple[int, int]]]]]


def parse(folder: Path, cache: Path, limit: int | None) -> Parsed:
    """(name, doc, [(source head token, content characters)]) per document, cached."""
    if cache.exists():
        _register_extensions()
        found: Parsed = pickle.loads(cache.read_bytes())  # our own local cache
        return found[:limit]
    nlp = build_pipeline()
    docs = list(read_corpus(folder))[:limit]
    keep = {"newsclaims_entities"}
    parsed: Parsed = []
    with nlp.select_pipes(disable=[s for s in STAGES if s not in keep]):
        for gold, doc in zip(docs, nlp.pipe(d.text for d in docs), strict=True):
            heads: dict[int, tuple[int, int]] = {}
            for g in gold.gold:
                if not g.source:
                    continue
                span = doc.char_span(g.source[0][0], g.source[-1][1], alignment_mode="expand")
                if span is not None:
                    heads.setdefault(span.root.i, (g.content[0][0], g.content[-1][1]))
            parsed.append((gold.name, doc, sorted(heads.items())))
    cache.write_bytes(pickle.dumps(parsed))
    return parsed


def run(parsed: Parsed) -> list[dict[str, object]]:
    """Each gold source head resolved as the attribution stage does, in one walk."""
    rows: list[dict[str, object]] = []
    for name, doc, heads in parsed:
        sp = speakers.Speakers(doc, attribution._quotes(doc))
        contents = dict(heads)

        def resolve(
            token: Token,
            sp: speakers.Speakers = sp,
            contents: dict[int, tuple[int, int]] = contents,
            name: str = name,
        ) -> tuple[str | None, bool]:
            key, _anonymous, pronoun = sp.resolve(token, contents[token.i])
            entity = sp.entities.get(key) if key is not None else None
            shown = sp.stand_in(token)
            out = key
            if key is None and not pronoun and shown.pos_ != "PRON":
                out = f"GROUP:{shown.lower_}"
            rows.append(
                {
                    "doc": name,
                    "i": token.i,
                    "source": " ".join(t.text for t in token.subtree)[:80],
                    "key": out,
                    "name": entity.name if entity is not None else None,
                }
            )
            return out, False

        sp.walk(set(contents), resolve)
    return rows


def _context(doc: Doc, i: int, chars: int = 400) -> str:
    token = doc[i]
    before = doc.text[max(0, token.idx - chars) : token.idx]
    after = doc.text[token.idx : token.idx + 60]
    return (before + "[[" + after).replace("\n", " ")


def _read(path: Path) -> dict[tuple[str, int], dict[str, object]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return {(str(r["doc"]), int(r["i"])): r for r in rows}


def diff(old: Path, new: Path, parsed: Parsed) -> None:
    before, after = _read(old), _read(new)
    docs = {name: doc for name, doc, _ in parsed}
    changed = 0
    for at, row in sorted(after.items()):
        was = before.get(at)
        if was is None or was["key"] == row["key"]:
            continue
        changed += 1
        print(
            f"== {at[0]} {row['source']!r}: {was['name'] or was['key']} -> "
            f"{row['name'] or row['key']}"
        )
        print("   " + _context(docs[at[0]], at[1]))
    print(f"{changed} of {len(after)} sources changed")


def open_sources(path: Path, parsed: Parsed) -> None:
    rows = _read(path)
    docs = {name: doc for name, doc, _ in parsed}
    count = 0
    for (name, i), row in sorted(rows.items()):
        doc = docs[name]
        token = doc[i]
        key = row["key"]
        pronoun = token.lower_ in ("he", "she")
        description = token.pos_ == "NOUN" and any(c.lower_ == "the" for c in token.children)
        if not (pronoun and key is None) and not (description and str(key).startswith("GROUP:")):
            continue
        sent = token.sent
        start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        people = {e.text for e in doc[start : token.i].ents if e.label_ == "PERSON"}
        if not people:
            continue
        count += 1
        print(f"== {name} {row['source']!r} | {sorted(people)}")
        print("   " + _context(doc, i))
    print(f"{count} open sources with a person named in their sentence or the one before")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=("run", "diff", "open"))
    parser.add_argument("paths", type=Path, nargs="+")
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--limit", type=int)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    parsed = parse(args.paths[0] if args.mode == "run" else Path(), args.cache, args.limit)
    if args.mode == "run":
        rows = run(parsed)
        text = "".join(json.dumps(r) + "\n" for r in rows)
        if args.out is not None:
            args.out.write_text(text, encoding="utf-8")
        print(f"{len(rows)} sources in {len(parsed)} documents")
    elif args.mode == "diff":
        diff(args.paths[0], args.paths[1], parsed)
    else:
        open_sources(args.paths[0], parsed)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
