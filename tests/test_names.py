"""How names are compared (``newsclaims.names``)."""

from __future__ import annotations

import pytest

from newsclaims.names import name_words


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Winston-Salem", "Winston - Salem"),  # one text, and the parser's tokens
        ("Anna Clarke–Hughes", "anna clarke hughes"),
        ("  O'Neill\tPark ", "O ' Neill Park"),
    ],
)
def test_name_words_compare_names_whatever_marks_join_their_words(one: str, other: str) -> None:
    assert name_words(one) == name_words(other)


def test_name_words_find_a_name_among_words_but_not_inside_a_word() -> None:
    words = f" {name_words('The Winston-Salem Wolves')} "
    assert f" {name_words('Winston-Salem')} " in words
    assert f" {name_words('Salem Wolves')} " in words
    assert f" {name_words('Salem Wolve')} " not in words
