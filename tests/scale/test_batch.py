"""`newsdesk batch`: local pool and Ray Data give the same stored articles, copies, stories and brief as `ingest`."""

from __future__ import annotations

import json
import random
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk.cli import app
from newsdesk.model import Article
from newsdesk.scale.batch import OutputNotEmpty, load_parquet, run_batch, run_local
from newsdesk.store import SQLiteStore
from tests.dedup.wire import KINDS, wire_copy

runner = CliRunner()


def _stored(db: Path) -> list:
    with SQLiteStore(db) as store:
        return store.get_articles(store.article_ids())


def _annotations(db: Path) -> list:
    with SQLiteStore(db) as store:
        return store.conn.execute(
            "SELECT article_id, version, document FROM annotations ORDER BY article_id"
        ).fetchall()


def _stories(db: Path) -> list:
    with SQLiteStore(db) as store:
        return store.list_stories()


def _brief(db: Path, inputs: list[str]) -> dict:
    result = runner.invoke(app, ["brief", *inputs, "--db", str(db), "--format", "json"])
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception from None  # the traceback, not only the CLI's message
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _write_copies(path: Path, seeds: dict[str, Article]) -> Path:
    """Wire copies of the seeds (one per kind) and one verbatim copy on another outlet, as JSON Lines."""
    rng = random.Random(5)
    copies = [wire_copy(seed, kind, rng) for seed, kind in zip(seeds.values(), KINDS, strict=True)]
    copies.append(replace(seeds["001"], id="mirror", source="mirror"))
    with path.open("w", encoding="utf-8") as out:
        for n, copy in enumerate(copies):
            record = {"id": f"copy-{n}", "text": copy.text, "title": copy.title, "source": copy.source}
            out.write(json.dumps(record | {"published": copy.published and copy.published.isoformat()}) + "\n")
    return path


def test_local_and_ray_store_the_same_as_ingest(
    tmp_path: Path, seeds_dir: Path, seed_articles: dict[str, Article], t17_small: Path, ray_local: None
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01" * 50)
    copies = _write_copies(tmp_path / "copies.jsonl", seed_articles)
    inputs = [str(seeds_dir), str(t17_small), str(copies), str(bad)]
    assert runner.invoke(app, ["ingest", *inputs, "--db", str(tmp_path / "ingest.db"), "--workers", "1"]).exit_code == 0
    assert runner.invoke(app, ["stories", "--db", str(tmp_path / "ingest.db")]).exit_code == 0
    for engine in ("local", "ray"):
        result = runner.invoke(
            app,
            [
                "batch",
                "--engine",
                engine,
                *inputs,
                "--out",
                str(tmp_path / engine),
                "--db",
                str(tmp_path / f"{engine}.db"),
            ],
        )
        assert result.exit_code == 0, result.output
        assert f"rejected {bad}: binary file" in result.stderr
        assert list((tmp_path / engine).rglob("*.parquet"))
    expected = _stored(tmp_path / "ingest.db")
    assert len(expected) == 38
    # each copy and its seed are linked (either way round: the longer of two undated ones is the original)
    assert sum(1 for a in expected if a.duplicate_of) == 6
    assert _stored(tmp_path / "local.db") == expected
    assert _stored(tmp_path / "ray.db") == expected
    # extraction ran in every engine (pool workers, Ray actors) and stored the same annotations
    annotations = [_annotations(tmp_path / f"{name}.db") for name in ("ingest", "local", "ray")]
    assert len(annotations[0]) == len(expected) and annotations[0] == annotations[1] == annotations[2]
    stories = [_stories(tmp_path / f"{name}.db") for name in ("ingest", "local", "ray")]
    assert any(row.copies for row in stories[0]) and stories[0] == stories[1] == stories[2]
    briefs = [_brief(tmp_path / f"{name}.db", inputs) for name in ("ingest", "local", "ray")]
    assert briefs[0]["stories"] and briefs[0] == briefs[1] == briefs[2]


def test_out_dir_must_be_empty_and_reload_skips_stored(tmp_path: Path, seeds_dir: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    assert run_local([str(seeds_dir)], out, workers=1) == 5
    with SQLiteStore(tmp_path / "n.db") as store, pytest.raises(OutputNotEmpty):
        run_batch([str(seeds_dir)], out, store)
    with SQLiteStore(tmp_path / "n.db") as store:
        first = load_parquet(out, store, "load")
        again = load_parquet(out, store, "load")
    assert first.counts["stored"] == 5 and again.counts["skipped_stored"] == 5 and again.counts["stored"] == 0
    result = runner.invoke(app, ["batch", str(seeds_dir), "--out", str(tmp_path / "o2"), "--engine", "spark"])
    assert result.exit_code == 2 and "--engine 'spark'" in result.stderr
