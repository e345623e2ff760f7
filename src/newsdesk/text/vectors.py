"""TF-IDF sentence vectors: the lexical representation several stages share (summary, alignment)."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer


def tfidf_matrix(texts: Sequence[str]) -> np.ndarray:
    """L2-normalised TF-IDF rows (unigrams+bigrams, English stop words out); cosine is a dot product."""
    if not texts:
        return np.zeros((0, 0))
    vectorizer = TfidfVectorizer(stop_words="english", ngram_range=(1, 2), sublinear_tf=True, min_df=1)
    try:
        matrix = vectorizer.fit_transform(texts)
    except ValueError:  # every text was stop words only
        return np.zeros((len(texts), 1))
    return matrix.toarray()


def word_count(text: str) -> int:
    return len(text.split())
