"""Store: where articles, runs and results live. SQLite by default; the URL picks the backend."""

from __future__ import annotations

from .sqlite import SQLiteStore, StoreBusy

Store = SQLiteStore


def open_store(url: str) -> Store:
    """``newsdesk.db`` or ``sqlite:///path`` → SQLite (``postgresql://`` arrives with the serve issue)."""
    if url.startswith(("postgresql://", "postgres://")):
        raise NotImplementedError("PostgreSQL support is not built yet; use an SQLite path")
    return SQLiteStore(url.removeprefix("sqlite:///").removeprefix("sqlite://"))


__all__ = ["SQLiteStore", "Store", "StoreBusy", "open_store"]
