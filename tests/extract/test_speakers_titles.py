"""Titles that name another office than their last word (issue 16), on sentences written for
these tests: a lieutenant governor is no governor, an attorney general no general, and a
place-qualified title is no holder of another place's office."""

from __future__ import annotations

import pytest

from newsclaims import analyze
from newsclaims.model import Analysis, Claim

pytestmark = pytest.mark.model


def _speaker(text: str, source: str) -> str | None:
    """The name of the entity a claim with the source ``source`` is given, or None when it is
    left unresolved (shown as its own text, which names no entity of the article)."""
    analysis = analyze(text)
    found = [c for c in analysis.claims if c.source is not None and c.source.text == source]
    assert found, f"no claim with the source {source!r}: {analysis.claims}"
    return _person(analysis, found[-1])


def _person(analysis: Analysis, claim: Claim) -> str | None:
    entity = next((e for e in analysis.entities if e.key == claim.source_entity), None)
    return entity.name if entity is not None and entity.type == "PERSON" else None


_FAIR = " spoke first at the Harlow fair on Monday. The {role} said the fair would move to June."


@pytest.mark.parametrize(
    ("title", "name", "role"),
    [
        # "Ana Ruiz": the recogniser leaves the first title word out of the alias ("Gov.",
        # "Mayor"), read from the text; "Omar Bell": the alias holds it
        ("Lt. Gov.", "Ana Ruiz", "governor"),
        ("Lieutenant Governor", "Ana Ruiz", "governor"),
        ("Lieutenant Governor", "Omar Bell", "governor"),
        ("Deputy Mayor", "Ana Ruiz", "mayor"),
        ("Deputy Mayor", "Omar Bell", "mayor"),
        ("Deputy Sheriff", "Omar Bell", "sheriff"),
        ("Under Secretary", "Ana Ruiz", "secretary"),
        ("Vice President", "Ana Ruiz", "president"),
        ("Assistant Secretary", "Ana Ruiz", "secretary"),
        ("Atty. Gen.", "Omar Bell", "general"),
        ("Attorney General", "Omar Bell", "general"),
        ("Surgeon General", "Omar Bell", "general"),
    ],
)
def test_titles_a_subordinate_title_holds_no_office_of_its_last_word(
    title: str, name: str, role: str
) -> None:
    text = f"{title} {name}" + _FAIR.format(role=role)
    assert _speaker(text, f"The {role}") is None


@pytest.mark.parametrize(
    ("title", "name", "role"),
    [
        # controls: the title's own office, a title that holds the office ("acting"), a
        # rank that is one of its kind ("Lt. Gen." is a general), the whole title as the
        # description
        ("Gov.", "Ana Ruiz", "governor"),
        ("Acting Gov.", "Ana Ruiz", "governor"),
        ("Acting Mayor", "Ana Ruiz", "mayor"),
        ("Gen.", "Omar Bell", "general"),
        ("Lt. Gen.", "Omar Bell", "general"),
        ("Lieutenant General", "Omar Bell", "general"),
        ("Lieutenant General", "Ana Ruiz", "general"),
        ("Vice Adm.", "Omar Bell", "admiral"),
        ("Associate Justice", "Omar Bell", "justice"),
        ("Lt. Gov.", "Ana Ruiz", "lieutenant governor"),
        ("Atty. Gen.", "Omar Bell", "attorney general"),
        ("Deputy Mayor", "Ana Ruiz", "deputy mayor"),
        ("Deputy Mayor", "Omar Bell", "deputy mayor"),
    ],
)
def test_titles_the_office_a_title_holds_still_resolves(title: str, name: str, role: str) -> None:
    text = f"{title} {name}" + _FAIR.format(role=role)
    assert _speaker(text, f"The {role}") == name


@pytest.mark.parametrize(
    "text",
    [
        # a preposition is no title word: "under Secretary Tom Hale" is the secretary's
        "The agency grew under Secretary Ana Ruiz last year. The secretary said it would grow "
        "again.",
    ],
)
def test_titles_a_preposition_before_a_title_keeps_it(text: str) -> None:
    assert _speaker(text, "The secretary") == "Ana Ruiz"


def test_titles_the_general_is_the_general_not_the_attorney_general() -> None:
    text = (
        "Atty. Gen. Omar Bell met Gen. Lise Dorn at the Harlow base on Monday. The general "
        "said the base would stay open."
    )
    assert _speaker(text, "The general") in (None, "Lise Dorn")


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # a description whose place is not the place of the holder's title is someone else
        (
            "Marovia Gov. Cara Moss spoke at the Harlow fair on Monday. The Tessaly governor "
            "said the fair would move to June.",
            "The Tessaly governor",
        ),
        (
            "Ohio Gov. Cara Moss spoke at the Harlow fair on Monday. The Texas governor said "
            "the fair would move to June.",
            "The Texas governor",
        ),
    ],
)
def test_titles_another_place_is_another_holder(text: str, source: str) -> None:
    assert _speaker(text, source) is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # controls: the same place, no place in the description
        (
            "Ohio Gov. Cara Moss spoke at the Harlow fair on Monday. The Ohio governor said "
            "the fair would move to June.",
            "The Ohio governor",
        ),
        (
            "Delvin Gov. Cara Moss spoke at the Harlow fair on Monday. The governor said the "
            "fair would move to June.",
            "The governor",
        ),
        (
            "New York Gov. Cara Moss spoke at the Harlow fair on Monday. The New York governor "
            "said the fair would move to June.",
            "The New York governor",
        ),
        # a title that names no place, or a party, says nothing against the place
        (
            "Gov. Cara Moss spoke at the Harlow fair on Monday. The Ohio governor said the "
            "fair would move to June.",
            "The Ohio governor",
        ),
        (
            "Republican Gov. Cara Moss spoke at the Harlow fair on Monday. The Ohio governor "
            "said the fair would move to June.",
            "The Ohio governor",
        ),
    ],
)
def test_titles_the_same_place_keeps_the_holder(text: str, source: str) -> None:
    assert _speaker(text, source) == "Cara Moss"


@pytest.mark.parametrize(
    ("text", "source", "allowed"),
    [
        # two holders of the title named together: neither is "the senator"
        (
            "Sen. Ana Ruiz met Sen. Cara Moss at the Harlow fair on Monday. The senator said "
            "the fair would move to June.",
            "The senator",
            {None},
        ),
        (
            "Gov. Cara Moss met former Gov. Ana Ruiz at the Harlow fair on Monday. The "
            "governor said the fair would move to June.",
            "The governor",
            {None, "Cara Moss"},
        ),
        # a lieutenant governor is no second governor
        (
            "Lt. Gov. Cara Moss thanked Gov. Ana Ruiz at the Harlow fair on Monday. The "
            "governor said the fair would move to June.",
            "The governor",
            {"Ana Ruiz"},
        ),
    ],
)
def test_titles_two_holders_named_together(
    text: str, source: str, allowed: set[str | None]
) -> None:
    assert _speaker(text, source) in allowed


def test_titles_a_past_mark_the_alias_lost_is_read_from_the_text() -> None:
    # the alias is "governor": "Former" is read before it, so she is no governor now
    text = (
        "Governor Cara Moss spoke at the fair on Monday. Former governor Ana Ruiz spoke on "
        "Tuesday. The governor said the fair would move to June."
    )
    assert _speaker(text, "The governor") != "Ana Ruiz"
    # control: the past office is hers
    former = text.replace("The governor said", "The former governor said")
    assert _speaker(former, "The former governor") == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # "Under" is a preposition before any title but "Secretary"
        (
            "Under Gov. Ana Ruiz, the state cut taxes twice. The governor said the cuts "
            "would stay.",
            "The governor",
        ),
        (
            "Under Mayor Ana Ruiz, the city cut taxes twice. The mayor said the cuts would stay.",
            "The mayor",
        ),
        (
            "Under President Ana Ruiz, the club grew twice. The president said it would grow "
            "again.",
            "The president",
        ),
        # no title reaches back over a sentence end
        (
            "The case was filed by the Harlow Attorney. Mayor Ana Ruiz spoke on Monday. The "
            "mayor said the fair would move to June.",
            "The mayor",
        ),
        (
            "The case was filed by the U.S. Attorney. Mayor Ana Ruiz spoke on Monday. The "
            "mayor said the fair would move to June.",
            "The mayor",
        ),
        # a rank of professors is a professor
        (
            "Associate Professor Ana Ruiz spoke at the Harlow fair on Monday. The professor "
            "said the fair would move to June.",
            "The professor",
        ),
        (
            "Assistant Professor Ana Ruiz spoke at the Harlow fair on Monday. The professor "
            "said the fair would move to June.",
            "The professor",
        ),
        # a capitalised word no recogniser calls a place names no place of the office
        (
            "Embattled Gov. Ana Ruiz spoke at the Harlow fair on Monday. The Ohio governor said "
            "the fair would move to June.",
            "The Ohio governor",
        ),
        (
            "State Sen. Ana Ruiz spoke at the Harlow fair on Monday. The Ohio senator said the "
            "fair would move to June.",
            "The Ohio senator",
        ),
    ],
)
def test_titles_words_that_make_no_other_office_keep_the_holder(text: str, source: str) -> None:
    assert _speaker(text, source) == "Ana Ruiz"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # controls: "Under Secretary" and an abbreviated title split by the parse stay other
        # offices; an associate of another office is none of it
        (
            "Under Secretary Ana Ruiz spoke at the Harlow fair on Monday. The secretary said "
            "the fair would move to June.",
            "The secretary",
        ),
        (
            "The fair opened on Monday. Lt. Gov. Ana Ruiz spoke first. The governor said the "
            "fair would move to June.",
            "The governor",
        ),
        (
            "Associate Director Ana Ruiz spoke at the Harlow fair on Monday. The director said "
            "the fair would move to June.",
            "The director",
        ),
    ],
)
def test_titles_near_misses_stay_open(text: str, source: str) -> None:
    assert _speaker(text, source) is None
