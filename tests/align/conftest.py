"""Seed-story alignment, computed once per test session (MiniLM encoding is the slow part)."""

from __future__ import annotations

import os

import pytest

from newsdesk.align import Alignment, align_story
from newsdesk.model import Annotations, Article, Mention, Span

os.environ.setdefault("HF_HUB_OFFLINE", "1")
SEED_ORDER = ("000", "001", "002", "003", "004")


def mention(article: Article, sentence: int, text: str, label: str, occurrence: int = 0) -> Mention:
    """A hand-made mention located by its text inside a seed sentence (offsets into the article's clean text)."""
    s = article.sentences[sentence]
    start = s.start
    for _ in range(occurrence + 1):
        start = article.text.index(text, start if start == s.start else start + 1, s.end)
    return Mention(Span(article.id, start, start + len(text)), sentence, text, label)


@pytest.fixture(scope="session")
def seed_list(seed_articles: dict[str, Article]) -> list[Article]:
    return [seed_articles[k] for k in SEED_ORDER]


@pytest.fixture(scope="session")
def seed_annotations(seed_articles: dict[str, Article]) -> dict[str, Annotations]:
    """Places of Blinken's onward trip as an entity tagger marks them (seed 002 s2 vs seed 004 s3)."""
    a2, a4 = seed_articles["002"], seed_articles["004"]
    return {
        a2.id: Annotations(a2.id, mentions=(mention(a2, 2, "Egypt", "GPE"), mention(a2, 2, "Qatar", "GPE"))),
        a4.id: Annotations(a4.id, mentions=(mention(a4, 3, "Egypt", "GPE"),)),
    }


@pytest.fixture(scope="session")
def seed_alignment(seed_list: list[Article], seed_annotations: dict[str, Annotations]) -> Alignment:
    return align_story(seed_list, seed_annotations)


@pytest.fixture(scope="session")
def seed_brief_alignment(seed_list: list[Article]) -> Alignment:
    """The alignment the brief computes: with the extractor's own annotations (entities give frame subjects)."""
    from newsdesk.extract import annotate

    return align_story(seed_list, annotate(seed_list))
