"""The process pool stores exactly what the serial loop stores, in the same order."""

from __future__ import annotations

from pathlib import Path

from newsdesk.pipeline import ingest
from newsdesk.scale.pool import pool_map
from newsdesk.store import SQLiteStore


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
