"""extract.figures.v9 on sentences of Timeline17 dev and DUC 2004 dev: fractions and mixed numbers written with a
slash, slashed years and days (times, no figure), a range written with a spaced dash, a range's low end before a
clock time, and "X to Y" after a verb of change. v8 read each case wrong but the two spaced dashes that are no range
(guards the new rule must keep)."""

from __future__ import annotations

import pytest

from newsdesk.extract import find_figures
from newsdesk.extract.nlp import load_nlp
from newsdesk.extract.slash_numbers import fraction
from newsdesk.model import Article, Figure, Sentence


def _figures(text: str) -> tuple[Figure, ...]:
    article = Article(id="t", path="t.txt", text=text, sentences=(Sentence(0, 0, len(text), text),))
    return find_figures(article, load_nlp()(text))


def _read(text: str) -> list[tuple[str, float | None, float | None]]:
    return [(f.text, f.value, f.high) for f in _figures(text)]


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        # LibyaWar_cnn: v8 "about 2" and a valueless "1/2 hours"
        ("The speech lasted about 2-1/2 hours.", "about 2-1/2 hours", 2.5),
        # LibyaWar_reuters: v8 "2 — year" (two years) and "1/2"
        (
            "Crude oil prices jumped to a 2-1/2 - year peak and gold hit an all-time high on Monday as investors "
            "worried that widening unrest in Libya could spread to other oil-producing nations in the Middle East.",
            "2-1/2",
            2.5,
        ),
        # DUC 2004 dev, a 1998 share price in sixteenths: v8 "30" and "7/16"
        ("Yahoo rose 30 7/16, to 221 7/16.", "30 7/16", 30.4375),
        # LibyaWar_cnn: a "½" with its space lost, before a unit
        ("We talked for 21/2 hours.", "21/2 hours", 2.5),
        # SyrianCrisis_reuters: a bond's price in thirty-seconds
        ("Benchmark 10-year Treasury notes fell 4/32 in price for a yield of 2.23 percent.", "4/32", 0.125),
    ],
)
def test_a_fraction_is_its_value(text: str, figure: str, value: float) -> None:
    assert (figure, value, None) in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        "But U.S. soybean stocks began the 2009/10 marketing year at a five year low.",
        "Here is a timeline on the civil war in Libya since protests against the 42-year rule of Muammar Gaddafi "
        "began in February: Feb 15/16, 2011 - A riot in Benghazi is triggered by the arrest of human rights activist "
        "Fethi Tarbel, who has worked to free political prisoners, Quryna newspaper reports.",
    ],
)
def test_slashed_years_and_days_are_no_figures(text: str) -> None:
    assert not [f for f in _figures(text) if "/" in f.text]


@pytest.mark.parametrize(
    ("text", "figure", "low", "high"),
    [
        (
            "In a recent Reuters interview, Silmet Chief Executive David O'Brock said lanthanum spot prices were $130 "
            "- $140 per kilogram, up from $35 in 2010 and $0.85 in 1999.",
            "$130 - $140",
            130,
            140,
        ),
        ("Iraq: 7,500 - 10,000 Syrian refugees, most in Kurdish areas.", "7,500 - 10,000", 7500, 10_000),
        (
            "When the anti-Gaddafi coalition set up its fund, Qatar immediately pledged the largest sum of $400 - $500 "
            "million.",
            "$400 - $500 million",
            400e6,
            500e6,
        ),
    ],
)
def test_a_spaced_dash_joins_a_range(text: str, figure: str, low: float, high: float) -> None:
    assert (figure, low, high) in _read(text)


@pytest.mark.parametrize(
    "text",
    [
        # a dash setting a part apart from a total: the second number is the smaller
        "Human Rights Watch said Tuesday the number of people killed in the Egyptian protests has reached 302 - 232 "
        "in Cairo, 52 in Alexandria and 18 in Suez.",
        # an article's number after an ordinal
        "Mubarak said he's already asked for the modification of five constitutional articles -- 76, 77, 88, 93 and "
        "198 -- and the repeal of a sixth -- 179.",
    ],
)
def test_a_spaced_dash_that_is_no_range(text: str) -> None:
    assert all(f.high is None for f in _figures(text))


@pytest.mark.parametrize(
    "text",
    [
        "Connexions Haiti is broadcast between 9.10 and 9.30 Haiti time (14.10 to 14.30 GMT).",
        "BBC World Service continues to offer special programs about the crisis in Spanish and English, between "
        "12.00 and 13.00 GMT on shortwave.",
        "International internet traffic to and from Libya was shut down on Saturday morning from about 1 to 8 a.m.",
    ],
)
def test_clock_times_are_no_figures(text: str) -> None:
    assert _figures(text) == ()


def test_a_change_and_the_level_it_reached_are_two_figures() -> None:
    # TempEval-3 dev (WSJ, 1989): v8 read "4 to 15" as a range
    assert _read("Kirschner Medical fell 4 to 15.") == [("4", 4, None), ("15", 15, None)]
    assert _read("McCaw, which dropped 2 1/2 to 37 3/4, has offered $125 a share for a majority of LIN's shares.")[
        :2
    ] == [("2 1/2", 2.5, None), ("37 3/4", 37.75, None)]


@pytest.mark.parametrize(("text", "value"), [("1/2", 0.5), ("15/16", 0.9375), ("10/32", 0.3125)])
def test_fraction(text: str, value: float) -> None:
    assert fraction(text) == value


@pytest.mark.parametrize("text", ["24/7", "9/11", "80/20", "17/2", "20/20", "2011/12", "1/10"])
def test_no_fraction(text: str) -> None:
    assert fraction(text) is None
