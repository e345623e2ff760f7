"""The PostgreSQL store against a real server: the same behaviour as the SQLite store, checked side by side."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk import pipeline
from newsdesk.clean import version as clean_version
from newsdesk.cli import app
from newsdesk.model import Article, Sentence
from newsdesk.store import SQLiteStore, StoreError, open_store
from newsdesk.store.migrations import load_migrations
from newsdesk.store.postgres import PostgresStore, pg_migrations

Factory = Callable[[], SQLiteStore]


@pytest.fixture(params=["sqlite", "postgres"])
def make_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Factory]:
    """Opens (and reopens) one database of the given backend; every store opened is closed at the end."""
    url = str(tmp_path / "n.db") if request.param == "sqlite" else request.getfixturevalue("pg_url")
    opened: list[SQLiteStore] = []

    def factory() -> SQLiteStore:
        opened.append(open_store(url))
        return opened[-1]

    yield factory
    for store in opened:
        store.close()


def test_open_store_dispatches_by_url(pg_url: str, tmp_path: Path) -> None:
    with open_store(pg_url) as store:
        assert isinstance(store, PostgresStore) and "@" not in store.path
    with open_store(f"sqlite:///{tmp_path}/x.db") as store:
        assert isinstance(store, SQLiteStore)


def test_same_public_interface() -> None:
    def public(cls: type) -> set[str]:
        return {n for n, v in inspect.getmembers(cls) if not n.startswith("_") and callable(v)}

    missing = public(SQLiteStore) - public(PostgresStore)
    assert not missing, f"PostgresStore lacks {sorted(missing)}: add them to src/newsdesk/store/postgres.py"


def test_every_migration_has_a_postgres_dialect() -> None:
    sqlite_versions = {m.version for m in load_migrations()}
    pg_versions = {v for v, _, _ in pg_migrations()}
    assert pg_versions == sqlite_versions, "add migrations/postgres/NNNN_*.sql for each SQLite migration"


def test_reingest_and_round_trip(make_store: Factory, seeds_dir: Path, seed_articles: dict) -> None:
    store = make_store()
    first = pipeline.ingest([seeds_dir], store)
    second = pipeline.ingest([seeds_dir], store)
    assert first.counts["stored"] == 5 and second.counts["skipped_stored"] == 5
    assert store.count_articles() == 5 and store.integrity_ok()
    ids = [a.id for a in seed_articles.values()]
    assert store.get_articles(ids) == list(seed_articles.values())
    assert store.get_articles(["nope", ids[1]]) == [seed_articles["001"]]
    assert store.existing_ids([*ids, "nope"]) == set(ids)
    assert store.article_ids() == first.article_ids
    assert store.ids_for_paths([str(seeds_dir)]) == first.article_ids
    store.set_duplicates({ids[1]: ids[0]})
    assert store.get_articles([ids[1]])[0].duplicate_of == ids[0]


def test_crash_mid_batch_keeps_committed_batches(
    make_store: Factory, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = pipeline.clean_record
    calls = {"n": 0}

    def crashing(record):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 4:
            raise RuntimeError("power cut")
        return real(record)

    store = make_store()
    monkeypatch.setattr(pipeline, "clean_record", crashing)
    with pytest.raises(RuntimeError):
        pipeline.ingest([seeds_dir], store, batch_size=2)
    monkeypatch.setattr(pipeline, "clean_record", real)
    reopened = make_store()
    assert reopened.count_articles() == 2 and reopened.integrity_ok()
    assert pipeline.ingest([seeds_dir], reopened, batch_size=2).counts["stored"] == 3


def test_rejections_per_run(make_store: Factory, tmp_path: Path, seeds_dir: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    store = make_store()
    report = pipeline.ingest([tmp_path / "in", seeds_dir], store)
    (rejection,) = store.rejections(report.run_id)
    assert rejection.path.endswith("empty.txt") and rejection.reason == "empty file"


def test_full_text_search_finds_the_same_articles(make_store: Factory, seed_articles: dict) -> None:
    store = make_store()
    store.add_articles(list(seed_articles.values()))
    hits = store.search("Philadelphi")
    assert {h[0] for h in hits} == {seed_articles["000"].id, seed_articles["003"].id}
    assert all("[Philadelphi" in snippet for _, snippet in hits)
    assert store.search("Blinken Herzog" if isinstance(store, PostgresStore) else "Blinken AND Herzog")[0][0] == (
        seed_articles["000"].id
    )


def test_brief_cache_round_trip_and_fingerprint(make_store: Factory, seed_articles: dict) -> None:
    store = make_store()
    empty = store.corpus_fingerprint()
    store.add_articles(list(seed_articles.values())[:2])
    corpus = store.corpus_fingerprint()
    assert corpus != empty
    store.save_briefs(corpus, [("s1", '{"summary": "x"}', '{"id": "s1"}'), ("s2", "{}", '{"id": "s2"}')])
    assert store.cached_briefs(corpus) == ['{"id": "s1"}', '{"id": "s2"}']
    store.set_duplicates({seed_articles["001"].id: seed_articles["000"].id})
    assert store.corpus_fingerprint() != corpus  # a duplicate link changes what the brief would say
    assert make_store().cached_briefs(corpus) == ['{"id": "s1"}', '{"id": "s2"}']  # persisted


def test_migrations_apply_once(pg_url: str) -> None:
    PostgresStore(pg_url).close()
    with PostgresStore(pg_url) as store:
        assert store.migrate() == []
        versions = [r[0] for r in store.conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
        assert versions == [v for v, _, _ in pg_migrations()]


def test_stories_and_runs_are_stored_alike(make_store: Factory, seeds_dir: Path) -> None:
    store = make_store()
    report = pipeline.ingest([seeds_dir], store)
    _, groups = pipeline.cluster_stored(store)
    pipeline.cluster_stored(store)  # re-clustering rewrites, never duplicates
    (row,) = store.list_stories()
    assert (row.id, row.size, row.events) == (groups[0].id, 5, len(groups[0].events))
    assert row.first == row.last == "2024-08-26" and "NDTV" in row.outlets
    (run, *_) = store.runs()
    assert run.id == report.run_id and run.status == "done" and run.counts["stored"] == 5
    assert store.run(report.run_id) == run and store.run(10_000) is None


def test_a_cleaner_upgrade_cleans_stored_records_again(
    make_store: Factory, seeds_dir: Path, seed_articles: dict, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both backends: records stored by an older cleaner are cleaned again when they are read again. Same
    ids in the same order; the new text and sentences (and search index); the old text's annotations gone;
    the brief cache's key changed. Reading them once more is a no-op."""
    store = make_store()
    real = pipeline.clean_record
    kept_line = "Subscribe to our newsletter for zyxwv updates."

    def older_cleaner(record):  # type: ignore[no-untyped-def]
        article = real(record)  # the old rules kept a boilerplate line at the end
        if not isinstance(article, Article):
            return article
        text = f"{article.text}\n\n{kept_line}"
        extra = Sentence(len(article.sentences), len(text) - len(kept_line), len(text), kept_line)
        return replace(article, text=text, sentences=(*article.sentences, extra))

    monkeypatch.setattr(pipeline, "clean_record", older_cleaner)
    monkeypatch.setattr(clean_version, "ALGORITHM", "clean.document.v0")
    clean_version.cleaner_version.cache_clear()
    old = pipeline.ingest([seeds_dir], store)
    store.add_articles([], annotations=dict.fromkeys(old.article_ids, "{}"), extractor="x")
    corpus = store.corpus_fingerprint()
    assert store.search("zyxwv") and old.counts["stored"] == 5
    monkeypatch.undo()
    clean_version.cleaner_version.cache_clear()

    assert store.count_stale(clean_version.cleaner_version()) == 5
    new = pipeline.ingest([seeds_dir], store)
    assert new.counts["recleaned"] == 5 and new.counts["stored"] == new.counts["skipped_stored"] == 0
    assert new.article_ids == old.article_ids and store.article_ids() == old.article_ids
    stored = {a.id: (a.text, a.sentences) for a in store.get_articles(new.article_ids)}
    assert stored == {a.id: (a.text, a.sentences) for a in seed_articles.values()}
    assert not store.search("zyxwv") and store.search("Philadelphi")
    assert store.annotated_ids(new.article_ids, "x") == set()
    assert store.corpus_fingerprint() != corpus and store.integrity_ok()
    assert store.count_stale(clean_version.cleaner_version()) == 0
    again = pipeline.ingest([seeds_dir], store)
    assert again.counts["skipped_stored"] == 5 and again.counts["recleaned"] == 0


def test_annotations_stored_with_their_article_by_version(make_store: Factory, seed_articles: dict) -> None:
    """Both backends: annotations are written in the article's transaction, one row per article (the newest
    version replaces the older), read back by version only."""
    store = make_store()
    first, second = list(seed_articles.values())[:2]
    store.add_articles([first, second], annotations={first.id: '{"a":1}'}, extractor="v1")
    assert store.annotated_ids([first.id, second.id], "v1") == {first.id}
    store.add_articles([second], annotations={first.id: '{"a":2}', second.id: '{"b":1}'}, extractor="v2")
    assert store.annotation_documents([first.id, second.id], "v2") == {first.id: '{"a":2}', second.id: '{"b":1}'}
    assert store.annotation_documents([first.id], "v1") == {}
    with pytest.raises(Exception, match=r"(?i)foreign key"):
        store.add_articles([], annotations={"not-stored": "{}"}, extractor="v2")
    assert make_store().annotated_ids([first.id, second.id], "v2") == {first.id, second.id}


def _pg_tables(url: str) -> list[str]:
    import psycopg

    with psycopg.connect(url) as conn:
        sql = "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename"
        return [r[0] for r in conn.execute(sql)]


def test_another_programs_postgres_database_is_refused_untouched(pg_url: str, seeds_dir: Path) -> None:
    """A PostgreSQL database holding another program's tables got newsdesk's 10 tables added to its schema (with
    its own ``articles`` table: ``relation "articles" already exists``, the URL printed with its password); now it
    is refused as the SQLite store refuses such a file, before any write, naming the database and the reason."""
    import psycopg

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE articles (id serial PRIMARY KEY, url text)")
        conn.execute("CREATE TABLE orders (id serial PRIMARY KEY)")
    with_password = pg_url.replace("postgres@", "postgres:s3cret@")
    result = CliRunner().invoke(app, ["ingest", str(seeds_dir), "--db", with_password, "--no-extract"])
    assert result.exit_code == 2, result.output
    shown = pg_url.replace("postgres@", "")
    assert result.stderr.strip() == (
        f"{shown}: a PostgreSQL database of another program (tables: articles, orders); newsdesk writes only to "
        "an empty database or to a database it created"
    )
    assert _pg_tables(pg_url) == ["articles", "orders"]


def test_a_postgres_database_of_a_newer_schema_is_refused(pg_url: str) -> None:
    """It was opened and written to as if its schema were this version's (the SQLite store refused it)."""
    with open_store(pg_url) as store:
        known = max(v for v, _, _ in pg_migrations())
        store.conn.execute("INSERT INTO schema_migrations(version, name) VALUES (%s, 'future.sql')", (known + 1,))
        runs = len(store.runs())
    with pytest.raises(StoreError) as caught:
        open_store(pg_url)
    assert caught.value.path == pg_url.replace("postgres@", "")
    assert caught.value.reason == (
        f"written by a newer newsdesk (schema version {known + 1}; this version knows up to {known}): "
        "upgrade newsdesk to use it"
    )
    result = CliRunner().invoke(app, ["runs", "--db", pg_url])
    assert result.exit_code == 2 and "written by a newer newsdesk" in result.stderr
    import psycopg

    with psycopg.connect(pg_url) as conn:
        assert conn.execute("SELECT count(*) FROM runs").fetchone()[0] == runs


def test_a_server_that_cannot_be_reached_is_named_without_its_password() -> None:
    """``cannot open the database: <psycopg's words>`` printed the URL as given, password included."""
    import socket

    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    url = f"postgresql://newsdesk:s3cret@127.0.0.1:{port}/news"
    result = CliRunner().invoke(app, ["runs", "--db", url])
    assert result.exit_code == 2, result.output
    assert "s3cret" not in result.output
    assert result.stderr.startswith(f"postgresql://127.0.0.1:{port}/news: cannot connect: ")
    assert "Connection refused" in result.stderr


def test_serve_names_its_database_without_the_password(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """``newsdesk serve --db postgresql://user:password@…`` printed ``serving <URL>`` with the password on the
    terminal (and in any log collecting it); it now shows the URL as every error message does. Only the server
    loop is replaced: the database is opened and migrated for real."""
    import uvicorn

    served: list[object] = []
    monkeypatch.setattr(uvicorn, "run", lambda application, **_: served.append(application))
    with_password = pg_url.replace("postgres@", "postgres:s3cret@")
    result = CliRunner().invoke(app, ["serve", "--db", with_password, "--port", "8765"])
    assert result.exit_code == 0, result.output
    assert served and "s3cret" not in result.output
    assert f"newsdesk: serving {pg_url.replace('postgres@', '')} on http://127.0.0.1:8765/" in result.stderr
