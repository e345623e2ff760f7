"""A run killed mid-way (crash, Ctrl-C) leaves a consistent store, and the same command resumes it."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from newsdesk.extract.version import extractor_version
from newsdesk.store import SQLiteStore

NEWSDESK = [sys.executable, "-c", "from newsdesk.cli import main; main()"]


def _stored(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
    except sqlite3.OperationalError:
        return 0


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _start_and_stop(db: Path, inputs: list[str], sig: int, *options: str) -> subprocess.CompletedProcess[str] | int:
    """Start an ingest, wait until its first batch is committed, send ``sig``; returns the exit code."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    process = subprocess.Popen(
        [*NEWSDESK, "ingest", *inputs, "--db", str(db), "--workers", "1", *options],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
        env=env,
        # a run started in the background of a shell without job control inherits SIGINT ignored (POSIX), and
        # Python then installs no Ctrl-C handler: the test is of the command, not of how its runner was started
        preexec_fn=_default_sigint,
    )
    deadline = time.monotonic() + 600  # a first batch of 64 articles with extraction takes minutes at high load
    while _stored(db) == 0 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the run finished before it could be interrupted"
    process.send_signal(sig)
    _, stderr = process.communicate(timeout=60)
    return subprocess.CompletedProcess(process.args, process.returncode, "", stderr)


def _finish(db: Path, inputs: list[str], *options: str) -> str:
    command = [*NEWSDESK, "ingest", *inputs, "--db", str(db), *options]
    done = subprocess.run(command, capture_output=True, text=True, timeout=900)
    assert done.returncode == 0, done.stderr
    return done.stderr


def test_killed_run_resumes(tmp_path: Path, t17_medium: Path) -> None:
    db = tmp_path / "n.db"
    killed = _start_and_stop(db, [str(t17_medium)], signal.SIGKILL)
    assert isinstance(killed, subprocess.CompletedProcess) and killed.returncode == -signal.SIGKILL
    with SQLiteStore(db) as store:
        assert store.integrity_ok()
        partial = store.count_articles()
        assert 0 < partial < 135
        ids = store.article_ids()
        articles = store.get_articles(ids)
        assert all(a.sentences and a.text[a.sentences[-1].start : a.sentences[-1].end] for a in articles)  # whole
        # extraction ran (the default): every stored article has its annotations, written in its transaction
        assert store.annotated_ids(ids, extractor_version()) == set(ids)
        assert store.runs()[0].status_label == "running or killed"
    stderr = _finish(db, [str(t17_medium)])
    assert f"{partial:,} already stored" in stderr
    with SQLiteStore(db) as store:
        assert store.count_articles() == 135 - stderr.count("rejected ")
        assert store.article_ids()[:partial] == ids
        assert store.annotated_ids(store.article_ids(), extractor_version()) == set(store.article_ids())


def test_ctrl_c_marks_the_run_interrupted_and_resumes(tmp_path: Path, t17_medium: Path) -> None:
    db = tmp_path / "n.db"
    stopped = _start_and_stop(db, [str(t17_medium)], signal.SIGINT, "--no-extract")
    assert isinstance(stopped, subprocess.CompletedProcess) and stopped.returncode == 130
    assert "interrupted" in stopped.stderr and "run the same command again to resume" in stopped.stderr
    with SQLiteStore(db) as store:
        assert store.integrity_ok() and store.runs()[0].status == "interrupted"
        partial = store.count_articles()
    stderr = _finish(db, [str(t17_medium)], "--no-extract")
    assert f"{partial:,} already stored" in stderr
