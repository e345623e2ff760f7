"""The store failing under a running server (session 25, helper `robust9`): the brief cache cannot be written
(a full disk, a read-only database) and a page of a table is found damaged after the open. Each failure is real
(SQLite's own ``max_page_count``, ``query_only`` and a damaged page), not a mock."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdesk import pipeline
from newsdesk.store import SQLiteStore, open_store
from tests.store.test_hostile_db import damage_table

from .conftest import Live, _serve
from .test_api import AUTH, assert_error


def _cache_rows(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        count = int(conn.execute("SELECT count(*) FROM brief_cache").fetchone()[0])
    conn.close()
    return count


@pytest.mark.parametrize(
    ("pragma", "reason"),
    [
        ("max_page_count = {pages}", "the disk is full"),
        ("query_only = ON", "the database is read-only"),
    ],
)
def test_a_cache_that_cannot_be_written_still_serves_the_brief(
    writable: Live, caplog: pytest.LogCaptureFixture, pragma: str, reason: str
) -> None:
    """Saving the brief cache on a full disk or a read-only database answered 503 although the brief had been
    built: a cache only spares the next start a rebuild, so the reader gets the brief and the log says why it
    was not cached. The failed cache write is rolled back; the stored articles are as they were."""
    store = writable.service.store
    store.conn.execute("DELETE FROM brief_cache")  # the session's seeded db may hold one: this build must be made
    store.conn.execute("VACUUM")  # no free pages left for the cache to fill
    articles, pages = store.count_articles(), store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA {pragma.format(pages=pages)}")
    with caplog.at_level(logging.WARNING, logger="newsdesk.serve.service"), writable.client() as client:
        served = client.get("/api/stories")
        assert served.status_code == 200, served.text
        assert served.json()["data"]
        story = client.get(f"/api/stories/{served.json()['data'][0]['id']}")
        assert story.status_code == 200, story.text
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert any(f"{writable.db}: {reason}" in w for w in warnings), warnings
    assert _cache_rows(Path(writable.db)) == 0
    assert store.count_articles() == articles and store.integrity_ok()
    # Once there is room again, the next build is cached, and it is the brief that was served without it.
    store.conn.execute("PRAGMA query_only = OFF")
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    writable.service.invalidate()
    with writable.client() as client:
        assert client.get("/api/stories").json() == served.json()
    assert _cache_rows(Path(writable.db)) == served.json()["count"]


@pytest.fixture
def damaged(tmp_path: Path, seeded_db: Path) -> Iterator[Live]:
    db = tmp_path / "damaged.db"
    with SQLiteStore(seeded_db) as src, SQLiteStore(db) as dst:
        src.conn.backup(dst.conn)
    damage_table(db, "articles")
    yield from _serve(db)


def test_damage_found_mid_run_is_a_503_naming_the_file_and_what_was_read(damaged: Live) -> None:
    """A damaged page of ``articles`` met after the open was a 500 "internal error"; now it is the store's 503
    with the file and what was being read."""
    with damaged.client() as client:
        message = assert_error(client.get("/api/stories"), 503, "store_unavailable")
    assert message == (
        f"{damaged.db}: damage found while reading articles: database disk image is malformed "
        "(the file is damaged; restore a copy)"
    )


def test_a_read_only_postgres_database_is_served_without_its_cache(
    pg_url: str, seeds_dir: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A PostgreSQL database set read-only (``default_transaction_read_only``, as a standby is) could not even be
    opened (``CREATE TABLE IF NOT EXISTS schema_migrations`` is a write), and its cache write was a 500 naming
    neither the database nor the reason. It now opens to be read, the brief is served, the log says why it was
    not cached, and a write through the API is a 503 naming it."""
    import psycopg

    with open_store(pg_url) as store:  # one seed: the brief is built in the request (the client waits 60 s)
        pipeline.ingest([sorted(seeds_dir.glob("*.txt"))[0]], store, extract=False)
    name = pg_url.rsplit("/", 1)[1]
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"ALTER DATABASE {name} SET default_transaction_read_only = on")
    server = _serve(pg_url)
    live = next(server)
    shown = live.service.store.path
    try:
        with caplog.at_level(logging.WARNING, logger="newsdesk.serve.service"), live.client() as client:
            served = client.get("/api/stories")
            assert served.status_code == 200, served.text
            assert served.json()["count"] >= 1
            posted = client.post("/api/articles", json={"text": "Talks resumed in Doha on Friday."}, headers=AUTH)
            message = assert_error(posted, 503, "store_unavailable")
    finally:
        next(server, None)
    reason = "the database is read-only (a standby, or default_transaction_read_only): nothing was written"
    assert message == f"{shown}: {reason}"
    assert any(f"{shown}: {reason}" in r.getMessage() for r in caplog.records if r.levelno == logging.WARNING)
    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM brief_cache").fetchone()[0] == 0
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
