"""The pipeline: stages pinned, offsets sliceable on any text, rejections coded."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language
from spacy.tokens import Doc

from newsclaims import analyze
from newsclaims import settings as settings_module
from newsclaims.extract.pipeline import STAGES, analyze_articles, build_pipeline, parse_articles
from newsclaims.model import Analysis, Article, storable

pytestmark = pytest.mark.model


def test_pipeline_stages_are_pinned() -> None:
    assert STAGES == (
        "newsclaims_entities",
        "newsclaims_time",
        "newsclaims_quantities",
        "newsclaims_attribution",
        "newsclaims_events",
    )
    nlp = build_pipeline()
    assert tuple(nlp.pipe_names[-len(STAGES) :]) == STAGES
    assert build_pipeline() is nlp, "the pipeline is built once per process"


def _check_offsets(analysis: Analysis) -> None:
    text = analysis.article.text
    for m in analysis.mentions:
        assert text[m.start : m.end] == m.text
    keys = {e.key for e in analysis.entities}
    assert {m.entity for m in analysis.mentions} <= keys
    for c in analysis.claims:
        assert text[c.start : c.end] == c.text
        for span in (c.source, c.cue):
            if span is not None:
                assert text[span.start : span.end] == span.text
        if c.source_entity is not None:
            assert c.source_entity in keys


NEWSY = st.lists(
    st.sampled_from(
        [
            "Officials said",
            "“We will win,”",
            "the minister told reporters that",
            "According to police,",
            "Ana Ruiz",
            "denied",
            "the report.",
            "\n",
            "  ",
            "KCNA (Korean Central News Agency)",
            "could not verify",
            "é",
            "🙂",
            '"',
        ]
    ),
    max_size=25,
).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=st.one_of(st.text(max_size=300), NEWSY))
def test_offsets_slice_the_text_exactly_for_any_input(text: str) -> None:
    analysis = analyze(text)
    # NUL and lone surrogates are replaced one for one (no store keeps them); nothing else moves
    assert analysis.article.text == storable(text)
    assert len(analysis.article.text) == len(text)
    _check_offsets(analysis)


@pytest.mark.parametrize(
    ("text", "kept", "split"),
    [
        ("Voters re-elected the mayor.", "re-elected", None),
        ("Re-elected in May, she spoke.", "Re-elected", None),
        ("She co-founded a firm.", "co-founded", None),
        ("The pre-empted vote was a well-known risk.", "pre-empted", "well"),
        ("The score-settling began in mid-March.", None, "score"),
    ],
)
def test_pipeline_a_hyphenated_prefix_keeps_the_word_whole(
    text: str, kept: str | None, split: str | None
) -> None:
    words = [t.text for t in build_pipeline().make_doc(text)]
    if kept is not None:
        assert kept in words
    if split is not None:  # any other hyphen between letters still splits
        assert split in words and "-" in words


def test_short_text_is_rejected_w201() -> None:
    analysis = analyze("Hello.")
    assert analysis.rejection is not None
    assert analysis.rejection.code == "W201"


def test_text_without_entities_or_claims_is_rejected_w202() -> None:
    analysis = analyze("the the the the the the the the the the the the the the the the the.")
    assert analysis.rejection is not None
    assert analysis.rejection.code == "W202"


def test_analyze_takes_published_date() -> None:
    analysis = analyze(
        "Officials said the port would reopen on Monday after repairs.", published="2026-03-02"
    )
    assert str(analysis.article.published) == "2026-03-02"


def test_a_failing_stage_rejects_one_article_and_the_batch_goes_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from newsclaims.extract.quantities import stage  # noqa: PLC0415

    original = stage.find_quantities

    def explode(doc):  # type: ignore[no-untyped-def]
        if "explode" in doc.text:
            raise RuntimeError("boom")
        return original(doc)

    monkeypatch.setattr(stage, "find_quantities", explode)
    texts = [
        "Officials said 12 homes were lost in the fire on the hill. explode",
        "Officials said 40 homes were lost in the fire that swept the hill.",
    ]
    results = list(analyze_articles(Article(text=t) for t in texts))
    assert len(results) == 2
    assert results[0].rejection is not None and results[0].rejection.code == "W203"
    assert "newsclaims_quantities: RuntimeError: boom" in results[0].rejection.reason
    assert results[1].rejection is None and results[1].quantities[0].value == 40


def _invented(n: int) -> str:
    """An article of words no vocabulary holds, different for each ``n``."""
    return (
        f"Mayor Zorbla{n}quix of Vrenkost{n}ia said on Monday that {n}7319 homes were "
        f'damaged. "We will rebuild Vrenkost{n}ia," Zorbla{n}quix told the Gumbrik{n}ot Herald.'
    )


def test_a_batch_leaves_no_new_words_in_the_vocabulary() -> None:
    """Every new word an article brought stayed in spaCy's vocabulary and string store, so a
    long ingest of new names grew the process (the soak's writer); a batch now runs in a
    memory zone, and what it returns is plain data that outlives the zone."""
    nlp = build_pipeline()
    list(analyze_articles([Article(text=_invented(0))]))
    strings = len(nlp.vocab.strings)

    analyses = list(analyze_articles(Article(text=_invented(n)) for n in range(1, 41)))

    assert len(nlp.vocab.strings) == strings
    assert not any(f"Vrenkost{n}ia" in nlp.vocab for n in range(41))
    assert len(analyses) == 40
    for n, analysis in enumerate(analyses, start=1):
        names = {e.name for e in analysis.entities}
        assert any(f"Zorbla{n}quix" in name for name in names), names
        assert all(analysis.article.text[m.start : m.end] for m in analysis.mentions)


def test_threads_analysing_at_once_get_what_one_thread_gets() -> None:
    """A memory zone is state of the whole process: the API's request threads (and a Dask
    worker with several threads) analyse at once, and without one zone at a time they freed
    each other's words (KeyError E018 in the matcher, wrong entities)."""
    import threading  # noqa: PLC0415

    def key(analysis: Analysis) -> tuple[list[str], list[tuple[int, int]]]:
        return sorted(e.name for e in analysis.entities), [
            (c.start, c.end) for c in analysis.claims
        ]

    numbers = range(100, 124)
    alone = [key(a) for a in analyze_articles(Article(text=_invented(n)) for n in numbers)]
    together: dict[int, tuple[list[str], list[tuple[int, int]]]] = {}
    failed: list[BaseException] = []

    def work(first: int) -> None:
        mine = numbers[first::3]
        try:
            articles = (Article(text=_invented(n)) for n in mine)
            for n, analysis in zip(mine, analyze_articles(articles, batch_size=2), strict=True):
                together[n] = key(analysis)
        except BaseException as e:  # reported by the assert below
            failed.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failed == []
    assert [together.get(n) for n in numbers] == alone


def test_parse_articles_parses_headlines_in_batches_cut_to_the_setting(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    nlp = build_pipeline()
    calls: list[str] = []
    call = type(nlp).__call__

    def counted(self: Language, text: str, **kwargs: object) -> Doc:
        calls.append(text)
        return call(self, text, **kwargs)

    monkeypatch.setattr(type(nlp), "__call__", counted)
    long_title = "Mayor Lena Brandt opens the Harbour Bridge " * 20
    articles = [
        Article(id=str(i), text="Mayor Lena Brandt opened the bridge on Friday.", title=title)
        for i, title in enumerate(["Mayor opens bridge", None, long_title, "Bridge opens"])
    ]
    parsed = list(parse_articles(articles, batch_size=3))
    assert calls == []  # no headline parsed on its own
    headlines = [doc._.newsclaims_headline for doc, _ in parsed]
    assert [h.text if h is not None else None for h in headlines] == [
        "Mayor opens bridge",
        None,
        long_title[: settings_module.MAX_TITLE_CHARS],
        "Bridge opens",
    ]
    assert [a.id for _, a in parsed] == ["0", "1", "2", "3"]
    assert parsed[2][0]._.newsclaims_title == long_title[: settings_module.MAX_TITLE_CHARS]
