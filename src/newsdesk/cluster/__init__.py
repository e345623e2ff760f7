"""Stories and events, online: ``OnlineClusterer.add`` places one article; ``cluster_articles`` a batch.

The batch function is the same online path run over articles in a deterministic order (publication date,
then input order), so a set of articles gets the same stories and ids whatever order its files were read.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from newsdesk.model import Article

from .events import ALGORITHM as EVENT_ALGORITHM
from .events import EventIndex, EventParams
from .features import LEAD_WORDS, story_and_event_terms
from .stories import ALGORITHM as STORY_ALGORITHM
from .stories import OnlineStoryClusterer, StoryParams

__all__ = ["OnlineClusterer", "Placement", "cluster_articles", "stream_order"]


@dataclass(frozen=True, slots=True)
class Placement:
    """One article's story and event; both None with ``reason`` ("unclustered: too short ...") when unplaced."""

    article: str
    story: str | None
    event: str | None
    reason: str


class OnlineClusterer:
    """Stories (``stories.OnlineStoryClusterer``) with events inside them (``events.EventIndex``)."""

    def __init__(self, story_params: StoryParams | None = None, event_params: EventParams | None = None) -> None:
        self.events = EventIndex(event_params)
        self.stories = OnlineStoryClusterer(story_params, on_merge=self.events.merge_stories)
        self._closed_seen = 0

    @property
    def algorithms(self) -> dict[str, str]:
        """Versioned names and their parameters, stored with every story so a result can be reproduced."""
        return {
            "stories": STORY_ALGORITHM,
            "stories.params": json.dumps(self.stories.params.describe(), sort_keys=True),
            "events": EVENT_ALGORITHM,
            "events.params": json.dumps(self.events.params.describe(), sort_keys=True),
        }

    def add(
        self, article: Article, terms: Mapping[str, int] | None = None, timex_dates: Sequence[date] | None = None
    ) -> Placement:
        """Place one article. ``timex_dates``: resolved dates of its time expressions, when extraction has them."""
        event_terms = None
        if terms is None:
            terms, event_terms = story_and_event_terms(
                article, LEAD_WORDS, self.events.params.body_words, self.events.params.name_weight
            )
        assignment = self.stories.add(article, terms)
        if self.stories.closed != self._closed_seen:
            self._closed_seen = self.stories.closed
            self.close_quiet()
        if assignment.story is None:
            return Placement(article.id, None, None, assignment.reason)
        event = self.events.add(assignment.story, article, timex_dates, event_terms)
        return Placement(article.id, assignment.story, event, assignment.reason)

    def resolve(self, placement: Placement) -> Placement:
        """The placement with its story id followed through later merges."""
        if placement.story is None:
            return placement
        story = self.stories.resolve(placement.story)
        return placement if story == placement.story else Placement(placement.article, story, placement.event, "merged")

    def close_quiet(self) -> None:
        """Closed stories no longer take members: drop their events too (bounded memory)."""
        for story in list(self.events.events):
            if story not in self.stories.open:
                self.events.close_story(story)


def stream_order(articles: Sequence[Article]) -> list[Article]:
    """Publication date first (undated last), then input order: the order a newsroom would have read them."""
    indexed = list(enumerate(articles))
    indexed.sort(key=lambda pair: (pair[1].published or date.max, pair[0]))
    return [article for _, article in indexed]


def cluster_articles(
    articles: Sequence[Article],
    timex_dates: Mapping[str, Sequence[date]] | None = None,
    clusterer: OnlineClusterer | None = None,
) -> list[Placement]:
    """Run the online clusterer over ``articles`` in ``stream_order``; placements in the input order."""
    clusterer = clusterer or OnlineClusterer()
    placed: dict[str, Placement] = {}
    for article in stream_order(articles):
        placed[article.id] = clusterer.add(article, timex_dates=(timex_dates or {}).get(article.id))
    return [clusterer.resolve(placed[a.id]) for a in articles]
