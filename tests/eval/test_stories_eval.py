"""The story grouping scorer (eval/stories.py), on articles written for these tests."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pytest

from newsclaims.eval.stories import bcubed, leave_one_story_out, over_orders
from newsclaims.model import Analysis, Article, Entity, Mention
from newsclaims.reconcile.stories import Weights, profile

FIRE = (
    "A fire at the Port Vell fuel depot killed three workers on Monday, the harbour "
    "authority said. Firefighters fought the blaze at the depot for hours.",
    "The death toll from the Port Vell depot fire rose to seven, the harbour authority "
    "said, as firefighters searched the burnt fuel tanks.",
    "Firefighters at the Port Vell depot put out the last of the fire that killed seven "
    "workers, and the harbour authority opened an inquiry into the blaze.",
)
CHOCOLATE = (
    "Toblerone has widened the gaps between the triangles of its chocolate bars, and fans "
    "of the Swiss sweet are angry about the smaller bars.",
    "Fans of Toblerone chocolate complained that the new bars, with wider gaps between the "
    "triangles, are smaller for the same price.",
)


def _analysis(text: str, name: str, kind: str) -> Analysis:
    key = f"{kind}:{name.lower()}"
    at = text.index(name)
    return Analysis(
        article=Article(text=text, published=date(2026, 6, 1)),
        entities=(Entity(key=key, name=name, type=kind),),
        mentions=(Mention(at, at + len(name), name, key, kind),),
    )


def _articles() -> tuple[list[Analysis], list[str]]:
    fires = [_analysis(t, "Port Vell", "GPE") for t in FIRE]
    bars = [_analysis(t, "Toblerone", "ORG") for t in CHOCOLATE]
    return [fires[0], bars[0], fires[1], bars[1], fires[2]], ["f", "c", "f", "c", "f"]


@pytest.mark.parametrize(
    ("predicted", "p", "r"),
    [
        ([1, 1, 2, 2], 1.0, 1.0),
        ([1, 1, 1, 1], 0.5, 1.0),
        ([1, 2, 3, 4], 1.0, 0.5),
    ],
)
def test_stories_eval_bcubed_scores_merges_and_splits(
    predicted: list[int], p: float, r: float
) -> None:
    score = bcubed(predicted, ["a", "a", "b", "b"])
    assert (score.p, score.r) == (p, r)


def test_stories_eval_over_orders_reports_mean_and_worst_over_shuffles() -> None:
    analyses, gold = _articles()
    profiles = [profile(a) for a in analyses]
    result = over_orders(profiles, gold, Weights(), orders=4)
    assert result["orders"] == 4
    for key in ("shipped", "leave_one_story_out"):
        assert 0.0 <= result[key]["worst_f1"] <= result[key]["mean_f1"] <= 1.0
    assert result["shipped"] == {"mean_f1": 1.0, "worst_f1": 1.0}
    # a join nothing reaches splits every story, in every order
    apart = over_orders(profiles, gold, Weights(join=2.0), orders=3)
    assert apart["shipped"]["worst_f1"] < 1.0


def test_stories_eval_leave_one_story_out_never_scores_a_story_with_its_own_choice() -> None:
    gold = ["a", "a", "b", "b"]
    seen: list[tuple[float, tuple[int, ...]]] = []

    def run(threshold: float, among: Sequence[int]) -> list[int]:
        seen.append((threshold, tuple(among)))
        return [1 if i < 2 else 2 for i in among]

    total, folds = leave_one_story_out(gold, [0.1, 0.2], run)
    assert [f["story"] for f in folds] == ["a", "b"]
    # thresholds are chosen on the other story alone (of ties the highest), then everyone
    # is grouped with the choice
    assert {(0.1, (2, 3)), (0.2, (2, 3)), (0.1, (0, 1)), (0.2, (0, 1))} <= set(seen)
    assert [f["config"] for f in folds] == [0.2, 0.2]
    assert total.f1 == 1.0
