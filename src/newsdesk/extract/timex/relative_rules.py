"""Rules for relative dates, durations, sets and vague references, anchored on the published date."""

from __future__ import annotations

import re
from datetime import timedelta

from .anchor import SEASON_CODES, looks_future, quarter_of, shift, weekday_date
from .given_names import programme_name
from .grammar import (
    UNIT_WORDS,
    WEEKDAY,
    WEEKDAY_WORDS,
    YEAR,
    Context,
    Norm,
    Rule,
    rule,
    weekday_number,
)
from .lexicon import (
    MONTHS,
    NUMBER,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    TIME_UNITS,
    UNITS,
    VAGUE,
    YEAR_AGO,
    alternatives,
    parse_number,
)

_UNIT_WORDS = (
    r"seconds?|minutes?|hours?|days?|weeks?|weekends?|fortnights?|months?|quarters?|years?|decades?|"
    r"century|centuries|millennium|millennia"
)
_PART = r"(?P<part>morning|afternoon|evening|night)"
_DAY_WORDS = frozenset({"today", "yesterday", "tomorrow", "tonight", "morning", "afternoon", "evening", "night"})
_SET_WORDS = frozenset({"every", "each", "daily", "weekly", "biweekly", "monthly", "yearly", "annually", "hourly"})
_SET_WORDS |= {"nightly"}
_DAY_OFFSETS = {"today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "the day before yesterday": -2}
_DAY_OFFSETS["the day after tomorrow"] = 2


def _unit_code(word: str) -> str:
    word = word.lower()
    if word in {"centuries"}:
        return UNITS["century"]
    if word in {"millennia"}:
        return UNITS["millennium"]
    return UNITS[word[:-1] if word.endswith("s") and word[:-1] in UNITS else word]


@rule(
    "deictic_day",
    rf"(?:(?P<mod>early|late)\s+)?(?P<word>the day before yesterday|the day after tomorrow|today|yesterday|"
    rf"tomorrow|tonight)(?:\s+{_PART})?|(?P<this>this|last)\s+(?P<part2>morning|afternoon|evening|night)",
    needs=_DAY_WORDS,
)
def deictic_day(match: re.Match[str], ctx: Context) -> Norm | None:
    if programme_name(ctx.text, match.start(), match.end()):
        return None  # "USA Today", "Showbiz Tonight"
    word = (match.group("word") or "").lower()
    part = (match.group("part") or match.group("part2") or "").lower()
    if match.group("this"):
        offset = -1 if match.group("this").lower() == "last" else 0
        word = "yesterday" if offset else "today"
    else:
        offset = _DAY_OFFSETS[word]
    if word == "tonight":
        part = "night"
    suffix = f"T{PARTS_OF_DAY[part]}" if part else ""
    kind = "TIME" if suffix else "DATE"
    if ctx.anchor is None:
        return Norm(kind, None, f"{offset:+d} D{suffix}")
    return Norm(kind, (ctx.anchor + timedelta(days=offset)).isoformat() + suffix)


_MOD = r"(?:(?P<mod>early|earlier|late|later|mid|the end of|the beginning of|the start of|the middle of|end-|mid-)\s*)"
_REL = (
    r"(?P<rel>this past|this coming|last|this|next|the current|the latest|the most recent|the previous|the past|"
    r"the coming|the next|the following|the)"
)
_REL_OFFSET = {"last": -1, "this past": -1, "the previous": -1, "this": 0, "the current": 0, "the": 0}
_REL_OFFSET |= {"next": 1, "this coming": 1, "the following": 1}
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@rule(
    "relative_unit",
    rf"{_MOD}?{_REL}\s+(?P<unit>week|weekend|month|year|quarter|decade|century|{alternatives(SEASONS)})",
    needs=UNIT_WORDS | {"spring", "summer", "fall", "autumn", "winter"},
)
def relative_unit(match: re.Match[str], ctx: Context) -> Norm | None:
    if programme_name(ctx.text, match.start(), match.end()):
        return None  # ABC's "This Week"
    rel = match.group("rel").lower()
    unit_word = match.group("unit").lower()
    unit = SEASONS.get(unit_word) or UNITS[unit_word]
    if rel == "the" and not match.group("mod") and unit not in {"WE", "Y"}:
        return None  # "the month", "the week" alone are too often not time expressions; "the year" is this year
    if rel in {"the past", "the coming", "the next"}:
        if unit in {"Q", "WE"} or unit in SEASON_CODES:
            return Norm("DURATION", {"Q": "P3M", "WE": "P1WE"}.get(unit, "P3M"))
        return Norm("DURATION", duration_value(1, unit))
    if rel in {"the latest", "the most recent"}:
        if unit != "Q":
            return None
        offset = -1
    else:
        offset = _REL_OFFSET[rel]
    if ctx.anchor is None:
        return Norm("DATE", None, f"{offset:+d} {unit}")
    anchor = ctx.anchor
    if unit == "WE" and rel in {"the", "this"}:
        saturday = weekday_date(anchor, 6, looks_future(ctx.text, match.start(), match.end()))
        return Norm("DATE", shift(saturday, "WE", 0))
    if unit in SEASON_CODES:
        start = _SEASON_START[unit]
        if offset < 0:
            year = anchor.year if anchor.month >= start + 3 else anchor.year - 1
        elif offset > 0:
            year = anchor.year if anchor.month < start else anchor.year + 1
        else:
            year = anchor.year
        return Norm("DATE", f"{year:04d}-{unit}")
    return Norm("DATE", shift(anchor, unit, offset))


_ORD = r"(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
_OF_YEAR = rf"(?:\s+of\s+(?:(?:fiscal\s+)?{YEAR}|(?P<rel>this|last|next) year))?"


_YEAR_AGO_BEFORE = re.compile(rf"{YEAR_AGO}\s+$", re.IGNORECASE)


@rule(
    "quarter",
    rf"(?:(?P<rel2>this|last|next) year's\s+|the\s+(?P<ago>{YEAR_AGO}\s+)?(?=(?:fiscal[\s-]+)?\w+\s))?"
    rf"(?P<year0>(?:1[6-9]|20)\d\d\s+)?"
    rf"(?:fiscal[\s-]+)?{_ORD}[\s-](?:fiscal[\s-])?(?P<kind>quarter|half)"
    rf"{_OF_YEAR}",
    needs=frozenset({"quarter", "half"}),
)
def quarter_rule(match: re.Match[str], ctx: Context) -> Norm | None:
    ordinal = match.group("ord").lower()
    number = ORDINALS.get(ordinal) or int(ordinal[0])
    half = match.group("kind").lower() == "half"
    code = f"H{number}" if half else f"Q{number}"
    if half and number > 2:
        return None
    if match.group("year") or match.group("year0"):  # "the third quarter of 1988", "the 1988 third quarter"
        return Norm("DATE", f"{(match.group('year') or match.group('year0')).strip()}-{code}")
    rel = (match.group("rel") or match.group("rel2") or "").lower()
    if ctx.anchor is None:
        return Norm("DATE", f"XXXX-{code}", f"{rel or 'nearest'} {code}")
    year = ctx.anchor.year + {"last": -1, "next": 1}.get(rel, 0)
    if match.group("ago") or _YEAR_AGO_BEFORE.search(ctx.text[max(0, match.start() - 14) : match.start()]):
        year -= 1  # "the year-ago third quarter"
        rel = rel or "last"
    current = quarter_of(ctx.anchor) if not half else (1 if ctx.anchor.month <= 6 else 2)
    if not rel and number > current and not looks_future(ctx.text, match.start(), match.end()):
        year -= 1
    return Norm("DATE", f"{year:04d}-{code}")


@rule(
    "reporting_period",
    r"the\s+(?:comparable\s+(?=year-))?"
    r"(?P<which>latest|most recent|recent|just-ended|year-ago|year-earlier|year-before|comparable|current)\s+"
    r"(?:fiscal\s+)?(?P<what>quarter|period)"
    r"|the\s+(?:(?:same|corresponding|comparable)\s+)?(?P<what2>quarter|period)"
    r"\s+(?P<back>a\s+year\s+(?:ago|earlier|before)|last\s+year)|the\s+quarter",
    needs=frozenset({"quarter", "period"}),
)
def reporting_period(match: re.Match[str], ctx: Context) -> Norm | None:
    """Financial news reports the last completed quarter; "year-ago" is the same quarter a year earlier, as is
    "the quarter a year ago" or "the corresponding period last year" (one expression, not a quarter and a year).
    A period of unknown length a year back is last year until a quarter under discussion tells which part of it
    (``discourse``): "up nearly a third on the same period last year" after "The first half of this year"."""
    which = (match.group("which") or "").lower()
    if match.group("back") and match.group("what2").lower() == "period":
        return Norm("DATE", None, "-1 Y") if ctx.anchor is None else Norm("DATE", shift(ctx.anchor, "Y", -1))
    if which == "current":
        offset = 0
    elif which in {"year-ago", "year-earlier", "year-before", "comparable"} or match.group("back"):
        offset = -5
    else:
        offset = -1
    if ctx.anchor is None:
        return Norm("DATE", None, f"{offset:+d} Q")
    return Norm("DATE", shift(ctx.anchor, "Q", offset))


_AMOUNT = rf"(?P<num>{NUMBER}|an?|{alternatives(VAGUE)})(?P<half>\s+and\s+a\s+half)?"
# Bounds belong to the expression (TIMEX3 mod="MORE_THAN"...); hedges like "about" or "only" stay outside it,
# as TimeBank annotates them.
_QUALIFIER = r"(?:(?P<qual>nearly|almost|more than|less than|at least|up to|fewer than|over|under)\s+)?"


def _count(match: re.Match[str]) -> float | None:
    """The number of units, or None for a vague amount; 'a'/'an' count one."""
    word = match.group("num").lower()
    if word in {"a", "an"}:
        value: float | None = 1.0
    elif word in {"a couple of", "couple of"}:
        value = 2.0  # TimeML writes "a couple of years" as P2Y (with mod="APPROX"), not PXY
    elif word in VAGUE or word in {"hundreds", "thousands", "dozens"}:
        return None
    else:
        value = parse_number(word)
    if value is not None and (match.group("half") or match.groupdict().get("half_after")):
        value += 0.5
    return value


def duration_value(amount: float | None, unit: str) -> str:
    """TIMEX3 duration: P3D, PT2H, P10Y for a decade, PXY when vague; fractions go to the smaller unit."""
    if unit.endswith("0Y"):
        scale = int(unit[:-1])
        unit = "Y"
        amount = None if amount is None else amount * scale
    if unit == "2W":
        unit, amount = "W", None if amount is None else amount * 2
    prefix = "PT" if unit in {"H", "S"} or unit == "MIN" else "P"
    code = "M" if unit == "MIN" else unit
    if amount is None:
        return f"{prefix}X{code}"
    if amount != int(amount):
        # 2 1/2 years = P2Y6M: the fraction goes to the next smaller unit.
        smaller = {"Y": (12, "M"), "D": (24, "H"), "H": (60, "M"), "MIN": (60, "S"), "W": (7, "D")}
        if unit in smaller:
            factor, small = smaller[unit]
            whole, rest = int(amount), round((amount - int(amount)) * factor)
            time_part = "T" if small in {"H", "S"} or unit in {"H", "MIN"} else ""
            head = f"{whole}{code}" if whole else ""
            if prefix == "PT":
                return f"PT{head}{rest}{small}"
            return f"P{head}{time_part}{rest}{small}"
        return f"{prefix}{amount:g}{code}"
    return f"{prefix}{int(amount)}{code}"


def _unit(word: str) -> str:
    word = word.lower()
    singular = word[:-1] if word.endswith("s") else word
    if singular in TIME_UNITS:
        return {"second": "S", "minute": "MIN", "hour": "H"}[singular]
    return _unit_code(word)


_SET_BEFORE = re.compile(r"(?:\d|million|billion|percent|%|twice|times|once|cents?|dollars?|\bper)\s*$", re.IGNORECASE)


@rule(
    "duration",
    # A bare "the" belongs to "the three years" but not to the adjective in "the 10-month war".
    rf"(?:(?P<det>the past|the last|the next|the first|the previous|the coming|the remaining|the final|"
    rf"another|an additional)\s+|(?P<the>the)\s+(?=[^\s-]+\s))?{_QUALIFIER}{_AMOUNT}"
    rf"(?:\s+more|\s+additional)?[\s-]+(?P<unit>{_UNIT_WORDS})(?P<half_after>\s+and\s+a\s+half)?"
    rf"(?![\s-]+old)(?P<long>-long)?(?P<ago>\s+(?:ago|earlier|from now|before now))?",
    needs=UNIT_WORDS,
)
def duration_rule(match: re.Match[str], ctx: Context) -> Norm | None:
    unit = _unit(match.group("unit"))
    amount = _count(match)
    word = match.group("num").lower()
    if word in {"a", "one"} and unit == "S" and re.match(r"\s+[a-z]", ctx.text[match.end() :]):
        return None  # "a second phase": the ordinal, not a second of time
    if unit == "Q" and re.match(r"\s+of\b", ctx.text[match.end() :]):
        return None  # "three-quarters of the vote" is a fraction
    if _YEARLIKE.match(word) and unit in {"Q", "S"}:
        return None  # "the 1988 quarter", "the 1988 second quarter": a year, not 1988 quarters

    if match.group("ago"):
        return _ago(match, ctx, unit, amount)
    bare = word in {"a", "an"} and not match.group("det") and not match.group("the") and not match.group("qual")
    if bare and _SET_BEFORE.search(ctx.text[max(0, match.start() - 12) : match.start()]):
        return Norm("SET", duration_value(1, unit))
    if unit == "Q":
        return Norm("DURATION", duration_value(None if amount is None else amount * 3, "M"))
    if unit == "WE":
        return Norm("DURATION", f"P{int(amount)}WE" if amount == int(amount or 0.5) else "PXWE")
    return Norm("DURATION", duration_value(amount, unit))


_YEARLIKE = re.compile(r"^(?:1[6-9]|20)\d\d$")


def _ago(match: re.Match[str], ctx: Context, unit: str, amount: float | None) -> Norm | None:
    """'two years ago' is a DATE at the granularity of its unit; a vague count is PAST_REF."""
    future = "from now" in match.group("ago").lower()
    if amount is None:
        return Norm("DATE", "FUTURE_REF" if future else "PAST_REF")
    sign = 1 if future else -1
    steps = int(amount)
    if unit in {"H", "MIN", "S"}:
        if ctx.anchor is None:
            return Norm("TIME", None, f"{sign * amount:+g} {unit}")
        return Norm("DATE", ctx.anchor.isoformat())
    if ctx.anchor is None:
        return Norm("DATE", None, f"{sign * steps:+d} {unit}")
    if unit.endswith("0Y"):
        return Norm("DATE", shift(ctx.anchor, "Y", sign * steps * int(unit[:-1])))
    if amount != steps:
        # "a year and a half ago" is 18 months back, "a week and a half ago" 10 days back (rounded down).
        smaller = {"Y": (12, "M"), "W": (7, "D")}.get(unit)
        if smaller is None:
            return Norm("DATE", None, f"{sign * amount:+g} {unit}")
        return Norm("DATE", shift(ctx.anchor, smaller[1], sign * int(amount * smaller[0])))
    return Norm("DATE", shift(ctx.anchor, unit, sign * steps))


@rule("half_duration", r"(?:half an?|a half)\s+(?P<unit>hour|day|year|century|minute)", needs=frozenset({"half"}))
def half_duration(match: re.Match[str], ctx: Context) -> Norm | None:
    return Norm("DURATION", duration_value(0.5, _unit(match.group("unit"))))


_PRECEDES_VAGUE = re.compile(r"\b(?:for|over|within|in|after|took|takes|take|lasted|spent|recent)\s+$", re.IGNORECASE)


@rule(
    "vague_duration",
    r"(?P<recent>recent\s+)?(?P<unit>years|months|weeks|days|decades|hours|minutes|centuries)(?P<long>-long)?",
    needs=UNIT_WORDS,
)
def vague_duration(match: re.Match[str], ctx: Context) -> Norm | None:
    if not (
        match.group("long")
        or match.group("recent")
        or _PRECEDES_VAGUE.search(ctx.text[max(0, match.start() - 10) : match.start()])
    ):
        return None
    return Norm("DURATION", duration_value(None, _unit(match.group("unit"))))


_PLURAL_WEEKDAYS = "|".join(f"{day}s" for day in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"))
_PLURAL_WEEKDAYS += "|Sundays"


@rule(
    "set",
    rf"(?:every|each)\s+(?:(?P<num>other|{NUMBER})\s+)?(?P<unit>{_UNIT_WORDS})"
    rf"|(?:every|each)\s+{WEEKDAY}(?:\s+{_PART})?|(?P<plural>{_PLURAL_WEEKDAYS})"
    r"|(?:every|each)\s+(?P<month>january|february|march|april|may|june|july|august|september|october|november|"
    r"december)|(?P<adverb>daily|weekly|biweekly|monthly|yearly|annually|hourly|nightly)",
    needs=_SET_WORDS | WEEKDAY_WORDS,
)
def set_rule(match: re.Match[str], ctx: Context) -> Norm | None:
    if match.group("adverb"):
        codes = {"daily": "P1D", "weekly": "P1W", "biweekly": "P2W", "monthly": "P1M", "yearly": "P1Y"}
        codes |= {"annually": "P1Y", "hourly": "PT1H", "nightly": "P1D", "quarterly": "P3M"}
        return Norm("SET", codes[match.group("adverb").lower()])
    if match.group("month"):
        return Norm("SET", f"XXXX-{MONTHS[match.group('month').lower()]:02d}")
    if match.group("plural"):
        if not match.group("plural")[0].isupper():
            return None
        day = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7}[match.group("plural")[:3].lower()]
        return Norm("SET", f"XXXX-WXX-{day}")
    if match.group("weekday"):
        weekday = weekday_number(match)
        if weekday is None:
            return None
        part = PARTS_OF_DAY.get((match.group("part") or "").lower())
        return Norm("SET", f"XXXX-WXX-{weekday}" + (f"T{part}" if part else ""))
    num = (match.group("num") or "").lower()
    amount = 2.0 if num == "other" else (parse_number(num) if num else 1.0)
    return Norm("SET", duration_value(amount, _unit(match.group("unit"))))


@rule(
    "reference",
    r"(?P<present>now|currently|nowadays|presently|the present|at present|current)"
    r"|(?P<past>recently|lately|the past)"
    r"|(?P<future>the (?:near |distant )?future)",
    needs=frozenset(
        {"now", "current", "currently", "nowadays", "presently", "present", "recently", "lately", "past", "future"}
    ),
)
def reference_rule(match: re.Match[str], ctx: Context) -> Norm | None:
    if match.group("present"):
        return Norm("DATE", "PRESENT_REF")
    return Norm("DATE", "PAST_REF" if match.group("past") else "FUTURE_REF")


@rule(
    "ordinal_period",
    rf"(?P<det>his|her|its|their)\s+(?P<ord>\d{{1,3}}(?:st|nd|rd|th)|{alternatives(ORDINALS)})\s+"
    r"(?P<unit>day|week|month|year)",
    needs=UNIT_WORDS,
)
def ordinal_period(match: re.Match[str], ctx: Context) -> Norm | None:
    """'in his 11th month': a date inside a period whose start the text does not give; never guessed."""
    word = match.group("ord").lower()
    number = ORDINALS.get(word) or int(re.sub(r"\D", "", word))
    return Norm("DATE", None, f"{number}th {match.group('unit').lower()} of an unstated period")


RULES: tuple[Rule, ...] = (
    deictic_day,
    relative_unit,
    quarter_rule,
    reporting_period,
    duration_rule,
    half_duration,
    vague_duration,
    set_rule,
    reference_rule,
    ordinal_period,
)
