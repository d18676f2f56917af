"""Entity linking across articles: when two stored names are one organisation, and when a
surname alone may be a person the story names in full.

The store applies these rules as it writes an article's entities (``SqlStore._link_or_upsert``,
``SqlStore._surname_links``, ``SqlStore._relink_surnames``); the web's entity page uses
``org_core`` and ``same_place`` to list an entity's namesakes."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from newsclaims.lexicons import (
    first_name_gender,
    name_list_gender,
    office_suffixes,
    one_gender,
    org_suffixes,
    place_divisions,
    place_heads,
    speaker_words,
    word_genders,
)
from newsclaims.model import Entity
from newsclaims.names import normalise

#: The kinds of ``org_suffixes.tsv``: every trailing word, and the legal forms alone.
ALL_SUFFIXES = frozenset({"legal", "family", "country"})
LEGAL_FORMS = frozenset({"legal"})


def org_core(name: str, kinds: frozenset[str] = ALL_SUFFIXES) -> str:
    """An organisation's name without the trailing words of ``org_suffixes.tsv`` of these
    kinds (all: legal forms, "International", "Group", a country arm), normalised:
    "Acme International Inc." -> "acme", "Acme UK" -> "acme"; with ``LEGAL_FORMS`` only
    "Acme UK Ltd" -> "acme uk". Never empty: "International" stays itself."""
    words = normalise(name).replace(",", " ").split()
    suffixes = org_suffixes()

    def kind(word: str) -> str | None:
        return suffixes.get(word) or suffixes.get(word.rstrip("."))

    while len(words) > 1 and kind(words[-1]) in kinds:
        words.pop()
    return " ".join(words)


def org_name(name: str) -> str:
    """An organisation's name as it is joined across stories: without its legal forms
    ("Acme Inc" -> "acme"). Two ORG entities with the same ``org_name`` are one body
    anywhere; with the same ``org_core`` only, one body only where a story names both."""
    return org_core(name, LEGAL_FORMS)


def org_body(name: str) -> bool:
    """Whether a name is an organisation's own, not a family member's or a national arm's
    ("Acme", "Acme Inc": yes; "Acme UK", "Acme Group": no)."""
    return org_core(name) == org_name(name)


#: Entity types of places, whose names may end in a division's word ("Hebei province").
PLACE_TYPES = frozenset({"GPE", "LOC"})


def place_core(name: str) -> str:
    """A place's name without the words for its kind of division at its end
    (``place_divisions.tsv``), normalised: "Hebei province" -> "hebei". Never empty."""
    words = normalise(name).split()
    while len(words) > 1 and words[-1] in place_divisions():
        words.pop()
    return " ".join(words)


def same_place(name: str, type_: str, other: str, other_type: str) -> bool:
    """Whether two entities may be one place named with and without its division's word
    ("Hebei province" and "Hebei"): both of a place's type and the same ``place_core``. An
    organisation "Georgia" is never the place "Georgia state"."""
    return (
        type_ in PLACE_TYPES and other_type in PLACE_TYPES and place_core(name) == place_core(other)
    )


def person_gender(words: Iterable[str], first_name: str | None = None) -> str | None:
    """ "m" or "f" for a person, from the words that title or stand for them (gendered titles
    and pronouns of ``data/speakers.json``: "Mr", "Mrs", "spokeswoman", "he", "she"),
    or, when none of them is gendered, from a first name the bundled name list gives one
    gender; None when nothing says, or when the words disagree."""
    found = word_genders(words)
    if not found and first_name:
        return first_name_gender(first_name)
    return one_gender(found)


#: Title words too general to tell two holders apart ("former President", "first lady").
TITLE_MODIFIERS = frozenset({"former", "first", "vice", "prime", "chief", "lady", "general"})


def _offices() -> frozenset[str]:
    """Titles of office that name no gender and tell holders apart ("Senator", "President")."""
    lists = speaker_words()
    gendered = lists["male_titles"] | lists["female_titles"]
    return frozenset(lists["person_titles"] - gendered - TITLE_MODIFIERS)


def office_words(words: Iterable[str]) -> set[str]:
    """The lower-case titles of ``words`` that are offices telling holders apart (``_offices``),
    an office to come read as the office ("President-elect" -> "president")."""
    offices = _offices()
    found = set()
    for word in words:
        lower = word.lower().rstrip(".")
        for mark in office_suffixes():
            lower = lower.removesuffix(f"-{mark}")
        if lower in offices:
            found.add(lower)
    return found


def surname_fits(bare_words: Iterable[str], full_name: str, full_words: Iterable[str]) -> bool:
    """Whether a person named by surname alone may be the one person a story names in full
    with that surname: only when something the story says of both agrees. ``bare_words`` are
    the words before the bare surname and the pronouns that stand for it ("Mr", "he",
    "Senator"); ``full_words`` the words of the full name's aliases and titles. They agree
    when both are known to be of one gender ("Mr" and "Barack Obama"), or when they share a
    title of office ("Senator") and their genders do not disagree. Nothing said of the bare
    name leaves it unlinked: "Obama said" in a story that names only Michelle Obama in full
    may well mean Barack Obama, and a wrong person is worse than none."""
    bare_words, full_words = list(bare_words), list(full_words)
    words = full_name.split()
    bare = person_gender(bare_words)
    full = person_gender(full_words, words[0] if words else None)
    if bare is not None and bare == full:
        return True
    shared = office_words(bare_words) & office_words(full_words)
    return bool(shared) and (bare is None or full is None or bare == full)


def surname_disagrees(bare_words: Iterable[str], full_name: str, full_words: Iterable[str]) -> bool:
    """Whether something a story says of a bare surname and of the one full name it may be
    disagrees (the words as for ``surname_fits``): their genders are known and differ ("Mr"
    and "Michelle Obama"), the bare side's words give both genders ("Mr" and "she"), or the
    bare name holds an office the full name is never given ("President" Obama and a
    "Michelle Obama" with no title, "Senator" and "President")."""
    bare_words, full_words = list(bare_words), list(full_words)
    genders = word_genders(bare_words)
    words = full_name.split()
    full = person_gender(full_words, words[0] if words else None)
    if len(genders) > 1 or (genders and full is not None and genders != {full}):
        return True
    held = office_words(bare_words)
    return bool(held) and not held & office_words(full_words)


def surname_by_context(
    bare_words: Iterable[str], holders: Iterable[tuple[int, str, list[str]]]
) -> int | None:
    """Which of several people a story names in full with one surname (``holders``: id, name,
    words of aliases and titles) a bare surname of one article is (``bare_words`` as for
    ``surname_fits``): the one holder whom the article's titles and pronouns for the bare name
    fit (``surname_fits``: "Mr" for the one man, "President" for the one holder called so)
    when they set every other holder apart (``surname_disagrees``: "Mr" and "Melania Trump").
    None when nothing is said, or when it fits several or none: Donald, Melania and Ivanka
    Trump are never joined on a guess."""
    bare_words = list(bare_words)
    left = [h for h in holders if not surname_disagrees(bare_words, h[1], h[2])]
    if len(left) != 1:
        return None
    [(target, name, words)] = left
    return target if surname_fits(bare_words, name, words) else None


def surname_holder(
    bare_words: Iterable[str],
    holders: Iterable[tuple[int, str, list[str]]],
    called: Callable[[int], bool] = lambda _: False,
) -> int | None:
    """Whom a bare surname is, among the people a story names in full with it (``holders``:
    id, name, words of aliases and titles; ``bare_words`` as for ``surname_fits``): the one
    decision of every path of surname linking, whichever was stored first. One holder is
    it when the words fit (``surname_fits``), or when nothing sets them apart and the story
    calls that person by the surname alone (``called``, asked only then: "Massa" for Felipe
    Massa); several holders go by ``surname_by_context``. None leaves the bare name itself."""
    bare_words = list(bare_words)
    holders = list(holders)
    if len(holders) != 1:
        return surname_by_context(bare_words, holders)
    [(target, name, words)] = holders
    if surname_fits(bare_words, name, words) or (
        not surname_disagrees(bare_words, name, words) and called(target)
    ):
        return target
    return None


#: How far before a mention ``words_before`` looks for the word before it (characters).
BEFORE_CHARS = 40


def first_name_fits(word: str, bare_words: Iterable[str], full_name: str) -> bool:
    """Whether a first name alone (``word``, "Max") may be the one person a story names in
    full with that first name (``full_name``, "Max Verstappen"): ``word`` is a first name
    the bundled list knows, and nothing an article says of the bare name (``bare_words`` as
    for ``surname_fits``) sets it apart: no words of both genders, no gender other than the
    full name's, no office or role ("King Charles" is no "Charles Smith")."""
    if not _given_name(word.title()):
        return False
    bare_words = list(bare_words)
    genders = word_genders(bare_words)
    full = person_gender([], next(iter(full_name.split()), None))
    if len(genders) > 1 or (genders and full is not None and genders != {full}):
        return False
    return not office_words(bare_words)


def words_before(text: str, starts: Iterable[int]) -> list[str]:
    """The word before each offset of ``text`` ("Mr." before "Obama"), without a full stop."""
    found = []
    for start in starts:
        before = text[max(0, start - BEFORE_CHARS) : start].split()
        if before:
            found.append(before[-1].rstrip("."))
    return found


def _given_name(word: str) -> bool:
    """Whether the bundled name list knows ``word`` as a first name, of any gender
    ("Javier": mostly male, "Addison": either)."""
    if len(word) < 2 or not word[:1].isupper() or not word.isalpha():
        return False
    return name_list_gender(word) != "unknown"


def person_reading(name: str, speaker: bool) -> bool:
    """Whether the PERSON reading of a name the recogniser also typed otherwise (ORG, GROUP,
    FAC) in one article or story is strong enough to win, so that the mentions join one
    person: a full name (two words or more) that does not end in a place's or body's word
    ("Billy Goat Tavern", "Acme Group"), and either starts with a known first name ("Ben
    Zobrist") or is a claim's source there (a speaker role). "Folies Bergeres", typed both
    ways with nothing else said, stays split: a person wrongly made of a venue misleads more
    than two entries."""
    words = name.split()
    if len(words) < 2:  # "Mondelez": a surname or a company, nothing tells
        return False
    last = normalise(words[-1]).rstrip(".")
    if last in place_heads() or any(normalise(w).rstrip(".") in org_suffixes() for w in words):
        return False
    return speaker or _given_name(words[0])


def spelling_variant(name: str, other: str) -> bool:
    """Whether two full names of people are one name spelt two ways: the same surname and
    first names that differ by one doubled letter, the longer of five letters or more
    ("Lilly Allen" and "Lily Allen", "Phillip Lee" and "Philip Lee"). A wider edit distance
    joins two people ("Bryan Adams" and "Ryan Adams", "Mario" and "Maria" Lopez): a doubled
    letter is a spelling, a changed or added letter is often another name."""
    a, b = normalise(name).split(), normalise(other).split()
    if len(a) != len(b) or len(a) < 2 or a == b or a[1:] != b[1:]:
        return False
    short, long = sorted((a[0], b[0]), key=len)
    if len(long) != len(short) + 1 or len(long) < 5:
        return False
    genders = {first_name_gender(w.capitalize()) for w in (a[0], b[0])} - {None}
    if len(genders) > 1:  # "Jenna" and "Jenn" might be a spelling; not of two genders
        return False
    for i in range(1, len(long)):
        if long[i] == long[i - 1] and long[:i] + long[i + 1 :] == short:
            return True
    return False


def initial_variant(name: str, other: str) -> bool:
    """Whether two full names of people are one name with and without middle initials: the
    same first and last names, one with nothing between them and the other only initials
    ("Donald J Trump", "Donald J. Trump" and "Donald Trump"). Two different initials ("Ana
    M. Ruiz", "Ana T. Ruiz") are no variant of each other; whether a third person of the
    story shares the first and last names is the caller's to ask (``same_first_last``)."""
    a, b = normalise(name).split(), normalise(other).split()
    short, long = sorted((a, b), key=len)
    if len(short) != 2 or len(long) < 3 or short[0] != long[0] or short[-1] != long[-1]:
        return False
    return all(len(w.rstrip(".")) == 1 and w[:1].isalpha() for w in long[1:-1])


def same_first_last(name: str, other: str) -> bool:
    """Whether two names of people share their first and last words ("Donald J Trump",
    "Donald T Trump")."""
    a, b = normalise(name).split(), normalise(other).split()
    return len(a) > 1 and len(b) > 1 and a[0] == b[0] and a[-1] == b[-1]


#: Types a person's name may be given by mistake that join the person; places (GPE, LOC) are
#: linked to a gazetteer and keep their reading.
MISTYPED = frozenset({"ORG", "GROUP", "FAC", "NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})


def person_joins(found: Iterable[Entity], speakers: Iterable[str]) -> dict[str, str]:
    """Entity key -> the key of the person it is, within one article: a name the recogniser
    typed ORG (or GROUP, FAC, ...) in one place and PERSON in another ("Ben Zobrist"), when the
    person reading wins (``person_reading``; ``speakers``: the keys of claims' sources)."""
    found = list(found)
    said = set(speakers)
    people = {normalise(e.name): e for e in found if e.type == "PERSON"}
    joins = {}
    for e in found:
        person = people.get(normalise(e.name)) if e.type in MISTYPED else None
        if person and person_reading(person.name, bool({e.key, person.key} & said)):
            joins[e.key] = person.key
    return joins


__all__ = [
    "ALL_SUFFIXES",
    "LEGAL_FORMS",
    "MISTYPED",
    "PLACE_TYPES",
    "first_name_fits",
    "initial_variant",
    "org_body",
    "org_core",
    "org_name",
    "person_gender",
    "person_joins",
    "person_reading",
    "place_core",
    "same_first_last",
    "same_place",
    "spelling_variant",
    "surname_by_context",
    "surname_disagrees",
    "surname_fits",
    "surname_holder",
    "words_before",
]
