"""Sentence segmentation: titles spaCy's exceptions lack do not end a sentence."""

from __future__ import annotations

from newsdesk.clean.sentences import split_sentences


def test_military_titles_stay_inside_the_sentence() -> None:
    paragraph = (
        "Seeing the module up close, Lt. Col. Kent Rominger said it looked flawless. The crew's pilot, "
        "Maj. Frederick Sturckow, and Capt. Nancy Currie held it steady with the robot arm."
    )
    assert split_sentences(paragraph) == [
        "Seeing the module up close, Lt. Col. Kent Rominger said it looked flawless.",
        "The crew's pilot, Maj. Frederick Sturckow, and Capt. Nancy Currie held it steady with the robot arm.",
    ]


def test_number_abbreviation_keeps_its_number() -> None:
    assert split_sentences("The court cited Hospital District No. 2 v. Hyde. It ruled on Monday.") == [
        "The court cited Hospital District No. 2 v. Hyde.",
        "It ruled on Monday.",
    ]


def test_a_lower_case_no_still_ends_a_sentence() -> None:
    assert split_sentences("The answer was no. Then the talks ended.") == [
        "The answer was no.",
        "Then the talks ended.",
    ]


def test_an_opening_quote_starts_the_next_sentence(seed_articles) -> None:
    """Seed 000: the sentencizer left the opening quote of Herzog's words on the sentence before."""
    sentences = seed_articles["000"].sentences
    assert sentences[3].text == "Herzog reminded Blinken that Hamas is preventing an agreement."
    assert sentences[4].text.startswith('"We are surrounded by terror')
    assert split_sentences("He said: “We will win.” Then he left. She said: “No.") == [
        "He said: “We will win.”",
        "Then he left.",
        "She said: “No.",
    ]


def test_a_closing_quote_stays_with_its_sentence() -> None:
    assert split_sentences('He said "yes." Then he left.') == ['He said "yes."', "Then he left."]
