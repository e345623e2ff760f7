"""Plain-text articles (like the seeds): one file, one article; metadata headers are parsed by clean."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from newsdesk.errors import InputError
from newsdesk.model import RawDocument, Rejection

from .decode import decode_text, read_bytes_limited


def read_text(path: Path) -> Iterator[RawDocument | Rejection]:
    try:
        text = decode_text(read_bytes_limited(path), str(path))
    except InputError as exc:
        yield Rejection(exc.path, exc.reason)
        return
    if not text.strip():
        yield Rejection(str(path), "no text (only white space)")
        return
    yield RawDocument(path=str(path), text=text)
