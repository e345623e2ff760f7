"""Words of English time expressions and the values they stand for (HeidelTime's "normalization" resources).

Strömgen & Gertz, *HeidelTime: High Quality Rule-Based Extraction and Normalization of Temporal
Expressions* (SemEval 2010) keep three kinds of resources: word lists that become regex alternatives,
normalization maps from those words to TIMEX3 values, and rules. This module is the first two.
"""

from __future__ import annotations

import re

from newsdesk.extract import numbers

MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        ("january", "jan"),
        ("february", "feb"),
        ("march", "mar"),
        ("april", "apr"),
        ("may",),
        ("june", "jun"),
        ("july", "jul"),
        ("august", "aug"),
        ("september", "sept", "sep"),
        ("october", "oct"),
        ("november", "nov"),
        ("december", "dec"),
    ],
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _i

WEEKDAYS: dict[str, int] = {
    "monday": 1,
    "tuesday": 2,
    "wednesday": 3,
    "thursday": 4,
    "friday": 5,
    "saturday": 6,
    "sunday": 7,
}

SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}

UNITS: dict[str, str] = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "week": "W",
    "weekend": "WE",
    "fortnight": "2W",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "10Y",
    "century": "100Y",
    "millennium": "1000Y",
}
TIME_UNITS = {"second", "minute", "hour"}

# Number words are the figures' lexicon; time expressions use ordinals up to "twelfth" (months, days).
ONES = numbers.ONES
TENS = numbers.TENS
ORDINALS = {word: value for word, value in numbers.ORDINALS.items() if value <= 12}
# Vague amounts: the unit is known, the count is not (TIMEX3 writes X for it: "several years" = PXY).
# The adjectives that compare with the same period a year back ("year-earlier profit", "the year-ago quarter").
YEAR_AGO = r"(?:year-earlier|year-ago|year-before|prior-year)"
VAGUE = {"several", "a few", "few", "some", "many", "a couple of", "couple of", "a number of", "numerous"}


def alternatives(words: object) -> str:
    """A regex alternation of words, longest first so "sept" wins over "sep"."""
    items = sorted((str(w) for w in words), key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w) for w in items)


NUMBER_WORD = (
    rf"(?:(?:{alternatives(TENS)})(?:[- ](?:{alternatives(k for k in ONES if 0 < ONES[k] < 10)}))?"
    rf"|{alternatives(ONES)}|a hundred|one hundred|hundreds|thousands|dozens)"
)
NUMBER = rf"(?:\d+(?:\.\d+)?(?:\s+\d/\d)?|{NUMBER_WORD})"


def parse_number(text: str) -> float | None:
    """'twenty-four' → 24, '1 1/2' → 1.5, '3' → 3; None for vague amounts ('hundreds')."""
    text = text.lower().strip()
    if not text:
        return None
    fraction = re.fullmatch(r"(\d+)\s+(\d)/(\d)", text)
    if fraction:
        whole, num, den = (int(g) for g in fraction.groups())
        return whole + num / den if den else None
    try:
        return float(text)
    except ValueError:
        pass
    if text in {"a hundred", "one hundred"}:
        return 100.0
    total = 0
    for word in re.split(r"[- ]+", text):
        if word in TENS:
            total += TENS[word]
        elif word in ONES:
            total += ONES[word]
        else:
            return None
    return float(total)
