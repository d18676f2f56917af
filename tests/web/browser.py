"""What the browser tests share: Debian's Chromium (or a skip, or a failure when CI requires
it) and a free loopback port for the app under test."""

from __future__ import annotations

import os
import shutil
import socket
from pathlib import Path

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
