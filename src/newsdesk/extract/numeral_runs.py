"""Runs of number tokens in a parsed text ("twenty-five", "one hundred and twenty", "a million and a half", "12bn"):
where a figure can be, before anything decides whether it is one (``figures.candidate_numerals``)."""

from __future__ import annotations

import re
from typing import cast

import numpy
from spacy.attrs import LIKE_NUM, ORTH
from spacy.tokens import Doc, Token

from . import glued_ranges, money, ratios, scale_words, slash_numbers
from .numbers import DENOMINATORS, ORDINALS, SCALES, follows, is_number_word

_SUFFIXED = re.compile(r"\d+(?:\.\d+)?(?:k|bn|tn|m)", re.IGNORECASE)
ORDINAL_FORM = re.compile(r"\d+(?:st|nd|rd|th)", re.IGNORECASE)


def _numeric_text(text: str) -> bool:
    """Whether a word is a number besides spaCy's ``like_num``: "5th", "12bn", "third", "dozen"."""
    if _SUFFIXED.fullmatch(text) or ORDINAL_FORM.fullmatch(text):
        return True
    if text.lower() in ORDINALS or is_number_word(text) or glued_ranges.dashed(text):
        return True
    return ratios.colon_value(text) is not None  # v10: "180:1"


def is_numeric(token: Token) -> bool:
    return token.like_num or _numeric_text(token.text)


def _numeric_flags(doc: Doc) -> numpy.ndarray:
    """``is_numeric`` of every token, testing each distinct word once and making no ``Token`` objects (the
    scan over every token was most of ``numeral_runs``' time)."""
    array = doc.to_array([ORTH, LIKE_NUM]).reshape(-1, 2)
    words, inverse = numpy.unique(array[:, 0], return_inverse=True)
    strings = doc.vocab.strings
    numeric = numpy.array([_numeric_text(strings[int(w)]) for w in words], dtype=bool)
    return cast(numpy.ndarray, numeric[inverse.reshape(-1)] | array[:, 1].astype(bool))


def numeral_runs(doc: Doc) -> list[tuple[int, int]]:
    """Runs of number tokens, joined across hyphens ("twenty-five") and "and" ("one hundred and twenty")."""
    runs: list[tuple[int, int]] = []
    numeric = _numeric_flags(doc)
    n = len(doc)
    j = 0
    for i in numpy.flatnonzero(numeric).tolist():
        if i < j:
            continue  # inside the previous run
        j = i + 1
        while j < n:
            if doc[j - 1].lower_ in ORDINALS:
                break  # an ordinal ends a numeral: "first one" is two words of order and count
            words = (
                (numeric[j] or doc[j].lower_ in DENOMINATORS)
                and not doc[j].text[0].isdigit()
                and not doc[i].text[0].isdigit()
                and follows(doc[j - 1].text, doc[j].text)
            )
            if words or doc[j].lower_ in SCALES or (j == i + 1 and glued_ranges.continues(doc[j].text)):
                j += 1
            elif (
                (
                    # "one hundred and twenty", not "five and seven"
                    (doc[j].text == "and" and doc[j - 1].lower_ in SCALES)
                    or (doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_)
                )
                and j + 1 < n
                and is_number_word(doc[j - 1].text)
                and follows(doc[j - 1].text, doc[j + 1].text)
            ):
                j += 2
            else:
                break
        j = money.suffix_end(doc, i, slash_numbers.mixed_end(doc, i, scale_words.half_end(doc, j)))
        runs.append((scale_words.opening(doc, i, j), j))  # v11: "a million", "half a million"
    return runs
