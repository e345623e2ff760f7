"""The REST API over HTTP (uvicorn on 127.0.0.1): pages of results, the brief contract, errors, ingest, auth."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from newsdesk.cli import app as cli

from .conftest import TOKEN, Live

AUTH = {"Authorization": f"Bearer {TOKEN}"}


def assert_error(response: httpx.Response, status: int, code: str | None = None) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message"}
    assert body["error"]["message"]
    if code:
        assert body["error"]["code"] == code
    return str(body["error"]["message"])


def only_story(client: httpx.Client) -> dict:
    page = client.get("/api/stories").json()
    return page["data"][0]


def test_stories_page_shape(live: Live) -> None:
    with live.client() as client:
        page = client.get("/api/stories").json()
        assert set(page) == {"data", "count", "next"} and page["count"] == len(page["data"]) >= 1
        card = page["data"][0]
        assert card["articles"] == 5 and "NDTV" in card["outlets"] and card["first"] == "2024-08-26"
        assert card["lead"]


def test_story_brief_is_the_cli_brief(live: Live, seeds_dir: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["brief", str(seeds_dir), "--db", str(tmp_path / "b.db"), "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    with live.client() as client:
        for story in doc["stories"]:
            api = client.get(f"/api/stories/{story['id']}").json()
            assert api["stories"] == [story]
            assert api["articles"] == [a for a in doc["articles"] if a["id"] in story["articles"]]


def test_filters_by_text_outlet_entity_and_dates(live: Live) -> None:
    with live.client() as client:

        def count(**params: str) -> int:
            return int(client.get("/api/stories", params=params).json()["count"])

        assert count(q="Philadelphi") == 1 and count(q="zeppelinxyz") == 0
        assert count(outlet="ndtv") == 1 and count(outlet="Le Monde") == 0
        assert count(since="2024-08-26", until="2024-08-26") == 1
        assert count(since="2024-09-01") == 0 and count(until="2024-08-01") == 0
        assert count(entity="Nobody Atall") == 0
        assert_error(client.get("/api/stories", params={"since": "last week"}), 400, "bad_request")


def test_pagination_next_link(live: Live) -> None:
    with live.client() as client:
        first = client.get("/api/articles", params={"limit": 2}).json()
        assert first["count"] == 5 and len(first["data"]) == 2 and first["next"]
        seen = [a["id"] for a in first["data"]]
        url = first["next"]
        while url:
            page = client.get(url).json()
            seen += [a["id"] for a in page["data"]]
            url = page["next"]
        assert len(seen) == len(set(seen)) == 5


def test_article_has_clean_text_sentences_and_citations(live: Live) -> None:
    with live.client() as client:
        story = client.get(f"/api/stories/{only_story(client)['id']}").json()["stories"][0]
        cited = story["summary"][0]["citations"][0]
        article = client.get(f"/api/articles/{cited['article']}").json()
        assert cited["sentence"] in article["cited"]
        for sentence in article["sentences"]:
            assert article["text"][sentence["start"] : sentence["end"]] == sentence["text"]
        assert article["stories"][0]["id"] == story["id"]


def test_search_entities_quotes_sources(live: Live) -> None:
    with live.client() as client:
        hits = client.get("/api/search", params={"q": "Philadelphi"}).json()
        assert hits["count"] == 2 and all("[Philadelphi" in h["snippet"] for h in hits["data"])
        sources = client.get("/api/sources").json()["data"]
        assert sum(s["articles"] for s in sources) == 5 and any(s["outlet"] == "NDTV" for s in sources)
        for path in ("/api/entities", "/api/quotes"):
            page = client.get(path).json()
            assert set(page) == {"data", "count", "next"}


def test_errors_share_one_envelope(live: Live) -> None:
    with live.client() as client:
        assert "sNOPE" in assert_error(client.get("/api/stories/sNOPE"), 404, "not_found")
        assert_error(client.get("/api/articles/nope"), 404, "not_found")
        assert_error(client.get("/api/no/such/route"), 404, "not_found")
        assert_error(client.delete("/api/stories"), 405, "method_not_allowed")
        assert "limit" in assert_error(client.get("/api/stories", params={"limit": 0}), 422, "invalid_request")
        assert_error(client.get("/api/search"), 422, "invalid_request")
        assert_error(client.get("/api/search", params={"q": '"unclosed'}), 400, "bad_request")
        assert_error(client.get("/api/stories/x/export", params={"format": "pdf"}), 422)
        page = client.get("/nope", headers={"Accept": "text/html"})
        assert page.status_code == 404 and "<html" in page.text


def test_ingest_needs_the_token_and_reads_stay_open(writable: Live) -> None:
    with writable.client() as client:
        body = {"text": "A new article about the talks in Cairo. It has two sentences.", "source": "Wire"}
        assert_error(client.post("/api/articles", json=body), 401, "unauthorized")
        bad = {"Authorization": "Bearer wrong"}
        assert_error(client.post("/api/articles", json=body, headers=bad), 401, "unauthorized")
        assert client.get("/api/stories").status_code == 200


def test_ingest_json_batch_html_and_rejections(writable: Live) -> None:
    with writable.client(headers=AUTH) as client:
        before = client.get("/api/articles").json()["count"]
        batch = [
            {"text": "Negotiators met again in Cairo on Tuesday. Both sides called the talks useful.",
             "source": "Wire One", "published": "2024-08-27", "title": "Talks resume"},
            {"title": "no body"},
            "not an object",
        ]  # fmt: skip
        response = client.post("/api/articles", json=batch)
        assert response.status_code == 201, response.text
        result = response.json()
        assert len(result["articles"]) == 1 and result["counts"]["stored"] == 1
        assert [r["path"] for r in result["rejected"]] == ["request[1]", "request[2]"]
        html = (
            "<html><head><title>Gaza talks</title></head><body><article><p>Mediators said on Wednesday that a deal"
            " was close. Officials from Qatar and Egypt joined the talks.</p></article></body></html>"
        )
        response = client.post(
            "/api/articles", content=html, headers={"Content-Type": "text/html"}, params={"source": "Wire Two"}
        )
        assert response.status_code == 201, response.text
        assert client.get("/api/articles").json()["count"] == before + 2  # the cache was invalidated at once
        assert client.get("/api/stories", params={"outlet": "Wire Two"}).json()["count"] == 1
        assert_error(client.post("/api/articles", content=b"{oops", headers={"Content-Type": "application/json"}), 400)
        assert_error(client.post("/api/articles", content=b"x", headers={"Content-Type": "text/plain"}), 415)
        assert_error(client.post("/api/articles", json=[{"title": "empty"}]), 422, "rejected")
        assert_error(client.post("/api/articles", json=[]), 400)


def test_private_server_closes_reads(private_live: Live) -> None:
    with private_live.client() as client:
        assert_error(client.get("/api/stories"), 401, "unauthorized")
        assert client.get("/", headers={"Accept": "text/html"}).status_code == 401
        assert client.get("/api/stories", headers=AUTH).status_code == 200
        assert client.get("/openapi.json").status_code == 200


def test_exports_over_http(live: Live) -> None:
    with live.client() as client:
        story_id = only_story(client)["id"]
        md = client.get(f"/api/stories/{story_id}/export", params={"format": "markdown"})
        assert md.status_code == 200 and md.text.startswith("# ")
        assert f'filename="{story_id}.md"' in md.headers["content-disposition"]
        html = client.get(f"/api/stories/{story_id}/export", params={"format": "html"})
        assert "<style>" in html.text and 'href="/static' not in html.text and 'src="/static' not in html.text
        doc = client.get(f"/api/stories/{story_id}/export", params={"format": "json"}).json()
        assert doc == client.get(f"/api/stories/{story_id}").json()


def test_every_api_route_is_documented(live: Live) -> None:
    with live.client() as client:
        spec = client.get("/openapi.json").json()
        docs = client.get("/docs").text
    for path, operations in spec["paths"].items():
        assert path in docs
        for operation in operations.values():
            assert operation.get("summary"), f"{path} has no summary"
    assert "/api/stories" in spec["paths"] and "post" in spec["paths"]["/api/articles"]


@pytest.mark.parametrize("path", ["/", "/docs", "/static/style.css", "/static/app.js"])
def test_pages_and_static_files_load_with_a_strict_policy(live: Live, path: str) -> None:
    with live.client() as client:
        response = client.get(path)
    assert response.status_code == 200
    assert "script-src 'self'" in response.headers["content-security-policy"]


def test_post_articles_at_the_root_is_the_same_ingest(writable: Live) -> None:
    body = {"text": "Mediators met in Doha on Wednesday. They said progress was slow.", "source": "Wire"}
    with writable.client() as client:
        assert_error(client.post("/articles", json=body), 401, "unauthorized")
    with writable.client(headers=AUTH) as client:
        result = client.post("/articles", json=body)
        assert result.status_code == 201, result.text
        (article_id,) = result.json()["articles"]
        assert client.get(f"/api/articles/{article_id}").json()["source"] == "Wire"


def test_json_nested_too_deep_is_a_bad_request(writable: Live) -> None:
    """A body of ``[`` × 100,000 overflowed the JSON parser (RecursionError → 500 internal error)."""
    with writable.client(headers=AUTH) as client:
        body = b"[" * 100_000 + b"]" * 100_000
        message = assert_error(
            client.post("/api/articles", content=body, headers={"Content-Type": "application/json"}), 400
        )
        assert "nested too deeply" in message


def test_an_html_body_over_the_record_limit_is_refused(writable: Live, seeds_dir: Path) -> None:
    """The 5 MB limit per record held for files and JSON records but not for an HTML body: a 30 MB page was
    decoded, parsed and cleaned (up to the 50 MB batch limit). Now it is a 413 before parsing."""
    limit = writable.service.settings.max_record_bytes
    paragraph = "<p>" + next(iter(sorted(seeds_dir.glob("*.txt")))).read_text(encoding="utf-8") + "</p>"
    page = "<html><body>" + paragraph * (limit // len(paragraph) + 1) + "</body></html>"
    with writable.client(headers=AUTH) as client:
        response = client.post("/api/articles", content=page.encode(), headers={"Content-Type": "text/html"})
        message = assert_error(response, 413)
        assert f"over the {limit:,}-byte limit per record" in message
