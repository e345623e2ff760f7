"""Ingest while the API serves reads: every read answers (no server error), nothing is corrupted."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from newsdesk.serve.service import RECHECK_SECONDS
from newsdesk.store import SQLiteStore
from tests.conftest import ROOT
from tests.reliability.test_crash_safety import make_corpus

from .conftest import Live


@pytest.mark.slow
def test_ingest_process_while_the_api_serves_reads(writable: Live, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    make_corpus(folder, 80)
    statuses: list[int] = []
    done = threading.Event()

    def read_loop() -> None:
        with writable.client() as client:
            while not done.is_set():
                for path in ("/api/stories", "/api/articles?limit=5", "/api/search?q=Blinken"):
                    statuses.append(client.get(path).status_code)

    reader = threading.Thread(target=read_loop)
    reader.start()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "tests.reliability.ingest_driver", str(writable.db), str(folder)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=600,
        )
    finally:
        done.set()
        reader.join(timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert statuses and set(statuses) == {200}, sorted(set(statuses))
    with SQLiteStore(writable.db) as store:
        assert store.integrity_ok() and store.count_articles() == 5 + 80
    # The API re-reads the store's fingerprint at most every RECHECK_SECONDS and rebuilds the stories in the
    # background (extraction of 85 articles: minutes on a loaded machine), answering from the old snapshot.
    deadline = time.monotonic() + RECHECK_SECONDS + 600
    with writable.client() as client:
        while (count := client.get("/api/articles").json()["count"]) != 85 and time.monotonic() < deadline:
            time.sleep(RECHECK_SECONDS / 4)
    assert count == 85
