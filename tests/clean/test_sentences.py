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
