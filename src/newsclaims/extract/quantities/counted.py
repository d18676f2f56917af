"""What a figure counts: its unit, or the noun it counts, and the noun phrase named ``about``
("600 North Korean soldiers" -> soldiers, about "North Korean soldiers"); for a measurement,
the thing it measures ("the 400-gram bar" -> bar, "the well was 40 metres deep" -> well)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from newsclaims import settings
from newsclaims.extract.quantities.ages import (
    adverb_read_as_subject,
    is_age,
    is_age_at,
    is_aged,
    is_fronted_age,
    is_stated_age,
    pronoun_person,
    relative_antecedent,
)
from newsclaims.extract.quantities.durations import duration_thing, extreme_since
from newsclaims.extract.quantities.numbers import CHANGE_WORDS, DOWN_WORDS, UP_WORDS, Number
from newsclaims.extract.quantities.tokens import in_time, token_at
from newsclaims.extract.quantities.units import (
    ATTACHED_UNITS,
    CASED_UNITS,
    CURRENCY_WORDS,
    DIMENSIONS,
    PER,
    TIME_UNITS,
    UNIT_PHRASE,
    UNITS,
    attached_unit,
    currency,
    denominator,
    phrase_unit,
    word_set,
)
from newsclaims.extract.spans import doc_text
from newsclaims.extract.speakers import person_nouns
from newsclaims.lexicons import (
    DURATION_PLANNED,
    calendar_words,
    duration_activities,
    figure_nouns,
    lasting_nouns,
    length_activities,
    margin_verbs,
    month_names,
    units_of,
)

#: Dependencies by which a number modifies the noun it counts.
_NUMBER_DEPS = frozenset({"nummod", "quantmod", "amod", "compound", "predet"})
#: Dependencies by which a measurement modifies the noun it measures ("the 400-gram bar", "a
#: five-year-old boy", "the 80m-deep well", "a $184 million contract").
_MODIFIER_DEPS = _NUMBER_DEPS | {"npadvmod", "nmod", "advmod"}
#: Dependencies that lead from a figure up to the verb of its clause.
_CLAUSE_DEPS = frozenset(
    {"dobj", "pobj", "prep", "attr", "acomp", "npadvmod", "advmod", "amod", "conj", "appos", "prt"}
)
#: Dependencies a figure's clause walk climbs through.
_WALK_DEPS = _CLAUSE_DEPS | _MODIFIER_DEPS
#: Verbs whose subject is what a duration they take lasts ("the delay lasted 17 minutes").
LASTING_VERBS = word_set("lasting_verb")
#: Verbs of a plan: a duration under them ("the vote was meant to last an hour") did not happen.
PLAN_VERBS = word_set("plan_verb")
#: Auxiliaries that make a verb of lasting a forecast ("would last 10 minutes").
PLAN_MODALS = word_set("plan_modal")
#: Words after which a number begins a name ("a user called 80 Hou").
NAMING_WORDS = word_set("naming_word")
#: Nouns after which a bare number names one of a series or a position ("lap 12", "turn three").
LABEL_NOUNS = word_set("label_noun") | word_set("road_noun")
#: Nouns of a road: a number before one names the road even capitalised ("the 101 Freeway").
ROAD_NOUNS = word_set("road_noun")
#: Pronoun words set after a noun as its apposition that stand for it ("this one at 88 mph").
APPOSED_ONES = word_set("apposed_one")
#: Words after an amount that make it the amount of each thing ("$500 apiece", "2kg each").
EACH_WORDS = word_set("each_word")
#: Nouns of a group whose "of" noun names the things an "each" amount is of ("a pair of").
GROUP_NOUNS = word_set("group_noun")
#: An each word after an amount, set off by a dash or a comma or not ("$900 apiece", "£40 --
#: each."); set off, it must end its clause, else it begins a phrase of its own ("paid $5
#: million, each of the victims receiving a share").
_EACH_AFTER = re.compile(
    r"\s*(?P<set_off>--|-|\u2013|\u2014|,)?\s*(?P<word>"
    + "|".join(sorted((re.escape(w) for w in EACH_WORDS), key=len, reverse=True))
    + r")\b(?P<ends>\s*(?:[.,;:!?)\]\"\u201d]|$))?",
    re.IGNORECASE,
)
#: Words after a figure that place a thing that far behind or ahead of another.
GAP_WORDS = word_set("gap_word")
#: Verbs that put their object somewhere: the object a gap word places ("leaves the champion
#: 12 points behind"); another verb's object is only where the gap was ("finished the season").
PLACING_VERBS = word_set("placing_verb")
#: Adverbs between "within" and a figure ("within just 12 points of the leader").
WITHIN_ADVERBS = word_set("within_adverb")
#: Nouns after "one" that count nothing ("one heck of a job").
IDIOM_NOUNS = word_set("idiom_noun")
#: Nouns after "at one" that say when, not how many ("at one point", "at one stage").
ONE_TIME_NOUNS = word_set("one_time_noun")
#: "one" before a part of a day right after an adverb of when says when ("late one night").
DAY_PART_NOUNS = word_set("day_part_noun")
ONE_TIME_ADVERBS = word_set("one_time_adverb")
#: A preposition and a noun around "one" that count nothing ("for one thing", "with one foot").
ONE_PHRASES = word_set("one_phrase")
#: Written forms of unit names that count things ("two bars"; the pressure is "2 bar").
COUNT_FORMS = word_set("count_form")
#: Verbs whose subject has the amount they take as its value ("the receipts totaled $95,000").
VALUE_VERBS = word_set("value_verb")
#: Verbs of giving, raising or spending: an amount of money they take is their subject's
#: ("the trust donated $40,000"), unlike one a verb such as "received" takes.
MONEY_SUBJECT_VERBS = word_set("money_subject_verb")
#: Verbs of paying: a rate per unit of time they take ("paid $15 an hour") is a wage, not the
#: payer's outlay.
PAYING_VERBS = word_set("paying_verb")
#: Verbs of paying (``price_verb``) and of buying (``purchase_verb``): money paid "to buy X"
#: or "for X" is the price of X.
PRICE_VERBS = word_set("price_verb")
PURCHASE_VERBS = word_set("purchase_verb")
#: Verb forms of costing a noun phrase before may be the subject of ("costs", "cost").
COST_WORDS = word_set("cost_word")
#: Prepositions whose phrase a misread "costs" ends ("a ticket for the final costs").
COST_LINKS = word_set("cost_link")
#: Nouns "for" which money is paid that are a span of time ("for the rest of her life").
NOT_BOUGHT_NOUNS = word_set("not_bought_noun")
#: Verbs that change their object by an amount ("cut fuel duties by $3 billion").
CHANGE_OBJECT_VERBS = word_set("change_object_verb")
#: Articles that say "one" of a thing: "a 757" names a model, it counts nothing.
ONE_ARTICLES = word_set("one_article")
#: Verbs of scoring, and the units a game is scored in ("scored four in the ninth": runs).
SCORING_VERBS = word_set("scoring_verb")
SCORING_NOUNS = word_set("scoring_noun")
#: Nouns before "of N" that are an amount, not a thing N is the size of ("a total of 20").
AMOUNT_NOUNS = word_set("amount_noun")
#: Nouns that take an amount of money: a bare number "of" them counts nothing of theirs.
MONEY_NOUNS = word_set("money_noun")
#: Verbs whose subject is at the level of a bare number "at" them ("stood at 200,000").
LEVEL_VERBS = word_set("level_verb")
#: Verbs of a change in a level ("sales rose to 4,000": a bare number "to" one is its
#: subject's level).
LEVEL_CHANGE_VERBS = word_set("level_change_verb")
#: Nouns that stand for a figure ("the number of visitors").
FIGURE_NOUNS = figure_nouns()
#: Prepositions by which a verb takes a figure as a level or a difference ("rose to 12 points",
#: "trails by 19 points").
BY_OR_TO = frozenset({"to", "by"})
#: Relative pronouns: the subject of a relative clause is the noun the clause describes.
_RELATIVES = frozenset({"who", "that", "which"})


#: A hanging hyphen joined by "and", "or" or "to" to a group of "N-year-olds".
HANGING_AGE = re.compile(r"-\s+(?:and|or|to)\s+\d+-year-olds\b", re.IGNORECASE)


def unit_and_noun(doc: Doc, end: int) -> tuple[str | None, Token | None, int]:
    """The unit or counted noun right after a number, and the new end of the figure."""
    token = token_at(doc, end)
    while token is not None and token.is_space:
        token = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if token is None:
        return None, None, end
    phrase = UNIT_PHRASE.match(doc_text(doc), end)
    if phrase is not None:  # "square feet", "barrel-a-day" is handled by the rate below
        return phrase_unit(phrase.group("unit")), None, phrase.end()
    if token.text == "-" and token.i + 1 < len(doc):  # "25-minute"
        token = doc[token.i + 1]
    if token.text in CASED_UNITS:
        return CASED_UNITS[token.text], None, token.idx + len(token)
    if token.text[:-1] in CASED_UNITS and token.text.endswith(".") and len(token) > 2:
        # "runs at 400 kV.": the tokenizer kept the full stop on the symbol
        return CASED_UNITS[token.text[:-1]], None, token.idx + len(token) - 1
    lower = token.lower_.rstrip("=")  # "108.79 JPY=": a Reuters currency code
    glued = token.i > 0 and not token.doc[token.i - 1].whitespace_
    if glued and lower.endswith(".") and lower[:-1] in UNITS and lower[:-1] not in COUNT_FORMS:
        # "are now just 150g.": the tokenizer kept the full stop on the unit
        return UNITS[lower[:-1]], None, token.idx + len(token) - 1
    lemma = token.lemma_.lower()
    if lower in CURRENCY_WORDS:
        return CURRENCY_WORDS[lower], None, token.idx + len(token)
    if (lower in UNITS or lemma in UNITS) and lower not in COUNT_FORMS:
        unit = UNITS.get(lower) or UNITS[lemma]
        # "a 25-minute documentary": the unit word modifies what is measured, the last noun
        # of a compound ("400-gram milk chocolate bars" -> bars)
        modified: Token | None = None
        if token.dep_ in ("amod", "compound", "nmod"):
            modified = _compound_head(token.head)
        if modified is not None and modified.pos_ == "NOUN" and modified.i > token.i:
            return unit, modified, token.idx + len(token)
        return unit, None, token.idx + len(token)
    # a counted noun: the noun the number modifies ("600 North Korean soldiers")
    last = number = token_at(doc, end - 1) if end > 0 else None
    if number is not None and number.dep_ == "conj" and number.head.like_num:
        number = number.head  # "between 5,000 and 7,000 people": the first number's noun
    if last is not None and number is not None and number.dep_ in _NUMBER_DEPS:
        head = number.head
        while head.dep_ in ("nummod", "quantmod", "compound") and head.head.i > head.i:
            head = head.head
        if any(t.like_num for t in doc[last.i + 1 : head.i]):
            return None, None, end  # "from 2.5 to 3.0 kg": the noun belongs to the next figure
        if head.i > last.i + 1 and in_time(head):
            return None, None, end  # "2.1 last year": the noun is a time expression's
        if head.pos_ in ("NOUN", "PROPN") and head.i > number.i:
            if head.lower_ in CURRENCY_WORDS:
                return CURRENCY_WORDS[head.lower_], None, head.idx + len(head)
            unit_word = head.lemma_.lower() in UNITS and head.lower_ not in COUNT_FORMS
            if unit_word and not _named_kind(head):
                return UNITS[head.lemma_.lower()], None, head.idx + len(head)
            return None, head, end
    return None, None, end


def unit_of(
    doc: Doc, m: re.Match[str], number: Number
) -> tuple[str | None, Token | None, int] | None:
    """Unit, counted noun and end of a figure; None when the number is part of a name."""
    text = doc_text(doc)
    end = m.end()
    if number.percent:
        return "percent", None, end
    if number.sign:
        per = PER.match(text[end:])
        if per is not None and per.group(1) in ("per", "/", "a"):
            return f"{currency(number.sign)} per {denominator(per)}", None, end + per.end()
        return currency(number.sign), None, end
    if HANGING_AGE.match(text, end):
        return "year of age", None, end  # "16- and 17-year-olds": an age of the group
    unit, noun, end = unit_and_noun(doc, end)
    attached = ATTACHED_UNITS.match(text[end:]) if not text[end : end + 1].isspace() else None
    if unit is None and attached:
        unit = attached_unit(attached.group(1))
        end += len(attached.group(0))
    if unit is None and not m.groupdict().get("vague") and _is_name_number(doc, m, noun):
        return None
    if unit in TIME_UNITS and _titled_unit(doc, m.end(), end):
        return None  # "told 60 Minutes on Sunday": a programme's name, no span of time
    if unit is None and _is_label_compound(doc, end):
        return None
    if noun is not None and noun.lower_ in IDIOM_NOUNS and m.group("num").lower() == "one":
        return None  # "one heck of a job"
    if (m.groupdict().get("num") or "").lower() == "one" and (
        _one_of_time(doc, m) or _one_phrase(doc, m)
    ):
        return None  # "at one point", "One day, ...": when, not how many; "for one thing"
    if (
        unit is None
        and noun is None
        and (
            is_age(doc, m)
            or is_aged(doc, m)
            or is_stated_age(doc, m)
            or is_age_at(doc, m)
            or is_fronted_age(doc, m)
        )
    ):
        return "year of age", None, end
    if unit == "year" and re.match(r"[\s-]*olds?\b", text[end : end + 7]):
        unit = "year of age"  # "a 6-year-old boy", "40 years old", "16-year-olds"
    per = PER.match(text[end:])
    if unit is not None and per is not None:
        return f"{unit} per {denominator(per)}", None, end + per.end()
    if unit is None:
        # a rate of counted things: "three thousand tests per day", "some 12 a
        # month on average": the unit is the denominator, the counted noun stays what it counts
        after = noun.idx + len(noun) if noun is not None and noun.idx >= end else end
        per = PER.match(text[after:])
        if per is not None and per.group(1) == "per" and denominator(per) in TIME_UNITS:
            return f"per {denominator(per)}", noun, after + per.end()
    return unit, noun, end


def _one_of_time(doc: Doc, m: re.Match[str]) -> bool:
    """ "At one point the team led", "at one stage", "One day, the players will ...": "one"
    before a noun of ``ONE_TIME_NOUNS`` after "at", or before a time unit that opens its
    sentence and is followed by a comma, says when something happened; it counts nothing."""
    text = doc_text(doc)
    word = re.match(r"[\s-]*([A-Za-z]+)(\s*,)?", text[m.end() : m.end() + 20])
    if word is None:
        return False
    noun = word.group(1).lower()
    before = text[max(0, m.start() - 4) : m.start()].lower()
    if noun in ONE_TIME_NOUNS and re.search(r"\bat\s+$", before):
        return True
    adverb = re.search(r"([A-Za-z]+)\s+$", text[max(0, m.start() - 12) : m.start()])
    if (
        noun in DAY_PART_NOUNS
        and adverb is not None
        and adverb.group(1).lower() in ONE_TIME_ADVERBS
    ):
        return True  # "early one evening", "late one night": when
    first = token_at(doc, m.start())
    opens = first is not None and bool(first.is_sent_start)
    return opens and word.group(2) is not None and noun in ("day", "night", "morning", "evening")


def _one_phrase(doc: Doc, m: re.Match[str]) -> bool:
    """ "For one thing", "with one foot propping the board", "on one hand": a preposition and
    a noun of ``ONE_PHRASES`` around "one" count nothing, unless "of" or a dimension word
    follows the noun ("with one foot of snow", "one foot deep")."""
    text = doc_text(doc)
    word = re.match(r"\s+([A-Za-z]+)(?:\s+([A-Za-z]+))?", text[m.end() : m.end() + 30])
    prep = re.search(r"([A-Za-z]+)\s+$", text[max(0, m.start() - 12) : m.start()])
    if word is None or prep is None:
        return False
    if f"{prep.group(1).lower()} {word.group(1).lower()}" not in ONE_PHRASES:
        return False
    following = (word.group(2) or "").lower()
    return following != "of" and following not in DIMENSIONS


#: Below this share of capitalised words (after the first) a sentence is prose, not a title.
_TITLE_CASE_SHARE = 0.4


def _titled_unit(doc: Doc, start: int, end: int) -> bool:
    """Whether the unit word after a number is capitalised inside a sentence written in
    lower case ("an interview with 60 Minutes", "the film 28 Days"): a title's word, as prose
    writes units in lower case; a headline in title case ("Talks Last 3 Hours") is not told
    apart this way and keeps its figure."""
    word = re.search(r"[A-Za-z]+", doc_text(doc)[start:end])
    if word is None or not (word.group(0)[0].isupper() and word.group(0)[1:].islower()):
        return False
    token = token_at(doc, start + word.start())
    if token is None or token.is_sent_start:
        return False
    words = [t for t in token.sent if t.is_alpha and t.i != token.sent.start]
    capitalised = sum(1 for t in words if t.text[0].isupper())
    return capitalised < _TITLE_CASE_SHARE * len(words)


def _is_name_number(doc: Doc, m: re.Match[str], noun: Token | None) -> bool:
    """A bare number that is part of a name ("iPhone 11", "Big 12", "S&P 500", a user "called
    80 Hou"), a label after a common noun ("lap 28", "game seven") or a pronoun ("one of
    them")."""
    if m.groupdict().get("bound") or m.groupdict().get("num2"):
        return False
    first = token_at(doc, m.start("num"))
    if first is None:
        return False
    if m.group("num").lower() == "one" and noun is None:
        return True
    if first.i == 0:
        return False
    previous = doc[first.i - 1]
    if noun is None and _label_before(previous) and _labels(previous, first):
        return True  # "into turn three on lap 12", "Game 7 was played": which one, not how many
    if noun is not None and _position_before(doc, m, previous, noun):
        return True  # "his lap 12 crash", "in the eight inning": a position, not a count
    after = doc[first.i + 1] if first.i + 1 < len(doc) else None
    if (
        noun is None
        and previous.lower_ in ONE_ARTICLES
        and first.text.isdigit()
        and (after is None or after.text not in ("-", "/", "%"))
        and not (after is not None and not first.whitespace_ and after.lower_ in UNITS)
    ):  # "a 40m well": a unit written on the number makes it an amount
        return True  # "flew a 757 to Paris": a model, one thing, not an amount
    if noun is None and _model_elsewhere(doc, first):
        return True  # "the 757" where the article writes "Boeing 757": the model, no amount
    if previous.lower_ in NAMING_WORDS and (noun is None or noun.pos_ == "PROPN"):
        return True  # "a ferry named 7 Seas Queen": a name; "named 23 players" counts
    if (
        previous.lower_.rstrip(".") in month_names()
        or previous.is_punct
        or previous.like_num
        or not any(ch.isalpha() for ch in previous.text)
        or (previous.is_sent_start and not _name_word(previous))
    ):
        return False
    named = any(ch.isupper() for ch in previous.text)  # "iPhone 11", "Model 3", "Big 12"
    if noun is None and previous.pos_ == "NOUN" and first.head == previous:
        # a number after the noun it attaches to labels one of them, it does not count
        # them: "on lap 28", "heat two of the final", "turn 4"
        return first.dep_ in ("nummod", "appos", "npadvmod", "compound")
    label = previous.tag_ == "NN" and previous.dep_ == "compound" and previous.head == first
    if noun is None and label:
        return True  # "heat two was rerun": the parse hangs the noun on the number
    return named if noun is not None else named or previous.pos_ == "PROPN"


def _model_elsewhere(doc: Doc, number: Token) -> bool:
    """Whether a bare number in digits with no counted noun is a model the document names
    elsewhere right after a proper name ("Boeing 757" ... "the 757", "a 25-year-old 757"): the
    number names the thing, it counts nothing. Only a number used like a noun is a model: a
    determiner, owner or adjective right before it, no adjective or participle after it ("101
    injured"), not a verb's subject in the plural ("737 were evacuated"), not right after
    "with" or "of" (fix36c, the review of figures19). Numbers with a comma, years and months'
    days are left alone (``settings.MODEL_MIN_DIGITS`` digits at least, the name no month)."""
    if not number.text.isdigit() or len(number.text) < settings.MODEL_MIN_DIGITS:
        return False
    if number.i == 0 or _plural_subject(number):
        return False  # "737 were evacuated", "the 101 were hurt": a count of people
    previous = doc[number.i - 1]
    if not (previous.pos_ in ("DET", "ADJ") or previous.tag_ in ("PRP$", "POS")):
        return False  # "with 187 in favour", "left 101 injured": a count
    after = doc[number.i + 1] if number.i + 1 < len(doc) else None
    if after is not None and (
        after.pos_ == "ADJ" or (after.pos_ == "VERB" and after.tag_ in ("VBN", "VBD"))
    ):
        return False  # "the 101 injured", "the 737 evacuated": a count of people
    for index in _same_text(doc).get(number.text, ()):
        if index in (number.i, 0):
            continue
        token = doc[index]
        name = doc[index - 1]
        if (
            name.pos_ == "PROPN"
            and name.text[:1].isupper()
            and name.lower_.rstrip(".") not in month_names()
            and token.ent_type_ not in ("DATE", "TIME", "CARDINAL", "MONEY", "QUANTITY")
        ):
            return True
    return False


def _plural_subject(number: Token) -> bool:
    """Whether a number is the subject of a verb in the plural ("737 were evacuated"); a model
    takes one in the singular ("the 757 might seem odd", "his 757 was a great aircraft")."""
    if number.dep_ not in ("nsubj", "nsubjpass"):
        return False
    verb = number.head
    words = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(w.tag_ == "VBP" or w.lower_ in ("were", "are") for w in words)


def _same_text(doc: Doc) -> dict[str, list[int]]:
    """The indexes of a document's tokens in digits by their text, built once per doc."""
    cached = doc.user_data.get("newsclaims_digit_tokens")
    if cached is None or cached[0] != len(doc):
        found: dict[str, list[int]] = {}
        for token in doc:
            if token.text.isdigit():
                found.setdefault(token.text, []).append(token.i)
        cached = (len(doc), found)
        doc.user_data["newsclaims_digit_tokens"] = cached
    digits: dict[str, list[int]] = cached[1]
    return digits


def _label_before(previous: Token) -> bool:
    """Whether the word before a bare number is a noun of ``LABEL_NOUNS`` that the number
    names one of ("on lap 12", "into turn three", "Game 7 was played"): a singular noun, not
    a verb of the same spelling ("he will turn 40": his age)."""
    if previous.lower_ not in LABEL_NOUNS:
        return False
    if previous.tag_ in ("NN", "NNP"):
        return True
    before = previous.doc[previous.i - 1] if previous.i > 0 else None
    return before is None or before.pos_ in ("DET", "ADP", "ADJ", "PUNCT", "CCONJ")


def _position_before(doc: Doc, m: re.Match[str], previous: Token, noun: Token) -> bool:
    """Whether a bare number other than one, written right before a singular noun, names a
    position: after a noun of ``LABEL_NOUNS`` ("his lap 12 crash", "the turn 4 incident": the
    label modifies the noun), or before one ("in the eight inning": an ordinal written as a
    number; "the 101 Freeway": a road's number, capitalised or not). A count of more than
    one takes a plural noun ("12 laps", "eight innings")."""
    if m.group("num").lower() in ("one", "1"):
        return False
    if noun.tag_ != "NN" and not (noun.tag_ == "NNP" and noun.lower_ in ROAD_NOUNS):
        return False
    last = token_at(doc, m.end("num") - 1)
    if last is None or noun.i != last.i + 1 or not last.whitespace_:
        return False
    return _label_before(previous) or noun.lower_ in LABEL_NOUNS


def _labels(label: Token, number: Token) -> bool:
    """Whether a bare number right after a label noun names one of a series: unless it is a
    verb's subject that does not hang on the noun. "By that stage 300 had been evacuated",
    "Of the 20 who started the race 12 finished": the phrase before ends in the noun, the
    number counts what the verb says of it. "On lap 12", "in round four later that night" (the
    parse may hang the number on "later") and "heat two was rerun" stay labels."""
    return number.head == label or number.dep_ not in ("nsubj", "nsubjpass")


def _is_label_compound(doc: Doc, end: int) -> bool:
    """A number joined by a hyphen to a singular noun that is not a unit, the two modifying
    a noun after them: "a four-seam fastball", "a three-run homer", "a two-party system" name
    a kind of thing, they count nothing stated ("a 17-minute delay" has a unit: a figure)."""
    if doc_text(doc)[end : end + 1] != "-":
        return False
    word = token_at(doc, end + 1)
    # "a 10-inning victory": the tagger may call the noun a gerund
    if word is None or word.text == "-" or word.tag_ not in ("NN", "VBG") or _unit_word(word):
        return False
    head = word.head
    return (
        word.dep_ in ("compound", "amod", "nmod", "npadvmod")
        and head.i > word.i
        and head.pos_ in ("NOUN", "PROPN")
    )


def _name_word(token: Token) -> bool:
    """A word that is a name even where a sentence begins ("S&P", "FTSE", "Nasdaq"), not a
    word capitalised because it begins one ("Some 300 people")."""
    inner = token.text[1:]
    return token.pos_ == "PROPN" or any(ch.isupper() or not ch.isalpha() for ch in inner)


def noun_phrase(noun: Token, after: int = 0) -> str:
    """The counted noun phrase without the figure: "North Korean soldiers", with modifiers
    joined by "and" or "or" ("Kia and Hyundai vehicles", "digital and physical sales")."""
    doc = noun.doc
    if (
        noun.lower_ == "olds"
        and noun.i >= 4
        and [t.lower_ for t in doc[noun.i - 3 : noun.i]] == ["-", "year", "-"]
        and doc[noun.i - 4].like_num
        and doc[noun.i - 4].idx >= after
    ):
        return doc[noun.i - 4 : noun.i + 1].text.lower()  # "16-year-olds": a group, not "olds"
    left = noun.i
    while left > 0 and doc[left - 1].idx >= after:
        before = doc[left - 1]
        numbered = left > 1 and doc[left - 2].like_num
        hyphened = left > 2 and doc[left - 2].text == "-" and doc[left - 3].like_num
        if (numbered or hyphened) and _unit_word(before):
            break  # "the 170g bars", "three-year trends": the unit of another figure
        if before.dep_ in ("amod", "compound") and before.head.i >= left - 1:
            left -= 1
        elif before.text == "-" and left > 1 and _glued(doc[left - 2], before):
            left -= 1  # "heavy-duty vehicles"
        elif before.dep_ == "nmod" and before.head == noun and doc[left].head == before:
            left -= 1  # "Kia" after "and Hyundai" was taken: the first of joined modifiers
        elif (before.dep_ in ("conj", "cc") or before.text == ",") and _joined_modifier(
            before, noun
        ):
            left -= 1
        else:
            break
    while doc[left].text == "-" and left < noun.i:
        left += 1
    if left == noun.i:
        left = _name_owner(noun, after)
    return doc[left : noun.i + 1].text


def _name_owner(noun: Token, after: int) -> int:
    """Where a one-word name begins with the name that owns it written right before ("Emily's
    List", "Walker's Fund": one name, not "List"; a capitalised word inside a sentence is a
    name even where the tagger calls it a common noun); the name's own index for a common noun
    ("Carter's campaign" -> campaign) or any other."""
    doc = noun.doc
    named = noun.pos_ == "PROPN" or (
        noun.pos_ == "NOUN" and noun.text[:1].isupper() and not noun.is_sent_start
    )
    if not named or noun.i < 2 or doc[noun.i - 1].dep_ != "case":
        return noun.i
    owner = doc[noun.i - 2]
    if owner.dep_ != "poss" or owner.head != noun or owner.pos_ != "PROPN":
        return noun.i
    first = owner.left_edge
    return first.i if first.idx >= after and first.i <= owner.i else noun.i


def measured_thing(
    doc: Doc,
    start: int,
    end: int,
    figures: Iterable[tuple[int, int]] = (),
    *,
    money: bool = False,
    duration: bool = False,
    length: bool = False,
) -> str | None:
    """What a measurement (a figure with a unit, an age) is of, from the parse: the noun its
    unit modifies ("the 400-gram bar", "a 97-mph fastball", "a five-year-old boy"), the noun
    it is set beside ("Dina Mansaour, 33", "his fastball, over 100mph"), or the subject of
    its clause's verb ("the well was 40 metres deep", "the Cubs waited 71 years", "the search
    that took 100 hours"). None when the parse names no such noun, or only a pronoun, a unit
    or one of the other ``figures`` (character ranges): "Thousands of fans sang ... 300 miles
    from Wrigley" measures no fans. An amount of ``money`` that is the object of an active
    verb is not its subject's ("Lindqvist received 450,000 euros": money, not Lindqvist);
    money whose subject is "he" or "she" is the money of the one person the pronoun stands
    for (``ages.pronoun_person``), else nothing's. A ``duration`` lasts: it is of the noun
    it modifies ("a 17-minute rain delay"), the noun it is "of" ("a drought of 71 years"),
    or the subject of a verb of lasting ("her reign lasted 63 years", "the delay was 17
    minutes"), never of the subject of another verb ("the fans waited 90 minutes": the fans
    do not last); else what ``durations`` names from the verb or
    the thing it counts from ("waited 90 minutes" -> wait, "six years after the title")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    inside = {t.i for t in span}
    taken = tuple(figures)

    def thing(token: Token) -> bool:
        glued = token.i > 0 and _modified_by_glued_adjective(token.doc[token.i - 1], token)
        return (
            (_nominal(token) or glued)
            and not token.like_num
            and not _unit_word(token)
            and not any(a <= token.idx < b for a, b in taken)
        )

    for token in span:
        head = token.head
        if token.dep_ == "appos" and head.i < span.start and thing(head):
            return thing_phrase(head)  # "Dina Mansaour, 33", "His fastball, over 100mph"
    modified = _modified_noun(span[-1], inside)
    if modified is not None and thing(modified):
        since = extreme_since(modified, thing_phrase) if duration else None
        return since or thing_phrase(modified, _glued_end(span[-1]))
    reached = _length_reached(span[-1]) if length else None
    if reached is not None:
        return reached  # "rescuers dug 13m down the shaft": the depth dug, not the rescuers
    lost, words = (False, None) if duration else _lost_noun(span)
    if lost:
        return words  # "slipped down the 30m dry well": the well's depth, never the subject's
    subject = _subject_of(span[-1], inside, agent=not money, lasting=duration)
    if duration and subject is not None:
        subject = _lasting_antecedent(subject) or subject  # "it lasted two hours"
    if subject is not None and thing(subject):
        return thing_phrase(subject)
    if money and subject is not None and subject.pos_ == "PRON":
        # "Ana Okafor opened her campaign. She raised $4 million": the one person "she"
        # stands for, as a name subject would be; None when the text names no one person
        person = pronoun_person(subject)
        if person is not None:
            return person
    planned = _subject_of(span[-1], inside, lasting=True, planned=True) if duration else None
    if planned is not None:
        planned = _lasting_antecedent(planned) or planned  # "he said it would last 10 minutes"
    if planned is not None and thing(planned):
        # "the hearing, meant to take two hours": how long it was to last, not how
        # long it lasted, so it is never compared with what it lasted
        return f"{DURATION_PLANNED}{thing_phrase(planned)}"
    return duration_thing(span[-1], thing_phrase) if duration else None


#: Words that begin a noun phrase (``noun_phrase_article`` of ``data/words.tsv``).
_ARTICLES = word_set("noun_phrase_article")
#: Tags of the words a lost noun phrase is written with ("dry well" read as ADJ and ADV).
_PHRASE_TAGS = frozenset({"ADJ", "ADV", "NOUN", "PROPN"})
#: Tags of the word that ends that phrase: a preposition, a verb, a conjunction, a stop.
_PHRASE_ENDS = frozenset({"ADP", "VERB", "AUX", "CCONJ", "SCONJ", "PUNCT", "PART"})


def _lost_noun(span: Span) -> tuple[bool, str | None]:
    """ "slipped down the 30m dry well": a measurement written after an article, that the parse
    makes the object of a preposition on its own (it read "dry well" as an adjective and an
    adverb of the verb), modifies the words written after it, up to the next preposition,
    verb, conjunction or stop; it is never the clause subject's. (True, those words) then;
    (False, None) for a duration's words or any other measurement."""
    last = span[-1]
    doc = last.doc
    before = doc[span.start - 1] if span.start > 0 else None
    if before is None or before.lower_ not in _ARTICLES:
        return False, None
    if last.dep_ != "pobj" or last.head.lower_ == "of":
        return False, None
    if last.i + 1 < len(doc) and _glued(last, doc[last.i + 1]):
        return False, None  # "a 40-metre-deep well": the words written with it say more
    words: list[Token] = []
    for token in doc[last.i + 1 :]:
        if token.pos_ in _PHRASE_ENDS or not token.is_alpha:
            break
        if token.pos_ not in _PHRASE_TAGS or _unit_word(token) or len(words) == 3:
            return False, None  # not a phrase of plain words: leave it to the parse
        words.append(token)
    if not words:
        return False, None
    return True, doc[words[0].i : words[-1].i + 1].text


#: Dependencies by which a length hangs on the verb whose action it measures ("dug 13m").
_REACH_DEPS = frozenset({"dobj", "npadvmod", "advmod", "nummod", "quantmod", "compound"})


def _length_reached(last: Token) -> str | None:
    """What a length a verb of ``length_activities.tsv`` takes as its extent counts ("dug only
    13m down the shaft" -> depth dug); None for another verb or a length in a phrase of its
    own ("fell into a 40m well")."""
    token = last
    for _ in range(3):
        if token.dep_ not in _REACH_DEPS or token.head == token:
            return None
        token = token.head
        if token.pos_ == "VERB":
            return length_activities().get(token.lemma_.lower())
    return None


#: Nouns of a thing that lasts, that "it" of a verb of lasting may stand for: the activities
#: of ``duration_activities.tsv`` ("meeting", "talks", "strike") and ``lasting_nouns.tsv``.
_LASTING_THINGS = frozenset(duration_activities().values()) | lasting_nouns()
#: Nouns a duration "of" them is how long they last ("a drought of 71 years", "a term of six
#: years"): the things that last and the terms and events of ``lasting_of_noun``; "a man of 60
#: years" and "the gains of the past six years" last nothing (age49).
_LASTING_OF = _LASTING_THINGS | word_set("lasting_of_noun") | word_set("talk_noun")


def _lasts(noun: Token) -> bool:
    """Whether a noun a duration is "of" is a thing that lasts (``_LASTING_OF``)."""
    return noun.lower_ in _LASTING_OF or noun.lemma_.lower() in _LASTING_OF


def _lasting_antecedent(subject: Token) -> Token | None:
    """What "it" as the subject of a verb of lasting stands for ("They held a meeting on
    Friday. He said it would last 10 minutes" -> meeting): the nearest noun of a thing that
    lasts (``_LASTING_THINGS``) before it in its sentence or the one before; None for another
    subject or when there is none."""
    if subject.lower_ != "it" or subject.pos_ != "PRON":
        return None
    doc = subject.doc
    sentence = subject.sent
    first = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for token in reversed(doc[first : subject.i]):
        if token.pos_ == "NOUN" and (
            token.lemma_.lower() in _LASTING_THINGS or token.lower_ in _LASTING_THINGS
        ):
            return token
    return None


def measured_subject(doc: Doc, start: int, end: int) -> Token | None:
    """The subject of the verb of the clause that holds the measurement at ``start:end``
    (``_subject_of``), whatever it is, or None: "the 500-gram was cut down to 450 grams" ->
    the word "gram" of another figure."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    return _subject_of(span[-1], {t.i for t in span})


def thing_phrase(noun: Token, after: int = 0) -> str:
    """A measured noun as a phrase; "X of Y" for a noun that takes its thing after "of" ("the
    value of the pound", "one pair of tickets")."""
    phrase = noun_phrase(noun, after)
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objects = [
                o
                for o in prep.children
                if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and not _unit_word(o)
            ]
            if objects:
                return f"{phrase} of {noun_phrase(objects[0])}"
    return phrase


def _unit_word(token: Token) -> bool:
    """Whether a word (or its lemma) is a unit ("metres", "percent"), also with the full stop
    the tokenizer kept on it ("150g." at the end of a sentence); not a written form that
    counts things (``COUNT_FORMS``: "bars")."""
    lower = token.lower_
    if lower in COUNT_FORMS or _named_kind(token):
        return False  # "the two bars", "one Alpine bar": things counted, not a pressure
    return token.lemma_.lower() in UNITS or lower in UNITS or lower.rstrip(".") in UNITS


def _named_kind(token: Token) -> bool:
    """A unit name with a noun before it that names a kind of thing ("one Alpine bar",
    "a chocolate bar"): a thing counted, not a unit ("2 bar" of pressure). A unit of time
    names no kind: "90 thrilling minutes" are minutes, whatever the tagger makes of the word
    before them."""
    if token.lemma_.lower() in TIME_UNITS:
        return False
    return any(
        c.dep_ == "compound"
        and c.pos_ in ("NOUN", "PROPN")
        and not c.like_num
        and c.lemma_.lower() not in UNITS  # "a 400-gram bar": a measurement, not a kind
        and c.i == token.i - 1
        for c in token.children
    )


def _glued(left: Token, right: Token) -> bool:
    """Whether two tokens are written as one word ("80m-deep", "five-year-old")."""
    doc = left.doc
    return doc_text(doc)[left.idx + len(left) : right.idx] in ("", "-")


def _glued_end(last: Token) -> int:
    """The end of the word a figure's last token is written in ("five-year" in
    "five-year-old" ends after "old")."""
    token = last
    while token.i + 1 < len(token.doc) and _glued(token, token.doc[token.i + 1]):
        token = token.doc[token.i + 1]
    return token.idx + len(token)


def _modified_noun(last: Token, inside: set[int]) -> Token | None:
    """The noun after a figure that the figure's last token modifies, through the words
    written with it and the nouns compounded with it ("the 30cm-diameter well" -> well, "a
    five-year-old boy" -> boy, "400-gram milk chocolate bars" -> bars)."""
    token = last
    for _ in range(4):
        head = token.head
        if head == token or head.i < token.i or token.dep_ not in _MODIFIER_DEPS:
            return None
        if head.i not in inside and not _glued(token, head):
            if _nominal(head) or _modified_by_glued_adjective(token, head):
                return _compound_head(head)
            if head.pos_ != "ADJ":
                return None
        token = head
    return None


def _modified_by_glued_adjective(adjective: Token, head: Token) -> bool:
    """ "a 40-metre-deep well (about 131 feet)": a word right after an adjective written with the
    figure ("40-metre-deep") that the adjective modifies is what it measures, however the
    tagger read it (a conversion in brackets after it can make "well" an interjection)
    (fig42, realnews story half A shape, invented sentences)."""
    return (
        adjective.pos_ == "ADJ"
        and adjective.dep_ == "amod"
        and head.i == adjective.i + 1
        and head.is_alpha
        and head.pos_ in ("ADV", "INTJ", "X")
        and adjective.i > 0
        and _glued(adjective.doc[adjective.i - 1], adjective)
    )


def _nominal(token: Token) -> bool:
    """A noun, or a word the tagger called an adverb that a determiner shows is used as one
    ("the 30cm-diameter well": no adverb takes "the")."""
    if token.pos_ in ("NOUN", "PROPN"):
        return True
    return token.pos_ == "ADV" and _determined(token)


def _determined(token: Token) -> bool:
    """Whether an article or a possessive begins the phrase a word heads ("the dry well", "the
    30cm-diameter well", "their 95-mph closer", where the parse may hang "the" on a modifier
    and read the noun as an adverb)."""
    return any(
        (t.dep_ == "det" and t.lower_ in _ARTICLES) or t.dep_ == "poss"
        for t in token.subtree
        if t.i < token.i
    )


def _compound_head(noun: Token) -> Token:
    """The last noun of the compound a noun begins ("milk" in "milk chocolate bars" -> bars)."""
    while noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return noun


def _subject_of(
    last: Token,
    inside: set[int],
    *,
    agent: bool = True,
    lasting: bool = False,
    planned: bool = False,
) -> Token | None:
    """The subject of the verb whose clause holds the figure (for a relative clause, the
    noun it describes); the verb's object when the figure is where the verb puts it or takes
    it from ("placed the mine shaft at 60m deep", "cut the weight of the bars to 150g", "reduced
    the size of one bar from 400 grams"); the noun the figure
    is "of" ("blasted a pit of some 80 metres"). Without ``agent``, not
    the active subject of a verb whose object the figure is. With ``lasting`` (a duration),
    the subject only of a verb of lasting (``LASTING_VERBS``). The walk stops at another noun
    than the one the figure is "of": "dropped down a 25-metre shaft" is not the measure of
    whoever fell."""
    token = last
    placed = False
    role = last.dep_
    reached = last  # the word the walk reaches the verb from ("to" of "rose to 12 points")
    holder: Token | None = None  # "a pit of some 80 metres" -> pit
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") and token.i not in inside:
            break
        if token.head == token or token.dep_ not in _WALK_DEPS:
            # no verb above: "households earning over $2 million"; a duration "of" a
            # noun with no verb is no length of it ("the gains of the last six years"),
            # unless the noun lasts ("the mayor's term of six years ends": age49)
            if lasting:
                return holder if holder is not None and _lasts(holder) else None
            return holder
        reached = token
        placed = (
            token.dep_ == "prep"
            and token.lower_ in ("at", "to", "from")
            and token.head.pos_ == "VERB"
        )
        if token.dep_ == "prep" and token.lower_ in ("into", "onto"):
            return None  # "fell into a 40m well": the length of where it went, not its subject
        if token.dep_ == "prep" and token.lower_ == "of" and holder is None:
            holder = token.head if token.head.pos_ == "NOUN" else None
            while holder is not None and _of_noun(holder) is not None:
                holder = _of_noun(holder)  # "a margin of error of 2 points": the margin
        role = token.dep_
        token = token.head
        if token.i not in inside and token != holder and not _unit_word(token):
            if token.pos_ in ("NOUN", "PROPN"):
                return None if lasting else holder  # inside another noun's phrase
            if role in ("amod", "compound", "nmod", "nummod") and token.pos_ not in (
                "ADJ",
                "VERB",
                "AUX",
            ):
                return None  # it modifies a word the tagger did not call a noun
    else:
        return None if lasting else holder  # the verb is too far above the "of" noun
    verb = token
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i not in inside]
    if placed and objects:
        return objects[0]
    if placed and verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN":
        return verb.head  # "one jar sold abroad from 500 grams": the jar's weight
    if holder is not None:
        # "a man of 60 years", "his wife of 40 years": a duration "of" a noun that does not
        # last is no length of it (age49)
        return None if lasting and not _lasts(holder) else holder
    lasting_for = role == "prep" and reached.lower_ == "for"  # "the strike went on for a week"
    if lasting and (
        _lasting_verb(verb) is None
        or (role not in ("attr", "acomp", "dobj", "npadvmod") and not lasting_for)
        or (verb.lemma_ == "be" and role not in ("attr", "acomp"))
    ):
        return None  # "17 minutes later, the fans were ...": the fans do not last
    plan = (verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in PLAN_VERBS) or any(
        c.dep_ == "aux" and c.lower_ in PLAN_MODALS for c in verb.children
    )
    if lasting and plan != planned:
        # "the talks were supposed to last 10 minutes": a plan, not what lasted; with
        # ``planned``, only the subject of what a plan says will last
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")] or [
        c
        for c in verb.children
        if c.i < verb.i and c.dep_ in ("advmod", "npadvmod") and _determined(c) and not in_time(c)
    ]  # "the old well was 2 metres across": "well" parsed as an adverb
    taker = verb  # the verb that takes the figure, before the walk up to a subject
    for _ in range(2):  # "the well was 40 metres deep and had been abandoned for five years"
        if subjects or verb.dep_ not in ("conj", "xcomp") or verb.head.pos_ not in ("VERB", "AUX"):
            break
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects and lasting and verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        subjects = [verb.head]  # "the talks, expected to last 10 minutes, ...": the talks
    if not subjects and _spending_participle(taker, role):
        # "The Delvin Fund led the pack, spending $4 million in May": the fund's (fig50)
        subjects = [c for c in taker.head.children if c.dep_ == "nsubj"]
        if len(subjects) != 1 or any(c.dep_ == "conj" for c in subjects[0].children):
            subjects = []  # "Tom Bell and Lin Park won, raising $40,000": whose? (fixf50)
    if not subjects or subjects[0].i in inside:
        return None
    subject = subjects[0]
    if (
        not agent
        and role == "dobj"
        and subject.dep_ == "nsubj"
        and verb.lemma_.lower() not in VALUE_VERBS
        and (
            taker.lemma_.lower() not in MONEY_SUBJECT_VERBS
            or any(c.dep_ == "dative" for c in taker.children)
            or (taker.lemma_.lower() in PAYING_VERBS and (_rate_after(last) or _paid_to(taker)))
        )
    ):
        # "Lindqvist received 450,000 euros"; not "the stand cost $40m", nor "the trust
        # donated $40,000" (whose gift it is), nor "the club ended up raising $20,000" (the
        # verb that takes the money gives it, whatever verb has the subject); but "the judge
        # gave the plaintiff $2 million" is an award, not the judge's money; "the firm paid
        # $15 an hour" is a wage, not the firm's; money paid "to" someone names its payee, and
        # one payer's payments to two payees are two figures, not one said twice (fig42: as
        # the payer's, they made a false conflict)
        return None
    if _apart_from_subject(verb, reached, subject):
        return None  # "Hamilton emerged ... to 12 points", "Hamilton trails Rosberg by 19 points"
    if subject.lower_ in _RELATIVES and verb.dep_ == "relcl":
        subject = verb.head  # "the repairs, which took 9 days"
    return subject


def _spending_participle(verb: Token, role: str) -> bool:
    """Whether a figure is the object (``role``) of an "-ing" participle of a money verb
    (``money_subject_verb``) set off by a comma after its clause ("..., spending $2 million"),
    whose subject is then the clause's subject; not a participle with a subject or dative of
    its own, nor one after a preposition ("after spending": no ``advcl``)."""
    return (
        role == "dobj"
        and verb.tag_ == "VBG"
        and verb.dep_ == "advcl"
        and verb.lemma_.lower() in MONEY_SUBJECT_VERBS
        and verb.head.pos_ in ("VERB", "AUX")
        and verb.i > verb.head.i
        and verb.i > 0
        and verb.doc[verb.i - 1].text == ","
        and not any(c.dep_ in ("nsubj", "dative") for c in verb.children)
    )


def _paid_to(verb: Token) -> bool:
    """ "paid $2 million to the dredging firm": a verb of paying (``paying_verb``) that names
    its payee by "to" (a dative or a preposition with an object; not "to settle", an
    infinitive). One payer's payments to two payees are two figures, so the payer alone
    does not name what the money counts (fig42)."""
    return any(
        c.lower_ == "to"
        and c.dep_ in ("dative", "prep")
        and any(o.dep_ == "pobj" for o in c.children)
        for c in verb.children
    )


def _rate_after(last: Token) -> bool:
    """ "$15 an hour", "$40,000 a year": the figure ending at ``last`` is followed by a word
    of ``each_word`` or an article, then a unit of time (a rate), or ends with them ("paying
    $35,000 a month": the figure's text holds the rate's words)."""
    doc = last.doc
    if last.i >= 1 and last.lemma_.lower() in TIME_UNITS:
        before = doc[last.i - 1]
        if before.lower_ in EACH_WORDS or before.pos_ == "DET":
            return True
    if last.i + 2 >= len(doc):
        return False
    rate = doc[last.i + 1].lower_ in EACH_WORDS or doc[last.i + 1].pos_ == "DET"
    return rate and doc[last.i + 2].lemma_.lower() in TIME_UNITS


def _lasting_verb(verb: Token) -> str | None:
    """The entry of ``LASTING_VERBS`` a verb is, with its particle ("went on" -> "go on"),
    else None."""
    lemma = verb.lemma_.lower()
    for particle in (c for c in verb.children if c.dep_ == "prt"):
        if f"{lemma} {particle.lower_}" in LASTING_VERBS:
            return f"{lemma} {particle.lower_}"
    return lemma if lemma in LASTING_VERBS else None


def _of_noun(noun: Token) -> Token | None:
    """The noun that ``noun`` is "of" ("margin" for "error" in "the margin of error"), else
    None."""
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "NOUN":
        return prep.head
    return None


def _apart_from_subject(verb: Token, reached: Token, subject: Token) -> bool:
    """Whether a figure the verb takes through "to" or "by" ("to just 12 points", "by 19
    points") is no measure of the verb's active subject: only a verb of change or of value
    moves its subject to a figure or by one ("shares rose to 300 points", "the bill reached
    $5m"); after any other verb the figure is a gap or a score between things the parse
    names elsewhere ("Hamilton emerged victorious ... to bring the gap to 12 points",
    "Hamilton trails Rosberg by 19 points"), so naming the subject would be wrong."""
    if reached.dep_ != "prep" or reached.lower_ not in BY_OR_TO or subject.dep_ != "nsubj":
        return False
    lemma = verb.lemma_.lower()
    return lemma not in CHANGE_WORDS and lemma not in VALUE_VERBS and lemma not in LASTING_VERBS


def _joined_modifier(token: Token, noun: Token) -> bool:
    """``token`` is a conjunct (or its "and" or comma) of a modifier of ``noun`` that stands
    before it: "Hyundai" and "and" in "Kia and Hyundai vehicles"."""
    head = token.head
    while head.dep_ == "conj" and head.head.i < head.i:
        head = head.head
    return head.i < token.i and head.dep_ in ("amod", "compound", "nmod") and head.head == noun


#: Units of length: a length right before "from" is a distance.
LENGTH_UNITS = units_of("length")
_FROM = re.compile(r"(?:\s*\([^()]{0,30}\))?\s+(?:away\s+)?from\b", re.IGNORECASE)


def distance_from(doc: Doc, end: int, unit: str) -> str | None:
    """ "only 5 metres (16 feet) from the end of the tunnel", "a ballpark 300
    miles from Wrigley": a length written right before "from" (a restatement in brackets or
    "away" between) is the distance from what "from" names; None for other figures."""
    if unit not in LENGTH_UNITS:
        return None
    found = _FROM.match(doc_text(doc), end)
    word = token_at(doc, found.end() - 4) if found else None
    if word is None or word.lower_ != "from":
        return None
    for child in word.children:
        target = child
        if child.dep_ == "pcomp" and child.pos_ == "VERB":  # "from reaching the bottom"
            objects = [o for o in child.children if o.dep_ == "dobj"]
            target = objects[0] if objects else child
        if child.dep_ in ("pobj", "pcomp") and target.pos_ in ("NOUN", "PROPN"):
            return f"distance from {thing_phrase(target)}"
    return None


_WITHIN = re.compile(
    r"\bwithin\s+(?:(?:"
    + "|".join(sorted((re.escape(w) for w in WITHIN_ADVERBS), key=len, reverse=True))
    + r")\s+)?$",
    re.IGNORECASE,
)


def within_of(doc: Doc, start: int, end: int, unit: str) -> str | None:
    """ "moved to within 12 points of the leader", "came within 40 metres of the summit": a
    figure after "within" and before "of" is the distance from what "of" names, not an amount
    of it; None for other figures and for a time ("within 12 hours of the attack" is when,
    a window after the attack: its ``unit`` is one of ``TIME_UNITS``)."""
    if unit in TIME_UNITS:
        return None
    text = doc_text(doc)
    if not _WITHIN.search(text[max(0, start - 20) : start]):
        return None
    found = re.match(r"\s+of\s+", text[end : end + 8])
    word = token_at(doc, end + found.end() - 3) if found else None
    if word is None or word.lower_ != "of":
        return None
    objects = [c for c in word.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
    return f"distance from {thing_phrase(objects[0])}" if objects else None


def gap_of(doc: Doc, end: int) -> str | None:
    """ "The result leaves the champion 12 points behind": a figure right before a word of
    ``GAP_WORDS`` that hangs on a verb of ``PLACING_VERBS`` with an object is the gap of that
    object, the thing the verb places behind or ahead ("gap of champion"), not of the verb's
    subject; None for any other figure: another verb's object is what the gap was in ("she
    finished the marathon 40 seconds ahead"), and with no object the subject's gap is what the
    parse around it says."""
    last = token_at(doc, end - 1)
    if last is None:
        return None
    after = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if after is None or after.lower_ not in GAP_WORDS or after.head.pos_ != "VERB":
        return None
    if after.head.lemma_.lower() not in PLACING_VERBS:
        return None  # "finished the season 50 points ahead": the season is placed nowhere
    objects = [c for c in after.head.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")]
    return f"gap of {noun_phrase(objects[0])}" if objects and objects[0].i < last.i else None


def as_high_as(doc: Doc, end: int) -> str | None:
    """ "offered flats at rents as high as $4,000", "a crowd as big as 5,000": a figure "as"
    an adjective of a noun names that noun's amount ("rents"); None for any other figure."""
    last = token_at(doc, end - 1)
    if last is None or last.dep_ != "pobj":
        return None
    prep = last.head
    if prep.lower_ != "as" or prep.dep_ != "prep":
        return None
    adjective = prep.head
    if adjective.pos_ != "ADJ" or adjective.dep_ != "amod":
        return None
    noun = adjective.head
    return noun_phrase(noun) if noun.pos_ in ("NOUN", "PROPN") and noun.i < last.i else None


def of_holder(doc: Doc, end: int, skip: frozenset[str] = frozenset()) -> str | None:
    """ "a crowd of 38,104", "the US population of 324.8 million", "a team of 20": a number
    with no noun of its own that is the object of "of" after a noun is that noun's size, and
    counts it; None when the noun is an amount itself (``amount_noun``: "a total of 20"), one
    of money (``money_noun``: "a net worth of 1.3 billion" is money, its currency unwritten), a
    unit, a time, a number, a pronoun, one of ``skip`` (lemmas), or comes after the number."""
    token = token_at(doc, end - 1) if end > 0 else None
    while token is not None and token.dep_ in ("nummod", "quantmod", "compound"):
        if token.head.i <= token.i or not token.head.like_num:
            break
        token = token.head  # "324.8 million": the number's last word holds its role
    if token is None or token.dep_ != "pobj" or token.head.lower_ != "of":
        return None
    holder = token.head.head
    lemma = holder.lemma_.lower()
    if (
        holder.i >= token.i
        or holder.pos_ not in ("NOUN", "PROPN")
        or holder.like_num
        or _unit_word(holder)
        or in_time(holder)
        or lemma in AMOUNT_NOUNS | MONEY_NOUNS
        or holder.lower_ in AMOUNT_NOUNS
        or lemma in skip
    ):
        return None
    return noun_phrase(holder)


def level_subject(doc: Doc, end: int, changes: bool = True) -> str | None:
    """ "the town's population stood near 9,000", "the toll reached 300": a bare number
    "at" a verb of a level (``level_verb``) or taken by a verb of value (``value_verb``) is the
    level of the verb's subject, when that is a noun that is no unit and takes no money
    (``money_noun``); so is one "to", "from" or "by" which a verb of a level's change
    (``level_change_verb``: "sales rose to 4,000", "enrolment climbed from 800") moves its
    subject, when that is a common noun (a name or a pronoun that "rose to 4,000" says
    nothing of what is counted; not asked when ``changes`` is false). A figure noun "of" a
    thing ("the number of visitors reached 52,000") gives that thing; else None."""
    token = token_at(doc, end - 1) if end > 0 else None
    while token is not None and token.dep_ in ("nummod", "quantmod", "compound"):
        if token.head.i <= token.i or not token.head.like_num:
            break
        token = token.head
    if token is None:
        return None
    common = False  # whether only a common noun may be the subject
    if token.dep_ == "pobj" and token.head.lower_ == "at":
        verb = token.head.head
        if verb.lemma_.lower() not in LEVEL_VERBS:
            return None
    elif token.dep_ == "dobj" and token.head.lemma_.lower() in VALUE_VERBS:
        verb = token.head
    elif (
        changes
        and token.dep_ == "pobj"
        and token.head.lower_ in _LEVEL_CHANGE_PREPS
        and token.head.head.pos_ == "VERB"
        and token.head.head.lemma_.lower() in LEVEL_CHANGE_VERBS
        and not any(c.dep_ == "dobj" for c in token.head.head.children)
    ):
        # "sales rose to 4,000"; not "the agency increased the toll to 267": its object moved
        verb, common = token.head.head, True
    else:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].pos_ not in ("NOUN", "PROPN") or _unit_word(subjects[0]):
        return None
    subject = subjects[0]
    if subject.lemma_.lower() in MONEY_NOUNS:
        return None  # "revenue reached 3 billion": money, its currency unwritten
    if common and (subject.pos_ != "NOUN" or subject.ent_type_ in _NAMED_TYPES):
        return None  # "Brennan rose to 4,000": what of Brennan is not said
    if subject.lemma_.lower() in FIGURE_NOUNS:
        # "the number of visitors", "the group's numbers": the thing; else the figure noun
        # itself, which stands for the figure before it ("figures._figure_word")
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in subject.children):
            return None  # "their numbers swelled to 600": whose is not named here
        return _figure_noun_of(subject) or subject.lemma_.lower()
    return thing_phrase(subject) if common else noun_phrase(subject)


#: Prepositions by which a verb of a level's change takes the level it reaches or leaves, or
#: the size of its change ("rose to 4,000", "fell from 300", "jumped by 600").
_LEVEL_CHANGE_PREPS = frozenset({"to", "from", "by"})
#: Entity types of a name: a named subject of a change says nothing of what is counted.
_NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT"})


def _figure_noun_of(noun: Token) -> str | None:
    """ "the number of visitors", "the total of new members", "the group's numbers": a figure
    noun (``figure_nouns``) with a noun "of" it or a noun owning it stands for that noun's
    count: the noun's phrase; else None."""
    if noun.lemma_.lower() not in FIGURE_NOUNS:
        return None
    for owner in noun.children:
        if owner.dep_ == "poss" and owner.pos_ in ("NOUN", "PROPN"):
            return noun_phrase(owner)
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for thing in prep.children:
                if thing.dep_ == "pobj" and thing.pos_ == "NOUN" and not _unit_word(thing):
                    return noun_phrase(thing)
    return None


#: Nouns of an event or act counted "of" what it happened to ("four deployments of the
#: safety car", "three arrests of journalists"): that thing is what the count is about.
_EVENT_OF_NOUNS = word_set("event_of_noun")


def event_of(noun: Token | None) -> str | None:
    """ "There were four deployments of the safety car": a counted noun of ``event_of_noun``
    (a ``measure_noun``, which names the measure, not what is counted) counts what its "of"
    object names ("safety car"); None without one ("four deployments", "the deployment of four
    ships": the figure counts the object itself)."""
    if noun is None or noun.lemma_.lower() not in _EVENT_OF_NOUNS:
        return None
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objects = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")]
            if objects and not any(c.like_num for c in objects[0].children):
                return noun_phrase(objects[0])
    return None


def apposed_names(doc: Doc, end: int, value: float) -> str | None:
    """ "The other two, Ana Ruiz and Tom Blake, had their best debates": a bare number used as
    a noun phrase counts the names set beside it, when they are as many as it says ("Ana Ruiz
    and Tom Blake"); None otherwise ("The two, a report said, met": no names)."""
    number = token_at(doc, end - 1)
    if number is None or number.pos_ != "NUM" or number.dep_ in _NUMBER_DEPS:
        return None
    set_off = number.i + 1 < len(doc) and doc[number.i + 1].text == ","
    for appos in number.children:
        # the parse reads the names as apposed, or as joined to the number after its comma
        if not (appos.dep_ == "appos" or (appos.dep_ == "conj" and set_off)):
            continue
        if appos.pos_ != "PROPN" or appos.i < number.i:
            continue
        members = [appos]
        while True:
            joined = [c for c in members[-1].children if c.dep_ == "conj"]
            if not joined:
                break
            members.append(joined[0])
        if len(members) == value and all(m.pos_ == "PROPN" for m in members):
            names = [noun_phrase(m) for m in members]
            return ", ".join(names[:-1]) + " and " + names[-1]
    return None


def about_of_unit(doc: Doc, end: int) -> str | None:
    """What a figure without a counted noun measures: "54 percent of the vote" -> vote;
    "Turnout was about 62 percent" -> Turnout."""
    last = token_at(doc, end - 1) if end > 0 else None
    while last is not None and last.is_space:
        last = doc[last.i - 1] if last.i > 0 else None
    if last is None:
        return None
    if last.text.endswith(".") and last.dep_ not in ("attr", "acomp"):
        return _ended_attribute(last)
    # "in" names what an amount of money, a share or a count is in ("450,000 euros in
    # bribes", "a 3% rise in prices"), never what a time or a physical measurement measures:
    # "two months in office", "reached 180mph in dangerous conditions"
    physical = _unit_word(last) and last.lower_ not in CURRENCY_WORDS
    physical = physical and UNITS.get(last.lower_, UNITS.get(last.lemma_.lower())) != "percent"
    lasts = last.lemma_.lower() in TIME_UNITS or physical
    for child in last.children:
        if child.dep_ == "prep" and (child.lower_ == "of" or (child.lower_ == "in" and not lasts)):
            objects = [
                c
                for c in child.children
                if c.dep_ == "pobj"
                and c.pos_ != "ADJ"  # "in a thrilling ...": an adjective names no thing
                and not in_time(c)  # not "1.8 percent in 2019"
                and not (child.lower_ == "in" and c.lower_ in DIMENSIONS)  # "2 metres in length"
                and not (child.lower_ == "in" and last.like_num and _named_place(c))
            ]
            if objects:
                return noun_phrase(objects[0])
    following = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if following is not None and (
        following.lower_ == "of" or (following.lower_ == "in" and last.lower_ in CURRENCY_WORDS)
    ):  # "tens of thousands of students", "450,000 euros in bribes"
        objects = [c for c in following.children if c.dep_ == "pobj"]
        if objects and objects[0].pos_ in ("NOUN", "PROPN"):
            return noun_phrase(objects[0])
    if last.dep_ == "pobj" and last.head.lower_ == "at" and last.head.head.pos_ == "VERB":
        objects = [c for c in last.head.head.children if c.dep_ == "dobj"]
        if objects and objects[0].pos_ == "NOUN":  # "estimated the crowd at 8,000"
            return noun_phrase(objects[0])
    if last.dep_ == "pobj" and last.head.lower_ == "at":
        one = last.head.head  # "his ninth slider, this one at 88 mph": the slider
        if one.lower_ in APPOSED_ONES and one.dep_ == "appos" and one.head.pos_ == "NOUN":
            # a lone "one" after a plural is one of them ("two mills, one at $40 million",
            # the other next): only "the last one", "this one" single it out (rev48b)
            singled = any(c.dep_ in ("det", "amod") for c in one.children)
            if singled or one.head.tag_ != "NNS":
                return noun_phrase(one.head)
    changes = last.head.lower_ in CHANGE_WORDS or last.head.lemma_ in CHANGE_WORDS
    if (last.dep_ in ("attr", "acomp") and last.head.lemma_ == "be") or (
        last.dep_ in ("dobj", "npadvmod", "advmod") and changes  # "Shares fell 6 percent"
    ):
        subjects = [c for c in last.head.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].pos_ in ("NOUN", "PROPN"):
            return noun_phrase(subjects[0])
    return None


def _named_place(token: Token) -> bool:
    """Whether a word "in" which a bare count is ("12 in Kabul and five in Herat", "about 300
    in Harlow") is a name or a place: it says where the things counted are, not what they
    are (fig44)."""
    return token.pos_ == "PROPN" or token.ent_type_ in _PLACE_ENTITIES


def _ended_attribute(last: Token) -> str | None:
    """ "the jars now hold only 450g. Buyers ...": the tokenizer kept the full stop on
    the unit and the parse ran the figure into the next sentence; a figure written right
    after "be" and adverbs only is still the attribute of its subject."""
    token = last.doc[last.i - 1] if last.i > 0 else None
    while token is not None and (token.like_num or token.pos_ == "ADV"):
        token = token.doc[token.i - 1] if token.i > 0 else None
    if token is None or token.lemma_ != "be":
        return None
    subjects = [c for c in token.children if c.dep_ == "nsubj"]
    if subjects and subjects[0].pos_ in ("NOUN", "PROPN"):
        return noun_phrase(subjects[0])
    return None


def change_noun(doc: Doc, end: int) -> tuple[str, str | None] | None:
    """ "a 6% fall in the price of copper", "a 3% rise in prices": a figure written
    before a noun of change (``CHANGE_WORDS``) it modifies is the size of that change: the
    change's lemma as its measure, and what changed, the noun after "in" or "of" (None when
    not named). None for a figure that modifies no such noun."""
    last = token_at(doc, end - 1) if end > 0 else None
    modified = _modified_noun(last, {last.i}) if last is not None else None
    if modified is None or modified.lower_ not in CHANGE_WORDS:
        return None
    for prep in modified.children:
        if prep.dep_ == "prep" and prep.lower_ in ("in", "of"):
            objects = [
                o
                for o in prep.children
                if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN") and not in_time(o)
            ]
            if objects:
                return modified.lemma_.lower(), _changed_thing(objects[0])
    return modified.lemma_.lower(), None


def _changed_thing(noun: Token) -> str:
    """What a change is "in": the noun's phrase, with what it is "of" even when that is a
    unit's name ("the value of the pound")."""
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            objects = [o for o in prep.children if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")]
            if objects:
                return f"{noun_phrase(noun)} of {noun_phrase(objects[0])}"
    return noun_phrase(noun)


def change(doc: Doc, start: int) -> str | None:
    """up or down when a change word comes right before the figure ("rose 3%")."""
    before = doc_text(doc)[max(0, start - 20) : start].lower().split()
    words = [w.strip(",.") for w in before[-2:]]
    if any(w in UP_WORDS for w in words):
        return "up"
    if any(w in DOWN_WORDS for w in words):
        return "down"
    return None


#: Dependencies by which "old" is an adjective of a noun or of a verb's subject ("a
#: five-year-old boy", "he is five years old"), not the noun of a phrase ("the five-year-old").
_OLD_AS_ADJECTIVE = frozenset({"amod", "compound", "acomp", "oprd", "nmod"})


def age_alone(doc: Doc, start: int, end: int) -> str | None:
    """ "The six-year-old fell", "searching for the nine-year-old": an age written as
    "N-year-old" and used as a noun names the person it is the age of: the name set beside
    it ("the six-year-old, Amy Lee," or "Amy Lee, the six-year-old,"), else the phrase itself
    ("six-year-old": no name is given). None for an age that is no such noun ("a six-year-old
    boy", "he is six years old")."""
    if not re.match(r"-old\b", doc_text(doc)[end : end + 5]):
        return None
    old = token_at(doc, end + 1)
    if old is None or old.lower_ != "old":
        return None
    misread = adverb_read_as_subject(old)  # "The 29-year-old now leads": "now" the subject
    if old.dep_ in _OLD_AS_ADJECTIVE and not misread:
        return None
    nominal = (
        misread
        or old.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos")
        or any(c.dep_ == "det" for c in old.children)
    )
    if not nominal:
        return None
    names = [c for c in old.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if names:
        return noun_phrase(names[0])
    if old.dep_ == "appos" and old.head.pos_ == "PROPN":
        return noun_phrase(old.head)
    return doc_text(doc)[start : old.idx + len(old)].lower()


def age_at(doc: Doc, end: int) -> Token | None:
    """ "took the throne at 4 years old", "died at age 80", "won at the age of 18": an age in
    a phrase "at" of a verb (or of the noun the verb has: "became the youngest winner at the
    age of 18") is the age of the verb's subject (a noun or a pronoun), else None."""
    token = token_at(doc, end - 1)
    for _ in range(5):
        if token is None or token.head == token:
            return None
        if token.dep_ == "prep" and token.lower_ == "at":
            verb = token.head
            if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ in ("attr", "dobj", "oprd"):
                verb = verb.head  # "became the youngest winner at the age of 18"
            if verb.pos_ not in ("VERB", "AUX"):
                return None
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            return subjects[0] if subjects else None
        token = token.head
    return None


def clause_subject(
    doc: Doc, end: int, *, reach: int = 5, past_subjectless: bool = False
) -> Token | None:
    """The subject of the verb whose clause holds the figure ending at ``end`` ("he was five
    years old" -> he), else None; with ``past_subjectless``, of the nearest verb above it
    that has one ("Reyes won the award after hitting 9-for-25 (.360)" -> Reyes: hitting has
    none). The walk climbs at most ``reach`` heads."""
    token = token_at(doc, end - 1)
    for _ in range(reach):
        if token is None or token.head == token:
            return None
        token = token.head
        if token.pos_ in ("VERB", "AUX"):
            subjects = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:
                return subjects[0]
            if not past_subjectless:
                return None
    return None


#: Verb lemma of a contest's result -> what a figure "by" which it is won counts.
_MARGINS = margin_verbs()


def each_thing(doc: Doc, end: int) -> str | None:
    """ "Two tickets sold for $500 apiece", "the three paintings fetched $2 million each", "a
    set of chairs went for £1,200 -- each.": an amount followed by a word of ``EACH_WORDS``
    (set off by a dash or a comma only when it ends its clause: ``_EACH_AFTER``) is the amount
    of each one of the things its clause's subject (else its verb's object) names, one of the
    things of a group noun (``GROUP_NOUNS``: "a set of chairs" -> each chair): "each chair",
    never the group's total. None for another figure or when the clause names no such noun (a
    pronoun: "they paid $50 each")."""
    found = _EACH_AFTER.match(doc_text(doc), end)
    if found is not None and found.group("set_off") and found.group("ends") is None:
        return None  # "paid $5 million, each of the victims receiving a share"
    word = token_at(doc, found.start("word")) if found else None
    if word is None or word.dep_ == "det":
        return None  # "earns $500 each week": "each" goes with the noun after it
    last = token_at(doc, end - 1)
    verb = last
    for _ in range(5):
        if verb is None or verb.pos_ in ("VERB", "AUX") or verb.head == verb:
            break
        verb = verb.head
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return None
    if verb.dep_ in ("relcl", "acl") and verb.head.pos_ in ("NOUN", "PROPN"):
        things = [verb.head]  # "the tickets, which sold for $500 each", "tickets sold for $80"
    else:
        things = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        things = [t for t in things if t.pos_ in ("NOUN", "PROPN")] or [
            c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
        ]
    if not things:
        return None
    thing = things[0]
    if thing.lemma_.lower() in GROUP_NOUNS:
        members = [
            o
            for prep in thing.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for o in prep.children
            if o.dep_ == "pobj" and o.pos_ == "NOUN"
        ]
        if not members:
            return None
        thing = members[0]
    words = noun_phrase(thing).split()
    return " ".join(
        ["each", *words[:-1], thing.lemma_.lower() if thing.pos_ == "NOUN" else words[-1]]
    )


def relative_attribute(doc: Doc, start: int) -> str | None:
    """ "Nine people were pulled from the river, and the three who were children were flown to
    hospital", "the two that were budgets went first": a numeral used as a noun that a
    relative clause of "be" describes counts the noun that clause says the things are
    ("children", "budgets"), not what a figure before it counted; None for any other
    figure."""
    number = token_at(doc, start)
    if number is None or number.pos_ != "NUM":
        return None
    for clause in number.children:
        if clause.dep_ != "relcl" or clause.lemma_ != "be":
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        if not subjects or subjects[0].lower_ not in _RELATIVES:
            continue
        named = [c for c in clause.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
        if named:
            return noun_phrase(named[0])
    return None


def margin_of(doc: Doc, end: int, noun: Token | None) -> str | None:
    """ "The Hawks won by 12 points", "won the division by 8 games", "trailed by two runs": a
    figure "by" which a contest was won, lost or led (``margin_verbs.tsv``) counts the margin
    of its subject ("winning margin of Hawks"), in the counted noun when it has one ("winning
    margin of Mets in games"). None for any other figure."""
    found = margin_verb(doc, end, noun)
    if found is None:
        ahead = _adverb_margin(doc, end, noun)
        return f"{ahead} in {noun.lower_}" if ahead is not None and noun is not None else ahead
    verb, subject = found
    margin = _MARGINS[verb.lemma_.lower()]
    if subject is not None:
        margin = f"{margin} of {noun_phrase(subject)}"
    return f"{margin} in {noun.lower_}" if noun is not None else margin


def margin_verb(doc: Doc, end: int, noun: Token | None) -> tuple[Token, Token | None] | None:
    """The verb of a contest's result (``margin_verbs.tsv``) a figure is the margin "by" of, and
    its nominal subject (a relative pronoun's antecedent: "Lund, who leads by 12 points"), else
    None. Where the parse hangs "by" on a noun ("Okafor trails by 12 points": "trails" read as
    a plural noun; "trails team mate Lund by 12 points": on "mate"), the nearest word before
    "by" in its clause spelt as a form of such a verb is the verb, and the name right before it
    its subject (figures17, from invented sentences). A subject that is no contender (a poll,
    several joined: ``_no_contender``) is no subject: None (fig41)."""
    last = _by_object(doc, end, noun)
    if last is None:
        return None
    verb = last.head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in _MARGINS:
        misread = _misread_margin_verb(last.head)
        if misread is not None:
            return misread
        return None
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None  # "the search was led by 80 officers": a passive verb's "by" is its agent
    if verb.lemma_.lower() in _RIVAL_OBJECT_VERBS and not any(
        c.dep_ == "dobj" and c.pos_ in ("PROPN", "NOUN") and c.text[:1].isupper()
        for c in verb.children
    ):
        return None  # "the tariff crushed profits by 20 percent": no rival beaten
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    climb = verb
    for _ in range(3):  # "fell behind, then went on to take the league by 5 points"
        if subjects or climb.dep_ not in ("xcomp", "conj", "advcl", "pcomp"):
            break
        climb = climb.head
        subjects = [c for c in climb.children if c.dep_ == "nsubj"]
    subject = relative_antecedent(subjects[0]) if subjects else None
    if subject is not None and _no_contender(subject):
        return verb, None  # "Cruz and Trump trailed Clinton by 5 and 10 points, respectively"
    if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
        return verb, subject
    return verb, None


#: Nouns a margin "by" is given through ("led by an average of 17 points": the lead).
_MARGIN_THROUGH = word_set("margin_through")
#: Verbs of ``margin_verbs.tsv`` that win a contest only over a named object ("crushed Lund by
#: 20 points"; not "crushed profits by 20 percent").
_RIVAL_OBJECT_VERBS = word_set("rival_object_verb")


def _by_object(doc: Doc, end: int, noun: Token | None) -> Token | None:
    """The object of "by" a figure is, or is "of" through a noun of ``margin_through`` ("by
    an average of 17 points", age45); None when the figure is no such object."""
    last = noun if noun is not None else token_at(doc, end - 1)
    while last is not None and last.dep_ in ("nummod", "quantmod", "compound"):
        last = last.head
    if last is None or last.dep_ != "pobj":
        return None
    if last.head.lower_ == "of" and last.head.head.lemma_.lower() in _MARGIN_THROUGH:
        last = last.head.head
    if last.dep_ != "pobj" or last.head.lower_ != "by":
        return None
    return last


def _adverb_margin(doc: Doc, end: int, noun: Token | None) -> str | None:
    """ "Okafor finished ahead of Lund by 8 points": a figure "by" of a verb that a word of
    ``lead_adverb`` (``deficit_adverb``) before it modifies, measured against a named rival,
    is the lead (deficit) of the verb's nominal subject that is a contender; None otherwise
    ("finished ahead of schedule by 8 days": no rival; a passive's "by" is its agent)."""
    last = _by_object(doc, end, noun)
    if last is None:
        return None
    by = last.head
    verb = by.head
    if verb.pos_ not in ("VERB", "AUX") or any(
        c.dep_ in ("auxpass", "nsubjpass", "dobj") for c in verb.children
    ):
        return None  # a passive's "by" is its agent; "put Okafor ahead": the object's lead
    lemma = verb.lemma_.lower()
    unit = noun if noun is not None else token_at(doc, end - 1)
    counted = unit.lemma_.lower() if unit is not None else ""
    if lemma not in _RACE_VERBS and lemma not in _MARGINS and counted not in SCORING_NOUNS:
        return None  # "Sales rose ahead of Christmas by 8 percent": a change, no contest
    for word in verb.children:
        if word.dep_ not in ("advmod", "prep") or word.i > by.i or not _named_rival(word):
            continue
        lower = word.lower_
        kind = "lead" if lower in _LEAD_ADVERBS else None
        kind = "deficit" if lower in _DEFICIT_ADVERBS else kind
        if kind is None:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects:
            return None
        subject = relative_antecedent(subjects[0])
        if subject.pos_ not in ("NOUN", "PROPN") or _no_contender(subject):
            return None
        return f"{kind} of {noun_phrase(subject)}"
    return None


def _named_rival(word: Token) -> bool:
    """Whether a word of leading or trailing names whom it is measured against with a
    capitalised noun ("ahead of Lund", "behind Lund"; the parse may read the name as a common
    noun), not "ahead of schedule"."""
    heads = [word, *(c for c in word.children if c.dep_ == "prep" and c.lower_ == "of")]
    return any(
        child.dep_ == "pobj"
        and child.pos_ in ("PROPN", "NOUN")
        and child.text[:1].isupper()
        and child.ent_type_ not in _TIME_ENTITIES
        and child.lower_ not in calendar_words()
        for head in heads
        for child in head.children
    )


#: Entity types of a time: "ahead of Christmas", "ahead of Friday" name no rival.
_TIME_ENTITIES = frozenset({"DATE", "TIME", "EVENT"})


#: Nouns of a poll or survey: what one shows is no contender in it ("a poll shows Varga 6
#: points ahead").
_SURVEY_NOUNS = word_set("survey_noun")


def names_survey(about: str | None) -> bool:
    """Whether ``about`` is the phrase of a poll or survey (``survey_noun``: "latest survey",
    "polls"): points are never a poll's count."""
    words = (about or "").lower().split()
    return bool(words) and (
        words[-1] in _SURVEY_NOUNS or words[-1].removesuffix("s") in _SURVEY_NOUNS
    )


def _no_contender(subject: Token) -> bool:
    """Whether a margin's clause subject names no one contender: a poll or survey
    (``survey_noun``), or several joined ("Cruz and Trump trailed Clinton by 5 and 10 points,
    respectively": whose is which the parse does not tell)."""
    joined = any(c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") for c in subject.children)
    return joined or subject.lemma_.lower() in _SURVEY_NOUNS


#: How far before "by" a verb of a margin the parse misread may be.
_MARGIN_REACH = 6


def _misread_margin_verb(by: Token) -> tuple[Token, Token | None] | None:
    """ "Okafor trails by 12 points": a word before ``by`` in its sentence, within
    ``_MARGIN_REACH`` words and with no verb between, spelt as the third person or past of a
    margin verb (tagged a finite verb or a plural noun), right after a name: that verb and the
    name. None when there is none."""
    sentence_start = by.sent.start
    for i in range(by.i - 1, max(sentence_start, by.i - _MARGIN_REACH) - 1, -1):
        word = by.doc[i]
        if word.lemma_.lower() in _MARGINS and word.tag_ in ("VBZ", "VBD", "NNS"):
            before = by.doc[i - 1] if i > sentence_start else None
            if before is None or before.pos_ != "PROPN":
                return None
            return word, before
        if (word.pos_ in ("VERB", "AUX") and word.tag_ != "VB") or word.is_punct:
            return None  # another clause's verb, or a clause set off
    return None


#: Nouns of a lead in a contest ("a 12-point advantage") and of a deficit.
_LEAD_NOUNS = word_set("lead_noun")
_DEFICIT_NOUNS = word_set("deficit_noun")


def lead_holder(doc: Doc, end: int, noun: Token | None) -> str | None:
    """ "Lund has a 12-point lead over Okafor", "Lund holds a 12-point advantage", "Lund's lead
    is now 12 points", "the surge gave Lund a 12-point lead" (the one given it): a figure of
    a lead or deficit noun (``lead_noun``, ``deficit_noun``; the figure's own noun, else its
    clause's subject) is the lead of the noun's owner, of the one a verb gives it to, or of
    the subject of the verb that has it ("lead of Lund"); None when none is named."""
    owned = noun if noun is not None else _lead_of(doc, end) or clause_subject(doc, end)
    if owned is None:
        return None
    lemma = owned.lemma_.lower()
    kind = "lead" if lemma in _LEAD_NOUNS else "deficit" if lemma in _DEFICIT_NOUNS else None
    if kind is None:
        return None
    owners = [c for c in owned.children if c.dep_ == "poss" and c.pos_ in ("PROPN", "NOUN")]
    if not owners and owned.dep_ == "dobj":
        # "the surge gave Lund a 12-point lead": the one given the lead holds it
        owners = [c for c in owned.head.children if c.dep_ == "dative" and c.i < owned.i]
    if not owners and owned.dep_ == "dobj":
        owners = [
            relative_antecedent(c)
            for c in owned.head.children
            if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "NOUN", "PRON")
        ]
    owners = [o for o in owners if o.pos_ in ("PROPN", "NOUN")]
    return f"{kind} of {noun_phrase(owners[0])}" if owners else None


def _lead_of(doc: Doc, end: int) -> Token | None:
    """ "Varga now has a lead of 17 points": the lead or deficit noun (``lead_noun``,
    ``deficit_noun``) a figure is "of", else None (dur48)."""
    last = token_at(doc, end - 1)
    if last is None or last.dep_ != "pobj" or last.head.lower_ != "of":
        return None
    owned = last.head.head
    lemma = owned.lemma_.lower()
    return owned if lemma in _LEAD_NOUNS or lemma in _DEFICIT_NOUNS else None


def points_with(doc: Doc, end: int) -> str | None:
    """ "Varga leads the standings with 212 points", "Okafor won the title with 212 points":
    points "with" a common noun a verb takes as its object (the parse hangs "with" on the
    noun) are the verb's subject's total, when that subject is one contender named by a noun
    (``_no_contender``); None for points that name a giver ("with 40 points from Okafor"),
    a person or name as the object ("beat Okafor with 212 points"), a passive verb or a
    pronoun subject (dur48, invented sentences)."""
    last = token_at(doc, end - 1)
    if last is None or last.dep_ != "pobj" or any(c.dep_ == "prep" for c in last.children):
        return None
    prep = last.head
    holder = prep.head
    if prep.lower_ != "with" or holder.pos_ != "NOUN" or holder.dep_ != "dobj":
        return None
    verb = holder.head
    if verb.pos_ != "VERB" or any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return None
    subjects = [relative_antecedent(c) for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].pos_ not in ("NOUN", "PROPN") or _no_contender(subjects[0]):
        return None
    return noun_phrase(subjects[0])


def points_receiver(doc: Doc, end: int) -> Token | None:
    """ "The win gave Varga 25 points", "the victory earned Okafor 18", "gave her 9.5 points":
    the one a verb gives the points ending at ``end`` to (its dative, before them), whatever
    it is; None when the verb names no one it gives them to (fig47, rev48b)."""
    last = token_at(doc, end - 1)
    if last is None or last.dep_ not in ("dobj", "npadvmod") or last.head.pos_ != "VERB":
        return None
    given = [c for c in last.head.children if c.dep_ == "dative" and c.i < last.i]
    return given[0] if given else None


def given_points(doc: Doc, end: int) -> str | None:
    """Points a verb gives to a name or noun (``points_receiver``) are that one's ("Varga"),
    not the giver's; None for a receiver that is neither (a pronoun: ``_measurement_of``
    then names no one) or no receiver (fig47, invented sentences)."""
    receiver = points_receiver(doc, end)
    if receiver is None or receiver.pos_ not in ("PROPN", "NOUN"):
        return None
    return noun_phrase(receiver)


#: Words after a margin that say who leads ("12 points ahead of", "clear of") or trails.
_LEAD_ADVERBS = word_set("lead_adverb")
_DEFICIT_ADVERBS = word_set("deficit_adverb")


#: Common nouns that name a rival ("behind the winner"; fig47).
_CONTENDER_NOUNS = word_set("contender_noun")


def _rival(word: Token) -> Token | None:
    """The name a word of leading or trailing is measured against ("behind Lund", "ahead of
    Lund", "behind the winner": ``contender_noun``), else None."""
    heads = [word, *(c for c in word.children if c.dep_ == "prep" and c.lower_ == "of")]
    for head in heads:
        for child in head.children:
            contender = child.pos_ == "NOUN" and child.lemma_.lower() in _CONTENDER_NOUNS
            if child.dep_ == "pobj" and (child.pos_ == "PROPN" or contender):
                return child
    return None


#: Entity types of places: a time gap between two is a difference of clocks, not a race.
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
#: Verbs of a race's result besides ``margin_verbs.tsv`` ("finished 20 seconds behind").
_RACE_VERBS = word_set("race_verb")
#: Units of a gap between time zones ("14 hours ahead of New York").
_ZONE_UNITS = word_set("zone_unit")


def _racing(word: Token, subject: Token, rival: Token, unit: Token) -> bool:
    """Whether a time gap ``word`` ("ahead", "behind") puts ``subject`` and ``rival`` in a
    race: the verb it hangs on is one of a race's result (``race_verb``, ``margin_verbs.tsv``:
    "Kenya finished 20 seconds ahead of Ethiopia"), or neither name is a place ("Okafor is 20
    seconds ahead of Lund"), or the gap is not in hours ("Kenya ran 20 seconds ahead of
    Ethiopia"); not "Tokyo is 14 hours ahead of New York" (fix36a, from the review of
    figures18; fix36c)."""
    verb = word.head
    if verb.lemma_.lower() in _RACE_VERBS or verb.lemma_.lower() in _MARGINS:
        return True
    if unit.lower_ not in _ZONE_UNITS:
        return True  # "Kenya ran 20 seconds ahead of Ethiopia": only hours make a time zone
    return subject.ent_type_ not in _PLACE_ENTITIES and rival.ent_type_ not in _PLACE_ENTITIES


def ahead_by(doc: Doc, end: int, about: str | None, rival: bool = False) -> str | None:
    """ "Lund goes into the final round 12 points ahead of Okafor", "Okafor is 12 points adrift
    of Lund": a figure a word of ``lead_adverb`` (``deficit_adverb``) takes or follows is the
    lead (deficit) of its clause's subject ("lead of Lund"), when ``about`` names nothing or
    only that subject ("gap of champion" stays); None when there is no such word or no
    nominal subject (figures17, invented sentences). With ``rival`` (a time: "finished 20
    seconds behind Lund") the word must name whom it is measured against (figures18). A
    subject that is no contender (``_no_contender``: "a poll shows Varga 6 points ahead",
    "Okoro and Lund are 4 and 9 points behind") gives the lead or deficit of no one (fig41)."""
    last = token_at(doc, end - 1)
    if last is None:
        return None
    words = [c for c in last.children if c.dep_ == "advmod" and c.i > last.i]
    if last.dep_ == "npadvmod" and last.head.i > last.i:
        words.append(last.head)
    for word in words:
        lower = word.lower_
        kind = "lead" if lower in _LEAD_ADVERBS else None
        kind = "deficit" if lower in _DEFICIT_ADVERBS else kind
        rival_name = _rival(word) if rival else None
        if kind is None or (rival and rival_name is None):
            continue  # a time "behind schedule" is no deficit: only one behind a named rival
        subject = clause_subject(doc, end, past_subjectless=True)
        subject = relative_antecedent(subject) if subject is not None else None
        if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
            return None
        if _no_contender(subject):
            return kind  # "a poll shows Varga 6 points ahead": a lead, the poll's it is not
        if rival_name is not None and not _racing(word, subject, rival_name, last):
            return None  # "Tokyo is 14 hours ahead of New York": a time zone, no lead
        if subject.lemma_.lower() in _LEAD_NOUNS | _DEFICIT_NOUNS:
            return None  # "the lead ... 12 points clear": whose lead, lead_holder tells
        if about is not None and about != noun_phrase(subject):
            return None
        return f"{kind} of {noun_phrase(subject)}"
    return None


def scored_thing(doc: Doc, end: int) -> str | None:
    """ "The Tigers scored four in the ninth", "gave up three in the fifth": a bare number a
    verb of scoring (``SCORING_VERBS``; "give" only with "up") takes counts the scoring unit
    (``SCORING_NOUNS``) the document names most, in its plural as written most ("runs", the
    lemma when never plural); None when the document names none."""
    number = token_at(doc, end - 1)
    if number is None or number.dep_ != "dobj" or number.pos_ != "NUM":
        return None
    verb = number.head
    lemma = verb.lemma_.lower()
    if lemma not in SCORING_VERBS or (
        lemma == "give" and not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    ):
        return None
    return _most_named(doc, SCORING_NOUNS)


#: The periods a game runs to ("innings", "overs", "rounds").
PERIOD_NOUNS = word_set("period_noun")
_AFTER_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\s+in\s+$")


def game_periods(doc: Doc, start: int) -> str | None:
    """ "The Hawks edged the Rams 3-2 in 11": a bare number after "in" right after a score
    counts the periods the game ran to (``period_noun``), the one the document names most,
    in its plural as written most; None when the document names none or no score is before."""
    if not _AFTER_SCORE.search(doc_text(doc)[max(0, start - 16) : start]):
        return None
    return _most_named(doc, PERIOD_NOUNS)


def _most_named(doc: Doc, nouns: frozenset[str]) -> str | None:
    """Of ``nouns`` (lemmas), the one the document names most (the first named of equal
    counts), in its plural as written most ("runs"), the lemma when never plural; None when
    it names none."""
    named = [t for t in doc if t.pos_ == "NOUN" and t.lemma_.lower() in nouns]
    if not named:
        return None
    lemmas = Counter(t.lemma_.lower() for t in named)
    unit = max(lemmas, key=lambda lemma: lemmas[lemma])  # the first named of equal counts
    plural = Counter(t.lower_ for t in named if t.lemma_.lower() == unit and t.tag_ == "NNS")
    return max(plural, key=lambda word: plural[word]) if plural else unit


#: How many sentences before a numeral used as a noun ("the two") are searched for the
#: things it stands for.
_GROUP_SENTENCES = 2


def _group_first_sentence(doc: Doc, number: Token) -> Span:
    """The earliest of the ``_GROUP_SENTENCES`` sentences before ``number``'s (or its own)."""
    first = number.sent
    for _ in range(_GROUP_SENTENCES):
        if first.start == 0:
            break
        first = doc[first.start - 1].sent
    return first


#: Dependencies of a numeral that stands alone as a noun phrase ("The two shook hands").
_NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "appos", "conj"})
#: Words before a numeral used as a noun that make it stand for a group named before ("the
#: two", "all three"), and the conjunctions that join such a group ("A, B and C", "A, B or C").
_GROUP_DETERMINERS = word_set("group_determiner")
_GROUP_JOINS = word_set("group_join")


def _group_numeral(doc: Doc, start: int, value: float) -> tuple[Token, Span] | None:
    """The numeral at ``start`` when it is used as a noun after "the" or "all"
    (``group_determiner``: "the two", "all three") and counts 2 to 4 things, with the first
    sentence of the window searched for what it stands for (its own and the
    ``_GROUP_SENTENCES`` before it). None for any other figure; "the last two" is an elided
    noun's count (the adjective, not the determiner, stands before the numeral)."""
    number = token_at(doc, start)
    if number is None or number.pos_ != "NUM" or number.dep_ not in _NOMINAL_DEPS:
        return None
    if value != int(value) or not 2 <= value <= 4:
        return None
    before = doc[number.i - 1] if number.i > 0 else None
    if before is None or before.lower_ not in _GROUP_DETERMINERS or before.head != number:
        return None
    return number, _group_first_sentence(doc, number)


#: Dependencies of words after a noun that pick out which of its kind are meant ("the two men
#: from Tarrow", "the two men who attacked them", "the two men with knives"): a count of them
#: is of those, not of a pair named before (review rev48c of dur48).
_PICKING_DEPS = frozenset({"prep", "relcl", "acl"})


def group_named(doc: Doc, start: int, value: float) -> str | None:
    """ "Obama and Trump met on Thursday. The two shook hands": a numeral used as a noun with
    "the" or "all" (``group_determiner``: "the two", "all three") stands for the things last
    named together by "and" or "or" (``group_join``) in as many conjuncts, in its sentence
    before it or in the ``_GROUP_SENTENCES`` before that:
    their phrases joined ("Obama and Trump"); for "the two" with no such group, the two
    names a verb of two parties joins (``_pair_named``: "Marlow met Okafor"). None for any
    other figure or when no such group is named, or when words after the numeral pick out
    which (``_PICKING_DEPS``: "the two from Tarrow")."""
    found = _group_numeral(doc, start, value)
    if found is None:
        return None
    number, first = found
    if any(c.i > number.i and c.dep_ in _PICKING_DEPS for c in number.children):
        return None  # "the two from Tarrow", "the two who followed them": another two (rev48c)
    return _joined_group(doc[first.start : number.i], value, names_only=False) or (
        _pair_named(doc[first.start : number.i]) if value == 2 else None
    )


def people_group_named(doc: Doc, start: int, value: float, noun: Token) -> str | None:
    """ "Marlow and Okafor have not spoken since March. The two men fell out": a count of 2 to
    4 after "the" or "all" (``group_determiner``) of a plural noun of people ("men",
    "leaders", "Kestrel drivers") stands for the names last joined by "and" or "or" in as
    many conjuncts, or for "the two" the names a verb of two parties joins (``_pair_named``),
    in its sentence before it or the ``_GROUP_SENTENCES`` before that; None when no names
    are (the noun itself is then what it counts), or words after the noun pick out which
    (``_PICKING_DEPS``: "the two men from Tarrow") (dur48)."""
    number = token_at(doc, start)
    if number is None or number.dep_ != "nummod" or number.head != noun:
        return None
    between = doc[number.i + 1 : noun.i]
    if noun.tag_ != "NNS" or noun.i <= number.i or not _people(noun):
        return None
    if any(t.head != noun or t.dep_ not in ("compound", "amod") for t in between):
        return None  # "the two Kestrel drivers": only the noun's own words between
    if any(c.i > noun.i and c.dep_ in _PICKING_DEPS for c in noun.children):
        return None  # "the two men from Tarrow who attacked them": another two (rev48c)
    if value != int(value) or not 2 <= value <= 4 or number.i == 0:
        return None
    before = doc[number.i - 1]
    if before.lower_ not in _GROUP_DETERMINERS or before.head != noun:
        return None
    window = doc[_group_first_sentence(doc, number).start : number.i]
    return _joined_group(window, value, names_only=True) or (
        _pair_named(window) if value == 2 else None
    )


def _joined_group(window: Span, value: float, *, names_only: bool) -> str | None:
    """The last group of ``value`` nouns joined by "and" or "or" (``group_join``) in
    ``window``, their phrases joined ("Obama and Trump"); with ``names_only``, of proper
    nouns only. None when there is none."""
    best: list[Token] | None = None
    for token in window:
        if token.dep_ == "conj" or not _nominal_member(token):
            continue
        members = [token, *(c for c in token.conjuncts if c.i > token.i)]
        if len(members) != value or members[-1].i >= window.end:
            continue
        if not all(_nominal_member(m) for m in members):
            continue
        if names_only and not all(m.pos_ == "PROPN" for m in members):
            continue
        if not any(
            c.dep_ == "cc" and c.lower_ in _GROUP_JOINS for m in members for c in m.children
        ):
            continue
        if best is None or members[-1].i > best[-1].i:
            best = members
    if best is None:
        return None
    phrases = [noun_phrase(m) for m in best]
    return " and ".join([", ".join(phrases[:-1]), phrases[-1]])


#: Verbs of one party doing something with or to another ("Marlow met Okafor"): "the two"
#: after one stands for the subject and the object.
_PAIR_VERBS = word_set("pair_verb")
#: Entity types that are no one party to a meeting ("Marlow visited Brellow", "Democrats
#: criticised Marlow": a group of many).
_NO_PARTY = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT", "NORP"})


def _pair_named(window: Span) -> str | None:
    """ "Marlow met Okafor in Brellow. The two have not spoken since": the last verb of
    ``pair_verb`` in ``window`` (the sentences before "the two" and its own up to it) whose
    subject and object are two different names (singular proper nouns, no place, time or
    group: ``_NO_PARTY``) stands for them: "Marlow and Okafor"; None when there is none, or
    a pronoun or common noun is one of them ("Marlow met the mayor": whom "the two" means
    stays untold) (dur48)."""
    for verb in reversed(list(window)):
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in _PAIR_VERBS:
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if len(subjects) != 1 or len(objects) != 1:
            continue
        pair = [subjects[0], objects[0]]
        if any(
            t.pos_ != "PROPN"
            or t.tag_ == "NNPS"
            or t.ent_type_ in _NO_PARTY
            or t.conjuncts
            or t.i >= window.end
            for t in pair
        ):
            return None
        names = [noun_phrase(t) for t in pair]
        return None if names[0] == names[1] else " and ".join(names)
    return None


def same_count_named(
    doc: Doc, start: int, value: float, earlier: Iterable[tuple[int, float, str | None, str | None]]
) -> str | None:
    """ "The plan forces the three candidates to follow strict rules. Yet all three have
    skipped the debates": a numeral used as a noun with "the" or "all" (as ``group_named``)
    stands for what the nearest count of as many things before it named, in its sentence or
    the ``_GROUP_SENTENCES`` before that ("candidates"). ``earlier`` holds the figures found before
    it: (start, value, about, unit). None when no such count is named (fig43)."""
    found = _group_numeral(doc, start, value)
    if found is None:
        return None
    first = found[1]
    named = [
        about
        for at, count, about, unit in earlier
        if first.start_char <= at < start and count == value and about and unit is None
    ]
    return named[-1] if named else None


#: Words that open a sentence on a part of a set of things named after "of the" ("Each of
#: the new libraries", "All of the hikers"): the things a bare count just before stands for.
_PARTITIVE_OPENERS = word_set("partitive_opener")
#: Determiners after that "of" that point back to things just told of ("the", "these").
_BACK_DETERMINERS = word_set("back_determiner")


#: Verbs whose object is people (``people_verb``: "arrested 12", "rescued nine").
_PEOPLE_VERBS = word_set("people_verb")
#: Nouns of people ("hikers", "troops") besides the person nouns of the lexicons.
_PEOPLE_NOUNS = word_set("people_noun")
_PEOPLE_ENDINGS = tuple(sorted(word_set("people_ending")))


def _people(noun: Token) -> bool:
    """Whether a noun names people ("players", "hikers", "officers"), by the lexicons' person
    nouns, ``people_noun`` and ``people_ending``."""
    lemma = noun.lemma_.lower()
    return lemma in person_nouns() or lemma in _PEOPLE_NOUNS or lemma.endswith(_PEOPLE_ENDINGS)


#: Dependencies of a bare count that is its verb's subject or object.
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj"})


def next_partitive(doc: Doc, start: int, value: float) -> str | None:
    """ "The council approved 12. Each of the new libraries will open in May": a whole bare
    number of two or more, its verb's subject or object, counts the plural noun the very next
    sentence opens on as a part of ("Each of the", "All of these": ``partitive_opener``,
    ``back_determiner``); None for any other figure, when that sentence opens otherwise, is
    further on, or its noun is singular or a pronoun ("Each of them": not named), or names
    people while the count's verb does nothing to people (``people_verb``: the fit check of
    fig47, "The Kestrels won 8. All of the players ...")."""
    number = token_at(doc, start)
    if number is None or number.pos_ != "NUM" or number.dep_ not in _ARGUMENT_DEPS:
        return None  # not "won 8-7 in 10. All of the players ...": a circumstance
    if value != int(value) or value < 2:  # "Each of" is said of two or more
        return None
    sentence = number.sent
    if any(t.like_num and t.i > number.i for t in sentence):
        return None  # another number after it in its sentence: the next one's thing
    if sentence.end + 4 > len(doc):
        return None
    opener, of, determiner = doc[sentence.end], doc[sentence.end + 1], doc[sentence.end + 2]
    if (
        opener.lower_ not in _PARTITIVE_OPENERS
        or of.lower_ != "of"
        or determiner.lower_ not in _BACK_DETERMINERS
    ):
        return None
    thing = determiner.head
    if (
        thing.dep_ != "pobj"
        or thing.head != of
        or thing.pos_ != "NOUN"
        or thing.tag_ != "NNS"
        or _unit_word(thing)
        or thing.sent.start != sentence.end
    ):
        return None
    if (
        number.dep_ != "nsubj"
        and _people(thing)
        and number.head.lemma_.lower() not in _PEOPLE_VERBS
    ):
        return None  # "The Kestrels won 8. All of the players ...": who won, not what was won
    return noun_phrase(thing)


#: What a bare number written ".357" is (``point_stat_noun``): a sports average.
_POINT_STAT = min(word_set("point_stat_noun"), default="average")
_POINT_NUMBER = re.compile(r"(?<![\d.])\.\d{3}$")


def point_average(doc: Doc, start: int, end: int) -> str | None:
    """ "Zobrist hit .357 in the series", "batting .300": a bare number written with a
    leading point and three digits is an average (``point_stat_noun``), of the subject of its
    clause when that is a noun ("average of Zobrist"), else the average alone. None for any
    other number."""
    text = doc_text(doc)
    if not _POINT_NUMBER.search(text[max(0, start - 1) : end]):
        return None
    subject = clause_subject(doc, end, reach=8, past_subjectless=True)
    if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
        return f"{_POINT_STAT} of {noun_phrase(subject)}"
    return _POINT_STAT


def _nominal_member(token: Token) -> bool:
    """A noun, or a word the tagger called an adjective where a noun stands ("Lopez and
    Garcia met": "Lopez" tagged as an adjective is still the subject)."""
    if token.pos_ in ("NOUN", "PROPN"):
        return True
    return token.pos_ == "ADJ" and token.dep_ in _NOMINAL_DEPS - {"conj"}


#: Prepositions by which a large bare number is an event's audience ("before 38,104").
_AUDIENCE_PREPS = word_set("audience_prep")
#: The smallest bare number read as an audience (smaller ones may be times or scores).
_AUDIENCE_MIN = 1000
#: What an audience figure counts.
ATTENDANCE = "attendance"


def audience(doc: Doc, start: int, value: float) -> str | None:
    """ "The Hawks won 3-2 in front of 41,250 at Harbor Park": a bare number of a thousand or
    more right after a preposition of ``audience_prep`` counts the attendance; None for any
    other."""
    if value < _AUDIENCE_MIN:
        return None
    number = token_at(doc, start)
    if number is None or number.dep_ != "pobj" or in_time(number):
        return None
    before = doc_text(doc)[max(0, start - 14) : start].lower().split()
    for prep in _AUDIENCE_PREPS:
        words = prep.split()
        if before[-len(words) :] == words:
            return ATTENDANCE
    return None


#: What between two numbers makes the first a share of the things the second counts ("four
#: in 10 likely voters", "one out of five").
_SHARE_OF_M = re.compile(r"\s+(?:in|out\s+of|of)\s+$", re.IGNORECASE)


def share_in(doc: Doc, end: int) -> str | None:
    """ "Almost three in 10 tenants backed the plan", "retired after 20 of 71 laps": a bare
    number followed by "in" (or "out of", "of") and a number before a noun counts the things
    that noun names, as the number after it does ("tenants"); None for any other."""
    after = token_at(doc, end)
    while after is not None and after.is_space:
        after = doc[after.i + 1] if after.i + 1 < len(doc) else None
    for _ in range(3):  # "in", or "out" and "of"
        if after is None or after.like_num or after.i + 1 >= len(doc):
            break
        after = doc[after.i + 1]
    if after is None or not after.like_num:
        return None
    if not _SHARE_OF_M.match(doc_text(doc)[end : after.idx]):
        return None
    noun = after.head
    if noun.i <= after.i or noun.pos_ not in ("NOUN", "PROPN") or after.dep_ != "nummod":
        return None
    return noun_phrase(noun, after.idx + len(after))


#: Prepositions by which a total set off by commas after a name is that name's ("Lund, on
#: 255 points, needs ...").
_TOTAL_PREPS = word_set("total_prep")


def set_off_total(doc: Doc, start: int, end: int) -> str | None:
    """ "Lund, on 255 points, needs only a fourth place", "Lund, on 255, leads Okafor": a
    figure a preposition of ``total_prep`` takes, set off by commas right after a name (a
    noun the phrase hangs on, or the subject of the verb it hangs on), is that name's total;
    None for any other figure (figures18, invented sentences)."""
    last = token_at(doc, end - 1)
    first = token_at(doc, start)
    if last is None or first is None or last.dep_ != "pobj":
        return None
    prep = last.head
    if prep.lower_ not in _TOTAL_PREPS or prep.i < 2 or last.i + 1 >= len(doc):
        return None
    comma, name, after = doc[prep.i - 1], doc[prep.i - 2], doc[last.i + 1]
    if comma.text != "," or after.text != "," or first.i <= prep.i:
        return None
    if name.pos_ not in ("PROPN", "NOUN") or name.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if prep.head not in (name, name.head):
        return None
    return noun_phrase(name)


#: States of a poll's respondents ("undecided"): a share right before one counts those in it.
_SHARE_STATES = word_set("share_state")


def share_state(doc: Doc, end: int) -> str | None:
    """ "13 percent backing another candidate and 9 percent undecided": a share whose unit
    word hangs on a word of ``share_state`` right after it counts the respondents in that
    state ("undecided"); None for any other, and for any other adjective, a degree ("95
    percent effective", "80 percent full", "60 percent Hispanic", "100 percent sure": the old
    holder stays; fix36a, from the review of figures18)."""
    last = token_at(doc, end - 1)
    if last is None or last.i + 1 >= len(doc):
        return None
    state = doc[last.i + 1]
    if state != last.head or state.lower_ not in _SHARE_STATES:
        return None
    return state.lower_


#: Entity types of a name that can be a thing bought (a firm, a product, a building, a
#: place); a common noun is one unless a time.
_BOUGHT_NAMES = frozenset({"ORG", "PRODUCT", "FAC", "GPE", "LOC", "WORK_OF_ART"})


def price_of(doc: Doc, start: int, end: int) -> str | None:
    """ "paid $6 million to acquire an old ferry", "paid $40 million for the old mill": money
    that is the object of an active verb of paying (``price_verb``) is the price of what the
    verb's purpose clause buys (``purchase_verb``) or of the thing it is paid "for" (not a
    person, a time or a unit: "paid $50 for two hours"); None for any other figure
    (figures38, from PolNeAR train f18 labels)."""
    found = _object_of(doc, start, end, PRICE_VERBS)
    if found is None:
        return None
    top, verb = found
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    for child in verb.children:
        if child.i < top.i:
            continue
        if child.dep_ in ("xcomp", "advcl") and child.lemma_.lower() in PURCHASE_VERBS:
            bought = [o for o in child.children if o.dep_ == "dobj" and _bought(o)]
            if bought:
                return thing_phrase(bought[0])
        if child.dep_ == "prep" and child.lower_ == "for":
            bought = [o for o in child.children if o.dep_ == "pobj" and _bought(o)]
            if bought:
                return thing_phrase(bought[0])
    return None


def cost_subject(doc: Doc, start: int) -> str | None:
    """ "A ticket for the final costs 40 euros", "The new phone costs $900": money right
    after a word of costing (``cost_word``) that the parse did not take for a verb with a
    subject is the price of the noun phrase before that word: the noun whose "for", "to" or
    "at" phrase the word was hung in as a noun ("ticket"), or the noun the word was given as
    its compound ("phone"). None when the word has a subject of its own (the rules read it
    already), is a noun of no phrase before it ("Legal costs $40,000 were paid") or is not
    right before the figure (fig50: the shape issue 17 names, "costs" read as a noun)."""
    figure = token_at(doc, start)
    if figure is None or figure.i == 0:
        return None
    word = doc[figure.i - 1]
    if word.lower_ not in COST_WORDS or word.sent != figure.sent:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in word.children):
        return None
    if word.pos_ == "VERB":
        # "The new phone costs $900": the subject was hung on the verb as a compound
        nouns = [c for c in word.children if c.dep_ == "compound" and c.i < word.i]
        if nouns and nouns[-1].pos_ == "NOUN":
            return thing_phrase(nouns[-1])
        return None
    if word.pos_ != "NOUN" or word.dep_ != "pobj" or word.head.lower_ not in COST_LINKS:
        return None
    item = word.head.head  # "A ticket for the final costs": the noun the phrase was hung on
    if item.pos_ != "NOUN" or item.dep_ not in ("ROOT", "nsubj"):
        return None
    return thing_phrase(item)


def _object_of(doc: Doc, start: int, end: int, verbs: frozenset[str]) -> tuple[Token, Token] | None:
    """The figure's head and its verb when the figure is the direct object of a verb whose
    lemma is in ``verbs`` ("paid $6 million", "spent millions of euros"); None otherwise."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    top = span.root
    verb = top.head
    if top.dep_ != "dobj" or verb.lemma_.lower() not in verbs:
        return None
    return top, verb


def _bought(token: Token) -> bool:
    """Whether a noun can be a thing bought: a common noun, or a name of ``_BOUGHT_NAMES``
    (not a person's: "paid $2 million for Reyes"), that is no time (``not_bought_noun``: "for
    the rest of her life"), unit or number."""
    if token.pos_ not in ("NOUN", "PROPN") or token.like_num or _unit_word(token):
        return False
    if token.lemma_.lower() in NOT_BOUGHT_NOUNS:
        return False  # "for the rest of her life": a span of time
    if token.pos_ == "PROPN" and token.ent_type_ not in _BOUGHT_NAMES:
        return False
    return token.ent_type_ not in ("DATE", "TIME") and not in_time(token)


def currency_holder(doc: Doc, start: int, end: int) -> str | None:
    """ "the union spent tens of millions of euros", "she collected thousands of
    pounds": an amount counted by a currency word ("dollars" names no holder) is the price
    of what it bought (``price_of``), else, as the object of a verb of giving, raising or
    spending (``money_subject_verb``), the money of that verb's subject (a name, a noun, or
    the one person "he" or "she" stands for); None for any other (figures38, from PolNeAR
    train f16 and f18 labels)."""
    price = price_of(doc, start, end)
    if price is not None:
        return price
    found = _object_of(doc, start, end, MONEY_SUBJECT_VERBS)
    if found is None:
        return None
    verb = found[1]
    if any(c.dep_ == "dative" for c in verb.children):
        return None  # "gave the school millions of dollars": an award, not the giver's own
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects:
        return None
    subject = subjects[0]
    if subject.pos_ == "PRON":
        return pronoun_person(subject)
    if subject.pos_ in ("NOUN", "PROPN") and subject.lower_ not in _RELATIVES:
        return thing_phrase(subject)
    return None


def changed_object(doc: Doc, start: int, end: int) -> tuple[str | None] | None:
    """ "cut fuel duties by $3 billion", "raise its target rate by a quarter of a point":
    a figure "by" which a verb of ``change_object_verb`` changes its object measures the
    change of that object, not of the verb's subject: ``(phrase,)``, or ``(None,)`` when
    the object is a pronoun ("cut it by 12 percent"); None for any other figure (figures38,
    from PolNeAR train f14 and f16 labels)."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    by = span.root.head
    if span.root.dep_ != "pobj" or by.lower_ != "by" or by.dep_ != "prep":
        return None
    verb = by.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in CHANGE_OBJECT_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i < by.i]
    if not objects:
        return None
    changed = objects[0]
    if changed.pos_ not in ("NOUN", "PROPN") or changed.like_num or _unit_word(changed):
        return (None,)
    return (thing_phrase(changed),)
