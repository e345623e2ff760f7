"""Stored annotations: the JSON codec gives back every record exactly, and the store writes them with their
article (one transaction) and hands back only those of the asked extractor version."""

from __future__ import annotations

import json
import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdesk.extract import annotate
from newsdesk.model import Annotations, Article, Citation, Figure, Mention, Quote, Span, Timex
from newsdesk.store import SQLiteStore
from newsdesk.store.annotations import dumps_annotations, loads_annotations


@pytest.fixture(scope="module")
def seed_annotations(seed_articles: dict[str, Article]) -> dict[str, Annotations]:
    return annotate(list(seed_articles.values()))


def test_round_trip_on_the_seeds(seed_articles: dict[str, Article], seed_annotations: dict[str, Annotations]) -> None:
    for article in seed_articles.values():
        ann = seed_annotations[article.id]
        assert ann.mentions and ann.timexes  # real content, not empty records
        compact = dumps_annotations(ann, article.text)
        assert loads_annotations(compact, article.id, article.text) == ann
        plain = dumps_annotations(ann)
        assert loads_annotations(plain, article.id) == ann
        # spans the article's text repeats are left out, and so is the article id everywhere
        assert len(compact) < 0.8 * len(plain) and article.id not in compact
        # about 1.5-3x the article's text (the module docstring says so)
        assert len(compact) < 3.5 * len(article.text)


def test_a_left_out_span_text_needs_the_article_text(
    seed_articles: dict[str, Article], seed_annotations: dict[str, Annotations]
) -> None:
    article = seed_articles["000"]
    compact = dumps_annotations(seed_annotations[article.id], article.text)
    with pytest.raises(ValueError, match="needs the article's text"):
        loads_annotations(compact, article.id)


_ids = st.sampled_from(["a1", "b2"])
_short = st.text(max_size=12)
_opt = st.none() | _short
_offset = st.integers(min_value=0, max_value=40)
_span = st.builds(Span, article=_ids, start=_offset, end=_offset)
_number = st.none() | st.floats(allow_nan=False) | st.integers(-(10**6), 10**6).map(float)
_mention = st.builds(Mention, span=_span, sentence=_offset, text=_short, label=_short, title=_opt)
_quote = st.builds(
    Quote,
    article=_ids,
    sentence=_offset,
    start=_offset,
    end=_offset,
    text=_short,
    speaker=_opt,
    speaker_span=st.none() | _span,
    cue=_opt,
    cue_span=st.none() | _span,
    direct=st.booleans(),
    variants=st.lists(st.builds(Citation, article=_ids, sentence=_offset), max_size=2).map(tuple),
)
_figure = st.builds(
    Figure,
    article=_ids,
    sentence=_offset,
    start=_offset,
    end=_offset,
    text=_short,
    value=_number,
    unit=_opt,
    qualifier=_opt,
    context=_opt,
)
_timex = st.builds(
    Timex,
    article=_ids,
    sentence=_offset,
    start=_offset,
    end=_offset,
    text=_short,
    type=_short,
    value=_opt,
    relation=_opt,
)


def _tuple(strategy: st.SearchStrategy) -> st.SearchStrategy:
    return st.lists(strategy, max_size=3).map(tuple)


@settings(max_examples=300, deadline=None)
@given(
    article=_ids,
    text=st.none() | st.text(alphabet="ab “”\n0", max_size=30),
    mentions=_tuple(_mention),
    quotes=_tuple(_quote),
    figures=_tuple(_figure),
    timexes=_tuple(_timex),
)
def test_round_trip_of_generated_records(
    article: str, text: str | None, mentions: tuple, quotes: tuple, figures: tuple, timexes: tuple
) -> None:
    """Whatever the records hold (offsets past the text, texts that are or are not the slice, other
    articles' spans, defaults or not), decoding gives back the same records."""
    ann = Annotations(article=article, mentions=mentions, quotes=quotes, figures=figures, timexes=timexes)
    assert loads_annotations(dumps_annotations(ann, text), article, text) == ann


def _article(n: int) -> Article:
    return Article(id=f"a{n}", path=f"p{n}.txt", text="Hello world.", sentences=())


def test_store_writes_annotations_with_their_article_and_by_version(fresh_store: SQLiteStore) -> None:
    store = fresh_store
    store.add_articles([_article(1), _article(2)], annotations={"a1": '{"n":1}'}, extractor="v1")
    assert store.annotated_ids(["a1", "a2", "zz"], "v1") == {"a1"}
    assert store.annotation_documents(["a1", "a2"], "v1") == {"a1": '{"n":1}'}
    assert store.annotation_documents(["a1"], "v2") == {}
    # a stored article gets (or replaces) its annotations: one row per article, the newest version
    store.add_articles([], annotations={"a1": '{"n":2}', "a2": '{"n":3}'}, extractor="v2")
    assert store.annotation_documents(["a1", "a2"], "v2") == {"a1": '{"n":2}', "a2": '{"n":3}'}
    assert store.annotated_ids(["a1", "a2"], "v1") == set()


def test_article_and_annotations_commit_or_roll_back_together(fresh_store: SQLiteStore) -> None:
    """Annotations that cannot be stored (here: of an article that does not exist) roll back the whole
    batch, articles included, so a store never holds half a batch."""
    with pytest.raises(sqlite3.IntegrityError):
        fresh_store.add_articles([_article(1)], annotations={"a1": "{}", "ghost": "{}"}, extractor="v1")
    assert fresh_store.count_articles() == 0 and fresh_store.annotated_ids(["a1"], "v1") == set()


def test_deleting_an_article_deletes_its_annotations(fresh_store: SQLiteStore) -> None:
    fresh_store.add_articles([_article(1)], annotations={"a1": json.dumps({})}, extractor="v1")
    with fresh_store.transaction() as conn:
        conn.execute("DELETE FROM articles WHERE id = 'a1'")
    assert fresh_store.conn.execute("SELECT count(*) FROM annotations").fetchone()[0] == 0
