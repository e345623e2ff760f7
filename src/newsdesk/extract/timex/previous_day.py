""" "the previous Friday": the one before the Friday the story is about (``extract.timex.rules.v7``).

A weekday after "previous", "preceding" or "prior" is set against another one of the same name, the one the story
reports, and news reports the latest: "The Financial Times 100-share index shed 47.3 points to close at 2082.1, down
4.5% from the previous Friday and 6.8% from Oct. 13" (TempEval-3 wsj_0586, Monday 30 October 1989, on Friday's
trading: gold 1989-10-20; read as a bare "Friday", 1989-10-27) and "well above the turnout of the previous Friday
when security forces killed at least 70 protesters" (Reuters, Friday 10 June 2011, on that day's protests: 3 June).
So it is the week before the latest such weekday up to the published date.

A weekday "ahead of" which something happens is a day to come, also when it names an event by its day ("Tuesday's
primary"), which otherwise reads as a report of that event: "ahead of Saturday's Nevada caucus" (Breitbart, Thursday
18 February 2016), "as he barnstorms there ahead of Tuesday's primary" (USA Today, Friday 3 June 2016: the California
primary of 7 June; read as reported, 31 May). Not in a clause that reports: "Ahead of Friday's meeting, France and
Germany unveiled a proposal" (Washington Post, dated Sunday 18 September 2016) tells of the summit of the 16th.
"""

from __future__ import annotations

import re
from datetime import timedelta

from .anchor import tense, weekday_date
from .endpoints import not_simple_past
from .grammar import WEEKDAY, WEEKDAY_WORDS, Context, Norm, Rule, rule, weekday_number

_AHEAD = re.compile(r"\bahead\s+of\s+$", re.IGNORECASE)


def ahead_of(text: str, start: int, end: int) -> bool:
    """True for a weekday right after "ahead of" in a clause that looks forward or is no simple past ("as he
    barnstorms there", "has recently become"): the day lies after the clause's own time."""
    if not _AHEAD.search(text, max(0, start - 12), start):
        return False
    return tense(text, start, end) or not_simple_past(text, start, end)


@rule("previous_weekday", rf"the\s+(?:previous|preceding|prior)\s+{WEEKDAY}", needs=WEEKDAY_WORDS)
def previous_weekday(match: re.Match[str], ctx: Context) -> Norm | None:
    weekday = weekday_number(match)
    if weekday is None:
        return None
    if ctx.anchor is None:
        return Norm("DATE", f"XXXX-WXX-{weekday}", "the week before the last such weekday")
    return Norm("DATE", (weekday_date(ctx.anchor, weekday, future=False) - timedelta(days=7)).isoformat())


RULES: tuple[Rule, ...] = (previous_weekday,)
