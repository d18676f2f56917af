"""Shared by the scale benchmarks: large corpora of real news text packed as WARC archives,
and an ingest run in a child process whose memory is sampled.

The texts are the real articles of a folder (the PolNeAR train set), repeated as often as
needed; each copy gets its own closing line ("Archive copy N.") so every article has its own
content hash and is stored (as a near-duplicate of its first copy, which it is).
"""

from __future__ import annotations

import html
import io
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import psutil
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

#: Articles per generated WARC file (Common Crawl News files hold a few thousand).
PER_WARC = 1000


def load_texts(folder: Path) -> list[str]:
    """The ``*.txt`` articles of a folder, in name order."""
    return [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]


def _page(text: str, n: int) -> bytes:
    title, _, body = text.strip().partition("\n")
    paragraphs = [p for p in body.split("\n") if p.strip()] + [f"Archive copy {n}."]
    parts = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    page = (
        f"<!doctype html><html><head><title>{html.escape(title)}</title></head><body>"
        f"<nav><a href='/'>Home</a></nav><article><h1>{html.escape(title)}</h1>{parts}"
        f"</article><script>track({n})</script></body></html>"
    )
    return page.encode("utf-8")


def write_warcs(texts: list[str], n_articles: int, folder: Path) -> list[Path]:
    """Write ``n_articles`` HTML responses over ``texts`` into ``.warc.gz`` files of
    ``PER_WARC`` records each; returns the files."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for first in range(0, n_articles, PER_WARC):
        path = folder / f"news-{first // PER_WARC:05d}.warc.gz"
        with path.open("wb") as handle:
            writer = WARCWriter(handle, gzip=True)
            for n in range(first, min(n_articles, first + PER_WARC)):
                headers = StatusAndHeaders(
                    "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
                )
                record = writer.create_warc_record(
                    f"https://news.example/{n}",
                    "response",
                    payload=io.BytesIO(_page(texts[n % len(texts)], n)),
                    http_headers=headers,
                )
                writer.write_record(record)
        paths.append(path)
    return paths


@dataclass(frozen=True)
class Run:
    """One ingest run in a child process."""

    seconds: float
    """Wall time."""
    peak_driver_mb: float
    """Peak resident memory of the ingest process itself."""
    peak_worker_mb: float
    """Peak resident memory of the largest child (a Dask worker), 0 without workers."""
    peak_total_mb: float
    """Peak of the summed resident memory of the process tree."""
    returncode: int
    """The ingest's exit code."""
    stderr: str
    """Its last lines of output (the summary)."""
    driver_cpu_s: float = 0.0
    """CPU seconds (user + system, all threads) of the ingest process itself, last sampled
    before it exited: with ``--workers`` the driver (reading, scheduling, SQLite writes) and
    the local scheduler, which share the machine's cores with the workers."""
    worker_cpu_s: float = 0.0
    """CPU seconds of its child processes (the Dask workers, a fork server), each last
    sampled alive."""

    @property
    def cpu_s(self) -> float:
        """CPU seconds of the whole process tree (the last 0.2 s of each process missed)."""
        return self.driver_cpu_s + self.worker_cpu_s


def run_ingest(
    paths: list[Path],
    db: str,
    workers: int | None = None,
    kill_after: float | None = None,
    src: Path | None = None,
) -> Run:
    """Run ``newsclaims ingest`` on ``paths`` into ``db`` in a child process, sampling the
    resident memory and CPU of it and its children every 0.2 s; ``kill_after`` seconds sends
    SIGKILL to the whole tree; ``src`` runs the newsclaims of that source folder (another
    work tree) instead of the one on the path."""
    command = [sys.executable, "-m", "newsclaims.cli", "ingest", *map(str, paths), "--db", db]
    if workers:
        command += ["--workers", str(workers)]
    env = None if src is None else {**os.environ, "PYTHONPATH": str(src)}
    start = time.perf_counter()
    with (
        tempfile.TemporaryFile("w+") as log,
        subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=log, text=True, env=env
        ) as child,
    ):
        process = psutil.Process(child.pid)
        driver = worker = total = driver_cpu = 0.0
        kids_cpu: dict[int, float] = {}
        while child.poll() is None:
            try:
                own = process.memory_info().rss
                times = process.cpu_times()
                driver_cpu = times.user + times.system
                kids = []
                for kid in process.children(recursive=True):
                    kids.append(kid.memory_info().rss)
                    kid_times = kid.cpu_times()
                    kids_cpu[kid.pid] = kid_times.user + kid_times.system
            except psutil.Error:
                kids, own = [], 0
            driver = max(driver, own / 2**20)
            worker = max([worker, *(k / 2**20 for k in kids)])
            total = max(total, (own + sum(kids)) / 2**20)
            if kill_after is not None and time.perf_counter() - start > kill_after:
                for kid in process.children(recursive=True):
                    kid.kill()
                process.kill()
                break
            time.sleep(0.2)
        child.wait()
        log.seek(0)
        lines = [line for line in log.read().splitlines() if line.strip()]
    return Run(
        seconds=time.perf_counter() - start,
        peak_driver_mb=driver,
        peak_worker_mb=worker,
        peak_total_mb=total,
        returncode=child.returncode,
        stderr="\n".join(lines[-3:]),
        driver_cpu_s=driver_cpu,
        worker_cpu_s=sum(kids_cpu.values()),
    )
