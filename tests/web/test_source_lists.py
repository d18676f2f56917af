"""A list of sources names people and bodies, and lists descriptions ("Kessler driver")
as rows of their own kind: a pronoun or vague word that no one was resolved to is shown
apart, in small text, and junk words ("that") never appear."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsclaims import derive
from newsclaims.model import Analysis, Article, Claim, ClaimKind, Entity, Mention, Span, Stance
from newsclaims.reconcile.records import StoryChoice
from newsclaims.store.reads import source_word
from newsclaims.store.sql import StoryLookup
from newsclaims.web import create_app

SAID = (
    "Ana Ruiz said the bridge would open. He said it was safe. That said it was late. "
    "The Kessler driver said it was slow."
)


def _claim(source: str, key: str | None = None) -> Claim:
    at = SAID.index(source)
    return Claim(
        start=0, end=8, text=SAID[:8], stance=Stance.REPORTED, kind=ClaimKind.INDIRECT,
        source=Span(at, at + len(source), source), source_entity=key,
    )  # fmt: skip


def _bridge_story(lookup: StoryLookup) -> StoryChoice:
    return StoryChoice(None, "bridge", {}, {"bridge": 1.0})


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    app = create_app(f"sqlite:///{tmp_path / 'sources.db'}")
    key = "PERSON:ana ruiz"
    app.state.store.add(
        Analysis(
            article=Article(text=SAID, published=date(2026, 3, 2), outlet="Daily Courier"),
            entities=(Entity(key=key, name="Ana Ruiz", type="PERSON"),),
            mentions=(Mention(0, 8, "Ana Ruiz", key, "PERSON"),),
            claims=(
                _claim("Ana Ruiz", key),
                _claim("He"),
                _claim("That"),
                _claim("Kessler driver"),
            ),
        ),
        _bridge_story,
    )
    derive.after_write(app.state.store)
    with TestClient(app, base_url="http://127.0.0.1") as test_client:
        yield test_client


@pytest.mark.parametrize(
    ("word", "kind"),
    [("He", "pronoun"), ("they", "pronoun"), ("others", "vague"), ("that", "junk"),
     ("who", "junk"), ("Ana Ruiz", None), ("the company", "description"),
     ("@KESSLERNEWS", "account"), ("@", None),
     # a role or common noun as the head: a description, whatever names qualify it
     ("The Kessler driver", "description"), ("Valmoran driver", "description"),
     ("Democrat", "description"), ("President-elect", "description"),
     ("spokeswoman for Kessler Foods", "description"), ("City Hall official", "description"),
     # a capitalised head that is no role word: a name
     ("City Hall", None), ("Prince of Valmora", None), ("Sen. Ana Ruiz", None),
     ("Ana Ruiz Jr.", None),
     # a name with a description after it is still the name
     ("Ana Ruiz of the company", None), ("Ana Ruiz from the ministry", None),
     ("Ana Ruiz, a spokeswoman", None),
     # what carries words, not who says them: never a row
     ("signs", "medium"), ("Signs", "medium"), ("the statement", "medium"),
     ("a statement on the club's page", "medium"), ("An aerial video", "medium"),
     # a participle of posting ends the head: what was posted, not who posted it
     ("a statement posted to the club's official page", "medium"),
     ("a video shared by the club", "medium"), ("a fan posted to the forum", "description"),
     # a participle before the noun describes it: the noun is the head (review33 LOW 11)
     ("the recently released statement", "medium"), ("the jointly issued statement", "medium"),
     ("the widely shared video", "medium"), ("the just issued statement", "medium"),
     ("the newly released statement from the club", "medium"),
     ("Kessler Video", None),
     # a surname that is a medium word is a name; people who post are people
     ("Banner", None), ("Marquee", None), ("Clip", None), ("Ms Poster", None),
     ("Forum posters", "description"), ("the banner", "medium"), ("Banners", "medium")],
)  # fmt: skip
def test_source_lists_word_kinds(word: str, kind: str | None) -> None:
    assert source_word(word) == kind


@pytest.mark.parametrize(
    ("path", "names"),
    [
        ("/sources", ["Ana Ruiz"]),  # descriptions are rows only within a story
        ("/sources?story=1", ["Ana Ruiz", "Kessler driver"]),
        ("/stories/1", ["Ana Ruiz", "Kessler driver"]),
    ],
)
def test_source_lists_show_names_and_pronouns_apart(
    client: TestClient, path: str, names: list[str]
) -> None:
    page = client.get(path)
    assert page.status_code == 200
    listed = re.findall(r'<td><a href="/claims\?[^"]*source=[^"]*">([^<]*)</a>', page.text)
    assert listed == names
    [apart] = re.findall(r"Not resolved to a name.*?</small>", page.text, re.S)
    assert "“he”</a> (1)" in apart
    assert "that" not in apart.lower().replace("the article", "")


@pytest.mark.parametrize("path", ["/sources?story=1", "/stories/1"])
def test_source_lists_show_descriptions_as_rows_of_their_kind(
    client: TestClient, path: str
) -> None:
    """A description is a row of the table, after the names, marked as described."""
    page = client.get(path)
    rows = re.findall(r"<tr>\s*<td><a [^>]*>([^<]*)</a>(.*?)</td>\s*<td>(\d+)</td>", page.text)
    assert rows == [
        ("Ana Ruiz", "", "1"),
        ("Kessler driver", ' <small class="meta">(described, not named)</small>', "1"),
    ]


@pytest.mark.parametrize("path", ["/api/sources?story=1", "/api/sources?story=1&format=csv"])
def test_source_lists_api_lists_descriptions_with_their_kind(client: TestClient, path: str) -> None:
    """The API's sources (and so the CLI's, one data function) hold the descriptions with
    their counts, each row saying its kind; pronouns and junk words are no rows."""
    page = client.get(path)
    assert page.status_code == 200
    if "csv" in path:
        rows = list(csv.DictReader(io.StringIO(page.text.lstrip("\ufeff"))))
    else:
        rows = page.json()["data"]
    got = [(r["source"], r["kind"], int(r["claims"])) for r in rows]
    assert got == [("Ana Ruiz", "named", 1), ("Kessler driver", "described", 1)]


def test_source_lists_descriptions_are_per_story_and_their_spellings_one_row(
    tmp_path: Path,
) -> None:
    """ "A spokesman" and "a spokesman" of one story are one row (the spelling with most
    claims shown); "a spokesman" of another story is someone else: without a story filter
    descriptions are no rows (their claims added across stories say nothing), the names
    still are."""
    said = "A spokesman said it was late. A spokesman said it was safe. a spokesman said so."
    app = create_app(f"sqlite:///{tmp_path / 'spokesmen.db'}")
    store = app.state.store

    def claim(at: int) -> Claim:
        return Claim(
            start=at + 12, end=at + 20, text=said[at + 12 : at + 20], stance=Stance.REPORTED,
            kind=ClaimKind.INDIRECT, source=Span(at, at + 11, said[at : at + 11]),
        )  # fmt: skip

    starts = [m.start() for m in re.finditer("(?i)a spokesman", said)]
    others = {  # texts apart enough not to be one another's copy
        "bridge": "The bridge over the Kessa stays shut until the spring thaw, engineers agreed.",
        "ferry": "Ferry crossings to Valmora resume next week after storms hit the harbour wall.",
    }
    for n, (label, other) in enumerate(others.items()):
        store.add(
            Analysis(
                article=Article(text=f"{said} {other}", published=date(2026, 3, 2 + n)),
                claims=tuple(claim(at) for at in starts),
            ),
            lambda _lookup, label=label: StoryChoice(None, label, {}, {label: 1.0}),
        )
    derive.after_write(store)
    with TestClient(app, base_url="http://127.0.0.1") as client:
        for story in (1, 2):
            rows = client.get(f"/api/sources?story={story}").json()["data"]
            assert [(r["source"], r["kind"], r["claims"]) for r in rows] == [
                ("A spokesman", "described", 3)
            ]
        assert client.get("/api/sources").json()["data"] == []


@pytest.mark.parametrize(
    ("kind", "names"),
    [("named", [("Ana Ruiz", "named")]), ("described", [("Kessler driver", "described")])],
)
def test_source_lists_kind_filter_keeps_one_kind(
    client: TestClient, kind: str, names: list[tuple[str, str]]
) -> None:
    """``?kind=`` keeps named or described sources, in the API, its CSV and the page (whose
    form shows the choice, kept in its links); the sources that name no one are still
    counted apart."""
    rows = client.get(f"/api/sources?story=1&kind={kind}").json()["data"]
    assert [(r["source"], r["kind"]) for r in rows] == names
    text = client.get(f"/api/sources?story=1&kind={kind}&format=csv").text.lstrip("\ufeff")
    assert [(r["source"], r["kind"]) for r in csv.DictReader(io.StringIO(text))] == names
    page = client.get(f"/sources?story=1&kind={kind}")
    listed = re.findall(r'<td><a href="/claims\?[^"]*source=[^"]*">([^<]*)</a>', page.text)
    assert listed == [name for name, _ in names]
    assert re.search(rf'<option value="{kind}" selected>', page.text)
    assert f"/export/sources.csv?story=1&amp;kind={kind}" in page.text
    assert "“he”</a> (1)" in page.text


@pytest.mark.parametrize("given", ["Named", "%20named%20", "NAMED%20", "Described", " described"])
def test_source_lists_kind_filter_reads_any_case_and_spacing(
    client: TestClient, given: str
) -> None:
    """The API and the page read a kind the same way, in any case and with spaces around it
    (as the entities' kind): the same rows, the page's choice shown selected."""
    kind = given.replace("%20", " ").strip().lower()
    wanted = client.get(f"/api/sources?story=1&kind={kind}").json()["data"]
    answer = client.get(f"/api/sources?story=1&kind={given}")
    assert answer.status_code == 200
    assert answer.json()["data"] == wanted
    assert len(wanted) == 1
    page = client.get(f"/sources?story=1&kind={given}")
    assert page.status_code == 200
    listed = re.findall(r'<td><a href="/claims\?[^"]*source=[^"]*">([^<]*)</a>', page.text)
    assert listed == [wanted[0]["source"]]
    assert re.search(rf'<option value="{kind}" selected>', page.text)


@pytest.mark.parametrize("kind", ["", "&kind=described", "&kind=Described"])
def test_source_lists_say_why_described_sources_need_a_story(client: TestClient, kind: str) -> None:
    """Without a story, described sources are no rows: the API's envelope and the page give
    the same hint, and a story's list needs none."""
    from newsclaims.views import DESCRIBED_HINT, SOURCE_KIND_LABELS  # noqa: PLC0415

    body = client.get(f"/api/sources?limit=5{kind}").json()
    assert body["hint"] == DESCRIBED_HINT
    assert SOURCE_KIND_LABELS["described"] in DESCRIBED_HINT
    if kind:
        assert body["total"] == 0
    page = client.get(f"/sources?page=1{kind}")
    assert DESCRIBED_HINT.replace("“", "&ldquo;") in page.text or DESCRIBED_HINT in page.text
    assert "hint" not in client.get(f"/api/sources?story=1{kind}").json()
    assert "hint" not in client.get("/api/sources?kind=named").json()
    assert DESCRIBED_HINT not in client.get(f"/sources?story=1{kind}").text


@pytest.mark.parametrize("path", ["/api/sources?kind=bogus", "/sources?kind=bogus"])
def test_source_lists_kind_filter_refuses_another_kind(client: TestClient, path: str) -> None:
    """A kind that is neither named nor described is a 422: the API's error envelope, the
    page's error page in words."""
    answer = client.get(path)
    assert answer.status_code == 422
    if path.startswith("/api"):
        body = answer.json()
        assert body["ok"] is False
        assert body["error"]["code"] == "E412"
        assert "named, described" in body["error"]["hint"]
    else:
        assert "is not a kind of source" in answer.text


def test_source_lists_kind_filter_in_the_cli(client: TestClient) -> None:
    """``newsclaims sources --kind`` offers the store's kinds and keeps one of them."""
    from click.testing import CliRunner  # noqa: PLC0415

    from newsclaims.cli import main  # noqa: PLC0415
    from newsclaims.store.items import SOURCE_KINDS  # noqa: PLC0415

    db = str(client.app.state.store.engine.url)  # type: ignore[attr-defined]
    runner = CliRunner()
    for kind, name in zip(SOURCE_KINDS, ("Ana Ruiz", "Kessler driver"), strict=True):
        done = runner.invoke(
            main, ["sources", "--db", db, "--story", "1", "--kind", kind, "--format", "json"]
        )
        assert done.exit_code == 0, done.output
        assert [r["source"] for r in json.loads(done.output)] == [name]
    refused = runner.invoke(main, ["sources", "--db", db, "--kind", "bogus"])
    assert refused.exit_code == 2
    assert "named" in refused.output and "described" in refused.output
