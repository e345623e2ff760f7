"""TF-IDF sentence vectors: the lexical representation several stages share (summary, alignment)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer


def tfidf_matrix(texts: Sequence[str]) -> np.ndarray:
    """L2-normalised TF-IDF rows (unigrams+bigrams, English stop words out); cosine is a dot product."""
    if not texts:
        return np.zeros((0, 0))
    return tfidf_sparse(texts).toarray()


def tfidf_sparse(texts: Sequence[str]) -> sparse.csr_matrix:
    """The same rows as ``tfidf_matrix``, kept sparse (thousands of sentences × tens of thousands of terms)."""
    vectorizer = TfidfVectorizer(stop_words="english", ngram_range=(1, 2), sublinear_tf=True, min_df=1)
    try:
        return sparse.csr_matrix(vectorizer.fit_transform(texts))
    except ValueError:  # every text was stop words only
        return sparse.csr_matrix((len(texts), 1))


def word_count(text: str) -> int:
    return len(text.split())
