"""URL ingestion against local servers: private addresses refused, redirects checked."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from newsclaims import settings
from newsclaims.errors import InputError
from newsclaims.ingest import iter_inputs, url
from newsclaims.ingest.url import fetch, is_public_address

ARTICLE = (
    b"<html><head><title>Ferry resumes</title></head><body><article>"
    b"<p>Harbour officials said on Monday that the ferry to Inchmore had resumed service.</p>"
    b"</article></body></html>"
)


class _Handler(BaseHTTPRequestHandler):
    seen: list[tuple[str, str]] = []  # noqa: RUF012 - shared on purpose, reset per server
    hosts: list[str] = []  # noqa: RUF012 - shared on purpose, reset per server

    def do_GET(self) -> None:
        _Handler.seen.append((self.path, self.headers.get("User-Agent", "")))
        _Handler.hosts.append(self.headers.get("Host", ""))
        if self.path.startswith("/redirect"):
            self.send_response(302)
            self.send_header("Location", self.path.split("to=", 1)[1])
            self.end_headers()
        elif self.path == "/big":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(b"<p>" + b"x" * (settings.MAX_INPUT_BYTES + 10))
        else:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(ARTICLE)

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture
def server() -> Iterator[str]:
    _Handler.seen = []
    _Handler.hosts = []
    httpd = HTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("192.168.0.10", False),
        ("172.16.5.4", False),
        ("169.254.169.254", False),
        ("::1", False),
        ("fe80::1", False),
        ("::ffff:127.0.0.1", False),
        ("0.0.0.0", False),
        ("8.8.8.8", True),
        ("2606:4700:4700::1111", True),
    ],
)
def test_is_public_address(address: str, public: bool) -> None:
    assert is_public_address(address) is public


def test_loopback_url_refused_without_allow_private(server: str) -> None:
    [result] = list(iter_inputs([f"{server}/article"]))
    assert result.error is not None and result.error.code == "E108"
    assert _Handler.seen == [], "nothing may be sent to a refused address"


def test_loopback_url_read_with_allow_private(server: str) -> None:
    [result] = list(iter_inputs([f"{server}/article"], allow_private=True))
    assert result.article is not None
    assert "ferry to Inchmore" in result.article.text
    assert _Handler.seen[0][1] == settings.USER_AGENT


def test_redirect_hop_to_private_address_refused(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Treat 127.0.0.1 as public for this test, so only the redirect target (127.0.0.2) is private.
    monkeypatch.setattr(url, "is_public_address", lambda a: a == "127.0.0.1")
    port = server.rsplit(":", 1)[1]
    with pytest.raises(InputError) as caught:
        fetch(f"{server}/redirect?to=http://127.0.0.2:{port}/article")
    assert caught.value.code == "E108"
    assert [p for p, _ in _Handler.seen] == [f"/redirect?to=http://127.0.0.2:{port}/article"]


def test_redirect_followed_when_allowed(server: str) -> None:
    fetched = fetch(f"{server}/redirect?to={server}/article", allow_private=True)
    assert fetched.url == f"{server}/article"
    assert fetched.body == ARTICLE


def test_body_over_cap_is_e109(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(settings, "MAX_INPUT_BYTES", 1000)
    with pytest.raises(InputError) as caught:
        fetch(f"{server}/big", allow_private=True)
    assert caught.value.code == "E109"


def test_unreachable_url_is_e107() -> None:
    [result] = list(iter_inputs(["http://127.0.0.1:9/nothing"], allow_private=True))
    assert result.error is not None and result.error.code == "E107"


def test_unresolvable_host_is_e107() -> None:
    [result] = list(iter_inputs(["http://no-such-host.invalid/x"]))
    assert result.error is not None and result.error.code == "E107"


def test_other_scheme_is_e112() -> None:
    [result] = list(iter_inputs(["ftp://example.com/file.txt"]))
    assert result.error is not None and result.error.code == "E112"


def test_fetch_connects_to_the_address_it_checked(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One DNS answer per hop, and the connection goes to it: a name cannot resolve to a
    public address for the check and to a private one for the connection (DNS rebinding)."""
    port = int(server.rsplit(":", 1)[1])
    lookups: list[str] = []

    def resolve(host: str, *_args: object, **_kwargs: object) -> list[tuple[object, ...]]:
        lookups.append(host)
        return [(2, 1, 6, "", ("127.0.0.1", port))]

    monkeypatch.setattr(url.socket, "getaddrinfo", resolve)
    fetched = fetch(f"http://news.rebind.test:{port}/story", allow_private=True)

    # the name is resolved once; the connection is made to the literal address checked
    assert lookups == ["news.rebind.test", "127.0.0.1"]
    assert _Handler.hosts == [f"news.rebind.test:{port}"]
    assert fetched.url == f"http://news.rebind.test:{port}/story"
    assert b"Ferry resumes" in fetched.body


def test_fetch_refuses_a_name_resolving_to_a_private_address(
    server: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    port = int(server.rsplit(":", 1)[1])
    monkeypatch.setattr(
        url.socket, "getaddrinfo", lambda *_a, **_k: [(2, 1, 6, "", ("10.0.0.7", port))]
    )
    with pytest.raises(InputError) as caught:
        fetch(f"http://intranet.rebind.test:{port}/")
    assert caught.value.code == "E108"
    assert _Handler.seen == []
