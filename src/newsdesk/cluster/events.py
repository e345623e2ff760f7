"""Events inside a story: which articles report the same happening (the Monday meeting vs the Sunday talks).

Second level of the topic-detection-and-tracking hierarchy (Allan et al., *Topic Detection and Tracking Pilot
Study*, 1998): inside one story, articles are grouped again, online, with a stricter lexical bar over the
whole text (names, places and numbers tell two look-alike happenings apart) and a date cue: an article whose
date is more than ``max_gap_days`` from an event's dates does not join it. The date of an article is the
most frequent resolved time expression passed in (the hook for extract/timex.py), else its publication date;
undated, its report year (``report_year``): when that is not a year of the event, the cosine is halved, since
two look-alike happenings (two title fights of one boxer) are most often told apart by the year alone.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from datetime import date

from newsdesk.model import Article

from .features import DocumentFrequency, absorb, article_terms, dot, weigh
from .stories import new_id

ALGORITHM = "cluster.events.online-centroid.v2"


@dataclass(frozen=True, slots=True)
class EventParams:
    """``threshold``: whole-text cosine to an event centroid to join it (measured: docs/benchmarks.md)."""

    threshold: float = 0.25
    body_words: int = 600  # whole short articles, the first ~6 paragraphs of long ones
    name_weight: int = 2  # names and numbers count this many extra times
    max_gap_days: int = 3  # a happening is reported within days; a later article is a new event
    year_words: int = 120  # the report year is read from the title and this many opening words (datelines, lead)
    year_factor: float = 0.5  # cosine multiplier when the article's report year is not one of the event's
    max_events: int = 200  # per story; beyond it the least recent event stops taking members
    max_scan: int = 10  # events compared per article: the most recently active (a happening is reported within days)
    centroid_terms: int = 300  # an event centroid is pruned back to this many terms when it doubles

    def describe(self) -> dict[str, float]:
        return {k: float(v) for k, v in asdict(self).items()}


@dataclass(slots=True)
class _Event:
    id: str
    centroid: dict[str, float] = field(default_factory=dict)
    norm2: float = 0.0
    dates: Counter[date] = field(default_factory=Counter)
    years: Counter[int] = field(default_factory=Counter)
    last_seen: int = 0


_YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")


def report_year(article: Article, words: int) -> int | None:
    """The year an article reports on: the year written most often in its title and opening words.

    A dateline ("Nov. 30, 2009") or a lead ("in December 2008") names it; a later year in the body is as often
    background ("convicted in 2004"). Ties go to the latest year (the report is at least that recent).
    """
    head = " ".join([article.title or "", *article.text.split()[:words]])
    years = Counter(int(y) for y in _YEAR.findall(head))
    return max(years, key=lambda y: (years[y], y)) if years else None


def article_date(article: Article, timex_dates: Sequence[date] | None = None) -> date | None:
    """The date an article reports on: its most frequent resolved time expression, else publication."""
    if timex_dates:
        counts = Counter(timex_dates)
        return max(counts, key=lambda d: (counts[d], d))
    return article.published


class EventIndex:
    """Online event grouping for all stories; a story's events are scanned linearly (a story has few)."""

    def __init__(self, params: EventParams | None = None) -> None:
        self.params = params or EventParams()
        self.df = DocumentFrequency()
        self.events: dict[str, list[_Event]] = {}
        self.clock = 0

    def add(
        self,
        story: str,
        article: Article,
        timex_dates: Sequence[date] | None = None,
        terms: Mapping[str, int] | None = None,
    ) -> str:
        """The id of the event of ``story`` this article reports (opened when none is close enough)."""
        self.clock += 1
        counts = terms or article_terms(article, lead_words=self.params.body_words, name_weight=self.params.name_weight)
        self.df.add(counts)
        vector = weigh(counts, self.df)
        when = article_date(article, timex_dates)
        year = when.year if when else report_year(article, self.params.year_words)
        events = self.events.setdefault(story, [])
        best, best_score = None, 0.0
        for event in events[-self.params.max_scan :]:
            if when and event.dates and min(abs((when - d).days) for d in event.dates) > self.params.max_gap_days:
                continue
            score = _cosine(vector, event)
            if year and event.years and year not in event.years:
                score *= self.params.year_factor  # the article and the event name different years
            if score > best_score:
                best, best_score = event, score
        if best is None or best_score < self.params.threshold:
            best = _Event(new_id("e", story, article.id))
            events.append(best)
            if len(events) > self.params.max_events:
                del events[0]
        best.centroid, best.norm2 = absorb(best.centroid, best.norm2, vector, self.params.centroid_terms)
        if events[-1] is not best:  # most recently active last, so the scan above sees the live events
            events.remove(best)
            events.append(best)
        if when:
            best.dates[when] += 1
        if year:
            best.years[year] += 1
        best.last_seen = self.clock
        return best.id

    def merge_stories(self, keep: str, gone: str) -> None:
        """Stories merged upstream: the absorbed story's events become the survivor's."""
        self.events.setdefault(keep, []).extend(self.events.pop(gone, []))

    def close_story(self, story: str) -> None:
        self.events.pop(story, None)

    def event_date(self, story: str, event_id: str) -> date | None:
        for event in self.events.get(story, []):
            if event.id == event_id and event.dates:
                return max(event.dates, key=lambda d: (event.dates[d], d))
        return None


def _cosine(vector: Mapping[str, float], event: _Event) -> float:
    if event.norm2 <= 0:
        return 0.0
    return dot(vector, event.centroid) / math.sqrt(event.norm2)
