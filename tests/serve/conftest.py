"""A real server for the serve tests: the app on uvicorn on 127.0.0.1 (a free port), over a seeded store."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn

from newsdesk import pipeline
from newsdesk.brief import build_stories
from newsdesk.brief.render import brief_document
from newsdesk.config import Settings
from newsdesk.serve import Service
from newsdesk.serve.app import create_app
from newsdesk.store import SQLiteStore, open_store

TOKEN = "test-token-9f2c"


@dataclass
class Live:
    url: str
    service: Service
    db: Path | str

    def client(self, **kwargs: object) -> httpx.Client:
        return httpx.Client(base_url=self.url, timeout=60, **kwargs)  # type: ignore[arg-type]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def start_server(db: Path | str, *, private: bool = False) -> tuple[Live, uvicorn.Server, threading.Thread]:
    settings = Settings(db=str(db), token=TOKEN)
    service = Service(open_store(str(db)), settings)
    app = create_app(service=service, settings=settings, private=private)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.02)
    return Live(f"http://127.0.0.1:{port}", service, db), server, thread


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory: pytest.TempPathFactory, seeds_dir: Path) -> Path:
    db = tmp_path_factory.mktemp("serve") / "seeds.db"
    with SQLiteStore(db) as store:
        pipeline.ingest([seeds_dir], store)
    return db


def _serve(db: Path | str, private: bool = False) -> Iterator[Live]:
    live, server, thread = start_server(db, private=private)
    try:
        yield live
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        live.service.store.close()


@pytest.fixture(scope="session")
def live(seeded_db: Path) -> Iterator[Live]:
    """Read-only server over the seeds (tests that write use ``writable``)."""
    yield from _serve(seeded_db)


@pytest.fixture
def writable(tmp_path: Path, seeded_db: Path) -> Iterator[Live]:
    """A server over a private copy of the seeded store, for tests that ingest."""
    db = tmp_path / "copy.db"
    with SQLiteStore(seeded_db) as src, SQLiteStore(db) as dst:
        src.conn.backup(dst.conn)
    yield from _serve(db)


@pytest.fixture
def private_live(seeded_db: Path) -> Iterator[Live]:
    yield from _serve(seeded_db, private=True)


CHROMIUM = Path("/usr/bin/chromium")
# The flags from ../shared/RECIPES.md: Debian's Chromium, headless, no network side channels.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    """pytest-playwright's launch options, pointed at the system Chromium (never ``playwright install``)."""
    if not CHROMIUM.exists():
        reason = f"{CHROMIUM} not found: apt-get install -y chromium chromium-driver"
        if __import__("os").environ.get("CI"):
            pytest.fail(reason + " (CI must run the browser tests)")
        pytest.skip(reason)
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "headless": True, "args": CHROMIUM_ARGS}


def _find(doc: dict[str, Any], needle: str) -> tuple[str, int]:
    for article in doc["articles"]:
        for sentence in article["sentences"]:
            if needle in sentence["text"]:
                return article["id"], sentence["i"]
    raise AssertionError(f"no seed sentence contains {needle!r}")


@pytest.fixture(scope="session")
def enriched(seed_articles: dict) -> dict[str, Any]:
    articles = list(seed_articles.values())
    doc = brief_document(articles, build_stories(articles))
    story = doc["stories"][0]
    a_quote, s_quote = _find(doc, "very constructive meeting today")
    a_fig, s_fig = _find(doc, "40,000")
    a_one, a_two = articles[0].id, articles[3].id
    story["quotes"] = [
        {"article": a_quote, "sentence": s_quote, "start": 0, "end": 10, "text": "In a very constructive meeting",
         "speaker": "Antony Blinken", "cue": "told"},
    ]  # fmt: skip
    story["figures"] = [
        {"article": a_fig, "sentence": s_fig, "start": 0, "end": 6, "text": "40,000", "value": 40000.0,
         "unit": None, "qualifier": "at least", "context": "Palestinians killed"},
    ]  # fmt: skip
    story["facts"] = [
        {"text": "Blinken urged Hamas to accept the proposal.", "citations": [{"article": a_one, "sentence": 0}],
         "sources": [a_one], "conflicts": []},
        {"text": "Talks resume this week.", "citations": [{"article": a_two, "sentence": 1}],
         "sources": [a_two, a_one], "conflicts": [{"description": "one outlet says next week", "article": a_one}]},
    ]  # fmt: skip
    story["timeline"] = [
        {"date": "2023-10-07", "text": "Hamas attack starts the war",
         "citations": [{"article": a_fig, "sentence": s_fig}]},
        {"date": "2024-08-26", "text": "Blinken meets Netanyahu",
         "citations": [{"article": a_quote, "sentence": s_quote}]},
    ]  # fmt: skip
    story["entities"] = [
        {"name": "Antony Blinken", "type": "PERSON", "aliases": ["Blinken"], "articles": [a_one], "mentions": 9},
        {"name": "Qatar", "type": "GPE", "aliases": [], "articles": [a_one], "mentions": 3},
    ]
    story["frames"] = [{"label": "diplomacy", "score": 0.8, "article": a_one, "sentence": 2}]
    return doc
