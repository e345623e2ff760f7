"""``align.facts.v20``: two days' market moves (``Rules.market_days``, ``align.markets``) and a scale word with no
count (``Rules.bare_scales``, ``quantities.is_bare_scale``) are compared with nothing. The sentences are Timeline17's
(SyrianCrisis_reuters, EgyptianProtest_cnn), the figures as ``extract`` recorded them on the stories read in
session 22; v18 (the rules of ``align.facts.v19``) flagged each pair."""

from __future__ import annotations

from datetime import date

from newsdesk.align.conflict_rules import V18_RULES, V20_RULES
from newsdesk.align.facts import ALGORITHM, ALGORITHMS, V19, V20
from newsdesk.align.markets import market_move
from newsdesk.align.quantities import is_bare_scale

from .test_counted import _flags, _told


def test_two_days_index_moves_are_not_compared():
    """SyrianCrisis_reuters: the S&P 500 on 8 April and on 24 October (v18: an update)."""
    april = ("SPX gave up 7.88 points, or 0.59 percent, to 1,325.63.", date(2011, 4, 8),
             ("7.88", 7.88, "points", "points given", None))  # fmt: skip
    october = ("SPX was up 15.94 points, or 1.29 percent, at 1,254.19.", date(2011, 10, 24),
               ("15.94", 15.94, "points", "points", None))  # fmt: skip
    assert _flags(april, october, V18_RULES) == ["update figure: “7.88” (A) was updated to “15.94” (B)"]
    assert _flags(april, october, V20_RULES) == []


def test_two_days_dow_and_two_days_yen_are_not_compared():
    """EgyptianProtest_cnn: the Dow "down 140 points at midday" on 28 January, "gained 72 points" on 8 February (v18:
    a conflict); SyrianCrisis_reuters: the dollar "as low as 76.29 yen" on 1 August, "to 76.04 yen" on 24 October."""
    down = ("The Dow Jones Industrial Average is down 140 points at midday in New York because of the unrest in Egypt.",
            date(2011, 1, 28), ("140", 140, "points", "points", None))  # fmt: skip
    gained = ("The Dow Jones industrial average gained 72 points, or 0.6%; to 12,233, the S&P 500 rose 5.2 points.",
              date(2011, 2, 8), ("72", 72, "points", "points gained", None))  # fmt: skip
    assert _flags(down, gained, V18_RULES) == ["conflict figure: “140” (A) vs “72” (B)"]
    assert _flags(down, gained, V20_RULES) == []
    low = ("The dollar fell as low as 76.29 yen on EBS, its weakest since coordinated intervention by major central "
           "banks in mid-March to weaken the surging Japanese currency.", date(2011, 8, 1),
           ("76.29", 76.29, "yen", "yen", None))  # fmt: skip
    fell = ("The dollar fell 0.3 percent to 76.04 yen, trading close to a record low reached Friday.",
            date(2011, 10, 24), ("76.04", 76.04, "yen", "yen", None))  # fmt: skip
    assert _flags(low, fell, V18_RULES) == ["conflict figure: “76.29” (A) vs “76.04” (B)"]
    assert _flags(low, fell, V20_RULES) == []


def test_one_days_moves_and_running_counts_are_still_compared():
    """The rule's boundaries: the two Dow readings dated one day still disagree, and a count of the dead that rose
    (SyrianCrisis_reuters, the United Nations' toll) is no market."""
    down = ("The Dow Jones Industrial Average is down 140 points at midday in New York because of the unrest in Egypt.",
            date(2011, 1, 28), ("140", 140, "points", "points", None))  # fmt: skip
    gained = ("The Dow Jones industrial average gained 72 points, or 0.6%; to 12,233, the S&P 500 rose 5.2 points.",
              date(2011, 1, 28), ("72", 72, "points", "points gained", None))  # fmt: skip
    assert _flags(down, gained, V20_RULES) == ["conflict figure: “140” (A) vs “72” (B)"]
    first = ("The United Nations says 2,000 civilians have been killed.", date(2011, 8, 19),
             ("2,000", 2000, "civilians", "civilians killed", None))  # fmt: skip
    later = ("The United Nations says 2,700 civilians have been killed.", date(2011, 10, 5),
             ("2,700", 2700, "civilians", "civilians killed", None))  # fmt: skip
    assert _flags(first, later, V20_RULES) == ["update figure: “2,000” (A) was updated to “2,700” (B)"]


def test_a_market_move_is_read_off_the_clause_verb():
    article, ann = _told("a", "The dollar fell 0.3 percent to 76.04 yen.", date(2011, 10, 24),
                         ("76.04", 76.04, "yen", "yen", None))  # fmt: skip
    assert market_move(ann.figures[0], article)
    article, ann = _told("b", "He said the dollar below 76 yen did not reflect economic fundamentals.",
                         date(2011, 10, 24), ("76", 76, "yen", "yen", None))  # fmt: skip
    assert not market_move(ann.figures[0], article)


def test_a_scale_word_with_no_count_is_not_compared():
    """SyrianCrisis_reuters: "Several thousand Syrians" (recorded as "thousand", 1,000) was "refined" by "Almost
    10,000"; EgyptianProtest_cnn: "Egypt's billion dollars a year" was "updated to" "$1.5 billion"."""
    several = ("Several thousand Syrians have fled to Turkey in the wake of the repression.", date(2011, 11, 19),
               ("thousand", 1000, "syrians", "Syrians fled", None))  # fmt: skip
    almost = ("Almost 10,000 Syrians have fled to Turkey in the wake of a bloody government crackdown.",
              date(2011, 6, 18), ("Almost 10,000", 10000, "syrians", "Syrians fled", None))  # fmt: skip
    assert _flags(almost, several, V18_RULES) == ["refinement figure: “Almost 10,000” (A) is refined by “thousand” (B)"]
    assert _flags(almost, several, V20_RULES) == []
    billion = ("It has also provided foreign aid to many other countries including Egypt's billion dollars a year.",
               date(2011, 1, 28), ("billion dollars", 1e9, "USD", None, None))  # fmt: skip
    given = ("American taxpayers give $1.5 billion dollars a year in foreign aid to Egypt.", date(2011, 2, 1),
             ("$1.5 billion", 1.5e9, "USD", None, None))  # fmt: skip
    assert _flags(billion, given, V18_RULES) == [
        "update figure: “billion dollars” (A) was updated to “$1.5 billion” (B)"
    ]
    assert _flags(billion, given, V20_RULES) == []
    article, ann = _told("c", "A thousand people marched.", date(2011, 2, 1), ("thousand", 1000, "people", None, None))
    assert not is_bare_scale(ann.figures[0], article)  # "a thousand" is one thousand


def test_v20_and_v19_are_kept():
    assert ALGORITHM != V19  # the default moved on (``align.facts.v21``: tests/align/test_refiled.py)
    assert ALGORITHMS[V19].conflicts == V18_RULES and ALGORITHMS[V20].conflicts == V20_RULES
    assert ALGORITHMS[V20].range_terms and ALGORITHMS[V19].range_terms
