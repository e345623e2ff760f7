"""A ratio is one quantity only with a ratio (``extract.figures.v10``, ``align.quantities``): v9 read "19 out of 20
cases go unrecorded" (Timeline17 H1N1_bbc) as "20 — cases go", a count of cases, and a fact that also held "Australia
has 876 confirmed cases" (H1N1_bbc) printed a figure conflict, 20 against 876. The figures here are the extractor's."""

from __future__ import annotations

from datetime import date

from newsdesk.align.conflict_rules import V17_RULES
from newsdesk.align.conflicts import find_conflicts
from newsdesk.align.similarity import Unit
from newsdesk.extract import annotate
from newsdesk.extract.ratios import RATIO
from newsdesk.model import Article, Sentence

RATIO_SENTENCE = (
    "The CDC has said that perhaps 19 out of 20 cases go unrecorded, and the state of Victoria in Australia has "
    "stopped laboratory testing of uncomplex community cases."
)
COUNT_SENTENCE = "Australia has 876 confirmed cases according to the WHO, up from 501 in two days."


def _article(aid: str, text: str) -> Article:
    return Article(
        aid, f"{aid}.txt", text, (Sentence(0, 0, len(text), text),), source=aid.upper(), published=date(2009, 6, 5)
    )


def test_a_ratio_of_cases_is_not_compared_with_a_count_of_cases() -> None:
    a, b = _article("a", RATIO_SENTENCE), _article("b", COUNT_SENTENCE)
    ann = annotate([a, b])
    assert [(f.text, f.unit) for f in ann["a"].figures] == [("19 out of 20", RATIO)]
    assert "876" in [f.text for f in ann["b"].figures]
    units = [Unit(x.id, 0, x.text, x.id) for x in (a, b)]
    assert find_conflicts(units, {"a": a, "b": b}, ann, rules=V17_RULES) == ()
