"""brief.figure-variants.v5 on three H1N1_bbc pages (Timeline17 dev): a figure is dated by the day its sentence names
("confirmed yesterday", "on Sunday"), read off the story's time expressions, not by its page's publication date (v4);
a day a period starts from ("since the last report on 12 June") is not the day a count is of. The text brief, the
HTML brief and the web story page show that day."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from typing import Any

import pytest

from newsdesk.brief.assemble import build_story
from newsdesk.brief.figures import story_figures
from newsdesk.brief.render import brief_document, render
from newsdesk.evaluate.io import read_jsonl
from newsdesk.extract import annotate
from newsdesk.model import Article, Figure
from newsdesk.serve.web import render_story_page
from tests.conftest import EVAL, t17_page

TOPIC = "H1N1_bbc"
# 75: 1 June 2009, "Another fifteen cases of swine flu were confirmed yesterday …"; 1095: 15 June, "Thirty-five new
# cases of swine flu in Scotland were confirmed on Sunday."; 12: 16 June, "This represents a rise of 4,638 cases and 18
# deaths since the last report on 12 June."
PAGES = ("75", "1095", "12")


def _pages() -> list[Article]:
    published = {
        str(r["id"]): date.fromisoformat(r["published"])
        for r in read_jsonl(EVAL / "timelines" / "t17" / "dev" / TOPIC / "articles.jsonl.gz")
        if str(r["id"]) in PAGES
    }
    return [dataclasses.replace(t17_page(TOPIC, i), published=published[i]) for i in PAGES]


@pytest.fixture(scope="module")
def figures() -> tuple[list[Article], list[Figure], dict[str, Any]]:
    articles = _pages()
    annotations = annotate(articles)
    found = [f for a in articles for f in annotations[a.id].figures]
    timexes = {k: ann.timexes for k, ann in annotations.items()}
    return articles, found, timexes


def _day(listed: tuple[Figure, ...], text: str) -> str | None:
    (figure,) = [f for f in listed if f.text == text]
    return figure.day


def test_a_figure_is_dated_by_the_day_its_sentence_names(figures: tuple[list[Article], list[Figure], Any]) -> None:
    articles, found, timexes = figures
    listed = story_figures(found, (), articles, timexes=timexes)
    assert _day(listed, "fifteen") == "2009-05-31"  # "yesterday", on a page of 1 June
    assert _day(listed, "Thirty-five") == "2009-06-14"  # "on Sunday", on a page of 15 June
    assert _day(listed, "4,638") == "2009-06-16"  # "since … 12 June": the page's day
    # v4 (no time expressions): no day of its own, the views show the publication date
    assert {f.day for f in story_figures(found, (), articles)} == {None}


def test_the_briefs_and_the_web_page_show_the_day() -> None:
    articles = _pages()
    doc = brief_document(articles, [build_story(articles, 120)])
    text, html, page = render(doc, "text"), render(doc, "html"), render_story_page(None, doc)
    assert re.search(r"- fifteen — cases of flu confirmed \(2009-05-31\) \[1\.\d+\]", text)
    assert 'fifteen — cases of flu confirmed <span class="meta">(2009-05-31)</span>' in html
    assert '<span class="meta">(2009-05-31)</span>' in page
