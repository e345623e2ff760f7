from __future__ import annotations

from collections.abc import Callable

import pytest

from newsdesk.cluster.features import LEAD_WORDS, dot, is_when, story_and_event_terms, tokens
from newsdesk.model import Article


@pytest.mark.parametrize("word", ["monday", "december", "sept", "yesterday", "tonight", "gmt", "2013", "1998"])
def test_time_words_are_when(word: str) -> None:
    assert is_when(word)


@pytest.mark.parametrize("word", ["rehab", "police", "sun", "33", "1066", "20130", "klitschko"])
def test_other_words_are_not(word: str) -> None:
    assert not is_when(word)


def test_story_terms_drop_the_dateline_event_terms_keep_it(ecbplus: Callable[[str], Article]) -> None:
    article = ecbplus("3_2ecbplus")  # opens "Nov. 30, 2009"
    assert "2009" in tokens(article.text[:40])
    story, event = story_and_event_terms(article, LEAD_WORDS, 600, 2)
    assert not [t for t in story if is_when(t)]
    assert {"2009", "nov"} <= set(event)
    assert {"comeaux", "escaped"} <= set(story)  # what the story is about stays


def test_dot_is_the_sparse_dot_product() -> None:
    a, b = {"x": 0.5, "y": 0.25, "z": 2.0}, {"y": 4.0, "z": 0.5, "w": 9.0}
    assert dot(a, b) == dot(b, a) == 0.25 * 4.0 + 2.0 * 0.5
    assert dot(a, {}) == 0.0
