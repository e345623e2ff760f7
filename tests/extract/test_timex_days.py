"""``extract.timex.rules.v11`` on real text: a run of days, a day counted from the day last named, "will have"
(Timeline17 dev: LibyaWar_reuters, EgyptianProtest_cnn; rules.v10 got each of them wrong or left it out)."""

from __future__ import annotations

from datetime import date

import pytest

from newsdesk.extract.timex import ALGORITHM, tag_timexes
from tests.extract.test_timex import t17_span, t17_tagged, t17_tagged_at


def test_the_algorithm_is_v11() -> None:
    assert ALGORITHM == "extract.timex.rules.v11"


@pytest.mark.parametrize(
    ("folder", "context", "expression", "value"),
    [
        # The chronology's first entry; the gold timeline dates the riot 2011-02-15 (rules.v10: "2011" alone).
        ("LibyaWar_reuters", "Feb 15/16, 2011 - A riot in Benghazi", "Feb 15/16, 2011", "2011-02-15"),
        ("LibyaWar_reuters", "February 15/16, 2011 - The arrest of human rights", "February 15/16, 2011", "2011-02-15"),
        # rules.v10: nothing.
        ("LibyaWar_reuters", "the Group of Eight at a September 9-10 meeting", "September 9-10", "2011-09-09"),
    ],
)
def test_a_run_of_days_is_its_first_day(folder: str, context: str, expression: str, value: str) -> None:
    assert t17_span(folder, context, expression) == ("DATE", value)


def test_a_score_is_no_run_of_days() -> None:
    """The last day must come after the first: "3-1" before a month is a score or a count, not a run."""
    assert [(s.text, s.value) for s in tag_timexes("They won 3-1 of March's games.", date(2011, 4, 1))] == [
        ("March", "2011-03")
    ]


@pytest.mark.parametrize(
    ("folder", "context", "expression", "kind", "value"),
    [
        # Reuters chronology, 22 August 2011: the entry's day plus one (rules.v10: untagged).
        (
            "LibyaWar_reuters",
            "Libya suspends diplomatic relations with France the next day",
            "the next day",
            "DATE",
            "2011-03-11",
        ),
        ("LibyaWar_reuters", "Rebels reject the plan the next day", "the next day", "DATE", "2011-04-11"),
        (
            "LibyaWar_reuters",
            "Late the following evening, though, he turned up",
            "the following evening",
            "TIME",
            "2011-08-22TEV",
        ),
        (
            "EgyptianProtest_cnn",
            "reported him missing on April 15, 2005. The next day",
            "The next day",
            "DATE",
            "2005-04-16",
        ),
        # "as of 2 p.m. ET Thursday, compared with 20,000 the previous day" (Thursday 27 January 2011).
        ("EgyptianProtest_cnn", "compared with 20,000 the previous day", "the previous day", "DATE", "2011-01-26"),
    ],
)
def test_the_next_day_counts_from_the_day_last_named(
    folder: str, context: str, expression: str, kind: str, value: str
) -> None:
    assert t17_span(folder, context, expression) == (kind, value)


def test_the_next_day_with_no_day_named_close_before_stays_unresolved() -> None:
    """A transcript of 26 January 2011 on the state dinner of the 19th: no day is named within three sentences, and
    the publication date is not the dinner's."""
    at, spans = t17_tagged_at("EgyptianProtest_cnn", "BOEHNER: I was meeting with him the next day")
    found = [s for s in spans if s.start <= at + len("BOEHNER: I was meeting with him ") < s.end]
    assert [(s.text, s.value, s.relation) for s in found] == [("the next day", None, "+1 D from the day last named")]


def test_the_next_day_or_two_is_no_day() -> None:
    tagged = t17_tagged("EgyptianProtest_cnn", "So I think it is appropriate at some point in the next day or two")
    assert "the next day" not in tagged


def test_will_have_looks_forward() -> None:
    """CNN, Sunday 6 February 2011 (rules.v10: the Wednesday and Friday before, read from "have")."""
    tagged = t17_tagged("EgyptianProtest_cnn", "And they will have a huge demonstration today, on Wednesday, on Friday")
    assert (tagged["Wednesday"], tagged["Friday"]) == ("2011-02-09", "2011-02-11")
    # "could not have" stays a past: the Friday before, Saturday 29 January 2011 (guard, alike on v10).
    assert (
        t17_tagged("EgyptianProtest_cnn", "could not have done that the previous day because on Friday")["Friday"]
        == "2011-01-28"
    )


def test_a_day_before_a_spaced_dash_is_no_run() -> None:
    """BBC, 28 January 2010, a list of links: "Simon Cowell's Haiti Single Out Feb. 7 - 18 hrs ago" is the day alone."""
    assert t17_span("haiti_bbc", "Haiti Single Out Feb. 7 - 18 hrs ago", "Feb. 7") == ("DATE", "2010-02-07")
    at, spans = t17_tagged_at("haiti_bbc", "Haiti Single Out Feb. 7 - 18 hrs ago")
    assert [s.text for s in spans if s.start <= at + len("Haiti Single Out ") < s.end] == ["Feb. 7"]
