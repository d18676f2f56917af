"""What a figure counts where the sentence names it in a shape issue 17 lists (fig43): names
set beside a bare number ("the other two, A and B"), time left "as" a role, time lived
"there", events counted "of" what they happened to, and a verb whose object is part of the
act ("shook hands"); and, as controls, near sentences that must stay as they are (a bare
"the two", a score, a year, a date, an age, an agent with a real object). Every sentence is
invented for these tests (published 2026-02-01)."""

from __future__ import annotations

import pytest
from quantity_figures import figure as _figure
from quantity_figures import figures as _figures

pytestmark = pytest.mark.model


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        (
            "The two, Ana Ruiz and Tom Blake, founded the firm in 2009.",
            "two",
            "Ana Ruiz and Tom Blake",
        ),
        (
            "The other two, Ana Ruiz and Tom Blake, had their best debates.",
            "two",
            "Ana Ruiz and Tom Blake",
        ),
        (
            "All three, Ana Ruiz, Tom Blake and Lee Park, voted against the plan.",
            "three",
            "Ana Ruiz, Tom Blake and Lee Park",
        ),
        (
            "Ruiz, with two years left as governor, signed the bill.",
            "two years",
            "time left as governor",
        ),
        ("She has lived there for 20 years.", "20 years", "residence"),
        ("They have lived here for 12 years.", "12 years", "residence"),
        ("There were four deployments of the safety car during the race.", "four", "safety car"),
        ("Police made three arrests of journalists on Monday.", "three", "journalists"),
    ],
)
def test_counted_names_what_the_sentence_says(text: str, written: str, about: str) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        # names not as many as the number: no guess at which of them are counted
        ("The other two, Ana Ruiz, Tom Blake and Lee Park, had their best debates.", "two", None),
        # nothing in the sentence names the two
        ("The two met at a chess club in 2009.", "two", None),
        ("Ruiz, with two years left, signed the bill.", "two years", None),
        ("With 10 days to go, the race is open.", "10 days", None),
        ("They lived together for 12 years.", "12 years", None),
        ("He lived in poverty for 20 years.", "20 years", None),
        ("There were four deployments last year.", "four", None),
        # the figure counts the object itself
        ("The deployment of four ships was approved.", "four", "ships"),
        # a casualty of a war is no casualty the war had
        ("There were 300 casualties of the war.", "300", None),
        ("Ruiz, 54, signed the bill.", "54", "Ruiz"),
    ],
)
def test_counted_controls_stay(text: str, written: str, about: str | None) -> None:
    assert _figure(text, written).about == about


@pytest.mark.parametrize(
    ("text", "written", "measure"),
    [
        ("The two leaders shook hands before the talks.", "two", "shake hands"),
        ("The two men shook hands and left.", "two", "shake hands"),
        ("The two rivals traded insults on stage.", "two", "trade insults"),
        # controls: the verb happened to its object; or a verb of its own
        ("Three officers arrested two men.", "Three", None),
        ("The two men shook the tree.", "two", None),
        ("The two men met in Geneva.", "two", "meet"),
    ],
)
def test_measure_of_a_verb_with_its_own_object(
    text: str, written: str, measure: str | None
) -> None:
    assert _figure(text, written).measure == measure


@pytest.mark.parametrize(
    "text",
    [
        "United won 3-1 on Sunday.",
        "She was born in 1990.",
        "The vote was held on March 3, 2024.",
    ],
)
def test_scores_years_and_dates_name_nothing_new(text: str) -> None:
    assert all(q.about is None for q in _figures(text))


@pytest.mark.parametrize(
    ("text", "written", "about"),
    [
        (
            "The plan forces the three candidates to follow strict rules. Yet all three have "
            "skipped the debates.",
            "three",
            "candidates",
        ),
        ("Police stopped two men near the bridge. The two were later released.", "two", "men"),
        (
            "Two officers were hurt in the clash. Doctors said the two were stable.",
            "two",
            "officers",
        ),
        # controls: no earlier count of as many things; an earlier count too far back
        (
            "The city bought four buses in May. The mayor said the three would arrive soon.",
            "three",
            None,
        ),
        (
            "Police stopped two men near the bridge. The river was high. Rain fell all day. "
            "Roads were shut. The two were later released.",
            "two",
            None,
        ),
    ],
)
def test_counted_the_n_stands_for_a_count_of_as_many_before(
    text: str, written: str, about: str | None
) -> None:
    matching = [q for q in _figures(text) if q.text == written]
    assert matching[-1].about == about
