"""WARC reader on archives written here with warcio from real pages of the extraction eval set."""

from __future__ import annotations

import gzip
import json
from datetime import date
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsdesk.ingest import reader_for
from newsdesk.ingest.warc import read_warc
from newsdesk.model import Article, RawDocument, Rejection
from newsdesk.pipeline import clean_record
from tests.conftest import EVAL

PAGES = EVAL / "extraction" / "dev.jsonl.gz"


@pytest.fixture(scope="module")
def pages() -> list[dict]:
    with gzip.open(PAGES, "rt", encoding="utf-8") as lines:
        return [json.loads(next(lines)) for _ in range(3)]


def _response(writer: WARCWriter, url: str, body: bytes, content_type: str, status: str = "200 OK") -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(
        url,
        "response",
        payload=BytesIO(body),
        http_headers=headers,
        warc_headers_dict={"WARC-Date": "2024-08-27T09:00:00Z"},
    )
    writer.write_record(record)


def write_warc(path: Path, pages: list[dict], gz: bool) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gz)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "newsdesk tests"}))
        for page in pages:
            request = StatusAndHeaders("GET / HTTP/1.1", [("Host", "example")], is_http_request=True)
            writer.write_record(writer.create_warc_record(page["url"], "request", http_headers=request))
            _response(writer, page["url"], page["html"].encode("utf-8"), "text/html; charset=utf-8")
        _response(writer, "https://img.example/a.png", b"\x89PNG\r\n\x1a\n" + bytes(200), "image/png")
        _response(writer, "https://gone.example/", b"<html>gone</html>", "text/html", status="404 Not Found")


@pytest.mark.parametrize("gz", [True, False])
def test_html_responses_become_documents_and_the_rest_is_counted(tmp_path: Path, pages: list[dict], gz: bool) -> None:
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    write_warc(path, pages, gz)
    assert reader_for(path) is read_warc
    records = list(read_warc(path))
    documents = [r for r in records if isinstance(r, RawDocument)]
    assert [d.url for d in documents] == [p["url"] for p in pages]
    assert all(d.html and d.crawled == date(2024, 8, 27) and d.published is None for d in documents)
    (summary,) = [r for r in records if isinstance(r, Rejection)]
    assert summary.stage == "skip" and summary.path == str(path)
    assert summary.reason == (
        "skipped 6 of 9 records: 3 request, 1 HTTP status 404, 1 non-HTML response (image/png), 1 warcinfo"
    )
    article = clean_record(documents[0])
    assert isinstance(article, Article) and article.url == pages[0]["url"]
    assert article.published is not None  # the page's own date, else the crawl date as a last resort


def test_truncated_archive_keeps_records_before_the_break(tmp_path: Path, pages: list[dict]) -> None:
    whole = tmp_path / "whole.warc.gz"
    write_warc(whole, pages, gz=True)
    data = whole.read_bytes()
    cut = tmp_path / "cut.warc.gz"
    # 1/3 of the way in: inside the first page's (large) response, whose partial body warcio would hand over
    # silently; 300 bytes short: inside the last record's header, which warcio would drop silently.
    for size in (len(data) // 3, len(data) - 300):
        cut.write_bytes(data[:size])
        records = list(read_warc(cut))
        broken = [r for r in records if isinstance(r, Rejection) and r.stage == "ingest"]
        assert len(broken) == 1 and broken[0].path == str(cut), records
        assert broken[0].reason.startswith("corrupt or truncated archive: ")
        documents = [r for r in records if isinstance(r, RawDocument)]
        if size > len(data) // 2:
            assert [d.url for d in documents] == [p["url"] for p in pages]


def test_not_an_archive_and_empty(tmp_path: Path) -> None:
    junk = tmp_path / "junk.warc"
    junk.write_text("this is not a WARC file\n" * 10)
    (rejection,) = list(read_warc(junk))
    assert isinstance(rejection, Rejection) and rejection.reason.startswith("not a WARC file")
    empty = tmp_path / "empty.warc.gz"
    empty.write_bytes(b"")
    (rejection,) = list(read_warc(empty))
    assert isinstance(rejection, Rejection) and rejection.reason == "empty archive (no WARC records)"


def test_ingest_a_folder_of_archives_and_feeds(tmp_path: Path, pages: list[dict], seed_articles: dict) -> None:
    from newsdesk.pipeline import ingest
    from newsdesk.store import SQLiteStore
    from tests.ingest.test_feeds import rss

    folder = tmp_path / "crawl"
    folder.mkdir()
    write_warc(folder / "a.warc.gz", pages, gz=True)
    (folder / "b.rss").write_text(rss(seed_articles), encoding="utf-8")
    with SQLiteStore(tmp_path / "n.db") as store:
        report = ingest([folder], store)
        stored = store.get_articles(store.article_ids())
    assert report.counts["stored"] == len(pages) + 2 and report.counts["rejected_skip"] == 1
    assert [a.url for a in stored] == [p["url"] for p in pages] + ["https://wire.example/a", "https://wire.example/b"]
    assert [r.stage for r in report.rejections] == ["skip", "ingest"]  # the WARC's skip line, the empty entry


def test_a_record_with_junk_header_lines_is_counted_by_what_it_lacks(tmp_path: Path) -> None:
    """A record whose header lines are junk (no ``WARC-Type``) was counted as "1 None"."""
    archive = tmp_path / "junk_headers.warc"
    junk_headers = "a header line without a colon\r\n" * 5
    archive.write_text("WARC/1.0\r\n" + junk_headers + "\r\n<html><body><p>x</p></body></html>")
    (rejection,) = list(read_warc(archive))
    assert isinstance(rejection, Rejection)
    assert rejection.reason == "skipped 1 of 1 records: 1 no WARC-Type header"
