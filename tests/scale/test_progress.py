"""Long-run output: plain periodic lines when stderr is not a terminal, and the run report kept in the store."""

from __future__ import annotations

import gzip
import io
import json
import re
from pathlib import Path

from typer.testing import CliRunner

from newsdesk.cli import app
from newsdesk.pipeline import ingest
from newsdesk.scale.progress import RunProgress, count_records
from newsdesk.store import SQLiteStore

runner = CliRunner()


def test_count_records_only_when_countable(tmp_path: Path, seeds_dir: Path, t17_small: Path) -> None:
    assert count_records([seeds_dir]) == 5
    assert count_records([seeds_dir, t17_small]) == 5 + 27
    shard = tmp_path / "x.jsonl.gz"
    with gzip.open(shard, "wt") as out:
        out.write(json.dumps({"text": "a"}) + "\n")
    assert count_records([seeds_dir, shard]) is None


def test_plain_lines_when_not_a_terminal(tmp_path: Path, seeds_dir: Path, t17_small: Path) -> None:
    stream = io.StringIO()
    store = SQLiteStore(tmp_path / "n.db")
    total = count_records([seeds_dir, t17_small])
    with RunProgress(total, stream=stream, tty=False, interval=0.0) as progress:
        ingest([seeds_dir, t17_small], store, progress=progress, batch_size=8)
    store.close()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 4 + 1  # one per batch of 8 (32 records), one at the end
    assert all("\r" not in line and "\x1b" not in line for line in lines)  # no bar, no escape codes
    assert re.match(r"run 1: 8 records read \(\d+\.\d/s\), 8 stored, 0 already stored, 0 rejected", lines[0])
    assert "left of 32 records" in lines[0]
    assert lines[-1].startswith("run 1: 32 records read") and "left of" not in lines[-1]


def test_ingest_cli_report_runs_and_report(tmp_path: Path, seeds_dir: Path) -> None:
    db = str(tmp_path / "n.db")
    bad = tmp_path / "bad.html"
    bad.write_text("   ")
    result = runner.invoke(app, ["ingest", str(seeds_dir), str(bad), "--db", db, "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert f"rejected {bad}: no text (only white space)" in result.stderr
    assert "run 1: 6 records read" in result.stderr and "newsdesk report 1" in result.stderr
    again = runner.invoke(app, ["ingest", str(seeds_dir), "--db", db, "--workers", "1"])
    assert "5 already stored" in again.stderr
    runs = runner.invoke(app, ["runs", "--db", db])
    assert runs.exit_code == 0
    assert [line.split()[0] for line in runs.stdout.splitlines()] == ["2", "1"]
    assert "done" in runs.stdout and "skipped_stored=5" in runs.stdout
    report = runner.invoke(app, ["report", "1", "--db", db])
    assert report.exit_code == 0
    assert re.search(r"stored\s+5", report.stdout) and f"[ingest] {bad}: no text" in report.stdout
    doc = json.loads(runner.invoke(app, ["report", "1", "--db", db, "--json"]).stdout)
    assert doc["counts"]["stored"] == 5 and doc["rejections"] == [
        {"path": str(bad), "stage": "ingest", "reason": "no text (only white space)"}
    ]
    missing = runner.invoke(app, ["report", "9", "--db", db])
    assert missing.exit_code == 2 and "no such run" in missing.stderr


def test_terminal_gets_a_bar_with_rate_errors_and_eta(tmp_path: Path, seeds_dir: Path) -> None:
    stream = io.StringIO()
    bad = tmp_path / "bad.txt"
    bad.write_text("")
    store = SQLiteStore(tmp_path / "n.db")
    with RunProgress(count_records([seeds_dir, bad]), stream=stream, tty=True) as progress:
        ingest([seeds_dir, bad], store, progress=progress, batch_size=2)
    store.close()
    shown = stream.getvalue()
    assert "6/6" in shown and "1 errors" in shown and "/s" in shown
    assert "run 1:" not in shown  # the bar, not the log lines


def test_an_unreadable_shard_is_a_rejection_not_a_crash(tmp_path: Path, seeds_dir: Path) -> None:
    """Counting the records for the progress bar read every JSON Lines file first, outside the reader's error
    handling: one unreadable shard (chmod 000, a disk error, a file deleted since the folder was listed) ended
    ``newsdesk ingest`` with a PermissionError traceback before anything was read. A link to /proc/self/mem
    stands in for it here: a regular file that any read refuses, even root's (the tests may run as root)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for seed in sorted(seeds_dir.glob("*.txt"))[:2]:
        (folder / seed.name).write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "unreadable.jsonl").symlink_to("/proc/self/mem")
    result = runner.invoke(app, ["ingest", str(folder), "--db", str(tmp_path / "n.db"), "--workers", "1"])
    assert result.exit_code == 0, result.output
    assert f"rejected {folder / 'unreadable.jsonl'}: cannot read file" in result.output
    with SQLiteStore(tmp_path / "n.db") as store:
        assert len(store.conn.execute("SELECT id FROM articles").fetchall()) == 2
