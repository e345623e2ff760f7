"""From placements to story groups: copies follow their original, every article ends in exactly one story.

This is what the brief and the store consume: each group has a stable id (the id of the story the online
pass opened), a short title (the lead of its most central on-story report, never an outlet's template line nor a
round-up page that only touches the story: ``titles``), its articles with
``duplicate_of`` set on copies, and its events with a title and a date when one is known. An article the
clusterer could not place (too short to compare) becomes a story of its own whose ``reason`` says why, so
nothing is dropped silently.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from newsdesk.clean.templates import Templates, template_sentences
from newsdesk.dedup import ALGORITHM as DEDUP_ALGORITHM
from newsdesk.dedup import find_duplicates
from newsdesk.model import Article, Event

from . import OnlineClusterer, Placement, cluster_articles
from .events import article_date
from .pages import V3, V4, V5, label, page_kind
from .stories import new_id
from .titles import ALGORITHM as TITLE_ALGORITHM
from .titles import V1 as TITLE_V1
from .titles import V2 as TITLE_V2
from .titles import OnStory, central_title, central_title_v1, on_story
from .titles import headline as headline

TITLES = (TITLE_V1, TITLE_V2, TITLE_ALGORITHM)

# What the story clusterer reads of an article. v1: its whole cleaned text. v2: without its outlet's template
# sentences (``clean.templates``): pages whose own text is a caption or a company notice shared nothing but the
# site's product plugs ("An ultra-low latency infrastructure for electronic trading …"), and that furniture, read
# as the lead, grouped them (Timeline17 SyrianCrisis_reuters: a Euro 2012 result, a Petrobras platform and a Bull
# Run re-enactor were one 14-article "story").
# v3: as v2, and a page that is no news report (``pages.page_kind``: not in English, an index page, a promo) is not
# clustered: it made stories of its own (six Vietnamese BBC pages) or joined one (a Guardian index page's teasers
# touch every story of the day). It is placed apart, ``SET_APART`` and its kind its reason, labelled in its title.
INPUT_V1 = "cluster.input.text.v1"
INPUT_V2 = "cluster.input.no-templates.v2"
# v4: as v3, and ``pages.page_kind`` also sets apart notices, programme promos that ask no question, video pages,
# index pages of teasers or dated lists and pages with no text but a date line (a 4-page "story" of quote pages
# grouped by their shared "NYSE and AMEX quotes delayed …" notice; CNN's teaser pages joined the Egypt story).
INPUT_V3 = "cluster.input.news-only.v3"
INPUT_V4 = "cluster.input.news-only.v4"
# v5: as v4, and a short page's opening may call its reader with a form's line ("Select one of the options below.")
# or the outlet's "We want to hear from you." (an iReport form and a CNN "We want to hear from you" page were one-page
# stories of LibyaWar_cnn).
INPUT_V5 = "cluster.input.news-only.v5"
INPUT_ALGORITHM = INPUT_V5
INPUTS = (INPUT_V1, INPUT_V2, INPUT_V3, INPUT_V4, INPUT_V5)
_RULES = {INPUT_V3: V3, INPUT_V4: V4, INPUT_V5: V5}
SET_APART = "set apart: "


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


def clustering_input(article: Article, templates: Templates) -> Article:
    """``article`` as the story clusterer reads it (``INPUT_V2``): its text without its outlet's template sentences;
    the article itself when it has none, or nothing else (a short item whose whole text other pages print inside
    theirs, as GoogleNews's title-and-snippet records do, is a report of their story, not furniture)."""
    kept = [s.text for s in article.sentences if (article.id, s.i) not in templates]
    if len(kept) == len(article.sentences) or not kept:
        return article
    return replace(article, text=" ".join(kept))


def set_apart(articles: Sequence[Article], templates: Templates, reads: str = INPUT_ALGORITHM) -> dict[str, str]:
    """Article id → its kind, for the pages ``reads`` keeps out of clustering (none before ``INPUT_V3``)."""
    if reads not in _RULES:
        return {}
    return {a.id: kind for a in articles if (kind := page_kind(a, templates, _RULES[reads]))}


def _event_date(members: Sequence[Article], timex_dates: Mapping[str, Sequence[date]]) -> date | None:
    dates = Counter(d for a in members if (d := article_date(a, timex_dates.get(a.id))) is not None)
    return max(dates, key=lambda d: (dates[d], d)) if dates else None


def _title(items: Sequence[Article], algorithm: str, templates: Templates, story: OnStory) -> str:
    """A story's or event's title by the named algorithm, chosen among its originals (a copy's headline is its
    original's); ``story``: ``titles.on_story`` of the story."""
    originals = [a for a in items if a.duplicate_of is None] or items
    if algorithm == TITLE_V1:
        return central_title_v1(originals, templates)
    return central_title(originals, templates, story, algorithm)


def group_stories(
    articles: Sequence[Article],
    timex_dates: Mapping[str, Sequence[date]] | None = None,
    clusterer: OnlineClusterer | None = None,
    links: Mapping[str, str] | None = None,
    templates: Templates | None = None,
    title: str = TITLE_ALGORITHM,
    reads: str = INPUT_ALGORITHM,
) -> list[StoryGroup]:
    """Dedup (or the given ``links``), then the online story/event pass over the originals; largest first.

    ``templates``: the outlets' template sentences, which no title may be, when the caller has found them already
    (the brief withholds them too); else found here over the articles (about 2.4 ms of CPU per article).
    ``title``: the versioned title algorithm (``titles.V1`` and ``titles.V2`` reproduce titles stored before v2 and
    v3); ``reads``: what the clusterer reads of an article (``INPUT_V1`` reproduces stories stored before v2)."""
    if title not in TITLES:
        raise ValueError(f"unknown title algorithm {title!r}; known: {', '.join(TITLES)}")
    if reads not in INPUTS:
        raise ValueError(f"unknown clustering input {reads!r}; known: {', '.join(INPUTS)}")
    timex_dates = timex_dates or {}
    marked = mark_copies(articles, links)
    originals = [a for a in marked if a.duplicate_of is None]
    clusterer = clusterer or OnlineClusterer()
    algorithms = (("dedup", DEDUP_ALGORITHM), ("input", reads), *sorted(clusterer.algorithms.items()), ("title", title))
    templates = template_sentences(marked) if templates is None else templates
    apart = set_apart(originals, templates, reads)
    originals = [a for a in originals if a.id not in apart]
    if reads != INPUT_V1:
        originals = [clustering_input(a, templates) for a in originals]
    placements = {p.article: p for p in cluster_articles(originals, timex_dates, clusterer)}
    placements.update({a: Placement(a, None, None, SET_APART + kind) for a, kind in apart.items()})
    for article in marked:
        if article.duplicate_of is not None:
            source = placements[article.duplicate_of]
            # a copy of a page set apart is listed with it, for the same reason
            reason = source.reason if article.duplicate_of in apart else "copy"
            placements[article.id] = Placement(article.id, source.story, source.event, reason)
    members: dict[str, list[Article]] = defaultdict(list)
    reasons: dict[str, str] = {}
    for article in marked:
        placement = placements[article.id]
        story = placement.story or new_id("s", article.duplicate_of if article.duplicate_of in apart else article.id)
        members[story].append(article)
        reasons[story] = "clustered" if placement.story else placement.reason
    groups = []
    for story, group in members.items():
        # what no title may lead with: templates, and (v2) the story's nonstatements and off-story segments
        on = on_story(group, templates) if title != TITLE_V1 and len(group) > 2 else OnStory()
        by_event: dict[str, list[Article]] = defaultdict(list)
        for article in group:
            event = placements[article.id].event
            if event:
                by_event[event].append(article)
        events = tuple(
            Event(
                id=event,
                title=_title(items, title, templates, on),
                date=_event_date(items, timex_dates),
                articles=tuple(a.id for a in items),
            )
            for event, items in sorted(
                by_event.items(), key=lambda kv: (_event_date(kv[1], timex_dates) or date.max, kv[0])
            )
        )
        heading = _title(group, title, templates, on)
        if reasons[story].startswith(SET_APART):
            kind = reasons[story].removeprefix(SET_APART)
            heading = heading if heading.startswith(label(kind)) else label(kind) + heading
        groups.append(StoryGroup(story, heading, tuple(group), events, reasons[story], algorithms))
    # the pages set apart are listed after the news stories (``pages.set_apart_kind`` orders the stored lists alike)
    groups.sort(key=lambda g: (g.reason.startswith(SET_APART), -len(g.articles), g.id))
    return groups
