"""Centroid-based multi-document summary (Radev, Jing, Styś & Tam, 2004), with citation merging.

Sentences are scored by cosine to the story's TF-IDF centroid plus a small lead bonus (news puts the main
fact first). Greedy selection skips a sentence too close to one already chosen (the same fact from another
outlet) and adds it as a second citation instead, so a fact appears once, cited to every outlet that states
it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse

from newsdesk.model import Article, SummarySentence
from newsdesk.text.vectors import tfidf_sparse, word_count

from .citations import REDUNDANCY, Pool, cited_summary, sentence_pool

LEAD_WEIGHT = 0.15
MIN_WORDS = 6


def centroid_relevance(pool: Pool, vectors: sparse.csr_matrix) -> np.ndarray:
    """Per sentence: cosine to the story's TF-IDF centroid plus ``LEAD_WEIGHT`` for a lead position."""
    centroid = np.asarray(vectors.mean(axis=0)).ravel()
    norm = np.linalg.norm(centroid)
    centroid = centroid / norm if norm else centroid
    lead = np.array([1.0 - min(s.i, 10) / 10 for _, s in pool])
    return np.asarray(vectors @ centroid + LEAD_WEIGHT * lead)


def summarize_centroid(articles: Sequence[Article], words: int) -> tuple[SummarySentence, ...]:
    pool = sentence_pool(articles)
    if not pool:
        return ()
    vectors = tfidf_sparse([s.text for _, s in pool])
    scores = centroid_relevance(pool, vectors)

    chosen: list[int] = []
    used = 0
    for index in np.argsort(-scores, kind="stable"):
        _, sentence = pool[index]
        length = word_count(sentence.text)
        if length < MIN_WORDS or (chosen and (vectors[index] @ vectors[chosen].T).max() >= REDUNDANCY):
            continue
        if chosen and used + length > words:
            continue
        chosen.append(int(index))
        used += length
        if used >= words:
            break

    # Discourse order first (lead sentences lead), then input order of the articles: the v1 behaviour.
    position = {a.id: n for n, a in enumerate(articles)}
    chosen.sort(key=lambda j: (pool[j][1].i, position[pool[j][0].id]))
    return cited_summary(pool, chosen, vectors)
