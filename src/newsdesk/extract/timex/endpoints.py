"""The end of the year ("by year-end"), a month that ends a stretch ("until September"), "last <month>".

An end point named without a year lies within the year of writing or ahead of it when its clause runs on from the
present: "Mubarak ... said he has no intention of stepping down until September" (February 2011), "do you see a group
willing to wait until September" (January 2011), "declared a force majeure on Tuesday for exports of Bonny Light
crude through October" (August 2011), "has extended Control Data up to $90 million in revolving loans through
January" (TempEval-3, October 1989: gold 1990-01). The tense heuristics read those clauses as reports (the present
perfect "has", a reporting verb, or no marker at all, which news defaults to past) and put the month in the year
before. A simple past ("Younis had served as interior minister ... until February", "held by pro-Gaddafi fighters
until late September") still tells of a stretch that is over, and keeps the reported reading.

"last <month>" is the one before the month of writing: in March, "last February" is a year back — the month just
gone is "last month" — as in "73 soldiers were killed ... when two military helicopters crashed last February"
(TempEval-3, 1 March 1998: gold 1997-02), "at least 9,000 people have been killed since last March" (BBC, 2 April
2012: the uprising of March 2011) and "an election took place last February after nine years of military rule"
(Reuters, 14 March 2009: Pakistan, 2008). Not always: "A tweet last February, in reference to a POLITICO article about
internal frustrations with the campaign operation after the blowout loss in New Hampshire" (Politico, 10 March 2016)
is last month's; read on the dev corpora, 3 pages of that reading against 1.

"year-end", "year end" and "year's end" are the end of the year of writing, as "the end of the year" is ("expects to
obtain regulatory approval and complete the transaction by year-end", TempEval-3, November 1989), and of the year
before after "since" ("The percentage change is since year-end") or at it in a past clause; a fiscal year-end is a
company's, not the calendar's.
"""

from __future__ import annotations

import re
from datetime import date

from .anchor import nearest_marker, tense
from .grammar import Context, Norm, rule

_UNTIL = re.compile(r"\b(?:until|till|through)\s+$", re.IGNORECASE)
# Present-tense words the tense heuristics count as reports: the present perfect and the reporting verb.
_PRESENT_REPORT = {"has", "have", "says", "say"}


def runs_on(text: str, start: int, end: int) -> bool:
    """True when the month at ``start`` ends a stretch ("until", "till", "through") whose clause is not a simple
    past: the month is the next one of that name (this year's or, across New Year, next year's)."""
    if not _UNTIL.search(text, max(0, start - 10), start):
        return False
    return not_simple_past(text, start, end)


def not_simple_past(text: str, start: int, end: int) -> bool:
    """True when the clause of the expression has no tense marker, or the present perfect or a present reporting
    verb for one ("has recently become", "says"): it runs on to the present rather than telling a finished past."""
    marker = nearest_marker(text, start, end)
    return marker is None or marker in _PRESENT_REPORT


_THE = re.compile(r"\bthe\s+$", re.IGNORECASE)


def last_month_year(anchor: date, month: int, text: str, start: int) -> int:
    """The year of "last <month>" at ``start``: this year's only when the month lies before the one just gone.
    "the last <month>" is the most recent one ("In the last April fool, i invented a story", May 2009)."""
    gone = anchor.month - (0 if _THE.search(text, max(0, start - 5), start) else 1)
    return anchor.year - 1 if month >= gone else anchor.year


# After a preposition the words name a time ("by year-end", "since year-end"); before a noun they classify it ("a
# year-end bonus", "his traditional year-end news conference", "in 1988, when year-end net was below the 1987 level").
_PREPOSITION = re.compile(r"\b(?:by|at|around|since|until|till|before|after|near|toward|towards|through)\s+$", re.I)


@rule("year_end", r"year[- ]end|year's end", needs=frozenset({"year"}))
def year_end(match: re.Match[str], ctx: Context) -> Norm | None:
    preposition = _PREPOSITION.search(ctx.text, max(0, match.start() - 10), match.start())
    if preposition is None:
        return None
    word = preposition.group(0).split()[0].lower()
    # A past event at the year's end was at the end of last year: this year's is still ahead ("had a bigger cash
    # balance at year's end", 4 January 2016); a point reached "by" it may lie ahead whatever the tense.
    past = word in {"at", "around", "near", "after"} and not tense(ctx.text, match.start(), match.end())
    since = word == "since" or past
    if ctx.anchor is None:
        return Norm("DATE", None, "-1 Y" if since else "+0 Y")
    return Norm("DATE", f"{ctx.anchor.year - (1 if since else 0):04d}")


RULES = (year_end,)
