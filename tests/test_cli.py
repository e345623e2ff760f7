"""The demo path: `newsdesk brief` on the seeds, as `make demo` runs it."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from newsdesk.cli import app
from newsdesk.summarize.trim import is_trim_of

runner = CliRunner()
FORBIDDEN = ("Also Read", "Except for the headline", "Yossi Zeliger/TPS", "date 2024-08-26")


def brief(tmp_path: Path, seeds_dir: Path, fmt: str) -> str:
    result = runner.invoke(app, ["brief", str(seeds_dir), "--db", str(tmp_path / "n.db"), "--format", fmt])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_text_brief_has_no_boilerplate(tmp_path: Path, seeds_dir: Path) -> None:
    out = brief(tmp_path, seeds_dir, "text")
    assert "Summary" in out and "Sources" in out
    for phrase in FORBIDDEN:
        assert phrase not in out


def test_json_brief_contract_and_citations_resolve(tmp_path: Path, seeds_dir: Path) -> None:
    doc = json.loads(brief(tmp_path, seeds_dir, "json"))
    assert set(doc) >= {"articles", "stories"}
    article_keys = {"id", "path", "source", "title", "published", "text", "sentences", "duplicate_of"}
    story_keys = {
        "id",
        "title",
        "articles",
        "events",
        "summary",
        "entities",
        "quotes",
        "figures",
        "timeline",
        "facts",
        "unique",
    }
    assert all(article_keys <= set(a) for a in doc["articles"])
    assert all(story_keys <= set(s) for s in doc["stories"])
    by_id = {a["id"]: a for a in doc["articles"]}
    seed3 = next(a for a in doc["articles"] if Path(a["path"]).name.startswith("003"))
    assert seed3["published"] == "2024-08-26"
    for story in doc["stories"]:
        assert story["summary"]
        for sentence in story["summary"]:
            cited = [by_id[c["article"]]["sentences"][c["sentence"]]["text"] for c in sentence["citations"]]
            assert is_trim_of(sentence["text"], cited[0])  # the sentence it comes from, maybe trimmed
    for article in doc["articles"]:
        for s in article["sentences"]:
            assert article["text"][s["start"] : s["end"]] == s["text"]
    for phrase in FORBIDDEN:
        assert phrase not in json.dumps(doc, ensure_ascii=False)


def test_markdown_and_html_briefs(tmp_path: Path, seeds_dir: Path) -> None:
    md = brief(tmp_path, seeds_dir, "markdown")
    assert md.startswith("# ") and "## Summary" in md
    html = brief(tmp_path, seeds_dir, "html")
    assert html.startswith("<!doctype html>") and re.search(r"\[\d+\.\d+\]", html)


def test_all_rejected_input_exits_non_zero_naming_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01\x02" * 100)
    result = runner.invoke(app, ["brief", str(bad), "--db", str(tmp_path / "n.db")])
    assert result.exit_code == 1
    assert str(bad) in result.stderr and "binary" in result.stderr


def test_unknown_format_is_an_error(tmp_path: Path, seeds_dir: Path) -> None:
    result = runner.invoke(app, ["brief", str(seeds_dir), "--format", "pdf", "--db", str(tmp_path / "n.db")])
    assert result.exit_code == 2 and "--format" in result.stderr


def test_eval_unknown_task_is_an_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "nosuch", str(tmp_path)])
    assert result.exit_code == 2 and "unknown eval task" in result.stderr


def test_brief_output_is_checked_before_the_run_and_written_safely(tmp_path: Path, seeds_dir: Path) -> None:
    """``brief -o FOLDER`` ran the whole ingest, then died with IsADirectoryError (a traceback); an unwritable
    target did the same with PermissionError. ``-o`` now follows export's rules, checked before the run."""
    db = tmp_path / "n.db"
    folder = runner.invoke(app, ["brief", str(seeds_dir), "--db", str(db), "-o", str(tmp_path)])
    assert folder.exit_code == 2 and f"{tmp_path}: is a folder" in folder.stderr
    assert not db.exists()  # refused before anything was ingested
    seed = sorted(seeds_dir.glob("*.txt"))[0]
    out = tmp_path / "brief.md"
    ok = runner.invoke(app, ["brief", str(seed), "--db", str(db), "--format", "markdown", "-o", str(out)])
    assert ok.exit_code == 0, ok.output
    assert out.read_text(encoding="utf-8").startswith("# ") and sorted(p.name for p in tmp_path.iterdir()) == [
        "brief.md",
        "n.db",
    ]


def test_read_commands_need_an_existing_database(tmp_path: Path, seeds_dir: Path) -> None:
    """``stories``, ``search``, ``runs``, ``report`` and ``export`` on a mistyped --db created an empty database
    there and listed nothing (exit 0); on a file that is not a database they ended in a DatabaseError
    traceback. Both now name the file and the reason, exit 2, and leave no file behind."""
    missing = tmp_path / "typo.db"
    not_a_db = tmp_path / "article.db"  # a seed article under a database's name (a copy: SQLite may write)
    not_a_db.write_bytes(sorted(seeds_dir.glob("*.txt"))[0].read_bytes())
    commands = [["stories"], ["search", "Blinken"], ["runs"], ["report", "1"], ["export", "s000000000000"]]
    for command in commands:
        result = runner.invoke(app, [*command, "--db", str(missing)])
        assert result.exit_code == 2, (command, result.output)
        assert result.stderr.strip() == f"{missing}: no such database (`newsdesk ingest` creates it)"
        assert not missing.exists()
        result = runner.invoke(app, [*command, "--db", str(not_a_db)])
        assert result.exit_code == 2, (command, result.output)
        assert result.stderr.strip() == f"{not_a_db}: cannot open the database: file is not a database"


def test_stories_on_a_database_with_no_articles_says_so(tmp_path: Path) -> None:
    """A database whose only ingest rejected everything listed nothing and said nothing (exit 0): a user could not
    tell an empty store from a failure. It now says the store has no articles and how to add them."""
    junk = tmp_path / "junk.html"
    junk.write_bytes(bytes(range(256)) * 8)
    db = tmp_path / "empty.db"
    ingest = runner.invoke(app, ["ingest", str(junk), "--db", str(db)])
    assert f"rejected {junk}: binary file (not text)" in ingest.stderr
    result = runner.invoke(app, ["stories", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert result.stderr.strip() == f"{db}: no articles stored yet (`newsdesk ingest PATH` adds them)"
