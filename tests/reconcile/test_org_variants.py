"""When two organisation names are one organisation (org_suffixes.tsv)."""

from __future__ import annotations

import pytest

from newsclaims.reconcile.entities import (
    office_words,
    org_body,
    org_core,
    org_name,
    person_gender,
    surname_by_context,
    surname_disagrees,
    surname_fits,
    surname_holder,
    word_genders,
    words_before,
)


@pytest.mark.parametrize(
    ("name", "core"),
    [
        ("Acme International", "acme"),
        ("Acme UK", "acme"),
        ("Acme International, Inc.", "acme"),
        ("The Acme Group", "acme"),
        ("Acme's", "acme"),
        ("International", "international"),  # never shrinks to nothing
        ("Bank of Dunmore", "bank of dunmore"),  # only trailing words go
        ("UK Acme", "uk acme"),
    ],
)
def test_entities_org_core_drops_only_trailing_suffixes(name: str, core: str) -> None:
    assert org_core(name) == core


@pytest.mark.parametrize(
    ("name", "across_stories", "body"),
    [
        ("Acme Inc", "acme", True),  # a legal form: the same name in every story
        ("Acme International, Inc.", "acme international", False),
        ("Acme UK Ltd", "acme uk", False),  # only the legal form goes
        ("Acme Ltd UK", "acme ltd uk", False),
        ("The Acme Group", "acme group", False),
        ("Acme", "acme", True),
        ("Inc", "inc", True),
    ],
)
def test_entities_org_name_drops_only_legal_forms(
    name: str, across_stories: str, body: bool
) -> None:
    assert org_name(name) == across_stories
    assert org_body(name) is body


@pytest.mark.parametrize(
    ("bare", "full", "titles", "fits"),
    [
        (["Mr"], "Barack Obama", [], True),
        (["he"], "Barack Obama", [], True),
        (["Mrs"], "Michelle Obama", [], True),
        (["Mr"], "Michelle Obama", [], False),  # a man's title: not her
        (["she"], "Barack Obama", [], False),
        ([], "Barack Obama", [], False),  # nothing says who "Obama" is: not guessed
        (["President", "said"], "Barack Obama", [], False),  # titles without a gender
        (["Mr", "she"], "Barack Obama", [], False),  # the bare side disagrees with itself
        (["Mr"], "Kim Obama", [], False),  # a first name of either gender
        (["Mr"], "Kim Obama", ["Mr."], True),  # ... titled in another article
        (["President"], "Barack Obama", ["President"], True),  # one office
        (["Senator"], "Barack Obama", ["President"], False),
        (["Senator"], "Kim Obama", ["former", "Senator"], True),
        (["former"], "Barack Obama", ["former", "President"], False),  # no office of its own
        (["President", "she"], "Barack Obama", ["President"], False),  # genders disagree
    ],
)
def test_entities_a_bare_surname_fits_a_full_name_only_of_one_known_gender(
    bare: list[str], full: str, titles: list[str], fits: bool
) -> None:
    assert surname_fits(bare, full, titles) is fits


def test_entities_words_before_are_the_titles_of_each_mention() -> None:
    text = "Mr. Obama spoke. Later Obama left."
    assert words_before(text, [text.index("Obama"), text.rindex("Obama"), 0]) == ["Mr", "Later"]


@pytest.mark.parametrize(
    ("bare", "full", "titles", "disagrees"),
    [
        ([], "Felipe Okafor", [], False),  # nothing said of the bare name
        (["he"], "Felipe Okafor", [], False),
        (["Mr"], "Grace Okafor", [], True),  # genders differ
        (["Mr", "she"], "Felipe Okafor", [], True),  # the bare side disagrees with itself
        (["President"], "Grace Okafor", [], True),  # an office she is never given
        (["President"], "Grace Okafor", ["President"], False),
        (["Senator"], "Felipe Okafor", ["President"], True),
    ],
)
def test_entities_a_bare_surname_disagrees_with_a_full_name(
    bare: list[str], full: str, titles: list[str], disagrees: bool
) -> None:
    assert surname_disagrees(bare, full, titles) is disagrees


@pytest.mark.parametrize(
    ("words", "genders", "gender"),
    [
        (["Mr", "he"], {"m"}, "m"),
        (["spokeswoman"], {"f"}, "f"),
        (["Senator"], set(), None),  # an office names no gender
        (["Mrs", "he"], {"m", "f"}, None),  # the words disagree
    ],
)
def test_entities_titles_and_pronouns_give_one_gender_reading(
    words: list[str], genders: set[str], gender: str | None
) -> None:
    # person_gender and surname_disagrees read the words' genders through one helper
    assert word_genders(words) == genders
    assert person_gender(words) == gender


#: Three people of one story who share a surname (ids 1-3), as the store reads them: name,
#: and the words of their aliases and titles.
_VARGAS = [
    (1, "Tomas Varga", ["President", "Mr"]),
    (2, "Elena Varga", ["Mrs."]),
    (3, "Ilona Varga", []),
]


@pytest.mark.parametrize(
    ("bare", "target"),
    [
        (["Mr"], 1),  # the one man: both women are set apart
        (["he", "said"], 1),
        (["President"], 1),  # the one holder of the office
        (["President-elect"], 1),  # an office to come is the office
        (["Mrs"], None),  # two women: neither is guessed
        (["she"], None),
        ([], None),  # nothing said: stays apart
        (["said", "Wednesday"], None),
        (["Mr", "she"], None),  # the bare side disagrees with itself
        (["Senator"], None),  # an office none of them is given
    ],
)
def test_entities_a_shared_surname_is_one_holder_only_by_context(
    bare: list[str], target: int | None
) -> None:
    assert surname_by_context(bare, _VARGAS) == target


@pytest.mark.parametrize(
    ("words", "offices"),
    [
        (["President-elect", "Mr"], {"president"}),
        (["Sen.", "Governor-designate"], {"sen", "governor"}),
        (["former", "first", "lady"], set()),  # no office of its own
    ],
)
def test_entities_office_words_read_an_office_to_come_as_the_office(
    words: list[str], offices: set[str]
) -> None:
    assert office_words(words) == offices


def test_entities_offices_to_come_are_data() -> None:
    """The words that make a title an office to come ("-elect") are read from
    ``office_suffixes.tsv``, as the source lists read them (``described``)."""
    from newsclaims.lexicons import office_suffixes  # noqa: PLC0415
    from newsclaims.store.reads import described  # noqa: PLC0415

    assert {"elect", "designate"} <= office_suffixes()
    assert described("Governor-designate")


@pytest.mark.parametrize(
    ("bare", "holders", "called", "target"),
    [
        # one holder: the words fit, or nothing sets them apart and the story calls them so
        (["Mr"], [_VARGAS[0]], False, _VARGAS[0][0]),
        ([], [_VARGAS[0]], True, _VARGAS[0][0]),
        ([], [_VARGAS[0]], False, None),
        (["Mrs"], [_VARGAS[0]], True, None),
        # several: by context only, whatever the story calls them
        (["Mr"], list(_VARGAS), True, _VARGAS[0][0]),
        ([], list(_VARGAS), True, None),
    ],
)
def test_entities_surname_holder_is_the_one_decision_of_surname_links(
    bare: list[str], holders: list[tuple[int, str, list[str]]], called: bool, target: int | None
) -> None:
    assert surname_holder(bare, holders, lambda _: called) == target
