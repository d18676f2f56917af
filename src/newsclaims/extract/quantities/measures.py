"""What a figure measures, from the verb or noun that governs it ("died" -> killed, "a
deployment of" -> deployed); a governing lemma without an entry in ``measures.tsv`` is its
own measure ("reduce")."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from newsclaims.extract.quantities.tokens import token_at
from newsclaims.extract.quantities.units import DIMENSIONS, TIME_UNITS, UNITS, word_set
from newsclaims.lexicons import measure_phrases, measures, units_of

#: Measures, from the lemma of the verb or noun that governs a figure.
MEASURES = measures()
#: Measures said by a verb with its object or place ("taken to hospital" -> hospitalised).
PHRASES = measure_phrases()
#: The unit of a person's age: its figure is an attribute, of the measure ``age``.
AGE_UNIT = "year of age"
#: Nouns that name a measure rather than the things counted ("6,000 casualties").
MEASURE_NOUNS = word_set("measure_noun")
#: Verbs of taking part in a gathering (their measure is ``participated`` for a crowd).
GATHERING_VERBS = word_set("gathering_verb")
#: Verbs whose subject undergoes or receives what they say, even with an object ("twelve firms
#: received bailouts"): the subject keeps the measure.
_UNDERGOER_VERBS = word_set("undergoer_verb")
#: Verbs that take a length of time: "over" before it is "more than" ("took over 100 hours").
LENGTH_VERBS = word_set("length_verb")
#: Verbs that displace people when they act "from their homes".
_DRIVE_VERBS = word_set("displacing_verb")
_HOMES = word_set("home")
#: Verbs that say nothing happened to what is counted ("there were 46 states"): no measure.
_EMPTY_VERBS = word_set("empty_verb")
#: Verbs that carry no event of their own ("with three outs to go", "trying to reach"): none.
_LIGHT_VERBS = word_set("light_verb")
#: Verbs of saying: what they govern was said ("added the four-times champion"), no measure.
_SPEECH_VERBS = word_set("speech_verb")
#: Verbs of saying that also add things ("the city added 400 guards"), see ``_adding``.
_ADDING_VERBS = word_set("adding_verb")
#: Prepositions by which a figure is what its verb acts on ("rose to seven", "sold for
#: $23,000"); in another ("with two outs", "in 10 innings") it is a circumstance of the verb.
ARGUMENT_PREPS = word_set("argument_prep")
#: A verb and another preposition its figure is the argument of ("played in three finals").
_ARGUMENT_PAIRS = word_set("argument_pair")
#: Nouns of a thing's extent or amount ("the weight of 400g bars", "the size of two bars"):
#: what happens to the extent happens to the figure it is "of".
EXTENT_NOUNS = word_set("extent_noun")
#: Nouns of a feature of a thing ("the shape of two bars"): what happens to it happens to them.
FEATURE_NOUNS = word_set("feature_noun")
#: Verbs that change a thing's extent: the only verbs of a thing that are the measure of a
#: weight, length, volume or speed written before it ("the 500g jars were reduced").
EXTENT_VERBS = word_set("extent_verb")
#: Adverbs of the state a change reached ("the jars are now 200g").
_STATE_ADVERBS = word_set("state_adverb")
#: Units of speed: a speed is what a thing has; only a verb that changes it is its measure.
_SPEED_UNITS = units_of("speed")
#: Participles that describe a thing rather than say what happened to it ("three jars sold in
#: shops", "a ferry named ...").
_DESCRIBING_VERBS = word_set("describing_verb")
#: Words after a counted noun that make it a distance from a goal ("300 steps from the
#: summit", "two wins away", "three votes short of a majority").
_DISTANCE_WORDS = word_set("distance_word")
#: How the words of a measurement modify the noun after them ("a 98-mph fastball").
_MODIFYING_DEPS = frozenset({"nummod", "quantmod", "compound", "amod", "npadvmod", "nmod"})
#: Units of the extents a thing has ("the 200-gram jar", "a 97-mph fastball").
_ATTRIBUTE_UNITS = frozenset().union(
    *(units_of(kind) for kind in ("mass", "length", "volume", "speed"))
)


_LENGTH_UNITS = units_of("length")
_AFTER = re.compile(r"[\s-]*(?P<word>[a-z]+)\b", re.IGNORECASE)
_IN_NOUN = re.compile(r"(?:\s*\([^()]{0,30}\))?\s+in\s+(?P<word>[a-z]+)\b", re.IGNORECASE)
_BEFORE = re.compile(r"\b(?P<word>[a-z]+)\s+of\s+(?:about\s+|around\s+|some\s+)?$", re.IGNORECASE)


def dimension(text: str, start: int, end: int, unit: str | None) -> str | None:
    """The extent a length measures: "40 metres deep", "a depth of 40m" -> depth; None for
    other units or when the text does not say."""
    if unit not in _LENGTH_UNITS:
        return None
    after = _AFTER.match(text, end)
    if after is not None and after.group("word").lower() in DIMENSIONS:
        return DIMENSIONS[after.group("word").lower()]
    noun = _IN_NOUN.match(text, end)  # "100 metres (328 feet) in diameter"
    if noun is not None and noun.group("word").lower() in DIMENSIONS:
        return DIMENSIONS[noun.group("word").lower()]
    before = _BEFORE.search(text, max(0, start - 30), start)
    if before is not None:
        return DIMENSIONS.get(before.group("word").lower())
    return None


def measure(doc: Doc, start: int, unit: str | None, noun: Token | None) -> str | None:
    """The measure of a figure that starts at ``start`` with this unit and counted noun."""
    if unit == AGE_UNIT:
        return "age"
    if unit in TIME_UNITS:
        return "duration"
    if noun is not None and noun.lemma_.lower() in MEASURES:
        return MEASURES[noun.lemma_.lower()]
    attribute = _attribute_of(doc, start, unit, noun)
    if attribute is not None:
        changing = _changing_clause(attribute)
        if changing is not None:
            return changing.lemma_.lower()  # "a 200-gram jar that is shrinking to 180 grams"
    governor = governor_of(doc, start, noun)
    if governor is None:
        # "down from the 4,000 people who came out", "the $90,000 that the club raised": no
        # verb of the figure's own clause, but a relative clause says what happened to it; for
        # a weight or a speed it says what happened to the thing, not to the measurement
        measured = attribute is not None or unit in _SPEED_UNITS
        described = None if measured else relative_verb(doc, start, noun)
        if described is None:
            return None
        return MEASURES.get(described.lemma_.lower(), described.lemma_.lower())
    if (attribute is not None or unit in _SPEED_UNITS) and not _changes_extent(governor):
        changed = _changed_state(governor, attribute, doc, start, unit)
        if changed is not None:
            return changed.lemma_.lower()  # "..., while the 250g jars are now 200g": cut
        # "the 200-gram jar appeared in shops", "a fastball that averages 100 mph": nothing
        # happened to the weight or the speed
        return None
    phrase = _phrase_measure(governor, noun)
    if phrase is not None:
        return phrase
    if governor.lemma_.lower() in _DRIVE_VERBS and any(
        c.dep_ == "prep"
        and c.lower_ in ("from", "out")
        and any(o.lemma_.lower() in _HOMES for o in c.subtree)
        for c in governor.children
    ):
        return "displaced"  # "forced 4,000 residents from their homes"
    lemma = governor.lemma_.lower()
    subject = _subject_measure(governor, noun)
    if subject is not None and lemma not in MEASURES:
        return subject  # "the death toll rose to seven", "the number of dead stands at 12"
    light = lemma in _LIGHT_VERBS and not any(
        c.dep_ == "prep" and c.lower_ in ("to", "into") for c in governor.children
    )  # "went to the rally": a journey, not "with three outs to go"
    said = lemma in _SPEECH_VERBS and not _adding(governor, lemma, noun)
    if lemma in _EMPTY_VERBS or said or light:
        return None  # "there were only 46 states", "three outs to go": nothing happened
    if any(c.dep_ == "neg" for c in governor.children):
        return None  # "did not resolve their two differences": it did not happen
    if (lemma == "take" and any(c.lower_ == "part" for c in governor.children)) or (
        lemma == "turn" and any(c.dep_ == "prt" and c.lower_ == "out" for c in governor.children)
    ):
        return "participated"  # "20,000 people took part", "5,000 turned out"
    if _agents(governor, noun) and lemma not in GATHERING_VERBS:
        return None  # "two gunmen killed five people": the verb happened to its object
    return MEASURES.get(lemma, lemma)


def _adding(verb: Token, lemma: str, noun: Token | None) -> bool:
    """ "The city added 400 guards": a verb of saying that also adds things
    (``adding_verb``) adds when its subject is written before it and what the figure counts
    is its object, not a quote's speaker after it ("..., added the three-time champion"), nor
    a thing added "to" a list of what was said."""
    if lemma not in _ADDING_VERBS or noun is None or noun.dep_ != "dobj" or noun.head != verb:
        return False
    if any(c.dep_ == "ccomp" or (c.dep_ == "prep" and c.lower_ == "to") for c in verb.children):
        return False  # "added the two new signings to his list of praise": said, not added
    return any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)


#: Relative pronouns that stand for the noun a relative clause describes.
_RELATIVE_PRONOUNS = frozenset({"who", "that", "which", "whom"})


def relative_verb(doc: Doc, start: int, noun: Token | None) -> Token | None:
    """The verb of a relative clause on what a figure starting at ``start`` counts, when the
    relative pronoun is its subject or object ("the 4,000 people who came out", "the $90,000
    that the club has raised") and the clause is not negated; else None."""
    anchor = noun or token_at(doc, start)
    if anchor is None:
        return None
    heads = [anchor]
    if noun is None:
        # a bare figure: the clause may hang on another of its own words ("$" or "90,000")
        heads += [t for t in (anchor.head, *anchor.children) if t.like_num or t.pos_ == "SYM"]
    for head in heads:
        for clause in head.children:
            if clause.dep_ != "relcl" or clause.i < head.i:
                continue
            roles = [
                c
                for c in clause.children
                if c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lower_ in _RELATIVE_PRONOUNS
            ]
            if roles and not any(c.dep_ == "neg" for c in clause.children):
                return clause
    return None


def _agents(governor: Token, noun: Token | None) -> bool:
    """Whether the counted noun is the active subject of a verb with a direct object ("the
    two men gave feedback", "two gunmen killed five people"): the figure counts who acted,
    and what the verb says happened, happened to its object. Not for a verb its subject
    undergoes (``undergoer_verb``: "twelve firms received bailouts")."""
    return (
        noun is not None
        and noun.dep_ == "nsubj"
        and noun.head == governor
        and governor.pos_ == "VERB"
        and governor.lemma_.lower() not in _UNDERGOER_VERBS
        and any(c.dep_ == "dobj" and c != noun for c in governor.children)
    )


def _attribute_of(doc: Doc, start: int, unit: str | None, noun: Token | None) -> Token | None:
    """The noun a weight, length, volume or speed written before it is an attribute of ("the
    200-gram jar", "a 97-mph fastball"); None for other figures."""
    first = token_at(doc, start)
    if unit not in _ATTRIBUTE_UNITS or first is None:
        return None
    if noun is None:  # "a 98-mph fastball": the unit's words modify the noun after them
        token = first
        for _ in range(4):
            if token.dep_ not in _MODIFYING_DEPS or token.head.i <= token.i:
                return None
            token = token.head
            if token.pos_ in ("NOUN", "PROPN") and not token.like_num and token.lower_ not in UNITS:
                noun = token
                break
    return noun if noun is not None and noun.i > first.i else None


def _changed_state(
    verb: Token, thing: Token | None, doc: Doc, start: int, unit: str | None
) -> Token | None:
    """ "the 500g jars were cut to 450g, while the 250g jars are now 200g": "be" with an
    adverb of the state reached (``state_adverb``: now) in a clause joined to one whose verb
    changes an extent says the same change happened to its subject; that verb, else None.
    Only when the changing verb's subject is the same counted noun (``thing``) and the value
    after the adverb is in the figure's unit and differs from it ("prices were cut while the
    250g jars are now 3 pounds": nothing says the weight changed)."""
    if verb.lemma_ != "be" or verb.dep_ not in ("advcl", "conj") or thing is None:
        return None
    state = next(
        (c for c in verb.children if c.dep_ == "advmod" and c.lower_ in _STATE_ADVERBS), None
    )
    if state is None or not _changes_extent(verb.head):
        return None
    if not any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() == thing.lemma_.lower()
        for c in verb.head.children
    ):
        return None
    first = token_at(doc, start)
    if first is None:
        return None
    before = _value_and_unit(list(doc[first.i : first.i + 3]))
    after = _value_and_unit([t for t in verb.subtree if t.i > state.i])
    if before is None or after is None or after[1] != unit or after[0] == before[0]:
        return None
    return verb.head


_NUMBER_UNIT = re.compile(r"(?P<number>\d[\d,]*(?:\.\d+)?)(?P<unit>[a-z]*)\.?$", re.IGNORECASE)


def _value_and_unit(tokens: list[Token]) -> tuple[float, str | None] | None:
    """The first number written in digits among ``tokens`` and the unit written with it or
    right after it ("200g", "200 g.", "3 pounds"); None when there is no such number."""
    for k, token in enumerate(tokens):
        found = _NUMBER_UNIT.match(token.text)
        if found is None:
            continue
        written = found.group("unit").lower()
        if not written and k + 1 < len(tokens):
            written = tokens[k + 1].lower_.rstrip(".")
        return float(found.group("number").replace(",", "")), UNITS.get(written)
    return None


def _changes_extent(verb: Token) -> bool:
    """Whether a verb changes a thing's extent ("reduced", "cut", "shrinking")."""
    return verb.lemma_.lower() in EXTENT_VERBS


def _changing_clause(noun: Token) -> Token | None:
    """A verb of a relative or participle clause on ``noun`` that changes its extent ("a jar
    that is shrinking to 180 grams", "the bars reduced to 150g")."""
    for child in noun.children:
        if child.dep_ in ("relcl", "acl") and child.i > noun.i and _changes_extent(child):
            return child
    return None


def _subject_measure(governor: Token, noun: Token | None) -> str | None:
    """The measure a verb's subject names, when the figure is the subject's value: "the death
    toll rose to seven" (toll), "the number of dead stands at 12" (number of dead)."""
    for child in governor.children:
        if child.dep_ not in ("nsubj", "nsubjpass") or child == noun:
            continue
        named = [child, *(c for c in child.children if c.dep_ == "compound")]
        named += [o for p in child.children if p.dep_ == "prep" for o in p.children]
        for token in named:
            found = MEASURES.get(token.lemma_.lower()) or MEASURES.get(token.lower_)
            if found is not None:
                return found
    return None


def _phrase_measure(governor: Token, noun: Token | None) -> str | None:
    """The measure of a verb with its object or place: "were taken to hospital", "lost their
    lives" (not when the figure counts that object: "treated at two hospitals")."""
    lemma = governor.lemma_.lower()
    for child in governor.children:
        objects = [child] if child.dep_ in ("dobj", "attr") else []
        if child.dep_ == "prep":
            objects = [c for c in child.children if c.dep_ == "pobj"]
        for obj in objects:
            if obj == noun:
                continue
            found = PHRASES.get((lemma, obj.lemma_.lower()))
            if found is not None:
                return found
    return None


#: How a counted noun (or a bare number) is what a verb acts on: its subject or object.
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd"})
#: How a figure's own words lead to the word it stands for: a number to its noun, a noun to
#: the first of joined nouns ("60 excavators and 100 trucks were used"), an apposition.
_SAME_THING_DEPS = frozenset({"nummod", "quantmod", "compound", "conj", "appos"})


def governor_of(doc: Doc, start: int, noun: Token | None) -> Token | None:
    """The verb or noun that says what happened to what a figure counts: the verb whose
    subject or object the counted noun (or the bare number) is ("300 homes were damaged",
    "seven died"), the verb of the place the figure is put ("rose to seven", "reduced to
    360g", "fell 6 percent"), or a measure noun the figure is "of" ("a death toll of seven");
    a past participle after the counted noun wins over the clause's verb ("saw the bars
    reduced"), and a verb the figure is only a circumstance of ("won in 10 innings") is none.
    None when the path from the figure to a verb passes through another noun ("caused damage
    to 300 homes": the homes were not caused) or another clause: no measure is better than
    the wrong one."""
    anchor = noun or token_at(doc, start)
    if anchor is None:
        return None
    first = token_at(doc, start)
    token = anchor
    for _ in range(6):
        if token.text.endswith(".") and token.lower_.rstrip(".") in UNITS:
            return None  # "now just 150g. Sharing ...": the sentence ended at the figure
        participle = _participle(token) if token.pos_ in ("NOUN", "PROPN") else None
        if participle is not None:
            return participle  # "the 500g jars cut to 450g": not the verb of the clause
        head = token.head
        if head == token:
            return None
        dep = token.dep_
        if dep in ("advmod", "quantmod", "det", "amod") and (
            head.pos_ == "NUM" or (token == anchor and noun is None and head.i > token.i)
        ):
            token = head  # "roughly 15,000", "more than 450,000 euros": the number or unit
            continue
        if (
            dep in _SAME_THING_DEPS
            and head.pos_ in ("NOUN", "PROPN", "NUM")
            and (dep != "compound" or head.i > token.i)
        ):
            if head.lemma_.lower() in MEASURES and dep != "conj":
                return head  # "a death toll", "casualties"
            token = head  # the number's noun, the first of joined nouns
            continue
        if dep == "conj" and head.pos_ in ("VERB", "AUX"):
            return None  # a verb joined to another: its own clause
        if dep == "pobj" and head.dep_ == "prep":
            owner = head.head
            if owner.pos_ == "NOUN" and owner.lemma_.lower() in MEASURES:
                return owner  # "a deployment of roughly 15,000"
            extent = _misplaced_extent(owner, head)
            if extent is not None:
                token = extent  # "the size of one jar sold from 500 grams": the size's verb
                continue
            if owner.pos_ in ("VERB", "AUX") and head.lower_ == "of" and head.i < owner.i:
                return None  # "Of the 20 starters, 12 finished": the whole a part is of
            if owner.pos_ in ("VERB", "AUX"):
                # "rose to seven", "were taken to two hospitals"; not "won in 10 innings"
                pair = f"{owner.lemma_.lower()} {head.lower_}"
                return owner if head.lower_ in ARGUMENT_PREPS or pair in _ARGUMENT_PAIRS else None
            if (
                head.lower_ == "of"
                and (owner.like_num or owner.pos_ == "NUM")
                and first is not None
                and owner.i < first.i
            ):
                return None  # "won three of the first five finals": the whole, not the part
            if head.lower_ == "of" and (owner.like_num or owner.pos_ == "NUM" or owner == first):
                token = owner  # "tens of thousands of fans": the figure's own words
                continue
            if head.lower_ == "of" and owner.lemma_.lower() in EXTENT_NOUNS | FEATURE_NOUNS:
                # "the size of 500g jars was cut", "altered the look of three
                # jars": the verb of the weight or the shape
                token = owner
                continue
            return None  # "damage to 300 homes": another noun's phrase
        extent = _free_relative_extent(token)
        if extent is not None:
            token = extent  # "cut the weight of what were 500g jars": the weight's verb
            continue
        if dep in ("npadvmod", "advmod") and _distance_phrase(token):
            return None  # "abandoned the climb 300 steps from the summit": how far, not done
        if dep == "dobj" and any(c.dep_ == "dobj" and c.i < token.i for c in head.children):
            return None  # a second object the parse hangs on the verb is none of its own
        if dep in _ARGUMENT_DEPS or (dep in ("npadvmod", "advmod") and head.pos_ == "VERB"):
            return head if head.pos_ in ("VERB", "AUX") else None
        return None
    return None


def _distance_phrase(token: Token) -> bool:
    """Whether a counted noun says how far something was from a goal ("abandoned the climb
    300 steps from the summit", "two wins away from the final", "three votes short of a
    majority"): an adverbial of distance (a word of ``distance_word`` after it), which the
    verb of its clause does nothing to."""
    return any(
        child.i > token.i
        and child.dep_ in ("prep", "advmod", "amod")
        and child.lower_ in _DISTANCE_WORDS
        for child in token.children
    )


def _free_relative_extent(token: Token) -> Token | None:
    """ "cut the size of what had been 500g and 200g jars": a figure that "what" is, in a
    clause after "of" an extent noun, is the extent's amount; the extent noun, else None."""
    verb = token.head
    if token.dep_ != "attr" or verb.lemma_ != "be" or verb.dep_ != "pcomp":
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ == "what" for c in verb.children):
        return None
    of = verb.head
    if of.lower_ != "of" or of.head.lemma_.lower() not in EXTENT_NOUNS:
        return None
    return of.head


def _participle(noun: Token) -> Token | None:
    """A past participle after the counted noun that says what happened to it ("saw the 500g
    jars cut to 450g", "the 30 homes destroyed by the fire")."""
    for child in noun.children:
        if child.dep_ in ("acl", "oprd") and child.tag_ == "VBN" and child.i > noun.i:
            return None if child.lemma_.lower() in _DESCRIBING_VERBS else child
    return None


def _misplaced_extent(owner: Token, prep: Token) -> Token | None:
    """ "reduced the size of one jar sold abroad from 500 grams to 450 grams": the parse
    hangs the amount on the participle that describes the thing ("sold"), but a participle
    describing a noun that is "of" an extent (``EXTENT_NOUNS``) does not move the extent: the
    amount is the extent's, and what happens to it is the verb the extent is an argument of.
    None otherwise."""
    if prep.lower_ not in ("from", "to") or owner.dep_ != "acl" or owner.tag_ != "VBN":
        return None
    noun = owner.head
    of = noun.head
    if noun.dep_ != "pobj" or of.lower_ != "of" or of.head.lemma_.lower() not in EXTENT_NOUNS:
        return None
    extent = of.head
    if extent.dep_ not in _ARGUMENT_DEPS or extent.head.pos_ not in ("VERB", "AUX"):
        return None  # "the weight of the jars being cut to 450g": the participle says it
    return extent
