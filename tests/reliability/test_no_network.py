"""newsdesk never requests a URL found in an article: ingesting and briefing hostile input opens no socket."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsdesk.cli import app

PAGE = """<html><head><link rel="stylesheet" href="http://127.0.0.1:1/style.css">
<meta http-equiv="refresh" content="0; url=http://169.254.169.254/latest/meta-data/"></head>
<body><article><h1>Officials meet in Cairo</h1>
<p>Officials met in Cairo on Sunday to discuss the ceasefire proposal, a spokesman said.</p>
<img src="http://10.0.0.1/pixel.gif" onerror="fetch('http://10.0.0.2/')">
<p>The talks will resume next week, according to a statement at https://example.com/statement.</p>
<iframe src="http://192.168.0.1/"></iframe></article></body></html>"""


def test_ingest_and_brief_open_no_connection(tmp_path: Path, seeds_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    (tmp_path / "page.html").write_text(PAGE)
    result = CliRunner().invoke(
        app, ["brief", str(tmp_path / "page.html"), str(seeds_dir), "--db", str(tmp_path / "n.db"), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    assert attempts == []
    assert "Officials met in Cairo" in result.stdout
