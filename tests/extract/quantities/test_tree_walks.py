"""Walks up the dependency tree stop at the root whatever it is. spaCy makes a new ``Token``
at each access, so a walk that stopped on ``token.head is token`` never stopped at a root that
was not a verb (a PolNeAR train article hung the ingest on a share described by "who")."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from newsclaims.extract.quantities.figures import _among_group


def _parsed(words: list[str], heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    lemmas = [
        w.lower().removesuffix("s") if p == "NOUN" else w.lower()
        for w, p in zip(words, pos, strict=True)
    ]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_share_under_a_noun_root_has_no_group_and_the_walk_ends() -> None:
    # "48 percent who left": the share is the root, a noun, and no verb is above it
    doc = _parsed(
        ["48", "percent", "who", "left"],
        heads=[1, 1, 3, 1],
        deps=["nummod", "ROOT", "nsubj", "relcl"],
        pos=["NUM", "NOUN", "PRON", "VERB"],
    )
    assert _among_group(doc[1]) is None


def test_share_under_a_verb_finds_its_among_group() -> None:
    # "Among voters , 48 percent left": the walk from the share reaches the verb
    doc = _parsed(
        ["Among", "voters", ",", "48", "percent", "left"],
        heads=[5, 0, 5, 4, 5, 5],
        deps=["prep", "pobj", "punct", "nummod", "nsubj", "ROOT"],
        pos=["ADP", "NOUN", "PUNCT", "NUM", "NOUN", "VERB"],
    )
    group = _among_group(doc[4])
    assert group is not None and group.text == "voters"
