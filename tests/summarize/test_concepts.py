"""Concept-coverage summarizer: budget, citations, order, prior, on the seeds."""

from __future__ import annotations

import re
from dataclasses import replace

from newsdesk.model import Article, Citation, SummarySentence
from newsdesk.summarize import SUMMARIZERS, get_summarizer
from newsdesk.summarize.concepts import summarize_concepts
from newsdesk.text.vectors import word_count


def _check_cited(summary: tuple[SummarySentence, ...], articles: list[Article], words: int) -> None:
    by_id = {a.id: a for a in articles}
    assert summary
    assert sum(word_count(s.text) for s in summary) <= words
    for sentence in summary:
        first = sentence.citations[0]
        assert sentence.text in by_id[first.article].sentences[first.sentence].text
        assert len({c.article for c in sentence.citations}) == len(sentence.citations)  # one citation per outlet


def test_registered_with_versioned_name() -> None:
    assert get_summarizer("summarize.concepts.v1") is summarize_concepts
    assert all(re.fullmatch(r"summarize\.[a-z]+\.v[0-9]+", name) for name in SUMMARIZERS)


def test_seed_summary_fits_budget_and_is_cited(seed_articles: dict[str, Article]) -> None:
    articles = list(seed_articles.values())
    for words in (40, 120, 250):
        _check_cited(summarize_concepts(articles, words), articles, words)


def test_seed_summary_is_deterministic_and_covers_the_story(seed_articles: dict[str, Article]) -> None:
    articles = list(seed_articles.values())
    first = summarize_concepts(articles, 120)
    assert first == summarize_concepts(articles, 120)
    text = " ".join(s.text for s in first)
    assert "Blinken" in text or "ceasefire" in text.lower()


def test_same_sentence_in_another_outlet_becomes_a_second_citation(seed_articles: dict[str, Article]) -> None:
    original = seed_articles["002"]
    syndicated = replace(original, id="syndicated-copy", source="Other outlet")
    summary = summarize_concepts([original, syndicated], 80)
    _check_cited(summary, [original, syndicated], 80)
    assert all({c.article for c in s.citations} == {original.id, syndicated.id} for s in summary)


def test_prior_pulls_a_sentence_in(seed_articles: dict[str, Article]) -> None:
    articles = list(seed_articles.values())
    chosen = {(s.citations[0].article, s.citations[0].sentence) for s in summarize_concepts(articles, 120)}
    target = next(
        Citation(a.id, s.i)
        for a in articles
        for s in a.sentences
        if (a.id, s.i) not in chosen and 12 <= word_count(s.text) <= 40 and '"' not in s.text
    )
    boosted = summarize_concepts(articles, 120, prior={target: 50.0})
    assert target in {s.citations[0] for s in boosted}


def test_reading_order_is_time_then_discourse(seed_articles: dict[str, Article]) -> None:
    articles = list(seed_articles.values())
    by_id = {a.id: a for a in articles}
    summary = summarize_concepts(articles, 250)
    keys = []
    for s in summary:
        article = by_id[s.citations[0].article]
        keys.append((article.published is None, article.published, s.citations[0].sentence))
    dated = [k for k in keys if not k[0]]
    assert [k[:2] for k in dated] == sorted(k[:2] for k in dated)


def test_empty_and_single_article_input(seed_articles: dict[str, Article]) -> None:
    assert summarize_concepts([], 100) == ()
    one = [seed_articles["000"]]
    _check_cited(summarize_concepts(one, 60), one, 60)
