"""A story's title is the lead of its most central on-story report (``cluster.title.on-story.v2``), not a reader
call-out or a round-up page that only touches the story; ``V1`` still reproduces the titles stored before."""

from __future__ import annotations

from functools import cache

import pytest

from newsdesk.clean.templates import template_sentences
from newsdesk.cluster.groups import StoryGroup, group_stories
from newsdesk.cluster.titles import V1, V2, OnStory, news_lead, on_story, speaks_as_writer
from newsdesk.evaluate.timeline import load_articles
from newsdesk.model import Article, Sentence
from tests.conftest import EVAL

T17 = EVAL / "timelines" / "t17" / "dev"
# The Guardian's reader call-out of 2009-05-01 in H1N1_guardian ("When Ros Atkins, a BBC radio presenter, came back
# to the UK …", "After reading his account, we wondered about others …", "Share your thoughts …"), and the round-up
# page of 2009-04-02 that opens with the same paragraph before Cuba, Miss Universe and Canada's army.
CALL_OUT = "10afbcbb464cbc21"
ROUND_UP = "1b07f76b365e02f5"
ATKINS = "When Ros Atkins"


@cache
def _h1n1() -> tuple[Article, ...]:
    return tuple(load_articles(T17 / "H1N1_guardian"))


@cache
def _largest(title: str) -> StoryGroup:
    return group_stories(_h1n1(), title=title)[0]


def _page(page_id: str) -> Article:
    return next(a for a in _h1n1() if a.id == page_id)


def test_a_call_out_page_does_not_title_the_swine_flu_story() -> None:
    """Fails on v1: the call-out's lead titled the 64-article story."""
    story = _largest(V2)
    assert len(story.articles) >= 60
    assert ATKINS not in story.title
    assert "swine flu" in story.title.lower()
    # the title is the lead (here the headline line) of one of the story's pages
    assert any(a.text.startswith(story.title.rstrip("…")) for a in story.articles)


def test_v1_still_reproduces_the_stored_title() -> None:
    story = _largest(V1)
    assert story.title.startswith(ATKINS)
    assert ("title", V1) in story.algorithms
    assert ("title", V2) in _largest(V2).algorithms


def test_a_call_out_and_a_round_up_offer_no_lead() -> None:
    """The call-out speaks as the page ("we wondered") and asks the reader; the round-up opens with the same lead."""
    story = _largest(V2)
    templates = template_sentences(story.articles)
    withheld = on_story(story.articles, templates)
    for page_id in (CALL_OUT, ROUND_UP):
        page = _page(page_id)
        assert page.sentences[0].text.startswith(ATKINS)
        assert news_lead(page, templates, withheld) is None
    # most of the round-up is off the story (Cuba, Miss Universe, Fox News on Canada's army)
    round_up = _page(ROUND_UP)
    elsewhere = sum((ROUND_UP, s.i) in withheld.elsewhere for s in round_up.sentences)
    assert elsewhere >= len(round_up.sentences) / 2


def test_a_quotation_across_sentences_is_no_writers_first_person() -> None:
    """EgyptianProtest_cnn, 2011-02-07: Google's tweet runs over two sentences; its "Our" is Google's."""
    page = next(
        a
        for a in load_articles(T17 / "EgyptianProtest_cnn", limit=200)
        if a.sentences and a.sentences[0].text.startswith("Google executive Wael Ghonim was released Monday")
    )
    assert page.sentences[2].text.startswith("Our love to him")
    assert speaks_as_writer(page.sentences[2].text)  # read alone, the quotation's end looks like the writer's
    assert news_lead(page, frozenset(), OnStory()) == (
        "Google executive Wael Ghonim was released Monday in Egypt, the company said, more than a week…"
    )


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        ('Kofi Annan: "We discussed the need to end the violence"', False),  # a pull quote
        ("Photograph: Susana Gonzalez/Reuters", False),  # a caption
        ("cents One patient is pupil at school closed due to outbreak cents", False),  # a mangled bullet
        ("Swine flu cases close UK school", True),  # a headline line with no end mark
        ("We wondered about others who have visited Mexico recently.", False),
        ('"We are preparing for a more severe outbreak," Prof. John Oxford said.', True),
    ],
)
def test_what_a_lead_may_be(text: str, lead: bool) -> None:
    follow = "The outbreak has spread to three more countries."
    page = f"{text} {follow}"
    sentences = (Sentence(0, 0, len(text), text), Sentence(1, len(text) + 1, len(page), follow))
    article = Article(id="lead", path="lead.txt", text=page, sentences=sentences)
    assert (news_lead(article, frozenset(), OnStory()) is not None) is lead
