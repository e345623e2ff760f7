"""The database file itself as a hostile or unlucky user hands it over: a folder, bytes that are not SQLite, a
cut-off copy, another program's database, one a newer newsdesk wrote, a read-only file, a full disk, a lock held
by another process. Each is one ``StoreError`` naming the file and the reason (the CLI prints it and exits 2, or
3 for the lock); the file is left as it was and what was stored before stays stored and sound."""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk import pipeline
from newsdesk.cli import app
from newsdesk.store import SQLiteStore, StoreBusy, StoreError, shown_url
from tests.conftest import ROOT

runner = CliRunner()


def _stored(db: Path, seeds_dir: Path) -> int:
    with SQLiteStore(db) as store:
        pipeline.ingest([seeds_dir], store, extract=False)
        return store.count_articles()


def _sidecars(db: Path) -> list[str]:
    return sorted(p.name for p in db.parent.iterdir() if p.name != db.name and p.name.startswith(db.name))


@pytest.mark.parametrize("kind", ["text", "random bytes", "truncated", "one page"])
def test_a_file_that_is_not_a_sound_database_is_refused_unchanged(tmp_path: Path, seeds_dir: Path, kind: str) -> None:
    """Text, random bytes and an SQLite copy cut short (at half, or after its first page) are refused at open with
    the reason, the bytes untouched, no -wal or -shm file left behind."""
    good = tmp_path / "good.db"
    _stored(good, seeds_dir)
    body = good.read_bytes()
    data = {
        "text": b"an article saved under the database's name\n" * 50,
        "random bytes": random.Random(3).randbytes(40_000),
        "truncated": body[: len(body) // 2],
        "one page": body[:4096],
    }[kind]
    db = tmp_path / "hostile.db"
    db.write_bytes(data)
    with pytest.raises(StoreError) as caught:
        SQLiteStore(db)
    assert caught.value.path == str(db)
    assert caught.value.reason in (
        "cannot open the database: file is not a database",
        "cannot open the database: database disk image is malformed (the file is damaged; restore a copy)",
    )
    assert db.read_bytes() == data and _sidecars(db) == []


def test_a_folder_is_named_as_a_folder(tmp_path: Path) -> None:
    """It read "unable to open database file"."""
    with pytest.raises(StoreError, match="is a folder, not a database file"):
        SQLiteStore(tmp_path)
    result = runner.invoke(app, ["ingest", str(tmp_path), "--db", str(tmp_path)])
    assert result.exit_code == 2 and result.stderr.strip() == f"{tmp_path}: is a folder, not a database file"


def test_another_programs_database_is_refused_untouched(tmp_path: Path, seeds_dir: Path) -> None:
    """A browser's history under ``--db`` got newsdesk's 15 tables added and its journal switched to WAL;
    one with its own ``articles`` table failed on "table articles already exists" after ``schema_migrations``
    was left in it. Both are refused before anything is written."""
    for table in ("moz_places", "articles"):
        db = tmp_path / f"{table}.db"
        with sqlite3.connect(db) as conn:
            conn.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, url TEXT)")
            conn.execute(f"INSERT INTO {table}(url) VALUES ('https://example.org/')")
        conn.close()
        before = db.read_bytes()
        result = runner.invoke(app, ["ingest", str(seeds_dir), "--db", str(db), "--no-extract"])
        assert result.exit_code == 2, result.output
        assert result.stderr.strip() == (
            f"{db}: an SQLite database of another program (tables: {table}); newsdesk writes only to a new file "
            "or to a database it created"
        )
        assert db.read_bytes() == before and _sidecars(db) == []


def test_a_database_of_a_newer_schema_is_refused(tmp_path: Path, seeds_dir: Path) -> None:
    """It was opened and written to as if its schema were this version's."""
    db = tmp_path / "n.db"
    _stored(db, seeds_dir)
    with SQLiteStore(db) as store:
        known = store.conn.execute("SELECT max(version) FROM schema_migrations").fetchone()[0]
        store.conn.execute("INSERT INTO schema_migrations(version, name) VALUES (?, 'future.sql')", (known + 1,))
    result = runner.invoke(app, ["ingest", str(seeds_dir), "--db", str(db), "--no-extract"])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == (
        f"{db}: written by a newer newsdesk (schema version {known + 1}; this version knows up to {known}): "
        "upgrade newsdesk to use it"
    )
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM runs").fetchone()[0] == 1  # no run started by the refused one


def test_a_full_disk_rolls_the_batch_back_and_names_the_file(tmp_path: Path, seeds_dir: Path) -> None:
    """A disk that fills mid-batch (``max_page_count`` caps the file as a full disk does) ended in
    "cannot rollback - no transaction is active": SQLite had rolled back already and the reason was lost. Now
    it is a ``StoreError``; the batches before stay, the file is sound, and the store writes again once there
    is room. (Checked on a 400 KiB tmpfs too: docs/reliability.md.)"""
    db = tmp_path / "n.db"
    with SQLiteStore(db) as store:
        first = pipeline.ingest([sorted(seeds_dir.glob("*.txt"))[0]], store, extract=False)
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages + 1}")
        with pytest.raises(StoreError) as caught:
            pipeline.ingest([seeds_dir], store, extract=False)
        assert str(caught.value) == (
            f"{db}: the disk is full: the batch being written was rolled back, every batch before it is kept"
        )
        assert store.integrity_ok() and store.article_ids() == first.article_ids
        store.conn.execute("PRAGMA max_page_count = 1073741823")
        pipeline.ingest([seeds_dir], store, extract=False)
        assert store.count_articles() == 5


def test_a_read_only_database_is_a_reason_not_a_traceback(tmp_path: Path, seeds_dir: Path) -> None:
    """Writing to a read-only file ended in an ``OperationalError`` traceback (ingest at its run row, stories
    at its duplicate links). ``query_only`` refuses writes as a read-only file does, for any user."""
    db = tmp_path / "n.db"
    count = _stored(db, seeds_dir)
    with SQLiteStore(db) as store:
        store.conn.execute("PRAGMA query_only = ON")
        with pytest.raises(StoreError, match="the database is read-only"):
            pipeline.ingest([seeds_dir], store, extract=False)
        with pytest.raises(StoreError, match="the database is read-only"):
            pipeline.cluster_stored(store)
        assert store.integrity_ok() and store.count_articles() == count


@pytest.mark.skipif(os.geteuid() == 0 and not shutil.which("setpriv"), reason="root writes any file; no setpriv")
def test_a_read_only_file_and_folder_through_the_cli(tmp_path: Path, seeds_dir: Path) -> None:
    """A chmod 444 file and a chmod 555 folder, as a user without the capability to override them (root runs
    the command through ``setpriv`` without it)."""
    db = tmp_path / "ro" / "n.db"
    count = _stored(db, seeds_dir)
    db.chmod(0o444)
    (tmp_path / "ro").chmod(0o555)
    drop = ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--inh-caps=-all"]
    env = {**os.environ, "PYTHONPATH": f"{ROOT / 'src'}{os.pathsep}{ROOT}"}
    try:
        for command in (["ingest", str(seeds_dir), "--no-extract"], ["stories"]):
            proc = subprocess.run(
                [*(drop if os.geteuid() == 0 else []), sys.executable, "-m", "newsdesk.cli", *command, "--db", str(db)],
                capture_output=True,
                text=True,
                env=env,
                timeout=300,
            )
            assert proc.returncode == 2, proc.stderr
            assert proc.stderr.strip().endswith(
                f"{db}: the database is read-only: the file, or the folder where SQLite keeps its -wal and -shm "
                "files next to it, cannot be written"
            ), proc.stderr
    finally:
        (tmp_path / "ro").chmod(0o755)
    with SQLiteStore(db) as store:
        assert store.integrity_ok() and store.count_articles() == count


def test_a_lock_held_past_the_busy_timeout_ends_stories_with_exit_3(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``newsdesk stories`` while another process holds the write lock ended in a ``StoreBusy`` traceback after
    the 30 s wait (only ingest caught it). It now says so and exits 3, as ingest does."""
    db = tmp_path / "n.db"
    _stored(db, seeds_dir)
    monkeypatch.setattr("newsdesk.store.sqlite._BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = runner.invoke(app, ["stories", "--db", str(db)])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 3, result.output
    assert result.stderr.strip().endswith(
        f"{db}: another process is writing to this database; try again when it is done"
    )
    assert isinstance(StoreBusy(str(db), "x"), StoreError)


def damage_table(db: Path, table: str) -> None:
    """Overwrite the head of ``table``'s root page with 0xFF, as a bad sector or a stray write would: SQLite
    opens the file (its first page and the schema are sound) and finds the damage only when it reads the table."""
    with sqlite3.connect(db) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        (root,) = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()
        (page_size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    with db.open("r+b") as handle:
        handle.seek((root - 1) * page_size)
        handle.write(b"\xff" * 64)


@pytest.mark.parametrize(
    ("table", "command", "where"),
    [
        ("articles", ["stories"], "while reading articles"),
        ("articles", ["export", "s0123"], "while reading articles"),
        ("runs", ["runs"], "while reading runs"),
        ("runs", ["report", "1"], "while reading runs"),
        ("runs", ["ingest", "SEEDS", "--no-extract"], "while writing runs"),
        ("stories", ["stories"], "while writing stories"),
    ],
)
def test_damage_found_mid_run_says_what_was_read_or_written(
    tmp_path: Path, seeds_dir: Path, table: str, command: list[str], where: str
) -> None:
    """A page of one table damaged after the open: ``runs``, ``report``, ``export`` and ``stories`` (on
    ``articles``) ended in a ``DatabaseError`` traceback, and damage found by a write said "cannot open the
    database" of a file that had opened. Each now names the file, what was being read or written, and the
    damage, and exits 2."""
    db = tmp_path / "n.db"
    with SQLiteStore(db) as store:
        pipeline.ingest([seeds_dir], store, extract=False)
        pipeline.cluster_stored(store)
    damage_table(db, table)
    args = [str(seeds_dir) if a == "SEEDS" else a for a in command]
    result = runner.invoke(app, [*args, "--db", str(db)])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip().splitlines()[-1] == (
        f"{db}: damage found {where}: database disk image is malformed (the file is damaged; restore a copy)"
    )


@pytest.mark.parametrize("word", ["locked", "busy", "malformed", "readonly"])
def test_a_search_query_naming_a_failure_is_the_querys_error(tmp_path: Path, seeds_dir: Path, word: str) -> None:
    """SQLite quotes a bad search query back (``no such column: locked``): read by its words, it became "another
    process is writing" or "damage found". Only a failure of the file is the store's; the query's stays its own."""
    db = tmp_path / "n.db"
    _stored(db, seeds_dir)
    result = runner.invoke(app, ["search", f"{word}:x", "--db", str(db)])
    assert result.exit_code == 2, result.output
    assert result.stderr.strip() == f"query '{word}:x': no such column: {word}"


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("postgresql://newsdesk:s3cret@db.example:5432/news", "postgresql://db.example:5432/news"),
        ("postgres://newsdesk@localhost/news", "postgres://localhost/news"),
        ("postgresql://localhost/news", "postgresql://localhost/news"),
        ("/data/news@2024.db", "/data/news@2024.db"),  # a file's name keeps its "@"
        ("sqlite:///data/news.db", "sqlite:///data/news.db"),
    ],
)
def test_a_server_url_is_shown_without_its_credentials(url: str, shown: str) -> None:
    assert shown_url(url) == shown
