"""Shared fixtures: the seed articles and eval sets are read from ../shared, never copied into the repo."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

from newsdesk.model import Article
from newsdesk.store import SQLiteStore

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(__import__("os").environ.get("NEWSDESK_SHARED", ROOT.parent / "shared"))
SEEDS = SHARED / "seeds"
EVAL = SHARED / "eval"


@cache
def t17_page(topic: str, record_id: str) -> Article:
    """One Timeline17 dev record, cleaned as the product cleans a record (no publication date)."""
    from newsdesk.evaluate.io import read_jsonl
    from newsdesk.ingest.dates import parse_date
    from newsdesk.model import RawDocument
    from newsdesk.pipeline import clean_record

    folder = EVAL / "timelines" / "t17" / "dev" / topic
    record = next(r for r in read_jsonl(folder / "articles.jsonl.gz") if str(r.get("id")) == record_id)
    raw = RawDocument(path=f"{topic}:{record_id}", text=record["text"], external_id=record_id, published=parse_date(""))
    article = clean_record(raw)
    assert isinstance(article, Article)
    return article


def seed_path(prefix: str) -> Path:
    return next(SEEDS.glob(f"{prefix}_*.txt"))


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    if not SEEDS.is_dir():
        pytest.fail(f"seed articles not found at {SEEDS} (set NEWSDESK_SHARED)")
    return SEEDS


@pytest.fixture(scope="session")
def seed_articles(seeds_dir: Path) -> dict[str, Article]:
    """The five seeds, cleaned, keyed by their number ("000" .. "004")."""
    from newsdesk.clean import clean_document
    from newsdesk.ingest import read_paths
    from newsdesk.model import RawDocument

    result = {}
    for record in read_paths([seeds_dir]):
        assert isinstance(record, RawDocument)
        result[Path(record.path).name[:3]] = clean_document(record)
    return result


@pytest.fixture
def fresh_store() -> SQLiteStore:
    store = SQLiteStore(":memory:")
    yield store
    store.close()


@pytest.fixture(scope="session")
def pg_admin():  # type: ignore[no-untyped-def]
    """A throwaway PostgreSQL server for the session (see tests/pgserver.py); skips only without binaries."""
    from tests.pgserver import postgres_server

    with postgres_server() as url:
        yield url


@pytest.fixture
def pg_url(pg_admin: str) -> str:
    """A fresh, empty database on that server for one test."""
    from tests.pgserver import fresh_database

    return fresh_database(pg_admin)
