"""The period a figure is a rate over (``align.facts.v15``): "about 100 a day", "more than 200,000 every year", "1.6
million barrels per day".

Two rates over two periods are not one quantity: "about 100 [deaths] a day" and "more than 200,000 every year" can
both be right, and neither revises the other. The period is the tagger's own reading of a repeated time (a ``SET``
timex with a duration value: "a day", "every day", "daily" are all ``P1D``) right after the figure, or "per day",
"per year" written out, which the tagger leaves alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from newsdesk.model import Annotations, Article

# Between a figure and its period: the counted noun and at most a few words of its clause ("15,000 people had been
# crossing the border every day"), no clause break.
_BETWEEN = re.compile(r"^(?:\s+[\w'’$£€%.-]+){0,6}?\s+$")
_PER = re.compile(r"^(?:\s+[\w'’$£€%.-]+){0,3}?\s+per\s+(hour|day|week|month|year)\b", re.IGNORECASE)
_PER_CODE = {"hour": "PT1H", "day": "P1D", "week": "P1W", "month": "P1M", "year": "P1Y"}
# How far after a figure its period may start (six words).
_REACH = 60
# A one-word period ("daily", "weekly") before a noun qualifies the noun, not the figure: "11 people after weekly
# prayers", "a fourth consecutive weekly gain"; one the rate's clause goes on past ("25 to 30 vessels daily
# arriving" aside) is followed by a preposition, a conjunction or nothing.
_ADVERB_THEN = re.compile(
    r"^\s*(?:$|[^\w\s]|(?:after|before|in|on|at|to|from|for|and|or|but|since|during|over|until|of)\b)", re.I
)
# "up from around $4.30 a year before,": a time back, not a rate (the tagger reads "a year" after a figure as a
# SET); "$200,000 a day before the financial crisis" is a rate whose time follows.
_NOT_A_RATE = re.compile(r"^\s+(?:before|earlier|ago|later)\b(?!\s+\w)", re.I)


def period(figure: Any, article: Article, annotations: Annotations) -> str | None:
    """The period ``figure`` is a rate over, as an ISO 8601 duration ("P1D"), or None when it is no rate."""
    sentence = next((s for s in article.sentences if s.start <= figure.start < s.end), None)
    end = min(figure.end + _REACH, sentence.end if sentence else figure.end)
    for t in sorted(annotations.timexes, key=lambda t: t.start):
        if t.type != "SET" or not (t.value or "").startswith("P") or not figure.end <= t.start < end:
            continue
        if not (t.start == figure.end or _BETWEEN.match(article.text[figure.end : t.start])):
            break
        rest = article.text[t.end : end + 20]
        if _NOT_A_RATE.match(rest) or (" " not in t.text.strip() and not _ADVERB_THEN.match(rest)):
            break
        return str(t.value)
    per = _PER.match(article.text[figure.end : end])
    return _PER_CODE[per.group(1).lower()] if per else None


def two_periods(fa: Any, fb: Any, articles: Mapping[str, Article], ann: Mapping[str, Annotations]) -> bool:
    """v15: both figures are rates, over two different periods ("about 100 a day" / "200,000 every year")."""
    pa = period(fa, articles[fa.article], ann[fa.article]) if fa.article in ann else None
    pb = period(fb, articles[fb.article], ann[fb.article]) if fb.article in ann else None
    return pa is not None and pb is not None and pa != pb
