"""The process pool stores exactly what the serial loop stores, in the same order."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newsdesk.cli import app
from newsdesk.pipeline import ingest
from newsdesk.scale.pool import pool_map
from newsdesk.store import SQLiteStore

runner = CliRunner()


def test_pool_equals_serial(tmp_path: Path, seeds_dir: Path, t17_small: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01" * 50)
    inputs = [str(seeds_dir), str(t17_small), str(bad), str(tmp_path / "missing.txt")]
    results = []
    for workers in (1, 2):
        store = SQLiteStore(tmp_path / f"w{workers}.db")
        # A small batch so the pool has several batches in flight and order is really at stake.
        report = ingest(inputs, store, workers=workers, batch_size=4)
        results.append((store.get_articles(store.article_ids()), report.article_ids, report.counts, report.rejections))
        store.close()
    serial, pooled = results
    assert serial == pooled
    articles, _, counts, rejections = serial
    assert len(articles) == counts["stored"] == 5 + 27
    assert [r.path for r in rejections] == [str(bad), str(tmp_path / "missing.txt")]


def test_rerun_with_pool_skips_everything_stored(tmp_path: Path, seeds_dir: Path, t17_small: Path) -> None:
    store = SQLiteStore(tmp_path / "n.db")
    first = ingest([seeds_dir, t17_small], store, workers=2)
    second = ingest([seeds_dir, t17_small], store, workers=2)
    assert first.counts["stored"] == 32 and second.counts["stored"] == 0
    assert second.counts["skipped_stored"] == 32 and second.article_ids == first.article_ids
    store.close()


def test_recycled_pool_keeps_order_and_every_item() -> None:
    """Renewing the workers every few items (as extraction does) loses, repeats and reorders nothing,
    including when the input ends exactly at a renewal."""
    for n, recycle in ((7, 2), (6, 3), (2, 5)):
        items = list(range(-n, 0))
        assert list(pool_map(abs, items, 2, recycle=recycle)) == [(i, abs(i)) for i in items]


def test_batch_rejects_what_ingest_rejects_when_listing(tmp_path: Path, seeds_dir: Path) -> None:
    """``newsdesk batch`` re-derives a listing rejection from its path (it ships paths to workers): a broken
    link and an empty folder get the same reason as in ``ingest``, not 'no such file' or 'unsupported type'."""
    folder = tmp_path / "in"
    folder.mkdir()
    seed = sorted(seeds_dir.glob("*.txt"))[0]
    (folder / "story.txt").write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "gone.txt").symlink_to(tmp_path / "deleted.txt")
    (tmp_path / "empty").mkdir()
    inputs = [str(folder), str(tmp_path / "empty")]
    with SQLiteStore(tmp_path / "i.db") as store:
        expected = ingest(inputs, store).rejections
    result = runner.invoke(
        app,
        [
            "batch",
            "--engine",
            "local",
            *inputs,
            "--out",
            str(tmp_path / "out"),
            "--db",
            str(tmp_path / "b.db"),
            "--no-extract",
        ],
    )
    assert result.exit_code == 0, result.output
    assert [(r.path, r.reason) for r in expected] == [
        (str(folder / "gone.txt"), "broken symbolic link, or a loop of links"),
        (str(tmp_path / "empty"), "no files in this folder"),
    ]
    for rejection in expected:
        assert f"rejected {rejection.path}: {rejection.reason}" in result.stderr
