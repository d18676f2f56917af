"""Rivals that should not block a he/she source (issue 16), on sentences written for these
tests: things and non-speakers weighed as a possible "he" or "she"."""

from __future__ import annotations

import pytest
from speaker_checks import by_source as _by_source
from speaker_checks import entity_name as _name

from newsclaims import analyze
from newsclaims.extract.pipeline import build_pipeline
from newsclaims.extract.speakers import _no_speaker
from newsclaims.model import Entity

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        # the words on a sign are shown, not spoken: the fan who holds it is no speaker a
        # "he" goes on with
        '"Can you feel it now?" read one fan\'s sign after the game. Later, as streamers '
        'flew around him, Kelan Brody grinned. "This team lives for the people of this '
        'city," he said.',
        '"Can you feel it now?" read a sign held by a fan after the game. Later, as '
        'streamers flew around him, Kelan Brody grinned. "This team lives for the people '
        'of this city," he said.',
    ],
)
def test_rivals_a_sign_holder_is_no_speaker_of_a_pronoun(text: str) -> None:
    analysis = analyze(text)
    assert _name(analysis, _by_source(analysis, "he").source_entity) == "Kelan Brody"


@pytest.mark.parametrize(
    "text",
    [
        # negative controls: a fan who shouted spoke, and may be the "he"
        '"Can you feel it now?" one fan shouted after the game. Later, as streamers flew '
        'around him, Kelan Brody grinned. "This team lives for the people of this city," '
        "he said.",
        # two men named: either may be meant
        '"Can you feel it now?" read one fan\'s sign after the game. Later, as streamers '
        "flew around them, Kelan Brody and Tomas Vell grinned. "
        '"This team lives for the people of this city," he said.',
    ],
)
def test_rivals_a_speaker_or_second_man_still_blocks(text: str) -> None:
    analysis = analyze(text)
    assert _by_source(analysis, "he").source_entity is None


@pytest.mark.parametrize(
    "text",
    [
        # a share of a crowd spoke ("twelve percent said"): many people, never one "she"
        "Asked about the plan, twelve percent said it was too costly. Mayor Rowan Tilly was "
        'unmoved. "We will build it anyway," she said.',
        "Asked about the plan, 41 percent of residents said it was too costly. Twelve percent "
        'said they liked it. Mayor Rowan Tilly was unmoved. "We will build it anyway," she '
        "said.",
    ],
)
def test_rivals_a_share_of_a_crowd_is_no_she(text: str) -> None:
    analysis = analyze(text)
    assert _name(analysis, _by_source(analysis, "she").source_entity) == "Rowan Tilly"


def test_rivals_one_unnamed_resident_still_blocks() -> None:
    # negative control: one resident spoke, and may be the "she"
    analysis = analyze(
        "Asked about the plan, one resident said it was too costly. Mayor Rowan Tilly was "
        'unmoved. "We will build it anyway," she said.'
    )
    assert _by_source(analysis, "she").source_entity is None


@pytest.mark.parametrize(
    ("text", "pronoun", "speaker"),
    [
        # a team's one plural word before its member's role, typed PERSON by the recogniser,
        # is no second person
        (
            'Later, in the clubhouse, Sparks guard Frankie Dunmore smiled. "This town waited '
            'long enough," she said.',
            "she",
            "Frankie Dunmore",
        ),
    ],
)
def test_rivals_a_team_before_its_member_is_no_person(
    text: str, pronoun: str, speaker: str
) -> None:
    analysis = analyze(text)
    assert _name(analysis, _by_source(analysis, pronoun).source_entity) == speaker


@pytest.mark.parametrize(
    "text",
    [
        # negative controls: a woman's surname before a role and another name is a person
        # ("Ross aide"), and two people stay two
        "Senator Ada Ross met Kit Varner on Monday. Later, Ross aide Frankie Dunmore smiled. "
        '"This town waited long enough," she said.',
        # a surname in "s" of a person named in full before
        "Kit Adams met Tomas Varner on Monday. Later, Adams aide Frankie Dunmore smiled. "
        '"This town waited long enough," she said.',
        'Later, in the clubhouse, Frankie Dunmore and Sasha Brill smiled. "This town waited '
        'long enough," she said.',
    ],
)
def test_rivals_a_surname_before_a_role_still_blocks(text: str) -> None:
    analysis = analyze(text)
    assert _by_source(analysis, "she").source_entity is None


@pytest.mark.parametrize(
    "text",
    [
        # a man named only as the owner of another person ("Tomas Varner's wife") is no
        # actor in the sentence: the subject before the pronoun is
        "Kelan Brody lifted the cup as Tomas Varner's wife cheered. \"We never stopped "
        'believing," he said.',
    ],
)
def test_rivals_an_owner_of_a_person_is_no_rival_of_the_subject(text: str) -> None:
    analysis = analyze(text)
    assert _name(analysis, _by_source(analysis, "he").source_entity) == "Kelan Brody"


@pytest.mark.parametrize(
    "text",
    [
        # negative controls: the quotation speaks of another man, who may be the owner
        "Kelan Brody lifted the cup as Tomas Varner's wife cheered. \"He never stopped "
        'believing," he said.',
        # the owner of a thing (a band), not of a person, stays a rival
        "Kelan Brody lifted the cup as Tomas Varner's band played. \"We never stopped "
        'believing," he said.',
    ],
)
def test_rivals_an_owner_spoken_of_or_of_a_thing_still_blocks(text: str) -> None:
    analysis = analyze(text)
    assert _by_source(analysis, "he").source_entity is None


def test_rivals_no_speaker_heads() -> None:
    """``_no_speaker``: a sign, or an unnamed head that is no noun (a verb the parse took for
    the source), had no speaker; a person noun, or a verb head resolved to a named person,
    did."""
    doc = build_pipeline()("A resident held a sign while the band played.")
    words = {t.text: t for t in doc}
    person = Entity(key="PERSON:ana ruiz", name="Ana Ruiz", type="PERSON")
    group = Entity(key="GROUP:band", name="band", type="GROUP")
    assert _no_speaker(words["sign"], None)
    assert _no_speaker(words["played"], None)
    assert _no_speaker(words["played"], group)
    assert not _no_speaker(words["played"], person)
    assert not _no_speaker(words["resident"], None)
    assert not _no_speaker(words["band"], group)


@pytest.mark.parametrize(
    ("text", "pronoun", "speaker"),
    [
        # a name in apposition to a subject that is a person noun is that subject ("the
        # Rovers manager Oakley Venn smiled"), not a mere modifier weighed as "other"
        (
            'Later, the Rovers manager Oakley Venn smiled. "This town waited long enough," '
            "he said.",
            "he",
            "Oakley Venn",
        ),
        (
            'Later, one local woman, Oakley Venn, stopped the mayor. "Do not forget us," she '
            "told him.",
            "she",
            "Oakley Venn",
        ),
    ],
)
def test_rivals_a_name_apposed_to_a_subject_is_that_subject(
    text: str, pronoun: str, speaker: str
) -> None:
    analysis = analyze(text)
    assert _name(analysis, _by_source(analysis, pronoun).source_entity) == speaker


def test_rivals_a_name_apposed_to_an_object_is_no_subject() -> None:
    # negative control: the apposed name is the object's, and the subject is another man
    analysis = analyze(
        'Later, Tomas Varner thanked the Rovers manager, Oakley Venn. "This town waited '
        'long enough," he said.'
    )
    assert _name(analysis, _by_source(analysis, "he").source_entity) in ("Tomas Varner", None)
