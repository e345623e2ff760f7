"""``extract.timex.rules.v7`` on real text: periods a year back named as one expression, a comparison after a longer
period, a weekday "ahead of" which something happens (TempEval-3 TimeBank, Timeline17 and PolNeAR dev)."""

from __future__ import annotations

from datetime import date

import pytest

from newsdesk.evaluate.tml import read_tml
from newsdesk.extract.timex import tag_timexes
from tests.conftest import EVAL
from tests.extract.test_timex import TEMPEVAL_DEV, t17_tagged_at


@pytest.mark.parametrize(
    ("name", "context", "expression", "value"),
    [
        # rules.v6 tagged "the quarter" (1989-Q3, this year's) and "a year ago" apart.
        ("wsj_1013.tml", "For the quarter a year ago, Columbia", "the quarter a year ago", "1988-Q3"),
        # rules.v6 tagged "last year" alone.
        ("wsj_0344.tml", "for the corresponding period last year.", "the corresponding period last year", "1988-Q3"),
        # rules.v6 tagged "third quarter" alone.
        ("wsj_0736.tml", "In the year-earlier third quarter,", "the year-earlier third quarter", "1988-Q3"),
    ],
)
def test_a_period_a_year_back_is_one_expression(name: str, context: str, expression: str, value: str) -> None:
    doc = read_tml(next(TEMPEVAL_DEV.rglob(name)))
    start = doc.text.index(context) + context.index(expression)
    found = [(s.text, s.value) for s in tag_timexes(doc.text, doc.dct) if s.start <= start < s.end]
    assert found == [(expression, value)]


def test_a_comparison_before_a_longer_period_is_part_of_its_name() -> None:
    """ "Net for the year-earlier nine months also included a gain": not a year-ago quarter."""
    doc = read_tml(next(TEMPEVAL_DEV.rglob("wsj_0904.tml")))
    start = doc.text.index("the year-earlier nine months")
    assert not [s for s in tag_timexes(doc.text, doc.dct) if s.start <= start + 4 < s.end]


def test_the_same_period_last_year_without_a_quarter_is_last_year() -> None:
    """Reuters, 14 July 2011, after "The first half of this year was the deadliest six months": a half, not the
    year-ago quarter a results story would mean."""
    start, spans = t17_tagged_at("SyrianCrisis_reuters", "up nearly a third on the same period last year")
    found = [(s.text, s.value) for s in spans if s.start <= start + len("up nearly a third on ") < s.end]
    assert found == [("the same period last year", "2010")]


@pytest.mark.parametrize(
    ("name", "context", "expression", "value"),
    [
        # rules.v7. PolNeAR dev: the Nevada caucus of Saturday 20 February 2016 (Thursday 18th; rules.v6: the 13th,
        # read as a report of the event) and the California primary of 7 June 2016 (Friday 3rd; rules.v6: 31 May).
        (
            "breitbart_2016-02-18_poll-bernie-sanders-burns-hillar",
            "ahead of Saturday’s Nevada caucus",
            "Saturday",
            "2016-02-20",
        ),
        (
            "usa-today_2016-06-03_calif-win-could-help-sanders-mak",
            "ahead of Tuesday's primary",
            "Tuesday",
            "2016-06-07",
        ),
        # A clause that reports keeps the report: the summit of Friday 16 September (dated Sunday 18th; both versions).
        (
            "wash-post_2016-09-18_e-u-leaders-weigh-plans-for-grea",
            "Ahead of Friday's meeting, France",
            "Friday",
            "2016-09-16",
        ),
    ],
)
def test_a_day_ahead_of_which_something_happens_is_to_come(
    name: str, context: str, expression: str, value: str
) -> None:
    text = (EVAL / "quotes" / "polnear" / "dev" / "text" / f"{name}.txt").read_text()
    start = text.index(context) + context.index(expression)
    found = [s for s in tag_timexes(text, date.fromisoformat(name.split("_")[1])) if s.start == start]
    assert [(s.text, s.value) for s in found] == [(expression, value)]
