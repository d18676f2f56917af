"""Grouping claims into propositions, on hand-built claims."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import func, select

from newsclaims import views
from newsclaims.derive import text_vectors
from newsclaims.reconcile import ClaimRow
from newsclaims.reconcile.disagreements import FigureKey
from newsclaims.reconcile.embeddings import encoder
from newsclaims.reconcile.propositions import compatible, group_claims
from newsclaims.service import ingest
from newsclaims.store.items import Filters
from newsclaims.store.schema import text_vectors as vectors_table
from newsclaims.store.sql import SqlStore


def _claim(
    article: str,
    source: str,
    stance: str,
    text: str,
    entities: set[str],
    sentence: int = 0,
    when: tuple[date, date] | None = None,
    figures: tuple[FigureKey, ...] = (),
) -> ClaimRow:
    return ClaimRow(
        article, 0, len(text), text, stance, source, sentence, frozenset(entities),
        date(2026, 3, 1), when, figures,
    )  # fmt: skip


def test_propositions_join_the_same_statement_across_articles() -> None:
    found = group_claims(
        [
            _claim(
                "a",
                "Ministry",
                "reported",
                "troops crossed the northern border overnight",
                {"GPE:x"},
            ),
            _claim(
                "b",
                "Observers",
                "confirmed",
                "troops crossed the northern border on Sunday",
                {"GPE:x"},
            ),
            _claim("c", "Army", "denied", "troops had crossed the northern border", {"GPE:x"}),
            _claim(
                "d", "Ministry", "reported", "the harvest festival opened in the capital", {"GPE:x"}
            ),
            _claim(
                "e",
                "Agency",
                "unverified",
                "troops crossed the northern border overnight",
                {"GPE:y"},
            ),
        ]
    )
    [proposition] = found
    assert proposition.status == "contested"
    assert proposition.by_stance({"confirmed", "reported"}) == ["Ministry", "Observers"]
    assert proposition.sources == ["Army", "Ministry", "Observers"]


def test_propositions_need_two_sources_or_a_denial() -> None:
    same_source = [
        _claim("a", "Ministry", "reported", "the dam held after the storm", {"GPE:x"}),
        _claim("b", "Ministry", "reported", "the dam held after the storm passed", {"GPE:x"}),
    ]
    assert group_claims(same_source) == []


def test_propositions_join_a_denial_and_a_confirmation_in_one_sentence() -> None:
    found = group_claims(
        [
            _claim(
                "a",
                "North",
                "denied",
                "or remained silent about troop deployments",
                {"GPE:n"},
                sentence=4,
            ),
            _claim(
                "a", "North", "confirmed", "the presence of forces abroad", {"GPE:n"}, sentence=4
            ),
        ]
    )
    [proposition] = found
    # the source denied and then confirmed: where it stands last counts
    assert proposition.status == "confirmed"
    assert proposition.text == "the presence of forces abroad"  # stated, not the denial
    assert proposition.by_stance({"denied"}) == proposition.by_stance({"confirmed"}) == ["North"]


def test_a_proposition_one_source_denies_and_another_states_is_contested() -> None:
    text = "the minister received money from the contractor"
    found = group_claims(
        [
            _claim("a", "Prosecutors", "reported", text, {"PERSON:berg"}),
            _claim("b", "Berg", "denied", "that she received money from the contractor",
                   {"PERSON:berg"}),
        ]
    )  # fmt: skip
    [proposition] = found
    assert proposition.status == "contested"
    assert proposition.text == text


def _day(d: int, month: int = 3, year: int = 2026) -> tuple[date, date]:
    return (date(year, month, d), date(year, month, d))


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # no times or figures: nothing to judge by
        ({}, {}, True),
        # one event told with dates a day apart is a date disagreement, not two events
        ({"when": _day(5)}, {"when": _day(6)}, True),
        # months apart: different things ("in March" / "in October")
        ({"when": _day(5)}, {"when": _day(5, 10)}, False),
        ({"when": (date(2024, 1, 1), date(2024, 12, 31))}, {"when": _day(5)}, False),
        # same measure, different values: one proposition, sources disagree on the figure
        ({"figures": ((None, "killed"),)}, {"figures": ((None, "killed"),)}, True),
        # different measures of the closed vocabulary: killed / injured
        ({"figures": ((None, "killed"),)}, {"figures": ((None, "injured"),)}, False),
        # verb lemmas are not a closed measure: "cut 3,000 jobs" / "lay off 3,000"
        ({"figures": ((None, "cut"),)}, {"figures": ((None, "lay"),)}, True),
        # different units: 40 homes / 40 hectares
        ({"figures": (("hectare", None),)}, {"figures": (("home", None),)}, False),
        # one depth in two units of one dimension: "40 m" / "131 feet"
        ({"figures": (("metre", "depth"),)}, {"figures": (("foot", "depth"),)}, True),
        # a length and a time are not one figure, whatever the measure
        ({"figures": (("metre", "length"),)}, {"figures": (("minute", "length"),)}, False),
        # two currencies are never converted: euros / dollars
        ({"figures": (("EUR", "spent"),)}, {"figures": (("USD", "spent"),)}, False),
        # a rate and its amount: "30 million euros a day" / "each day ... 30 million euros"
        ({"figures": (("EUR per day", "spent"),)}, {"figures": (("EUR", None),)}, True),
        # one shared figure is enough
        (
            {"figures": (("percent", None), (None, "killed"))},
            {"figures": ((None, "killed"),)},
            True,
        ),
    ],
)
def test_times_and_figures_keep_different_things_apart(
    a: dict[str, object], b: dict[str, object], expected: bool
) -> None:
    first = _claim("a", "X", "reported", "text", {"e"}, **a)  # type: ignore[arg-type]
    second = _claim("b", "Y", "reported", "text", {"e"}, **b)  # type: ignore[arg-type]
    assert compatible(first, second) is expected
    assert compatible(second, first) is expected


def test_claims_alike_in_words_but_of_different_measures_are_not_grouped() -> None:
    killed = _claim(
        "a", "Police", "reported", "120 people were killed in the Varna earthquake", {"varna"},
        figures=((None, "killed"),),
    )  # fmt: skip
    injured = _claim(
        "b", "Medics", "reported", "120 people were injured in the Varna earthquake", {"varna"},
        figures=((None, "injured"),),
    )  # fmt: skip
    assert group_claims([killed, injured]) == []
    same_measure = _claim(
        "c", "Medics", "reported", "150 people were killed in the Varna earthquake", {"varna"},
        figures=((None, "killed"),),
    )  # fmt: skip
    (found,) = group_claims([killed, same_measure])
    assert found.sources == ["Medics", "Police"]


def test_embedding_similarity_groups_a_paraphrase_the_lexical_one_misses() -> None:
    claims = [
        _claim("a", "Port officials", "reported", "the storm sank 14 fishing boats overnight",
               {"harbour"}),
        _claim("b", "The coast guard", "reported",
               "fourteen fishing vessels were lost when the storm hit during the night",
               {"harbour"}),
        _claim("c", "The mayor", "reported", "the harbour will reopen to shipping on Monday",
               {"harbour"}),
    ]  # fmt: skip
    assert group_claims(claims, "lexical") == []
    (found,) = group_claims(claims, "embedding")
    assert found.sources == ["Port officials", "The coast guard"]
    (fast,) = group_claims(claims, "static")
    assert fast.sources == ["Port officials", "The coast guard"], "static vectors find it too"


@pytest.mark.model
def test_the_store_groups_by_times_and_figures_too(
    store: SqlStore, tmp_path: Path, write_article: Callable[..., None]
) -> None:
    texts = {
        "a": ("Police said 40 people were killed in the Varna earthquake on Monday.", "Daily A"),
        "b": ("Medics said 55 people were killed in the Varna earthquake on Monday.", "Daily B"),
        "c": ("Medics said 40 people were injured in the Varna earthquake on Monday.", "Daily C"),
        "d": ("Police said 40 people were killed in the Varna earthquake in May 2019.", "Daily D"),
    }
    for name, (text, outlet) in texts.items():
        write_article(tmp_path, name, text, "2026-06-10", outlet)
    ingest([str(tmp_path)], store)
    (found,) = views.propositions(store, Filters(about="Varna")).rows
    # same measure and day, different counts: one proposition (the figures disagree);
    # injured (another measure) and 2019 (another time) stay apart
    assert sorted(e["text"][:2] for e in found["evidence"]) == ["40", "55"]
    assert found["supported_by"] == ["Medics", "Police"]


@pytest.mark.model
def test_the_store_keeps_sentence_vectors_and_groups_paraphrases_with_them(
    store: SqlStore, tmp_path: Path, write_article: Callable[..., None]
) -> None:
    texts = {
        "a": "Port officials said the storm sank 14 fishing boats overnight in Galway.",
        "b": "The coast guard said fourteen fishing vessels were lost in Galway when "
        "the storm hit during the night.",
    }
    for name, text in texts.items():
        write_article(tmp_path, name, text, "2026-06-10")
    ingest([str(tmp_path)], store)
    galway = Filters(about="Galway")
    assert views.propositions(store, galway, similarity="lexical").rows == []
    (found,) = views.propositions(store, galway, similarity="embedding").rows
    assert found["supported_by"] == ["Port officials", "coast guard"]
    # the vectors were stored once and are read back, equal to a fresh encoding
    claim_texts = [e["text"] for e in found["evidence"]]
    stored = text_vectors(store)(claim_texts)
    np.testing.assert_allclose(stored, encoder().encode(claim_texts), atol=1e-6)
    with store.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(vectors_table)).scalar() == 2
