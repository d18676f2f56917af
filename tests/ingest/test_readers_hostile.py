"""Hostile input, round 2 (issue 21): whatever one input does, it costs that input alone,
every read is bounded, and the articles read before a bad input are kept."""

from __future__ import annotations

import gzip
import importlib
import json
import os
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from newsclaims import settings
from newsclaims.ingest import ReadResult, iter_inputs, read_bytes
from newsclaims.ingest import url as url_module
from newsclaims.ingest.url import is_public_address

GOOD = "Officials in Dunmore said on Monday that the bridge would reopen after repairs to it."


def _codes(results: list[ReadResult]) -> list[str | None]:
    return [r.error.code if r.error else None for r in results]


def _articles(results: list[ReadResult]) -> list[str]:
    return [r.article.text for r in results if r.article is not None]


# -- one input's failure costs that input alone ------------------------------------------


def test_deeply_nested_json_line_is_coded_and_the_other_lines_are_read(tmp_path: Path) -> None:
    deep = "[" * 100_000 + "]" * 100_000
    lines = [json.dumps({"text": GOOD}), '{"text": ' + deep + "}", json.dumps({"text": GOOD[:-1]})]
    (tmp_path / "a.jsonl").write_text("\n".join(lines))
    results = list(iter_inputs([str(tmp_path / "a.jsonl")]))
    assert _codes(results) == [None, "E111", None]


def test_deeply_nested_meta_json_is_coded_and_the_batch_goes_on(tmp_path: Path) -> None:
    (tmp_path / "one.txt").write_text(GOOD)
    (tmp_path / "one.meta.json").write_text('{"title": ' + "[" * 100_000 + "]" * 100_000 + "}")
    (tmp_path / "two.txt").write_text(GOOD + " Again.")
    results = list(iter_inputs([str(tmp_path / "one.txt"), str(tmp_path / "two.txt")]))
    assert _codes(results) == ["E113", None]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("lone.jsonl", json.dumps({"text": GOOD + " \ud800", "title": "x\ud800"}).encode()),
        ("nul.jsonl", json.dumps({"text": GOOD + " \x00 end", "title": "a\x00b"}).encode()),
        (
            "feed.xml",
            (
                '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item>'
                f"<title>Bridge &#xD800; x</title><description>{GOOD} &#xD800;</description>"
                "</item></channel></rss>"
            ).encode(),
        ),
    ],
)
def test_lone_surrogates_and_nuls_are_replaced_so_any_store_takes_the_article(
    tmp_path: Path, name: str, data: bytes
) -> None:
    (tmp_path / name).write_bytes(data)
    [result] = list(iter_inputs([str(tmp_path / name)]))
    assert result.article is not None, result.error
    article = result.article
    for value in (article.text, article.title or "", article.origin or ""):
        value.encode("utf-8")  # no lone surrogate left
        assert "\x00" not in value
    assert article.text.startswith(GOOD)


def test_nul_replacement_keeps_offsets_one_for_one() -> None:
    [result] = list(read_bytes(json.dumps({"text": GOOD + "\x00!"}).encode(), "x", "x.jsonl"))
    assert result.article is not None
    assert result.article.text == GOOD + "\ufffd!"


def test_a_file_name_that_is_not_utf8_is_read_and_printable(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    bad = os.path.join(folder, b"caf\xe9.txt")
    with open(bad, "wb") as handle:
        handle.write(GOOD.encode())
    results = list(iter_inputs([str(tmp_path)]))
    [result] = results
    assert result.article is not None, result.error
    assert result.origin.endswith("caf\ufffd.txt")
    result.origin.encode("utf-8")


def test_a_reader_raising_anything_costs_that_input_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The batch boundary: an exception no reader expects (here from the feed parser)
    becomes E116 for that input, and the inputs before and after it are read."""
    ingest = importlib.import_module("newsclaims.ingest")

    def broken(_data: bytes, _origin: str) -> Iterator[ReadResult]:
        raise RecursionError("maximum recursion depth exceeded")
        yield  # pragma: no cover - makes this a generator

    monkeypatch.setattr(ingest, "read_feed", broken)
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "b.xml").write_text('<?xml version="1.0"?><rss version="2.0"></rss>')
    (tmp_path / "c.txt").write_text(GOOD + " Later.")
    results = list(iter_inputs([str(tmp_path / n) for n in ("a.txt", "b.xml", "c.txt")]))
    assert _codes(results) == [None, "E116", None]
    assert "RecursionError" in str(results[1].error)


@pytest.mark.parametrize(
    "url", ["http://example.com:99999/x", "http://[::1/x", "http:///x", "http://:80/x"]
)
def test_malformed_urls_are_coded(url: str) -> None:
    [result] = list(iter_inputs([url]))
    assert result.error is not None and result.error.code in ("E107", "E112"), result.error


# -- JSONL, encodings, dates ---------------------------------------------------------------


def test_one_invalid_utf8_byte_costs_its_jsonl_line_only(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": GOOD}).encode(),
        b'{"text": "caf\xe9 ' + GOOD.encode() + b'"}',
        json.dumps({"text": GOOD + " Third."}).encode(),
    ]
    (tmp_path / "a.jsonl").write_bytes(b"\n".join(lines))
    results = list(iter_inputs([str(tmp_path / "a.jsonl")]))
    assert _codes(results) == [None, "E103", None]
    assert results[1].origin.endswith("a.jsonl#2")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_and_utf32_text_with_a_bom_is_read(tmp_path: Path, encoding: str) -> None:
    data = GOOD.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    (tmp_path / "wide.txt").write_bytes(data)
    [result] = list(iter_inputs([str(tmp_path / "wide.txt")]))
    assert result.article is not None, result.error
    assert result.article.text == GOOD


@pytest.mark.parametrize("value", ["None", "not a date", "2024-13-45"])
def test_an_unreadable_date_is_left_out_with_a_warning(tmp_path: Path, value: str) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": GOOD, "published": value}))
    (tmp_path / "b.txt").write_text(GOOD + " B.")
    (tmp_path / "b.meta.json").write_text(json.dumps({"published": value, "title": "B"}))
    results = list(iter_inputs([str(tmp_path / "a.jsonl"), str(tmp_path / "b.txt")]))
    for result in results:
        assert result.article is not None, result.error
        assert result.article.published is None
        assert [w.code for w in result.warnings] == ["W101"]
    assert results[1].article is not None and results[1].article.title == "B"


def test_a_readable_date_gives_no_warning(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text(json.dumps({"text": GOOD, "published": "2024-03-05"}))
    [result] = list(iter_inputs([str(tmp_path / "a.jsonl")]))
    assert result.article is not None and str(result.article.published) == "2024-03-05"
    assert result.warnings == ()


# -- paths: folders, FIFOs, metadata ---------------------------------------------------------


def test_an_unreadable_subfolder_is_a_coded_error(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads every folder")
    (tmp_path / "a.txt").write_text(GOOD)
    locked = tmp_path / "locked"
    locked.mkdir()
    (locked / "b.txt").write_text(GOOD)
    locked.chmod(0)
    try:
        results = list(iter_inputs([str(tmp_path)]))
    finally:
        locked.chmod(0o755)
    assert sorted(c or "" for c in _codes(results)) == ["", "E110"]


def test_an_unlistable_subfolder_is_reported_even_as_root(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The walk reports what it cannot list (root can read a chmod 0 folder, so the failure
    is made by the walk itself here)."""
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "b.txt").write_text(GOOD)
    real_scandir = os.scandir

    def scandir(path: object = ".") -> object:
        if str(path).endswith("sub"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "scandir", scandir)
    results = list(iter_inputs([str(tmp_path)]))
    assert sorted(c or "" for c in _codes(results)) == ["", "E110"]
    failed = next(r for r in results if r.error is not None)
    assert failed.origin.endswith("sub") and "Permission denied" in str(failed.error)


def test_a_fifo_is_not_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "a.txt").write_text(GOOD)
    alone = list(iter_inputs([str(fifo)]))
    walked = list(iter_inputs([str(tmp_path)]))
    assert _codes(alone) == ["E117"]
    assert _codes(walked) == [None, "E117"]


def test_an_oversized_meta_json_is_e109(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "MAX_META_BYTES", 1000)
    (tmp_path / "a.txt").write_text(GOOD)
    (tmp_path / "a.meta.json").write_text(json.dumps({"title": "x" * 2000}))
    assert _codes(list(iter_inputs([str(tmp_path / "a.txt")]))) == ["E109"]


def test_a_folder_walk_lists_each_folder_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Linear: the lone-``.txt`` rule for ``meta.json`` is decided per folder, not by
    listing the folder again for every file (5,000 files took 174 s that way)."""
    for n in range(40):
        (tmp_path / f"{n:03}.txt").write_text(f"{GOOD} Number {n}.")
    (tmp_path / "meta.json").write_text(json.dumps({"outlet": "Shared"}))
    listings: list[str] = []
    real_iterdir, real_scandir = Path.iterdir, os.scandir

    def iterdir(self: Path) -> Iterator[Path]:
        listings.append(str(self))
        return real_iterdir(self)

    def scandir(path: object = ".") -> object:
        listings.append(str(path))
        return real_scandir(path)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "iterdir", iterdir)
    monkeypatch.setattr(os, "scandir", scandir)
    results = list(iter_inputs([str(tmp_path)]))
    assert len(results) == 40 and all(r.article is not None for r in results)
    assert all(r.article is not None and r.article.outlet != "Shared" for r in results)
    assert len(listings) == 1


def test_meta_json_still_counts_for_a_lone_text(tmp_path: Path) -> None:
    (tmp_path / "story.txt").write_text(GOOD)
    (tmp_path / "meta.json").write_text(json.dumps({"outlet": "Shared"}))
    for inputs in ([str(tmp_path)], [str(tmp_path / "story.txt")]):
        [result] = list(iter_inputs(inputs))
        assert result.article is not None and result.article.outlet == "Shared"


# -- WARC header lines ------------------------------------------------------------------------


def _warc_with_header_line(line_bytes: int) -> bytes:
    record = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.example/\r\n"
        b"X-Long: " + b"a" * line_bytes + b"\r\nContent-Length: 0\r\n\r\n\r\n\r\n"
    )
    return gzip.compress(record)


def test_a_huge_warc_header_line_is_e109_without_reading_it_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "MAX_HEADER_LINE_BYTES", 4096)
    path = tmp_path / "long.warc.gz"
    path.write_bytes(_warc_with_header_line(1_000_000))
    results = list(iter_inputs([str(path)]))
    assert _codes(results) == ["E109"]
    assert "header line" in str(results[0].error)
    # the same bytes through the in-memory path (URL bodies, POST /articles)
    assert _codes(list(read_bytes(path.read_bytes(), "mem", "x.warc.gz"))) == ["E109"]


def test_many_warc_header_lines_are_e109(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "MAX_HEADER_BYTES", 10_000)
    record = b"WARC/1.0\r\nWARC-Type: response\r\n" + b"X-A: b\r\n" * 5000 + b"\r\n"
    assert _codes(list(read_bytes(gzip.compress(record), "mem", "x.warc.gz"))) == ["E109"]


def test_a_normal_warc_header_line_is_read(warc_file: Path) -> None:
    results = list(iter_inputs([str(warc_file)]))
    assert len(_articles(results)) == 2


# -- URLs: private addresses and a total deadline -------------------------------------------


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("100.100.100.200", False),  # CGNAT: Alibaba's metadata service, Tailscale
        ("100.64.0.1", False),
        ("2002:7f00:1::1", False),  # 6to4 to 127.0.0.1
        ("2002:a9fe:a9fe::1", False),  # 6to4 to 169.254.169.254
        ("2001:0:4136:e378:8000:63bf:3fff:fdd2", False),  # Teredo
        ("64:ff9b::a00:1", False),  # NAT64 to 10.0.0.1
        ("198.18.0.1", False),  # benchmarking
        ("192.0.2.1", False),  # documentation
        ("240.0.0.1", False),  # reserved
        ("224.0.0.1", False),  # multicast
        ("fc00::1", False),
        ("64:ff9b::808:808", True),  # NAT64 to 8.8.8.8
        ("8.8.8.8", True),
    ],
)
def test_only_globally_routable_addresses_are_public(address: str, public: bool) -> None:
    assert is_public_address(address) is public


class _Trickle(BaseHTTPRequestHandler):
    """Sends its answer one byte at a time, a byte every 0.2 s, forever."""

    def do_GET(self) -> None:
        self.wfile.write(b"HTTP/1.1 200 OK\r\n")
        try:
            while True:
                self.wfile.write(b"X")
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:
            return

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture
def trickle() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Trickle)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/slow"
    httpd.shutdown()
    httpd.server_close()


def test_a_trickling_server_is_cut_off_at_the_total_deadline(
    trickle: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every read succeeds within the per-read timeout, so only the total deadline ends it.
    (Behaviour, not speed: the deadline is short so that the test does not wait long.)"""
    monkeypatch.setattr(settings, "FETCH_TOTAL_S", 1.0)
    [result] = list(iter_inputs([trickle], allow_private=True))
    assert result.error is not None and result.error.code == "E107"
    assert "in all" in result.error.message


def test_a_redirect_to_a_malformed_location_is_coded() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen()
        port = listener.getsockname()[1]

        def answer() -> None:
            conn, _ = listener.accept()
            with conn:
                conn.recv(65536)
                conn.sendall(
                    b"HTTP/1.1 302 Found\r\nLocation: http:127.0.0.1:1/x\r\n"
                    b"Content-Length: 0\r\n\r\n"
                )

        thread = threading.Thread(target=answer, daemon=True)
        thread.start()
        [result] = list(iter_inputs([f"http://127.0.0.1:{port}/"], allow_private=True))
        thread.join(5)
    assert result.error is not None and result.error.code == "E107"


def test_fetch_uses_the_deadline_transport() -> None:
    transport = url_module._transport(time.monotonic() + 5)
    assert isinstance(transport._pool._network_backend, url_module._DeadlineBackend)


def test_input_files_keeps_what_a_walk_cannot_read(tmp_path: Path) -> None:
    """Workers that read whole files (``--partition files``) get every file; what a walk
    cannot read (a FIFO) comes with its error instead of being dropped from the batch."""
    from newsclaims.ingest import input_files  # noqa: PLC0415

    (tmp_path / "a.txt").write_text(GOOD)
    os.mkfifo(tmp_path / "pipe")
    listed = list(input_files([str(tmp_path)]))
    assert listed[0] == str(tmp_path / "a.txt")
    assert isinstance(listed[1], ReadResult) and listed[1].origin.endswith("pipe")
    assert _codes([listed[1]]) == ["E117"]


def test_input_files_warns_of_a_link_to_a_folder_as_a_walk_does(tmp_path: Path) -> None:
    """``--partition files`` listed a folder's files without the links to folders, so a
    linked folder was skipped without the W104 a folder walk in one process gives."""
    from newsclaims.ingest import input_files  # noqa: PLC0415

    top = tmp_path / "in"
    top.mkdir()
    (top / "a.txt").write_text(GOOD)
    (top / "up").symlink_to(tmp_path, target_is_directory=True)
    listed = list(input_files([str(top)]))
    walked = list(iter_inputs([str(top)]))
    assert listed[0] == str(top / "a.txt")
    [link] = [item for item in listed if isinstance(item, ReadResult)]
    assert link.origin == walked[1].origin and link.origin.endswith("up")
    assert [w.code for w in link.warnings] == [w.code for w in walked[1].warnings] == ["W104"]
