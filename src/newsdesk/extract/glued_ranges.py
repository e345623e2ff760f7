"""A range written inside one token (``extract.figures.v8``): "10–15 people", "1,000–2,000 people", "$5–10 billion"
(an en or em dash between digits, which spaCy's tokenizer keeps in one word, so v7 read no figure at all), and "$43
million-86 million" (a hyphen after a scale word: the tokenizer splits "43", "million-86", "million", and v7 read "$43"
and "million" as two figures).

The run's words are cut at that dash into a low end and a high end, each read as a numeral, and the pair goes
through ``figure_ranges.range_values`` as any range does ("$5–10 billion": five billion to ten billion; "10–12,000":
ten thousand to twelve thousand). A run that holds such a dash but is no range gives no figure, as under v7: a span
of years ("2004–2014"), a score ("a 70–44 win": the low end is not below the high), a vote ("voted 230–198").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .figure_ranges import range_values, tally, year
from .money import numeral_value
from .numbers import parse_number

# "10–15", "1,000–2,000", "10–12,000", "20—30": digits, an en or em dash, digits (one dash: "202–501–4444" is no range)
_DASHED = re.compile(r"(\d[\d,.]*)[\u2013\u2014](\d[\d,.]*)")
# "million-86" of "$43 million-86 million": a scale word, a hyphen, digits
_SCALE_HYPHEN = re.compile(r"(hundred|thousand|million|billion|trillion)-(\d[\d,.]*)", re.IGNORECASE)


def dashed(text: str) -> bool:
    """A word that is a range of digits joined by an en or em dash ("10–15")."""
    return _DASHED.fullmatch(text) is not None


def continues(text: str) -> bool:
    """A word that goes on a numeral in digits with its scale and the high end's digits ("million-86")."""
    return _SCALE_HYPHEN.fullmatch(text) is not None


def _ends(words: list[str]) -> tuple[list[str], list[str]] | None:
    """A numeral's words cut at the dash inside one of them: (low end's words, high end's words)."""
    for k, word in enumerate(words):
        match = _DASHED.fullmatch(word) or (_SCALE_HYPHEN.fullmatch(word) if k else None)
        if match:
            return [*words[:k], match.group(1)], [match.group(2), *words[k + 1 :]]
    return None


def _year(words: list[str]) -> bool:
    return len(words) == 1 and year(words[0])


def numeral_values(doc: Doc, start: int, end: int, money: bool) -> tuple[float | None, float | None] | None:
    """The (value, high) of the numeral at tokens ``start``..``end``: a range's low and high end when the range is
    inside a token, else its value and None; None when it holds such a dash but is no range (no figure). ``money``:
    a currency sign comes before it, so a bare "m" after the high end is millions."""
    ends = _ends([t.text for t in doc[start:end]])
    if ends is None:
        return numeral_value(doc, start, end), None
    low_words, high_words = ends
    if _year(low_words) or _year(high_words) or tally(doc, start - 1 if money else start):
        return None
    low, high = parse_number(" ".join(low_words), money), parse_number(" ".join(high_words), money)
    return range_values(low, high, low_words, high_words) if low is not None and high is not None else None
