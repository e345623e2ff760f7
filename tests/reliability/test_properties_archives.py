"""Property tests for the feed and WARC readers: any bytes give records or a rejection naming the file."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.ingest import read_paths
from newsdesk.model import Article, RawDocument, Rejection
from newsdesk.pipeline import clean_record

FAST = settings(
    max_examples=int(os.environ.get("NEWSDESK_FUZZ_EXAMPLES", "100")),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

feed_parts = st.lists(
    st.sampled_from(
        [
            '<?xml version="1.0"?>',
            "<rss version='2.0'>",
            "<channel>",
            "<title>Wire</title>",
            "<item>",
            "</item>",
            "<title>Talks resume in Cairo</title>",
            "<link>http://10.0.0.1/a</link>",
            "<pubDate>Mon, 26 Aug 2024",
            "<pubDate>February 30</pubDate>",
            "<description><![CDATA[<p>Officials met on Sunday.</p>]]></description>",
            "<content:encoded>&lt;script&gt;alert(1)&lt;/script&gt;</content:encoded>",
            "<!DOCTYPE x [<!ENTITY a 'b'>]>",
            "&a;",
            "&#0;",
            "</channel>",
            "</rss>",
            "<feed xmlns='http://www.w3.org/2005/Atom'>",
            "<entry>",
            "</entry>",
            "</feed>",
            "\x00",
            "é",
            "<![CDATA[",
            "]]>",
        ]
    ),
    max_size=40,
)


def check(records: list[RawDocument | Rejection], path: Path) -> None:
    for record in records:
        assert isinstance(record, RawDocument | Rejection)
        assert record.path.startswith(str(path))
        if isinstance(record, RawDocument):
            assert isinstance(clean_record(record), Article | Rejection)
        else:
            assert record.reason


@FAST
@given(feed_parts)
def test_feed_reader_on_hostile_feeds(tmp_path_factory, parts: list[str]) -> None:  # type: ignore[no-untyped-def]
    path = Path(tmp_path_factory.mktemp("fuzz")) / "feed.xml"
    path.write_text("".join(parts), encoding="utf-8", errors="surrogatepass")
    check(list(read_paths([path])), path)


warc_record = st.builds(
    lambda uri, status, ctype, body, cut: (
        f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {uri}\r\nWARC-Date: 2024-08-26T10:00:00Z\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {{n}}\r\n\r\n",
        f"HTTP/1.1 {status} OK\r\nContent-Type: {ctype}\r\n\r\n{body}",
        cut,
    ),
    st.sampled_from(["http://example.com/a", "http://127.0.0.1/", "not a uri", ""]),
    st.sampled_from(["200", "404", "abc"]),
    st.sampled_from(["text/html", "image/png", "text/html; charset=bogus", ""]),
    st.text(max_size=300),
    st.integers(min_value=0, max_value=50),
)


@FAST
@given(st.lists(warc_record, max_size=3), st.booleans(), st.binary(max_size=40))
def test_warc_reader_on_hostile_archives(tmp_path_factory, records, compress: bool, tail: bytes) -> None:  # type: ignore[no-untyped-def]
    data = b""
    for header, payload, cut in records:
        body = payload.encode("utf-8", "surrogatepass")
        data += header.replace("{n}", str(len(body))).encode() + body[: max(0, len(body) - cut)] + b"\r\n\r\n"
    data += tail
    path = Path(tmp_path_factory.mktemp("fuzz")) / ("a.warc.gz" if compress else "a.warc")
    path.write_bytes(gzip.compress(data) if compress else data)
    check(list(read_paths([path])), path)
