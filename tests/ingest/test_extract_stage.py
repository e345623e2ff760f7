"""Extraction as a stage of ingest: annotations are stored with their article, equal to ``annotate``'s,
the same with a pool as serially; stored articles that lack them (``--no-extract``, another extractor
version) get them on the next extracting run without being cleaned again; a failing article is reported
and stored without them."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsdesk.extract
import newsdesk.pipeline
from newsdesk.cli import app
from newsdesk.extract import annotate
from newsdesk.extract.version import extractor_version
from newsdesk.model import Annotations, Article
from newsdesk.pipeline import ingest, stored_annotations
from newsdesk.store import SQLiteStore

runner = CliRunner()


def _no_parse(*_args: object, **_kwargs: object) -> dict[str, Annotations]:
    raise AssertionError("annotate called: stored annotations were expected")


def _documents(store: SQLiteStore) -> dict[str, str]:
    return store.annotation_documents(store.article_ids(), extractor_version())


def test_ingest_stores_what_annotate_finds(tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with SQLiteStore(tmp_path / "n.db") as store:
        report = ingest([seeds_dir], store, extract=True)
        assert report.counts["stored"] == report.counts["annotated"] == 5
        articles = store.get_articles(store.article_ids())
        expected = annotate(articles)
        monkeypatch.setattr(newsdesk.extract, "annotate", _no_parse)
        assert stored_annotations(store, articles) == expected


def test_pool_stores_the_same_annotations_as_the_serial_loop(tmp_path: Path, seeds_dir: Path) -> None:
    documents = []
    for workers in (1, 2):
        with SQLiteStore(tmp_path / f"w{workers}.db") as store:
            ingest([seeds_dir], store, workers=workers, batch_size=2, extract=True)
            documents.append(_documents(store))
    assert len(documents[0]) == 5 and documents[0] == documents[1]


def test_no_extract_then_extract_annotates_stored_articles_without_cleaning_them(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "n.db"
    plain = runner.invoke(app, ["ingest", str(seeds_dir), "--db", str(db), "--no-extract", "--workers", "1"])
    assert plain.exit_code == 0, plain.output
    assert "annotated" not in plain.stderr
    with SQLiteStore(db) as store:
        assert _documents(store) == {}
        ids = store.article_ids()

    def no_clean(record: object) -> object:
        raise AssertionError(f"{record} cleaned again")

    monkeypatch.setattr(newsdesk.pipeline, "clean_record", no_clean)
    with SQLiteStore(db) as store:
        report = ingest([seeds_dir], store, extract=True)
        assert report.counts["skipped_stored"] == report.counts["annotated"] == 5
        assert report.counts["stored"] == 0 and store.article_ids() == ids
        assert set(_documents(store)) == set(ids)
        # an older extractor version's annotations count as missing: re-extracted, then left alone
        with store.transaction() as conn:
            conn.execute("UPDATE annotations SET version = 'extract.old.v0' WHERE article_id = ?", (ids[0],))
        assert ingest([seeds_dir], store, extract=True).counts["annotated"] == 1
        assert "annotated" not in ingest([seeds_dir], store, extract=True).counts


def test_an_article_whose_extraction_fails_is_stored_and_reported(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = newsdesk.extract.annotate

    def fails_on_one(articles: list[Article], **kwargs: object) -> dict[str, Annotations]:
        if any("/002_" in a.path for a in articles):
            raise ValueError("boom")
        return real(articles)

    monkeypatch.setattr(newsdesk.extract, "annotate", fails_on_one)
    with SQLiteStore(tmp_path / "n.db") as store:
        report = ingest([seeds_dir], store, extract=True)
        assert report.counts["stored"] == 5 and report.counts["annotated"] == 4
        assert report.counts["extract_failed"] == 1
        (failed,) = report.rejections
        assert failed.stage == "extract" and "/002_" in failed.path and "ValueError: boom" in failed.reason
        assert [r.stage for r in store.rejections(report.run_id)] == ["extract"]
