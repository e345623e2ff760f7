"""A run of days named by its first and last: "Feb 15/16, 2011", "a September 9-10 meeting", "15-16 February"
(``extract.timex.rules.v11``).

v10 tagged none of them: a day written against a dash or a slash and a number is refused by every rule's boundary
(so that "March 5" is not read out of "March 5-6" as if the 6 were not there), and "Feb 15/16, 2011" came out as the
year 2011 alone. Reuters' Libya chronology opens "Feb 15/16, 2011 - A riot in Benghazi is triggered by the arrest
of human rights activist Fethi Tarbel" on six pages of Timeline17 dev LibyaWar_reuters, whose gold timeline dates
that riot 2011-02-15; the other runs of the three dev topics read (LibyaWar_reuters, EgyptianProtest_cnn, H1N1_bbc)
are "a September 9-10 meeting in France", "the subsequent massacre on June 3rd/4th" (1989). A run is one DATE
expression valued its first day, the day the event began, as the Timeline17 annotators date such an event; its year
is found as for a single day (``calendar_rules.full_date``).
"""

from __future__ import annotations

import re

from .calendar_rules import REL_YEAR, full_date
from .grammar import DAY, MONTH, MONTH_WORDS, YEAR, Context, Norm, Rule, rule

_LAST = r"(?P<last>[0-3]?\d)(?:st|nd|rd|th)?"
# A hyphen, an en dash or a slash between the two days, with no space: "Feb. 7 - 18 hrs ago" (a BBC page's list of
# links, haiti_bbc, read after v11 was committed) is a day and a count of hours. "February 2 and 3" is tagged
# "February 2" already.
_TO = r"(?:-|–|/)"
_YEAR_TAIL = rf"(?:,?\s+{YEAR}|{REL_YEAR})?"


def _run(match: re.Match[str], ctx: Context) -> Norm | None:
    """The run's first day, when the last is a later day of the same month ("the 3-1 win in March" is no run)."""
    first, last = int(match.group("day")), int(match.group("last"))
    if not first < last <= 31:
        return None
    return full_date.handler(match, ctx)


day_range = rule("day_range", rf"{MONTH}\s+{DAY}{_TO}{_LAST}{_YEAR_TAIL}", needs=MONTH_WORDS)(_run)
day_range_dmy = rule("day_range_dmy", rf"{DAY}{_TO}{_LAST}\s+(?:of\s+)?{MONTH}{_YEAR_TAIL}", needs=MONTH_WORDS)(_run)

RULES: tuple[Rule, ...] = (day_range, day_range_dmy)
