"""Which days matter in a story: how often the articles refer to a day, and how much is published on it.

Ghalandari & Ifrim (ACL 2020, "Examining the State-of-the-Art in News Timeline Summarization") show that the
number of sentences that mention a date and the number of articles published on it are the strongest
unsupervised signals for picking timeline dates; DATEWISE learns a weighting of such features. Here they are
combined with fixed weights, each swept globally on Timeline17 dev (docs/benchmarks.md):

- each article that names the day counts once (an article repeating a date is not more evidence), and only
  articles published on or after the day (a forecast is not an event);
- an article naming its own publication day counts ``SAME_DAY_MENTION`` (half): most of those are page stamps,
  datelines and "today", i.e. publication volume again, but some report the day's event. Every article counts
  so for its publication day, named or not (v5): whether a page's filing stamp survives cleaning (cleaning
  takes wire datelines out of the text, BBC and Guardian stamps stay in it) is page layout, not evidence;
- an article published ``LATER`` days or more after the day counts ``LATER_MENTION`` times: an event still
  named a week on is one the story is remembered by (DATEWISE's features separate references from before
  and after publication for the same reason);
- each article published the *next* day counts ``NEXT_DAY_WEIGHT`` (news reports yesterday's events; DATEWISE's
  sentence collector reads articles published on d and d+1 for day d);
- a burst of coverage from the day on counts ``BURST_WEIGHT`` x log((1 + articles published in the ``BURST`` days
  from it) / (1 + the rate of the week before, scaled to ``BURST`` days)): a key event starts coverage, so a day
  after which publication rises is more likely one than a day inside steady coverage (DATEWISE's publication
  features, read as a change rather than a volume; a volume alone favours the busiest weeks).

Part-of-day values ("Wednesday night": ``2011-03-16TNI``) name their day too.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from newsdesk.model import Article, Timex

DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(?:MO|AF|EV|NI|DT))?$")  # a day, or a part of one
# Chosen on Timeline17 dev (docs/benchmarks.md: a grid checked leave-one-topic-out); v3 had SAME_DAY_MENTION 0,
# LATER_MENTION 3, NEXT_DAY_WEIGHT 0.5 and no burst term; v2 had SAME_DAY_MENTION 1, LATER_MENTION 1, NEXT_DAY_WEIGHT 1.
PUBLISHED_WEIGHT = 0.0  # articles published on a day (their reports are mostly of the day before)
NEXT_DAY_WEIGHT = 1.0  # articles published the day after: the reports of the day's events
SAME_DAY_MENTION = 0.5  # an article naming its own publication day (stamps, datelines, "today", but also events)
LATER_MENTION = 5.0  # an article naming a day LATER or more days before its publication
LATER = timedelta(days=7)
BURST_WEIGHT = 1.0  # x log ratio of the coverage rate from the day on to the rate of the week before
BURST, BURST_BASE = 3, 7  # days read after (from the day on) and before it
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
    """Every (day, sentence) reference in the story, explicit ones from DATE time expressions. A sentence a brief
    withholds (emptied by ``clean.templates.withhold_templates``: a site template's "RETWEET … February 11, 2013",
    a question) names no day."""
    mentions: list[DayMention] = []
    for article in articles:
        withheld = {s.i for s in article.sentences if not s.text}
        for timex in timexes.get(article.id, ()):
            if timex.sentence in withheld:
                continue
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
    naming: dict[tuple[date, str], float] = {(a.published, a.id): SAME_DAY_MENTION for a in articles if a.published}
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
    published.sort()
    for day in score:
        score[day] += BURST_WEIGHT * _burst(day, published)
    return sorted(score.items(), key=lambda item: (-item[1], item[0]))


def _burst(day: date, published: Sequence[date]) -> float:
    """log of (1 + articles published in the BURST days from ``day``) over (1 + the week before's, per BURST days);
    ``published`` is sorted."""
    start = bisect_left(published, day)
    after = bisect_left(published, day + timedelta(days=BURST)) - start
    before = start - bisect_left(published, day - timedelta(days=BURST_BASE))
    return math.log((1 + after) / (1 + before * BURST / BURST_BASE))


def _mention_weight(day: date, published: date | None) -> float:
    """How much one article naming ``day`` says the day matters, by how long after it the article appeared."""
    if published is None:
        return 1.0
    if published == day:
        return SAME_DAY_MENTION
    return LATER_MENTION if published - day >= LATER else 1.0
