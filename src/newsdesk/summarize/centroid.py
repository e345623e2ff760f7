"""Centroid-based multi-document summary (Radev, Jing, Styś & Tam, 2004), with citation merging.

Sentences are scored by cosine to the story's TF-IDF centroid plus a small lead bonus (news puts the main
fact first). Greedy selection skips a sentence too close to one already chosen (the same fact from another
outlet) and adds it as a second citation instead, so a fact appears once, cited to every outlet that states
it.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from newsdesk.model import Article, Citation, SummarySentence
from newsdesk.text.vectors import tfidf_matrix, word_count

# Cosine above which two sentences are taken to state the same thing (TF-IDF with bigrams: paraphrases
# of one fact by two outlets score 0.35–0.6 on the seeds, unrelated sentences of one story < 0.25).
REDUNDANCY = 0.45
LEAD_WEIGHT = 0.15
MIN_WORDS = 6


def summarize_centroid(articles: Sequence[Article], words: int) -> tuple[SummarySentence, ...]:
    pool = [(a, s) for a in articles if a.duplicate_of is None for s in a.sentences]
    if not pool:
        return ()
    vectors = tfidf_matrix([s.text for _, s in pool])
    centroid = vectors.mean(axis=0)
    norm = np.linalg.norm(centroid)
    centroid = centroid / norm if norm else centroid
    lead = np.array([1.0 - min(s.i, 10) / 10 for _, s in pool])
    scores = vectors @ centroid + LEAD_WEIGHT * lead
    similarity = vectors @ vectors.T

    chosen: list[int] = []
    used = 0
    for index in np.argsort(-scores, kind="stable"):
        _, sentence = pool[index]
        length = word_count(sentence.text)
        if length < MIN_WORDS or any(similarity[index, j] >= REDUNDANCY for j in chosen):
            continue
        if chosen and used + length > words:
            continue
        chosen.append(int(index))
        used += length
        if used >= words:
            break

    position = {a.id: n for n, a in enumerate(articles)}
    chosen.sort(key=lambda j: (pool[j][1].i, position[pool[j][0].id]))
    result = []
    for j in chosen:
        article, sentence = pool[j]
        citations = [Citation(article.id, sentence.i)]
        cited_articles = {article.id}
        for k in np.argsort(-similarity[j], kind="stable"):
            other, other_sentence = pool[k]
            if similarity[j, k] < REDUNDANCY:
                break
            if other.id not in cited_articles:
                citations.append(Citation(other.id, other_sentence.i))
                cited_articles.add(other.id)
        result.append(SummarySentence(sentence.text, tuple(citations)))
    return tuple(result)
