"""WARC and WARC.gz web archives (Common Crawl / CC-News style): HTML responses become ``RawDocument``s.

warcio's ``ArchiveIterator`` streams the archive record by record (gzip member by member), so a
multi-gigabyte file uses the memory of one record; the body of a record is read up to the per-record limit.

Only HTTP ``response`` records with status 200 and an HTML content type hold an article. The others
(requests, metadata, warcinfo, revisits, images, redirects, errors) are counted by reason and reported as
one ``Rejection`` with stage ``skip`` per archive, so a run report says why records were not used without
listing millions of request records. A truncated or corrupt archive ends with a ``Rejection`` naming the
file and the record where it broke; every record before that point has already been yielded and is kept.

``published`` stays empty here: the page's own date (found by the HTML cleaner) is better than the crawl
date, which is passed as ``crawled`` and used only as a last resort.
"""

from __future__ import annotations

import zlib
from collections import Counter
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from newsdesk.config import get_settings
from newsdesk.errors import InputError
from newsdesk.model import RawDocument, Rejection

from . import register_reader
from .dates import parse_date
from .decode import decode_declared

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def _skip_reason(record: Any) -> str | None:
    """Why this record holds no article, or None when it is an HTML page to read."""
    if record.rec_type is None:  # warcio reads a record whose header lines are junk as one with no type
        return "no WARC-Type header"
    if record.rec_type != "response":
        return str(record.rec_type)
    if record.http_headers is None:
        return "response without HTTP headers"
    status = record.http_headers.get_statuscode()
    if status != "200":
        return f"HTTP status {status}"
    content_type = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if content_type not in _HTML_TYPES:
        return f"non-HTML response ({content_type or 'no content type'})"
    return None


class _Truncated(Exception):
    """The archive ends inside a record (a partial download): warcio yields the partial record silently."""


def _document(record: Any, where: str, limit: int) -> RawDocument | Rejection:
    body = record.content_stream().read(limit + 1)
    if len(body) > limit:
        return Rejection(where, f"page is over the {limit:,}-byte limit per record")
    if record.raw_stream.limit > 0:  # the payload ended before its declared Content-Length
        raise _Truncated(f"record {where.rsplit(':', 1)[-1]} is cut short")
    if not body.strip():
        return Rejection(where, "empty HTML response")
    try:
        html = decode_declared(body, record.http_headers.get_header("Content-Type") or "", where)
    except InputError as exc:
        return Rejection(exc.path, exc.reason)
    warc_date = record.rec_headers.get_header("WARC-Date") or ""
    crawled: date | None = parse_date(warc_date) if warc_date else None
    return RawDocument(
        path=where,
        html=html,
        url=record.rec_headers.get_header("WARC-Target-URI") or None,
        crawled=crawled,
    )


def _summary(path: Path, skipped: Counter[str], total: int) -> Rejection:
    reasons = ", ".join(
        f"{count} {reason}" for reason, count in sorted(skipped.items(), key=lambda kv: (-kv[1], kv[0]))
    )
    return Rejection(str(path), f"skipped {sum(skipped.values())} of {total} records: {reasons}", stage="skip")


def read_warc(path: Path) -> Iterator[RawDocument | Rejection]:
    limit = get_settings().max_record_bytes
    skipped: Counter[str] = Counter()
    number = 0
    try:
        with path.open("rb") as stream:
            head = stream.read(5)
            if head and not head.startswith((b"\x1f\x8b", b"WARC/")):
                yield Rejection(str(path), "not a WARC file (no WARC/ header, not gzip)")
                return
            stream.seek(0)
            records = ArchiveIterator(stream)
            for record in records:
                number += 1
                reason = _skip_reason(record)
                if reason is not None:
                    skipped[reason] += 1
                    continue
                yield _document(record, f"{path}:{number}", limit)
            size = path.stat().st_size
            if records.offset != size:  # warcio drops a record whose header was cut off without a word
                raise _Truncated(f"{size - records.offset:,} bytes after record {number} are not a complete record")
    except (_Truncated, ArchiveLoadFailed, EOFError, zlib.error, ValueError) as exc:
        if skipped:
            yield _summary(path, skipped, number)
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        yield Rejection(str(path), f"corrupt or truncated archive: {first}")
        return
    if number == 0:
        yield Rejection(str(path), "empty archive (no WARC records)")
    elif skipped:
        yield _summary(path, skipped, number)


for _suffix in (".warc", ".warc.gz"):
    register_reader(_suffix, read_warc)
