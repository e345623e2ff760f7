from __future__ import annotations

from collections.abc import Callable

from newsdesk.cluster.events import EventIndex, EventParams, report_year
from newsdesk.model import Article


def test_report_year_is_the_year_the_opening_names(ecbplus: Callable[[str], Article]) -> None:
    assert report_year(ecbplus("3_2ecbplus"), 120) == 2009  # "Nov. 30, 2009"
    assert report_year(ecbplus("1_2ecbplus"), 120) == 2013
    assert report_year(ecbplus("1_2ecb"), 120) is None  # no year written


def _joined_across(ecbplus: Callable[[str], Article], params: EventParams) -> int:
    """Topic 7: Klitschko beats Rahman (2008) and Thompson (2012); how many 2012 reports join a 2008 event."""
    index = EventIndex(params)
    first = {index.add("s", ecbplus(f"7_{n}ecb")) for n in (1, 2, 3, 5, 6, 7, 8, 9, 10, 11)}
    second = [index.add("s", ecbplus(f"7_{n}ecbplus")) for n in range(1, 12)]
    return sum(event in first for event in second)


def test_a_different_report_year_keeps_look_alike_fights_apart(ecbplus: Callable[[str], Article]) -> None:
    assert _joined_across(ecbplus, EventParams(year_factor=1.0)) >= 5  # lexically the same kind of night
    assert _joined_across(ecbplus, EventParams()) == 0
