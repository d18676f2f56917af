"""Verb lemmas that keep a final "e" the English rule lemmatizer drops.

spaCy's rule lemmatizer tries its suffix rules in order and keeps the last form found in its
verb index, so where both "stage" and "stag" are verbs, "staged", "staging" and "stages" all
become "stag" ("fined" -> "fin", "rated" -> "rat"). English spelling settles most of these: a
stem that ends in one vowel and one consonant doubles the consonant before "-ed" and "-ing"
("stag" -> "stagged", "rat" -> "ratted"), so "staged" is the "-ed" of "stage"; and a verb takes
"-es" only after a hissing sound or "o", so "stages" is "stage" + "s". ``verb_lemma`` applies
these two spelling rules to a lemma the rule lemmatizer gave, when the form with the "e" is a
verb too. ``cue_lemma`` is the lemma the attribution and narration stages look verbs up by.
"""

from __future__ import annotations

from collections.abc import Container
from functools import cache

from spacy.language import Language
from spacy.tokens import Token

_VOWELS = frozenset("aeiou")
#: Final letters a stem never doubles ("row" -> "rowed", "fix" -> "fixed").
_NOT_DOUBLED = frozenset("wxy")
#: Endings after which a verb takes "-es" ("pass" -> "passes", "go" -> "goes").
_ES_AFTER = ("s", "x", "z", "ch", "sh", "o")


def _single_vowel_consonant(stem: str) -> bool:
    """True when the stem ends in one vowel and one consonant that spelling would double."""
    return (
        len(stem) >= 2
        and stem[-1] not in _VOWELS
        and stem[-1] not in _NOT_DOUBLED
        and stem[-2] in _VOWELS
        and (len(stem) < 3 or stem[-3] not in _VOWELS)
    )


def verb_lemma(word: str, lemma: str, verbs: Container[str]) -> str:
    """The lemma of the verb form ``word`` that the rule lemmatizer read as ``lemma``, with
    the final "e" it dropped put back when spelling says so and ``verbs`` (the verb index)
    holds that form; else ``lemma`` unchanged."""
    word, lemma = word.lower(), lemma.lower()
    longer = lemma + "e"
    if longer not in verbs:
        return lemma
    if word in (lemma + "ed", lemma + "ing"):
        return longer if _single_vowel_consonant(lemma) else lemma
    if word == lemma + "es" and not lemma.endswith(_ES_AFTER):
        return longer
    return lemma


def cue_lemma(token: Token) -> str:
    """The lemma a verb is looked up by in the cue lexicons (cues.tsv, cue_frames.tsv, the
    hand lists) and the narration stage's word lists, and counted by when the cues are learnt
    (``scripts/cue_corpus.py``): spaCy's lowercased lemma. The rule lemmatizer's "hoping" ->
    "hop" is kept: with "hope" restored (``verb_lemma``) in both the counts and the lookup,
    PolNeAR dev half A lost one claim of precision and gained none of recall
    (bench/results.md, branch cues3)."""
    return token.lemma_.lower()


@cache
def verb_index(nlp: Language) -> frozenset[str]:
    """The verbs of the pipeline's rule lemmatizer (empty without one)."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(lookups.get_table("lemma_index").get("verb", ()))
