"""Verb lemmas: the final "e" the rule lemmatizer drops is put back when spelling says so."""

from __future__ import annotations

import pytest

from newsclaims.extract.verb_lemmas import verb_lemma

#: An invented verb index where both forms of some pairs are verbs.
VERBS = frozenset({"stage", "stag", "rate", "rat", "hop", "hope", "open", "bar", "bare", "pass"})


@pytest.mark.parametrize(
    ("word", "lemma", "expected"),
    [
        ("staged", "stag", "stage"),  # "stag" would double its "g": "stagged"
        ("staging", "stag", "stage"),
        ("stages", "stag", "stage"),  # "-es" only after a hissing sound or "o"
        ("rated", "rat", "rate"),
        ("hoped", "hop", "hope"),
        ("hopped", "hop", "hop"),  # the doubled form is the short verb's
        ("barred", "bar", "bar"),
        ("opened", "open", "open"),  # no "opene" in the index
        ("passes", "pass", "pass"),
        ("won", "win", "win"),  # not a suffixed form of the lemma
    ],
)
def test_verb_lemmas_keep_the_e_spelling_requires(word: str, lemma: str, expected: str) -> None:
    assert verb_lemma(word, lemma, VERBS) == expected


def test_verb_lemmas_need_the_longer_form_in_the_index() -> None:
    assert verb_lemma("staged", "stag", frozenset({"stag"})) == "stag"
