"""What can go wrong with the database file itself, said in one line that names the file and the reason.

SQLite reports a read-only file, a full disk or a damaged file as ``sqlite3`` errors whose text a user cannot act
on, and some of them surfaced as tracebacks (``attempt to write a readonly database`` at the first write, a full
disk as ``cannot rollback - no transaction is active``). The store raises ``StoreError`` instead; the CLI prints
it and exits 2 (3 when another process holds the write lock), the API answers 503.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from newsdesk.errors import NamedError


def shown_url(url: str) -> str:
    """The database as a message names it: a server URL without its user and password (logs and terminals are
    shared; ``postgresql://newsdesk:s3cret@host/news`` is shown as ``postgresql://host/news``), a file path as given."""
    return re.sub(r"^([a-z][a-z0-9+.-]*://)[^@/]*@", r"\1", url, flags=re.I)


class StoreError(NamedError, RuntimeError):
    """The database cannot be opened or written; nothing of the failed transaction was written."""


class StoreBusy(StoreError):
    """Another process holds the write lock for longer than the busy timeout."""


# sqlite3 message fragment → the reason shown (first match wins).
_REASONS = (
    (
        "readonly",
        "the database is read-only: the file, or the folder where SQLite keeps its -wal and -shm files "
        "next to it, cannot be written",
    ),
    ("disk is full", "the disk is full: the batch being written was rolled back, every batch before it is kept"),
    ("disk i/o error", "disk I/O error: the batch being written was rolled back, every batch before it is kept"),
    ("malformed", "cannot open the database: database disk image is malformed (the file is damaged; restore a copy)"),
    ("not a database", "cannot open the database: file is not a database"),
    ("unable to open", "cannot open or create the file (its folder is missing or cannot be written)"),
)


_SQLITE_ERROR = 1  # SQLite's generic result code: the statement, never the file (sqlite3's ``sqlite_errorcode``)
# Damage SQLite finds after the file was opened (a page of one table is bad): what it said, and where.
_DAMAGE = ("malformed", "not a database")


def store_error(path: str, exc: BaseException, where: str = "") -> StoreError | None:
    """The ``StoreError`` for a known failure of the file (None for anything else, which stays a bug to see).

    ``where`` says what the store was doing when a damaged page was found after the open ("while reading
    articles", "while writing stories"): the file opened fine, so "cannot open the database" would mislead."""
    from .migrations import SchemaMismatch

    if isinstance(exc, SchemaMismatch):
        return StoreError(path, str(exc))
    if getattr(exc, "sqlite_errorcode", 0) & 0xFF == _SQLITE_ERROR:
        return None  # a statement's error (a search query's syntax), whose text may quote "locked" or "malformed"
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StoreBusy(path, "another process is writing to this database; try again when it is done")
    if where and any(fragment in text for fragment in _DAMAGE):
        said = "database disk image is malformed" if "malformed" in text else "file is not a database"
        return StoreError(path, f"damage found {where}: {said} (the file is damaged; restore a copy)")
    if where.startswith("while reading") and "disk i/o error" in text:
        return StoreError(path, f"disk I/O error {where}: nothing was written")
    for fragment, reason in _REASONS:
        if fragment in text:
            return StoreError(path, reason)
    return None


def check_sqlite_target(path: Path) -> None:
    """Refuse a folder, and create a missing parent folder, before SQLite turns either into "unable to open"."""
    if path.is_dir():
        raise StoreError(str(path), "is a folder, not a database file")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(str(path), f"cannot create its folder: {exc.strerror or exc}") from exc
    if not path.exists() and not os.access(path.parent, os.W_OK):
        raise StoreError(str(path), f"cannot create the database: the folder {path.parent} cannot be written")


__all__ = ["StoreBusy", "StoreError", "check_sqlite_target", "store_error"]
