"""Store: where articles, runs and results live. SQLite by default; the URL picks the backend."""

from __future__ import annotations

from typing import cast

from .errors import StoreBusy, StoreError, shown_url
from .sqlite import SQLiteStore

Store = SQLiteStore


def sqlite_file(url: str) -> str | None:
    """The file of an SQLite URL (``newsdesk.db``, ``sqlite:///path``); None for PostgreSQL."""
    if url.startswith(("postgresql://", "postgres://")):
        return None
    return url.removeprefix("sqlite:///").removeprefix("sqlite://")


def open_store(url: str) -> Store:
    """``newsdesk.db`` or ``sqlite:///path`` → SQLite; ``postgresql://...`` → PostgreSQL (``postgres`` extra)."""
    path = sqlite_file(url)
    if path is None:
        from .postgres import PostgresStore

        # Same interface and behaviour (tests/store/test_postgres.py runs the store suite against both).
        return cast(Store, PostgresStore(url))
    return SQLiteStore(path)


__all__ = ["SQLiteStore", "Store", "StoreBusy", "StoreError", "open_store", "shown_url", "sqlite_file"]
