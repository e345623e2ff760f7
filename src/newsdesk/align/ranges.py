"""A range is one figure with a low and a high end (``align.facts.v12``): "200-250 Libyan army vehicles", "between
200 and 250 Libyan military vehicles", "10,000 to 12,000 troops", "some 10-12,000 loyal Libyan troops", "$43
million-86 million".

The figure extractor reads each end of a range as a figure of its own ("10,000" and "12,000 troops"; "some 10" troops
and "12,000"), or, in words, the high end only ("between five and seven days" → "seven days"; ``extract.figures.v5``
summed them, 12 days). Compared end by end, two renderings of one range disagree ("12,000" vs "some 10") and a point
inside a range contradicts it. Read as an interval, two renderings of the same range agree, a point or range inside
another is a refinement of it (both can be true), and only an interval outside the other is a conflict or an update
(``conflict_rules.Rules.ranges``). A range's low end written without the high end's scale takes it ("43-86 million",
"10-12,000": ten thousand), as English writes ranges.

Read from the article's text around the figures, without a parser: the records stay whatever the extractor made
them, and a ``Range`` stands in for a range's ends where figures are compared.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from newsdesk.extract.figure_ranges import range_values
from newsdesk.extract.numbers import ONES, SCALES, SUFFIXES, TENS, parse_digits, parse_words
from newsdesk.extract.ratios import RATIO
from newsdesk.model import Article

_SCALE_WORDS = "|".join(sorted((*SCALES, *SUFFIXES), key=len, reverse=True))
_NUMBER_WORD = rf"(?:{'|'.join((*TENS, *ONES))})(?:-(?:{'|'.join(ONES)}))?(?!\w)"
# One end: an optional currency sign, digits or number words, an optional scale ("$43 million", "12,000", "five").
_END = (
    rf"(?P<{{0}}cur>[$£€#]\s?)?(?P<{{0}}num>\d[\d,]*(?:\.\d+)?|{_NUMBER_WORD})"
    rf"(?:\s?(?P<{{0}}scale>(?:{_SCALE_WORDS})\b))?"
)
# "between 200 and 250", "between 50 million to 100 million"; "10,000 to 12,000", "200-250", "four-to-seven". "rose
# from 30 to 40" and "increased by 22 to 530" are changes, not ranges, and are left out (``_CHANGE``).
_RANGE = re.compile(
    rf"(?P<between>\bbetween\s+)?(?<![\w$£€#.,-]){_END.format('lo')}"
    rf"(?:\s*[-–]\s*|\s*-to-\s*|\s+to\s+|(?(between)\s+and\s+|(?!)))"
    rf"{_END.format('hi')}",
    re.IGNORECASE,
)
_CHANGE = re.compile(r"\b(?:from|by)\s+$", re.IGNORECASE)


def _end_value(match: re.Match[str], side: str) -> float | None:
    number = match.group(f"{side}num")
    value = parse_digits(number) if number[0].isdigit() else parse_words([number])
    scale = match.group(f"{side}scale")
    if value is None or not scale:
        return value
    return value * (SCALES.get(scale.lower()) or SUFFIXES[scale.lower()])


def _bounds_of(match: re.Match[str]) -> tuple[float, float] | None:
    """The range's (low, high) values, the low end taking the high end's scale when it has none ("43-86 million",
    "10-12,000"; ``figure_ranges.range_values``); None when it is no range: an end unread, or the low end not below
    the high ("a 3-1 win")."""
    low, high = _end_value(match, "lo"), _end_value(match, "hi")
    if low is None or high is None:
        return None
    return range_values(low, high, _words(match, "lo"), _words(match, "hi"))


def _words(match: re.Match[str], side: str) -> list[str]:
    return [w for w in (match.group(f"{side}num"), match.group(f"{side}scale")) if w]


@dataclass(frozen=True, slots=True)
class Range:
    """A range read as one figure: the fields of a ``Figure`` a comparison reads, ``value`` its low end and
    ``high`` its high end; ``text`` is the range as written ("10,000 to 12,000 troops")."""

    article: str
    sentence: int
    start: int
    end: int
    text: str
    value: float
    high: float
    unit: str | None
    qualifier: str | None
    context: str | None


def bounds(figure: Any) -> tuple[float, float]:
    """A figure's (low, high): a point's value twice, a range's ends (a ``Range``, or a ``Figure`` with ``high``)."""
    high = getattr(figure, "high", None)
    return (figure.value, figure.value if high is None else high)


def holds_value(a: Any, b: Any) -> bool:
    """Whether two figures give the same value: the same bounds, or a point at one end of a range ("500,000" and
    "about 500,000 to 600,000"; "$86 million" and "$43 million-86 million")."""
    (la, ha), (lb, hb) = bounds(a), bounds(b)
    if (la, ha) == (lb, hb):
        return True
    if la == ha:
        return la in (lb, hb)
    return lb == hb and lb in (la, ha)


def wider(a: Any, b: Any) -> Any | None:
    """The figure whose interval holds the other's when they differ and at least one is a range: it is refined by
    the other ("between three and seven days" by "five days"); None otherwise."""
    (la, ha), (lb, hb) = bounds(a), bounds(b)
    if (la, ha) == (lb, hb) or (la == ha and lb == hb):
        return None
    if la <= lb and hb <= ha:
        return a
    if lb <= la and ha <= hb:
        return b
    return None


def merge(figures: Sequence[Any], article: Article) -> list[Any]:
    """``figures`` (one article's, in text order) with the ends of each range the text writes replaced by one
    ``Range``, in the place of its first end; a figure in no range is kept as it is."""
    merged: list[Any] = []
    taken: dict[int, Range] = {}
    for figure in figures:
        # a ratio's text may hold a range ("three to four out of 1,000", extract.figures.v10): its value is the ratio
        found = None if figure.unit == RATIO else _range_at(figure, figures, article)
        if found is None:
            merged.append(figure)
        elif found.start not in taken:
            taken[found.start] = found
            merged.append(found)
    return merged


def _range_at(figure: Any, figures: Sequence[Any], article: Article) -> Range | None:
    sentence = next((s for s in article.sentences if s.start <= figure.start < s.end), None)
    if sentence is None:
        return None
    for match in _RANGE.finditer(sentence.text):
        start, end = sentence.start + match.start(), sentence.start + match.end()
        if match.group("between"):
            start += len(match.group("between"))
        if not (start <= figure.start < end or figure.start <= start < figure.end):
            continue
        found = _bounds_of(match)
        if found is None or _CHANGE.search(article.text[max(0, start - 8) : start]):
            return None
        members = [f for f in figures if f.start < end and start < f.end and f.value is not None]
        first, last = min(m.start for m in members), max(m.end for m in members)
        # The unit of the end that writes it after the number ("12,000 troops", "seven days"), else of the other.
        with_unit = [m for m in members if m.unit] or members
        anchor = with_unit[-1]
        span_start, span_end = min(first, sentence.start + match.start()), max(last, end)
        return Range(
            article=figure.article,
            sentence=figure.sentence,
            start=span_start,
            end=span_end,
            text=article.text[span_start:span_end],
            value=found[0],
            high=found[1],
            unit=anchor.unit,
            qualifier=members[0].qualifier,
            context=next((m.context for m in reversed(members) if m.context), None),
        )
    return None
