"""A quarter named by its last day: "the quarter ended Sept. 30" is July to September (``extract.timex.rules.v7``).

Earnings news names the quarter being reported by the day it ended, as it names a reporting year ("for the year
ended March 31", ``reference_rules.year_ended``). Such a quarter is the three months up to that day, so its
calendar quarter is the one that holds the middle of those three months, 45 days before the end: "the quarter
ended Sept. 30" is the third quarter ("Sales increased in the quarter ended Sept. 30 to $747.8 million",
TempEval-3 wsj_1003, October 1989; it was read as the quarter before the published date's, 1989-Q2), "the
quarter ended Sept. 29" of a company closing its books on a Friday too, and "In the quarter ended July 31, Jayark
had ..." (wsj_0662) is a fiscal quarter of May to July, mostly the second calendar quarter (gold 1989-Q2). A
quarter that carries its own ordinal ("its fourth quarter ended Sept. 30") keeps the company's count: the
ordinal is what the text names, and TIMEX3 has no notation for a fiscal quarter.

The quarter is then the one under discussion (``discourse``): "a year earlier" in the next sentence is that
quarter a year back, and "During the quarter" is the same quarter.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from .anchor import quarter_of, valid_date
from .grammar import DAY, MONTH, YEAR, Context, Norm, Rule, month_number, rule

# Half of a quarter (91 days): the end day minus this is the middle of the quarter the day closes.
_HALF_QUARTER = timedelta(days=45)


@rule(
    "quarter_ended",
    rf"the\s+(?:(?:latest|most\s+recent|fiscal)\s+)?quarter"
    rf"(?=\s+(?P<verb>ended|ending)\s+{MONTH}\s+{DAY}(?:,\s+{YEAR})?\b)",
    needs=frozenset({"quarter"}),
)
def quarter_ended(match: re.Match[str], ctx: Context) -> Norm | None:
    """The calendar quarter holding the middle of the three months that end on the named day."""
    month = month_number(match)
    day = int(match.group("day"))
    if month is None:
        return None
    if match.group("year"):
        year = int(match.group("year"))
    elif ctx.anchor is None:
        if not valid_date(2000, month, day):
            return None
        middle = date(2000, month, day) - _HALF_QUARTER  # the quarter is known, its year is not
        return Norm("DATE", f"XXXX-Q{quarter_of(middle)}", "the quarter that ends on the named day")
    else:
        year = _year_of_end(ctx.anchor, month, day, match.group("verb").lower() == "ended")
    if not valid_date(year, month, day):
        return None
    middle = date(year, month, day) - _HALF_QUARTER
    return Norm("DATE", f"{middle.year:04d}-Q{quarter_of(middle)}")


def _year_of_end(anchor: date, month: int, day: int, ended: bool) -> int:
    """The year of a day named without one: "ended" is the last such day on or before the published date,
    "ending" the one nearest to it (the quarter may still be running)."""
    if not valid_date(anchor.year, month, day):
        return anchor.year
    days = (date(anchor.year, month, day) - anchor).days
    if days > (0 if ended else 183):
        return anchor.year - 1
    if not ended and days < -183:
        return anchor.year + 1
    return anchor.year


RULES: tuple[Rule, ...] = (quarter_ended,)
