"""A "he"/"she" source is not given to a person who, in the window before it, was only the one
an act was done to (issue 16, session 50: ``Speakers._only_acted_on``, ``patient_verbs.tsv``),
on sentences written for these tests. The arrested, charged, shot or injured are spoken of;
the one who speaks next is more likely someone the entities missed. A person who was also a
subject or a speaker there, or who was addressed ("Reporters asked ..."), keeps the pronoun.
Only the ranking abstains: a lone passive subject with nobody else named before it is still
taken by ``_lone_subject_person`` ("Carl Vance was injured ... He said", test_speakers.py)."""

from __future__ import annotations

import pytest

from newsclaims import analyze
from newsclaims.model import Analysis, Claim

pytestmark = pytest.mark.model


def _by_source(analysis: Analysis, source: str) -> Claim:
    found = [c for c in analysis.claims if c.source is not None and c.source.text == source]
    assert found, f"no claim with the source {source!r}: {analysis.claims}"
    return found[-1]


def _speaker(text: str) -> str | None:
    analysis = analyze(text)
    claim = _by_source(analysis, "He")
    return next((e.name for e in analysis.entities if e.key == claim.source_entity), None)


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested Carl Vance in Delvin on Monday. He said the arrest was lawful.",
        "Officers charged Carl Vance with fraud on Friday. He said the case was strong.",
        # a passive subject, another man named before (no lone subject either)
        "Tom Reyes opened a bakery in Delvin in 2019. The town grew fast. Carl Vance was "
        "charged with fraud on Friday. He said the case was strong.",
        "Among the injured was Paul Hart, a firefighter. He said the fire spread fast.",
    ],
)
def test_acted_on_only_leaves_the_pronoun_open(text: str) -> None:
    assert _speaker(text) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # addressed, not acted on: he answers
        ("Reporters asked Carl Vance about the fine. He said the fine was unfair.", "Carl Vance"),
        ("The paper interviewed Carl Vance on Monday. He said the fine was unfair.", "Carl Vance"),
        # the doer of the act, not the one it was done to
        (
            "Carl Vance sued the city of Delvin on Monday. He said the fine was unfair.",
            "Carl Vance",
        ),
        # acted on, but also a subject in the window
        (
            "Police arrested Carl Vance on Monday. Vance hired a lawyer in Delvin. He said the "
            "arrest was unlawful.",
            "Carl Vance",
        ),
        # the act was not done
        (
            "Prosecutors did not charge Carl Vance on Friday. He said the case was weak.",
            "Carl Vance",
        ),
        # an object of a verb that is no act done to him
        ("Voters elected Carl Vance in May. He said the result was fair.", "Carl Vance"),
    ],
)
def test_not_only_acted_on_keeps_the_pronoun(text: str, name: str) -> None:
    assert _speaker(text) == name
