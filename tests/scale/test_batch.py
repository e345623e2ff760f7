"""`newsdesk batch`: local pool and Ray Data give the same stored articles and the same brief as `ingest`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk.cli import app
from newsdesk.scale.batch import OutputNotEmpty, load_parquet, run_batch, run_local
from newsdesk.store import SQLiteStore

runner = CliRunner()


def _stored(db: Path) -> list:
    with SQLiteStore(db) as store:
        return store.get_articles(store.article_ids())


def _brief(db: Path, inputs: list[str]) -> dict:
    result = runner.invoke(app, ["brief", *inputs, "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_local_and_ray_store_the_same_as_ingest(
    tmp_path: Path, seeds_dir: Path, t17_small: Path, ray_local: None
) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01" * 50)
    inputs = [str(seeds_dir), str(t17_small), str(bad)]
    assert runner.invoke(app, ["ingest", *inputs, "--db", str(tmp_path / "ingest.db"), "--workers", "1"]).exit_code == 0
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
    assert len(expected) == 32
    assert _stored(tmp_path / "local.db") == expected
    assert _stored(tmp_path / "ray.db") == expected
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
