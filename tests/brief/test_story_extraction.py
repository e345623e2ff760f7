from __future__ import annotations

from newsdesk.brief.assemble import build_story
from newsdesk.brief.render import brief_document, render_text
from newsdesk.model import Article


def test_story_brief_lists_entities_and_figures(seed_articles: dict[str, Article]) -> None:
    articles = list(seed_articles.values())
    story = build_story(articles, words=60)
    assert story.entities and story.entities[0].salience >= story.entities[-1].salience
    assert "Antony Blinken" in {e.name for e in story.entities}
    assert {"entities", "figures"} <= set(story.algorithms)
    by_text = {f.text: f for f in story.figures}
    assert by_text["at least 40,000"].value == 40_000
    assert all(f.value is not None for f in story.figures)
    text = render_text(brief_document(articles, [story]))
    assert "Who and where:" in text and "Figures:" in text and "at least 40,000" in text
