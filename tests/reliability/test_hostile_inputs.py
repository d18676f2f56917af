"""The bad and hostile input matrix, generated: every file gets its code, the rest is stored."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsclaims import settings
from newsclaims.cli import main

pytestmark = pytest.mark.model

GOOD = "Officials in Dunmore said on Monday that the bridge would reopen after repairs to it."
LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">'
        for n in range(1, 10)
    )
    + ']><rss version="2.0"><channel><title>&lol9;</title><item><title>x</title>'
    "<description>Officials said the dam held after the storm on Sunday night.</description>"
    "</item></channel></rss>"
)
GERMAN = (
    "Die Regierung hat am Montag beschlossen, dass die Brücke über den Fluss wegen schwerer "
    "Schäden bis zum Sommer geschlossen bleibt, teilte das Verkehrsministerium mit. Die "
    "Reparaturen sollen rund zwölf Millionen Euro kosten und im Herbst beginnen, sagte ein "
    "Sprecher der Stadt am Abend vor Journalisten."
)


class _Spaces(io.RawIOBase):
    """A stream of ``n`` spaces, read without holding them in memory."""

    def __init__(self, n: int) -> None:
        self.left = n

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        size = min(len(buffer), self.left)
        buffer[:size] = b" " * size
        self.left -= size
        return size


def _gzip_bomb(path: Path, expands_to: int) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            "https://bomb.example/", "response", payload=io.BufferedReader(_Spaces(expands_to)),
            length=expands_to, http_headers=headers,
        )  # fmt: skip
        writer.write_record(record)


#: The archive cap the matrix is read with (the bomb expands past it).
ARCHIVE_CAP = 64 * 1024 * 1024


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(settings, "MAX_ARCHIVE_BYTES", ARCHIVE_CAP)
    return write_hostile_inputs(tmp_path / "in")


def write_hostile_inputs(folder: Path) -> Path:
    """Write the matrix's files into a new ``folder`` (also timed by bench/hostile_time.py)."""
    folder.mkdir()
    (folder / "00-good.txt").write_text(GOOD)
    (folder / "01-empty.txt").write_bytes(b"")
    (folder / "02-blank.txt").write_text("  \n\t \n")
    (folder / "03-binary.txt").write_bytes(bytes(range(256)) * 64)
    (folder / "04-latin1.txt").write_bytes(
        ("Caf\u00e9 owners said prices rose. " * 5).encode("latin-1")
    )
    (folder / "05-huge.html").write_bytes(
        b"<html><body><p>" + b"x" * (50 * 1024 * 1024) + b"</p></body></html>"
    )
    (folder / "06-deep.html").write_text("<div>" * 10_000 + f"<p>{GOOD}</p>" + "</div>" * 10_000)
    _gzip_bomb(folder / "07-bomb.warc.gz", 200 * 1024 * 1024)
    (folder / "08-laughs.xml").write_text(LAUGHS)
    sentence = "the council said the bridge would reopen and officials in Dunmore expected repairs "
    (folder / "09-line.txt").write_text((sentence * (1_000_000 // len(sentence) + 1))[:1_000_000])
    (folder / "10-german.txt").write_text(GERMAN)
    lines = [
        json.dumps({"text": GOOD.replace("Monday", "Tuesday")}),
        '{"text": "broken',
        json.dumps({"text": GOOD.replace("Monday", "Friday")}),
    ]
    (folder / "11-mixed.jsonl").write_text("\n".join(lines))
    mixed = f"{GOOD} The \u201cold\u201d bridge dates from 1850, near the caf".encode() + b"\xe9."
    (folder / "12-mixed-encoding.html").write_bytes(
        b'<html><head><meta charset="utf-8"></head><body><article><p>' + mixed + b"</p></article>"
    )
    (folder / "13-mixed-encoding.txt").write_bytes(mixed)
    return folder


def test_hostile_inputs_get_codes_and_the_rest_is_stored(hostile: Path, tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'h.db'}"
    result = CliRunner().invoke(main, ["ingest", str(hostile), "--db", db])
    assert result.exit_code == 1, "a batch with failures exits non-zero"
    messages = result.stderr
    expected = {
        "01-empty.txt": "E101",
        "02-blank.txt": "E101",
        "03-binary.txt": "E102",
        "04-latin1.txt": "E103",
        "05-huge.html": "E109",
        "06-deep.html": "E106",
        "07-bomb.warc.gz": "E109",
        "10-german.txt": "W204",
        "11-mixed.jsonl#2": "E111",
        "13-mixed-encoding.txt": "E103",
    }
    for name, code in expected.items():
        line = next((m for m in messages.splitlines() if name in m), "")
        assert code in line, (name, code, messages)
    listed = json.loads(
        CliRunner().invoke(main, ["articles", "--db", db, "--format", "json"]).stdout
    )
    stored = [a for a in listed if a["status"] == "stored"]
    origins = sorted(Path(a["origin"]).name for a in stored)
    assert "00-good.txt" in origins
    assert "09-line.txt" in origins, (
        "a 1,000,000-character line is cut to MAX_ARTICLE_CHARS and read"
    )
    assert "11-mixed.jsonl#1" in origins and "11-mixed.jsonl#3" in origins
    assert "12-mixed-encoding.html" in origins, "a stray Latin-1 byte in UTF-8 HTML is read"
    assert any(o.startswith("08-laughs.xml") for o in origins), (
        "the feed is read without expanding entities"
    )


#: Every hostile case, alone, stays within this peak memory (a model load included). How long
#: each takes is measured in bench/soak.py, not here: a timed test fails on a busy machine.
CASE_PEAK_MB = 1024

#: The child's own peak: VmHWM of its address space. (ru_maxrss would not do: Linux carries
#: it over from the forked copy of the parent, so a large pytest process counted as the
#: child's peak.)
_MEASURED_INGEST = """
import sys
from newsclaims.cli import main
try:
    main(sys.argv[1:])
finally:
    with open("/proc/self/status") as status:
        peak_kb = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:"))
    print(peak_kb // 1024, file=sys.__stdout__)
"""


@pytest.mark.parametrize(
    "name",
    ["05-huge.html", "06-deep.html", "07-bomb.warc.gz", "08-laughs.xml", "09-line.txt",
     "11-mixed.jsonl"],
)  # fmt: skip
def test_hostile_input_alone_stays_within_memory(hostile: Path, tmp_path: Path, name: str) -> None:
    db = f"sqlite:///{tmp_path / 'one.db'}"
    done = subprocess.run(
        [sys.executable, "-c", _MEASURED_INGEST, "ingest", str(hostile / name), "--db", db],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    peak_mb = int(done.stdout.strip().splitlines()[-1])
    assert peak_mb < CASE_PEAK_MB, (name, peak_mb)
    assert "Traceback" not in done.stderr
    assert done.returncode in (0, 1), done.stderr
