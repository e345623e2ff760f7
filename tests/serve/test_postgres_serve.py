"""The service and the API on PostgreSQL give the same stories and briefs as on SQLite."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx

from newsdesk import pipeline
from newsdesk.config import Settings
from newsdesk.serve import Service
from newsdesk.serve.app import create_app
from newsdesk.store import SQLiteStore, open_store


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


def test_api_on_postgres(pg_url: str, seeds_dir: Path) -> None:
    settings = Settings(db=pg_url, token="t")
    with open_store(pg_url) as store:
        pipeline.ingest([seeds_dir], store)
    app = create_app(pg_url, settings=settings)
    transport = httpx.ASGITransport(app=app)

    async def run() -> None:
        async with httpx.AsyncClient(transport=transport, base_url="http://test") as client:
            page = (await client.get("/api/stories", params={"q": "Philadelphi"})).json()
            assert page["count"] == 1
            story = (await client.get(f"/api/stories/{page['data'][0]['id']}")).json()
            assert len(story["articles"]) == 5
            bad = await client.get("/api/search", params={"q": "a & | b"})
            assert bad.status_code in (200, 400) and (bad.status_code == 200 or "error" in bad.json())
            posted = await client.post(
                "/api/articles",
                json={"text": "Talks resumed in Doha on Friday. Officials said progress was made.", "source": "Wire"},
                headers={"Authorization": "Bearer t"},
            )
            assert posted.status_code == 201, posted.text
            assert (await client.get("/api/sources")).json()["count"] == 6

    asyncio.run(run())
    app.state.service.store.close()
