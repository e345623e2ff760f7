"""English words that are no names: WordNet's adjectives, adverbs and participles from the spaCy model's tables."""

from __future__ import annotations

import pytest

from newsdesk.clean.lexicon import in_wordnet, is_english_word


@pytest.mark.parametrize("word", ["Large", "Heavy", "Quiet", "Elsewhere", "Gleaming", "Damaged", "Led", "Fewer"])
def test_adjectives_adverbs_and_participles_are_english_words(word: str) -> None:
    assert is_english_word(word)


@pytest.mark.parametrize(
    "word",
    [
        "Haiti", "Tripoli", "Carolina",  # WordNet's proper nouns are nouns, and nouns are left out
        "League", "Web", "Ham",  # a verb's bare form is mostly a noun too: "the Arab League", "Web traffic"
        "Arabic", "Libyans", "Muslim",  # peoples and faiths, which WordNet lists in lower case
        "March", "Sunday", "Day",  # the calendar's names
    ],
)  # fmt: skip
def test_names_and_words_english_capitalises_are_not(word: str) -> None:
    assert not is_english_word(word)


def test_a_peoples_adjective_is_in_wordnet_though_english_capitalises_it() -> None:
    """``in_wordnet`` tells the place test that "European" in "European Union" is a word of a name, not a place."""
    assert in_wordnet("European") and not is_english_word("European")
