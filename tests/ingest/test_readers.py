"""Each reader on hand-written fixtures, and every bad input with its code."""

from __future__ import annotations

import gzip
import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from newsclaims.ingest import RawInput, ReadResult, iter_inputs, iter_raw, parse_raw, read_bytes
from newsclaims.ingest.base import parse_stamp
from newsclaims.ingest.detect import Kind, sniff
from newsclaims.ingest.html import decode_html


def _results(*paths: Path | str) -> list:
    return list(iter_inputs([str(p) for p in paths]))


def test_text_reader_reads_meta_beside_file(fixtures: Path) -> None:
    [result] = _results(fixtures / "mayor.txt")
    article = result.article
    assert article is not None
    assert article.title == "Library to open in June"
    assert article.published == date(2026, 1, 12)
    assert article.outlet == "town-gazette.example"
    assert article.text.startswith("Mayor Ana Ruiz said")
    assert article.text == (fixtures / "mayor.txt").read_text(encoding="utf-8")


def test_text_reader_lone_article_uses_meta_json(tmp_path: Path) -> None:
    (tmp_path / "article.txt").write_text("The council said the road would reopen soon.", "utf-8")
    (tmp_path / "meta.json").write_text('{"published": "2025-08-30", "title": "Road"}', "utf-8")
    (tmp_path / "expected.json").write_text('{"claims": []}', "utf-8")
    results = _results(tmp_path)
    assert len(results) == 1, "meta.json and expected.json are never articles"
    assert results[0].article.published == date(2025, 8, 30)
    assert results[0].article.title == "Road"


def test_html_reader_extracts_main_text_and_metadata(fixtures: Path) -> None:
    [result] = _results(fixtures / "page.html")
    article = result.article
    assert article is not None
    assert "port of Marlow reopened" in article.text
    assert "alert" not in article.text and "color: red" not in article.text
    assert "Home | World" not in article.text
    assert article.outlet == "Coast Herald"
    assert article.published == date(2026, 4, 2)
    assert article.author == "Kim Lee"


def test_jsonl_reader_keeps_going_after_a_broken_line(fixtures: Path) -> None:
    results = _results(fixtures / "articles.jsonl")
    assert [r.origin.rsplit("#", 1)[1] for r in results] == ["1", "2", "3", "4"]
    good = [r for r in results if r.article]
    assert [a.article.url for a in good] == [
        "https://paper.example/budget",
        "https://paper.example/robbery",
    ]
    assert good[0].article.outlet == "The Paper"
    assert "two men had been arrested" in good[1].article.text
    assert [r.error.code for r in results if r.error] == ["E111", "E111"]


@pytest.mark.parametrize("name", ["feed.rss", "feed.atom"])
def test_feed_reader_yields_entries(fixtures: Path, name: str) -> None:
    results = _results(fixtures / name)
    articles = [r.article for r in results if r.article]
    assert articles, results
    assert all("alert" not in a.text for a in articles)
    assert articles[0].url and articles[0].url.startswith("https://")
    assert articles[0].outlet in ("Valley News", "Atom Wire")


def test_feed_entry_without_text_is_e101(fixtures: Path) -> None:
    results = _results(fixtures / "feed.rss")
    assert [r.error.code for r in results if r.error] == ["E101"]
    assert results[0].article.published == date(2026, 3, 2)


def test_warc_reader_reads_html_responses_only(warc_file: Path) -> None:
    results = _results(warc_file)
    assert [r.article.url for r in results] == ["https://a.example/one", "https://a.example/two"]
    assert "strike at the Hollin plant" in results[0].article.text


def test_truncated_warc_keeps_records_before_the_damage(warc_file: Path, tmp_path: Path) -> None:
    data = warc_file.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(data[: int(len(data) * 0.8)])
    results = _results(cut)
    assert results[0].article is not None
    assert results[-1].error is not None and results[-1].error.code == "E105"


def test_folder_walk_reads_every_kind_and_skips_metadata(fixtures: Path, warc_file: Path) -> None:
    origins = {r.origin.split("#")[0] for r in _results(fixtures)}
    names = {Path(o).name for o in origins}
    assert "mayor.meta.json" not in names
    assert {"mayor.txt", "page.html", "feed.rss", "articles.jsonl"} <= names


@pytest.mark.parametrize(
    ("content", "name", "code"),
    [
        (b"", "empty.txt", "E101"),
        (b"   \n\t  \n", "blank.txt", "E101"),
        (bytes(range(256)) * 4, "blob.bin", "E102"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "image.txt", "E102"),
        ("Caf\u00e9 au lait was served.".encode("latin-1"), "latin1.txt", "E103"),
        (b"<?xml version='1.0'?><inventory><item>1</item></inventory>", "data.xml", "E104"),
        (
            b"<html><head><script>x()</script></head><body><div></div></body></html>",
            "blank.html",
            "E106",
        ),
        (gzip.compress(b"just some gzip, not a warc"), "x.gz", "E102"),
    ],
)
def test_bad_input_gives_coded_error(tmp_path: Path, content: bytes, name: str, code: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    [result] = _results(path)
    assert result.article is None
    assert result.error is not None
    assert result.error.code == code
    assert str(result.error).startswith(f"[{code}]")
    assert "Try:" in str(result.error)


def test_missing_path_is_e110(tmp_path: Path) -> None:
    [result] = _results(tmp_path / "nope.txt")
    assert result.error.code == "E110"


def test_batch_goes_on_after_bad_inputs(tmp_path: Path, fixtures: Path) -> None:
    (tmp_path / "a-empty.txt").write_bytes(b"")
    (tmp_path / "b-good.txt").write_text(
        "Officials said the bridge would reopen on Monday.", "utf-8"
    )
    results = _results(tmp_path)
    assert [bool(r.article) for r in results] == [False, True]


@pytest.mark.parametrize(
    ("head", "name", "kind"),
    [
        (b"<!DOCTYPE html><html>", "x.txt", Kind.HTML),
        (b"<?xml version='1.0'?><rss version='2.0'>", "x.txt", Kind.FEED),
        (b'<feed xmlns="http://www.w3.org/2005/Atom">', "x", Kind.FEED),
        (b'{"text": "a"}\n{"text": "b"}', "x.txt", Kind.JSONL),
        (b'{\n  "title": "a",\n  "text": "b"\n}', "x.json", Kind.JSON),
        (b'[{"text": "a"}, {"text": "b"}]', "x", Kind.JSON),
        (b"WARC/1.0\r\n", "x.bin", Kind.WARC),
        (b"Plain words about <p> tags.", "notes.txt", Kind.TEXT),
    ],
)
def test_sniff_chooses_reader_by_content(head: bytes, name: str, kind: Kind) -> None:
    assert sniff(head, name) is kind


def test_read_bytes_plain_text_offsets_are_the_text_as_read() -> None:
    text = "  Leading spaces and “curly quotes” stay.\r\nSecond line.  "
    [result] = list(read_bytes(text.encode("utf-8"), "<mem>"))
    assert result.article.text == text


@pytest.mark.parametrize("fraction", [0.3, 0.5, 0.8, 0.95, 0.99])
@pytest.mark.parametrize("compressed", [True, False])
def test_warc_truncated_anywhere_is_e105(
    warc_file: Path, tmp_path: Path, fraction: float, compressed: bool
) -> None:
    data = warc_file.read_bytes() if compressed else gzip.decompress(warc_file.read_bytes())
    cut = tmp_path / ("cut.warc.gz" if compressed else "cut.warc")
    cut.write_bytes(data[: int(len(data) * fraction)])
    results = _results(cut)
    assert results[-1].error is not None
    assert results[-1].error.code == "E105"
    assert all(r.error is None for r in results[:-1])


@pytest.mark.parametrize("compressed", [True, False])
def test_warc_cut_at_every_byte_never_raises(warc_file: Path, compressed: bool) -> None:
    """Every prefix of an archive reads as whole records then a coded error (fuzzing found
    cuts inside HTTP headers that made warcio raise AttributeError)."""
    data = warc_file.read_bytes() if compressed else gzip.decompress(warc_file.read_bytes())
    step = max(1, len(data) // 400)
    for cut in range(1, len(data), step):
        results = list(read_bytes(data[:cut], "<cut>", "cut.warc"))
        assert all(r.article is not None or r.error is not None for r in results)
        if results:
            assert all(r.error is None for r in results[:-1]), cut


@pytest.mark.parametrize("field", ["text", "html"])
def test_jsonl_body_field_of_the_wrong_type_is_e111(field: str) -> None:
    record = {"text": "Officials in Dunmore said the bridge would reopen on Monday.", field: 7}
    good = {"text": "Officials in Marlow said the ferry would resume on Tuesday."}
    data = f"{json.dumps(record)}\n{json.dumps(good)}".encode()
    first, second = read_bytes(data, "f.jsonl", "f.jsonl")
    assert first.error is not None and first.error.code == "E111"
    assert field in str(first.error)
    assert second.article is not None


@pytest.mark.parametrize(
    ("field", "code"),
    [("url", "W102"), ("title", "W102"), ("outlet", "W102"), ("author", "W102"),
     ("language", "W102"), ("published", "W101")],
)  # fmt: skip
def test_jsonl_metadata_of_the_wrong_type_costs_the_field_not_the_article(
    field: str, code: str
) -> None:
    """Bad metadata is not fatal: the article is read without the field, with a warning."""
    text = "Officials in Dunmore said the bridge would reopen on Monday."
    data = json.dumps({"text": text, "title": "Bridge", field: [7]}).encode()
    [result] = read_bytes(data, "f.jsonl", "f.jsonl")
    assert result.error is None and result.article is not None
    assert result.article.text == text
    assert [w.code for w in result.warnings] == [code]
    assert (field if code == "W102" else "[7]") in str(result.warnings[0])
    if field != "title":
        assert result.article.title == "Bridge"
    [plain] = read_bytes(json.dumps({"text": text}).encode(), "g.jsonl", "g.jsonl")
    assert plain.article is not None
    default = getattr(plain.article, field)
    assert getattr(result.article, field) == default


_UTF8_BODY = "Officials said the \u201cold\u201d caf\u00e9 in D\u00fcnmore would reopen."


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        # plain UTF-8, with and without a byte-order mark
        (_UTF8_BODY.encode("utf-8"), _UTF8_BODY),
        (b"\xef\xbb\xbf" + _UTF8_BODY.encode("utf-8"), _UTF8_BODY),
        # a declared legacy charset is honoured
        (
            b'<meta charset="iso-8859-1"><p>caf\xe9 in D\xfcnmore</p>',
            '<meta charset="iso-8859-1"><p>caf\u00e9 in D\u00fcnmore</p>',
        ),
        # mixed: a UTF-8 page with one pasted Latin-1 byte keeps every UTF-8 character
        (
            f"<p>{_UTF8_BODY * 3} the caf".encode() + b"\xe9 reopened</p>",
            f"<p>{_UTF8_BODY * 3} the caf\ufffd reopened</p>",
        ),
        # undeclared and mostly not UTF-8: Windows-1252, curly quotes included
        (
            b"\x93Caf\xe9\x94 owners in D\xfcnmore said",
            "\u201cCaf\u00e9\u201d owners in D\u00fcnmore said",
        ),
        # a declared charset that does not exist falls back like an undeclared one
        (
            b'<meta charset="no-such"><p>caf\xe9 \xe9t\xe9</p>',
            '<meta charset="no-such"><p>caf\u00e9 \u00e9t\u00e9</p>',
        ),
    ],
)
def test_html_decoding_handles_legacy_and_mixed_encodings(data: bytes, expected: str) -> None:
    assert decode_html(data) == expected


def test_html_with_mixed_encodings_is_read_without_mojibake() -> None:
    page = (
        '<html><head><meta charset="utf-8"><title>Bridge</title></head><body><article><p>'
        "Officials in Dunmore said on Monday that the \u201cold\u201d bridge near the caf"
    ).encode() + b"\xe9 would reopen after repairs.</p></article></body></html>"
    (result,) = read_bytes(page, "mixed.html", "mixed.html")
    assert result.article is not None
    assert "\u201cold\u201d bridge near the caf\ufffd would reopen" in result.article.text


def test_json_document_reads_a_news_please_record() -> None:
    """A crawler's JSON document (news-please field names) is one article with its metadata,
    not text to analyse."""
    record = {
        "title": "Bridge reopens",
        "text": "Officials in Dunmore said the bridge would reopen on Monday.",
        "date_publish": "2016-11-10 07:15:00",
        "publisher": "dunmorepost",
        "authors": ["A. Writer", "B. Writer"],
        "url": "https://dunmorepost.example/bridge",
        "category": "local",
    }
    [result] = read_bytes(json.dumps(record, indent=2).encode(), "story.json", "story.json")
    article = result.article
    assert article is not None
    assert article.text == record["text"]
    assert (article.title, article.outlet, article.author) == (
        "Bridge reopens",
        "dunmorepost",
        "A. Writer, B. Writer",
    )
    assert article.published == date(2016, 11, 10)


def test_json_document_list_reads_each_item_and_goes_on_after_a_bad_one() -> None:
    items = [
        {"text": "Officials in Dunmore said the bridge would reopen on Monday."},
        {"title": "no text"},
        "not an object",
        {"maintext": "Officials in Marlow said the ferry would resume on Tuesday."},
    ]
    results = list(read_bytes(json.dumps(items).encode(), "list.json", "list.json"))
    assert [r.error.code if r.error else "ok" for r in results] == ["ok", "E115", "E115", "ok"]
    assert [r.origin for r in results] == [f"list.json#{n}" for n in range(1, 5)]


def test_broken_json_document_is_e115() -> None:
    [result] = read_bytes(b'{"text": "unfinished', "bad.json", "bad.json")
    assert result.error is not None and result.error.code == "E115"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2016-11-10 07:15:00", datetime(2016, 11, 10, 7, 15)),
        ("2016-11-10T18:40:00+00:00", datetime(2016, 11, 10, 18, 40, tzinfo=UTC)),
        ("2016-11-10", None),
        ("2016-11-10 00:00:00", None),
        (None, None),
    ],
)
def test_parse_stamp_keeps_the_time_of_day_only_when_given(
    value: str | None, expected: datetime | None
) -> None:
    assert parse_stamp(value, "<meta>") == expected


def test_json_document_keeps_the_publication_time_of_day() -> None:
    record = {
        "text": "Officials in Dunmore said the bridge would reopen.",
        "date_publish": "2016-11-10 07:15:00",
    }
    [result] = read_bytes(json.dumps(record).encode(), "s.json", "s.json")
    assert result.article is not None
    assert result.article.published_at == datetime(2016, 11, 10, 7, 15)
    assert result.article.published == date(2016, 11, 10)


def _seen(result: ReadResult) -> tuple[object, ...]:
    article = result.article
    codes = tuple(w.code for w in result.warnings)
    error = result.error.code if result.error else None
    return result.origin, article, error, codes


def test_iter_raw_leaves_the_parse_of_pages_and_texts_to_parse_raw(mixed_inputs: Path) -> None:
    """What a Dask driver reads (``iter_raw``: pages and texts as bytes) and its workers parse
    (``parse_raw``) gives the results of ``iter_inputs``, in the same order; JSON articles,
    bad files and archive checks stay with the reader (the controls)."""
    folder = mixed_inputs

    raw = list(iter_raw([str(folder)]))
    parsed = [r for i in raw for r in (parse_raw(i) if isinstance(i, RawInput) else [i])]

    assert [_seen(r) for r in parsed] == [_seen(r) for r in iter_inputs([str(folder)])]
    deferred = [i.origin.removeprefix(f"{folder}/") for i in raw if isinstance(i, RawInput)]
    assert deferred == [
        "crawl.warc.gz#https://a.example/one",
        "crawl.warc.gz#https://a.example/empty",
        "mayor.txt",
        "page-0.html",
        "page-1.html",
        "page-2.html",
        "script-only.html",
    ]
    read_here = [_seen(i)[2:] for i in raw if isinstance(i, ReadResult)]
    assert read_here == [("E101", ()), (None, ("W101",)), ("E111", ())]
    assert [code for _, _, code, _ in map(_seen, parsed) if code] == [
        "E101",
        "E106",
        "E111",
        "E106",
    ]
