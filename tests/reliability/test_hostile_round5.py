"""Hostile input, round 5 (issue 21, probe21c): new inputs of the kinds issue 21 names. Each
test failed before its fix."""

from __future__ import annotations

import gzip
import json
import os
import socket
import subprocess
import sys
import threading
import tracemalloc
import zlib
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from newsclaims import settings
from newsclaims.cli import main
from newsclaims.ingest import iter_inputs
from newsclaims.ingest.url import is_public_address
from newsclaims.store import SqlStore

PAGE = (
    b"<html><head><title>Bridge</title></head><body><article><p>Officials in Dunmore said on"
    b" Monday that the bridge would reopen after repairs to it were finished this week.</p>"
    b"</article></body></html>"
)


def _serve_once(answer: bytes) -> Iterator[str]:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]

        def reply() -> None:
            conn, _ = listener.accept()
            with conn:
                conn.recv(65536)
                conn.sendall(answer)

        thread = threading.Thread(target=reply, daemon=True)
        thread.start()
        yield f"http://127.0.0.1:{port}/"
        thread.join(5)


def _response(body: bytes, coding: str) -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: "
        + coding.encode()
        + b"\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % len(body)
        + body
    )


def _gzip_of_zeros(size: int) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = b"\0" * (1 << 20)
    return b"".join(packer.compress(block) for _ in range(size >> 20)) + packer.flush()


# -- URLs: a chain of content codings is undone within the cap ---------------------------


def test_a_chained_gzip_body_is_decoded_within_the_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    """A body declared "gzip, gzip": httpx undid the chain a chunk at a time without a bound
    (1,827 bytes became 2 GB in memory). Now each layer stops past the cap (E109)."""
    monkeypatch.setattr(settings, "MAX_INPUT_BYTES", 1 << 20)
    bomb = gzip.compress(_gzip_of_zeros(64 << 20))
    for url in _serve_once(_response(bomb, "gzip, gzip")):
        tracemalloc.start()
        try:
            [result] = list(iter_inputs([url], allow_private=True))
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert result.error is not None and result.error.code == "E109"
    assert peak < 16 << 20


@pytest.mark.parametrize("coding", ["gzip", "deflate", "gzip, identity"])
def test_a_page_in_one_content_coding_is_still_read(coding: str) -> None:
    body = zlib.compress(PAGE) if coding == "deflate" else gzip.compress(PAGE)
    for url in _serve_once(_response(body, coding)):
        [result] = list(iter_inputs([url], allow_private=True))
    assert result.error is None and result.article is not None
    assert "bridge would reopen" in result.article.text


def test_an_unknown_content_coding_is_coded() -> None:
    for url in _serve_once(_response(b"\x28\xb5\x2f\xfd" + b"\0" * 10, "zstd")):
        [result] = list(iter_inputs([url], allow_private=True))
    assert result.error is not None and result.error.code == "E107"


# -- HTML: a page of too many elements is refused before the extractor sees it -----------


def test_a_page_of_too_many_elements_is_e109_and_the_batch_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """3 million ``<br>`` (12 MB) kept the extractor busy over 5 minutes and took 2 GB;
    the count is checked before parsing (the cap is small here so the test is quick)."""
    monkeypatch.setattr(settings, "MAX_HTML_ELEMENTS", 200, raising=False)
    (tmp_path / "a-many.html").write_bytes(PAGE.replace(b"</p>", b"</p>" + b"<br>" * 201))
    (tmp_path / "b-page.html").write_bytes(PAGE)
    results = list(iter_inputs([str(tmp_path)]))
    assert [r.error.code if r.error else None for r in results] == ["E109", None]
    assert results[1].article is not None


# -- printed output: control characters from inputs never reach the terminal -------------


def test_escape_sequences_in_titles_and_names_are_not_printed(tmp_path: Path) -> None:
    """A stored title ``ESC ]0;...BEL ESC [2J`` retitled and cleared the terminal of whoever
    listed the articles; a file name with ``ESC [31m`` coloured the error lines."""
    text = "Officials in Dunmore said on Monday that the bridge would reopen after repairs to it."
    record = {"text": text, "title": "\x1b]0;owned\x07\x1b[2Jtitle", "outlet": "\x9b31mC1"}
    (tmp_path / "in.jsonl").write_text(json.dumps(record) + "\n")
    (tmp_path / "bad\x1b[31mred.txt").write_bytes(b"")
    db = f"sqlite:///{tmp_path / 's.db'}"
    runner = CliRunner()
    ingested = runner.invoke(main, ["ingest", str(tmp_path), "--db", db])
    assert "E101" in ingested.stderr and "red.txt" in ingested.stderr
    listed = runner.invoke(main, ["articles", "--db", db, "--format", "table"])
    assert listed.exit_code == 0, listed.stderr
    assert "title" in listed.stdout and "C1" in listed.stdout
    for out in (ingested.stderr, listed.stdout):
        assert not set(out) & {"\x1b", "\x07", "\x9b"}, out


# -- SSRF: IPv6 addresses outside global unicast that carry an IPv4 address ---------------


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("::127.0.0.1", False),  # IPv4-compatible (deprecated) to loopback
        ("::a00:1", False),  # IPv4-compatible to 10.0.0.1
        ("::ffff:0:7f00:1", False),  # SIIT IPv4-translated to 127.0.0.1
        ("::ffff:0:a9fe:a9fe", False),  # SIIT to 169.254.169.254
        ("::ffff:0:808:808", False),  # SIIT: not global unicast either
        ("2606:4700:4700::1111", True),
        ("::ffff:8.8.8.8", True),  # IPv4-mapped: the IPv4 address counts
    ],
)
def test_ipv6_outside_global_unicast_is_not_public(address: str, public: bool) -> None:
    assert is_public_address(address) is public


# -- folders: a text file whose metadata file could not have its name --------------------


def test_a_text_file_with_a_name_near_the_limit_is_read(tmp_path: Path) -> None:
    """A 255-byte file name is valid, but ``NAME.meta.json`` beside it is not: looking for it
    raised "File name too long" and the text was lost (E110)."""
    path = tmp_path / ("x" * 251 + ".txt")
    path.write_text("Officials in Dunmore said on Monday that the bridge would reopen soon.")
    [result] = list(iter_inputs([str(tmp_path)]))
    assert result.error is None and result.article is not None


# -- metadata dates: a signed year is no date -------------------------------------------


@pytest.mark.parametrize("value", ["-0001-01-01", "-2024-03-01", "+2024-03-01", " -1999-12-31"])
def test_a_signed_year_is_no_date(tmp_path: Path, value: str) -> None:
    """dateutil dropped the sign: "-0001-01-01" was stored as 0001-01-01 and "-2024-03-01"
    as 2024-03-01. Now the date is left out with W101 and the article is stored."""
    text = "Officials in Dunmore said on Monday that the bridge would reopen after repairs."
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": text, "published": value}) + "\n")
    [result] = list(iter_inputs([str(tmp_path / "a.jsonl")]))
    assert result.article is not None and result.article.published is None
    assert [w.code for w in result.warnings] == ["W101"]


# -- CLI: a reader that goes away is no failure ------------------------------------------


def test_a_closed_output_pipe_is_no_unexpected_failure(tmp_path: Path) -> None:
    """``newsclaims claims --format csv | head``: the write failed with BrokenPipeError and
    the CLI printed "[E424] newsclaims failed unexpectedly ... please report it" (a table
    was quiet already: rich exits 1 on a broken pipe)."""
    url = f"sqlite:///{tmp_path / 's.db'}"
    SqlStore(url).close()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    env.pop(settings.TRACEBACK_ENV_VAR, None)
    command = [sys.executable, "-m", "newsclaims", "articles", "--db", url, "--format", "csv"]
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env
    ) as process:
        assert process.stdout is not None and process.stderr is not None
        process.stdout.close()  # the reader is gone before the first line
        stderr = process.stderr.read().decode()
        code = process.wait(timeout=120)
    assert "E424" not in stderr and "Traceback" not in stderr, stderr
    assert code == 1


# -- feeds: a written date that names no day is no date ----------------------------------


def _feed_with_date(stamp: str) -> bytes:
    return (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>F</title><item><guid>g</guid>'
        f"<pubDate>{stamp}</pubDate><description>Officials in Dunmore said on Monday that the"
        " bridge would reopen after repairs.</description></item></channel></rss>"
    ).encode()


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("-62135596800", None),  # a negative timestamp: feedparser made it 2063-01-01
        ("12", None),  # 1101-12-01
        ("-2024-03-01", None),  # a signed year: a day of 2026
        ("Thu, 01 Jan 1970 00:00:00 -9999", None),  # 1970-01-05
        ("Sun, 03 Mar 2024 10:00:00 GMT", date(2024, 3, 3)),
        ("Sun, 03 Mar 2024 23:00:00 -0500", date(2024, 3, 4)),
        ("2024-03-01T10:00:00+01:00", date(2024, 3, 1)),
    ],
)
def test_a_feed_date_that_names_no_day_is_left_out(
    tmp_path: Path, stamp: str, day: date | None
) -> None:
    (tmp_path / "feed.xml").write_bytes(_feed_with_date(stamp))
    [result] = list(iter_inputs([str(tmp_path / "feed.xml")]))
    assert result.article is not None and result.article.published == day
    assert [w.code for w in result.warnings] == ([] if day else ["W101"])


# -- WARC: warcio prints nothing of its own ----------------------------------------------


def test_a_warc_record_of_a_wrong_length_prints_no_warning_of_warcio(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """A Content-Length of Arabic digits (int() reads them) cut the record short: warcio wrote
    "WARNING: Record not followed by newline" to stderr among the CLI's coded lines."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGE
    head = b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: http://a.example/%d\r\n"
    kind = b"Content-Type: application/http; msgtype=response\r\n"
    good = head % 1 + kind + b"Content-Length: %d\r\n\r\n" % len(http) + http + b"\r\n\r\n"
    bad = head % 2 + kind + "Content-Length: ١٢\r\n\r\n".encode() + http + b"\r\n\r\n"
    (tmp_path / "a.warc").write_bytes(good + bad)
    results = list(iter_inputs([str(tmp_path / "a.warc")]))
    assert [r.error.code if r.error else None for r in results] == [None, "E105"]
    assert "WARNING" not in capfd.readouterr().err


# -- HTML: an article after a comment or script over 10 MB is read -----------------------


@pytest.mark.parametrize(("opening", "closing"), [("<!--", "-->"), ("<script>", "</script>")])
def test_an_article_after_a_huge_comment_or_script_is_read(
    tmp_path: Path, opening: str, closing: str
) -> None:
    """lxml stops at a text node over 10 MB: the article after an 11 MB comment or script was
    lost as E106 "holds no article text"."""
    raw = (opening + "x" * 11_000_000 + closing).encode()
    (tmp_path / "page.html").write_bytes(PAGE.replace(b"<article>", b"<article>" + raw))
    [result] = list(iter_inputs([str(tmp_path / "page.html")]))
    assert result.error is None and result.article is not None
    assert "bridge would reopen" in result.article.text
