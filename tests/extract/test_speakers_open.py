"""He/she sources that must stay open although one person of their gender is named just before
them (issue 16, session 50), on sentences written for these tests.

The shape "'...,' Tom Reyes said. <one more sentence>. <Carl Vance does something>. '...,' he
said" gave only right speakers for the lone subject on PolNeAR train when an older speaker was
let go (session 50, read by hand), yet the same shape names the dead, the injured and the
accused when the story has turned to them: the older speaker's claim keeps the pronoun open
(``Speakers._lone_subject_person``)."""

from __future__ import annotations

import pytest
from speaker_checks import by_source as _by_source
from speaker_checks import entity_name as _name

from newsclaims import analyze

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    "text",
    [
        # the one spoken of after an older speaker's claim and a sentence between: a victim
        '"The storm was brutal," mayor Tom Reyes said on Monday. The storm hit the coast at '
        'night. Among the dead was Paul Hart, 45. "He helped everyone," he said.',
        '"The storm was brutal," mayor Tom Reyes said on Monday. The storm hit the coast at '
        'night. Among the injured was Paul Hart, a firefighter. "He is stable," he said.',
        # the accused, whose lawyer spoke before
        '"The case is weak," lawyer Tom Reyes said. The trial opened in May. Carl Vance sat '
        'silently in the dock. "We will appeal," he said.',
        # a bystander after the speaker and one more sentence
        '"We will win," coach Tom Reyes said. The fans cheered. Later, Carl Vance, the '
        'captain, watched from the stands. "It was hard," he said.',
    ],
)
def test_open_an_older_speaker_keeps_a_lone_subject_from_the_pronoun(text: str) -> None:
    analysis = analyze(text)
    claim = _by_source(analysis, "he")
    assert _name(analysis, claim.source_entity) in {"Tom Reyes", None}
