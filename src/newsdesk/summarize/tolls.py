"""Summary lines that give the story's death toll again (``summarize.lines.v2``'s second rejection).

A story's toll is reported again and again as it rises, and each report is a good summary sentence on its own: the
ILP's concepts are word bigrams, and "up to 50,000 people have been killed", "Tens of thousands of people are feared
to have died" and "the death toll … was likely to be between 100,000 and 200,000" share none, so haiti_bbc's summary
gave its toll four times (docs/benchmarks.md, session 19, helper ``summary3``). A reader wants it once, as last
reported: a toll is revised as the dead are counted, up and down (of one day's reports, the highest), and a figure
stays over a toll in words ("Thousands of people have been killed").

Read from the words alone, so the check runs where no annotation is at hand. A line gives the toll when a count of
people (no other group: "2,000 members of the security forces" is a count of its own) is killed or died, or is a
death toll. Not the toll, but one event's count (session 17's count rule took these for repeats; 3 of 3 wrong): a line
that names a day ("seven people had been killed on Thursday, in Homs …", "On Friday activists said security forces
shot dead at least 11 people …"); two lines that name different places ("in Mexico" / "in the United States"); a
line naming a year before its report's ("when the 'Hong Kong' flu killed about a million people in 1968"). Nor a
forecast ("could range between 50,000 and 750,000") or what a disease kills every year.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from itertools import combinations

from newsdesk.extract.numbers import parse_number

Key = tuple[str, int]  # (article id, sentence index)

_VAGUE = {
    "dozens": 12.0,
    "hundreds": 100.0,
    "thousands": 1e3,
    "tens of thousands": 1e4,
    "hundreds of thousands": 1e5,
    "a million": 1e6,
}
_QUALIFIER = (
    r"(?:(?:up\s+to|at\s+least|more\s+than|as\s+many\s+as|about|around|nearly|almost|some|over|an\s+estimated"
    r"|estimated|roughly|between)\s+)?"
)
# a count, not a rate or a measure ("kills roughly 0.1% of those infected", "the 7.0-magnitude quake")
_NUMBER = (
    r"(\d+(?:[,.]\d+)*(?:\s+(?:million|thousand))?(?![\w%-]|[.,]\d)|(?:tens|hundreds)\s+of\s+thousands|thousands"
    r"|hundreds|dozens|a\s+million)"
)
_PEOPLE = r"(?:\s+(?:of\s+)?(?:people|persons|civilians|lives))?"
# "up to 50,000 people have been killed", "Tens of thousands of people are feared to have died"
_DIED = re.compile(
    rf"\b{_QUALIFIER}{_NUMBER}{_PEOPLE}\s+(?:(?:are|were|have|has|had|is|was)\s+)?"
    r"(?:(?:been|now|already|reportedly|feared|believed|thought|estimated|reported|confirmed)\s+)*"
    r"(?:to\s+have\s+(?:died|been\s+killed)|been\s+killed|killed|dead|died)\b",
    re.IGNORECASE,
)
# "the quake, which killed as many as 200,000", "have killed more than 1,000 people"
_KILLED = re.compile(rf"\b(?:killed|killing|kills|kill)\s+{_QUALIFIER}{_NUMBER}{_PEOPLE}(?![\w-])", re.IGNORECASE)
# "the death toll from the quake was likely to be between 100,000 and 200,000"
_TOLL = re.compile(rf"\bdeath\s+toll\b[^;]{{0,60}}?\b{_QUALIFIER}{_NUMBER}", re.IGNORECASE)
# a range's upper end ("between 100,000 and 200,000"), or what a toll was revised to ("from 159 to 56")
_RANGE_END = re.compile(r"\s*(?:and|to|-|–)\s*(\d+(?:[,.]\d+)*(?:\s+(?:million|thousand))?)")
# not a report of the dead: a forecast ("the death toll in the UK could range between 50,000 and 750,000") or what a
# disease kills every year ("Seasonal flu kills between 250,000 and 500,000 people around the world every year")
_NOT_REPORTED = re.compile(r"\b(?:could|would|might|may)\b|\b(?:every|each|a)\s+year\b", re.IGNORECASE)
_DAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|overnight|"
    r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\b"
)
_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
_PLACE = re.compile(rf"\bin\s+(?:the\s+)?(?!{_MONTHS})((?:[A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+)*)")
_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")


def _value(number: str) -> float | None:
    return _VAGUE.get(" ".join(number.lower().split())) or parse_number(number)


def death_toll(text: str, published: date | None = None) -> float | None:
    """The death toll ``text`` gives for its story (the highest count of people killed in it, the upper end of a
    range), or None when it gives none: no such count, or an event's (a day named, a year before ``published``)."""
    found = _toll(text, published)
    return found[0] if found else None


def _toll(text: str, published: date | None) -> tuple[float, bool] | None:
    """``death_toll`` and whether it is given in words only ("Thousands of people have been killed")."""
    if _DAY.search(text) or _NOT_REPORTED.search(text):
        return None
    if published and any(int(y) < published.year - 1 for y in _YEAR.findall(text)):
        return None
    values = []
    for pattern in (_DIED, _KILLED, _TOLL):
        for m in pattern.finditer(text):
            end = _RANGE_END.match(text, m.end(1))
            revised = end is not None and text[: m.start(1)].rstrip().lower().endswith("from")
            values.extend([] if revised else [m.group(1)])
            values.extend([end.group(1)] if end else [])
    read = [(value, number) for number in values if (value := _value(number))]
    if not read:
        return None
    return max(value for value, _ in read), all(not number[0].isdigit() for _, number in read)


def places(text: str) -> frozenset[str]:
    """The capitalized places a line puts something "in" ("in Mexico", "in Port-au-Prince")."""
    return frozenset(m.group(1) for m in _PLACE.finditer(text))


def toll_repeats(keys: Sequence[Key], texts: Mapping[Key, str], published: Mapping[str, date | None]) -> set[int]:
    """The positions of ``keys`` (a summary's lines in reading order) whose death toll another line gives too: of two
    lines that give the toll (``death_toll``) and name no two different places, one given in words only when the
    other gives a figure ("Thousands of people have been killed" restates "more than 9,000 people have died", it
    does not revise it), else the earlier report (a later toll updates it, up or down: "Mexico has scaled back its
    death toll from 159 to 56"), else (of one day, or undated) the lower toll, or of two equal ones the first."""
    tolls = {
        n: (*found, places(texts[key]), published[key[0]])
        for n, key in enumerate(keys)
        if (found := _toll(texts[key], published[key[0]]))
    }
    bad = set()
    for m, n in combinations(sorted(tolls), 2):
        (first, vague, here, day), (second, worded, there, later) = tolls[m], tolls[n]
        if here and there and not here & there:
            continue
        if vague != worded:
            bad.add(m if vague else n)
        elif day is not None and later is not None and day != later:
            bad.add(m)
        else:
            bad.add(n if second < first else m)
    return bad
