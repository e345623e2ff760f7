"""The story clusterer reads an article without its outlet's template sentences (``cluster.input.no-templates.v2``):
pages that share nothing but a site's product plugs are no story; ``INPUT_V1`` reproduces stories stored before."""

from __future__ import annotations

from functools import cache

from newsdesk.clean.templates import template_sentences
from newsdesk.cluster.groups import INPUT_V1, INPUT_V2, StoryGroup, clustering_input, group_stories, mark_copies
from newsdesk.evaluate.timeline import load_articles
from newsdesk.model import Article
from tests.conftest import EVAL

T17 = EVAL / "timelines" / "t17" / "dev"
# Timeline17 SyrianCrisis_reuters: short Reuters pages whose own text is a caption or a line of sport, each followed
# by the site's plugs ("An ultra-low latency infrastructure for electronic trading and data distribution", "A
# connected approach to governance, risk and compliance", "Our next generation legal research platform").
EURO_2012 = "a94359ea3b5b980c"  # "Bosnia 2 Romania 1 - Euro 2012 Group D result: …"
BULL_RUN = "35744e25f4b520ff"  # "Civil War reenactor Jefferson Dedrick of Allegany, New York poses with his musket …"
FRIGATE = "ce9331a62bdc2594"  # "The German Frigate 'Hamburg' (R) patrols after destroying two fishing boats …"
PLUGGED = {EURO_2012, BULL_RUN, FRIGATE}


@cache
def _syria() -> tuple[Article, ...]:
    return tuple(load_articles(T17 / "SyrianCrisis_reuters"))


@cache
def _stories(reads: str) -> tuple[StoryGroup, ...]:
    return tuple(group_stories(_syria(), reads=reads))


def _story_of(groups: tuple[StoryGroup, ...], article_id: str) -> StoryGroup:
    return next(g for g in groups if any(a.id == article_id for a in g.articles))


def test_pages_sharing_only_the_sites_plugs_are_no_story() -> None:
    """Fails on v1: the plugs, read as each page's lead, made one "story" of a football result, a Civil War
    re-enactment and a frigate off Somalia."""
    stories = _stories(INPUT_V2)
    assert all(len(_story_of(stories, page).articles) < 3 for page in PLUGGED)
    assert len({_story_of(stories, page).id for page in PLUGGED}) == len(PLUGGED)
    assert ("input", INPUT_V2) in stories[0].algorithms


def test_v1_still_reproduces_the_stored_stories() -> None:
    stories = _stories(INPUT_V1)
    glued = _story_of(stories, EURO_2012)
    assert {a.id for a in glued.articles} >= PLUGGED and len(glued.articles) >= 10
    assert ("input", INPUT_V1) in stories[0].algorithms


def test_the_syria_story_keeps_its_reports() -> None:
    """Without the furniture, the Syria story loses none of its v1 members (it gains pages v1 had put elsewhere)."""
    old = max(_stories(INPUT_V1), key=lambda g: len(g.articles))
    new = max(_stories(INPUT_V2), key=lambda g: len(g.articles))
    assert {a.id for a in old.articles} <= {a.id for a in new.articles}


def test_what_the_clusterer_reads_of_a_page() -> None:
    articles = mark_copies(_syria())
    templates = template_sentences(articles)
    page = next(a for a in articles if a.id == EURO_2012)
    read = clustering_input(page, templates)
    assert "Euro 2012" in read.text and "ultra-low latency" not in read.text and "ultra-low latency" in page.text
    assert read.sentences == page.sentences and read.id == page.id
    # a page with no template sentence is read as it is; so is one made of nothing else
    plain = next(a for a in articles if not any((a.id, s.i) in templates for s in a.sentences))
    assert clustering_input(plain, templates) is plain
    whole = frozenset((page.id, s.i) for s in page.sentences)
    assert clustering_input(page, whole) is page
