"""`newsdesk brief` reads the annotations its ingest stored instead of parsing again, and prints exactly
the brief that extracting at brief time printed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsdesk.brief.assemble
import newsdesk.extract
from newsdesk.brief import render
from newsdesk.brief.assemble import build_group
from newsdesk.brief.render import brief_document
from newsdesk.cli import app
from newsdesk.config import get_settings
from newsdesk.model import Annotations
from newsdesk.pipeline import cluster_stored
from newsdesk.store import SQLiteStore

runner = CliRunner()


def _no_parse(*_args: object, **_kwargs: object) -> dict[str, Annotations]:
    raise AssertionError("annotate called: the stored annotations should have been read")


def _brief(db: Path, inputs: list[str]) -> str:
    result = runner.invoke(app, ["brief", *inputs, "--db", str(db), "--format", "json"])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_brief_from_stored_annotations_equals_brief_extracted_on_the_fly(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db, inputs = tmp_path / "n.db", [str(seeds_dir)]
    first = _brief(db, inputs)  # ingests (extracting, storing annotations), then briefs from the store
    with SQLiteStore(db) as store:
        ids = store.article_ids()
        assert store.conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == len(ids) == 5
        articles, groups = cluster_stored(store, ids)
    # the path before stored annotations: every story's articles parsed and extracted when it is built
    words = get_settings().summary_words
    before = render(brief_document(articles, [build_group(g, words) for g in groups]), "json")
    assert json.loads(first)["stories"] and first == before
    # a second brief parses nothing (every extraction entry point refuses) and prints the same
    monkeypatch.setattr(newsdesk.extract, "annotate", _no_parse)
    monkeypatch.setattr(newsdesk.brief.assemble, "annotate", _no_parse)
    assert _brief(db, inputs) == first


def test_brief_extracts_what_is_not_stored(tmp_path: Path, seeds_dir: Path) -> None:
    """Articles ingested with --no-extract are extracted (and stored) by the brief's own ingest."""
    db = tmp_path / "n.db"
    assert runner.invoke(app, ["ingest", str(seeds_dir), "--db", str(db), "--no-extract"]).exit_code == 0
    _brief(db, [str(seeds_dir)])
    with SQLiteStore(db) as store:
        assert store.conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == 5
