"""What both stores share when writing articles: which to insert, which to replace, and the row values.

An article id is a hash of the raw record, so the same record read again has the same id. It is written
again only when the stored copy was cleaned by another cleaner version (``newsdesk.clean.version``): then its
text, sentences and metadata are replaced in place (same id, same place in ingest order), its annotations
are dropped (their offsets index into the old text) unless new ones come in the same transaction, and its
duplicate link stays for the next clustering to revise.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from newsdesk.model import Article


@dataclass(slots=True)
class Written:
    """The ids an ``add_articles`` call wrote: new articles, and stored ones cleaned again."""

    inserted: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)


def plan_writes(
    articles: Sequence[Article], stored: Mapping[str, str], cleaner: str
) -> tuple[list[Article], list[Article]]:
    """``(to insert, to replace)``: ``stored`` maps the ids already stored to their cleaner version. An id
    given twice is written once (the first), like a record read twice in one batch."""
    inserts: list[Article] = []
    replaces: list[Article] = []
    seen: set[str] = set()
    for article in articles:
        if article.id in seen:
            continue
        seen.add(article.id)
        if article.id not in stored:
            inserts.append(article)
        elif stored[article.id] != cleaner:
            replaces.append(article)
    return inserts, replaces


def article_values(article: Article) -> tuple[str | None, ...]:
    """The cleaned columns in the order ``ARTICLE_COLUMNS`` names them."""
    return (
        article.path,
        article.source,
        article.title,
        article.published.isoformat() if article.published else None,
        article.url,
        article.author,
        article.external_id,
        article.text,
        json.dumps([[r.rule, r.text] for r in article.removed], ensure_ascii=False),
    )


# Columns a cleaning writes (``article_values``); ``id``, ``duplicate_of``, ``run_id``, ``cleaner`` and
# ``ingested_at`` are the stores' own.
ARTICLE_COLUMNS = ("path", "source", "title", "published", "url", "author", "external_id", "text", "removed")


class Executor(Protocol):
    """A SQLite connection or a psycopg cursor: both run statements and batches."""

    def execute(self, sql: str, params: Sequence[Any] = ..., /) -> Any: ...

    def executemany(self, sql: str, params: Sequence[Sequence[Any]], /) -> Any: ...


def write_articles(
    db: Executor, articles: Sequence[Article], stored: Mapping[str, str], cleaner: str, run_id: int | None, mark: str
) -> Written:
    """Insert the new articles and replace the stale ones (``plan_writes``) with their sentences, inside the
    caller's transaction. ``mark`` is the dialect's parameter mark (``?`` or ``%s``); an insert that meets a
    row another writer stored meanwhile is skipped (both dialects' ``ON CONFLICT DO NOTHING``)."""
    inserts, replaces = plan_writes(articles, stored, cleaner)
    written = Written()
    now = datetime.now(UTC).isoformat(timespec="seconds")
    columns = ", ".join(ARTICLE_COLUMNS)
    marks = ",".join([mark] * (len(ARTICLE_COLUMNS) + 5))
    for a in inserts:
        cursor = db.execute(
            f"INSERT INTO articles (id, {columns}, duplicate_of, run_id, cleaner, ingested_at) VALUES ({marks})"
            " ON CONFLICT (id) DO NOTHING",
            (a.id, *article_values(a), a.duplicate_of, run_id, cleaner, now),
        )
        if cursor.rowcount:
            written.inserted.append(a.id)
    assignments = ", ".join(f"{c} = {mark}" for c in ARTICLE_COLUMNS)
    for a in replaces:
        db.execute(
            f"UPDATE articles SET {assignments}, run_id = {mark}, cleaner = {mark}, ingested_at = {mark}"
            f" WHERE id = {mark}",
            (*article_values(a), run_id, cleaner, now, a.id),
        )
        db.execute(f"DELETE FROM sentences WHERE article_id = {mark}", (a.id,))
        db.execute(f"DELETE FROM annotations WHERE article_id = {mark}", (a.id,))
        written.replaced.append(a.id)
    fresh = {*written.inserted, *written.replaced}
    db.executemany(
        f"INSERT INTO sentences (article_id, i, start_char, end_char, text) VALUES ({','.join([mark] * 5)})",
        [(a.id, s.i, s.start, s.end, s.text) for a in (*inserts, *replaces) if a.id in fresh for s in a.sentences],
    )
    return written
