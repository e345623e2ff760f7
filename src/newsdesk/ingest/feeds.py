"""RSS and Atom feeds (saved files, or a folder of them): one entry, one ``RawDocument``.

feedparser (Universal Feed Parser) does the format work: RSS 0.9x/1.0/2.0 and Atom, entities, CDATA, the
dozens of date formats found in the wild, and a lenient fallback parser for ill-formed XML. A feed that is
ill-formed (feedparser's "bozo" flag) still loads when the lenient parser recovered entries; when it
recovered none, the file is a ``Rejection`` naming the parser's reason.

Entry bodies in feeds are HTML *fragments* of the article (``content:encoded``, Atom ``content``, or the
``description``/``summary``), not whole pages: there is no navigation or footer to strip, and page
extractors drop short fragments as boilerplate. So the fragment's text is taken here, block elements
becoming line breaks, and cleaning takes it from there like any plain-text article.

Memory: feedparser parses one file at a time, so memory is bounded by the largest feed file, which is
capped (``_MAX_FEED_BYTES``); entries are yielded one by one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import feedparser
import lxml.etree
import lxml.html

from newsdesk.config import get_settings
from newsdesk.errors import InputError
from newsdesk.model import RawDocument, Rejection

from . import register_reader
from .dates import parse_date
from .decode import read_bytes_limited

# A saved feed holds tens to a few hundred entries; a feed file is allowed ten maximum-size records.
_FEED_RECORDS = 10
_BLOCK_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section", "article"}
_SPACES = re.compile(r"[ \t\r\f\v]+")
_HTML_TYPES = ("text/html", "application/xhtml+xml")
# A reference to an entity the feed declares itself: feedparser never expands those (no "billion laughs", no
# external entity read), so the reference stays in the text as it was written.
_ENTITY_REF = re.compile(r"&[A-Za-z_][\w.-]*;")


def fragment_text(fragment: str) -> str:
    """Text of an HTML fragment, one line per block element (paragraphs stay paragraphs)."""
    if "<" not in fragment:
        return fragment.strip()
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return ""
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for element in root.iter():
        if isinstance(element.tag, str) and element.tag.lower() in _BLOCK_TAGS:
            element.tail = "\n" + (element.tail or "")
            if element.tag.lower() != "br":
                element.text = "\n" + (element.text or "")
    lines = (_SPACES.sub(" ", line).strip() for line in root.text_content().split("\n"))
    return "\n".join(line for line in lines if line)


def _entry_date(entry: Any) -> date | None:
    """Published, else updated; feedparser's parsed tuple first, our parser on the raw string second."""
    for key in ("published", "updated", "created"):
        parsed = dict.get(entry, f"{key}_parsed")  # plain get: no deprecated published↔updated aliasing
        if parsed:
            try:
                return date(*parsed[:3])
            except (TypeError, ValueError):
                pass
        raw = dict.get(entry, key)
        if raw:
            found = parse_date(str(raw))
            if found:
                return found
    return None


def _entry_body(entry: Any) -> str:
    """Full content when the feed carries it, else the summary; plain-text bodies are kept as they are."""
    candidates = [c for c in entry.get("content") or [] if c.get("value")]
    if entry.get("summary_detail") and entry.get("summary"):
        candidates.append(entry["summary_detail"] | {"value": entry["summary"]})
    for candidate in candidates:
        value = str(candidate.get("value") or "")
        kind = str(candidate.get("type") or "text/html")
        text = fragment_text(value) if kind in _HTML_TYPES else value.strip()
        if text:
            return text
    return ""


def _entry_title(entry: Any) -> str | None:
    """Atom titles may be HTML (``type="html"``): the headline is their text."""
    title = str(entry.get("title") or "")
    if (entry.get("title_detail") or {}).get("type") in _HTML_TYPES:
        title = fragment_text(title).replace("\n", " ")
    return _optional(title)


def _optional(value: Any) -> str | None:
    text = str(value).strip() if value is not None else ""
    return text or None


def read_feed(path: Path) -> Iterator[RawDocument | Rejection]:
    try:
        data = read_bytes_limited(path, get_settings().max_record_bytes * _FEED_RECORDS)
    except InputError as exc:
        yield Rejection(exc.path, exc.reason)
        return
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            reason = str(parsed.get("bozo_exception") or "not a feed").splitlines()[0]
            yield Rejection(str(path), f"malformed feed: {reason}")
        elif parsed.get("version"):
            yield Rejection(str(path), "feed has no entries")
        else:
            yield Rejection(str(path), "not an RSS or Atom feed")
        return
    source = _optional(parsed.feed.get("title"))
    for number, entry in enumerate(entries, start=1):
        where = f"{path}:{number}"
        body = _entry_body(entry)
        if not body:
            yield Rejection(where, "feed entry has neither content nor summary")
            continue
        if not _ENTITY_REF.sub("", body).strip():  # "&lol9;" was stored as a 6-character article
            refs = " ".join(dict.fromkeys(_ENTITY_REF.findall(body)))[:80]
            yield Rejection(
                where, f"feed entry text is only entity references the feed declares ({refs}), never expanded"
            )
            continue
        yield RawDocument(
            path=where,
            text=body,
            external_id=_optional(entry.get("id")),
            url=_optional(entry.get("link")),
            title=_entry_title(entry),
            source=source,
            published=_entry_date(entry),
            author=_optional(entry.get("author")),
        )


for _suffix in (".rss", ".atom", ".xml"):
    register_reader(_suffix, read_feed)
