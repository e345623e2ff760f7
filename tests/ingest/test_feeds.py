"""RSS/Atom reader on feeds written here from the seed articles: entities, CDATA, bad dates, broken XML."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from newsdesk.ingest import read_paths, reader_for
from newsdesk.ingest.feeds import fragment_text, read_feed
from newsdesk.model import Article, RawDocument, Rejection
from newsdesk.pipeline import clean_record


def _paragraphs(article: Article) -> list[str]:
    return [p for p in article.text.split("\n\n") if p]


def rss(seed_articles: dict[str, Article]) -> str:
    """RSS 2.0: one entry with CDATA content:encoded, one with an entity-escaped description, one with a
    date no parser knows, one with nothing in it."""
    a, b = seed_articles["000"], seed_articles["001"]
    cdata = "".join(f"<p>{escape(p, quote=False)}</p>" for p in _paragraphs(a))
    escaped = escape("".join(f"<p>{escape(p, quote=False)}</p>" for p in _paragraphs(b)))
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Gaza Wire &amp; Co</title><link>https://wire.example/</link>
<item><title>Talks resume in Cairo &#8212; mediators push</title><link>https://wire.example/a</link>
<guid>wire-a</guid><pubDate>Mon, 26 Aug 2024 10:15:00 GMT</pubDate>
<description>Short teaser</description><content:encoded><![CDATA[{cdata}]]></content:encoded></item>
<item><title>Second &amp; last</title><link>https://wire.example/b</link>
<pubDate>the day after tomorrow</pubDate><description>{escaped}</description></item>
<item><title>Empty</title><link>https://wire.example/c</link></item>
</channel></rss>"""


def atom(seed_articles: dict[str, Article]) -> str:
    c = seed_articles["002"]
    body = "".join(f"<p>{escape(p, quote=False)}</p>" for p in _paragraphs(c))
    return f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Outlet</title><id>urn:x</id>
<updated>2024-08-27T08:00:00Z</updated>
<entry><title type="html">Hostage deal &lt;em&gt;stalls&lt;/em&gt;</title><id>urn:x:1</id>
<link href="https://atom.example/1"/><updated>2024-08-27T08:00:00Z</updated>
<content type="html">{escape(body)}</content></entry></feed>"""


def test_rss_entries_with_cdata_entities_and_bad_dates(tmp_path: Path, seed_articles: dict[str, Article]) -> None:
    path = tmp_path / "wire.rss"
    path.write_text(rss(seed_articles), encoding="utf-8")
    records = list(read_feed(path))
    assert [type(r) for r in records] == [RawDocument, RawDocument, Rejection]
    first, second, empty = records
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert first.title == "Talks resume in Cairo — mediators push"
    assert first.source == "Gaza Wire & Co" and first.url == "https://wire.example/a"
    assert first.external_id == "wire-a" and first.published == date(2024, 8, 26)
    assert first.path == f"{path}:1"
    assert second.published is None and second.title == "Second & last"
    assert "neither content nor summary" in empty.reason and empty.path == f"{path}:3"
    cleaned = clean_record(first)
    assert isinstance(cleaned, Article)
    # The CDATA body comes through paragraph by paragraph, as the seed article reads once cleaned.
    assert cleaned.text == seed_articles["000"].text
    cleaned2 = clean_record(second)
    assert isinstance(cleaned2, Article) and cleaned2.text == seed_articles["001"].text


def test_atom_html_content_and_suffix_registration(tmp_path: Path, seed_articles: dict[str, Article]) -> None:
    path = tmp_path / "outlet.atom"
    path.write_text(atom(seed_articles), encoding="utf-8")
    assert reader_for(path) is read_feed and reader_for(tmp_path / "x.xml") is read_feed
    (record,) = list(read_paths([path]))
    assert isinstance(record, RawDocument)
    assert record.title == "Hostage deal stalls"
    assert record.source == "Atom Outlet" and record.published == date(2024, 8, 27)
    assert record.text and seed_articles["002"].sentences[0].text in record.text


def test_bozo_feed_recovered_and_malformed_rejected(tmp_path: Path, seed_articles: dict[str, Article]) -> None:
    broken = tmp_path / "broken.rss"
    # An undeclared entity and a missing close tag: ill-formed XML that the lenient parser recovers.
    broken.write_text(rss(seed_articles).replace("Gaza Wire &amp; Co", "Gaza Wire &nbsp; Co").replace("</rss>", ""))
    records = list(read_feed(broken))
    assert sum(isinstance(r, RawDocument) for r in records) == 2
    garbage = tmp_path / "garbage.xml"
    garbage.write_text("<html><body><p>not a feed at all</p></body></html>")
    (rejection,) = list(read_feed(garbage))
    assert isinstance(rejection, Rejection) and rejection.path == str(garbage)
    binary = tmp_path / "binary.rss"
    binary.write_bytes(b"\x00\x01<rss" * 50)
    (rejection,) = list(read_feed(binary))
    assert isinstance(rejection, Rejection) and rejection.reason
    empty = tmp_path / "empty.atom"
    empty.write_bytes(b"")
    (rejection,) = list(read_feed(empty))
    assert isinstance(rejection, Rejection) and rejection.reason == "empty file"


def test_fragment_text_keeps_paragraphs_and_drops_scripts() -> None:
    html = "<div><p>One &amp; two.</p><script>var x=1;</script><p>Three<br>four</p></div>"
    assert fragment_text(html) == "One & two.\nThree\nfour"
    assert fragment_text("plain words") == "plain words"
