"""Metadata that text input carries inside the text: date headers, bylines and the outlet's credit lines.

Each finder returns what it found and the text without it, so the header never reaches the article body.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlsplit

from newsdesk.ingest.dates import parse_date

MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|"
    r"Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE_VALUE = (
    r"(?P<value>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
    rf"|{MONTH}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{MONTH},?\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{4}})"
)
# "date 2024-08-26", "Published: Aug 26, 2024", "Updated - 26 August 2024 10:15 IST" at the very start,
# possibly run into the lead on the same line.
_DATE_HEADER = re.compile(
    rf"^\s*(?:date|dated|published(?: on)?|posted(?: on)?|updated(?: on)?|last updated)\s*[:\-–—]?\s*"
    rf"{_DATE_VALUE}(?:\s*(?:\d{{1,2}}:\d{{2}}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{{2,4}})?))?\s*[|,;]?\s*",
    re.IGNORECASE,
)
_BYLINE = re.compile(r"^\s*By\s+(?P<author>[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3})\s*(?:[,|]\s*(?P<src>.+))?$")

# Credit lines naming the publisher or the wire service (source of the article, not of a photo).
_SOURCE_CREDITS = (
    re.compile(r"not been edited by (?P<src>[A-Z][\w&.\- ]{1,40}?) staff"),
    re.compile(r"^\(?\s*with inputs from (?P<src>[A-Z][\w&.\- ]{1,40}?)\s*\)?\.?$", re.IGNORECASE | re.MULTILINE),
)

# A wire or network dateline opening the body: "WASHINGTON (Reuters) - ", "TRIPOLI, March 2 (Reuters) - ",
# "United Nations (CNN) -- ". Saved pages run a header into it on the same line: a photo caption, a byline and
# the filing stamp ("By Maggie Fox WASHINGTON | Mon Mar 2, 2009 4:23 pm EST WASHINGTON (Reuters) - ").
AGENCIES = r"Reuters|AP|AFP|CNN|BBC|UPI|Bloomberg|dpa|Xinhua|IANS|PTI"
_DATELINE = re.compile(rf"(?:[A-Z][\w.'’-]*|\d{{1,2}}),?\s*\((?P<src>{AGENCIES})\)\s*(?:-{{1,2}}|—|–)\s+")
DATELINE_REACH = 600  # characters: a caption, a byline and a stamp fit; a body does not start later than this
_STAMP = re.compile(rf"\|\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+{_DATE_VALUE}")


def split_date_header(text: str) -> tuple[date | None, str, str | None]:
    """A leading date header → (date, text without it, the header as written)."""
    match = _DATE_HEADER.match(text)
    if not match:
        return None, text, None
    found = parse_date(match.group("value"))
    if found is None:
        return None, text, None
    return found, text[match.end() :], match.group(0).strip()


def split_dateline(text: str) -> tuple[str | None, str, str | None, date | None]:
    """A dateline in the first ``DATELINE_REACH`` characters → (agency, text without it and the header its line
    runs into it, what was removed, the date of a filing stamp in that header)."""
    match = _DATELINE.search(text, 0, DATELINE_REACH)
    if not match:
        return None, text, None, None
    line_start = text.rfind("\n", 0, match.start()) + 1
    removed = text[line_start : match.end()]
    stamp = _STAMP.search(removed)
    stamped = parse_date(stamp.group("value")) if stamp else None
    return match.group("src"), text[:line_start] + text[match.end() :], removed.strip(), stamped


def split_byline(lines: list[str]) -> tuple[str | None, list[str], str | None]:
    """A "By Name" line among the first lines → (author, remaining lines, removed line)."""
    for index, line in enumerate(lines[:4]):
        match = _BYLINE.match(line)
        if match and len(line.split()) <= 10:
            return match.group("author"), lines[:index] + lines[index + 1 :], line
    return None, lines, None


def source_from_credits(text: str) -> str | None:
    for pattern in _SOURCE_CREDITS:
        match = pattern.search(text)
        if match:
            return match.group("src").strip()
    return None


def source_from_url(url: str | None) -> str | None:
    """``https://www.ndtv.com/world-news/...`` → ``ndtv.com``."""
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname or ""
    except ValueError:  # "[::bad]" and similar: not a URL we can name an outlet from
        return None
    host = host.lower().removeprefix("www.").removeprefix("m.").removeprefix("amp.")
    return host or None
