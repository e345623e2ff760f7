""" "the next day", "the previous evening": a day counted from the day last named (``extract.timex.rules.v11``).

HeidelTime reads such expressions against the reference time of the narrative, the date last mentioned, not the
publication date (Strötgen & Gertz 2010, "anaphoric" relative expressions), as ``discourse`` already does for "the
following year". v10 tagged none of them, so a chronology's "March 10 - France recognizes the Libyan National
Council ... Libya suspends diplomatic relations with France the next day" (Reuters, Timeline17 LibyaWar_reuters)
gave the timeline no 11 March. Of the three Timeline17 dev topics read (LibyaWar_reuters, EgyptianProtest_cnn,
H1N1_bbc) "the next day" is written 26 times, "the previous day" 5, "the next morning" 3. Only "next", "following",
"previous" and "preceding" are read: "the day before" and "the day after" are as often the start of a phrase ("the
day before the vote") as a time expression. "in the next day or two" is a stretch of time, not a day, and is left
untagged as v10 left it.

The day counted from must be named close before, by a date, a weekday or a day word ("yesterday", "tomorrow"), within
``discourse.NEARBY`` characters (about three sentences of newswire, the reach the quarter under discussion already
has). Read on the three dev topics, anchoring on the last day named anywhere before was right for 17 of 36: transcripts
and blogs tell stories of undated days ("BOEHNER: I was meeting with him the next day", a page of 26 January 2011 on the
state dinner of the 19th), and the last day named is then a "tonight" or a stamp pages back. Farther than that, or
named only by a clock time, the expression stays unresolved with its relation.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .grammar import Context, Norm, Rule, rule
from .lexicon import PARTS_OF_DAY

_STEP = {"next": 1, "following": 1, "previous": -1, "preceding": -1}
_DAY = re.compile(r"^(\d{4}-\d\d-\d\d)")
# The rules whose day a "next day" may count from: dates, weekdays, holidays, day words, runs of days, and a "next day"
# itself ("tomorrow or the next day"; "the next morning ... the following evening").
DAY_RULES = frozenset({"full_date", "full_date_dmy", "iso_date", "us_date", "weekday", "holiday", "deictic_day"})
DAY_RULES |= {"day_range", "day_range_dmy", "next_day"}
_STRETCH_BEFORE = re.compile(r"\b(?:in|within|over|during|for)\s+$", re.IGNORECASE)
_STRETCH_AFTER = re.compile(r"\s+or\b", re.IGNORECASE)  # "the next day or two", "the next day or so"


@rule(
    "next_day",
    r"the\s+(?P<rel>next|following|previous|preceding)\s+(?P<unit>day|morning|afternoon|evening|night)",
    needs=frozenset({"day", "morning", "afternoon", "evening", "night"}),
)
def next_day(match: re.Match[str], ctx: Context) -> Norm | None:
    if _STRETCH_AFTER.match(ctx.text, match.end()) or _STRETCH_BEFORE.search(
        ctx.text, max(0, match.start() - 10), match.start()
    ):
        return None
    step = _STEP[match.group("rel").lower()]
    unit = match.group("unit").lower()
    return Norm("DATE" if unit == "day" else "TIME", None, f"{step:+d} D from the day last named")


def day_named(value: str | None) -> date | None:
    """The day of a value naming one ("2011-03-10", "2011-03-10TEV"), else None."""
    match = _DAY.match(value or "")
    if not match:
        return None
    try:
        return date.fromisoformat(match.group(1))
    except ValueError:
        return None


def from_day(text: str, last_day: date) -> str:
    """The value of a ``next_day`` expression ``text`` counted from ``last_day``."""
    words = text.lower().split()
    day = last_day + timedelta(days=_STEP[words[1]])
    unit = words[-1]
    return day.isoformat() + ("" if unit == "day" else f"T{PARTS_OF_DAY[unit]}")


RULES: tuple[Rule, ...] = (next_day,)
