"""Whose furniture a sentence may be, and the key its repeats are counted by: shared by the line rules that find a
site's repeated furniture across the pages of a run (``clean.templates``, ``clean.tickers``)."""

from __future__ import annotations

import re

from newsdesk.model import Article

from .metadata import source_from_url

Templates = frozenset[tuple[str, int]]  # (article id, sentence index)
_NON_WORD = re.compile(r"[^\w]+")
_DIGITS = re.compile(r"\d")


def site_of(article: Article) -> str | None:
    """Whose furniture the article's sentences may be: its outlet, else the multi-record file it came from."""
    if outlet := article.source.lower() if article.source else source_from_url(article.url):
        return outlet
    container, colon, record = article.path.rpartition(":")
    return f"file {container}" if colon and record.isdigit() else None


def line_key(text: str) -> str:
    """CCNet's normalization: lowercase, digits to 0, punctuation and spacing dropped."""
    return _NON_WORD.sub(" ", _DIGITS.sub("0", text.lower())).strip()
