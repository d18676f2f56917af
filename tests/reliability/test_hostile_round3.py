"""Hostile input, round 3 (issue 21, probe21): new inputs of the kinds round 2 named. Each
test failed before its fix: bad metadata costs the field, one bad item costs that item, and
no input, option or request gives a traceback or a plain 500."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from fastapi.testclient import TestClient

from newsclaims import settings
from newsclaims.cli import main
from newsclaims.ingest import ReadResult, iter_inputs
from newsclaims.ingest.base import parse_date
from newsclaims.model import Analysis
from newsclaims.store import SqlStore
from newsclaims.web import create_app

GOOD = "Officials in Dunmore said on Monday that the bridge would reopen after repairs to it."
TOO_BIG = str(2**64)


def _codes(results: list[ReadResult]) -> list[str | None]:
    return [r.error.code if r.error else None for r in results]


def _warnings(results: list[ReadResult]) -> list[list[str]]:
    return [[w.code for w in r.warnings] for r in results]


def _rss(items: str) -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>F</title>'
        + items
        + "</channel></rss>"
    ).encode()


def _item(guid: str, extra: str = "") -> str:
    return f"<item><guid>{guid}</guid><description>{GOOD} {guid}</description>{extra}</item>"


# -- feeds: one entry's bad date or character reference costs the date, not the feed -------


@pytest.mark.parametrize(
    "stamp",
    [
        "<pubDate>0000-00-00T00:00:00Z</pubDate>",  # feedparser: year -1
        "<pubDate>0001-01-01T00:00:00+01:00</pubDate>",  # feedparser: year 0
    ],
)
def test_feed_entry_with_a_date_out_of_range_is_stored_without_it(
    tmp_path: Path, stamp: str
) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(_rss(_item("one") + _item("two", stamp) + _item("three")))
    results = list(iter_inputs([str(path)]))
    assert _codes(results) == [None, None, None]
    assert results[1].article is not None and results[1].article.published is None
    assert _warnings(results) == [[], ["W101"], []]


def test_atom_entry_updated_past_year_9999_is_stored_without_its_date(tmp_path: Path) -> None:
    entries = "".join(
        f"<entry><id>{i}</id><title>t</title><updated>{when}</updated>"
        f"<content type='html'>{GOOD} {i}</content></entry>"
        for i, when in enumerate(["2024-01-01T10:00:00Z", "9999-12-31T23:59:59-23:59"])
    )
    path = tmp_path / "atom.xml"
    path.write_text(
        '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
        + entries
        + "</feed>"
    )
    results = list(iter_inputs([str(path)]))
    assert _codes(results) == [None, None]
    assert _warnings(results) == [[], ["W101"]]


@pytest.mark.parametrize("ref", ["&#99999999999999999999999;", "&#x1000000000000000000;"])
def test_feed_character_reference_of_any_length_is_read_as_a_replacement(
    tmp_path: Path, ref: str
) -> None:
    path = tmp_path / "feed.xml"
    path.write_bytes(_rss(_item("one", f"<title>a{ref}b</title>") + _item("two")))
    results = list(iter_inputs([str(path)]))
    assert _codes(results) == [None, None]
    assert results[0].article is not None and results[0].article.title == "a\ufffdb"


# -- metadata: a URL, a date or a number that cannot be read costs the field -----------------


def test_a_url_that_cannot_be_parsed_costs_the_outlet_not_the_article(tmp_path: Path) -> None:
    lines = [json.dumps({"text": GOOD, "url": "http://[::1"}), json.dumps({"text": GOOD + " 2"})]
    (tmp_path / "a.jsonl").write_text("\n".join(lines))
    (tmp_path / "b.txt").write_text(GOOD + " 3")
    (tmp_path / "b.meta.json").write_text(json.dumps({"url": "http://[bad/x"}))
    results = list(iter_inputs([str(tmp_path / "a.jsonl"), str(tmp_path / "b.txt")]))
    assert _codes(results) == [None, None, None]
    first = results[0].article
    assert first is not None and first.url == "http://[::1" and first.outlet is None


@pytest.mark.parametrize("junk", ["-1", "12:00 BC", "Monday", "10:30"])
def test_a_date_without_year_month_and_day_is_no_date(junk: str) -> None:
    """dateutil fills what a string lacks from today: "-1" was read as the 1st of this
    month."""
    with pytest.raises(Exception, match="E114"):
        parse_date(junk, "x")


def test_a_date_without_year_is_left_out_with_a_warning(tmp_path: Path) -> None:
    lines = [json.dumps({"text": GOOD, "published": "-1"})]
    (tmp_path / "a.jsonl").write_text("\n".join(lines))
    results = list(iter_inputs([str(tmp_path / "a.jsonl")]))
    assert results[0].article is not None and results[0].article.published is None
    assert _warnings(results) == [["W101"]]


def test_full_dates_in_words_are_still_read() -> None:
    assert str(parse_date("Tuesday, March 5, 2019 10:00 EST", "x")) == "2019-03-05"
    assert str(parse_date("5 Mar 2019", "x")) == "2019-03-05"


def test_an_integer_longer_than_python_reads_is_coded_as_bad_json(tmp_path: Path) -> None:
    huge = "9" * 5000
    (tmp_path / "a.jsonl").write_text(
        f'{{"text": "{GOOD}", "published": {huge}}}\n{{"text": "{GOOD} 2"}}'
    )
    (tmp_path / "b.txt").write_text(GOOD + " 3")
    (tmp_path / "b.meta.json").write_text(f'{{"published": {huge}}}')
    (tmp_path / "c.json").write_text(f'{{"text": "{GOOD}", "n": {huge}}}')
    results = list(iter_inputs([str(tmp_path / n) for n in ("a.jsonl", "b.txt", "c.json")]))
    assert _codes(results) == ["E111", None, "E113", "E115"]


# -- encodings: UTF-16 and UTF-32 without a byte-order mark are text ------------------------


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
@pytest.mark.parametrize(
    ("name", "data"),
    [("a.txt", GOOD), ("a.jsonl", json.dumps({"text": GOOD}) + "\n")],
)
def test_wide_text_without_a_byte_order_mark_is_read(
    tmp_path: Path, encoding: str, name: str, data: str
) -> None:
    (tmp_path / name).write_bytes(data.encode(encoding))
    results = list(iter_inputs([str(tmp_path / name)]))
    assert _codes(results) == [None]
    assert results[0].article is not None and results[0].article.text == GOOD


def test_binary_with_nuls_is_still_binary(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(bytes(range(256)) * 8)
    # NULs in no lane: a PNG's header and chunks
    (tmp_path / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 200)
    results = list(iter_inputs([str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]))
    assert _codes(results) == ["E102", "E102"]


# -- HTML: a tag of very many attributes; blank first bytes ---------------------------------


@pytest.mark.parametrize("kind", ["page", "jsonl", "feed"])
def test_a_tag_with_very_many_attributes_is_read_without_them(tmp_path: Path, kind: str) -> None:
    """The parsers compare each attribute with those before it: 1.5 million attributes in
    one tag took over 5 minutes. The tag keeps its name; the text is read."""
    attributes = " ".join(f"a{i}=x" for i in range(settings.MAX_HTML_TAG_CHARS))
    html = f"<html><body><article><p {attributes}>{GOOD}</p></article></body></html>"
    if kind == "page":
        (tmp_path / "a.html").write_text(html)
    elif kind == "jsonl":
        (tmp_path / "a.html").write_text(json.dumps({"html": html}) + "\n")
        (tmp_path / "a.html").rename(tmp_path / "a.jsonl")
    else:
        escaped = f"<p {attributes}>{GOOD}</p>".replace("<", "&lt;").replace(">", "&gt;")
        (tmp_path / "a.xml").write_text(
            '<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item>'
            f"<guid>g</guid><description>{escaped}</description></item></channel></rss>"
        )
    from newsclaims.ingest import html as html_module  # noqa: PLC0415

    tamed: list[str] = []
    real_tame = html_module.tame

    def spy(text: str) -> str:
        out = real_tame(text)
        tamed.append(out)
        return out

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(html_module, "tame", spy)
        results = list(iter_inputs([str(p) for p in sorted(tmp_path.iterdir())]))
    assert _codes(results) == [None]
    assert results[0].article is not None and GOOD in results[0].article.text
    assert tamed and all("a1=x" not in t for t in tamed), "the attributes are cut before parsing"


def test_html_tags_of_ordinary_length_keep_their_attributes() -> None:
    from newsclaims.ingest.html import tame  # noqa: PLC0415

    page = '<p class="lead" title="' + "t" * 1000 + '">x</p>' * 50
    assert tame(page) == page


def test_a_file_whose_first_bytes_are_blank_is_not_empty(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(
        "\n" * (settings.SNIFF_BYTES * 2) + json.dumps({"text": GOOD})
    )
    (tmp_path / "b.txt").write_text(" " * (settings.SNIFF_BYTES * 2) + GOOD)
    results = list(iter_inputs([str(tmp_path / "a.jsonl"), str(tmp_path / "b.txt")]))
    assert _codes(results) == [None, None]


# -- metadata fields of megabytes ------------------------------------------------------------


def test_a_metadata_field_over_the_cap_costs_that_field(tmp_path: Path) -> None:
    """An 18 MB JSONL line with a 15 MB title took 1.5 GB to ingest."""
    long = "T" * (settings.MAX_META_FIELD_CHARS + 1)
    (tmp_path / "a.jsonl").write_text(
        json.dumps({"text": GOOD, "title": long, "outlet": "Daily", "author": long}) + "\n"
    )
    (tmp_path / "b.xml").write_bytes(_rss(_item("g", f"<title>{long}</title>")))
    results = list(iter_inputs([str(tmp_path / "a.jsonl"), str(tmp_path / "b.xml")]))
    assert _codes(results) == [None, None]
    first, second = (r.article for r in results)
    assert first is not None and first.title is None and first.author is None
    assert first.outlet == "Daily"
    assert second is not None and second.title is None
    assert _warnings(results) == [["W103", "W103"], ["W103"]]


def test_metadata_fields_under_the_cap_are_kept(tmp_path: Path) -> None:
    title = "T" * settings.MAX_META_FIELD_CHARS
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": GOOD, "title": title}) + "\n")
    results = list(iter_inputs([str(tmp_path / "a.jsonl")]))
    assert results[0].article is not None and results[0].article.title == title


# -- folders: a deep tree is walked -------------------------------------------------------


def test_a_folder_tree_deeper_than_the_recursion_limit_is_walked(tmp_path: Path) -> None:
    top = tmp_path / "tree"
    top.mkdir()
    (top / "top.txt").write_text(GOOD)
    try:
        _deep_folders(top, 1200)  # os.walk recursed once per level: RecursionError lost it all
        results = list(iter_inputs([str(top)]))
    finally:
        # pytest's own clean-up (shutil.rmtree) recurses too: remove the tree here
        subprocess.run(["rm", "-rf", str(top)], check=True)
    assert None in _codes(results), "the file at the top is read"
    assert "E116" not in _codes(results)
    assert set(_codes(results)) <= {None, "E110"}, _codes(results)


def _deep_folders(top: Path, depth: int) -> None:
    """``depth`` nested folders under ``top`` with a text file at the bottom."""
    here = os.open(top, os.O_RDONLY)
    try:
        for _ in range(depth):
            os.mkdir("d", dir_fd=here)
            inner = os.open("d", os.O_RDONLY, dir_fd=here)
            os.close(here)
            here = inner
        fd = os.open("x.txt", os.O_WRONLY | os.O_CREAT, dir_fd=here)
        os.write(fd, (GOOD + " deep").encode())
        os.close(fd)
    finally:
        os.close(here)


# -- CLI: numbers, store URLs and files that are no store ----------------------------------


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 's.db'}"
    SqlStore(url).close()
    return url


@pytest.mark.parametrize(
    "args",
    [
        ["articles", "--offset", TOO_BIG],
        ["articles", "--limit", TOO_BIG],
        ["claims", "--story", TOO_BIG],
        ["unmark", TOO_BIG, "--who", "me"],
    ],
)
def test_cli_numbers_past_the_stores_integers_are_a_usage_error(
    runner: CliRunner, db: str, args: list[str]
) -> None:
    result = runner.invoke(main, [*args, "--db", db])
    assert result.exit_code == 2, (result.exception, result.stderr)
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("url", ["postgresql://u@[::1", "postgresql://u@h:port/x"])
def test_cli_a_malformed_store_url_is_e401(runner: CliRunner, url: str) -> None:
    result = runner.invoke(main, ["articles", "--db", url])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert "[E401]" in result.stderr


@pytest.mark.parametrize("command", ["articles", "ingest"])
def test_cli_a_fifo_given_as_the_store_is_e305_without_waiting(
    runner: CliRunner, tmp_path: Path, command: str
) -> None:
    fifo = tmp_path / "store.db"
    os.mkfifo(fifo)
    args = [command, "--db", f"sqlite:///{fifo}"]
    if command == "ingest":
        args.insert(1, str(tmp_path / "missing.txt"))
    done = threading.Event()
    released: list[bool] = []

    def release() -> None:
        # before the fix, opening the FIFO waited for a writer forever: open one (once the
        # command is done or long stuck) so that a failing test ends instead of hanging
        if not done.wait(60):
            released.append(True)
            os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))

    helper = threading.Thread(target=release, daemon=True)
    helper.start()
    try:
        result = runner.invoke(main, args)
    finally:
        done.set()
        helper.join()
    assert not released, "the command opened the FIFO and waited for a writer"
    assert result.exit_code == 1 and "[E305]" in result.stderr, result.stderr


def test_cli_an_unexpected_failure_is_one_coded_line(
    runner: CliRunner, db: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsclaims import views  # noqa: PLC0415

    def boom(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("a bug [/b]")

    monkeypatch.setitem(views.RESOURCES, "articles", boom)
    result = runner.invoke(main, ["articles", "--db", db])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert "[E424]" in result.stderr and "RuntimeError" in result.stderr
    assert "a bug [/b]" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_usage_errors_still_exit_2(runner: CliRunner, db: str) -> None:
    result = runner.invoke(main, ["articles", "--db", db, "--limit", "x"])
    assert result.exit_code == 2


# -- the server: NUL characters, numbers and digits that are no number --------------------


@pytest.fixture
def client(make_analysis: Callable[..., Analysis], store: SqlStore) -> Iterator[TestClient]:
    """A tokenless app on the parametrised store (SQLite and PostgreSQL)."""
    store.add(make_analysis("Mayor Ana Ruiz said the library in Dunmore would open in June."))
    app = create_app(store.url)
    with TestClient(app, raise_server_exceptions=False, base_url="http://127.0.0.1") as c:
        yield c


@pytest.mark.parametrize(
    "path",
    [
        "/api/claims?outlet=%00",
        "/api/claims?source=a%00b",
        "/api/figures?measure=%00",
        "/api/events?where=%00",
        "/api/articles/%00",
        "/api/entities/%00",
        "/articles/%00",
        "/entities/%00",
        "/search?q=%00",
        "/export/claims.csv?outlet=%00",
    ],
)
def test_server_nul_in_a_path_or_query_is_422_on_every_store(client: TestClient, path: str) -> None:
    """SQLite took a NUL, PostgreSQL answered 500 (DataError)."""
    response = client.get(path)
    assert response.status_code == 422, response.text
    assert "E412" in response.text
    assert response.headers.get("content-security-policy")


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/api/entities/merge", {"into": "\x00", "other": "x", "who": "me"}),
        ("/api/entities/split", {"name": "x", "alias": "y", "who": "\x00"}),
        ("/api/marks", {"target": "claim", "key": "1", "who": "me", "reason": "a\x00"}),
        ("/api/marks/1/undo", {"who": "\x00"}),
    ],
)
def test_server_nul_in_a_correction_is_422_on_every_store(
    client: TestClient, path: str, body: dict[str, str]
) -> None:
    response = client.post(path, json=body)
    assert response.status_code == 422, response.text
    assert response.json()["error"]["code"] == "E412"


@pytest.mark.parametrize(
    "path",
    [
        f"/stories/{TOO_BIG}",
        "/claims?story=%C2%B2",
        "/claims?page=%C2%B2",
        "/figures?story=%C2%B9",
    ],
)
def test_server_pages_with_numbers_that_are_none_are_4xx(client: TestClient, path: str) -> None:
    """A story id past 2^63 overflowed; '²' passes ``str.isdigit`` but not ``int``."""
    response = client.get(path)
    assert 400 <= response.status_code < 500, response.text


def test_server_undo_of_a_mark_id_past_the_stores_integers_is_4xx(tmp_path: Path) -> None:
    app = create_app(f"sqlite:///{tmp_path / 'tok.db'}", token="s3cret")
    with TestClient(app, raise_server_exceptions=False) as c:
        response = c.post(
            f"/corrections/{TOO_BIG}/undo",
            data={"who": "me", "token": "s3cret"},
            headers={"Sec-Fetch-Site": "same-origin"},
        )
    assert response.status_code == 422, response.text


def test_server_nul_in_a_correction_form_is_422(tmp_path: Path) -> None:
    app = create_app(f"sqlite:///{tmp_path / 'form.db'}")
    with TestClient(app, raise_server_exceptions=False, base_url="http://127.0.0.1") as c:
        response = c.post(
            "/corrections/merge",
            data={"who": "me", "into": "a\x00", "other": "b"},
            headers={"Sec-Fetch-Site": "same-origin"},
        )
    assert response.status_code == 422, response.text


def test_settings_bound_ids_to_the_stores_integers() -> None:
    assert settings.MAX_ID == 2**63 - 1


def test_wide_text_with_a_byte_order_mark_is_unchanged(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(codecs.BOM_UTF16_LE + GOOD.encode("utf-16-le"))
    results = list(iter_inputs([str(tmp_path / "a.txt")]))
    assert results[0].article is not None and results[0].article.text == GOOD


# -- probe21b: the gaps round 3 left -------------------------------------------------------


def _page(title: str, extra_head: str = "") -> bytes:
    body = "".join(f"<p>{GOOD} Paragraph {i}.</p>" for i in range(4))
    return (
        f"<html><head><title>{title}</title>{extra_head}</head>"
        f"<body><article>{body}</article></body></html>"
    ).encode()


def test_an_html_pages_own_title_over_the_cap_costs_the_title(tmp_path: Path) -> None:
    """The cap covered JSONL, meta.json and feeds; a page's `<title>` of megabytes was kept."""
    long = "T" * (settings.MAX_META_FIELD_CHARS + 1)
    site = f'<meta property="og:site_name" content="{"S" * (settings.MAX_META_FIELD_CHARS + 1)}">'
    (tmp_path / "a.html").write_bytes(_page(long, site))
    (tmp_path / "b.html").write_bytes(_page("A short title"))
    results = list(iter_inputs([str(tmp_path / "a.html"), str(tmp_path / "b.html")]))
    assert _codes(results) == [None, None]
    first, second = (r.article for r in results)
    assert first is not None and first.title is None and first.outlet is None
    assert second is not None and second.title == "A short title"
    assert _warnings(results) == [["W103", "W103"], []]


def test_a_link_to_a_folder_in_a_walk_is_a_warning(tmp_path: Path) -> None:
    """A linked folder was skipped without a word (as os.walk did)."""
    top = tmp_path / "in"
    (top / "sub").mkdir(parents=True)
    (top / "a.txt").write_text(GOOD)
    (top / "sub" / "b.txt").write_text(GOOD + " Again.")
    (top / "up").symlink_to(tmp_path, target_is_directory=True)
    results = list(iter_inputs([str(top)]))
    assert _codes(results) == [None, None, None]
    [link] = [r for r in results if r.article is None]
    assert link.origin.endswith("up")
    assert [w.code for w in link.warnings] == ["W104"]
    assert sum(r.article is not None for r in results) == 2


def test_a_folder_link_warning_is_no_failure_in_the_summary(runner: CliRunner, db: str) -> None:
    top = Path(db.removeprefix("sqlite:///")).parent / "in"
    top.mkdir()
    (top / "a.txt").write_text("")
    (top / "up").symlink_to(top.parent, target_is_directory=True)
    result = runner.invoke(main, ["ingest", "--db", db, str(top)])
    assert "W104" in result.output
    assert "1 failed" in result.output  # the empty file, not the link


def _warc_with(targets: list[str]) -> bytes:
    import io  # noqa: PLC0415

    from warcio.statusandheaders import StatusAndHeaders  # noqa: PLC0415
    from warcio.warcwriter import WARCWriter  # noqa: PLC0415

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    for i, target in enumerate(targets):
        page = _page(f"Page {i}")
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            target, "response", payload=io.BytesIO(page), length=len(page), http_headers=headers
        )
        writer.write_record(record)
    return out.getvalue()


def test_a_warc_response_for_no_http_uri_is_a_warning(tmp_path: Path) -> None:
    """A `javascript:` target was skipped without a word."""
    path = tmp_path / "a.warc"
    path.write_bytes(
        _warc_with(["https://a.example/1", "javascript:alert(1)", "https://a.example/2"])
    )
    results = list(iter_inputs([str(path)]))
    assert _codes(results) == [None, None, None]
    assert [r.article is not None for r in results] == [True, False, True]
    assert _warnings(results) == [[], ["W105"], []]
    assert "javascript:" in results[1].origin


@pytest.mark.parametrize(
    "stamp",
    ["2024-03-01T10:00:00+25:00", "2024-03-01T10:00:00-99:00", "1 March 2024 10:00 +4800"],
)
def test_a_zone_offset_of_a_day_or_more_is_no_date(tmp_path: Path, stamp: str) -> None:
    """Offsets past ±24 h were read as the day."""
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": GOOD, "published": stamp}) + "\n")
    [result] = list(iter_inputs([str(tmp_path / "a.jsonl")]))
    assert result.article is not None and result.article.published is None
    assert _warnings([result]) == [["W101"]]


def test_a_zone_offset_under_a_day_is_kept() -> None:
    assert str(parse_date("2024-03-01T10:00:00+23:59", "x")) == "2024-03-01"


def test_html_posted_with_title_and_outlet_uses_them() -> None:
    """`POST /articles` reads its body this way; the given title and outlet were ignored."""
    from newsclaims.ingest import read_bytes  # noqa: PLC0415

    long = "O" * (settings.MAX_META_FIELD_CHARS + 1)
    page = _page("The page's own title")
    given = {"title": "Given title", "outlet": "Given Outlet"}
    [result] = list(read_bytes(page, "<post>", "post.html", text_meta=given))
    assert result.article is not None
    assert (result.article.title, result.article.outlet) == ("Given title", "Given Outlet")
    [capped] = list(read_bytes(page, "<post>", "post.html", text_meta={"outlet": long}))
    assert capped.article is not None and capped.article.title == "The page's own title"
    assert capped.article.outlet is None
    assert _warnings([capped]) == [["W103"]]


def test_a_page_whose_own_date_breaks_the_extractor_loses_the_date_not_the_article(
    tmp_path: Path,
) -> None:
    """trafilatura gave no result at all for a page dated "+25:00" (E106, the article lost)."""
    path = tmp_path / "a.html"
    path.write_bytes(_page("Bridge", '<meta name="date" content="2024-03-01T10:00:00+25:00">'))
    [result] = list(iter_inputs([str(path)]))
    assert result.error is None and result.article is not None
    assert "bridge would reopen" in result.article.text
    assert result.article.published is None
    assert _warnings([result]) == [["W101"]]


def test_a_warc_cut_inside_its_first_target_uri_is_e105(tmp_path: Path) -> None:
    """Cut at some bytes of the WARC-Target-URI line, the archive gave no result at all."""
    data = _warc_with(["https://a.example/1"])
    at = data.index(b"WARC-Target-URI")
    for cut in range(at, at + 40):
        path = tmp_path / f"cut{cut}.warc"
        path.write_bytes(data[:cut])
        assert _codes(list(iter_inputs([str(path)]))) == ["E105"], cut
