"""The words a headline glued to its lead is told by: the content words the two share, and the reporting verbs
after which a capitalised name opens a clause, not a lead ("… said US President Barack Obama has …", "told The
Associated Press"). Shared by ``glue`` and ``named_leads``."""

from __future__ import annotations

from .reader import FUNCTION_WORDS

# Marks stripped off a word's edges before it is compared.
EDGES = "\"'“”‘’()[],.;:!?*-–—"
# Reporting verbs take a clause whose subject may be a name: "… said US President Barack Obama has …".
REPORTING_VERBS = frozenset("said says told tells say insisted added believes thinks hopes".split())  # noqa: SIM905


def content_words(text: str) -> set[str]:
    """Lower-cased words of ``text`` that carry content (plural "s" off): what a headline and its lead share."""
    words = set()
    for token in text.split():
        word = token.strip(EDGES).lower()
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        if len(word) >= 3 and word not in FUNCTION_WORDS and any(c.isalpha() for c in word):
            words.add(word[:-1] if word.endswith("s") and not word.endswith("ss") else word)
    return words
