"""Parts of a total that scope.py misread as totals, and counts that took the noun of a count
of another kind (issue 17, fig47): a count of more of the same ("Another five were killed",
"a further three", "five more") adds to a total and is no total; the first count of a list by
place is a part also when a time stands between it and its place ("killed 12 on Monday in
Harlow and five in Delvin"); a count a verb takes does not count the noun of a count of a
circumstance ("pitched for seven innings and struck out nine": not innings). Controls must
stay as they are. Every sentence is invented for these tests (published 2026-02-01)."""

from __future__ import annotations

import pytest
from quantity_figures import figure as _figure

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "written", "scope", "qualifier"),
    [
        ("Another five were killed in Delvin on Tuesday.", "five", "part", "Another"),
        ("A further three people died overnight in Kelso.", "three", "part", "A further"),
        ("An additional 40 homes were flooded in Tarrow.", "40", "part", "An additional"),
        ("Rescuers said five more people were found dead.", "five", "part", "more"),
        ("The storm killed 12 on Monday in Harlow and five in Delvin.", "12", "part", "in Harlow"),
        (
            "Gunmen killed 12 people last week in Harlow and five in Delvin.",
            "12",
            "part",
            "in Harlow",
        ),
        # controls: totals stay totals
        ("Five people were killed in Delvin on Tuesday.", "Five", "total", None),
        ("Rescuers said more than five people were found dead.", "more than five", "total", None),
        ("Five died in Kelso, more than police had feared.", "Five", "total", None),
        ("The storm killed 12 on Monday in Harlow.", "12", "total", None),
        ("The storm killed 12 on Monday in Harlow and injured five.", "12", "total", None),
        ("They met one another 3 times in Harlow.", "3 times", "total", None),
        ("The firm is paying five times more for staff.", "five times", "total", None),
    ],
)
def test_scope_more_of_the_same_and_listed_places_are_parts(
    text: str, written: str, scope: str, qualifier: str | None
) -> None:
    figure = _figure(text, written)
    assert (figure.scope.value, figure.qualifier) == (scope, qualifier)


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        ("Lindqvist pitched for seven innings and struck out nine.", "nine", None),
        ("Okafor drove for 40 laps and passed six.", "six", None),
        # controls: a count of the same role keeps the noun
        ("Lindqvist pitched for seven innings and for two more.", "two", "innings"),
        ("Gunmen killed 12 people and injured 40.", "40", "people"),
        ("Police arrested 30 protesters in Harlow and charged 12.", "12", "protesters"),
    ],
)
def test_scope_a_verbs_count_does_not_take_a_circumstance_noun(
    text: str, written: str, about: str | None
) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        # the next sentence's people are who acted, not what the count's verb took
        ("The Kestrels won 8. All of the players received a ring.", "8", None),
        ("The Owls lost 12. Each of the fans went home.", "12", None),
        # controls: a verb done to people, a count of things, a subject count
        ("Police arrested 12. All of the suspects were released on Monday.", "12", "suspects"),
        ("Wardens rescued nine on Sunday. All of the hikers were taken home.", "nine", "hikers"),
        (
            "The council approved 12. Each of the new libraries will open in May.",
            "12",
            "new libraries",
        ),
        ("Nine came forward. All of the witnesses spoke to police.", "Nine", "witnesses"),
    ],
)
def test_scope_next_sentence_people_must_fit_the_verb(
    text: str, written: str, about: str | None
) -> None:
    assert _figure(text, written).about == about


def test_scope_a_particle_is_no_circumstance() -> None:
    # "in" of "pulled in" is a particle the parse may read as a preposition: the noun carries
    text = "Okafor has pulled in 52 delegates to Varga's 14."
    assert _figure(text, "14").about == "delegates"
