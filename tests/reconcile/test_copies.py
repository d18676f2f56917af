"""SimHash near-duplicates."""

from __future__ import annotations

import pytest

from newsclaims.reconcile.copies import bands, distance, simhash

STORY = (
    "The central bank held interest rates at four percent on Thursday, saying inflation had "
    "eased but remained above its target, and signalled that cuts could come next year. "
    "Governor Lena Ortiz told reporters that the board had discussed a cut but decided the "
    "labour market was still too tight. Markets had expected the decision, and the currency "
    "barely moved. Economists at three of the largest banks said they now expect the first "
    "cut in March, while the finance ministry welcomed what it called a prudent pause. The "
    "bank will publish new forecasts next month, with growth expected to slow to one percent."
)


def test_copies_small_edits_stay_close() -> None:
    """Wire copy with a new first word or one word changed: a few bits at most."""
    assert distance(simhash(STORY), simhash("UPDATED: " + STORY)) <= 5
    assert distance(simhash(STORY), simhash(STORY.replace("Thursday", "Wednesday"))) <= 5


def test_copies_different_stories_are_far() -> None:
    other = "Floods cut off three villages in the north after a week of heavy rain, officials said."
    assert distance(simhash(STORY), simhash(other)) > 10


def test_copies_bands_cover_the_hash() -> None:
    value = simhash(STORY)
    rebuilt, shift = 0, 0
    for band, width in zip(bands(value), (11, 11, 11, 11, 10, 10), strict=True):
        rebuilt |= band << shift
        shift += width
    assert rebuilt == value


def test_copies_simhash_of_a_huge_text_reads_its_analysed_part_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A 19 MB one-line text took 83 s and 1 GB here (issue 21): only the part that is
    analysed (MAX_ARTICLE_CHARS) is hashed, so the cost no longer grows with the input."""
    from newsclaims import settings  # noqa: PLC0415
    from newsclaims.reconcile import copies  # noqa: PLC0415

    calls = [0]
    real = copies.hashlib.blake2b

    def counting(data: bytes, digest_size: int) -> object:
        calls[0] += 1
        return real(data, digest_size=digest_size)

    monkeypatch.setattr(copies.hashlib, "blake2b", counting)
    huge = STORY * (2_000_000 // len(STORY))
    value = simhash(huge)
    assert calls[0] <= settings.MAX_ARTICLE_CHARS // 2
    assert value == simhash(huge[: settings.MAX_ARTICLE_CHARS])
