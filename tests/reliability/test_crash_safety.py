"""SIGKILL an ingest at random points, many times: the database stays sound, nothing reported as committed
is lost, and a rerun completes the batch with no duplicates. Two writers on one file: neither corrupts it."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsdesk.store import SQLiteStore
from tests.conftest import ROOT, SEEDS

N_FILES = 120
KILLS = 6


def make_corpus(folder: Path, n: int) -> None:
    """Distinct articles made from the seeds' sentences (so cleaning does real work)."""
    sentences = [s for p in sorted(SEEDS.glob("*.txt")) for s in p.read_text().split(". ") if len(s) > 40]
    rng = random.Random(7)
    folder.mkdir()
    for i in range(n):
        picked = rng.sample(sentences, 6)
        (folder / f"a{i:04d}.txt").write_text(f"Story {i} lead sentence number {i}.\n\n" + ".\n".join(picked) + ".")


def spawn(db: Path, folder: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, "-m", "tests.reliability.ingest_driver", str(db), str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=env,
    )


def committed_ids(output: str) -> set[str]:
    return {i for line in output.splitlines() if line.startswith("committed") for i in line.split()[1:]}


@pytest.mark.slow
def test_sigkill_at_random_points_loses_nothing_committed(tmp_path: Path) -> None:
    folder, db = tmp_path / "in", tmp_path / "crash.db"
    make_corpus(folder, N_FILES)
    rng = random.Random(11)
    reported: set[str] = set()
    for _ in range(KILLS):
        proc = spawn(db, folder)
        time.sleep(rng.uniform(0.8, 2.5))  # interpreter start + imports take ~1 s; kill anywhere after
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        reported |= committed_ids(out)
        with SQLiteStore(db) as store:
            assert store.integrity_ok()
            stored = set(store.article_ids())
            assert reported <= stored, "an article reported as committed is missing"
    proc = spawn(db, folder)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err
    with SQLiteStore(db) as store:
        assert store.integrity_ok()
        ids = store.article_ids()
        assert len(ids) == len(set(ids)) == N_FILES
        orphans = store.conn.execute(
            "SELECT count(*) FROM sentences WHERE article_id NOT IN (SELECT id FROM articles)"
        ).fetchone()[0]
        assert orphans == 0


@pytest.mark.slow
def test_two_writers_on_one_file(tmp_path: Path) -> None:
    """Both finish (the second waits for the write lock) and the store holds each article once."""
    folder, db = tmp_path / "in", tmp_path / "two.db"
    make_corpus(folder, 60)
    SQLiteStore(db).close()  # migrations applied once, before the race
    first, second = spawn(db, folder), spawn(db, folder)
    results = [p.communicate(timeout=300) for p in (first, second)]
    for proc, (_, err) in zip((first, second), results, strict=True):
        assert proc.returncode == 0 or "another process is writing" in err, err
    with SQLiteStore(db) as store:
        assert store.integrity_ok()
        ids = store.article_ids()
        assert len(ids) == len(set(ids)) == 60


def test_concurrent_first_opens_migrate_once(tmp_path: Path) -> None:
    db = tmp_path / "race.db"
    code = "import sys; from newsdesk.store import SQLiteStore; SQLiteStore(sys.argv[1]).close()"
    procs = [
        subprocess.Popen([sys.executable, "-c", code, str(db)], stderr=subprocess.PIPE, text=True) for _ in range(4)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    with SQLiteStore(db) as store:
        assert store.conn.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] >= 1
        assert store.integrity_ok()
