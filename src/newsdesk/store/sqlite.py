"""SQLite store: WAL, one writer at a time, every batch in one transaction.

Why this shape: WAL lets the API read while an ingest writes; ``BEGIN IMMEDIATE`` takes the write lock up
front so a second writer waits (``busy_timeout``) and then fails with a clear message instead of corrupting
anything; an article and its sentences are written in the same transaction, so a crash leaves either both or
neither, and every batch committed before the crash is intact.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

from newsdesk.model import Article, Rejection, Removal, Sentence

from .migrations import migrate
from .runs import RunInfo

_BUSY_TIMEOUT_MS = 30_000


class StoreBusy(RuntimeError):
    """Another process holds the write lock for longer than the busy timeout."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _chunks(items: Sequence[str], size: int = 500) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class SQLiteStore:
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self.conn = sqlite3.connect(
            self.path, isolation_level=None, check_same_thread=False, timeout=_BUSY_TIMEOUT_MS / 1000
        )
        self.conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        self.conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
        if self.path != ":memory:":
            self.conn.execute("PRAGMA journal_mode = WAL")
        self.conn.execute("PRAGMA synchronous = NORMAL")
        self.conn.execute("PRAGMA foreign_keys = ON")
        migrate(self.conn)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> SQLiteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; rolled back whole on any error, including KeyboardInterrupt."""
        with self._lock:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                if "locked" in str(exc) or "busy" in str(exc):
                    raise StoreBusy(
                        f"{self.path}: another process is writing to this database; try again when it is done"
                    ) from exc
                raise
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise

    # --- articles -------------------------------------------------------------------------------------
    def existing_ids(self, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        with self._lock:
            for chunk in _chunks(ids):
                marks = ",".join("?" * len(chunk))
                found.update(r[0] for r in self.conn.execute(f"SELECT id FROM articles WHERE id IN ({marks})", chunk))
        return found

    def add_articles(self, articles: Sequence[Article], run_id: int | None = None) -> list[str]:
        """Insert the articles not stored yet (by id) in one transaction; returns the ids inserted."""
        inserted: list[str] = []
        with self.transaction() as conn:
            for article in articles:
                cursor = conn.execute(
                    "INSERT OR IGNORE INTO articles (id, path, source, title, published, url, author, external_id,"
                    " text, duplicate_of, removed, run_id, ingested_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        article.id,
                        article.path,
                        article.source,
                        article.title,
                        article.published.isoformat() if article.published else None,
                        article.url,
                        article.author,
                        article.external_id,
                        article.text,
                        article.duplicate_of,
                        json.dumps([[r.rule, r.text] for r in article.removed], ensure_ascii=False),
                        run_id,
                        _now(),
                    ),
                )
                if cursor.rowcount:
                    conn.executemany(
                        "INSERT INTO sentences (article_id, i, start_char, end_char, text) VALUES (?,?,?,?,?)",
                        [(article.id, s.i, s.start, s.end, s.text) for s in article.sentences],
                    )
                    inserted.append(article.id)
        return inserted

    def set_duplicates(self, links: dict[str, str | None]) -> None:
        with self.transaction() as conn:
            conn.executemany("UPDATE articles SET duplicate_of = ? WHERE id = ?", [(v, k) for k, v in links.items()])

    def _sentences(self, ids: Sequence[str]) -> dict[str, list[Sentence]]:
        by_article: dict[str, list[Sentence]] = {i: [] for i in ids}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                f"SELECT article_id, i, start_char, end_char, text FROM sentences WHERE article_id IN ({marks})"
                " ORDER BY article_id, i",
                chunk,
            )
            for row in rows:
                by_article[row[0]].append(Sentence(row[1], row[2], row[3], row[4]))
        return by_article

    @staticmethod
    def _article(row: sqlite3.Row, sentences: list[Sentence]) -> Article:
        return Article(
            id=row["id"],
            path=row["path"],
            text=row["text"],
            sentences=tuple(sentences),
            source=row["source"],
            title=row["title"],
            published=date.fromisoformat(row["published"]) if row["published"] else None,
            url=row["url"],
            author=row["author"],
            external_id=row["external_id"],
            duplicate_of=row["duplicate_of"],
            removed=tuple(Removal(rule, text) for rule, text in json.loads(row["removed"])),
        )

    def get_articles(self, ids: Sequence[str]) -> list[Article]:
        """Articles in the order of ``ids`` (unknown ids are left out)."""
        with self._lock:
            rows: dict[str, sqlite3.Row] = {}
            for chunk in _chunks(ids):
                marks = ",".join("?" * len(chunk))
                rows.update(
                    (r["id"], r) for r in self.conn.execute(f"SELECT * FROM articles WHERE id IN ({marks})", chunk)
                )
            sentences = self._sentences(list(rows))
        return [self._article(rows[i], sentences[i]) for i in ids if i in rows]

    def article_ids(self) -> list[str]:
        """All ids in ingest order (rowid), the order online clustering replays them."""
        with self._lock:
            return [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY rowid")]

    def ids_for_paths(self, paths: Iterable[str]) -> list[str]:
        """Articles whose path is one of ``paths`` or lies under one of them (a folder)."""
        result: list[str] = []
        with self._lock:
            for path in paths:
                prefix = path.rstrip("/") + "/"
                rows = self.conn.execute(
                    "SELECT id FROM articles WHERE path = ? OR substr(path, 1, ?) = ? OR path LIKE ? ORDER BY rowid",
                    (path, len(prefix), prefix, f"{path}:%"),
                )
                result.extend(r[0] for r in rows if r[0] not in result)
        return result

    def count_articles(self) -> int:
        with self._lock:
            return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def search(self, query: str, limit: int = 20) -> list[tuple[str, str]]:
        """Full-text search (FTS5 syntax); returns (article id, snippet) best first."""
        with self._lock:
            rows = self.conn.execute(
                "SELECT a.id, snippet(articles_fts, 1, '[', ']', '…', 12) FROM articles_fts"
                " JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
                (query, limit),
            )
            return [(r[0], r[1]) for r in rows]

    # --- runs -----------------------------------------------------------------------------------------
    def start_run(self, command: str) -> int:
        with self.transaction() as conn:
            cursor = conn.execute("INSERT INTO runs(command, started_at) VALUES (?, ?)", (command, _now()))
            return int(cursor.lastrowid or 0)

    def add_rejections(self, run_id: int, rejections: Sequence[Rejection]) -> None:
        if not rejections:
            return
        with self.transaction() as conn:
            conn.executemany(
                "INSERT INTO rejections(run_id, path, stage, reason) VALUES (?,?,?,?)",
                [(run_id, r.path, r.stage, r.reason) for r in rejections],
            )

    def finish_run(self, run_id: int, status: str, counts: dict[str, int]) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE runs SET finished_at = ?, status = ?, counts = ? WHERE id = ?",
                (_now(), status, json.dumps(counts, sort_keys=True), run_id),
            )

    def rejections(self, run_id: int) -> list[Rejection]:
        with self._lock:
            rows = self.conn.execute(
                "SELECT path, reason, stage FROM rejections WHERE run_id = ? ORDER BY rowid", (run_id,)
            )
            return [Rejection(r[0], r[1], r[2]) for r in rows]

    def runs(self, limit: int = 50) -> list[RunInfo]:
        """The most recent runs, newest first."""
        with self._lock:
            rows = self.conn.execute("SELECT * FROM runs ORDER BY id DESC LIMIT ?", (limit,))
            return [RunInfo.from_row(r) for r in rows]

    def run(self, run_id: int) -> RunInfo | None:
        with self._lock:
            row = self.conn.execute("SELECT * FROM runs WHERE id = ?", (run_id,)).fetchone()
            return RunInfo.from_row(row) if row else None

    def integrity_ok(self) -> bool:
        with self._lock:
            return self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
