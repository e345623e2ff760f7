"""Store: where articles, runs and results live. SQLite by default; the URL picks the backend."""

from __future__ import annotations

from typing import cast

from .sqlite import SQLiteStore, StoreBusy

Store = SQLiteStore


def open_store(url: str) -> Store:
    """``newsdesk.db`` or ``sqlite:///path`` → SQLite; ``postgresql://...`` → PostgreSQL (``postgres`` extra)."""
    if url.startswith(("postgresql://", "postgres://")):
        from .postgres import PostgresStore

        # Same interface and behaviour (tests/store/test_postgres.py runs the store suite against both).
        return cast(Store, PostgresStore(url))
    return SQLiteStore(url.removeprefix("sqlite:///").removeprefix("sqlite://"))


__all__ = ["SQLiteStore", "Store", "StoreBusy", "open_store"]
