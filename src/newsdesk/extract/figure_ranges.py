"""A range is one figure (``extract.figures.v7``): "between five and seven days", "200-250 vehicles", "two to three
thousand people", "five or six people", "some 10-12,000 troops".

v6 read each end as a figure of its own, so the brief's Figures list showed "200 — vehicles destroyed" and "250 —
vehicles destroyed" as two claims, "Two to three thousand people" as 2 and 3,000, "three or four hundred
protesters" as 3 and 400, and "between five and seven days" as "seven days" (spaCy tags the whole phrase a DATE, so
the low end was dropped with the dates). Now the two ends are one ``Figure`` whose ``value`` is the low end and
``high`` the high end, with the text of both.

Two numerals make a range when only a range word joins them — "to", "or", a hyphen written without spaces ("200-250",
"four-to-seven"), or "and" after "between" — and the low end is below the high once it takes the high end's scale
("two to three thousand": two thousand; "10-12,000": ten thousand), as English writes ranges. Not a range:
- a change ("rose from 30 to 40", "increased by 22 to 530"); but a hyphen without spaces joins a range's ends, so
  "down from around 250-300", "from 1-4 days" are ranges (v8; v7 read them as changes, so as two figures);
- a score or a vote ("a 3-1 win", "voted 9 to 6": the first is not below the second; "voted 180-238", "on a vote of
  199-229": a hyphenated pair after a word of voting or winning);
- a date ("June 23-24"), a phone number ("1-202-501-4444", "(216) 407-4747"), a mixed fraction ("2 1-2 years"), two
  numerals with a spaced hyphen ("four - two steps");
- two values joined by "or" that are alternatives, not neighbours ("US$ 17 or 100 Egyptian pounds", "1 or 3 ml"):
  "or" makes a range of approximate neighbours ("five or six", "50 or 100 years"), its high end at most twice the low;
  v9: so does "to" after a verb of change ("fell 4 to 15", "surged 4 5/8 to 112 5/8": a change and the level reached).
v9: a hyphen or double hyphen with spaces around it joins a range of numbers in digits ("$130 - $140 per kilogram",
"20 - 24%", "3 -- 4 years"; v8 read two figures), not after a year ("in 2010 - 45 people") nor after a word.
"""

from __future__ import annotations

from spacy.tokens import Doc

from . import naming
from .numbers import SCALES, SUFFIXES

_JOINERS = {"to", "or"}
_HYPHENS = {"-", "\u2013"}
_SPACED_DASHES = {"-", "--", "\u2013"}
_CHANGE = {"from", "by"}  # "rose from 30 to 40", "increased by 22 to 530": a change, not a range
_CURRENCY_SIGNS = {"$", "£", "€", "#"}
# Words before a tally ("voted 180-238", "a vote of 199-229", "won 6-4"), whose two numbers are two sides' counts
# ("lost 20 to 30 percent" is a range: a tally is written with a hyphen).
_TALLY = {
    *("vote", "votes", "voted", "voting", "defeat", "defeated", "win", "wins", "won", "lose", "loses", "lost"),
    *("beat", "beats", "passed", "approved", "rejected", "leads", "led", "trailed", "score", "scored", "edged"),
}
_TALLY_BEFORE = 3  # tokens looked back from the tally: "voted", "a vote of"
# Verbs (and the adverbs of a market report) that tell a change of a level: "rose 20 to 30 percent" is a range of
# the change, "fell 1/8 to 31 7/8" a change and the new level.
_CHANGE_VERBS = {
    *("rose", "rise", "rises", "fell", "fall", "falls", "eased", "dropped", "drops", "slipped", "slid", "gained"),
    *("added", "jumped", "surged", "climbed", "rallied", "declined", "dipped", "tumbled", "plunged", "soared"),
    *("rocketed", "increased", "decreased", "advanced", "retreated", "sank", "shed", "slumped", "up", "down"),
}
_OR_SPREAD = 2.0  # "five or six", "50 or 100": an "or" range's high end is at most twice its low end
_YEARS = (1800, 2100)  # a four-digit number in these is a year: "2004–2014" is a span of time, a timex's


def _glued(doc: Doc, k: int) -> bool:
    """A hyphen written without spaces around it ("200-250")."""
    return doc[k].text in _HYPHENS and not doc[k - 1].whitespace_ and not doc[k].whitespace_


def low_end(doc: Doc, start: int, runs: dict[int, tuple[int, int]]) -> tuple[int, int, int] | None:
    """The low end of a range whose high end is the numeral starting at token ``start``: (first, end) of its
    numeral and the token the range opens with ("between", a currency sign, or the numeral itself); None when no
    range word joins a numeral of ``runs`` (keyed by the token after each numeral) to it."""
    k = start - 1
    if k > 1 and doc[k].text in _CURRENCY_SIGNS and not doc[k].whitespace_ and spaced_dash(doc, k - 1):
        k -= 1  # v9: the high end's own sign after a dash, "$110 - $115" (not "fell $1.25 to $107.37": a change)
    if k < 1:
        return None
    if doc[k].text in _HYPHENS and k >= 3 and doc[k - 1].lower_ == "to" and _glued(doc, k) and _glued(doc, k - 2):
        joiner = k - 2  # "four-to-seven"
    elif doc[k].lower_ in _JOINERS or doc[k].lower_ == "and" or _glued(doc, k) or spaced_dash(doc, k):
        joiner = k
    else:
        return None
    run = runs.get(joiner)
    if run is None:
        return None
    first, end = run
    before = doc[first - 1].lower_ if first else ""
    if spaced_dash(doc, joiner) and (
        year(doc[first:end].text) or year(doc[start].text) or not doc[first].text[0].isdigit()
    ):
        return None  # v9: "in 2010 - 45 people" (a date set apart), "a sixth -- 179" (an article's number)
    if doc[joiner].lower_ == "and":
        return (first, end, first - 1) if before == "between" else None
    if _glued(doc, joiner) and (_chained(doc, first - 1) or _chained(doc, start + 1) or before in {"(", ")"}):
        return None  # a phone number: "1-202-501-4444", "(216) 407-4747"
    opening = first - 1 if before in _CURRENCY_SIGNS else first
    previous = doc[opening - 1] if opening else None
    if previous is not None and (naming.month_name(previous) or previous.text.isdigit()):
        return None  # a date ("June 23-24"), a mixed fraction ("2 1-2 years": two and a half)
    change = (previous is not None and previous.lower_ in _CHANGE) or (
        opening > 1 and doc[opening - 2].lower_ == "from"
    )
    dash = _glued(doc, joiner) or spaced_dash(doc, joiner)
    if change and not dash:
        return None  # "from 30 to 40", "by 22 to 530", "from phase 5 to 6"; v8: not "down from around 250-300"
    if tally(doc, opening) and dash:
        return None  # news style writes a vote or a score with a hyphen: "voted 230-198"
    return first, end, opening - 1 if previous is not None and previous.lower_ == "between" else opening


def spaced_dash(doc: Doc, k: int) -> bool:
    """v9: a hyphen or a double hyphen with spaces around it between two numbers ("$110 - $115 per barrel", "3 -- 4
    years"): a range's dash when the ends make one (the low end below the high); "reached 302 - 232 in Cairo", "a
    death toll of 3,838 - 2,493 civilians" set a part apart from a total, and their second number is the smaller."""
    return doc[k].text in _SPACED_DASHES and bool(doc[k - 1].whitespace_) and bool(doc[k].whitespace_)


def year(text: str) -> bool:
    """A bare year: four digits between 1800 and 2100 ("2004", not "2,004")."""
    return len(text) == 4 and text.isdigit() and _YEARS[0] <= int(text) <= _YEARS[1]


def after_change(doc: Doc, opening: int) -> bool:
    """v9: a verb of change just before the token ``opening`` ("rose 20 to 30 percent", "dropped 2 1/2 to 37 3/4"):
    "X to Y" after it is a range only when its ends are neighbours, as an "or" range's (``range_values``); else X is
    the change and Y the level it reached ("fell $1.25 to $107.37", "surged 4 5/8 to 112 5/8")."""
    return opening > 0 and doc[opening - 1].lower_ in _CHANGE_VERBS


def tally(doc: Doc, opening: int) -> bool:
    """A word of voting or winning just before the token ``opening``: two numbers after it are two sides' counts."""
    return any(t.lower_ in _TALLY for t in doc[max(0, opening - _TALLY_BEFORE) : opening])


def _chained(doc: Doc, k: int) -> bool:
    """A glued hyphen at token ``k`` with a number on its far side: the range's end is one part of a longer code."""
    return 0 < k < len(doc) - 1 and _glued(doc, k) and (doc[k - 1].like_num and doc[k + 1].like_num)


def _scale(words: list[str]) -> float | None:
    last = words[-1].lower() if words else ""
    return SCALES.get(last) or SUFFIXES.get(last)


def range_values(
    low: float,
    high: float,
    low_words: list[str],
    high_words: list[str],
    joiner: str = "to",
    after_change: bool = False,
) -> tuple[float, float] | None:
    """The (low, high) values of a range whose ends read ``low`` and ``high`` on their own and are written as
    ``low_words`` and ``high_words``, joined by ``joiner``: a low end without a scale takes the high end's ("two to
    three thousand", "43-86 million"), also when the scale is written as zeros ("10-12,000", "9-10,000": nine
    thousand; "5-600": five hundred; not "10 to 100", "1 to 1500"); None when the low end is not below the high (a
    score, a vote) or an "or" joins values that are no neighbours."""
    scale = _scale(high_words)
    if scale and not _scale(low_words):
        low *= scale
    elif len(low_words) == 1 and low_words[0].isdigit() and float(high).is_integer():
        low = _zeros_scaled(low, int(high))
    if (joiner == "or" or (after_change and joiner == "to")) and high > _OR_SPREAD * low:
        return None
    return (low, high) if low < high else None


def _zeros_scaled(low: float, high: int) -> float:
    """``low`` times the power of ten (100 or more, up to the high end's trailing zeros) that puts it in the high
    end's decade below it: the hundreds or thousands a writer leaves off the low end ("5-600", "9-10,000")."""
    zeros = len(str(high)) - len(str(high).rstrip("0"))
    for power in range(zeros, 1, -1):
        scaled = low * 10**power
        if scaled < high < scaled * 10:
            return scaled
    return low
