"""Rules for TimeML annotation conventions that a literal reading gets wrong (``extract.timex.rules.v2``).

The TimeML guidelines (Saurí et al., *TimeML Annotation Guidelines* 1.2.1, 2006) and the TempEval-3 corpora
(UzZaman et al., SemEval 2013) write some expressions differently from what their words say:

- "for the year ended March 31" is the twelve months before that date: a DURATION ``P1Y``, not this year;
- "over the past year" / "the next year" name the calendar year before / after the document date (a DATE),
  while "the past two years" stays a duration;
- "the first half of 1990", "the first two quarters of 1990" are the half year ``1990-H1``;
- "the summer", "the early summer" are a season of the document's year (``1989-SU``), or of the year before
  when that season has not begun yet and the clause reports the past.

These rules run before the generic ones, so on an identical extent they win the tie (``tag_timexes`` keeps the
longest match, then the earlier rule).
"""

from __future__ import annotations

import re

from .anchor import looks_future, shift
from .grammar import YEAR, Context, Norm, Rule, rule
from .lexicon import SEASONS


@rule("year_ended", r"the\s+(?:fiscal\s+|financial\s+)?year(?=\s+(?:ended|ending)\b)", needs=frozenset({"year"}))
def year_ended(match: re.Match[str], ctx: Context) -> Norm | None:
    """A reporting year named by its last day: the length is known, the year is the end date's business."""
    return Norm("DURATION", "P1Y")


@rule("past_year", r"the\s+(?P<rel>past|next)\s+year(?!s)", needs=frozenset({"year"}))
def past_year(match: re.Match[str], ctx: Context) -> Norm | None:
    offset = -1 if match.group("rel").lower() == "past" else 1
    if ctx.anchor is None:
        return Norm("DATE", None, f"{offset:+d} Y")
    return Norm("DATE", shift(ctx.anchor, "Y", offset))


@rule(
    "half_of_year",
    rf"the\s+(?P<half>first|second|last|latter)\s+half\s+of\s+(?:fiscal\s+)?{YEAR}"
    rf"|(?:the\s+)?first\s+two\s+quarters\s+of\s+(?:fiscal\s+)?(?P<year2>(?:1[6-9]|20)\d\d)",
    needs=frozenset({"half", "quarters"}),
)
def half_of_year(match: re.Match[str], ctx: Context) -> Norm | None:
    if match.group("year2"):
        return Norm("DATE", f"{match.group('year2')}-H1")
    number = 1 if match.group("half").lower() == "first" else 2
    return Norm("DATE", f"{match.group('year')}-H{number}")


# Month a season starts (northern hemisphere, as the TempEval-3 newswire is).
_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


@rule(
    "the_season",
    rf"the\s+(?:(?:early|late|mid)[\s-]+)?(?P<season>summer|spring|winter|autumn)(?:\s+of\s+{YEAR})?",
    needs=frozenset({"summer", "spring", "winter", "autumn"}),
)
def the_season(match: re.Match[str], ctx: Context) -> Norm | None:
    code = SEASONS[match.group("season").lower()]
    if match.group("year"):
        return Norm("DATE", f"{match.group('year')}-{code}")
    if ctx.anchor is None:
        return Norm("DATE", f"XXXX-{code}", "nearest season")
    year = ctx.anchor.year
    if _SEASON_START[code] > ctx.anchor.month and not looks_future(ctx.text, match.start(), match.end()):
        year -= 1
    return Norm("DATE", f"{year:04d}-{code}")


@rule("that_year", r"that\s+year", needs=frozenset({"year"}))
def that_year(match: re.Match[str], ctx: Context) -> Norm | None:
    """The year of the date the story last named ("$37.3 million in 1988, ... of the $1.5 billion in U.S. watch
    imports that year"); ``discourse.in_context`` fills it in."""
    return Norm("DATE", None, "the year last named")


RULES: tuple[Rule, ...] = (year_ended, that_year, past_year, half_of_year, the_season)
