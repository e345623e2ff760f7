from __future__ import annotations

from newsdesk.brief.assemble import _cite_facts
from newsdesk.model import Citation, Fact, SummarySentence

TRIP = "Blinken is expected to travel to Egypt and Qatar for further talks."
QATAR, EGYPT, QATAR_TOO = Citation("002", 2), Citation("004", 3), Citation("001", 7)


def _fact(kind: str) -> Fact:
    conflict = {
        "kind": kind,
        "field": "place",
        "description": "place: “Egypt and Qatar” vs “Egypt”",
        "sides": ({"value": "Egypt and Qatar", "citations": (QATAR,)}, {"value": "Egypt", "citations": (EGYPT,)}),
    }
    return Fact(TRIP, (QATAR, EGYPT, QATAR_TOO), ("001", "002", "004"), (conflict,))


def test_a_summary_sentence_is_not_cited_to_the_side_that_contradicts_it():
    """Seed 004's "travel to Egypt on Tuesday" does not back seed 002's "travel to Egypt and Qatar"."""
    (sentence,) = _cite_facts([SummarySentence(TRIP, (QATAR,))], [_fact("conflict")])
    assert sentence.citations == (QATAR, QATAR_TOO)


def test_a_refinement_still_backs_the_summary_sentence():
    (sentence,) = _cite_facts([SummarySentence(TRIP, (QATAR,))], [_fact("refinement")])
    assert sentence.citations == (QATAR, EGYPT, QATAR_TOO)
