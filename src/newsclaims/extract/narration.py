"""The outlet's own narration: which sentences no one else says.

A sentence that no attribution touches is the outlet's own statement (stance ``asserted``,
kind ``narration``) unless this module finds it is someone else's or no statement at all: it
quotes or reports speech (``Speech``, a quotation of speech length: ``speech_long``), it tells
someone else's view (``views_the_sentence``: the word lists ``view_verbs.tsv``,
``regard_verbs.tsv``, ``view_adjectives.tsv``, ``view_nouns.tsv``), or it is a command
(``is_command``), or it runs captions or a heading into a sentence with no punctuation
between (``furniture.run_together``), or it lies inside a quotation whose marks the
quotation scanner could not pair (``attribution.open_quotations``), or it is a heading
(``is_heading``: in capitals, or in title case with no stop), or it is the present-tense
caption of a photo credit right after it (``_credited_caption``). ``own_sentences``
applies them all; the attribution stage turns what it returns into claim drafts.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import accumulate
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from newsclaims import settings
from newsclaims.extract.furniture import run_together
from newsclaims.extract.posts import last_tag_run, tag_run
from newsclaims.extract.spans import doc_text, indexes_of, token_indexes, token_starts
from newsclaims.extract.speakers import person_noun
from newsclaims.extract.verb_lemmas import cue_lemma, verb_lemma
from newsclaims.lexicons import caption_marks, read_words

#: The extract stages' data files (word lists).
DATA = Path(__file__).parent / "data"


@cache
def naming_nouns() -> frozenset[str]:
    """Nouns that a title or a name follows with no comma (``naming_nouns.tsv``)."""
    return read_words(DATA / "naming_nouns.tsv")


@cache
def view_verbs() -> frozenset[str]:
    """Verbs of holding a view ("think", "believe", "agree"; ``view_verbs.tsv``)."""
    return read_words(DATA / "view_verbs.tsv")


@cache
def regard_verbs() -> frozenset[str]:
    """Verbs of taking something as something ("saw the plan as"; ``regard_verbs.tsv``)."""
    return read_words(DATA / "regard_verbs.tsv")


@cache
def view_adjectives() -> frozenset[str]:
    """Adjectives of a held belief ("confident", "convinced"; ``view_adjectives.tsv``)."""
    return read_words(DATA / "view_adjectives.tsv")


@cache
def view_nouns() -> frozenset[str]:
    """Nouns of a view held by someone after "of" ("in the view of"; ``view_nouns.tsv``)."""
    return read_words(DATA / "view_nouns.tsv")


@cache
def title_small_words() -> frozenset[str]:
    """Short words a heading in title case leaves in lower case (``title_small_words.tsv``)."""
    return read_words(DATA / "title_small_words.tsv")


#: What ends a sentence that ends with a stop (a closing mark or bracket may follow it).
_STOPS = frozenset(".!?…")
_AFTER_STOP = "\"'”’)]"


@lru_cache(maxsize=4)
def _in_capitals(text: str) -> bool:
    """Whether most of a text's letters are capitals (``settings.HEADING_CAPITALS_SHARE``):
    wire copy in capitals, where capitals tell no heading."""
    letters = sum(c.isalpha() for c in text)
    capitals = sum(c.isupper() for c in text)
    return letters > 0 and capitals > settings.HEADING_CAPITALS_SHARE * letters


def is_heading(text: str, sent: Span, count: int | None = None) -> bool:
    """Whether a sentence is a heading, not a statement: at least
    ``settings.HEADING_MIN_WORDS`` words, all in capitals ("WHAT THE NEW LAW MEANS FOR
    DRIVERS", a stop after it too: "HOW HARBOR TOWNS ARE COURTING YOUNG SAILORS."), but not
    where most of the text is in capitals (wire copy: ``_in_capitals``), or, ending with no
    stop, each in title case but the short words a title leaves in lower case ("Harbor Fans
    Take to the Streets After the Final": a video's or a link's title;
    ``title_small_words``). ``count``: the sentence's words, when the caller knows it (the
    words are then read only as far as a word that is no heading's: most sentences' first)."""
    if count is None:
        count = sum(1 for t in sent if t.is_alpha)
    if count < settings.HEADING_MIN_WORDS:
        return False
    if all(w.isupper() for w in _alpha_words(sent)):
        return not _in_capitals(text)
    ending = text[sent.start_char : sent.end_char].rstrip().rstrip(_AFTER_STOP)
    if ending[-1:] in _STOPS:
        return False
    small = title_small_words()
    return all(w[0].isupper() or w.lower() in small for w in _alpha_words(sent))


def _alpha_words(sent: Span) -> Iterator[str]:
    return (t.text for t in sent if t.is_alpha)


#: Dependencies of a subject, or of an auxiliary, that a command lacks.
_SUBJECT_OR_AUX = frozenset({"nsubj", "nsubjpass", "csubj", "expl", "aux", "auxpass"})
#: Word classes that may stand before a command's verb ("So take ...", "Now, let's ...").
_BEFORE_COMMAND = frozenset({"ADV", "CCONJ", "INTJ", "PUNCT", "SPACE"})


def _someone_elses(verb: Token) -> bool:
    """Whether a verb has a subject and none of its subjects, nor their conjuncts ("my wife
    and I"), is the writer ("I", "we")."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    every = subjects + [c for s in subjects for c in s.conjuncts]
    return bool(subjects) and not any("1" in s.morph.get("Person", []) for s in every)


def _holds_a_view(token: Token) -> bool:
    """Whether a token tells someone else's view: a verb of holding a view
    (``view_verbs``) with a clause or standing as a parenthesis ("many shoppers think the bar
    has shrunk", "it was, fans agreed, the best night"); a verb of taking something as
    something (``regard_verbs``: "residents saw the plan as a mistake"); an adjective of
    belief with a clause (``view_adjectives``: "the mayor was confident the council would
    ..."), each with a subject other than the writer ("I think" is the outlet's own); or a
    view noun after "in" with its holder after "of" ("in the view of many")."""
    # the word lists are looked up first: most tokens are in none, and their children are
    # then never read
    pos = token.pos_
    if pos == "NOUN":
        return (
            token.lemma_.lower() in view_nouns()
            and token.head.dep_ == "prep"
            and token.head.lower_ == "in"
            and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
        )
    if pos == "ADJ":
        return (
            token.lemma_.lower() in view_adjectives()
            and token.dep_ == "acomp"
            and _someone_elses(token.head)
            # the clause hangs from the adjective or from its copula
            and (
                any(c.dep_ == "ccomp" for c in token.children)
                or any(c.dep_ == "ccomp" for c in token.head.children)
            )
        )
    if pos != "VERB":
        return False
    lemma = cue_lemma(token)
    if lemma in regard_verbs():
        return (
            _someone_elses(token)
            and any(c.dep_ == "dobj" for c in token.children)
            and any(c.dep_ == "prep" and c.lower_ == "as" for c in token.children)
        )
    # spaCy's rule lemmatizer reads "hoping" as "hop": the view's lemma is put back ("hope")
    return (
        verb_lemma(token.text, lemma, view_verbs()) in view_verbs()
        and _someone_elses(token)
        and (token.dep_ == "parataxis" or any(c.dep_ == "ccomp" for c in token.children))
    )


def _in_main_clause(token: Token) -> bool:
    """Whether a token heads its sentence's main clause: the root, or a clause joined to it
    as a parenthesis or by a conjunction ("it was, fans agreed, ..."; "... and fans think
    ..."), not a relative or adverbial clause ("..., which analysts think ...")."""
    while token.dep_ in ("parataxis", "conj") and token.head != token:
        token = token.head
    return token.dep_ == "ROOT"


def view_words(doc: Doc) -> list[int]:
    """The indexes of the tokens whose lemma is in a word list ``_holds_a_view`` reads (a view
    verb, also with the final "e" ``verb_lemma`` puts back; a regard verb, a view adjective or
    noun): no other token can tell a view. Each distinct lemma is read once per document."""
    if not len(doc):
        return []
    strings = doc.vocab.strings
    lemmas = doc.to_array("LEMMA")
    known = _VIEW_LEMMAS
    if len(known) > settings.VIEW_LEMMA_CACHE:
        known.clear()
    wanted = []
    for lemma in set(lemmas.tolist()):
        found = known.get(lemma)
        if found is None:
            found = known[lemma] = _view_lemma(strings[lemma].lower())
        if found:
            wanted.append(lemma)
    return indexes_of(lemmas, wanted)


#: Lemma id -> whether ``view_words`` takes it, kept across documents (an id is the hash of
#: its string, the same in every document), up to ``settings.VIEW_LEMMA_CACHE`` lemmas.
_VIEW_LEMMAS: dict[int, bool] = {}


def _view_lemma(lemma: str) -> bool:
    verbs = view_verbs()
    return (
        lemma in verbs
        or lemma + "e" in verbs
        or lemma in regard_verbs()
        or lemma in view_adjectives()
        or lemma in view_nouns()
    )


def views_the_sentence(sent: Span, candidates: Sequence[int] | None = None) -> bool:
    """Whether the sentence as a whole is someone else's view (``_holds_a_view``): a view verb
    heading its main clause, or a belief adjective on it ("the mayor was confident ...");
    a view noun anywhere ("in the opinion of several residents"). A view verb or adjective in a
    relative or adverbial clause leaves the outlet's main statement its own. ``candidates``
    (``view_words`` of the doc, in order) spares reading the sentence's other tokens."""
    if candidates is None:
        tokens: Iterable[Token] = sent
    else:
        doc = sent.doc
        lo, hi = bisect_left(candidates, sent.start), bisect_left(candidates, sent.end)
        tokens = (doc[i] for i in candidates[lo:hi])
    for t in tokens:
        if not _holds_a_view(t):
            continue
        if t.pos_ == "NOUN" or _in_main_clause(t.head if t.pos_ == "ADJ" else t):
            return True
    return False


def speech_long(doc: Doc, start: int, end: int) -> bool:
    """Whether a quotation (token range, marks included) is long enough to be speech: at
    least ``settings.MIN_SPEECH_WORDS`` words or a finite verb ("'we sail'"); else a scare quote or
    a name."""
    span = doc[start:end]
    words = sum(t.is_alpha for t in span)
    return words >= settings.MIN_SPEECH_WORDS or any(
        "Fin" in t.morph.get("VerbForm", []) for t in span
    )


def is_command(sent: Span) -> bool:
    """A sentence that is a command, not a statement ("Clear off the table", "Let's sort
    this out", "So call it what you like"): its root is a bare verb with no subject or
    auxiliary, and only adverbs, conjunctions or marks stand before it."""
    root = sent.root
    return (
        root.tag_ == "VB"
        and not any(c.dep_ in _SUBJECT_OR_AUX for c in root.children)
        and all(t.pos_ in _BEFORE_COMMAND for t in sent[: root.i - sent.start])
    )


#: Marks of speech inside a sentence: quotation marks and the commonest reporting words.
_SPEECH_MARKS = frozenset('"“”')
_SPEECH_LEMMAS = frozenset({"say", "tell", "accord", "quote"})


@dataclass(frozen=True)
class Speech:
    """Where a doc's speech marks and verbs are (token indexes), to tell a sentence that
    quotes or reports someone ("... said", "according to", a quotation)."""

    marks: list[int]
    verbs: list[int]

    def in_sentence(self, sent: Span) -> bool:
        """Whether the sentence holds a speech mark or a reporting verb (``_SPEECH_LEMMAS``)."""
        doc = sent.doc
        first = bisect_left(self.marks, sent.start)
        if first < len(self.marks) and self.marks[first] < sent.end:
            return True
        verbs = self.verbs[bisect_left(self.verbs, sent.start) : bisect_left(self.verbs, sent.end)]
        return any(cue_lemma(doc[i]) in _SPEECH_LEMMAS for i in verbs)


def own_sentences(
    doc: Doc,
    covered: list[tuple[int, int]],
    quotes: list[tuple[int, int]],
    open_quotes: Sequence[tuple[int, int]] = (),
) -> Iterator[Span]:
    """The sentences that are the outlet's own statements: with a verb, touched by no span
    of ``covered`` (sorted character spans of the attributions found), at least
    ``settings.MIN_NARRATION_WORDS`` words, no question, and holding no quotation (double
    or single marks: ``quotes``, token ranges), lying inside no quotation whose marks the
    scanner could not pair (``open_quotes``: sorted character ranges, a lone opening mark to
    a lone closing mark, ``attribution.open_quotations``), no reported speech, no one else's view
    (``views_the_sentence``), no command (``is_command``), and no clauses run together
    without punctuation, as captions and headings glued to a sentence are (``_glued``), no
    caption opened by a label with no finite verb after it (``_label_caption``) and no run of
    a post's #tags (``posts.tag_run``)."""
    quotes = sorted(q for q in quotes if speech_long(doc, *q))
    quote_starts = [qs for qs, _qe in quotes]
    quote_reach = list(accumulate((qe for _qs, qe in quotes), max))
    # a sentence is touched when a span that starts before its end ends after its start:
    # the furthest end of the spans that start before each offset, by bisection
    starts = [s for s, _e in covered]
    reach = list(accumulate((e for _s, e in covered), max))
    credits = _uncaptioned_credits(doc)
    furniture = _furniture_edges(doc)
    open_starts = [s for s, _e in open_quotes]
    open_reach = list(accumulate((e for _s, e in open_quotes), max))
    text = doc_text(doc)
    # words before each token, and where the speech marks and verbs are: read once per doc
    alphas = list(accumulate(doc.to_array("IS_ALPHA").tolist() if len(doc) else [], initial=0))
    speech = Speech(token_indexes(doc, "ORTH", _SPEECH_MARKS), token_indexes(doc, "POS", ("VERB",)))
    adverbs = token_indexes(doc, "TAG", ("RB",))
    colons = token_indexes(doc, "ORTH", (":",))
    views = view_words(doc)
    token_at = token_starts(doc)
    # words the parse reads as a name somewhere: in a name of two words or more, or tagged one
    entity_words = frozenset(
        [t.text for ent in doc.ents if len(ent) > 1 for t in ent]
        + [doc[i].text for i in token_indexes(doc, "POS", ("PROPN",))]
    )
    for whole in doc.sents:
        sent = _statement_words(text, whole, colons)
        if sent is None:
            continue
        before = bisect_left(starts, sent.end_char)
        if before and reach[before - 1] > sent.start_char:
            continue
        if alphas[sent.end] - alphas[sent.start] < settings.MIN_NARRATION_WORDS:
            continue
        if text[sent.start_char : sent.end_char].rstrip().endswith("?"):
            continue
        if speech.in_sentence(sent):
            continue  # a quotation or speech the stage could not attribute is not the outlet's
        quoted = bisect_left(quote_starts, sent.end)
        if quoted and quote_reach[quoted - 1] > sent.start:
            continue  # a quotation in single marks
        opened = bisect_left(open_starts, sent.end_char)
        if opened and open_reach[opened - 1] > sent.start_char:
            continue  # inside a quotation whose marks the scanner could not pair
        words = alphas[sent.end] - alphas[sent.start]
        if is_command(sent) or views_the_sentence(sent, views) or is_heading(text, sent, words):
            continue
        glued_adverbs = frozenset(
            token_at[i]
            for i in adverbs[bisect_left(adverbs, sent.start) : bisect_left(adverbs, sent.end)]
        )
        if _glued(text, sent, glued_adverbs) or _glued_by_parse(sent, entity_words):
            continue  # captions or a heading glued to a sentence: no one statement
        if _credited_caption(text, sent, credits):
            continue  # a photo's caption, its credit after it
        if _between_captions(text, sent, furniture) and _present_tense(sent):
            continue  # a caption alone between two others ("The crew celebrates ...")
        if _label_caption(sent):
            continue  # a labelled caption ("Waiting: Ana Ruiz ...")
        yield sent


def _statement_words(text: str, sent: Span, colons: Sequence[int]) -> Span | None:
    """The words of a sentence that may be the outlet's statement: after a headline's kicker
    (``_after_kicker``: "Exclusive: ..."), else the sentence when a verb heads it; without a
    post's run of tags (``_without_tags``); None when none are left. ``colons``: the indexes
    of the doc's ":" tokens, in order (a kicker's colon is among a sentence's first four)."""
    first = bisect_left(colons, sent.start)
    kicker = first < len(colons) and colons[first] < min(sent.start + 4, sent.end)
    kicked = _after_kicker(sent) if kicker else None
    if kicked is None and sent.root.pos_ not in ("VERB", "AUX"):
        return None
    words = _without_tags(text, kicked if kicked is not None else sent)
    return words if words is not None and len(words) else None


#: A headline's labels that the outlet's own statement follows after a colon
#: (``data/caption_marks.tsv``, ``kicker``): "Exclusive: ...", "Update: ...", "Watch: ...".
_KICKERS = frozenset(caption_marks()["kicker"])
#: Tags of a verb that may carry a headline's statement: finite, or the infinitive of one
#: that is to come ("Mayor X to quit as mayor").
_STATEMENT_VERB_TAGS = frozenset({"VB", "VBD", "VBZ", "VBP", "MD"})
#: Tags of a question word that opens an explainer's title after its kicker ("why", "how").
_WH_TAGS = frozenset({"WRB", "WP", "WDT"})


def _after_kicker(sent: Span) -> Span | None:
    """The words after a headline's kicker (``_KICKERS``: one or two words, then a colon,
    "Exclusive: Mayor X to quit ...", "Update: council votes to close the pier"), when they hold
    a verb of their own (``_STATEMENT_VERB_TAGS``), not one of a relative clause of a noun among
    them ("Watch: the moment the mill went up in flames": a video's title): the outlet's
    statement, which the parse of the label often hides (the label read as the root, an
    adjective or a command). An empty span after a kicker with no such verb, or before a
    question word ("Analysis: why the council lost its nerve": a title), no statement;
    None for a sentence with no kicker."""
    words = [t for t in sent[:4] if not t.is_space]
    colon = next((i for i, t in enumerate(words) if t.text == ":"), None)
    if colon not in (1, 2) or " ".join(t.lower_ for t in words[:colon]) not in _KICKERS:
        return None
    body = sent.doc[words[colon].i + 1 : sent.end]
    if len(body) and body[0].tag_ in _WH_TAGS:
        return sent.doc[sent.end : sent.end]  # "Analysis: why the council ...": a title
    verb = any(
        t.tag_ in _STATEMENT_VERB_TAGS
        and not (t.dep_ == "relcl" and body.start <= t.head.i < body.end)
        for t in body
    )
    return body if verb else sent.doc[sent.end : sent.end]


def _without_tags(text: str, sent: Span) -> Span | None:
    """The sentence without a post's run of tags in it (``posts.last_tag_run``): the whole
    sentence when a word in lower case goes on after the tags (prose that quotes them: "Fans
    held signs reading #A #B as they marched, ..."); the words after the tags when they open a
    new sentence (a capital after them, or tags glued to a stop: the post's words before them
    are its own); None when nothing but the tags ends the sentence (a post's text)."""
    run = last_tag_run(text, sent.start_char, sent.end_char)
    if run is None:
        return sent
    start, end = run
    after = [t for t in sent if t.idx >= end and not (t.is_space or t.is_punct)]
    if not after:
        return None
    if after[0].text[:1].islower() and text[start] == "#":
        return sent
    return sent.doc[after[0].i : sent.end]


def reads_as_caption(words: Span) -> bool:
    """Whether ``words`` (a sentence, or a quotation's words inside its marks) read as page
    furniture by the marks narration asserts nothing from (``own_sentences``): a caption
    opened by a label ("Happier times: Ana Ruiz at the quay"), a post's run of #tags, or the
    caption of a photo credit right after it that the furniture stage found without one,
    told in the present tense ("Fans wave flags. (Photo: AP)"). A quotation carried on over
    such words is a caption read as the speaker's (issue 16)."""
    text = doc_text(words.doc)
    return (
        _label_caption(words)
        or tag_run(text, words.start_char, words.end_char)
        or _credited_caption(text, words, _uncaptioned_credits(words.doc))
    )


def _uncaptioned_credits(doc: Doc) -> frozenset[int]:
    """Where the photo credits whose caption the furniture stage did not find start
    (``FurnitureSpan.uncaptioned``)."""
    spans = getattr(doc._, "newsclaims_furniture", None) or ()
    return frozenset(f.start for f in spans if f.uncaptioned)


#: Tags of a verb in the present tense.
_PRESENT = frozenset({"VBZ", "VBP"})


def _credited_caption(text: str, sent: Span, credits: frozenset[int]) -> bool:
    """Whether a sentence is the caption of the photo credit right after it ("Fans wave
    flags outside the stadium. (Photo: Ana Ruiz, AP)"): the credit's caption was not found
    (``_uncaptioned_credits``) and the sentence is told in the present tense, as captions
    are (its main verb, or the "be" before it: "fans are seen ..."; not "have": "the
    Hawks have won" tells the news), where narration tells the past. Some outlets print
    credits after article sentences, which are in the past tense."""
    if not credits:
        return False
    # the credit is blanked out: it starts within the spaces after the sentence
    after = sent.end_char
    while after < len(text) and text[after].isspace() and after not in credits:
        after += 1
    if after not in credits or text[sent.end_char : after].count("\n") > 1:
        return False
    return _present_tense(sent)


def _present_tense(sent: Span) -> bool:
    """Whether the sentence is told in the present tense, as captions are: its main verb, or
    the "be" before it ("fans are seen ..."; not "have": "the Hawks have won" tells the
    news), where narration tells the past."""
    root = sent.root
    auxiliaries = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    if root.tag_ in _PRESENT:
        return not auxiliaries
    return bool(auxiliaries) and all(
        a.tag_ in _PRESENT and a.lemma_.lower() == "be" for a in auxiliaries
    )


#: Kinds of page furniture that print a picture's words (``furniture.FurnitureSpan.kind``):
#: a sentence between two of them is one more caption; between two adverts' or links' markers
#: ("ADVERTISEMENT", "Read more: ...") it is a paragraph of the article.
_PICTURE_KINDS = frozenset({"caption", "credit", "gallery"})


def _furniture_edges(doc: Doc) -> tuple[frozenset[int], frozenset[int]]:
    """Where the picture furniture (``_PICTURE_KINDS``) the stage found ends, and where it
    starts."""
    spans = [
        f for f in getattr(doc._, "newsclaims_furniture", None) or () if f.kind in _PICTURE_KINDS
    ]
    return frozenset(f.end for f in spans), frozenset(f.start for f in spans)


def _between_captions(
    text: str, sent: Span, furniture: tuple[frozenset[int], frozenset[int]]
) -> bool:
    """Whether only spaces part the sentence from page furniture on both sides (a caption
    printed between two others: "... the harbour (Getty) The crew celebrates on the quay.
    Ana Ruiz greets ... (Getty Images)"); ``furniture``: ``_furniture_edges``."""
    ends, starts = furniture
    if not ends or not starts:
        return False
    before = sent.start_char
    while before > 0 and text[before - 1].isspace() and before not in ends:
        before -= 1
    after = sent.end_char
    while after < len(text) and text[after].isspace() and after not in starts:
        after += 1
    return before in ends and after in starts


def _glued(text: str, sent: Span, adverbs: frozenset[int]) -> bool:
    """Whether a sentence runs captions or a heading into it with no punctuation between
    (``furniture.run_together``, told where the parse found adverbs: ``adverbs``, the
    character offsets of the sentence's words tagged RB, "nervously covers"), at a break
    whose word before it is no word for a person ("news anchor Dana Lee was seen ...": a
    role before a name is no clause's end)."""
    return any(
        not person_noun(_word_before(text, sent.start_char, at))
        for at in run_together(text, sent.start_char, sent.end_char, adverbs)
    )


#: Tags of a capitalised word after a noun that opens a clause ("... the season Cheers rang
#: out", "... the queue Outside the office ..."): a plural noun or a closed-class word. A
#: singular noun, an adjective or a verb form capitalised there is too often a name or a title
#: ("the show Scandal", "three Swiss buyers", "a sixth generation Texan").
_CLAUSE_OPENING_TAGS = frozenset({"NNS", "IN", "RB", "DT", "PRP", "PRP$", "WRB", "EX"})


def _glued_by_parse(sent: Span, entity_words: frozenset[str]) -> bool:
    """Whether a caption with no full stop runs into the sentence where the parse sees it
    and ``run_together`` cannot (its rules read raw text): a common noun, a space, then a
    capitalised word that is no name (not tagged as one, nor anywhere in the document:
    ``entity_words``, the words of its names of two words or more and of its proper nouns)
    and a lowercase word ("... for the first boat trip of
    the season Cheers rang out ...", "... the long queue Outside the office ...").
    After a name or a number a capitalised word goes on with the sentence ("the team Harbor
    Rovers", "three Swiss buyers"), and after a noun that names a work or a team
    (``naming_nouns``) it is its title ("the drama Suits", "the novel Them")."""
    doc = sent.doc
    for t in sent[1:-1]:
        word = t.text
        if not (len(word) > 1 and word[0].isupper() and word[1:].islower()):
            continue
        if t.pos_ == "PROPN" or t.tag_ not in _CLAUSE_OPENING_TAGS or word in entity_words:
            continue
        before, after = doc[t.i - 1], doc[t.i + 1]
        if before.pos_ != "NOUN" or before.dep_ == "compound" or before.whitespace_ != " ":
            continue
        if before.lemma_.lower() in naming_nouns():
            continue  # a title after the noun that names it: "the drama Suits"
        if before.text.isalpha() and before.text.islower() and after.text[:1].islower():
            return True
    return False


#: Tags of a finite verb (``data/caption_marks.tsv``, ``finite_tag``): a label before one may
#: open a real sentence ("Update: the council has voted ..."); a caption after its label has
#: none ("Waiting: Ana Ruiz outside ...").
_FINITE_TAGS = frozenset(caption_marks()["finite_tag"])


def _label_caption(sent: Span) -> bool:
    """Whether the sentence is a photo's caption opened by a label: one capitalised word, or
    it and a lowercase word, then a colon ("Waiting:", "Happier times:"), no name in the label
    (a named speaker's words are a claim: "Tom Reyes: we will win"; nor "Q:" or "HOST:", a
    transcript's), and no finite verb after the colon (the parse made the label its verb)."""
    words = [t for t in sent[:3] if not t.is_space]
    colon = next((i for i, t in enumerate(words) if t.text == ":"), None)
    if colon not in (1, 2):
        return False
    label = words[:colon]
    first = label[0].text
    if not (len(first) > 1 and first[0].isupper() and first[1:].isalpha() and first[1:].islower()):
        return False
    if any(t.ent_type_ or not t.is_alpha for t in label) or (
        len(label) == 2 and not label[1].text.islower()
    ):
        return False
    after = sent[label[-1].i - sent.start + 2 :]
    return len(after) > 0 and not any(t.tag_ in _FINITE_TAGS for t in after)


def _word_before(text: str, lo: int, at: int) -> str:
    """The word of ``text[lo:at]`` that ends last, read back from ``at`` (slicing from
    ``lo`` at every break of a long sentence is quadratic in its length)."""
    end = at
    while end > lo and text[end - 1].isspace():
        end -= 1
    begin = end
    while begin > lo and not text[begin - 1].isspace():
        begin -= 1
    return text[begin:end]
