"""Main text and metadata of an HTML page, via trafilatura (the best-scoring open extractor on news pages).

Comments are left out: reader comments are not the article, and without them trafilatura scores higher on
the scrapinghub benchmark (see docs/benchmarks.md).
"""

from __future__ import annotations

import contextlib
import logging
import re
from dataclasses import dataclass
from datetime import date
from html.entities import html5
from typing import Any

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from newsdesk.config import get_settings
from newsdesk.errors import InputError
from newsdesk.ingest.dates import parse_date
from newsdesk.limits import TimeLimitExceeded, time_limit

# trafilatura logs an ERROR for every page it finds empty; newsdesk reports those as rejections itself.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

# A DOCTYPE with an internal subset (``<!DOCTYPE html [<!ENTITY b "…">]>``), in the page's prolog. HTML has no such
# subset: the HTML parser ends the DOCTYPE at its first ">", so "]>" (and the rest of the subset) became text, and the
# entities it declares were never expanded, so their references ("&b;", "&xxe;") stayed in the text as written.
# Quoted values may hold "]" or ">"; the alternatives consume distinct characters and never give back (possessive), so
# an unclosed subset fails in one linear scan.
_PROLOG = re.compile(r"\A(?:\ufeff)?(?:\s++|<\?[^>]*\?>|<!--.*?-->)*+", re.DOTALL)
_SUBSET_DOCTYPE = re.compile(
    r"<!DOCTYPE(?P<head>[^\[>]*)\[(?P<subset>(?:\"[^\"]*\"|'[^']*'|<!--.*?-->|[^\]\"'<]++|<(?!--))*+)\]\s*>",
    re.IGNORECASE | re.DOTALL,
)
_DECLARED = re.compile(r"<!ENTITY\s+(?!%)([A-Za-z_:][\w.:-]*)")

# libxml2's default depth limit (without XML_PARSE_HUGE): elements deeper are not built.
MAX_DEPTH = 256


@dataclass(frozen=True, slots=True)
class ExtractedPage:
    text: str
    title: str | None
    published: date | None
    author: str | None
    site: str | None
    url: str | None


def extract_html(html: str, path: str, url: str | None = None) -> ExtractedPage:
    """Article body and metadata; ``InputError`` when the page holds no article text."""
    html, declared = drop_internal_subset(html)
    try:
        with time_limit(get_settings().html_timeout_s):
            doc = trafilatura.bare_extraction(
                html,
                url=url,
                include_comments=False,
                include_tables=True,
                with_metadata=True,
                deduplicate=False,
            )
    except TimeLimitExceeded as exc:
        raise InputError(path, f"HTML parsing {exc}; page refused") from exc
    except (ValueError, TypeError, RecursionError) as exc:
        raise InputError(path, f"cannot parse HTML: {exc}") from exc
    fields: dict[str, Any] = {} if doc is None else doc if isinstance(doc, dict) else doc.as_dict()
    text = fields.get("text") or ""
    if declared:
        text = re.sub("[ \t]*&(?:" + "|".join(map(re.escape, declared)) + ");", "", text)
    if not text.strip():
        if _past_depth_limit(html):
            raise InputError(
                path, f"no article text found: the HTML nests deeper than the parser's limit of {MAX_DEPTH} elements"
            )
        raise InputError(path, "no article text found in the HTML page")
    return ExtractedPage(
        text=text,
        title=fields.get("title") or None,
        published=parse_date(fields["date"]) if fields.get("date") else None,
        author=fields.get("author") or None,
        site=fields.get("sitename") or None,
        url=fields.get("url") or url or None,
    )


def drop_internal_subset(html: str) -> tuple[str, list[str]]:
    """The page without its DOCTYPE's internal subset (the DOCTYPE kept as ``<!DOCTYPE html>``), and the names of
    the general entities the subset declared, whose references are then taken out of the extracted text; a name
    that is also an HTML character reference ("amp", "nbsp") is left to the parser, which reads it as HTML."""
    prolog = _PROLOG.match(html)
    at = prolog.end() if prolog else 0
    found = _SUBSET_DOCTYPE.match(html, at)
    if found is None:
        return html, []
    names = dict.fromkeys(n for n in _DECLARED.findall(found["subset"]) if f"{n};" not in html5)
    return f"{html[:at]}<!DOCTYPE{found['head'].rstrip()}>{html[found.end() :]}", sorted(names, key=len, reverse=True)


def _past_depth_limit(html: str) -> bool:
    """libxml2 stops building the tree 256 elements deep, so hostile or broken nesting hides the text under it; on
    the failure path only (a second parse), so the reason names the cause instead of "no article text"."""
    parser = lxml_html.HTMLParser()
    with contextlib.suppress(etree.ParserError, ValueError):
        lxml_html.document_fromstring(html, parser=parser)
    return any(error.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT for error in parser.error_log)
