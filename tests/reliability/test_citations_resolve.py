"""Every citation a brief makes resolves: to an article of the story, to a sentence it has, and every quote
and figure span lies inside that sentence's article text. Checked over random subsets of the seeds, word
budgets and summarizers."""

from __future__ import annotations

import os
from functools import lru_cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdesk.brief.assemble import build_story
from newsdesk.clean import clean_document
from newsdesk.extract import annotate
from newsdesk.ingest import read_paths
from newsdesk.model import Annotations, Article, Citation, RawDocument, Story
from newsdesk.summarize import SUMMARIZERS
from newsdesk.summarize.trim import is_trim_of
from tests.conftest import SEEDS


@lru_cache(maxsize=1)
def seeds() -> tuple[tuple[Article, ...], dict[str, Annotations]]:
    articles = tuple(clean_document(r) for r in read_paths([SEEDS]) if isinstance(r, RawDocument))
    return articles, annotate(articles)


def check(story: Story, articles: dict[str, Article]) -> None:
    def resolves(citation: Citation) -> None:
        assert citation.article in story.articles
        assert 0 <= citation.sentence < len(articles[citation.article].sentences)

    for sentence in story.summary:
        assert sentence.citations
        for citation in sentence.citations:
            resolves(citation)
        first = sentence.citations[0]
        assert is_trim_of(sentence.text, articles[first.article].sentences[first.sentence].text)
    for fact in story.facts:
        for citation in fact.citations:
            resolves(citation)
    for entry in story.timeline:
        for citation in entry.citations:
            resolves(citation)
    for item in (*story.quotes, *story.figures):
        resolves(Citation(item.article, item.sentence))
        text = articles[item.article].text
        assert 0 <= item.start < item.end <= len(text)
    for quote in story.quotes:
        for variant in quote.variants:
            resolves(variant)
    for article_id, sentences in story.unique:
        assert all(0 <= i < len(articles[article_id].sentences) for i in sentences)


@settings(
    max_examples=int(os.environ.get("NEWSDESK_FUZZ_EXAMPLES", "8")) // 4 + 6,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    st.sets(st.integers(min_value=0, max_value=4), min_size=1, max_size=5),
    st.integers(min_value=10, max_value=300),
    st.sampled_from(sorted(SUMMARIZERS)),
)
def test_every_citation_of_a_brief_resolves(picked: set[int], words: int, summarizer: str) -> None:
    articles, annotations = seeds()
    chosen = [articles[i] for i in sorted(picked)]
    story = build_story(chosen, words, summarizer, annotations={a.id: annotations[a.id] for a in chosen})
    check(story, {a.id: a for a in chosen})
