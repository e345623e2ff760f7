"""The service and the API on PostgreSQL give the same stories and briefs as on SQLite."""

from __future__ import annotations

from pathlib import Path

from newsdesk import pipeline
from newsdesk.serve import Service
from newsdesk.store import SQLiteStore, open_store

from .conftest import TOKEN, _serve


def test_same_briefs_on_both_backends(pg_url: str, seeded_db: Path, seeds_dir: Path) -> None:
    with open_store(pg_url) as pg, SQLiteStore(seeded_db) as lite:
        pipeline.ingest([seeds_dir], pg)
        on_pg, on_lite = Service(pg), Service(lite)
        assert on_pg.stories() == on_lite.stories()
        story_id = on_lite.stories()[0]["id"]
        assert on_pg.brief(story_id) == on_lite.brief(story_id)
        assert Service(pg).stories() == on_lite.stories()  # the second service reads the brief cache
        assert {h[0] for h in on_pg.search_articles("Philadelphi")} == {
            h[0] for h in on_lite.search_articles("Philadelphi")
        }


def test_api_on_postgres_over_http(pg_url: str, seeds_dir: Path) -> None:
    with open_store(pg_url) as store:
        pipeline.ingest([seeds_dir], store)
    server = _serve(pg_url)
    live = next(server)
    try:
        with live.client() as client:
            page = client.get("/api/stories", params={"q": "Philadelphi"}).json()
            assert page["count"] == 1
            assert len(client.get(f"/api/stories/{page['data'][0]['id']}").json()["articles"]) == 5
            bad = client.get("/api/search", params={"q": "a & | b"})  # web search syntax never errors
            assert bad.status_code == 200
            posted = client.post(
                "/api/articles",
                json={"text": "Talks resumed in Doha on Friday. Officials said progress was made.", "source": "Wire"},
                headers={"Authorization": f"Bearer {TOKEN}"},
            )
            assert posted.status_code == 201, posted.text
            assert client.get("/api/sources").json()["count"] == 6
            assert "ceasefire" in client.get("/", headers={"Accept": "text/html"}).text
    finally:
        next(server, None)  # runs the server's shutdown
