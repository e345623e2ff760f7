"""Build the stories of a set of articles and fill each story's brief sections.

Each section comes from the stage that owns it (summarize, and as they land: cluster, extract, align); this
module only wires them, so the CLI, the API and the web pages all show the same story.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from newsdesk.cluster.groups import StoryGroup, group_stories
from newsdesk.model import Article, Story
from newsdesk.summarize import DEFAULT_SUMMARIZER, get_summarizer

TITLE_MAX_WORDS = 16


def story_id(article_ids: Sequence[str]) -> str:
    """Stable across runs: a hash of the member ids, independent of their order."""
    return "s" + hashlib.sha256("\n".join(sorted(article_ids)).encode()).hexdigest()[:12]


def story_title(articles: Sequence[Article]) -> str:
    """The first headline, else the lead sentence of the first article, cut to a headline's length."""
    for article in articles:
        if article.title:
            return article.title
    lead = articles[0].sentences[0].text if articles and articles[0].sentences else "Untitled story"
    words = lead.split()
    return " ".join(words[:TITLE_MAX_WORDS]) + ("…" if len(words) > TITLE_MAX_WORDS else "")


def group_articles(articles: Sequence[Article]) -> list[list[Article]]:
    """The online story clustering (``newsdesk.cluster``): copies marked, largest story first."""
    return [list(group.articles) for group in group_stories(articles)]


def build_group(group: StoryGroup, words: int, summarizer: str = DEFAULT_SUMMARIZER) -> Story:
    """A clustered story: its stable id, central title and events, and the summary of its original reports."""
    return Story(
        id=group.id,
        title=group.title,
        articles=tuple(a.id for a in group.articles),
        events=group.events,
        summary=get_summarizer(summarizer)(group.articles, words),
        algorithms={"summary": summarizer, **dict(group.algorithms)},
    )


def build_story(articles: Sequence[Article], words: int, summarizer: str = DEFAULT_SUMMARIZER) -> Story:
    return Story(
        id=story_id([a.id for a in articles]),
        title=story_title(articles),
        articles=tuple(a.id for a in articles),
        summary=get_summarizer(summarizer)(articles, words),
        algorithms={"summary": summarizer},
    )


def build_stories(articles: Sequence[Article], words: int = 120) -> list[Story]:
    """One ``Story`` per group, largest first (ties: by id, so output is deterministic)."""
    stories = [build_group(group, words) for group in group_stories(articles)]
    return sorted(stories, key=lambda s: (-len(s.articles), s.id))
