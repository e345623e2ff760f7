from __future__ import annotations

import gzip
import json
import math
import re
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.cluster.features import (
    _NAME,
    LEAD_WORDS,
    DocumentFrequency,
    article_terms,
    dot,
    is_when,
    story_and_event_terms,
    tokens,
    top_terms,
    weigh,
)
from newsdesk.model import Article
from tests.conftest import EVAL


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


# The readable form of ``features._NAME`` (the engine-friendly one reorders its look-behinds): both must match alike.
_NAME_REFERENCE = re.compile(r"(?<![.!?\n]\s)(?<!^)\b[A-Z][\w'’-]*[A-Za-z]|\b\d{2,}\b")


def test_name_pattern_matches_its_readable_form_on_ecbplus() -> None:
    with gzip.open(EVAL / "clustering" / "ecbplus" / "dev.jsonl.gz", "rt", encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle]
    for text in texts:
        assert _NAME.findall(text) == _NAME_REFERENCE.findall(text)
        assert _NAME.findall(text[1:]) == _NAME_REFERENCE.findall(text[1:])


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aZé٣1 \n.!?'’-_Ab2")), max_size=40))
def test_name_pattern_matches_its_readable_form_on_any_text(text: str) -> None:
    assert _NAME.findall(text) == _NAME_REFERENCE.findall(text)


def test_weigh_and_top_terms_equal_their_definitions(ecbplus: Callable[[str], Article]) -> None:
    """The C-level ``weigh`` gives, bit for bit, sublinear TF × ``DocumentFrequency.idf`` over the L2 norm, and
    ``top_terms`` the order (-weight, term): ties are frequent (equal counts and frequencies)."""
    df = DocumentFrequency()
    for record_id in ("1_1ecb", "1_2ecbplus", "3_2ecbplus", "1_3ecb"):
        counts = article_terms(ecbplus(record_id), name_weight=2)
        df.add(counts)
        raw = {t: (1.0 + math.log(c)) * df.idf(t) for t, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in raw.values()))
        vector = weigh(counts, df)
        assert vector == {t: v / norm for t, v in raw.items()}
        assert list(vector) == list(counts)
        reference = [t for t, _ in sorted(vector.items(), key=lambda item: (-item[1], item[0]))]
        assert top_terms(vector, 60) == reference[:60]
        assert len(set(vector.values())) < len(vector)  # ties do occur
