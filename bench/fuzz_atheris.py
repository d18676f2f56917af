"""Coverage-guided fuzzing of every reader with atheris (libFuzzer for Python).

    python bench/fuzz_atheris.py [--runs 20000] [--only feed] [--crashes DIR]

Each target runs in its own process for a fixed number of executions (``-runs``), starting
from a small seed corpus of valid inputs of its kind, with our package and the parsers it
calls (feedparser, warcio, trafilatura's Python side, dateutil) instrumented. A finding is any
exception that escapes a reader, a result that is not one article, one coded error or only
coded warnings (something skipped on purpose: W104, W105), an article whose text cannot be
stored (a NUL or a lone surrogate), or E116: the batch boundary caught an exception that a
reader did not expect, which keeps the batch going but is still a bug to look at. Findings
are written to ``--crashes`` (libFuzzer's ``crash-<sha1>`` files); commit the ones you fix
under ``tests/fixtures/fuzz/<target>/``, where ``tests/ingest/test_fuzz_regressions.py``
replays them through ``check``.

Prints one row per target: executions, seconds, findings.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from pathlib import Path

#: Target name -> the file name hint given to ``read_bytes`` (the sniffer decides by
#: content first, so each target still reaches the other readers now and then).
TARGETS: dict[str, str] = {
    "text": "article.txt",
    "html": "page.html",
    "jsonl": "articles.jsonl",
    "json": "articles.json",
    "feed": "feed.xml",
    "warc": "archive.warc.gz",
}

_GOOD = "Officials in Dunmore said on Monday that the bridge would reopen after repairs."


def seeds(target: str) -> list[bytes]:
    """A few valid inputs of the target's kind, for the fuzzer to mutate."""
    page = (
        "<html><head><title>Bridge</title></head><body><article>"
        f"<p>{_GOOD}</p></article></body></html>"
    )
    if target == "text":
        return [_GOOD.encode(), _GOOD.encode("utf-16"), (_GOOD + "\n\n" + _GOOD).encode()]
    if target == "html":
        return [page.encode(), b"<!doctype html><p>" + _GOOD.encode() + b"</p>"]
    if target == "jsonl":
        lines = [json.dumps({"text": _GOOD, "published": "2024-01-02", "title": "x"})] * 2
        return [
            "\n".join(lines).encode(),
            json.dumps({"html": page, "url": "https://a.b/"}).encode(),
        ]
    if target == "json":
        return [json.dumps([{"maintext": _GOOD, "date_publish": "2024-01-02 10:00:00"}]).encode()]
    if target == "feed":
        return [
            (
                '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title><item>'
                f"<title>Bridge</title><pubDate>Mon, 01 Jan 2024 10:00:00 GMT</pubDate>"
                f"<description>{_GOOD}</description><guid>g1</guid></item></channel></rss>"
            ).encode(),
            (
                '<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>x'
                f"</title><updated>2024-01-02T10:00:00Z</updated><content>{_GOOD}</content>"
                "</entry></feed>"
            ).encode(),
        ]
    body = page.encode()
    record = (
        b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://a.example/x\r\n"
        b"Content-Type: application/http; msgtype=response\r\n"
        + f"Content-Length: {len(body) + 45}\r\n\r\n".encode()
        + b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
        + body
        + b"\r\n\r\n"
    )
    return [record, gzip.compress(record)]


def check(results: Iterable[object]) -> None:
    """The reader's contract; raises AssertionError on a finding."""
    from newsclaims.errors import CATALOGUE  # noqa: PLC0415
    from newsclaims.ingest import ReadResult  # noqa: PLC0415

    for result in results:
        assert isinstance(result, ReadResult), type(result)
        assert result.article is None or result.error is None, result
        for warning in result.warnings:
            assert warning.code in CATALOGUE and warning.code.startswith("W"), warning
        if result.article is None and result.error is None:
            # skipped on purpose, and a warning says what (a link to a folder, W104; a WARC
            # response for no web page, W105): no failure
            assert result.warnings, f"a result with nothing in it: {result}"
            continue
        if result.error is not None:
            assert result.error.code in CATALOGUE, result.error
            assert result.error.code != "E116", f"a reader raised: {result.error}"
            continue
        article = result.article
        assert article is not None
        for value in (article.text, article.title, article.url, article.origin, article.author):
            if value is not None:
                value.encode("utf-8")
                assert "\x00" not in value, "NUL in an article field"
        assert article.text.strip(), "an article without text"


def one_input(hint: str) -> Callable[[bytes], None]:
    from newsclaims.ingest import read_bytes  # noqa: PLC0415

    def test_one_input(data: bytes) -> None:
        check(read_bytes(data, "fuzz", hint))

    return test_one_input


def run_target(target: str, libfuzzer_args: list[str]) -> None:
    """In the child: instrument, then fuzz one target."""
    import atheris  # noqa: PLC0415 - a dev dependency, only for fuzzing

    logging.disable(logging.CRITICAL)  # trafilatura logs every unparseable page
    with atheris.instrument_imports(include=["newsclaims", "feedparser", "warcio", "dateutil"]):
        import newsclaims.ingest  # noqa: F401, PLC0415

    atheris.Setup([sys.argv[0], *libfuzzer_args], one_input(TARGETS[target]))
    atheris.Fuzz()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20_000, help="executions per target")
    parser.add_argument("--only", default=None, help="one target: " + ", ".join(TARGETS))
    parser.add_argument("--crashes", type=Path, default=Path("fuzz-crashes"))
    parser.add_argument("--max-len", type=int, default=8192)
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args, rest = parser.parse_known_args()
    if args.child:
        run_target(args.child, rest)
        return
    args.crashes.mkdir(parents=True, exist_ok=True)
    print(f"# atheris, {args.runs:,} executions per target\n")
    print("| target | executions | seconds | findings |")
    print("|---|---|---|---|")
    found = 0
    for target in TARGETS:
        if args.only and args.only != target:
            continue
        with tempfile.TemporaryDirectory() as corpus:
            for n, seed in enumerate(seeds(target)):
                Path(corpus, f"seed{n}").write_bytes(seed)
            out = args.crashes / target
            out.mkdir(exist_ok=True)
            before = set(out.iterdir())
            started = time.monotonic()
            done = subprocess.run(
                [
                    sys.executable, __file__, "--child", target, corpus,
                    f"-runs={args.runs}", f"-max_len={args.max_len}", f"-artifact_prefix={out}/",
                    "-print_final_stats=1", "-timeout=30", "-rss_limit_mb=3072",
                ],
                capture_output=True, text=True, check=False,
                env={**os.environ, "PYTHONHASHSEED": "0"},
            )  # fmt: skip
            seconds = time.monotonic() - started
        new = sorted(set(out.iterdir()) - before)
        found += len(new)
        runs = next(
            (line.split(":")[-1].strip() for line in done.stderr.splitlines()
             if line.startswith("stat::number_of_executed_units")),
            "?",
        )  # fmt: skip
        print(f"| {target} | {runs} | {seconds:.0f} | {len(new)} |")
        if new or done.returncode not in (0,):
            tail = "\n".join(done.stderr.splitlines()[-25:])
            print(f"\n```\n{tail}\n```\n")
    sys.exit(1 if found else 0)


if __name__ == "__main__":
    main()
