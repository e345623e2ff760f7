"""Word tokens for concept-based summarizers: lower-case alphanumeric runs, Porter-stemmed.

Punctuation (including DUC's ``\u0060\u0060`` and ``''`` quote marks) separates words and is never a word; words of
three characters or fewer are kept unstemmed ("was" stays "was"), as ROUGE treats them, so a concept here is
the unit an evaluator counts.
"""

from __future__ import annotations

import re

from newsdesk.text.porter import porter_stem

_WORD = re.compile(r"[a-z0-9]+")


def content_tokens(text: str) -> list[str]:
    return [t if len(t) <= 3 else porter_stem(t) for t in _WORD.findall(text.lower())]
