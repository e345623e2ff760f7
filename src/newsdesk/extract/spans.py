"""Helpers shared by the extractors: which sentence holds an offset."""

from __future__ import annotations

from bisect import bisect_right

from newsdesk.model import Article


def sentence_starts(article: Article) -> list[int]:
    return [s.start for s in article.sentences]


def sentence_at(starts: list[int], offset: int) -> int:
    """Index of the sentence an offset falls in (the last sentence that starts at or before it; 0 if none)."""
    return max(bisect_right(starts, offset) - 1, 0)
