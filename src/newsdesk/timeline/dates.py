"""Which days matter in a story: how often the articles refer to a day, and how much is published on it.

Ghalandari & Ifrim (ACL 2020, "Examining the State-of-the-Art in News Timeline Summarization") show that the
number of sentences that mention a date and the number of articles published on it are the strongest
unsupervised signals for picking timeline dates; DATEWISE learns a weighting of such features. Here they are
combined with fixed weights: each article that names the day counts once (an article repeating a date is
not more evidence), only articles published on or after the day count (a forecast is not an event), and each
article published the *next* day counts once (news reports yesterday's events; DATEWISE's sentence collector
reads articles published on d and d+1 for day d). On Timeline17 dev this scores date F1 0.487 against 0.463
with half of the same-day publications instead, and 0.396 for publication counts alone (docs/benchmarks.md;
the weights were chosen there among a few global variants).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from newsdesk.model import Article, Timex

DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
PUBLISHED_WEIGHT = 0.0  # articles published on a day (their reports are mostly of the day before)
NEXT_DAY_WEIGHT = 1.0  # articles published the day after: the reports of the day's events
# Days far outside the span of the coverage are history ("in 1981"), not this story's events.
MARGIN = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class DayMention:
    """A sentence that refers to a day (by a time expression, or by being published that day)."""

    day: date
    article: str
    sentence: int
    explicit: bool


def day_of(value: str | None) -> date | None:
    """A TIMEX3 value naming one calendar day, else None (months, weeks, unresolved values)."""
    match = DAY.match(value or "")
    if not match:
        return None
    try:
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def day_mentions(articles: Sequence[Article], timexes: Mapping[str, Sequence[Timex]]) -> list[DayMention]:
    """Every (day, sentence) reference in the story, explicit ones from DATE time expressions."""
    mentions: list[DayMention] = []
    for article in articles:
        for timex in timexes.get(article.id, ()):
            day = day_of(timex.value) if timex.type == "DATE" else None
            if day is not None:
                mentions.append(DayMention(day, article.id, timex.sentence, True))
    return mentions


def rank_days(articles: Sequence[Article], mentions: Sequence[DayMention]) -> list[tuple[date, float]]:
    """Days by importance, best first (ties: earlier day first, so the order is deterministic)."""
    published = [a.published for a in articles if a.published]
    if published:
        low, high = min(published) - MARGIN, max(published) + MARGIN
    else:
        low, high = date.min, date.max
    published_on = {a.id: a.published for a in articles}
    naming: defaultdict[date, set[str]] = defaultdict(set)
    for mention in mentions:
        when = published_on.get(mention.article)
        if low <= mention.day <= high and (when is None or mention.day <= when):
            naming[mention.day].add(mention.article)
    score: defaultdict[date, float] = defaultdict(float)
    for day, naming_articles in naming.items():
        score[day] += len(naming_articles)
    for day in published:
        score[day] += PUBLISHED_WEIGHT
        score[day - timedelta(days=1)] += NEXT_DAY_WEIGHT
    return sorted(score.items(), key=lambda item: (-item[1], item[0]))
