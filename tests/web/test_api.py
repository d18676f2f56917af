"""The REST API: every endpoint, both envelopes, the token rule and the OpenAPI document."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest
from fastapi.testclient import TestClient

import newsclaims.web
from newsclaims import api
from newsclaims.api import envelope, error_envelope
from newsclaims.model import Analysis, Furniture
from newsclaims.web import create_app

TEXT = "Mayor Ana Ruiz said the library in Dunmore would open in June."


@pytest.fixture
def client(tmp_path: Path, make_analysis: Callable[..., Analysis]) -> Iterator[TestClient]:
    app = create_app(f"sqlite:///{tmp_path / 'api.db'}", token="s3cret")
    app.state.store.add(make_analysis(TEXT))
    with TestClient(app) as test_client:
        yield test_client


def test_api_envelopes_are_locked() -> None:
    assert envelope([1], "abc") == {"ok": True, "data": [1], "next": "abc"}
    assert envelope([1], None, total=3) == {"ok": True, "data": [1], "next": None, "total": 3}
    assert envelope([], None, total=0, hint="look") == {
        "ok": True,
        "data": [],
        "next": None,
        "total": 0,
        "hint": "look",
    }
    assert error_envelope("E601", "gone", "look") == {
        "ok": False,
        "error": {"code": "E601", "message": "gone", "hint": "look"},
    }


@pytest.mark.parametrize(
    "path",
    [
        "/api/articles",
        "/api/claims?source=Ruiz",
        "/api/claims?about=Dunmore&stance=reported",
        "/api/entities",
        "/api/events",
        "/api/figures?about=people",
        "/api/disagreements",
        "/api/timeline?from=2020-01-01",
        "/api/sources",
        "/api/propositions",
        "/api/propositions?similarity=embedding",
        "/api/search?q=library",
    ],
)
def test_api_read_endpoints_answer_with_the_success_envelope(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    body = response.json()
    assert body["ok"] is True
    # "hint" only where the filters leave rows out that another filter shows (sources
    # described, not named, are listed within a story)
    assert set(body) - {"hint"} == {"ok", "data", "next", "total"}
    assert ("hint" in body) is (path == "/api/sources")
    assert body["total"] >= len(body["data"])
    assert isinstance(body["data"], list)


def test_api_entity_by_alias(client: TestClient) -> None:
    body = client.get("/api/entities/Ruiz").json()
    assert body["ok"] is True
    assert body["data"]["name"] == "Ana Ruiz"
    assert "Ruiz" in body["data"]["aliases"]
    assert client.get("/api/entities/Nobody").status_code == 404


def test_api_claims_filter_and_evidence(client: TestClient) -> None:
    [claim] = client.get("/api/claims?source=Ana Ruiz").json()["data"]
    assert claim["content"] == TEXT[claim["start"] : claim["end"]]
    assert client.get("/api/claims?source=Nobody").json()["data"] == []


def test_api_cursor_pagination(client: TestClient, make_analysis: Callable[..., Analysis]) -> None:
    client.app.state.store.add(
        make_analysis("In Dunmore, Ana Ruiz said the library would need staff.")
    )  # type: ignore[attr-defined]
    first = client.get("/api/claims?limit=1").json()
    assert len(first["data"]) == 1 and first["next"]
    second = client.get(f"/api/claims?limit=1&cursor={first['next']}").json()
    assert len(second["data"]) == 1 and second["next"] is None
    assert first["data"][0]["id"] != second["data"][0]["id"]


def test_api_article_and_not_found(client: TestClient) -> None:
    [article] = client.get("/api/articles").json()["data"]
    body = client.get(f"/api/articles/{article['id']}").json()["data"]
    assert body["article"]["text"] == TEXT
    assert body["furniture"] == []  # the page furniture blanked out before extraction
    missing = client.get("/api/articles/nope")
    assert missing.status_code == 404
    assert missing.json()["error"]["code"] == "E601"


@pytest.mark.parametrize(
    "path",
    [
        "/api/claims?limit=0",
        "/api/articles?cursor=%%%",
        "/api/search",
        "/api/propositions?similarity=words",
    ],
)
def test_api_bad_parameters_answer_with_the_error_envelope(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 422
    assert response.json()["ok"] is False
    assert response.json()["error"]["code"] == "E412"


def test_api_writes_need_the_token(client: TestClient) -> None:
    response = client.post("/articles", json={"text": "Officials said the dam held."})
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "E406"


@pytest.mark.model
def test_api_post_article_with_token(client: TestClient) -> None:
    headers = {"Authorization": "Bearer s3cret"}
    response = client.post(
        "/articles",
        json={
            "text": "Officials said the dam held after the storm on Friday.",
            "published": "2026-03-07",
        },
        headers=headers,
    )
    assert response.status_code == 201, response.text
    [written] = response.json()["data"]
    assert written["status"] == "stored"
    again = client.post(
        "/articles",
        json={"text": "Officials said the dam held after the storm on Friday."},
        headers=headers,
    )
    assert again.json()["data"][0]["status"] == "duplicate"
    private = client.post("/articles", json={"url": "http://127.0.0.1:9/x"}, headers=headers)
    assert private.status_code == 422
    assert private.json()["error"]["code"] == "E108"


def test_api_openapi_is_served(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    for path in ("/api/articles", "/api/claims", "/api/entities", "/api/events", "/api/figures",
                 "/api/disagreements", "/api/timeline", "/articles"):  # fmt: skip
        assert path in spec["paths"]


def test_web_pages_render_and_escape(
    client: TestClient, make_analysis: Callable[..., Analysis]
) -> None:
    hostile = "Ana Ruiz said <script>window.pwned=1</script> the library in Dunmore was closed."
    client.app.state.store.add(make_analysis(hostile))  # type: ignore[attr-defined]
    articles = client.get("/api/articles").json()["data"]
    target = next(
        a
        for a in articles
        if a["claims"]
        and "pwned" in client.get(f"/api/articles/{a['id']}").json()["data"]["article"]["text"]
    )
    page = client.get(f"/articles/{target['id']}")
    assert page.status_code == 200
    assert "<script>window.pwned" not in page.text
    assert "&lt;script&gt;window.pwned" in page.text
    assert "script-src 'self'" in page.headers["content-security-policy"]
    for path in (
        "/",
        "/figures",
        "/disagreements",
        "/propositions",
        "/propositions?about=Dunmore&similarity=embedding",
        "/timeline",
        "/entities/Ana%20Ruiz",
        "/?q=library",
    ):
        assert client.get(path).status_code == 200, path


def test_api_entity_merge_needs_token_and_is_recorded(client: TestClient) -> None:
    body = {"into": "Ana Ruiz", "other": "Dunmore", "who": "analyst-1"}
    assert client.post("/api/entities/merge", json=body).status_code == 401
    response = client.post(
        "/api/entities/merge", json=body, headers={"Authorization": "Bearer s3cret"}
    )
    assert response.status_code == 200 and response.json()["data"]["name"] == "Ana Ruiz"
    [correction] = client.get("/api/corrections").json()["data"]
    assert (correction["kind"], correction["target"], correction["who"]) == (
        "merge", "entity", "analyst-1",
    )  # fmt: skip


def test_api_entity_split_is_recorded(client: TestClient) -> None:
    body = {"name": "Ana Ruiz", "alias": "Ruiz", "who": "analyst-2"}
    assert client.post("/api/entities/split", json=body).status_code == 401
    response = client.post(
        "/api/entities/split", json=body, headers={"Authorization": "Bearer s3cret"}
    )
    assert response.status_code == 200
    assert response.json()["data"]["key"] == "PERSON:ruiz"
    [correction] = client.get("/api/corrections").json()["data"]
    assert (correction["kind"], correction["alias"], correction["who"]) == (
        "split",
        "Ruiz",
        "analyst-2",
    )


def test_web_forms_that_write_post_only_to_the_corrections_routes() -> None:
    """The UI's forms are GET filters and searches, except the corrections forms, which POST
    to /corrections/... (checked for origin and token below)."""
    templates = Path(newsclaims.web.__file__).parent / "templates"
    forms = [
        (page.name, match.group(0))
        for page in sorted(templates.glob("*.html"))
        for match in re.finditer(r"<form\b[^>]*>", page.read_text(encoding="utf-8"))
    ]
    posts = [tag for _, tag in forms if re.search(r'method="post"', tag, re.IGNORECASE)]
    assert posts, "the corrections forms post"
    assert all('action="/corrections/' in tag for tag in posts), posts
    gets = [tag for _, tag in forms if tag not in posts]
    assert gets
    assert all(re.search(r'method="get"', tag, re.IGNORECASE) for tag in gets), gets


@pytest.mark.parametrize(
    ("headers", "token", "status"),
    [
        ({}, "s3cret", 401),  # no Origin or Referer: not known to come from this site
        ({"Origin": "https://evil.example"}, "s3cret", 401),  # a forged cross-site form
        ({"Origin": "http://testserver"}, "wrong", 401),  # the token rule
        ({"Origin": "http://testserver"}, "s3cret", 303),
        ({"Referer": "http://testserver/entities/Ruiz"}, "s3cret", 303),
        # Chromium under Referrer-Policy no-referrer: Origin null, Sec-Fetch-Site says it all
        ({"Origin": "null", "Sec-Fetch-Site": "same-origin"}, "s3cret", 303),
        ({"Origin": "null", "Sec-Fetch-Site": "cross-site"}, "s3cret", 401),
        ({"Origin": "https://evil.example", "Sec-Fetch-Site": "same-origin"}, "s3cret", 401),
    ],
)
def test_web_correction_form_needs_this_site_and_the_token(
    client: TestClient, headers: dict[str, str], token: str, status: int
) -> None:
    form = {"name": "Ana Ruiz", "alias": "Ruiz", "who": "analyst", "token": token}
    response = client.post("/corrections/split", data=form, headers=headers, follow_redirects=False)
    assert response.status_code == status
    corrections = client.get("/api/corrections").json()["data"]
    assert len(corrections) == (1 if status == 303 else 0)
    if status != 303:
        assert "text/html" in response.headers["content-type"]


def test_api_write_with_a_cookie_but_no_token_is_refused(client: TestClient) -> None:
    client.cookies.set("session", "anything")
    response = client.post("/articles", json={"text": "Officials said the dam held."})
    assert response.status_code == 401


def test_web_article_page_greys_out_the_page_furniture(
    tmp_path: Path, make_analysis: Callable[..., Analysis]
) -> None:
    text = "Scroll down for video Mayor Ana Ruiz said the library in Dunmore would open in June."
    analysis = replace(make_analysis(text), furniture=(Furniture(0, 21, text[:21], "video"),))
    app = create_app(f"sqlite:///{tmp_path / 'web.db'}", token="s3cret")
    app.state.store.add(analysis)
    with TestClient(app) as client:
        [article] = client.get("/api/articles").json()["data"]
        body = client.get(f"/api/articles/{article['id']}").json()["data"]
        assert [f["text"] for f in body["furniture"]] == ["Scroll down for video"]
        page = client.get(f"/articles/{article['id']}").text
    assert re.search(r'<span class="furniture"[^>]*>Scroll down for video</span>', page)


@pytest.mark.model
def test_api_post_html_uses_the_given_title_and_outlet(client: TestClient) -> None:
    """The title and outlet sent with an HTML page were ignored (probe21b)."""
    paragraphs = "".join(
        f"<p>Officials in Dunmore said on Monday that bridge {i} would reopen.</p>"
        for i in range(4)
    )
    page = f"<html><head><title>Own title</title></head><body><article>{paragraphs}"
    response = client.post(
        "/articles",
        json={"html": page + "</article></body></html>", "title": "Given", "outlet": "Herald"},
        headers={"Authorization": "Bearer s3cret"},
    )
    assert response.status_code == 201, response.text
    [written] = response.json()["data"]
    body = client.get(f"/api/articles/{written['article_id']}").json()["data"]
    assert (body["article"]["title"], body["article"]["outlet"]) == ("Given", "Herald")


def test_api_post_url_uses_the_given_title_and_outlet(
    client: TestClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The title and outlet sent with a URL were ignored for the fetched page."""
    paragraphs = "".join(
        f"<p>Officials in Dunmore said on Monday that bridge {i} would reopen.</p>"
        for i in range(4)
    )
    page = f"<html><head><title>Own title</title></head><body><article>{paragraphs}"
    page += "</article></body></html>"
    fetched = SimpleNamespace(body=page.encode(), url="https://news.example.org/story")
    monkeypatch.setattr(api, "fetch", lambda url, allow_private: fetched)
    response = client.post(
        "/articles",
        json={"url": "https://news.example.org/story", "title": "Given", "outlet": "Herald"},
        headers={"Authorization": "Bearer s3cret"},
    )
    assert response.status_code == 201, response.text
    [written] = response.json()["data"]
    body = client.get(f"/api/articles/{written['article_id']}").json()["data"]
    assert (body["article"]["title"], body["article"]["outlet"]) == ("Given", "Herald")
