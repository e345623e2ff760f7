"""Rules for calendar expressions: full dates, month and year, years, decades, weekdays, holidays, clock times."""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from newsdesk.clean.boilerplate import entry_stamps

from .anchor import bare_weekday, looks_future, month_year, tense, valid_date, weekday_date
from .endpoints import last_month_year, runs_on
from .given_names import not_a_month, paper_name
from .grammar import (
    DAY,
    DIGIT,
    MONTH,
    MONTH_WORDS,
    WEEKDAY,
    WEEKDAY_WORDS,
    YEAR,
    Context,
    Norm,
    Rule,
    month_number,
    reported_event,
    rule,
    weekday_number,
)
from .lexicon import PARTS_OF_DAY
from .previous_day import ahead_of

MODIFIER = r"(?:(?P<mod>early|late|mid|the end of|the beginning of|the start of|the middle of|end-|mid-)\s*)"
REL_YEAR = r"(?:,?\s+(?P<rel>last|this|next) year)"
# A day heading a chronology entry ("March 5 - The council meets in Benghazi", "10 June: Turkish PM condemns
# ..."): entries are written in the historical present, so the entry's present tense ("meets", "closes") is not
# a schedule and the day is read as reported, like any untensed day of news.
ENTRY_HEAD = re.compile(r"\s*(?:-{1,2}|–|—|:)\s+(?=[\"“]?[A-Z])")  # the separator after the day


def _year_of(match: re.Match[str], ctx: Context, month: int, day: int | None) -> tuple[int | None, str | None]:
    """Explicit year, 'last year', or the anchor year chosen by tense; (None, relation) without an anchor."""
    if match.groupdict().get("year"):
        return int(match.group("year")), None
    rel = (match.groupdict().get("rel") or "").lower()
    offset = {"last": -1, "this": 0, "next": 1}.get(rel)
    if ctx.anchor is None:
        return None, f"year {offset:+d}" if offset is not None else "nearest year"
    if offset is not None:
        return ctx.anchor.year + offset, None
    future = tense(ctx.text, match.start(), match.end()) and not ENTRY_HEAD.match(ctx.text, match.end())
    pre = (match.groupdict().get("pre") or "").lower()
    if pre:
        future = pre in {"next", "this coming"}
    if day is None:
        return month_year(ctx.anchor, month, future), None
    # A day within a week either side of the anchor is this year's whatever the tense.
    this_year = ctx.anchor.year
    if valid_date(this_year, month, day):
        delta = (date(this_year, month, day) - ctx.anchor).days
        # "since Oct. 7" counts from a past date, whatever the tense of the clause.
        since = ctx.text[max(0, match.start() - 10) : match.start()].lower().endswith(("since ", "since the "))
        if (delta > 60 and future is False) or (delta > 0 and (since or pre in {"last", "this past"})):
            return this_year - 1, None
        if (delta < -60 and future) or (pre in {"next", "this coming"} and delta < 0):
            return this_year + 1, None
    return this_year, None


def _full_date(match: re.Match[str], ctx: Context) -> Norm | None:
    month = month_number(match)
    if month is None:
        return None
    day = int(match.groupdict().get("day") or match.group("cday"))
    if day == 0 or day > 31:
        return None
    year, relation = _year_of(match, ctx, month, day)
    if year is None:
        return Norm("DATE", f"XXXX-{month:02d}-{day:02d}", relation)
    if not valid_date(year, month, day):
        return Norm("DATE", None, f"impossible date: {year}-{month:02d}-{day:02d}")
    if match.groupdict().get("week"):
        iso = date(year, month, day).isocalendar()
        return Norm("DATE", f"{iso[0]}-W{iso[1]:02d}")
    return Norm("DATE", f"{year:04d}-{month:02d}-{day:02d}")


_PRE = r"(?:(?P<week>the week of)\s+|(?P<pre>last|this past|this coming|next)\s+)?"
_YEAR_TAIL = rf"(?:,?\s+{YEAR}|{REL_YEAR})?"
full_date = rule("full_date", rf"{_PRE}(?:{WEEKDAY},?\s+)?{MONTH}\s+{DAY}{_YEAR_TAIL}", needs=MONTH_WORDS)(_full_date)
full_date_dmy = rule(
    "full_date_dmy", rf"{_PRE}(?:{WEEKDAY},?\s+)?{DAY}\s+(?:of\s+)?{MONTH}{_YEAR_TAIL}", needs=MONTH_WORDS
)(_full_date)


@rule("iso_date", r"(?P<year>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)", needs=DIGIT)
def iso_date(match: re.Match[str], ctx: Context) -> Norm | None:
    year, month, day = int(match.group("year")), int(match.group("m")), int(match.group("d"))
    if not valid_date(year, month, day):
        return Norm("DATE", None, f"impossible date: {match.group(0)}")
    return Norm("DATE", f"{year:04d}-{month:02d}-{day:02d}")


@rule("us_date", r"(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<year>(?:19|20)?\d\d)", needs=DIGIT)
def us_date(match: re.Match[str], ctx: Context) -> Norm | None:
    month, day, year = int(match.group("m")), int(match.group("d")), int(match.group("year"))
    if year < 100:
        year += 2000 if year < 50 else 1900
    if not valid_date(year, month, day):
        return Norm("DATE", None, f"impossible date: {match.group(0)}")
    return Norm("DATE", f"{year:04d}-{month:02d}-{day:02d}")


@rule("month_year", rf"{MODIFIER}?{MONTH},?\s+(?:of\s+)?{YEAR}", needs=MONTH_WORDS)
def month_year_rule(match: re.Match[str], ctx: Context) -> Norm | None:
    month = month_number(match)
    if month is None:
        return None
    return Norm("DATE", f"{match.group('year')}-{month:02d}")


# A bare month needs capitals, and May/March also a preposition or modifier before them (modal "may").
_PREPOSITION = re.compile(
    r"(?:\b(?:in|since|by|of|until|till|through|from|during|before|after|to|and|or|between|for|last|this|next|"
    r"early|late|mid|end|since|until)\s+|mid-)$",
    re.IGNORECASE,
)


# "by" a month is a deadline or a point reached, named without a year only within the year of writing or ahead:
# "their president has agreed to go by September" (February 2011), "doses of a vaccine by December" (May 2009), "report
# back by the end of November" (September 2011) were read as last year's by the past tense of their clause. The
# deadline may still lie across New Year when the clause looks forward; a past clause keeps this year's month ("by
# March, his name was already being uttered", June 2011). A sentence opening on "By December," sets the scene of a
# story told in the past ("By December, when we were looking down the road, California stuck out", June 2016: last
# December), so only a lower-case "by" counts.
_BY = re.compile(r"\bby\s+$")


@rule(
    "month",
    rf"(?:(?P<rel>last|this|next|this past|this coming)\s+)?{MODIFIER}?{MONTH}(?!\s+\d)"
    rf"(?:,?\s+(?P<relyear>last|this|next) year)?",
    needs=MONTH_WORDS,
)
def month_rule(match: re.Match[str], ctx: Context) -> Norm | None:
    month = month_number(match)
    if month is None or not_a_month(match, ctx):
        return None
    word = match.group("month").rstrip(".").lower()
    if word in {"may", "march", "jan", "mar", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "feb", "apr"} or (
        match.group("month").endswith(".")
    ):
        before = ctx.text[max(0, match.start() - 12) : match.start()]
        if not (match.group("rel") or match.group("mod") or _PREPOSITION.search(before)):
            return None
    rel = (match.group("rel") or "").lower()
    if ctx.anchor is None:
        return Norm("DATE", f"XXXX-{month:02d}", f"{rel or 'nearest'} month {month}")
    anchor = ctx.anchor
    if match.group("relyear"):
        year = anchor.year + {"last": -1, "this": 0, "next": 1}[match.group("relyear").lower()]
    elif rel == "last":
        year = last_month_year(anchor, month, ctx.text, match.start())
    elif rel == "this past":
        year = anchor.year - 1 if month >= anchor.month else anchor.year
    elif rel in {"next", "this coming"}:
        year = anchor.year + 1 if month <= anchor.month else anchor.year
    elif rel == "this":
        year = anchor.year
    else:
        future: bool | None = tense(ctx.text, match.start(), match.end())
        if future is False and _BY.search(ctx.text, max(0, match.start() - 4), match.start()):
            future = None  # a point reached "by" a month is not a month of last year (see ``_BY``)
        elif future is False and runs_on(ctx.text, match.start(), match.end()):
            future = True  # "stepping down until September" (see ``endpoints``)
        year = month_year(anchor, month, future)
    return Norm("DATE", f"{year:04d}-{month:02d}")


# Numbers that look like years but count things.
_COUNTED = re.compile(
    r"\s*(?:%|percent|per\b|people|troops|points|shares|miles|feet|meters|metres|acres|tons|workers|employees|"
    r"members|units|cars|students|jobs|soldiers|dollars|yen|barrels|homes|votes|hours|days|km|kilometers|to\s+\d)",
    re.IGNORECASE,
)


# A four-digit 24-hour clock time is no year: a converted time in brackets ("12:44 p.m. (1944 in Egypt)", "(1403
# GMT)"), or the stamp heading each entry of a live page ("1646 According to the New Scientist magazine, …", "2044 A
# company in Miami …"; BBC, Timeline17 haiti_bbc). Cleaning cuts the entry stamps (``clean.boilerplate.entry_stamps``
# says which four digits are one); text that was not cleaned may still carry them (98 bracketed times on Timeline17
# dev).
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_BRACKETED_TIME = re.compile(
    r"\s*(?:in\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*|GMT|UTC|BST|CET|EST|EDT|ET|local(?:\s+time)?)\)"
)


@lru_cache(maxsize=4)
def _stamp_starts(text: str) -> frozenset[int]:
    return frozenset(m.start(1) for m in entry_stamps(text))


def _clock_time(match: re.Match[str], ctx: Context) -> bool:
    """Whether the four digits of ``match`` are a clock time: bracketed with a zone, or a live page's stamp."""
    start, end = match.span()
    if not _CLOCK.fullmatch(match.group(0)):
        return False
    if start and ctx.text[start - 1] == "(" and _BRACKETED_TIME.match(ctx.text, end):
        return True
    return start in _stamp_starts(ctx.text)


@rule(
    "year",
    rf"{MODIFIER}?(?:(?P<fiscal>fiscal|calendar|the year|the fiscal year)\s+)?{YEAR}(?P<decade>'?s)?"
    r"|(?P<mod2>early|late|mid-?)?\s*(?:the\s+)?'(?P<yy>\d)0s",
    needs=DIGIT,
)
def year_rule(match: re.Match[str], ctx: Context) -> Norm | None:
    if match.group("yy"):
        if ctx.anchor is None:
            return Norm("DATE", f"XX{match.group('yy')}", "decade of an unknown century")
        century = ctx.anchor.year // 100
        return Norm("DATE", f"{century:02d}{match.group('yy')}")
    if _COUNTED.match(ctx.text, match.end()) or _clock_time(match, ctx):
        return None
    before = ctx.text[max(0, match.start() - 2) : match.start()]
    if before.endswith(("$", "No", "# ")):
        return None
    year = match.group("year")
    if match.group("decade"):
        return Norm("DATE", year[:3])
    return Norm("DATE", year)


_PART = r"(?:\s+(?P<part>morning|afternoon|evening|night|overnight))"


_LAST_WEEK = re.compile(r"\s+(?:of\s+)?last\s+week\b", re.IGNORECASE)
# A call for a protest names a day to come, whatever the tense of the call: "two leading opposition figures called for
# a rally Monday" on Friday 2011-02-11 is the 14th (rules.v4: the 7th, against "a rally on February 14" of the same
# page); "a Facebook page has surfaced calling for a protest Thursday in Yemen" (Monday 2011-01-31) is 3 February.
_CALLED_FOR = re.compile(
    r"\bcall(?:ed|s|ing)?\s+for\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?(?:protests?|rally|rallies|demonstrations?|"
    r"strikes?|march(?:es)?|sit-ins?|boycotts?|vigils?|day of rage)\s+(?:on\s+|after\s+|this\s+)?$",
    re.IGNORECASE,
)


_PROTEST = re.compile(r"\s+(?:protests?|rally|rallies|demonstrations?|strikes?|march(?:es)?|sit-ins?|vigils?)\b", re.I)
_CALL_FOR = re.compile(r"\bcall(?:ed|s|ing)?\s+for\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)


def _called_for(text: str, match: re.Match[str]) -> bool:
    """Whether the weekday of ``match`` is the day of a protest someone calls for (see ``_CALLED_FOR``); also "calls
    for Friday protests"."""
    start = match.start()
    if _CALLED_FOR.search(text, max(0, start - 80), start):
        return True
    return bool(_CALL_FOR.search(text, max(0, start - 30), start) and _PROTEST.match(text, match.end()))


@rule(
    "weekday",
    rf"(?:(?P<rel>last|this|next|this past|this coming|early|late)\s+)?{WEEKDAY}{_PART}?",
    needs=WEEKDAY_WORDS,
)
def weekday_rule(match: re.Match[str], ctx: Context) -> Norm | None:
    weekday = weekday_number(match)
    if weekday is None or paper_name(ctx.text, match.end()):
        return None
    rel = (match.group("rel") or "").lower()
    part = PARTS_OF_DAY.get((match.group("part") or "").lower())
    # TimeBank annotates "Monday morning" as a DATE whose value keeps the part of day.
    kind = "DATE"
    suffix = f"T{part}" if part else ""
    if ctx.anchor is None:
        return Norm(kind, f"XXXX-WXX-{weekday}{suffix}", f"{rel or 'nearest'} weekday {weekday}")
    if rel == "last":
        day = last_week_day(ctx.anchor, weekday)
    elif rel == "this past":
        day = weekday_date(ctx.anchor - timedelta(days=1), weekday, future=False)
    elif rel in {"next", "this coming"}:
        day = weekday_date(ctx.anchor + timedelta(days=1), weekday, future=True)
    else:
        future = looks_future(ctx.text, match.start(), match.end()) and not reported_event(ctx.text, match.end())
        future = future or _called_for(ctx.text, match) or ahead_of(ctx.text, match.start(), match.end())
        if _LAST_WEEK.match(ctx.text, match.end()):  # "on Wednesday to Friday last week"
            day = weekday_date(ctx.anchor - timedelta(days=1), weekday, future=False)
        else:
            day = bare_weekday(ctx.anchor, weekday, future)
    return Norm(kind, day.isoformat() + suffix)


def last_week_day(anchor: date, weekday: int, sunday_week: bool = True) -> date:
    """ "last Tuesday" (v9): the Tuesday of the calendar week (Monday to Sunday) before the anchor's, not the latest
    Tuesday before it. News says "yesterday" or "on Tuesday" for a day of its own week: Timeline17 haiti_bbc's pages of
    Wednesday 20 to Sunday 24 January 2010 tell of "last Tuesday's earthquake", the 12th, which v8 read as the 19th.
    Where the latest such weekday is in the week before, the two readings agree, as on all six "last <weekday>" of
    TempEval-3 dev (on a Monday, Tuesday or Wednesday: "last Friday" on Tuesday 11 August 1998 is the 7th, "last
    Wednesday" on Wednesday 1 November 1989 the 25th of October).
    v10 (``sunday_week``): on a Sunday, the week a page looks back on is the one that Sunday ends, so "last
    Wednesday" is four days before, not eleven; "last Saturday" (yesterday would be "yesterday") and "last Sunday" stay
    the week before's. Read on every "last <weekday>" of the nine Timeline17 dev topics' Sunday pages: 6 of 7 right
    (v9: 4), the one wrong "last Tuesday's earthquake" on haiti_bbc's page of Sunday 24 January 2010 (the 12th, twelve
    days before); "watched history being made last Friday" (Mubarak's fall, 11 February 2011, page of the 13th),
    "before last Tuesday" (the 25 January 2011 protests, page of the 30th) and Biden "arrived in the country last
    Wednesday" (17 August 2011, page of the 21st) were read a week early by v9. ``sunday_week=False``: v9."""
    if sunday_week and anchor.isoweekday() == 7 and weekday <= 5:
        return anchor - timedelta(days=7 - weekday)
    monday = anchor - timedelta(days=anchor.isoweekday() - 1)
    return monday - timedelta(days=7) + timedelta(days=weekday - 1)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th (1-based; -1 = last) given weekday (1 = Monday) of a month."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.isoweekday()) % 7 + 7 * (n - 1))
    last = date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.isoweekday() - weekday) % 7)


def _holiday(name: str, year: int) -> date:
    fixed = {
        "christmas eve": (12, 24),
        "christmas": (12, 25),
        "christmas day": (12, 25),
        "new year's eve": (12, 31),
        "new year's day": (1, 1),
        "independence day": (7, 4),
        "valentine's day": (2, 14),
        "halloween": (10, 31),
    }
    if name in fixed:
        return date(year, *fixed[name])
    if name.startswith("thanksgiving"):
        return _nth_weekday(year, 11, 4, 4)
    if name == "labor day":
        return _nth_weekday(year, 9, 1, 1)
    if name == "memorial day":
        return _nth_weekday(year, 5, 1, -1)
    return _nth_weekday(year, 11, 1, 1) + timedelta(days=1)  # election day: Tuesday after the first Monday


@rule(
    "holiday",
    r"(?:(?P<rel>last|this|next)\s+)?(?P<name>christmas(?: eve| day)?|new year's (?:eve|day)|thanksgiving(?: day)?|"
    r"independence day|valentine's day|halloween|labor day|memorial day|election day)"
    rf"(?:,?\s+{YEAR})?",
    needs=frozenset(
        {"christmas", "year", "thanksgiving", "independence", "valentine", "halloween", "labor", "memorial", "election"}
    ),
)
def holiday_rule(match: re.Match[str], ctx: Context) -> Norm | None:
    if not match.group("name")[0].isupper():
        return None
    name = match.group("name").lower()
    if match.group("year"):
        return Norm("DATE", _holiday(name, int(match.group("year"))).isoformat())
    if ctx.anchor is None:
        return Norm("DATE", None, f"{match.group('rel') or 'nearest'} {name}")
    rel = (match.group("rel") or "").lower()
    anchor = ctx.anchor
    this_year = _holiday(name, anchor.year)
    if rel == "last":
        year = anchor.year - 1 if this_year >= anchor else anchor.year
    elif rel == "next":
        year = anchor.year + 1 if this_year <= anchor else anchor.year
    elif this_year > anchor and not looks_future(ctx.text, match.start(), match.end()):
        year = anchor.year - 1
    else:
        year = anchor.year
    return Norm("DATE", _holiday(name, year).isoformat())


_DAYWORD = (
    rf"(?:,?\s+(?:on\s+)?(?:{WEEKDAY}|(?P<dayword>today|yesterday|tomorrow|tonight)|{MONTH}\s+(?P<cday>[0-3]?\d)\b))"
)
_TZ = r"(?:\s+(?:[ECMP][SD]T|GMT|UTC))"


@rule(
    "clock",
    r"(?:(?P<h>[01]?\d)(?::(?P<m>[0-5]\d))?\s*(?P<ampm>a\.m\.?|p\.m\.?|am\b|pm\b)(?!\w)"
    r"|(?P<h24>[01]?\d|2[0-3]):(?P<m24>[0-5]\d)(?:\s+(?:hours|GMT|UTC))?"
    rf"|(?P<noon>noon|midnight|midday)){_TZ}?{_DAYWORD}?",
    needs=DIGIT | {"noon", "midnight", "midday"},
)
def clock_rule(match: re.Match[str], ctx: Context) -> Norm | None:
    if match.group("noon"):
        hour, minute = (0, 0) if match.group("noon").lower() == "midnight" else (12, 0)
    elif match.group("h24"):
        hour, minute = int(match.group("h24")), int(match.group("m24"))
    else:
        hour, minute = int(match.group("h")), int(match.group("m") or 0)
        if hour == 0 or hour > 12:
            return None
        is_pm = match.group("ampm").lower().startswith("p")
        hour = hour % 12 + (12 if is_pm else 0)
    clock = f"T{hour:02d}:{minute:02d}"
    weekday = weekday_number(match) if match.group("weekday") else None
    dayword = (match.group("dayword") or "").lower()
    if ctx.anchor is None:
        fallback = f"XXXX-WXX-{weekday}{clock}" if weekday else f"XXXX-XX-XX{clock}"
        return Norm("TIME", fallback, dayword or "same day as the anchor")
    if match.group("cday"):
        on_date = _full_date(match, ctx)  # "5 p.m. EST Nov. 9": the date part decides the day
        if on_date is None or on_date.value is None:
            return on_date
        return Norm("TIME", on_date.value + clock)
    if weekday:
        day = bare_weekday(ctx.anchor, weekday, looks_future(ctx.text, match.start(), match.end()))
    else:
        day = ctx.anchor + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(dayword, 0))
    return Norm("TIME", day.isoformat() + clock)


RULES: tuple[Rule, ...] = (
    full_date,
    full_date_dmy,
    iso_date,
    us_date,
    month_year_rule,
    month_rule,
    year_rule,
    weekday_rule,
    holiday_rule,
    clock_rule,
)
