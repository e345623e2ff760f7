"""Versioned schema migrations: numbered ``.sql`` files applied once each, in order, in one transaction."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from typing import Any

_NAME = re.compile(r"^(\d{4})_[\w-]+\.sql$")


class SchemaMismatch(Exception):
    """The file is an SQLite database this version must not write to: another program's, or a newer newsdesk's."""


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def load_migrations() -> list[Migration]:
    folder = resources.files("newsdesk.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise RuntimeError(f"two migrations share a version number: {versions}")
    return found


def check_schema(conn: sqlite3.Connection) -> None:
    """Refuse, before anything is written, a database that has tables but no ``schema_migrations`` (another
    program's: newsdesk would add its 15 tables to it) or that a newer newsdesk migrated past the
    migrations this version knows (it would write rows the newer schema does not expect)."""
    tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
    reason = schema_refusal("SQLite", tables, lambda: conn.execute("SELECT max(version) FROM schema_migrations"))
    if reason:
        raise SchemaMismatch(reason)


def schema_refusal(kind: str, tables: list[str], newest: Callable[[], Any]) -> str | None:
    """Why a database with these ``tables`` must not be written by this version (None when it may be): the
    check both stores make before their first write. ``newest`` runs the ``max(version)`` query."""
    if not tables:
        return None
    if "schema_migrations" not in tables:
        shown = ", ".join(tables[:5]) + (", …" if len(tables) > 5 else "")
        article, target = ("an", "a new file") if kind == "SQLite" else ("a", "an empty database")
        return (
            f"{article} {kind} database of another program (tables: {shown}); newsdesk writes only to {target} "
            "or to a database it created"
        )
    known = max(m.version for m in load_migrations())
    found = newest().fetchone()[0] or 0
    if found > known:
        return (
            f"written by a newer newsdesk (schema version {found}; this version knows up to {known}): "
            "upgrade newsdesk to use it"
        )
    return None


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply the missing migrations; returns the names applied. Safe to call on every open."""
    conn.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
        "applied_at TEXT NOT NULL DEFAULT (datetime('now')))"
    )
    done = {row[0] for row in conn.execute("SELECT version FROM schema_migrations")}
    applied = []
    for migration in load_migrations():
        if migration.version in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        # Another process may have applied it while we waited for the write lock: check again under it.
        if conn.execute("SELECT 1 FROM schema_migrations WHERE version = ?", (migration.version,)).fetchone():
            conn.execute("COMMIT")
            continue
        try:
            # executescript would commit on its own; run statement by statement inside our transaction.
            for statement in _statements(migration.sql):
                conn.execute(statement)
            conn.execute(
                "INSERT INTO schema_migrations(version, name) VALUES (?, ?)",
                (migration.version, migration.name),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(migration.name)
    return applied


def _statements(sql: str) -> list[str]:
    """Split a script into complete statements (trigger bodies contain semicolons)."""
    statements, buffer = [], ""
    for line in sql.splitlines(keepends=True):
        if line.strip().startswith("--") and not buffer.strip():
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
