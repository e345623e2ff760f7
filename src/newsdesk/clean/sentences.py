"""Sentence segmentation with character offsets, paragraph by paragraph.

spaCy's rule-based sentencizer over its tokenizer: abbreviations such as "U.S." and "Mr." are single tokens
and do not end a sentence, and it runs at ~2 ms per article, so segmentation never bounds ingest speed.
A paragraph break always ends a sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

import spacy
from spacy.language import Language

_PARAGRAPH = re.compile(r"\n\s*\n|\n")


@lru_cache(maxsize=1)
def _segmenter() -> Language:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def split_paragraphs(text: str) -> list[str]:
    return [p.strip() for p in _PARAGRAPH.split(text) if p.strip()]


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of one paragraph, stripped, in order; joining them with spaces gives the paragraph back
    up to white space."""
    doc = _segmenter()(paragraph)
    return [s.text.strip() for s in doc.sents if s.text.strip()]
