"""JSON Lines (optionally gzipped): one article per line with ``text`` or ``html`` and optional metadata.

A bad line is a ``Rejection`` named ``file:LINE``; the other lines still load. The file is streamed, so a
multi-gigabyte shard uses the memory of one line, and a line over the per-record limit is read no further than
the limit (the rest is skipped in chunks): a 50 MB line costs the memory of a 5 MB one.
"""

from __future__ import annotations

import gzip
import json
import re
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from newsdesk.config import get_settings
from newsdesk.model import RawDocument, Rejection

from .dates import parse_date

_FIELDS = ("text", "html", "id", "url", "title", "source", "published")


def _open(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return path.open("rb")


def _optional_str(obj: dict[str, Any], key: str) -> str | None:
    value = obj.get(key)
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None  # lists, objects and null carry no usable id, url or name
    return str(value).strip() or None


def parse_json(data: str | bytes) -> Any:
    """``json.loads`` where a value nested deeper than the parser's recursion limit (``[[[[…`` a hundred
    thousand times: a few hundred kilobytes) is malformed JSON like any other, not a crash of the whole run."""
    try:
        return json.loads(data)
    except RecursionError:
        raise ValueError("nested too deeply") from None


# JSON's "\\ud800" escapes decode to lone surrogates (a writer that cut an emoji's UTF-16 pair in two); a pair
# decodes to one character. Such a string cannot be encoded as UTF-8: it crashed the sentence splitter and the store.
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def record_from_json(obj: Any, where: str) -> RawDocument | Rejection:
    """One decoded JSON value → a record; shared by every JSON-shaped input (files, HTTP bodies)."""
    if not isinstance(obj, dict):
        return Rejection(where, f"expected a JSON object, got {type(obj).__name__}")
    for key, value in obj.items():
        lone = _LONE_SURROGATE.search(value) if isinstance(value, str) else None
        if lone:
            return Rejection(
                where,
                f"{key!r} holds an unpaired surrogate (\\u{ord(lone.group()):04x} at character {lone.start()}): "
                "not valid Unicode",
            )
    text, html = obj.get("text"), obj.get("html")
    if not isinstance(text, str | type(None)) or not isinstance(html, str | type(None)):
        return Rejection(where, "'text' and 'html' must be strings")
    if not (text and text.strip()) and not (html and html.strip()):
        return Rejection(where, "record has neither 'text' nor 'html'")
    published_raw = obj.get("published") or obj.get("date")
    published = parse_date(str(published_raw)) if published_raw else None
    return RawDocument(
        path=where,
        text=text if text and text.strip() else None,
        html=None if text and text.strip() else html,
        external_id=_optional_str(obj, "id"),
        url=_optional_str(obj, "url"),
        title=_optional_str(obj, "title"),
        source=_optional_str(obj, "source"),
        published=published,
        author=_optional_str(obj, "author"),
    )


_SKIP_CHUNK = 1 << 20


def _lines(raw: IO[bytes], limit: int) -> Iterator[tuple[bytes, int]]:
    """Each line (its first ``limit + 1`` bytes at most) and its full length. ``readline(n)`` stops at ``n``
    bytes, so an over-long line is never held whole: its remainder is read and dropped a chunk at a time."""
    while True:
        line = raw.readline(limit + 1)
        if not line:
            return
        size = len(line)
        while not line.endswith(b"\n"):
            rest = raw.readline(_SKIP_CHUNK)
            if not rest:
                break
            size += len(rest)
            if rest.endswith(b"\n"):
                break
        yield line, size


def read_jsonl(path: Path) -> Iterator[RawDocument | Rejection]:
    limit = get_settings().max_record_bytes
    empty = True
    try:
        with _open(path) as raw:
            for lineno, (line, size) in enumerate(_lines(raw, limit), start=1):
                where = f"{path}:{lineno}"
                if not line.strip():
                    continue
                empty = False
                if size > limit:
                    yield Rejection(where, f"line is {size:,} bytes, over the {limit:,}-byte limit")
                    continue
                try:
                    obj = parse_json(line)
                except ValueError as exc:  # JSONDecodeError, UnicodeDecodeError, nested too deeply
                    yield Rejection(where, f"malformed JSON: {exc}")
                    continue
                yield record_from_json(obj, where)
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        yield Rejection(str(path), f"corrupt gzip stream: {exc}")
        return
    if empty:
        yield Rejection(str(path), "empty file")
