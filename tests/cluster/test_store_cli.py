"""Stories in the store and on the command line: `newsdesk brief` groups, `newsdesk stories` lists."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from typer.testing import CliRunner

from newsdesk.cli import app
from newsdesk.model import Article
from newsdesk.pipeline import cluster_stored
from newsdesk.store import SQLiteStore

runner = CliRunner()


def test_stories_are_stored_with_events_and_relisted_identically(
    fresh_store: SQLiteStore, seed_articles: dict[str, Article]
) -> None:
    seed = seed_articles["001"]
    copy = replace(seed, id="copy001", source="Wire", title="Blinken in Israel (wire)")
    fresh_store.add_articles([*seed_articles.values(), copy])
    articles, groups = cluster_stored(fresh_store)
    assert [a.duplicate_of for a in articles if a.id == "copy001"] == [seed.id]
    (row,) = fresh_store.list_stories()
    assert (row.id, row.size, row.copies) == (groups[0].id, 6, 1)
    assert row.events == len(groups[0].events) >= 1
    assert "NDTV" in row.outlets and "Wire" in row.outlets
    assert row.first == row.last == "2024-08-26"
    cluster_stored(fresh_store)  # a second run rewrites the same rows
    assert [(r.id, r.size, r.title) for r in fresh_store.list_stories()] == [(row.id, row.size, row.title)]
    stored = fresh_store.get_articles(["copy001"])[0]
    assert stored.duplicate_of == seed.id


def test_stories_command_lists_id_title_size_dates_outlets(tmp_path: Path, seeds_dir: Path) -> None:
    db = str(tmp_path / "n.db")
    assert runner.invoke(app, ["ingest", str(seeds_dir), "--db", db]).exit_code == 0
    result = runner.invoke(app, ["stories", "--db", db])
    assert result.exit_code == 0, result.output
    (line,) = result.stdout.strip().splitlines()
    assert line.startswith("s") and "5 articles" in line and "2024-08-26" in line and "NDTV" in line


def test_brief_prints_one_story_per_cluster_with_events(tmp_path: Path, seeds_dir: Path) -> None:
    result = runner.invoke(app, ["brief", str(seeds_dir), "--db", str(tmp_path / "n.db"), "--format", "json"])
    assert result.exit_code == 0, result.output
    doc = json.loads(result.stdout)
    (story,) = doc["stories"]
    assert len(story["articles"]) == 5 and story["events"]
    assert story["algorithms"]["stories"].startswith("cluster.stories.")
