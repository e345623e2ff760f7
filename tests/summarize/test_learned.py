"""``summarize.learned.v1`` and ``v2``: the shipped concept model, its features, and its summaries of the seeds."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from newsdesk.model import Article
from newsdesk.summarize import DEFAULT_SUMMARIZER, get_summarizer
from newsdesk.summarize.centroid import centroid_relevance
from newsdesk.summarize.citations import sentence_pool
from newsdesk.summarize.compressive import V2
from newsdesk.summarize.concepts import concept_weights
from newsdesk.summarize.learned import (
    FEATURES,
    NAME,
    ConceptModel,
    concept_features,
    reference_labels,
    shipped_model,
    summarize_learned,
    summarize_learned_v1,
    summarize_learned_v2,
)
from newsdesk.summarize.tokens import content_tokens
from newsdesk.summarize.trim import is_trim_of
from newsdesk.text.vectors import tfidf_sparse, word_count


def _features(articles: list[Article]) -> tuple[list[tuple[str, ...]], np.ndarray]:
    pool = sentence_pool(articles)
    tokens = [content_tokens(s.text) for _, s in pool]
    return concept_features(pool, tokens, centroid_relevance(pool, tfidf_sparse([s.text for _, s in pool])))


def test_learned_weighs_exactly_compressive_v2s_concepts(seed_articles: dict[str, Article]) -> None:
    articles = list(seed_articles.values())
    concepts, x = _features(articles)
    pool = sentence_pool(articles)
    assert set(concepts) == set(concept_weights(pool, [content_tokens(s.text) for _, s in pool], 5, V2))
    assert x.shape == (len(concepts), len(FEATURES)) and np.isfinite(x).all()
    weights = dict(zip(concepts, shipped_model().predict(x), strict=True))
    assert all(0 < w < 1 for w in weights.values())
    # A name every outlet leads with outweighs a stop-word bigram ("of the") the model learned to discount.
    assert weights[("antoni", "blinken")] > 3 * weights[("of", "the")]


def test_shipped_model_prefers_early_and_frequent_concepts() -> None:
    model = shipped_model()
    row = np.array(model.mean)
    early, late = row.copy(), row.copy()
    early[FEATURES.index("first_position")], late[FEATURES.index("first_position")] = 0.0, 0.8
    more = row.copy()
    more[FEATURES.index("log_tf")] += 1.0
    assert model.predict(early[None])[0] > model.predict(late[None])[0]
    assert model.predict(more[None])[0] > model.predict(row[None])[0]


def test_concept_model_round_trips_and_refuses_other_features() -> None:
    model = shipped_model()
    assert ConceptModel.from_json(model.to_json()) == model
    other = model.to_json().replace('"doc_share"', '"share"')
    with pytest.raises(ValueError, match="features"):
        ConceptModel.from_json(other)


def test_reference_labels_are_the_share_of_references_with_the_bigram() -> None:
    references = ["Peace talks failed in Cairo.\nHamas left.", "The talks failed.", "Hamas left Cairo.", "None."]
    labels = reference_labels([("talk", "fail"), ("hama", "left"), ("in", "cairo"), ("left", "the")], references)
    # "Hamas left." / "Hamas left Cairo." both hold "hama left"; no reference has "left the" (across lines)
    assert labels.tolist() == [0.5, 0.5, 0.25, 0.0]


def test_learned_is_the_registered_default() -> None:
    """Its seeds summary (cited, within budget, deterministic) is checked with the other summarizers in
    test_compressive.py."""
    assert get_summarizer(NAME) is summarize_learned and DEFAULT_SUMMARIZER == NAME


def test_v2_offers_the_ilp_at_most_max_candidates(seed_articles: dict[str, Article], monkeypatch) -> None:
    """A large story's ILP gets the candidates worth most on their own, so its solve stays short and does not
    depend on the machine's load; below the cap v2 is v1."""
    import newsdesk.summarize.concepts as concepts

    articles = list(seed_articles.values())
    assert summarize_learned_v2(articles, 120) == summarize_learned_v1(articles, 120)
    offered: list[int] = []
    solve = concepts.select

    def counting_select(lengths, *rest):
        offered.append(len(lengths))
        return solve(lengths, *rest)

    monkeypatch.setattr(concepts, "select", counting_select)
    summarize_learned_v1(articles, 120)
    summary = summarize_learned(articles, 120, max_candidates=20)
    assert offered[0] > 20 and offered[1] == 20
    by_id = {a.id: a for a in articles}
    assert summary and sum(word_count(s.text) for s in summary) <= 120
    for s in summary:
        first = s.citations[0]
        assert is_trim_of(s.text, by_id[first.article].sentences[first.sentence].text)


def test_unigram_concepts_are_content_words_and_keep_the_summary_cited(seed_articles: dict[str, Article]) -> None:
    """The unigram concepts tried on DUC (bench/train_concept_weights.py --unigrams; they lowered ROUGE there, so
    learned.v1 ships without them): content words only, labelled per word, usable by the same ILP."""
    articles = list(seed_articles.values())
    pool = sentence_pool(articles)
    tokens = [content_tokens(s.text) for _, s in pool]
    words, x = concept_features(pool, tokens, centroid_relevance(pool, tfidf_sparse([s.text for _, s in pool])), 1)
    assert ("cairo",) in words and ("hama",) in words and ("the",) not in words
    assert all(len(w) == 1 and w[0] not in ENGLISH_STOP_WORDS for w in words)
    assert not x[:, [FEATURES.index("stop_both"), FEATURES.index("stop_one")]].any()
    assert reference_labels([("cairo",), ("talk",)], ["Talks in Cairo.", "The talks failed."], 1).tolist() == [0.5, 1.0]
    by_id = {a.id: a for a in articles}
    # The shipped bigram model stands in for a unigram model (any model over FEATURES weighs words).
    summary = summarize_learned(articles, 120, unigrams=shipped_model(), share=1.0)
    assert summary and sum(word_count(s.text) for s in summary) <= 120
    for s in summary:
        first = s.citations[0]
        assert is_trim_of(s.text, by_id[first.article].sentences[first.sentence].text)
