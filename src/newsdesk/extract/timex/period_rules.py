"""Rules for reporting periods (fiscal years, year-earlier comparisons) and years written in words."""

from __future__ import annotations

import re

from .anchor import shift
from .grammar import MONTH, Context, Norm, Rule, month_number, rule
from .lexicon import NUMBER, ONES, SEASONS, TENS, YEAR_AGO, alternatives

_ONES = alternatives(k for k in ONES if 0 < ONES[k] < 10)
_TEENS_TENS = alternatives([k for k in ONES if ONES[k] >= 10] + list(TENS))


@rule(
    "fiscal_year",
    r"the\s+(?P<which>full|fiscal|current fiscal|current|calendar|full fiscal|latest fiscal|previous fiscal|"
    r"prior fiscal|last fiscal)\s+year",
    needs=frozenset({"year"}),
)
def fiscal_year(match: re.Match[str], ctx: Context) -> Norm | None:
    which = match.group("which").lower()
    # "the latest fiscal year" is the last one completed, as "the latest quarter" is.
    offset = -1 if which.startswith(("previous", "prior", "last", "latest")) else 0
    if ctx.anchor is None:
        return Norm("DATE", None, f"{offset:+d} Y")
    return Norm("DATE", shift(ctx.anchor, "Y", offset))


@rule(
    "year_earlier",
    rf"(?:the\s+(?={YEAR_AGO}\s+(?:quarter|period)))?(?P<adj>{YEAR_AGO})(?!\s+(?:{NUMBER}\s+months|(?:fiscal\s+)?year))",
    needs=frozenset({"year"}),
)
def year_earlier(match: re.Match[str], ctx: Context) -> Norm | None:
    """Adjectival comparison ("year-earlier profit", "The year-ago results"): the year before; ``in_context``
    refines it to a quarter. "the" belongs to it only before "quarter" or "period"; before a longer period it is
    part of that period's name ("the year-earlier nine months")."""
    if ctx.anchor is None:
        return Norm("DATE", None, "-1 Y")
    return Norm("DATE", shift(ctx.anchor, "Y", -1))


_SPELLED = rf"(?P<century>nineteen|eighteen|twenty)[- ](?P<tens>{_TEENS_TENS})(?:[- ](?P<ones>{_ONES}))?"


@rule(
    "spelled_year",
    rf"(?:{MONTH}\s+|the\s+(?P<season>summer|spring|winter|autumn|fall)\s+of\s+)?{_SPELLED}|(?:the\s+)?year\s+two\s+thousand(?:\s+and\s+(?P<extra>{_ONES}))?",
    needs=frozenset({"eighteen", "nineteen", "twenty", "thousand"}),
)
def spelled_year(match: re.Match[str], ctx: Context) -> Norm | None:
    """Broadcast transcripts spell years out: "nineteen ninety-six", "the year two thousand"."""
    if match.group("century") is None:
        return Norm("DATE", f"{2000 + (ONES[match.group('extra').lower()] if match.group('extra') else 0)}")
    century = {"eighteen": 18, "nineteen": 19, "twenty": 20}[match.group("century").lower()]
    tens_word = match.group("tens").lower()
    if tens_word in ONES and match.group("ones"):
        return None
    tens = ONES.get(tens_word) or TENS[tens_word]
    year = century * 100 + tens + (ONES[match.group("ones").lower()] if match.group("ones") else 0)
    if match.group("season"):
        return Norm("DATE", f"{year}-{SEASONS[match.group('season').lower()]}")
    if match.group("month"):
        month = month_number(match)
        if month is None:
            return None
        return Norm("DATE", f"{year}-{month:02d}")
    # "twenty twenty" is a year, but "twenty five" alone is a number: require the month or a year-like tens.
    if century == 20 and tens < 10:
        return None
    return Norm("DATE", str(year))


@rule(
    "century_decade",
    r"(?:the\s+)?(?P<ord>\d{1,2})(?:st|nd|rd|th)[\s-]century|(?P<this>this|last|next)\s+century"
    r"|the\s+(?P<decade>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)",
    needs=frozenset(
        {"century", "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"}
    ),
)
def century_decade(match: re.Match[str], ctx: Context) -> Norm | None:
    name = re.match(r"Century\s+[A-Z]", ctx.text[match.end() - 7 : match.end() + 2])
    if match.group("ord") and name and not match.group(0).lower().startswith("the"):
        return None  # "21st Century Fox" is a name ("the first pandemic of the 21st Century Dr Margaret Chan" is not)
    if match.group("ord"):
        return Norm("DATE", f"{int(match.group('ord')) - 1:02d}")
    if match.group("decade"):
        digit = ["twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties"]
        index = digit.index(match.group("decade").lower()) + 2
        if ctx.anchor is None:
            return Norm("DATE", f"XX{index}", "decade of an unknown century")
        century = ctx.anchor.year // 100 - (1 if index * 10 > ctx.anchor.year % 100 else 0)
        return Norm("DATE", f"{century:02d}{index}")
    if ctx.anchor is None:
        return Norm("DATE", None, f"{match.group('this').lower()} century")
    offset = {"this": 0, "last": -1, "next": 1}[match.group("this").lower()]
    return Norm("DATE", f"{ctx.anchor.year // 100 + offset:02d}")


RULES: tuple[Rule, ...] = (fiscal_year, year_earlier, spelled_year, century_decade)
