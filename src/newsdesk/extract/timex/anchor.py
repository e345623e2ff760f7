"""Anchoring: turning a relative expression into a calendar value, given the article's published date.

News follows a simple convention (Strötgen & Gertz 2010; also the TimeBank annotation guidelines): a bare
weekday or month is the nearest one *before* the published date when the sentence reports something that
happened, and the nearest one *after* it when the sentence looks forward ("will", "is due to", "next").
The tense is read from a few marker words around the expression, not from a parser, to stay fast.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

# Words that make a sentence look forward; anything else in news is reported, i.e. past.
_FUTURE = re.compile(
    r"\b(?:will|won't|'ll|shall|would|is to|are to|to be held|to begin|to start|scheduled|slated|due|"
    r"expected|expects|plans?|planned|planning|going to|intends?|set to|upcoming|next|coming|until|"
    r"begins?|starts?|opens?|tomorrow|hopes? to|aims? to|promised)\b",
    re.IGNORECASE,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|announced|reported|ago|last|earlier|yesterday|\w+ed)\b", re.IGNORECASE
)
_BOUNDARY = re.compile(r"[.!?\n]")


def sentence_window(text: str, start: int, end: int) -> tuple[str, str]:
    """The text of the expression's sentence before and after it (cheap boundary search, no parser)."""
    left = max(text.rfind(c, max(0, start - 200), start) for c in ".!?\n")
    right_match = _BOUNDARY.search(text, end, min(len(text), end + 200))
    right = right_match.start() if right_match else min(len(text), end + 200)
    return text[left + 1 : start], text[end:right]


def looks_future(text: str, start: int, end: int) -> bool:
    """True when the words nearest the expression look forward (closest marker wins)."""
    before, after = sentence_window(text, start, end)
    # The verb governing the expression usually precedes it within a few words.
    best: tuple[int, bool] | None = None
    for match in _FUTURE.finditer(before):
        distance = len(before) - match.end()
        if best is None or distance < best[0]:
            best = (distance, True)
    for match in _PAST.finditer(before):
        distance = len(before) - match.end()
        if best is None or distance < best[0]:
            best = (distance, False)
    if best is not None:
        return best[1]
    future_after = _FUTURE.search(after)
    past_after = _PAST.search(after)
    if future_after and (not past_after or future_after.start() < past_after.start()):
        return True
    return False


def shift_months(day: date, months: int) -> date:
    """Same day-of-month ``months`` later (clamped to the month's last day)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day.day, last))


def weekday_date(anchor: date, weekday: int, future: bool) -> date:
    """The weekday (1 = Monday) nearest the anchor on the given side; the anchor's own day counts as itself."""
    current = anchor.isoweekday()
    if future:
        return anchor + timedelta(days=(weekday - current) % 7)
    return anchor - timedelta(days=(current - weekday) % 7)


def month_year(anchor: date, month: int, future: bool) -> int:
    """The year of a bare month name: this year, unless tense says the nearest one lies across New Year."""
    if future and month < anchor.month - 1:
        return anchor.year + 1
    if not future and month > anchor.month + 1:
        return anchor.year - 1
    return anchor.year


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def shift(anchor: date, unit: str, amount: int) -> str | None:
    """The anchor moved by ``amount`` units, written at that unit's granularity (TIMEX3 value)."""
    if unit == "D":
        return (anchor + timedelta(days=amount)).isoformat()
    if unit == "W":
        return iso_week(anchor + timedelta(weeks=amount))
    if unit == "WE":
        return iso_week(anchor + timedelta(weeks=amount)) + "-WE"
    if unit == "M":
        moved = shift_months(anchor, amount)
        return f"{moved.year}-{moved.month:02d}"
    if unit == "Q":
        index = anchor.year * 4 + quarter_of(anchor) - 1 + amount
        return f"{index // 4}-Q{index % 4 + 1}"
    if unit == "Y":
        return f"{anchor.year + amount:04d}"
    if unit == "10Y":
        return f"{(anchor.year + 10 * amount) // 10:03d}"
    if unit == "100Y":
        return f"{(anchor.year + 100 * amount) // 100:02d}"
    if unit in SEASON_CODES:
        return f"{anchor.year + amount:04d}-{unit}"
    return None


SEASON_CODES = {"SP", "SU", "FA", "WI"}


def valid_date(year: int, month: int, day: int) -> bool:
    """False for impossible dates like February 30 (they are tagged, but marked unresolvable)."""
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year if year > 0 else 2000, month)[1]
