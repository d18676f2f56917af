"""The main event of an article: who did what, when, where, why and how (5W1H).

News puts its main event first and names it in the headline. The finder reads the first
``settings.MAIN_EVENT_SENTENCES`` sentences that have a clause with a subject (page furniture:
captions without a verb, "Get the morning briefing in your inbox", falls out there), and
scores each by weighted features (``data/main_event_weights.tsv``, fitted by
``bench/fivew_fit.py``): how many of the headline's words it repeats (the sentence, and its
predicate's own phrase), its position (and whether it is the first), whether its subject
names the article's most mentioned actor; reporting clauses ("X said"), stative
predicates ("are champions", "is underway") and pronoun subjects weigh less, and so may a
scene-setting opener ("On a cold night in Queens, ..."), a verb that is not finite, a quote,
or background ("had approved", "last year": ``data/background_markers.tsv``); a reporting
verb with a content clause stands for the event it reports ("Floods have killed 23 people,
the agency said"; "X said it would cut jobs", "it" read as X) when its source tells it as so
(a claim reported or confirmed, not negated, no charge: "denied that ..." and "alleged that
..." stay the news), and not for a filler "it" ("said it would take weeks to ..."). From
the best sentence's main clause (or the predicate of it that repeats most of the headline, a
relative clause's included: its relative pronoun is its antecedent; never an adverbial
clause a subordinating word opens, "hours after X", "if X", nor a bare participle, ",
finally ending X": ``_subordinate``):

- who: when the what is the headline's (below), the actor the headline's subject names, as
  the text mentions it (a surname alone, "Costa says ...", is the text's "Ana Costa"), else
  the headline's own words for it (the sentence's subject is another event's, or the text
  names a body only by the headline subject's head word: "Costa super PAC" and "PAC");
  else the actor its subject names (a person, organisation, place as government or group),
  by the fullest name the text gives it up to that sentence ("Mayor Lena Brandt ... Brandt
  opened": "Lena Brandt"; given names the entity finder left out before it kept), or for
  a reported "we" or "I" the speaker ("Costa argued that ... 'we will see'"); of a pronoun
  joined to a name ("she and Leo Brandt"), the pronoun's actor, not the name; of a time
  or place the parser read as a second subject beside a name, the name; else the name
  an appositive or a naming verb gives the subject ("The girl, named Ana Silva by local
  media"), else the subject's own words ("Dozens of volunteers", "a
  tram"); a subject that names a span of time or a state of affairs ("Two decades of
  waiting", ``non_actor_nouns.tsv``) or a day ("Wednesday added ...") is no actor, and the
  actor the headline names first is; a headline subject list ("Costa and Lopez face ...") is
  the text's list ("Ana Costa and Maria Lopez");
  the place of a dateline the parser read as a subject ("Lyon (AFP) -- Mayor Jean Dupont
  toured ...") is none, nor a name that only modifies a headline subject for a person
  ("Harbourton governor endorses ...": not Harbourton), nor a mention the text uses as a
  place ("killed in Delvin" under "Delvin Widow Lin Park Backs ...": a later mention, else
  the headline's words); a headline that names the actor by
  a role ("Judge blocks ...", "Harbourton governor endorses ...") names the person the text
  writes with that role before the name, with it ("U.S. District Judge Ana Reyes",
  "Governor Tom Reyes"), else, for a role a name modifies, the text's subject of the
  headline's verb ("Union Chief Praises ..." and "The head of the union, Ola Berg,
  praised ...");
- what: the predicate with its object or first complement, without the subject and without
  relative or adverbial clauses ("staged a protest against Trump's victory"; a predicate
  with nothing after it shares the object of the verb joined right after it: "arrested
  and charged two men", "praises, laments X's legacy"); when the
  headline has a clause whose subject names an actor ("Riverside Rovers beat Harbour Kings
  ...", not a clause of the deck after a ";") and the text's phrase does not say that
  clause's predicate and object (with no object, the noun of the preposition after the verb:
  "responds to council attack" is not told by "responded first by thanking the crowd"), the
  headline's predicate and object ("beat Harbour Kings", offsets into the title), unless the
  clause follows a colon after a person's name ("Costa: Board Ignored Islanders" is what
  Costa said, not the event); an object keeps the "to" infinitive that says what it is for
  ("backed her plan to widen the canal"); a verb of
  saying or thinking keeps the clause it has as object ("denied that troops had crossed the
  border", not a bare "denied"), but stops before a quotation in it (the source's words);
  an object keeps the verb's prepositional phrase right after it that completes it ("threw
  her support behind the governor", a recipient the parser reads as a dative: "Gives Tribute
  To Crew Of ..."), not one of place, time, reason or manner (a place or time by the phrase's
  own head: "for three years", not "for a third four-year term"); an infinitive with no object of
  its own keeps the clause it takes as one ("has yet to settle how the office would repay the
  grants"), and a noun keeps the clause that says what it is ("rejected accusations that she
  misled the board", "Rejects Claims She Misled ...", ``_noun_content``);
- when: a dated expression of that sentence (or, failing that, of the lead) that falls in the
  weeks before publication, with the part of it a noun names ("the early hours of Thursday")
  and the day after a clock time ("noon on Monday"), else a later date of a clause of the
  same event (the same verb, actor and object, no "also"/"again", not pluperfect: the event
  told again with its day), else the publication day (no words);
  a date of another lead sentence whose clause's "he" or "she" cannot be the actor (a
  person of the other gender) dates someone else's deed;
- where: the place its verb happens at ("outside Trump Tower"; "across the city" is the town named
  before it, ``place_anaphors.tsv``: "Denver" of "Denver Comets fans"), else a place of the
  sentence, else the dateline ("CLEVELAND --", a town in capitals the gazetteer knows even where no
  entity covers it; it is where the reporter filed from, so a place the sentence names comes first:
  "WASHINGTON -- A car bomb exploded in Kabul"), else a place of the lead sentence that dates it
  ("At 23:10 in Leeds, England, ..."), else the place the headline names ("... in Leeds") at
  its first mention in the text, else the lead's first place; a place followed by ", Place" or "in
  Place" keeps both ("Ghent, East Flanders province", "City Hall in Ghent"); after "at", "outside",
  "inside" or "near", a proper name no entity covers is a place too (a building whose name begins
  with a person's: only the person was read as a name); a country gives way to a place of the lead
  that the gazetteer puts inside it ("in Belgium" ... "in Ghent");
- why: a "because"/"after"/"following" clause or phrase, "due to"/"because of", or a purpose
  "to ..." clause of the verb; how: a "by ..." phrase. None when the text says neither.

This module is a helper of the events stage (``extract/events.py``), not a stage of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, cached_property
from pathlib import Path

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from newsclaims import settings
from newsclaims.extract import gazetteer
from newsclaims.extract.intervals import interval
from newsclaims.extract.spans import doc_text
from newsclaims.extract.speakers import (
    Speakers,
    lexicon,
    person_roles,
    plain_speakers,
)
from newsclaims.lexicons import (
    allegation_cues,
    extraposition_verbs,
    first_name_gender,
    modals,
    naming_verbs,
    non_actor_nouns,
    one_gender,
    place_anaphors,
    place_prepositions,
    read_pairs,
    read_value,
    read_words,
    repeat_adverbs,
    speaker_words,
    stative_verbs,
    time_part_nouns,
    word_genders,
)
from newsclaims.model import Stance
from newsclaims.names import name_words

#: Entity types that can be the main actor.
WHO_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "GROUP"})
#: Entity types of a time: a subject that names one ("Wednesday added ...") is no actor.
TIME_TYPES = frozenset({"DATE", "TIME"})
#: Entity types that can be the place.
WHERE_TYPES = frozenset({"GPE", "LOC", "FAC"})
#: The dependents of a verb that another verb joined before it may share ("arrested and
#: charged two men", "praises, laments X's legacy").
SHARED_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "dative", "oprd"})
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: Relations of a name used as a modifier ("Dutch cyclist", "US election"): no actor, no place.
MODIFIERS = frozenset({"amod", "compound", "poss", "nmod"})
#: Prepositions after which an organisation's name is a place ("outside Trump Tower").
AT_PREPOSITIONS = frozenset({"at", "outside", "inside", "near"})
#: Dependents of a predicate that are not part of its short phrase.
NOT_WHAT = frozenset(
    {"nsubj", "nsubjpass", "csubj", "advcl", "relcl", "acl", "parataxis", "ccomp", "conj", "cc",
     "punct", "mark", "intj", "npadvmod", "advmod", "appos", "dep", "meta", "agent"}
)  # fmt: skip
#: Dependents of a clausal object that are not part of the short phrase (its subject is).
CLAUSE_NOT_WHAT = NOT_WHAT - SUBJECTS
#: Dependents that come with the predicate's word itself.
VERB_PARTS = frozenset({"aux", "auxpass", "neg", "prt"})
#: Complements, in the order one is chosen as the object of the short phrase.
COMPLEMENTS = ("dobj", "attr", "acomp", "oprd", "xcomp", "dative")
#: Complements that show a clause after a noun has no gap, so says what the noun is
#: ("claims she misled the board"), not which one it is ("the report she published").
CONTENT_COMPLEMENTS = frozenset({"dobj", "attr", "acomp", "oprd", "ccomp", "xcomp"})
#: Subjects of a quotation or of a prompt to the reader.
FIRST_PERSON = frozenset({"i", "you", "we", "me", "us"})
#: Stances of a claim whose content the main event may stand for: told as so by the source.
TOLD_AS_SO = frozenset({Stance.REPORTED, Stance.CONFIRMED})
#: Tags of a relative pronoun ("who", "which", "that" opening a relative clause).
RELATIVE_TAGS = frozenset({"WP", "WDT"})
#: Words that open a reason.
WHY_MARKS = frozenset({"because", "after", "following", "since"})
WHY_PREPS = frozenset({"because", "due", "over", "following", "after", "amid"})
#: Dash-like tokens that end a dateline ("CLEVELAND --", "LONDON —").
DATELINE_ENDS = frozenset({"--", "—", "–", "―", "-", ":"})
#: Words after a place that introduce the larger place it lies in.
LOCATING = frozenset({",", "in"})
#: Prepositions whose object is where something happens.
PLACE_PREPOSITIONS = place_prepositions() | {"at", "in", "outside", "near", "inside", "on"}
_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_ON_DAY = re.compile(r"\s+on\s+")


@dataclass(frozen=True, slots=True)
class Part:
    """A part of the main event: character offsets, and the entity it names."""

    start: int
    end: int
    entity: str | None = None
    in_title: bool = False
    """True when the offsets are into the headline, not the text."""


@dataclass(frozen=True, slots=True)
class MainEventDraft:
    """The main event as character offsets, before conversion to a ``MainEvent``."""

    who: Part | None
    what: Part | None
    when: Part | None
    where: Part | None
    why: Part | None
    how: Part | None
    predicate: int
    """Character offset of the main verb (to find the event built on it); for a "what" of the
    headline, of the text's event of the headline's predicate, else -1."""


def _stem(word: str) -> str:
    """A crude stem for comparing a headline's words with a sentence's ("stages"/"staged")."""
    return word[:5]


def _token_stems(tokens: Iterable[Token]) -> set[str]:
    """The stems of the content words among the tokens, of each word and of its lemma: a
    headline's present tense names what the text tells in the past ("win" / "won", "drive" /
    "driven")."""
    out: set[str] = set()
    for t in tokens:
        if t.is_alpha and t.lower_ not in STOP_WORDS:
            out.add(_stem(t.lower_))
            out.add(_stem(t.lemma_.lower()))
    return out


def _headline_stems(title: str | None, headline: Doc | None = None) -> set[str]:
    """The stems of the headline's content words, and of their lemmas where the model parsed
    the headline: a headline's past tense ("drove") names what the text tells with another
    form of the verb ("has driven"), as the text's side keeps its lemmas too."""
    if not title:
        return set()
    words = re.findall(r"[^\W_]+", title.lower())
    stems = {_stem(w) for w in words if w not in STOP_WORDS and len(w) > 1}
    if headline is not None:
        stems |= {
            _stem(t.lemma_.lower())
            for t in headline
            if t.is_alpha and t.lower_ not in STOP_WORDS and len(t.text) > 1
        }
    return stems


def _span(tokens: list[Token]) -> tuple[int, int] | None:
    if not tokens:
        return None
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    return first.idx, last.idx + len(last.text)


def _subtree_without(token: Token, dropped: frozenset[str]) -> list[Token]:
    """The token's subtree without the subtrees of children with a ``dropped`` relation."""
    out = [token]
    for child in token.children:
        if child.dep_ in dropped or child.dep_ == "punct":
            continue
        out.extend(_subtree_without(child, dropped))
    return out


class _Lead:
    """What the finder knows about one document: entity of each token, mention counts."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.entity_at: dict[int, str] = {}
        self.mention_of: dict[int, Span] = {}
        self.count: dict[str, int] = {}
        types = {k: e.type for k, e in (doc._.newsclaims_entities or {}).items()}
        self.types = types
        for span in doc.spans.get("newsclaims_entities", []):
            self.count[span.label_] = self.count.get(span.label_, 0) + 1
            for i in range(span.start, span.end):
                self.entity_at.setdefault(i, span.label_)
                self.mention_of.setdefault(i, span)
        self.top = max(
            (k for k in self.count if types.get(k) in WHO_TYPES),
            key=lambda k: self.count[k],
            default=None,
        )
        claims = doc._.newsclaims_claims or []
        #: the stances the attribution stage gave the claims of each cue (by its first char)
        self.stances: dict[int, set[Stance]] = {}
        #: the stances of the claims of each cue, by its span of characters ("did not say")
        self.cue_spans: dict[tuple[int, int], set[Stance]] = {}
        for c in claims:
            if getattr(c, "cue", None) is not None:
                self.stances.setdefault(c.cue[0], set()).add(c.stance)
                self.cue_spans.setdefault((c.cue[0], c.cue[1]), set()).add(c.stance)
        self.cues = set(self.stances) | {
            span.start_char for span in doc.spans.get("newsclaims_speech_acts", [])
        }
        #: the contents the outlet or a source called false (stance denied)
        self.denied = [c.content for c in claims if c.stance is Stance.DENIED]

    def stances_at(self, char: int) -> set[Stance] | None:
        """The stances of the claims of the cues whose words hold the character (the verb
        of "did not say"), or None when no cue does."""
        found = [st for (low, high), st in self.cue_spans.items() if low <= char < high]
        return set().union(*found) if found else None

    @cached_property
    def speakers(self) -> Speakers:
        """The document's people and their genders, built once, when a rule first asks."""
        return plain_speakers(self.doc)

    def names(self, char: int) -> bool:
        """True when the character lies inside an entity mention."""
        token = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return token is not None and token.start in self.entity_at

    def actor(
        self, tokens: list[Token], types: frozenset[str], *, heads_only: bool = False
    ) -> Span | None:
        """The first mention of an entity of ``types`` among the tokens; with ``heads_only``,
        not one that only modifies a noun ("Dutch" in "a Dutch cyclist", "Cubs" in "Cubs
        fans"), which names no actor, nor one that begins before the tokens."""
        ordered = sorted(tokens, key=lambda t: t.i)
        for t in ordered:
            key = self.entity_at.get(t.i)
            if key is None or self.types.get(key) not in types:
                continue
            mention = self.mention_of[t.i]
            if heads_only and (_modifies_noun(mention) or mention.start < ordered[0].i):
                # a mention that begins before the words names something larger: a
                # speaker's description that holds them ("a neighbour of the cyclist")
                continue
            return mention
        return None


def _modifies_noun(mention: Span, relations: tuple[str, ...] = ("amod", "compound")) -> bool:
    """True when the mention is an adjective or compound (or another of ``relations``) on a
    noun outside it ("Dutch cyclist", "Chicago Cubs fans")."""
    root = mention.root
    return root.dep_ in relations and not (mention.start <= root.head.i < mention.end)


def _main_verb(sentence: Span) -> Token | None:
    """The sentence's main predicate with a subject: its root, or the first verb with one."""
    root = sentence.root
    if _is_verb(root) and (
        any(c.dep_ in SUBJECTS for c in root.children) or _stranded_subject(root) is not None
    ):
        return root
    for token in sentence:
        if (
            _is_verb(token)
            and token.dep_ in ("ROOT", "conj", "ccomp")
            and any(c.dep_ in SUBJECTS for c in token.children)
        ):
            return token
    for child in root.children:
        if _misread_past(child):
            return child
    return None


def _misread_past(token: Token) -> bool:
    """True when the parser read a sentence's past-tense verb as a participle modifying the
    noun before it, the sentence's root ("Mayor Lena Brandt named Ada Holm as her deputy"
    parsed as a noun phrase): a regular "-ed" form right after the root noun, with no other
    verb with a subject in the sentence. The noun is then its subject (``_subject``)."""
    head = token.head
    return (
        token.dep_ == "acl"
        and token.tag_ == "VBN"
        and token.lower_.endswith("ed")
        and head.dep_ == "ROOT"
        and head.pos_ in ("PROPN", "NOUN")
        and token.i == head.i + 1
    )


def _is_verb(token: Token) -> bool:
    """True when the token is a verb or auxiliary, not a dateline's dash the parser read as a
    verb with the place as its subject ("WASHINGTON ― The agency announced ...")."""
    return token.pos_ in ("VERB", "AUX") and token.text not in DATELINE_ENDS


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or the one it shares with the verb it hangs on ("ended their curse
    to win the title", "met Obama and pledged to work together")."""
    if _misread_past(verb):
        return verb.head
    token = verb
    for _ in range(3):
        subjects = [c for c in token.children if c.dep_ in SUBJECTS and not _in_dateline(c)]
        found = _not_a_place(subjects)
        if found is None:
            found = _after_dateline(token) or _stranded_subject(token)
        if found is not None and token.dep_ == "relcl" and found.tag_ in RELATIVE_TAGS:
            # "a teacher who is believed to have driven off": the relative pronoun means its
            # antecedent
            return token.head
        if found is not None or token.dep_ not in ("xcomp", "conj", "advcl"):
            return found
        token = token.head
    return None


def _not_a_place(subjects: list[Token]) -> Token | None:
    """The first of a verb's subjects, passing over a place or a time the parser read as a
    second subject of it when another one is neither ("Friday at a college in Marion, OH,
    after the vote, Gov. Leo Brandt (R-OH), said ...": "OH" or "Friday" and "Brandt" all
    subjects of "said")."""
    if len(subjects) > 1:
        people = [c for c in subjects if c.ent_type_ not in WHERE_TYPES | TIME_TYPES]
        if people and len(people) < len(subjects):
            return people[0]
    return next(iter(subjects), None)


def _after_dateline(verb: Token) -> Token | None:
    """The apposition the parser hung on a dateline it read as the verb's subject ("PORT
    ELLEN, Maine — Gov. Ana Costa on Thursday blamed ...": "Costa" as an apposition of
    "ELLEN"): the name right after the dateline is the subject."""
    end = _dateline_end(verb.doc)
    for child in verb.children:
        if child.dep_ in SUBJECTS and _in_dateline(child):
            found = next((c for c in child.children if c.dep_ == "appos" and c.i > end), None)
            if found is not None:
                return found
    return None


def _stranded_subject(verb: Token) -> Token | None:
    """The name the parser hung, as an apposition, on the last noun of an opening clause
    right before a root verb left without a subject ("Now that it is a contest with Mary
    Ellison, Peter Dorn will try ...": "Dorn" an apposition of "Ellison"): that name, after
    a comma and followed only by the verb's auxiliaries, is the verb's subject. A name set
    off as an apposition of the verb's own subject ("The chair, Peter Dorn, will ...") is
    not moved: that verb has its subject."""
    if verb.dep_ != "ROOT" or any(c.dep_ in SUBJECTS for c in verb.children):
        return None
    doc = verb.doc
    i = verb.i - 1
    while i > verb.sent.start and doc[i].head == verb and doc[i].dep_ in VERB_PARTS:
        i -= 1
    token = doc[i]
    if (
        i <= verb.sent.start
        or token.dep_ != "appos"
        or token.pos_ != "PROPN"
        or token.head.i >= token.i
        or token.head.dep_ != "pobj"
        or token.left_edge.i <= verb.sent.start
        or doc[token.left_edge.i - 1].text != ","
    ):
        return None
    return token


def _dateline_reach(doc: Doc) -> int:
    """How many tokens from the start of the text a dateline may take:
    ``MAIN_EVENT_DATELINE_TOKENS``, not counting a news agency in brackets ("DOVER, Del. (AP)
    --"). Only a bracket that holds a news agency the speakers' lexicon lists counts, never
    another ("Sen. Ana Costa (D) - a critic - blamed": no dateline)."""
    reach = settings.MAIN_EVENT_DATELINE_TOKENS
    opening = next((t.i for t in doc[:reach] if t.text == "("), None)
    if opening is None:
        return reach
    closing = next((t.i for t in doc[opening + 1 : opening + 5] if t.text == ")"), None)
    if closing is None or doc[opening + 1 : closing].text not in lexicon().news_agencies:
        return reach
    return reach + closing - opening + 1


def _dateline_end(doc: Doc) -> int:
    """The index of the dash that ends a dateline opening the text ("CLEVELAND --", "Lyon
    (AFP) --": a capitalised name, maybe with a news agency in brackets), else -1. The parser
    often reads the dateline's place as a second subject of the lead's verb."""
    for i, token in enumerate(doc[: _dateline_reach(doc)]):
        if token.text in DATELINE_ENDS:
            words = [t for t in doc[:i] if not t.is_punct]
            if i > 0 and words and all(t.is_title or t.is_upper for t in words):
                return i
            return -1
    return -1


def _in_dateline(token: Token) -> bool:
    """True when the token lies in the dateline that opens the text (``_dateline_end``)."""
    return token.i < _dateline_reach(token.doc) and token.i < _dateline_end(token.doc)


def _without_dateline(mention: Span) -> Span:
    """The mention without the dateline the entity finder read into it ("HARBOURTON - Carla
    Lopez" as one name)."""
    end = _dateline_end(mention.doc)
    if mention.start <= end < mention.end - 1:
        return mention.doc[end + 1 : mention.end]
    return mention


def _predicate(lead: _Lead, sentence: Span, verb: Token, stems: set[str]) -> Token:
    """The predicate of the sentence whose own phrase repeats most of the headline ("ended
    their curse to win the World Series" under "Cubs win World Series"): the main verb
    unless another repeats more by ``settings.MAIN_EVENT_PREDICATE_MARGIN``. A predicate
    inside a content clause that its source does not tell as so (``_untold``: "denied that
    troops had crossed the border", "alleged that the mayor had taken bribes") is never
    picked: the denial or the charge is the news, as in ``_reported``."""
    if not stems:
        return verb

    def overlap(token: Token) -> float:
        what = _what(token)
        if what is None:
            return -1.0
        span = sentence.doc.char_span(what.start, what.end, alignment_mode="expand")
        return len(stems & _token_stems(span or ())) / len(stems)

    best, most = verb, overlap(verb)
    for token in sentence:
        if (
            token == verb
            or token.pos_ != "VERB"
            or token.dep_ not in ("xcomp", "conj", "advcl", "ccomp")
            or _subject(token) is None
            or _untold(lead, token, verb)
            or _subordinate(token, verb)
        ):
            continue
        share = overlap(token)
        if share > most + settings.MAIN_EVENT_PREDICATE_MARGIN:
            best, most = token, share
    return best


def _subordinate(token: Token, verb: Token) -> bool:
    """True when the token lies in an adverbial clause of the main ``verb``'s (or of a clause
    below it) that a subordinating word opens ("after X", "minutes before X", "if X",
    "though X", "as X": the time, reason, condition or concession of the event, never the
    event) or that is a bare participle ("..., just missing a chance to ...": a side of the
    main clause's event)."""
    while token != verb and token.dep_ != "ROOT":
        if token.dep_ == "advcl" and (
            any(c.dep_ == "mark" for c in token.children) or _bare_participle(token)
        ):
            return True
        token = token.head
    return False


def _bare_participle(token: Token) -> bool:
    """True when the verb is a participle with no auxiliary or subject of its own
    ("missing", "referring to")."""
    return token.tag_ in ("VBG", "VBN") and not any(
        c.dep_ in ("aux", "auxpass", *SUBJECTS) for c in token.children
    )


def _untold(lead: _Lead, token: Token, verb: Token) -> bool:
    """True when the token lies in a content clause (below the main ``verb``) that a source
    does not tell as so: the clause of a reporting verb that fails ``_told_as_so`` (denied,
    alleged, negated), or one a claim with the stance denied covers (``_called_false``)."""
    while token != verb and token.dep_ != "ROOT":
        stances = lead.stances_at(token.head.idx)
        if token.dep_ == "ccomp" and (
            _called_false(lead, token)
            or (stances is not None and not _told_as_so(lead, token.head, stances))
        ):
            return True
        token = token.head
    return False


def _who(lead: _Lead, verb: Token, title: str | None) -> Part | None:
    subject = _subject(verb)
    if subject is None:
        return None
    if subject.lower_ in speaker_self_words() and _reports(lead, verb):
        # "Costa argued that if Brandt is mayor 'we will see shops close'": the speaker's
        # "we" is the speaker, the subject of the reporting verb
        return _who(lead, verb.head, title)
    if subject.lemma_.lower() in non_actor_nouns() or subject.ent_type_ in TIME_TYPES:
        # "Two decades of waiting ended for the Rovers", "Wednesday added one more
        # surprise": no actor; the headline's
        return _headline_actor(lead, verb.sent, title)
    dropped = {"relcl", "acl", "appos", "prep", "advcl"}
    if subject.pos_ == "PRON":
        # "she and her husband Leo Brandt are expecting": the pronoun's actor, not the name
        # joined to it
        dropped |= {"conj", "cc"}
    own = _subtree_without(subject, frozenset(dropped))
    # the dateline the parser hung on the subject ("WASHINGTON — Sen. Ana Costa ...") is no actor
    own = [t for t in own if not _in_dateline(t)] or own
    mention = lead.actor(own, WHO_TYPES, heads_only=True)
    if mention is not None:
        start = _without_dateline(mention).start_char
        end = mention.end_char
        # "Donald Trump and Barack Obama": every named conjunct of the subject
        for conj in _listed_after(subject):
            other = lead.actor(list(conj.subtree), WHO_TYPES)
            if other is None:
                break
            end = max(end, other.end_char)
        if end == mention.end_char:
            return _fullest_name(lead, _without_dateline(mention), verb.sent.end)
        return Part(start, end, mention.label_)
    named = _named_by(lead, subject)
    if named is not None:
        return named
    if subject.pos_ == "PRON":
        # "Lady Gaga isn't ... - and she protested": the nearest actor named before it in
        # the sentence, outside a preposition's object
        return _earlier_actor(lead, subject)
    # no named actor: the subject's own words, with an "of" phrase ("Dozens of volunteers")
    words = [subject]
    for child in subject.children:
        if child.dep_ in ("det", "compound", "amod", "nummod", "poss", "nmod", "quantmod"):
            words.extend(child.subtree)
        elif child.dep_ == "prep" and child.lower_ == "of":
            words.extend(_subtree_without(child, frozenset({"relcl", "acl", "prep"})))
    chars = _span(words)
    return Part(*chars) if chars else None


def _fullest_name(lead: _Lead, mention: Span, before: int) -> Part:
    """The actor of ``mention`` by the fullest name the text gives it before the token
    ``before`` (news names a person or a body in full first, then by a short form: "Mayor Lena
    Brandt ... Brandt opened"), with the given names the entity finder left out before it
    ("Prince Haroun Bin Saleh", of which only "Bin Saleh" was read as a name: ``_given_name``),
    never a title or role ("Apple CEO Tim Cook": "Tim Cook")."""
    best = mention
    for span in lead.doc.spans.get("newsclaims_entities", []):
        if (
            span.label_ == mention.label_
            and span.start < before
            and len(name_words(span.text).split()) > len(name_words(best.text).split())
            and not _modifies_noun(span)
        ):
            best = span
    start = best.start
    if lead.types.get(best.label_) == "PERSON":
        while start > best.root.left_edge.i and _given_name(lead, lead.doc[start - 1]):
            start -= 1
    return Part(lead.doc[start].idx, best.end_char, best.label_)


def _given_name(lead: _Lead, token: Token) -> bool:
    """True when ``token``, a proper noun compounded on a person's name just before it, is one
    of their given names: a first name of the name list the speakers stage reads for
    gender ("Haroun"), or a word the recogniser read as part of the same person's name
    ("Alwaleed Bin Talal", which the entity finder split into "Alwaleed" and "Bin Talal");
    never a title or role ("Prince", "Mayor", "Driver": ``person_roles.tsv`` and
    ``speakers.json``), which the name list may also hold ("Prince", "Judge"), nor a word the
    recogniser typed a place, group or organisation."""
    if (
        token.pos_ != "PROPN"
        or token.dep_ not in ("compound", "flat")
        or token.ent_type_ in WHERE_TYPES | {"NORP", "ORG"}
        or token.lower_.rstrip(".") in _titles()
    ):
        return False
    if first_name_gender(token.text) is not None:
        return True
    return _same_person(lead, token)


def _same_person(lead: _Lead, token: Token) -> bool:
    """True when the recogniser typed ``token`` PERSON in one entity with the word after it
    (the name as extended so far), or the entity finder read it as a person's name of its own
    that ends where the name begins ("Alwaleed" of "Alwaleed Bin Talal")."""
    if token.ent_type_ == "PERSON" and lead.doc[token.i + 1].ent_iob_ == "I":
        return True
    return any(
        span.end == token.i + 1 and lead.types.get(span.label_) == "PERSON"
        for span in lead.doc.spans.get("newsclaims_entities", [])
    )


@cache
def _titles() -> frozenset[str]:
    """The words of a person's title, office or role ("Mayor", "Prince", "MVP"): the roles of
    ``person_roles.tsv`` and the person titles of ``speakers.json``."""
    return person_roles() | lexicon().person_titles


def _headline_words(predicate: Token | None) -> Part | None:
    """The headline's subject in its own words (offsets into the title) when the text never
    names the actor so ("Harbour mom speechwriter reveals ...", "Mira Got Blindsided ..."
    where the text says "councillor Mira Olsen's lead"): the headline's event is that
    actor's."""
    subject = None if predicate is None else _clause_subject(predicate)
    if subject is None or _other_person(subject):
        return None
    if subject.ent_type_ and subject.ent_type_ not in headline_actor_types():
        return None  # "Super Tuesday brings ...", a place the text never names: no actor
    dropped = frozenset({"relcl", "acl", "appos", "prep", "advcl"})
    split = [t for t in _subject_words(subject) if t.i < subject.left_edge.i]
    words = [
        t
        for t in [*split, *_subtree_without(subject, dropped)]
        if not t.is_punct and t.dep_ != "det"
    ]
    chars = _span(words)
    return None if chars is None else Part(*chars, in_title=True)


def _headline_actor(lead: _Lead, sentence: Span, title: str | None) -> Part | None:
    """The actor the headline names first (a person, organisation or group the text
    mentions), as mentioned in the sentence, else at its first mention in the text."""
    if not title:
        return None
    lowered = title.lower()
    at: dict[str, int] = {}
    mention: dict[str, Span] = {}
    for span in lead.doc.spans.get("newsclaims_entities", []):
        if lead.types.get(span.label_) not in WHO_TYPES or _modifies_noun(span):
            continue
        found = lowered.find(span.text.lower())
        if found < 0:
            continue
        key = span.label_
        at[key] = min(at.get(key, found), found)
        if key not in mention or (
            sentence.start <= span.start < sentence.end
            and not sentence.start <= mention[key].start < sentence.end
        ):
            mention[key] = span
    if not at:
        return None
    first = mention[min(at, key=lambda key: at[key])]
    return Part(first.start_char, first.end_char, first.label_)


def _named_by(lead: _Lead, subject: Token) -> Part | None:
    """The name of a subject that names no actor itself: its appositive actor ("The girl,
    Ana Silva, ...") or the proper noun a naming verb gives it ("The girl, named Ana Silva
    by local media, ...": ``naming_verbs.tsv``), whole even where the entity finder read
    only a part of it as a name."""
    for child in subject.children:
        if child.dep_ == "appos":
            words = _subtree_without(child, frozenset({"relcl", "acl", "prep"}))
            mention = lead.actor(words, WHO_TYPES, heads_only=True)
            if mention is not None:
                return Part(mention.start_char, mention.end_char, mention.label_)
        elif (
            child.dep_ == "acl"
            and child.lemma_.lower() in naming_verbs()
            and not _misread_past(child)
        ):
            for name in child.children:
                if name.dep_ not in ("oprd", "attr", "dobj") or name.pos_ != "PROPN":
                    continue
                words = [name, *(c for c in name.children if c.dep_ == "compound")]
                chars = _span(words)
                mention = lead.actor(words, WHO_TYPES)
                if chars is not None:
                    return Part(*chars, mention.label_ if mention is not None else None)
    return None


def _listed_after(subject: Token) -> list[Token]:
    """The conjuncts after the subject, in order; a list the parser read as an apposition
    with conjuncts of its own ("A, B and C" as "A" with the appositive "B and C") counts
    as conjuncts too."""
    after = [c for c in subject.conjuncts if c.i > subject.i]
    if after:
        return after
    appos = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), None)
    if appos is None or not any(
        c.dep_ == "cc" and c.lower_ in ("and", "&") for c in appos.children
    ):
        return []
    return [appos, *(c for c in appos.conjuncts if c.i > appos.i)]


def _earlier_actor(lead: _Lead, pronoun: Token) -> Part | None:
    if pronoun.lower_ not in ("he", "she", "they", "it"):
        return None
    personal = pronoun.lower_ in ("he", "she")
    for token in reversed(pronoun.doc[pronoun.sent.start : pronoun.i]):
        key = lead.entity_at.get(token.i)
        if key is None or lead.types.get(key) not in WHO_TYPES or token.dep_ == "pobj":
            continue
        if (lead.types.get(key) == "PERSON") != personal:
            continue
        mention = lead.mention_of[token.i]
        if mention.root.dep_ in MODIFIERS:
            continue
        return Part(mention.start_char, mention.end_char, mention.label_)
    return None


def _complement(verb: Token, *, nearest: bool = False) -> Token | None:
    """The verb's complement in the order of ``COMPLEMENTS``, or with ``nearest`` the first
    after it in the text (a headline's words stand in their order: "freed from mine
    after long search", where the parser reads "search" as an object)."""
    if nearest:
        after = [c for c in verb.children if c.dep_ in COMPLEMENTS and c.i > verb.i]
        return min(after, key=lambda c: c.i, default=None)
    return next((c for dep in COMPLEMENTS for c in verb.children if c.dep_ == dep), None)


def _adjunct_after(verb: Token, complement: Token) -> list[Token]:
    """A headline's clause ends with its adjunct: the predicate's phrase right after the
    complement, of place, time or occasion ("end drought in epic World Series finale",
    "win title at Wembley"), not of reason or manner ("after long search": the why; "by
    storming home": the how, ``_why_how``)."""
    prep = _phrase_after(verb, complement)
    if prep is None or prep.lower_ in WHY_PREPS or prep.lower_ == "by":
        return []
    return _subtree_without(prep, NOT_WHAT)


def _phrase_after(verb: Token, complement: Token) -> Token | None:
    """The verb's preposition right after its complement: a "prep", or a recipient's "to"
    the parser reads as a dative ("Gives Tribute To Crew Of ...")."""
    after = complement.right_edge.i + 1
    return next(
        (
            c
            for c in verb.children
            if c.i == after and (c.dep_ == "prep" or (c.dep_ == "dative" and c.pos_ == "ADP"))
        ),
        None,
    )


def _object_left_out(verb: Token, complement: Token) -> list[Token]:
    """The noun phrase right after a preposition the parser left without an object, which
    it hung on the verb as a bare noun or adverb ("Two men fell down a dry well", "well" read
    as an adverbial noun or an adverb of "fell"; a determiner shows it is a noun): the
    preposition's object, so the phrase keeps it."""
    if complement.dep_ != "prep" or any(c.dep_ in ("pobj", "pcomp") for c in complement.children):
        return []
    after = complement.right_edge.i + 1
    noun = next(
        (
            c
            for c in verb.children
            if c.dep_ in ("npadvmod", "dobj", "advmod")
            and c.left_edge.i == after
            and (c.pos_ in ("NOUN", "PROPN") or any(d.dep_ == "det" for d in c.children))
        ),
        None,
    )
    return [] if noun is None else _subtree_without(noun, NOT_WHAT)


def _object_infinitive(complement: Token) -> list[Token]:
    """The "to" infinitive that says what the object is for ("backed her plan to widen the
    canal", "announced plans to open a school"): a "call" or a "plan" names no
    event without it."""
    for child in complement.children:
        if (
            child.dep_ == "acl"
            and child.i > complement.i
            and any(c.dep_ == "aux" and c.tag_ == "TO" for c in child.children)
        ):
            return _subtree_without(child, NOT_WHAT)
    return []


def _object_complement(verb: Token, complement: Token) -> list[Token]:
    """The prepositional phrase of the verb right after its object, or after the phrase of
    a preposition that stands for one, that completes it ("threw her support behind the
    governor", "put the blame on the board", "went on offense against her rival"): not one of
    reason or manner ("after ...", "by ...": the why and the how), nor of a place or a time
    ("at City Hall", "on Monday": the where and the when); after a preposition's phrase, nor
    one of ``side_prepositions`` ("with her lawyer", "as a welder")."""
    prep = _phrase_after(verb, complement)
    if prep is None or prep.lower_ in WHY_PREPS | PLACE_PREPOSITIONS or prep.lower_ == "by":
        return []
    if complement.dep_ == "prep" and prep.lower_ in side_prepositions():
        return []  # "sat in the car with her lawyer": with whom, not what
    # the phrase's own words, without the clauses under its noun ("behind the mayor, who
    # faces a vote next month": the mayor is no time)
    own = _subtree_without(prep, NOT_WHAT)
    if any(c.dep_ == "pobj" and c.ent_type_ in WHERE_TYPES | TIME_TYPES for c in prep.children):
        # a place or a time ("at City Hall", "for three years"): the object's own head word
        # is one; a name or a date that modifies it ("behind the governor of Kestrel", "for a
        # third four-year term") does not make the phrase one
        return []
    if any(t.text in QUOTES for t in prep.subtree):
        return []  # a quotation (the source's words)
    return own


def _clausal_object(verb: Token) -> Token | None:
    """The clause after the verb that is its object ("predicted that the reform would pass",
    "Says He Never Pledged ..."): a verb of saying or thinking without it names no event."""
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)


def _infinitive_clause(complement: Token) -> list[Token]:
    """The clause an infinitive complement takes as its object when it has no object of its
    own ("has yet to settle how the office would repay the grants": a bare "to settle"
    names no event), without its "that", up to a quotation in it (the source's words)."""
    if complement.dep_ != "xcomp" or any(c.dep_ in COMPLEMENTS for c in complement.children):
        return []
    clause = _clausal_object(complement)
    if clause is None:
        return []
    quote = next((t.i for t in clause.subtree if t.text in QUOTES), None)
    return [
        t
        for t in _subtree_without(clause, CLAUSE_NOT_WHAT)
        if t.dep_ != "mark" and (quote is None or t.i < quote)
    ]


def _noun_content(words: list[Token]) -> list[Token]:
    """The clause that says what a noun of the phrase is ("rejected accusations that she
    misled the board", "Rejects Claims She Misled The Board"): a clause after the noun opened
    by "that" as a conjunction, or one the parser reads as relative with no relative word,
    that has no gap (its own subject and a complement, ``CONTENT_COMPLEMENTS``); "the promise
    she made" and "the report that the board published" (gaps) are relative clauses, left
    out, and so is "fears that prices will rise" (no complement to tell it by)."""
    out: list[Token] = []
    for noun in (t for t in words if t.pos_ in ("NOUN", "PROPN")):
        for clause in noun.children:
            if clause.i < noun.i or clause.dep_ not in ("acl", "relcl"):
                continue
            own = {c.dep_ for c in clause.children}
            if not own & SUBJECTS or not own & CONTENT_COMPLEMENTS:
                continue  # a gap: "the report that the board published"
            if clause.dep_ == "acl" and not any(
                c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
            ):
                continue
            if clause.dep_ == "relcl" and any(t.tag_ in RELATIVE_TAGS for t in clause.subtree):
                continue
            out.extend(t for t in _subtree_without(clause, CLAUSE_NOT_WHAT) if t.dep_ != "mark")
    return out


def _joined_before_object(verb: Token) -> Token | None:
    """The verb joined to this one right after it, with only a comma or a conjunction
    between, when this one has nothing after it of its own: the two share the object after
    the second ("praises, laments Leo Brandt's legacy", "arrested and charged two men")."""
    if any(c.i > verb.i and c.dep_ not in ("conj", "cc", "punct") for c in verb.children):
        return None
    joined = next((c for c in verb.children if c.dep_ == "conj" and c.i > verb.i), None)
    if joined is None or joined.pos_ != "VERB":
        return None
    between = verb.doc[verb.i + 1 : joined.i]
    if not between or not all(t.dep_ in ("cc", "punct") and t.text != ";" for t in between):
        return None
    # only an object is shared ("met and voted on Monday": "voted" has none), through a
    # list of verbs ("praised, thanked and hugged the volunteers")
    if _joined_before_object(joined) is None and not any(
        c.dep_ in SHARED_OBJECTS and c.i > joined.i for c in joined.children
    ):
        return None
    return joined


def _what(verb: Token, *, nearest: bool = False) -> Part | None:
    joined = _joined_before_object(verb)
    if joined is not None:
        own, shared = _what_of(verb, nearest=nearest), _what(joined, nearest=nearest)
        if own is not None and shared is not None and shared.end > own.end:
            return Part(own.start, shared.end)
    return _what_of(verb, nearest=nearest)


def _what_of(verb: Token, *, nearest: bool = False) -> Part | None:
    # the predicate with its auxiliaries, without an infinitive's "to" ("to win" -> "win")
    words = [verb] + [c for c in verb.children if c.dep_ in VERB_PARTS and c.tag_ != "TO"]
    complement = _complement(verb, nearest=nearest)
    if complement is None:
        complement = _clausal_object(verb)
    if complement is None:
        complement = next((c for c in verb.children if c.dep_ == "prep"), None)
    if complement is not None and complement.dep_ == "ccomp":
        # "said that the budget would balance": the clause with its own subject, without
        # its "that"
        clause = [t for t in _subtree_without(complement, CLAUSE_NOT_WHAT) if t.dep_ != "mark"]
        quote = next((t.i for t in complement.subtree if t.text in QUOTES), None)
        # a quoted argument is the source's words, not the event: the phrase stops before it
        words.extend(t for t in clause if quote is None or t.i < quote)
    elif complement is not None and complement.i > verb.i:
        words.extend(_subtree_without(complement, NOT_WHAT))
        words.extend(_infinitive_clause(complement))
        words.extend(_object_left_out(verb, complement))
        words.extend(_object_infinitive(complement))
        if not nearest and complement.dep_ in ("dobj", "prep"):
            words.extend(_object_complement(verb, complement))
        if nearest:
            words.extend(_adjunct_after(verb, complement))
        words.extend(_noun_content(words))
    # contiguous from the first auxiliary to the end of the complement
    words = [t for t in words if t.i >= verb.i or t.dep_ in VERB_PARTS]
    chars = _span(words)
    if chars is None:
        return None
    start, end = chars
    tokens = verb.doc.char_span(start, end, alignment_mode="expand")
    if tokens is not None and len(tokens) > settings.MAIN_EVENT_WHAT_TOKENS:
        # too long for a short phrase: prepositional phrases dropped from the right, else
        # the predicate with only its complement's head words
        head = [verb] + [c for c in verb.children if c.dep_ in VERB_PARTS]
        kept = {t.i for t in words}
        # drop prepositional phrases from the right ("... at City Hall in Boston")
        for prep in sorted((t for t in words if t.dep_ == "prep"), key=lambda t: -t.i):
            if len(kept) <= settings.MAIN_EVENT_WHAT_TOKENS:
                break
            if prep != complement:
                kept -= {t.i for t in prep.subtree}
        if len(kept) > settings.MAIN_EVENT_WHAT_TOKENS and complement is not None:
            kept = {t.i for t in head} | {t.i for t in complement.subtree if t.i <= complement.i}
        chars = _span([verb.doc[i] for i in kept])
        if chars is None:
            return None
        start, end = chars
    return Part(start, end)


def _place_run(lead: _Lead, mention: Span) -> Part:
    """A place mention with the places that locate it, after commas ("Cleveland, Ohio") or
    after "in" ("Trump Tower in New York")."""
    end_token = mention.end
    end_char = mention.end_char
    doc = lead.doc
    while end_token + 1 < len(doc) and doc[end_token].lower_ in LOCATING:
        key = lead.entity_at.get(end_token + 1)
        if key is None or lead.types.get(key) not in WHERE_TYPES:
            break
        following = lead.mention_of[end_token + 1]
        last = following.end
        # "Limburg province": a common noun that names the kind of place stays with it
        if last < len(doc) and doc[last].lower_ in ("province", "county", "state", "region"):
            last += 1
        end_token = last
        end_char = doc[last - 1].idx + len(doc[last - 1].text)
    return Part(mention.start_char, end_char, mention.label_)


def _anaphor_town(lead: _Lead, noun: Token) -> Part | None:
    """The town "the city" means: the nearest name before it, outside any person's name,
    that is or holds a city the gazetteer knows ("Riverside" of "Riverside Rovers
    fans", a team named after its town); None when no city is named before. The walk back
    stops ``settings.MAIN_EVENT_ANAPHOR_REACH`` tokens before the noun, and only the last
    ``settings.MAIN_EVENT_NAME_RUN`` words of a run of names are read, so a page of
    capitalised words costs linear time."""
    doc = lead.doc
    i = noun.i - 1
    floor = max(0, noun.i - settings.MAIN_EVENT_ANAPHOR_REACH)
    while i >= floor:
        token = doc[i]
        key = lead.entity_at.get(i)
        if token.pos_ != "PROPN" or (key is not None and lead.types.get(key) == "PERSON"):
            i -= 1
            continue
        start_of_run = i
        while start_of_run > floor and doc[start_of_run - 1].pos_ == "PROPN":
            start_of_run -= 1
        first = max(start_of_run, i + 1 - settings.MAIN_EVENT_NAME_RUN)
        # the longest run of its words that names a city ("Jubilant Denver Comets": the
        # parser reads a capitalised adjective into the name)
        for size in range(i + 1 - first, 0, -1):
            for start in range(first, i + 2 - size):
                place = gazetteer.link_place(doc[start : start + size].text)
                if place is not None and place.precision == 1:
                    last = doc[start + size - 1]
                    return Part(doc[start].idx, last.idx + len(last.text))
        i = start_of_run - 1
    return None


def _place_in(lead: _Lead, tokens: list[Token]) -> Part | None:
    """The first place named as the object of a place preposition among the tokens, not as
    a modifier ("Dutch cyclist", "US election" name no place where something happens); "the
    city" there is the town named before it (``_anaphor_town``)."""
    for token in sorted(tokens, key=lambda t: t.i):
        if token.dep_ != "pobj" or token.head.lower_ not in PLACE_PREPOSITIONS:
            continue
        if (
            token.lower_ in place_anaphors()
            and [c.lower_ for c in token.children] == ["the"]
            and (town := _anaphor_town(lead, token)) is not None
        ):
            return town
        at = token.head.lower_ in AT_PREPOSITIONS
        if at and token.pos_ == "PROPN" and token.i not in lead.entity_at:
            # "outside Harbour Towers": a proper name no entity covers, at a building
            first = min((c.i for c in token.children if c.dep_ == "compound"), default=token.i)
            found = _place_run(lead, lead.doc[first : token.i + 1])
            return Part(found.start, found.end)
        types = WHERE_TYPES | {"ORG"} if at else WHERE_TYPES
        for word in token.subtree:
            key = lead.entity_at.get(word.i)
            if key is None or lead.types.get(key) not in types:
                continue
            mention = lead.mention_of[word.i]
            if mention.root.dep_ in MODIFIERS:
                continue
            if lead.types.get(key) == "ORG" and mention.root.i != token.i:
                # "at a ferry forum run by Harbor Radio": a body named deeper in the
                # phrase is no venue; only the object of "at" itself is
                continue
            return _place_run(lead, mention)
    return None


def _where(lead: _Lead, verb: Token, sentence: Span) -> Part | None:
    clause = _subtree_without(verb, frozenset({"advcl", "relcl", "ccomp", "conj", "parataxis"}))
    return _place_in(lead, clause) or _place_in(lead, list(sentence))


def _finer_place(lead: _Lead, where: Part, sentences: list[Span]) -> Part:
    """The place itself when it is no country, else the first place of the sentences that the
    gazetteer puts inside that country ("in Belgium" -> "in Ghent, East Flanders province" two
    sentences on): news names the country first and the town where it happened next. Each
    sentence is read once (the main event's sentence is often one of the lead's too) and each
    place mention is linked once."""
    country = gazetteer.link_place(doc_text(lead.doc)[where.start : where.end])
    if country is None or country.precision < gazetteer.COUNTRY_PRECISION:
        return where
    seen: set[int] = set()
    for sentence in dict.fromkeys(sentences):
        for token in sentence:
            if token.dep_ != "pobj" or token.head.lower_ not in PLACE_PREPOSITIONS:
                continue
            for word in token.subtree:
                key = lead.entity_at.get(word.i)
                if key is None or lead.types.get(key) not in WHERE_TYPES:
                    continue
                mention = lead.mention_of[word.i]
                if mention.start in seen:
                    continue
                seen.add(mention.start)
                if mention.root.dep_ in MODIFIERS:
                    continue
                place = gazetteer.link_place(mention.text)
                if (
                    place is not None
                    and place.country == country.country
                    and place.precision < country.precision
                ):
                    return _place_run(lead, mention)
    return where


def _lead_place(lead: _Lead, candidates: list[tuple[Span, Token]]) -> Part | None:
    """The first place named after a place preposition in the lead sentences."""
    if not settings.MAIN_EVENT_WHERE_FROM_LEAD:
        return None
    for sentence, _ in candidates[: settings.MAIN_EVENT_LEAD_SENTENCES]:
        found = _place_in(lead, list(sentence))
        if found is not None:
            return found
    return None


def _when_place(lead: _Lead, when: Part | None, sentence: Span) -> Part | None:
    """The place named in the sentence that dates the main event, when that is another
    sentence of the lead ("At 23:10 in Leeds, England, ..."): news tells the time and
    place of an event together."""
    if when is None or sentence.start_char <= when.start < sentence.end_char:
        return None
    token = lead.doc.char_span(when.start, when.end, alignment_mode="expand")
    return None if token is None else _place_in(lead, list(token.sent))


def _headline_place(lead: _Lead, headline: Doc | None) -> Part | None:
    """The place the headline says its event happened at ("... showdown in Cleveland"), at
    its first mention in the text, with the places that locate it there ("Cleveland,
    Ohio")."""
    if headline is None:
        return None
    for token in headline:
        if token.dep_ != "pobj" or token.head.lower_ not in PLACE_PREPOSITIONS:
            continue
        if token.ent_type_ not in WHERE_TYPES:
            continue
        name = name_words(" ".join(t.text for t in token.subtree if t.ent_type_ == token.ent_type_))
        for span in lead.doc.spans.get("newsclaims_entities", []):
            if lead.types.get(span.label_) in WHERE_TYPES and name_words(span.text) == name:
                return _place_run(lead, span)
    return None


def _dateline(lead: _Lead) -> Part | None:
    """A place in capitals opening the text and followed by a dash ("CLEVELAND --"), or one
    followed by a news agency in brackets and a dash ("Lyon (AFP) --")."""
    doc = lead.doc
    city = _dateline_city(lead)
    if city is not None:
        return city
    for i, token in enumerate(doc[: _dateline_reach(doc)]):
        if token.text in DATELINE_ENDS and i > 0:
            words = doc[:i]
            mention = lead.actor(list(words), WHERE_TYPES)
            if mention is not None and (mention.text.isupper() or doc[mention.end].text == "("):
                return _place_run(lead, mention)
            # a town in capitals the entity finder did not read: the gazetteer knows it
            if words.text.isupper() and gazetteer.link_place(words.text.title()) is not None:
                return Part(words.start_char, words.end_char)
            return None
    return None


def _dateline_city(lead: _Lead) -> Part | None:
    """The place of a dateline that opens with its city in capitals and a comma ("LA
    CROSSE, Wisc. --", "COLUMBIA, S.C. -", "LYON, France (AFP) -"): the words before the
    dash, without a news agency in brackets. The entity finder often reads no place there,
    only the state's part ("S.C."), or a word of the city ("LA"); a city it reads whole
    keeps the run it heads (``_place_run``). A capitalised opening with no comma after it
    ("ANA COSTA -") is a city only when the gazetteer knows it."""
    doc = lead.doc
    end = _dateline_end(doc)
    if end <= 0:
        return None
    stop = next((t.i for t in doc[:end] if t.text == "("), end)
    comma = next((t.i for t in doc[:stop] if t.text == ","), stop)
    city = doc[:comma]
    if not city.text.isupper() or not any(t.is_alpha for t in city):
        return None
    mention = lead.actor(list(city), WHERE_TYPES)
    if mention is not None and mention.start == 0 and mention.end >= comma:
        return _place_run(lead, mention)
    if comma == stop and gazetteer.link_place(city.text.title()) is None:
        return None
    place = doc[:stop]
    while len(place) > 1 and place[-1].is_punct and place[-1].text != ".":
        place = place[:-1]
    return Part(place.start_char, place.end_char)


def _why_how(verb: Token) -> tuple[Part | None, Part | None]:
    why: Part | None = None
    how: Part | None = None
    for child in verb.children:
        if why is None and child.dep_ == "advcl":
            marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
            first = child.doc[child.left_edge.i]
            if marks & WHY_MARKS or (first.lower_ == "to" and child.tag_ == "VB"):
                tokens = _subtree_without(child, frozenset({"advcl", "relcl", "conj", "cc"}))
                tokens = [t for t in tokens if t.dep_ != "mark"]
                chars = _span(tokens)
                why = Part(*chars) if chars else None
        elif child.dep_ == "prep" and child.i > verb.i:
            word = child.lower_
            if why is None and word in WHY_PREPS:
                chars = _span(_subtree_without(child, frozenset({"relcl", "acl"})))
                why = Part(*chars) if chars else None
            elif how is None and word == "by":
                chars = _span(_subtree_without(child, frozenset({"relcl", "acl", "advcl"})))
                how = Part(*chars) if chars else None
    return why, how


def _day_of(value: str | None) -> date | None:
    match = _DAY.match(value or "")
    if match is None:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        return None


def _clause_verb(token: Token) -> Token:
    """The verb or auxiliary whose clause holds the token (the token's sentence root when
    no verb is above it)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def _other_gendered_person(lead: _Lead, actor: str | None, when: Part) -> bool:
    """True when the clause that holds the time has a "he"/"she" subject of the other gender
    than the main event's actor (a person whose titles, first name or a title in the name
    itself give one gender): the
    lead dates another person's deed ("... as he won the race on Sunday" after "Mrs.
    Okafor staged a sit-in"), not the main event."""
    if actor is None or lead.types.get(actor) != "PERSON":
        return False
    span = lead.doc.char_span(when.start, when.end, alignment_mode="expand")
    subject = None if span is None else _subject(_clause_verb(span.root))
    if subject is None:
        return False
    said = lexicon().pronoun_gender(subject.lower_)
    if said is None:
        return False
    gender = lead.speakers.gender(actor)
    if gender is None:
        # a title that is part of the name itself ("Lady Gaga", "Sir Tom Hale")
        entity = (lead.doc._.newsclaims_entities or {}).get(actor)
        words = entity.name.split() if entity is not None else []
        gender = one_gender(word_genders(words, pronouns=False))
    return gender in ("m", "f") and gender != said


def _when(
    lead: _Lead,
    sentence: Span,
    lead_end: int,
    actor: str | None = None,
    predicate: Token | None = None,
) -> Part | None:
    """A dated expression near publication in the sentence, else in the lead, that is not
    part of a name ("USA TODAY Sports"); a date of the lead outside the sentence not when
    its clause's subject is a gendered pronoun that cannot mean the main event's ``actor``
    (an entity key), ``_other_gendered_person``; else, after the lead, a date of a clause
    whose verb is the main ``predicate``'s (the event told again with its day)."""
    doc = lead.doc
    published: date | None = doc._.newsclaims_published
    times = [t for t in doc._.newsclaims_times or [] if t.type in ("DATE", "TIME")]

    def recent(t: object) -> bool:
        day = _day_of(getattr(t, "value", None))
        if day is None:
            return False
        if published is None:
            return True
        window = timedelta(days=settings.MAIN_EVENT_RECENT_DAYS)
        return published - window <= day <= published + timedelta(days=1)

    for low, high in ((sentence.start_char, sentence.end_char), (0, lead_end)):
        for t in times:
            if not (low <= t.start and t.end <= high and recent(t)) or lead.names(t.start):
                continue
            found = Part(t.start, t.end)
            outside = not sentence.start_char <= t.start < sentence.end_char
            if low == 0 and outside and _other_gendered_person(lead, actor, found):
                continue
            return _with_time_part(doc, _with_day(doc, found))
    if predicate is None:
        return None
    # the text tells the event again further on with its date ("The tower collapsed shortly
    # after noon on Monday, witnesses said"): a date of a clause of the same event
    # (``_same_event``)
    for t in times:
        if t.start < lead_end or not recent(t) or lead.names(t.start):
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        verb = None if span is None else _clause_verb(span.root)
        if verb is not None and _same_event(lead, predicate, verb):
            return _with_time_part(doc, _with_day(doc, Part(t.start, t.end)))
    return None


def _same_event(lead: _Lead, main: Token, verb: Token) -> bool:
    """True when a later clause's verb tells the main predicate's event again: the same verb,
    the same actor (the same entity, else the same head word: "the old tower" / "the tower")
    and the same object head (or none in both), not negated, not pluperfect ("had won": an
    earlier occurrence) and with no adverb of another occurrence (``repeat_adverbs.tsv``:
    "also raised them", "won again"). "Farmers blocked the same road on Monday" is another
    blockade than the protesters' of the lead."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() != main.lemma_.lower():
        return False
    marks = list(verb.children)
    if any(c.dep_ == "neg" or c.lower_ in repeat_adverbs() for c in marks):
        return False
    if verb.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ == "VBD" for c in marks
    ):
        return False
    return _same_word(lead, _subject(main), _subject(verb)) and _same_word(
        lead, _complement(main), _complement(verb)
    )


def _same_word(lead: _Lead, one: Token | None, other: Token | None) -> bool:
    """True when both are None, or both name the same entity, or have the same head lemma
    and neither is a pronoun (a pronoun's referent is not known here)."""
    if one is None or other is None:
        return one is None and other is None
    key = lead.entity_at.get(one.i)
    if key is not None and key == lead.entity_at.get(other.i):
        return True
    if one.pos_ == "PRON" or other.pos_ == "PRON":
        return False
    return one.lemma_.lower() == other.lemma_.lower()


def _with_day(doc: Doc, when: Part) -> Part:
    """A clock time with the day that follows it ("11am on Sunday", "noon on Monday"): one
    expression of the time, which the time stage reads as two."""
    rest = doc_text(doc)[when.end :]
    match = _ON_DAY.match(rest)
    if match is None:
        return when
    start = when.end + match.end()
    for t in doc._.newsclaims_times or []:
        if t.start == start and t.type == "DATE":
            return Part(when.start, t.end)
    return when


def _with_time_part(doc: Doc, when: Part) -> Part:
    """The date with the part of it a noun names before "of" ("the early hours of
    Thursday"), else the date alone."""
    span = doc.char_span(when.start, when.end, alignment_mode="expand")
    if span is None:
        return when
    of = span.root.head
    noun = of.head
    if (
        span.root.dep_ != "pobj"
        or of.lower_ != "of"
        or noun.lower_ not in time_part_nouns()
        or noun.i > of.i
    ):
        return when
    first = doc[noun.left_edge.i]
    return Part(first.idx, when.end) if first.i < span.start else when


def _candidates(doc: Doc) -> list[tuple[Span, Token]]:
    found: list[tuple[Span, Token]] = []
    for sentence in doc.sents:
        if len(found) >= settings.MAIN_EVENT_SENTENCES:
            break
        text = doc_text(doc)[sentence.start_char : sentence.end_char].strip()
        if len(sentence) < settings.MAIN_EVENT_MIN_TOKENS or text[:1] in "\"'“‘":
            continue
        verb = _main_verb(sentence)
        if verb is None:
            continue
        subject = _subject(verb)
        if subject is not None and subject.lower_ in FIRST_PERSON:
            continue  # a quotation or a prompt to the reader
        found.append((sentence, verb))
    return found


def _reported(lead: _Lead, verb: Token) -> Token:
    """The event a reporting clause reports, when the verb is one ("Floods have killed 23
    people, the agency said", parsed with "said" as the root; "Orbital Foods said it would
    cut 400 jobs"): the predicate of its content clause, with a subject of its own that is
    not the speaker's "I" or "we" (a quotation) nor a filler "it" (``_filler_it``), and not
    a mere possibility (``_possible_only``); else the verb itself. Reporting is how news
    attributes an event, not the event. Only a source that tells the event as so gives way
    to it (``_told_as_so``): "denied that troops had crossed" or "alleged that the mayor had
    taken bribes" is news of a denial or a charge, not of the deed."""
    if verb.idx not in lead.cues or not _told_as_so(lead, verb):
        return verb
    for child in verb.children:
        if child.dep_ != "ccomp" or child.pos_ not in ("VERB", "AUX"):
            continue
        subject = _subject(child)
        if (
            subject is None
            or subject.lower_ in FIRST_PERSON
            or _filler_it(subject, child)
            or _possible_only(child)
            or _called_false(lead, child)
        ):
            continue
        return child
    return verb


def _told_as_so(lead: _Lead, verb: Token, stances: set[Stance] | None = None) -> bool:
    """True when the attribution stage gave every claim of the cue (the verb's, or
    ``stances`` when given) a stance of a source that tells its content as so (reported,
    confirmed: ``TOLD_AS_SO``), the cue is not negated, and it is no verb of a charge
    (``allegation_cues.tsv``: "alleged", "claimed", whose stance is "reported" too)."""
    if stances is None:
        stances = lead.stances.get(verb.idx, set())
    return (
        bool(stances)
        and stances <= TOLD_AS_SO
        and not any(c.dep_ == "neg" for c in verb.children)
        and verb.lemma_.lower() not in allegation_cues()
    )


def _called_false(lead: _Lead, clause: Token) -> bool:
    """True when a claim with the stance denied covers the clause: the outlet or a source
    called it false."""
    start = clause.left_edge.idx
    end = clause.right_edge.idx + len(clause.right_edge.text)
    return any(low <= start and end <= high for low, high in lead.denied)


def _filler_it(subject: Token, verb: Token) -> bool:
    """True when the subject is an "it" that stands for a clause after the verb, not for an
    actor ("it would take weeks to restore power", "it was unclear whether ..."): the verb
    is one that takes such a clause (``extraposition_verbs.tsv``) and has a "to" infinitive
    or a clause opened by that/whether/if after it, on itself or on its complement."""
    if subject.dep_ == "expl":
        return True
    if subject.lower_ != "it" or verb.lemma_.lower() not in extraposition_verbs():
        return False
    holders = [verb, *(c for c in verb.children if c.dep_ in ("acomp", "attr", "dobj"))]
    for holder in holders:
        for clause in holder.children:
            if clause.i < verb.i or clause.dep_ not in ("xcomp", "ccomp", "csubj", "advcl"):
                continue
            if any(
                (c.dep_ == "aux" and c.tag_ == "TO") or c.dep_ == "mark" for c in clause.children
            ):
                return True
    return False


def _possible_only(verb: Token) -> bool:
    """True when a modal of possibility makes the clause a hypothesis ("could remove",
    "might close"): no event; "will" and "would" announce one ("would cut 400 jobs")."""
    table = modals()
    return any(c.dep_ == "aux" and table.get(c.lower_, "future") != "future" for c in verb.children)


def _reports(lead: _Lead, verb: Token) -> bool:
    """True when the verb is the content clause of a reporting verb (``_reported``)."""
    return verb.dep_ == "ccomp" and verb.head.idx in lead.cues


#: This module's data files.
_DATA = Path(__file__).parent / "data"
#: The sentence-choice weights (``bench/fivew_fit.py`` writes them).
WEIGHTS = _DATA / "main_event_weights.tsv"
#: Tags of a finite verb: a clause whose main verb has none of them (and no finite
#: auxiliary) sets a scene ("Racking up a string of wins, ...") rather than telling an event.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
#: Dependents of the main verb that open a sentence before its subject with a time, a place
#: or a circumstance ("On a cold night in Queens, ...", "As the votes came in, ...").
OPENERS = frozenset({"prep", "advcl", "npadvmod", "advmod"})
#: Quotation marks: a sentence that quotes is a source's voice, not the report's.
QUOTES = frozenset('"“”')


@cache
def sentence_weights() -> dict[str, float]:
    """The weights of the sentence-choice features (``main_event_weights.tsv``, fitted by
    ``bench/fivew_fit.py``)."""
    return {k: read_value(v) for k, v in read_pairs(WEIGHTS).items()}


@cache
def background_markers() -> tuple[tuple[str, ...], ...]:
    """Phrases that set a clause before the news ("last year", ``background_markers.tsv``),
    as word tuples."""
    return tuple(tuple(p.split()) for p in read_words(_DATA / "background_markers.tsv"))


@cache
def speaker_self_words() -> frozenset[str]:
    """A speaker's words for themselves as a subject ("we", ``speaker_self_words.tsv``): in a
    reported clause, the speaker."""
    return read_words(_DATA / "speaker_self_words.tsv")


@cache
def side_prepositions() -> frozenset[str]:
    """Prepositions whose phrase after a prepositional complement tells how, with whom or as
    what, not what was done (``side_prepositions.tsv``: "with", "as")."""
    return read_words(_DATA / "side_prepositions.tsv")


@cache
def headline_actor_types() -> frozenset[str]:
    """Named-entity types a headline's subject the text never names may be an actor of
    (``headline_actor_types.tsv``; a day, an event or a place is not)."""
    return read_words(_DATA / "headline_actor_types.tsv")


def _finite(verb: Token) -> bool:
    """True when the verb or one of its auxiliaries is finite."""
    return verb.tag_ in FINITE_TAGS or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children
    )


def _opener(verb: Token, sentence: Span) -> bool:
    """True when the sentence opens with a time, place or circumstance before its subject
    and verb ("On a cold night in Queens, a crowd gathered ..."), after any dateline."""
    subject = _subject(verb)
    first = subject.left_edge.i if subject is not None else verb.i
    return any(
        c.dep_ in OPENERS
        and c.i < first
        and not _in_dateline(c)
        and c.left_edge.i <= sentence.start + 1
        for c in verb.children
    )


def _background(verb: Token, sentence: Span) -> bool:
    """True when the clause tells what came before the news: a pluperfect ("had approved",
    "had been") or a phrase of ``background_markers.tsv`` in the sentence ("last year")."""
    if verb.tag_ == "VBN" and any(
        c.dep_ in ("aux", "auxpass") and c.lower_ == "had" for c in verb.children
    ):
        return True
    words = [t.lower_ for t in sentence]
    by_first = _background_by_first()
    return any(
        tuple(words[i : i + len(m)]) == m
        for i, word in enumerate(words)
        for m in by_first.get(word, ())
    )


@cache
def _background_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """``background_markers`` by their first word: a sentence's words are looked up, not
    compared with every phrase at every word."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for marker in background_markers():
        found.setdefault(marker[0], []).append(marker)
    return {word: tuple(markers) for word, markers in found.items()}


def _features(
    lead: _Lead,
    stems: set[str],
    rank: int,
    sentence: Span,
    verb: Token,
    weights: Mapping[str, float] | None = None,
) -> dict[str, float]:
    """The features of one candidate sentence and its main clause (``main_event_weights.tsv``
    names them and weighs them). With ``weights``, the costly predicate-headline overlap is
    worked out only when its weight is not 0 (it adds nothing to the score then)."""
    overlap = len(stems & _token_stems(sentence)) / len(stems) if stems else 0.0
    own = 0.0
    if stems and (weights is None or weights.get("predicate_headline", 0.0)):
        predicate = _predicate(lead, sentence, verb, stems)
        what = _what(predicate)
        span = (
            sentence.doc.char_span(what.start, what.end, alignment_mode="expand") if what else None
        )
        own = len(stems & _token_stems(span or ())) / len(stems)
    out = {
        "headline": overlap,
        "predicate_headline": own,
        "position": 1.0 / (1 + rank),
        "first": float(rank == 0),
        "pronoun": 0.0,
        "named": 0.0,
        "top_actor": 0.0,
        "reporting": float(verb.idx in lead.cues or _reports(lead, verb)),
        "stative": float(verb.lemma_.lower() in stative_verbs()),
        "opener": float(_opener(verb, sentence)),
        "no_finite": float(not _finite(verb) and not _reports(lead, verb)),
        "quote": float(any(t.text in QUOTES for t in sentence)),
        "background": float(_background(verb, sentence)),
    }
    subject = _subject(verb)
    if subject is not None and subject.pos_ == "PRON" and _reports(lead, verb):
        # "Orbital Foods said it would cut ...": the content's pronoun is the speaker
        subject = _subject(verb.head)
    elif subject is not None and subject.pos_ == "PRON":
        out["pronoun"] = 1.0
    if subject is not None:
        mention = lead.actor(list(subject.subtree), WHO_TYPES, heads_only=True)
        if mention is not None and not _modifies_noun(mention, ("poss",)):
            # a name that owns the subject ("Sanders' stridency was echoed by ...") makes
            # no sentence about that actor
            out["named"] = 1.0
            out["top_actor"] = float(mention.label_ == lead.top)
    # an attributed event weighs as its reporting clause did ("reporting"): news tells its
    # main event in its own voice first
    return out


def _score(features: dict[str, float], weights: Mapping[str, float]) -> float:
    return sum(weights.get(name, 0.0) * value for name, value in features.items())


#: Decimal places a candidate's score is compared at: sums of the weighted fractions that
#: are equal (2 * 4/6 + 1 - 0.5 and 2 * 1/6 + 0.5 + 1) differ in their last bits when summed
#: in floating point, which would break the tie at random; compared so, it goes to the
#: earlier sentence.
SCORE_PLACES = 9


def first_best(scores: list[float]) -> int:
    """The index of the best score, the earliest of equal ones (``SCORE_PLACES``)."""
    rounded = [round(score, SCORE_PLACES) for score in scores]
    return rounded.index(max(rounded))


def sentence_features(
    doc: Doc, title: str | None, headline: Doc | None = None
) -> list[dict[str, float]]:
    """The features of each candidate sentence of the lead, in order (for fitting the
    weights: ``bench/fivew_fit.py``)."""
    lead = _Lead(doc)
    stems = _headline_stems(title, headline)
    candidates = [(s, _reported(lead, v)) for s, v in _candidates(doc)]
    return [_features(lead, stems, rank, s, v) for rank, (s, v) in enumerate(candidates)]


def _headline_predicate(headline: Doc | None, lead: _Lead) -> Token | None:
    """The headline's main predicate when its subject names an actor: the root of one of
    its clauses ("Cup final 2019: Harbor Hawks end ...") or a verb coordinated with it.
    Headlines drop articles and tell past events in the present, and the parser, trained
    on full sentences, reads a verb in "-s" after a singular subject as a plural noun
    ("Lady Gaga protests outside ..."): such a noun with a subject is the predicate too. A
    clause that tells no event is none: negated ("Did Not Give Rise"), a mere possibility
    (``_possible_only``: "Could Backfire"; "will" announces an event), or asked (``_asked``:
    "Why ...", "...?"). A clause after a ";" is the deck's (a print headline's second line,
    "Crucial wins in New York; \nMogul reclaims control ..."): a side of the story, not its
    event, so none either."""
    if headline is None:
        return None
    for token in headline:
        if token.text == ";":
            break  # the deck: the lead tells the event rather than the deck's side of it
        if token.dep_ not in ("ROOT", "conj") or (
            token.dep_ == "conj" and token.head.dep_ != "ROOT"
        ):
            continue
        if not (token.pos_ in ("VERB", "AUX") or (token.pos_ == "NOUN" and token.tag_ == "NNS")):
            continue
        if any(c.dep_ == "neg" for c in token.children) or _possible_only(token) or _asked(token):
            continue  # "Why X Could Backfire", "Will Y Be Next?": no event told
        if _said_by_label(token, lead):
            continue  # "Costa: Ferry Closure Defies Reason": Costa's words, not the event
        subject = _clause_subject(token)
        if subject is not None and _names_actor(subject, lead):
            return token
    return None


def _said_by_label(predicate: Token, lead: _Lead) -> bool:
    """True when the headline's clause follows a colon after a label that names a person
    ("Costa: Ferry Closure Defies Reason", "Khans: X stirs 'ugliness'"): headlines put the
    speaker before a colon and their words after it, so the clause is what the speaker said,
    not the event (a label that names no person, "Cup final 2019: Harbor Hawks end ...",
    keeps its clause)."""
    sentence = predicate.sent
    colon = next((t for t in sentence if t.text == ":" and t.i < predicate.i), None)
    if colon is None or colon.i == sentence.start:
        return False
    if any(t.text == ";" for t in predicate.doc[colon.i : predicate.i]):
        return False  # "Khans: X stirs 'ugliness'; Muslim couple cope ...": another clause
    label = predicate.doc[sentence.start : colon.i]
    if any(t.pos_ in ("VERB", "AUX") for t in label):
        return False
    if any(t.ent_type_ == "PERSON" for t in label):
        return True
    words = name_words(label.text)
    return bool(words) and any(
        lead.types.get(span.label_) == "PERSON"
        and (name_words(span.text) == words or name_words(span.text).endswith(f" {words}"))
        for span in lead.doc.spans.get("newsclaims_entities", [])
    )


def _asked(predicate: Token) -> bool:
    """True when a headline's clause is a question or names one ("Why X Could Backfire",
    "How an aide held sway", "Is Y Next?"): a wh-adverb of the predicate, or a question mark
    ending its sentence."""
    if any(c.tag_ == "WRB" and c.i < predicate.i for c in predicate.children):
        return True
    last = predicate.sent[-1]
    return last.text == "?"


def _headline_event(doc: Doc, predicate: Token | None, lead: list[Span]) -> int:
    """Where the text's first event of the headline's predicate starts ("won" under "win"),
    else -1: the event the headline's "what" names, when the text tells it too. Only an
    event of the lead sentences (``lead``) told as having happened counts: not negated, with
    no modality, not dated after publication ("could win the Cup again next year" and a
    win of 1970 further down are not the headline's news)."""
    if predicate is None:
        return -1
    lemma = predicate.lemma_.lower()
    published: date | None = doc._.newsclaims_published
    values = {(t.start, t.end): t.value for t in doc._.newsclaims_times or []}
    for e in doc._.newsclaims_events or ():
        if e.predicate != lemma or e.negated or e.modality is not None:
            continue
        when = None if e.time is None else interval(values.get(e.time))
        if published is not None and when is not None and when.begin > published:
            continue
        if any(s.start_char <= e.start < s.end_char for s in lead):
            return int(e.start)
    return -1


def _clause_subject(predicate: Token) -> Token | None:
    """The predicate's subject, or the one of the verb it is coordinated with. Of several
    subjects before it (the parser splits a headline's noun phrase, "Harbour mom speechwriter
    reveals ...", into "Harbour" and "speechwriter"), the nearest is the head: the others
    modify it (``_subject_words``)."""
    subject = _nearest_subject(predicate)
    if subject is None and predicate.dep_ == "conj":
        subject = _nearest_subject(predicate.head)
    return subject


def _nearest_subject(predicate: Token) -> Token | None:
    subjects = [c for c in predicate.children if c.dep_ in SUBJECTS]
    before = [c for c in subjects if c.i < predicate.i]
    return before[-1] if before else next(iter(subjects), None)


def _subject_words(subject: Token) -> list[Token]:
    """The subject's words, with those of the other subjects of its verb right before it
    that the parser split from it ("Harbour" of "Harbour mom speechwriter")."""
    words = list(subject.subtree)
    for other in reversed([c for c in subject.head.children if c.i < words[0].i]):
        if other.dep_ not in SUBJECTS or other.right_edge.i + 1 != words[0].i:
            break
        words = [*other.subtree, *words]
    return words


def _names_actor(subject: Token, lead: _Lead) -> bool:
    """True when the headline's subject words name an actor: a person, organisation or group
    the model finds there, or one the text mentions by these words."""
    tokens = _subject_words(subject)
    if any(t.ent_type_ in ("PERSON", "ORG", "NORP") and t.dep_ != "amod" for t in tokens):
        return True
    words = f" {name_words(' '.join(t.text for t in tokens))} "
    return any(
        lead.types.get(span.label_) in WHO_TYPES
        and name_words(span.text)
        and f" {name_words(span.text)} " in words
        for span in lead.doc.spans.get("newsclaims_entities", [])
    )


def _other_person(subject: Token) -> bool:
    """True when the subject's head is a noun for a person ("governor", "son", "aide":
    ``speakers.json``'s titles and heads of unnamed sources) that a name only modifies
    ("Indiana governor", "Trump's son"): the name is not the actor, the person is. In a
    headline in title case the model reads the noun as a proper noun ("Harbour Union Chief
    Praises ..."): so is it there, unless it is part of a name it found or stands alone."""
    if subject.pos_ == "PROPN" and (
        subject.ent_type_ or not any(c.dep_ in ("compound", "poss") for c in subject.children)
    ):
        return False  # a name ("Obama"), or a title alone
    return subject.pos_ in ("NOUN", "PROPN") and _role_word(subject)


@cache
def _person_nouns() -> frozenset[str]:
    """Nouns for a person by role: the titles and the heads of unnamed sources and
    spokespeople of ``speakers.json`` ("judge", "governor", "chief", "official")."""
    lists = speaker_words()
    return (
        lists["male_titles"]
        | lists["female_titles"]
        | lists["person_titles"]
        | lists["anonymous_heads"]
        | lists["spokesperson_heads"]
    )


def _role_word(token: Token) -> bool:
    """True when the token is a noun for a person by role (``_person_nouns``)."""
    return token.lower_ in _person_nouns() or token.lemma_.lower() in _person_nouns()


def _headline_role(headline: Doc | None) -> Token | None:
    """The subject of the headline's main clause when it names the actor by a role alone or
    with a name that modifies it ("Judge blocks ...", "Harbourton governor endorses ..."),
    not by a name ("Judge Quill blocks ..."), else None."""
    if headline is None:
        return None
    root = None
    for token in headline:
        if token.text == ";":
            break  # the deck's clause names a side of the story, not the actor
        if token.dep_ == "ROOT":
            root = token
            break
    subject = None if root is None or not _is_verb(root) else _clause_subject(root)
    if subject is None or subject.ent_type_ or not _role_word(subject):
        return None
    if any(c.dep_ in ("compound", "flat") and c.ent_type_ == "PERSON" for c in subject.children):
        return None
    return subject


def _role_modifier(subject: Token) -> str:
    """The words that modify the headline subject's role ("Texas" of "Texas governor",
    "Harbourton Ferry Union" of "Harbourton Ferry Union Chief"), as ``name_words``."""
    modifier = [
        t
        for t in _subject_words(subject)
        if t.i < subject.i and t.dep_ not in ("det", "case", "punct")
    ]
    return name_words(" ".join(t.text for t in modifier))


def _role_holder(
    lead: _Lead, role: Token, sentence: Span, modifier: str = "", strict: bool = False
) -> Part | None:
    """The person the text names with the headline's role word among the title words right
    before the name ("Judge blocks ..." and "U.S. District Judge Ana Reyes issued ..."), with
    those words (the headline's name for the actor is the role): in the main event's
    sentence, else at the first such mention. A role the headline ties to a ``modifier``
    ("Texas governor") is never held by a person whose title words name another place or
    people ("California Governor ..."); with ``strict`` the title words must name the
    modifier ("Texas Governor ...")."""
    wanted = {role.lower_, role.lemma_.lower()}
    doc = lead.doc
    found: Part | None = None
    for entity in doc.spans.get("newsclaims_entities", []):
        if lead.types.get(entity.label_) != "PERSON":
            continue
        span = _without_dateline(entity)
        start = span.start
        while start > 0:
            word = doc[start - 1]
            if (
                word.is_punct
                or word.dep_ not in ("compound", "amod", "nmod")
                or not word.i < word.head.i < span.end
                or _in_dateline(word)
            ):
                break
            start -= 1
        if not any(t.lower_ in wanted or t.lemma_.lower() in wanted for t in doc[start : span.end]):
            continue
        if modifier and not _title_names(doc[start : span.start], modifier, strict):
            continue
        part = Part(doc[start].idx, span.end_char, entity.label_)
        if sentence.start <= span.start < sentence.end:
            return part
        found = found or part
    return found


#: Entity types of the title words that tie a role to a place or people ("Ohio Governor",
#: "Saudi Prince").
_TITLE_PLACE_TYPES = frozenset({"GPE", "NORP", "LOC"})


def _title_names(title: Span, modifier: str, strict: bool) -> bool:
    """Whether a person's title words ("California Governor") fit the headline role's
    ``modifier`` ("texas"): they name it; or, unless ``strict``, they name no place or
    people (``_TITLE_PLACE_TYPES``) at all ("Governor")."""
    if f" {modifier} " in f" {name_words(title.text)} ":
        return True
    return not strict and not any(t.ent_type_ in _TITLE_PLACE_TYPES for t in title)


def _headline_subject(lead: _Lead, predicate: Token | None, sentence: Span) -> Part | None:
    """The actor the headline's clause has as subject, as the text mentions it: in the main
    event's sentence, else at its first mention."""
    subject = None if predicate is None else _clause_subject(predicate)
    if subject is None:
        return None
    if _other_person(subject):
        # "Indiana governor ...": not Indiana, the governor; the one the text calls Indiana's
        # governor ("Indiana Governor ...", "..., the Indiana governor, ...") before one
        # it calls governor alone, never another state's
        modifier = _role_modifier(subject)
        return (
            (modifier and _role_holder(lead, subject, sentence, modifier, strict=True))
            or _title_holder(lead, subject, sentence)
            or _role_holder(lead, subject, sentence, modifier)
        )
    words = f" {name_words(' '.join(t.text for t in _subject_words(subject)))} "
    found: Span | None = None
    for span in lead.doc.spans.get("newsclaims_entities", []):
        if lead.types.get(span.label_) not in WHO_TYPES or _modifies_noun(span):
            continue
        if _named_as_place(lead, span):
            # "killed in Delvin" under "Delvin Widow Lin Park Backs ...": a mention the text
            # uses as where something happens names no actor; a later mention may, else
            # the headline's own words tell it
            continue
        if not name_words(span.text) or not (
            f" {name_words(span.text)} " in words or _surname_of(lead, span, subject)
        ):
            continue
        if sentence.start <= span.start < sentence.end:
            found = span
            break
        found = found or span
    if found is None or _only_the_head(lead, found, subject):
        return None
    end = _listed_end(lead, found, subject)
    if end == found.end_char and lead.types.get(found.label_) == "PERSON":
        # "Bernie Sanders is ..." and the sentence's "Sanders": the fullest name the text
        # gives that person up to the mention's sentence, never a later one ("Brandt said
        # ... His brother, Tom Brandt, ...": another man of the same surname)
        return _fullest_name(lead, found, found.sent.end)
    return Part(found.start_char, end, found.label_)


def _named_as_place(lead: _Lead, span: Span) -> bool:
    """True when the text uses the mention as a place: the object of a place preposition
    ("in Delvin", "across Delvin") as a place, or of "at", "outside", "inside" or "near" as a
    place or a body's building ("at Harbor Radio"), as ``_place_in`` reads a where."""
    root = span.root
    if root.dep_ != "pobj":
        return False
    preposition = root.head.lower_
    kind = lead.types.get(span.label_)
    if preposition in AT_PREPOSITIONS:
        return kind in WHERE_TYPES | {"ORG"}
    return preposition in PLACE_PREPOSITIONS and kind in WHERE_TYPES


def _only_the_head(lead: _Lead, found: Span, subject: Token) -> bool:
    """True when the text's name of a body (not a person: "Bush" for "Billy Bush" is the
    same man) is only the head word of a headline subject whose modifiers say whose it is
    ("Costa super PAC" and a text's "PAC"): the name alone is any such body; the headline's
    own words (``_headline_words``) tell which."""
    if lead.types.get(found.label_) == "PERSON" or name_words(found.text) != name_words(
        subject.text
    ):
        return False
    return any(c.dep_ in ("compound", "amod") and c.i < subject.i for c in subject.children)


def _with_headline_role(
    lead: _Lead, who: Part | None, headline: Doc | None, sentence: Span
) -> Part | None:
    """The text's who with the role the headline names it by ("Judge blocks ..." and "U.S.
    District Judge Ana Reyes ... issued"): the who as ``_role_holder`` writes it, when that is
    the same person."""
    role = _headline_role(headline)
    if who is None or who.in_title or role is None or lead.types.get(who.entity) != "PERSON":
        return who
    holder = _role_holder(lead, role, sentence)
    return holder if holder is not None and holder.entity == who.entity else who


def _role_by_verb(lead: _Lead, clause: Token | None, verb: Token, title: str | None) -> Part | None:
    """For a headline subject that names a person by role and that the text ties to no name
    ("Union Chief Praises ..."), the actor of the text's main clause when its verb is the
    headline's ("The head of the union, Ola Berg, praised ..."): the same deed, so the same
    doer, when the text's subject carries the headline's role word ("chief") or the word its
    modifier ends in ("union"); "The mayor of the harbour, Ana Costa, praised ..." is another
    person doing the same."""
    subject = None if clause is None else _clause_subject(clause)
    if clause is None or subject is None or not _other_person(subject):
        return None
    if verb.lemma_.lower() != clause.lemma_.lower():
        return None
    doer = _subject(verb)
    if doer is None:
        return None
    words = {w for t in doer.subtree for w in (t.lower_, t.lemma_.lower())}
    role = {subject.lower_, subject.lemma_.lower()}
    tie = _role_modifier(subject).split()[-1:]  # "union" of "Harbourton Ferry Union Chief"
    if not (role & words or set(tie) & words):
        return None
    return _who(lead, verb, title)


def _title_holder(lead: _Lead, subject: Token, sentence: Span) -> Part | None:
    """The person the text ties to the name that modifies the headline subject's title
    ("Harbour Ferry Union Chief ..." and "Ola Berg, who leads the Harbour Ferry Union, ..."):
    a person mention with a clause or apposition after it that names the same words, in the
    main event's sentence, else the first such; None when the text ties no person so."""
    name = _role_modifier(subject)
    if not name:
        return None
    found: Span | None = None
    for span in lead.doc.spans.get("newsclaims_entities", []):
        if lead.types.get(span.label_) != "PERSON":
            continue
        tied = any(
            f" {name} " in f" {name_words(' '.join(t.text for t in c.subtree))} "
            for c in span.root.children
            if c.dep_ in ("appos", "relcl", "acl") and c.i >= span.end
        )
        if not tied:
            continue
        if sentence.start <= span.start < sentence.end:
            found = span
            break
        found = found or span
    return None if found is None else Part(found.start_char, found.end_char, found.label_)


def _listed_end(lead: _Lead, found: Span, subject: Token) -> int:
    """The end of the text's list of the headline subject's actors ("Costa and Brandt face
    ..." and "Ana Costa and Leo Brandt made ..."): the mention of the last conjunct that
    follows ``found`` joined by "and" or a comma, else ``found``'s end."""
    end = found.end_char
    last = found.end
    doc = lead.doc
    own = _subtree_without(found.root, frozenset({"relcl", "acl", "prep", "advcl"}))
    for conj in (c for c in subject.conjuncts if c.i > subject.i):
        words = f" {name_words(' '.join(t.text for t in conj.subtree if t.dep_ != 'cc'))} "

        def named(mention: Span | None, conj: Token = conj, words: str = words) -> bool:
            return (
                mention is not None
                and lead.types.get(mention.label_) in WHO_TYPES
                and (f" {name_words(mention.text)} " in words or _surname_of(lead, mention, conj))
            )

        gap = last
        while gap < len(doc) and doc[gap].lower_ in (",", "and", "&") and gap - last < 3:
            gap += 1
        mention = lead.mention_of.get(gap) if gap > last else None
        if mention is not None and mention.root.dep_ in MODIFIERS:
            mention = None  # "Ana Costa and Leo Brandt's daughter": the daughter acted
        if mention is None or mention.start != gap or not named(mention):
            # the text's conjunct with a description before the name ("Ana Costa and
            # Gazette editor Dr. Leo Brandt"): the name further on in the text's subject,
            # after an "and" that joins the subject's actors, outside its clauses and
            # prepositions, that is one of the actors or an apposition to one ("Ana Costa, a
            # captain and Leo Brandt ally": the "and" joins descriptions of Costa)
            actors = {found.root, *found.root.conjuncts}
            joined = [
                t.i
                for t in own
                if t.i >= last and t.lower_ in ("and", "&") and t.dep_ == "cc" and t.head in actors
            ]
            inside = (
                lead.mention_of.get(t.i)
                for t in own
                if joined
                and t.i > joined[0]
                and (t in actors or (t.dep_ == "appos" and t.head in actors))
            )
            mention = next((m for m in inside if named(m)), None)
        if mention is None:
            break
        end, last = mention.end_char, mention.end
    return end


def _surname_of(lead: _Lead, span: Span, subject: Token) -> bool:
    """True when the headline's subject is a person's surname alone and the mention is that
    person's full name ("Costa says ..." and "President Ana Costa"): headlines name people
    by their last name, the text first names them in full."""
    if lead.types.get(span.label_) != "PERSON" or not _capitalised_noun(subject):
        return False
    if any(c.dep_ in ("compound", "flat") for c in subject.children):
        return False  # a full name in the headline: compared whole
    parts = name_words(span.text).split()
    return len(parts) > 1 and parts[-1] == name_words(subject.text)


def _capitalised_noun(token: Token) -> bool:
    """True when the token is a proper noun, or a capitalised noun: the parser, trained on
    full sentences, reads a headline's name as a common noun ("Harper and Lopez sweep ...")."""
    return token.pos_ == "PROPN" or (token.pos_ == "NOUN" and token.text[:1].isupper())


def _content_lemmas(tokens: Iterable[Token]) -> set[str]:
    return {t.lemma_.lower() for t in tokens if t.is_alpha and t.lower_ not in STOP_WORDS}


def _told_as_fact(verb: Token) -> bool:
    """True when the verb tells its event as having happened or happening: not negated, with
    no modal ("could win", "will win", "did not win" are no news of a win)."""
    return not any(c.dep_ == "neg" or (c.dep_ == "aux" and c.tag_ == "MD") for c in verb.children)


def _prepositional_object(predicate: Token) -> Token | None:
    """The object of the preposition right after a headline's predicate that has no
    complement ("Responds To Critics' Attack": "Attack"; "Protests Outside Trump Tower":
    none, a place), the head of what the verb is about."""
    prep = next((c for c in predicate.children if c.dep_ == "prep" and c.i > predicate.i), None)
    if prep is None or prep.lower_ in PLACE_PREPOSITIONS | WHY_PREPS:
        return None
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _headline_what(
    predicate: Token | None, lead: _Lead, what: Part | None, *, fact: bool = True
) -> Part | None:
    """The headline's predicate (``_headline_predicate``) and its object when the text's
    phrase tells another event: news names its main event in the headline, and the body's
    lead may open on a scene or a reaction ("Decades of waiting came to an end ..."). The
    text's phrase stays when it says the headline's predicate and object head itself
    ("staged a protest" under "stages protest"), since its words point into the text, when
    it tells the event as a ``fact`` (``_told_as_fact``: "could win the Cup" is no win)."""
    if predicate is None:
        return what
    found = _what(predicate, nearest=True)
    if found is None:
        return what
    complement = _complement(predicate, nearest=True) or _prepositional_object(predicate)
    wanted = _content_lemmas([predicate] + ([complement] if complement is not None else []))
    if what is not None and fact:
        span = lead.doc.char_span(what.start, what.end, alignment_mode="expand")
        if wanted <= _content_lemmas(span or ()):
            return what
    return Part(found.start, found.end, in_title=True)


def find_main_event(
    doc: Doc,
    title: str | None,
    headline: Doc | None = None,
    *,
    weights: Mapping[str, float] | None = None,
    pick: int | None = None,
) -> MainEventDraft | None:
    """The main event of a parsed document whose headline is ``title`` (or None), parsed
    by the model as ``headline`` (or None). The candidate sentence with the best score under
    ``weights`` (default: ``main_event_weights.tsv``; of equal scores the earlier one,
    ``first_best``) is told; ``pick`` tells the one of that rank instead (for fitting the
    weights, ``bench/fivew_fit.py``)."""
    candidates = _candidates(doc)
    if not candidates:
        return None
    lead = _Lead(doc)
    candidates = [(sentence, _reported(lead, verb)) for sentence, verb in candidates]
    stems = _headline_stems(title, headline)
    table = sentence_weights() if weights is None else weights
    if pick is None:
        pick = first_best(
            [
                _score(_features(lead, stems, i, *candidate, table), table)
                for i, candidate in enumerate(candidates)
            ]
        )
    sentence, verb = candidates[min(pick, len(candidates) - 1)]
    verb = _predicate(lead, sentence, verb, stems)
    lead_end = candidates[min(2, len(candidates) - 1)][0].end_char
    why, how = _why_how(verb)
    subject = _subject(verb)
    actor = None if subject is None else lead.entity_at.get(subject.i)
    when = _when(lead, sentence, lead_end, actor, verb)
    where = (
        _where(lead, verb, sentence)
        or _dateline(lead)
        or _when_place(lead, when, sentence)
        or _headline_place(lead, headline)
        or _lead_place(lead, candidates)
    )
    if where is not None:
        lead_sentences = [s for s, _ in candidates if s.end_char <= lead_end]
        where = _finer_place(lead, where, [sentence, *lead_sentences])
    clause = _headline_predicate(headline, lead)
    what = _headline_what(clause, lead, _what(verb), fact=_told_as_fact(verb))
    if what is not None and what.in_title:
        # the headline's event: its subject's actor, as the text mentions it; none when the
        # text never mentions it (the sentence's subject is another event's)
        who = (
            _headline_subject(lead, clause, sentence)
            or _role_by_verb(lead, clause, verb, title)
            or _headline_words(clause)
        )
    else:
        who = _with_headline_role(lead, _who(lead, verb, title), headline, sentence)
    headline_lead = [s for s, _ in candidates[: settings.MAIN_EVENT_LEAD_SENTENCES]]
    return MainEventDraft(
        who=who,
        what=what,
        when=when,
        where=where,
        why=why,
        how=how,
        predicate=(
            _headline_event(doc, clause, [sentence, *headline_lead])
            if what and what.in_title
            else verb.idx
        ),
    )
