"""A surname told as someone's relative ("Mr. Vance, his son,") is not the person named in full
with that surname (issue 16: a relative's words were shown as the named person's), on
sentences written for these tests."""

from __future__ import annotations

import pytest

from newsclaims import analyze
from newsclaims.model import Analysis

pytestmark = pytest.mark.model


def _sources(analysis: Analysis) -> list[tuple[str, str | None]]:
    """Each reported claim's content and its source's entity name (None when unresolved)."""
    names = {e.key: e.name for e in analysis.entities}
    return [
        (c.text, names.get(c.source_entity) if c.source_entity else None)
        for c in analysis.claims
        if c.source is not None
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Carl Vance met voters in Harlow on Sunday. Mr. Vance, his son, said the town would "
        "get a clinic.",
        "Carl Vance met voters in Harlow on Sunday. His son, Mr. Vance, said the town would "
        "get a clinic.",
        "Carl Vance met voters in Harlow on Sunday. Carl Vance's son, Mr. Vance, said the town "
        "would get a clinic.",
        "Carl Vance met voters in Harlow on Sunday. Vance, his brother, said the town would "
        "get a clinic.",
        # a given name of either gender: only the kin word tells them apart
        "Kim Vance died in Harlow on Sunday. Mrs. Vance, his widow, said the town would get "
        "a clinic.",
        "Kim Vance died in Harlow on Sunday. His widow, Mrs. Vance, said the town would get "
        "a clinic.",
    ],
)
def test_kin_a_surname_told_as_a_relative_is_not_the_full_name(text: str) -> None:
    a = analyze(text)
    [(content, name)] = _sources(a)
    assert content == "the town would get a clinic"
    assert name == "Vance"


def test_kin_the_surname_after_the_relative_may_be_either_before_it_the_full_name() -> None:
    a = analyze(
        "Carl Vance met voters in Harlow on Sunday. Mr. Vance said the town needed a clinic. "
        "Mr. Vance, his son, said the clinic would open in May. Mr. Vance added that the plan "
        "was paid for."
    )
    assert _sources(a) == [
        ("the town needed a clinic", "Carl Vance"),
        ("the clinic would open in May", "Vance"),
        ("that the plan was paid for", "Vance"),
    ]


def test_kin_a_title_of_the_full_names_gender_after_a_relative_of_the_other_is_the_full_name() -> (
    None
):
    a = analyze(
        "Carl Vance died in Harlow on Sunday. Vance, his wife, said the town would get a "
        "clinic. Mr. Vance founded the firm in 1970, she said."
    )
    names = {e.key: e.name for e in a.entities}
    assert [names[m.entity] for m in a.mentions if m.text == "Vance"] == ["Vance", "Carl Vance"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an apposition that is no relative, or a relative of no one named
        (
            "Carl Vance met voters in Harlow on Sunday. Mr. Vance, the mayor, said the town "
            "would get a clinic.",
            "Carl Vance",
        ),
        (
            "Carl Vance met voters in Harlow on Sunday. Mr. Vance, his lawyer, said the town "
            "would get a clinic.",
            "Carl Vance",
        ),
        (
            "Carl Vance met voters in Harlow on Sunday. Mr. Vance, a father of three, said the "
            "town would get a clinic.",
            "Carl Vance",
        ),
        # the relative of someone of another surname may be the one named in full
        (
            "Carl Vance met voters in Harlow on Sunday. Tom Bell's son-in-law, Mr. Vance, said "
            "the town would get a clinic.",
            "Carl Vance",
        ),
        (
            "Carl Vance met Tom Bell in Harlow on Sunday. Mr. Vance, his son-in-law, said the "
            "town would get a clinic.",
            "Carl Vance",
        ),
        (
            "Anna Vance met voters in Harlow on Sunday. Tom Bell came with his wife, Ms. Vance, "
            "who said the town would get a clinic.",
            "Anna Vance",
        ),
        # no relative told at all
        (
            "Carl Vance met voters in Harlow on Sunday. Mr. Vance said the town would get a "
            "clinic.",
            "Carl Vance",
        ),
    ],
)
def test_kin_controls_the_surname_stays_the_full_name(text: str, speaker: str) -> None:
    a = analyze(text)
    [(content, name)] = _sources(a)
    assert content.endswith("the town would get a clinic")
    assert name == speaker


def _people(analysis: Analysis) -> dict[str, tuple[str, ...]]:
    """Each person's entity name and aliases."""
    return {e.name: e.aliases for e in analysis.entities if e.type == "PERSON"}


@pytest.mark.parametrize(
    "text",
    [
        # review rev50b: the son told after the wife, and the wife named after the son
        "Owen Marsh said the fund was short. Mrs. Marsh, his wife, said she was worried. "
        "Mr. Marsh, his son, said he would appeal.",
        "Owen Marsh said the fund was short. Mr. Marsh, his son, said he would appeal. "
        "Mrs. Marsh said she was worried.",
    ],
)
def test_kin_each_relative_is_a_person_of_their_own(text: str) -> None:
    found = dict(_sources(analyze(text)))
    assert found["the fund was short"] == "Owen Marsh"
    wife, son = found["she was worried"], found["he would appeal"]
    assert None not in (wife, son)
    assert len({"Owen Marsh", wife, son}) == 3


def test_kin_the_full_name_keeps_no_title_only_its_relative_had() -> None:
    a = analyze("Owen Marsh said the fund was short. Mr. Marsh, his son, said he would appeal.")
    assert "Mr." not in _people(a)["Owen Marsh"]


@pytest.mark.parametrize(
    "text",
    [
        # review rev50b: "her" is the woman named before, and two full names share the
        # surname, so which one the husband is stays with the names, as before the split
        "Owen Marsh and Rosa Marsh spoke at the hearing. Mr. Marsh, her husband, said the "
        "plan was reckless.",
        "Rosa Marsh and Owen Marsh both spoke. Mr. Marsh, her husband, said the plan was reckless.",
    ],
)
def test_kin_controls_two_full_names_of_the_surname_are_not_split(text: str) -> None:
    assert ("the plan was reckless", "Owen Marsh") in _sources(analyze(text))


def test_kin_a_namesake_named_only_after_the_relative_does_not_cancel_the_split() -> None:
    # review rev50f: a third full name of the surname given later (the family's lawyer) made
    # the son's words the father's
    text = (
        "Owen Marsh said the fund was short. Mr. Marsh, his son, said he would appeal. "
        "The family lawyer, Anna Marsh, declined to comment."
    )
    said = dict(_sources(analyze(text)))
    assert said["he would appeal"] == "Marsh"


@pytest.mark.parametrize(
    ("text", "later"),
    [
        # the wife is set apart from the start by her gendered title (``_person_cluster``)
        (
            "Dr. Tom Bell said the mill lied. Mrs. Bell, his wife, said she was worried. "
            "Dr. Bell said the mill would pay.",
            "Tom Bell",
        ),
        (
            "Senator Tom Bell said the mill lied. Mrs. Bell, his wife, said she was worried. "
            "Senator Bell said the mill would pay.",
            "Tom Bell",
        ),
        # the son is split off the full name after it (``split_told_kin``)
        (
            "Dr. Tom Bell said the mill lied. Mr. Bell, his son, said he was worried. "
            "Dr. Bell said the mill would pay.",
            "Tom Bell",
        ),
    ],
)
def test_kin_a_title_the_full_name_carries_after_a_relative_is_the_full_name(
    text: str, later: str
) -> None:
    # review rev50f #5: "Dr. Bell" went to the wife's or the son's entity
    found = dict(_sources(analyze(text)))
    assert found["the mill would pay"] == later
    assert found["the mill lied"] == "Tom Bell"
    assert found.get("she was worried", found.get("he was worried")) != "Tom Bell"


@pytest.mark.parametrize(
    "text",
    [
        # the relative's telling has the title too: either of them, never the full name
        "Dr. Tom Bell said the mill lied. Dr. Bell, his wife, said she was worried. "
        "Dr. Bell said the mill would pay.",
        "Dr. Tom Bell said the mill lied. Dr. Bell, his son, said he was worried. "
        "Dr. Bell said the mill would pay.",
        # the full name never carries the title
        "Tom Bell said the mill lied. Mr. Bell, his son, said he was worried. "
        "Dr. Bell said the mill would pay.",
        "Tom Bell said the mill lied. Mrs. Bell, his wife, said she was worried. "
        "Dr. Bell said the mill would pay.",
        # no title at all
        "Dr. Tom Bell said the mill lied. Mr. Bell, his son, said he was worried. "
        "Bell said the mill would pay.",
    ],
)
def test_kin_controls_a_title_the_full_name_does_not_alone_carry(text: str) -> None:
    found = dict(_sources(analyze(text)))
    assert found["the mill would pay"] != "Tom Bell"
