"""Main text and metadata of an HTML page, via trafilatura (the best-scoring open extractor on news pages).

Comments are left out: reader comments are not the article, and without them trafilatura scores higher on
the scrapinghub benchmark (see docs/benchmarks.md).
"""

from __future__ import annotations

import contextlib
import logging
from dataclasses import dataclass
from datetime import date
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


def _past_depth_limit(html: str) -> bool:
    """libxml2 stops building the tree 256 elements deep, so hostile or broken nesting hides the text under it; on
    the failure path only (a second parse), so the reason names the cause instead of "no article text"."""
    parser = lxml_html.HTMLParser()
    with contextlib.suppress(etree.ParserError, ValueError):
        lxml_html.document_fromstring(html, parser=parser)
    return any(error.type == etree.ErrorTypes.ERR_RESOURCE_LIMIT for error in parser.error_log)
