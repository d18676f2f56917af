"""First-pass attribution on sentences written for these tests."""

from __future__ import annotations

import pytest

from newsclaims import analyze
from newsclaims.model import Claim

pytestmark = pytest.mark.model


def _claims(text: str) -> list[Claim]:
    return list(analyze(text).claims)


@pytest.mark.parametrize(
    ("text", "source", "stance", "kind", "content_has"),
    [
        (
            '"We will rebuild every house," the governor said.',
            "the governor",
            "quoted",
            "direct",
            "rebuild every house",
        ),
        (
            "The ministry denied that troops had crossed the border.",
            "The ministry",
            "denied",
            "indirect",
            "troops had crossed",
        ),
        (
            "Officials estimate that 300 homes were destroyed.",
            "Officials",
            "estimated",
            "indirect",
            "300 homes",
        ),
        (
            "Analysts suggest the merger could collapse.",
            "Analysts",
            "hedged",
            "indirect",
            "merger could collapse",
        ),
        (
            "The company has not disclosed the price of the deal.",
            "The company",
            "undisclosed",
            "indirect",
            "price of the deal",
        ),
        (
            "The agency could not independently verify the video.",
            "The agency",
            "unverified",
            "indirect",
            "the video",
        ),
        (
            "According to the police, the driver fled the scene.",
            "the police",
            "reported",
            "according_to",
            "the driver fled",
        ),
        (
            "Ms Park told reporters that the plan was final.",
            "Ms Park",
            "reported",
            "indirect",
            "the plan was final",
        ),
        (
            "The union confirmed that the strike would go ahead.",
            "The union",
            "confirmed",
            "indirect",
            "strike would go ahead",
        ),
        (
            "Economists expect inflation to fall next year.",
            "Economists",
            "expected",
            "indirect",
            "inflation to fall",
        ),
    ],
)
def test_attribution_finds_source_stance_and_content(
    text: str, source: str, stance: str, kind: str, content_has: str
) -> None:
    claims = _claims(text)
    assert claims, f"no claim in {text!r}"
    claim = claims[0]
    assert claim.source is not None and claim.source.text == source
    assert claim.stance.value == stance
    assert claim.kind.value == kind
    assert content_has in claim.text


def test_attribution_conjoined_sources_each_get_the_claim() -> None:
    claims = _claims("Brazil and Argentina rejected the new tariff on Monday.")
    assert sorted(c.source.text for c in claims if c.source) == ["Argentina", "Brazil"]
    assert all(c.stance.value == "denied" for c in claims)


def test_attribution_pronoun_source_resolves_to_the_person() -> None:
    analysis = analyze("Maria Santos arrived late to the meeting. She said the talks had failed.")
    [claim] = [c for c in analysis.claims if c.source and c.source.text == "She"]
    assert claim.source_entity == "PERSON:maria santos"


def test_attribution_nested_claim_keeps_its_own_source() -> None:
    claims = _claims("The Daily Star noted it could not independently verify the footage.")
    stances = {c.stance.value for c in claims}
    assert stances == {"reported", "unverified"}
    inner = next(c for c in claims if c.stance.value == "unverified")
    assert inner.source is not None and inner.source.text == "it"
    assert inner.source_entity is not None and "daily star" in inner.source_entity


def test_attribution_anonymous_source_is_marked() -> None:
    [claim] = _claims("Officials said the bridge would stay closed.")
    assert claim.anonymous is True


def test_attribution_passive_subject_is_not_a_source_unless_named() -> None:
    [claim] = _claims("The trial is expected to last four weeks.")
    assert claim.stance.value == "expected"
    assert claim.source is None


def test_attribution_weak_cue_needs_a_complement() -> None:
    assert _claims("She wrote a letter to her brother.") == []


def test_attribution_quote_before_the_cue_is_the_content() -> None:
    text = "“The country will provide for you,” Kim said."
    [claim] = _claims(text)
    assert claim.kind.value == "direct"
    assert claim.text.startswith("“The country")
