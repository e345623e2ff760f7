"""Numbers written with a slash (``extract.figures.v9``): fractions, mixed numbers, and the slashed years and days
that are times, not figures.

v8 read no value for any "N/N" token, and a mixed number as two numerals: "2-1/2 years" (a wire's two and a half
years) was "2 — year" and a valueless "1/2 years", "Yahoo rose 30 7/16" (a 1998 share price in sixteenths) was "30"
and "7/16". Now:
- a proper fraction with a denominator English writes as one (halves, thirds, quarters, eighths, sixteenths,
  thirty-seconds: "3/4 of the country", a bond's "fell 10/32") is its value;
- a whole number joined to such a fraction by a hyphen written without spaces or by a space ("2-1/2", "30 7/16") is
  one numeral, their sum (the printed form of "2½" and of the stock tables' fractions);
- "21/2 hours", "11/2 years": a "½" written out with its space lost ("2 1/2") is read so only before a unit of
  measure (``units.UNITS``): "21/2" alone may be a date (21 February);
- slashed years and days are times ("the 2011/12 crop year", "1997/98", "end of 4/2008", "Feb 15/16, 2011"), so no
  figure (``years``; ``naming.names``), as a year or a date written otherwise is none.
Other slashed numbers keep no value, as under v8 ("80/20 rule", "17/2", "20/20 vision"): what they are is not told
by their digits.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .units import UNITS

_FRACTION = re.compile(r"(\d{1,2})/(\d{1,2})")
# Denominators written as fractions in English text: halves to sixty-fourths (stock and bond prices), thirds.
_DENOMINATORS = {2, 3, 4, 8, 16, 32, 64}
# "21/2", "181/2", "33/4": a whole number and a half or a quarter with the space between them lost.
_LOST_SPACE = re.compile(r"(\d{1,3})([13]/[24])")
_YEAR = re.compile(r"(?:18|19|20)\d\d")
_WHOLE = re.compile(r"\d{1,3}")


def fraction(text: str) -> float | None:
    """The value of a proper fraction "N/D" (0 < N < D, D a fraction's denominator), else None."""
    match = _FRACTION.fullmatch(text)
    if match is None:
        return None
    numerator, denominator = int(match.group(1)), int(match.group(2))
    return numerator / denominator if 0 < numerator < denominator and denominator in _DENOMINATORS else None


def mixed_end(doc: Doc, start: int, end: int) -> int:
    """The end of the numeral at tokens ``start``..``end`` taken on over a fraction joined to its whole number: "2",
    "-", "1/2" or "30", "7/16"; else ``end``."""
    if end != start + 1 or not _WHOLE.fullmatch(doc[start].text) or end >= len(doc):
        return end
    if doc[start].whitespace_ and fraction(doc[end].text) is not None:
        return end + 1  # "30 7/16"
    glued = end + 1 < len(doc) and doc[end].text == "-" and not doc[start].whitespace_ and not doc[end].whitespace_
    return end + 2 if glued and fraction(doc[end + 1].text) is not None else end


def value(doc: Doc, start: int, end: int) -> float | None:
    """The value of a numeral at tokens ``start``..``end`` that holds a slash: a fraction, a mixed number, or a
    "½" whose space was lost before a unit; None for any other."""
    words = [t.text for t in doc[start:end] if t.text != "-"]
    if len(words) == 1:
        alone = fraction(words[0])
        if alone is not None:
            return alone
        lost = _LOST_SPACE.fullmatch(words[0])
        unit = end < len(doc) and doc[end].lower_ in UNITS
        return int(lost.group(1)) + (fraction(lost.group(2)) or 0.0) if lost and unit else None
    if len(words) == 2 and _WHOLE.fullmatch(words[0]) and (part := fraction(words[1])) is not None:
        return int(words[0]) + part
    return None


def years(text: str) -> bool:
    """A slashed numeral that writes years ("2011/12", "1997/98") or a month and year ("4/2008"); ``naming`` also
    takes slashed days beside a month's name ("Feb 15/16", "30/31 May") for times."""
    first, slash, second = text.partition("/")
    if not slash or not first.isdigit() or not second.isdigit():
        return False
    return bool(_YEAR.fullmatch(first) and len(second) in {2, 4}) or bool(_YEAR.fullmatch(second))
