"""The corpus walk and provenance header shared by the cue learners (``learn_cues.py``,
``learn_cue_frames.py``).

``verbs`` parses an annotated PolNeAR split with the English model and yields every verb with
the lemma the attribution stage looks it up by (``attribution.cue_lemma``), whether a gold
cue covers it and whether a quotation stands beside it. ``header`` is the provenance the
learned files start with: the script, the model, the commit, the corpus and the cue bar, as
``# key: value`` lines that the loaders skip. Only counts and these lines leave the scripts,
never text.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, DocBin, Token

from newsclaims import settings
from newsclaims.eval.attribution import Document, read_corpus
from newsclaims.extract import attribution, narration
from newsclaims.extract.verb_lemmas import cue_lemma

ROOT = Path(__file__).parent.parent
DATA = ROOT / "src" / "newsclaims" / "extract" / "data"

#: The learned files, which the commit's "dirty" mark leaves out (one learner reads the
#: other's output).
LEARNED = (
    "src/newsclaims/extract/data/cues.tsv",
    "src/newsclaims/extract/data/cue_frames.tsv",
    "src/newsclaims/extract/data/particle_senses.tsv",
)


@dataclass(frozen=True, slots=True)
class Verb:
    """One verb of the corpus, as the learners count it."""

    token: Token
    lemma: str
    """The lemma the attribution stage looks the verb up by."""
    cue: bool
    """A gold cue covers the verb's first character."""
    quoted: bool
    """A quotation stands beside the verb (``attribution._quote_for``)."""
    inside: bool
    """The verb stands inside a quotation (``attribution._quotes``): a speaker's own words,
    where PolNeAR marks no cue."""


@dataclass(frozen=True, slots=True)
class Corpus:
    """An annotated split, read once."""

    folder: Path
    documents: tuple[Document, ...]

    @classmethod
    def read(cls, folder: Path) -> Corpus:
        return cls(folder, tuple(read_corpus(folder)))

    def name(self) -> str:
        """The split as "corpus/split" ("polnear/train")."""
        return f"{self.folder.parent.name}/{self.folder.name}"

    def fingerprint(self) -> str:
        """SHA-256 (12 hex digits) over the documents' names, texts and gold cue offsets."""
        digest = hashlib.sha256()
        for doc in self.documents:
            digest.update(doc.name.encode() + b"\0" + doc.text.encode() + b"\0")
            cues = sorted(span for g in doc.gold if g.cue for span in g.cue)
            digest.update(repr(cues).encode())
        return digest.hexdigest()[:12]


def arguments(script: str, views: bool = False) -> tuple[Path, Path | None, bool]:
    """The split folder, the optional ``--parsed FILE`` parse cache of a learner and, for a
    learner with ``views``, whether only the rows of the view verbs are learnt again
    (``--views-only``, ``kept_rows``; always false without ``views``)."""
    parser = argparse.ArgumentParser(prog=script)
    parser.add_argument("split", type=Path, help="an annotated PolNeAR split (train)")
    parser.add_argument("--parsed", type=Path, help="DocBin file caching the split's parses")
    if views:
        parser.add_argument(
            "--views-only",
            action="store_true",
            help="learn only the rows of the view verbs (view_verbs.tsv) again, keep the others",
        )
    args = parser.parse_args()
    return args.split, args.parsed, bool(getattr(args, "views_only", False))


@cache
def view_lemmas() -> frozenset[str]:
    """The verbs of holding a view (``view_verbs.tsv``: "think", "believe", "hope")."""
    return narration.view_verbs()


def counted(verb: Verb) -> bool:
    """Whether the learners count the verb. PolNeAR marks no cue inside a quotation: a
    speaker's "I think it will pass" in their own words is never marked, though the same
    verb in the narration ("Okafor thinks that ...") is a cue about half of the time. A view
    verb inside a quotation with a clause of its own subject is left out, so that the share
    of that reading is the narration's. Every other verb inside a quotation is still counted:
    leaving all of them out lets in acts ("attack", "offer", "oppose"; bench/results.md,
    session 38, indirect38), and leaving out the view verbs' other readings lets in feelings
    and acts ("felt cheap", "agreed to a deal", "hope for", "fear the worst")."""
    return not (verb.inside and verb.lemma in view_lemmas() and _clause_of_its_own(verb.token))


def _clause_of_its_own(verb: Token) -> bool:
    """The verb takes a complement clause with a subject of its own ("think the rules are
    unfair", "believe that it will pass"), not an infinitive or a bare predicate."""
    return any(
        c.dep_ == "ccomp" and any(g.dep_ in ("nsubj", "nsubjpass", "expl") for g in c.children)
        for c in verb.children
    )


def kept_rows(path: Path, relearnt: frozenset[str]) -> tuple[str, list[str]]:
    """For ``--views-only``: the rows of the learned file ``path`` whose lemma is not
    ``relearnt``, and where they come from (the ``kept`` provenance line: the file's own
    ``kept`` line, else its commit). Learning every row again at a later commit moves lemmas
    this change is not about ("show" crosses the bar from parser and code drift alone)."""
    provenance: dict[str, str] = {}
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("# ") and ": " in line and "\t" not in line:
            key, value = line[2:].split(": ", 1)
            provenance[key] = value
        elif line and not line.startswith("#") and line.split("\t", 1)[0] not in relearnt:
            rows.append(line)
    origin = provenance.get("kept") or f"rows of other lemmas from commit {provenance['commit']}"
    return origin, rows


def load_model() -> Language:
    """The English model the pipeline is built on, without the newsclaims stages (no stage
    changes the tokens, tags, parse or entities that the learners read)."""
    nlp: Language = importlib.import_module(settings.MODEL_NAME).load()
    nlp.max_length = max(nlp.max_length, settings.MAX_ARTICLE_CHARS + 1)
    return nlp


def parse(corpus: Corpus, nlp: Language, cache: Path | None = None) -> Iterator[Doc]:
    """The corpus's documents parsed, in order (progress on stderr). With ``cache``, the
    parses are read from that DocBin file when it exists, else written to it, so that both
    learners (and reruns) parse the split once; the cache holds text, keep it out of the
    repository."""
    if cache is not None and cache.is_file():
        yield from DocBin().from_disk(cache).get_docs(nlp.vocab)
        return
    store = DocBin(store_user_data=True)
    texts = (d.text for d in corpus.documents)
    total = len(corpus.documents)
    for n, parsed in enumerate(nlp.pipe(texts, batch_size=16), start=1):
        if cache is not None:
            store.add(parsed)
        yield parsed
        if n % 100 == 0 or n == total:
            print(f"{n}/{total}", file=sys.stderr)
    if cache is not None:
        store.to_disk(cache)


def verbs(corpus: Corpus, nlp: Language, cache: Path | None = None) -> Iterator[Verb]:
    """Every verb of the corpus, document by document (``parse``)."""
    for parsed, doc in zip(parse(corpus, nlp, cache), corpus.documents, strict=True):
        if parsed.text != doc.text:
            raise SystemExit(f"{cache} does not hold {corpus.name()}: remove it and run again")
        cue_chars = {i for g in doc.gold if g.cue for s, e in g.cue for i in range(s, e)}
        quotes = attribution._quotes(parsed)
        for token in parsed:
            if token.pos_ != "VERB":
                continue
            quoted = attribution._quote_for(token, None, quotes) is not None
            inside = any(start <= token.i < end for start, end in quotes)
            lemma = cue_lemma(token)
            yield Verb(token, lemma, token.idx in cue_chars, quoted, inside)


def _commit() -> str:
    """HEAD's hash, with "+dirty" when tracked files other than the learned ones differ."""
    head = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    changed = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no", "--", ".", *_excluded()],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    return head + ("+dirty" if changed else "")


def _excluded() -> list[str]:
    return [f":(exclude){path}" for path in LEARNED]


def header(script: str, corpus: Corpus, nlp: Language, **extra: str) -> str:
    """The provenance lines a learned file starts with."""
    fields = {
        "script": script,
        "model": f"{settings.MODEL_NAME} {nlp.meta.get('version', '?')}",
        "commit": _commit(),
        "corpus": f"{corpus.name()} ({len(corpus.documents)} documents, "
        f"sha256 {corpus.fingerprint()})",
        "cue_min_precision": str(settings.CUE_MIN_PRECISION),
        **extra,
    }
    return "".join(f"# {key}: {value}\n" for key, value in fields.items())


def file_digest(path: Path) -> str:
    """SHA-256 (12 hex digits) of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]
