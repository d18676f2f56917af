"""Soak: ingest generated articles with hostile inputs mixed in, while ``serve`` takes reads
and the writer is killed with ``kill -9`` at random points and restarted (issue 21).

    python bench/soak.py [--articles 10000] [--hostile-share 0.05] [--kills 8] [--seed 7]
                         [--db postgresql://...]  (default: a new SQLite file)

The writer is ``newsclaims ingest FOLDER`` in its own process; after each kill it is started
again on the same folder and store (a rerun resumes: stored articles are skipped), until one
run finishes. Meanwhile ``newsclaims serve`` answers a reader thread that lists articles,
claims and stories over HTTP. At the end the store is checked against what was generated:

- lost: good inputs (plain articles, and hostile inputs that still hold an article: NULs,
  lone surrogates, an unreadable date, UTF-16, a non-UTF-8 file name, markup in a name, a
  JSONL file with one bad line) with no row in the store;
- duplicated: inputs stored more than once (by origin), and rows stored for inputs that
  must fail (empty, binary, too deep, over a cap);
- peak memory: the writer's resident set (VmRSS, sampled every 0.2 s) per run, and for the
  last run its peak in each quarter of the run (flat means the quarters agree);
- reads: HTTP answers by status.

Prints a markdown section for bench/results.md.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import signal
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

CLI = "from newsclaims.cli import main; main()"

#: What a story is about: (event, what is counted, its verb, what costs, what is promised).
TOPICS = (
    ("storm", "homes", "damaged", "repairs", "rebuild"),
    ("flood", "farms", "flooded", "the clean-up", "recover"),
    ("wildfire", "hectares", "burned", "replanting", "replant the hills"),
    ("rail strike", "trains", "cancelled", "the stoppage", "keep talking"),
    ("earthquake", "buildings", "destroyed", "reconstruction", "rebuild every school"),
    ("outbreak", "patients", "infected", "treatment", "contain it"),
    ("landslide", "roads", "blocked", "clearing the slopes", "reopen the valley"),
    ("blackout", "households", "affected", "new cables", "restore power"),
)
_SYLLABLES = "dun mar low car row hol lin bren ford grey ha ven val mo ra os tra kel vi zan".split()
_FIRST = ("Ana", "Tom", "Lena", "Raj", "Ines", "Sam", "Mira", "Olek", "Nadia", "Kofi")


def _word(rng: random.Random, syllables: int) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(syllables)).capitalize()


@dataclass(frozen=True)
class Story:
    """One generated story: its topic, place, people and the sources that give figures."""

    topic: tuple[str, str, str, str, str]
    place: str
    people: tuple[str, ...]
    sources: tuple[str, ...]


def make_stories(count: int, rng: random.Random) -> list[Story]:
    """``count`` stories, each with its own topic, made-up place and people (so that grouping
    at ingest keeps them apart), and three sources and three officials who disagree on the
    figures."""
    made = []
    for k in range(count):
        place = _word(rng, 3)
        people = tuple(
            f"{title} {rng.choice(_FIRST)} {_word(rng, 2)}"
            for title in ("Mayor", "Minister", "Engineer")
        )
        sources = (f"Officials in {place}", f"Police in {place}", f"The {place} council")
        made.append(Story(TOPICS[k % len(TOPICS)], place, people, sources))
    return made


def article_text(n: int, rng: random.Random, story: Story) -> str:
    """One article of ``story``: a count and an injury toll from one of its sources, a cost
    from one of its officials, all drawn at random (so the sources disagree)."""
    event, counted, verb, cost, promise = story.topic
    person = rng.choice(story.people)
    return (
        f"{rng.choice(story.sources)} said on Monday that about {rng.randrange(10, 900)} "
        f"{counted} were {verb} by the {event} in {story.place} and "
        f"{rng.randrange(2, 200)} people were injured. {person} told reporters that {cost} "
        f'would cost ${rng.randrange(2, 90)} million. "We will {promise}," '
        f"{person.split()[-1]} said. Report number {n} of the series."
    )


@dataclass
class Corpus:
    """What was generated: the origins that must be stored, and those that must not."""

    good: set[str] = field(default_factory=set)
    bad: set[str] = field(default_factory=set)
    hostile_files: int = 0


Made = tuple[list[str], list[str]]
"""What one hostile input adds: origins that must be stored, origins that must not."""


def _empty(base: Path, _text: str, _n: int, _rng: random.Random) -> Made:
    path = base.with_suffix(".txt")
    path.write_bytes(b"")
    return [], [str(path)]


def _binary(base: Path, _text: str, _n: int, rng: random.Random) -> Made:
    path = base.with_suffix(".bin")
    path.write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    return [], [str(path)]


def _deep_jsonl(base: Path, _text: str, _n: int, _rng: random.Random) -> Made:
    path = base.with_suffix(".jsonl")
    path.write_text('{"text": ' + "[" * 50_000 + "]" * 50_000 + "}")
    return [], [f"{path}#1"]


def _surrogate(base: Path, text: str, _n: int, _rng: random.Random) -> Made:
    path = base.with_suffix(".jsonl")
    path.write_text(json.dumps({"text": text + " \ud800", "title": "x\ud800"}))
    return [f"{path}#1"], []


def _nul(base: Path, text: str, _n: int, _rng: random.Random) -> Made:
    path = base.with_suffix(".jsonl")
    path.write_text(json.dumps({"text": text + " \x00", "title": "nul \x00"}))
    return [f"{path}#1"], []


def _bad_utf8_line(base: Path, text: str, _n: int, _rng: random.Random) -> Made:
    path = base.with_suffix(".jsonl")
    path.write_bytes(b'{"text": "caf\xe9 broken"}\n' + json.dumps({"text": text}).encode())
    return [f"{path}#2"], [f"{path}#1"]


def _none_date(base: Path, text: str, _n: int, _rng: random.Random) -> Made:
    path = base.with_suffix(".txt")
    path.write_text(text)
    base.with_suffix(".meta.json").write_text(json.dumps({"published": "None"}))
    return [str(path)], []


def _utf16(base: Path, text: str, _n: int, _rng: random.Random) -> Made:
    path = base.with_suffix(".txt")
    path.write_bytes(text.encode("utf-16"))
    return [str(path)], []


def _long_warc_header(base: Path, _text: str, _n: int, _rng: random.Random) -> Made:
    path = base.with_suffix(".warc.gz")
    record = b"WARC/1.0\r\nWARC-Type: response\r\nX-Long: " + b"a" * 300_000
    path.write_bytes(gzip.compress(record + b"\r\nContent-Length: 0\r\n\r\n\r\n\r\n"))
    return [], [str(path)]


def _deep_meta(base: Path, text: str, _n: int, _rng: random.Random) -> Made:
    path = base.with_suffix(".txt")
    path.write_text(text)
    base.with_suffix(".meta.json").write_text("[" * 50_000 + "]" * 50_000)
    return [], [str(path)]


def _latin1(base: Path, text: str, _n: int, _rng: random.Random) -> Made:
    path = base.with_suffix(".txt")
    path.write_bytes(("Caf\u00e9 " + text).encode("latin-1"))
    return [], [str(path)]


def _huge_meta(base: Path, text: str, _n: int, _rng: random.Random) -> Made:
    path = base.with_suffix(".txt")
    path.write_text(text)
    base.with_suffix(".meta.json").write_text(json.dumps({"title": "x" * 2_000_000}))
    return [], [str(path)]


def _non_utf8_name(base: Path, text: str, _n: int, _rng: random.Random) -> Made:
    raw = os.fsencode(base) + b"-caf\xe9.txt"
    with open(raw, "wb") as handle:
        handle.write(text.encode())
    return [raw.decode("utf-8", errors="replace")], []


def _markup_name(base: Path, text: str, _n: int, _rng: random.Random) -> Made:
    path = base.with_name(base.name + "-[b]x[red].txt")
    path.write_text(text)
    return [str(path)], []


def _feed(base: Path, text: str, n: int, _rng: random.Random) -> Made:
    path = base.with_suffix(".xml")
    path.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T[/b]</title><item>'
        f"<guid>g{n}</guid><title>Bridge &#xD800;</title><description>{text} &#0;"
        "</description></item></channel></rss>"
    )
    return [f"{path}#g{n}"], []


def _json_list(base: Path, text: str, _n: int, _rng: random.Random) -> Made:
    path = base.with_suffix(".json")
    path.write_text(json.dumps([{"text": text, "published": "not a date"}, 7]))
    return [f"{path}#1"], [f"{path}#2"]


#: The hostile kinds, taken in turn.
HOSTILE = (
    _empty, _binary, _deep_jsonl, _surrogate, _nul, _bad_utf8_line, _none_date, _utf16,
    _long_warc_header, _deep_meta, _latin1, _huge_meta, _non_utf8_name, _markup_name, _feed,
    _json_list,
)  # fmt: skip


def hostile(folder: Path, n: int, rng: random.Random, corpus: Corpus, story: Story) -> None:
    """One hostile input of the next kind; records which origins must (not) be stored.
    (The kinds go in turn by the count of hostile files: taken by ``n``, which steps by 20
    at a 5% share, only 4 of the 16 kinds were ever made.)"""
    good, bad = HOSTILE[corpus.hostile_files % len(HOSTILE)](
        folder / f"hostile-{n:05d}", article_text(100_000 + n, rng, story), n, rng
    )
    corpus.good.update(good)
    corpus.bad.update(bad)
    corpus.hostile_files += 1


def generate(root: Path, articles: int, share: float, seed: int, stories: int) -> Corpus:
    """Write the articles, spread over ``stories`` stories of uneven sizes (the k-th story
    is drawn with weight 1/k, as a few big stories and a long tail of small ones)."""
    rng = random.Random(seed)
    corpus = Corpus()
    made = make_stories(stories, rng)
    weights = [1 / (k + 1) for k in range(stories)]
    hostile_every = max(1, round(1 / share)) if share > 0 else 0
    for n in range(articles):
        folder = root / f"f{n // 500:03d}"
        folder.mkdir(exist_ok=True)
        path = folder / f"a{n:06d}.txt"
        story = rng.choices(made, weights)[0]
        path.write_text(article_text(n, rng, story))
        corpus.good.add(str(path))
        if hostile_every and n % hostile_every == hostile_every - 1:
            hostile(folder, n, rng, corpus, story)
    return corpus


def rss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Reader(threading.Thread):
    """Reads the API while the writer runs; counts answers by status."""

    def __init__(self, base: str) -> None:
        super().__init__(daemon=True)
        self.base = base
        self.stop = threading.Event()
        self.statuses: dict[str, int] = {}

    def run(self) -> None:
        paths = ["/api/articles?limit=50", "/api/claims?limit=50", "/api/stories?limit=20", "/"]
        n = 0
        while not self.stop.is_set():
            path = paths[n % len(paths)]
            n += 1
            try:
                with urllib.request.urlopen(self.base + path, timeout=30) as answer:
                    answer.read()
                    key = str(answer.status)
            except urllib.error.HTTPError as e:
                key = str(e.code)
            except OSError as e:
                key = type(e).__name__
            self.statuses[key] = self.statuses.get(key, 0) + 1
            time.sleep(0.05)


def stored_rows(db: str) -> int:
    """Articles in the store now (0 before it exists), read without writing."""
    if db.startswith("sqlite:///"):
        path = Path(db.removeprefix("sqlite:///"))
        if not path.exists():
            return 0
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as conn:
                return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
        except sqlite3.Error:
            return 0
    engine = create_engine(db, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return int(conn.execute(text("SELECT COUNT(*) FROM articles")).scalar() or 0)
    except Exception:  # no table yet: the first run is still creating the store
        return 0
    finally:
        engine.dispose()


#: Where an RSS sample is appended every 5 s as it is taken (seconds since the soak began,
#: seconds into the run, writer MB, server MB, stored rows), so a run stopped early still
#: shows memory over time.
TRACE = "rss.tsv"
_began = time.monotonic()
_server_pid: list[int] = []


def run_writer(
    root: Path, db: str, kill_after: float | None, log: Path
) -> tuple[str, float, list[tuple[float, float]], int]:
    """One ingest run; killed with SIGKILL ``kill_after`` seconds after it stored its first
    article, when given (so that kills land among writes, not in the model's loading).
    Returns how it ended, its seconds, its (seconds, RSS MB) samples and the rows it added."""
    before = stored_rows(db)
    trace = (log.parent / TRACE).open("a")
    with log.open("ab") as out:
        proc = subprocess.Popen(
            [sys.executable, "-c", CLI, "ingest", str(root), "--db", db],
            stdout=out, stderr=out,
        )  # fmt: skip
        started = time.monotonic()
        samples: list[tuple[float, float]] = []
        writing_since: float | None = None
        killed = False
        polls = 0
        while proc.poll() is None:
            now = time.monotonic()
            samples.append((now - started, rss_mb(proc.pid)))
            polls += 1
            if polls % 25 == 0:  # every 5 s: memory over time, kept as it is taken
                server = rss_mb(_server_pid[0]) if _server_pid else 0.0
                trace.write(
                    f"{now - _began:.0f}\t{now - started:.0f}\t{samples[-1][1]:.0f}\t"
                    f"{server:.0f}\t{stored_rows(db)}\n"
                )
                trace.flush()
            if writing_since is None and polls % 5 == 0 and stored_rows(db) > before:
                writing_since = now
            if kill_after is not None and writing_since and now - writing_since >= kill_after:
                os.kill(proc.pid, signal.SIGKILL)
                proc.wait()
                killed = True
                break
            time.sleep(0.2)
        seconds = time.monotonic() - started
    trace.close()
    ended = "killed" if killed else f"exit {proc.returncode}"
    return ended, seconds, samples, stored_rows(db) - before


def wait_ready(base: str, seconds: float = 300.0) -> bool:
    """Wait until the server answers (it loads slowly on a busy machine)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(base + "/api/articles?limit=1", timeout=10) as answer:
                if answer.status == 200:
                    return True
        except OSError:
            time.sleep(1)
    return False


def check_store(db: str, corpus: Corpus) -> dict[str, int]:
    engine = create_engine(db, poolclass=NullPool)
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT origin, COUNT(*) FROM articles GROUP BY origin")).all()
        integrity = (
            conn.execute(text("PRAGMA integrity_check")).scalar()
            if engine.dialect.name == "sqlite"
            else "ok"  # PostgreSQL: its own guarantees; the orphan counts below still apply
        )
        orphans = conn.execute(
            text("SELECT COUNT(*) FROM claims WHERE article_id NOT IN (SELECT id FROM articles)")
        ).scalar()
        sizes = [
            n for (n,) in conn.execute(text("SELECT COUNT(*) FROM articles GROUP BY story_id"))
        ]
        derived = conn.execute(text("SELECT COUNT(*) FROM disagreements")).scalar()
    engine.dispose()
    stored: dict[str, int] = {str(origin): int(count) for origin, count in rows}
    return {
        "rows": sum(stored.values()),
        "lost": sum(1 for o in corpus.good if o not in stored),
        "duplicated": sum(c - 1 for c in stored.values() if c > 1),
        "bad stored": sum(1 for o in corpus.bad if o in stored),
        "integrity ok": int(integrity == "ok"),
        "orphan claims": int(orphans or 0),
        "stories": len(sizes),
        "largest story": max(sizes, default=0),
        "disagreement rows": int(derived or 0),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--hostile-share", type=float, default=0.05)
    parser.add_argument("--kills", type=int, default=8)
    parser.add_argument(
        "--kill-window",
        type=float,
        nargs=2,
        default=(2.0, 30.0),
        help="seconds after a run's first write",
    )
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--stories", type=int, default=None, help="stories (default articles/200, at least 4)"
    )
    parser.add_argument("--workdir", type=Path, default=None)
    parser.add_argument(
        "--db",
        default=None,
        help="store URL, empty at the start (default: sqlite:///WORKDIR/soak.db); a "
        "postgresql:// URL soaks PostgreSQL (its own schema via ?options=-csearch_path%%3DNAME)",
    )
    args = parser.parse_args()
    rng = random.Random(args.seed)
    work = Path(args.workdir or tempfile.mkdtemp(prefix="soak-"))
    work.mkdir(parents=True, exist_ok=True)
    root = work / "in"
    root.mkdir(exist_ok=True)
    args.stories = args.stories or max(4, args.articles // 200)
    corpus = generate(root, args.articles, args.hostile_share, args.seed, args.stories)
    db = args.db or f"sqlite:///{work / 'soak.db'}"
    log = work / "ingest.log"

    # the store must exist before the server opens it for reading
    first = run_writer(root, db, rng.uniform(*args.kill_window), log)
    runs = [first]
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-c", CLI, "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=(work / "serve.log").open("wb"),
    )  # fmt: skip
    _server_pid.append(server.pid)
    if not wait_ready(f"http://127.0.0.1:{port}"):
        sys.exit("the server did not come up")
    reader = Reader(f"http://127.0.0.1:{port}")
    reader.start()
    server_peak = 0.0
    try:
        while True:
            kills_done = sum(1 for r in runs if r[0] == "killed")
            kill_after = rng.uniform(*args.kill_window) if kills_done < args.kills else None
            runs.append(run_writer(root, db, kill_after, log))
            server_peak = max(server_peak, rss_mb(server.pid))
            if runs[-1][0] != "killed":
                break
    finally:
        reader.stop.set()
        reader.join(35)
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(120)
        except subprocess.TimeoutExpired:
            server.kill()  # its background derive may still be busy; the store is checked next
            server.wait()
    report(args, corpus, check_store(db, corpus), runs, server_peak, reader, work)


def report(
    args: argparse.Namespace,
    corpus: Corpus,
    result: dict[str, int],
    runs: list[tuple[str, float, list[tuple[float, float]], int]],
    server_peak: float,
    reader: Reader,
    work: Path,
) -> None:
    """The markdown section."""
    kills = sum(1 for r in runs if r[0] == "killed")
    good_hostile = sum(1 for o in corpus.good if "hostile-" in o)
    kind = "PostgreSQL" if (args.db or "").startswith("postgresql") else "SQLite"

    print("# soak: hostile inputs, kill -9 and reads at once\n")
    print(
        f"{args.articles:,} generated articles and {corpus.hostile_files} hostile input files "
        f"({args.hostile_share:.0%}; {good_hostile} of them still hold an article, "
        f"{len(corpus.bad)} must fail), one {kind} store; the writer killed with SIGKILL "
        f"{kills} times at random points ({args.kill_window[0]:g}-{args.kill_window[1]:g} s "
        "after a run stored its first article) and restarted, while `serve` answered reads.\n"
    )
    print("| good inputs | stored rows | lost | duplicated | failing inputs stored | "
          "integrity | orphan claims | kills | runs |")  # fmt: skip
    print("|---|---|---|---|---|---|---|---|---|")
    print(
        f"| {len(corpus.good):,} | {result['rows']:,} | {result['lost']} | "
        f"{result['duplicated']} | {result['bad stored']} | "
        f"{'ok' if result['integrity ok'] else 'FAILED'} | {result['orphan claims']} | "
        f"{kills} | {len(runs)} |"
    )
    print(
        f"\nStories: {result['stories']} ({args.stories} generated), the largest "
        f"{result['largest story']:,} articles; disagreement rows kept: "
        f"{result['disagreement rows']:,}."
    )
    print("\n| run | ended | seconds | rows added | writer peak RSS MB |")
    print("|---|---|---|---|---|")
    for n, (ended, seconds, samples, added) in enumerate(runs, start=1):
        peak = max((mb for _, mb in samples), default=0.0)
        print(f"| {n} | {ended} | {seconds:.0f} | {added} | {peak:.0f} |")
    last = runs[-1][2]
    if last:
        span = last[-1][0] or 1.0
        quarters = [
            max((mb for t, mb in last if q * span / 4 <= t <= (q + 1) * span / 4), default=0.0)
            for q in range(4)
        ]
        print(
            "\nLast run, writer peak RSS by quarter of the run (MB): "
            + ", ".join(f"{q:.0f}" for q in quarters)
        )
    print(f"\nServer peak RSS: {server_peak:.0f} MB. Reads answered: " + ", ".join(
        f"{k}: {v:,}" for k, v in sorted(reader.statuses.items())
    ))  # fmt: skip
    tracebacks = (work / "ingest.log").read_bytes().count(b"Traceback (most recent call last)")
    print(f"\nTracebacks in the writer's output: {tracebacks}.")
    print(f"\nWork folder: {work} (RSS every 5 s in {work / TRACE}).")


if __name__ == "__main__":
    main()
