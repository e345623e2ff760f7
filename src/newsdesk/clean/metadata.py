"""Metadata that text input carries inside the text: date headers, bylines and the outlet's credit lines.

Each finder returns what it found and the text without it, so the header never reaches the article body.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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
AGENCIES = r"Reuters|AP|AFP|CNNMoney|CNN|BBC|UPI|Bloomberg|dpa|Xinhua|IANS|PTI"
# A place (or a day) before the parenthesis; or the parenthesis alone opening the text or following a header run
# into it ("(CNN) - President Barack Obama …", "By the CNN Wire Staff Report: Pilot refused to bomb, crashes (CNN) --").
_DATELINE = re.compile(
    rf"(?:(?:[A-Z][\w.'’-]*|\d{{1,2}}),?\s*|^\s*|(?<=\s))\((?P<src>{AGENCIES})\)\s*(?:-{{1,2}}|—|–)\s+"
)
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


# --- Inline headers: a page's date, byline and credit run into the lead of text-only input -------------------------
# "January 25, 2011 | By Amir Ahmed, CNN Demonstrators clash …", "By Bryony Jones for CNN Thai PM …",
# "Analysis: U.S. stuck … January 26, 2011 | By Elise Labott, CNN's Senior State Department Producer Two weeks …",
# "By Owen Bennett-Jones BBC News, Guvecci Refugees say …", "Susan Watts | 18:00 UK time, Saturday, 25 April 2009 …".
# Without line breaks the only evidence of where the header ends is its own shape, so every part is narrow: a name is
# two or three capitalised words, a credit names a known news organisation or ends in a job title, a place after
# "BBC News," is one word. What a rule cannot place stays in the body: a name's third word run into the lead
# ("By Ivan Watson and Moni Basu Thousands …" keeps "Thousands") rather than the lead losing a word.
OUTLETS = r"CNNMoney|CNN|BBC|Reuters|Associated Press|AP|AFP|Bloomberg|UPI|Xinhua"
# A broadcaster's language service or desk after its name: part of the credit, not of the lead.
_BBC_DESK = r"(?:\s+(?:News|World Service|Arabic|Persian|Russian|Monitoring|Mundo|Urdu|Turkish|Online))?"
_NAME_WORD = rf"(?!(?:{OUTLETS})\b)(?:[A-Z][A-Za-z'’-]*[a-z]|[A-Z]{{2}}(?=\s)|(?:al|el)-[A-Z][a-z]+)"
# "By Sunday President Obama had …", "By May Day …" open a sentence, not a byline.
_NOT_A_NAME = (
    rf"(?!(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|{MONTH}|The|This|That|Then|Now|Early|Late|Last|Next)\b)"
)
_PERSON = (
    rf"(?:(?:Dr|Prof)\.?\s+)?{_NOT_A_NAME}{_NAME_WORD}(?:\s+[A-Z]\.)?(?:\s+(?:de|van|von|da|di|du|bin|ibn|abu|al|el|le|la))?\s+{_NAME_WORD}"
    rf"(?:\s+{_NAME_WORD})??"  # lazy: "Mike Wooldridge World Affairs correspondent" names Mike Wooldridge
)
_PERSON_TWO = (
    rf"{_NOT_A_NAME}{_NAME_WORD}(?:\s+[A-Z]\.)?\s+{_NAME_WORD}"  # when nothing marks the end of a name, two words
)
_JOB = (
    r"(?:correspondent|producer|analyst|editor|writer|reporter|anchor|contributor|columnist|commentator|"
    r"bureau chief|staff writer|staff)"
)
_TITLE = rf"(?:(?!(?:{OUTLETS})\b)[A-Za-z][\w.-]*\s+){{0,5}}(?i:{_JOB})(?:\b|(?=[A-Z]))"  # "reporterFebruary 7"
_PLACE = (
    r"(?:in\s+)?(?:(?:northern|southern|eastern|western|central)\s+|(?:al|el)-)?[A-Z][\w'’-]*"
    r"(?:,\s*[A-Z][\w'’-]*(?=,|\s+[A-Z]))?"  # "Tripoli, Lebanon"
)
_OUTLET_CREDIT = rf"(?>(?:{OUTLETS}){_BBC_DESK})"  # atomic: "BBC News" is never cut to "BBC"
_CREDIT = (
    rf"(?:\s*,\s*|\s+--?\s+|\s+)(?:[Ss]pecial\s+to|[Ff]or)\s+{_OUTLET_CREDIT}"  # "Special to CNN", "for CNN"
    rf"|\s*,\s*{_OUTLET_CREDIT}(?:'s\s+{_TITLE}|\s+{_TITLE})?"  # ", CNN", ", CNN's Senior … Producer"
    rf"|,?\s+(?:{_TITLE},?\s+)?{_OUTLET_CREDIT}(?:\s+{_TITLE})?(?:,\s*{_PLACE}(?P<placed>))?"  # "BBC News, Beirut"
    rf"|,?\s+{_TITLE}(?:,\s*(?:{_OUTLET_CREDIT}|[A-Z]{{2,6}}\b))?"  # ", staff reporter", "Middle East analyst, LSE"
)
_PEOPLE = rf"(?:{_PERSON}(?:\s*,\s*{_PERSON})*(?:,?\s+and\s+{_PERSON})?)"
_PEOPLE_TWO = rf"(?:(?:{_PERSON}\s*,\s*)*(?:{_PERSON},?\s+and\s+)?{_PERSON_TWO})"
_STAFF = rf"the\s+(?:{OUTLETS})(?:\s+Wires?)?\s+[Ss]taff"
_STAMP_AFTER = (
    rf"(?:\s*{MONTH}\s+\d{{1,2}},\s+\d{{4}}:\s*\d{{1,2}}:\d{{2}}\s*[AP]M\s+ET"  # "February 1, 2011: 3:19 AM ET"
    rf"|\s+[A-Z][A-Z/ ,.-]*\|\s*(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\w*\s+{MONTH}\s+\d{{1,2}},\s+\d{{4}}"
    rf"\s+\d{{1,2}}:\d{{2}}\s*[ap]m\s+[A-Z]{{2,4}})?"  # "DAKAR | Wed May 11, 2011 7:57 am EDT"
)
_HEAD_DATE = rf"(?P<date>{MONTH}\s+\d{{1,2}},\s+\d{{4}})\s*\|\s*"
_CREDITED = re.compile(
    rf"(?P<head>[^\n]{{0,160}}?\s)??(?:{_HEAD_DATE})?(?:By|From)\s+(?:(?P<staff>{_STAFF})|(?P<people>{_PEOPLE})"
    rf"(?P<credit>{_CREDIT})){_STAMP_AFTER}\s+(?(placed)|(?=[\"“'‘(A-Z0-9]))",  # a place may run into the lead
)
# At the very start, a byline with nothing after the name: the name is two words.
_UNCREDITED = re.compile(
    rf"(?:{_HEAD_DATE})?By\s+(?P<people>{_PEOPLE_TWO}){_STAMP_AFTER}\s+(?!(?:{OUTLETS})\b)(?=[\"“'‘A-Z])",
)
# A blog's "Susan Watts | 18:00 UK time, Saturday, 25 April 2009".
_BLOG_STAMP = re.compile(
    rf"(?P<people>{_PERSON})\s*\|\s*\d{{1,2}}:\d{{2}}\s*(?:UK time|[AP]M),"
    rf"\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,\s*(?P<date>\d{{1,2}}\s+{MONTH}\s+\d{{4}})\s+(?=[\"“'‘A-Z])"
)
_OUTLET_IN = re.compile(rf"\b(?P<src>{OUTLETS})\b")
_SENTENCE_END = re.compile(r"(?<![A-Z])[.!]['\"”’]?\s+[A-Z]")


@dataclass(frozen=True, slots=True)
class InlineHeader:
    """What a header run into the lead says: its headline, date, author(s) and the outlet its credit names."""

    removed: str
    headline: str | None = None
    published: date | None = None
    author: str | None = None
    outlet: str | None = None


def _reads_as_headline(head: str) -> bool:
    """The text before a credited byline is a headline (or nothing) when no sentence ends inside it; otherwise it
    is body text and the byline after it is no header."""
    head = head.strip()
    return not (_SENTENCE_END.search(head) or head.endswith((".", "!")) or len(head.split()) > 20)


def split_inline_header(text: str) -> tuple[InlineHeader | None, str]:
    """A date/byline header opening the text, possibly run into the lead → (what it says, the text after it).

    The outlet is read only from a publisher's credit ("By X, CNN", "By X for CNN", "Special to CNN", "By X BBC
    News, Beirut", "By the CNN Wire Staff"); an author's other affiliation ("Middle East analyst, LSE") names none."""
    plain = _BLOG_STAMP.match(text) or _UNCREDITED.match(text)
    credited = _CREDITED.match(text) if plain is None or plain.re is _UNCREDITED else None
    if credited is not None and not _reads_as_headline(credited.group("head") or ""):
        credited = None
    match = credited or plain  # a credit, where there is one, decides where the header ends
    if match is None:
        return None, text
    groups = match.groupdict()
    headline = (groups.get("head") or "").strip() or None
    when = parse_date(groups["date"]) if groups.get("date") else None
    credit = groups.get("credit") or groups.get("staff") or ""
    outlet = _OUTLET_IN.search(credit)
    author = groups.get("people") or (re.sub(r"^the\s+", "", groups["staff"]) if groups.get("staff") else None)
    header = InlineHeader(
        removed=match.group(0).strip(),
        headline=headline,
        published=when,
        author=" ".join(author.split()) if author else None,
        outlet=outlet.group("src") if outlet else None,
    )
    return header, text[match.end() :]


# A broadcast transcript names its network in its staff's speaker labels: "CARL AZUZ, CNN STUDENT NEWS ANCHOR:",
# "BEN WEDEMAN, CNN SENIOR INTERNATIONAL CORRESPONDENT:". Read only where the text is a transcript (its notice, or a
# label opening the text), since a guest's or a quoted network's label elsewhere would name the wrong outlet.
_TRANSCRIPT_NOTICE = re.compile(r"\bTHIS IS A RUSH TRANSCRIPT\b")
_STAFF_LABEL = re.compile(
    r"(?:^|(?<=[\s.:]))[A-Z][A-Z'.-]+(?:\s+[A-Z][A-Z'.-]+){0,3},\s+(?P<src>CNN|BBC)\s+(?:[A-Z.]+\s+){0,4}"
    r"(?:ANCHOR|HOST|CORRESPONDENT|REPORTER)\s*:"
)
TRANSCRIPT_REACH = 3000  # characters: the show's first turns, where its anchor or correspondent is introduced


def outlet_from_transcript(text: str) -> str | None:
    """The network whose anchor or correspondent speaks in a broadcast transcript, else ``None``."""
    match = _STAFF_LABEL.search(text, 0, TRANSCRIPT_REACH)
    if match is None:
        return None
    if match.start() > 0 and not _TRANSCRIPT_NOTICE.search(text, 0, TRANSCRIPT_REACH):
        return None
    return match.group("src")
