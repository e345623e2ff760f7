"""A number in words that opens with an article or a fraction (``extract.figures.v11``): "a million", "half a
million", "a quarter of a million", "three-quarters of a million", "half a dozen", "a third of the population".

A numeral run starts at a number word (``numeral_runs.numeral_runs``), so v10 read each of these from its scale word:
"million", value 1,000,000, whatever came before it. The value was right for "a million" only (its span "million";
the brief's views put the "a" back, session 21); "half a million" and "a quarter of a million" were read as a
million, "half a dozen" as 12, and "a third of the population" as the ordinal 3. Now the run opens at the article or
the fraction, so the span is the words a reader sees and ``numbers.share`` reads the value as spoken: 500,000,
250,000, 750,000, 6, 1/3. "a third" is a fraction only before "of" ("a third term" is an ordinal); a scale word
with no article before it ("million people", after a cut) stays as it was. v12: a number goes on with a half
(``half_end``): "a million and half", "one and a half million". v13: so does a number of ones or tens before a unit
("two and a half years" 2.5; v12 no figure).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .numbers import DENOMINATORS, FRACTIONS, ONES, SCALES, TENS

_ARTICLES = {"a", "an"}


def opening(doc: Doc, start: int, end: int) -> int:
    """The token the numeral at tokens ``start``..``end`` opens at, read with the article or fraction before it
    (see the module docstring); ``start`` when there is none."""
    if start == 0 or doc[start - 1].lower_ not in _ARTICLES:
        return start
    first = doc[start].lower_
    if first in DENOMINATORS and end - start == 1 and end < len(doc) and doc[end].lower_ == "of":
        return start - 1  # "a third of the population"
    if first not in SCALES:
        return start
    article = start - 1
    if article and doc[article - 1].lower_ == "half":
        # "half a million"; "one and a half million" is one and a half, which v10 read as two numbers, and still does
        return article - 1 if article < 2 or doc[article - 2].lower_ != "and" else start
    if article > 1 and doc[article - 1].lower_ == "of":
        fraction = _fraction(doc, article - 2)  # "a quarter of a million"
        return article if fraction is None else fraction
    return article


def half_end(doc: Doc, end: int) -> int:
    """The end of a numeral that ends at token ``end`` and goes on with a half (``extract.figures.v12``): "a million |
    and half", "a million | and a half" (after a scale word), "one | and a half million" (before one); ``end`` when
    it does not. v11 read "a million" (1,000,000) and left "one and a half million" without a figure. v13: "two | and
    a half years" (ones or tens, "a" before the half, no scale word after it), also hyphenated: "two-and-a-half
    hours" (v12 "two", 2 hours)."""
    words = _hyphened(doc, end, 3) if end >= 1 else []
    if not words or doc[words[0]].lower_ != "and":
        return end
    article = len(words) > 1 and doc[words[1]].lower_ in _ARTICLES
    k = words[2] if article and len(words) > 2 else words[1] if len(words) > 1 and not article else len(doc)
    if k >= len(doc) or doc[k].lower_ != "half":
        return end
    last = doc[end - 1].lower_
    if last in SCALES and (k + 1 >= len(doc) or doc[k + 1].lower_ not in SCALES):
        return k + 1
    if last in ONES and k + 1 < len(doc) and doc[k + 1].lower_ in SCALES:
        return k + 2
    if (last in ONES or last in TENS) and article and (k + 1 >= len(doc) or doc[k + 1].lower_ != "of"):
        # v13: "two and a half years", "eleven and a half days" (v12 no figure); not "two and half of them"
        return k + 1
    return end


def _hyphened(doc: Doc, start: int, count: int) -> list[int]:
    """Up to ``count`` word tokens from ``start``, stepping over a hyphen glued to the words either side of it
    ("two-and-a-half": "and", "a", "half" after "two"), but not over a spaced one."""
    found: list[int] = []
    i = start
    while i < len(doc) and len(found) < count:
        if doc[i].text == "-":
            if doc[i].whitespace_ or not i or doc[i - 1].whitespace_:
                break
            i += 1
            continue
        found.append(i)
        i += 1
    return found


def _fraction(doc: Doc, k: int) -> int | None:
    """The first token of a fraction that ends at token ``k`` ("a quarter", "one third", "three-quarters", "three
    quarters"), or None."""
    word = doc[k].lower_
    if word not in FRACTIONS or word == "half":
        return None
    if not word.endswith("s"):  # "a quarter", "one third"
        return k - 1 if k and doc[k - 1].lower_ in {*_ARTICLES, "one"} else None
    glued = k > 1 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_
    count = k - 2 if glued else k - 1
    return count if count >= 0 and doc[count].lower_ in ONES else None
