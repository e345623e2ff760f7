"""From placements to story groups: copies follow their original, every article ends in exactly one story.

This is what the brief and the store consume: each group has a stable id (the id of the story the online
pass opened), a short title (the most central headline, never an outlet's template line), its articles with
``duplicate_of`` set on copies, and its events with a title and a date when one is known. An article the
clusterer could not place (too short to compare) becomes a story of its own whose ``reason`` says why, so
nothing is dropped silently.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

import numpy as np

from newsdesk.clean.templates import Templates, template_sentences
from newsdesk.dedup import ALGORITHM as DEDUP_ALGORITHM
from newsdesk.dedup import find_duplicates
from newsdesk.model import Article, Event
from newsdesk.text.vectors import tfidf_matrix

from . import OnlineClusterer, Placement, cluster_articles
from .events import article_date
from .stories import new_id

TITLE_MAX_WORDS = 16


@dataclass(frozen=True, slots=True)
class StoryGroup:
    id: str
    title: str
    articles: tuple[Article, ...]
    events: tuple[Event, ...]
    reason: str  # "clustered", or why the story holds one unplaced article
    algorithms: tuple[tuple[str, str], ...] = ()


def mark_copies(articles: Sequence[Article], links: Mapping[str, str] | None = None) -> list[Article]:
    """The articles with ``duplicate_of`` set on every copy (exact or near-duplicate) and cleared on the rest.

    Recomputed over the given set, so a link to an article outside it (from an earlier run) never dangles.
    ``links`` (copy id → original id), when given, are ``find_duplicates`` over the same set computed
    elsewhere (on a Ray cluster: ``newsdesk.scale.dedup``).
    """
    links = find_duplicates(articles) if links is None else links
    return [a if a.duplicate_of == links.get(a.id) else replace(a, duplicate_of=links.get(a.id)) for a in articles]


def headline(article: Article, withheld: Templates = frozenset()) -> str:
    """Its title, else its lead sentence (else the start of its text) cut to a headline's length.

    A ``withheld`` sentence (its outlet's template) is no lead: a site prints its ticker line atop every page
    ("2 men charged in death of Chicago teen who performed in inauguration event." opens 15 of the first 60
    Timeline17 EgyptianProtest_cnn pages), and that line titled the 56-article Egypt story."""
    if article.title:
        return article.title
    leads = (s.text for s in article.sentences if s.text and (article.id, s.i) not in withheld)
    words = next(leads, article.text).split()
    return " ".join(words[:TITLE_MAX_WORDS]) + ("…" if len(words) > TITLE_MAX_WORDS else "") or article.id


def central_title(articles: Sequence[Article], withheld: Templates = frozenset()) -> str:
    """The headline of the member closest to the group's TF-IDF centroid (title + lead): its most typical report."""
    if len(articles) <= 2:
        return headline(articles[0], withheld)
    texts = [f"{a.title or ''} {' '.join(a.text.split()[:60])}" for a in articles]
    vectors = tfidf_matrix(texts)
    scores = vectors @ vectors.mean(axis=0)
    return headline(articles[int(np.argmax(scores))], withheld)


def _event_date(members: Sequence[Article], timex_dates: Mapping[str, Sequence[date]]) -> date | None:
    dates = Counter(d for a in members if (d := article_date(a, timex_dates.get(a.id))) is not None)
    return max(dates, key=lambda d: (dates[d], d)) if dates else None


def group_stories(
    articles: Sequence[Article],
    timex_dates: Mapping[str, Sequence[date]] | None = None,
    clusterer: OnlineClusterer | None = None,
    links: Mapping[str, str] | None = None,
    templates: Templates | None = None,
) -> list[StoryGroup]:
    """Dedup (or the given ``links``), then the online story/event pass over the originals; largest first.

    ``templates``: the outlets' template sentences, which no title may be, when the caller has found them already
    (the brief withholds them too); else found here over the articles (about 2.4 ms of CPU per article)."""
    timex_dates = timex_dates or {}
    marked = mark_copies(articles, links)
    originals = [a for a in marked if a.duplicate_of is None]
    clusterer = clusterer or OnlineClusterer()
    algorithms = (("dedup", DEDUP_ALGORITHM), *sorted(clusterer.algorithms.items()))
    placements = {p.article: p for p in cluster_articles(originals, timex_dates, clusterer)}
    for article in marked:
        if article.duplicate_of is not None:
            source = placements[article.duplicate_of]
            placements[article.id] = Placement(article.id, source.story, source.event, "copy")
    templates = template_sentences(marked) if templates is None else templates
    members: dict[str, list[Article]] = defaultdict(list)
    reasons: dict[str, str] = {}
    for article in marked:
        placement = placements[article.id]
        story = placement.story or new_id("s", article.id)
        members[story].append(article)
        reasons[story] = "clustered" if placement.story else placement.reason
    groups = []
    for story, group in members.items():
        by_event: dict[str, list[Article]] = defaultdict(list)
        for article in group:
            event = placements[article.id].event
            if event:
                by_event[event].append(article)
        events = tuple(
            Event(
                id=event,
                title=central_title([a for a in items if a.duplicate_of is None] or items, templates),
                date=_event_date(items, timex_dates),
                articles=tuple(a.id for a in items),
            )
            for event, items in sorted(
                by_event.items(), key=lambda kv: (_event_date(kv[1], timex_dates) or date.max, kv[0])
            )
        )
        title = central_title([a for a in group if a.duplicate_of is None] or group, templates)
        groups.append(StoryGroup(story, title, tuple(group), events, reasons[story], algorithms))
    groups.sort(key=lambda g: (-len(g.articles), g.id))
    return groups
