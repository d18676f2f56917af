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
