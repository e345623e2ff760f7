"""What every extractive summarizer shares: the sentence pool, citation merging and reading order.

A chosen sentence is cited first to the sentence it was taken from, then to the closest sentence of every
other outlet that states the same thing (TF-IDF cosine above ``REDUNDANCY``), so one fact appears once in
the summary, backed by each outlet that reports it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import numpy as np
from scipy import sparse

from newsdesk.dedup.updates import added_by_copies
from newsdesk.model import Article, Citation, Sentence, SummarySentence

# Cosine above which two sentences are taken to state the same thing (TF-IDF with bigrams: paraphrases
# of one fact by two outlets score 0.35–0.6 on the seeds, unrelated sentences of one story < 0.25).
REDUNDANCY = 0.45

Pool = list[tuple[Article, Sentence]]


def sentence_pool(articles: Sequence[Article]) -> Pool:
    """Every sentence of every original article, and the sentences a near-duplicate copy adds to what its group
    printed before (``dedup.updates``: a copy adds no source, but a re-filed story's new paragraphs are news)."""
    return [(a, s) for a in added_by_copies(articles) for s in a.sentences if s.text or a.duplicate_of is None]


def reading_order(pool: Pool, chosen: Sequence[int], articles: Sequence[Article]) -> list[int]:
    """Time, then discourse: earlier publication days first (undated last), then position in the article,
    then the input order of the articles."""
    position = {a.id: n for n, a in enumerate(articles)}

    def key(j: int) -> tuple[bool, date, int, int]:
        article, sentence = pool[j]
        return (article.published is None, article.published or date.min, sentence.i, position[article.id])

    return sorted(chosen, key=key)


def cited_summary(
    pool: Pool, ordered: Sequence[int], vectors: sparse.csr_matrix, texts: Sequence[str] | None = None
) -> tuple[SummarySentence, ...]:
    """Summary sentences in the given order, each cited to its own sentence and to near-identical ones
    of other articles (best match per article, most similar first). ``texts`` (one per pool sentence, e.g.
    trimmed forms) replaces the sentences' own text in the summary; citations still point at the sentence.
    ``vectors`` are the pool's L2-normalised TF-IDF rows; only the chosen sentences' similarity rows are computed
    (the whole pool × pool matrix of a 50-article story is 3,000² and took seconds)."""
    result = []
    similarity = np.zeros((0, len(pool)))
    if len(ordered):
        similarity = np.asarray((vectors[list(ordered)] @ vectors.T).toarray())
    for row, j in zip(similarity, ordered, strict=True):
        article, sentence = pool[j]
        citations = [Citation(article.id, sentence.i)]
        cited_articles = {article.id}
        for k in np.argsort(-row, kind="stable"):
            other, other_sentence = pool[k]
            if row[k] < REDUNDANCY:
                break
            if other.id not in cited_articles:
                citations.append(Citation(other.id, other_sentence.i))
                cited_articles.add(other.id)
        result.append(SummarySentence(texts[j] if texts is not None else sentence.text, tuple(citations)))
    return tuple(result)
