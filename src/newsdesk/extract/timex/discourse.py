"""Document-level refinement: financial comparisons are read against the quarter under discussion.

HeidelTime anchors narrative expressions on the last mentioned date rather than the published date; the
same idea applied to earnings news: "profit rose 5% from a year ago", "the year-earlier quarter" and "the
1988 period" in a passage about quarterly results mean the quarter last mentioned (minus four quarters, or
in the named year), and "the latest period" means that quarter itself.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from .anchor import sentence_window
from .lexicon import YEAR_AGO
from .next_day import DAY_RULES, day_named, from_day

if TYPE_CHECKING:
    from . import TimexSpan

_YEAR_BACK = re.compile(rf"^(?:a year (?:ago|earlier|before)|(?:the\s+)?{YEAR_AGO})$", re.IGNORECASE)
_COMPARISON = re.compile(r"year-|year (?:ago|earlier|before)|last year|comparable", re.IGNORECASE)
_QUARTER_TALK = re.compile(r"\b(?:quarter|quarterly|period|three months)\b", re.IGNORECASE)
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_ORDINAL_QUARTER = re.compile(r"\s+(first|second|third|fourth)[ -]quarter\b", re.IGNORECASE)
_FISCAL = re.compile(r"\bfiscal\b", re.IGNORECASE)
_PERIOD = re.compile(r"\s+(?:period|quarter)\b", re.IGNORECASE)
# A results comparison: a money or percentage figure in the same sentence ("up 18% from $1.69 billion, or
# $7.03 a share, a year earlier"); TimeBank reads it against the quarter being reported however far back that
# quarter was named — unless the sentence is about a longer period ("For the nine months, ...").
_LONGER = re.compile(r"\b(?:nine|six|12|9|6) months\b|\bfirst half\b|\b(?:fiscal|full) year\b", re.IGNORECASE)
_MONTHS = re.compile(r"\b(?:nine|six|12|9|6) months\b|\bfirst half\b", re.IGNORECASE)
_FIGURES = re.compile(r"[$#%]|\b(?:cents?|million|billion|a share|percent)\b", re.IGNORECASE)
# About three sentences of newswire (a sentence averages ~150 characters in TimeBank/AQUAINT-style copy).
NEARBY = 450


def _year_before(quarter: str) -> str | None:
    match = _QUARTER.match(quarter)
    return f"{int(match.group(1)) - 1}-Q{match.group(2)}" if match else None


# "compared with a loss of $3 million last year", "last year's quarter", "the corresponding period last year".
_THEN = re.compile(r"\b(?:from|compared with|compared to|versus)\b[^.;]*$", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:this|the) year\b", re.IGNORECASE)
_PERIOD_BEFORE = re.compile(r"\b(?:period|quarter)\s+$", re.IGNORECASE)
_PERIOD_AFTER = re.compile(r"'s\s+(?:quarter|period|results)\b", re.IGNORECASE)


def _last_year_comparison(text: str, span: TimexSpan) -> bool:
    """True when "last year" in a results sentence means the same quarter a year earlier."""
    before, after = sentence_window(text, span.start, span.end)
    if _PERIOD_BEFORE.search(before) or _PERIOD_AFTER.match(after):
        return True
    then = _THEN.search(before)
    return bool(then and _FIGURES.search(then.group(0)) and not _LONGER.search(before) and not _YEAR.search(before))


def _reports(text: str, span: TimexSpan) -> bool:
    """True when the quarter's sentence gives results (a money or percentage figure): only such a quarter takes
    over as the quarter under discussion once the story has one."""
    before, after = sentence_window(text, span.start, span.end)
    return bool(_FIGURES.search(before) or _FIGURES.search(after))


def _at(span: TimexSpan) -> tuple[int, int]:
    return span.start, span.end


def _refine(text: str, span: TimexSpan, last_quarter: str | None, last_end: int) -> str | None:
    """The new value of one span given the quarter under discussion, or None to keep its own."""
    if span.rule == "year" and len(span.value or "") == 4:
        ordinal = _ORDINAL_QUARTER.match(text, span.end)
        if ordinal:
            number = ["first", "second", "third", "fourth"].index(ordinal.group(1).lower()) + 1
            return f"{span.value}-Q{number}"
        if _PERIOD.match(text, span.end) and last_quarter and not _LONGER.search(sentence_window(text, *_at(span))[0]):
            return f"{span.value}-Q{last_quarter[-1]}"  # not "In the first nine months, ... in the 1988 period"
        return None
    if last_quarter is None:
        return None
    if span.rule == "reporting_period":
        return _year_before(last_quarter) if _COMPARISON.search(span.text) else last_quarter
    if span.text.lower() == "last year" and _last_year_comparison(text, span):
        return _year_before(last_quarter)
    if span.value and _YEAR_BACK.match(span.text):
        before, after = sentence_window(text, span.start, span.end)
        if _LONGER.search(before) or _MONTHS.search(text, last_end, span.start - len(before)):
            # "For the nine months, ... compared with year-earlier net income": the year before; so too in the
            # sentences after a longer period named since the quarter ("In the first nine months, ... The
            # year-ago results included ...").
            return None
        # Quarter talk in the same sentence, or a quarter named within the last few sentences.
        near = span.start - last_end < NEARBY or _QUARTER_TALK.search(before) or _QUARTER_TALK.search(after)
        figures = (_FIGURES.search(before) or _FIGURES.search(after)) and not _LONGER.search(before)
        if near or figures:
            return _year_before(last_quarter)
    return None


# "the following year", "the previous month" count from the date the story last named, not from the
# publication date (HeidelTime's anaphoric anchoring: "On May 22, 1995, ... and the following year ..." = 1996).
# "that year" is the year of that date itself (HeidelTime reads "that" the same way).
_ANAPHORIC = re.compile(r"^(?:the (?P<rel>following|previous)|that) (?P<unit>year|month)$", re.IGNORECASE)
_CALENDAR = {"full_date", "full_date_dmy", "iso_date", "us_date", "month_year", "month", "year"}
_DATE = re.compile(r"^(\d{4})(?:-(\d\d))?")


def _anaphoric(span: TimexSpan, last_date: str | None) -> str | None:
    match = _ANAPHORIC.match(span.text)
    named = _DATE.match(last_date or "")
    if not match or not named:
        return None
    step = {"following": 1, "previous": -1}.get((match.group("rel") or "").lower(), 0)
    year = int(named.group(1))
    if match.group("unit").lower() == "year":
        return f"{year + step:04d}"
    if named.group(2) is None:
        return None
    index = year * 12 + int(named.group(2)) - 1 + step
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _month_of(text: str, month: TimexSpan, span: TimexSpan) -> bool:
    """True for a month followed by "of" and then ``span``: "June of that year"."""
    return month.rule == "month" and bool(month.value) and text[month.end : span.start].strip().lower() == "of"


def in_context(text: str, spans: list[TimexSpan]) -> list[TimexSpan]:
    """Rewrite comparisons and reporting periods to the quarter under discussion, and "the following year"
    to the year after the date last named; "the next day" counts from the day last named (``next_day``)."""
    last_quarter: str | None = None
    last_day = None  # the day the story last named by a date, a weekday or a day word, and where it ends
    last_day_end = -NEARBY
    last_date: str | None = None
    date_before: str | None = None  # the date named before ``last_date``
    last_end = 0
    fiscal_end = -NEARBY  # the end of the last fiscal quarter named ("the fiscal first quarter")
    result: list[TimexSpan] = []
    for span in spans:
        if span.rule == "next_day" and last_day is not None and span.start - last_day_end < NEARBY:
            span = dataclasses.replace(
                span, value=from_day(span.text, last_day), relation=f"read against {last_day.isoformat()}"
            )
        if span.rule in DAY_RULES and (named_day := day_named(span.value)):
            last_day, last_day_end = named_day, span.end
        if span.rule == "that_year" and result and _month_of(text, result[-1], span):
            # "By June of that year": the year is the one named before the month, and the month's year with it.
            earlier = date_before if _DATE.match(result[-1].value or "") else last_date  # the month itself is not it
            anaphoric = _anaphoric(span, earlier)
            if anaphoric is not None:
                month = dataclasses.replace(result[-1], value=f"{anaphoric}{result[-1].value[4:]}")  # type: ignore[index]
                result[-1] = dataclasses.replace(month, relation=f"read against {earlier}")
        else:
            anaphoric = _anaphoric(span, last_date)
        if anaphoric is not None:
            result.append(dataclasses.replace(span, value=anaphoric, relation=f"read against {last_date}"))
            continue
        if span.rule in _CALENDAR and span.value and _DATE.match(span.value):
            date_before, last_date = last_date, span.value
        value = _refine(text, span, last_quarter, last_end)
        if span.rule == "quarter_ended" and last_quarter is not None and span.start - fiscal_end < NEARBY:
            value = last_quarter  # "in the fiscal first quarter. ... for the quarter ended Sept. 30": the same one
        if value is not None and value != span.value:
            span = dataclasses.replace(span, value=value, relation=f"read against the quarter {last_quarter}")
        named = span.rule in {"quarter", "quarter_ended", "relative_unit"} and not _COMPARISON.search(span.text)
        if named and last_quarter is not None and not _reports(text, span):
            named = False  # a side mention: "After a flat second quarter", "losses through the third quarter of 1990"
        if named and span.value and _QUARTER.match(span.value):
            last_quarter, last_end = span.value, span.end
            if _FISCAL.search(span.text):
                fiscal_end = span.end
        elif span.value is not None and span.value == last_quarter:
            last_end = span.end  # "the latest quarter", "the quarter": the same quarter, still under discussion
        result.append(span)
    return result
