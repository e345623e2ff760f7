"""Which days matter in a story: how often the articles refer to a day, and how much is published on it.

Ghalandari & Ifrim (ACL 2020, "Examining the State-of-the-Art in News Timeline Summarization") show that the
number of sentences that mention a date and the number of articles published on it are the strongest
unsupervised signals for picking timeline dates; DATEWISE learns a weighting of such features. Here they are
combined with fixed weights, each swept globally on Timeline17 dev (docs/benchmarks.md):

- each article that names the day counts once (an article repeating a date is not more evidence), and only
  articles published on or after the day (a forecast is not an event);
- an article naming its own publication day does not count (``SAME_DAY_MENTION``): those are page stamps,
  datelines and "today", i.e. publication volume again, not a reference to an event;
- an article published ``LATER`` days or more after the day counts ``LATER_MENTION`` times: an event still
  named a week on is one the story is remembered by (DATEWISE's features separate references from before
  and after publication for the same reason);
- each article published the *next* day counts ``NEXT_DAY_WEIGHT`` (news reports yesterday's events; DATEWISE's
  sentence collector reads articles published on d and d+1 for day d).

Part-of-day values ("Wednesday night": ``2011-03-16TNI``) name their day too.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from newsdesk.model import Article, Timex

DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(?:MO|AF|EV|NI|DT))?$")  # a day, or a part of one
# Swept on Timeline17 dev (docs/benchmarks.md); v2 had SAME_DAY_MENTION 1, LATER_MENTION 1, NEXT_DAY_WEIGHT 1.
PUBLISHED_WEIGHT = 0.0  # articles published on a day (their reports are mostly of the day before)
NEXT_DAY_WEIGHT = 0.5  # articles published the day after: the reports of the day's events
SAME_DAY_MENTION = 0.0  # an article naming its own publication day (stamps, datelines, "today")
LATER_MENTION = 3.0  # an article naming a day LATER or more days before its publication
LATER = timedelta(days=7)
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
    naming: dict[tuple[date, str], float] = {}
    for mention in mentions:
        when = published_on.get(mention.article)
        if low <= mention.day <= high and (when is None or mention.day <= when):
            naming[mention.day, mention.article] = _mention_weight(mention.day, when)
    score: defaultdict[date, float] = defaultdict(float)
    for (day, _), weight in naming.items():
        score[day] += weight
    for day in published:
        score[day] += PUBLISHED_WEIGHT
        score[day - timedelta(days=1)] += NEXT_DAY_WEIGHT
    return sorted(score.items(), key=lambda item: (-item[1], item[0]))


def _mention_weight(day: date, published: date | None) -> float:
    """How much one article naming ``day`` says the day matters, by how long after it the article appeared."""
    if published is None:
        return 1.0
    if published == day:
        return SAME_DAY_MENTION
    return LATER_MENTION if published - day >= LATER else 1.0
