"""Hostile bodies POSTed to the API, found by the session 23 audit (helper `robust7`): each test fails on the
code before its fix."""

from __future__ import annotations

import asyncio
import random
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from newsdesk.config import Settings
from newsdesk.serve import Service
from newsdesk.serve.app import create_app
from newsdesk.store import open_store

from .conftest import TOKEN, Live
from .test_api import AUTH, assert_error


def _page(seeds_dir: Path) -> str:
    text = sorted(seeds_dir.glob("*.txt"))[0].read_text(encoding="utf-8")
    paragraphs = "".join(f"<p>{p}</p>" for p in text.split("\n\n") if p.strip())
    return f"<html><head><title>Talks</title></head><body><article>{paragraphs}</article></body></html>"


def test_a_latin1_html_body_keeps_its_accents(writable: Live, seeds_dir: Path) -> None:
    """An HTML body was decoded as UTF-8 with "replace": a Latin-1 page's "é" was stored as U+FFFD, and a
    declared ``charset=windows-1252`` was ignored. Now the body is decoded as the file readers decode a page."""
    page = _page(seeds_dir).replace(" the ", " thé ")
    with writable.client(headers=AUTH) as client:
        for content_type in ("text/html", "text/html; charset=windows-1252"):
            response = client.post(
                "/api/articles", content=page.encode("cp1252", "replace"), headers={"Content-Type": content_type}
            )
            assert response.status_code == 201, response.text
            (article_id,) = response.json()["articles"]
            text = client.get(f"/api/articles/{article_id}").json()["text"]
            assert " thé " in text and "\ufffd" not in text


def test_binary_junk_sent_as_html_is_named_binary(writable: Live) -> None:
    """Random bytes (or a gzipped page) sent as ``text/html`` were parsed as a page ("no article text found",
    422); now they are refused as the file readers refuse them, 400 "binary file (not text)"."""
    junk = random.Random(23).randbytes(20_000)
    with writable.client(headers=AUTH) as client:
        response = client.post("/api/articles", content=junk, headers={"Content-Type": "text/html"})
        assert assert_error(response, 400, "bad_request") == "request body: binary file (not text)"


def test_a_chunked_body_is_read_no_further_than_the_limit(tmp_path: Path) -> None:
    """A body sent without Content-Length (chunked) was read whole before its size was checked: 60 MB sent
    took 121 MB more peak RSS for a 413. Now reading stops at the batch limit (10 records of 1,000 bytes here)."""
    settings = Settings(db=str(tmp_path / "a.db"), token=TOKEN, max_record_bytes=1_000)
    app = create_app(service=Service(open_store(settings.db), settings), settings=settings)
    chunks, pulled, sent = 100, 0, []

    async def receive() -> dict[str, Any]:
        nonlocal pulled
        pulled += 1
        if pulled > chunks:
            return {"type": "http.disconnect"}
        return {"type": "http.request", "body": b"<p>" + b"x" * 997, "more_body": pulled < chunks}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    headers = [(b"content-type", b"text/html"), (b"authorization", f"Bearer {TOKEN}".encode()), (b"host", b"t")]
    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": "/api/articles", "raw_path": b"/api/articles", "query_string": b"", "root_path": "",
             "headers": headers, "client": ("127.0.0.1", 1), "server": ("t", 80)}  # fmt: skip
    with ThreadPoolExecutor(1) as pool:  # its own thread: the suite may have an event loop running in this one
        pool.submit(asyncio.run, app(scope, receive, send)).result()
    assert sent[0]["status"] == 413
    assert b"over the 10,000-byte limit" in b"".join(m.get("body", b"") for m in sent[1:])
    assert pulled <= 11, f"{pulled} of {chunks} chunks read"


def test_an_unpaired_surrogate_in_a_json_body_is_named(writable: Live) -> None:
    """``{"text": "… \\ud800 …"}`` (half a UTF-16 pair) was a 500 "internal error" (the sentence splitter could not
    encode it); now it is the reader's rejection, 422, naming the field, the character and where."""
    body = b'{"text": "Talks resumed \\ud800 on Friday in Doha."}'
    with writable.client(headers=AUTH) as client:
        response = client.post("/api/articles", content=body, headers={"Content-Type": "application/json"})
    assert assert_error(response, 422, "rejected") == (
        "no article was accepted: request[0]: 'text' holds an unpaired surrogate (\\ud800 at character 14): "
        "not valid Unicode"
    )
