from __future__ import annotations

from pathlib import Path

import pytest

from newsdesk import pipeline
from newsdesk.store import SQLiteStore
from newsdesk.store.migrations import load_migrations


def test_reingest_is_a_noop(tmp_path: Path, seeds_dir: Path) -> None:
    with SQLiteStore(tmp_path / "n.db") as store:
        first = pipeline.ingest([seeds_dir], store)
        second = pipeline.ingest([seeds_dir], store)
        assert first.counts["stored"] == 5
        assert second.counts["stored"] == 0 and second.counts["skipped_stored"] == 5
        assert store.count_articles() == 5
        assert sorted(first.article_ids) == sorted(second.article_ids)


def test_articles_round_trip_with_sentences(fresh_store: SQLiteStore, seed_articles: dict) -> None:
    fresh_store.add_articles(list(seed_articles.values()))
    ids = [a.id for a in seed_articles.values()]
    assert fresh_store.get_articles(ids) == list(seed_articles.values())


def test_crash_mid_batch_loses_nothing_committed(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "crash.db"
    real = pipeline.clean_record
    calls = {"n": 0}

    def crashing(record):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 4:
            raise RuntimeError("power cut")
        return real(record)

    monkeypatch.setattr(pipeline, "clean_record", crashing)
    with SQLiteStore(db) as store, pytest.raises(RuntimeError):
        pipeline.ingest([seeds_dir], store, batch_size=2)
    monkeypatch.setattr(pipeline, "clean_record", real)
    with SQLiteStore(db) as store:
        assert store.integrity_ok()
        assert store.count_articles() == 2  # the first batch was committed; the one in flight was not
        status = store.conn.execute("SELECT status FROM runs").fetchone()[0]
        assert status == "failed"
        rerun = pipeline.ingest([seeds_dir], store, batch_size=2)
        assert rerun.counts["stored"] == 3 and store.count_articles() == 5


def test_rejections_are_recorded_per_run(tmp_path: Path, seeds_dir: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    with SQLiteStore(tmp_path / "n.db") as store:
        report = pipeline.ingest([tmp_path / "in", seeds_dir], store)
        assert report.counts["stored"] == 5 and report.counts["rejected_ingest"] == 1
        (rejection,) = store.rejections(report.run_id)
        assert rejection.path.endswith("empty.txt") and rejection.reason == "empty file"


def test_migrations_apply_once(tmp_path: Path) -> None:
    db = tmp_path / "m.db"
    SQLiteStore(db).close()
    with SQLiteStore(db) as store:
        versions = [r[0] for r in store.conn.execute("SELECT version FROM schema_migrations ORDER BY version")]
        assert versions == [m.version for m in load_migrations()]
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_full_text_search(fresh_store: SQLiteStore, seed_articles: dict) -> None:
    fresh_store.add_articles(list(seed_articles.values()))
    hits = fresh_store.search("Philadelphi")
    assert {h[0] for h in hits} == {seed_articles["000"].id, seed_articles["003"].id}
    assert all("[Philadelphi]" in snippet for _, snippet in hits)
    assert fresh_store.search("Blinken AND Herzog")[0][0] == seed_articles["000"].id


def test_ids_for_paths(tmp_path: Path, seeds_dir: Path) -> None:
    with SQLiteStore(tmp_path / "n.db") as store:
        pipeline.ingest([seeds_dir], store)
        assert len(store.ids_for_paths([str(seeds_dir)])) == 5
        one = next(seeds_dir.glob("001_*"))
        assert len(store.ids_for_paths([str(one)])) == 1
