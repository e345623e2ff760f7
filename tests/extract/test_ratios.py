"""extract.figures.v10 on sentences of Timeline17 dev: a ratio is one figure whose value is the ratio and whose unit is
``ratios.RATIO`` ("one in 100 children", "19 out of 20 cases", "10-to-1 odds"; v9 read "100 — children", "20 — cases
go", "10 — odds", counts of children, cases and odds), and a scale's ends are no figure ("on a scale of 1 to 6", the 6
of "phase 5 out of 6"; v9 read the range 1 to 6 and the count 6). Every case fails on v9; the last ones are guards
that v9 and v10 read alike ("109 in 11 states" counts cases in states, "four in 30 seconds" is a rate)."""

from __future__ import annotations

import pytest

from newsdesk.extract import find_figures
from newsdesk.extract.nlp import load_nlp
from newsdesk.extract.ratios import RATIO
from newsdesk.model import Article, Figure, Sentence


def _figures(text: str) -> tuple[Figure, ...]:
    article = Article(id="t", path="t.txt", text=text, sentences=(Sentence(0, 0, len(text), text),))
    return find_figures(article, load_nlp()(text))


def _read(text: str) -> list[tuple[str, float | None, float | None, str | None, str | None]]:
    return [(f.text, f.value, f.high, f.unit, f.context) for f in _figures(text)]


@pytest.mark.parametrize(
    ("text", "figure", "value", "context"),
    [
        # SyrianCrisis_reuters: v9 "100 — children", a count of children
        (
            "Autism disorders are diagnosed in up to one in 100 children in the United States and Europe and affect "
            "four times as many boys as girls.",
            "up to one in 100",
            0.01,
            "children",
        ),
        # H1N1_bbc: v9 "19" and "20 — cases go"
        (
            "The CDC has said that perhaps 19 out of 20 cases go unrecorded, and the state of Victoria in Australia "
            "has stopped laboratory testing of uncomplex community cases.",
            "19 out of 20",
            0.95,
            "cases go",
        ),
        # H1N1_bbc: v9 "four — kill" and "1,000 — infected people"
        (
            "His study suggests swine flu could kill four in every 1,000 infected people.",
            "four in every 1,000",
            0.004,
            "infected people",
        ),
        # H1N1_reuters: v9 "20 — actual number of infections"
        (
            "The U.S. Centers for Disease Control and Prevention has said the confirmed tests represent about one "
            "in 20 of the actual number of infections, which would bring the total number of U.S. cases to around "
            "200,000.",
            "about one in 20",
            0.05,
            "actual number of infections",
        ),
        # haiti_bbc: v9 "1 — event" and "200 year"
        (
            "Suggesting it's a 1 in 200 year event lessens the realisation that it is Haiti's political and "
            "development more than the size of natural disasters that has caused such a shocking loss of life.",
            "1 in 200 year",
            0.005,
            "event",
        ),
        # EgyptianProtest_cnn: v9 "10 — odds"
        ("His coach, 10-to-1 odds.", "10-to-1", 10.0, "odds"),
        # SyrianCrisis_bbc: v9 "more than four — margin of superiority"
        (
            "Even if defections are as numerous as the opposition claims, that would still leave the ratio of "
            "government-to-rebel forces as more than four-to-one - a margin of superiority exceeding that seen in "
            "Libya.",
            "more than four-to-one",
            4.0,
            "margin of superiority",
        ),
        # LibyaWar_cnn: v9 "about 10" and "1"
        (
            "The dictator's forces, however, still outnumber rebels by about 10 to 1 in terms of armor and other "
            "ground forces, according to Navy Adm. Mike Mullen, the Joint Chiefs of Staff chairman.",
            "about 10 to 1",
            10.0,
            None,
        ),
        # H1N1_reuters: v9 read no figure in "180:1"
        (
            "The U.S. armed forces outnumber the country's diplomatic service and its major aid agency by a ratio of "
            "more than 180:1, vastly higher than in other Western democracies.",
            "more than 180:1",
            180.0,
            None,
        ),
    ],
)
def test_a_ratio_is_one_figure_valued_as_the_ratio(text: str, figure: str, value: float, context: str | None) -> None:
    read = [r for r in _read(text) if r[3] == RATIO]
    assert [(r[0], r[4]) for r in read] == [(figure, context)]
    assert read[0][1] == pytest.approx(value)


def test_a_range_of_ratios() -> None:
    """H1N1_guardian: v9 read "about three to four" (3 to 4) and "1,000 — people died"."""
    text = (
        "But it is still possible it could be (like) 1957 where about three to four out of 1,000 people who were "
        "infected died and overall about 3 million to 4 million people died that year."
    )
    read = _read(text)
    assert read[0][0] == "about three to four out of 1,000"
    assert read[0][1:4] == (pytest.approx(0.003), pytest.approx(0.004), RATIO)
    assert read[1][:3] == ("about 3 million to 4 million", 3e6, 4e6)


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        # H1N1_reuters: v9 read the range 1 to 6
        ("The current phase of alert is 3 on a scale of 1 to 6.", ["3"]),
        (
            "The World Health Organisation has upgraded the level of pandemic threat to four on a scale of six.",
            ["four"],
        ),
        # H1N1_guardian, H1N1_reuters: v9 read 6 as a count
        ("We're currently at phase 4 out of 6, with 6 indicating a pandemic.", ["6"]),
        (
            "Fukuda said H1N1 flu is not yet spreading in a sustained way outside North America, so the global "
            "pandemic level remains at 5 out of 6.",
            ["5"],
        ),
    ],
)
def test_a_scale_is_no_quantity(text: str, kept: list[str]) -> None:
    assert [r[0] for r in _read(text)] == kept


@pytest.mark.parametrize(
    "text",
    [
        # H1N1_reuters: counts in places, no proportion
        "The number of confirmed cases in the US rose to 109 in 11 states.",
        "Cases grew to at least 279 in 36 states.",
        # SyrianCrisis_bbc: a rate
        "In the Jouret al-Shiyah quarter of Homs, shells or rockets were falling at a rate of four in 30 seconds.",
        # a vote's tally, as v9 read it (v11 reads the hedged "voted almost 99 to 1" as a proportion:
        # tests/extract/test_scale_words.py)
        "The Senate voted 99 to 1 to pass the bill.",
        # ECB+ dev and PolNeAR dev (found on the held-out read): an ordinal, a name's word
        "Friday night's 88-72 loss in Cleveland, the team's eighth in 10 games, was apparently the last straw.",
        "As the Russians gradually assumed control of Uranium One in three separate transactions from 2009 to 2013, "
        "Canadian records show, a flow of cash made its way to the Clinton Foundation.",
    ],
)
def test_no_ratio(text: str) -> None:
    assert RATIO not in [r[3] for r in _read(text)]
