"""PostgreSQL store: the same interface and behaviour as ``SQLiteStore``, for many writers and readers.

Why it looks like the SQLite store: the pipeline, the service layer and the API call the same methods on
either. Differences are dialect only: ``%s`` parameters, ``ON CONFLICT DO NOTHING`` for "insert if new", and
full-text search through a stored ``tsvector`` column with a GIN index (``websearch_to_tsquery`` syntax, not
FTS5). Migrations live in ``migrations/postgres/`` with the same numbers as the SQLite ones. Needs the
``postgres`` extra (psycopg 3).
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, date, datetime
from importlib import resources
from typing import TYPE_CHECKING, Any

from newsdesk.errors import MissingExtra
from newsdesk.model import Article, Rejection, Removal, Sentence

from .cache import corpus_fingerprint
from .errors import StoreBusy, StoreError, shown_url
from .migrations import schema_refusal
from .runs import RunInfo
from .sqlite import STORY_ROWS_SQL, StoryRow, story_rows
from .writes import Written, write_articles

if TYPE_CHECKING:
    from newsdesk.cluster.groups import StoryGroup

_NAME = re.compile(r"^(\d{4})_[\w-]+\.sql$")
_LOCK_TIMEOUT = "30s"  # the same patience as SQLite's busy_timeout before StoreBusy
_READ_ONLY = "the database is read-only (a standby, or default_transaction_read_only): nothing was written"
_MIGRATION_LOCK = 0x6E657773  # advisory lock id ("news"): two processes opening a fresh database migrate once


def _psycopg() -> Any:
    try:
        import psycopg
        import psycopg.rows
    except ImportError as exc:
        raise MissingExtra("PostgreSQL storage", "postgres", "'psycopg[binary]>=3.1'") from exc
    return psycopg


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def pg_migrations() -> list[tuple[int, str, str]]:
    folder = resources.files("newsdesk.store") / "migrations" / "postgres"
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    return sorted(found)


class PostgresStore:
    def __init__(self, url: str) -> None:
        psycopg = _psycopg()
        self.path = shown_url(url)  # shown in messages: never the password
        self._errors = psycopg.errors
        try:
            self.conn = psycopg.connect(url, autocommit=True)
        except psycopg.OperationalError as exc:  # the server's words name neither the database nor the password
            raise StoreError(self.path, f"cannot connect: {' '.join(str(exc).split())}") from exc
        self._dict_row = psycopg.rows.dict_row
        self.conn.execute(f"SET lock_timeout = '{_LOCK_TIMEOUT}'")
        self._lock = threading.RLock()
        try:
            self.migrate()
        except BaseException:
            self.conn.close()
            raise

    def migrate(self) -> list[str]:
        """Apply the missing migrations, after refusing (nothing written) a database whose schema holds another
        program's tables or was migrated by a newer newsdesk, as the SQLite store does (``check_schema``)."""
        applied = []
        with self._lock, self.conn.transaction():
            self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK,))
            tables = [
                r[0]
                for r in self.conn.execute(
                    "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
                )
            ]
            reason = schema_refusal(
                "PostgreSQL", tables, lambda: self.conn.execute("SELECT max(version) FROM schema_migrations")
            )
            if reason:
                raise StoreError(self.path, reason)
            if "schema_migrations" not in tables:  # a read-only database that is up to date opens to be read
                self.conn.execute(
                    "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL,"
                    " applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
                )
            done = {r[0] for r in self.conn.execute("SELECT version FROM schema_migrations")}
            for version, name, sql in pg_migrations():
                if version in done:
                    continue
                self.conn.execute(sql)
                self.conn.execute("INSERT INTO schema_migrations(version, name) VALUES (%s, %s)", (version, name))
                applied.append(name)
        return applied

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Any]:
        """One write transaction; rolled back whole on any error. A lock wait over 30 s is ``StoreBusy``."""
        with self._lock:
            try:
                with self.conn.transaction():
                    yield self.conn
            except self._errors.LockNotAvailable as exc:
                raise StoreBusy(self.path, "another process holds a lock; try again when it is done") from exc
            except self._errors.ReadOnlySqlTransaction as exc:
                raise StoreError(self.path, _READ_ONLY) from exc

    def _rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with self._lock:
            return list(self.conn.execute(sql, params).fetchall())

    # --- articles -------------------------------------------------------------------------------------
    def existing_ids(self, ids: Sequence[str]) -> set[str]:
        return {r[0] for r in self._rows("SELECT id FROM articles WHERE id = ANY(%s)", (list(ids),))}

    def add_articles(
        self,
        articles: Sequence[Article],
        run_id: int | None = None,
        annotations: Mapping[str, str] | None = None,
        extractor: str = "",
        cleaner: str = "",
    ) -> Written:
        """Insert new articles and replace those stored by another ``cleaner`` version, their annotations
        with them, in one transaction (as ``SQLiteStore.add_articles``)."""
        with self.transaction() as conn, conn.cursor() as cur:
            ids = [a.id for a in articles]
            rows = cur.execute("SELECT id, cleaner FROM articles WHERE id = ANY(%s) FOR UPDATE", (ids,))
            written = write_articles(cur, articles, dict(rows.fetchall()), cleaner, run_id, "%s")
            if annotations:
                cur.executemany(
                    "INSERT INTO annotations (article_id, version, document) VALUES (%s,%s,%s) ON CONFLICT"
                    " (article_id) DO UPDATE SET version=excluded.version, document=excluded.document",
                    [(k, extractor, doc) for k, doc in annotations.items()],
                )
        return written

    def stale_ids(self, ids: Sequence[str], cleaner: str) -> set[str]:
        """The stored ids among ``ids`` cleaned by another cleaner version than ``cleaner``."""
        sql = "SELECT id FROM articles WHERE cleaner <> %s AND id = ANY(%s)"
        return {r[0] for r in self._rows(sql, (cleaner, list(ids)))}

    def count_stale(self, cleaner: str) -> int:
        """How many stored articles were cleaned by another cleaner version (refreshed on their next ingest)."""
        return int(self._rows("SELECT count(*) FROM articles WHERE cleaner <> %s", (cleaner,))[0][0])

    def annotated_ids(self, ids: Sequence[str], version: str) -> set[str]:
        """The ids among ``ids`` whose stored annotations were made by extractor ``version``."""
        sql = "SELECT article_id FROM annotations WHERE version = %s AND article_id = ANY(%s)"
        return {r[0] for r in self._rows(sql, (version, list(ids)))}

    def annotation_documents(self, ids: Sequence[str], version: str) -> dict[str, str]:
        """Stored annotations JSON of extractor ``version`` by article id (others and other versions left out)."""
        sql = "SELECT article_id, document FROM annotations WHERE version = %s AND article_id = ANY(%s)"
        return {r[0]: r[1] for r in self._rows(sql, (version, list(ids)))}

    def set_duplicates(self, links: dict[str, str | None]) -> None:
        with self.transaction() as conn, conn.cursor() as cur:
            cur.executemany("UPDATE articles SET duplicate_of = %s WHERE id = %s", [(v, k) for k, v in links.items()])

    def get_articles(self, ids: Sequence[str]) -> list[Article]:
        """Articles in the order of ``ids`` (unknown ids are left out)."""
        with self._lock:
            cols = "id, path, source, title, published, url, author, external_id, duplicate_of, removed, text"
            rows = {r[0]: r for r in self._rows(f"SELECT {cols} FROM articles WHERE id = ANY(%s)", (list(ids),))}
            sentences: dict[str, list[Sentence]] = {i: [] for i in rows}
            for r in self._rows(
                "SELECT article_id, i, start_char, end_char, text FROM sentences WHERE article_id = ANY(%s)"
                " ORDER BY article_id, i",
                (list(rows),),
            ):
                sentences[r[0]].append(Sentence(r[1], r[2], r[3], r[4]))
        return [self._article(rows[i], sentences[i]) for i in ids if i in rows]

    @staticmethod
    def _article(r: Any, sentences: list[Sentence]) -> Article:
        return Article(
            id=r[0], path=r[1], source=r[2], title=r[3], published=date.fromisoformat(r[4]) if r[4] else None,
            url=r[5], author=r[6], external_id=r[7], duplicate_of=r[8],
            removed=tuple(Removal(rule, text) for rule, text in json.loads(r[9])), text=r[10],
            sentences=tuple(sentences),
        )  # fmt: skip

    def article_ids(self) -> list[str]:
        """All ids in ingest order, the order online clustering replays them."""
        return [r[0] for r in self._rows("SELECT id FROM articles ORDER BY rowid")]

    def ids_for_paths(self, paths: Iterable[str]) -> list[str]:
        """Articles whose path is one of ``paths`` or lies under one of them (a folder)."""
        result: list[str] = []
        for path in paths:
            prefix = path.rstrip("/") + "/"
            rows = self._rows(
                "SELECT id FROM articles WHERE path = %s OR substr(path, 1, %s) = %s OR path LIKE %s ORDER BY rowid",
                (path, len(prefix), prefix, f"{path}:%"),
            )
            result.extend(r[0] for r in rows if r[0] not in result)
        return result

    def count_articles(self) -> int:
        return int(self._rows("SELECT count(*) FROM articles")[0][0])

    def search(self, query: str, limit: int = 20) -> list[tuple[str, str]]:
        """Full-text search (web search syntax: words, "phrases", OR, -not); (article id, snippet) best first."""
        rows = self._rows(
            "SELECT id, ts_headline('english', text, q, 'StartSel=[, StopSel=], MaxWords=14, MinWords=6,"
            " MaxFragments=1, FragmentDelimiter=…') FROM articles, websearch_to_tsquery('english', %s) q"
            " WHERE fts @@ q ORDER BY ts_rank(fts, q) DESC, rowid LIMIT %s",
            (query, limit),
        )
        return [(r[0], r[1]) for r in rows]

    # --- runs -----------------------------------------------------------------------------------------
    def start_run(self, command: str) -> int:
        with self.transaction() as conn:
            row = conn.execute(
                "INSERT INTO runs(command, started_at) VALUES (%s, %s) RETURNING id", (command, _now())
            ).fetchone()
            return int(row[0])

    def add_rejections(self, run_id: int, rejections: Sequence[Rejection]) -> None:
        if not rejections:
            return
        with self.transaction() as conn, conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO rejections(run_id, path, stage, reason) VALUES (%s,%s,%s,%s)",
                [(run_id, r.path, r.stage, r.reason) for r in rejections],
            )

    def finish_run(self, run_id: int, status: str, counts: dict[str, int]) -> None:
        with self.transaction() as conn:
            conn.execute(
                "UPDATE runs SET finished_at = %s, status = %s, counts = %s WHERE id = %s",
                (_now(), status, json.dumps(counts, sort_keys=True), run_id),
            )

    def rejections(self, run_id: int) -> list[Rejection]:
        rows = self._rows("SELECT path, reason, stage FROM rejections WHERE run_id = %s ORDER BY rowid", (run_id,))
        return [Rejection(r[0], r[1], r[2]) for r in rows]

    def runs(self, limit: int = 50) -> list[RunInfo]:
        """The most recent runs, newest first."""
        with self._lock, self.conn.cursor(row_factory=self._dict_row) as cur:
            return [RunInfo.from_row(r) for r in cur.execute("SELECT * FROM runs ORDER BY id DESC LIMIT %s", (limit,))]

    def run(self, run_id: int) -> RunInfo | None:
        with self._lock, self.conn.cursor(row_factory=self._dict_row) as cur:
            row = cur.execute("SELECT * FROM runs WHERE id = %s", (run_id,)).fetchone()
            return RunInfo.from_row(row) if row else None

    # --- stories (migration 0002) ---------------------------------------------------------------------
    def save_stories(self, groups: Sequence[StoryGroup]) -> None:
        """Store stories, events and memberships of these groups' articles; stories left empty are removed."""
        with self.transaction() as conn:
            conn.execute(
                "DELETE FROM story_articles WHERE article_id = ANY(%s)", ([a.id for g in groups for a in g.articles],)
            )
            for group in groups:
                conn.execute(
                    "INSERT INTO stories (id, title, reason, algorithms, updated_at) VALUES (%s,%s,%s,%s,%s)"
                    " ON CONFLICT (id) DO UPDATE SET title=excluded.title, reason=excluded.reason,"
                    " algorithms=excluded.algorithms, updated_at=excluded.updated_at",
                    (group.id, group.title, group.reason, json.dumps(dict(group.algorithms), sort_keys=True), _now()),
                )
                conn.execute("DELETE FROM events WHERE story_id = %s", (group.id,))
                event_of: dict[str, str] = {}
                for event in group.events:
                    conn.execute(
                        "INSERT INTO events (id, story_id, title, date) VALUES (%s,%s,%s,%s) ON CONFLICT (id) DO UPDATE"
                        " SET story_id=excluded.story_id, title=excluded.title, date=excluded.date",
                        (event.id, group.id, event.title, event.date.isoformat() if event.date else None),
                    )
                    event_of.update(dict.fromkeys(event.articles, event.id))
                with conn.cursor() as cur:
                    cur.executemany(
                        "INSERT INTO story_articles (article_id, story_id, event_id) VALUES (%s,%s,%s)",
                        [(a.id, group.id, event_of.get(a.id)) for a in group.articles],
                    )
            conn.execute("DELETE FROM stories WHERE id NOT IN (SELECT story_id FROM story_articles)")

    def list_stories(self) -> list[StoryRow]:
        """Every stored story with its size, copies, first/last publication date and outlets; largest first."""
        with self._lock, self.conn.cursor(row_factory=self._dict_row) as cur:
            return story_rows(cur.execute(STORY_ROWS_SQL).fetchall())

    def integrity_ok(self) -> bool:
        """Every sentence belongs to a stored article and lies inside its text (PostgreSQL checks its pages)."""
        bad = self._rows(
            "SELECT count(*) FROM sentences s LEFT JOIN articles a ON a.id = s.article_id"
            " WHERE a.id IS NULL OR s.end_char > length(a.text)"
        )
        return int(bad[0][0]) == 0

    # --- brief cache (migration 0003) -----------------------------------------------------------------
    def corpus_fingerprint(self) -> str:
        return corpus_fingerprint(
            tuple(r) for r in self._rows("SELECT id, duplicate_of, cleaner FROM articles ORDER BY rowid")
        )

    def cached_briefs(self, corpus: str) -> list[str]:
        return [
            r[0] for r in self._rows("SELECT document FROM brief_cache WHERE corpus = %s ORDER BY position", (corpus,))
        ]

    def save_briefs(self, corpus: str, entries: Sequence[tuple[str, str, str]]) -> None:
        with self.transaction() as conn:
            conn.execute("DELETE FROM brief_cache")
            with conn.cursor() as cur:
                cur.executemany(
                    "INSERT INTO brief_cache(story_id, algorithms, corpus, position, document, created_at)"
                    " VALUES (%s,%s,%s,%s,%s,%s)",
                    [(s, a, corpus, n, d, _now()) for n, (s, a, d) in enumerate(entries)],
                )
