"""A headline's verb reading when the model reads its verb as a noun.

Headlines drop articles and tell past events in the present, and the model, trained on full
sentences, often reads their verb as a noun, an adjective or part of a name: "Rangers mock
plans to ..." (an adjective of "plans"), "Costa Joins a Panel ..." (a name in title case),
"Aid pours in ..." (a plural noun). When the parse has no clause with a subject, each word
that can be a verb form (the rule lemmatizer's verb index: "mock", "joins", "pours", and a
past form "Fired") before any verb the model did read (the headline's verb comes first;
a participle, "Behind in polls, Costa lobs ...", does not count) is tried, left to
right, in its past form ("mocked", "joined", "poured"), lowercased; the first whose parse
makes it the main verb with a subject before it (no colon between: a label is no subject)
that agrees with the headline's form of it ("Fishermen mock", "Board plans"; not "Harbour
board" read as "Harbour boarded") and something that completes it after it (an object, a
particle, a preposition: "Harbour rescue: ..." read as "Harbour rescued" has none) is the
headline's reading. A present form with only a phrase of place or time after it ("Peace
talks in Harbourton", "Ferry Service Cuts Across The Region") is a noun phrase, not such a
reading, unless the text tells the word as a verb ("rallied", "rallying"). The reading keeps
the headline's words (offsets into the title hold) and takes the parse, tags and entities of
the past-form text.

Two verbs a comma joins after their subject ("Ana Costa praises, laments Leo Brandt's
legacy", which the model reads as "praises" a clause of "laments", whose subject is
"legacy") are first tried with "and" for the comma; the reading holds when the first verb
then has the subject before it and the second is its conjunct (the comma keeps its tag).

A word the article's text capitalises together with the headline's word before or after it
is part of the headline's name ("Brandt Parade"), not a verb, and is not tried; a name the
word is part of elsewhere ("Harbourton Protest Committee", "3 March") does not count.

The parts of speech tried, the relations that complete a verb and the pronouns a bare form
agrees with are the rule's choices and live in ``data/headline_reading.tsv``; the subject
relations and the finite verb tags are the label scheme's own definitions and stay in code.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc, Token

from newsclaims.extract.verb_lemmas import verb_index
from newsclaims.lexicons import read_pairs, read_table, read_words

DATA = Path(__file__).parent / "data"

#: This module's data file: the word and label lists the re-reading decides by.
_DATA = DATA / "headline_reading.tsv"
#: Relations of a clause's subject. Grammar constants of the parser's label scheme (the
#: definition of a subject), not a choice of the rule, so they stay in code.
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Tags of a verb the model read that is not a participle ("widen", "struggles"): the Penn
#: tags of a finite or bare verb, a grammar constant as ``SUBJECTS``.
FINITE_OR_BARE = frozenset({"VB", "VBD", "VBP", "VBZ", "MD"})
#: Endings after which a verb takes "-es" ("presses", "reaches"), and the vowels of the past
#: form's spelling rules: English spelling, constants as the tags above.
_ES_AFTER = ("s", "x", "z", "ch", "sh", "o")
_VOWELS = frozenset("aeiou")
#: Endings of a past participle ("gone", "eaten", "begun"), passed over for the simple past
#: when the lemmatizer lists both.
_PARTICIPLE_ENDINGS = ("en", "wn", "ne", "un", "unk", "ung", "ain")
#: Relations of a phrase after a noun that may keep it a noun phrase ("talks in Harbourton").
_NOUN_PHRASE_COMPLETING = frozenset({"prep", "agent"})
#: The model's pipes after the parse, which a try does without: a try is judged by its tags,
#: parts of speech and dependencies alone, and a headline may cost several tries; the chosen
#: reading alone gets its lemmas and entities (the pipes run on it in the model's order, as a
#: whole parse runs them). Names of the model's own pipes, as ``STAGES`` names ours.
AFTER_PARSE = ("lemmatizer", "ner")


@cache
def _noun_phrase_prepositions() -> frozenset[str]:
    """Prepositions whose phrase after a noun keeps it a noun phrase ("in", "across", "from":
    ``noun_phrase_prepositions.tsv``)."""
    return read_words(DATA / "noun_phrase_prepositions.tsv")


@cache
def _past_exceptions() -> dict[str, str]:
    """The simple pasts the rules get wrong, by lemma (``past_forms.tsv``)."""
    return read_pairs(DATA / "past_forms.tsv")


@cache
def reading_words(name: str) -> frozenset[str]:
    """One set of ``data/headline_reading.tsv``: ``misread_pos`` (parts of speech of a word
    the model did not read as a verb that may be the verb), ``completing`` (relations of what
    completes the verb after it), ``plural_pronoun`` (pronouns a bare present form agrees
    with)."""
    return frozenset(entry for set_name, entry in read_table(_DATA, 2) if set_name == name)


@cache
def _irregular_pasts(nlp: Language) -> dict[str, str]:
    """Irregular past forms by lemma ("lead" -> "led"), from the rule lemmatizer's verb
    exceptions (empty without one)."""
    if "lemmatizer" not in nlp.pipe_names:
        return {}
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_exc"):
        return {}
    forms: dict[str, list[str]] = {}
    for form, lemmas in sorted(lookups.get_table("lemma_exc").get("verb", {}).items()):
        if form.endswith("ing") or (form.endswith("s") and not form.endswith("ss")):
            continue
        for lemma in lemmas:
            if form != lemma:
                forms.setdefault(lemma, []).append(form)
    # the simple past before a participle ("went" before "gone", "did" before "done")
    return {
        lemma: min(found, key=lambda f: (f.endswith(_PARTICIPLE_ENDINGS), f))
        for lemma, found in forms.items()
    }


def past_form(nlp: Language, lemma: str) -> str:
    """The simple past of a verb lemma: from ``past_forms.tsv`` ("cut" -> "cut", "go" ->
    "went"), irregular from the lemmatizer's exceptions, else by the spelling rules ("stage"
    -> "staged", "carry" -> "carried", "lob" -> "lobbed", "open" -> "opened")."""
    irregular = _past_exceptions().get(lemma) or _irregular_pasts(nlp).get(lemma)
    if irregular is not None:
        return irregular
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        return lemma[:-1] + "ied"
    if (
        3 <= len(lemma) <= 4
        and lemma[-1] not in _VOWELS
        and lemma[-1] not in "wxy"
        and lemma[-2] in _VOWELS
        and lemma[-3] not in _VOWELS
        and sum(c in _VOWELS for c in lemma) == 1
    ):
        return lemma + lemma[-1] + "ed"  # one syllable: "lob" -> "lobbed"
    return lemma + "ed"


def _verb_form(token: Token, verbs: frozenset[str]) -> str | None:
    """The past form to try for a word the model did not read as a verb, or None when the
    word is no verb form (a verb's lemma, its "-s" form, or a past form in "-ed")."""
    word = token.lower_
    if word.endswith("ed") and (word[:-1] in verbs or word[:-2] in verbs):
        return word
    if word.endswith("es") and word[:-2] in verbs and word[:-2].endswith(_ES_AFTER):
        return word[:-2]
    if word.endswith("s") and not word.endswith("ss") and word[:-1] in verbs:
        return word[:-1]
    if word in verbs:
        return word  # a lemma, "discuss" and "focus" too
    return None


def _has_clause(doc: Doc) -> bool:
    """True when a verb of the first line's main clause (the root or a verb joined to it)
    has a subject before it."""
    for token in doc:
        if token.text == ";":
            return False
        if token.pos_ in ("VERB", "AUX") and _main_with_subject(token):
            return True
    return False


def _main_with_subject(token: Token) -> bool:
    """True when the token is a main verb with a subject before it, no colon between them
    (a label before a colon, "Harbour rescue: Race to ...", is no subject)."""
    if token.dep_ != "ROOT" and not (token.dep_ == "conj" and token.head.dep_ == "ROOT"):
        return False
    return any(
        c.dep_ in SUBJECTS
        and c.i < token.i
        and not any(t.text == ":" for t in token.doc[c.i : token.i])
        for c in token.children
    )


def _agrees(verb: Token, word: str, lemma: str) -> bool:
    """True when the headline's form of the verb agrees with its subject in the present: a
    bare form ("mock") with a plural or joined subject ("Fishermen mock", "Costa and Lopez
    lead"), an "-s" form with a singular one ("Board plans"); a past form with any. A noun
    compound ("Harbour board plans") read as "Harbour boarded plans" does not agree."""
    subject = next(c for c in verb.children if c.dep_ in SUBJECTS and c.i < verb.i)
    plural = (
        subject.tag_ in ("NNS", "NNPS")
        or any(c.dep_ == "conj" for c in subject.children)
        or subject.lower_ in reading_words("plural_pronoun")
    )
    if word.endswith("ed") and word == lemma:
        return True  # a past form ("Fired")
    if word == lemma:
        return plural
    return not plural


def _completed(verb: Token) -> bool:
    """True when the verb has what completes it after it (an object, a particle, a
    preposition, a clause): a headline's label before a colon ("Harbour rescue: ...") read
    as "X rescued" has none."""
    return bool(_completing(verb))


def _completing(verb: Token) -> list[Token]:
    """What completes the verb after it: its children of a ``completing`` relation."""
    completing = reading_words("completing")
    return [c for c in verb.children if c.dep_ in completing and c.i > verb.i]


def _beyond_noun_phrase(verb: Token, past: bool) -> bool:
    """True when what completes the verb is more than a noun takes after it: an object, a
    particle, a clause ("plans to widen ..."), a phrase of a preposition a noun seldom takes
    ("reacts to ...", ``noun_phrase_prepositions.tsv``), or any phrase after a past form
    ("Featured In ..."); not a phrase of place or time alone after a present form ("Peace
    talks in Harbourton", "Ferry Service Cuts Across The Region": noun phrases)."""
    nouns = _noun_phrase_prepositions()
    return any(
        past or c.dep_ not in _NOUN_PHRASE_COMPLETING or c.lower_ not in nouns
        for c in _completing(verb)
    )


def _is_past(nlp: Language, word: str, verbs: frozenset[str]) -> bool:
    """True when the word is the past form of a verb ("featured", "worked"; not "seed")."""
    return any(lemma in verbs and past_form(nlp, lemma) == word for lemma in (word[:-1], word[:-2]))


def _name_in(body: str, token: Token) -> bool:
    """True when the body has the word capitalised with the headline's word before or after
    it, capitalised too ("Lena Brandt Parade": "Brandt Parade"): the headline's own name, not
    another ("Harbourton Protest Committee" is no name of "Fishermen Protest Plans"), nor a
    date ("3 March")."""
    doc = token.doc
    pairs = []
    if token.i > 0 and doc[token.i - 1].is_alpha:
        pairs.append(f"{_capitalised(doc[token.i - 1].text)} {_capitalised(token.text)}")
    if token.i + 1 < len(doc) and doc[token.i + 1].is_alpha:
        pairs.append(f"{_capitalised(token.text)} {_capitalised(doc[token.i + 1].text)}")
    return any(re.search(rf"\b{pair}\b", body) is not None for pair in pairs)


def _capitalised(word: str) -> str:
    """A pattern of the word capitalised, its other letters in any case ("McCain", "MCCAIN")."""
    return re.escape(word[:1].upper()) + f"(?i:{re.escape(word[1:])})"


def _told_as_verb(nlp: Language, body: str, lemma: str) -> bool:
    """True when the body has a form of the lemma only a verb has: its past ("reacted"),
    unless the past is the lemma itself ("cut"), or its "-ing" form ("reacting")."""
    past = past_form(nlp, lemma)
    stem = lemma[:-1] if lemma.endswith("e") and not lemma.endswith("ee") else lemma
    forms = {stem + "ing"}
    if past.endswith("ed"):
        forms.add(past[:-2] + "ing")  # "stopped" -> "stopping"
    if past != lemma:
        forms.add(past)
    return any(re.search(rf"\b{re.escape(f)}\b", body, re.IGNORECASE) for f in forms)


def headline_reading(nlp: Language, headline: Doc, body: str, parse: Callable[[str], Doc]) -> Doc:
    """The headline parsed with its verb read as a verb (see the module), or ``headline``
    itself when it has a clause with a subject or no word gives one. ``parse`` is the
    model's parse of a text (as the headline was parsed: without our stages), which may skip
    the pipes of ``AFTER_PARSE``: the chosen reading is run through them here."""
    if _has_clause(headline):
        return headline
    verbs = verb_index(nlp)
    listed = _verb_list_reading(nlp, headline, verbs, parse)
    if listed is not None:
        return listed
    misread = reading_words("misread_pos")
    words = [t.text for t in headline]
    for token in headline:
        if token.text == ";" or token.tag_ in FINITE_OR_BARE:
            break  # the deck's clause, or a verb the model read ("to widen ..."): the
            # headline's verb comes before its clauses' verbs
        if token.i == 0 or not token.is_alpha or token.pos_ not in misread:
            continue
        lemma = _verb_form(token, verbs)
        if lemma is None or (token.text[:1].isupper() and _name_in(body, token)):
            continue
        past = lemma if lemma.endswith("ed") and lemma == token.lower_ else past_form(nlp, lemma)
        tried = [*words[: token.i], past, *words[token.i + 1 :]]
        text = "".join(w + t.whitespace_ for w, t in zip(tried, headline, strict=True))
        parsed = parse(text)
        if [t.text for t in parsed] != tried:
            continue
        verb = parsed[token.i]
        if (
            verb.pos_ == "VERB"
            and _main_with_subject(verb)
            and _completed(verb)
            and _agrees(verb, token.lower_, lemma)
            and (
                _beyond_noun_phrase(verb, _is_past(nlp, token.lower_, verbs))
                or _told_as_verb(nlp, body, lemma)
            )
        ):
            return _with_words(headline, _after_parse(nlp, parsed), token.i, lemma)
    return headline


def _verb_list_reading(
    nlp: Language, headline: Doc, verbs: frozenset[str], parse: Callable[[str], Doc]
) -> Doc | None:
    """The headline's reading when it joins two verbs by a comma after their subject ("Ana
    Costa praises, laments Leo Brandt's legacy"): the model reads the first verb as a clause
    of the second and the object after it as the second's subject. Tried with "and" for the
    comma; the reading holds when the first verb is then the main verb with a subject before
    it and the second its conjunct. The comma keeps its own tag and relation."""
    for token in headline[1:-2]:
        if token.text == ";":
            return None
        second = headline[token.i + 1]
        after = headline[token.i + 2]
        if not (
            second.text == ","
            and token.tag_ in FINITE_OR_BARE | {"NNS"}
            and after.tag_ in FINITE_OR_BARE | {"NNS"}
            and _verb_form(token, verbs) is not None
            and _verb_form(after, verbs) is not None
        ):
            continue
        words = [t.text for t in headline]
        tried = [*words[: second.i], "and", *words[second.i + 1 :]]
        # "praises, laments" -> "praises and laments": the comma has no space before it
        text = "".join(
            w + (" " if t.i == token.i else t.whitespace_)
            for w, t in zip(tried, headline, strict=True)
        )
        parsed = parse(text)
        if [t.text for t in parsed] != tried:
            return None
        first, other = parsed[token.i], parsed[after.i]
        if not (
            first.pos_ == "VERB"
            and _main_with_subject(first)
            and other.pos_ == "VERB"
            and other.dep_ == "conj"
            and other.head.i == first.i
        ):
            return None
        read = _after_parse(nlp, parsed)
        return Doc(
            headline.vocab,
            words=words,
            spaces=[bool(t.whitespace_) for t in headline],
            tags=["," if t.i == second.i else t.tag_ for t in read],
            pos=["PUNCT" if t.i == second.i else t.pos_ for t in read],
            morphs=["" if t.i == second.i else str(t.morph) for t in read],
            lemmas=["," if t.i == second.i else t.lemma_ for t in read],
            heads=[t.head.i for t in read],
            deps=["punct" if t.i == second.i else t.dep_ for t in read],
            ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in read],
        )
    return None


def _after_parse(nlp: Language, parsed: Doc) -> Doc:
    """The parse run through the model's pipes of ``AFTER_PARSE`` (lemmas, entities), in the
    model's order; each gives the same again on a doc that had it already."""
    for name, pipe in nlp.pipeline:
        if name in AFTER_PARSE:
            parsed = pipe(parsed)
    return parsed


def _with_words(headline: Doc, parsed: Doc, at: int, lemma: str) -> Doc:
    """The headline's words with the parse of ``parsed`` (same tokens, one word changed at
    ``at``, whose lemma is ``lemma``)."""
    lemmas = [t.lemma_ for t in parsed]
    if not lemma.endswith("ed") or lemma != headline[at].lower_:
        lemmas[at] = lemma
    return Doc(
        headline.vocab,
        words=[t.text for t in headline],
        spaces=[bool(t.whitespace_) for t in headline],
        tags=[t.tag_ for t in parsed],
        pos=[t.pos_ for t in parsed],
        morphs=[str(t.morph) for t in parsed],
        lemmas=lemmas,
        heads=[t.head.i for t in parsed],
        deps=[t.dep_ for t in parsed],
        ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in parsed],
    )
