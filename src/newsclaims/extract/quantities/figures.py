"""Figures of a parsed document: each match of the number grammar with its unit, what it
counts, its measure and its trend, using the figures before it in the sentence where the
text leaves them out ("from 2.5 to 3.0 kg", "down from 70 percent")."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from newsclaims import settings
from newsclaims.extract.quantities.ages import (
    aged_person,
    is_fronted_age,
    name_beside,
    name_chain,
    named_before,
    pronoun_person,
    quoted_speaker,
    relative_antecedent,
    subject_named_before,
)
from newsclaims.extract.quantities.counted import (
    COST_WORDS,
    HANGING_AGE,
    LENGTH_UNITS,
    MONEY_SUBJECT_VERBS,
    about_of_unit,
    age_alone,
    age_at,
    ahead_by,
    apposed_names,
    as_high_as,
    audience,
    change,
    change_noun,
    changed_object,
    clause_subject,
    cost_subject,
    currency_holder,
    distance_from,
    each_thing,
    event_of,
    game_periods,
    gap_of,
    given_points,
    group_named,
    lead_holder,
    level_subject,
    margin_of,
    margin_verb,
    measured_subject,
    measured_thing,
    names_survey,
    next_partitive,
    noun_phrase,
    of_holder,
    people_group_named,
    point_average,
    points_receiver,
    points_with,
    price_of,
    relative_attribute,
    same_count_named,
    scored_thing,
    set_off_total,
    share_in,
    share_state,
    thing_phrase,
    unit_and_noun,
    unit_of,
    within_of,
)
from newsclaims.extract.quantities.durations import extreme_since, time_offset, verb_activity
from newsclaims.extract.quantities.measures import (
    AGE_UNIT,
    GATHERING_VERBS,
    LENGTH_VERBS,
    MEASURE_NOUNS,
    MEASURES,
    dimension,
    governor_of,
    measure,
    relative_verb,
)
from newsclaims.extract.quantities.numbers import (
    PATTERN,
    PERCENT,
    SCALES,
    SHARED_SCALE,
    Number,
    matches,
    read_number,
    start_of,
)
from newsclaims.extract.quantities.scope import country_of, scope_of
from newsclaims.extract.quantities.tokens import in_duration, in_time, token_at
from newsclaims.extract.quantities.units import CURRENCY_WORDS, TIME_UNITS, currency, word_set
from newsclaims.extract.spans import doc_text, entity_ranges
from newsclaims.extract.speakers import person_noun
from newsclaims.lexicons import crowd_words, figure_nouns, measure_classes
from newsclaims.model import Bound, FigureScope

#: Nouns that, counted at a gathering, give its size.
CROWD_WORDS = crowd_words()
#: Prepositions by which a bare number says when, where or in what something happened.
CIRCUMSTANCE = word_set("circumstance_prep")
#: Prepositions of a span ("for seven innings"): a verb's object does not count their noun.
SPAN_PREPS = word_set("span_prep")
#: Pronouns of a person whose age is said after "be" ("he was five years old").
PERSONAL = word_set("personal")
#: Nouns that stand for an earlier figure ("put the figure at 900", "the total").
FIGURE_WORDS = figure_nouns()
#: Nouns "of" a bare number that are not what it counts: the figure nouns, the measure
#: nouns ("a deployment of 15,000" counts the soldiers named before) and persons ("a mother
#: of three" counts her children).
_NOT_HOLDERS = FIGURE_WORDS | MEASURE_NOUNS | PERSONAL


#: The unit of a count of times ("deployed four times": ``units.tsv``), also that of events counted
#: "of" what they happened to ("four deployments of the safety car").
_TIMES_UNIT = "count"


def _event_count(noun: Token | None, unit: str | None) -> tuple[str | None, str | None]:
    """ "four deployments of the safety car": what events counted "of" a thing happened to
    (``event_of``) and the unit of a count of times: the safety car was deployed four times, a
    count of events, not of things deployed (never compared with "200 police deployed").
    Else None and ``unit`` as it was."""
    thing = event_of(noun)
    return (thing, _TIMES_UNIT) if thing is not None else (None, unit)


@dataclass(frozen=True, slots=True)
class QuantityDraft:
    """A figure found in the text."""

    start: int
    end: int
    value: float
    low: float | None
    high: float | None
    bound: Bound
    unit: str | None
    about: str | None
    measure: str | None
    change: str | None
    scope: FigureScope = FigureScope.TOTAL
    qualifier: str | None = None
    country: str | None = None
    offset: bool = False
    """A duration that only places a time ("twenty minutes later", "in the coming two
    months") and names nothing it counts: the stage finds it, but it is no figure (the time
    stage holds it as a time)."""


def find_quantities(doc: Doc) -> list[QuantityDraft]:
    """All figures of a parsed document, in text order.

    A duration that only places a time and counts nothing, and that the time stage holds, is
    kept marked ``offset``.
    A figure without a counted noun ("a deployment of roughly 15,000") or whose noun names a
    measure ("6,000 casualties") counts what the latest counted noun phrase named.
    """
    found: list[QuantityDraft] = []
    # the last about, where it was named, and for one a vague count gave ("Dozens of hikers
    # were hurt") the measure it passes on when its noun is of people, else ""
    last: tuple[str | None, int, str | None] = (None, -1, None)
    weak: set[int] = set()  # figures whose about the parse around them gave
    read: dict[tuple[int, int, int], Number | None] = {}

    def number_of(m: re.Match[str]) -> Number | None:
        """``read_number``, once per match (a range is read to decide it is one)."""
        key = (id(m.re), m.start(), m.end())
        if key not in read:
            read[key] = read_number(doc, m)
        return read[key]

    for m in matches(doc_text(doc), lambda m: number_of(m) is not None):
        if found and m.start() < found[-1].end:
            continue
        number = number_of(m)
        unit_info = unit_of(doc, m, number) if number is not None else None
        if number is None or unit_info is None:
            continue
        unit, noun, end = unit_info
        # own_noun: what the parse around the number itself says happened to
        own_noun, (unit, noun) = noun, _out_of(doc, end, unit, noun)
        number, unit = _in_metres(doc, m, number, unit, noun)
        if unit is None and noun is None:
            unit = (
                _shared_unit(doc, m, number)
                or _level_unit(doc, found, start_of(m))
                or _parallel_unit(doc, found, start_of(m))
                or _gapped_unit(doc, found, (start_of(m), end))
                or _from_to_unit(doc, found, start_of(m))
            )
        bound = _bound(doc, m, number, unit)
        measure_noun = noun is not None and noun.lemma_.lower() in MEASURE_NOUNS
        # "At 24, Rosa Vance is ...": asked once per figure (it was asked up to twice here)
        fronted = _fronted(doc, m, unit, noun)
        measured = _measured(doc, m, end, unit, own_noun)
        about = (
            (_aged_group(doc, start_of(m), end) if unit == AGE_UNIT else None)  # not "olds"
            or (people_group_named(doc, start_of(m), number.value, noun) if unit is None else None)
            or _named(noun, end, unit)
            if noun is not None and not measure_noun
            else _vague_of(doc, m, end, noun, unit)
        )
        if about is not None:
            last = (about, start_of(m), _vague_measure(doc, m, end, (noun, unit), measured))
        elif noun is None and unit is not None and not unit.startswith("per "):
            about = (
                # "At 13, she was already playing the piano": whose a fronted age is, only
                # its subject says (fix39c)
                _age_first(doc, start_of(m), end, unit)
                if fronted
                else (
                    (_hanging_aged_group(doc, start_of(m), end) if unit == AGE_UNIT else None)
                    or _age_first(doc, start_of(m), end, unit)
                    or (share_state(doc, end) if unit == "percent" else None)
                    or distance_from(doc, end, unit)
                    or within_of(doc, start_of(m), end, unit)
                    or gap_of(doc, end)
                    or as_high_as(doc, end)
                    or about_of_unit(doc, end)
                    or _about_before(doc, found, start_of(m), unit)
                    or _group_share(doc, found, start_of(m), end, unit)
                )
            )
        elif measure_noun or unit is None or unit.startswith("per "):
            event_thing, unit = _event_count(noun, unit)
            about = (
                event_thing
                or (
                    apposed_names(doc, end, number.value) if noun is None and unit is None else None
                )
                or (_counted_aged_group(doc, end) if noun is None and unit is None else None)
                or (point_average(doc, start_of(m), end) if noun is None else None)
                or (share_in(doc, end) if unit is None and noun is None else None)
                or (audience(doc, start_of(m), number.value) if noun is None else None)
                or (game_periods(doc, start_of(m)) if noun is None else None)
                or about_of_unit(doc, end)
                or (group_named(doc, start_of(m), number.value) if noun is None else None)
                or (
                    same_count_named(
                        doc,
                        start_of(m),
                        number.value,
                        ((d.start, d.value, d.about, d.unit) for d in found),
                    )
                    if noun is None
                    else None
                )
                # "the three who were children": the clause says what they are, whatever
                # the figure before counted
                or (relative_attribute(doc, start_of(m)) if noun is None else None)
                or _carried(doc, last, m, measured)
                or (_same_verb_before(doc, found, m, measured) if noun is None else None)
                or _compared(doc, found, start_of(m), unit)
                or (scored_thing(doc, end) if unit is None and noun is None else None)
                or (
                    _bare_count_thing(doc, end, number.value, measured)
                    if unit is None and noun is None
                    else None
                )
                or (
                    next_partitive(doc, start_of(m), number.value)
                    if unit is None and noun is None
                    else None
                )
            )
        elif noun is not None:
            about = noun_phrase(noun, end)
        if about is None and unit is not None and not fronted:
            weak.add(len(found))  # told by the parse around it: a noun joined figure names wins
            about = _measurement_of(doc, found, start_of(m), end, unit)
        measured = _crowd_measure(about, unit, measured)
        about, measured = _figure_word(
            doc, found, start_of(m), _costed(doc, start_of(m), unit, about), measured
        )
        if unit is not None and own_noun is None:
            measured, about = _changed(doc, end, measured, about)
        governor = governor_of(doc, start_of(m), own_noun)
        measured, about = _gapped(
            doc, found, start_of(m), unit, (about, len(found) in weak), measured, governor
        )
        scope, qualifier = scope_of(doc, start_of(m), end, unit, measured, noun, governor)
        about, measured = _holder(
            doc,
            found,
            (start_of(m), end, unit),
            # "Ruiz at 45 percent and Park at 38": Park's
            _gapped_about(doc, found, (start_of(m), end, unit), noun, about),
            measured,
        )
        about, measured = _standings(doc, (start_of(m), end), noun, about, measured, unit)
        if about is not None and _coordinated(doc, found, start_of(m), unit, weak):
            # "the 250-ml and 500-ml cans": the first of two joined figures counts the
            # noun written after the second
            found[-1] = replace(found[-1], about=about)
        found.append(
            QuantityDraft(
                start_of(m),
                end,
                number.value,
                number.low,
                number.high,
                bound,
                unit,
                # "won by 12 points": the winning margin; "sold for $500 apiece": each one
                margin_of(doc, end, noun) or each_thing(doc, end) or about,
                measured,
                change(doc, m.start()),
                scope,
                qualifier,
                country_of(governor),
                _offset(doc, start_of(m), end, unit, about),
            )
        )
    return _same_lengths(doc, _parallel_totals(doc, found))


def _same_lengths(doc: Doc, found: list[QuantityDraft]) -> list[QuantityDraft]:
    """ "It's 108 years, generations" after "their first title in 108 years": a duration that
    names nothing, of ``settings.SAME_LENGTH_MIN`` or more, counts what the other figures of
    the document of the same length and unit count, when they name one thing only (fig47)
    and that thing is no activity (``_activity_twin``: "will debate it for 108 years" is
    no thing the bare length is of; twin47), nor the bare length its own verb's
    (``_spent_length``: "has lived there for 50 years"; rev48b); any other figure stays as
    it is."""
    named: dict[tuple[str, float], set[str]] = {}
    activities: set[tuple[str, float]] = set()
    for draft in found:
        if draft.unit in TIME_UNITS and draft.about is not None:
            named.setdefault((draft.unit, draft.value), set()).add(draft.about)
            if _activity_twin(doc, draft):
                activities.add((draft.unit, draft.value))
    out = []
    for draft in found:
        key = (draft.unit or "", draft.value)
        things = named.get(key, set())
        bare = draft.about is None and draft.unit in TIME_UNITS
        if (
            bare
            and draft.value >= settings.SAME_LENGTH_MIN
            and len(things) == 1
            and key not in activities
            and not _spent_length(doc, draft)
        ):
            out.append(replace(draft, about=next(iter(things)), offset=False))
        else:
            out.append(draft)
    return out


def _spent_length(doc: Doc, draft: QuantityDraft) -> bool:
    """Whether a length is what its own verb spent ("has lived there for 50 years", "have
    fallen for 30 days", "took 25 years"): the object of a span's preposition (``span_prep``)
    or of a verb other than "be"; such a length is that verb's, never a twin's thing
    (``_same_lengths``; "It's 108 years", "After 108 years" are no verb's length)."""
    unit = token_at(doc, draft.end - 1)
    if unit is None:
        return False
    if unit.dep_ == "pobj":
        return unit.head.lower_ in SPAN_PREPS
    return (
        unit.dep_ in ("dobj", "npadvmod")
        and unit.head.pos_ in ("VERB", "AUX")
        and unit.head.lemma_ != "be"
    )


def _parallel_totals(doc: Doc, found: list[QuantityDraft]) -> list[QuantityDraft]:
    """ "Okafor has 140 points. Varga is on 128.": a bare whole count a name "is on" or
    "has" (``_total_holder``) right after a figure of a unit that another name "has" or "is
    on", in the same or the sentence before, is that name's total in that unit, when the two
    values fit (the larger at most ``settings.PARALLEL_TOTAL_RATIO`` times the smaller);
    any other figure stays as it is (twin47)."""
    out: list[QuantityDraft] = []
    for draft in found:
        before = out[-1] if out else None
        holder = _total_holder(doc, draft.start)
        if (
            before is None
            or holder is None
            or draft.unit is not None
            or draft.about is not None
            or draft.value != int(draft.value)
            or draft.value <= 0
            or before.unit is None
            or before.value <= 0
        ):
            out.append(draft)
            continue
        other = _total_holder(doc, before.start)
        sentence = holder.sent
        near = other is not None and (
            other.sent == sentence
            or (sentence.start > 0 and doc[sentence.start - 1].sent == other.sent)
        )
        ratio = max(draft.value, before.value) / min(draft.value, before.value)
        if (
            other is None
            or not near
            or ratio > settings.PARALLEL_TOTAL_RATIO
            # the count before is its own name's total ("Okafor has 140 points"), not of a
            # thing ("20 years of experience"), and another name holds this one
            or before.about != other.text
            or holder.text == other.text
            # no other name nearer the count ("Varga is on 128 and Lund on 120")
            or _name_between(doc, holder, draft.start)
        ):
            out.append(draft)
            continue
        out.append(replace(draft, unit=before.unit, about=holder.text))
    return out


def _name_between(doc: Doc, holder: Token, start: int) -> bool:
    """Whether a proper noun other than ``holder`` stands between it and the figure starting
    at ``start`` ("Varga is on 128 and Lund on 120": Lund, nearer the 120)."""
    number = token_at(doc, start)
    end = number.i if number is not None else holder.i + 1
    return any(t.pos_ == "PROPN" for t in doc[holder.i + 1 : end])


def _total_holder(doc: Doc, start: int) -> Token | None:
    """The name (a one-word proper noun subject) that "has" the figure starting at ``start``
    ("Okafor has 140 points", "Varga has 128") or "is on" it ("Varga is on 128"); None for
    any other figure."""
    number = token_at(doc, start)
    if number is None:
        return None
    token = number.head if number.dep_ == "nummod" else number
    if token.dep_ == "pobj" and token.head.lower_ == "on" and token.head.dep_ == "prep":
        verb = token.head.head
        if verb.lemma_ != "be":
            return None
    elif token.dep_ == "dobj" and token.head.lemma_ == "have":
        verb = token.head
    else:
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    return subjects[0] if subjects else None


#: Nouns of talking ("the talks lasted 30 days", "the debate lasted 40 years"): what people
#: did for a length, not a thing or state the length is of.
_TALK_NOUNS = word_set("talk_noun")


def _activity_twin(doc: Doc, draft: QuantityDraft) -> bool:
    """A duration whose about is the activity its verb names ("fans will debate the final
    for 108 years", "waited 108 years": ``verb_activity`` of its unit word gives that about)
    or a noun of talking (``talk_noun``); such an about is what someone did for as long,
    never copied to a bare twin (``_same_lengths``)."""
    about = draft.about or ""
    if about and about.split()[-1].lower() in _TALK_NOUNS:
        return True
    unit_word = token_at(doc, draft.end - 1)
    return unit_word is not None and verb_activity(unit_word) == about


#: Units of a time gap between rivals ("finished 20 seconds behind Lund").
_GAP_UNITS = word_set("gap_unit")


def _standings(
    doc: Doc,
    where: tuple[int, int],
    noun: Token | None,
    about: str | None,
    measured: str | None,
    unit: str | None,
) -> tuple[str | None, str | None]:
    """A figure of a lead noun is its holder's ("Lund has a 12-point lead" -> lead of Lund),
    and so are points ahead or behind ("12 points ahead of Okafor");
    the margin "by" of a verb of a contest's result takes that verb as its measure ("trails
    team mate Lund by 12 points": trail, not "mate"); any other keeps ``about`` and
    ``measured``; a figure that names nothing set off "on N" after a name is its total
    ("Lund, on 255 points, needs ...": ``set_off_total``); a figure "by" which a verb
    changes its object is that object's (``changed_object``)."""
    start, end = where
    changed = changed_object(doc, start, end)
    if changed is not None:
        return changed[0], measured  # "cut fuel duties by $3 billion": the duties
    if about is None:
        about = set_off_total(doc, start, end)
    if about is not None and " " not in about:
        about = lead_holder(doc, end, noun) or about
    if unit == "point":
        if about is None:
            about = points_with(doc, end)  # "leads the standings with 212 points"
        about = ahead_by(doc, end, about) or about
        if names_survey(about):
            about = None  # "the latest survey has Okoro 3 points behind Varga": not the survey's
    elif unit in _GAP_UNITS:
        about = ahead_by(doc, end, about, rival=True) or about
    margin = margin_verb(doc, end, noun)
    if margin is not None:
        measured = margin[0].lemma_.lower()
    return about, measured


def _bare_count_thing(doc: Doc, end: int, value: float, measured: str | None) -> str | None:
    """What a bare whole number counts by the noun it is "of" ("a crowd of 38,104") or the
    subject of a verb of level ("the population stood at 200,000") or of its change ("sales
    rose to 4,000"; not when the figure has a measure class: "the death toll rose to 12" counts
    the dead, as its measure says); None for a fraction ("the index stood at 96.088" is a
    level, not a count of anything) or when none is named."""
    if value != int(value):
        return None
    return of_holder(doc, end, _NOT_HOLDERS) or level_subject(
        doc, end, changes=measured not in measure_classes()
    )


def _offset(doc: Doc, start: int, end: int, unit: str | None, about: str | None) -> bool:
    """A duration naming nothing it counts that only places a time ("twenty minutes later"),
    and that the time stage holds as a duration, so leaving the figures loses nothing."""
    if unit not in TIME_UNITS or about is not None:
        return False
    unit_word = token_at(doc, end - 1)
    return unit_word is not None and time_offset(unit_word) and in_duration(doc, start, end)


def _measured(
    doc: Doc, m: re.Match[str], end: int, unit: str | None, noun: Token | None
) -> str | None:
    """The measure of a figure: the dimension its words name ("40 metres deep"), else what
    happened to what it counts; none for an average written ".357" (nothing happened to it)."""
    if unit is None and noun is None and point_average(doc, start_of(m), end) is not None:
        return None  # "Lopez hit .357": the hitter's rate, not what was hit
    return dimension(doc_text(doc), start_of(m), end, unit) or measure(doc, start_of(m), unit, noun)


def _crowd_measure(about: str | None, unit: str | None, measured: str | None) -> str | None:
    """ "estimated the crowd at 8,000", "5,000 people marched": a count of a crowd, or of
    people at a gathering, is how many took part; any other keeps its ``measured``."""
    crowd_word = about.lower().split()[-1] if about and unit is None else None
    if crowd_word == "crowd" or (crowd_word in CROWD_WORDS and measured in GATHERING_VERBS):
        return "participated"
    return measured


def _changed(
    doc: Doc, end: int, measured: str | None, about: str | None
) -> tuple[str | None, str | None]:
    """ "a 6% fall in the price of copper": a figure before a noun of change is that
    change's size (measure and what changed); any other keeps ``measured`` and ``about``."""
    shift = change_noun(doc, end)
    if shift is None:
        return measured, about
    return MEASURES.get(shift[0], shift[0]), shift[1] or about


def _named(noun: Token, end: int, unit: str | None) -> str:
    """What the noun a figure counts or modifies names: its phrase, or for a duration of a
    level ("a 39-year high") the time since it was last reached."""
    since = extreme_since(noun, thing_phrase) if unit in TIME_UNITS else None
    return since or noun_phrase(noun, end)


def _metres_not_millions(doc: Doc, m: re.Match[str], noun: Token | None) -> bool:
    """An amount written with "m" right after its digits and no currency sign is in metres
    unless it counts a plural noun ("40m dry well", "13m down", "40m deep"; "40m people")."""
    groups = m.groupdict()
    if (groups.get("scale") or "") != "m" or groups.get("sign") or groups.get("num2"):
        return False
    if noun is not None and noun.tag_ in ("NNS", "NNPS"):
        return False
    after = token_at(doc, m.end())
    if after is None:
        return True
    counted = after.tag_ in ("NNS", "NNPS") or after.lower_ in CURRENCY_WORDS
    return not counted and after.lower_ != "of"  # "35m of its devices"


#: Pronouns a part counts from: "forty were injured, four of them seriously".
_PRONOUNS = frozenset({"them", "whom", "those", "these"})


def _about_in_sentence(doc: Doc, previous: QuantityDraft, start: int) -> str | None:
    """What the figure before this one counted, when it is in the same sentence."""
    return previous.about if _same_sentence(doc, previous.start, start) else None


def _last_named(doc: Doc, found: list[QuantityDraft], start: int) -> str | None:
    """What the last figure of the sentence before ``start`` that names what it counts
    counted ("protests in 25 cities, and 124 were arrested in two of them": cities)."""
    for previous in reversed(found):
        if not _same_sentence(doc, previous.start, start):
            return None
        if previous.about is not None and previous.about.lower() not in _PRONOUNS:
            return previous.about
    return None


#: Dependencies of a clause or modifier that says who a pronoun is ("those surveyed").
_DESCRIBING = frozenset({"acl", "relcl", "amod"})


def _described(doc: Doc, start: int, pronoun: str) -> bool:
    """Whether the pronoun a figure at ``start`` counts, in its sentence, has its own clause or
    modifier ("31 percent of those surveyed", "of those who voted"; "the 28% who would not"
    after it takes that "those"): it stands for no earlier noun."""
    token = token_at(doc, start)
    if token is None:
        return False
    for word in token.sent:
        if word.lower_ == pronoun.lower() and word.dep_ == "pobj":
            return any(c.dep_ in _DESCRIBING for c in word.children)
    return False


def _named_before(doc: Doc, found: list[QuantityDraft], start: int) -> str | None:
    """ "Forty passengers were injured. Seven of them are in a serious condition": what the
    last count of the sentence just before ``start`` that names what it counts counted, when
    its own sentence names nothing; a figure with a unit (money, a share) counts nothing
    "them" can be, nor does a count of one ("right about one thing. ... win eight of them").
    None when the sentence before has no such count."""
    for previous in reversed(found):
        reach = _sentences_back(doc, previous.start, start)
        if reach is None or reach > 1:
            return None
        if reach == 0:
            continue
        if previous.unit is None and previous.about is not None:
            if previous.about.lower() in _PRONOUNS or previous.value <= 1:
                return None
            return previous.about
    return None


def _bound(doc: Doc, m: re.Match[str], number: Number, unit: str | None) -> Bound:
    """The figure's bound: "over six years" is a span of time, not a bound, unless a verb
    that takes a length of time governs it ("took over 100 hours", "for over an hour")."""
    over = (m.groupdict().get("bound") or "").lower() == "over"
    if number.bound == "more_than" and unit in TIME_UNITS and over and not _length(doc, m):
        return Bound.EXACT
    return number.bound


def _length(doc: Doc, m: re.Match[str]) -> bool:
    """ "for over", or a verb of ``LENGTH_VERBS`` above "over" in the parse."""
    word = token_at(doc, m.start())
    if word is None:
        return False
    if word.i > 0 and doc[word.i - 1].lower_ == "for":
        return True
    for above in [word, *word.ancestors][:4]:
        if above.pos_ in ("VERB", "AUX"):
            return above.lemma_.lower() in LENGTH_VERBS
    return False


#: Measures a figure of the same unit after it does not take: they name no happening.
_UNSHARED_MEASURES = frozenset({"duration", "age"})


def _gapped(
    doc: Doc,
    found: list[QuantityDraft],
    start: int,
    unit: str | None,
    named: tuple[str | None, bool],
    measured: str | None,
    governor: Token | None,
) -> tuple[str | None, str | None]:
    """The measure (and, for a measurement that names nothing, what it measures) of the
    figure before, for a figure the parse ties to no verb, that follows it in the same clause
    with no verb between them: a verb said once for two figures ("500g jars were cut to
    450g and the 250g jars to 220g", "cutting the 500g jar to 450g and the 250g to 220g").
    Only for the same unit, and for bare counts the same counted thing ("won two sets on
    five aces": the aces were not won); never when the figure has a measure or the parse
    gave it a ``governor`` (its own verb said nothing happened: "the jars now hold just
    450g"), nor for a total ("31 out of 40 matches", "two of the first five finals"). A
    measurement in brackets that restates the one before in other units ("2 metres across
    (6.6 feet)") has its measure.
    ``named`` is what the figure counts and whether only the parse around it said so (then
    the figure it shares its verb with says better: "the firm cut the 500g jar to 450g and
    the 200g to 180g" measures a jar, not the firm)."""
    about, weak = named
    if measured is not None or not found:
        return measured, about
    previous = found[-1]
    if previous.measure is None or previous.measure in _UNSHARED_MEASURES:
        return measured, about
    if _restated(doc, found, start) is not None:
        return previous.measure, about  # "2 metres across (6.6 feet)": the same extent
    if governor is not None:
        return measured, about
    if previous.unit != unit or unit in TIME_UNITS or (unit is None and previous.about != about):
        return measured, about
    if not _same_sentence(doc, previous.start, start):
        return measured, about
    between = doc.char_span(previous.end, start, alignment_mode="expand")
    if between is None or re.search(r"[;:()]|\bof(\s+[a-z]+){0,2}\s*$", between.text, re.I):
        # "31 out of 40 matches", "two of the first five finals": the whole of a part
        return measured, about
    if any(t.pos_ in ("VERB", "AUX") for t in between if previous.end <= t.idx < start):
        return measured, about
    return previous.measure, (previous.about or about) if weak or about is None else about


def _carried(
    doc: Doc, last: tuple[str | None, int, str | None], m: re.Match[str], measured: str | None
) -> str | None:
    """A count that names nothing counts what the last counted noun phrase (at ``last_at``)
    named: in its own sentence, or for a measure class ("a deployment of roughly 15,000",
    "at least 12 were taken to hospital") or for more of the same ("Another five were
    found", "Two more will close": ``_more_of``) in one of the ``settings.FIGURE_CARRY_SENTENCES``
    before it (further back it is another passage's: "one such critic ... when 31 were
    killed"); otherwise the noun of a different count is not its thing, nor is it for a
    number that only says when or where ("won 5-4 in 11 innings ... before 41,220").
    ``last`` is that phrase, ``last_at`` and, when a vague count named it, the measure it
    passes on (``_vague_measure``): only to a count of the same kind of event ("Dozens of
    hikers were hurt. At least 40 were taken to hospital"; not "Dozens of soldiers were
    killed ... arrested 12": the arrested need not be soldiers)."""
    last_about, last_at, vague = last
    if vague is not None and not _same_event(vague, measured):
        return None
    if _circumstance(doc, m, last_at):
        return None
    if _same_sentence(doc, last_at, start_of(m)):
        return last_about
    if (measured is not None and measured in measure_classes()) or _more_of(doc, m, last_at):
        reach = _sentences_back(doc, last_at, start_of(m))
        return (
            last_about if reach is not None and reach <= settings.FIGURE_CARRY_SENTENCES else None
        )
    return None


#: Words right before a bare count ("another five") or right after it ("five more") that
#: make it more of what was counted before.
_MORE_BEFORE = word_set("more_before")
_MORE_AFTER = word_set("more_after")


def _more_of(doc: Doc, m: re.Match[str], last_at: int) -> bool:
    """Whether a bare count says it is more of the things counted by the figure at
    ``last_at``: "Another five were found", "Two more will close in May"; not when another
    number stands between them ("40 serves ... she had one set to win,
    then three more": more sets, fig44)."""
    first, last = token_at(doc, start_of(m)), token_at(doc, m.end() - 1)
    if first is None or last is None:
        return False
    earlier = token_at(doc, last_at)
    if earlier is None or any(t.like_num for t in doc[earlier.i + 1 : first.i]):
        return False
    before = doc[first.i - 1] if first.i > 0 else None
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    return (before is not None and before.lower_ in _MORE_BEFORE) or (
        after is not None and after.lower_ in _MORE_AFTER and after.head in (first, last)
    )


def _fronted(doc: Doc, m: re.Match[str], unit: str | None, noun: Token | None) -> bool:
    """Whether a figure is an age "At N," fronted before its clause (``is_fronted_age``)."""
    return unit == AGE_UNIT and noun is None and is_fronted_age(doc, m)


def _vague_of(
    doc: Doc, m: re.Match[str], end: int, noun: Token | None, unit: str | None
) -> str | None:
    """ "Dozens of passengers were hurt. At least 40 ...": what a vague count with no noun or
    unit of its own counts by its "of" noun; like a number before a noun, it then names what
    the counts after it count (``_carried``). None for any other figure."""
    if noun is not None or unit is not None or not m.groupdict().get("vague"):
        return None
    return about_of_unit(doc, end)


#: Nouns of people a vague count may name for the counts after it ("Dozens of hikers").
_PEOPLE_NOUNS = word_set("people_noun")
#: Measure classes of one kind of event, harm to people (killed, injured, hospitalised).
_HARM_MEASURES = word_set("harm_measure")


def _vague_measure(
    doc: Doc,
    m: re.Match[str],
    end: int,
    own: tuple[Token | None, str | None],
    measured: str | None,
) -> str | None:
    """For a figure whose about a vague count of its "of" noun gave (``_vague_of``): its
    measure when that noun is of people (``people_noun``, or a noun of what a person is) and
    it has one, else "" (it names nothing for the counts after it: "Hundreds of homes were
    flooded. At least 30 died."); None for any other figure."""
    noun, unit = own
    if noun is not None or unit is not None or not m.groupdict().get("vague"):
        return None
    last = token_at(doc, end - 1) if end > 0 else None
    objects = [
        o
        for child in (last.children if last is not None else ())
        if child.dep_ == "prep" and child.lower_ == "of"
        for o in child.children
        if o.dep_ == "pobj"
    ]
    if not objects or measured is None:
        return ""
    head = objects[0]
    people = head.lemma_.lower() in _PEOPLE_NOUNS or _people(head)
    return measured if people else ""


def _same_event(vague: str, measured: str | None) -> bool:
    """Whether a count of ``measured`` is of the same kind of event as a vague count of
    people of measure ``vague`` ("" when it passes on nothing): the same measure, or two of
    harm to people (``harm_measure``: hurt, then taken to hospital or dead)."""
    if not vague or measured is None:
        return False
    return vague == measured or (vague in _HARM_MEASURES and measured in _HARM_MEASURES)


def _same_verb_before(
    doc: Doc, found: list[QuantityDraft], m: re.Match[str], measured: str | None
) -> str | None:
    """ "The firm sold 3 million bars last year. This year it expects to sell 4 million.": a
    bare count that is the object of a verb counts what the last count of the sentence just
    before it, object of a verb of the same measure, counted; None when the verbs differ,
    the count before named nothing or had a unit, or it is further back. The two verbs must
    have one subject (the same noun, or a pronoun for it: "It sold 200"; not "The army lost
    300 tanks. The navy lost 12."), and the count no complement of its own ("It received 4
    million in new funding": funding, not complaints) (fix39c)."""
    token = _number_head(token_at(doc, start_of(m)))
    if measured is None or token is None or token.dep_ != "dobj" or not found:
        return None
    previous = found[-1]
    if previous.unit is not None or previous.about is None or previous.measure != measured:
        return None
    earlier = _number_head(token_at(doc, previous.start))
    if earlier is None or earlier.dep_ != "nummod" or earlier.head.dep_ != "dobj":
        return None
    if _own_complement(token) or not _same_subject(_verb_subject(earlier.head.head), token.head):
        return None
    return previous.about if _sentences_back(doc, previous.start, start_of(m)) == 1 else None


#: Pronouns that may stand for the subject of the sentence before ("It sold 200").
_SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})


def _verb_subject(verb: Token) -> Token | None:
    """The subject of a verb, or of the verb it is the complement or conjunct of ("it hopes
    to sell"); None when the parse gives none."""
    while True:
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0]
        if verb.dep_ not in ("xcomp", "conj") or verb.head == verb:
            return None
        verb = verb.head


def _same_subject(earlier: Token | None, verb: Token) -> bool:
    """Whether ``verb`` has the subject ``earlier`` (the same noun, or "it", "they", ... for
    it)."""
    later = _verb_subject(verb)
    if earlier is None or later is None:
        return False
    if later.pos_ == "PRON":
        return later.lower_ in _SUBJECT_PRONOUNS
    return later.lemma_.lower() == earlier.lemma_.lower() and later.pos_ == earlier.pos_


def _own_complement(number: Token) -> bool:
    """Whether a bare object count has a phrase of its own right after it that is no time
    ("received 4 million in new funding"; not "sold 200 in June")."""
    after = number.doc[number.i + 1] if number.i + 1 < len(number.doc) else None
    if after is None or after.dep_ != "prep" or after.head not in (number, number.head):
        return False
    objects = [c for c in after.children if c.dep_ == "pobj"]
    return any(not in_time(o) for o in objects)


def _number_head(token: Token | None) -> Token | None:
    """The last word of the number a token begins ("3 million" -> million)."""
    while token is not None and token.dep_ in ("compound", "quantmod") and token.head.pos_ == "NUM":
        token = token.head
    return token


def _sentences_back(doc: Doc, before: int, start: int) -> int | None:
    """How many sentences the character at ``before`` is before the sentence of the figure at
    ``start`` (0: the same sentence); None when either is not in the parse or ``before`` is
    not before it."""
    if before < 0:
        return None
    earlier, token = token_at(doc, before), token_at(doc, start)
    if earlier is None or token is None or earlier.i > token.i:
        return None
    first = earlier.sent.start
    count, sentence = 0, token.sent
    while sentence.start > first:
        sentence = doc[sentence.start - 1].sent
        count += 1
    return count


def _circumstance(doc: Doc, m: re.Match[str], source: int) -> bool:
    """Whether a bare number is the object of a preposition of circumstance (``CIRCUMSTANCE``:
    "before 41,220", "in 11"; not "up from 12", "compared with 63") that the figure at
    ``source``, whose counted noun it would take, is not the object of: a crowd "before" whom
    a game was won in 11 innings is not innings; or a subject or direct object while that
    figure is such an object (``_in_circumstance``)."""
    token = token_at(doc, start_of(m))
    taken = token is not None and token.dep_ == "npadvmod" and token.head.pos_ == "VERB"
    if token is not None and (token.dep_ == "dobj" or taken):
        # an object: only a span's preposition ("for seven innings"), not a particle "took in"
        return _in_circumstance(token_at(doc, source), SPAN_PREPS)
    if token is not None and token.dep_ in ("nsubj", "nsubjpass"):
        # "protests in 25 cities, and 124 were arrested": the subject of a verb does not
        # count what a number of where or when counted; nor does its object ("pitched for
        # seven innings and struck out nine", fig47; the parse may hang that "nine" on the
        # verb as npadvmod)
        return _in_circumstance(token_at(doc, source))
    if token is None or token.dep_ != "pobj" or token.head.lower_ not in CIRCUMSTANCE:
        return False
    other = token_at(doc, source)
    if other is None:
        return True
    holder = other.head if other.dep_ in ("nummod", "quantmod") else other
    return not (holder.dep_ == "pobj" and holder.head.lower_ == token.head.lower_)


def _in_circumstance(number: Token | None, preps: frozenset[str] | None = None) -> bool:
    """Whether a number, or the noun it counts, is the object of a preposition of
    circumstance ("in 25 cities", "during three days"; of ``preps`` when given)."""
    if number is None:
        return False
    holder = number.head if number.dep_ in ("nummod", "quantmod") else number
    return holder.dep_ == "pobj" and holder.head.lower_ in (preps or CIRCUMSTANCE)


#: Tags of the words (two at most) "out of" may have before its figure ("out of the 12
#: seats", "out of its 12 games", "out of the last 10 games").
_OUT_OF_DETERMINERS = frozenset({"DT", "PRP$", "JJ"})


def _out_of(
    doc: Doc, end: int, unit: str | None, noun: Token | None
) -> tuple[str | None, Token | None]:
    """ "winning 31 out of 40 matches", "took 8 out of the last 10 games": a bare number before
    "out of" a figure (after at most two determiners or adjectives: fig50) counts what that
    figure counts (its unit and noun); any other figure keeps its ``unit`` and ``noun``."""
    if unit is not None or noun is not None:
        return unit, noun
    following = re.match(r"\s+out\s+of\s+", doc_text(doc)[end : end + 12])
    number = token_at(doc, end + following.end()) if following else None
    for _ in range(2):  # "out of the 54 seats", "out of the last 10 games"
        if number is None or number.tag_ not in _OUT_OF_DETERMINERS or number.i + 1 >= len(doc):
            break
        number = doc[number.i + 1]
    if number is None or not number.like_num or number.ent_type_ in ("DATE", "TIME"):
        return None, None  # "moved 40 out of the old 1990 house": a year, no figure
    found_unit, found_noun, _ = unit_and_noun(doc, number.idx + len(number))
    return found_unit, found_noun


def _in_metres(
    doc: Doc, m: re.Match[str], number: Number, unit: str | None, noun: Token | None
) -> tuple[Number, str | None]:
    """ "the 40m dry well", "dug only 13m down": metres ("94m followers" is millions). The
    same "m" read both as the scale and, by the words after the number, as the unit ("at a
    depth of 40m.") is metres once, not 40 million metres."""
    if unit is None and _metres_not_millions(doc, m, noun):
        return replace(number, value=number.value / SCALES["m"]), "metre"
    if unit == "metre" and (m.groupdict().get("scale") or "") == "m":
        return replace(number, value=number.value / SCALES["m"]), unit
    return number, unit


def _measurement_of(
    doc: Doc, found: list[QuantityDraft], start: int, end: int, unit: str
) -> str | None:
    """What a measurement measures ("the 400-gram bar", "the well was 40 metres deep (131
    feet)"): what the figure it restates in brackets measures, else what the parse says."""
    number = token_at(doc, start)
    person = aged_person(number) if number is not None and unit == AGE_UNIT else None
    if person is not None:
        return noun_phrase(person)  # "my mom's 82"
    group = _aged_group(doc, start, end) if unit == AGE_UNIT else None
    if group is not None:
        return group  # "16-year-olds who turn 17 before May"
    whose = _aged_noun_whose(doc, start, end) if unit == AGE_UNIT else None
    if whose is not None:
        return whose  # "her 12-year-old daughter, Nia", "the 64-year-old potter"
    alone = age_alone(doc, start, end) if unit == AGE_UNIT else None
    if alone is not None:
        return _aged_before(doc, found, alone, start, end)  # "the six-year-old fell"
    restated = _restated(doc, found, start)
    if restated is None and unit == "point" and points_receiver(doc, end) is not None:
        return given_points(doc, end)  # "gave Varga 25 points"; "gave her 25": not the giver's
    return (
        restated
        or distance_from(doc, end, unit)
        or (price_of(doc, start, end) if _is_money(unit) else None)
        or measured_thing(
            doc,
            start,
            end,
            ((f.start, f.end) for f in found),
            money=_is_money(unit),
            duration=unit in TIME_UNITS,
            length=unit in LENGTH_UNITS,
        )
        or (_age_holder(doc, found, start, end) if unit == AGE_UNIT else None)
        or _elided(doc, found, start, end, unit)
        or _subject_figure(doc, found, start, end, unit)
        or (_relative_giver(doc, start) if _is_money(unit) else None)
    )


def _holder(
    doc: Doc,
    found: list[QuantityDraft],
    where: tuple[int, int, str | None],
    about: str | None,
    measured: str | None,
) -> tuple[str | None, str | None]:
    """Whose a share of a tally is ("A led B, 52 percent to 41 percent": the second is B's,
    see ``_tally_holder``), else who a pronoun ``about`` stands for ("four of them": in its
    sentence, else in the one before); an amount counted in "dollars" is its giver's or the
    price of what it bought (``currency_holder``), else the dollars; any other keeps ``about`` and
    ``measured``."""
    start, end, unit = where
    if unit is None and about is not None and about.lower() in CURRENCY_WORDS:
        # "the union spent tens of millions of euros": the union's, not just "euros"; with
        # no giver or thing bought named, the money itself is what is counted
        return currency_holder(doc, start, end) or about, measured
    tally = _tally_holder(doc, found, start, end, unit)
    if tally is not None:
        return tally
    if about is not None and about.lower() in _PRONOUNS and found:
        if _described(doc, start, about):
            return about, measured  # "31 percent of those surveyed": no earlier noun
        return _last_named(doc, found, start) or _named_before(doc, found, start) or about, measured
    return about, measured


#: Verbs of one side leading another ("led", "beat"): the second share of a tally is the
#: share of the one led.
LEADING_VERBS = word_set("leading_verb")
#: Prepositions that name the one led on a verb of leading ("prevailed against Lopez").
_LED_PREPS = word_set("led_prep")
#: Dependencies by which the one led hangs on the verb of leading, before the first share.
_LED_DEPS = frozenset({"dobj", "dative", "npadvmod"})
#: Clauses under the verb a tally hangs on that may hold the verb of leading.
_TALLY_CLAUSES = frozenset({"ccomp", "xcomp", "advcl"})
#: What before a tally's first share makes the pair a change ("from 40 percent to 55").
_CHANGE_FROM = re.compile(r"\bfrom\s*$", re.IGNORECASE)
#: What joins the two shares of a tally ("52 percent to 41 percent").
_TALLY_JOIN = re.compile(r"\s*(?:to|-|\u2013)\s*(?:[\w.\- ]{1,40}?(?:'s|'|\u2019s|\u2019)\s*)?")


def _tally_holder(
    doc: Doc, found: list[QuantityDraft], start: int, end: int, unit: str | None
) -> tuple[str, str | None] | None:
    """Whose a share is in a tally, and its measure: "to Banks' 49.1 percent" -> Banks (the
    measure kept); the second share of "A led B, 52 percent to 41 percent" -> B, with no
    measure (nothing happened to the share of the one led). None for any other figure."""
    last = token_at(doc, end - 1)
    if unit is None or last is None or not found:
        return None
    previous = found[-1]
    if previous.unit != unit or not _same_sentence(doc, previous.start, start):
        return None
    if not _TALLY_JOIN.fullmatch(doc_text(doc)[previous.end : start]):
        return None
    if _CHANGE_FROM.search(doc_text(doc)[max(0, previous.start - 12) : previous.start]):
        return None  # "turnout up from 40 percent to 55 percent": a change, not a tally
    owners = [c for c in last.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")]
    if owners:
        return noun_phrase(owners[0]), previous.measure  # "to Banks' 49.1 percent"
    verb = token_at(doc, previous.start)
    for _ in range(6):
        if verb is None or verb.pos_ == "VERB" or verb.head == verb:
            break
        verb = verb.head
    if verb is None or verb.pos_ != "VERB":
        return None
    # "a poll showed A leading B, 52 percent to 41 percent": the tally hangs on "showed"
    clauses = [verb, *(c for c in verb.children if c.dep_ in _TALLY_CLAUSES and c.pos_ == "VERB")]
    leading = [c for c in clauses if c.lemma_.lower() in LEADING_VERBS]
    if not leading:
        return None
    first = token_at(doc, previous.start)
    led = [  # "leads Lopez 52 percent to 41": the parse may call Lopez a dative or npadvmod
        c
        for c in leading[0].children
        if c.dep_ in _LED_DEPS
        and c.pos_ in ("PROPN", "NOUN")
        and (first is None or c.i < first.i)
        and not _led_time(c)
    ]
    led += [  # "against Lopez, the mayor prevailed 55 percent to 39 percent"
        o
        for c in leading[0].children
        if c.dep_ == "prep" and c.lower_ in _LED_PREPS
        for o in c.children
        if o.dep_ == "pobj" and o.pos_ in ("PROPN", "NOUN")
    ]
    return (noun_phrase(led[0]), None) if led else None


#: Entity types of a time, and words of one ("Tuesday", "week"), that a verb of leading may
#: take as an npadvmod: when it led, not whom.
_TIME_ENTITIES = frozenset({"DATE", "TIME"})
_LED_TIME_WORDS = word_set("led_time_word")
#: Entity types of one who can be led: an npadvmod of these is the one led, whatever its word.
_LED_ENTITIES = frozenset({"PERSON", "ORG", "NORP"})


def _led_time(word: Token) -> bool:
    """Whether a word a verb of leading takes is a time ("led Tuesday 52 percent to 41",
    "leads this week 46 percent to 39"): a DATE or TIME entity or a word of ``led_time_word``,
    unless a PERSON, ORG or NORP entity (fix36a, from the review of figures18). A word of
    ``led_time_word`` the parse calls an object ("leads Saturdays 46 percent to 39") is a time
    too (fix36c); a DATE or TIME entity only as an npadvmod."""
    if word.ent_type_ in _LED_ENTITIES:
        return False
    if word.lower_ in _LED_TIME_WORDS:
        return True
    return word.dep_ == "npadvmod" and word.ent_type_ in _TIME_ENTITIES


def _relative_giver(doc: Doc, start: int) -> str | None:
    """ "the $90,000 that the club has raised": money a relative clause of giving, raising or
    spending takes as its object is its subject's; None for any other."""
    clause = relative_verb(doc, start, None)
    if clause is None or clause.lemma_.lower() not in MONEY_SUBJECT_VERBS:
        return None
    if not any(c.dep_ == "dobj" for c in clause.children):
        return None
    subjects = [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")]
    return thing_phrase(subjects[0]) if subjects else None


#: Dependencies by which a unit word heads a noun phrase of its own ("the 170-gram was cut").
_NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj"})


def _elided(doc: Doc, found: list[QuantityDraft], start: int, end: int, unit: str) -> str | None:
    """ "The 400-gram bar was cut to 360 grams and the 170-gram to 150 grams": a measurement
    written "the N-unit" with no noun after it leaves out the noun of the figure of the same
    unit before it in the sentence; None for any other."""
    if not re.match(r"\d[\d,.]*-", doc_text(doc)[start:end]) or unit == AGE_UNIT:
        return None
    word = token_at(doc, end - 1)
    if word is None or word.dep_ not in _NOUN_ROLES:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in word.children):
        return None
    for previous in reversed(found):
        if not _same_sentence(doc, previous.start, start):
            return None
        if previous.unit == unit and previous.about is not None:
            return previous.about
    return None


def _subject_figure(
    doc: Doc, found: list[QuantityDraft], start: int, end: int, unit: str
) -> str | None:
    """ "The 500-gram was cut down to 450 grams": a measurement whose verb's subject is a
    figure of the same unit measures what that figure measures; None for any other."""
    subject = measured_subject(doc, start, end)
    if subject is None:
        return None
    for previous in found:
        if previous.start <= subject.idx < previous.end and previous.unit == unit:
            return previous.about
    return None


def _aged_noun_whose(doc: Doc, start: int, end: int) -> str | None:
    """Whose an age written "N-year-old" before a noun is, when the text names them: the name
    the noun is or stands beside ("28-year-old winger Sam Ortiz", "her 12-year-old daughter,
    Nia", "Omar Reyes, a 41-year-old baker"). None otherwise: the noun itself ("a
    five-year-old boy", "the 64-year-old potter") is what the parse gives."""
    noun = _aged_noun(doc, end)
    if noun is None:
        return None
    # a noun of its own after "the" is not looked back from: the person noun named before is
    # often another person ("a 34-year-old man was arrested ... the 52-year-old victim")
    if _lone_epithet(doc, noun):
        # "Lewis Park won. The 31-year-old Briton said ...": a lone capitalised word that is
        # no one's name in the text (a demonym) is the person named before, when one is
        return subject_named_before(doc, start, through_noun=True) or name_beside(noun)
    return name_beside(noun)


def _aged_noun(doc: Doc, end: int) -> Token | None:
    """The noun an age written "N-year-old" before it modifies ("the 64-year-old potter",
    "a 29-year-old Korean American"), else None."""
    if not re.match(r"-old\b", doc_text(doc)[end : end + 5]):
        return None
    old = token_at(doc, end + 1)
    if old is None or old.lower_ != "old" or old.dep_ not in ("amod", "compound", "nmod"):
        return None
    noun = old.head
    demonym = noun.pos_ == "ADJ" and noun.dep_ == "appos"  # "a 29-year-old Korean American"
    if noun.i <= old.i or (noun.pos_ not in ("NOUN", "PROPN") and not demonym):
        return None
    return noun


#: Words for a person of a nation or place ("Briton", "Frenchwoman"), lower-cased.
_DEMONYMS = frozenset(w.lower() for w in word_set("demonym"))


def _lone_epithet(doc: Doc, noun: Token) -> bool:
    """Whether an aged proper noun stands alone and is a demonym (``demonym``: "the
    31-year-old Briton") that is a word of no name of two or more words in the text. Any
    other lone proper noun is its own noun: a name ("the 45-year-old Smith"), a make ("the
    12-year-old Toyota") or a breed, never the person named before (fix39c)."""
    if noun.pos_ != "PROPN" or any(c.dep_ == "compound" for c in noun.children):
        return False
    if noun.lower_ not in _DEMONYMS:
        return False
    return not any(
        end - start > 1 and any(t.text == noun.text for t in doc[start:end])
        for start, end in entity_ranges(doc, "PERSON")
    )


def _aged_group(doc: Doc, start: int, end: int) -> str | None:
    """ "16-year-olds who turn 17 before May may vote": a plural "N-year-olds" names a group
    by the age its members share; the phrase itself is whose the age is (never a person named
    before it, never a duration of "olds")."""
    text = doc_text(doc)
    if not re.match(r"-olds\b", text[end : end + 6]):
        return None
    return text[start : end + 5].lower()


#: A number that begins a group of "N-year-olds" right after a figure: the figure counts it.
_AGED_GROUP_AFTER = re.compile(r"\s+\d+-year-olds\b", re.IGNORECASE)


def _counted_aged_group(doc: Doc, end: int) -> str | None:
    """ "300 16-year-olds": a bare number right before a group of "N-year-olds" counts that
    group (the joined number is the age, never the bare one)."""
    text = doc_text(doc)
    found = _AGED_GROUP_AFTER.match(text, end)
    return found.group(0).strip().lower() if found is not None else None


def _hanging_aged_group(doc: Doc, start: int, end: int) -> str | None:
    """ "16- and 17-year-olds": a number with a hanging hyphen joined to "N-year-olds" is an
    age of the same group, the whole phrase."""
    text = doc_text(doc)
    found = HANGING_AGE.match(text, end)
    return text[start : found.end()].lower() if found is not None else None


def _aged_before(
    doc: Doc, found: list[QuantityDraft], alone: str, start: int, end: int
) -> str | None:
    """ "A seven-year-old girl got lost in the woods ... searchers found the seven-year-old": an age
    used as a noun that names no one (``alone`` is the age phrase itself) is the age of whom
    the last earlier age written alike named, else of the person named just before it ("a
    small girl went missing in the hills ... The six-year-old, seen last at noon"); ``alone``
    when a name was set beside it, None when nobody is named (the phrase says whose it is
    not)."""
    text = doc_text(doc)
    written = text[start:end].lower()
    if not alone.startswith(written):
        return alone  # "the six-year-old, Amy Lee,": the name
    for previous in reversed(found):
        if previous.unit != AGE_UNIT or previous.about is None:
            continue
        if text[previous.start : previous.end].lower() == written:
            return previous.about
    return named_before(doc, start) or subject_named_before(doc, start)


def _age_holder(doc: Doc, found: list[QuantityDraft], start: int, end: int) -> str | None:
    """Whose an age is when the parse around it gives no noun beside it: the subject of a
    verb it is "at" ("the king took the throne at 4 years old"); for a personal pronoun
    ("she is nine, her mother said", ``PERSONAL``), whose the age before it in the
    sentence is ("the girl, first given as eight years old, ...")."""
    beside = _name_set_beside(doc, start)
    if beside is not None:
        return beside  # "Ana Okafor, aged 19,", "Ana Okafor, 19 years old,"
    holder = age_at(doc, end)
    if holder is not None and holder.pos_ in ("NOUN", "PROPN"):
        names = [c for c in holder.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
        return noun_phrase(names[0]) if names else thing_phrase(holder)
    holder = holder or clause_subject(doc, end)
    antecedent = relative_antecedent(holder) if holder is not None else None
    if antecedent is not None and antecedent != holder and antecedent.pos_ == "PROPN":
        return noun_phrase(antecedent)  # "Verstappen, who is 19"
    if holder is None or holder.pos_ != "PRON" or holder.lower_ not in PERSONAL or not found:
        return None
    previous = found[-1]
    if previous.unit != AGE_UNIT or not _same_sentence(doc, previous.start, start):
        return None
    return previous.about


#: Dependencies by which an age's words hang on the name they are set beside ("Ana Okafor,
#: aged 19," -> aged is an amod of the name; "19 years old" -> old; "only 19" -> appos).
_BESIDE = frozenset({"npadvmod", "nummod", "amod", "appos", "advmod"})


def _name_set_beside(doc: Doc, start: int) -> str | None:
    """ "Ana Okafor, aged 19, won", "Ana Okafor, 19 years old, won": the name an age set off
    by a comma hangs on, through its own words (at most three heads up); with "aged" among
    them, also a noun ("the driver, aged 70, was unhurt", "a man aged 45", no commas), and a
    noun of a person (``personal``: "his wife, 58,"; what a person is: "the driver, 42,") set
    off by commas; None for any other age."""
    number = token = token_at(doc, start)
    if number is not None and number.i > 1 and doc[number.i - 1].text == ",":
        noun = doc[number.i - 2]
        # "put out by her son, 23,", "by Tom Reed, 23,": whatever the parse hangs 23 on
        if noun.tag_ == "NN" and (noun.lower_ in PERSONAL or person_noun(noun.text)):
            return thing_phrase(noun)
        if noun.ent_type_ == "PERSON" and noun.pos_ == "PROPN":
            return name_chain(noun)
    aged = False
    for _ in range(3):
        if number is None or token is None:
            return None
        by_aged = (token.dep_ == "dobj" and token.head.lower_ == "aged") or (
            token.dep_ == "acl" and token.lower_ == "aged"
        )
        if token.dep_ not in _BESIDE and not by_aged:
            return None
        aged = aged or token.lower_ == "aged"
        token = token.head
        if token.pos_ == "PROPN" and token.i < number.i:
            comma = doc[token.i + 1] if token.i + 1 < len(doc) else None
            return name_chain(token) if comma is not None and comma.text == "," else None
        if token.pos_ == "NOUN" and token.i < number.i:
            # "The driver, aged 70, was unhurt", "a man aged 45": "aged" says it is the
            # noun's age; "his wife, 58,": a noun of a person (``personal``) set off by
            # commas with a bare number is its age (``is_age``)
            after = doc[token.i + 1] if token.i + 1 < len(doc) else None
            set_off = after is not None and (after.text == "," or (aged and after.lower_ == "aged"))
            if set_off and (aged or token.lower_ in PERSONAL):
                return thing_phrase(token)
            if aged:
                return None
    return None


def _age_first(doc: Doc, start: int, end: int, unit: str | None) -> str | None:
    """Whose an age is before any other reading of what it is "of" ("won the title at the age
    of 18" is Okafor's, not the age's or the title's): the name it is set beside, else the
    subject of the verb it is "at", else the person "he" or "she" its clause's subject stands
    for ("he is 41 and lives in Ohio", "she is a 41-year-old nurse", never "she beat the
    74-year-old senator"); None for any other figure."""
    if unit != AGE_UNIT:
        return None
    beside = _name_set_beside(doc, start)
    if beside is not None:
        return beside
    holder = age_at(doc, end)
    if holder is not None and holder.pos_ == "PROPN":
        return noun_phrase(holder)
    aged = _aged_noun(doc, end) if holder is None else None
    if aged is not None and aged.dep_ not in ("attr", "oprd"):
        # "She beat the 74-year-old senator": an age written before a noun is that noun's,
        # the clause subject's only when the noun is what the subject is ("she is a
        # 41-year-old nurse") (age49, PolNeAR train half 1: the subject "she" was given it)
        return None
    subject = holder or clause_subject(doc, end)
    if subject is None:
        return None
    # '"I am 51," said Tom Bell': the speaker's own age (fig50)
    return pronoun_person(subject) or quoted_speaker(subject)


def _costed(doc: Doc, start: int, unit: str | None, about: str | None) -> str | None:
    """ "A ticket for the final costs 40 euros": money after a "costs" the parse misread is
    the price of the noun phrase before it (``cost_subject``), when the rules named nothing
    or named the misread word itself ("final costs"); any other keeps ``about`` (fig50)."""
    if unit is None or not _is_money(unit):
        return about
    if about is not None and about.split()[-1].lower() not in COST_WORDS:
        return about
    return cost_subject(doc, start) or about


def _is_money(unit: str) -> bool:
    """Whether a unit is a currency ("USD", "EUR") or a rate of one ("GBP per tonne")."""
    code = unit.split(maxsplit=1)[0]
    return len(code) == 3 and code.isalpha() and code.isupper()


def _figure_word(
    doc: Doc, found: list[QuantityDraft], start: int, about: str | None, measured: str | None
) -> tuple[str | None, str | None]:
    """ "1,200 homes were damaged, while officials put the figure at 900": a figure whose
    ``about`` is a figure noun ("figure", "total") counts what the one before it counted, in
    its sentence or the one before; one further back is another story ("... was paid $41,000
    a year. ... Okoro gave a total of $6,000": not the clerk's): nothing (fig41). Any
    other keeps ``about`` and ``measured``."""
    if about is None or about.lower().split()[-1] not in FIGURE_WORDS or not found:
        return about, measured
    if _near_sentence(doc, found[-1].start, start):
        return found[-1].about, found[-1].measure
    return None, measured


def _near_sentence(doc: Doc, before: int, start: int) -> bool:
    """Whether the character at ``before`` is in the sentence of the figure at ``start`` or
    in the sentence right before it."""
    token = token_at(doc, start)
    if token is None or before < 0:
        return False
    sentence = token.sent
    first = doc[sentence.start - 1].sent.start_char if sentence.start > 0 else 0
    return before >= first


def _same_sentence(doc: Doc, before: int, start: int) -> bool:
    """Whether the character at ``before`` is in the sentence of the figure at ``start``."""
    token = token_at(doc, start)
    return before >= 0 and token is not None and before >= token.sent.start_char


def _coordinated(
    doc: Doc, found: list[QuantityDraft], start: int, unit: str | None, weak: set[int]
) -> bool:
    """Whether the figure before ``start`` names nothing it counts (or only what the parse
    around it gave: its index is in ``weak``) and is joined to this one of the same unit by
    "and" or "or" alone ("400g and 170g bars", "two or three fans")."""
    if not found or found[-1].unit != unit:
        return False
    if found[-1].about is not None and len(found) - 1 not in weak:
        return False
    between = doc_text(doc)[found[-1].end : start]
    return re.fullmatch(r"-?,?\s+(?:and|or)\s+", between) is not None  # "five- or ten-year"


def _restated(doc: Doc, found: list[QuantityDraft], start: int) -> str | None:
    """ "a 25-metre shaft (82 feet)", "the 250-gram jars (about nine ounces)": a
    measurement in brackets right after another one restates it in other units, so it
    measures the same thing."""
    if not found or found[-1].unit is None or found[-1].about is None:
        return None
    between = doc_text(doc)[found[-1].end : start]
    if not re.fullmatch(r"[^.;()]{0,40}\(\s*", between):
        return None
    return _about_in_sentence(doc, found[-1], start)


def _level_unit(doc: Doc, found: list[QuantityDraft], start: int) -> str | None:
    """ "The index ended at 2,104.50 points, and the small-cap gauge added 0.3% to 988.20": a
    bare level after "to" or "at" is in points when a figure in points came earlier in the
    sentence."""
    if not found or not re.search(r"\b(?:to|at)\s*$", doc_text(doc)[max(0, start - 4) : start]):
        return None
    token = token_at(doc, start)
    if token is None:
        return None
    sentence = token.sent.start_char
    if any(f.unit == "point" and f.start >= sentence for f in found):
        return "point"
    return None


def _from_to_unit(doc: Doc, found: list[QuantityDraft], start: int) -> str | None:
    """ "went from 41 years to 42", "rose from $5 to 7": a bare number right after "to"
    that ends a "from" range has the unit of the figure "from" names."""
    if not found or found[-1].unit is None:
        return None
    text = doc_text(doc)
    if not re.fullmatch(r"\s+to\s+", text[found[-1].end : start]):
        return None
    if not re.search(r"\bfrom\s+$", text[max(0, found[-1].start - 6) : found[-1].start]):
        return None
    return found[-1].unit


def _parallel_unit(doc: Doc, found: list[QuantityDraft], start: int) -> str | None:
    """ "a 3.2 percent yield in 2015 and 2.8 the year after": a bare number joined by
    "and", "or" or "versus" to the figure before it, in the same sentence, has its unit."""
    if not found or found[-1].unit is None:
        return None
    if not re.search(r"\b(?:and|or|versus|vs\.?)\s*$", doc_text(doc)[max(0, start - 10) : start]):
        return None
    token = token_at(doc, start)
    if token is None or found[-1].start < token.sent.start_char:
        return None
    # elliptical only: the number is followed by a time or the clause ends ("and 2.1 last
    # year", "and 1.8 in 2019"), not by a clause of its own ("and 95,800 who ...")
    after = token.i + 1
    if after < len(doc) and doc[after].text[:1].isdigit():
        return None  # "and 200 17-year-olds": the next numeral is a figure of its own
    while after < len(doc) and doc[after].like_num:
        after += 1
    if after < len(doc) and doc[after].lower_ in ("in", "on", "at", "for", "by"):
        after += 1
    if after < len(doc) and not doc[after].is_punct and not in_time(doc[after]):
        return None
    return found[-1].unit


#: Entity types of a name.
_NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT"})
#: Dependencies of a holder named before a figure said once for two holders.
_HOLDER_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})
#: "... and Park at 38": a conjunction, a short noun phrase and the preposition of a figure
#: said once for two holders.
_GAPPED_BEFORE = re.compile(
    r"\b(?:and|or|while|versus|vs\.?)\s+((?:[\w'’.-]+\s+){1,4}?)(at|on|with|to)\s*$", re.I
)


def _gapped_pair(
    doc: Doc, found: list[QuantityDraft], where: tuple[int, int], unit: str | None
) -> tuple[str | None, str | None] | None:
    """ "Ruiz stood at 45 percent and Park at 38", "Lund is on 255 points and Okafor on 240":
    a bare number after "and", a noun phrase and the preposition ("at", "on", "with") that the
    figure before it in its sentence came after, with nothing after it but the sentence's
    end or a time, is that phrase's figure in the unit of the one before (the verb said once
    for two holders, fig44): the unit and, when the figure before names its clause's
    subject or object, or when the new holder is a name and the figure no duration, the new
    holder's phrase (else what the figure before names). None
    for any other figure."""
    previous = found[-1] if found else None
    if previous is None or previous.unit is None or unit not in (None, previous.unit):
        return None
    start, end = where
    token, last = token_at(doc, start), token_at(doc, end - 1)
    if token is None or last is None or previous.start < token.sent.start_char:
        return None
    text = doc_text(doc)
    if _scale_word(text[previous.start : previous.end]) != _scale_word(text[start:end]):
        # "Brandt stood at $40 million and Okafor at 38": the unit without its scale would
        # make "38" $38, against another outlet's "$38 million" (fig44r)
        return None
    gap = _GAPPED_BEFORE.search(text, previous.end, start)
    if gap is None or (gap.end() != start and text[gap.end() : start].strip()):
        return None
    if not re.search(
        rf"\b{gap.group(2)}\s+$", text[max(0, previous.start - 12) : previous.start], re.I
    ):
        return None
    after = last.i + 1
    if after < len(doc) and doc[after].lower_ in ("in", "on", "at", "for", "by"):
        after += 1
    if after < len(doc) and not doc[after].is_punct and not in_time(doc[after]):
        return None  # "and Park at 38 people's homes": not elliptical
    holder = doc.char_span(gap.start(1), gap.end(1), alignment_mode="contract")
    if holder is None or not len(holder) or holder.root.pos_ not in ("NOUN", "PROPN"):
        return None
    first = _first_holder(doc, previous)
    if first is None:
        return None
    if not _same_kind(first, holder.root):
        # "Turnout stood at 45 percent and the death toll at 40": the toll's 40, no share
        return None, noun_phrase(holder.root)
    if _names_holder(doc, previous, token.sent.start, gap.group(2).lower()):
        return previous.unit, noun_phrase(holder.root)
    if previous.unit not in TIME_UNITS and _a_name(holder.root):
        return previous.unit, noun_phrase(holder.root)  # "Okoro at 25 percent and Lind at 9"
    return previous.unit, previous.about


#: Holders of one kind whose figures share a unit ("Shares rose to $45 and bonds to 12").
_SECURITY_NOUNS = word_set("security_noun")
#: Common nouns of a level or rate, never a name ("Turnout stood at 45 percent").
_LEVEL_HOLDERS = word_set("level_holder")
#: Holders of sums of money, of one kind ("revenue rose to $40 million and profit to 12
#: million").
_MONEY_HOLDERS = word_set("money_holder")


def _first_holder(doc: Doc, figure: QuantityDraft) -> Token | None:
    """Who or what holds ``figure`` by the preposition before it: the noun or name right
    before the preposition ("Harlow with 108 years", "put Rivas at 45 percent"), else the noun
    it hangs on, else its verb's object before it or subject ("Rivas stood at 45 percent");
    None when the parse names none."""
    at = token_at(doc, figure.start)
    prep = doc[at.i - 1] if at is not None and at.i > 0 else None
    if prep is None or prep.pos_ != "ADP":
        return None
    before = doc[prep.i - 1] if prep.i > 0 else prep
    if before.pos_ in ("NOUN", "PROPN") or (before.is_title and not before.is_sent_start):
        return before  # "Harlow with 108 years", "put Rivas at 45 percent"
    head = prep.head
    if head.pos_ in ("NOUN", "PROPN"):
        return head
    if head.pos_ not in ("VERB", "AUX"):
        return None
    objects = [c for c in head.children if c.dep_ == "dobj" and c.i < prep.i]
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return next(iter(objects or subjects), None)


def _same_kind(first: Token, second: Token) -> bool:
    """Whether two holders of figures said once are of one kind, so the second's bare number
    takes the first's unit: two names ("Rivas ... and Park"), the same noun ("turnout in X ...
    and turnout in Y"), two securities ("shares ... and bonds") or two sums of money
    ("revenue ... and profit", med48); not "turnout ... and the death toll", "shares ... and
    the index" or a name and a common noun (part46)."""
    if _holder_name(first) or _holder_name(second):
        return _holder_name(first) and _holder_name(second)
    lemmas = {first.lemma_.lower(), second.lemma_.lower()}
    return len(lemmas) == 1 or lemmas <= _SECURITY_NOUNS or lemmas <= _MONEY_HOLDERS


def _holder_name(token: Token) -> bool:
    """Whether a holder is a name: a name by ``_a_name`` or a capitalised word ("Lund is on
    255 points"), unless it is a security, a level or a money noun ("Turnout", "Shares",
    "Revenue")."""
    if token.lemma_.lower() in _SECURITY_NOUNS | _LEVEL_HOLDERS | _MONEY_HOLDERS:
        return False
    return _a_name(token) or token.is_title


def _scale_word(written: str) -> float:
    """The multiplier of a written figure's scale word ("$40 million" -> 1e6, "2.5bn" ->
    1e9); 1 without one."""
    m = PATTERN.search(written)
    return SCALES.get((m.group("scale") or "").strip().lower(), 1.0) if m is not None else 1.0


def _a_name(token: Token) -> bool:
    """Whether a word is a name (a proper noun, or a word the entity tagger names)."""
    return token.pos_ == "PROPN" or token.ent_type_ in _NAMED_TYPES


def _gapped_unit(doc: Doc, found: list[QuantityDraft], where: tuple[int, int]) -> str | None:
    """The unit of a bare number said after the figure before for another holder
    (``_gapped_pair``: "Ruiz at 45 percent and Park at 38"), else None."""
    gapped = _gapped_pair(doc, found, where, None)
    return gapped[0] if gapped is not None else None


def _gapped_about(
    doc: Doc,
    found: list[QuantityDraft],
    where: tuple[int, int, str | None],
    noun: Token | None,
    about: str | None,
) -> str | None:
    """What a figure with no counted noun of its own said after the figure before for another
    holder names (``_gapped_pair``: "Ruiz at 45 percent and Park at 38" -> Park); any other
    keeps ``about``."""
    start, end, unit = where
    gapped = _gapped_pair(doc, found, (start, end), unit) if noun is None else None
    if gapped is None or gapped[0] != unit:
        return about
    return gapped[1] or about


def _names_holder(doc: Doc, figure: QuantityDraft, first: int, preposition: str) -> bool:
    """Whether the last word of what ``figure`` names is, between the token ``first`` and the
    figure, a subject or object of the verb that takes the figure by ``preposition`` (a
    holder: "Ruiz" in "Ruiz stood at 45 percent")."""
    if figure.about is None:
        return False
    last = figure.about.split()[-1]
    at = token_at(doc, figure.start)
    if at is None:
        return False
    verb = next((t.head for t in at.ancestors if t.lower_ == preposition), None)
    for token in reversed(doc[first : at.i]):
        if token.text == last:
            return verb is not None and token.head == verb and token.dep_ in _HOLDER_DEPS
    return False


def _previous_about(
    doc: Doc, found: list[QuantityDraft], start: int, unit: str | None
) -> str | None:
    """What the figure found last counts, when it has the same unit and lies in the sentence of
    the figure starting at ``start``; else None."""
    token = token_at(doc, start)
    if token is None or not found:
        return None
    previous = found[-1]
    if previous.unit != unit or previous.start < token.sent.start_char:
        return None
    return previous.about


def _about_before(doc: Doc, found: list[QuantityDraft], start: int, unit: str) -> str | None:
    """ "Turnout was about 62 percent, down from 70 percent": a figure of the same unit
    earlier in the sentence, compared with by "from", counts the same thing."""
    if not re.search(
        r"\b(?:from|than|to|versus|vs\.?|and|or)\s*$", doc_text(doc)[max(0, start - 12) : start]
    ):
        return None
    return _previous_about(doc, found, start, unit)


#: Prepositions that name the group a share standing for people is of ("among voters").
_GROUP_PREPS = word_set("group_prep")
#: Dependencies by which a share stands for people: a subject of its own verb.
_PEOPLE_ROLES = frozenset({"nsubj", "nsubjpass"})
#: Nouns that name a person by what they are ("boy", "woman", "teenager").
_PERSON_NOUNS = word_set("person_noun")


def _group_share(
    doc: Doc, found: list[QuantityDraft], start: int, end: int, unit: str
) -> str | None:
    """ "Among likely voters, 48 percent backed the levy", "52 percent of voters approved,
    while 40 percent said no", "... compared with 30 percent who do not": a share with no noun
    that stands for people (its verb's subject, or described by "who") is a share of the
    group "among" names in its clause's sentence, else of the group a share of the same unit
    before it in the sentence was "of"; None for any other figure."""
    last = token_at(doc, end - 1)
    if unit != "percent" or last is None:
        return None
    relative = any(
        c.dep_ == "relcl" and any(s.lower_ == "who" for s in c.children) for c in last.children
    )
    if last.dep_ not in _PEOPLE_ROLES and not relative:
        return None
    among = _among_group(last)
    for previous in reversed(found):
        if not _same_sentence(doc, previous.start, start):
            break
        if among is not None and previous.end <= among.idx:
            break  # "among" is nearer the share than that one
        if previous.unit == unit and previous.about is not None:
            after = doc_text(doc)[previous.end : previous.end + 4]
            if after == " of ":
                return previous.about  # the "of" of the share just before wins
            return noun_phrase(among) if among is not None else None
    if among is not None:
        return noun_phrase(among)
    return _group_before(doc, found, start, unit)


def _group_before(doc: Doc, found: list[QuantityDraft], start: int, unit: str) -> str | None:
    """ "74 percent of voters were over 45. Sixty percent were men.": a share standing for
    people that no share comes before in its own sentence is a share of the people the last
    share of the sentence just before was "of"; None when that share is of no people (a share
    "of the vote") or there is none."""
    here = token_at(doc, start)
    if here is None or here.sent.start == 0:
        return None
    before = doc[here.sent.start - 1].sent
    for previous in reversed(found):
        if previous.start < before.start_char:
            return None
        if previous.start >= here.sent.start_char or previous.unit != unit:
            continue
        of = token_at(doc, previous.end + 1)
        if (
            of is None
            or of.lower_ != "of"
            or doc_text(doc)[previous.end : previous.end + 4] != " of "
        ):
            return None
        groups = [o for o in of.children if o.dep_ == "pobj" and _people(o)]
        return previous.about if groups and previous.about is not None else None
    return None


def _among_group(share: Token) -> Token | None:
    """The group of people "among" names in the clause of a share ("Among likely voters, 48
    percent backed the levy", "Among Canadians, ..."): the noun of a ``group_prep`` on the
    share's verb (or on the verb that reports its clause: "Among voters, the poll found 48
    percent ..."), when it names people (a person noun, a nationality or group, ``NORP``);
    None for "among" in another clause or of things ("Among other things", "Among the
    counties, Adams saw ..., and 30 percent stayed home")."""
    verb = share.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head  # "30 percent who do not": the verb "compared"
    verbs = [verb] + ([verb.head] if verb.dep_ == "ccomp" else [])
    for clause in verbs:
        for prep in clause.children:
            if prep.dep_ != "prep" or prep.lower_ not in _GROUP_PREPS or prep.i > share.i:
                continue
            for group in prep.children:
                if group.dep_ == "pobj" and _people(group):
                    return group
    return None


def _people(noun: Token) -> bool:
    """Whether a noun names people: a nationality, religion or party (``NORP``), or a noun
    for a person ("voters", "residents", "Democrats")."""
    if noun.ent_type_ == "NORP":
        return True
    return noun.pos_ in ("NOUN", "PROPN") and (
        noun.lemma_.lower() in _PERSON_NOUNS or person_noun(noun.lemma_)
    )


def _compared(doc: Doc, found: list[QuantityDraft], start: int, unit: str | None) -> str | None:
    """ "The population was 12.5 million in 1900, compared with 40.2 million in 2010": a
    figure right after "compared with" (or "to", "versus") counts what the figure of the same
    unit before it in the sentence counts."""
    before = doc_text(doc)[max(0, start - 16) : start]
    if not re.search(r"\b(?:compared\s+(?:with|to)|versus|vs\.?)\s*$", before, re.IGNORECASE):
        return None
    return _previous_about(doc, found, start, unit)


#: "10, 15 minutes": a small whole number, a comma and a larger one with a unit.
_LISTED = re.compile(r",\s*(?P<num>\d{1,3})(?![\d.,])")


def _listed_unit(doc: Doc, m: re.Match[str], number: Number) -> str | None:
    """ "waited 10, 15 minutes": a bare whole number of at most three digits, a comma and a
    larger one that has a unit (a range said loosely) shares that unit; None otherwise (a
    noun after the second number is its own, "in 2, 15 people" gives nothing)."""
    following = _LISTED.match(doc_text(doc), m.end())
    if following is None or not re.fullmatch(r"\d{1,3}", m.group("num") or ""):
        return None
    if int(following.group("num")) <= number.value:
        return None
    unit, _, _ = unit_and_noun(doc, following.end())
    return unit


def _shared_unit(doc: Doc, m: re.Match[str], number: Number) -> str | None:
    """The unit of the next figure in "from 2.5 to 3.0 kg", "three or four years", "8 or $9"."""
    if number.sign or m.groupdict().get("vague"):
        return None
    following = SHARED_SCALE.match(doc_text(doc), m.end())
    if following is None:
        return _listed_unit(doc, m, number)
    if following.group("sign"):
        return currency(following.group("sign"))  # "8 or $9"
    after = doc_text(doc)[following.end() :]
    if re.match(PERCENT, after, re.IGNORECASE):
        return "percent"
    unit, _, _ = unit_and_noun(doc, following.end())
    return unit
