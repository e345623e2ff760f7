"""`newsdesk export`, `newsdesk stories` and `newsdesk serve` from the command line; the brief cache."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from typer.testing import CliRunner

from newsdesk import pipeline
from newsdesk.cli import app as cli
from newsdesk.model import RawDocument
from newsdesk.serve import Service
from newsdesk.serve import service as service_module
from newsdesk.store import SQLiteStore

runner = CliRunner()


def story_id(db: Path) -> str:
    result = runner.invoke(cli, ["stories", "--db", str(db)])
    assert result.exit_code == 0, result.output
    return result.stdout.split()[0]


def test_export_formats_to_stdout_and_file(seeded_db: Path, tmp_path: Path) -> None:
    sid = story_id(seeded_db)
    md = runner.invoke(cli, ["export", sid, "--db", str(seeded_db)])
    assert md.exit_code == 0 and md.stdout.startswith("# ") and "## Sources" in md.stdout
    out = tmp_path / "story.html"
    html = runner.invoke(cli, ["export", sid, "--db", str(seeded_db), "--format", "html", "-o", str(out)])
    assert html.exit_code == 0, html.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("<!doctype html>") and "<style>" in text and "/static/" not in text
    js = runner.invoke(cli, ["export", sid, "--db", str(seeded_db), "--format", "json"])
    assert json.loads(js.stdout)["stories"][0]["id"] == sid
    assert [p.name for p in tmp_path.iterdir()] == ["story.html"]  # no temporary file left behind


def test_export_refuses_unsafe_outputs_and_bad_ids(seeded_db: Path, tmp_path: Path) -> None:
    sid = story_id(seeded_db)
    (tmp_path / "sub").mkdir()
    target = tmp_path / "elsewhere.md"
    (tmp_path / "link.md").symlink_to(target)
    cases = {
        str(tmp_path / "sub" / ".." / "up.md"): "'..'",
        str(tmp_path / "sub"): "is a folder",
        str(tmp_path / "link.md"): "symbolic link",
        str(tmp_path / "missing" / "x.md"): "does not exist",
    }
    for output, reason in cases.items():
        result = runner.invoke(cli, ["export", sid, "--db", str(seeded_db), "-o", output])
        assert result.exit_code == 2 and reason in result.stderr, (output, result.output)
    assert not target.exists() and not (tmp_path / "up.md").exists()
    bad = runner.invoke(cli, ["export", "../../etc/passwd", "--db", str(seeded_db)])
    assert bad.exit_code == 2 and "not a valid id" in bad.stderr
    unknown = runner.invoke(cli, ["export", "s000000000000", "--db", str(seeded_db)])
    assert unknown.exit_code == 2 and "no story" in unknown.stderr
    fmt = runner.invoke(cli, ["export", sid, "--db", str(seeded_db), "--format", "pdf"])
    assert fmt.exit_code == 2 and "format" in fmt.stderr


def test_briefs_are_cached_in_the_store_and_invalidated(
    tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "c.db"
    with SQLiteStore(db) as store:
        pipeline.ingest([seeds_dir], store)
        first = Service(store).stories()
    calls = {"n": 0}
    real = service_module.build_stories

    def counting(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        return real(*args, **kwargs)

    monkeypatch.setattr(service_module, "build_stories", counting)
    with SQLiteStore(db) as store:
        assert Service(store).stories() == first and calls["n"] == 0  # a restart reads the cache
        service = Service(store)
        report = service.ingest(
            [RawDocument(path="x", text="Mediators met in Doha on Friday. The talks went on late.")]
        )
        assert report.counts["stored"] == 1
        assert sum(c["articles"] for c in service.stories()) == 6 and calls["n"] == 1  # rebuilt once
    # An upgrade that renames an algorithm (its output changed) makes the cached briefs stale.
    monkeypatch.setattr(service_module, "brief_code", lambda: "another-release")
    with SQLiteStore(db) as store:
        Service(store).stories()
        assert calls["n"] == 2


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_newsdesk_serve_shows_the_seeds_story(seeded_db: Path) -> None:
    port = _free_port()
    env = {**os.environ, "NEWSDESK_TOKEN": ""}
    command = [sys.executable, "-m", "newsdesk.cli", "serve", "--db", str(seeded_db), "--port", str(port)]
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/", timeout=5)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read() if proc.stderr else ""
                time.sleep(0.2)
        assert response.status_code == 200 and "ceasefire" in response.text
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_serve_private_needs_a_token(seeded_db: Path) -> None:
    result = runner.invoke(cli, ["serve", "--db", str(seeded_db), "--private"], env={"NEWSDESK_TOKEN": ""})
    assert result.exit_code == 2 and "NEWSDESK_TOKEN" in result.stderr


def test_export_to_an_unwritable_folder_names_it(seeded_db: Path, tmp_path: Path) -> None:
    """Writing into a read-only folder raised PermissionError out of ``export`` (a traceback, exit 1). Root may
    write into a chmod 555 folder, so as root the target is in /sys, which refuses even root's new files."""
    sid = story_id(seeded_db)
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    if os.geteuid() == 0:
        folder = Path("/sys")
    result = runner.invoke(cli, ["export", sid, "--db", str(seeded_db), "-o", str(folder / "story.md")])
    assert result.exit_code == 2, result.output
    assert f"{folder / 'story.md'}: cannot write: Permission denied" in result.stderr
