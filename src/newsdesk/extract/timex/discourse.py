"""Document-level refinement: a comparison "a year earlier" in a sentence about a quarter means that quarter.

HeidelTime anchors narrative expressions on the last mentioned date rather than the published date; the
same idea applied to financial news: "profit rose 5% from a year ago" in a sentence about quarterly results
compares with the same quarter of the previous year, i.e. the last quarter mentioned minus four quarters.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING

from .anchor import sentence_window

if TYPE_CHECKING:
    from . import TimexSpan

_YEAR_BACK = re.compile(
    r"^(?:a year (?:ago|earlier|before)|(?:the\s+)?(?:year-earlier|year-ago|year-before|prior-year))$", re.IGNORECASE
)
_QUARTER_TALK = re.compile(r"\b(?:quarter|quarterly|period|three months)\b", re.IGNORECASE)
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
# About three sentences of newswire (a sentence averages ~150 characters in TimeBank/AQUAINT-style copy).
NEARBY = 450


def _year_before(quarter: str) -> str | None:
    match = _QUARTER.match(quarter)
    return f"{int(match.group(1)) - 1}-Q{match.group(2)}" if match else None


def in_context(text: str, spans: list[TimexSpan]) -> list[TimexSpan]:
    """Rewrite year-back comparisons made in quarter talk to the year-earlier quarter."""
    last_quarter: str | None = None
    last_end = 0
    result = []
    for span in spans:
        if span.value and _QUARTER.match(span.value):
            last_quarter, last_end = span.value, span.end
        elif span.value and _YEAR_BACK.match(span.text) and last_quarter:
            before, after = sentence_window(text, span.start, span.end)
            # Quarter talk in the same sentence, or a quarter named within the last few sentences.
            near = span.start - last_end < NEARBY
            if near or _QUARTER_TALK.search(before) or _QUARTER_TALK.search(after):
                value = _year_before(last_quarter)
                if value:
                    span = dataclasses.replace(span, value=value, relation=f"same quarter a year before {last_quarter}")
        result.append(span)
    return result
