"""What the browser tests share: Debian's Chromium (or a skip, or a failure when CI requires
it), launched headless, and the app under test served on a free loopback port."""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest


def chromium() -> str:
    """The Chromium executable; skips the test without one, fails it when CI requires one."""
    path = os.environ.get("NEWSCLAIMS_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(path).exists():
        if os.environ.get("NEWSCLAIMS_REQUIRE_BROWSER"):
            pytest.fail("NEWSCLAIMS_REQUIRE_BROWSER is set but Chromium is not installed")
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    return path


def free_port() -> int:
    """A loopback port nothing listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


#: Chromium's switches for a headless run with nothing fetched in the background.
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run",
]  # fmt: skip


@contextmanager
def launched(playwright: Any) -> Iterator[Any]:
    """Chromium started through Playwright, closed on exit."""
    browser = playwright.chromium.launch(executable_path=chromium(), args=CHROMIUM_ARGS)
    try:
        yield browser
    finally:
        browser.close()


@contextmanager
def served(app: Any) -> Iterator[str]:
    """The app served by uvicorn on a free loopback port, in a thread; yields its base URL."""
    import uvicorn  # noqa: PLC0415 - only the browser tests need a real server

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
