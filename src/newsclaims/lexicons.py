"""Word lists that more than one stage reads, from the TSV files in ``newsclaims/data/``,
each loaded once per process.

A lexicon file holds one entry per line, its columns separated by tabs; lines starting with
``#`` are comments (the last comment line names the columns). ``read_table`` reads any such
file, so a stage's own lexicons (``extract/quantities/data/``) use the same format and loader.
This module sits at the bottom of the layers with ``model``: it imports nothing of newsclaims.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from fractions import Fraction
from functools import cache
from pathlib import Path
from types import MappingProxyType

#: The shared lexicon files.
DATA = Path(__file__).parent / "data"


@cache
def read_table(path: Path, columns: int) -> tuple[tuple[str, ...], ...]:
    """The rows of a lexicon file, in file order, each with exactly ``columns`` fields.

    Raises ValueError naming the file and line when a row has another number of fields: a
    lexicon ships with the package, so a broken row is a bug that the tests catch.
    """
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = tuple(line.split("\t"))
        if len(fields) != columns:
            raise ValueError(
                f"{path.name}:{number}: expected {columns} tab-separated fields, "
                f"found {len(fields)}"
            )
        rows.append(fields)
    return tuple(rows)


def read_words(path: Path) -> frozenset[str]:
    """The entries of a one-column lexicon file."""
    return frozenset(row[0] for row in read_table(path, 1))


def read_pairs(path: Path) -> dict[str, str]:
    """The entries of a two-column lexicon file, as a mapping from the first to the second."""
    return {row[0]: row[1] for row in read_table(path, 2)}


def read_value(text: str) -> float:
    """A value as lexicons write it: "12", "1e+06", or a fraction "2/3"."""
    return float(Fraction(text)) if "/" in text else float(text)


@cache
def number_words() -> Mapping[str, float]:
    """Number words and phrases and their values: "twelve" -> 12, "a dozen" -> 12,
    "two-thirds" -> 2/3 (``number_words.tsv``)."""
    rows = read_table(DATA / "number_words.tsv", 2)
    return MappingProxyType({words: read_value(value) for words, value in rows})


@cache
def month_names() -> Mapping[str, int]:
    """Month names and abbreviations, lower case, and their month number
    (``month_names.tsv``)."""
    rows = read_table(DATA / "month_names.tsv", 2)
    return MappingProxyType({name: int(month) for name, month in rows})


@cache
def weekday_names() -> Mapping[str, int]:
    """Days of the week and abbreviations, lower case, and their number, Monday 0
    (``weekday_names.tsv``)."""
    rows = read_table(DATA / "weekday_names.tsv", 2)
    return MappingProxyType({name: int(day) for name, day in rows})


@cache
def calendar_words() -> frozenset[str]:
    """The months and days of the week written in full ("march", "monday"): the longest
    name of each in ``month_names.tsv`` and ``weekday_names.tsv``. A date's word, never the
    given name of a surname right after it ("In March Vance"); abbreviations are left out
    ("Jan" is a given name)."""
    full: set[str] = set()
    for names in (month_names(), weekday_names()):
        longest: dict[int, str] = {}
        for name, number in names.items():
            if len(name) > len(longest.get(number, "")):
                longest[number] = name
        full.update(longest.values())
    return frozenset(full)


@cache
def non_sources() -> Mapping[str, str]:
    """Words a claim's source may be that name no one, and their kind: pronoun, vague, junk
    or medium (``non_sources.tsv``)."""
    return MappingProxyType(read_pairs(DATA / "non_sources.tsv"))


@cache
def medium_words() -> frozenset[str]:
    """Nouns of what carries words rather than who says them: "statement", "video", "sign"
    (the ``medium`` rows of ``non_sources.tsv``)."""
    return frozenset(w for w, kind in non_sources().items() if kind == "medium")


def medium_word(word: str) -> bool:
    """Whether a head word is a medium: a lower-case word, singular or plural ("video",
    "signs"), or a capitalised plural (a sentence's first word: "Signs read ..."); a
    capitalised singular is a name ("Banner", "Marquee": surnames), never a medium."""
    lower = word.lower()
    if lower in medium_words():
        return word.islower()
    return lower.endswith("s") and lower[:-1] in medium_words() and word[1:].islower()


@cache
def figure_nouns() -> frozenset[str]:
    """Nouns that stand for a figure stated before: "figure", "total", "tally"
    (``figure_nouns.tsv``)."""
    return read_words(DATA / "figure_nouns.tsv")


@cache
def crowd_words() -> frozenset[str]:
    """Nouns that, counted at a gathering, give its size: "crowd", "protesters"
    (``crowd_words.tsv``)."""
    return read_words(DATA / "crowd_words.tsv")


@cache
def cause_links() -> Mapping[tuple[str, ...], str]:
    """Phrases that link a statement to a cause ("tied to", "because of": ``cause``) or only
    place it in time or context ("in the wake of", "after": ``context``), each as its words
    (``cause_links.tsv``)."""
    rows = read_table(DATA / "cause_links.tsv", 2)
    return MappingProxyType({tuple(phrase.split()): sense for phrase, sense in rows})


@cache
def body_members() -> frozenset[str]:
    """Nouns for people who speak for the body named with them: "officials", "spokeswoman"
    (``body_members.tsv``)."""
    return read_words(DATA / "body_members.tsv")


@cache
def measures() -> Mapping[str, str]:
    """What a figure measures, by the lemma that governs it: "die" -> killed
    (``measures.tsv``)."""
    return MappingProxyType(read_pairs(DATA / "measures.tsv"))


@cache
def measure_phrases() -> Mapping[tuple[str, str], str]:
    """Measures said by a verb with its object or place: ("take", "hospital") ->
    hospitalised, ("lose", "life") -> killed (``measure_phrases.tsv``)."""
    rows = read_table(DATA / "measure_phrases.tsv", 3)
    return MappingProxyType({(verb, noun): measure for verb, noun, measure in rows})


@cache
def measure_classes() -> Mapping[str, bool]:
    """The closed set of measure classes, each with whether it is cumulative (a toll that
    only grows as it is counted: killed, injured, ...) (``measure_classes.tsv``)."""
    rows = read_table(DATA / "measure_classes.tsv", 2)
    return MappingProxyType({name: cumulative == "yes" for name, cumulative in rows})


def measure_class(word: str) -> str:
    """The measure class a reader's word names ("dead", "died" -> killed; "wounded" ->
    injured); the word itself, lower-cased, when it names none."""
    lower = " ".join(word.lower().split())
    return measures().get(lower, lower)


@cache
def duration_activities() -> Mapping[str, str]:
    """Verb lemma -> the activity a duration of it counts ("wait" -> wait, "dig" -> digging):
    what the quantities stage names, and what reconciliation does not compare, since it says
    nothing of whose activity it was (``duration_activities.tsv``)."""
    return MappingProxyType(read_pairs(DATA / "duration_activities.tsv"))


@cache
def length_activities() -> Mapping[str, str]:
    """Verb lemma -> what a length it takes counts ("dig" -> depth dug): how far the action
    reached, not its subject (``length_activities.tsv``)."""
    return MappingProxyType(read_pairs(DATA / "length_activities.tsv"))


@cache
def margin_verbs() -> Mapping[str, str]:
    """Verb lemma of a contest's result -> what a figure "by" which it is won counts ("won by
    12 points" -> winning margin; ``margin_verbs.tsv``)."""
    return MappingProxyType(read_pairs(DATA / "margin_verbs.tsv"))


@cache
def caption_marks() -> Mapping[str, tuple[str, ...]]:
    """Kind -> its values in file order (``caption_marks.tsv``): ``tag_run``, the regular
    expression of a post's run of #tags; ``finite_tag``, the tags of a finite verb a labelled
    caption has none of after its colon (narration, cap45); ``tag_word``, the regular
    expression of one #tag; ``kicker``, a headline's labels that the outlet's statement follows
    (med48)."""
    kinds = ("tag_run", "finite_tag", "tag_word", "kicker", "tag_object")
    found: dict[str, list[str]] = {kind: [] for kind in kinds}
    for value, kind in read_table(DATA / "caption_marks.tsv", 2):
        if kind not in found:
            raise ValueError(f"caption_marks.tsv: unknown kind {kind!r}")
        found[kind].append(value)
    return MappingProxyType({kind: tuple(values) for kind, values in found.items()})


@cache
def lasting_nouns() -> frozenset[str]:
    """Nouns of a state that lasts ("drought", "curse", "wait"): what a duration counts when
    its sentence names one and the parse ties it to nothing else (``lasting_nouns.tsv``)."""
    return read_words(DATA / "lasting_nouns.tsv")


@cache
def holderless_time_links() -> frozenset[str]:
    """Words that, right after "time", begin a duration named by a place, role, course or task
    alone ("time in prison", "time as mayor", "time of race", "time to appeal"): whose time it
    was is not said (``holderless_time_links.tsv``)."""
    return read_words(DATA / "holderless_time_links.tsv")


@cache
def plural_word(word: str) -> bool:
    """Whether a word reads as a plural: it ends in a plural "s" (not one of the "keep"
    endings of ``plural_endings.tsv``: "glass") or is a plural of people that does not
    (``irregular_plurals.tsv``: "men", "children")."""
    lower = word.lower()
    if lower in read_words(DATA / "irregular_plurals.tsv"):
        return True
    keep, _ = plural_endings()
    return len(lower) > 3 and lower.endswith("s") and not lower.endswith(keep)


#: How a duration counted from a thing begins ("time since last title", "time until vote").
DURATION_FROM = ("time since ", "time until ")
#: How a duration a plan or expectation gives begins ("expected length of meeting").
DURATION_PLANNED = "expected length of "


@cache
def org_suffixes() -> Mapping[str, str]:
    """Trailing words that leave an organisation the same one, each with its kind: "inc" ->
    legal, "international" -> family, "uk" -> country (``org_suffixes.tsv``)."""
    return MappingProxyType(read_pairs(DATA / "org_suffixes.tsv"))


@cache
def figure_dimensions() -> Mapping[str, str]:
    """Words a reader types for what a figure measures and the unit dimension they name:
    "weight" -> mass (``figure_words.tsv``)."""
    return MappingProxyType(read_pairs(DATA / "figure_words.tsv"))


@cache
def unit_catalogue() -> tuple[tuple[str, str, str, str], ...]:
    """The unit catalogue's rows (``unit_catalogue.tsv``, built from quantulum3 by
    ``scripts/build_unit_catalogue.py``): a written form, the unit it names, whether it is a
    "name" or a "symbol", and the unit's dimension ("kilometres", "kilometre", "name",
    "length"). The quantities stage reads units with it, the store finds figures by dimension
    ("weight" -> grams): shared data, so it lives here, below both."""
    rows = read_table(DATA / "unit_catalogue.tsv", 4)
    return tuple((w, unit, kind, dimension) for w, unit, kind, dimension in rows)


@cache
def units_of(dimension: str) -> frozenset[str]:
    """The units of one dimension in the unit catalogue: mass -> gram, ounce, tonne, ..."""
    return frozenset(unit for _w, unit, _kind, dim in unit_catalogue() if dim == dimension)


@cache
def place_anaphors() -> frozenset[str]:
    """Nouns that after "the" mean a town named before: "the city" (``place_anaphors.tsv``)."""
    return read_words(DATA / "place_anaphors.tsv")


@cache
def hyphen_prefixes() -> frozenset[str]:
    """Prefixes a hyphen joins into one word: "re-elected" (``hyphen_prefixes.tsv``)."""
    return read_words(DATA / "hyphen_prefixes.tsv")


@cache
def place_prepositions() -> frozenset[str]:
    """Prepositions whose proper-noun object is a place: "in", "across"
    (``place_prepositions.tsv``)."""
    return read_words(DATA / "place_prepositions.tsv")


@cache
def stative_verbs() -> frozenset[str]:
    """Verbs that state a state, not an event: "be", "have" (``stative_verbs.tsv``)."""
    return read_words(DATA / "stative_verbs.tsv")


@cache
def allegation_cues() -> frozenset[str]:
    """Reporting verbs that charge or assert what is not established: "allege", "claim"
    (``allegation_cues.tsv``)."""
    return read_words(DATA / "allegation_cues.tsv")


@cache
def repeat_adverbs() -> frozenset[str]:
    """Adverbs that tell another occurrence of an event: "also", "again", "earlier"
    (``repeat_adverbs.tsv``)."""
    return read_words(DATA / "repeat_adverbs.tsv")


@cache
def modals() -> Mapping[str, str]:
    """Modal verbs and their sense: possibility, ability, obligation or future
    (``modals.tsv``)."""
    return MappingProxyType(read_pairs(DATA / "modals.tsv"))


@cache
def perfect_auxiliaries() -> frozenset[str]:
    """Auxiliaries that make a modal's clause about the past: "may have raised"
    (``perfect_auxiliaries.tsv``)."""
    return read_words(DATA / "perfect_auxiliaries.tsv")


@cache
def extraposition_verbs() -> frozenset[str]:
    """Verbs whose subject "it" may stand for a clause after them: "be", "take"
    (``extraposition_verbs.tsv``)."""
    return read_words(DATA / "extraposition_verbs.tsv")


@cache
def naming_verbs() -> frozenset[str]:
    """Verbs that give a noun its name: "named", "called" (``naming_verbs.tsv``)."""
    return read_words(DATA / "naming_verbs.tsv")


@cache
def non_actor_nouns() -> frozenset[str]:
    """Nouns for a span of time or a state of affairs, never an actor: "decade", "wait"
    (``non_actor_nouns.tsv``)."""
    return read_words(DATA / "non_actor_nouns.tsv")


@cache
def time_part_nouns() -> frozenset[str]:
    """Nouns for a part of a day or period: "hours" in "the small hours of Sunday"
    (``time_part_nouns.tsv``)."""
    return read_words(DATA / "time_part_nouns.tsv")


@cache
def function_words() -> frozenset[str]:
    """Words that carry no proposition ("that", "from", "because"): a denial and a
    statement are not the same content for sharing them (``function_words.tsv``)."""
    return read_words(DATA / "function_words.tsv")


@cache
def negation_words() -> frozenset[str]:
    """Words that negate a statement: "not", "never" (``negation_words.tsv``); a word
    ending in "n't" negates too."""
    return read_words(DATA / "negation_words.tsv")


@cache
def place_heads() -> frozenset[str]:
    """Last words that make a name a place or business ("Tower", "Tavern", "Field":
    ``place_heads.tsv``)."""
    return frozenset(place_head_types())


@cache
def place_head_types() -> Mapping[str, str]:
    """Each last word of ``place_heads.tsv`` -> the type a name ending in it takes when the
    recogniser typed it PERSON: "FAC" for a building, venue or way ("tower", "stadium"),
    "ORG" for an institution ("university", "hospital")."""
    return read_pairs(DATA / "place_heads.tsv")


@cache
def place_name_words() -> frozenset[str]:
    """Words that open or fill the names of places ("New", "Saint", "Fort":
    ``place_name_words.tsv``): no given names, so "New Hope Park" is no person's name."""
    return read_words(DATA / "place_name_words.tsv")


@cache
def place_divisions() -> frozenset[str]:
    """Words for a kind of administrative division a place's name may end in or leave out
    ("province" of "Hebei province": ``place_divisions.tsv``)."""
    return read_words(DATA / "place_divisions.tsv")


@cache
def person_words() -> tuple[tuple[str, str], ...]:
    """(word, kind) rows of ``person_roles.tsv``: a ``title`` ("president"),
    ``royal`` ("prince"), ``role`` ("driver", "democrat") or another kind of word for a
    person, in file order."""
    return tuple((w, k) for w, k in read_table(DATA / "person_roles.tsv", 2))


@cache
def source_head_counts() -> Mapping[str, int]:
    """Common nouns that headed a gold source on PolNeAR train and how often ("officials",
    "the poll": ``source_heads.tsv``, learnt by
    ``scripts/learn_source_heads.py``)."""
    rows = read_table(DATA / "source_heads.tsv", 2)
    return MappingProxyType({word: int(count) for word, count in rows})


@cache
def speaker_words() -> Mapping[str, frozenset[str]]:
    """The word lists of ``speakers.json`` by name: "male_titles" ("mr", "spokesman"),
    "female_pronouns" ("she", "her"), and those the extractor's speaker stage reads."""
    data = json.loads((DATA / "speakers.json").read_text(encoding="utf-8"))
    return MappingProxyType({k: frozenset(v) for k, v in data.items() if not k.startswith("_")})


def word_genders(words: Iterable[str], pronouns: bool = True) -> set[str]:
    """The genders ("m", "f") that the gendered titles among ``words`` give ("Mr",
    "spokeswoman", "Queen"), and its gendered pronouns ("he", "her") unless ``pronouns`` is
    False; each word is compared whole, in lower case (``speakers.json``). Empty when no word
    is gendered, both when they disagree."""
    lists = speaker_words()
    male = lists["male_titles"] | lists["male_pronouns"] if pronouns else lists["male_titles"]
    female = (
        lists["female_titles"] | lists["female_pronouns"] if pronouns else lists["female_titles"]
    )
    found: set[str] = set()
    for word in words:
        w = word.lower()
        if w in male:
            found.add("m")
        elif w in female:
            found.add("f")
    return found


def one_gender(genders: Iterable[str | None]) -> str | None:
    """The one gender ("m", "f") that ``genders`` give, None when none does or they
    disagree."""
    found = set(genders) - {None}
    return next(iter(found)) if len(found) == 1 else None


@cache
def _office_prefix_rows() -> dict[tuple[str, str], bool]:
    """(word, office or "*") -> whether the word before the office makes another office of it
    (``office_prefixes.tsv``)."""
    found: dict[tuple[str, str], bool] = {}
    for words, reading in read_table(DATA / "office_prefixes.tsv", 2):
        word, _, office = words.partition(" ")
        found[(word, office or "*")] = reading == "other"
    return found


def makes_other_office(word: str, office: str) -> bool | None:
    """Whether ``word`` right before the title word ``office`` (both lower-case, whole words)
    makes another office of it ("lieutenant" "governor"), keeps it ("lieutenant" "general":
    a rank of generals), or is no such word (None; ``office_prefixes.tsv``)."""
    rows = _office_prefix_rows()
    found = rows.get((word, office))
    return rows.get((word, "*")) if found is None else found


@cache
def head_ends() -> Mapping[str, str]:
    """Words that end a source phrase's head, each with its kind: prepositions, "familiar"
    and the participles of posting ("spokeswoman for Mondelez", "a statement posted to
    ...": ``head_ends.tsv``)."""
    return MappingProxyType(read_pairs(DATA / "head_ends.tsv"))


@cache
def plural_endings() -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The endings of words whose final "s" is no plural ("glass"), and the tails that a
    word and its plural share once that "s" is gone ("che" -> "ch": "headache",
    "headaches"), in file order (``plural_endings.tsv``)."""
    rows = read_table(DATA / "plural_endings.tsv", 3)
    keep = tuple(end for end, rule, _ in rows if rule == "keep")
    tails = tuple((end, to) for end, rule, to in rows if rule == "tail")
    return keep, tails


@cache
def participle_modifier(word: str) -> bool:
    """Whether a word before a participle makes it describe the noun after it ("recently"
    of "the recently released statement"; ``participle_modifiers.tsv``)."""
    entries = read_words(DATA / "participle_modifiers.tsv")
    if word in entries:
        return True
    endings = tuple(e[1:] for e in entries if e.startswith("-"))
    return word.islower() and word.endswith(endings)


@cache
def office_suffixes() -> frozenset[str]:
    """Words hyphenated after a title that make it the office to come: "elect",
    "designate" (``office_suffixes.tsv``)."""
    return read_words(DATA / "office_suffixes.tsv")


def holds_office(office: str, titles: Iterable[str]) -> bool:
    """Whether one of a person's ``titles`` ("Senator", "former President", "Vice
    President") gives them the office ``office`` (a lower-case title word: "president"): as
    a whole word of the title, periods and hyphens aside ("Sen.", "ex-president"), and not
    right after a word that makes another office of it (``makes_other_office``: "Vice
    President" holds no office of "president", "Lieutenant General" one of "general")."""
    for title in titles:
        words = [w.rstrip(".") for w in re.split(r"[\s\-–—]+", title.lower()) if w]
        for i, word in enumerate(words):
            if word == office and (i == 0 or not makes_other_office(words[i - 1], office)):
                return True
    return False


@cache
def _name_list() -> object:
    from gender_guesser import detector  # noqa: PLC0415 (a 1 MB name list: load on use)

    return detector.Detector(case_sensitive=False)


def name_list_gender(word: str) -> str:
    """What the bundled name list (gender_guesser) says of a first name: "male", "female",
    "mostly_male", "mostly_female", "andy" (either) or "unknown". Loaded on first use; this
    module, not the extraction layer, holds it, so that the store and reconciliation read
    it without loading spaCy."""
    return str(_name_list().get_gender(word))  # type: ignore[attr-defined]


@cache
def given_name_genders() -> Mapping[str, str]:
    """Given names the name list reads wrong or not at all -> "m" or "f"
    (``first_name_genders.tsv``)."""
    found: dict[str, str] = {}
    for name, gender in read_table(DATA / "first_name_genders.tsv", 2):
        if gender not in ("m", "f"):
            raise ValueError(f"first_name_genders.tsv: {name!r} has gender {gender!r}")
        found[name] = gender
    return MappingProxyType(found)


def first_name_gender(name: str) -> str | None:
    """ "m" or "f" for a first name ``first_name_genders.tsv`` gives a gender ("Bernie",
    "Megyn") or else the bundled name list gives one gender (not "mostly": "Kim"), else
    None."""
    if len(name) < 2 or not name[:1].isupper() or not name.isalpha():
        return None
    known = given_name_genders().get(name.lower())
    if known is not None:
        return known
    return {"male": "m", "female": "f"}.get(name_list_gender(name))
