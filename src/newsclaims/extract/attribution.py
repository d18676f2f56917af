"""Attribution stage (first pass): who claims what, with which cue and stance.

Finds, per sentence:

* reporting verbs from ``CUES`` with a subject: the subject is the source, the verb (with its
  auxiliaries and negation) the cue, and the clausal complement, infinitive complement or the
  rest of the verb phrase the content;
* "according to X": X is the source, the rest of the sentence the content; when that rest is
  itself a report ("Y said Z, according to X"), Y's claim stays and X relays the whole report
  (PolNeAR train annotates the relayer as the source: 49 of 49 such attributions, none of the
  inner report);
* direct quotes: when a content lies inside quote marks, or a quote sits right beside a cue,
  the whole quote is the content and the stance is ``quoted``.

Conjoined sources ("Pyongyang and Moscow had long denied") give one claim each. Pronoun
sources ("he", "it") resolve to the latest fitting entity. Stance comes from the cue's lemma,
its negation and the modal verbs in the content.

Output: ``doc._.newsclaims_claims`` (a list of ``ClaimDraft``) and the span groups
``newsclaims_sources``, ``newsclaims_cues`` and ``newsclaims_contents`` (label = stance), and
``newsclaims_speech_acts``: the cues of speech acts that state nothing ("congratulated the
Cubs"), which are no claims but still say that the sentence reports speech.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from itertools import islice, pairwise
from pathlib import Path
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from newsclaims import settings
from newsclaims.extract.furniture import caption_starts
from newsclaims.extract.gazetteer import countries, link_country
from newsclaims.extract.guard import guarded
from newsclaims.extract.narration import own_sentences, reads_as_caption, view_verbs
from newsclaims.extract.posts import (
    earlier_sentences,
    last_sentences,
    post_signer,
    post_words,
    tail_start,
)
from newsclaims.extract.spans import char_spans, doc_text, entity_range_at, token_indexes
from newsclaims.extract.speakers import (
    Speakers,
    addressee_verbs,
    body_kinds,
    body_nouns,
    copy_sizes,
    definite,
    display_words,
    doubled_person,
    lexicon,
    partisan_words,
    person_noun,
    person_nouns,
    person_roles,
    role_person_noun,
)
from newsclaims.extract.verb_lemmas import cue_lemma
from newsclaims.lexicons import (
    calendar_words,
    figure_nouns,
    first_name_gender,
    medium_word,
    modals,
    non_sources,
    read_pairs,
    read_table,
    read_words,
    source_head_counts,
    speaker_words,
)
from newsclaims.model import ClaimKind, Entity, Stance
from newsclaims.names import UNNAMED_SOURCE

#: Reporting verbs and the stance they give when neither negated nor hedged.
CUES: dict[str, Stance] = {
    **dict.fromkeys(
        """
            say tell report announce state add note reveal write explain declare claim argue
            allege assert insist warn accuse recall testify tweet post mention stress emphasize
            emphasise praise criticize criticise blame complain reply respond answer acknowledge
            concede conclude find observe remark contend maintain describe characterize urge ask
            question disclose
        """.split(),
        Stance.REPORTED,
    ),
    **dict.fromkeys(["estimate", "calculate", "reckon", "gauge"], Stance.ESTIMATED),
    **dict.fromkeys(
        """
            suggest believe think suspect speculate indicate imply assume feel guess
        """.split(),
        Stance.HEDGED,
    ),
    **dict.fromkeys(["expect", "predict", "forecast", "anticipate", "project"], Stance.EXPECTED),
    **dict.fromkeys(["deny", "reject", "dispute", "refute", "dismiss", "rebut"], Stance.DENIED),
    **dict.fromkeys(["confirm", "verify", "admit", "corroborate"], Stance.CONFIRMED),
}

#: Cues with other, non-reporting senses ("wrote a letter", "added salt"): they count only
#: with a clausal complement or a quotation.
WEAK_CUES = frozenset(
    """
        write add find post answer describe question ask state note observe maintain
        characterize find respond reply recall
    """.split()
)

#: Smoothing of the learned cue precision: (cues + a) / (verbs + a + b).
_PRIOR_CUE, _PRIOR_OTHER = 0.5, 1.0

#: The stage's data files (cue lexicons, frames and word lists).
DATA = Path(__file__).parent / "data"
#: Participles of request and the frames that make them one.
REQUESTS = DATA / "request_participles.tsv"
#: Verbs that sum up what was said of someone, and the complement that makes them do so.
SUMMARIES = DATA / "summary_frames.tsv"
_LEXICON = DATA / "cues.tsv"


@cache
def inverted_speaker_nouns() -> frozenset[str]:
    """Groups, bodies and texts that carry words, which may be a verb's inverted subject after
    a quotation ("the crowd", "the report", "one fan's flag": ``inverted_speaker_nouns.tsv``)."""
    return read_words(DATA / "inverted_speaker_nouns.tsv")


@cache
def summary_speakers() -> dict[str, frozenset[str]]:
    """Subjects beyond the lists that may speak through a summary verb with a bare object,
    by kind: "quantifier" ("many", "few"), "person" ("victim", "neighbour"), the
    "determiner" of a singular noun a count may stand for ("no", "every"), the learnt heads
    that are a "thing" ("wave"), and a count's "group_preposition" and "gathering" ("Many
    in the crowd"; ``summary_speakers.tsv``)."""
    rows = read_table(DATA / "summary_speakers.tsv", 2)
    kinds = ("quantifier", "person", "determiner", "thing", "group_preposition", "gathering")
    return {k: frozenset(w for w, kind in rows if kind == k) for k in kinds}


@cache
def list_cues() -> frozenset[str]:
    """Cues that also mean putting things in ("added: two eggs, a cup of flour and some
    milk": a bare list after their colon is no speech; ``list_cues.tsv``)."""
    return read_words(DATA / "list_cues.tsv")


@cache
def withholding_verbs() -> frozenset[str]:
    """Verbs that refuse the act of their infinitive ("declined to comment";
    ``withholding_verbs.tsv``)."""
    return read_words(DATA / "withholding_verbs.tsv")


@cache
def withheld_speech() -> frozenset[str]:
    """Infinitives of telling whose refusal keeps something back ("to comment", "to say";
    ``withheld_speech.tsv``)."""
    return read_words(DATA / "withheld_speech.tsv")


@cache
def falsity_adverbs() -> frozenset[str]:
    """Adverbs by which the writer calls a report false ("incorrectly stated";
    ``falsity_adverbs.tsv``)."""
    return read_words(DATA / "falsity_adverbs.tsv")


@cache
def intention_verbs() -> frozenset[str]:
    """Verbs of wanting, hoping and trying, whose bare infinitive is what the subject means
    to do, not what they say (``intention_verbs.tsv``: "sought to raise prices")."""
    return read_words(DATA / "intention_verbs.tsv")


@cache
def no_speaker_words() -> dict[str, str]:
    """Word -> its kind in subjects that name no one ("not many", "few", "nobody";
    ``no_speaker_words.tsv``)."""
    return read_pairs(DATA / "no_speaker_words.tsv")


def _names_no_one(subject: Token) -> bool:
    """ "not many expected", "few believed", "no one said", "hardly anyone thought": a
    subject that says nobody (or next to nobody) spoke is the outlet's rhetoric, no source.
    "No voter claimed": a negator as the determiner names no one either.
    "A few fans said" and "many said" name some people. "Legend has it", "according to
    legend": what is told, bare, names no one ("the club legend said" names a person)."""
    words = no_speaker_words()
    if (
        words.get(subject.lower_) == "hearsay"
        and not subject.ent_type_
        and not any(
            c.dep_ in ("det", "poss", "amod", "compound", "nummod", "nmod")
            for c in subject.children
        )
    ):
        return True
    for word in (subject, *(c for c in subject.children if c.dep_ in ("amod", "det", "nummod"))):
        kind = words.get(word.lower_)
        around = {c.lower_ for c in (*word.children, *subject.children) if c != word}
        if kind == "none" and word == subject:
            return True
        if kind == "negator" and word.dep_ == "det" and _negates(word, subject):
            return True  # "no voter claimed", "no official said": nobody did
        if kind == "scarce" and not around & {"a", "quite"}:
            return True
        if kind == "quantity" and any(words.get(w) == "negator" for w in around):
            return True
    return False


def _negates(word: Token, subject: Token) -> bool:
    """A negator determiner says nobody only on a common noun with no number after it:
    "no voter", but "No 10" and "a No 10 spokesman" name an office (Downing Street)."""
    if subject.pos_ != "NOUN":
        return False
    after = word.doc[word.i + 1 : word.i + 3]
    return not any(t.like_num for t in after if t.i <= subject.i and t.text != ".")


def _intends(verb: Token) -> bool:
    """ "The Rams wanted to reach the final", "companies sought to raise prices": a verb of
    ``intention_verbs`` with a bare infinitive of the subject's own act (no clause, no
    quotation, an infinitive that is no cue itself) tells an intention, not a statement."""
    return cue_lemma(verb) in intention_verbs() and cue_frame(verb, False) == "xcomp"


@cache
def song_verbs() -> frozenset[str]:
    """Verbs of performing a song, whose quotation is no claim ("sang 'Go Team Go'";
    ``song_verbs.tsv``)."""
    return read_words(DATA / "song_verbs.tsv")


@cache
def speech_acts() -> dict[str, str]:
    """Verb lemma -> what its bare object is ("addressee" or "feeling"), for the verbs whose
    bare object is not what was said (``speech_acts.tsv``)."""
    return read_pairs(DATA / "speech_acts.tsv")


@cache
def learned_cues() -> dict[str, tuple[float, float]]:
    """Lemma -> (precision with a complement, precision without), from cues.tsv."""
    found: dict[str, tuple[float, float]] = {}
    for line in _LEXICON.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        lemma, n_with, cue_with, n_without, cue_without = line.split("\t")
        found[lemma] = (
            (int(cue_with) + _PRIOR_CUE) / (int(n_with) + _PRIOR_CUE + _PRIOR_OTHER),
            (int(cue_without) + _PRIOR_CUE) / (int(n_without) + _PRIOR_CUE + _PRIOR_OTHER),
        )
    return found


def is_cue_lemma(lemma: str, complement: bool) -> bool:
    """Whether a verb lemma reports a claim, given whether it has a complement or quote."""
    learned = learned_cues().get(lemma)
    if learned is None:
        return lemma in CUES and (complement or lemma not in WEAK_CUES)
    precision = learned[0] if complement else learned[1]
    core = CUES.get(lemma, Stance.REPORTED) is not Stance.REPORTED
    bar = settings.CORE_CUE_MIN_PRECISION if core else settings.CUE_MIN_PRECISION
    return precision >= bar


#: What a cue's frame needs before its learned precision decides (cue_frames.tsv).
_FRAMES = DATA / "cue_frames.tsv"

#: Personal pronouns that name who is spoken to or who experiences ("seemed to him").
_PERSONAL = frozenset("me you him her us them".split())


_CUE_FRAMES = "newsclaims_cue_frames"
_QUOTE_COLONS = "newsclaims_quote_colons"

#: The caches the stage keeps on a doc while it reads it (``doc.user_data``, each got with
#: ``_run_cache``): each verb's cue frame (``cue_frame``) and the colon before each quotation
#: (``_colon_before``). All are dropped when a run of the stage starts
#: (``attribution_component``): a doc run through it again is read afresh.
_RUN_CACHES = (_CUE_FRAMES, _QUOTE_COLONS)


def _run_cache(doc: Doc, name: str) -> dict[int, Any]:
    """The cache ``name`` (one of ``_RUN_CACHES``) of this run of the stage on ``doc``."""
    found: dict[int, Any] = doc.user_data.setdefault(name, {})
    return found


def cue_frame(verb: Token, quoted: bool) -> str:
    """The construction a verb stands in, as ``scripts/learn_cue_frames.py`` counts it:

    * ``quote``: a quotation beside it; ``experiencer``: a person it seems or appears to
      ("seemed to him that"); ``reflexive``: a reflexive object ("found himself caught
      up"); ``clause``: a complement clause ("observed that ...");
    * ``xcomp_cue``: an infinitive that is itself a cue ("seemed to suggest");
      ``xcomp``: any other infinitive or participle ("seemed to be", "found himself facing");
    * ``predicate``: a predicate ("seemed tired"); ``object_named``: a named or personal
      object ("blasted Clinton"); ``object``: another object ("blasted a homer");
    * ``particle``: a particle ("singled out"); ``prep``: only a prepositional phrase
      ("slammed into the wall"); ``bare``: none of these.

    Read once per verb and document (a cue's frame is asked by ``_frame_licensed``,
    ``frame_allows``, ``_acts_on`` and others): it depends on the parse alone."""
    if quoted:
        return "quote"
    found: dict[int, str] = _run_cache(verb.doc, _CUE_FRAMES)
    frame = found.get(verb.i)
    if frame is None:
        frame = found[verb.i] = _unquoted_frame(verb)
    return frame


def _unquoted_frame(verb: Token) -> str:
    """``cue_frame`` of a verb with no quotation beside it."""
    children = list(verb.children)
    deps = {c.dep_ for c in children}
    if _experiencer(verb) is not None:
        return "experiencer"
    objects = [c for c in children if c.dep_ in ("dobj", "dative")]
    # "found himself swept up": the reflexive as object, or as the small clause's subject
    small = [g for c in children if c.dep_ in ("ccomp", "xcomp") for g in c.children]
    if any(
        o.lower_.endswith(("self", "selves"))
        for o in objects + [g for g in small if g.dep_ in ("nsubj", "nsubjpass")]
    ):
        return "reflexive"
    if "ccomp" in deps or _colon_words(verb) is not None:
        return "clause"  # a clause, or words after a colon ("wrote: nothing but lies")
    for c in children:
        if c.dep_ == "xcomp":
            lemma = cue_lemma(c)
            complement = any(g.dep_ in ("ccomp", "xcomp") for g in c.children)
            return "xcomp_cue" if lemma in CUES or _learned_cue(lemma, complement) else "xcomp"
    if deps & {"acomp", "attr", "oprd"}:
        return "predicate"
    if any(o.pos_ == "PROPN" or o.lower_ in _PERSONAL or o.ent_type_ for o in objects):
        return "object_named"
    if objects:
        return "object"
    if "prt" in deps:
        return "particle"
    if "prep" in deps:
        return "prep"
    return "bare"


def _learned_cue(lemma: str, complement: bool) -> bool:
    learned = learned_cues().get(lemma)
    return learned is not None and learned[0 if complement else 1] >= settings.CUE_MIN_PRECISION


@cache
def cue_frames() -> dict[tuple[str, str], float]:
    """(lemma, frame) -> smoothed share of PolNeAR train verbs in that frame that are cues,
    for the frames seen at least ``settings.CUE_FRAME_MIN_SEEN`` times (cue_frames.tsv)."""
    found: dict[tuple[str, str], float] = {}
    for line in _FRAMES.read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        lemma, frame, seen, cued = line.split("\t")
        if int(seen) >= settings.CUE_FRAME_MIN_SEEN:
            found[(lemma, frame)] = (int(cued) + _PRIOR_CUE) / (
                int(seen) + _PRIOR_CUE + _PRIOR_OTHER
            )
    return found


@cache
def thing_objects() -> frozenset[str]:
    """Object heads that are things done or handled, never something said
    (``thing_objects.tsv``: "homer", "ball", "door")."""
    return read_words(DATA / "thing_objects.tsv")


@cache
def particle_cues() -> dict[str, str]:
    """Verb lemma -> the particle it needs to be a cue (``particle_cues.tsv``: single out)."""
    return read_pairs(DATA / "particle_cues.tsv")


def _handles_a_thing(verb: Token) -> bool:
    """ "blasted a two-run homer", "deflected the ball": the verb's objects are all things of
    ``thing_objects``, and it has no clause nor infinitive that could say something."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return (
        bool(objects)
        and not _has_complement(verb)
        and all(o.lemma_.lower() in thing_objects() and not o.ent_type_ for o in objects)
    )


def _lacks_its_particle(verb: Token) -> bool:
    """ "singled to left": a verb of ``particle_cues`` without its particle ("singled out")."""
    particle = particle_cues().get(cue_lemma(verb))
    return particle is not None and not any(
        c.dep_ == "prt" and c.lower_ == particle for c in verb.children
    )


@cache
def particle_senses() -> dict[tuple[str, str], int]:
    """(verb lemma, particle) -> how often the pair was a gold cue on PolNeAR train
    (``particle_senses.tsv``, learnt by ``scripts/learn_particle_senses.py``)."""
    found: dict[tuple[str, str], int] = {}
    for line in (DATA / "particle_senses.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        lemma, particle, _seen, cued = line.split("\t")
        found[(lemma, particle)] = int(cued)
    return found


def _unlearnt_particle(verb: Token) -> bool:
    """ "pumped in oxygen", "was called in to pitch": a cue learnt from the corpus alone (not
    one of ``CUES``) with a particle that never made it a gold cue on PolNeAR train ("point
    out", "lash out" did) is another sense of the verb."""
    lemma = cue_lemma(verb)
    if lemma in CUES:
        return False
    return any(
        c.dep_ == "prt" and c.lower_.isalpha() and not particle_senses().get((lemma, c.lower_))
        for c in verb.children
    )


#: Frames in which a verb introduces what is said: a quotation, a clause, a cue infinitive.
SPEECH_FRAMES = frozenset({"quote", "clause", "xcomp_cue"})


def _frame_licensed(verb: Token, quoted: bool) -> bool:
    """A verb below its lemma's cue bar that introduces a quotation, a clause or a cue
    infinitive in a construction train holds as a cue at least
    ``CUE_FRAME_LICENSE_PRECISION`` of the time ('"...," he continued', "continued to insist
    that", "as she put it, '...'"). Object and prepositional frames are not licensed so:
    at train's bar they brought "gave a guest a tour of the house", "posted photos",
    "talked about family life" on real news (bench/results.md, indirect8)."""
    frame = cue_frame(verb, quoted)
    if frame not in SPEECH_FRAMES:
        return False
    precision = cue_frames().get((cue_lemma(verb), frame))
    return precision is not None and precision >= settings.CUE_FRAME_LICENSE_PRECISION


@cache
def statement_nouns() -> frozenset[str]:
    """Nouns for something said or decided ("remarks", "ruling"; ``statement_nouns.tsv``)
    and the nouns of ``nominal_cues.tsv``."""
    return read_words(DATA / "statement_nouns.tsv") | frozenset(nominal_cues())


@cache
def speech_participles() -> frozenset[str]:
    """Verbs whose other senses are rare, so their object is what is said ("citing low
    growth"; ``speech_participles.tsv``)."""
    return read_words(DATA / "speech_participles.tsv")


def _says_its_object(verb: Token) -> bool:
    """ "The bank cut rates, citing low growth": a verb whose object train holds as what is
    said at least ``PARTICIPLE_OBJECT_MIN_PRECISION`` of the time (cue_frames.tsv), and whose
    object is a speech object: any object of a verb of ``speech_participles``, else a named
    person ("blasting Clinton") or a noun of ``statement_nouns`` ("dismissing the claims";
    not "dismissing 400 workers", "ordering new tanks")."""
    frame = cue_frame(verb, False)
    if frame not in ("object", "object_named"):
        return False
    lemma = cue_lemma(verb)
    precision = cue_frames().get((lemma, frame))
    if precision is None or precision < settings.PARTICIPLE_OBJECT_MIN_PRECISION:
        return False
    if lemma in speech_participles():
        return True
    objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    return bool(objects) and all(
        _names_a_person(o) or o.lemma_.lower() in statement_nouns() for o in objects
    )


def _licensable(lemma: str) -> bool:
    """Whether ``_frame_licensed`` can hold for a verb of this lemma in some frame."""
    frames = cue_frames()
    bar = settings.CUE_FRAME_LICENSE_PRECISION
    return any(frames.get((lemma, frame), -1.0) >= bar for frame in SPEECH_FRAMES)


@cache
def action_prepositions() -> dict[str, str]:
    """Preposition -> the kind of object (``thing``, ``person``) after which a cue verb tells
    an action (``action_prepositions.tsv``: "slammed into the wall", "called for Smith")."""
    return read_pairs(DATA / "action_prepositions.tsv")


@cache
def setting_prepositions() -> dict[str, frozenset[str]]:
    """Preposition -> the entity labels of an object that only places or dates a cue's act
    (``setting_prepositions.tsv``: "reported from Lisbon", "reported on Monday")."""
    return {
        prep: frozenset(labels.split(","))
        for prep, labels in read_pairs(DATA / "setting_prepositions.tsv").items()
    }


def _only_a_setting(verb: Token) -> bool:
    """ "Lerer reported from Los Angeles", "the office reported on Tuesday": all that follows
    the cue in its sentence is one or more phrases of ``setting_prepositions`` whose object is
    an entity of a place or a date, with no verb inside; no object, clause or quotation says
    what was said, so the cue tells an act. A cue the parse hangs on another clause ("..., the
    Ledger reported in 1994") relays it."""
    if verb.dep_ in ("ccomp", "parataxis") or cue_frame(verb, False) != "prep":
        return False
    labels = setting_prepositions()
    preps = [c for c in verb.children if c.dep_ == "prep" and c.i > verb.i]
    covered: set[int] = set()
    for prep in preps:
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        kinds = labels.get(prep.lower_)
        if kinds is None or not objects or any(o.ent_type_ not in kinds for o in objects):
            return False
        if any(t.pos_ in ("VERB", "AUX") for t in prep.subtree):
            return False
        covered.update(t.i for t in prep.subtree)
    after = (t for t in verb.doc[verb.i + 1 : verb.sent.end] if not t.is_punct)
    return bool(preps) and all(t.i in covered for t in after)


def _names_a_person(obj: Token) -> bool:
    """ "him", "Smith", "his closer, Smith": a personal pronoun, a person's name, or a noun
    with a person's name in apposition."""
    return (
        obj.lower_ in _PERSONAL
        or obj.ent_type_ == "PERSON"
        or any(c.dep_ == "appos" and c.ent_type_ == "PERSON" for c in obj.children)
    )


def _names_someone(obj: Token) -> bool:
    """An object that could be spoken of: a person, a name, an entity or a clause."""
    return (
        obj.pos_ == "PROPN" or bool(obj.ent_type_) or _names_a_person(obj) or (obj.dep_ == "pcomp")
    )


def _acts_on(verb: Token) -> bool:
    """ "slammed into the wall", "called for his closer, Smith": only a prepositional phrase
    follows, and one of ``action_prepositions`` has an object of the kind that makes the verb
    an action; no other phrase of what is said ("over the plan") comes with it."""
    if cue_frame(verb, False) != "prep":
        return False
    kinds = action_prepositions()
    acted = False
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        kind = kinds.get(prep.lower_)
        objects = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
        if kind is None:
            if prep.lower_ in CONTENT_PREPOSITIONS:
                return False
            continue
        if not objects:
            return False
        fits = (
            not any(_names_someone(o) for o in objects)
            if kind == "thing"
            else all(_names_a_person(o) for o in objects)
        )
        if not fits:
            return False
        acted = True
    return acted


def frame_allows(verb: Token, quoted: bool) -> bool:
    """Whether a verb the cue lexicon accepts reports something in the frame it stands in:
    "seemed tired", "found himself", "slammed into the wall" tell what happened, "seemed to
    suggest that", "observed that" report. A frame too rare in train to judge is allowed,
    unless the verb only handles a thing ("blasted a homer"), lacks the particle of its cue
    sense ("singled to left") or has a particle no gold cue had ("called off the vote"). A
    verb in its summary frame (``_sums_up``) is allowed whatever its object frame's share."""
    if not quoted and (
        _handles_a_thing(verb)
        or _lacks_its_particle(verb)
        or _unlearnt_particle(verb)
        or _acts_on(verb)
        or _only_a_setting(verb)
    ):
        return False
    lemma = cue_lemma(verb)
    precision = cue_frames().get((lemma, cue_frame(verb, quoted)))
    return (
        precision is None
        or precision >= settings.CUE_FRAME_MIN_PRECISION
        # "painted the company as greedy": the summary frame says more than "object" does
        or (not quoted and _sums_up(verb))
    )


@cache
def negated_cues() -> dict[str, Stance]:
    """Cue lemmas and the stance their negation gives: "did not confirm" is unverified,
    "did not say" undisclosed (``negated_cues.tsv``)."""
    return {
        lemma: Stance(stance) for lemma, stance in read_pairs(DATA / "negated_cues.tsv").items()
    }


@cache
def doubt_cues() -> dict[str, Stance]:
    """Cue lemmas of doubt and the stance they give: "questioned whether" leaves what it
    reports open, and denies nothing (``doubt_cues.tsv``)."""
    return {lemma: Stance(stance) for lemma, stance in read_pairs(DATA / "doubt_cues.tsv").items()}


def _opens_with_question_word(first: Token) -> bool:
    """A content opened by a question word that asks about it ("why", "how"), not one that
    marks a clause as open to doubt ("whether", "if")."""
    return first.lower_ in _question_words() and first.dep_ != "mark"


#: Stances that already say what a negated cue means.
NEGATION_STANCES = frozenset(
    {Stance.UNVERIFIED, Stance.UNDISCLOSED, Stance.DENIED, Stance.CONFIRMED}
)


@cache
def hedge_modals() -> frozenset[str]:
    """Modal verbs that hedge an otherwise plain report: the possibility modals of
    ``modals.tsv`` ("could", "may", "might")."""
    return frozenset(word for word, sense in modals().items() if sense == "possibility")


#: Dependencies of what a verb without a clausal complement reports ("called X Y").
OBJECT_DEPS = frozenset({"dobj", "dative", "oprd", "attr", "acomp"})

#: Prepositions whose phrase belongs to that content ("praised X for ...", "accused X of ...").
CONTENT_PREPOSITIONS = frozenset({"as", "of", "about", "for", "against", "over"})

#: Subject dependencies that name a source.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "agent"})

#: Most tokens from a cue verb to the preposition of its cue noun object that the cue span
#: takes in ("heaped praise on", "cast serious doubt on"); farther, the cue is the verb alone.
AIMED_CUE_TOKENS = 5

#: Tokens a quote may be separated from its cue by ("...," Kim said).
QUOTE_GAP = 3

_QUOTE = re.compile(r"“[^”]{2,}”|\"[^\"\n]{2,}\"|''(?:(?!'').){2,}?''")
#: A paragraph break followed by a straight opening mark.
_OPENS_NEXT = re.compile(r'\s*"')
_EDGE_PUNCT = frozenset({",", ".", ";", ":", "!", "?", "—", "–", "-"})


@dataclass(frozen=True, slots=True)
class ClaimDraft:
    """A claim as character offsets, before conversion to a ``Claim`` record."""

    content: tuple[int, int]
    """Content character span."""
    stance: Stance
    """Stance from cue, negation and modality."""
    kind: ClaimKind
    """Shape of the attribution."""
    source: tuple[int, int] | None
    """Source character span."""
    cue: tuple[int, int] | None
    """Cue character span."""
    source_entity: str | None
    """Entity key of the source, when resolved."""
    anonymous: bool
    """Unnamed source."""
    parts: tuple[tuple[int, int], ...] = ()
    """Content fragments when the content is discontinuous (a quote split by its cue)."""
    cue_time: tuple[int, int] | None = None
    """A time expression modifying an expectation's cue ("expect repairs next month")."""
    sentence: int = 0
    """Index of the sentence that holds the cue."""
    source_head: int | None = None
    """Token index of the source's head word (for the speaker resolution after the pass)."""


def _chars(doc: Doc, start: int, end: int) -> tuple[int, int]:
    span = doc[start:end]
    return span.start_char, span.end_char


def _strip_edges(doc: Doc, start: int, end: int) -> tuple[int, int]:
    while start < end and (doc[start].text in _EDGE_PUNCT or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in _EDGE_PUNCT or doc[end - 1].is_space):
        end -= 1
    return start, end


def _has_own_subject(token: Token) -> bool:
    return any(c.dep_ in SUBJECT_DEPS for c in token.children)


def _negated(token: Token) -> bool:
    """ "did not say", "never said", "was unable to say", and a negative phrase put before an
    inverted auxiliary ("At no point did the company say", "Seldom has the bank said"), unless
    that phrase states the report ("Not until Friday did the board say", "Never before")."""
    fronted = _fronted_words(token)
    stated = _states_the_report(fronted)
    return (
        any(
            c.dep_ == "neg" and not (stated and c.i in fronted) and not _not_only(c)
            for c in token.children
        )
        or (not stated and any(t.lower_ in fronted_negatives() for t in fronted.values()))
        or _unable(token)
    )


def _not_only(neg: Token) -> bool:
    """ "did not just/merely/simply/only criticize": the act was done, and more; no negation
    (``not_only_words.tsv``)."""
    after = neg.nbor() if neg.i + 1 < len(neg.doc) else None
    return after is not None and after.lower_ in not_only_words()


@cache
def not_only_words() -> frozenset[str]:
    """Words that turn a "not" before a verb into "not only" ("not just", "not merely")."""
    return read_words(DATA / "not_only_words.tsv")


@cache
def fronted_negatives() -> frozenset[str]:
    """Negative words that deny a report in a phrase put before an inverted auxiliary ("At no
    point did ... say"; ``fronted_negatives.tsv``)."""
    return read_words(DATA / "fronted_negatives.tsv")


@cache
def fronted_statements() -> tuple[tuple[str, ...], ...]:
    """Openings of a fronted phrase that state the report despite a negative word ("Never
    before has ... said", "Not until ... did"; ``fronted_statements.tsv``)."""
    return tuple(sorted(tuple(w.split()) for w in read_words(DATA / "fronted_statements.tsv")))


def _inverted_aux(verb: Token) -> Token | None:
    """The auxiliary put before the verb's own subject ("did" in "Never did the board say")."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    inverted = [c for c in verb.children if c.dep_ == "aux" and any(c.i < s.i for s in subjects)]
    return inverted[0] if inverted else None


def _fronted_words(verb: Token) -> dict[int, Token]:
    """The words of the phrases put before an inverted auxiliary of the verb, by index, with a
    leading conjunction left out unless it is negative ("And at no point", "Nor")."""
    aux = _inverted_aux(verb)
    if aux is None:
        return {}
    words = {
        t.i: t
        for c in verb.children
        if c.i < aux.i
        and not c.is_punct
        and not c.is_space
        and (c.dep_ != "cc" or c.lower_ in fronted_negatives())
        for t in c.subtree
        if not t.is_punct and not t.is_space
    }
    return dict(sorted(words.items()))


def _states_the_report(fronted: dict[int, Token]) -> bool:
    """Whether a fronted phrase opens with words of ``fronted_statements`` ("Not until")."""
    words = tuple(t.lower_ for t in fronted.values())
    return any(words[: len(opening)] == opening for opening in fronted_statements())


@cache
def inability_words() -> frozenset[str]:
    """Predicates that say the infinitive was not done ("was unable to say";
    ``inability_words.tsv``)."""
    return read_words(DATA / "inability_words.tsv")


def _unable(verb: Token) -> bool:
    """ "was unable to clarify": the infinitive of a predicate of ``inability_words``, which
    counts as negated, as "could not clarify" does."""
    return (
        verb.dep_ == "xcomp" and verb.head.dep_ == "acomp" and verb.head.lower_ in inability_words()
    )


@cache
def done_infinitive_adjectives() -> frozenset[str]:
    """Adjectives whose infinitive was done ("was quick to stress";
    ``done_infinitive_adjectives.tsv``)."""
    return read_words(DATA / "done_infinitive_adjectives.tsv")


def _done_after_adjective(verb: Token) -> bool:
    """ "was quick to stress that ...": the infinitive of an adjective of
    ``done_infinitive_adjectives`` after a copula in the past with no modal, which says it was
    done by the copula's subject ("too quick to" says nothing of the kind, nor "would be quick
    to" or "is quick to": not done yet)."""
    return (
        verb.dep_ == "xcomp"
        and verb.head.dep_ == "acomp"
        and verb.head.lower_ in done_infinitive_adjectives()
        and not any(c.lower_ == "too" for c in verb.head.children)
        and _past_without_modal(verb.head.head)
    )


@cache
def gerund_prepositions() -> frozenset[str]:
    """Prepositions whose cue gerund reports for the subject of the verb they hang on
    ("before adding that"; ``gerund_prepositions.tsv``)."""
    return read_words(DATA / "gerund_prepositions.tsv")


@cache
def uptake_gerunds() -> frozenset[str]:
    """Verbs of taking news in whose gerund after a preposition reports nothing ("after
    learning that"; ``uptake_gerunds.tsv``)."""
    return read_words(DATA / "uptake_gerunds.tsv")


def _gerund_after_preposition(verb: Token, quoted: bool) -> bool:
    """ "..., the captain said, before adding that ...", "denied it by pointing out that ...": a
    gerund that is the object of a preposition of ``gerund_prepositions`` hung on a verb, with
    a clause or a quotation of its own, or in its summary frame ("after calling the mayor a
    coward", ``_sums_up``), is said by that verb's subject. A gerund of an act ("after
    cutting the ribbon") has no clause and stays out, and so does one of taking news in
    (``uptake_gerunds``: "fired her after learning that ...")."""
    preposition = verb.head
    return (
        verb.dep_ == "pcomp"
        and verb.tag_ == "VBG"
        and cue_lemma(verb) not in uptake_gerunds()
        and preposition.dep_ == "prep"
        and preposition.lower_ in gerund_prepositions()
        and preposition.head.pos_ in ("VERB", "AUX")
        and (quoted or _has_clause(verb) or _sums_up(verb))
    )


_NOT_SPEAKING_PRONOUNS = frozenset({"this", "that", "these", "those", "which", "what"})


@cache
def figure_subjects() -> frozenset[str]:
    """Subject heads that are a market or a figure, never a speaker ("shares", "prices";
    ``figure_subjects.tsv``)."""
    return read_words(DATA / "figure_subjects.tsv")


@cache
def market_names() -> frozenset[str]:
    """Names of a market, index, currency or commodity ("the dow", "ftse 100", "sterling";
    ``market_names.tsv``)."""
    return read_words(DATA / "market_names.tsv")


def _market_name(subject: Token) -> bool:
    """Whether a subject's words, without a leading determiner, are a market's name
    (``market_names``: "The Dow", "The FTSE 100", "Sterling"); a person's name never is."""
    if subject.ent_type_ == "PERSON":
        return False
    doc = subject.doc
    start = subject.left_edge.i
    if doc[start].dep_ == "det":
        start += 1
    end = subject.i + 1
    while end < len(doc) and doc[end].head == subject and doc[end].dep_ in ("nummod", "compound"):
        end += 1  # "The FTSE 100"
    return " ".join(t.lower_ for t in doc[start:end]) in market_names()


def _can_speak(subject: Token) -> bool:
    """Whether a subject a cue gerund inherits can be its speaker: not a relative or
    demonstrative pronoun, and not a market, a figure or a mute thing ("Shares fell after
    announcing that ...", "The Dow fell after warning that ...": the sentence leaves the
    speaker out)."""
    if subject.pos_ == "PRON" or subject.tag_ == "WDT":
        verb = subject.head
        if subject.lower_ in ("which", "that") and verb.dep_ == "relcl" and verb.head.i < subject.i:
            # "The firm, which collapsed after admitting that ...": the noun it stands for
            return _can_speak(verb.head)
        return subject.lower_ not in _NOT_SPEAKING_PRONOUNS
    if _market_name(subject):
        return False
    if subject.ent_type_ or subject.pos_ == "PROPN":
        return True
    lemma = subject.lemma_.lower()
    return lemma not in figure_subjects() and lemma not in mute_subjects()


def _past_without_modal(verb: Token) -> bool:
    """A verb in the past ("was", "confirmed") or the perfect ("has been", "had been"), with
    no modal ("would be", "could have been")."""
    if _has_modal(verb):
        return False
    return verb.tag_ == "VBD" or (
        verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    )


def _has_modal(verb: Token) -> bool:
    """Whether a verb has a modal among its auxiliaries ("will reopen", "would be", "must
    close")."""
    return any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in verb.children)


def _cue_range(verb: Token) -> tuple[int, int]:
    """The verb with its auxiliaries, negation and particles ("could not verify")."""
    parts = [verb.i] + [
        c.i
        for c in verb.children
        if c.dep_ in ("aux", "auxpass", "neg", "prt") and abs(c.i - verb.i) <= 3
    ]
    aimed = _aimed_preposition(verb)
    if aimed is not None and aimed.i - verb.i <= AIMED_CUE_TOKENS:
        parts.append(aimed.i)  # "heaped praise on": PolNeAR train's cue
    return min(parts), max(parts) + 1


def _raised_to_a_state(verb: Token) -> bool:
    """The clause a passive cue raises its subject from is passive or a state ("was expected
    to be named", "to be under consideration"): its subject undergoes it, nothing it does."""
    return any(
        c.dep_ == "xcomp" and (c.lemma_ == "be" or any(g.dep_ == "auxpass" for g in c.children))
        for c in verb.children
    )


def _unnamed_passive(doc: Doc, subject: Token, verb: Token) -> tuple[int, int] | None:
    """The characters standing for the unnamed source of a passive cue of speech or belief
    (``passive_report_verbs`` of data/speakers.json): the cue with its auxiliaries ("is said
    to"), with an expletive subject when it has one ("It has been reported that"). None for
    any other passive cue, which stays the outlet's ("is expected to", "can be blamed on")."""
    if cue_lemma(verb) not in lexicon().passive_report_verbs:
        return None
    start, end = _cue_range(verb)
    if subject.lower_ == "it" and subject.i < start:
        start = subject.i
    return _chars(doc, start, end)


def _coordinated_on(verb: Token, complement: Token, end: int) -> int:
    """ "pledged to pool their budgets and back each other up", "refused to warn the
    rebels or even plainly name them as the culprits", "said the day recalled her brother, and
    all his old friends ...": the parse hangs the second half of a coordinated
    complement on the cue. A conjunction right after the complement, followed by a verb
    without a subject of its own and of another form than the cue (an infinitive after
    "agreed") or by a prepositional phrase, both on the cue, carries the complement on."""
    doc = verb.doc
    # the conjunction ends the complement ("to threaten Moscow or") or follows it
    i = end - 1 if doc[end - 1].dep_ == "cc" else end
    while i < len(doc) and doc[i].is_punct and doc[i].text == ",":
        i += 1
    if i >= len(doc) or doc[i].dep_ != "cc" or doc[i].head not in (verb, complement):
        return end
    following = next((c for c in verb.rights if c.i > i), None)
    if following is None:
        return end
    carried = (
        # right after the conjunction; "advcl" is the same misparse of a conjoined verb
        following.dep_ in ("conj", "advcl")
        and following.left_edge.i == i + 1
        and following.pos_ == "VERB"
        and not _has_own_subject(following)
        and not any(c.dep_ in ("aux", "auxpass") for c in following.children)
        and following.tag_ != verb.tag_
        and complement.dep_ == "xcomp"
    ) or (following.dep_ == "prep" and complement.dep_ == "ccomp")
    return following.right_edge.i + 1 if carried else end


def _acts_on_a_thing(verb: Token) -> bool:
    """ "shoppers found bargains", "he scored a goal": the verb has an object that is no one spoken
    to ("the plan is dead, he told reporters" has; so does any verb of ``addressee_verbs``), so a
    clause before it is not what it relays ("..., CNN reported")."""
    if cue_lemma(verb) in addressee_verbs():
        return False
    return any(
        c.dep_ == "dobj"
        and not (
            _names_someone(c)
            or c.lemma_.lower() in person_roles()
            or c.lemma_.lower() in source_heads()
        )
        for c in verb.children
    )


@cache
def contrast_marks() -> frozenset[str]:
    """Marks of a clause that sets another source's statement against a content
    (``contrast_marks.tsv``: while, whereas, though, although)."""
    return read_words(DATA / "contrast_marks.tsv")


def _contrasting_report(clause: Token) -> bool:
    """ "..., while officials put the figure at 900", "..., though the owner told a radio
    station that ...": an adverbial clause with a contrast mark whose verb reports with a
    subject of its own is another source's claim. Its verb counts as a cue by its lemma alone
    when it has a clause or a "that" of its own (a parse that takes "that" for its object
    leaves it no complement); a lemma alone with neither is a clause of time ("robbed while
    he was talking to his wife"), part of the content."""
    return (
        clause.dep_ == "advcl"
        and clause.pos_ == "VERB"
        and any(c.dep_ == "mark" and c.lower_ in contrast_marks() for c in clause.children)
        and (
            _is_cue(clause)
            or (
                is_cue_lemma(cue_lemma(clause), True)
                and _has_own_subject(clause)
                and any(c.dep_ == "ccomp" or c.lower_ == "that" for c in clause.children)
            )
        )
    )


@cache
def relay_verbs() -> frozenset[str]:
    """Verbs of a relayer put after the report it relays (``relay_verbs.tsv``)."""
    return read_words(DATA / "relay_verbs.tsv")


def _relayed_report(verb: Token) -> tuple[int, int] | None:
    """ "Hale admitted that ..., the Ledger reported in 1994", "Ruiz noted that ..., reported
    the Ledger": a verb of ``relay_verbs`` after a comma, with a subject of its own (before it,
    or a name right after it that the parser took for its object) and no complement or object
    of its own, that the parser hung on the sentence's top cue as a complement or a conjunct
    relays that whole report (from its start up to the comma); None for any other verb.
    "..., revealed plans for a ferry" (no subject) and "..., Diaz revealed the tolls would
    rise" (its own content) report what they hold, not the clause before them."""
    if verb.dep_ not in ("ccomp", "conj") or cue_lemma(verb) not in relay_verbs():
        return None
    doc = verb.doc
    head = verb.head
    # "Bell said Diaz admitted ..., the Ledger reported": the report is the outermost cue's
    while head.dep_ in ("ccomp", "conj") and head.head.i < head.i and _is_cue(head.head):
        head = head.head
    # "Bell said the bridge would reopen, the ferry would run ..., the Times reported": a
    # relay hung on a cue inside the report, or on a list conjunct, would cut the report
    if head.i >= verb.i or head.dep_ != "ROOT" or not _is_cue(head):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None:
        # "..., reported the Daily Ledger": the parser takes the inverted name for an object
        subject = next(
            (
                c
                for c in verb.rights
                if c.dep_ in _INVERTED_DEPS and c.left_edge.i == verb.i + 1 and c.pos_ == "PROPN"
            ),
            None,
        )
    if subject is None or any(
        c.dep_ in ("ccomp", "xcomp", "dobj", "dative", "attr") and c.i > verb.i and c != subject
        for c in verb.children
    ):
        return None
    # the relay starts at its subject or its verb; a clause before it that the parser hung on
    # it ("the ferry would run and ..., the Times reported") is part of the report
    start = min(verb.i, subject.left_edge.i)
    if (
        start == 0
        or doc[start - 1].text != ","
        # "Ruiz said the mill would close, and the plant would shut, the Ledger reported": a
        # conjunction on the top cue before the relay leaves the relay its own conjunct
        or any(c.dep_ == "cc" and head.i < c.i < start for c in head.children)
    ):
        return None
    return _strip_edges(doc, head.left_edge.i, start - 1)


def _content_range(verb: Token) -> tuple[int, int] | None:
    """The token range of what the verb reports."""
    relayed = _relayed_report(verb)
    if relayed is not None:
        return relayed
    after_colon = _colon_words(verb)
    if after_colon is not None:
        return after_colon
    for dep in ("ccomp", "xcomp"):
        for child in _after_colon_first(verb):
            if (
                child.dep_ == dep
                and child.i < verb.i
                and _acts_on_a_thing(verb)
                # '"...," read the placard': the object is the inverted subject
                and not _inverted_noun_after_quotation(verb)
            ):
                continue  # "Prices climbed, however shoppers found bargains ...": no relay
            if child.dep_ == dep:
                end = child.right_edge.i + 1
                for clause in child.rights:
                    # "estimates that 1,200 homes were damaged, while officials put the
                    # figure at 900": the contrasting clause is another source's
                    if _contrasting_report(clause):
                        end = clause.left_edge.i
                        break
                else:
                    end = _coordinated_on(verb, child, end)
                    end = _with_condition(verb, end)
                end = _before_misplaced_cue(verb.doc, verb, child, end)
                end = _before_frame(child, end)
                if child.i < verb.i:
                    return _glued_quotation_start(verb, child.left_edge.i, end), end
                asking = _fronted_question_word(verb)
                if asking is None and dep == "xcomp":
                    return _addressed_before(verb, child), end
                return (child.left_edge.i if asking is None else asking.i), end
    told = _addressee_clause(verb)
    if told is not None:
        return told.left_edge.i, told.right_edge.i + 1
    has_object = any(c.dep_ == "dobj" for c in verb.children)
    for child in verb.children:
        # "was quoted as saying the plan would fail": what the saying reports ("described
        # the vote as showing that ...": the "as" phrase says something of the object)
        if child.dep_ == "prep" and child.lower_ == "as" and not has_object:
            for said in child.children:
                if said.dep_ == "pcomp" and said.pos_ == "VERB":
                    reported = next((c for c in said.children if c.dep_ == "ccomp"), None)
                    if reported is not None:
                        return reported.left_edge.i, reported.right_edge.i + 1
    aimed = _aimed_at(verb)
    if aimed is not None:
        return aimed
    prepositions = CONTENT_PREPOSITIONS
    extra = verb_prepositions().get(cue_lemma(verb))
    if extra is not None:
        prepositions = prepositions | {extra}  # "attributed the loss to the weather"
    if CUES.get(cue_lemma(verb)) is Stance.ESTIMATED or _puts_a_figure(verb):
        prepositions = prepositions | {"at"}  # "estimated the crowd at 8,000"
    complement = _summary_complement(verb)
    objects = [
        c
        for c in verb.rights
        if c.dep_ in OBJECT_DEPS
        or (c.dep_ == "prep" and c.lower_ in prepositions)
        # "described the town as beset by floods": a clause opened by the frame's mark
        or (c == complement and c.dep_ == "advcl")
    ]
    if any(c.dep_ in OBJECT_DEPS for c in objects):
        # "called the mayor a failure [Monday on the radio]": the objects, not the
        # adverbials of time and place that follow them.
        return objects[0].left_edge.i, _with_object_complement(verb, objects[-1])
    right = list(verb.rights)
    kept: list[Token] = []
    for child in right:
        if (child.dep_ == "conj" and _has_own_subject(child)) or _contrasting_report(child):
            break  # "..., the mayor said, though auditors said ...": another source's claim
        if child.dep_ in SUBJECT_DEPS:
            continue  # "..., said Tim Hess, a developer": an inverted subject is the source
        kept.append(child)
    while kept and (kept[-1].dep_ in ("cc", "punct")):
        kept.pop()
    if not kept:
        return None
    if kept[0].dep_ == "cc" and len(kept) > 1 and kept[1].dep_ == "conj":
        # "denied or remained silent about troop deployments": both verbs share the object
        # at the end; the content is that object, not the second verb's phrase
        shared = [
            t
            for t in kept[1].subtree
            if t.dep_ in ("dobj", "pobj") and t.right_edge.i == kept[1].right_edge.i
        ]
        if shared:
            return shared[0].left_edge.i, shared[0].right_edge.i + 1
    return verb.i + 1, kept[-1].right_edge.i + 1


@cache
def object_complements() -> dict[str, frozenset[str]]:
    """Noun -> the forms of the "to" phrase that completes it ("infinitive": "efforts to end
    the strike"; "to": "opposition to the tax"), from ``object_complements.tsv``."""
    found: dict[str, set[str]] = {}
    for noun, form in read_table(DATA / "object_complements.tsv", 2):
        found.setdefault(noun, set()).add(form)
    return {noun: frozenset(forms) for noun, forms in found.items()}


@cache
def audience_words() -> frozenset[str]:
    """Whom a speaker addresses ("to reporters", "to us"): ``audience_words.tsv``."""
    return read_words(DATA / "audience_words.tsv")


@cache
def listener_verbs() -> frozenset[str]:
    """Cues whose "to" phrase on a person or a body names the listener ("explained his
    objection to the board"): ``listener_verbs.tsv``."""
    return read_words(DATA / "listener_verbs.tsv")


@cache
def _listener_bodies() -> frozenset[str]:
    """Bodies that may be addressed ("to the board", "to the jury"): ``body_nouns.tsv`` alone,
    without the statement and document nouns of ``body_nouns`` ("objection to the report")."""
    return read_words(DATA / "body_nouns.tsv")


def _addressed(verb: Token, listener: Token) -> bool:
    """Whether the object of a "to" phrase after a cue's object names whom the speaker
    addresses: an ``audience_words`` word after any cue, or, after a cue of ``listener_verbs``,
    a person (a PERSON entity, a proper noun, a word of ``person_nouns``: only the lists, since
    ``person_noun``'s endings take "harbor" for a person) or a body (``_listener_bodies``)."""
    words = {listener.lower_, listener.lemma_.lower()}
    if words & audience_words():
        return True
    if cue_lemma(verb) not in listener_verbs():
        return False
    return (
        listener.ent_type_ == "PERSON"
        or listener.pos_ == "PROPN"
        or bool(words & (person_nouns() | _listener_bodies()))
    )


def _through_of(noun: Token, obj: Token) -> bool:
    """The noun is the object, or ends a chain of "of" phrases on it ("the efforts of the
    mayor", "one of her reasons")."""
    while noun != obj:
        if noun.dep_ != "pobj" or noun.head.lower_ != "of":
            return False
        noun = noun.head.head
    return True


#: Marks inside a "to" phrase that open what no longer completes the noun ("opposition to
#: the tax, arguing that ...").
_COMPLEMENT_BREAKS = frozenset({",", ";", ":", "—", "–", "--"})


def _holds_clause(infinitive: Token) -> bool:
    """Whether a subject-less infinitive carries a complement clause of its own, one with a
    subject ("to show the tax was unfair", "to support his claim that renters were angry"; a
    relative clause, "the port that Lin Park ran", does not count): then, hung on the cue as
    an adverbial, it reads as the speaker's purpose, not as what completes the object."""
    return any(
        t.dep_ == "ccomp"
        or (t.dep_ == "acl" and any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children))
        for t in infinitive.subtree
        if t != infinitive
    )


def _with_object_complement(verb: Token, obj: Token) -> int:
    """ "defended her call to cut the fares", "recalled her opposition to the tax": a "to"
    phrase right after a cue's object that the parse hung on the cue verb completes a noun of
    ``object_complements`` (the word before it, or the object across "of" phrases) in the form
    the noun takes: the end of the content, past the phrase or right after the object. A
    listener ("to reporters", "to the board": ``_addressed``), a purpose with a clause of its
    own (``_holds_clause``) and a "to" after any other noun ("drew a map to show the route",
    "showed the letter to Bell") stay out."""
    doc = verb.doc
    end = obj.right_edge.i + 1
    if end >= len(doc) or doc[end].lower_ != "to":
        return end
    to = doc[end]
    if to.dep_ == "aux" and to.head.pos_ in ("VERB", "AUX") and to.head.left_edge == to:
        form, phrase = "infinitive", to.head
        if phrase.dep_ not in ("advcl", "xcomp") or phrase.head != verb:
            return end
        if phrase.dep_ == "advcl" and _holds_clause(phrase):
            # "cited the demand to support his claim that renters were angry": a purpose
            return end
    elif to.dep_ == "prep" and to.head == verb:
        form, phrase = "to", to
        listener = next((c for c in to.children if c.dep_ == "pobj"), None)
        if listener is None or _addressed(verb, listener):
            return end
    else:
        return end
    nouns = object_complements()
    before = doc[end - 1]
    completed = [t for t in (before, obj) if t.pos_ == "NOUN" and _through_of(before, t)]
    if not any(form in nouns.get(t.lemma_.lower(), ()) for t in completed):
        return end
    stop = phrase.right_edge.i + 1
    for i in range(end + 1, stop - 1):
        if doc[i].text in _COMPLEMENT_BREAKS and doc[i + 1].tag_ == "VBG":
            return i
    return stop


def _addressed_before(verb: Token, infinitive: Token) -> int:
    """Where the content of a verb's infinitive complement starts: at the one addressed when
    a verb of ``addressee_verbs`` has an object right before it ("urged the council to wait",
    "asked the crowd to stand": PolNeAR train's content holds the object, whom the request
    is of), else at the infinitive."""
    start = infinitive.left_edge.i
    if cue_lemma(verb) not in addressee_verbs():
        return start
    addressed = [c for c in verb.children if c.dep_ in ("dobj", "dative") and verb.i < c.i < start]
    return addressed[0].left_edge.i if addressed else start


@cache
def aimed_nouns() -> dict[str, frozenset[str]]:
    """Noun -> the prepositions whose object is what a cue with that noun as its object speaks
    of ("heaped praise on", ``aimed_nouns.tsv``)."""
    found: dict[str, set[str]] = {}
    for noun, preposition in read_table(DATA / "aimed_nouns.tsv", 2):
        found.setdefault(noun, set()).add(preposition)
    return {noun: frozenset(p) for noun, p in found.items()}


def _aimed_preposition(verb: Token) -> Token | None:
    """The preposition after a cue noun object (``aimed_nouns``) that names what the cue
    speaks of: "on" of "heaped praise on the mayor"; None when the verb has no such object."""
    nouns = aimed_nouns()
    for obj in verb.rights:
        prepositions = nouns.get(obj.lower_) or nouns.get(obj.lemma_.lower())
        if obj.dep_ != "dobj" or prepositions is None:
            continue
        after = sorted((c for c in (*obj.rights, *verb.rights) if c.i > obj.i), key=lambda c: c.i)
        aimed = next((c for c in after if c.dep_ == "prep"), None)
        if aimed is None or aimed.lower_ not in prepositions:
            return None
        return aimed
    return None


def _aimed_at(verb: Token) -> tuple[int, int] | None:
    """ "heaped praise on the mayor for his calm": the token range of what a cue noun object
    speaks of, the preposition's object and the content phrases after it (``_aimed_preposition``);
    None when the verb has no such object."""
    aimed = _aimed_preposition(verb)
    target = None if aimed is None else next((c for c in aimed.children if c.dep_ == "pobj"), None)
    if aimed is None or target is None:
        return None
    end = aimed.right_edge.i + 1
    for c in verb.rights:
        # "... on the coach for her calm": the reason belongs to what is said
        if c.i == end and c.dep_ == "prep" and c.lower_ in CONTENT_PREPOSITIONS:
            end = c.right_edge.i + 1
    return target.left_edge.i, end


#: Conjunctions of a condition an order or a claim holds under ("to repost unless told otherwise").
_CONDITION_MARKS = frozenset({"if", "unless"})


def _with_condition(verb: Token, end: int) -> int:
    """ "told her followers to repost if they wish": a condition the parse hangs on the
    cue, right after its complement, belongs to what was said; ``end`` moves past it."""
    for clause in verb.rights:
        if (
            clause.dep_ == "advcl"
            and clause.left_edge.i == end
            and any(c.dep_ == "mark" and c.lower_ in _CONDITION_MARKS for c in clause.children)
        ):
            return clause.right_edge.i + 1
    return end


@cache
def seeming_verbs() -> dict[str, frozenset[str]]:
    """Role ("seeming", "pointing") -> its verbs (``seeming_verbs.tsv``): "appeared to
    refer to"."""
    found: dict[str, set[str]] = {}
    for lemma, role in read_table(DATA / "seeming_verbs.tsv", 2):
        found.setdefault(role, set()).add(lemma)
    return {role: frozenset(lemmas) for role, lemmas in found.items()}


def _a_reading(verb: Token, quote: tuple[int, int] | None) -> bool:
    """ "The mayor appeared to refer to the scheme": a cue of pointing raised under a verb of
    seeming, with no clause or quotation of its own, is the outlet's reading of what its
    subject meant."""
    verbs = seeming_verbs()
    return (
        quote is None
        and verb.dep_ == "xcomp"
        and cue_lemma(verb) in verbs.get("pointing", frozenset())
        and verb.head.lemma_.lower() in verbs.get("seeming", frozenset())
        and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
    )


@cache
def verb_prepositions() -> dict[str, str]:
    """Cue lemma -> the preposition whose phrase completes what it says
    (``verb_prepositions.tsv``: attribute to, blame on)."""
    return read_pairs(DATA / "verb_prepositions.tsv")


@cache
def mute_subjects() -> frozenset[str]:
    """Subject heads that say nothing ("time will tell", ``mute_subjects.tsv``)."""
    return read_words(DATA / "mute_subjects.tsv")


@cache
def source_heads() -> frozenset[str]:
    """Common nouns that headed a gold source on PolNeAR train ("officials", "the poll",
    ``source_heads.tsv``, learnt by ``scripts/learn_source_heads.py``)."""
    return frozenset(source_head_counts())


@cache
def evidence_cues() -> frozenset[str]:
    """Hand-listed cues whose subject may be evidence, not a speaker ("his legs indicated",
    ``evidence_cues.tsv``)."""
    return read_words(DATA / "evidence_cues.tsv")


def _unheard_of(subject: Token, verb: Token) -> bool:
    """A subject that is no speaker of a cue learnt from the corpus alone (not one of
    ``CUES``) or of ``evidence_cues``: a common noun, in no entity, that headed no gold
    source on PolNeAR train ("his legs indicated he was weary").
    "The new bars signal a dim future", "oxygen is being pumped ... by the rescuers": the
    outlet tells what something does; a verb that only sometimes reports speech does not
    make its subject a speaker. Quoted words in what the verb says mark speech ("consumers
    called the move 'obscene'", "a banner read '...'"): the subject is kept."""
    subject = _antecedent(subject)
    lemma = cue_lemma(verb)
    if (
        subject.pos_ != "NOUN"
        or subject.ent_type_
        or (lemma in CUES and lemma not in evidence_cues())
    ):
        return False
    if any(t.is_quote for t in verb.doc[verb.i + 1 : verb.right_edge.i + 1]):
        return False
    # a person's role ("the coach", person_roles.tsv) speaks though train never had it speak
    heads = source_heads() | person_roles()
    return subject.lemma_.lower() not in heads and subject.lower_ not in heads


def _antecedent(subject: Token) -> Token:
    """ "a shaft, which threatens to collapse": a relative pronoun subject stands for the noun
    its clause describes; any other subject for itself."""
    clause = subject.head
    if subject.tag_ in ("WDT", "WP") and clause.dep_ == "relcl":
        return clause.head
    return subject


def _fronted_question_word(verb: Token) -> Token | None:
    """A question word that opens the cue's sentence, a comma after it, and hangs from the
    cue: "Why, she asked reporters, should the town pay?" asks why, and the parse reads "Why"
    as the cue's adverb, not the question's; None when there is none."""
    doc = verb.doc
    for child in verb.lefts:
        if (
            child.dep_ == "advmod"
            and child.tag_ == "WRB"
            and child.is_sent_start
            and child.i + 1 < verb.i
            and doc[child.i + 1].text == ","
        ):
            return child
    return None


#: Dependencies of a verb's children that may stand between a cue and the colon that opens its
#: words: where, when, how and through what it was said ("wrote on Facebook on Friday:").
_BEFORE_COLON_DEPS = frozenset({"prep", "advmod", "npadvmod", "agent"})


def _colon_words(verb: Token) -> tuple[int, int] | None:
    """ "He wrote: nothing but lies ...", "Ana posted on Facebook: the pier is gone": the token
    range of words a cue opens with a colon and no quotation mark, when the parse did not make
    them the verb's clause (an object, a fragment, or a clause the cue hangs from). It holds when
    the verb has a subject before it, only its adverbials stand between it and the colon (or
    the one spoken to, for ``addressee_verbs``: "told them:"), a word follows the colon on its
    line, and the verb has no clause of its own (that is read as before). The words last until
    their sentence or line ends. A noun object before the colon ("wrote two books:",
    "listed three causes:") abstains: the words may be a list of its kind; so does a bare
    list after a cue of ``list_cues`` ("added: two eggs, ...": things put in)."""
    doc = verb.doc
    if (
        # "the promise she made in May: to repair ...": the colon is the noun's
        verb.dep_ == "relcl"
        or any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
        or not any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)
    ):
        return None
    colon = next(
        (
            t.i
            for t in doc[verb.i + 1 : verb.i + 2 + settings.COLON_CUE_REACH]
            if t.text == ":" or t.is_sent_start or "\n" in t.text
        ),
        None,
    )
    if colon is None or doc[colon].text != ":" or colon + 1 >= len(doc):
        return None
    for t in doc[verb.i + 1 : colon]:
        child = t
        while child.head not in (verb, child):
            child = child.head
        if child.head != verb or not _before_colon(verb, child):
            return None
    first = doc[colon + 1]
    if first.text[:1] in _OPEN_MARKS or not first.text.strip() or _takes_words(verb, colon):
        return None  # a quotation (read as before), words on the lines below, or another's
    end = colon + 1
    while end < len(doc) and not (end > colon + 1 and doc[end].is_sent_start):
        if "\n" in doc[end].text:
            break
        end += 1
    words = doc[colon + 1 : end]
    if not any(t.is_alpha for t in words) or not _closed_there(doc, end) or "(@" in words.text:
        return None  # no word, a sentence cut short, or an embedded post's heading ("Ana (@ana)")
    if _QUOTE_MARK_CHARS & set(words.text) or _opened_before(doc, verb):
        return None  # words that run into a quotation, or a cue inside one ('"... what we said:')
    if cue_lemma(verb) in list_cues() and _bare_list(words):
        return None  # "added: two eggs, a cup of flour and some milk": things, not speech
    return colon + 1, end


#: Parts of speech of the head of an item of a list of noun phrases.
_LIST_ITEM_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM"})


def _bare_list(words: Span) -> bool:
    """ "two eggs, a cup of flour and some milk": words with no verb that are one list of
    noun phrases, at least ``settings.COLON_LIST_ITEMS`` of them joined by commas and a
    conjunction, the items themselves (not inside one phrase: "nothing but lies, smears and
    threats" is one phrase; review of colon47)."""
    if any(t.pos_ in ("VERB", "AUX") for t in words):
        return False
    inside = range(words.start, words.end)
    roots = [t for t in words if not t.is_punct and (t.head.i not in inside or t.head == t)]
    if len(roots) != 1 or roots[0].pos_ not in _LIST_ITEM_POS:
        return False
    items, stack = set(), [roots[0]]
    while stack:
        item = stack.pop()
        items.add(item.i)
        stack.extend(
            c for c in item.children if c.dep_ in ("conj", "appos") and c.pos_ in _LIST_ITEM_POS
        )
    joints = {c.dep_ if c.dep_ == "cc" else c.text for c in words if c.head.i in items}
    return len(items) >= settings.COLON_LIST_ITEMS and {"cc", ","} <= joints


#: Quotation marks, straight and curly (an apostrophe inside a word is not one of them).
_QUOTE_MARK_CHARS = frozenset('"\u201c\u201d')


def _opened_before(doc: Doc, verb: Token) -> bool:
    """Whether a double quotation is open where the verb stands: more opening than closing
    curly marks, or an odd number of straight ones, since its line began."""
    text = doc_text(doc)
    before = text[text.rfind("\n", 0, verb.idx) + 1 : verb.idx]
    return before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1


#: What closes a sentence: a stop, then any closing marks.
_CLOSING_STOPS = frozenset(".!?…")


def _closed_there(doc: Doc, end: int) -> bool:
    """Whether the words before token ``end`` close their sentence: a stop (closing marks may
    follow it), the end of the line or of the text. A sentence cut with no stop was cut by
    something else ("He tweeted: Ana (@ana) The pier ...": a post's heading), and its words
    after a colon are not known to be the cue's."""
    if end >= len(doc) or "\n" in doc[end].text:
        return True
    last = end - 1
    while last > 0 and (doc[last].is_space or doc[last].text in _CLOSING_MARKS):
        last -= 1
    return doc[last].text[-1:] in _CLOSING_STOPS


def _before_colon(verb: Token, child: Token) -> bool:
    """Whether the verb's child may stand between it and the colon that opens its words: an
    adverbial (``_BEFORE_COLON_DEPS``) or, for ``addressee_verbs``, the one spoken to."""
    if child.dep_ in _BEFORE_COLON_DEPS:
        return True
    return (
        child.dep_ in ("dobj", "dative")
        and cue_lemma(verb) in addressee_verbs()
        and (child.lower_ in _PERSONAL or _names_another(child))
    )


def _after_colon_first(verb: Token) -> list[Token]:
    """The verb's children, a complement after a colon that follows the verb first: of two
    complements ('... 150g. Sharing it, Toblerone wrote: "We chose ..."'), the words after
    "wrote:" are what was written; the one before is a misparse of the sentence before.
    None after a colon whose words are another's (``_takes_words``)."""
    children = list(verb.children)
    colon = next((c.i for c in children if c.text == ":" and c.i > verb.i), None)
    if colon is None:
        return sorted(
            children, key=lambda c: (not _marked_after(verb, c), not _glued_quotation(verb, c))
        )
    if _takes_words(verb, colon):
        # "recalled the chant of the protesters: '...'": what follows is another's words
        children = [c for c in children if c.i < colon]
    return sorted(children, key=lambda c: c.i < colon)


def _glued_quotation(verb: Token, clause: Token) -> bool:
    """ "Fans wave flags by the pier "We never stopped believing," he said': a caption or
    heading run into a quotation with no stop between them; the parser hangs both clauses on
    the cue, and what was said is the quotation: a complement before the verb that opens with
    a quotation mark right after a word (no punctuation), closes before the cue, and follows
    another complement of the same verb."""
    if clause.dep_ != "ccomp" or clause.i > verb.i or _says_more_after(verb):
        return False
    doc = verb.doc
    mark, end = doc[clause.left_edge.i], clause.right_edge.i
    if not mark.is_quote or mark.i == 0 or mark.whitespace_:
        return False
    close = next((t.i for t in doc[end + 1 : verb.i] if t.is_quote), None)
    if close is None or not _run_into(doc, mark.i, close):
        return False
    return any(c.dep_ == "ccomp" and c.i < clause.left_edge.i for c in verb.children)


#: The parts of speech of a word a caption or heading ends with, run into a quotation
#: ("... by the pier "We ...", "... in Game 7 "We ..."); a function word before a quotation
#: ("so "We ...", "fans of "The ...") is the sentence's own.
_GLUED_ENDS = frozenset({"NOUN", "PROPN", "NUM"})


#: How a word before a quotation's mark takes the quotation as its own object, name or
#: predicate ('called the plan "A waste ..."', 'the film "The Day ..."'); a preposition's
#: object or a conjunct is the parser's misreading of a caption run into a quotation.
_TAKEN_DEPS = frozenset({"dobj", "oprd", "appos", "attr", "npadvmod", "acomp"})


def _run_into(doc: Doc, mark: int, close: int) -> bool:
    """Whether the quotation from the opening mark ``mark`` to the closing mark ``close``
    was run into the words before it: no punctuation between, the word before is a noun,
    a name or a number, and the quotation is a statement of at least
    ``ATTRIBUTION_GLUED_QUOTE_MIN_WORDS`` words opening with a capital (a title in
    quotation marks is shorter: "fans of "Lost," she said"), with no word of it taken by a
    word before its mark (a title or phrase the sentence names: 'starred in the film "The
    Day We Left Home,"', 'called the plan "A waste of money,"')."""
    before, first = doc[mark - 1], doc[mark + 1]
    if doc[mark].whitespace_ or not before.whitespace_ or before.pos_ not in _GLUED_ENDS:
        return False
    if any(t.head.i < mark and t.dep_ in _TAKEN_DEPS for t in doc[mark + 1 : close]):
        return False
    words = sum(1 for t in doc[mark + 1 : close] if not t.is_punct)
    return first.text[:1].isupper() and words >= settings.ATTRIBUTION_GLUED_QUOTE_MIN_WORDS


#: What a cue takes after it that it says ("added the words ...", "said that ...").
_SAID_AFTER_DEPS = frozenset({"dobj", "ccomp", "xcomp", "dative", "attr", "oprd"})


def _says_more_after(verb: Token) -> bool:
    """Whether the cue takes an object or a clause after it ("she added the words, ..."):
    then the quotation before it is no quote-first report ('"...," she added.'); a title in
    quotation marks there ("the hymn 'The River Is Running Home,' she added the words") is part
    of the sentence."""
    return any(c.i > verb.i and c.dep_ in _SAID_AFTER_DEPS for c in verb.children)


def _glued_quotation_start(verb: Token, start: int, end: int) -> int:
    """ "Rescue teams reach the village by boat "Nobody here has slept," he said': the start
    of a quotation that opens inside a content before its cue, with a capital, right after a
    word with no punctuation between (a caption or heading run into it), and closes at the
    content's end or between it and the cue; ``start`` when there is none. A quoted phrase
    inside a sentence ('called it "a disgrace," he said') opens in lower case and keeps the
    sentence."""
    doc = verb.doc
    if _says_more_after(verb):
        return start
    quotes = [t.i for t in doc[start:end] if t.is_quote]
    closes = quotes[1:] == [end - 1] or (
        len(quotes) == 1 and any(t.is_quote for t in doc[end : verb.i])
    )
    if not closes or quotes[0] == start or len(quotes) > 2:
        return start
    close = quotes[1] if len(quotes) == 2 else next(t.i for t in doc[end : verb.i] if t.is_quote)
    return quotes[0] if _run_into(doc, quotes[0], close) else start


def _nearest_clause_before(verb: Token) -> int:
    """The token after the nearest complement clause before the verb (the verb itself when
    there is none)."""
    before = [c.right_edge.i + 1 for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    return max(before, default=verb.i)


#: Words that open a complement clause ("noted that ...", "asked whether ...").
_COMPLEMENT_MARKS = frozenset({"that", "whether", "if"})


def _marked_after(verb: Token, clause: Token) -> bool:
    """ "Writing for a jury that all felt Ortiz had lost the race, Mills noted that the way
    Ortiz ran his campaign was to blame": of two complements, one opened by "that" after the
    verb is what it reports; the parse hangs the clause before the verb on it too."""
    return (
        clause.dep_ == "ccomp"
        and clause.i > verb.i
        and any(c.dep_ == "mark" and c.lower_ in _COMPLEMENT_MARKS for c in clause.children)
        # '"I knew the match would be hard," she said, "that we would lose."': a quotation that
        # closes right before the cue is said too, and the quotation reading joins the two
        and not any(t.is_quote for t in verb.doc[_nearest_clause_before(verb) : verb.i])
    )


def _before_frame(clause: Token, end: int) -> int:
    """ "insisted that 'this wasn't done because of Brexit,' the BBC reported": a complement
    that is a report of its own, with its words before its source and cue, ends with those
    words; the frame after them ("the BBC reported") is not what was insisted."""
    if clause.dep_ != "ccomp" or not _is_cue(clause):
        return end
    said = [c for c in clause.children if c.dep_ == "ccomp" and c.i < clause.i]
    subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
    if said and subjects and all(s.left_edge.i > said[0].right_edge.i for s in subjects):
        return min(end, said[0].right_edge.i + 1)
    return end


def _nearest_subject(subjects: list[Token], verb: Token) -> list[Token]:
    """ "in Dover, Delaware, Ortiz attacked Mills": two subjects side by side before a
    verb is a misparse; the one next to the verb is its subject. But when the first ends in
    a preposition without its object and the second follows it ("Sources close to the club
    owner Mark Lentz said"), the second is that object: the first is the subject (issue 16:
    never the person the source is close to)."""
    if len(subjects) > 1 and all(c.dep_ == "nsubj" and c.i < verb.i for c in subjects):
        if len(subjects) == 2 and _object_of_dangling_preposition(subjects[0], subjects[1]):
            return subjects[:1]
        return subjects[-1:]
    return subjects


def _object_of_dangling_preposition(first: Token, second: Token) -> bool:
    """Whether ``second``'s phrase is the rest of a prepositional phrase in ``first``'s that
    ends right before it, cut off by the parser as a phrase of its own (a second subject, or
    an apposition): ``first``'s words before it end in a preposition without its object
    ("Sources close to | the club owner Mark Lentz"), or in the object of a preposition that
    is a role noun, before a name ("People close to the retired judge | Nora Quill", "an aide
    to the mayor | Dana Whitfield")."""
    i = second.left_edge.i - 1
    if i <= first.i or not first.left_edge.i <= i <= first.right_edge.i:
        return False
    last = first.doc[i]
    if last.dep_ == "prep":
        return not any(c.dep_ == "pobj" for c in last.children)
    # a person role, no company noun: "the carmaker Dale Hurst" is its executive
    return last.dep_ == "pobj" and role_person_noun(last.text) and second.left_edge.pos_ == "PROPN"


def _subjects(verb: Token, quoted: bool = False) -> list[Token]:
    """Subjects of a verb, inherited from a conjoined verb and split over conjunctions (and
    by a ", saying that ..." or ", telling X: '...'" from the verb it hangs from)."""
    subjects = _nearest_subject([c for c in verb.children if c.dep_ in SUBJECT_DEPS], verb)
    if not subjects:
        subjects = _inverted_source(verb)
        if any(s.dep_ == "nsubj" for s in subjects):
            # '"...," said Smith and Jones agreed': a name taken from the subject of the next
            # clause is the speaker alone; that subject's conjuncts are that clause's
            return subjects
    if not subjects:
        subjects = _share_before(verb)
    if not subjects and quoted:
        subjects = _name_run_into_cue(verb)
    if not subjects:
        # "said the bridge would reopen and said the ferry would stop": the second cue, hung on
        # the first one's complement, is the first cue's speaker again
        outer = _cue_of_misplaced_conjunct(verb)
        if outer is not None:
            subjects = _nearest_subject(
                [c for c in outer.children if c.dep_ in SUBJECT_DEPS], outer
            )
            if not subjects and _shared_participle(outer):
                subjects = _subjects(outer, quoted)
    if not subjects:
        # "argued that the fee was unfair, saying it hurt renters": a participle the parser
        # hung on the complement is the outer cue's speaker's
        outer = _participle_of_complement(verb)
        if outer is not None:
            subjects = _subjects(outer, quoted)
    # "..., before adding that ...": a gerund after a preposition of time or means
    gerund = not subjects and _gerund_after_preposition(verb, quoted)
    if not subjects and (
        # "said ... and added", "supported X and said": a cue conjoined to another cue or to
        # a main verb shares its subject (one conjoined to a complement is often misparsed)
        (
            verb.dep_ == "conj"
            and (is_cue_lemma(cue_lemma(verb.head), True) or verb.head.dep_ == "ROOT")
        )
        or (
            verb.dep_ == "advcl"
            and verb.tag_ == "VBG"
            # "..., Ramos said, referring to the Hispanic community": a participle that hangs
            # from a cue shares its speaker even without a clause of its own
            and (
                quoted
                or _has_clause(verb)
                or (cue_lemma(verb.head) in CUES and _is_cue(verb.head))
                or _says_its_object(verb)
                or _requests(verb)
                or _commits(verb)
                or _sums_up(verb)
            )
        )
        # "tweeted at @FLOTUS to say that ...": an infinitive of purpose is its head's
        # subject's act
        or (
            verb.dep_ == "advcl"
            and verb.tag_ == "VB"
            and _infinitive(verb)
            and (quoted or _has_clause(verb))
        )
        or verb.dep_ == "xcomp"  # "declined to comment", "wants to"
        or gerund
    ):
        # "prompting producers to announce": an infinitive's subject is its verb's object or
        # subject, never one further up
        infinitive = verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and verb.tag_ == "VB")
        # "The ministry was unable to say": the subject of the verb "unable" hangs from
        # "was quick to stress": the same for an adjective of how it was done
        head = verb.head.head if _unable(verb) or _done_after_adjective(verb) else verb.head
        if gerund:
            head = verb.head.head  # the verb the preposition hangs on
        subjects = _inherited_subjects(head, walk=not infinitive)
        if (
            gerund
            or (verb.dep_ == "advcl" and verb.tag_ == "VBG" and _asks_or_commits(verb))
            or (
                verb.dep_ == "advcl"
                and verb.tag_ == "VBG"
                and any(s.dep_ != "agent" and _commits_for_itself(s) for s in subjects)
            )
        ):
            # "Rell was arrested by police after saying that ...", "Rell was fired by the
            # mayor, vowing to sue": the one who said it is the passive verb's subject, never
            # its agent; a participle of saying keeps the agent when the subject is no one
            # ("The plan was rejected by Mayor Park, saying the city could not afford it")
            subjects = [s for s in subjects if s.dep_ != "agent"]
        if gerund:
            # "Shares in Kelso fell after announcing that ...": the subject a gerund
            # inherits must be one that can speak (a name, a pronoun, a person or a body)
            subjects = [s for s in subjects if _can_speak(s)]
    # "was first reported by MSNBC": the source is the agent's object, not "by"
    subjects = [
        next((c for c in s.children if c.dep_ == "pobj"), s) if s.dep_ == "agent" else s
        for s in subjects
    ]
    # "To read the old treaty right, Judge Alvarez said": a name right before
    # the verb, without a closing comma, is the subject, not an apposition to the one before
    subjects = [
        next(
            (
                c
                for c in s.children
                if c.dep_ == "appos"
                and c.pos_ == "PROPN"
                and c.right_edge.i + 1 == verb.i
                # "An aide to the mayor Dana Whitfield said": the name is the aide's
                # preposition's, not the subject (issue 16)
                and not _object_of_dangling_preposition(s, c)
            ),
            s,
        )
        for s in subjects
    ]
    subjects = [_after_a_heading(s) for s in subjects]
    split: list[Token] = []
    for s in subjects:
        split.append(s)
        split.extend(t for t in s.conjuncts if t.i > s.i)
    return split


#: Capitalised words that open a new sentence's subject, never an apposition run on to a
#: name without a comma.
_SUBJECT_OPENERS = frozenset(("His", "Her", "Their", "Its", "The"))


def _after_a_heading(subject: Token) -> Token:
    """ "Sam Ortiz His co-star Nina Hale said ...": a roundup's heading (a name) run into the
    next sentence when the crawl lost its line break is parsed as the subject, and the
    sentence's real subject as its apposition. An apposition straight after the name, with
    no comma, that opens with a capitalised possessive or "The" is the subject (issue 16:
    the heading is never the source)."""
    if subject.pos_ != "PROPN":
        return subject
    for child in subject.children:
        first = child.left_edge
        if (
            child.dep_ == "appos"
            and child.i > subject.i
            and first.i == subject.i + 1
            and first.text in _SUBJECT_OPENERS
            and subject.whitespace_ != ""
        ):
            return child
    return subject


def _share_before(verb: Token) -> list[Token]:
    """ "About 6 in 10 say they expect ...": the parser hangs the number of a poll share on the
    verb (nummod) and leaves the verb no subject. A number that a verb holds as a number, right
    before it, is its subject: a verb takes no number of its own."""
    return [
        c
        for c in verb.lefts
        if c.dep_ == "nummod" and c.pos_ == "NUM" and c.right_edge.i + 1 == verb.i
    ][-1:]


def _name_run_into_cue(verb: Token) -> list[Token]:
    """ "It's not related to the storm Lena Varko Lena Varko from Harbor Works told X: '...'":
    a pull quote and its credit run into the sentence when the crawl lost their line breaks,
    and the parse hangs the cue, with no subject, on the pull quote's clause and the name on
    its last noun. A run of names (and their prepositions, "from Harbor Works") right before
    a cue that introduces a quotation, opening with a name the parse took for an apposition to
    a word before the run, is the cue's subject (issue 16). Anything else is left unnamed."""
    if verb.dep_ != "ccomp" or verb.i == 0:
        return []
    doc = verb.doc
    start = verb.i
    while start > 0 and (
        doc[start - 1].pos_ == "PROPN"
        or (doc[start - 1].dep_ == "prep" and doc[start - 1].pos_ == "ADP")
    ):
        start -= 1
    while start < verb.i and doc[start].pos_ != "PROPN":
        start += 1  # "related to Lena Varko ...": the run opens with its first name
    run = range(start, verb.i)
    names = [
        t
        for t in doc[start : verb.i]
        if t.dep_ in ("appos", "pobj") and t.pos_ == "PROPN" and t.ent_type_ and t.head.i not in run
    ]
    if not names or names[0].i < _credit_start(doc, start, verb.i):
        return []  # "... the strike Tom Bell Lena Varko from X told": whose name is the credit?
    if (
        names[0].dep_ == "pobj"
        and names[0].head.i == start - 1
        and not _doubled_words(doc, start, _capitalised_end(doc, start, verb.i))
    ):
        # "the strike with Tom Bell from X told": a name written once right after a
        # preposition is that phrase's own, no telling it from a credit (review of para47)
        return []
    return names[:1]


def _capitalised_end(doc: Doc, start: int, end: int) -> int:
    """The end of the run of proper nouns that opens ``doc[start:end]``."""
    lead = start
    while lead < end and doc[lead].pos_ == "PROPN":
        lead += 1
    return lead


def _doubled_words(doc: Doc, start: int, end: int) -> int:
    """How many words ``doc[start:end]`` ends in written twice in a row ("Lena Varko Lena
    Varko": 2), the most that are; 0 when it ends in no such copy."""
    return next(copy_sizes([t.lower_ for t in doc[start:end]]), 0)


def _credit_start(doc: Doc, start: int, end: int) -> int:
    """Where the credited name starts in a run of names ``doc[start:end]`` before a cue
    (``_name_run_into_cue``): its leading capitalised words up to a preposition are the
    credit twice over ("Lena Varko Lena Varko": from the first copy, or from after a place
    the pull quote ended on, "Westmoor Lena Varko Lena Varko") or one name of at most three
    words; any other run ("Tom Bell Lena Varko") holds two names, and the one the parse
    hangs on the sentence may as well be the pull quote's last words (review of para47):
    ``end``, so no name qualifies."""
    lead = _capitalised_end(doc, start, end)
    size = _doubled_words(doc, start, lead)
    if size:
        return lead - 2 * size
    return start if lead - start <= settings.NAME_RUN_ONE_NAME_WORDS else end


#: Dependencies the parser gives a name after its verb of report when it misses the inversion
#: ("..., reports USA Today": npadvmod; "..., reports the Sun": dobj).
_INVERTED_DEPS = frozenset({"dobj", "npadvmod", "attr", "oprd"})


def _inverted_source(verb: Token) -> list[Token]:
    """ "The race was cancelled, reports ESPN": after a clause it relays, a verb with no
    subject, followed at once by a name the parser took for its object or an adverbial, has
    that name for its inverted subject; so has a verb right after a quotation a noun phrase
    with a determiner or an owner (``_inverted_noun_after_quotation``)."""
    common = _inverted_noun_after_quotation(verb)
    if common:
        return common
    if not any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children) and (
        _relayed_report(verb) is None
    ):
        return []
    # '"...," said fan Rod Ames, 24, shortly after the whistle blew': the parse makes the
    # name the subject of the clause that follows it; a clause after the verb whose subject
    # opens right after the verb has that subject for the verb's inverted one
    candidates = [
        *verb.rights,
        *(
            s
            for c in verb.rights
            if c.dep_ in _INVERTED_CLAUSE_DEPS
            for s in c.children
            if s.dep_ == "nsubj" and s.i < c.i
        ),
    ]
    return [
        c
        for c in candidates
        if (c.dep_ in _INVERTED_DEPS or (c.dep_ == "nsubj" and c.head.i > verb.i))
        and c.left_edge.i == verb.i + 1
        and c.pos_ == "PROPN"
        and c.ent_type_ in ("ORG", "PERSON", "NORP", "WORK_OF_ART", "")
    ][:1]


def _inverted_noun_after_quotation(verb: Token) -> list[Token]:
    """'"...?" read one fan's sign', '"...," said the letter': right after the closing mark of
    a quotation, a noun phrase with a determiner or an owner that the parser took for the
    verb's object is its inverted subject (realnews story half A), when its head is a speaker
    or a text that carries words (``_speaker_or_text``), never an abstract object
    ('"...," explained the decision to close the road')."""
    if not (verb.i > verb.sent.start and verb.doc[verb.i - 1].tag_ == "''"):
        return []
    if cue_lemma(verb) in addressee_verbs():
        return []  # '"Stay calm," tell your friends': the one told is no speaker
    return [
        c
        for c in verb.rights
        if c.dep_ in _INVERTED_DEPS
        and c.pos_ == "NOUN"
        and c.left_edge.i == verb.i + 1
        and c.left_edge.i < c.i  # "the letter", "one fan's sign"; never a bare "letters"
        and c.left_edge.tag_ != "PRP$"  # "your friends": an imperative's object
        and not c.ent_type_
        and _speaker_or_text(c)
    ][:1]


def _speaker_or_text(noun: Token) -> bool:
    """Whether a common noun names one who speaks or a text that carries words: a person noun
    ("the singer", "the two-time champion"), a thing that displays words ("the placard") or
    a group, body or text of ``inverted_speaker_nouns.tsv`` ("the crowd", "the report")."""
    lemma = noun.lemma_.lower()
    return (
        person_noun(noun.text)
        or person_noun(lemma)
        or lemma in display_words()
        or lemma in inverted_speaker_nouns()
    )


#: Dependencies of a clause after a verb of report that the parser hangs the verb's inverted
#: subject on ('"...," said Ames as the whistle blew': "blew" is an advcl or a ccomp).
_INVERTED_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "conj"})


#: How many verbs up a chain of conjoined, infinitive or participial verbs a cue looks for
#: the subject it shares ("stuck to policy but turned tougher, eventually saying ...").
_SHARED_SUBJECT_STEPS = 3


@cache
def request_participles() -> frozenset[tuple[str, str]]:
    """(lemma, frame) of the participles of request (``request_participles.tsv``)."""
    return frozenset((lemma, frame) for lemma, frame in read_table(REQUESTS, 2))


@cache
def commitment_participles() -> frozenset[str]:
    """Verbs whose participle with an infinitive is a commitment its head's subject declared
    ("..., vowing to fight on"; ``commitment_participles.tsv``)."""
    return read_words(DATA / "commitment_participles.tsv")


def _commits(verb: Token) -> bool:
    """ "..., vowing to fight any repeal", "..., threatening not to sign": a participle of
    ``commitment_participles`` with an infinitive of its own (with "to") declares what its
    head's subject will or will not do."""
    return (
        cue_lemma(verb) in commitment_participles()
        and not _negated_participle(verb)
        and any(c.dep_ == "xcomp" and c.i > verb.i and _infinitive(c) for c in verb.children)
    )


#: Words before a participle that deny it ("not vowing", "never promising", "neither vowing").
_PARTICIPLE_NEGATIONS = frozenset({"not", "never", "neither", "n't"})


def _negated_participle(verb: Token) -> bool:
    """ "..., neither vowing to return nor ruling it out", "..., not promising to stay": a
    participle right after a word of ``_PARTICIPLE_NEGATIONS`` declares no commitment."""
    return verb.i > 0 and verb.doc[verb.i - 1].lower_ in _PARTICIPLE_NEGATIONS


def _asks_or_commits(verb: Token) -> bool:
    """A participle that shares its head's subject as a request or a commitment (``_requests``,
    ``_commits``): that subject must be one who can speak ("The siren sounded, warning
    residents to stay indoors" has none)."""
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and not _has_clause(verb)
        and (_requests(verb) or _commits(verb))
    )


#: Pronouns that can ask or commit for themselves ("he", "they"); "it" and "this" cannot.
_COMMITTING_PRONOUNS = frozenset({"i", "we", "he", "she", "they"})


def _commits_for_itself(subject: Token) -> bool:
    """Whether a subject can be the one who asks or commits by a participle
    (``_asks_or_commits``): a person, an organisation or a group by entity type, a pronoun
    of ``_COMMITTING_PRONOUNS``, a lone name NER left untyped ("Brandt"), a person or a
    body noun ("the mayor", "the council", "the government": ``governing_bodies``), or a
    place acting as its state (``_state_acting``: "Norway hit back, vowing ..."). A thing, a
    place as a place, a market, an event or a text ("Hurricane Delia", "The Tarvik Bridge",
    "the dollar", "the new law") promises nothing: its participle tells what the writer
    expects of it."""
    if subject.pos_ == "PRON":
        return subject.lower_ in _COMMITTING_PRONOUNS
    if _market_name(subject):
        return False
    if subject.ent_type_ == "GPE":
        return _state_acting(subject)
    if subject.ent_type_:
        return subject.ent_type_ in _SPEAKING_TYPES
    if subject.pos_ == "PROPN":
        return not any(c.dep_ in ("det", "compound") for c in subject.children)
    lemma = subject.lemma_.lower()
    if lemma in governing_bodies():
        return True  # "The government issued a decree, promising ...": a body that governs
    if lemma in body_nouns() and lemma not in body_kinds().heads:
        # "A group of doctors sent a letter, calling for ...": a group of ``body_nouns`` is
        # one who can ask when what its "of" phrase counts can
        counted = _of_objects(subject)
        return bool(counted) and all(_commits_for_itself(o) for o in counted)
    return (
        person_noun(subject.text)
        or person_noun(lemma)
        or lemma in person_roles()
        or lemma in body_kinds().heads
        or lemma in summary_speakers()["person"]
    )


@cache
def governing_bodies() -> frozenset[str]:
    """Nouns of a state's governing body ("government", "cabinet"; ``governing_bodies.tsv``),
    which commit or ask by a participle as a named body does."""
    return read_words(DATA / "governing_bodies.tsv")


@cache
def state_acts() -> frozenset[tuple[str, str]]:
    """(lemma, particle or "-") of the acts a place's name does as its state ("hit back",
    "expel"; ``state_acts.tsv``)."""
    return frozenset(
        (lemma, particle) for lemma, particle in read_table(DATA / "state_acts.tsv", 2)
    )


def _state_acting(place: Token) -> bool:
    """Whether a place's name (GPE) is its state acting ("Norway said", "Norway issued a
    statement", "Norway hit back"): the name of a country (the gazetteer's) that is the
    active subject of a verb of speech (a cue with a complement) or of an act of
    ``state_acts``. A place that is the subject of any other verb ("Norway saw heavy snow",
    "Delvin flooded") or of a passive is a place; a city, even a capital, is no state here,
    for its name is as often its sports team ("Paris hit back at Lyon in the derby, vowing
    to win the league"; review rev50b)."""
    verb = place.head
    if place.dep_ != "nsubj" or verb.pos_ not in ("VERB", "AUX"):
        return False
    if not _country_name(place):
        return False
    lemma = cue_lemma(verb)
    if is_cue_lemma(lemma, True):
        return True
    # "hit back": the parse makes the particle "prt" or "advmod"
    particles = {c.lower_ for c in verb.children if c.dep_ in ("prt", "advmod")} | {"-"}
    return any((verb.lemma_.lower(), p) in state_acts() for p in particles)


def _country_name(place: Token) -> bool:
    """Whether the place name whose head is ``place`` is a country's (``link_country``:
    "Norway", "South Korea"; not "Paris", "Texas")."""
    ent = entity_range_at(place.doc, place.i)
    words = place.doc[ent[0] : ent[1]] if ent is not None else place.doc[place.i : place.i + 1]
    text = " ".join(t.text for t in words if t.lower_ != "the")
    return link_country(text) is not None


def _requests(verb: Token) -> bool:
    """ "..., calling for a delay", "..., urging the council to wait": a participle of request
    in the frame that makes it one (an object and an infinitive, or the phrase of its
    preposition) asks on behalf of its head's subject (``request_participles.tsv``)."""
    lemma, frames = cue_lemma(verb), request_participles()
    for child in verb.children:
        if (
            child.dep_ == "xcomp"
            and (lemma, "xcomp") in frames
            and any(c.dep_ == "dobj" for c in verb.children)
        ):
            return True
        if (
            child.dep_ == "prep"
            and (lemma, child.lower_) in frames
            and any(c.dep_ == "pobj" for c in child.children)
        ):
            return True
        # "calling for the council to delay the vote": the parse makes "for" the mark of
        # an infinitive clause
        if child.dep_ in ("advcl", "ccomp") and any(
            m.dep_ == "mark" and (lemma, m.lower_) in frames for m in child.children
        ):
            return True
    return False


@cache
def summary_frames() -> frozenset[tuple[str, str]]:
    """(lemma, complement) of the verbs that sum up what was said of someone by an object and
    its complement (``summary_frames.tsv``: accuse of, call + predicate, describe as)."""
    return frozenset((lemma, complement) for lemma, complement in read_table(SUMMARIES, 2))


@cache
def summary_lemmas() -> frozenset[str]:
    """The lemmas of ``summary_frames``."""
    return frozenset(lemma for lemma, _ in summary_frames())


def _sums_up(verb: Token) -> bool:
    """ "..., calling the mayor a liar", "..., accusing the board of lying", "..., dismissing
    the report as a smear": the verb has an object after it and, after that object, the
    complement of its frame in ``summary_frames`` (a predicate of the object, or a phrase of
    the frame's preposition with an object of its own, hung on the verb or on the object), so
    it says what was said of someone, not what was done to them ("calling the meeting to
    order", "describing an arc" have none)."""
    return _summary_complement(verb) is not None


#: What a summary frame's preposition takes that says something of the object: a noun or a
#: clause ("as a smear", "of lying"), or an adjective the parse hangs on it ("as reckless").
_SUMMARY_PREPOSITION_OBJECTS = frozenset({"pobj", "pcomp", "amod", "acomp"})

#: Entity labels of a preposition's object that only say how long or when ("attacked the
#: town for three days"), not what was said of the object.
_NO_SUMMARY_LABELS = frozenset({"DATE", "TIME"})


@cache
def summary_acts() -> frozenset[str]:
    """Lemmas of ``summary_frames`` whose frame also tells an act done to the object
    ("attacked the bus for ..."; ``summary_acts.tsv``)."""
    return read_words(DATA / "summary_acts.tsv")


@cache
def summary_judgements() -> frozenset[str]:
    """Nouns that judge what an attack is aimed at after "as" ("as a liar", "as a giveaway";
    ``summary_judgements.tsv``)."""
    return read_words(DATA / "summary_judgements.tsv")


@cache
def summary_deeds() -> frozenset[str]:
    """Nouns for what someone did or stood for, that an attack blames with "for" and a
    possessive ("for his vote"; ``summary_deeds.tsv``)."""
    return read_words(DATA / "summary_deeds.tsv")


@cache
def summary_doers() -> frozenset[str]:
    """Subjects whose attack is a blow whatever its complement ("Gunmen attacked ...";
    ``summary_doers.tsv``)."""
    return read_words(DATA / "summary_doers.tsv")


def _done_by_doer(verb: Token) -> bool:
    """For ``summary_acts``: the subject (the verb's, or that of the nearest verb above it that
    has one; a "who" stands for its noun) is one of ``summary_doers`` ("Gunmen attacked ...",
    "Soldiers, who attacked ...")."""
    for above in (verb, *verb.ancestors):
        subject = next((c for c in above.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            if subject.tag_ in ("WP", "WDT") and above.dep_ == "relcl":
                subject = above.head
            return subject.lemma_.lower() in summary_doers() or subject.lower_ in summary_doers()
    return False


def _named_target(preposition: Token) -> bool:
    """For "attacked X for <gerund>": X is named ("attacked Rubio for not answering"), not a
    common noun ("attacked a bus driver for asking her to wear a mask": a blow and its
    motive as often as a reproach)."""
    target = next((c for c in preposition.head.children if c.dep_ == "dobj"), None)
    return target is not None and (
        target.pos_ == "PROPN"
        or target.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
        or target.lemma_.lower() in partisan_words()  # "attacked the governor for ..."
    )


def _judges(preposition: Token) -> bool:
    """For ``summary_acts``: the frame's phrase says what was said of the object, not why,
    when or for what price it was done: quoted words, "as" + an adjective ("as reckless"), a
    gerund ("as being too close to banks") or a noun of ``summary_judgements`` ("as a liar",
    "as a friend of the rich"; not "as a warning"),
    "for" + a gerund ("for not answering", "for supporting the bill") or a noun of
    ``summary_deeds`` or ``statement_nouns`` with a possessive ("for his vote", "for Bell's
    remarks"; not "for money", "for the third time", "for his wallet")."""
    objects = [g for g in preposition.children if g.dep_ in _SUMMARY_PREPOSITION_OBJECTS]
    if any(t.text in _MARKS for g in objects for t in g.subtree):
        return True  # 'for "the greed" of his campaign': quoted words were said
    if preposition.lower_ == "as":
        return any(
            g.dep_ in ("amod", "acomp", "pcomp")
            or g.tag_ == "JJ"
            or g.lemma_.lower() in summary_judgements()
            or g.lower_ in summary_judgements()
            for g in objects
        )
    return any(
        (g.dep_ == "pcomp" and g.tag_ == "VBG" and _named_target(preposition))
        or (
            g.dep_ == "pobj"
            and any(c.dep_ == "poss" for c in g.children)
            and g.lemma_.lower() in summary_deeds() | statement_nouns()
        )
        for g in objects
    )


def _summary_complement(verb: Token) -> Token | None:
    """The complement of ``_sums_up``'s frame: a predicate of the object (``oprd``), a phrase
    of the frame's preposition, or a clause with no subject of its own opened by that
    preposition as a mark ("described the town as beset by floods", "describing the team as
    highly skilled": the parse makes "as" a mark; "cast a vote as the polls closed" has a
    subject of its own and is no complement). None when the verb has no object or none."""
    lemma, frames = cue_lemma(verb), summary_frames()
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    if not objects:
        return None
    obj = objects[0]
    act = lemma in summary_acts()
    if act and _done_by_doer(verb):
        return None  # "Gunmen attacked Tom Bell for his remarks": a blow, not words
    for child in sorted((*verb.children, *obj.children), key=lambda t: t.i):
        if child.i <= obj.i:
            continue
        if child.dep_ == "oprd" and child.head == verb and (lemma, "oprd") in frames:
            return child
        if (
            child.dep_ == "prep"
            and (lemma, child.lower_) in frames
            and any(g.dep_ in _SUMMARY_PREPOSITION_OBJECTS for g in child.children)
            and not any(
                g.dep_ == "pobj" and g.ent_type_ in _NO_SUMMARY_LABELS for g in child.children
            )
            # "attacked the bus for the third time": a blow, not words
            and (not act or _judges(child))
        ):
            return child
        if (
            child.dep_ == "advcl"
            and not act
            and child.head == verb
            # an agent is no subject of its own: "as beset by floods"
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in child.children)
            and any(
                m.dep_ in ("mark", "advmod") and (lemma, m.lower_) in frames and m.i < child.i
                for m in child.children
            )
        ):
            return child
    return None


def _bare_summary(verb: Token) -> bool:
    """ "The storm described an arc": a verb of ``summary_frames`` with an object but neither
    the complement of its frame (``_sums_up``), a clause or infinitive of its own, nor quoted
    words in its object ('branded the change "greedy"': words were said, whoever the parse
    makes the subject)."""
    return (
        cue_lemma(verb) in summary_lemmas()
        and not _sums_up(verb)
        and not _has_complement(verb)
        and not any(
            t.text in _MARKS
            for c in verb.children
            if c.dep_ in OBJECT_DEPS and c.i > verb.i
            for t in c.subtree
        )
    )


def _may_speak(subject: Token, learnt: bool = True) -> bool:
    """Whether a subject can be the source of a summary verb with a bare object: a name, an
    entity, a pronoun that can speak, a person, a body or a text ("the senator", "the
    ministry", "the report"), not a thing ("the storm", "the comet"); with ``learnt``, also
    a head of the learnt ``source_heads``. A count ("Many", "Most of ...") speaks when what
    it counts does (``_counts_people``): its "of" phrase's noun ("Most of the dockers",
    never "Most of the waves"), else the noun of its ``group_preposition`` ("Many in the
    crowd", "Many at the meeting"), else the noun before it that it stands for
    (``_counted_before``: "The dockers met. Many praised ...", never "Three buses crashed.
    Most slammed ..."); with none, it abstains."""
    if subject.pos_ == "PRON":
        return subject.lower_ not in _NOT_SPEAKING_PRONOUNS
    lemma = subject.lemma_.lower()
    if subject.lower_ in summary_speakers()["quantifier"]:
        of = _of_objects(subject)
        if of:
            return all(_counts_people(c) for c in of)
        groups = _group_objects(subject)
        if groups:
            return all(
                _counts_people(c) or c.lemma_.lower() in summary_speakers()["gathering"]
                for c in groups
            )
        counted = _counted_before(subject)
        return counted is not None and _counts_people(counted)
    return (
        subject.pos_ == "PROPN"
        or bool(subject.ent_type_)
        or _speaker_or_text(subject)
        or (learnt and lemma in source_heads())
        or lemma in person_roles()
        or lemma in body_kinds().heads
        or lemma in summary_speakers()["person"]
    )


def _counts_people(noun: Token) -> bool:
    """Whether a count of ``noun`` may speak: the noun may (``_may_speak`` without the learnt
    heads), or it is a learnt ``source_heads`` lemma that is no "thing" of
    ``summary_speakers`` ("critics", "analysts"; never "waves", "evidence", nor a "thing"
    that the parser makes an entity: "Thousands of dollars")."""
    lemma = noun.lemma_.lower()
    if lemma in summary_speakers()["thing"] or noun.lower_ in summary_speakers()["thing"]:
        return False
    return _may_speak(noun, learnt=False) or lemma in source_heads()


def _group_objects(count: Token) -> list[Token]:
    """The objects of a count's ``group_preposition`` phrases ("crowd" of "Many in the
    crowd", "fans" of "Some among the fans")."""
    prepositions = summary_speakers()["group_preposition"]
    return [
        o
        for c in count.children
        if c.dep_ == "prep" and c.lower_ in prepositions
        for o in c.children
        if o.dep_ == "pobj"
    ]


def _is_subject(token: Token) -> bool:
    """A subject, or a conjunct of one ("the storms and the fishermen")."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token.dep_ in ("nsubj", "nsubjpass")


def _counted_before(count: Token) -> Token | None:
    """The noun a bare count ("Many", "Most") stands for, from the nouns before it in its
    sentence or the one before: the plural ones ("The dockers met on Friday. Many ..."), or
    singular ones that a determiner of ``summary_speakers`` makes a kind ("no candidate
    would ..., but few are calling"); a noun that only modifies another ("the dock workers":
    "dock") is skipped. Subjects are preferred to the other nouns ("The storms hit Delvin and
    the fishermen lost their boats": not "boats"; "Huge waves surprised the residents":
    "waves"), then among those the nearest that counts people (``_counts_people``), else the
    nearest (review of rest50, M3). None when there is none."""
    doc = count.doc
    sentence = count.sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    kinds = summary_speakers()["determiner"]
    nouns = [
        token
        for token in reversed(doc[start : count.left_edge.i])
        if token.dep_ != "compound"
        and (
            token.tag_ in ("NNS", "NNPS")
            or (
                token.tag_ == "NN"
                and any(c.dep_ == "det" and c.lower_ in kinds for c in token.children)
            )
        )
    ]
    nouns = [t for t in nouns if _is_subject(t)] or nouns
    return next((t for t in nouns if _counts_people(t)), nouns[0] if nouns else None)


def _cue_of_misplaced_conjunct(verb: Token) -> Token | None:
    """ "Ruiz said the bridge would reopen in May and said the ferry would stop": the parser
    hangs the second cue on the first one's complement as its conjunct. A cue verb with no
    subject of its own, after a conjunction, conjoined to the complement of a cue verb before
    it that has a subject, in the same form as that cue and in another than the complement's
    verb ("said ... would reopen and said", "told ... to wait and added"), is that cue's
    second report: the outer cue is returned, else None. A conjunct in the complement's own
    form ("said the bridge reopened and said ...") may be the complement's subject's act and
    is left to the parse."""
    complement = verb.head
    outer = complement.head
    if (
        verb.dep_ != "conj"
        or verb.pos_ != "VERB"
        or complement.dep_ not in ("ccomp", "xcomp")
        or not outer.i < complement.i < verb.i
        or verb.tag_ != outer.tag_
        or verb.tag_ == complement.tag_
        or _has_own_subject(verb)
        or not any(c.dep_ == "cc" and complement.i < c.i < verb.i for c in complement.children)
        or not is_cue_lemma(cue_lemma(verb), _has_complement(verb))
        or not is_cue_lemma(cue_lemma(outer), True)
        or not (_has_own_subject(outer) or _shared_participle(outer))
    ):
        return None
    return outer


def _shared_participle(verb: Token) -> bool:
    """ "..., telling reporters that X and questioning how Y": a participle after a clause,
    with a clause of its own, that shares that clause's subject (``_subjects``)."""
    return verb.dep_ == "advcl" and verb.tag_ == "VBG" and _has_clause(verb)


def _before_misplaced_cue(doc: Doc, outer: Token, complement: Token, end: int) -> int:
    """The end of ``outer``'s content taken from ``complement``: before a second cue of the
    same speaker that the parser hung on the complement (``_cue_of_misplaced_conjunct``) and
    before the conjunction and commas that join it."""
    for conj in complement.rights:
        if conj.i < end and (
            _cue_of_misplaced_conjunct(conj) == outer
            or _participle_of_infinitive(conj)
            or _participle_of_complement(conj) == outer
        ):
            cut = conj.left_edge.i
            while cut > complement.i and (doc[cut - 1].dep_ == "cc" or doc[cut - 1].is_punct):
                cut -= 1
            return min(end, cut)
    return end


def _participle_of_infinitive(verb: Token) -> bool:
    """ "Ruiz vowed to fight on, promising not to resign": the parser hangs the participle on
    the infinitive the first cue reports; after a comma, with an infinitive or a clause of its
    own (``_commits``, a "that" clause), it is a second report of the same speaker, not part
    of the first one's content."""
    head = verb.head
    return (
        verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and head.dep_ == "xcomp"
        and not _has_own_subject(head)
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and (_commits(verb) or (_has_clause(verb) and is_cue_lemma(cue_lemma(verb), True)))
    )


def _participle_of_complement(verb: Token) -> Token | None:
    """ "Ruiz argued that the fee was unfair, saying it hurt renters": the parser hangs the
    participle on the complement's verb. After a comma, with a clause of its own and a cue
    lemma, hung on the verb of a clause complement of a cue verb before it, whose own subject
    is a thing that cannot speak (``_may_speak``: "the fee", never "the mayor", "it"), it is
    the outer cue's second report: the outer cue is returned, else None (a complement whose
    subject may speak may be that subject's act: left to the parse). Both verbs are verbs of
    saying (``quote_verbs``: not "learned", "feared", "suggesting"), and the outer one has an
    active subject of its own and is not negated: the listener of "Bell was told ..., saying"
    and the "It" of "It was reported that" say nothing, and after "never said X, suggesting"
    the inference is the narrator's (review rev50e)."""
    complement = verb.head
    outer = complement.head
    subjects = [c for c in complement.children if c.dep_ in SUBJECT_DEPS]
    saying = speaker_words()["quote_verbs"]
    if (
        verb.dep_ != "advcl"
        or verb.tag_ != "VBG"
        or complement.dep_ != "ccomp"
        or not outer.i < complement.i < verb.i
        or verb.doc[verb.i - 1].text != ","
        or not subjects
        or any(_may_speak(s) for s in subjects)
        or not _has_clause(verb)
        or cue_lemma(verb) not in saying
        or cue_lemma(outer) not in saying
        or not any(c.dep_ == "nsubj" and c.lower_ != "it" for c in outer.children)
        or _negated(outer)
    ):
        return None
    return outer


def _inherited_subjects(head: Token, walk: bool = True) -> list[Token]:
    """The subjects a cue shares with the verb it hangs from: that verb's own, or, when it has
    none and is itself conjoined, an infinitive or a participle, those of the verb it hangs
    from in turn ("Mills kept to the budget at first but slowly grew harsher, finally
    calling him a failure": "saying" hangs from "turned", whose subject is that of
    "stuck"). A clause's own subject stops the walk; so does the sentence's root. Without
    ``walk`` only the verb's own subjects count."""
    for _ in range(_SHARED_SUBJECT_STEPS if walk else 0):
        found = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
        if found or head.dep_ not in ("conj", "xcomp", "advcl") or head.head == head:
            break
        head = head.head
    return _nearest_subject([c for c in head.children if c.dep_ in SUBJECT_DEPS], head)


def _after_a_fronted_preposition(doc: Doc, start: int) -> bool:
    """Whether a source phrase opening at ``start`` follows a fronted preposition the parser
    left without its object ("Like | many of his neighbors farmer Tom Lee said", no comma):
    the words of the phrase up to the role are that preposition's object, a fronted phrase,
    not the source's own complement. Determiners at the phrase's start are passed over."""
    i = start - 1
    while i >= 0 and doc[i].pos_ == "DET":
        i -= 1
    if i < 0:
        return False
    before = doc[i]
    return (
        before.pos_ == "ADP"
        and before.dep_ == "prep"
        and before.head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ in ("pobj", "pcomp") for c in before.children)
    )


def _possessive(token: Token) -> bool:
    """An apostrophe that makes a plural possessive ("the dockworkers' union"): tagged so, or
    written onto a word ending in "s" and followed by a lower-case word."""
    if token.tag_ == "POS":
        return True
    doc, i = token.doc, token.i
    return (
        token.text in ("'", "\u2019")
        and i > 0
        and not doc[i - 1].whitespace_
        and doc[i - 1].lower_.endswith("s")
        and i + 1 < len(doc)
        and doc[i + 1].is_lower
    )


class _Sources:
    """Resolves source phrases to entity keys (``speakers.Speakers``), and makes an unnamed
    source phrase an entity of its own (type GROUP) so that it is shown as its text."""

    def __init__(self, doc: Doc, quotes: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.speakers = Speakers(doc, quotes)
        self.new_mentions: list[Span] = []

    def entity_at(self, token: Token) -> str | None:
        return self.speakers.entity_at(token.i)

    def group(self, start: int, end: int) -> str:
        """Make the source phrase an entity of its own (type GROUP) and return its key."""
        doc = self.doc
        # a phrase never reaches back over a quote mark or a sentence's end: what precedes it
        # is quoted or another sentence ("... was over' A spokeswoman"), not the source's name;
        # a possessive's apostrophe ("the dockworkers' union") is no quote mark
        for i in range(end - 2, start - 1, -1):
            if (doc[i].is_quote and not _possessive(doc[i])) or doc[i].text in (".", "!", "?", ";"):
                start = i + 1
                break
            if "\n" in doc[i].whitespace_ or "\n" in doc[i].text or _new_sentence(doc[i + 1]):
                # a headline's or caption's line is never part of the phrase on the next one
                start = i + 1
                break
        while start < end - 1 and doc[start].lower_ in ("the", "a", "an"):
            start += 1
        heading = self._caption_heading(start, end)
        if heading is not None:
            return heading
        named = self._named_after_role(start, end)
        if named is not None:
            return named
        span = doc[start:end]
        name = " ".join(span.text.split())
        # whoever speaks is a person or a body: a name the tagger missed that opens with a
        # known first name ("Ivanka said") is a person, any other phrase a group
        type_ = "PERSON" if _person_name(span) else "GROUP"
        key = f"{type_}:{name.lower()}"
        entities = doc._.newsclaims_entities
        if entities is not None and key not in entities:
            entities[key] = Entity(key=key, name=name, type=type_)
        self.new_mentions.append(Span(doc, start, end, label=key))
        return key

    def _surname(self, span: Span) -> bool:
        """Whether a one-word name is the last word of a person's name the text gives."""
        if len(span) != 1 or span[0].pos_ != "PROPN" or not span[0].text[:1].isupper():
            return False
        entities = self.doc._.newsclaims_entities or {}
        return any(
            e.type == "PERSON" and len(e.name.split()) > 1 and e.name.split()[-1] == span.text
            for e in entities.values()
        )

    def _named_after_role(self, start: int, end: int) -> str | None:
        """The name a source phrase ends in after words that say what its bearer is ("Hawks
        fan Marta Byrne", "broker SeatWise": ``person_noun``): the source is the name, and
        the words before it are its alias. A person when the name opens with a known first
        name or has two words or more, else a body. None when the phrase is no such name."""
        doc = self.doc
        run = end
        while run > start and (
            _name_word(doc[run - 1])
            or (doc[run - 1].text == "-" and not doc[run - 1].whitespace_ and run < end)
        ):
            run -= 1
        while run < end and doc[run].text == "-":
            run += 1
        if run <= start or run >= end or not person_noun(doc[run - 1].text):
            return None
        if (
            role_person_noun(doc[run - 1].text)
            and any(t.pos_ == "ADP" and t.dep_ == "prep" for t in doc[start : run - 1])
            and not _after_a_fronted_preposition(doc, start)
        ):
            # "a source close to the governor Dale Hurst", "allies of the judge Nora Quill":
            # the name is in the phrase's prepositional phrase, whom the source is close to,
            # not who speaks (issue 16): the phrase stays the source. Only a listed role
            # ("the carmaker Dale Hurst" is its executive), and only the phrase's own
            # preposition ("Like many of his neighbors farmer Tom Lee said": a fronted one's)
            return None
        role = doc[run - 1]
        if role.pos_ not in ("NOUN", "PROPN", "ADJ") or doc[run].lower_.rstrip(".") in (
            person_roles()
        ):
            return None  # the tagger reads a trade before a name as an adjective ("reseller")
        if role.pos_ == "ADJ" and role.lower_ in non_sources():
            return None  # "other Democrats": a vague word, no trade
        name = "".join(t.text_with_ws for t in doc[run:end]).strip()
        words = [t for t in doc[run:end] if t.is_alpha]
        person = len(words) > 1 or first_name_gender(doc[run].text) is not None
        type_ = "PERSON" if person or self._surname(doc[run:end]) else "ORG"
        key = f"{type_}:{name.lower()}"
        entities = self.doc._.newsclaims_entities
        alias = " ".join(doc[start:run].text.split())
        if entities is not None:
            known = entities.get(key)
            aliases = (*known.aliases, alias) if known is not None else (alias,)
            entities[key] = Entity(key=key, name=name, type=type_, aliases=aliases)
            if known is not None:
                entities[key] = replace(known, aliases=aliases)
        self.new_mentions.append(Span(doc, run, end, label=key))
        return key

    def _caption_heading(self, start: int, end: int) -> str | None:
        """The person a source phrase opens with when it is a caption's heading: a name in
        capitals, after any title, followed by what the caption says of them ("AMY KESSLER
        Comedian", "REV DAN OKAFOR The activist"): that person speaks, not the phrase.
        A name in ordinary case opening a phrase is not taken ("Okafor's spokesman")."""
        doc = self.doc
        roles = person_roles()
        i = start
        while i < end and (doc[i].is_space or doc[i].lower_.rstrip(".") in roles):
            i += 1
        key = self.entity_at(doc[i]) if i < end else None
        if key is None:
            return self._caption_person(i, end)
        if not key.startswith("PERSON:"):
            return None
        run = i
        while run < end and self.speakers.entity_at(run) == key:
            run += 1
        if run - i < 2 or not all(doc[k].text.isupper() for k in range(i, run)):
            return None
        return key

    def _caption_person(self, start: int, end: int) -> str | None:
        """A caption's heading the recogniser missed: two or more words in capitals, the
        first a known first name, followed by more words ("AMY KESSLER Comedian"): the
        person of that name, in title case."""
        doc = self.doc
        run = start
        while run < end and doc[run].text.isupper() and doc[run].is_alpha and len(doc[run]) > 1:
            run += 1
        if run - start < 2 or run == end or first_name_gender(doc[start].text.title()) is None:
            return None
        name = " ".join(t.text.title() for t in doc[start:run])
        key = f"PERSON:{name.lower()}"
        entities = doc._.newsclaims_entities
        if entities is not None and key not in entities:
            entities[key] = Entity(
                key=key, name=name, type="PERSON", aliases=(doc[start:run].text,)
            )
        self.new_mentions.append(Span(doc, start, run, label=key))
        return key

    def owner(self, medium: Token) -> str | None:
        """Whose a medium is ("the club's statement", "a statement from the club", "a video
        posted by QQ.com", "a statement on the brand's page"), as an entity key; for a
        medium named again ("the statement said" after "a statement from May's office"), the
        owner of the nearest one before it of the same word. None when nothing says: a sign
        or a banner is no one's words."""
        found = self._owner_token(medium)
        if found is None and definite(medium):
            found = self._earlier_owner(medium)
        if found is None:
            return None
        key = self.entity_at(found)
        if key is None:
            possessor = next((c for c in found.children if c.dep_ == "poss"), None)
            key = self.entity_at(possessor) if possessor is not None else None
        if key is None and found.pos_ in ("NOUN", "PROPN"):
            key = self.group(*_source_range(found))
        return key

    def _earlier_owner(self, medium: Token) -> Token | None:
        """The owner word of the medium "the statement" repeats: the nearest one before it of
        the same word that says whose it is (its own words, or the subject of a verb that
        makes it: "Ruiz's office issued a statement"), past repeats of it ("the statement");
        None at an earlier one of no one ("a statement was issued"): a new medium, so an
        older one's owner is someone else's (issue 16: never a person named near by)."""
        lemma, makers = medium.lemma_.lower(), self.speakers.lex.maker_verbs
        for token in reversed(self.doc[: medium.i]):
            if token.lemma_.lower() != lemma or token.pos_ != "NOUN":
                continue
            found = self._owner_token(token)
            if found is None and token.dep_ == "dobj" and token.head.lemma_.lower() in makers:
                found = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
            if found is not None or not definite(token):
                return found
        return None

    @staticmethod
    def _owner_token(medium: Token) -> Token | None:
        """The word that says whose a medium is: its possessor, the object of "from" or "by"
        after it (or of "by" after a participle on it: "posted by"), the possessor of the
        object of "on" ("on the brand's page"), or the subject of a verb it is "in" ("the club
        said in a statement")."""
        for child in medium.children:
            if child.dep_ == "poss" and child.pos_ in ("NOUN", "PROPN"):
                return child
        for child in medium.children:
            if child.dep_ == "prep" and child.lower_ in ("from", "by", "on"):
                target = next((c for c in child.children if c.dep_ == "pobj"), None)
                if target is None:
                    continue
                if child.lower_ != "on":
                    return target
                # the first possessor on the page's words: "on Toblerone's Facebook page"; an
                # "on" phrase without one ("A statement on Tuesday from the club") names no
                # owner, so the next phrase may
                owner = next((t for t in target.subtree if t.dep_ == "poss"), None)
                if owner is not None:
                    return owner
            if child.dep_ == "acl":
                for grand in child.children:
                    if grand.dep_ == "agent":
                        return next((c for c in grand.children if c.dep_ == "pobj"), None)
        prep = medium.head
        if medium.dep_ == "pobj" and prep.lower_ == "in" and prep.head.pos_ == "VERB":
            # "the club said in a statement": the verb's subject
            return next((c for c in prep.head.children if c.dep_ == "nsubj"), None)
        return None

    def unnamed(self) -> str:
        """The entity of a source that no word names, shown as ``names.UNNAMED_SOURCE``
        (whoever "It is believed that" or "is said to" stands for): a GROUP without mentions,
        so that the cue's words are never shown as who speaks."""
        key = f"GROUP:{UNNAMED_SOURCE}"
        entities = self.doc._.newsclaims_entities
        if entities is not None and key not in entities:
            entities[key] = Entity(key=key, name=UNNAMED_SOURCE, type="GROUP")
        return key

    def pair_of(self, head: Token) -> list[str]:
        """ "both leaders", "the two countries": the entities of the latest conjoined subject
        ("Pyongyang and Moscow had denied ... but both leaders confirmed")."""
        children = {c.lower_ for c in head.children}
        if head.tag_ != "NNS" or not ("both" in children or {"the", "two"} <= children):
            return []
        for token in reversed(self.doc[: head.i]):
            if token.dep_ in SUBJECT_DEPS and token.conjuncts:
                keys = [self.entity_at(t) for t in (token, *token.conjuncts)]
                if all(keys):
                    return [k for k in keys if k]
        return []

    def resolve_name(self, start: int, end: int) -> str:
        """The entity a bare name refers to ("PENCE" -> Mike Pence), or a new GROUP entity."""
        for i in range(start, end):
            key = self.entity_at(self.doc[i])
            if key is not None:
                return key
        named = self.named(start, end)
        return named if named is not None else self.group(start, end)

    def named(self, start: int, end: int) -> str | None:
        """The one entity whose name, alias or (a person's) surname the words are, or None."""
        wanted = " ".join(self.doc[start:end].text.split()).lower()
        found = set()
        for key, entity in (self.doc._.newsclaims_entities or {}).items():
            names = {entity.name.lower(), *(a.lower() for a in entity.aliases)}
            if entity.type == "PERSON":
                names.add(entity.name.split()[-1].lower())
            if wanted in names:
                found.add(str(key))
        return found.pop() if len(found) == 1 else None

    def resolve_all(self, drafts: list[ClaimDraft]) -> list[ClaimDraft]:
        """Resolve the sources of the drafts that carry a source head, in one pass through
        the text with every other pronoun (``Speakers.walk``); an unresolved pronoun stays
        None, an unresolved description becomes a GROUP of its own."""
        pending = {
            d.source_head: d
            for d in sorted(drafts, key=lambda d: d.content[0])
            if d.source_head is not None and d.source_entity is None
        }
        found: dict[int, tuple[str | None, bool]] = {}

        def source(head: Token) -> tuple[str | None, bool]:
            draft = pending[head.i]
            key, anonymous, pronoun = self.speakers.resolve(head, draft.content)
            shown = self.speakers.stand_in(head)  # a relative pronoun shows its antecedent
            if key is None and not pronoun and shown.pos_ != "PRON":
                if medium_word(shown.text):
                    key = self.owner(shown)  # "the statement said": whose it is, or no one
                else:
                    key = self.group(*_source_range(shown))
            found[head.i] = (key, anonymous)
            return key, anonymous

        self.speakers.walk(set(pending), source)
        resolved = []
        for draft in drafts:
            head = draft.source_head
            if head is not None and head in found and draft.source_entity is None:
                key, anonymous = found[head]
                resolved.append(replace(draft, source_entity=key, anonymous=anonymous))
            else:
                resolved.append(draft)
        return resolved


#: Parts of speech of a capitalised word that is no name: past a phrase's first word, one
#: opens a new sentence run into it without a stop (a caption's "... to 150g Angry fans").
#: Determiners and prepositions are left out: names hold them ("by The Daily Ledger").
_NEW_SENTENCE_POS = frozenset({"ADJ", "ADV", "VERB", "AUX", "SCONJ"})


def _new_sentence(token: Token) -> bool:
    """Whether a capitalised word that is no name starts a new sentence inside a phrase; a
    word of a recognised name ("a Chinese boy", a NORP) is none."""
    return (
        token.text[:1].isupper()
        and not token.ent_type_
        and token.pos_ in _NEW_SENTENCE_POS
        and not token.text.isupper()
        and token.i > 0
        and not token.nbor(-1).is_punct
        and token.nbor(-1).pos_ != "PROPN"
        and token.nbor(-1).tag_ != "POS"  # "Nevada's Democratic party"
    )


def _name_word(token: Token) -> bool:
    """A capitalised proper noun, or a word in camel case whatever its tag (a brand's name:
    "SeatWise", which the tagger may read as a common noun)."""
    text = token.text
    return text[:1].isupper() and (
        token.pos_ == "PROPN" or (text.isalpha() and any(ch.isupper() for ch in text[1:]))
    )


def _person_name(span: Span) -> bool:
    """A short proper name opening with a first name of known gender ("Ivanka", "Ana Ruiz")."""
    return (
        1 <= len(span) <= 3
        and all(t.pos_ == "PROPN" and t.is_alpha for t in span)
        and first_name_gender(span[0].text) is not None
    )


#: Entity types that are places: a source of one of them speaks for a body ("the White House
#: said"), so as a speaker it is an organisation.
PLACE_TYPES = frozenset({"LOC", "FAC"})


def _speakers_typed(doc: Doc, drafts: list[ClaimDraft]) -> None:
    """A mention's type follows its role: an entity that speaks is a person or a body, never a
    place. A speaking LOC or FAC becomes an ORG; a speaking place the gazetteer does not know
    whose name opens with a first name ("Ivanka") becomes a PERSON; a speaking NORP that the
    text also names as a body (ORG) is that body."""
    entities = doc._.newsclaims_entities
    if not entities:
        return
    bodies = {e.name.lower() for e in entities.values() if e.type == "ORG"}
    for key in {d.source_entity for d in drafts if d.source_entity is not None}:
        entity = entities.get(key)
        if entity is None:
            continue
        if entity.type == "NORP" and entity.name.lower() in bodies:
            # "Acme" read as a nationality where the text names the body Acme elsewhere
            entities[key] = replace(entity, type="ORG")
            continue
        first = entity.name.split()[0] if entity.name.split() else ""
        if (
            entity.type in ("GPE", *PLACE_TYPES)
            and entity.kb_id is None
            and first_name_gender(first)
        ):
            entities[key] = replace(entity, type="PERSON")
        elif entity.type in PLACE_TYPES:
            entities[key] = replace(
                entity, type="ORG", kb_id=None, country=None, lat=None, lon=None, precision=None
            )


def _source_range(subject: Token) -> tuple[int, int]:
    """The source phrase: the subject with its modifiers but without conjoined subjects."""
    tokens = [subject.i]
    for child in subject.children:
        if child.dep_ in ("cc", "conj", "punct", "appos", "relcl", "acl", "case", "ccomp"):
            continue
        if _own_article(child, subject):
            continue
        tokens.extend(t.i for t in child.subtree)
    if subject.dep_ == "nsubj":
        # "Sources close to the club owner Mark Lentz said": the object the parser cut off
        # the phrase's last preposition is still the phrase's (``_nearest_subject``)
        cut = next(
            (
                c
                for c in (*subject.head.children, *subject.children)
                if (
                    (c.dep_ == "nsubj" and c.head == subject.head and c.i < subject.head.i)
                    or (c.dep_ == "appos" and c.head == subject)
                )
                and c.i > subject.i
                and _object_of_dangling_preposition(subject, c)
            ),
            None,
        )  # fmt: skip
        if cut is not None:
            tokens.extend(t.i for t in cut.subtree)
    start = min(tokens)
    if subject.pos_ == "PROPN":
        start = max(start, _undoubled_start(subject, start))
    if any(_DASH.fullmatch(t.text) for t in subject.doc[start : subject.i]):
        # "DAYTON, Ohio - Officials said": the dateline parsed into the phrase stays out
        dateline = [i for i in _datelines(subject.doc) if start <= i < subject.i]
        start = max(dateline, default=start - 1) + 1
    end = max(tokens) + 1
    if subject.pos_ == "PROPN" and subject.ent_type_:
        # "Oren Blakely never thanked ...": the parser took the name's last word for an
        # adverb of the verb; the source is the whole name the recogniser read
        while (
            end < len(subject.doc)
            and subject.doc[end].ent_iob_ == "I"
            and subject.doc[end].ent_type_ == subject.ent_type_
            and subject.doc[end].pos_ == "PROPN"
            # only a word the parse hung on the verb as an adverb, never the verb itself
            # ("Howard Dean Tells ...": a headline's verb the recogniser ran into the name)
            and subject.doc[end].dep_ in ("advmod", "npadvmod")
            and subject.doc[end].head == subject.head
            # "Ana Ruiz Tuesday denied": a weekday or month the recogniser ran into the
            # name is the date of the act, never a word of the name
            and subject.doc[end].lower_ not in calendar_words()
        ):
            end += 1
    return _on_own_line(subject, _after_glued_furniture(subject.doc, start, end), end)


def _undoubled_start(subject: Token, start: int) -> int:
    """Where the source words of a name ``subject`` ends start when a person's name is
    written twice at its end (``speakers.doubled_person``; a pull quote's credit run into the
    sentence): "Bay Lines Lena Varko Lena Varko" is named once, without the words before it
    (no telling what they name). A title right before the first copy is the person's, no
    pull quote's: the phrase is kept as read ("Mayor Tom Bell Tom Bell"), as is any other run
    of proper nouns ("The Delvin Hotel New York New York": no person's name): ``start``."""
    doc = subject.doc
    run = subject.i
    while run > start and doc[run - 1].pos_ == "PROPN":
        run -= 1
    size = doubled_person([t.text for t in doc[run : subject.i + 1]])
    first = subject.i + 1 - 2 * size
    if not size or (first > start and doc[first - 1].lower_ in person_roles()):
        return start
    return first + size


def _after_glued_furniture(doc: Doc, start: int, end: int) -> int:
    """Where a source phrase ``start:end`` begins once a quoted subheading the crawl glued
    before the speaker is left out (issue 16; a pull quote's doubled credit is
    ``entities._doubled_credit_start``'s): "'Not a result of the vote' A spokeswoman for
    Pellworth said" starts after the closing mark, when a capitalised word follows it. The
    marks are read by their spacing, as the tagger often takes an opening mark for a closing
    one; the quotation opens the phrase: not a possessive ("The Gulls' Coach": no opening
    mark), a nickname inside a name ('Tom "The Hammer" Reyes'), nor a quoted title before a
    lowercase role ('"Harbour Lights" director')."""
    if (start > 0 and _opening_mark(doc[start - 1])) or _opening_mark(doc[start]):
        closing = next((i for i in range(start + 1, end - 1) if _closing_mark(doc[i])), None)
        if closing is not None and doc[closing + 1].is_title:
            start = closing + 1
    return start


def _opening_mark(t: Token) -> bool:
    """A quotation mark glued to the word after it, with a space or nothing before it."""
    return (
        t.text in _QUOTE_MARKS
        and not t.whitespace_
        and (t.i == 0 or bool(t.doc[t.i - 1].whitespace_))
    )


def _closing_mark(t: Token) -> bool:
    """A quotation mark glued to the word before it, with a space after it (not a
    possessive's, tagged POS)."""
    return (
        t.text in _QUOTE_MARKS
        and t.tag_ != "POS"
        and bool(t.whitespace_)
        and t.i > 0
        and not t.doc[t.i - 1].whitespace_
    )


#: Quotation marks, straight and curly (``_after_glued_furniture``).
_QUOTE_MARKS = frozenset(("'", '"', "\u201c", "\u201d", "\u2018", "\u2019"))


#: A dash token, which ends a dateline ("DAYTON, Ohio -").
_DASH = re.compile(r"[—–-]+")


def _own_article(child: Token, subject: Token) -> bool:
    """ "in a step customers have called mean": a plural subject after a singular noun and
    an indefinite article ("a" never goes with "customers") starts after them: they end the
    phrase before it, and a relative clause without "that" begins. "A few fans" and "a Cubs
    fan" keep theirs."""
    if subject.tag_ not in ("NNS", "NNPS") or child.i > subject.i:
        return False
    nouns = [c for c in subject.lefts if c.dep_ == "compound" and c.tag_ == "NN"]
    articles = [
        c for t in (subject, *nouns) for c in t.children if c.dep_ == "det"
        if c.lower_ in ("a", "an")
    ]  # fmt: skip
    return bool(nouns and articles) and (child in nouns or child in articles)


def _on_own_line(head: Token, start: int, end: int) -> tuple[int, int]:
    """The part of a phrase ``start:end`` on its head's line: a parse that hangs a line
    break, or words past it, on a source ("wrote actor Tom Brandt\nHe ...") keeps them out
    (the next line is another caption or sentence)."""
    doc = head.doc
    for t in doc[start:end]:
        if t.is_space and "\n" in t.text:
            if t.i < head.i:
                start = t.i + 1
            else:
                end = t.i
                break
    while end > start + 1 and doc[end - 1].is_space:
        end -= 1
    return start, end


def _withheld(verb: Token) -> Token | None:
    """The infinitive of telling a refusing verb withholds ("declined to comment": "comment";
    not "refused to endorse"), or None."""
    if cue_lemma(verb) not in withholding_verbs():
        return None
    return next(
        (c for c in verb.children if c.dep_ == "xcomp" and cue_lemma(c) in withheld_speech()),
        None,
    )


def _refused(verb: Token) -> bool:
    """ "declined to say whether ...": a speech verb that a refusing verb withholds, which
    counts as negated; the refusing verb's own claim holds it when there is one."""
    return verb.dep_ == "xcomp" and _withheld(verb.head) == verb


def _refused_act(verb: Token) -> bool:
    """ "refused to endorse Trump": the infinitive of a refusing verb is an act that was not
    done, so its own cue reports nothing ("Trump" is no one's claim); the refusing verb's claim
    ("to endorse Trump") holds it."""
    return verb.dep_ == "xcomp" and cue_lemma(verb.head) in withholding_verbs()


@cache
def corrected_texts() -> frozenset[str]:
    """Nouns naming the outlet's own earlier text ("version", "story", "headline"), whose false
    report is the outlet's correction (``corrected_texts.tsv``)."""
    return read_words(DATA / "corrected_texts.tsv")


#: Possessors that keep a text the outlet's own ("our story", "its headline").
_OWN_POSSESSORS = frozenset({"our", "its"})


def _outlets_own_text(subject: Token) -> bool:
    """ "An earlier version of this story", "our headline": a noun of ``corrected_texts`` that
    no possessor or name gives to someone else ("the senator's story", "a Herald article")."""
    return subject.lemma_.lower() in corrected_texts() and not any(
        (c.dep_ == "poss" and c.lower_ not in _OWN_POSSESSORS)
        or (c.dep_ == "compound" and (c.pos_ == "PROPN" or c.ent_type_))
        for c in subject.children
    )


def _falsely(verb: Token) -> bool:
    """The writer calls what the cue reports false ("incorrectly stated", "falsely claimed";
    ``falsity_adverbs.tsv``)."""
    return any(c.dep_ == "advmod" and c.lower_ in falsity_adverbs() for c in verb.children)


def _called_false(verb: Token) -> bool:
    """ "An earlier version incorrectly stated", "It was wrongly reported": the writer
    corrects its own report, or one nobody is named for."""
    return _falsely(verb) and all(
        _outlets_own_text(s) for s in _subjects(verb) if s.dep_ == "nsubj"
    )


def _called_false_of_a_speaker(verb: Token) -> bool:
    """ "The spokesman falsely claimed that ...", "The senator's tweet falsely claimed": the
    writer says a named source's report is false; the source still made it."""
    return _falsely(verb) and not _called_false(verb)


def _doubts(verb: Token, content: tuple[int, int] | None) -> bool:
    """A cue of doubt (``doubt_cues.tsv``) whose content is something said or held, not a
    person: "questioned the suspect" doubts nobody's word."""
    if cue_lemma(verb) not in doubt_cues() or content is None:
        return False
    doubted_of = verb.doc[content[0] : content[1]]
    return (
        not _names_someone(doubted_of.root)
        and not person_noun(doubted_of.root.text)
        # "questioned why the company changed it" takes the change as given ("whether" and
        # "if" mark the clause in doubt)
        and not _opens_with_question_word(doubted_of[0])
    )


@cache
def prospect_verbs() -> frozenset[str]:
    """Verbs and adjectives of prospect, whose infinitive of speech is a statement still to
    come (``prospect_verbs.tsv``: expect, set, schedule, plan, ...)."""
    return read_words(DATA / "prospect_verbs.tsv")


def _infinitive(verb: Token) -> bool:
    """Whether the verb is an infinitive with its own "to" ("to announce", "to say")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _to_come(verb: Token) -> bool:
    """ "is expected to announce that ...", "is set to say", "plans to argue": the cue is the
    infinitive of a verb or adjective of prospect."""
    return verb.dep_ == "xcomp" and _infinitive(verb) and cue_lemma(verb.head) in prospect_verbs()


def _frames_a_statement_to_come(verb: Token) -> bool:
    """A verb of prospect whose infinitive is a cue with a complement ("is expected to
    announce that ..."): the infinitive's claim is the one made, the prospect its stance."""
    return cue_lemma(verb) in prospect_verbs() and any(
        c.dep_ == "xcomp" and _to_come(c) and _has_complement(c) and _is_cue(c)
        for c in verb.children
    )


def _stance(verb: Token, content: tuple[int, int] | None) -> Stance:
    lemma = cue_lemma(verb)
    base = Stance.ESTIMATED if _puts_a_figure(verb) else CUES.get(lemma, Stance.REPORTED)
    if _to_come(verb) and not _negated(verb.head):
        # "plans to deny that X": a statement still to come, whatever its cue, is expected
        return Stance.EXPECTED
    withheld = _withheld(verb)
    if withheld is not None:
        # "declined to confirm" is not confirming; "declined to comment" is not saying
        refused = cue_lemma(withheld)
        if negated_cues().get(refused) is Stance.UNVERIFIED:
            return Stance.UNVERIFIED
        return Stance.UNDISCLOSED
    negated = _negated(verb) or _refused(verb)
    doubted = doubt_cues().get(lemma)
    if doubted is not None and _doubts(verb, content):
        # "the coach never doubted that the striker was injured" reports it
        return Stance.REPORTED if negated else doubted
    if negated and negated_cues().get(lemma) is Stance.UNVERIFIED:
        return Stance.UNVERIFIED
    if negated and (negated_cues().get(lemma) is Stance.UNDISCLOSED or base is Stance.DENIED):
        # "has not denied that prices will rise" denies nothing: it leaves it unsaid
        return Stance.UNDISCLOSED
    if _unable(verb):
        # "were unable to describe the damage": what the infinitive would tell was not told;
        # with no "not" to read into the content, the source keeps it back
        return Stance.UNDISCLOSED
    if base is Stance.REPORTED and content is not None:
        root = verb.doc[content[0] : content[1]].root
        modals = {c.lower_ for c in root.children if c.dep_ == "aux"}
        if modals & hedge_modals() and not _negated(root):
            return Stance.HEDGED
    return base


#: Marks that open a clause stating something: "concern that ...", "called for X to ...".
_CLAUSE_MARKS = frozenset({"that", "whether", "for"})


def _states_something(verb: Token, content: tuple[int, int]) -> bool:
    """Whether a cue without a quotation says something, not only does something. A verb of
    ``speech_acts`` states nothing with a bare object ("congratulated the Cubs", "vented their
    fury"); it does with a complement clause, a predicate of its object ("called it a
    disgrace", "thanked them for coming"), a clause inside the object ("expressed concern that
    ..."), or, for a feeling, what the feeling is about ("expressed outrage over the test")."""
    if _says_a_formula(verb) or _only_a_pronoun(verb.doc[content[0] : content[1]]):
        return False
    sort = speech_acts().get(cue_lemma(verb))
    if sort is None or _has_complement(verb) or _colon_words(verb) is not None:
        return True  # ("tweeted: a sad day for the town": the words after its colon)
    if _has_predicate(verb):
        return True
    objects = [c for c in verb.children if c.dep_ in OBJECT_DEPS]
    if any(_about_something(c, sort) for o in objects for c in o.children):
        return True
    doc = verb.doc
    # 'tweeted: "First marmite, now toblerone."': a quotation the parse took for an object
    first = next((t for t in doc[content[0] : content[1]] if not t.is_punct), doc[content[0]])
    if any(ch in _OPEN_MARKS for ch in doc_text(doc)[verb.idx + len(verb) : first.idx]):
        return True
    # "concern that the talks would fail", "calling for the race to be stopped"
    return any(
        t.dep_ in ("acl", "advcl")
        and any(m.dep_ == "mark" and m.lower_ in _CLAUSE_MARKS for m in t.children)
        for t in doc[content[0] : content[1]]
    )


def _only_a_pronoun(content: Span) -> bool:
    """ "the crowd mocked him", "the spokesman confirmed it": what is said is one pronoun, which
    states nothing a reader can hold; the sentence stays the outlet's narration."""
    words = islice((t for t in content if not t.is_punct), 2)  # a long content stops at two
    first = next(words, None)
    return first is not None and first.pos_ == "PRON" and next(words, None) is None


@cache
def speech_formulas() -> frozenset[str]:
    """Words said as acts ("goodbye", "thank you"), from ``speech_formulas.tsv``."""
    return read_words(DATA / "speech_formulas.tsv")


def _says_a_formula(verb: Token) -> bool:
    """ "said goodbye", "to say thank you": a formula as the verb's bare object or
    infinitive, with no clause reporting something."""
    if any(c.dep_ == "ccomp" for c in verb.children):
        return False
    said = [c for c in verb.children if c.dep_ in ("dobj", "xcomp", "intj", "oprd", "acomp")]
    return bool(said) and all(
        c.lower_ in speech_formulas() and not any(g.dep_ == "ccomp" for g in c.children)
        for c in said
    )


def _has_predicate(verb: Token) -> bool:
    """A predicate of the verb's object or subject: "called it a disgrace", "was dubbed the
    winner", "praised X for Y", "was accused of lying". A prepositional predicate follows
    its verb: "Because of that, the Hawks were spared the loss" has none."""
    return any(
        c.dep_ in ("oprd", "acomp")
        or (c.dep_ == "prep" and c.lower_ in CONTENT_PREPOSITIONS and c.i > verb.i)
        for c in verb.children
    )


def _about_something(child: Token, sort: str) -> bool:
    """Whether a dependent of a speech act's object says what it is about: a clause ("concern
    that ..."), a feeling's matter ("outrage over the test"), an addressee's reason ("thanked
    the nurses for saving his life")."""
    if child.dep_ == "ccomp":
        return True
    if sort == "feeling":
        return child.dep_ in ("prep", "acl", "relcl")
    return child.dep_ == "prep" and child.lower_ in CONTENT_PREPOSITIONS


def _has_clause(verb: Token) -> bool:
    return any(c.dep_ == "ccomp" for c in verb.children) or _addressee_clause(verb) is not None


def _has_complement(verb: Token) -> bool:
    return (
        any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
        or _addressee_clause(verb) is not None
    )


def _addressee_clause(verb: Token) -> Token | None:
    """ "she told a gathering of farm union heads that few grasped the risk":
    the parse makes the that-clause a relative clause of the one addressed. A clause with its
    own subject, opened by "that" as a conjunction (a relative "that" is the clause's subject
    or object, not its mark), after the object of a verb of ``addressee_verbs``, is what was
    told."""
    if cue_lemma(verb) not in addressee_verbs():
        return None
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "dative") or obj.i < verb.i:
            continue
        for clause in obj.rights:
            if (
                clause.dep_ == "relcl"
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
                and _has_own_subject(clause)
            ):
                return clause
    return None


#: Quotation marks, opening and closing; straight marks serve as both.
_OPEN_MARKS = frozenset("'\"‘“")
_CLOSE_MARKS = frozenset("'\"’”")
_MARKS = _OPEN_MARKS | _CLOSE_MARKS
#: Characters a quotation's closing mark follows when punctuation ends the quoted words inside
#: the marks ("...mad,' said", "...differently now.'").
_QUOTE_END_PUNCT = frozenset(",.?!")


def _marks_backwards(before: str) -> Iterator[int]:
    """The offsets of quotation marks in ``before``, last first (read lazily: a long
    paragraph is walked only as far back as the mark that decides)."""
    for i in range(len(before) - 1, -1, -1):
        if before[i] in _MARKS:
            yield i


def _inside_quotation(text: str, start: int, end: int) -> bool:
    """Whether the words ``text[start:end]`` are a quotation: a closing mark right after them,
    after the punctuation that ends quoted words (",'" ".'" '."' ...), or after the content's own
    last character when it opens with a mark, and an opening mark where the quotation begins
    (at the content's start, or earlier in the same paragraph with no mark between). A plural
    possessive ("the players' union") has no punctuation before its mark, so it never counts."""
    content = text[start:end].rstrip()
    end = start + len(content)
    if not content:
        return False
    after = text[end : end + 2]
    if content[-1] in _CLOSE_MARKS and content[0] in _OPEN_MARKS and len(content) > 2:
        # a space inside the marks only sets a nested quotation's mark apart ("... 'X.' ")
        return (content[-2] != " " or content[-3] in _CLOSE_MARKS) and (
            content[1] != " " or content[2] in _OPEN_MARKS
        )
    closes = (after[:1] in _QUOTE_END_PUNCT and after[1:2] in _CLOSE_MARKS) or (
        content[-1] in _QUOTE_END_PUNCT and after[:1] in _CLOSE_MARKS
    )
    if not closes:
        return False
    if content[0] in _OPEN_MARKS:
        return True
    paragraph = text.rfind("\n", 0, start) + 1
    before = text[paragraph:start]
    # the last mark before the content opens a quotation: at a word's start, before a word
    for i in _marks_backwards(before):
        prev = before[i - 1] if i > 0 else " "
        nxt = before[i + 1] if i + 1 < len(before) else text[start : start + 1]
        if prev.isalnum() and nxt.isalnum():
            continue  # an apostrophe inside a word ("don't")
        return (not prev.isalnum()) and (nxt.isalnum() or nxt in "$£€")
    return False


def _straight_mark_opens(text: str, i: int) -> bool | None:
    """Whether the straight double mark at ``text[i]`` opens a quotation (True), closes one
    (False), or could do either (None): a mark opens before a word, after a space or the
    start; it closes after a word or punctuation, before a space, punctuation or the end."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    opens = (prev.isspace() or prev in "([{—–-") and not nxt.isspace()
    closes = not prev.isspace() and (nxt.isspace() or not nxt.isalnum())
    if opens == closes:
        return None
    return opens


def _end_before(text: str, i: int) -> int:
    """The end of the text before position ``i``, without the spaces before ``i``."""
    while i > 0 and text[i - 1].isspace():
        i -= 1
    return i


def _quotation_chars(text: str) -> list[tuple[int, int]]:
    """Character ranges of the quotations in ``text``, marks included.

    Curly marks say which side they are on; a straight double mark is read from what is
    beside it (``_straight_mark_opens``). A quotation left open when the next one opens, or
    when its paragraph ends and the next paragraph opens with a mark, ends there: news
    leaves the closing mark out when a speaker's words carry on into a new paragraph
    ('"... saying that. "I cried ..."'), and crawled text often loses the line break too.
    A mark that neither closes an open quotation nor can open one is left alone.
    """
    found = []
    at = 0
    while (m := _QUOTE.search(text, at)) is not None:
        end = _within_paragraphs(text, m.start(), m.end())
        if not m.group().startswith('"'):
            found.append((m.start(), end))
        at = max(end, m.start() + 1)  # a quotation cut short leaves the marks after it
    opened: int | None = None
    for m in re.finditer(r'["\n]', text):
        i = m.start()
        if text[i] == "\n":
            if opened is not None:
                if _OPENS_NEXT.match(text, i) and i - opened > 2:
                    found.append((opened, _end_before(text, i)))
                opened = None
            continue
        opens = _straight_mark_opens(text, i)
        if opened is None:
            if opens is not False:
                opened = i
        elif opens is True:
            end = _end_before(text, i)
            if end - opened > 2:
                found.append((opened, end))  # left open: the next quotation carries on
            opened = i
        elif i - opened > 2:
            found.append((opened, i + 1))
            opened = None
        else:
            opened = None
    return sorted(found + _single_quotations(text, found))


#: A sentence's end and the space after it, or a line break.
_SENTENCE_BREAK = re.compile(r"[.!?…][\"'”’)]*\s|\n")


def open_quotations(text: str, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Character ranges of quotations the scanner left unpaired (``found``: the quotations it
    paired, character ranges): from a lone opening mark outside every found quotation to
    the next lone closing mark of its kind (double or single), when no found quotation and
    no other lone opening mark of that kind stands between, a sentence ends between them,
    and it is at most ``settings.OPEN_QUOTATION_MAX_CHARS`` on ('"We built this port. We
    kept it open.\n\nIt pays for itself," she said': the quotation carries on into a
    paragraph that opens with no mark). Marks are read as the scanner reads them
    (``_straight_mark_opens``, ``_single_mark_side``: an apostrophe or a plural possessive
    opens and closes nothing)."""
    merged: list[list[int]] = []
    for fs, fe in sorted(found):
        if merged and fs <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], fe)
        else:
            merged.append([fs, fe])
    starts = [fs for fs, _fe in merged]
    lone: dict[bool, list[tuple[int, bool]]] = {True: [], False: []}  # double?: (offset, opens)
    for m in re.finditer("[\"“”'‘’]", text):
        i = m.start()
        at = bisect_right(starts, i) - 1
        if at >= 0 and i < merged[at][1]:
            continue  # a mark of a found quotation
        mark = text[i]
        if mark in "“”":
            lone[True].append((i, mark == "“"))
        elif mark == '"':
            opens = _straight_mark_opens(text, i)
            if opens is not None:
                lone[True].append((i, opens))
        elif (side := _single_mark_side(text, i)) in ("open", "close"):
            lone[False].append((i, side == "open"))
    ranges = []
    for marks in lone.values():
        for (start, opens), (end, next_opens) in pairwise(marks):
            if not opens or next_opens or end - start > settings.OPEN_QUOTATION_MAX_CHARS:
                continue
            if not text[start + 1 : start + 2].isalnum():
                continue  # a quotation opens before a word ('="a">' in markup opens none)
            at = bisect_right(starts, start)
            if at < len(starts) and starts[at] < end:
                continue  # a found quotation between: the lone mark's quotation ended before
            if not _SENTENCE_BREAK.search(text, start, end):
                continue  # a word or two in marks ("the blue 'W'"), not sentences of speech
            ranges.append((start, end + 1))
    return sorted(ranges)


#: A mark that closes a quotation opened with a curly mark (the closing mark another kind:
#: '“... the gulls," said', a doubled single mark), with no space before it and none after.
_MIXED_CLOSE = re.compile(r"(?<=\S)(?:\"|”|’’|'')(?=\s|[,.;:?!)]|$)")


def _within_paragraphs(text: str, start: int, end: int) -> int:
    """The end of a quotation ``text[start:end]`` found from its opening to its closing mark,
    kept to the paragraphs it really spans: a quotation carries on across a line break only
    when the next paragraph opens with a mark ('“A.\n\n“B.”') or the line goes on in
    lowercase (a sentence wrapped); otherwise it closed in its paragraph with a mark of
    another kind, or was left open ('“... the gulls," said Ana.\n\nThe port ... “C”'),
    and ends at the first such mark or the paragraph's end. What follows the break opens a
    new sentence, another speaker's words or narration."""
    at = start
    while (brk := text.find("\n", at, end)) >= 0:
        following = brk
        while following < end and text[following].isspace():
            following += 1
        if following < end and (text[following] in _OPEN_MARKS or text[following].islower()):
            # the quotation carries on into this paragraph, or a line wrapped mid-sentence
            at = following + 1
            continue
        close = _MIXED_CLOSE.search(text, at + 1, brk)
        return close.end() if close else _end_before(text, brk)
    return end


#: Where a single quotation mark can open a quotation: after these or a space, or at the start.
_SINGLE_OPEN_AFTER = frozenset('([{—–-:"“')
#: What a single closing mark stands before when it ends a quotation, besides a space.
_SINGLE_CLOSE_BEFORE = frozenset('.,;:?!)—–"”')


def _single_mark_side(text: str, i: int) -> str | None:
    """What the single mark at ``text[i]`` (straight or curly) does: "open" a quotation,
    "close" one, "maybe" close one, or None (an apostrophe). It opens after a space, a colon or
    the start, before a letter ("said: 'We ..."); it closes after punctuation that ends
    the quoted words (",' he said"), or after a word before punctuation, a space, a line end
    or the end. After a word ending in "s" before a space it may be a plural possessive ("the
    players' union"): it closes only when another quotation opens before the open one closes
    ("'a big mess' and 'a bad idea'"). After a letter before a letter it is an apostrophe."""
    mark = text[i]
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if mark != "’" and (prev.isspace() or prev in _SINGLE_OPEN_AFTER) and nxt.isalpha():
        word = re.match(r"['‘][\w']*", text[i : i + 12])
        if word is not None and "'" + word.group()[1:].lower() in elisions():
            return None  # "wait 'til next year"
        return "open"
    if mark == "‘":
        return None
    if prev in _QUOTE_END_PUNCT and (nxt.isspace() or not nxt.isalnum()):
        return "close"
    if prev.isalnum() and (nxt in _SINGLE_CLOSE_BEFORE or nxt == "\n" or i + 1 == len(text)):
        return "close"
    if prev.isalnum() and nxt.isspace():
        return "maybe" if prev.lower() == "s" else "close"
    return None


@cache
def elisions() -> frozenset[str]:
    """Words that open with an apostrophe ("'til", "'em"), from ``elisions.tsv``."""
    return read_words(DATA / "elisions.tsv")


def _single_quotations(text: str, double: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotations in single marks, straight or curly (British news quotes in them), outside
    the double quotations: from an opening mark to the next closing mark in its paragraph, or
    to the paragraph's end when the next paragraph opens with a mark (a quotation carried on).
    An opening mark that nothing closes is left alone."""
    found = []
    opened: int | None = None
    maybe: int | None = None
    for m in re.finditer(r"['‘’\n]", text):
        i = m.start()
        if any(s <= i < e for s, e in double):
            continue
        if text[i] == "\n":
            # a plural possessive ("the players' union") closes nothing at a paragraph's end:
            # an elision the list lacks ("'burbs") opened nothing either
            if opened is not None and re.match(r"\s*['‘]", text[i:]) and i - opened > 3:
                found.append((opened, _end_before(text, i)))
            opened = maybe = None
            continue
        side = _single_mark_side(text, i)
        if side == "open":
            # a quotation still open when the next opens: closed where it may have closed, or
            # before the new one when a sentence ends there; else its mark opened nothing
            if opened is not None and maybe is not None:
                found.append((opened, maybe + 1))
            elif opened is not None and text[: _end_before(text, i)][-1:] in ".?!":
                # "... the roof leaks. 'Nobody came ...": a paragraph quoted on, its line break lost
                found.append((opened, _end_before(text, i)))
            opened, maybe = i, None
        elif side == "maybe" and opened is not None:
            maybe = i
        elif side == "close" and opened is not None:
            if i - opened > 3:
                found.append((opened, i + 1))
            opened = maybe = None
    return found


def _quotation_opening(text: str, start: int, end: int) -> int:
    """Where the quotation that ends a content opens: a parse that runs the content of
    "'...,' he said" back past the opening mark (into captions or the sentence before) is
    cut at that mark, since the quoted words are what was said. ``start`` when no mark opens
    inside the content, or when a quotation closes inside it first."""
    for j in range(end - 1, start, -1):
        if text[j] not in _MARKS:
            continue
        prev, nxt = text[j - 1], text[j + 1 : j + 2]
        if prev.isalnum() and nxt.isalnum():
            continue  # an apostrophe inside a word ("we've")
        if not prev.isalnum() and prev not in _QUOTE_END_PUNCT and (nxt.isalnum() or nxt in "$£€"):
            return j
        return start
    return start


def _quoted_words(
    doc: Doc, verb: Token, content: tuple[int, int], parts: Fragments, kind: ClaimKind
) -> tuple[tuple[int, int], ClaimKind, Stance]:
    """ "'This is just mad,' said Vettel": a reported content that is a quotation, single
    marks or double, is a direct quote (content, kind, stance); one before its cue starts at
    its opening mark (after the cue, 'said that X "..."' is indirect speech ending with a
    partial quote)."""
    text = doc_text(doc)
    before_cue = content[1] <= verb.idx
    opening = _quotation_opening(text, *content) if before_cue and not parts else content[0]
    if _inside_quotation(text, opening, content[1]):
        return (opening, content[1]), ClaimKind.DIRECT, Stance.QUOTED
    # 'adding that, "it would be ..."': a complementizer before a whole quotation
    that = _THAT_QUOTE.match(text, content[0], content[1])
    if that is not None and not parts and _inside_quotation(text, that.end(), content[1]):
        return (that.end(), content[1]), ClaimKind.DIRECT, Stance.QUOTED
    return content, kind, Stance.REPORTED


#: A complementizer right before an opening quotation mark: 'said that, "..."'.
_THAT_QUOTE = re.compile(r"that,?\s+(?=[\"“'‘])", re.I)


def _furniture(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the page furniture blanked out of the doc's text."""
    return [(f.start, f.end) for f in getattr(doc._, "newsclaims_furniture", None) or ()]


def _before_furniture(text: str, start: int, end: int, furniture: list[tuple[int, int]]) -> int:
    """The end of a quotation that runs into page furniture: where the furniture starts
    (a caption between two paragraphs of a quotation is not what was said)."""
    for fs, _fe in furniture:
        if start < fs < end:
            return _end_before(text, fs)
    return end


def _before_caption_run(text: str, start: int, end: int) -> int:
    """The end of a quotation whose closing mark is lost and that runs into a caption with no
    punctuation (a caption's subject and verb, or a name marked with its place in the photo,
    after a lowercase word: '"Nobody gave us a chance Fans ... Singer Nina Hale (right)
    performed ...'): where the caption starts (``furniture.caption_starts``). A quotation
    with its closing mark holds no caption ('"I told them Tom Reyes (left) would start,"')."""
    if text[end - 1 : end] in _CLOSING_MARKS:
        return end
    for at in caption_starts(text, start + 1, end):
        return _end_before(text, at)
    return end


#: Closing quotation marks: a quotation that ends in one was closed, not left open.
_CLOSING_MARKS = frozenset("\"\u201d'\u2019")

#: Tags of the words after which a name is the word's object or clause, not a caption's
#: start: verbs ("the rule means Tom Reyes carries ...", "jurors heard Tom Reyes, pictured,
#: had lied ...") and wh-words ("saw how Ana Ruiz celebrates ...").
_NO_CAPTION_AFTER_TAGS = frozenset(
    ("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD", "WDT", "WP", "WP$", "WRB")
)


def _quotes(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the quotations in the text, marks included, none reaching into page
    furniture."""
    found = []
    text, furniture = doc_text(doc), _furniture(doc)
    for start, found_end in _quotation_chars(text):
        end = _before_furniture(text, start, found_end, furniture)
        end = _before_caption_run(text, start, end)
        if end - start <= 2:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None:
            found.append((span.start, span.end))
    return found


#: Marks at a quotation's close that hand it on to the cue after it (a question's or an
#: exclamation's only on the same line: '..."?\n\nMr. Reyes was charged' starts anew).
_HANDING_MARKS = (",", "?", "!")


def _hands_on(doc: Doc, start: int, end: int, first: int) -> bool:
    """Whether the quotation at tokens ``start``-``end`` is handed on to the clause that
    starts at token ``first``: a comma closes it, or a question or exclamation mark with no
    line break before the clause, the quotation opening its own sentence (one inside the
    sentence before is that sentence's: 'A sign read "Who pays?" Ruiz asked the council')."""
    between = doc[end - 2 : first].text_with_ws
    if "," in between:
        return True
    if not any(mark in between for mark in _HANDING_MARKS) or "\n" in between:
        return False
    return _opens_sentence(doc, start)


#: Marks that may close a sentence before a quotation that opens the next one.
_SENTENCE_CLOSERS = "\"'\u201d\u2019)"


def _opens_sentence(doc: Doc, start: int) -> bool:
    """Whether the quotation whose opening mark is token ``start`` opens its sentence: only
    spaces part it from the text's or a line's start, or from a full stop, question or
    exclamation mark (closing marks after it)."""
    at = doc[start].idx
    head = doc_text(doc)[max(0, at - 12) : at].rstrip(" \t")
    if not head:
        return at <= 12
    if head.endswith("\n"):
        return True
    head = head.rstrip(_SENTENCE_CLOSERS)
    return bool(head) and head[-1] in ".?!"


def _quote_for(
    verb: Token, content: tuple[int, int] | None, quotes: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """The quotation a cue introduces.

    With a syntactic complement, only a quotation that holds the complement counts (a short
    quotation inside indirect speech is a partial quote, not the content). Without one, a
    quotation right beside the cue's clause counts ("...," Kim said).
    """
    first, last = _clause_edges(verb)
    if content is not None:
        for qs, qe in quotes:
            if qs <= content[0] + 1 and content[1] <= qe + 1:
                return qs, qe
        if _has_complement(verb):
            return None
        # '"...," Ramos told AFP', 'telling Breitbart: "..."': the object is the one addressed
        # or spoken of, the quotation before the clause or after a colon is what was said
        doc = verb.doc
        first = next(
            (
                i
                for i in range(first, last)
                if not doc[i].is_punct and not any(qs <= i < qe for qs, qe in quotes)
            ),
            first,
        )
        for qs, qe in quotes:
            # the slices are made only for a quotation that closes before the clause: spaCy
            # joins the whole document's text for a span that starts at its end
            if (
                qe <= first
                and first - qe <= QUOTE_GAP
                and _hands_on(doc, qs, qe, first)
                and all(t.is_punct or t.is_space for t in doc[qe:first])
            ):
                # '"...," Ramos told', '"...?" she asked reporters': the quotation's comma,
                # question or exclamation mark hands it on
                return qs, qe
            if 0 < qs - content[1] <= 3 and doc[content[1] : qs].text.strip() == ":":
                return None if _takes_words(verb, qs) else (qs, qe)
            if _colon_before(doc, qs) > content[1] and _colon_after_adverbials(
                verb, content[1], qs
            ):
                # 'told his players before the match: "..."'
                return None if _takes_words(verb, qs) else (qs, qe)
        return None
    doc = verb.doc
    for qs, qe in quotes:
        if (
            qe <= first
            and first - qe <= QUOTE_GAP
            and doc[max(qs, qe - 2)].text != "."
            # "... the plan was 'better'. Lin Park agreed.": a quotation inside the sentence
            # before, a stop after its mark, is that sentence's words, not the cue's
            and (not _sentence_break(doc[qe:first]) or _opens_sentence(doc, qs))
        ):
            return qs, qe  # a quotation closed by a full stop ends its own sentence
        if qs >= last and qs - last <= QUOTE_GAP and not _sentence_break(doc[last:qs]):
            return qs, qe
    return None


#: Dependencies of a verb's adverbials of time, place and manner ("before the match").
_ADVERBIAL_DEPS = frozenset({"prep", "npadvmod", "advmod"})


def _colon_before(doc: Doc, quote: int) -> int:
    """The index of the colon right before the quotation at token ``quote`` (opening marks
    between them), or -1: what ``_colon_after_adverbials`` looks for first, found once per
    quotation and document (every cue of the document asks it of every quotation)."""
    found: dict[int, int] = _run_cache(doc, _QUOTE_COLONS)
    colon = found.get(quote)
    if colon is None:
        colon = quote - 1
        while colon >= 0 and doc[colon].text in _OPEN_MARKS:
            colon -= 1
        colon = colon if colon >= 0 and doc[colon].text == ":" else -1
        found[quote] = colon
    return colon


def _colon_after_adverbials(verb: Token, end: int, quote: int) -> bool:
    """'The coach told his players before the match: "We will win."': between the verb's
    object (ending at token ``end``) and a colon right before the quotation at ``quote`` stand
    only the verb's own adverbials, so the quotation is what the verb introduces."""
    doc = verb.doc
    colon = quote - 1
    while colon > end and doc[colon].text in _OPEN_MARKS:
        colon -= 1
    if colon <= end or doc[colon].text != ":":
        return False
    adverbials = {c.i for c in verb.children if c.dep_ in _ADVERBIAL_DEPS and c.i >= end}
    return all(any(a.i in adverbials for a in (t, *t.ancestors)) for t in doc[end:colon])


def _within_paragraph(doc: Doc, content: tuple[int, int], cue: int) -> tuple[int, int]:
    """The part of a content on the cue's side of any line break or page furniture inside it
    (a parse that runs a content across paragraphs or into a caption)."""
    start, end = content
    furniture = _furniture(doc)
    for t in doc[start:end]:
        if (t.is_space and "\n" in t.text) or any(fs <= t.idx < fe for fs, fe in furniture):
            if t.i < cue:
                start = t.i + 1
            elif t.i < end:
                end = t.i
                break
    return start, end


def _before_captions(
    doc: Doc, content: tuple[int, int], cue: int, quotes: list[tuple[int, int]]
) -> tuple[int, int]:
    """The part of a content on the cue's side of a caption run into it with no punctuation
    (crawled text loses a caption's line breaks, detected as furniture or not): where a
    caption starts (``furniture.caption_starts``: a caption's subject and verb, or a name
    marked with its place in the photo: "said the city would pay Harbor City fan Lena
    Brandt, pictured, cheered ..."), the content ends (or, before the cue, starts). A break
    after a word for a person is none ("the mayor Dana Whitfield (left) said ...": a role
    before a name), nor one after a verb or a wh-word (``_NO_CAPTION_AFTER_TAGS``: "the
    court cleared Ana Ruiz (pictured) last week"), nor one inside a quotation with its
    closing mark (the speaker's words), nor one that would leave the content with no verb
    ("the house Singer Nina Hale (pictured) bought ...": a relative clause)."""
    start, end = content
    if end - start < 2:
        return content
    text = doc_text(doc)
    # read to the sentence's end: a caption's verb may lie past a content the parse cut short
    last = max(end, doc[end - 1].sent.end)
    lo, hi = doc[start].idx, doc[last - 1].idx + len(doc[last - 1])
    adverbs = {t.idx for t in doc[start:last] if t.tag_ == "RB"}
    for at in caption_starts(text, lo, hi, adverbs):
        before = text[lo:at].split()
        if before and person_noun(before[-1]):
            continue
        span = doc.char_span(at, at + 1, alignment_mode="expand")
        if span is None:
            continue
        if span.start > 0 and doc[span.start - 1].tag_ in _NO_CAPTION_AFTER_TAGS:
            continue
        if any(q0 < span.start < q1 and doc[q1 - 1].is_quote for q0, q1 in quotes):
            continue
        if span.start <= cue:
            start = max(start, span.start)
        elif any(t.tag_ in _VERB_TAGS for t in doc[start : span.start]):
            end = min(end, span.start)
            break
        # else: a cut would leave no verb ("the house Singer Nina Hale (pictured) bought
        # ..."): a relative clause, not a caption
    return start, end


#: Tags of verbs: a content cut at a caption keeps one.
_VERB_TAGS = frozenset(("VB", "VBD", "VBG", "VBN", "VBP", "VBZ", "MD"))


def _ends_sentence(token: Token) -> bool:
    """A full stop, question or exclamation mark, or a figure the tokenizer kept its full
    stop on ("a height of 12m. The crane"); not an abbreviation ("Mr.", "U.S.")."""
    text = token.text
    if text in (".", "?", "!"):
        return True
    if len(text) < 2 or not text.endswith("."):
        return False
    before = token.doc[token.i - 1] if token.i > 0 else None
    glued = before is not None and not before.whitespace_ and before.like_num
    return glued or any(ch.isdigit() for ch in text)


def _within_sentence(
    doc: Doc, content: tuple[int, int], cue: int, quotes: list[tuple[int, int]]
) -> tuple[int, int]:
    """The part of an indirect content in the cue's sentence: a parse that runs a content
    past a full stop, question or exclamation mark outside quotation marks, before a capital
    or an opening mark ("asked why not raise the price? 'It's not ...' he ranted"; "... 40m.
    The boy was found ..., according to"), is cut there."""
    start, end = content
    for t in doc[start:end]:
        if not _ends_sentence(t) or any(qs <= t.i < qe for qs, qe in quotes):
            continue
        following = _first_word(doc, t.i + 1)
        if following >= len(doc) or following >= end:
            continue
        first = doc[following].text[:1]
        if not (first.isupper() or first in _OPEN_MARKS):
            continue
        if t.i < cue:
            start = following
        else:
            end = t.i + 1
            break
    return start, end


def _sentence_break(between: Span) -> bool:
    """A full stop or a line break between a cue's clause and a quotation: the quotation
    opens a sentence of its own ("... that Mr. Sanders demanded.\n\n'Given how ...'")."""
    return any(t.text in (".", "?", "!") or (t.is_space and "\n" in t.text) for t in between)


def _clause_edges(verb: Token) -> tuple[int, int]:
    """Token range of the cue with its subjects."""
    clause = [verb.i] + [t.i for c in verb.children if c.dep_ in SUBJECT_DEPS for t in c.subtree]
    return min(clause), max(clause) + 1


def _is_cue(token: Token) -> bool:
    return (
        token.pos_ == "VERB"
        and (is_cue_lemma(cue_lemma(token), _has_complement(token)) or _puts_a_figure(token))
        and bool(_subjects(token))
    )


#: What a source puts at a number: "put the figure at 900", "put the death toll at 40".
_PUT_OBJECTS = figure_nouns() | {"toll"}


def _puts_a_figure(verb: Token) -> bool:
    """ "Local officials put the figure at 900", "first accounts had put the shaft at a depth
    of 60m": an estimate, by the subject. The object is a figure's noun, or the "at" phrase
    holds a number that is no time of day or date ("put the meeting at 3pm") nor part of a
    modifier ("put the ball at the 40-yard line")."""
    if cue_lemma(verb) != "put" or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    ats = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"]
    if any(c.dep_ == "dobj" and c.lemma_.lower() in _PUT_OBJECTS for c in verb.children):
        return bool(ats)
    return any(_holds_a_number(obj) for at in ats for obj in _at_objects(at))


#: Marks before a number that make it a rank, not an amount: "at No. 2", "at #2".
_RANK_MARKS = frozenset({"no", "no.", "#"})


def _at_objects(at: Token) -> list[Token]:
    """The objects of an "at" phrase and of the "of" phrases on them: "at 900", "at a depth
    of 40m" (not "at risk of losing 40 contracts", whose number is the gerund's object)."""
    objects = [c for c in at.children if c.dep_ == "pobj"]
    return objects + [
        o
        for obj in objects
        for prep in obj.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for o in prep.children
        if o.dep_ == "pobj"
    ]


def _holds_a_number(obj: Token) -> bool:
    """The object is a number, or a noun its number counts ("40,000 people", "40m"), that is
    no time of day or date ("at 3pm"), no rank ("at No. 2") and no number inside a modifier
    ("at the 40-yard line")."""
    numbers = [obj] if obj.like_num else []
    numbers += [c for c in obj.children if c.dep_ == "nummod" and c.like_num]
    if obj.is_punct:
        return False
    return any(
        t.ent_type_ not in ("TIME", "DATE")
        and not (t.i > 0 and t.doc[t.i - 1].lower_ in _RANK_MARKS)
        and not (obj.i > 0 and obj.doc[obj.i - 1].lower_ in _RANK_MARKS)
        and obj.lower_ not in _RANK_MARKS
        for t in numbers
    )


def _first_word(doc: Doc, start: int) -> int:
    while start < len(doc) and doc[start].is_space:
        start += 1
    return start


def _continuations(
    doc: Doc, verb: Token, quote: tuple[int, int], quotes: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Quotations that carry on the same speaker's words after the cue.

    A second quotation in the cue's sentence ("A," he said, "B.") and quotations that open
    the following sentences ("A," she said. "B.") belong to the same claim, until a sentence
    does not open with a quotation or has a cue of its own.
    """
    parts = [quote]
    by_start = {qs: (qs, qe) for qs, qe in quotes}
    _, clause_end = _clause_edges(verb)
    sentence = verb.sent
    after = max(clause_end, quote[1])
    for qs, qe in quotes:
        if after <= qs < sentence.end and (qs, qe) != quote:
            # '"A," she said, adding that, "B."': a cue between hands B to that cue; a line
            # break between ends the cue's sentence, however the parse joined them (a
            # headline's quotation and the first paragraph's are two speakers' words)
            between = doc[after:qs]
            if not any(t.i != verb.i and _is_cue(t) for t in between) and not any(
                t.is_space and "\n" in t.text for t in between
            ):
                parts.append((qs, qe))
            break
    if _other_speaker_after(doc, verb, parts[-1][1], sentence.end):
        return parts  # 'calling Trump "a buffoon," Susan said. "But ..."': Susan's words go on
    return parts + _following_quotes(doc, max(sentence.end, parts[-1][1]), by_start, parts[-1])


def _other_speaker_after(doc: Doc, verb: Token, start: int, end: int) -> bool:
    """Whether a cue with other subjects than ``verb``'s stands in tokens ``start:end`` (the
    rest of the cue's sentence): the quotations that carry on after it are that speaker's, not
    ``verb``'s. A cue that shares the subjects ("said, adding") is the same speaker."""
    own = {t.i for t in _subjects(verb)}
    for t in doc[start:end]:
        if t.i == verb.i or not _is_cue(t):
            continue
        if not own & {s.i for s in _subjects(t)}:
            return True
    return False


_SINGLE_MARKS = frozenset("'‘’")


def _single_marked(doc: Doc, quote: tuple[int, int]) -> bool:
    """Whether the quotation at token range ``quote`` opens with a single mark (straight or
    curly), not a double one (straight, curly, or two single marks)."""
    text = doc_text(doc)
    start = doc[quote[0]].idx
    return text[start : start + 1] in _SINGLE_MARKS and text[start : start + 2] != "''"


def _heading_like(doc: Doc, quote: tuple[int, int]) -> bool:
    """Whether the quotation at token range ``quote`` reads as a subheading ('Why now?',
    'The long wait'): its words end without a full stop. A whole sentence ('It will take two
    years.') is a quotation carried on."""
    words = _quote_words(doc, quote)
    return not words or words[-1].text not in (".", "...", "…")


def _quote_words(doc: Doc, quote: tuple[int, int]) -> list[Token]:
    """The words of the quotation at token range ``quote``: no marks, no spaces."""
    return [t for t in doc[quote[0] : quote[1]] if not t.is_quote and not t.is_space]


def _stands_as_heading(doc: Doc, quote: tuple[int, int]) -> bool:
    """Whether the quotation at token range ``quote`` reads as a heading, a caption or a link
    line rather than words carried on ('"CROWDS RETURN TO THE PIER"', '"Related:"', a
    poster's slogan before its caption): its words end without a full stop, question or
    exclamation mark, and no such mark follows its closing mark ('"It is safe".' is a
    sentence with the full stop outside). A quotation cut before its closing mark (one left
    open that runs into a caption, ``_before_caption_run``) is words of the speaker's, cut."""
    words = _quote_words(doc, quote)
    if not doc[quote[1] - 1].is_quote or (words and words[-1].text in _STOPS):
        return False  # (``_STOPS`` holds every stop ``_heading_like`` tests, and "?", "!")
    after = _first_word(doc, quote[1])
    return after >= len(doc) or doc[after].text not in _STOPS


#: Marks that end a sentence (a quotation that ends in one was a sentence, not a heading).
_STOPS = frozenset((".", "?", "!", "...", "…"))


def _quoted_caption(doc: Doc, quote: tuple[int, int]) -> bool:
    """Whether the quotation at token range ``quote`` is a photo's caption or a post's
    furniture in quotation marks (``narration.reads_as_caption``; the furniture stage takes
    no quotation for a caption): its words after the opening mark, to its close (a credit
    follows the closing mark)."""
    start, end = quote
    while start < end and (doc[start].is_quote or doc[start].is_space):
        start += 1
    return end > start and reads_as_caption(doc[start:end])


def _following_quotes(
    doc: Doc,
    cursor: int,
    by_start: dict[int, tuple[int, int]],
    carried: tuple[int, int] | None = None,
) -> list[tuple[int, int]]:
    """Quotations that open the sentences from token ``cursor`` on, until a sentence does not
    open with one or has a cue of its own: the same speaker's words carried on. When the
    words carried on are the quotation ``carried``, a heading-like one in the other kind of
    marks ends them (a quotation in double marks, then a subheading in single ones: "...,"
    she said. 'Why now?')."""
    parts = []
    single = None if carried is None else _single_marked(doc, carried)
    while cursor < len(doc):
        first = _first_word(doc, cursor)
        found = by_start.get(first)
        if found is None:
            break
        if (
            single is not None
            and _single_marked(doc, found) != single
            and _heading_like(doc, found)
        ):
            break
        if _stands_as_heading(doc, found) or _quoted_caption(doc, found):
            break
        rest = doc[found[1] : doc[found[1] - 1].sent.end] if found[1] < len(doc) else None
        if rest is not None and any(_is_cue(t) for t in rest):
            break
        if "," in doc[max(found[0], found[1] - 2) : found[1]].text:
            break  # "'...,' his spokesman told": a comma hands the quotation to its own cue
        parts.append(found)
        cursor = max(found[1], doc[found[1] - 1].sent.end)
    return parts


Fragments = tuple[tuple[int, int], ...]


def _into_quote(
    doc: Doc, content: tuple[int, int] | None, quotes: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """A content whose parse ends inside a quotation ('that the fine is "pocket change," set
    against ...') runs to the quotation's end."""
    if content is None:
        return None
    start, end = content
    text = doc_text(doc)
    for qs, qe in quotes:
        # a single-mark quotation is left as it ends ("...are,' he said"): its opening mark
        # decides in _quoted_words
        mark = text[doc[qs].idx : doc[qs].idx + 2]
        if start <= qs < end < qe and (mark[:1] not in "'‘" or mark == "''"):
            return start, qe
    return content


def _reported(
    doc: Doc,
    verb: Token,
    content: tuple[int, int] | None,
    subjects: list[Token],
    quotes: list[tuple[int, int]],
) -> tuple[tuple[int, int], Fragments, Stance] | None:
    """Indirect speech: (content characters, content fragments, stance) of a cue whose
    content is the token range ``content``, or, for a parenthetical cue ("The bridge, Ms.
    Ortiz said, linked ..."), the clause it interrupts; the cue's clause is cut out when
    it lies inside the content."""
    if content is None:
        host = verb.head
        content = host.left_edge.i, host.right_edge.i + 1
        cue = _cue_range(verb)
        around = min(cue[0], *(t.left_edge.i for t in subjects)), verb.right_edge.i + 1
        if _as_reported(verb):
            # "As X reported, Y" / "Y, as X reported": the frame is cut off Y's edge
            around = verb.left_edge.i, verb.right_edge.i + 1
            if around[0] <= content[0]:
                content = around[1], content[1]
            elif around[1] >= content[1]:
                content = content[0], around[0]
        contrast = next(
            (
                c
                for c in (*verb.rights, *host.rights)
                if c.i > verb.i and c != verb and _contrasting_report(c)
            ),
            None,
        )
        if contrast is not None and content[0] < contrast.left_edge.i:
            # "X, the mayor said, though auditors said Y": the cue's clause and the content
            # end where the other source's clause begins
            around = around[0], min(around[1], contrast.left_edge.i)
            content = content[0], min(content[1], contrast.left_edge.i)
            if content[0] < around[0] and around[1] >= content[1]:
                content = content[0], around[0]
    else:
        edges = [verb.i] + [i for t in subjects for i in (t.left_edge.i, t.right_edge.i)]
        around = min(edges), max(edges) + 1
    if content[1] - content[0] > settings.MAX_CONTENT_TOKENS:
        return None  # a clause run over a text without sentence ends: no claim
    content = _within_sentence(doc, _within_paragraph(doc, content, verb.i), verb.i, quotes)
    content = _before_captions(doc, content, verb.i, quotes)
    content = _before_gloss(doc, content, verb.i, quotes)
    content = _before_another_frame(doc, verb, content, quotes)
    start, end = _strip_edges(doc, *_before_channel(doc, content, verb.i))
    # "said the pier would be safe by June and added ...": a conjunction the parse left at the
    # content's end joins the next cue, not part of what was said
    while end > start and doc[end - 1].dep_ == "cc" and doc[end - 1].head.i < end - 1:
        start, end = _strip_edges(doc, start, end - 1)
    if start >= end:
        return None
    parts = _around(doc, (start, end), around)
    stance = _stance(verb, (start, end))
    # a negated doubt ("never doubted that") already reports its content: no "not" to keep
    negated_doubt = stance is Stance.REPORTED and _doubts(verb, (start, end))
    if _negated(verb) and stance not in NEGATION_STANCES and not negated_doubt:
        if stance in (Stance.HEDGED, Stance.EXPECTED) and _has_clause(verb):
            stance = Stance.DENIED  # "does not believe that X": the source holds not-X
        else:
            # "did not appear to be related": the negation is part of what is said
            start = min([start, *(_word_start(c) for c in verb.children if c.dep_ == "neg")])
    if len(parts) == 1:
        (start, end), parts = parts[0], ()
    elif parts:
        start, end = min(start, parts[0][0]), parts[-1][1]
    return _chars(doc, start, end), tuple(_chars(doc, *p) for p in parts), stance


#: Dependencies of a clause inside a content that may be another reporting frame: a conjunct
#: ("said the vote was close, and most delegates said ..."), a relative clause ("criticized the
#: plan, which auditors said was flawed") or an adverbial clause of contrast or time
#: (``contrast_marks``, ``sequence_marks``).
_FRAME_DEPS = frozenset({"conj", "relcl", "advcl"})


@cache
def sequence_marks() -> frozenset[str]:
    """Marks of an adverbial clause of time that opens another source's report after a content
    (``sequence_marks.tsv``: after, when ...)."""
    return read_words(DATA / "sequence_marks.tsv")


def _marked_report(clause: Token) -> bool:
    """An adverbial clause that may be another source's report: one of contrast
    (``_contrasting_report``), or one opened by a mark of ``sequence_marks``."""
    return _contrasting_report(clause) or any(
        # the parser takes "when" for an adverb of the clause, "after" for its mark
        c.dep_ in ("mark", "advmod") and c.i < clause.i and c.lower_ in sequence_marks()
        for c in clause.children
    )


def _another_frame(clause: Token, verb: Token, quotes: list[tuple[int, int]]) -> bool:
    """Whether a clause inside the content of ``verb`` is a report of its own: a cue verb, not
    in a quotation, with a subject of its own that is not a relative word ("which an
    inquiry said was careless" is one; "shoppers, who say ..." names its speaker in the
    content and is not), that reports a clause of its own. A subject that is a pronoun is most
    often the first source again ("said he was calm after he read ...", "the plan, which he
    said ..."), so only a clause of contrast counts with one; a relative clause counts after a
    comma only (one that restricts its noun is part of the content), and a conjunct with a
    mark ("... but that the mayor should ...") is a second complement of the same cue. A
    subject that names no one ("no voter claimed") reports nothing; a clause of time counts
    only with its cue in the past and no modal on it or on the verb it hangs from ("will
    reopen when the engineer confirms": a report still to come)."""
    if (
        clause == verb
        or clause.pos_ != "VERB"
        or clause.dep_ not in _FRAME_DEPS
        or (clause.dep_ == "advcl" and not _marked_report(clause))
        or any(qs <= clause.i < qe for qs, qe in quotes)
    ):
        return False
    subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i > clause.i or subject.tag_ in ("WP", "WDT"):
        return False
    if subject.pos_ == "PRON" and not (clause.dep_ == "advcl" and _contrasting_report(clause)):
        return False  # "said he was not worried after he read ...": most often the same source
    if _names_no_one(subject):
        return False  # "... and no voter claimed that X": nobody's claim, part of the content
    if (
        clause.dep_ == "advcl"
        and not _contrasting_report(clause)
        and not (_past_without_modal(clause) and not _has_modal(clause.head))
    ):
        return False  # "will reopen when the engineer confirms ...": a report still to come
    if clause.dep_ == "relcl" and not _after_comma(clause):
        return False  # "the questions the panel refused to answer": a clause that restricts
    if clause.dep_ == "conj" and any(c.dep_ == "mark" for c in clause.children):
        return False  # "said that X but that the mayor should have Y": a second complement
    # "after the board approved its budget": a verb with no clause of its own tells an act
    return _is_cue(clause) and _has_clause(clause) and _cue_reports(clause, quotes) is not None


def _after_comma(clause: Token) -> bool:
    """Whether a clause follows a comma or a dash ("the plan, which auditors said ...")."""
    left = clause.left_edge.i
    return left > 0 and clause.doc[left - 1].text in (",", "--", "—", "–")


def _before_another_frame(
    doc: Doc, verb: Token, content: tuple[int, int], quotes: list[tuple[int, int]]
) -> tuple[int, int]:
    """ "Most voters said the economy was their worry, and four in ten said Kim would handle
    it best", "criticized the plan, which an inquiry said was careless": a clause at the end
    of an indirect content that is another reporting frame (``_another_frame``) is that
    frame's claim, not part of this one; the content ends before it (and before the comma
    or conjunction that joins it). A frame in the middle of the content is left in place."""
    start, end = content
    last = end
    while last > start and doc[last - 1].is_punct:
        last -= 1
    for clause in doc[start:end]:
        if clause.i <= start or not _another_frame(clause, verb, quotes):
            continue
        left = clause.left_edge.i
        if left <= start or clause.right_edge.i + 1 < last:
            continue
        cut = left
        while cut > start and (doc[cut - 1].is_punct or doc[cut - 1].dep_ == "cc"):
            cut -= 1
        if cut > start:
            return start, cut
    return content


@cache
def gloss_nouns() -> frozenset[str]:
    """Head nouns of a writer's gloss on a reported clause (``gloss_nouns.tsv``: belief,
    claim, issue, move, ...)."""
    return read_words(DATA / "gloss_nouns.tsv")


_GLOSS_PUNCT = frozenset({",", "--", "—", "–"})


def _before_gloss(
    doc: Doc, content: tuple[int, int], cue: int, quotes: list[tuple[int, int]]
) -> tuple[int, int]:
    """ "said the firm had to raise prices -- a serious issue in the town, where ...",
    "believe the tower is old, a belief no doubt fed by ...": an indefinite noun phrase of a
    ``gloss_nouns`` head, in apposition after a comma or a dash, sums up or judges what was
    said; the content stops before it. A phrase the clause goes on after ("said the ban, a
    move she dropped, was needed"; one closed by a second dash) is left in, and so is one
    inside quotation marks (token ranges ``quotes``): 'said it was "a mistake -- a big
    mistake"' is the source's own words."""
    start, end = content
    roots = [t.i for t in doc[start:end] if not start <= t.head.i < end or t.head == t]
    for t in doc[max(start, cue + 1) : end]:
        # the quotations are looked at only for a gloss noun (a set of every quoted token,
        # made for each content, grew with the article's length)
        if (
            t.lemma_.lower() not in gloss_nouns()
            or t.pos_ != "NOUN"
            or any(qs <= t.i < qe for qs, qe in quotes)
        ):
            continue
        # "said the ban, a move she dropped, was needed": the clause goes on after it
        if t.dep_ in ("appos", "npadvmod") and roots and roots[0] < t.i:
            opening = t.left_edge
            if opening.lower_ not in ("a", "an") or opening.i <= start + 1:
                continue
            if (
                doc[opening.i - 1].text in _GLOSS_PUNCT
                and start <= t.head.i < opening.i
                and not _restates(doc, t, opening.i - 1, (start, end))
            ):
                return start, opening.i - 1
        # "... and raising prices -- a serious issue in the town, where ...": after a dash
        # that no second dash closes, whatever the parse made of the phrase
        first = t.i - 1
        while first > start and doc[first].pos_ in ("ADJ", "ADV"):
            first -= 1
        dash = first - 1
        if (
            doc[first].lower_ in ("a", "an")
            and dash > start
            and doc[dash].text in _GLOSS_PUNCT - {","}
            and not any(x.text in _GLOSS_PUNCT - {","} for x in doc[t.i : end])
            and not _restates(doc, t, dash, (start, end))
        ):
            return start, dash
    return start, end


_PREDICATES = frozenset({"attr", "dobj", "acomp"})


def _restates(doc: Doc, noun: Token, mark: int, content: tuple[int, int]) -> bool:
    """Whether the noun phrase of ``noun`` after the comma or dash at token ``mark`` is part
    of what was said rather than the writer's gloss: the phrase is itself a predicate or an
    object of the content ("said the cure was simple -- a change of coach"), it restates a
    predicate or an object of the same number and indefinite or counted before it ("was a
    setback, a blow to ...", "needed just one thing -- a fresh idea"; not "had to raise prices
    -- a serious issue", "rejected the deal ... -- a move that ..."), or a predicate adjective
    right before a dash announces it ("was simple -- ...")."""
    start, end = content
    if noun.dep_ in _PREDICATES and start <= noun.head.i < end:
        return True
    before = doc[mark - 1]
    for restated in {noun.head, before}:
        if (
            restated.pos_ == "NOUN"
            and restated.dep_ in _PREDICATES
            and start <= restated.i < mark
            and restated.tag_ == noun.tag_
            and any(
                c.dep_ == "nummod" or (c.dep_ == "det" and c.lower_ in ("a", "an"))
                for c in restated.children
            )
        ):
            return True
    return doc[mark].text != "," and before.dep_ == "acomp" and start <= before.i


def _before_channel(doc: Doc, content: tuple[int, int], cue: int) -> tuple[int, int]:
    """ "said the bill was dead, according to CNN": an "according to" phrase that ends a
    content after its cue names the channel of the report, not part of what was said."""
    start, end = content
    for t in doc[max(start, cue + 1) : end - 1]:
        if t.lower_ == "according" and doc[t.i + 1].lower_ == "to":
            last = max([t.i + 1, *(c.right_edge.i for c in doc[t.i + 1].children)])
            if all(x.is_punct or x.is_space for x in doc[last + 1 : end]):
                return start, t.i
    return start, end


def _word_start(token: Token) -> int:
    """The token a word starts at: a contraction's "n't" starts with its auxiliary ("did"
    of "didn't"), written with no space between."""
    if token.i > 0 and not token.doc[token.i - 1].whitespace_ and token.lower_ in ("n't", "n’t"):
        return token.i - 1
    return token.i


def _carried_on(
    doc: Doc,
    verb: Token,
    content: tuple[int, int],
    parts: Fragments,
    quotes: list[tuple[int, int]],
) -> tuple[tuple[int, int], Fragments]:
    """An indirect content that ends its sentence, with the quotations that open the next
    sentences ('said Ortiz had "a real chance". "She could pull it off."'): the same
    claim carried on."""
    if _char_tokens(doc, content)[1] < verb.sent.end - 2:
        return content, parts
    more = _following_quotes(doc, verb.sent.end, {qs: (qs, qe) for qs, qe in quotes})
    if not more:
        return content, parts
    fragments = [*(parts or (content,)), *(_chars(doc, *q) for q in more)]
    return (fragments[0][0], fragments[-1][1]), tuple(fragments)


def _topic_apart(
    verb: Token, subjects: list[Token], content: tuple[int, int] | None, datelines: set[int]
) -> tuple[list[Token], tuple[int, int] | None]:
    """ "The bridge, Ms. Ortiz said, linked ...": of two subjects, the one away from the
    verb is what the content is about, not a source. A dateline parsed as a subject is
    neither ("JACKSON, Miss. - Gov. Carl Vance said")."""
    topics = [c for c in verb.children if c.dep_ == "nsubj" and c.i not in datelines]
    if (
        len(topics) > 1
        and content is not None
        and topics[0].i < content[0]
        and not _object_of_dangling_preposition(topics[0], topics[1])
    ):
        return [t for t in subjects if t != topics[0]], (topics[0].left_edge.i, content[1])
    return subjects, content


def _subject_of_what_is_said(verb: Token, datelines: set[int]) -> Token | None:
    """ "Ruiz says Okafor 'makes you laugh'": a second subject after the cue, between a
    subject before it and its complement clause, is the complement's own subject (the parse
    hung both on the cue), never a source. A subject after the cue alone ("..., said Tom
    Okafor") is the inverted source and is kept; a dateline is no subject."""
    topics = [c for c in verb.children if c.dep_ == "nsubj" and c.i not in datelines]
    if len(topics) != 2 or not (topics[0].i < verb.i < topics[1].i):
        return None
    clause = next(
        (c for c in verb.rights if c.dep_ == "ccomp" and c.i > topics[1].right_edge.i), None
    )
    return topics[1] if clause is not None else None


def _apart_from_sources(
    verb: Token, subjects: list[Token], content: tuple[int, int] | None, datelines: set[int]
) -> tuple[list[Token], tuple[int, int] | None, Token | None]:
    """The subjects that are sources, the content with the subject it is said of, and that
    subject when it comes after the cue (``_subject_of_what_is_said``; else ``_topic_apart``
    for one before it)."""
    said_of = _subject_of_what_is_said(verb, datelines)
    if said_of is None:
        subjects, content = _topic_apart(verb, subjects, content, datelines)
        return subjects, content, None
    if content is not None:
        content = (min(content[0], said_of.left_edge.i), content[1])
    return [t for t in subjects if t != said_of], content, said_of


def _cue_subjects(verb: Token, quoted: bool, datelines: set[int]) -> list[Token]:
    """The subjects of a cue that can be its sources: not in a dateline nor on another line,
    only the agent when a passive cue has one, and no passive subject of a cue that has
    neither a complement clause, a predicate nor a quotation, nor of a verb of
    ``addressee_verbs`` without a that-clause or a quotation."""
    if cue_lemma(verb) in experiencer_verbs():
        # "it seemed to him that ...": the one it seems to; without one, nobody
        found = _experiencer(verb)
        return [found] if found is not None and found.i not in datelines else []
    subjects = [
        t
        for t in (_beyond_dateline(s, datelines) for s in _subjects(verb, quoted))
        if t.i not in datelines
        and not _across_lines(t, verb)
        and not (t.lemma_.lower() in mute_subjects() and not t.ent_type_)
        and (quoted or not _bare_summary(verb) or _may_speak(t))
        and (quoted or not _asks_or_commits(verb) or _commits_for_itself(t))
        and (quoted or not _unheard_of(t, verb))
        and not _names_no_one(t)
        and not _raised_into_a_passive(t, verb)
    ]
    if (
        any(t.head.dep_ == "agent" for t in subjects)
        or not (quoted or _has_complement(verb) or _has_predicate(verb))
        or (
            cue_lemma(verb) in addressee_verbs()
            and not (
                quoted
                # a clause has a verb: "then four more outs" parsed as one is none
                or any(c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") for c in verb.children)
            )
        )
    ):
        # "were rattled by the policy": the agent is the one source of the cue; without an
        # agent, a passive reports something only with a clause or a predicate ("is thought
        # to be a legend", "was told that ...", "has been accused of lying"): "was seen outside
        # the stadium" and "can be blamed on the vote" tell what happened, in the outlet's
        # words
        subjects = [t for t in subjects if not _passive_subject(t)]
    return subjects


def _raised_into_a_passive(subject: Token, verb: Token) -> bool:
    """ "Ortiz must be thrilled she can ...", "he had to be told that ...": a passive cue
    whose subject comes from the verb it hangs from, with no agent, has that subject undergo
    it: who is pumped or told is no speaker ("It has to be said that" keeps its expletive)."""
    return (
        subject.head != verb
        and subject.lower_ != "it"
        and any(c.dep_ == "auxpass" for c in verb.children)
        and not any(c.dep_ == "agent" for c in verb.children)
        and not _quoted_as_saying(verb)
    )


def _beyond_dateline(subject: Token, datelines: set[int]) -> Token:
    """ "DENVER -- Mayor Ana Ruiz, opening ..., said": a dateline parsed as the subject, with
    the speaker as its apposition, stands for that apposition."""
    if subject.i not in datelines:
        return subject
    return next(
        (c for c in subject.children if c.dep_ == "appos" and c.i not in datelines), subject
    )


@cache
def experiencer_verbs() -> frozenset[str]:
    """Verbs whose subject is what seems (``experiencer_verbs.tsv``: seem, appear, ...)."""
    return read_words(DATA / "experiencer_verbs.tsv")


def _experiencer(verb: Token) -> Token | None:
    """The person something seems or appears to: "seemed to him", "appears to Smith". After
    an adjective, and with no clause that says what seems so, "to" is the adjective's own
    ("seem kinder to Trump", "appear close to her"): nobody's view is reported."""
    clause = any(c.dep_ in ("ccomp", "xcomp") for c in verb.children)
    predicates = [c.i for c in verb.children if c.dep_ in ("acomp", "oprd")]
    for c in verb.children:
        if not clause and any(i < c.i for i in predicates):
            continue
        if c.dep_ in ("dative", "prep") and c.lower_ == "to" and c.i < verb.i + 3:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and (obj.lower_ in _PERSONAL or obj.ent_type_ == "PERSON"):
                return obj
    return None


def _passive_subject(token: Token) -> bool:
    """A passive subject, or one conjoined to it ("she and her dog were turned away")."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token.dep_ == "nsubjpass"


def _reports(
    verb: Token, quotes: list[tuple[int, int]], colons: list[int]
) -> tuple[tuple[int, int] | None, tuple[int, int] | None, bool] | None:
    """What a verb reports (``_cue_reports``), or the quotation its colon introduces when it
    reports none: "vented his frustration: '...'", "took to Twitter: '...'" tell an act
    that the quotation after the colon says what was said. ``colons``: the indexes of the
    verb's children that are colons (``_colon_children``)."""
    colon = next((i for i in colons if i > verb.i), None)
    if colon is not None and _takes_words(verb, colon):
        return None  # "recalled the chant of the protesters: '...'": another's words
    found = _cue_reports(verb, quotes)
    if found is not None and _a_reading(verb, found[1]):
        return None  # "seemed to refer to the scheme": the outlet's reading
    if found is not None and found[1] is not None:
        return found
    told = _quote_after_colon(verb, quotes, colons)
    if told is None:
        # the comma that closes the quotation hands it on to whoever follows: any subject
        before = None if found is not None else _quote_before_bare_verb(verb, quotes)
        return found if before is None else (before, before, False)
    if found is None and not _speaker_subject(verb):
        return None
    return told, told, False


#: What a verb has when it says more than how a quotation before it was said.
_SAYS_MORE_DEPS = frozenset({"dobj", "xcomp", "attr", "acomp", "oprd", "dative", "agent"})


def _quote_before_bare_verb(verb: Token, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    """'"..., Madness," he ranted.': a quotation closed by a comma (or "!", "?") right before
    the verb's subject (a name or a personal pronoun), the verb with no object, predicate or
    complement after it: the verb tells how the quotation was said."""
    if not quotes or verb.tag_ not in ("VBD", "VBZ", "VBP"):
        return None  # (the checks below, the cheapest first)
    doc = verb.doc
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if (
        len(subjects) != 1
        or subjects[0].i > verb.i
        # a name or a pronoun of one who speaks: a common noun's referent is too often
        # misread (PolNeAR dev), and a relative "which" or an "it" after a quoted title is
        # no speaker
        or not (subjects[0].pos_ == "PROPN" or subjects[0].lower_ in speaker_pronouns())
    ):
        return None
    if any(
        c.dep_ in _SAYS_MORE_DEPS or (c.dep_ == "ccomp" and c.i > verb.i) for c in verb.children
    ):
        return None
    first = subjects[0].left_edge.i
    for qs, qe in quotes:
        if (
            qe <= first
            and first - qe <= 1
            # a quotation of several sentences ends in the verb's
            and not any(t.is_sent_start for t in doc[qe : first + 1])
            and doc[qe - 2].text in (",", "!", "?")
            and all(t.is_punct or t.is_space for t in doc[qe:first])
            and _opens_its_sentence(doc, qs)
        ):
            return qs, qe
    return None


def _opens_its_sentence(doc: Doc, start: int) -> bool:
    """The quotation that starts at ``start`` opens its sentence: only marks and spaces come
    before it since the sentence began ('Dubbed "the Iron Lady," she resigned': a quoted
    name in an opening phrase is nobody's words)."""
    i = start
    while i > 0 and not doc[i].is_sent_start:
        before = doc[i - 1]
        if before.text in (".", "!", "?") or "\n" in before.text:
            return True
        if not (before.is_punct or before.is_space):
            return False
        i -= 1
    return True


def _quote_after_colon(
    verb: Token, quotes: list[tuple[int, int]], colons: list[int]
) -> tuple[int, int] | None:
    """The quotation right after a colon of the verb's own clause (the colon hangs from the
    verb: ``colons``, the indexes of the verb's children that are colons), the verb itself
    outside any quotation and the quotation in its sentence."""
    # the colon hangs from the verb, so it is in the verb's sentence (no ``verb.sent``:
    # it walks the whole sentence, once per verb, on a text with no full stop); most verbs
    # have none, and the quotations are not read for them
    if not colons or not quotes or any(qs <= verb.i < qe for qs, qe in quotes):
        return None
    for qs, qe in quotes:
        if qs <= verb.i:
            continue
        if qs - 1 in colons and qe - qs > 3:
            return None if _takes_words(verb, qs - 1) else (qs, qe)
    return None


#: Prepositions whose object says whose the words before a colon are ("a text from his
#: wife", "the chant of the protesters").
_WORDS_OF = frozenset({"from", "of"})


def _takes_words(verb: Token, colon: int) -> bool:
    """The words after the verb's colon (at token ``colon``) are not its subject's: the verb
    takes them in
    (``taking_verbs``: "received a text at noon: '...'"), or a "from" or "of" phrase between
    verb and colon names whose they are ("a line from Churchill", "the chant of the
    protesters")."""
    if cue_lemma(verb) in taking_verbs():
        return True
    return any(
        t.lower_ in _WORDS_OF
        and t.dep_ == "prep"
        # "told reporters from Reuters:": a phrase that says who the addressees are (the
        # parse may hang it on the verb)
        and not _names_another(t.head)
        and not _names_another(t.doc[t.i - 1])
        and any(
            o.dep_ == "pobj" and _names_another(o) and _someone_in_particular(o) for o in t.children
        )
        for t in verb.doc[verb.i + 1 : colon]
    )


def _someone_in_particular(obj: Token) -> bool:
    """A name, a pronoun, or a common noun with its determiner ("the protesters", "his
    wife"): a bare role ("the job of president") names a post, not someone's words."""
    return obj.pos_ != "NOUN" or any(c.dep_ in ("det", "poss") for c in obj.children)


def _names_another(obj: Token) -> bool:
    """A person, a group or a body that can have words of its own: a person's, a group's or
    an organisation's name, a personal pronoun, or a head that heads sources ("his wife", "a
    voter", "the protesters")."""
    return (
        obj.ent_type_ in ("PERSON", "ORG", "NORP")
        or _names_a_person(obj)
        or obj.lemma_.lower() in person_roles()
        or obj.lemma_.lower() in source_heads()
    )


def _speaker_subject(verb: Token) -> bool:
    """The verb's subject can speak: a name, a person's pronoun, a role or a head that
    heads sources ("the minister", "officials")."""
    return any(
        s.dep_ == "nsubj"
        and (
            s.pos_ == "PROPN"
            or s.ent_type_ in ("PERSON", "ORG", "NORP")
            or s.lower_ in speaker_pronouns()
            or s.lemma_.lower() in person_roles()
            or s.lemma_.lower() in source_heads()
        )
        for s in verb.children
    )


@cache
def speaker_pronouns() -> frozenset[str]:
    """Personal pronouns that stand for one who speaks (``speaker_pronouns.tsv``: he, she,
    they, ...; not "it")."""
    return read_words(DATA / "speaker_pronouns.tsv")


@cache
def taking_verbs() -> frozenset[str]:
    """Verbs whose subject takes in or meets words rather than says them
    (``taking_verbs.tsv``: receive, face, hear, ...)."""
    return read_words(DATA / "taking_verbs.tsv")


def _cue_reports(
    verb: Token, quotes: list[tuple[int, int]]
) -> tuple[tuple[int, int] | None, tuple[int, int] | None, bool] | None:
    """What a verb reports, when it is a cue in the frame it stands in: the content's token
    range, the quotation it introduces, and whether it frames the clause it hangs from ("As
    Politico revealed, X"). None when the verb reports nothing."""
    lemma = cue_lemma(verb)
    if (
        not is_cue_lemma(lemma, True)
        and not is_cue_lemma(lemma, False)
        and lemma != "put"  # ``_puts_a_figure``
        and lemma not in lexicon().passive_report_verbs  # ``_expletive_report``
        and not _licensable(lemma)  # ``_frame_licensed``
        and lemma not in summary_lemmas()  # ``_sums_up``
    ):
        return None  # no cue, whatever its frame (most verbs: the frame is not read)
    content = _content_range(verb)
    if verb.dep_ == "parataxis" and not any(
        c.dep_ in OBJECT_DEPS or c.dep_ in ("ccomp", "xcomp") for c in verb.children
    ):
        content = None  # "X, Mr. Bush said on Sunday, Y": the adverbials are not what he said
    # "'... As I said, the ferry sails at noon!' he wrote": inside a quotation the speaker's
    # own aside frames nothing
    framing = _as_reported(verb) and not any(qs <= verb.i < qe for qs, qe in quotes)
    if framing:
        content = None  # "As the Courier revealed last week, X": X is what was revealed
    quote = None if framing else _quote_for(verb, content, quotes)
    if _puts_a_figure(verb):
        return content, quote, framing
    complement = framing or quote is not None or _has_complement(verb)
    if _expletive_report(verb):
        return content, quote, framing
    if (
        not is_cue_lemma(cue_lemma(verb), complement)
        and not _frame_licensed(verb, quote is not None)
        # "..., thanking the crew for its calm", "framed the levy as a tax": a verb below
        # the cue bar in its summary frame says what was said of its object
        and not (quote is None and not _has_complement(verb) and _sums_up(verb))
    ):
        return None
    if not framing and not frame_allows(verb, quote is not None):
        return None  # "found himself", "observed the game": what happened, not a report
    if not framing and quote is None and _intends(verb):
        return None
    if quote is None and (_writers_view(verb, quotes) or _view_of_a_relative(verb)):
        return None
    if quote is None and _names_what_its_head_says(verb):
        return None
    if _evaluated_saying(verb) or _frames_a_statement_to_come(verb):
        return None
    if _to_come(verb) and _negated(verb.head):
        return None  # "is not expected to announce that X": nothing said, nor to be said
    if quote is None and content is not None and _only_names(verb, content):
        return None
    return content, quote, framing


@cache
def writer_words() -> frozenset[str]:
    """The writer's words for themselves as a subject ("i", "we"; ``speaker_self_words.tsv``)."""
    return read_words(DATA / "speaker_self_words.tsv")


@cache
def generic_view_subjects() -> frozenset[str]:
    """Generic or reader subjects of a view verb ("you", "one", "anyone", "who", "'s" of
    "let's"; ``generic_view_subjects.tsv``)."""
    return read_words(DATA / "generic_view_subjects.tsv")


@cache
def generic_partitive_pronouns() -> frozenset[str]:
    """Pronouns that make a partitive subject generic ("most of us"; ``generic_partitive_
    pronouns.tsv``)."""
    return read_words(DATA / "generic_partitive_pronouns.tsv")


@cache
def past_view_verbs() -> frozenset[str]:
    """View verbs whose past is told as narration ("thought"; ``past_view_verbs.tsv``)."""
    return read_words(DATA / "past_view_verbs.tsv")


def _writers_view(verb: Token, quotes: list[tuple[int, int]]) -> bool:
    """ "I think the council got it wrong": a view verb (``view_verbs.tsv``) outside any
    quotation is the writer's own view or rhetoric, the outlet's narration, not a claim, when
    one of its subjects (with their conjuncts: "my wife and I think") is the writer's word for
    themselves, or all are generic or the reader ("you might think", "one would think", "who
    would have thought", "let's hope", "most of us think"); so is a past "thought" told of a
    moment of the story ("the driver thought the light was green"). A speaker's "I think"
    inside a quotation is part of the quotation, which the cue of the quotation reports."""
    if cue_lemma(verb) not in view_verbs() or any(qs <= verb.i < qe for qs, qe in quotes):
        return False
    if _past_view(verb):
        return True
    direct = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subjects = direct + [c for s in direct for c in s.conjuncts if c not in direct]
    if any(s.lower_ in writer_words() for s in subjects):
        return True
    return bool(subjects) and all(_generic_subject(s, verb) for s in subjects)


@cache
def momentary_views() -> dict[str, frozenset[str]]:
    """What binds a past view to a moment, by set (``momentary_views.tsv``: perception verbs,
    temporal clause marks, nouns of a moment)."""
    sets: dict[str, set[str]] = {}
    for name, word in read_table(DATA / "momentary_views.tsv", 2):
        sets.setdefault(name, set()).add(word)
    return {name: frozenset(words) for name, words in sets.items()}


def _past_view(verb: Token) -> bool:
    """ "She thought she heard a noise": a view verb of ``past_view_verbs.tsv`` in the simple
    past or the past perfect ("had thought") bound to a moment of the story: a perception verb
    in its clause, a temporal clause on it or on its clause ("... when he crossed"), or a
    preposition's noun of a moment on it ("for a moment")."""
    if cue_lemma(verb) not in past_view_verbs():
        return False
    if verb.tag_ != "VBD" and not (
        verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)
    ):
        return False
    sets = momentary_views()
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    if any(
        t.pos_ == "VERB" and t.lemma_.lower() in sets["perception"]
        for c in clauses
        for t in c.subtree
    ):
        return True
    for head in [verb, *clauses]:
        for c in head.children:
            if c.dep_ == "advcl" and any(
                m.dep_ in ("mark", "advmod") and m.lower_ in sets["mark"] for m in c.children
            ):
                return True
            if c.dep_ == "prep" and any(
                o.dep_ == "pobj" and o.lemma_.lower() in sets["noun"] for o in c.children
            ):
                return True
    return False


def _of_objects(noun: Token) -> list[Token]:
    """The objects of the "of" phrases on ``noun`` ("doctors" of "a group of doctors")."""
    return [
        o
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "of"
        for o in c.children
        if o.dep_ == "pobj"
    ]


def _generic_subject(subject: Token, verb: Token) -> bool:
    """A generic or reader subject ("you", "one", "who" outside a relative clause, "most of
    us"); "one of the captains" is one of someone, a source."""
    of = _of_objects(subject)
    if of:
        return all(o.lower_ in generic_partitive_pronouns() for o in of)
    word = subject.lower_
    return word in generic_view_subjects() and not (word == "who" and verb.dep_ == "relcl")


def _view_of_a_relative(verb: Token) -> bool:
    """ "..., which drivers think reflects dearer fuel": a view verb heading a relative clause
    whose complement's subject is the relative pronoun holds no clause of its own to report
    (the content would be the relative clause, cue and all); the outlet's statement stays."""
    return (
        verb.dep_ == "relcl"
        and cue_lemma(verb) in view_verbs()
        and any(
            g.dep_ in ("nsubj", "nsubjpass") and g.tag_ in ("WDT", "WP")
            for c in verb.children
            if c.dep_ == "ccomp"
            for g in c.children
        )
    )


def _evaluated_saying(verb: Token) -> bool:
    """ "It is odd for the council to claim that ...", "For the senator to say X is absurd",
    "@someone to say X is hypocrisy" (a post's clausal subject): an infinitive with a subject
    of its own, brought in by "for" or standing as the clause's subject, is a saying judged or
    supposed, not reported. PolNeAR train marks 1 of 7 "for ... to say / claim / suggest" as an
    attribution."""
    if not _infinitive(verb):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "for" for c in verb.children):
        return _has_own_subject(verb)
    return verb.dep_ == "csubj" and _has_own_subject(verb)


@cache
def naming_verbs() -> frozenset[str]:
    """Verbs that name or pick someone (``naming_verbs.tsv``: name, identify)."""
    return read_words(DATA / "naming_verbs.tsv")


def _only_names(verb: Token, content: tuple[int, int]) -> bool:
    """ "Local media named Li Wei": a naming verb whose whole content is a name."""
    if cue_lemma(verb) not in naming_verbs():
        return False
    words = [t for t in verb.doc[content[0] : content[1]] if not t.is_punct]
    return bool(words) and all(t.pos_ == "PROPN" for t in words)


@cache
def topic_participles() -> frozenset[str]:
    """Verbs whose participle with only an object names the topic or ground of its head
    cue's report (``topic_participles.tsv``: explain, cite)."""
    return read_words(DATA / "topic_participles.tsv")


def _names_what_its_head_says(verb: Token) -> bool:
    """ "Explaining the change, the statement said ...", "..., reports the paper, citing
    sources": a participle of ``topic_participles`` beside a cue, with only an object, names
    the topic or the ground of what its head reports; the head's claim holds what was said.
    A predicate of the object ("Citing the weather as the cause, ...") is a judgement of the
    participle's own: that one says something."""
    lemma = cue_lemma(verb)
    return (
        (lemma in topic_participles() or (lemma in layout_participles() and _bare_object(verb)))
        and verb.dep_ == "advcl"
        and verb.tag_ == "VBG"
        and cue_frame(verb, False) in ("object", "object_named")
        and not _judges_its_object(verb)
        and _is_cue(verb.head)
    )


@cache
def layout_participles() -> frozenset[str]:
    """Verbs whose participle names the topic of its head cue's report when its object is
    bare ("Outlining the plan, ... said"; ``layout_participles.tsv``: describe, outline)."""
    return read_words(DATA / "layout_participles.tsv")


def _bare_object(verb: Token) -> bool:
    """ "the plan", "its costs": the verb's objects are a noun with at most a determiner or
    an owner, nothing said of it."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    return bool(objects) and all(
        all(c.dep_ in ("det", "poss") and not any(c.children) for c in o.children) for o in objects
    )


def _judges_its_object(verb: Token) -> bool:
    """ "citing the weather as the cause", "calling it unworkable": a predicate said of the
    verb's object."""
    return any(
        c.dep_ in ("oprd", "acomp") or (c.dep_ == "prep" and c.lower_ == "as" and c.i > verb.i)
        for c in verb.children
    )


@cache
def _question_words() -> frozenset[str]:
    """Words that open a question: "was asked how much he paid", "was asked whether"
    (``question_words.tsv``)."""
    return read_words(DATA / "question_words.tsv")


def _no_unnamed_questions(doc: Doc, drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """ "Ruiz was asked how much he paid": a passive of ``addressee_verbs`` with no source,
    whose content is a question, tells what an unnamed asker wanted to know, which no one
    claims."""
    asking = {
        _chars(doc, *_cue_range(v))
        for v in _cue_tokens(doc, drafts)
        if v.pos_ == "VERB" and cue_lemma(v) in addressee_verbs()
    }
    text = doc_text(doc)

    def question(d: ClaimDraft) -> bool:
        words = text[d.content[0] : d.content[1]].split()
        return bool(words) and words[0].lower() in _question_words()

    return [d for d in drafts if d.source is not None or d.cue not in asking or not question(d)]


def _asked(verb: Token, subjects: list[Token]) -> bool:
    """ "Can you tell me what this is about", "Did the minister say that ...?": an auxiliary
    before the subject makes a question, which asks for a report and makes none. After a
    fronted adverbial or negator ("Only then did the board say", "Never has the court
    ruled") the same order states the report, unless a question mark ends the sentence."""
    inverted = [
        c
        for c in verb.children
        if c.dep_ == "aux" and any(c.i < s.i and s.head == verb for s in subjects)
    ]
    if not inverted:
        return False
    if _ends_in_question_mark(verb):
        return True
    if any(s.lower_ == "you" and s.head == verb for s in subjects):
        return True  # "did you say that ...": the addressee is asked
    fronted = [
        c
        for c in verb.children
        if c.i < inverted[0].i
        and not c.is_punct
        and not c.is_space
        and (c.dep_ != "cc" or c.lower_ in fronted_negatives())
    ]
    # "Only later", "Not until Friday", "Never before", "Nor": an adverbial put first; a
    # question word ("Why did ...") or a name called ("Mayor, can you ...") still asks
    return not fronted or any(
        (c.dep_ not in _FRONTED_ADVERBIALS and c.dep_ != "cc")
        or _called_by_name(c)
        or any(t.lower_ in _question_words() for t in c.subtree)
        for c in fronted
    )


def _called_by_name(phrase: Token) -> bool:
    """ "Minister, did you ...": a noun or name closed by a comma before an inverted
    auxiliary calls the one asked."""
    after = phrase.right_edge.i + 1
    return (
        phrase.pos_ in ("NOUN", "PROPN")
        and after < len(phrase.doc)
        and phrase.doc[after].text == ","
    )


#: Dependencies of an adverbial put before an inverted auxiliary ("Only later did ...").
_FRONTED_ADVERBIALS = frozenset({"advmod", "prep", "neg", "npadvmod"})


def _ends_in_question_mark(verb: Token) -> bool:
    """Whether the sentence of a verb, or its clause, ends with a question mark (before any
    closing quotation mark)."""
    for end in (verb.right_edge, verb.sent[-1]):
        at = end.i
        while at > verb.sent.start and (verb.doc[at].is_quote or verb.doc[at].is_space):
            at -= 1
        if verb.doc[at].text == "?":
            return True
    return False


def _expletive_report(verb: Token) -> bool:
    """ "It is understood that", "It is thought the talks failed": a passive of speech or
    belief (``passive_report_verbs``) with an expletive subject and a clause reports what
    someone unnamed says or believes, whatever the active verb's learned precision ("I
    think" is rarely a cue). PolNeAR train holds few (US news seldom writes so): of the 9
    "It is/was/has been" + such a verb, 8 are gold cues."""
    return (
        any(c.dep_ == "ccomp" for c in verb.children)
        and any(c.dep_ == "nsubjpass" and c.lower_ == "it" for c in verb.children)
        and any(c.dep_ == "auxpass" for c in verb.children)
        and cue_lemma(verb) in lexicon().passive_report_verbs
    )


@cache
def quoted_predicate_verbs() -> frozenset[str]:
    """Verbs that say what their object is by a predicate, quoted or not ('called the plan
    "a disaster"'; ``quoted_predicate_verbs.tsv``)."""
    return read_words(DATA / "quoted_predicate_verbs.tsv")


_NAMED_WORDS = frozenset({"DET", "PRON", "PROPN", "NOUN", "ADJ", "NUM", "PART"})


def _named_before_quotation(verb: Token, start: int) -> Token | None:
    """'calling the plan "a disaster"', 'declared it "a great day"': the first word of a
    short noun phrase (at most ``settings.QUOTED_PREDICATE_MAX_OBJECT`` words, no other
    punctuation than the quotation's opening mark) between a verb of ``quoted_predicate_verbs``
    and the quotation that starts at token ``start``, of which the quotation is said (the
    parse may make it the object or the subject of a small clause); None otherwise."""
    if cue_lemma(verb) not in quoted_predicate_verbs() or start <= verb.i + 1:
        return None
    words = list(verb.doc[verb.i + 1 : start])
    while words and words[-1].is_quote:
        words.pop()
    if (
        not words
        or len(words) > settings.QUOTED_PREDICATE_MAX_OBJECT
        or not all(w.pos_ in _NAMED_WORDS and not w.is_punct for w in words)
    ):
        return None
    return words[0]


def _quotation_fragments(
    doc: Doc,
    verb: Token,
    quote: tuple[int, int],
    quotes: list[tuple[int, int]],
    said_of: Token | None,
) -> list[tuple[int, int]]:
    """The character fragments of a verb's quotation and its continuations, the first one
    opened earlier at what the quotation is said of, when it is."""
    fragments = [_chars(doc, *q) for q in _continuations(doc, verb, quote, quotes)]
    if said_of is not None and said_of.right_edge.i < quote[0]:
        # what is quoted is said of that subject: it belongs to the content
        fragments[0] = (said_of.left_edge.idx, fragments[0][1])
    named = _named_before_quotation(verb, quote[0])
    if named is not None:
        # 'calling the plan "a disaster"': the quotation is said of the object
        fragments[0] = (named.idx, fragments[0][1])
    return fragments


def _colon_children(doc: Doc) -> dict[int, list[int]]:
    """Token index -> the indexes of its children that are colons, in order: read once per
    document, not from each verb's children."""
    found: dict[int, list[int]] = {}
    for i in token_indexes(doc, "ORTH", (":",)):
        head = doc[i].head.i
        if head != i:
            found.setdefault(head, []).append(i)
    return found


def _verb_claims(
    doc: Doc, sources: _Sources, quotes: list[tuple[int, int]], acts: list[Token]
) -> list[ClaimDraft]:
    """Claims of the reporting verbs; a verb that reports an act, not a statement, goes to
    ``acts`` instead."""
    drafts: list[ClaimDraft] = []
    datelines, colons = _datelines(doc), _colon_children(doc)
    for verb in (doc[i] for i in token_indexes(doc, "POS", ("VERB",))):
        if (
            verb.pos_ != "VERB"
            or cue_lemma(verb) == "accord"
            or (verb.dep_ in ("amod", "acl", "relcl") and not _has_own_subject(verb))
        ):
            continue
        reports = _reports(verb, quotes, colons.get(verb.i, []))
        if reports is None:
            continue
        content, quote, framing = reports
        subjects = _cue_subjects(verb, quote is not None, datelines)
        subjects, content, said_of = _apart_from_sources(verb, subjects, content, datelines)
        if not subjects or _asked(verb, subjects):
            continue
        parts: tuple[tuple[int, int], ...] = ()
        if quote is not None:
            fragments = _quotation_fragments(doc, verb, quote, quotes, said_of)
            content_chars = (fragments[0][0], fragments[-1][1])
            parts = tuple(fragments) if len(fragments) > 1 else ()
            kind, stance = ClaimKind.DIRECT, Stance.QUOTED
        elif content is not None and not _states_something(verb, content):
            acts.append(verb)  # a speech act, not a statement: the narration keeps it
            continue
        elif content is not None or verb.dep_ == "parataxis" or framing:
            found = _reported(doc, verb, _into_quote(doc, content, quotes), subjects, quotes)
            if found is None:
                continue
            content_chars, parts, stance = found
            content_chars, parts = _carried_on(doc, verb, content_chars, parts, quotes)
            text = doc_text(doc)[content_chars[0] : content_chars[1]]
            kind = ClaimKind.PARTIAL if _QUOTE.search(text) else ClaimKind.INDIRECT
            if stance is Stance.REPORTED:
                content_chars, kind, stance = _quoted_words(doc, verb, content_chars, parts, kind)
        else:
            continue
        cue = _chars(doc, *_cue_range(verb))
        cue_time = _cue_time(doc, verb) if stance is Stance.EXPECTED else None
        for subject in subjects:
            inside = parts or (content_chars,)
            if any(s <= subject.idx < e for s, e in inside):
                continue  # the source is part of what is said
            if (
                subject.dep_ == "nsubjpass"
                # "The firm is expected to announce that ...": a subject raised into the
                # active infinitive of a prospect does what it says
                and not _to_come(verb)
                # "After saying that ..., she was rushed to hospital": the passive verb's
                # subject is the one who did the saying
                and not _gerund_after_preposition(verb, quote is not None)
                and (
                    sources.entity_at(subject) is None
                    or (
                        subject.head == verb
                        and (
                            # "The old mill is said to have been the model": whoever says it
                            # is unnamed; the named subject is what is said about
                            cue_lemma(verb) in lexicon().passive_report_verbs
                            # "Corker was expected to be named": what is expected is done to
                            # him or is a state, not his act ("Kim is expected to meet Putin"
                            # stays Kim's)
                            or _raised_to_a_state(verb)
                        )
                    )
                )
                and not _quoted_as_saying(verb)
            ):
                # "The trial is expected to last": a passive subject is what the claim is
                # about; it is the source only when it names an actor ("Kim is expected to").
                # Whoever reports or says it is unnamed, never the outlet: the passive phrase
                # ("It has been reported", "is said") stands for them. A forecast or a
                # judgement ("is expected to", "can be blamed on") stays the outlet's.
                drafts.append(
                    _passive_draft(
                        doc,
                        sources,
                        verb,
                        subject,
                        ClaimDraft(
                            content_chars, stance, kind, None, cue, None, False, parts, cue_time
                        ),
                    )
                )
                continue
            pair = sources.pair_of(subject)
            if pair:
                span = _chars(doc, *_source_range(subject))
                drafts.extend(
                    ClaimDraft(content_chars, stance, kind, span, cue, key, False, parts, cue_time)
                    for key in pair
                )
                continue
            drafts.append(
                ClaimDraft(
                    content=content_chars,
                    stance=stance,
                    kind=kind,
                    source=_chars(doc, *_source_range(subject)),
                    cue=cue,
                    source_entity=None,
                    anonymous=False,
                    parts=parts,
                    cue_time=cue_time,
                    source_head=subject.i,
                )
            )
    return _no_unnamed_questions(
        doc,
        _no_song_titles(doc, _called_false_by_the_outlet(doc, _held_by_the_refusal(doc, drafts))),
    )


#: Words of a title: those longer than a joiner ("of", "the", "and") are capitalised.
_WORD = re.compile(r"[^\W\d_][\w'’]*")
#: A closing quotation mark, not an apostrophe inside a word ("Can't").
_TITLE_END = re.compile(r"[\"”’'](?!\w)")


def _cue_tokens(doc: Doc, drafts: list[ClaimDraft]) -> list[Token]:
    """The tokens inside the drafts' cues, in text order: a verb's cue range holds the verb,
    so only these can have a cue range that is one of the drafts' (the filters below look
    them up by it)."""
    inside: dict[int, Token] = {}
    for cue in {d.cue for d in drafts if d.cue is not None}:
        span = doc.char_span(*cue, alignment_mode="expand")
        if span is None:
            return list(doc)  # not token-aligned: read every token, as before
        inside.update((t.i, t) for t in span)
    return [inside[i] for i in sorted(inside)]


def _no_song_titles(doc: Doc, drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """ "fans sang 'Go Team Go'": a song verb's quotation in title case names a song, and is
    no claim; a lyric quoted as a sentence ('as the band sang, "they will ..."') stays one."""
    songs = song_verbs()
    sung = {_chars(doc, *_cue_range(v)) for v in _cue_tokens(doc, drafts) if cue_lemma(v) in songs}
    text = doc_text(doc)

    def titled(d: ClaimDraft) -> bool:
        # the quoted words up to their closing mark ('Rise Up" in the rain': "Rise Up")
        words = _TITLE_END.split(text[d.content[0] : d.content[1]].lstrip("\"“'‘ "), maxsplit=1)
        long = [w for w in _WORD.findall(words[0]) if len(w) > 3]
        return bool(long) and all(w[0].isupper() for w in long)

    return [d for d in drafts if d.cue not in sung or not titled(d)]


def _held_by_the_refusal(doc: Doc, drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """ "declined to say how many": the refusing verb's claim holds the one it withholds, so
    the claim of "to say" goes when "declined" has one (and stays, undisclosed, when not)."""
    refusing = {
        _chars(doc, *_cue_range(v)): _chars(doc, *_cue_range(v.head))
        for v in _cue_tokens(doc, drafts)
        if _refused(v) or _refused_act(v)
    }
    cues = {d.cue for d in drafts}
    return [d for d in drafts if d.cue not in refusing or refusing[d.cue] not in cues]


def _called_false_by_the_outlet(doc: Doc, drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """The writer's verdict that a report is false ("falsely", "incorrectly"), as the outlet's
    own claim: no source, kind and cue of the report, on the same content.

    - The outlet corrects its own text, or a report nobody is named for ("An earlier version
      of this story incorrectly stated that ...", "It was wrongly reported that ..."): the
      sentence's one claim is the outlet's denial (stance denied), one for the cue however
      many sources it has.
    - The writer calls a named source's report false ("The spokesman falsely claimed that
      ...", "The senator's tweet falsely claimed ..."): the source's claim stays as the cue
      made it (the spokesman reported it), and the outlet's denial follows it as a second
      claim on the same content (asserted instead when the source denied it: "falsely denied
      that ..." says it is so), so the verdict is not lost and the two can be compared."""
    corrected: set[tuple[int, int]] = set()
    disputed: set[tuple[int, int]] = set()
    for v in _cue_tokens(doc, drafts):
        if v.pos_ != "VERB":
            continue
        if _called_false(v):
            corrected.add(_chars(doc, *_cue_range(v)))
        elif _called_false_of_a_speaker(v):
            disputed.add(_chars(doc, *_cue_range(v)))
    kept: list[ClaimDraft] = []
    denied: set[tuple[tuple[int, int] | None, tuple[int, int]]] = set()
    for d in drafts:
        if d.cue not in corrected and d.cue not in disputed:
            kept.append(d)
            continue
        if d.cue in disputed:
            kept.append(d)
            if d.stance in (Stance.UNDISCLOSED, Stance.UNVERIFIED):
                continue  # nothing was said that could be false
        if (d.cue, d.content) in denied:
            continue
        denied.add((d.cue, d.content))
        verdict = (
            Stance.ASSERTED if d.cue in disputed and d.stance is Stance.DENIED else Stance.DENIED
        )
        reporting = _reporting_the_verdict(d, drafts)
        if reporting is None:
            kept.append(
                replace(
                    d,
                    stance=verdict,
                    source=None,
                    source_entity=None,
                    anonymous=False,
                    source_head=None,
                )
            )
        elif reporting:
            (by,) = reporting
            kept.append(
                replace(
                    d,
                    stance=verdict,
                    source=by.source,
                    source_entity=by.source_entity,
                    anonymous=by.anonymous,
                    source_head=by.source_head,
                )
            )
    return kept


def _reporting_the_verdict(draft: ClaimDraft, drafts: list[ClaimDraft]) -> list[ClaimDraft] | None:
    """ "A spokesman incorrectly said that X, the council said": a verdict whose cue lies in
    another claim's content is that claim's source's, not the outlet's. None when no claim
    holds the cue (the outlet's verdict); the one claim holding it, whose source gives the
    verdict; or none when more than one does (no verdict is made)."""
    if draft.cue is None:
        return None
    start, end = draft.cue
    holding = [
        o
        for o in drafts
        if o.source is not None
        and o.cue != draft.cue
        and any(s <= start and end <= e for s, e in (o.parts or (o.content,)))
    ]
    if not holding:
        return None
    return holding if len({(o.source, o.source_entity) for o in holding}) == 1 else []


def _passive_draft(
    doc: Doc, sources: _Sources, verb: Token, subject: Token, draft: ClaimDraft
) -> ClaimDraft:
    """The claim of a passive cue whose subject is no source (``draft`` without one): the
    statement it was made in when an "in" phrase names one, else the unnamed source of a
    passive of speech or belief ("It has been reported", "is said"), else nobody's words
    but the outlet's ("is expected to", "can be blamed on"); the raised subject joins the
    content."""
    channel = _passive_in_a_statement(verb)
    if channel is not None and not any(
        s <= channel.idx < e for s, e in (draft.parts or (draft.content,))
    ):
        return _with_raised_subject(
            doc,
            verb,
            subject,
            replace(draft, source=_chars(doc, *_statement_range(channel)), source_head=channel.i),
        )
    said = _unnamed_passive(doc, subject, verb)
    return _with_raised_subject(
        doc,
        verb,
        subject,
        replace(
            draft,
            source=said,
            source_entity=None if said is None else sources.unnamed(),
            anonymous=said is not None,
        ),
    )


def _passive_in_a_statement(verb: Token) -> Token | None:
    """ "In a note on its website, the new recipe was put down to '...'": an
    agentless passive cue with an "in" phrase whose noun heads sources on PolNeAR train
    (``source_heads``: statement, report, interview) says who: that statement, not the
    outlet."""
    if any(c.dep_ == "agent" for c in verb.children):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for noun in prep.children:
            if (
                noun.dep_ == "pobj"
                and noun.pos_ == "NOUN"
                and noun.lemma_.lower() in source_heads()
            ):
                return noun
    return None


def _statement_range(noun: Token) -> tuple[int, int]:
    """The statement phrase as a source: the noun with what it says of itself, up to the
    end of its phrase ("a note on the bakery's own website")."""
    return _strip_edges(noun.doc, noun.left_edge.i, noun.right_edge.i + 1)


def _quoted_as_saying(verb: Token) -> bool:
    """ "X was quoted as saying ...", "was heard as telling ...": the passive subject is the
    one who said it."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "as"
        and any(p.dep_ == "pcomp" and _learned_cue(cue_lemma(p), True) for p in c.children)
        for c in verb.children
    )


def _as_reported(verb: Token) -> bool:
    """ "As the Courier revealed, ...", "as the paper reported": a cue in an "as" clause with
    its own subject and nothing it reports of its own frames the clause it hangs from, which
    is what was reported ("as he said goodbye" has an object: no frame)."""
    return (
        verb.dep_ == "advcl"
        and any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)
        and _has_own_subject(verb)
        and not any(c.dep_ in OBJECT_DEPS or c.dep_ in ("ccomp", "xcomp") for c in verb.children)
    )


def _with_raised_subject(doc: Doc, verb: Token, subject: Token, draft: ClaimDraft) -> ClaimDraft:
    """ "The girl was first said to be eight years old": a passive cue raises the subject of
    what is said; the claim is that the girl is eight, so the subject is the content's first
    fragment and the infinitive its second (as PolNeAR marks it). So is the subject of a
    passive cue completed by its preposition ("The loaf was blamed on rising costs":
    ``verb_prepositions``), what the cause is given for."""
    completing = verb_prepositions().get(cue_lemma(verb))
    if not any(
        c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == completing) for c in verb.children
    ):
        return draft
    start, end = _strip_edges(doc, subject.left_edge.i, subject.right_edge.i + 1)
    topic = _chars(doc, start, end)
    if start >= end or topic[1] > draft.content[0]:
        return draft
    parts = (topic, *(draft.parts or (draft.content,)))
    return replace(draft, content=(topic[0], draft.content[1]), parts=parts)


@cache
def _dateline() -> re.Pattern[str]:
    """A dateline opening a line: "PHILADELPHIA —", "WASHINGTON (AP) -", "Washington (AFP)
    -", "JACKSON, Miss. -" (a city in capitals with a state or country after a comma:
    ``dateline_places.tsv`` or a country of the gazetteer; "NO DEAL, Vance -" is none)."""
    places = set(read_words(DATA / "dateline_places.tsv"))
    places.update(name.title() for name in countries())
    after = "|".join(re.escape(p) for p in sorted(places, key=len, reverse=True))
    return re.compile(
        rf"^[ \t]*(?:[A-Z][A-Z.'’ -]{{2,}}?,[ \t]+(?:{after})"
        r"|[A-Z][A-Z.'’ ,-]{2,}?|[A-Z][a-z]+(?: [A-Z][a-z]+)?)[ \t]*(?:\([A-Za-z ]{2,30}\))?"
        r"[ \t]*[—–-]+[ \t]",
        re.M,
    )


def _datelines(doc: Doc) -> set[int]:
    """Token indexes of the datelines of the text: places and agency credits, never a
    speaker ("PHILADELPHIA — Clinton said": Clinton is)."""
    found: set[int] = set()
    for m in _dateline().finditer(doc_text(doc)):
        span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        if span is not None:
            found.update(range(span.start, span.end))
    return found


def _across_lines(subject: Token, verb: Token) -> bool:
    """A subject on another line than its verb ("12:15 p.m.\n\nTrump says"): a misparse of
    a heading, never the source."""
    first, last = sorted((subject.i, verb.i))
    return any("\n" in t.text for t in subject.doc[first:last] if t.is_space)


def _around(
    doc: Doc, content: tuple[int, int], clause: tuple[int, int]
) -> tuple[tuple[int, int], ...]:
    """The content's two fragments when the cue's clause (source and cue, token range) lies
    inside it ("Dissent, Ms. Ortiz said, is a civic duty"); () otherwise."""
    start, end = content
    first, last = clause
    if not (start < first and last < end):
        return ()
    before = _strip_edges(doc, start, first)
    after = _strip_edges(doc, last, end)
    return tuple(p for p in (before, after) if p[0] < p[1])


def _cue_time(doc: Doc, verb: Token) -> tuple[int, int] | None:
    """A time expression whose head is the cue verb or one of its direct objects."""
    for span in doc.spans.get("newsclaims_times", []):
        head = span.root.head
        if head == verb or (head.head == verb and head.dep_ in OBJECT_DEPS | {"prep"}):
            return span.start_char, span.end_char
    return None


def _char_tokens(doc: Doc, chars: tuple[int, int]) -> tuple[int, int]:
    span = doc.char_span(chars[0], chars[1], alignment_mode="expand")
    if span is None:
        return 0, 0
    return span.start, span.end


def _according_to_claims(
    doc: Doc, sources: _Sources, quotes: list[tuple[int, int]]
) -> list[ClaimDraft]:
    drafts: list[ClaimDraft] = []
    for token in (doc[i] for i in token_indexes(doc, "LOWER", ("according",))):
        if (
            token.lower_ != "according"
            or token.i + 1 >= len(doc)
            or doc[token.i + 1].lower_ != "to"
        ):
            continue
        to = doc[token.i + 1]
        objects = [c for c in to.children if c.dep_ == "pobj"]
        if not objects:
            continue
        obj = objects[0]
        if _names_no_one(obj):  # "according to legend": no one's claim
            continue
        phrase_end = obj.right_edge.i + 1
        sent = token.sent
        if token.i == sent.start or (token.i - sent.start <= 1):
            start, end = phrase_end, sent.end
        else:
            start, end = sent.start, token.i
        start, end = _strip_edges(doc, *_within_sentence(doc, (start, end), token.i, quotes))
        if start >= end:
            continue
        drafts.append(
            ClaimDraft(
                content=_chars(doc, start, end),
                stance=Stance.REPORTED,
                kind=ClaimKind.ACCORDING_TO,
                source=_chars(doc, *_source_range(obj)),
                cue=_chars(doc, token.i, token.i + 2),
                source_entity=None,
                anonymous=False,
                source_head=obj.i,
            )
        )
    return drafts


def _relayed_quotations(relays: list[ClaimDraft], drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """ "'A,' Y said, according to X. 'B.'": X relays the whole report, so its claim carries
    on into the quotations that Y's claim carries on into after the "according to" phrase
    (PolNeAR train annotates the relayer's content so; Y's claim kept "B" and the relayer's
    did not)."""
    found = []
    for relay in relays:
        start, end = relay.content
        inner = next(
            (
                d
                for d in drafts
                if d.cue is not None and start <= d.cue[0] and d.cue[1] <= end and d.parts
            ),
            None,
        )
        cue_end = relay.cue[1] if relay.cue is not None else end
        later = [p for p in inner.parts if p[0] >= cue_end] if inner else []
        if later:
            parts = (*(relay.parts or (relay.content,)), *later)
            found.append(replace(relay, content=(parts[0][0], parts[-1][1]), parts=parts))
        else:
            found.append(relay)
    return found


@cache
def nominal_cues() -> dict[str, tuple[str, frozenset[str]]]:
    """Noun -> (the verb whose stance it takes, the complements that carry what it reports),
    from ``nominal_cues.tsv``: "the mayor's insistence that ...", "his pledge to ..."."""
    return {
        noun: (verb, frozenset(complements.split(",")))
        for noun, verb, complements in read_table(DATA / "nominal_cues.tsv", 3)
    }


@cache
def nominal_owners() -> frozenset[str]:
    """Possessive pronouns that stand for a person owning a nominal cue ("his", "her";
    ``nominal_owners.tsv``)."""
    return read_words(DATA / "nominal_owners.tsv")


@cache
def retracting_verbs() -> frozenset[str]:
    """Verbs that take back what their object reported ("retracted his claim";
    ``retracting_verbs.tsv``)."""
    return read_words(DATA / "retracting_verbs.tsv")


@cache
def gap_verbs() -> frozenset[str]:
    """Verbs seldom used without an object ("rejected", "released"; ``gap_verbs.tsv``)."""
    return read_words(DATA / "gap_verbs.tsv")


#: Entity types of an owner that can speak: a person, an organisation, a group.
_SPEAKING_TYPES = frozenset({"PERSON", "ORG", "NORP"})

#: Children that fill a clause verb's object or complement.
_FILLED_DEPS = frozenset({"dobj", "dative", "ccomp", "xcomp", "attr", "acomp", "oprd", "agent"})


def _speaking_owner(owner: Token) -> bool:
    """ "the mayor's", "Smith's", "the council's", "his": an owner that can speak: a person,
    an organisation or a group (by entity type, ``person_noun`` or a body head of
    ``nominal_bodies.json``), or a pronoun of ``nominal_owners``. A date ("Last year's"), a
    place, a thing ("The budget's") or "its" owns no words."""
    if owner.pos_ == "PRON" or owner.tag_ == "PRP$":
        return owner.lower_ in nominal_owners()
    if owner.ent_type_:
        return owner.ent_type_ in _SPEAKING_TYPES
    return person_noun(owner.text) or owner.lemma_.lower() in body_kinds().heads


def _relative(clause: Token) -> bool:
    """ "the senator's claim that the committee rejected last year": a that-clause the parse
    makes a relative clause, whose "that" is not a mark, that leaves a preposition without
    its object ("the mayor's remarks that residents complained about"), or whose verb of
    ``gap_verbs`` is active and lacks its object, is a relative clause on the noun, not
    what the noun says."""
    if clause.dep_ == "relcl":
        return True
    if any(c.lower_ == "that" and c.dep_ != "mark" for c in clause.children):
        return True
    if any(c.dep_ == "prep" and not any(c.children) for c in clause.children):
        return True  # a stranded preposition: its object is the noun
    deps = {c.dep_ for c in clause.children}
    return (
        cue_lemma(clause) in gap_verbs()
        and "auxpass" not in deps
        and "nsubjpass" not in deps
        and not deps & _FILLED_DEPS
    )


def _governing_verb(noun: Token) -> Token:
    """The verb over a noun: its head, or the head of its preposition."""
    return noun.head.head if noun.dep_ == "pobj" else noun.head


def _nominal_content(noun: Token, complements: frozenset[str]) -> Token | None:
    """The complement of a nominal cue that holds what its owner said: a that-clause with its
    own subject (not a relative clause) or a to-infinitive, as the noun's file row allows. A
    clause the parser hangs on a verb over the noun that reports nothing, starting right
    after it ("were unmoved by the senator's denial that he ..."), is the noun's too. Under a
    reporting verb with no clause of its own ("told reporters after the defendant's denial
    that ...") the clause is that verb's, not the noun's."""
    verb = _governing_verb(noun)
    # an active reporting verb with no clause of its own, the noun in a phrase of it (not its
    # object: "repeated his warning that ..."): a that-clause after the noun is the verb's
    reporting = (
        noun.dep_ == "pobj"
        and verb.pos_ in ("VERB", "AUX")
        and is_cue_lemma(cue_lemma(verb), True)
        and not any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
        and not any(
            c.dep_ == "ccomp" and c.left_edge.i != noun.right_edge.i + 1 for c in verb.children
        )
    )
    hung = [
        c for c in verb.children
        if c.dep_ == "ccomp" and c.left_edge.i == noun.i + 1 and noun.right_edge.i == noun.i
        and not reporting
    ]  # fmt: skip
    for child in [*noun.rights, *hung]:
        if child.dep_ in ("acl", "ccomp") and child.pos_ in ("VERB", "AUX"):
            marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
            if (
                "clause" in complements
                and "that" in marks
                and _has_own_subject(child)
                and not _relative(child)
                and not reporting
            ):
                return child
            infinitive = _infinitive(child)
            if "infinitive" in complements and infinitive and not marks:
                return child
    return None


def _withdrawn(noun: Token) -> bool:
    """ "retracted his claim that ...", "rejected the family's claim that ...": a verb over
    the noun that takes it back or denies it leaves no claim of the noun's owner."""
    verb = _governing_verb(noun)
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = cue_lemma(verb)
    return lemma in retracting_verbs() or CUES.get(lemma) is Stance.DENIED


def _nominal_claims(doc: Doc) -> list[ClaimDraft]:
    """Claims of a reporting noun with its owner and complement: "the council's statement
    that the road would reopen" is the council's claim that the road would reopen. PolNeAR
    train marks such nominal cues, and the verb pass cannot see them. The noun must head a
    phrase of a sentence with its own verb (a noun parsed as the root is a misparse), its
    owner must be able to speak (``_speaking_owner``), and no verb over it may take it back."""
    drafts: list[ClaimDraft] = []
    cues = nominal_cues()
    # the nouns only, read from spaCy's arrays: no ``Token`` is made for the other words
    for noun in (doc[i] for i in token_indexes(doc, "POS", ("NOUN",))):
        # by the word, then by its lemma: "his claims that ..." reads as "his claim that ..."
        entry = cues.get(noun.lower_) or cues.get(noun.lemma_.lower())
        if entry is None or noun.dep_ == "ROOT":
            continue
        owners = [c for c in noun.lefts if c.dep_ == "poss"]
        if not owners or not _speaking_owner(owners[0]) or _names_no_one(owners[0]):
            continue
        if _withdrawn(noun):
            continue
        verb, complements = entry
        complement = _nominal_content(noun, complements)
        if complement is None:
            continue
        start, end = _strip_edges(doc, complement.left_edge.i, complement.right_edge.i + 1)
        if start >= end:
            continue
        owner = owners[0]
        drafts.append(
            ClaimDraft(
                content=_chars(doc, start, end),
                stance=CUES.get(verb, Stance.REPORTED),
                kind=ClaimKind.INDIRECT,
                source=_chars(doc, *_source_range(owner)),
                cue=_chars(doc, noun.i, noun.i + 1),
                source_entity=None,
                anonymous=False,
                source_head=owner.i,
            )
        )
    return drafts


@cache
def light_cues() -> dict[tuple[str, str], str]:
    """(light verb, word of stating) -> the stating verb whose stance it takes, from
    ``light_cues.tsv``: "made it clear that ...", "made the case that ..."."""
    return {(verb, word): stating for verb, word, stating in read_table(DATA / "light_cues.tsv", 3)}


#: What a clause claimed by a light verb may open with: nothing, or "that".
_LIGHT_MARKS = frozenset({"that"})


def _light_clause(verb: Token, word: Token) -> Token | None:
    """The clause a light verb's word of stating introduces, hung on the word ("made it clear
    that ...": advcl; "made the case that ...": acl) or on the verb ("made clear that ...":
    ccomp), after the word, with its own subject and no mark but "that"."""
    for child in [*word.rights, *(c for c in verb.rights if c.i > word.i)]:
        if child.dep_ not in ("ccomp", "advcl", "acl") or child.pos_ not in ("VERB", "AUX"):
            continue
        marks = {c.lower_ for c in child.children if c.dep_ == "mark"}
        if marks - _LIGHT_MARKS or not _has_own_subject(child):
            continue
        if child.dep_ == "acl" and _relative(child):
            continue
        return child
    return None


def _speaking_subject(subject: Token) -> bool:
    """ "the mayor", "Ana Ruiz", "the council", "Russia", "she": a subject that can speak
    (``_speaking_owner``; a country; a name the model gave no type; a pronoun of
    ``speaker_pronouns``). "The storm", "the data" and "it" say nothing."""
    if subject.pos_ == "PRON":
        return subject.lower_ in speaker_pronouns()
    if subject.ent_type_ == "GPE" or (subject.pos_ == "PROPN" and not subject.ent_type_):
        return True
    return _speaking_owner(subject)


def _denied_word(word: Token) -> bool:
    """ "made no promise", "made not a single point": the word of stating has a negator of
    ``no_speaker_words`` (no, not, hardly ...) before it, so none was made."""
    words = no_speaker_words()
    return any(
        c.i < word.i and c.dep_ in ("det", "neg", "advmod") and words.get(c.lower_) == "negator"
        for c in word.subtree
    )


def _light_verb_claims(doc: Doc) -> list[ClaimDraft]:
    """Claims of a light verb with a word of stating (``light_cues``) and a clause: "the
    board made it clear that the tolls would rise" is the board's claim that the tolls would
    rise. A negated verb ("did not make clear"), an infinitive ("urged him to make clear":
    a statement asked for; PolNeAR train's "to make (it) clear" were such), a denied word
    ("made no promise") or a subject that cannot speak claims nothing."""
    table = light_cues()
    verbs = {verb for verb, _ in table}
    drafts: list[ClaimDraft] = []
    for verb in (doc[i] for i in token_indexes(doc, "POS", ("VERB",))):
        if cue_lemma(verb) not in verbs or _negated(verb) or _infinitive(verb):
            continue  # "urged him to make it clear that ...": asked for, not yet said
        word = next(
            (
                c
                for c in verb.rights
                if c.dep_ in ("dobj", "ccomp", "oprd", "acomp", "xcomp")
                and (cue_lemma(verb), c.lower_) in table
            ),
            None,
        )
        if word is None or _denied_word(word):
            continue  # "made no promise that ...": made none
        clause = _light_clause(verb, word)
        if clause is None:
            continue
        start, end = _strip_edges(doc, clause.left_edge.i, clause.right_edge.i + 1)
        if start >= end:
            continue
        stance = CUES.get(table[(cue_lemma(verb), word.lower_)], Stance.REPORTED)
        cue_start = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "neg")])
        for subject in _subjects(verb):
            if subject.dep_ != "nsubj" or not _speaking_subject(subject):
                continue
            drafts.append(
                ClaimDraft(
                    content=_chars(doc, start, end),
                    stance=stance,
                    kind=ClaimKind.INDIRECT,
                    source=_chars(doc, *_source_range(subject)),
                    cue=_chars(doc, cue_start, word.i + 1),
                    source_entity=None,
                    anonymous=False,
                    source_head=subject.i,
                )
            )
    return drafts


#: A quotation signed with a dash: “...” ― Name.
_SIGNED_QUOTE = re.compile(
    r"(?P<quote>[“”\"][^\n]{2,}[”\"])[^\S\n]*(?P<cue>[―—–])[^\S\n]*"
    r"(?P<name>[A-Z][\w'’-]*(?:[^\S\n]+[A-Z][\w'’.-]*){0,5}?)[^\S\n]*\.?[^\S\n]*(?=\n|$)"
)

#: What every signed quotation holds: its closing mark, then its dash.
_SIGNATURE_DASH = re.compile(r"[”\"][^\S\n]*[―—–]")


def _signed_quotes(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_SIGNED_QUOTE`` in the text, in order. A match lies within one line,
    so only the lines with a closing mark and a dash after it are searched (the pattern
    backtracks over every quotation mark of a long line)."""
    searched = -1
    for dash in _SIGNATURE_DASH.finditer(text):
        start = text.rfind("\n", 0, dash.start()) + 1
        if start <= searched:
            continue  # that line is searched already
        end = text.find("\n", dash.end())
        end = len(text) if end < 0 else end
        searched = start
        yield from _SIGNED_QUOTE.finditer(text, start, end)


#: A speaker label opening a line: NAME: words (transcripts, headlines).
_SPEAKER_LINE = re.compile(
    r"^[\"“]?(?P<name>[A-Z][\w.'’-]*(?:[ \t]+[A-Z][\w.'’-]*){0,5})(?P<cue>:)[ \t]+"
    r"(?P<content>\S[^\n]*?)[\"”]?[ \t]*$",
    re.M,
)

#: Line labels that are not speakers ("Update: ...", "Photo: ...").
NOT_SPEAKERS = frozenset(
    "update updated note editor photo photos video watch read related source sources "
    "correction image images caption credit warning advertisement".split()
)


def _pattern_claims(doc: Doc, sources: _Sources) -> tuple[list[ClaimDraft], list[tuple[int, int]]]:
    """Attributions marked by layout, not grammar: signed quotations and speaker labels; and
    the character spans of the lines whose label names no person or body the text knows but
    whose words speak in the first person (``post_words``: "Oyelaran: We will rebuild ..."):
    someone's words, neither a claim with a speaker nor the outlet's own narration."""
    drafts: list[ClaimDraft] = []
    withheld: list[tuple[int, int]] = []
    text = doc_text(doc)
    for m in _signed_quotes(text):
        drafts.append(_pattern_draft(doc, sources, m, "quote", ClaimKind.DIRECT, Stance.QUOTED))
    labels = [
        m
        for m in _SPEAKER_LINE.finditer(text)
        if m.group("name").lower() not in NOT_SPEAKERS and len(m.group("content").split()) >= 3
    ]
    # a transcript names its speakers in capitals or by a letter ("HOST:", "Q:", "A:"), on
    # two lines or more
    transcript = sum(m.group("name").isupper() for m in labels) >= 2
    for m in labels:
        if not transcript and not _label_speaks(doc, sources, m.start("name"), m.end("name")):
            # a headline's kicker ("Analysis: ...", "Exclusive: ..."), no speaker
            if not post_words().isdisjoint(_WORD.findall(m.group("content").lower())):
                withheld.append((m.start(), m.end()))
            continue
        content = m.group("content")
        quoted = bool(_QUOTE.fullmatch(content.strip()))
        kind = ClaimKind.DIRECT if quoted else ClaimKind.INDIRECT
        drafts.append(_pattern_draft(doc, sources, m, "content", kind, Stance.QUOTED))
    return [d for d in drafts if d.content[0] < d.content[1]], withheld


#: The entity types a line's label may name as a speaker (a place in a label heads a list:
#: "Harbor County: Ana Ruiz, Tom Reyes, ...").
_LABEL_SPEAKER_TYPES = frozenset(("PERSON", "ORG"))


def _label_speaks(doc: Doc, sources: _Sources, start: int, end: int) -> bool:
    """Whether a line's label (characters ``start``-``end``) names a person or body that
    speaks (``_LABEL_SPEAKER_TYPES``): the whole label is one such entity's mention, or its
    name, alias or surname ("Ruiz: We will win ..." when the text names Ana Ruiz), or it ends
    in one after title words ("Mayor Ana Ruiz: ..."). A kicker's label names none
    ("Analysis: ...", "Winter Of Discontent: ..."), and neither does a headline that ends in
    a name after a verb or a preposition ("Big Win For Ruiz: ...", "Council Snubs Ruiz: ...",
    the words before the name ending in no ``person_noun``)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    entities = doc._.newsclaims_entities or {}

    def speaks(key: str | None) -> bool:
        entity = entities.get(key) if key is not None else None
        return entity is not None and entity.type in _LABEL_SPEAKER_TYPES

    keys = [sources.entity_at(t) for t in span]
    if speaks(keys[-1]):
        before = [t for t, k in zip(span, keys, strict=True) if k != keys[-1]]
        tail = all(k == keys[-1] for k in keys[len(before) :])
        # the words before the name end in a title ("Mayor", "Dr.", "Harbour Board chair"),
        # not in a headline's verb ("Council Snubs Ana Ruiz: ...")
        titled = not before or person_noun(before[-1].text)
        return tail and titled and all(t.pos_ in ("PROPN", "NOUN") for t in before)
    return all(k is None for k in keys) and speaks(sources.named(span.start, span.end))


def _pattern_draft(
    doc: Doc, sources: _Sources, m: re.Match[str], content: str, kind: ClaimKind, stance: Stance
) -> ClaimDraft:
    name = doc.char_span(m.start("name"), m.end("name"), alignment_mode="expand")
    entity = sources.resolve_name(name.start, name.end) if name is not None else None
    return ClaimDraft(
        content=(m.start(content), m.end(content)),
        stance=stance,
        kind=kind,
        source=(m.start("name"), m.end("name")),
        cue=(m.start("cue"), m.end("cue")),
        source_entity=entity,
        anonymous=False,
    )


def _others_quotations_cut(drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """A quotation carried on stops before a later part that opens another speaker's claim
    ('Ruiz said: "A." "B?" Reyes asked.'): that quotation has its own cue and source. A
    part claimed by the same speaker ('"B," she added') is carried on as before."""
    opened: dict[int, list[ClaimDraft]] = {}
    for d in drafts:
        if d.cue is not None and d.source is not None:
            opened.setdefault(d.content[0], []).append(d)
    kept = []
    for d in drafts:
        cut = next(
            (
                k
                for k, part in enumerate(d.parts)
                if k > 0
                and any(
                    o.cue != d.cue and not _same_speaker(o, d) and not _quoted_in(o, d.parts)
                    for o in opened.get(part[0], [])
                )
            ),
            None,
        )
        if cut is None:
            kept.append(d)
            continue
        parts = d.parts[:cut]
        content = (parts[0][0], parts[-1][1])
        kept.append(replace(d, content=content, parts=parts if len(parts) > 1 else ()))
    return kept


def _quoted_in(draft: ClaimDraft, parts: Fragments) -> bool:
    """Whether the draft's cue or source lies inside one of the quoted ``parts``: a verb of
    the quotation itself ('"That," he added, "promises ..."'), no cue of its own."""
    spans = [s for s in (draft.cue, draft.source) if s is not None]
    return any(a <= s[0] and s[1] <= b for s in spans for a, b in parts)


def _same_speaker(one: ClaimDraft, other: ClaimDraft) -> bool:
    """Whether two drafts' sources are one speaker: the same resolved entity, or the same
    words when neither is resolved."""
    if one.source_entity is not None or other.source_entity is not None:
        return one.source_entity == other.source_entity
    return one.source == other.source


def _one_per_content(drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """One claim for one content: when several cues claim the same content (a parse that
    hangs a quotation on two verbs), keep the one whose cue is nearest to it."""
    best: dict[tuple[tuple[int, int], tuple[tuple[int, int], ...]], ClaimDraft] = {}
    kept: list[ClaimDraft] = []
    for d in drafts:
        if d.source is None or d.cue is None:
            kept.append(d)
            continue
        key = (d.content, d.parts)
        other = best.get(key)
        if other is None or _cue_distance(d) < _cue_distance(other):
            best[key] = d
    # drafts of one cue with conjoined or "both" sources share their content: keep them all
    chosen = {id(d) for d in best.values()}
    cues = {(d.content, d.parts, d.cue) for d in best.values()}
    kept += [
        d
        for d in drafts
        if d.source is not None
        and d.cue is not None
        and (id(d) in chosen or (d.content, d.parts, d.cue) in cues)
    ]
    return kept


def _outermost(
    doc: Doc, drafts: list[ClaimDraft], verb_cues: set[tuple[int, int] | None]
) -> list[ClaimDraft]:
    """ "Kim said Lee hopes to sell the farm": the reporter's claim holds the relayed one, and
    the relayed cue makes no claim of its own. PolNeAR train marks a cue inside another
    attribution's content for 131 of its 22,457 attributions: the outer source owns what is
    relayed. Only a reporting verb's content holds claims so: "According to the agency, Kim
    vowed to ..." keeps Kim's vow, the agency only vouching for the event, and so does a
    report frame after what it reports ('X insisted that "...," the BBC reported'). A claim
    relayed by its own source stays, and so does one in a relative clause ("angered shoppers,
    who say ..."): its speaker is named there, not relayed."""
    spans = [
        (d.parts or (d.content,), d.cue, d.source_entity)
        for d in drafts
        if d.source is not None
        and d.cue is not None
        and d.cue in verb_cues
        and d.cue[1] <= d.content[0]
    ]
    unnamed = f"GROUP:{UNNAMED_SOURCE}"
    # "Reuters noted it could not verify the footage": a source relaying itself keeps the
    # inner claim, whose cue says more (unverified) and whose source is the same one
    # (the conditions in order of cost: most cues lie in no other claim's content)
    return [
        d
        for d in drafts
        if d.cue is None
        or not any(
            any(a <= d.cue[0] and d.cue[1] <= b for a, b in inside)
            and cue != d.cue
            and (d.source_entity is None or d.source_entity != key)
            # "It is believed Ms Okafor sent a note, saying: '...'": no one named relays the
            # quotation, so it stays its named speaker's
            and not (d.kind is ClaimKind.DIRECT and key == unnamed)
            for inside, cue, key in spans
        )
        or _in_relative_clause(doc, d.cue)
    ]


def _in_relative_clause(doc: Doc, cue: tuple[int, int]) -> bool:
    """Whether a cue's verb heads a relative clause ("shoppers, who say ...")."""
    span = doc.char_span(*cue, alignment_mode="expand")
    return span is not None and any(t.dep_ == "relcl" for t in span)


def _cue_distance(d: ClaimDraft) -> int:
    if d.cue is None:
        return 0
    spans = d.parts or (d.content,)
    return min(min(abs(d.cue[0] - e), abs(s - d.cue[1])) for s, e in spans)


def _narration(
    doc: Doc,
    drafts: list[ClaimDraft],
    quotes: list[tuple[int, int]],
    withheld: list[tuple[int, int]],
) -> list[ClaimDraft]:
    """The outlet's own statements: the sentences that no attribution touches, nor a span of
    ``withheld`` (someone's words with no speaker: ``_pattern_claims``), and that are no one
    else's (``narration.own_sentences``), as drafts of stance asserted."""
    covered = sorted(
        [
            span
            for d in drafts
            for span in (d.content, d.source, d.cue, *d.parts)
            if span is not None
        ]
        + list(withheld)
    )
    text = doc_text(doc)
    paired = [(doc[qs].idx, doc[qe - 1].idx + len(doc[qe - 1])) for qs, qe in quotes]
    found = []
    for sent in own_sentences(doc, covered, quotes, open_quotations(text, paired)):
        start, end = _strip_edges(doc, sent.start, sent.end)
        if start < end:
            found.append(
                ClaimDraft(
                    _chars(doc, start, end),
                    Stance.ASSERTED,
                    ClaimKind.NARRATION,
                    None,
                    None,
                    None,
                    False,
                )
            )
    return found


#: A sentence's end inside a narration sentence: a full stop, question or exclamation mark
#: (and a closing mark) before a space and a word that is not in lower case.
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]?\s+(?=[^\sa-z])")


def _displayed_texts(doc: Doc, drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """The drafts without those in an embedded post's last sentence (``posts.post_signer``)
    whose source is a thing that displays words with no owner ("For the first time, the
    marquee reads: ..." -- Ana (@ana) ...; ``display_words``): a sign's text is no one's claim
    (elsewhere the claim stays, with no source entity), and the post's sentence is its
    signer's (``_unstated_posts``)."""
    text = doc_text(doc)
    if "(@" not in text:
        return drafts
    kept = []
    for d in drafts:
        head = doc[d.source_head] if d.source_head is not None else None
        if (
            head is not None
            and d.source_entity is None
            and medium_word(head.text)
            and head.lemma_.lower() in display_words()
            and post_signer(text, *d.content) is not None
        ):
            continue
        kept.append(d)
    return kept


def _signed_posts(doc: Doc, sources: _Sources, drafts: list[ClaimDraft]) -> list[ClaimDraft]:
    """An embedded post's last sentence (``posts.post_signer``: its signature follows with
    no sentence end between) is what the signer wrote: a direct quote of theirs, not the
    outlet's narration; so is an earlier sentence in the post's voice
    (``posts.earlier_sentences``). Other earlier sentences stay the outlet's: where a post
    begins is not marked in the crawled text, which often runs the article's own sentence
    into it."""
    text = doc_text(doc)
    if "(@" not in text:
        return drafts
    earlier = earlier_sentences(text)
    found = []
    rewritten: set[tuple[int, int]] = set()
    for draft in drafts:
        d = draft
        signed = post_signer(text, *d.content) if d.kind is ClaimKind.NARRATION else None
        if signed is None and d.kind is not ClaimKind.NARRATION:
            sentence = _post_sentence_of_another(doc, d)
            if sentence is not None:
                # "... they will ask for refunds. -- Ana (@ana)": the pronoun speaks inside
                # the post, of someone the post has in mind; the post's sentence is the
                # signer's words
                d = replace(
                    d, content=sentence, cue=None, parts=(), cue_time=None, source_head=None
                )
                signed = post_signer(text, *sentence)
        if signed is None and d.kind is not ClaimKind.NARRATION:
            found_first = _first_person_post_sentence(doc, d, earlier)
            if found_first is not None:
                # "I told you the bridge would fall. Now I'm upset. -- Ana (@ana)": the
                # post's "I" is no source to show; the sentence is the signer's words
                sentence, signed = found_first
                if sentence in rewritten:
                    continue  # "I told ..., and we said ...": one quote of the sentence
                rewritten.add(sentence)
                d = replace(
                    d, content=sentence, cue=None, parts=(), cue_time=None, source_head=None
                )
        if signed is None and d.kind is ClaimKind.NARRATION:
            # an earlier sentence in the post's voice ("Hi @Toblerone I opened my bar.")
            signed = next(
                (name for (s, e), name in earlier if s <= d.content[0] and d.content[1] <= e),
                None,
            )
        if signed is None:
            found.append(d)
            continue
        start, end = _signer_tokens(doc, signed)
        # "... after the merger #Biscuits in another 2 years:": the parse ran the article's
        # sentence into the post; the post starts after the last sentence end inside it
        opened = [m.end() for m in _SENTENCE_END.finditer(text, d.content[0], d.content[1])]
        first = opened[-1] if opened else d.content[0]
        # "What a sight pic.twitter.com/x1 -- Ana (@ana) ...": the link and tags that close
        # the post are no words of its sentence (as ``posts.last_sentences`` leaves them out)
        d = _ending_at(d, tail_start(text, first, d.content[1]))
        found.append(
            replace(
                d,
                content=(first, d.content[1]),
                stance=Stance.QUOTED,
                kind=ClaimKind.DIRECT,
                source=_chars(doc, start, end),
                source_entity=sources.resolve_name(start, end),
            )
        )
    return found + _unstated_posts(doc, sources, found, earlier)


def _ending_at(draft: ClaimDraft, end: int) -> ClaimDraft:
    """The draft with its content ending at character ``end``, its fragments (``parts``)
    cut or stretched to match: a part that ended where the content ended ends there too."""
    if end == draft.content[1]:
        return draft
    parts = [(s, end if e == draft.content[1] or e > end else e) for s, e in draft.parts if s < end]
    return replace(draft, content=(draft.content[0], end), parts=tuple(parts))


#: The stops a writer may put inside a closing quotation mark ("... a fan.'").
_STOPS_INSIDE = frozenset(".!?")


def _closes_here(text: str, i: int) -> bool:
    """Whether the mark at ``text[i]`` may close a quotation: glued to the word or stop
    before it, and no letter after it (a possessive's or a contraction's mark has one: "it's")."""
    after = text[i + 1] if i + 1 < len(text) else " "
    return i > 0 and not text[i - 1].isspace() and not after.isalnum() and text[i] in _MARKS


def _with_its_closing_mark(
    text: str, draft: ClaimDraft, quotations: list[tuple[int, int]]
) -> ClaimDraft:
    """The draft whose content opens a quotation and ends right before the mark that closes
    it, with that mark and a stop inside it ("described the plan as 'unworkable'", "said
    he is 'a fan.'": the parse often hangs a straight closing mark on the verb, out of the
    content; PolNeAR's contents keep it). The marks are paired as the quote finder pairs
    them (``quotations``: ``_quotation_chars``, left to right, elisions and plural
    possessives skipped: "the Rovers' defence 'poor'"). A content that opened no quotation,
    or closed the one it opened, is left as it is."""
    start, end = draft.content
    # "... be a fan.' Ana ...": a stop may stand inside the closing mark; it goes with it
    at = end + 1 if text[end : end + 1] in _STOPS_INSIDE else end
    if at >= len(text) or not _closes_here(text, at):
        return draft
    if any(start <= qs < end and qe == at + 1 for qs, qe in quotations):
        return _ending_at(draft, at + 1)
    return draft


def _post_sentence_of_another(doc: Doc, draft: ClaimDraft) -> tuple[int, int] | None:
    """The characters of an embedded post's last sentence (``posts.post_signer``) that
    holds the draft's cue when the draft's source is a lone pronoun not in the post's voice
    ("you", "they", "he": ``posts.post_words`` are the first person), else None."""
    if draft.source is None or draft.cue is None:
        return None
    source = doc.char_span(*draft.source, alignment_mode="expand")
    if source is None or len(source) != 1 or source[0].pos_ != "PRON":
        return None
    if source[0].lower_ in post_words():
        return None
    cue = doc.char_span(*draft.cue, alignment_mode="expand")
    if cue is None:
        return None
    sentence = cue[0].sent
    start, end = _strip_edges(doc, sentence.start, sentence.end)
    if start >= end:
        return None
    chars = _chars(doc, start, end)
    return chars if post_signer(doc_text(doc), *chars) is not None else None


#: The #tags a post's sentence opens with ("#bridge #storm I told you ...").
_OPENING_TAGS = re.compile(r"(?:#\w+\s*)+")

#: A retweet's opening ("RT @ana: I told you ..."): the "I" after it is the quoted account's.
_RETWEET = re.compile(r"RT\s+@\w+\s*:")


def _first_person_post_sentence(
    doc: Doc, draft: ClaimDraft, earlier: list[tuple[tuple[int, int], tuple[int, int]]]
) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The characters of the embedded post's sentence that holds the draft's cue, and of
    its signer's name, when the draft's source is a lone pronoun of the post's voice
    (``posts.post_words``: "I", "we") and the sentence is the post's last
    (``posts.post_signer``) or an earlier one in its voice (``earlier``); else None."""
    if draft.source is None or draft.cue is None:
        return None
    source = doc.char_span(*draft.source, alignment_mode="expand")
    if source is None or len(source) != 1 or source[0].pos_ != "PRON":
        return None
    if source[0].lower_ not in post_words():
        return None
    cue = doc.char_span(*draft.cue, alignment_mode="expand")
    if cue is None:
        return None
    sentence = cue[0].sent
    start, end = _strip_edges(doc, sentence.start, sentence.end)
    if start >= end:
        return None
    text = doc_text(doc)
    chars = _chars(doc, start, end)
    signer = post_signer(text, *chars)
    if signer is None:
        held = [(span, name) for span, name in earlier if span[0] <= draft.source[0]]
        held = [(span, name) for span, name in held if draft.content[1] <= span[1]]
        if not held:
            return None
        chars, signer = held[0]
    if _RETWEET.match(text, *chars) is not None:
        return None  # "RT @ana: I told you ...": not the signer's own first person
    # "#bridge #storm I told you ...": the tags the post opens with are no part of its claim
    opening = _OPENING_TAGS.match(text, *chars)
    if opening is not None and opening.end() < chars[1]:
        chars = (opening.end(), chars[1])
    return chars, signer


def _signer_tokens(doc: Doc, name: tuple[int, int]) -> tuple[int, int]:
    """The tokens of a post signer's name (characters), without a sign after it ("Syeda
    \U0001f338"); a number stays ("Formula 1")."""
    start, end = _char_tokens(doc, name)
    while end > start + 1 and not any(c.isalnum() for c in doc[end - 1].text):
        end -= 1
    return start, end


def _unstated_posts(
    doc: Doc,
    sources: _Sources,
    drafts: list[ClaimDraft],
    earlier: list[tuple[tuple[int, int], tuple[int, int]]],
) -> list[ClaimDraft]:
    """The last sentence of an embedded post that no claim holds (``posts.last_sentences``:
    "Let's go team!!!!", "what a night", a line in quotation marks; the narration pass keeps
    only sentences with a verb and no quotation), as a direct quote of its signer; so is an
    earlier sentence in the post's voice (``earlier``: ``posts.earlier_sentences`` of the
    text, as ``_signed_posts`` read them)."""
    taken = [span for d in drafts for span in (d.content, d.source, d.cue) if span is not None]
    found = []
    text = doc_text(doc)
    for (start, end), name in last_sentences(text) + earlier:
        if any(s < end and start < e for s, e in taken):
            continue
        first, last = _signer_tokens(doc, name)
        found.append(
            ClaimDraft(
                (start, end),
                Stance.QUOTED,
                ClaimKind.DIRECT,
                _chars(doc, first, last),
                None,
                sources.resolve_name(first, last),
                False,
            )
        )
    return found


def _within_own_quotation(
    doc: Doc, drafts: list[ClaimDraft], quotes: list[tuple[int, int]]
) -> list[ClaimDraft]:
    """A cue inside a direct quotation reports only quoted words: a claim whose cue is inside
    a quotation and whose content starts outside it ('Kim recalled, "All at once, he
    said, ...' read as "he" saying the narration) is dropped, since the narration around a
    quote is not what the quote's "we" or "he" said. PolNeAR train: of 270 gold cues inside a
    quotation, 236 have their content inside it, and most of the rest are marks our reading
    pairs wrongly. A content that starts inside and runs past the closing mark is kept as it
    is: it mostly comes from a quotation whose marks were paired wrongly."""
    if not quotes:
        return drafts
    spans = [_chars(doc, qs, qe) for qs, qe in quotes]
    kept = []
    for d in drafts:
        around = (
            None
            if d.cue is None
            else next(((a, b) for a, b in spans if a < d.cue[0] and d.cue[1] < b), None)
        )
        if around is None or around[0] <= d.content[0] < around[1]:
            kept.append(d)
    return kept


def find_claims(doc: Doc) -> list[ClaimDraft]:
    """All attributions of a parsed document, in text order."""
    quotes = _quotes(doc)
    sources = _Sources(doc, quotes)
    acts: list[Token] = []
    verb_drafts = _verb_claims(doc, sources, quotes, acts) + _light_verb_claims(doc)
    nominal = _nominal_claims(doc)
    drafts = _within_own_quotation(doc, verb_drafts + nominal, quotes)
    verb_cues = {d.cue for d in drafts} - {d.cue for d in nominal}
    doc.spans["newsclaims_speech_acts"] = [doc[slice(*_cue_range(v))] for v in acts]
    drafts += _relayed_quotations(_according_to_claims(doc, sources, quotes), drafts)
    patterned, withheld = _pattern_claims(doc, sources)
    drafts += patterned
    drafts = _others_quotations_cut(sources.resolve_all(drafts))
    drafts = _outermost(doc, _one_per_content(drafts), verb_cues)
    drafts = _displayed_texts(doc, drafts)
    drafts = _signed_posts(doc, sources, drafts + _narration(doc, drafts, quotes, withheld))
    quotations = _quotation_chars(doc_text(doc))
    drafts = [_with_its_closing_mark(doc_text(doc), d, quotations) for d in drafts]
    _speakers_typed(doc, drafts)
    if sources.new_mentions:
        merged = list(doc.spans.get("newsclaims_entities", [])) + sources.new_mentions
        unique = {(s.start, s.end): s for s in merged}
        doc.spans["newsclaims_entities"] = sorted(unique.values(), key=lambda s: s.start)
    starts = [s.start_char for s in doc.sents]
    drafts = [
        replace(d, sentence=bisect_right(starts, (d.cue or d.content)[0]) - 1) for d in drafts
    ]
    return sorted(drafts, key=lambda d: (d.content[0], d.source or (0, 0)))


def _spans(doc: Doc, drafts: list[ClaimDraft], attr: str) -> list[Span]:
    found = ((getattr(d, attr), d.stance.value) for d in drafts)
    return char_spans(doc, ((c[0], c[1], label) for c, label in found if c is not None))


@Language.component(
    "newsclaims_attribution",
    requires=["token.dep", "token.lemma", "doc.sents"],
    assigns=["doc._.newsclaims_claims", "doc.spans"],
)
@guarded("newsclaims_attribution")
def attribution_component(doc: Doc) -> Doc:
    """Write claim drafts and source/cue/content span groups to the doc."""
    for name in _RUN_CACHES:  # read again on each run of the stage
        doc.user_data.pop(name, None)
    drafts = find_claims(doc)
    doc._.newsclaims_claims = drafts
    doc.spans["newsclaims_sources"] = _spans(doc, drafts, "source")
    doc.spans["newsclaims_cues"] = _spans(doc, drafts, "cue")
    doc.spans["newsclaims_contents"] = _spans(doc, drafts, "content")
    return doc
