from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdesk.extract.numbers import parse_digits, parse_number, parse_words


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1,200", 1200),
        ("40,000", 40000),
        ("2.3 million", 2_300_000),
        ("1.5 billion", 1_500_000_000),
        ("14.5", 14.5),
        ("40k", 40_000),
        ("40K", 40_000),
        ("5bn", 5_000_000_000),
        ("forty thousand", 40_000),
        ("twenty-five", 25),
        ("one hundred and twenty", 120),
        ("ninth", 9),
        ("11th", 11),
        ("a dozen", 12),
        ("2 lakh", 200_000),
        ("1.200.000", 1_200_000),
        ("1.200,50", 1200.5),
        ("-3", -3),
    ],
)
def test_numbers_normalize(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["1.200", "12,34,5", "", "   ", "forty blue", "February", "1.2.3", "k40", "$"])
def test_ambiguous_or_invalid_numbers_are_none(text: str) -> None:
    # "1.200" is 1.2 in English and 1200 in European style: marked unresolvable rather than guessed.
    assert parse_number(text) is None


def test_m_suffix_needs_a_currency() -> None:
    # "5m" alone may be five metres; "$5m" is five million dollars.
    assert parse_digits("5m") is None
    assert parse_digits("5m", currency=True) == 5_000_000


def test_words_without_a_number_are_none() -> None:
    assert parse_words(["and"]) is None
    assert parse_words(["a"]) is None


@given(st.text(max_size=40))
def test_parse_number_never_raises(text: str) -> None:
    value = parse_number(text)
    assert value is None or isinstance(value, float)


def test_an_ordinal_ends_a_number() -> None:
    assert parse_number("first one") is None
    assert parse_number("one hundred and first") == 101
    assert parse_number("twenty-first") == 21


@pytest.mark.parametrize(
    ("text", "value"),
    [("one-third", 1 / 3), ("two-thirds", 2 / 3), ("one-sixth", 1 / 6), ("ninety nine thousand", 99_000)],
)
def test_fractions_in_words_are_their_value(text: str, value: float) -> None:
    """Timeline17: "about one-third of the world's population" was read as 4, "almost two-thirds of the sorties"
    as 2."""
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["five and seven", "two and three", "two five", "two seven", "one second"])
def test_words_that_are_two_numbers_are_not_one(text: str) -> None:
    """ "between five and seven days" is not 12 days, "two five-star hotels" not 7 hotels (v5 summed them)."""
    assert parse_number(text) is None
