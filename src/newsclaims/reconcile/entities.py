"""Entity linking across articles: when two stored names are one organisation, and when a
surname alone may be a person the story names in full.

The store applies these rules as it writes an article's entities (``SqlStore._link_or_upsert``,
``SqlStore._surname_links``, ``SqlStore._relink_surnames``); the web's entity page uses
``org_core`` to list an entity's namesakes."""

from __future__ import annotations

from collections.abc import Iterable

from newsclaims.lexicons import org_suffixes
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


def person_gender(words: Iterable[str], first_name: str | None = None) -> str | None:
    """ "m" or "f" for a person, from the words that title or stand for them (gendered titles
    and pronouns of ``extract/data/speakers.json``: "Mr", "Mrs", "spokeswoman", "he", "she"),
    or, when none of them is gendered, from a first name the bundled name list gives one
    gender; None when nothing says, or when the words disagree."""
    # the extractor's word lists and name list; imported here, when a link is weighed, so
    # that reading a store never loads spaCy
    from newsclaims.extract.speakers import first_name_gender, lexicon  # noqa: PLC0415

    lex = lexicon()
    found: set[str] = set()
    for word in words:
        w = word.lower()
        if w in lex.male_titles or w in lex.male_pronouns:
            found.add("m")
        elif w in lex.female_titles or w in lex.female_pronouns:
            found.add("f")
    if not found and first_name:
        gender = first_name_gender(first_name)
        if gender is not None:
            found.add(gender)
    return next(iter(found)) if len(found) == 1 else None


#: Title words too general to tell two holders apart ("former President", "first lady").
TITLE_MODIFIERS = frozenset({"former", "first", "vice", "prime", "chief", "lady", "general"})


def surname_fits(bare_words: Iterable[str], full_name: str, full_words: Iterable[str]) -> bool:
    """Whether a person named by surname alone may be the one person a story names in full
    with that surname: only when something the story says of both agrees. ``bare_words`` are
    the words before the bare surname and the pronouns that stand for it ("Mr", "he",
    "Senator"); ``full_words`` the words of the full name's aliases and titles. They agree
    when both are known to be of one gender ("Mr" and "Barack Obama"), or when they share a
    title of office ("Senator") and their genders do not disagree. Nothing said of the bare
    name leaves it unlinked: "Obama said" in a story that names only Michelle Obama in full
    may well mean Barack Obama, and a wrong person is worse than none."""
    from newsclaims.extract.speakers import lexicon  # noqa: PLC0415 (see person_gender)

    bare_words, full_words = list(bare_words), list(full_words)
    words = full_name.split()
    bare = person_gender(bare_words)
    full = person_gender(full_words, words[0] if words else None)
    if bare is not None and bare == full:
        return True
    offices = lexicon().person_titles - lexicon().male_titles - lexicon().female_titles
    offices -= TITLE_MODIFIERS
    shared = {w.lower().rstrip(".") for w in bare_words} & {
        w.lower().rstrip(".") for w in full_words
    }
    return bool(shared & offices) and (bare is None or full is None or bare == full)


def words_before(text: str, starts: Iterable[int]) -> list[str]:
    """The word before each offset of ``text`` ("Mr." before "Obama"), without a full stop."""
    found = []
    for start in starts:
        before = text[max(0, start - 40) : start].split()
        if before:
            found.append(before[-1].rstrip("."))
    return found


__all__ = [
    "ALL_SUFFIXES",
    "LEGAL_FORMS",
    "org_body",
    "org_core",
    "org_name",
    "person_gender",
    "surname_fits",
    "words_before",
]
