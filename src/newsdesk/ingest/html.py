"""Saved HTML pages: one file, one article; main-text extraction happens in clean (trafilatura)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsdesk.errors import InputError
from newsdesk.model import RawDocument, Rejection

from .decode import decode_text, read_bytes_limited


def read_html(path: Path) -> Iterator[RawDocument | Rejection]:
    try:
        html = decode_text(read_bytes_limited(path), str(path))
    except InputError as exc:
        yield Rejection(exc.path, exc.reason)
        return
    if not html.strip():
        yield Rejection(str(path), "no text (only white space)")
        return
    yield RawDocument(path=str(path), html=html)
