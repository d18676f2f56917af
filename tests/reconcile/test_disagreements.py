"""Reconciliation on hand-built figures and claims, and end to end through the store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from newsclaims import analyze, ingest, settings, views
from newsclaims.model import TOPIC_TYPE, Disagreement, DisagreementKind
from newsclaims.reconcile import (
    ClaimRow,
    FigureRow,
    disagreements,
    entity_keys,
    find_disagreements,
    rows_from_analysis,
)
from newsclaims.reconcile.disagreements import counts_nothing, figure_disagreements, interval
from newsclaims.store import SqlStore
from newsclaims.store.items import Filters


def _figure(
    value: float,
    bound: str,
    measure: str,
    source: str,
    article: str = "a",
    day: int = 1,
    unit: str | None = None,
    scope: str | None = None,
) -> FigureRow:
    return FigureRow(
        article, int(value) % 97, int(value) % 97 + 3, f"{bound} {value:g}", value, None, None,
        bound, "flood victims", measure, source, date(2026, 3, day), unit, scope=scope,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("bound", "value", "low", "high"),
    [
        ("exact", 10, 10, 10),
        ("approx", 100, 80, 120),
        ("at_least", 5, 5, float("inf")),
        ("at_most", 5, 0, 5),
    ],
)
def test_interval_from_bound(bound: str, value: float, low: float, high: float) -> None:
    assert interval(_figure(value, bound, "killed", "x")) == pytest.approx((low, high))


def test_figures_that_cannot_both_be_true_conflict() -> None:
    found = find_disagreements(
        [
            _figure(40, "about", "killed", "Police"),
            _figure(90, "exact", "killed", "Red Cross", "b"),
        ],
        [],
    )
    # "about" is not a bound name: unknown bounds are read as exact
    [d] = found
    assert d.kind == "figures_conflict" and d.comparable
    assert set(d.between) == {"Police", "Red Cross"}


def test_overlapping_figures_do_not_conflict() -> None:
    assert (
        find_disagreements(
            [_figure(100, "approx", "killed", "A"), _figure(110, "exact", "killed", "B", "b")], []
        )
        == []
    )
    assert (
        find_disagreements(
            [_figure(100, "more_than", "killed", "A"), _figure(300, "exact", "killed", "B", "b")],
            [],
        )
        == []
    )


def test_later_figure_from_the_same_source_is_an_update() -> None:
    [d] = find_disagreements(
        [
            _figure(40, "exact", "killed", "Police", "b", day=5),
            _figure(12, "exact", "killed", "Police", "a", day=2),
        ],
        [],
    )
    assert d.kind == "figure_update"
    assert [e.text for e in d.evidence] == ["exact 12", "exact 40"]


def test_different_measures_are_related_not_comparable() -> None:
    [d] = find_disagreements(
        [_figure(600, "approx", "killed", "A"), _figure(6000, "more_than", "casualties", "B", "b")],
        [],
    )
    assert d.kind == "not_comparable" and d.comparable is False
    assert "can both be true" in d.why


@pytest.mark.parametrize("other", ["deployed", "injured"])
def test_unrelated_measures_are_not_compared(other: str) -> None:
    # nobody takes the killed and the injured for one count: no row for each such pair
    assert (
        find_disagreements(
            [_figure(600, "exact", "killed", "A"), _figure(15000, "exact", other, "B", "b")],
            [],
        )
        == []
    )


def _claim(stance: str, source: str, sentence: int, text: str, article: str = "a") -> ClaimRow:
    return ClaimRow(
        article,
        0,
        len(text),
        text,
        stance,
        source,
        sentence,
        frozenset({"GPE:x"}),
        date(2026, 3, 1),
    )


def test_denial_then_confirmation_by_the_same_source() -> None:
    claims = [
        _claim("denied", "Ministry", 4, "troops crossed the border"),
        _claim("confirmed", "Ministry", 4, "the presence of troops"),
    ]
    [d] = find_disagreements([], claims)
    assert d.kind == "denied_then_confirmed"


def test_denial_against_confirmation_across_articles() -> None:
    claims = [
        _claim("denied", "Ministry", 1, "soldiers crossed the northern border overnight"),
        _claim(
            "confirmed",
            "Observers",
            7,
            "soldiers crossed the northern border overnight",
            article="b",
        ),
        _claim("confirmed", "Observers", 8, "the harvest festival opened", article="c"),
    ]
    [d] = find_disagreements([], claims)
    assert d.kind == "denied_vs_confirmed"
    assert d.between == ("Ministry", "Observers")


@pytest.mark.model
def test_disagreements_across_articles_in_the_store(
    tmp_path: Path, write_article: Callable[..., None]
) -> None:
    write_article(
        tmp_path, "a",
        "Police said at least 40 people were killed in the floods in Marlow on Monday.",
        "2026-03-03", "Daily A",
    )  # fmt: skip
    write_article(
        tmp_path, "b",
        "The Red Cross said 12 people were killed in the floods in Marlow, far fewer than feared.",
        "2026-03-04", "Daily B",
    )  # fmt: skip
    store = SqlStore(f"sqlite:///{tmp_path / 'r.db'}")
    try:
        ingest([str(tmp_path)], store)
        found = views.disagreements(store, Filters(about="people")).rows
        assert [d["kind"] for d in found] == ["figures_conflict"]
        assert set(found[0]["between"]) == {"Police", "Red Cross"}
        assert {s["outlet"] for s in found[0]["sides"]} == {"Daily A", "Daily B"}
    finally:
        store.close()


@pytest.mark.model
def test_a_rising_toll_with_ages_parts_and_an_old_crash_has_no_false_conflict(
    tmp_path: Path, write_article: Callable[..., None]
) -> None:
    """Reports of one crash, written for this test: a toll that rises with bounds, victims'
    ages, parts of the injured, an earlier crash's toll and two counts that share a verb."""
    reports = [
        "Several people were killed when a tram overturned in Marlow, police said. Rescuers "
        "freed five people from the wreckage.",
        "At least five people died in the Marlow tram crash, the ambulance service said. Ana "
        "Ruiz, 57, was among the dead. Forty people were injured, four of them seriously.",
        "Police said at least seven people were killed in Marlow. It was the worst tram crash "
        "since 1959, when 12 people died. In 2004, nine people were killed in a rail crash.",
        "Seven people were killed in the Marlow tram crash. A man aged 62 died in hospital. "
        "Forty people were injured. Firefighters freed two people.",
    ]
    for day, (outlet, text) in enumerate(zip("ABCD", reports, strict=True), start=3):
        write_article(tmp_path, outlet, text, f"2026-03-0{day}", f"Daily {outlet}")
    store = SqlStore(f"sqlite:///{tmp_path / 'r.db'}")
    try:
        ingest([str(tmp_path)], store)
        assert views.disagreements(store).rows == []
        killed = views.figures(store, Filters(measure="dead")).rows
        assert {r["text"] for r in killed if r["scope"] == "total"} == {
            "Several", "At least five", "at least seven", "Seven",
        }  # fmt: skip
        assert {r["text"] for r in killed if r["scope"] == "context"} == {"12", "nine"}
        ages = views.figures(store, Filters(measure="age")).rows
        assert sorted(r["value"] for r in ages) == [57, 62]
    finally:
        store.close()


def test_a_revised_figure_is_not_compared_with_other_sources() -> None:
    found = find_disagreements(
        [
            _figure(3, "exact", "killed", "Fire officials", "a", day=1),
            _figure(7, "exact", "killed", "fire officials", "b", day=2),
            _figure(12, "exact", "killed", "Union", "c", day=2),
        ],
        [],
    )
    kinds = sorted((d.kind, tuple(sorted(e.text for e in d.evidence))) for d in found)
    assert kinds == [
        ("figure_update", ("exact 3", "exact 7")),
        ("figures_conflict", ("exact 12", "exact 7")),
    ]


def test_a_figure_conflicts_with_what_was_current_when_it_was_said() -> None:
    # day 2: the office contradicts the prosecutors' figure of the time; day 3: the
    # prosecutors revise theirs to agree: the conflict happened and is shown, once
    found = find_disagreements(
        [
            _figure(200_000, "approx", "receive", "Prosecutors", "a", day=1, unit="EUR"),
            _figure(450_000, "more_than", "receive", "Office", "b", day=2, unit="EUR"),
            _figure(450_000, "approx", "receive", "Prosecutors", "c", day=3, unit="EUR"),
        ],
        [],
    )
    assert sorted(d.kind for d in found) == ["figure_update", "figures_conflict"]


def test_the_same_figure_from_several_outlets_is_one_disagreement() -> None:
    found = find_disagreements(
        [
            _figure(3, "exact", "killed", "Fire officials", "wire", day=1),
            _figure(3, "exact", "killed", "Fire officials", "herald", day=1),
            _figure(12, "exact", "killed", "Union", "voice", day=1),
        ],
        [],
    )
    assert [d.kind for d in found] == ["figures_conflict"]


def _loose(value: float, measure: str, source: str, about: str | None, entities: set[str],
           unit: str | None = None, article: str = "x") -> FigureRow:  # fmt: skip
    return FigureRow(
        article, int(value) % 89, int(value) % 89 + 2, f"{value:g}", value, None, None, "exact",
        about, measure, source, date(2026, 3, 1), unit, frozenset(entities),
    )  # fmt: skip


def test_figures_that_name_nothing_they_count_meet_through_their_entities() -> None:
    found = find_disagreements(
        [
            _loose(7, "killed", "Fire officials", "workers", {"port vell"}, article="a"),
            _loose(52, "casualties", "Health agency", None, {"port vell"}, article="b"),
            _loose(200_000, "receive", "Prosecutors", "bribes", {"lindqvist"}, "EUR", "c"),
            _loose(450_000, "receive", "Office", None, {"lindqvist"}, "EUR", "d"),
            # same entity but another unit: not compared; workers and firefighters both name
            # what they count, so they are not compared with each other
            _loose(9, "receive", "Office", None, {"lindqvist"}, "percent", "e"),
            _loose(40, "killed", "Union", "firefighters", {"port vell"}, article="f"),
        ],
        [],
    )
    assert sorted((d.kind, frozenset(d.between)) for d in found) == sorted(
        [
            ("not_comparable", frozenset({"Fire officials", "Health agency"})),
            ("not_comparable", frozenset({"Union", "Health agency"})),
            ("figures_conflict", frozenset({"Prosecutors", "Office"})),
        ]
    )


def test_entity_keys_match_across_types_and_by_surname() -> None:
    assert entity_keys("Port Vell", "GPE") == entity_keys("Port Vell", "FAC") == {"port vell"}
    assert "lindqvist" in entity_keys("Erik Lindqvist", "PERSON")
    assert entity_keys("Meridian Chemicals", "ORG") == {"meridian chemicals"}


def test_denial_against_another_sources_statement() -> None:
    def row(stance: str, source: str, text: str, article: str, keys: set[str]) -> ClaimRow:
        return ClaimRow(
            article, 0, len(text), text, stance, source, 0, frozenset(keys), date(2026, 3, 1)
        )

    claims = [
        row("reported", "Prosecutors", "Minister Ann Berg received 9,000 euros from a builder",
            "a", {"ann berg"}),
        # a first-person denial: about its source, whose surname matches
        row("denied", "Ann Berg", "that she had received money from the builder", "b", set()),
        # shares the entity but not the content; and the denier's own statement
        row("reported", "Auditors", "Berg chaired the housing committee", "c", {"berg"}),
        row("reported", "Ann Berg", "she received a pension from the builder fund", "d", set()),
        # a statement that negates the same content agrees with the denial
        row("reported", "Auditors", "Berg never received money from the builder", "e",
            {"berg"}),
    ]  # fmt: skip
    [d] = find_disagreements([], claims)
    assert (d.kind, d.between) == ("denied_vs_claimed", ("Ann Berg", "Prosecutors"))


def _stated(stance: str, source: str, text: str, article: str) -> ClaimRow:
    return ClaimRow(
        article, 0, len(text), text, stance, source, 0, frozenset({"merger"}), date(2026, 3, 1)
    )


def test_a_denied_cause_is_not_contradicted_by_a_time_or_context() -> None:
    denial = _stated("denied", "Kelvo", "the price rise is tied to the merger", "a")
    claims = [
        denial,
        # the merger named after a context link: when, not why
        _stated("asserted", "Daily Post",
              "the price rise came because of higher fuel costs in the wake of the merger", "b"),
        _stated("reported", "Analysts", "the price rise followed the merger", "c"),
        # the merger named as the cause: a real disagreement
        _stated("reported", "Unions", "the price rise was blamed on the merger", "d"),
    ]  # fmt: skip
    [d] = find_disagreements([], claims)
    assert (d.kind, d.between) == ("denied_vs_claimed", ("Kelvo", "Unions"))


@pytest.mark.parametrize(("stance", "found"), [("unverified", 0), ("denied", 1)])
def test_a_doubt_is_no_denial_of_what_others_claim(stance: str, found: int) -> None:
    # "Many residents questioned whether ..." gives an unverified claim, which no claim
    # contradicts; a denial of the same words does disagree
    claims = [
        _stated(stance, "Residents", "whether the merger raised the price of the jars", "a"),
        _stated("reported", "Kelvo", "the merger raised the price of the jars", "b"),
    ]
    assert len(find_disagreements([], claims)) == found


def test_a_context_link_nearer_than_a_cause_link_decides_and_confirmations_too() -> None:
    claims = [
        _stated("denied", "Kelvo", "the price rise was due to the merger", "a"),
        _stated("confirmed", "Daily Post", "the price rise was due to costs after the merger", "b"),
        _stated("confirmed", "Unions", "the price rise after May was due to the merger", "c"),
    ]
    [d] = find_disagreements([], claims)
    assert (d.kind, d.between) == ("denied_vs_confirmed", ("Kelvo", "Unions"))


def test_a_denial_naming_no_cause_is_compared_as_before() -> None:
    claims = [
        _stated("denied", "Kelvo", "prices rose after the merger", "a"),
        _stated("reported", "Unions", "prices rose after the merger", "b"),
    ]
    [d] = find_disagreements([], claims)
    assert d.between == ("Kelvo", "Unions")


def test_a_denial_contradicts_a_suggestion_of_the_same_cause() -> None:
    claims = [
        _stated("denied", "Kelvo", "the price rise is tied to the merger", "a"),
        _stated("hedged", "Unions", "the price rise was related to the merger", "b"),
        _stated("expected", "Analysts", "the price rise will be tied to the merger", "c"),
    ]
    [d] = find_disagreements([], claims)
    assert (d.kind, d.between) == ("denied_vs_claimed", ("Kelvo", "Unions"))
    assert d.why == "Kelvo denies what Unions suggests"


def test_a_denial_of_a_past_fact_does_not_contradict_a_possibility() -> None:
    claims = [
        _stated("denied", "Kelvo", "the strike raised the fares on the northern line", "a"),
        # a possibility: both can hold
        _stated("hedged", "Unions", "the strike could raise the fares on the northern line", "b"),
        # a hedge on the past fact: the denial contradicts it
        _stated("hedged", "Riders", "the strike may have raised the fares on the northern line",
              "c"),
    ]  # fmt: skip
    [d] = find_disagreements([], claims)
    assert (d.kind, d.between) == ("denied_vs_claimed", ("Kelvo", "Riders"))
    assert d.why == "Kelvo denies what Riders suggests"


def test_a_context_link_hides_a_cause_only_when_it_governs_it() -> None:
    claims = [
        _stated("denied", "Kelvo", "the fare rise was caused by the merger", "a"),
        # "after" opens another phrase: the merger is named as the cause further on
        _stated("reported", "Analysts",
              "after a long study they found the merger caused the fare rise", "b"),
        # "after the proposed merger": when, not why
        _stated("reported", "Daily Post", "the fare rise came after the proposed merger", "c"),
    ]  # fmt: skip
    [d] = find_disagreements([], claims)
    assert (d.kind, d.between) == ("denied_vs_claimed", ("Kelvo", "Analysts"))


def test_a_negated_auxiliary_is_no_content_word() -> None:
    claims = [
        # "didn't" is no word "didn": "the mayor signed it" holds two of three content words
        _stated("denied", "Kelvo", "the mayor didn't sign the contract", "a"),
        _stated("reported", "Unions", "the mayor signed it", "b"),
    ]
    [d] = find_disagreements([], claims)
    assert d.between == ("Kelvo", "Unions")


def test_content_words_are_read_without_marks_and_conjunctions_are_no_content() -> None:
    claims = [
        _stated("denied", "Kelvo", "the strike raised fares", "a"),
        # "fares:" and "strike." are the words "fares" and "strike"
        _stated("reported", "Unions", "what raised fares: the strike.", "b"),
        # shares "fares", "rose" and "because": two of four content words
        _stated("denied", "Depot", "fares rose because drivers quit", "c"),
        _stated("reported", "Riders", "fares rose because nobody paid", "d"),
    ]
    [d] = find_disagreements([], claims)
    assert d.between == ("Kelvo", "Unions")


@pytest.mark.model
def test_denial_against_a_statement_in_the_store(
    store: SqlStore, tmp_path: Path, write_article: Callable[..., None]
) -> None:
    write_article(
        tmp_path,
        "a",
        "Prosecutors said Interior Minister Ann Berg received about 9,000 euros in bribes "
        "from a building contractor.",
        "2026-03-03",
        "Daily A",
    )
    write_article(
        tmp_path,
        "b",
        "Ann Berg denied that she had received money from the contractor and said she would stay.",
        "2026-03-04",
        "Daily B",
    )
    ingest([str(tmp_path)], store)
    for about in (None, "Ann Berg"):
        found = views.disagreements(store, Filters(about=about)).rows
        assert [(d["kind"], d["between"]) for d in found] == [
            ("denied_vs_claimed", ["Ann Berg", "Prosecutors"])
        ]
    contradicted = {r["source"]: r["contradicted"] for r in views.sources(store).rows}
    assert contradicted["Prosecutors"] == contradicted["Ann Berg"] == 1


@pytest.mark.model
def test_figures_without_a_counted_noun_meet_through_entities_in_the_store(
    store: SqlStore, tmp_path: Path, write_article: Callable[..., None]
) -> None:
    write_article(
        tmp_path,
        "a",
        "Fire officials said 7 workers were killed in the fire at the Port Vell depot.",
        "2026-06-02",
        "Coast Herald",
    )
    write_article(
        tmp_path,
        "b",
        "The regional health agency said there were 52 casualties from the Port Vell fire.",
        "2026-06-03",
        "Regional Times",
    )
    ingest([str(tmp_path)], store)
    # two one-sentence reports are too little for story grouping to join them with
    # confidence, so they are compared across stories, as a user would ask
    for about in (None, "Port Vell"):
        found = views.disagreements(store, Filters(about=about), across_stories=True).rows
        assert [(d["kind"], set(d["between"])) for d in found] == [
            ("not_comparable", {"Fire officials", "regional health agency"})
        ]


def test_the_crowd_and_the_people_who_took_part_are_compared() -> None:
    def counted(about: str, measure: str, value: float, source: str) -> FigureRow:
        return FigureRow(
            source, 0, 5, f"{value:g}", value, None, None, "exact", about, measure, source,
            date(2026, 3, 1),
        )  # fmt: skip

    crowd = counted("crowd", "participated", 5000, "Police")
    people = counted("people", "participated", 12000, "Organisers")
    [found] = figure_disagreements([crowd, people])
    assert (found.kind, set(found.between)) == ("figures_conflict", {"Police", "Organisers"})
    # people counted otherwise (killed, or only named as marching nurses) are not the crowd
    killed = counted("people", "killed", 12000, "Medics")
    nurses = counted("nurses", "march", 12000, "Union")
    assert figure_disagreements([crowd, killed]) == []
    assert figure_disagreements([crowd, nurses]) == []


@pytest.mark.parametrize("scope", ["part", "context", "attribute"])
def test_parts_other_events_and_ages_are_never_compared(scope: str) -> None:
    found = find_disagreements(
        [
            _figure(50, "more_than", "injured", "Police", "a"),
            _figure(4, "exact", "injured", "Ambulance service", "b", scope=scope),
        ],
        [],
    )
    assert found == []


def test_two_figures_of_one_measure_in_one_article_are_not_compared() -> None:
    # "the 500g jars cut to 450g": one article does not contradict or revise itself
    found = find_disagreements(
        [
            _figure(400, "exact", "spent", "Daily A", "a", unit="EUR"),
            _figure(360, "exact", "spent", "Daily A", "a", unit="EUR"),
        ],
        [],
    )
    assert found == []


def test_counts_that_only_share_a_verb_are_not_compared_but_money_is() -> None:
    freed = [
        _figure(5, "exact", "free", "Fire brigade", "a"),
        _figure(2, "exact", "free", "Police", "b"),
    ]
    assert find_disagreements(freed, []) == []
    paid = [
        _figure(5_000, "exact", "receive", "Prosecutors", "a", unit="EUR"),
        _figure(9_000, "exact", "receive", "Office", "b", unit="EUR"),
    ]
    assert [d.kind for d in find_disagreements(paid, [])] == ["figures_conflict"]


def test_two_depths_of_one_thing_conflict_but_a_depth_and_a_width_are_not_compared() -> None:
    depths = [
        _figure(40, "approx", "depth", "A resident", "a", unit="metre"),
        _figure(80, "exact", "depth", "State media", "b", unit="metre"),
    ]
    assert [d.kind for d in find_disagreements(depths, [])] == ["figures_conflict"]
    shapes = [
        _figure(40, "exact", "depth", "A resident", "a", unit="metre"),
        _figure(3, "exact", "width", "State media", "b", unit="metre"),
    ]
    assert [d.comparable for d in find_disagreements(shapes, [])] in ([], [False])


def test_figures_of_different_units_are_not_compared() -> None:
    found = find_disagreements(
        [
            _figure(400, "exact", "spent", "Daily A", "a", unit="EUR"),
            _figure(2, "exact", "spent", "Daily B", "b"),
        ],
        [],
    )
    assert found == []


def _said(
    value: float,
    bound: str,
    source: str,
    article: str,
    at: datetime | None,
    low: float | None = None,
    high: float | None = None,
) -> FigureRow:
    return FigureRow(
        article, 0, 3, f"{bound} {value:g}", value, low, high, bound, "people", "killed",
        source, date(2026, 3, 9), reported_at=at,
    )  # fmt: skip


def test_a_rising_toll_is_consistent_and_never_flagged() -> None:
    morning, noon, evening = (datetime(2026, 3, 9, h, tzinfo=UTC) for h in (8, 12, 18))
    toll = [
        _said(3, "range", "Daily A", "a", morning, low=3, high=9),  # "several"
        _said(5, "at_least", "Daily B", "b", morning),
        _said(7, "at_least", "Police", "c", noon),
        _said(7, "exact", "Daily D", "d", evening),
    ]
    assert find_disagreements(toll, []) == []
    # an exact "five" in the morning and "seven" in the evening: the toll rose
    rose = [_said(5, "exact", "Daily B", "b", morning), _said(7, "exact", "Daily D", "d", evening)]
    assert find_disagreements(rose, []) == []


def test_a_toll_that_falls_or_differs_at_one_time_conflicts() -> None:
    morning, evening = datetime(2026, 3, 9, 8, tzinfo=UTC), datetime(2026, 3, 9, 18, tzinfo=UTC)
    fell = [_said(7, "exact", "Daily A", "a", morning), _said(5, "exact", "Daily B", "b", evening)]
    assert [d.kind for d in find_disagreements(fell, [])] == ["figures_conflict"]
    # the same day without a time of day: neither was said first
    same_day = [
        _said(40, "exact", "Daily A", "a", None),
        _said(50, "more_than", "Police", "b", None),
    ]
    assert [d.kind for d in find_disagreements(same_day, [])] == ["figures_conflict"]


def test_an_update_needs_the_same_source_said_again_later() -> None:
    morning, evening = datetime(2026, 3, 9, 8, tzinfo=UTC), datetime(2026, 3, 9, 18, tzinfo=UTC)
    later = [_said(5, "exact", "Police", "a", evening), _said(3, "exact", "Police", "b", morning)]
    [update] = find_disagreements(later, [])
    assert update.kind == "figure_update"
    assert [e.text for e in update.evidence] == ["exact 3", "exact 5"]  # in the order said
    at_once = [_said(5, "exact", "Police", "a", None), _said(3, "exact", "Police", "b", None)]
    assert find_disagreements(at_once, []) == []


def test_vague_quantities_conflict_only_outside_their_bounds() -> None:
    dozens = _said(12, "range", "Daily A", "a", None, low=12, high=199)
    assert find_disagreements([dozens, _said(150, "exact", "Police", "b", None)], []) == []
    [conflict] = find_disagreements([dozens, _said(500, "exact", "Police", "b", None)], [])
    assert conflict.kind == "figures_conflict"


def test_counts_of_the_injured_conflict_whenever_said() -> None:
    morning, evening = datetime(2026, 3, 9, 8, tzinfo=UTC), datetime(2026, 3, 9, 18, tzinfo=UTC)
    injured = [
        replace(_said(40, "exact", "Daily A", "a", morning), measure="injured"),
        replace(_said(50, "more_than", "Police", "b", evening), measure="injured"),
    ]
    assert [d.kind for d in find_disagreements(injured, [])] == ["figures_conflict"]


def test_figures_of_places_in_two_countries_are_of_two_events() -> None:
    london = replace(_said(7, "exact", "Daily A", "a", None), country="GB")
    seattle = replace(_said(12, "exact", "Daily B", "b", None), country="US")
    unplaced = _said(12, "exact", "Daily C", "c", None)
    assert find_disagreements([london, seattle], []) == []
    assert [d.kind for d in find_disagreements([london, unplaced], [])] == ["figures_conflict"]


def test_an_age_stored_with_an_older_measure_is_still_not_compared() -> None:
    # figures stored before ages had their own measure: "Phil Seary, 57, died" was "killed"
    ages = [
        _figure(57, "exact", "killed", "Police", "a", unit="year of age"),
        _figure(62, "exact", "killed", "Daily B", "b", unit="year of age"),
    ]
    assert find_disagreements(ages, []) == []


def test_figures_that_count_nothing_never_enter_a_disagreement() -> None:
    # "scored four in the ninth", "eight more were there": bare numbers of a verb that is no
    # measure class, with no counted noun or unit, one entity between them
    bare = [
        _loose(4, "score", "Outlet", None, {"cubs"}, article="a"),
        _loose(8, "score", "Rival", None, {"cubs"}, article="b"),
    ]
    assert all(counts_nothing(f) for f in bare)
    assert find_disagreements(bare, []) == []
    # a measure class names what it counts (the dead), a unit what it measures
    assert not counts_nothing(_loose(7, "killed", "Police", None, {"port vell"}))
    assert not counts_nothing(_loose(9, "receive", "Office", None, {"lindqvist"}, "EUR"))


def _many(count: int, sources: int = 5) -> list[FigureRow]:
    """``count`` injury tolls of one event, said on one day by ``sources`` sources, each
    figure in its own article, values spread from 10 to 10 + 3 * count."""
    return [
        _figure(10 + 3 * n, "exact", "injured", f"Source {n % sources}", f"art{n}")
        for n in range(count)
    ]


@pytest.mark.parametrize("count", [200, 800])
def test_a_story_with_many_conflicting_figures_keeps_bounded_rows(
    count: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    compared = 0
    compare = disagreements._compare_figures

    def counting(a: FigureRow, b: FigureRow, same_source: bool) -> Disagreement | None:
        nonlocal compared
        compared += 1
        return compare(a, b, same_source)

    monkeypatch.setattr(disagreements, "_compare_figures", counting)
    found = find_disagreements(_many(count), [])
    # every pair of sources conflicts here (count^2 / 2 pairs); the rows and the comparisons
    # stay bounded: at most the limit per group, each figure compared with the extremes
    assert len(found) == settings.DISAGREEMENT_ROWS_PER_GROUP
    assert compared <= count * (4 * settings.FIGURE_EXTREME_SOURCES + 1)
    assert {d.kind for d in found} == {"figures_conflict"}
    assert len({d.folded for d in found}) == 1 and found[0].folded > 0
    # the kept rows are the conflicting extremes, with who gave them
    lowest, highest = "exact 10", f"exact {10 + 3 * (count - 1)}"
    texts = [{e.text for e in d.evidence} for d in found]
    assert {lowest, highest} in texts
    pair = next(d for d in found if {e.text for e in d.evidence} == {lowest, highest})
    assert set(pair.between) == {"Source 0", f"Source {(count - 1) % 5}"}


def test_a_small_group_is_compared_pair_by_pair_and_counts_what_it_folds() -> None:
    figures = _many(settings.FIGURE_GROUP_EXACT // 2, sources=2)
    found = find_disagreements(figures, [])
    # two sources, exact values all different: every cross-source pair is a conflict, up to
    # the row limit; what is over the limit is counted, not lost silently
    pairs = (len(figures) // 2) ** 2
    kept = min(pairs, settings.DISAGREEMENT_ROWS_PER_GROUP)
    assert len(found) == kept
    assert all(d.folded == pairs - kept for d in found)


def test_a_revision_is_still_seen_in_a_large_group() -> None:
    figures = _many(4 * settings.FIGURE_GROUP_EXACT)
    # one source gives a middling figure on day 1 and revises it on day 2
    figures += [
        _figure(333, "exact", "injured", "Hospital", "h1", day=1),
        _figure(340, "exact", "injured", "Hospital", "h2", day=2),
    ]
    found = find_disagreements(figures, [])
    [update] = [d for d in found if d.kind == "figure_update"]
    assert [e.text for e in update.evidence] == ["exact 333", "exact 340"]


@pytest.mark.parametrize(
    "people",
    [
        "Voltra officials",
        "Voltra's spokeswoman",
        "a spokesman for Voltra",
        "senior officials at Voltra",
    ],
)
def test_a_body_does_not_disagree_with_its_own_people(people: str) -> None:
    def row(stance: str, source: str, text: str, article: str) -> ClaimRow:
        return ClaimRow(
            article, 0, len(text), text, stance, source, 0, frozenset({"voltra"}), date(2026, 3, 1)
        )

    denial = row("denied", "Voltra", "that the ferry delays are caused by the strike", "a")
    own = row("reported", people, "the ferry delays are caused by the strike", "b")
    other = row("reported", "Analysts", "the ferry delays are caused by the strike", "c")
    assert find_disagreements([], [denial, own]) == []
    [d] = find_disagreements([], [denial, other])
    assert d.between == ("Voltra", "Analysts")


def _denial_story(articles: int) -> list[ClaimRow]:
    """Each article: a denial, a confirmation and a statement about one place, from sources
    that differ, in words that overlap (so that most pairs are compared and many match)."""
    words = "soldiers crossed northern border overnight troops entered villages".split()
    claims = []
    for n in range(articles):
        text = " ".join(words[(n + k) % len(words)] for k in range(5))
        claims += [
            _claim("denied", f"Ministry {n % 3}", 1, text, article=f"a{n}"),
            _claim("confirmed", f"Observers {n % 4}", 2, text, article=f"a{n}"),
            _claim("reported", f"Police {n % 5}", 3, text, article=f"a{n}"),
        ]
    return claims


def test_denial_candidates_unchanged_below_their_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    claims = _denial_story(40)  # 80 candidate statements per denial, under the bound
    assert settings.DENIAL_CANDIDATES > 80
    bounded = disagreements.stance_disagreements(claims)
    monkeypatch.setattr(settings, "DENIAL_CANDIDATES", 10**9)
    assert disagreements.stance_disagreements(claims) == bounded
    assert {d.kind for d in bounded} == {"denied_vs_confirmed", "denied_vs_claimed"}


def test_denial_candidates_are_bounded_per_denial(monkeypatch: pytest.MonkeyPatch) -> None:
    claims = _denial_story(40)
    unbounded = disagreements.stance_disagreements(claims)
    monkeypatch.setattr(settings, "DENIAL_CANDIDATES", 4)
    bounded = disagreements.stance_disagreements(claims)
    found = [1 + d.folded for d in bounded]
    assert sum(found) < sum(1 + d.folded for d in unbounded)
    # each denial meets at most 4 statements of each kind: 4 rows at most per kind and denial
    per_denial: dict[tuple[str, int, str], int] = {}
    for d in bounded:
        key = (d.evidence[0].article_id, d.evidence[0].start, d.kind)
        per_denial[key] = per_denial.get(key, 0) + 1 + d.folded
    assert max(per_denial.values()) <= 4


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("senior officials", "senior executives"),
        ("State officials", "state representatives"),
        ("two officials", "two executives"),
        ("Voltra officials", "Dunmore officials"),
    ],
)
def test_people_of_different_bodies_still_disagree(first: str, second: str) -> None:
    """What is left once a member noun is cut off ("senior", "state", "two") names no body:
    the people of two bodies are two sources, whose denial and statement still disagree."""
    text = "the ferry delays are caused by the strike"
    denial = _claim("denied", first, 1, f"that {text}", article="a")
    statement = _claim("reported", second, 2, text, article="b")
    [d] = find_disagreements([], [denial, statement])
    assert d.between == (first, second)


def test_figures_of_different_bodies_people_conflict_not_revise() -> None:
    """'senior officials' and 'senior executives' giving two tolls is a conflict between two
    sources, not one source revising its figure."""
    [d] = find_disagreements(
        [
            _figure(40, "exact", "killed", "senior officials", "a"),
            _figure(90, "exact", "killed", "senior executives", "b"),
        ],
        [],
    )
    assert d.kind == "figures_conflict"


def test_figures_of_a_body_and_its_people_are_its_revision() -> None:
    [d] = find_disagreements(
        [
            _figure(12, "exact", "killed", "Voltra", "a", day=2),
            _figure(40, "exact", "killed", "Voltra officials", "b", day=5),
        ],
        [],
    )
    assert d.kind == "figure_update"


def _duration(value: float, source: str, article: str, day: int, about: str | None) -> FigureRow:
    return replace(
        _figure(value, "exact", "duration", source, article, day, unit="minute"), about=about
    )


def test_durations_of_something_named_conflict_across_sources() -> None:
    [d] = figure_disagreements(
        [
            _duration(25, "Herald", "a", 2, "hail delay"),
            _duration(40, "Courier", "b", 2, "hail delay"),
        ]
    )
    assert d.kind == "figures_conflict" and d.measures == ("duration", "duration")


def test_durations_naming_nothing_that_lasts_are_never_compared() -> None:
    assert not figure_disagreements(
        [_duration(25, "Herald", "a", 2, None), _duration(40, "Courier", "b", 2, None)]
    )


@pytest.mark.parametrize(
    "about",
    [
        "wait",
        "digging",
        "time since last title",
        "time until vote",
        "curse",
        "Drought",
        "expected length of meeting",
    ],
)
def test_durations_named_by_an_activity_or_a_time_since_are_never_compared(about: str) -> None:
    # "the fans waited 90 minutes" and "the club waited 71 years": whose wait is not said;
    # "the jinx lasted 40 years", "a 52-year jinx": whose jinx is not said; "was
    # meant to take an hour": a plan, not what happened
    assert not figure_disagreements(
        [_duration(25, "Herald", "a", 2, about), _duration(40, "Courier", "b", 2, about)]
    )


def test_a_duration_that_grows_in_later_reports_is_consistent() -> None:
    assert not figure_disagreements(
        [
            _duration(30, "Herald", "a", 2, "search"),
            _duration(90, "Courier", "b", 3, "search"),
        ]
    )


def test_frequencies_are_never_compared() -> None:
    # "deployed five times" against "deployed nine times": how often, not how many
    assert not figure_disagreements(
        [
            _figure(5, "exact", "deployed", "Herald", "a", unit="count"),
            _figure(9, "exact", "deployed", "Courier", "b", unit="count"),
        ]
    )


def _measured(value: float, unit: str, source: str, article: str, measure: str = "depth",
              bound: str = "exact", day: int = 1, about: str = "tunnel") -> FigureRow:  # fmt: skip
    return FigureRow(
        article, 0, 5, f"{value:g} {unit}", value, None, None, bound, about, measure, source,
        date(2026, 3, day), unit,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("first", "second", "measure"),
    [
        ((40, "metre"), (131, "foot"), "depth"),  # a writer's conversion, rounded
        ((1.5, "kilometre"), (1500, "metre"), "length"),
        ((30, "minute"), (0.5, "hour"), "duration"),  # "half an hour"
        ((2, "hour"), (120, "minute"), "duration"),
        ((10, "kilometre"), (6, "mile"), "length"),  # 9.66 km: rounded to a mile
        ((2, "metre"), (6, "foot"), "height"),  # 1.83 m: 9% apart, a rounded conversion
    ],
)
def test_equal_figures_in_other_units_do_not_conflict(
    first: tuple[float, str], second: tuple[float, str], measure: str
) -> None:
    figures = [
        _measured(*first, "Police", "a", measure, about="tunnel"),
        _measured(*second, "Fire service", "b", measure, about="tunnel"),
    ]
    assert find_disagreements(figures, []) == []


@pytest.mark.parametrize(
    ("first", "second", "measure"),
    [
        ((40, "metre"), (260, "foot"), "depth"),  # 79 m
        ((40, "metre"), (150, "foot"), "depth"),  # 45.7 m: 14% apart, no rounding
        ((17, "minute"), (1, "hour"), "duration"),
        ((3, "kilometre"), (800, "metre"), "length"),
    ],
)
def test_clearly_different_figures_in_other_units_conflict(
    first: tuple[float, str], second: tuple[float, str], measure: str
) -> None:
    [d] = find_disagreements(
        [
            _measured(*first, "Police", "a", measure, about="tunnel"),
            _measured(*second, "Fire service", "b", measure, about="tunnel"),
        ],
        [],
    )
    assert d.kind == "figures_conflict" and set(d.between) == {"Police", "Fire service"}


def test_a_longer_duration_in_another_unit_said_later_is_consistent() -> None:
    # a meeting that went on: 45 minutes on day 1, two hours on day 2
    figures = [
        _measured(45, "minute", "Police", "a", "duration", day=1, about="council meeting"),
        _measured(2, "hour", "Mayor", "b", "duration", day=2, about="council meeting"),
    ]
    assert find_disagreements(figures, []) == []
    # said the other way round, the shorter figure after the longer one: they conflict
    earlier = replace(figures[1], reported=date(2026, 2, 27))
    assert [d.kind for d in find_disagreements([figures[0], earlier], [])] == ["figures_conflict"]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ((40, "metre"), (40, "minute")),  # length and time: never compared
        ((5, "kilogram"), (900, "metre")),
        ((200, "EUR"), (900, "USD")),  # currencies are not converted
        ((3, "hectare"), (800, "metre")),  # area and length
        ((12, "metre"), (900, "percent")),  # a unit of no dimension the sizes know
    ],
)
def test_figures_of_different_dimensions_are_never_compared(
    first: tuple[float, str], second: tuple[float, str]
) -> None:
    figures = [
        _measured(*first, "Police", "a", "length", about="tunnel"),
        _measured(*second, "Fire service", "b", "length", about="tunnel"),
    ]
    assert find_disagreements(figures, []) == []


def test_a_figure_in_another_unit_revises_its_sources_figure() -> None:
    [d] = find_disagreements(
        [
            _measured(40, "metre", "Police", "a", day=1),
            _measured(260, "foot", "Police", "b", day=2),
        ],
        [],
    )
    assert d.kind == "figure_update"
    assert [e.text for e in d.evidence] == ["40 metre", "260 foot"]


def test_figures_naming_nothing_they_count_meet_across_units_of_one_dimension() -> None:
    found = find_disagreements(
        [
            _loose(40, "depth", "Police", "sinkhole", {"marlow"}, "metre", "a"),
            _loose(260, "depth", "Fire service", None, {"marlow"}, "foot", "b"),
        ],
        [],
    )
    assert [d.kind for d in found] == ["figures_conflict"]


def test_a_large_group_compares_its_extremes_across_units(monkeypatch: pytest.MonkeyPatch) -> None:
    # beyond FIGURE_GROUP_EXACT each figure meets only the extremes: the deepest figure is
    # in feet, so the extremes must be found after conversion
    monkeypatch.setattr(settings, "FIGURE_GROUP_EXACT", 2)
    figures = [
        _measured(40, "metre", "Police", "a"),
        _measured(41, "metre", "Council", "b"),
        _measured(42, "metre", "Mayor", "c"),
        _measured(330, "foot", "Fire service", "d"),  # about 100 m
    ]
    found = find_disagreements(figures, [])
    assert sorted(frozenset(d.between) for d in found if "Fire service" in d.between) == sorted(
        frozenset({"Fire service", other}) for other in ("Police", "Council", "Mayor")
    )


def test_a_figure_restated_in_another_unit_is_one_side_of_a_conflict() -> None:
    # "the tunnel is 40 metres (131 feet) deep", and elsewhere 80 metres: one conflict
    restated = replace(_measured(131, "foot", "Police", "a"), start=9, end=17)
    found = find_disagreements(
        [_measured(40, "metre", "Police", "a"), restated, _measured(80, "metre", "Mayor", "b")],
        [],
    )
    assert [(d.kind, [e.text for e in d.evidence]) for d in found] == [
        ("figures_conflict", ["40 metre", "80 metre"])
    ]


@pytest.mark.model
def test_reports_of_one_depth_in_metres_and_feet(
    tmp_path: Path, write_article: Callable[..., None]
) -> None:
    """Invented reports of one sinkhole: 40 m and 131 feet are one depth; 260 feet is not."""
    reports = {
        "A": "The sinkhole in Marlow was 40 m deep, police said.",
        "B": "The sinkhole in Marlow was 131 feet deep, the fire service said.",
        "C": "The sinkhole in Marlow was 260 feet deep, the council said.",
    }
    for day, (outlet, text) in enumerate(reports.items(), start=3):
        write_article(tmp_path, outlet, text, f"2026-03-0{day}", f"Daily {outlet}")
    store = SqlStore(f"sqlite:///{tmp_path / 'r.db'}")
    try:
        ingest([str(tmp_path)], store)
        found = views.disagreements(store).rows
        assert sorted(frozenset(d["between"]) for d in found) == sorted(
            [frozenset({"police", "council"}), frozenset({"fire service", "council"})]
        )
        assert {d["kind"] for d in found} == {"figures_conflict"}
    finally:
        store.close()


@pytest.mark.model
@pytest.mark.parametrize(
    ("later", "kinds"), [("30 minutes", []), ("17 minutes", ["figures_conflict"])]
)
def test_reports_of_one_duration_in_hours_and_minutes(
    tmp_path: Path, write_article: Callable[..., None], later: str, kinds: list[str]
) -> None:
    """Invented reports of one meeting: half an hour is 30 minutes; a shorter length said
    later is no meeting that went on."""
    reports = {
        "A": "The council meeting in Marlow lasted half an hour, the mayor said.",
        "B": f"The council meeting in Marlow lasted {later}, officials said.",
    }
    for day, (outlet, text) in enumerate(reports.items(), start=3):
        write_article(tmp_path, outlet, text, f"2026-03-0{day}", f"Daily {outlet}")
    store = SqlStore(f"sqlite:///{tmp_path / 'r.db'}")
    try:
        ingest([str(tmp_path)], store)
        assert [d["kind"] for d in views.disagreements(store).rows] == kinds
    finally:
        store.close()


def _part(value: float, unit: str, start: int, measure: str | None = "height",
          source: str = "Police", article: str = "a") -> FigureRow:  # fmt: skip
    return FigureRow(
        article, start, start + 8, f"{value:g} {unit}", value, None, None, "exact", "runner",
        measure, source, date(2026, 3, 1), unit,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("parts", "other", "kinds"),
    [
        # "6 feet 2 inches" (the first part has no measure of its own) = 1.88 metres
        ([(6, "foot", 0, None), (2, "inch", 9, "height")], (1.88, "metre"), []),
        ([(6, "foot", 0, None), (2, "inch", 9, "height")], (1.6, "metre"), ["figures_conflict"]),
        # "3 hours and 20 minutes" = 200 minutes, not 3 hours against 200 minutes
        ([(3, "hour", 0, "duration"), (20, "minute", 13, "duration")], (200, "minute"), []),
        ([(3, "hour", 0, "duration"), (20, "minute", 13, "duration")], (20, "minute"),
         ["figures_conflict"]),
    ],
)  # fmt: skip
def test_a_compound_measure_is_compared_as_its_sum(
    parts: list[tuple[float, str, int, str | None]], other: tuple[float, str], kinds: list[str]
) -> None:
    measure = parts[-1][3]
    rows = [_part(v, u, start, m) for v, u, start, m in parts]
    rows.append(_part(other[0], other[1], 0, measure, "Council", "b"))
    assert [d.kind for d in figure_disagreements(rows)] == kinds


@pytest.mark.parametrize(
    "parts",
    [
        [(2, "inch", 0), (6, "foot", 9)],  # the smaller unit first: no compound
        [(6, "foot", 0), (14, "inch", 9)],  # more than one of the larger unit
        [(6, "foot", 0), (2, "inch", 30)],  # words between them
    ],
)
def test_figures_that_form_no_compound_are_not_joined(parts: list[tuple[float, str, int]]) -> None:
    rows = [_part(v, u, start) for v, u, start in parts]
    rows.append(_part(1.88, "metre", 0, source="Council", article="b"))
    found = figure_disagreements(rows)
    assert found, "each part is compared alone"
    assert not any("foot" in e.text and "inch" in e.text for d in found for e in d.evidence)


@pytest.mark.model
@pytest.mark.parametrize(
    ("first", "second", "kinds"),
    [
        # invented reports of one runaway's height: 6 feet 2 inches is 1.88 metres
        (
            "The missing hiker from Tarnby is 6 feet 2 inches tall, rangers said.",
            "The missing hiker from Tarnby is 1.88 metres tall, his family said.",
            [],
        ),
        (
            "The missing hiker from Tarnby is 6 feet 2 inches tall, rangers said.",
            "The missing hiker from Tarnby is 1.60 metres tall, his family said.",
            ["figures_conflict"],
        ),
        # invented reports of one hearing: 3 hours 20 minutes is 200 minutes
        (
            "The planning hearing in Tarnby lasted 3 hours 20 minutes, a councillor said.",
            "The planning hearing in Tarnby lasted 200 minutes, the clerk said.",
            [],
        ),
        (
            "The planning hearing in Tarnby lasted 3 hours 20 minutes, a councillor said.",
            "The planning hearing in Tarnby lasted 95 minutes, the clerk said.",
            ["figures_conflict"],
        ),
    ],
)
def test_reports_of_a_compound_measure_compare_as_its_sum(
    tmp_path: Path,
    write_article: Callable[..., None],
    first: str,
    second: str,
    kinds: list[str],
) -> None:
    for day, (outlet, text) in enumerate({"A": first, "B": second}.items(), start=3):
        write_article(tmp_path, outlet, text, f"2026-03-0{day}", f"Daily {outlet}")
    store = SqlStore(f"sqlite:///{tmp_path / 'r.db'}")
    try:
        ingest([str(tmp_path)], store)
        assert [d["kind"] for d in views.disagreements(store).rows] == kinds
    finally:
        store.close()


@pytest.mark.model
def test_a_vague_count_of_the_dead_gives_no_noun_to_a_count_of_arrests() -> None:
    """Invented reports: "Dozens of soldiers were killed" names no noun for "arrested 12" (the
    arrested need not be soldiers), so it does not conflict with "arrested 3 soldiers"."""
    a = analyze(
        "Dozens of soldiers were killed in the ambush. The army said it had arrested 12 on Monday.",
        published="2026-03-02",
    )
    b = analyze(
        "Military police said they had arrested 3 soldiers for desertion.", published="2026-03-03"
    )
    figures = [*rows_from_analysis(a)[0], *rows_from_analysis(b)[0]]
    assert [d.kind for d in find_disagreements(figures, [])] == []


@pytest.mark.parametrize(
    ("about", "kinds"),
    [
        # a plain plural any story may name ("the men were stuck for 12 hours") is no one's
        ("time men stuck", []),
        ("time workers trapped", []),
        # control: a state's time of one thing named is compared
        ("time puppy stuck", ["figures_conflict"]),
    ],
)
def test_a_states_time_of_a_plain_plural_is_not_compared(about: str, kinds: list[str]) -> None:
    one = replace(_figure(12, "exact", "duration", "Police"), about=about, unit="hour")
    other = replace(_figure(72, "exact", "duration", "Lawyers", "b"), about=about, unit="hour")
    assert [d.kind for d in find_disagreements([one, other], [])] == kinds


@pytest.mark.parametrize(
    ("about", "kinds"),
    [
        # a place, role, course or task alone says nothing of whose time it was: one
        # defendant's "time in prison" and another's, two mayors' "time as mayor", two
        # runners' "time of race", two parties' "time to appeal" (fig42, invented shapes)
        ("time in prison", []),
        ("time as mayor of Lyon", []),
        ("time on council", []),
        ("time at club", []),
        ("time of race", []),
        ("time to appeal", []),
        # the time left in a term or as a role: whose term is not said (fig43)
        ("time left as governor", []),
        ("time left in term", []),
        # controls: the time of one thing named is still compared
        ("time power out", ["figures_conflict"]),
        ("hail delay", ["figures_conflict"]),
    ],
)
def test_a_time_in_a_place_role_course_or_task_alone_is_not_compared(
    about: str, kinds: list[str]
) -> None:
    one = replace(_figure(3, "exact", "duration", "Police"), about=about, unit="year")
    other = replace(_figure(8, "exact", "duration", "Lawyers", "b"), about=about, unit="year")
    assert [d.kind for d in find_disagreements([one, other], [])] == kinds


@pytest.mark.model
def test_two_people_s_terms_and_prison_times_are_no_conflict() -> None:
    """Invented reports of one trial: Ruiz's 12 years as mayor are not her predecessor's
    eight, and one man's three years served in prison are not another's eight."""
    a = analyze(
        "A court in Lyon sentenced former mayor Ana Ruiz for taking bribes from the builder "
        "Marc Blum. Ruiz served 12 years as mayor of Lyon, prosecutors said. Blum served three "
        "years in prison for fraud in 2009, the court said.",
        published="2026-03-02",
    )
    b = analyze(
        "Former Lyon mayor Ana Ruiz was sentenced for taking bribes from the builder Marc Blum, "
        "a court spokesman said. Her predecessor, Paul Lund, served eight years as mayor of "
        "Lyon. Ruiz's deputy served eight years in prison for fraud, the spokesman said.",
        published="2026-03-02",
    )
    figures = [*rows_from_analysis(a)[0], *rows_from_analysis(b)[0]]
    abouts = {f.about for f in figures}
    assert {"time as mayor of Lyon", "time in prison"} <= abouts  # what the figures count
    assert [d.kind for d in find_disagreements(figures, [])] == []


@pytest.mark.model
def test_one_payer_s_payments_to_two_payees_are_no_conflict() -> None:
    """Invented reports: the board's $2 million to a dredging firm and its $5 million to
    lawyers are two payments, not two figures of one."""
    a = analyze(
        "The harbour board paid $2 million to the dredging firm Okapi last year, the auditor said.",
        published="2026-05-05",
    )
    b = analyze(
        "The harbour board paid $5 million to two law firms over the dispute, the auditor's "
        "report showed.",
        published="2026-05-05",
    )
    figures = [*rows_from_analysis(a)[0], *rows_from_analysis(b)[0]]
    assert [d.kind for d in find_disagreements(figures, [])] == []


@pytest.mark.model
def test_one_payer_s_payment_said_twice_differently_still_conflicts() -> None:
    """Control (invented): one payment for one thing named, $2 million against $5 million."""
    a = analyze("The harbour board paid $2 million for the dredger, the auditor said.",
                published="2026-05-05")  # fmt: skip
    b = analyze("The harbour board paid $5 million for the dredger, the report showed.",
                published="2026-05-05")  # fmt: skip
    figures = [*rows_from_analysis(a)[0], *rows_from_analysis(b)[0]]
    assert [d.kind for d in find_disagreements(figures, [])] == ["figures_conflict"]


@pytest.mark.model
def test_events_counted_of_a_thing_are_not_compared_with_things_counted() -> None:
    """Invented reports of one protest (fig43): "four deployments of the riot police" counts
    times the police were deployed, not police officers; "200 riot police were deployed"
    counts officers. Two governors' "two years left as governor" and "three years left as
    governor" are whose is not said."""
    a = analyze(
        "There were four deployments of the riot police during the protest, the ministry said. "
        "Governor Ana Ruiz, with two years left as governor, signed the bill.",
        published="2026-05-05",
    )
    b = analyze(
        "About 200 riot police were deployed during the protest, a union said. Her rival, "
        "with three years left as governor, vetoed a similar bill.",
        published="2026-05-05",
    )
    figures = [*rows_from_analysis(a)[0], *rows_from_analysis(b)[0]]
    assert {"riot police", "time left as governor"} <= {f.about for f in figures}
    assert [d.kind for d in find_disagreements(figures, [])] == []


@pytest.mark.model
def test_deployments_counted_as_times_and_officers_counted_as_before() -> None:
    """Invented: four against six deployments of the riot police are two frequencies, never
    compared (as "deployed four times" and "six times" are not); 200 against 350 officers
    deployed still conflict (control)."""
    a = analyze(
        "There were four deployments of the riot police during the protest, the ministry said. "
        "About 200 riot police were deployed on Monday, the ministry said.",
        published="2026-05-05",
    )
    b = analyze(
        "There were six deployments of the riot police during the protest, a union said. "
        "Some 350 riot police were deployed on Monday, a union said.",
        published="2026-05-05",
    )
    figures = [*rows_from_analysis(a)[0], *rows_from_analysis(b)[0]]
    found = find_disagreements(figures, [])
    assert [d.kind for d in found] == ["figures_conflict"]
    assert "200" in found[0].why and "350" in found[0].why


#: Two invented reports of a made-up referendum ("Norvexit", which the recogniser reads as a
#: person at some mentions and a place at another): a maker denies that it caused a change
#: that a councillor says it caused.
_TOPIC_REPORTS = {
    "A": "Farmers fear Norvexit will raise costs. Since Norvexit, exports have fallen. Prices "
    "rose after Norvexit. Many shoppers blamed Norvexit for the smaller bars. The maker of "
    "Zelbar bars denied that the smaller bars were a result of Norvexit.",
    "B": "Farmers fear Norvexit will raise costs. Since Norvexit, exports have fallen. A local "
    "councillor, Pia Landry, said the smaller bars were a result of Norvexit.",
}


@pytest.mark.model
def test_a_denial_and_a_statement_about_a_topic_are_compared() -> None:
    """A word that is no person and no place ("Brexit"-like: ``TOPIC_TYPE``) is what both
    claims are about: the denial is set against the statement it denies. The word is an
    entity of each article, and never the source of a claim."""
    analyses = [
        analyze(_TOPIC_REPORTS[outlet], published=f"2026-03-0{day}")
        for day, outlet in enumerate("AB", start=2)
    ]
    claims = []
    for analysis in analyses:
        topics = [e for e in analysis.entities if e.type == TOPIC_TYPE]
        assert [e.name for e in topics] == ["Norvexit"]
        assert all(c.source_entity not in {t.key for t in topics} for c in analysis.claims)
        assert all(c.source is None or "Norvexit" not in c.source.text for c in analysis.claims)
        claims += rows_from_analysis(analysis)[1]
    found = [(d.kind, d.between) for d in find_disagreements([], claims)]
    assert found == [(DisagreementKind.DENIED_VS_CLAIMED, ("maker of Zelbar bars", "Pia Landry"))]


@pytest.mark.model
def test_a_denial_and_a_statement_about_a_topic_are_compared_through_the_store(
    tmp_path: Path, write_article: Callable[..., None]
) -> None:
    for day, outlet in enumerate("AB", start=2):
        write_article(
            tmp_path, outlet, _TOPIC_REPORTS[outlet], f"2026-03-0{day}", f"Daily {outlet}"
        )
    store = SqlStore(f"sqlite:///{tmp_path / 'r.db'}")
    try:
        ingest([str(tmp_path)], store)
        assert [d["kind"] for d in views.disagreements(store).rows] == ["denied_vs_claimed"]
    finally:
        store.close()
