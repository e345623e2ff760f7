"""Words of English time expressions and the values they stand for (HeidelTime's "normalization" resources).

Strömgen & Gertz, *HeidelTime: High Quality Rule-Based Extraction and Normalization of Temporal
Expressions* (SemEval 2010) keep three kinds of resources: word lists that become regex alternatives,
normalization maps from those words to TIMEX3 values, and rules. This module is the first two.
"""

from __future__ import annotations

import re

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

ONES = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
}
# Vague amounts: the unit is known, the count is not (TIMEX3 writes X for it: "several years" = PXY).
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
