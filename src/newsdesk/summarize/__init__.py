"""Summarizers, each under a versioned name stored with every brief (``summarize.<name>.v1``).

A summarizer is ``(articles, words) -> tuple[SummarySentence, ...]``: extractive, every sentence cited to
the article sentence(s) it comes from.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from newsdesk.model import Article, SummarySentence

from .centroid import summarize_centroid
from .concepts import summarize_concepts

Summarizer = Callable[[Sequence[Article], int], tuple[SummarySentence, ...]]

SUMMARIZERS: dict[str, Summarizer] = {
    "summarize.centroid.v1": summarize_centroid,
    "summarize.concepts.v1": summarize_concepts,
}
DEFAULT_SUMMARIZER = "summarize.centroid.v1"


def get_summarizer(name: str) -> Summarizer:
    try:
        return SUMMARIZERS[name]
    except KeyError:
        raise KeyError(f"unknown summarizer {name!r}; known: {', '.join(sorted(SUMMARIZERS))}") from None
