"""Numbers that are no figures (issue 17, figures19): a model named by its number elsewhere in
the article ("the 737" after "Airbus ... Boeing 737"), "one" in a phrase that says when or how
("late one night", "for one thing", "with one hand"). Every sentence is written for these tests
(published 2026-02-01); the shapes come from PolNeAR train labels (f18)."""

from __future__ import annotations

import pytest
from quantity_figures import figures

pytestmark = pytest.mark.model


def _written(text: str) -> list[str]:
    return [q.text for q in figures(text)]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        (
            "The charity bought an old Boeing 737 last spring. Volunteers repainted the 737 "
            "over the winter.",
            "737",
        ),
        (
            "The airline still flies a Boeing 767 on the route. Its pilots call the 767 "
            "a workhorse.",
            "767",
        ),
        (
            "The museum keeps a Fokker 100 in its hangar. Selling a 30-year-old 100 is "
            "hard, the curator said.",
            "100",
        ),
        (
            "The airline flies a Boeing 757 to Paris. The senator keeps his private 757 in Reno.",
            "757",
        ),
        ("Late one night in March, the harbour lights went out.", "one"),
        ("Early one morning the ferry left without its captain.", "one"),
        ("For one thing, the bridge would cost too much.", "one"),
        ("With one hand on the rail, the skipper waved to the crowd.", "one"),
        ("Balancing on one foot, the dancer bowed.", "one"),
    ],
)
def test_counted_a_number_that_counts_nothing_is_no_figure(text: str, number: str) -> None:
    assert number not in [w.split()[0] for w in _written(text)]


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("The charity bought 737 blankets for the shelter.", "737"),
        ("The airline ordered 767 seats. Its pilots flew 767 passengers.", "767"),
        ("The prisoner spent one night in the cells.", "one"),
        ("Snow lay one foot deep on the pass.", "one foot"),
        ("The storm left one foot of snow on the pass.", "one foot"),
        ("Only one thing was saved from the fire.", "one"),
    ],
)
def test_counted_a_real_count_stays_a_figure(text: str, written: str) -> None:
    assert written in _written(text)


# The review of figures19 (fix36c): the same digits after a name elsewhere make a bare number a
# model only when it is used like a noun; a count after a road or a law's number stays.


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("Traffic on Route 101 was halted. The crash left 101 injured, police said.", "101"),
        ("The jet was a Boeing 737. In all, 737 were evacuated from the terminal.", "737"),
        ("Protesters marched on Highway 401 on Sunday. Police said 401 were arrested.", "401"),
        (
            "Under Proposition 187, schools would check papers. The measure passed with 187 "
            "in favour.",
            "187",
        ),
    ],
)
def test_counted_a_count_with_the_digits_of_a_name_elsewhere_stays(text: str, written: str) -> None:
    assert written in [w.split()[0] for w in _written(text)], _written(text)


@pytest.mark.parametrize(
    "text",
    [
        "The airline flies a Boeing 757 to Paris. While the 757 might seem old, it is loved.",
        "The airline flies a Boeing 757 to Paris. The senator said his 757 was a great aircraft.",
        "The museum keeps a Boeing 757 outdoors. Volunteers take care of the 757 each week.",
    ],
)
def test_counted_a_model_as_subject_or_after_of_stays_no_figure(text: str) -> None:
    assert "757" not in [w.split()[0] for w in _written(text)], _written(text)
