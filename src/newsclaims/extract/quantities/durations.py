"""What a duration counts when no noun it modifies or lasts says so: the activity of the verb
it is how long of ("waited 90 minutes" -> wait, "searched for 85 hours" -> search), the time
since a thing it is counted back to ("six years after the title" -> time since title, "68
years since the last title"), and the time since the last one of a thing called the first
in it ("their first title in 108 years" -> time since last title). The subject of the verb
is never what lasts: "the fans waited" does not make the fans a duration."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from newsclaims.extract.quantities.tokens import in_time
from newsclaims.extract.quantities.units import DATA, TIME_UNITS, word_set
from newsclaims.lexicons import DURATION_FROM, duration_activities, lasting_nouns, read_pairs

#: Verb lemma -> the activity a duration of it counts ("wait" -> wait, "dig" -> digging).
ACTIVITIES = duration_activities()
_SINCE_WORDS, _UNTIL_WORDS = DURATION_FROM
#: Words that count a duration back or forward from a thing: what the duration is of.
_SINCE = {"since": _SINCE_WORDS, "after": _SINCE_WORDS, "before": _UNTIL_WORDS}
#: Prepositions by which a duration that is what there is or what remains counts down to a
#: thing ("70 days until the election"), and the roles of such a duration (what there is,
#: what remains).
_UNTIL_PREPS = word_set("until_prep")
_COUNTDOWN_DEPS = frozenset({"attr", "nsubj"})
#: Words whose object is a duration that is had or left ("has 70 days until", "with 70 days
#: until").
_COUNTDOWN_HEADS = word_set("countdown_head")
#: Nouns of a state that lasts ("drought", "curse", "wait"): named in a duration's sentence
#: when the parse ties the duration to nothing else, they are what it counts.
LASTING_NOUNS = lasting_nouns()
#: Nouns of a thing that lasts that a verb may hold "for" a length ("held talks for an hour").
_HELD_THINGS = frozenset(ACTIVITIES.values()) | LASTING_NOUNS
#: Verbs whose object is an event they hold ("held talks", "staged a strike"): a length "for"
#: them is the event's; another verb's object is no such event ("watched the race").
_HOLDING_VERBS = word_set("holding_verb")
#: Prepositions by which a duration is the length of its verb's action ("searched for 85
#: hours", "delayed by an hour").
_LENGTH_PREPS = word_set("length_prep")
#: A preposition and a noun lemma that make a fixed phrase, no place or role ("as a result").
_FIXED_PHRASES = word_set("fixed_phrase")
#: Nouns of a highest or lowest level a duration qualifies ("a 39-year high", "a 31-year low").
_HIGH_NOUNS = word_set("high_noun")
#: Verbs whose length "without" a thing is the time without it ("gone 108 years without").
_WITHOUT_VERBS = word_set("without_verb")
_LOW_NOUNS = word_set("low_noun")
#: Verbs of a plan: a duration under them ("is expected to last three weeks") did not happen.
_PLAN_VERBS = word_set("plan_verb")
#: Words after a duration, prepositions before it, and a window's words that make it an offset
#: in time rather than a figure ("two days later", "after 85 years", "in the coming months").
_OFFSET_WORDS = word_set("offset_word")
_OFFSET_PREPS = word_set("offset_prep")
_WINDOW_PREPS = word_set("window_prep")
_WINDOW_WORDS = word_set("window_word")
#: Verbs whose object is time spent somewhere or as something ("spent eight years in prison").
_SPEND_VERBS = word_set("spend_verb")
#: Verbs whose object is the time an action named by an infinitive after them needs ("took four
#: days to reach the boy").
_TAKING_VERBS = word_set("taking_verb")
#: Prepositions by which a duration names where or as what its time was spent.
_PLACE_PREPS = word_set("place_of_time_prep")
#: How a duration hangs on a verb when it says how long the verb's action went on.
#: Superlatives of how many, not of a level ("the most workers in five years").
_NOT_LEVEL_SUPERLATIVES = word_set("not_level_superlative")
#: Relative pronouns a relative clause's subject may be ("which", "that", "who").
_RELATIVE_WORDS = word_set("relative_subject")
_LENGTH_DEPS = frozenset({"npadvmod", "dobj", "advmod"})
#: Verbs whose activity lasts only in a place they are "in" or "at" ("lived in Lisbon"), and
#: the nouns of a place one lives in.
_PLACED_ACTIVITY_VERBS = word_set("placed_activity_verb")
_DWELLING_NOUNS = word_set("dwelling_noun")
#: Adverbs that stand for a place already named ("has lived there for 20 years").
_PLACE_ADVERBS = word_set("place_adverb")
#: Auxiliaries (lemmas) of the perfect tense, and the units of a span back from now long
#: enough to be a record: "has not backed a Democrat in 24 years".
_PERFECT_AUX = word_set("perfect_aux")
_RECORD_UNITS = word_set("record_unit")
#: Participles of what is left of a span ("three years left in her term").
_REMAINING_VERBS = word_set("remaining_verb")
#: Passive participles that put their subject in a lasting state ("stuck", "trapped").
_STATE_PARTICIPLES = word_set("state_participle")
#: Adverbs "be" takes that put a named subject in a lasting state ("the power was out").
_STATE_ADVERBS = word_set("be_state_adverb")
#: Verbs whose object duration is served in the place or role it names ("served 12 years in
#: prison"): that place, not the verb's activity, is what the time counts.
_SERVED_VERBS = word_set("served_verb")
#: Verbs of going through a course or task whose time "in" a length is that of their object
#: ("won the race in one hour and 32 minutes": time of race).
_COURSE_VERBS = word_set("course_verb")
#: Nouns of a course or task whose time a verb of ``course_verb`` can give ("the race", "the
#: marathon"); not a title, a story or a mountain ("won the title in five years").
_COURSE_NOUNS = word_set("course_noun")
#: Verbs of an infinitive after a duration that say what is left of it, not a task it is
#: given for ("with 10 days to go", "two minutes to spare").
_LEFT_INFINITIVES = word_set("left_infinitive")
#: Prepositions by which a duration is the span an amount of money is spread over ("offered
#: $30 billion over 10 years").
_SPREAD_PREPS = word_set("spread_prep")
#: Auxiliaries (lemmas) of the future ("voters will pick a mayor in 50 days").
_FUTURE_AUX = word_set("future_aux")
#: Adverbs by which "be" puts its subject a length ahead ("the vote is 50 days away").
_AHEAD_ADVERBS = word_set("ahead_adverb")
#: Units of days or more: long enough to count down to an event ("three hours away" is as
#: often a distance) or to be a term ("led the game for 80 minutes" is a lead in a game).
_LONG_UNITS = word_set("long_unit")
#: Gerunds after "be" of a state a person is in ("has been missing for four days").
_STATE_GERUNDS = word_set("state_gerund")
#: Verbs that bar someone "from" an activity ("banned from driving"): a length of the
#: activity is the ban's.
_BARRING_VERBS = word_set("barring_verb")
#: Verbs of leading something -> the role of the one who does ("led the city" -> leader).
_ROLE_VERBS = read_pairs(DATA / "role_verbs.tsv")
#: Verbs whose object, said with "no" or under a negation, is what there was none of ("has
#: had no mayor for 40 days": time without mayor).
_LACKING_VERBS = word_set("lacking_verb")


def duration_thing(unit: Token, phrase: Callable[[Token], str]) -> str | None:
    """What the duration whose unit word is ``unit`` counts, or None; ``phrase`` renders a
    noun as the phrase it heads."""
    head = unit.head
    rest = (
        unit.dep_ in ("npadvmod", "appos", "conj") and head.i < unit.i and _one_length(head, unit)
    )
    if rest and head.lemma_.lower() in TIME_UNITS and head.pos_ == "NOUN":
        # "one hour and 32 minutes", "1 hour 32 minutes": the rest of one length counts what
        # its first part does
        return duration_thing(head, phrase)
    return (
        _counted_from(unit, phrase)
        or _first_in(unit, phrase)
        or _time_without(unit, phrase)
        or _time_lacking(unit, phrase)
        or _countdown(unit, phrase)
        or _role_led(unit, phrase)
        or _time_left(unit, phrase)
        or _money_spread(unit)
        or _served(unit, phrase)
        or _course_time(unit, phrase)
        or verb_activity(unit)
        or _role_held(unit, phrase)
        or _time_spent(unit, phrase)
        or _action_timed(unit, phrase)
        or _time_given(unit, phrase)
        or _lasting_in_sentence(unit, phrase)
        or _state_held(unit, phrase)
    )


def time_offset(unit: Token) -> bool:
    """The duration whose unit word is ``unit`` only places a time, an offset from a time the
    text leaves unnamed (TimeML: a DURATION anchoring a date): "twenty minutes later", "one
    year on", "a week before" with no object, "after 85 years", "in the coming two months",
    "within the next three days", "over the past 40 years", and the rest of such a length
    ("after 4 hours 28 minutes"). Not "four years after the tour"
    (the time since the tour), "for the next two years" (how long something lasts) or "ran
    the course in 25 minutes". A grammar test only: the caller asks it of a duration that
    names nothing it counts."""
    doc = unit.doc
    head = unit.head
    if unit.dep_ in ("npadvmod", "appos", "conj") and head.i < unit.i:
        # "after 2 hours 15 minutes": the rest of one length is what its first part is
        return head.lemma_.lower() in TIME_UNITS and time_offset(head)
    after = doc[unit.i + 1] if unit.i + 1 < len(doc) else None
    if after is not None and after.lower_ in _OFFSET_WORDS:
        # "a week before the vote" counts to the vote; "a week before, ..." counts to nothing
        return not any(c.dep_ == "pobj" for c in after.children)
    prep = unit.head
    if unit.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    if prep.lower_ in _OFFSET_PREPS:
        return True
    window = any(
        c.lower_ in _WINDOW_WORDS for c in unit.children if c.i < unit.i and c.dep_ != "nummod"
    )
    return prep.lower_ in _WINDOW_PREPS and window


def _counted_from(unit: Token, phrase: Callable[[Token], str]) -> str | None:
    """ "68 years since the last title", "six years after the championship": the time since
    (or until) the noun after "since", "after" or "before", when the duration measures how
    far from it: "since" the unit's own, or the unit the measure of "after" or "before" ("dug
    for two hours before dawn" is not the time until dawn)."""
    preps = [c for c in unit.children if c.dep_ == "prep" and c.lower_ == "since"]
    if unit.dep_ == "attr" and unit.head.lemma_ == "be":
        # "It's been 108 years since the last title": the parse hangs "since" on "been"
        preps += [
            c
            for c in unit.head.children
            if c.dep_ == "prep" and c.lower_ == "since" and c.i > unit.i
        ]
    if unit.dep_ in _COUNTDOWN_DEPS or unit.head.lemma_.lower() in _COUNTDOWN_HEADS:
        # "there are 70 days until the election", "12 days remain until the deadline", "with
        # 70 days until the inauguration": a duration that is what there is, remains or is
        # had counts down to the noun after "until"; not one a verb takes as its length ("the
        # strike lasted 12 days until the deal", "stayed for 70 days until the vote")
        # "with 50 days to go until the vote": "until" on the infinitive of what is left
        left = [
            c for c in unit.children if c.dep_ == "relcl" and c.lemma_.lower() in _LEFT_INFINITIVES
        ]
        preps += [
            c
            for holder in (unit, unit.head, *left)
            for c in holder.children
            if c.dep_ == "prep" and c.lower_ in _UNTIL_PREPS
        ]
    first = min(t.i for t in unit.subtree if t.i <= unit.i)
    lasting = first > 0 and unit.doc[first - 1].lower_ == "for"  # "for two hours before"
    if (
        unit.dep_ == "npadvmod"
        and unit.head.lower_ in _SINCE
        and unit.head.i > unit.i
        and not lasting
    ):
        preps.append(unit.head)
    for prep in preps:
        objects = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
        if objects:
            return f"{_SINCE.get(prep.lower_, _UNTIL_WORDS)}{phrase(objects[0])}"
    after = unit.doc[unit.i + 1] if unit.i + 1 < len(unit.doc) else None
    if after is not None and after.lower_ == "since" and after.dep_ == "mark":
        # "in the 40 years since that mill closed": the clause "since" begins
        sentence_end = after.sent.end
        end = after.i + 1
        while end < sentence_end and not _clause_mark(unit.doc[end]):
            end += 1  # up to the clause's first comma: "..., colored this entire event"
        if end > after.i + 1:
            return f"{_SINCE_WORDS}{unit.doc[after.i + 1 : end].text}"
    return None


def _first_in(unit: Token, phrase: Callable[[Token], str]) -> str | None:
    """ "their first title in 108 years", "the first fatal crash for 60 years": the time since
    the last title (crash). The duration is "in" (or "for") a noun called "first", "in" the
    verb whose object is one, or "for" a "be" whose attribute is one ("It was the first fatal
    crash for 60 years", where the parse hangs "for" on "was")."""
    prep = unit.head
    if unit.dep_ != "pobj" or prep.lower_ not in ("in", "for"):
        return None
    owner = prep.head
    if prep.lower_ == "for" and owner.lemma_.lower() == "be":
        # "It was the first fatal crash for 60 years": the attribute called "first" is the owner
        firsts = [c for c in owner.children if c.dep_ == "attr" and _called_first(c)]
        owner = firsts[0] if firsts and firsts[0].i < unit.i else owner
    if prep.lower_ == "for" and not (owner.pos_ == "NOUN" and _called_first(owner)):
        return None  # "the first fatal crash for 60 years"; "for" a verb is how long it went on
    candidates = [owner] if owner.pos_ in ("NOUN", "PROPN") else []
    if owner.pos_ in ("VERB", "AUX"):
        candidates = [c for c in owner.children if c.dep_ in ("dobj", "attr", "nsubj")]
        # "fell short of their first title in 68 years": a noun "first" is said of deeper in
        # the verb's phrases before the duration, the nearest first
        candidates += sorted(
            (
                t
                for t in owner.subtree
                if t.dep_ == "pobj" and t.pos_ == "NOUN" and t.i < unit.i and t not in candidates
            ),
            key=lambda t: -t.i,
        )
    for noun in candidates:
        if noun.lemma_.lower() == "time":
            first_time = _first_time(noun, phrase)
            if first_time is not None:
                return first_time
            continue
        if any(t.dep_ == "amod" and t.lower_ == "first" for t in noun.subtree if t.i < noun.i):
            words = phrase(noun).split()
            rest = " ".join(w for w in words if w.lower() != "first")
            return f"{_SINCE_WORDS}last {rest}" if rest else None
        record = _superlative_since(noun, phrase)
        if record is not None:
            return record
    return _negated_since(owner, unit, phrase)


def _called_first(noun: Token) -> bool:
    """Whether "first" is said of a noun ("the first fatal crash")."""
    return any(t.dep_ == "amod" and t.lower_ == "first" for t in noun.children)


def _superlative_since(noun: Token, phrase: Callable[[Token], str]) -> str | None:
    """ "grew at the slowest pace in nine years": a duration "in" a noun a superlative
    qualifies counts the time since it was last as slow ("time since pace was as slow"); None
    for any other noun, and for a superlative of how many (``not_level_superlative``)."""
    levels = [
        t
        for t in noun.children
        if t.dep_ == "amod" and t.tag_ == "JJS" and t.lower_ not in _NOT_LEVEL_SUPERLATIVES
    ]
    if not levels:
        return None
    rest = " ".join(w for w in phrase(noun).split() if w != levels[0].text)
    return f"{_SINCE_WORDS}{rest} was as {levels[0].lemma_.lower()}" if rest else None


def _negated_since(verb: Token, unit: Token, phrase: Callable[[Token], str]) -> str | None:
    """ "Ohio, which has not backed a Democrat in 24 years": a duration of years or decades
    "in" a negated verb in the perfect tense counts the time since its subject last did it
    (whose record it is: "time since Ohio last backed", the verb's past participle); None for
    a verb that is not negated or not perfect ("will not be finished in three years", "did
    not finish in 3 hours"), for shorter units, and for a subject named by no noun."""
    if verb.pos_ not in ("VERB", "AUX") or not any(c.dep_ == "neg" for c in verb.children):
        return None
    perfect = any(c.dep_ == "aux" and c.lemma_.lower() in _PERFECT_AUX for c in verb.children)
    if not perfect or verb.tag_ != "VBN" or unit.lemma_.lower() not in _RECORD_UNITS:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    subject = subjects[0]
    if subject.pos_ == "PRON" and verb.dep_ == "relcl" and subject.lower_ in _RELATIVE_WORDS:
        subject = verb.head  # "Ohio, which has not backed ..."
    if subject.pos_ not in ("NOUN", "PROPN"):
        return None
    return f"{_SINCE_WORDS}{phrase(subject)} last {verb.text}"


def _first_time(time: Token, phrase: Callable[[Token], str]) -> str | None:
    """ "won the title for the first time in 52 years", "took the cup for the first time in 61
    years", "the river flooded for the first time in 40 years": what was first is the clause
    "for the first time" is in: the time since its object or attribute was last (the last
    cup, the last champions), else since its subject last did what the verb says."""
    if not any(t.dep_ == "amod" and t.lower_ == "first" for t in time.children):
        return None
    if time.dep_ == "attr" and time.head.lemma_ == "be":
        return _first_time_that(time, phrase)
    prep = time.head
    if time.dep_ != "pobj" or prep.lower_ != "for":
        return None
    if prep.head.dep_ in ("attr", "dobj") and prep.head.pos_ in ("NOUN", "PROPN"):
        return f"{_SINCE_WORDS}last {phrase(prep.head)}"  # "are champions for the first time"
    if prep.head.pos_ not in ("VERB", "AUX"):
        return None
    verb = prep.head
    named = [c for c in verb.children if c.dep_ in ("dobj", "attr") and c.pos_ in ("NOUN", "PROPN")]
    if named:
        return f"{_SINCE_WORDS}last {phrase(named[0])}"
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    if subjects and verb.lemma_ != "be":
        return f"{_SINCE_WORDS}{phrase(subjects[0])} last {verb.text}"
    return None


def _first_time_that(time: Token, phrase: Callable[[Token], str]) -> str | None:
    """ "It was the first time in 40 years that no local rider started the race": the time
    since the subject of the clause "that" begins last did what its verb says ("time since
    local rider last started"; a "no" before the subject is left out); None when no such
    clause with a nominal subject follows."""
    clauses = [
        c
        for holder in (time, time.head)
        for c in holder.children
        if c.dep_ in ("ccomp", "relcl", "acl") and c.pos_ == "VERB" and c.i > time.i
    ]
    for verb in clauses:
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
        if subjects:
            words = phrase(subjects[0]).split()
            if words and words[0].lower() == "no":
                words = words[1:]
            return f"{_SINCE_WORDS}{' '.join(words)} last {verb.text}" if words else None
    return None


def _time_without(unit: Token, phrase: Callable[[Token], str]) -> str | None:
    """ "had gone 108 years without a title", "have been without power for three days": a
    length a verb of ``without_verb`` takes (or has "for") with a noun "without" on that verb
    counts the time without that noun: "time without title"; None for any other (fig47)."""
    verb = unit.head.head if unit.dep_ == "pobj" and unit.head.lower_ == "for" else unit.head
    if unit.dep_ == "pobj" and unit.head.lower_ != "for":
        return None
    if unit.dep_ not in ("npadvmod", "dobj", "pobj") or verb.lemma_.lower() not in _WITHOUT_VERBS:
        return None
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "without":
            objects = [o for o in child.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
            if objects and not in_time(objects[0]):
                return f"time without {phrase(objects[0])}"
    return None


def _time_lacking(unit: Token, phrase: Callable[[Token], str]) -> str | None:
    """ "Brellow has had no mayor for 40 days", "the valley has not had rain in 40 days": a
    length "for" (or "in") a verb of ``lacking_verb`` whose object is said with "no", or whose
    verb is negated, counts the time without that object: "time without mayor". None for an
    object that is had ("has had a mayor for 40 days") or is a time (dur48)."""
    prep = unit.head
    if unit.dep_ != "pobj" or prep.lower_ not in ("for", "in") or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _LACKING_VERBS:
        return None
    negated = any(c.dep_ == "neg" for c in verb.children)
    for thing in verb.children:
        if thing.dep_ != "dobj" or thing.pos_ != "NOUN" or in_time(thing) or thing.i > unit.i:
            continue
        none = any(c.dep_ == "det" and c.lower_ == "no" for c in thing.children)
        if not (none or negated):
            return None
        words = [w for w in phrase(thing).split() if w.lower() != "no"]
        return f"time without {' '.join(words)}" if words else None
    return None


def _countdown(unit: Token, phrase: Callable[[Token], str]) -> str | None:
    """ "In 50 days, voters will pick a new mayor", "The vote is in 50 days", "The vote is 50
    days away", "Marlow takes office in 50 days": a length of days or more (``long_unit``)
    "in" a verb of what is still to come (``_ahead``: a future or present tense), or "in" or
    "away" (``ahead_adverb``) on "be" with a noun subject, counts the time until that event:
    "time until voters pick new mayor", "time until vote". None for a verb of the past or
    perfect ("rebuilt the pier in 50 days": how long the task took), a negated one, one
    that takes another number ("Sales will grow 5 percent in two years": the span of a
    change), a window ("in the next 50 days": ``time_offset``) and "be" with a pronoun
    subject or an attribute (dur48)."""
    if unit.lemma_.lower() not in _LONG_UNITS or time_offset(unit):
        return None
    head = unit.head
    if unit.dep_ == "pobj" and head.lower_ == "in" and head.dep_ == "prep":
        verb = head.head
    elif unit.dep_ == "npadvmod" and head.lower_ in _AHEAD_ADVERBS and head.i > unit.i:
        verb = head.head
        if verb.lemma_ != "be":
            return None
    else:
        return None
    if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children):
        return None
    subjects = [relative_head(c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    subject = subjects[0] if subjects and subjects[0].pos_ in ("NOUN", "PROPN") else None
    ahead = _ahead(verb)
    if verb.lemma_ == "be":
        said = any(c.dep_ in ("attr", "acomp") for c in verb.children)
        if subject is None or said or in_time(subject):
            return None
        return f"{_UNTIL_WORDS}{phrase(subject)}"
    if not ahead or _amount_taken(verb, unit):
        return None
    words = [phrase(subject)] if subject is not None else []
    words.append(verb.text)
    words += [c.text for c in verb.children if c.dep_ == "prt"]
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
    if objects:
        words.append(phrase(objects[0]))
    return f"{_UNTIL_WORDS}{' '.join(words)}"


def _ahead(verb: Token) -> bool:
    """Whether a verb tells of what is still to come: marked by a future auxiliary
    (``future_aux``: "will pick"), or in the present tense ("takes office in 50 days", "is
    sworn in", "is leaving office"; news tells a scheduled event so), never the past or the
    perfect ("took", "has grown")."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(c.lemma_.lower() in _FUTURE_AUX for c in auxes):
        return True
    if not auxes:
        return verb.tag_ in ("VBZ", "VBP")
    return all(c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP") for c in auxes) and verb.tag_ in (
        "VBG",
        "VBN",
    )


def _amount_taken(verb: Token, unit: Token) -> bool:
    """Whether a verb takes a number besides the length ``unit`` ("Sales will grow 5 percent
    in two years"): the length is then the span of that change, no countdown."""
    return any(
        t.like_num
        for c in verb.children
        if c.dep_ in ("dobj", "npadvmod", "attr", "prep", "advmod") and unit not in c.subtree
        for t in c.subtree
    )


def _role_led(unit: Token, phrase: Callable[[Token], str]) -> str | None:
    """ "Marlow has led the city for four years", "headed the agency for six years": a length
    "for" a verb of leading (``role_verbs.tsv``) with a noun object counts the time in the
    role of its leader: "time as leader of city" (whose term, the text around says; like
    "time as mayor" it is never compared across people). None with no such object ("the
    Kestrels led for 80 minutes"), for a passive verb, and for a length under a day
    (``long_unit``: "led the game for 80 minutes" is a lead in a game) (dur48)."""
    prep = unit.head
    if unit.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    if unit.lemma_.lower() not in _LONG_UNITS:
        return None  # "the Kestrels led the game for 80 minutes": a lead in a game, no term
    verb = prep.head
    role = _ROLE_VERBS.get(verb.lemma_.lower())
    if role is None or verb.pos_ != "VERB":
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    objects = [
        c
        for c in verb.children
        if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") and c.i < prep.i and not in_time(c)
    ]
    return f"time as {role} of {phrase(objects[0])}" if objects else None


def _time_left(unit: Token, phrase: Callable[[Token], str]) -> str | None:
    """ "Lund has three years left in her term", "three years remaining in her contract": a
    duration a participle of ``remaining_verb`` describes counts the time left "in" (or "of",
    "on") the noun it names: "time left in term"; "as" the role it names ("with two years left
    as governor": "time left as governor"); None when it names none."""
    for verb in unit.children:
        if verb.dep_ != "acl" or verb.lemma_.lower() not in _REMAINING_VERBS:
            continue
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("in", "of", "on"):
                continue
            objects = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
            if objects:
                return f"time left in {phrase(objects[0])}"
        for prep in verb.children:  # "with two years left as governor": the role still held
            if prep.dep_ != "prep" or prep.lower_ != "as":
                continue
            objects = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN"]
            if objects:
                return f"time left as {phrase(objects[0])}"
    return None


def verb_activity(unit: Token) -> str | None:
    """ "waited 90 minutes", "searched for 85 hours", "were delayed for half an hour": the
    activity of the verb (``ACTIVITIES``) the duration says the length of."""
    token = unit
    cut_for = _for_cut_off(unit)
    if cut_for is not None:
        token = cut_for  # "closed for three days after the flood"
    elif token.dep_ == "pobj" and token.head.lower_ in _LENGTH_PREPS:  # "delayed by an hour"
        token = token.head
        if token.dep_ not in ("prep", "agent"):  # a passive verb's "by" is its agent
            return None
    elif token.dep_ not in _LENGTH_DEPS:
        return None
    verb = token.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i == token.i:
        return None
    if _states(verb):
        return None  # "the market remained weak for two years": the state lasted (_state_held)
    lemma = verb.lemma_.lower()
    if lemma in _PLACED_ACTIVITY_VERBS and not _in_a_place(verb):
        return None  # "lived in poverty for 20 years": no residence
    if _state_gerund(verb):
        return f"time {verb.lower_}"  # "has been missing for four days": time missing
    barred = verb.head.head if verb.dep_ == "pcomp" and verb.head.lower_ == "from" else None
    if barred is not None and barred.lemma_.lower() in _BARRING_VERBS:
        # "banned from driving for two years": the ban lasts, not the driving (dur48)
        return ACTIVITIES.get(barred.lemma_.lower())
    return ACTIVITIES.get(lemma)


def _state_gerund(verb: Token) -> bool:
    """ "Varga has been missing for four days": a gerund of ``state_gerund`` after "be", with
    no object, is the state its subject was in (not "missed the bus by two minutes")."""
    return (
        verb.tag_ == "VBG"
        and verb.lower_ in _STATE_GERUNDS
        and any(c.lemma_ == "be" and c.dep_ == "aux" for c in verb.children)
        and not any(c.dep_ == "dobj" for c in verb.children)
    )


def _in_a_place(verb: Token) -> bool:
    """ "lived in Lisbon", "lived at the farm": the verb has an "in" or "at" object that is a
    place name or a ``dwelling_noun``, or an adverb of ``place_adverb`` that stands for a place
    ("has lived there for 20 years"; not "lived together", "lived apart")."""
    if any(c.dep_ == "advmod" and c.lower_ in _PLACE_ADVERBS for c in verb.children):
        return True
    return any(
        obj.dep_ == "pobj"
        and (obj.ent_type_ in ("GPE", "LOC", "FAC") or obj.lemma_.lower() in _DWELLING_NOUNS)
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at")
        for obj in prep.children
    )


def _role_held(unit: Token, phrase: Callable[[Token], str]) -> str | None:
    """ "I've been a fan for 40 years", "she was mayor for a decade", "I will be mayor for the
    next three years": a duration "for" which "be" joins its subject to a noun (or "for" the
    noun "be" takes) counts how long that noun (the role) was or will be held."""
    prep = unit.head
    if unit.dep_ != "pobj" or prep.lower_ != "for" or prep.dep_ != "prep":
        return None
    verb = prep.head
    if verb.dep_ == "attr" and verb.pos_ in ("NOUN", "PROPN") and verb.head.lemma_ == "be":
        # "I will be mayor for the next three years": "for" hung on the role
        if any(a.lemma_.lower() in _PLAN_VERBS for a in verb.head.ancestors):
            return None
        return phrase(verb)
    if verb.lemma_ != "be" or any(a.lemma_.lower() in _PLAN_VERBS for a in verb.ancestors):
        return None
    roles = [c for c in verb.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")]
    return phrase(roles[0]) if roles else None


def _time_spent(unit: Token, phrase: Callable[[Token], str]) -> str | None:
    """ "his eight years as president", "after two terms in office", "spent eight years in
    prison", "has been at the club for five years": the time spent in the place or role a
    preposition of ``place_of_time_prep`` names, on the duration itself, on a verb of spending
    (``spend_verb``) whose object it is, or on "be" it is "for" ("has been in a coma for two
    weeks", also when the parse hangs "for" on the place): "time as president", "time
    in prison". None when no such noun is named (a time: "two years in 2016"), or for an
    offset that only places a time ("after eight years in office", "for the last three weeks
    in office": ``time_offset``), or a fixed phrase of ``fixed_phrase`` ("out for two years as a
    result of the injury")."""
    if time_offset(unit):
        return None
    # "chatted for 15 minutes in the garden": a length "for" a verb is the verb's, the place
    # says where it happened; "his eight years in office" is the time in office
    holders = [] if unit.dep_ == "pobj" and unit.head.lower_ == "for" else [unit]
    verb = unit.head
    spent = unit.dep_ == "dobj" and verb.lemma_.lower() in _SPEND_VERBS
    if spent or _served_length(unit) or _served_length(unit, _SPEND_VERBS):
        holders.append(verb)  # "spent eight years in prison", "served three years as mayor"
    prep = unit.head
    if unit.dep_ == "pobj" and prep.lower_ == "for" and prep.head.lemma_ == "be":
        if any(a.lemma_.lower() in _PLAN_VERBS for a in prep.head.ancestors):
            return None
        holders.append(prep.head)
    place = prep.head
    if (
        unit.dep_ == "pobj"
        and prep.lower_ == "for"
        and place.dep_ == "pobj"
        and place.pos_ == "NOUN"
        and place.head.lower_ in _PLACE_PREPS
        and place.head.head.lemma_ == "be"
        and not in_time(place)
    ):
        # "has been in a coma for two weeks": the parse hangs "for" on the place itself
        return f"time {place.head.lower_} {phrase(place)}"
    for holder in holders:
        for child in holder.children:
            if child.dep_ != "prep" or child.lower_ not in _PLACE_PREPS:
                continue
            if holder == unit and child.i < unit.i:
                continue
            objects = [
                o
                for o in child.children
                if o.dep_ == "pobj"
                and o.pos_ in ("NOUN", "PROPN")
                and not in_time(o)
                and f"{child.lower_} {o.lemma_.lower()}" not in _FIXED_PHRASES  # "as a result"
            ]
            if objects and objects[0].lemma_.lower() not in TIME_UNITS:
                return f"time {child.lower_} {phrase(objects[0])}"
    return None


def _action_timed(unit: Token, phrase: Callable[[Token], str]) -> str | None:
    """ "The team spent two years building the car", "It took four days to reach the boy": a
    duration that is the object of a verb of spending (``spend_verb``) with an "-ing" verb
    after it, or of a verb of taking (``taking_verb``) with an infinitive after it, counts the
    time of that action and its object: "time building car", "time to reach boy". None when
    no such verb follows."""
    verb = unit.head
    if unit.dep_ not in ("dobj", "npadvmod") or verb.pos_ != "VERB" or verb.i > unit.i:
        return None
    lemma = verb.lemma_.lower()
    spending, taking = lemma in _SPEND_VERBS, lemma in _TAKING_VERBS
    for action in verb.children:
        if action.dep_ != "xcomp" or action.pos_ != "VERB" or action.i < unit.i:
            continue
        marked = any(c.dep_ == "aux" and c.lower_ == "to" for c in action.children)
        if not ((spending and action.tag_ == "VBG") or (taking and marked)):
            continue
        words = ["time", "to" if marked else "", action.text]
        objects = [c for c in action.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
        if objects:
            words.append(phrase(objects[0]))
        return " ".join(w for w in words if w)
    return None


def _time_given(unit: Token, phrase: Callable[[Token], str]) -> str | None:
    """ "The president-elect has 70 days to build a team", "was given 30 days to leave": a
    duration an infinitive after it describes is the time given for that task ("time to build
    team"); None for an infinitive of what is left ("with 10 days to go": ``left_infinitive``)
    and for a duration with no such infinitive, or one no verb has or is given ("Or only three
    years to find a mayor with a surplus": a clause left out, an offset back in time)."""
    if unit.dep_ not in ("dobj", "attr") or unit.head.pos_ not in ("VERB", "AUX"):
        return None
    for verb in unit.children:
        if verb.dep_ not in ("relcl", "acl") or verb.pos_ != "VERB" or verb.i < unit.i:
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            continue
        if verb.lemma_.lower() in _LEFT_INFINITIVES:
            return None
        objects = [c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
        words = ["time to", verb.text, phrase(objects[0]) if objects else ""]
        return " ".join(w for w in words if w)
    return None


def _state_held(unit: Token, phrase: Callable[[Token], str]) -> str | None:
    """ "The barn was left empty for six years", "the mill stood idle for nine
    years": a duration "for" a verb that puts its subject in a state (an adjective or
    participle it takes, or a passive participle: "had been stuck in the well for 70 hours")
    counts how long the subject was in it: "time well unused"; also for
    a verb of ``ACTIVITIES``, whose activity is what lasted only when it names no state
    (``verb_activity``: "the market remained weak for two years" is time market weak, not stay)."""
    prep = _for_cut_off(unit) or unit.head
    if not (unit.dep_ == "pobj" or prep != unit.head) or prep.lower_ != "for":
        return None
    if prep.dep_ != "prep":
        return None
    verb = prep.head
    states: list[Token] = []
    if verb.dep_ in ("acomp", "oprd") and verb.pos_ == "ADJ":
        states, verb = [verb], verb.head  # "left unused for six years": "for" on the state
    if verb.pos_ not in ("VERB", "AUX") or any(
        a.lemma_.lower() in _PLAN_VERBS for a in (verb, *verb.ancestors)
    ):
        return None
    adverbs = [] if states else _adverb_state(verb, prep)
    states = states or _states(verb) or _passive_state(verb) or adverbs
    if not states:
        return None
    subjects = [
        relative_head(c)
        for c in verb.children
        if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN", "PRON")
    ]
    subjects = [c for c in subjects if c.pos_ in ("NOUN", "PROPN")]
    if adverbs and not subjects:
        return None  # "he was out for three weeks": out of what, the sentence does not say
    owner = f"{phrase(subjects[0])} " if subjects else ""
    return f"time {owner}{states[0].text}"


def _adverb_state(verb: Token, prep: Token) -> list[Token]:
    """ "The power was out for three days": an adverb of ``be_state_adverb`` that "be" takes
    before the "for" of the duration is the state its subject was in."""
    if verb.lemma_ != "be" or any(c.dep_ in ("acomp", "attr") for c in verb.children):
        return []
    return [
        c
        for c in verb.children
        if c.dep_ == "advmod" and c.lower_ in _STATE_ADVERBS and verb.i < c.i < prep.i
    ]


def _for_cut_off(unit: Token) -> Token | None:
    """ "The road was closed for three days after the flood": the parse hangs the duration on
    "after" ("three days after the flood") and leaves "for" with no object; that "for",
    right before the duration, still says how long its verb lasted. None for any other
    duration."""
    if unit.dep_ != "npadvmod" or unit.head.lower_ not in _SINCE or unit.head.i < unit.i:
        return None
    first = min(t.i for t in unit.subtree if t.i <= unit.i)
    before = unit.doc[first - 1] if first > 0 else None
    if before is None or before.lower_ != "for" or before.dep_ != "prep":
        return None
    return None if any(c.dep_ == "pobj" for c in before.children) else before


def _served(unit: Token, phrase: Callable[[Token], str]) -> str | None:
    """ "He served 12 years in prison", "served three years as mayor": a duration a verb of
    ``served_verb`` takes as its object counts the time in the place or role it names ("time
    in prison"), as "spent" does (``_time_spent``); None when it names none ("served 12
    years": the verb's activity, ``verb_activity``)."""
    return _time_spent(unit, phrase) if _served_length(unit) else None


def _served_length(unit: Token, verbs: frozenset[str] = _SERVED_VERBS) -> bool:
    """Whether a duration is what a verb of ``verbs`` (``served_verb``) right before it
    takes ("served 12 years", "spent 10 weeks on the chart", parsed as its object or as an
    adverbial noun); not one set off after the verb's other words ("served in the navy - 13
    months at sea")."""
    verb = unit.head
    first = min(t.i for t in unit.subtree)
    return (
        unit.dep_ in ("dobj", "npadvmod") and first == verb.i + 1 and verb.lemma_.lower() in verbs
    )


def _one_length(head: Token, unit: Token) -> bool:
    """Whether ``unit`` is the rest of the length ``head`` begins ("one hour and 32 minutes",
    "1 hour 32 minutes"): only "and" or a comma between them, and no preposition on either
    ("two minutes on LinkedIn and one minute on Twitter" are two lengths)."""
    first = min(t.i for t in unit.subtree)
    between = head.doc[head.i + 1 : first]
    if any(not (t.is_punct or t.lower_ == "and") for t in between):
        return False
    return not any(c.dep_ == "prep" for c in (*head.children, *unit.children))


def _course_time(unit: Token, phrase: Callable[[Token], str]) -> str | None:
    """ "won the race in one hour and 32 minutes", "ran the marathon in 2 hours": a duration
    "in" a verb of ``course_verb`` that names the course or task as its object (a noun) is
    the time of that object ("time of race"); None with no such object ("finished in two
    hours": of what, the sentence does not say), for an object that is no course or task
    (``course_noun``: "won the title in five years", fig42) and for a window ("in the next
    two years": ``time_offset``)."""
    prep = unit.head
    if unit.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep" or time_offset(unit):
        return None
    verb = prep.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _COURSE_VERBS:
        return None
    objects = [
        c
        for c in verb.children
        if c.dep_ == "dobj"
        and c.pos_ == "NOUN"
        and c.i < prep.i
        and not in_time(c)
        and c.lemma_.lower() in _COURSE_NOUNS
    ]
    return f"time of {phrase(objects[0])}" if objects else None


def _money_spread(unit: Token) -> str | None:
    """ "offered $40 billion over eight years", "would cost $6 trillion over 12 years": a
    duration "over" (``spread_prep``) a verb whose object is an amount of money, or "over"
    that amount itself, is the span the money is spread over: "span of $40 billion". None for
    any other duration and for a window ("over the past 10 years": ``time_offset``)."""
    prep = unit.head
    if unit.dep_ != "pobj" or prep.lower_ not in _SPREAD_PREPS or time_offset(unit):
        return None
    owner = prep.head
    amounts = [owner] if owner.pos_ == "NUM" else []
    if owner.pos_ in ("VERB", "AUX"):
        amounts = [c for c in owner.children if c.dep_ == "dobj" and c.i < prep.i]
    for amount in amounts:
        words = [t for t in amount.subtree if t.i <= amount.i]
        numbered = amount.like_num or amount.pos_ == "NUM" or any(t.like_num for t in words)
        if numbered and any(t.tag_ == "$" for t in words):
            return f"span of {unit.doc[words[0].i : amount.i + 1].text}"
    return None


def relative_head(subject: Token) -> Token:
    """ "the club that has been locked out of the league": the noun a relative pronoun
    subject (``relative_subject``) of a relative clause stands for; any other subject
    itself."""
    verb = subject.head
    if subject.lower_ in _RELATIVE_WORDS and verb.dep_ == "relcl" and verb.head.i < subject.i:
        return verb.head
    return subject


def _passive_state(verb: Token) -> list[Token]:
    """ "The toddler had been stuck in the well for 70 hours": a passive participle of a
    lasting state (``state_participle``) is the state its subject was in (``_state_held``:
    "time toddler stuck"); none for another verb ("was re-elected for four more years",
    "were held for 12 hours": what the time is of, the verb alone does not say) (fix39c)."""
    passive = verb.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in verb.children)
    passive = passive and verb.lower_ in _STATE_PARTICIPLES
    if any(c.dep_ == "dobj" for c in verb.children):
        return []  # "who's done it for 36 years": "'s" is "has", no passive
    return [verb] if passive else []


def _states(verb: Token) -> list[Token]:
    """The adjectives or participles a verb puts its subject in ("remained weak", "stood
    empty", "left unused")."""
    return [c for c in verb.children if c.dep_ in ("acomp", "oprd") and c.pos_ in ("ADJ", "VERB")]


def _clause_mark(token: Token) -> bool:
    """Punctuation that ends a clause (not the apostrophe of "the Indians' title")."""
    return token.is_punct and token.tag_ != "POS"


def _lasting_in_sentence(unit: Token, phrase: Callable[[Token], str]) -> str | None:
    """ "The jinx lasted 40 years", "at last, 52 years on, the wait is over",
    "Leeds with 52 years and Hull with 30" (after "the longest droughts"): a duration
    the parse ties to no noun or activity counts the state that lasts (``LASTING_NOUNS``)
    named in its sentence, the nearest one; nothing when the sentence names none or the
    duration is only planned. An offset "N units later" does not count a noun of the verb it
    places in time ("The rescue came 17 minutes later"); "the drought ended after 40 years"
    still counts the drought."""
    if any(a.lemma_.lower() in _PLAN_VERBS for a in unit.ancestors):
        return None  # "the strike is expected to last three weeks": a plan, not what lasted
    sentence = unit.sent
    verb = unit.head.head if unit.dep_ == "pobj" and unit.head.lower_ == "for" else None
    if verb is not None and verb.pos_ == "NOUN" and _held_thing(verb):
        return phrase(verb)  # "talks for 90 minutes", "a strike for three days"
    if verb is not None and verb.pos_ in ("VERB", "AUX"):
        # "held a meeting for 90 minutes": the thing that lasts a verb of holding
        # (``holding_verb``) takes is what lasted
        held = [
            c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN" and _held_thing(c)
        ]
        if verb.lemma_.lower() not in _HOLDING_VERBS:
            held = []  # "watched the race for two hours": the race is not what was held
        if held:
            return phrase(held[0])
    placed = _placed_verb(unit) if _later(unit) else None
    named = [
        t
        for t in sentence
        if t.pos_ == "NOUN"
        and t.lemma_.lower() in LASTING_NOUNS
        and t.i != unit.i
        and (placed is None or t.head != placed)
    ]
    if not named:
        return None
    return phrase(min(named, key=lambda t: abs(t.i - unit.i)))


def _held_thing(noun: Token) -> bool:
    """Whether a noun names a thing that lasts ("talks", "meeting", "strike", "drought")."""
    return noun.lemma_.lower() in _HELD_THINGS or noun.lower_ in _HELD_THINGS


def _later(unit: Token) -> bool:
    """ "17 minutes later", "a year on": a duration followed by an offset word
    (``offset_word``) that only places a time, in the clause of the verb it dates."""
    after = unit.doc[unit.i + 1] if unit.i + 1 < len(unit.doc) else None
    if after is None or after.lower_ not in _OFFSET_WORDS:
        return False
    # "Twelve years on and the wait is over": "and" makes the offset a clause of its own
    return not any(c.dep_ == "cc" for c in after.children) and time_offset(unit)


def _placed_verb(unit: Token) -> Token | None:
    """The verb an offset ("17 minutes later") places in time: the first verb above its unit
    word. Its subject or object is what the offset dates, not what lasts: "The rescue came 17
    minutes later" is no length of the rescue."""
    for above in unit.ancestors:
        if above.pos_ in ("VERB", "AUX"):
            return above
    return None


def extreme_since(noun: Token, phrase: Callable[[Token], str]) -> str | None:
    """ "Copper reached its highest level in 12 years", "the rand fell to a 20-year low":
    the duration counts the time since what reached that level was last as high (or as low):
    "time since copper was as high". None when ``noun`` is no such level."""
    lemma = noun.lemma_.lower()
    if lemma not in _HIGH_NOUNS and lemma not in _LOW_NOUNS:
        return None
    level = "as high" if lemma in _HIGH_NOUNS else "as low"
    verb = noun.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if noun.dep_ not in ("dobj", "pobj", "attr") or not subjects or subjects[0].pos_ == "PRON":
        return f"{_SINCE_WORDS}last {level}"
    return f"{_SINCE_WORDS}{phrase(subjects[0])} was {level}"
