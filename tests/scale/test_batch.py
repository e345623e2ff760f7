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


def test_ray_gives_every_bad_file_the_reason_ingest_gives(tmp_path: Path, seeds_dir: Path, ray_local: None) -> None:
    """The hostile files of the local audits through Ray Data: an empty file, binary junk, JSONL with a malformed
    and a too-deeply-nested line among good ones, a gzip cut short, UTF-16 Russian without a mark. The job ends
    normally, each file gets the reason ``ingest`` gives, and the same articles are stored."""
    import gzip

    folder = tmp_path / "in"
    folder.mkdir()
    seed = sorted(seeds_dir.glob("*.txt"))[0].read_text(encoding="utf-8")
    (folder / "good.txt").write_text(seed, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "junk.html").write_bytes(random.Random(5).randbytes(5000))
    lines = [json.dumps({"title": f"Item {i}", "text": part}) for i, part in enumerate(seed.split("\n\n")[:3])]
    (folder / "mixed.jsonl").write_text(
        "\n".join([lines[0], '{"text": "cut', lines[1], "[" * 100_000, lines[2]]) + "\n"
    )
    packed = gzip.compress("\n".join(lines).encode())
    (folder / "cut.jsonl.gz").write_bytes(packed[: len(packed) * 2 // 3])
    russian = "\n".join(__import__("spacy.lang.ru.examples", fromlist=["sentences"]).sentences) + "\n"
    (folder / "ru16.txt").write_bytes(russian.encode("utf-16-le"))
    ingest = runner.invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "i.db"), "--no-extract"])
    out, db = str(tmp_path / "out"), str(tmp_path / "r.db")
    ray = runner.invoke(app, ["batch", "--engine", "ray", str(folder), "--out", out, "--db", db, "--no-extract"])
    assert ingest.exit_code == ray.exit_code == 0, ray.output
    reasons = [[line for line in r.stderr.splitlines() if line.startswith("rejected ")] for r in (ingest, ray)]
    assert reasons[0] == reasons[1], ray.stderr
    expected = ["empty.txt: empty file", "junk.html: binary file (not text)", "mixed.jsonl:2: malformed JSON"]
    expected += ["mixed.jsonl:4: malformed JSON: nested too deeply", "cut.jsonl.gz: corrupt gzip stream"]
    for reason in expected:
        assert any(line.startswith(f"rejected {folder / reason}") for line in reasons[1]), (reason, reasons[1])
    assert _stored(tmp_path / "r.db") == _stored(tmp_path / "i.db")
    assert sum("рассматривает" in f"{a.title} {a.text}" for a in _stored(tmp_path / "r.db")) == 1


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
