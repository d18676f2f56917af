"""A surname alone that an article keeps apart from the person it names in full with that
surname (told as their relative: "Carl Vance ... Mr. Vance, his son,") stays apart when
another article of the story names that person in full, in either order of ingest (issue 16:
the store moved the son's words to the father). The evidence is the entity stage's own
(``Entity.apart``), stored with the article's mentions; sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from newsclaims import analyze
from newsclaims.model import Analysis, Article, Claim, ClaimKind, Entity, Mention, Span, Stance
from newsclaims.reconcile.records import StoryChoice
from newsclaims.store import SqlStore
from newsclaims.store.sql import StoryLookup


def _one_story(lookup: StoryLookup) -> StoryChoice:
    """Every article in one story."""
    found = lookup.candidates(["*"], limit=1)
    return StoryChoice(found[0].id if found else None, "all", {}, {"*": 1.0})


def _article(said: str, names: list[tuple[str, str, int]], speaker: tuple[str, int]) -> Analysis:
    """An analysis of ``said``: the people ``names`` as (name, text, occurrence of the text
    in ``said``), each mention its own entity by name, kept apart when the name is one word
    and a name of two words ends in it (as the entity stage marks it), and one claim, the
    words after "said", whose source is the mention ``speaker`` (its text, occurrence)."""

    def at(text: str, nth: int) -> int:
        start = -1
        for _ in range(nth + 1):
            start = said.index(text, start + 1)
        return start

    full = {n.split()[-1] for n, _, _ in names if len(n.split()) > 1}
    found: dict[str, Entity] = {}
    marks = []
    for name, text, nth in names:
        key = f"PERSON:{name.lower()}"
        apart = len(name.split()) == 1 and name in full
        found.setdefault(key, Entity(key=key, name=name, type="PERSON", apart=apart))
        start = at(text, nth)
        marks.append(Mention(start, start + len(text), text, key, "PERSON"))
    source = at(*speaker)
    mention = next(m for m in marks if m.start <= source < m.end)
    begin = said.index(" said ") + len(" said ")
    claim = Claim(
        start=begin, end=len(said) - 1, text=said[begin:-1], stance=Stance.ASSERTED,
        kind=ClaimKind.INDIRECT, source=Span(mention.start, mention.end, mention.text),
        source_entity=mention.entity,
    )  # fmt: skip
    return Analysis(
        article=Article(text=said, published=date(2026, 3, 2)),
        entities=tuple(found.values()),
        mentions=tuple(marks),
        claims=(claim,),
    )


#: Carl Vance named in full, and his son, "Mr. Vance", who speaks (kept apart from him)
KIN = _article(
    "Carl Vance met voters in Harlow. Mr. Vance, his son, said the town would get a clinic.",
    [("Carl Vance", "Carl Vance", 0), ("Vance", "Vance", 1)],
    ("Vance", 1),
)
#: Carl Vance named in full, then "Mr. Vance" (him), who speaks
FULL = _article(
    "Carl Vance spoke in Delvin. Mr. Vance said the bridge would be rebuilt.",
    [("Carl Vance", "Carl Vance", 0), ("Carl Vance", "Vance", 1)],
    ("Vance", 1),
)
FULL_AGAIN = _article(
    "Carl Vance toured Delvin. Mr. Vance said the mill would reopen.",
    [("Carl Vance", "Carl Vance", 0), ("Carl Vance", "Vance", 1)],
    ("Vance", 1),
)
#: "Mr. Vance" alone (nothing tells who), who speaks
PLAIN = _article("Mr. Vance said the school would reopen in March.", [("Vance", "Vance", 0)],
                 ("Vance", 0))  # fmt: skip


def _speakers(store: SqlStore, analysis: Analysis) -> list[str | None]:
    """The stored source names of the article's claims."""
    found = store.article(analysis.article.id)["claims"]
    return [c["source_entity"] for c in found]


@pytest.mark.parametrize(
    "order",
    [
        [KIN, FULL],  # the relative's article first
        [FULL, KIN],  # second
        [FULL, KIN, FULL_AGAIN],  # second, and the story names the father again
        [KIN, PLAIN, FULL],
    ],
)
def test_store_a_surname_kept_apart_as_a_relative_is_not_moved_to_the_full_name(
    store: SqlStore, order: list[Analysis]
) -> None:
    for analysis in order:
        store.add(analysis, _one_story)
    assert _speakers(store, KIN) == ["Vance"]
    assert {_speakers(store, a)[0] for a in order if a is not KIN} <= {"Carl Vance"}


@pytest.mark.parametrize(
    "order",
    [[PLAIN, FULL], [FULL, PLAIN], [KIN, PLAIN], [PLAIN, KIN], [PLAIN, FULL, KIN]],
)
def test_store_a_plain_bare_surname_still_joins_the_one_full_name(
    store: SqlStore, order: list[Analysis]
) -> None:
    """Controls: "Mr. Vance" in an article that names no Vance in full joins the story's one
    Carl Vance (the man's title fits him), stored before or after him, whether or not
    another article keeps a relative of his apart."""
    for analysis in order:
        store.add(analysis, _one_story)
    assert _speakers(store, PLAIN) == ["Carl Vance"]


def test_store_a_surname_not_marked_apart_moves_as_before(store: SqlStore) -> None:
    """Control: the same words with the bare name not marked apart (an article that does not
    name the full name itself) move to the full name named later."""
    said = "Delvin voters met in Harlow. Mr. Vance said the town would get a clinic."
    bare = _article(said, [("Vance", "Vance", 0)], ("Vance", 0))
    for analysis in (bare, FULL):
        store.add(analysis, _one_story)
    assert _speakers(store, bare) == ["Carl Vance"]


@pytest.mark.parametrize("kin_first", [True, False])
def test_store_a_relative_kept_apart_is_not_given_to_one_of_two_full_names(
    store: SqlStore, kin_first: bool
) -> None:
    """Two Vances named in full in the story (Carl, and Anna in another article): the son's
    "Mr." fits only Carl, but the article that tells him as Carl's son has judged him not to
    be Carl; a plain "Mr. Vance" elsewhere is still Carl (issue 18's rule)."""
    anna = _article(
        "Anna Vance opened the fair. Mrs. Vance said the stalls were full.",
        [("Anna Vance", "Anna Vance", 0), ("Anna Vance", "Vance", 1)],
        ("Vance", 1),
    )
    for analysis in (KIN, anna, PLAIN) if kin_first else (anna, PLAIN, KIN):
        store.add(analysis, _one_story)
    assert _speakers(store, KIN) == ["Vance"]
    assert _speakers(store, anna) == ["Anna Vance"]
    assert _speakers(store, PLAIN) == ["Carl Vance"]


# the whole way, from the text: what the entity stage marks, and what the store keeps

_KIN_TEXT = (
    "Carl Vance met voters in Harlow on Sunday. Mr. Vance, his son, said the town would get a "
    "clinic."
)
_FULL_TEXT = "Carl Vance spoke in Delvin on Monday. Mr. Vance said the bridge would be rebuilt."
_PLAIN_TEXT = "Mr. Vance said the school would reopen in March."


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "apart"),
    [
        (_KIN_TEXT, {"Carl Vance": False, "Vance": True}),
        # controls: the full name's own "Mr. Vance"; a bare name with no full name beside it
        (_FULL_TEXT, {"Carl Vance": False}),
        (_PLAIN_TEXT, {"Vance": False}),
    ],
)
def test_analyze_marks_a_surname_kept_apart_from_its_full_name(
    text: str, apart: dict[str, bool]
) -> None:
    people = [e for e in analyze(text).entities if e.type == "PERSON"]
    assert {e.name: e.apart for e in people} == apart


@pytest.mark.model
@pytest.mark.parametrize(
    ("texts", "speakers"),
    [
        # the relative's article first, second, and second with the father named again
        ([_KIN_TEXT, _FULL_TEXT], ["Vance", "Carl Vance"]),
        ([_FULL_TEXT, _KIN_TEXT], ["Carl Vance", "Vance"]),
        ([_FULL_TEXT, _KIN_TEXT, _FULL_TEXT.replace("Monday", "Tuesday")],
         ["Carl Vance", "Vance", "Carl Vance"]),
        # controls: a plain "Mr. Vance" joins Carl Vance, before or after him, kin told or not
        ([_PLAIN_TEXT, _FULL_TEXT], ["Carl Vance", "Carl Vance"]),
        ([_KIN_TEXT, _PLAIN_TEXT], ["Vance", "Carl Vance"]),
        ([_KIN_TEXT, _PLAIN_TEXT, _FULL_TEXT], ["Vance", "Carl Vance", "Carl Vance"]),
    ],
)  # fmt: skip
def test_store_keeps_an_analysed_relative_apart_across_articles(
    store: SqlStore, texts: list[str], speakers: list[str]
) -> None:
    found = [analyze(t) for t in texts]
    for analysis in found:
        store.add(analysis, _one_story)
    said = [c for a in found for c in store.article(a.article.id)["claims"] if c["source_text"]]
    assert [c["source_entity"] for c in said] == speakers
