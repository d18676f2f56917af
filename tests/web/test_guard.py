"""The server against hostile clients (issue 21): Host checked on a tokenless server, the body
cap counted while the body arrives, security headers and the error envelope on every answer
(500s too), ids out of range refused, URL fetches bounded, and no link that is not http(s)."""

from __future__ import annotations

import asyncio
import base64
import hmac
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsclaims import settings
from newsclaims.api import guard
from newsclaims.model import Analysis
from newsclaims.web import SECURITY_HEADERS, create_app

TEXT = "Mayor Ana Ruiz said the library in Dunmore would open in June."


def _secured(response: Any) -> None:
    for name, value in SECURITY_HEADERS.items():
        assert response.headers.get(name) == value, name


@pytest.fixture
def open_app(tmp_path: Path, make_analysis: Callable[..., Analysis]) -> Any:
    """A tokenless app, as `serve` makes on loopback."""
    app = create_app(f"sqlite:///{tmp_path / 'open.db'}")
    analysis = make_analysis(TEXT)
    article = replace(analysis.article, url="javascript:alert(document.domain)")
    app.state.store.add(replace(analysis, article=article))
    return app


@pytest.fixture
def token_client(tmp_path: Path, make_analysis: Callable[..., Analysis]) -> Iterator[TestClient]:
    app = create_app(f"sqlite:///{tmp_path / 'tok.db'}", token="s3cret")
    app.state.store.add(make_analysis(TEXT))

    def boom() -> None:
        raise RuntimeError("a bug")

    app.add_api_route("/api/boom", boom)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


# -- Host ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "host", ["evil.example", "evil.example:8000", "10.0.0.5", "127.0.0.1.evil"]
)
def test_guard_tokenless_server_refuses_other_hosts(open_app: Any, host: str) -> None:
    with TestClient(open_app, base_url=f"http://{host}") as client:
        for response in (
            client.get("/api/articles"),
            client.get("/"),
            client.post("/api/entities/merge", json={"into": "a", "other": "b", "who": "x"}),
        ):
            assert response.status_code == 400
            assert response.json()["error"]["code"] == "E422"
            _secured(response)


@pytest.mark.parametrize(
    "host", ["127.0.0.1:8000", "localhost:8000", "localhost", "[::1]:8000", "127.0.0.1"]
)
def test_guard_tokenless_server_answers_its_own_names(open_app: Any, host: str) -> None:
    with TestClient(open_app, base_url=f"http://{host}") as client:
        response = client.get("/api/articles")
    assert response.status_code == 200
    _secured(response)


def test_guard_server_on_another_address_answers_that_one_only(tmp_path: Path) -> None:
    app = create_app(f"sqlite:///{tmp_path / 'x.db'}", host="192.168.1.20")
    with TestClient(app, base_url="http://192.168.1.20:8000") as client:
        assert client.get("/api/articles").status_code == 200
    with TestClient(app, base_url="http://localhost:8000") as client:
        assert client.get("/api/articles").status_code == 400


def test_guard_a_server_with_a_token_takes_any_host(token_client: TestClient) -> None:
    response = token_client.get("/api/articles", headers={"Host": "news.example.org"})
    assert response.status_code == 200


# -- bodies ----------------------------------------------------------------------------------


def test_guard_declared_oversized_body_is_413_before_anything_is_read(
    token_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(settings, "MAX_REQUEST_BYTES", 1000)
    response = token_client.post(
        "/articles",
        content=b'{"text": "' + b"x" * 5000 + b'"}',
        headers={"Authorization": "Bearer s3cret", "Content-Type": "application/json"},
    )
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "E421"
    _secured(response)
    assert token_client.get("/api/articles").json()["total"] == 1


def test_guard_body_is_cut_off_while_it_arrives() -> None:
    """No Content-Length (chunked): the middleware stops reading at the cap, and the app
    never runs; a 100 MB body once was stored whole with 201."""
    pulled: list[int] = []
    sent: list[dict[str, Any]] = []
    called: list[bool] = []
    chunk = b"x" * 65536

    async def receive() -> dict[str, Any]:
        pulled.append(len(chunk))
        return {"type": "http.request", "body": chunk, "more_body": True}  # endless

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    async def app(_scope: Any, _receive: Any, _send: Any) -> None:
        called.append(True)

    harden = guard.Harden(app, token="t", hosts=frozenset({"127.0.0.1"}))
    scope = {"type": "http", "method": "POST", "headers": [(b"host", b"127.0.0.1")]}
    asyncio.run(harden(scope, receive, send))

    assert called == []
    assert sent[0]["status"] == 413
    assert sum(pulled) <= settings.MAX_REQUEST_BYTES + len(chunk)


def test_guard_body_under_the_cap_reaches_the_app_whole() -> None:
    parts = [b"ab", b"cd", b"ef"]
    got: list[bytes] = []

    async def receive() -> dict[str, Any]:
        part = parts.pop(0)
        return {"type": "http.request", "body": part, "more_body": bool(parts)}

    async def send(_message: dict[str, Any]) -> None:
        return

    async def app(_scope: Any, inner: Any, _send: Any) -> None:
        message = await inner()
        got.append(message["body"])
        assert message["more_body"] is False

    harden = guard.Harden(app, token="t", hosts=frozenset())
    scope = {"type": "http", "method": "POST", "headers": []}
    asyncio.run(harden(scope, receive, send))
    assert got == [b"abcdef"]


# -- errors, ids, token --------------------------------------------------------------------


def test_guard_an_unexpected_failure_is_the_envelope_with_security_headers(
    token_client: TestClient,
) -> None:
    response = token_client.get("/api/boom")
    assert response.status_code == 500
    assert response.json()["error"]["code"] == "E423"
    assert "a bug" not in response.text, "no internals in the answer"
    _secured(response)


@pytest.mark.parametrize(
    "path",
    [
        "/api/claims?cursor=" + base64.urlsafe_b64encode(str(2**64).encode()).decode(),
        "/api/claims?cursor=" + base64.urlsafe_b64encode(b"\xff\xfe").decode(),
        f"/api/claims?story={2**64}",
    ],
)
def test_guard_ids_and_cursors_out_of_range_are_422(token_client: TestClient, path: str) -> None:
    response = token_client.get(path)
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "E412"
    _secured(response)


def test_guard_mark_id_out_of_range_is_422(token_client: TestClient) -> None:
    response = token_client.post(
        f"/api/marks/{2**64}/undo", json={"who": "x"}, headers={"Authorization": "Bearer s3cret"}
    )
    assert response.status_code == 422


def test_guard_page_with_a_huge_story_id_is_not_a_500(token_client: TestClient) -> None:
    page = token_client.get(f"/figures?story={2**64}")
    assert page.status_code == 422  # an invalid value, answered with a page in words
    assert page.headers["content-type"].startswith("text/html")


def test_guard_token_is_compared_in_constant_time(
    token_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def compare(a: bytes, b: bytes) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", compare)
    body = {"into": "Ana Ruiz", "other": "Dunmore", "who": "x"}
    wrong = token_client.post(
        "/api/entities/merge", json=body, headers={"Authorization": "Bearer s3creT"}
    )
    assert wrong.status_code == 401
    assert calls, "the token goes through hmac.compare_digest"
    non_ascii = token_client.post(
        "/api/entities/merge", json=body, headers={"Authorization": "Bearer s3cr\u00e9t".encode()}
    )
    assert non_ascii.status_code == 401


# -- URL fetches -------------------------------------------------------------------------------


def test_guard_url_fetches_beyond_the_slots_are_503_at_once(
    token_client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    slots = token_client.app.state.fetch_slots  # type: ignore[attr-defined]
    for _ in range(settings.FETCH_SLOTS):
        assert slots.acquire(blocking=False)
    try:
        response = token_client.post(
            "/articles",
            json={"url": "https://news.example.org/story"},
            headers={"Authorization": "Bearer s3cret"},
        )
    finally:
        for _ in range(settings.FETCH_SLOTS):
            slots.release()
    assert response.status_code == 503
    assert response.json()["error"]["code"] == "E420"


def test_guard_a_failed_fetch_gives_its_slot_back(token_client: TestClient) -> None:
    for _ in range(settings.FETCH_SLOTS + 2):
        response = token_client.post(
            "/articles",
            json={"url": "http://example.com:99999/x"},
            headers={"Authorization": "Bearer s3cret"},
        )
        assert response.status_code == 422
        assert response.json()["error"]["code"] == "E107"


# -- links ---------------------------------------------------------------------------------


def test_guard_javascript_article_url_is_no_link(open_app: Any) -> None:
    with TestClient(open_app, base_url="http://127.0.0.1:8000") as client:
        article_id = client.get("/api/articles").json()["data"][0]["id"]
        page = client.get(f"/articles/{article_id}").text
    assert 'href="javascript:' not in page
    assert "javascript:alert(document.domain)" in page, "shown as text"


@pytest.mark.parametrize(
    ("url", "link"),
    [
        ("https://a.example/x", True),
        ("HTTP://a.example/x", True),
        ("javascript:alert(1)", False),
        (" javascript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("vbscript:x", False),
        ("//evil.example/x", False),
        ("http://[::1", False),
    ],
)
def test_guard_only_http_urls_are_links(url: str, link: bool) -> None:
    from newsclaims.web import is_web_link  # noqa: PLC0415

    assert is_web_link(url) is link
