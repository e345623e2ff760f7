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
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsdesk.model import Article, Rejection, Removal, Sentence

if TYPE_CHECKING:
    from newsdesk.cluster.groups import StoryGroup

from .errors import check_sqlite_target, store_error
from .migrations import SchemaMismatch, check_schema, migrate
from .runs import RunInfo
from .writes import Written, write_articles

_BUSY_TIMEOUT_MS = 30_000


@dataclass(slots=True)
class StoryRow:
    """One line of ``newsdesk stories``."""

    id: str
    title: str
    reason: str
    events: int
    size: int = 0
    copies: int = 0
    first: str | None = None
    last: str | None = None
    outlets: list[str] = field(default_factory=list)


# The query both stores run for ``list_stories`` (one row per story member, story by story, ingest order).
STORY_ROWS_SQL = (
    "SELECT s.id, s.title, s.reason, a.source, a.path, a.published, a.duplicate_of,"
    " (SELECT count(*) FROM events e WHERE e.story_id = s.id) AS events"
    " FROM stories s JOIN story_articles sa ON sa.story_id = s.id JOIN articles a ON a.id = sa.article_id"
    " ORDER BY s.id, a.rowid"
)


def story_rows(rows: Iterable[Any]) -> list[StoryRow]:
    """Member rows of ``STORY_ROWS_SQL`` → one ``StoryRow`` per story with size, copies, dates, outlets."""
    from newsdesk.cluster.pages import set_apart_kind  # the store stays importable without the clusterer

    stories: dict[str, StoryRow] = {}
    for r in rows:
        row = stories.setdefault(r["id"], StoryRow(r["id"], r["title"], r["reason"], r["events"]))
        row.size += 1
        row.copies += r["duplicate_of"] is not None
        outlet = r["source"] or r["path"].rsplit("/", 1)[-1]
        if outlet not in row.outlets:
            row.outlets.append(outlet)
        if r["published"]:
            row.first = min(row.first or r["published"], r["published"])
            row.last = max(row.last or r["published"], r["published"])
    # news stories first, largest first; pages set apart as no news report (labelled in their title) after them
    return sorted(stories.values(), key=lambda s: (set_apart_kind(s.title) is not None, -s.size, s.id))


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _chunks(items: Sequence[str], size: int = 500) -> Iterator[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


class SQLiteStore:
    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            check_sqlite_target(Path(self.path))
        self.conn = sqlite3.connect(
            self.path, isolation_level=None, check_same_thread=False, timeout=_BUSY_TIMEOUT_MS / 1000
        )
        self.conn.row_factory = sqlite3.Row
        self._lock = threading.RLock()
        try:
            self._prepare()
        except (sqlite3.DatabaseError, SchemaMismatch) as exc:
            self.conn.close()
            error = store_error(self.path, exc)
            if error is None:
                raise
            raise error from exc

    def _prepare(self) -> None:
        """Settings, then the schema; a file that is not newsdesk's is refused before anything is written to it
        (the journal mode included), a database of a newer schema before it is written to by this version."""
        self.conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
        check_schema(self.conn)
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
    def _reading(self, what: str) -> Iterator[None]:
        """The lock for a read; a damaged page or an I/O error met on the way is a ``StoreError`` that says
        what was being read (a traceback before: only the open and the writes named the file)."""
        with self._lock:
            try:
                yield
            except sqlite3.DatabaseError as exc:
                error = store_error(self.path, exc, f"while reading {what}")
                if error is None:
                    raise
                raise error from exc

    @contextmanager
    def transaction(self, what: str = "the database") -> Iterator[sqlite3.Connection]:
        """One write transaction; rolled back whole on any error, including KeyboardInterrupt. ``what`` is
        named when SQLite finds a damaged page on the way."""
        where = f"while writing {what}"
        with self._lock:
            try:
                self.conn.execute("BEGIN IMMEDIATE")
            except sqlite3.DatabaseError as exc:
                error = store_error(self.path, exc, where)
                if error is None:
                    raise
                raise error from exc
            try:
                yield self.conn
                self.conn.execute("COMMIT")
            except BaseException as exc:
                # SQLite rolls back on its own after some errors (disk full, I/O): a second ROLLBACK would
                # raise "no transaction is active" and hide the reason.
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                error = store_error(self.path, exc, where) if isinstance(exc, sqlite3.DatabaseError) else None
                if error is not None:
                    raise error from exc
                raise

    # --- articles -------------------------------------------------------------------------------------
    def existing_ids(self, ids: Sequence[str]) -> set[str]:
        found: set[str] = set()
        with self._reading("articles"):
            for chunk in _chunks(ids):
                marks = ",".join("?" * len(chunk))
                found.update(r[0] for r in self.conn.execute(f"SELECT id FROM articles WHERE id IN ({marks})", chunk))
        return found

    def add_articles(
        self,
        articles: Sequence[Article],
        run_id: int | None = None,
        annotations: Mapping[str, str] | None = None,
        extractor: str = "",
        cleaner: str = "",
    ) -> Written:
        """Insert the articles not stored yet (by id), and replace those stored by another ``cleaner``
        version (``store.writes``), in one transaction.

        ``annotations``: article id → annotations JSON made by ``extractor``, written (or replaced) in the
        same transaction, for new articles and stored ones alike; every id must be stored or in ``articles``.
        """
        with self.transaction("articles") as conn:
            stored = self._cleaners(conn, [a.id for a in articles])
            written = write_articles(conn, articles, stored, cleaner, run_id, "?")
            if annotations:
                conn.executemany(
                    "INSERT OR REPLACE INTO annotations (article_id, version, document) VALUES (?,?,?)",
                    [(k, extractor, doc) for k, doc in annotations.items()],
                )
        return written

    @staticmethod
    def _cleaners(conn: sqlite3.Connection, ids: Sequence[str]) -> dict[str, str]:
        """The cleaner version of each stored id among ``ids``."""
        found: dict[str, str] = {}
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            found.update(conn.execute(f"SELECT id, cleaner FROM articles WHERE id IN ({marks})", chunk).fetchall())
        return found

    def stale_ids(self, ids: Sequence[str], cleaner: str) -> set[str]:
        """The stored ids among ``ids`` cleaned by another cleaner version than ``cleaner``."""
        with self._reading("articles"):
            return {k for k, v in self._cleaners(self.conn, ids).items() if v != cleaner}

    def count_stale(self, cleaner: str) -> int:
        """How many stored articles were cleaned by another cleaner version (refreshed on their next ingest)."""
        with self._reading("articles"):
            return int(self.conn.execute("SELECT count(*) FROM articles WHERE cleaner <> ?", (cleaner,)).fetchone()[0])

    def _annotation_rows(self, columns: str, ids: Sequence[str], version: str) -> list[sqlite3.Row]:
        rows: list[sqlite3.Row] = []
        with self._reading("annotations"):
            for chunk in _chunks(ids):
                marks = ",".join("?" * len(chunk))
                sql = f"SELECT {columns} FROM annotations WHERE version = ? AND article_id IN ({marks})"
                rows.extend(self.conn.execute(sql, [version, *chunk]))
        return rows

    def annotated_ids(self, ids: Sequence[str], version: str) -> set[str]:
        """The ids among ``ids`` whose stored annotations were made by extractor ``version``."""
        return {r[0] for r in self._annotation_rows("article_id", ids, version)}

    def annotation_documents(self, ids: Sequence[str], version: str) -> dict[str, str]:
        """Stored annotations JSON of extractor ``version`` by article id (others and other versions left out)."""
        return {r[0]: r[1] for r in self._annotation_rows("article_id, document", ids, version)}

    def set_duplicates(self, links: dict[str, str | None]) -> None:
        with self.transaction("articles") as conn:
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
        with self._reading("articles"):
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
        with self._reading("articles"):
            return [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY rowid")]

    def ids_for_paths(self, paths: Iterable[str]) -> list[str]:
        """Articles whose path is one of ``paths`` or lies under one of them (a folder)."""
        result: list[str] = []
        with self._reading("articles"):
            for path in paths:
                prefix = path.rstrip("/") + "/"
                rows = self.conn.execute(
                    "SELECT id FROM articles WHERE path = ? OR substr(path, 1, ?) = ? OR path LIKE ? ORDER BY rowid",
                    (path, len(prefix), prefix, f"{path}:%"),
                )
                result.extend(r[0] for r in rows if r[0] not in result)
        return result

    def count_articles(self) -> int:
        with self._reading("articles"):
            return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def search(self, query: str, limit: int = 20) -> list[tuple[str, str]]:
        """Full-text search (FTS5 syntax); returns (article id, snippet) best first."""
        with self._reading("the search index"):
            rows = self.conn.execute(
                "SELECT a.id, snippet(articles_fts, 1, '[', ']', '…', 12) FROM articles_fts"
                " JOIN articles a ON a.rowid = articles_fts.rowid WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?",
                (query, limit),
            )
            return [(r[0], r[1]) for r in rows]

    # --- stories (issue 3) ------------------------------------------------------------------------------
    def save_stories(self, groups: Sequence[StoryGroup]) -> None:
        """Store stories, events and memberships of these groups' articles; stories left empty are removed."""
        with self.transaction("stories") as conn:
            ids = [a.id for g in groups for a in g.articles]
            for chunk in _chunks(ids):
                conn.execute(f"DELETE FROM story_articles WHERE article_id IN ({','.join('?' * len(chunk))})", chunk)
            for group in groups:
                conn.execute(
                    "INSERT INTO stories (id, title, reason, algorithms, updated_at) VALUES (?,?,?,?,?) ON CONFLICT(id)"
                    " DO UPDATE SET title=excluded.title, reason=excluded.reason, algorithms=excluded.algorithms,"
                    " updated_at=excluded.updated_at",
                    (group.id, group.title, group.reason, json.dumps(dict(group.algorithms), sort_keys=True), _now()),
                )
                conn.execute("DELETE FROM events WHERE story_id = ?", (group.id,))
                event_of = {}
                for event in group.events:
                    conn.execute(
                        "INSERT OR REPLACE INTO events (id, story_id, title, date) VALUES (?,?,?,?)",
                        (event.id, group.id, event.title, event.date.isoformat() if event.date else None),
                    )
                    event_of.update(dict.fromkeys(event.articles, event.id))
                conn.executemany(
                    "INSERT INTO story_articles (article_id, story_id, event_id) VALUES (?,?,?)",
                    [(a.id, group.id, event_of.get(a.id)) for a in group.articles],
                )
            conn.execute("DELETE FROM stories WHERE id NOT IN (SELECT story_id FROM story_articles)")

    def list_stories(self) -> list[StoryRow]:
        """Every stored story with its size, copies, first/last publication date and outlets; largest first."""
        with self._reading("stories"):
            rows = self.conn.execute(STORY_ROWS_SQL).fetchall()
        return story_rows(rows)

    # --- runs -----------------------------------------------------------------------------------------
    def start_run(self, command: str) -> int:
        with self.transaction("runs") as conn:
            cursor = conn.execute("INSERT INTO runs(command, started_at) VALUES (?, ?)", (command, _now()))
            return int(cursor.lastrowid or 0)

    def add_rejections(self, run_id: int, rejections: Sequence[Rejection]) -> None:
        if not rejections:
            return
        with self.transaction("rejections") as conn:
            conn.executemany(
                "INSERT INTO rejections(run_id, path, stage, reason) VALUES (?,?,?,?)",
                [(run_id, r.path, r.stage, r.reason) for r in rejections],
            )

    def finish_run(self, run_id: int, status: str, counts: dict[str, int]) -> None:
        with self.transaction("runs") as conn:
            conn.execute(
                "UPDATE runs SET finished_at = ?, status = ?, counts = ? WHERE id = ?",
                (_now(), status, json.dumps(counts, sort_keys=True), run_id),
            )

    def rejections(self, run_id: int) -> list[Rejection]:
        with self._reading("rejections"):
            rows = self.conn.execute(
                "SELECT path, reason, stage FROM rejections WHERE run_id = ? ORDER BY rowid", (run_id,)
            )
            return [Rejection(r[0], r[1], r[2]) for r in rows]

    def runs(self, limit: int = 50) -> list[RunInfo]:
        """The most recent runs, newest first."""
        with self._reading("runs"):
            rows = self.conn.execute("SELECT * FROM runs ORDER BY id DESC LIMIT ?", (limit,))
            return [RunInfo.from_row(r) for r in rows]

    def run(self, run_id: int) -> RunInfo | None:
        with self._reading("runs"):
            row = self.conn.execute("SELECT * FROM runs WHERE id = ?", (run_id,)).fetchone()
            return RunInfo.from_row(row) if row else None

    def integrity_ok(self) -> bool:
        with self._reading("the whole file"):
            return self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    # --- brief cache (migration 0003) -----------------------------------------------------------------
    def corpus_fingerprint(self) -> str:
        """Changes whenever an article is added or cleaned again, or its duplicate link changes (``store.cache``)."""
        from .cache import corpus_fingerprint

        with self._reading("articles"):
            rows = self.conn.execute("SELECT id, duplicate_of, cleaner FROM articles ORDER BY rowid").fetchall()
        return corpus_fingerprint(tuple(r) for r in rows)

    def cached_briefs(self, corpus: str) -> list[str]:
        """The story documents cached for this corpus fingerprint, in story order (empty if none)."""
        with self._reading("the brief cache"):
            rows = self.conn.execute(
                "SELECT document FROM brief_cache WHERE corpus = ? ORDER BY position", (corpus,)
            ).fetchall()
        return [r[0] for r in rows]

    def save_briefs(self, corpus: str, entries: Sequence[tuple[str, str, str]]) -> None:
        """Replace the cache with ``(story_id, algorithms, document)`` entries for ``corpus``."""
        with self.transaction("the brief cache") as conn:
            conn.execute("DELETE FROM brief_cache")
            conn.executemany(
                "INSERT INTO brief_cache(story_id, algorithms, corpus, position, document, created_at)"
                " VALUES (?,?,?,?,?,?)",
                [(s, a, corpus, n, d, _now()) for n, (s, a, d) in enumerate(entries)],
            )
