"""One report filed twice on one day (``align.facts.v21``): a count that moved between two versions of a page is an
update, not two sources that disagree.

A live page or a story re-filed through the day keeps its line and changes its figure: "On Friday, the UN said a
total of about $270m (#165m) in international aid had been pledged so far for the relief effort" and, the same 15
January, "The UN said a total of about $310m (#190m) …" (Timeline17 haiti_bbc); "The Syrian Observatory for Human
Rights said on Thursday that more than 150 people had died across the country on Wednesday" and, the same day, "…
at least 214 people, including 124 civilians, had died …" (SyrianCrisis_bbc). The two sentences are one report's
two versions, and the difference between them is the hour each was written, not a disagreement between outlets.
Read on the two largest stories of H1N1_bbc, SyrianCrisis_bbc and haiti_bbc in session 24, four of the 44 conflict
and update lines were such pairs printed as conflicts (docs/benchmarks.md, helper ``facts8``).

Two sentences are one report when most of the shorter one's content words (Snowball stems outside the compared
figure, numbers left out) are the other's too (``ONE_REPORT``), and the two articles do not name two different
outlets: two outlets whose lines agree word for word but for the number still disagree with each other.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newsdesk.model import Article

from .similarity import stems

# The share of the shorter sentence's content stems the other must hold. Measured on the session 24 development
# read (docs/benchmarks.md, helper ``facts8``): the four same-day pairs of one report shared 0.82-1.00 of them
# (a clause added: "… and it now appears several hundred security forces may also have died" keeps 1.00); the one
# same-day pair of two things among the lines read ("the Facebook group "Earthquake Haiti" has more than 160,000
# members" / "The group has gathered more than 500,000 members": two groups) shared 0.67. Four in five sits between.
ONE_REPORT = 0.8


def _content(figure: Any, article: Article) -> set[str]:
    """The content stems of the figure's sentence with the figure's own words taken out, numbers left out."""
    sentence = article.sentences[figure.sentence]
    start, end = figure.start - sentence.start, figure.end - sentence.start
    text = sentence.text[:start] + " " + sentence.text[end:]
    return {s for s in stems(text) if not any(c.isdigit() for c in s)}


def two_outlets(a: Article, b: Article) -> bool:
    """Both articles name their outlet, and the outlets differ."""
    return bool(a.source and b.source and a.source.strip().lower() != b.source.strip().lower())


def one_report(fa: Any, fb: Any, articles: Mapping[str, Article]) -> bool:
    """Two figures of papers of one day whose sentences are one report filed twice (module docstring)."""
    a, b = articles[fa.article], articles[fb.article]
    if not (a.published and b.published and a.published == b.published) or two_outlets(a, b):
        return False
    words_a, words_b = _content(fa, a), _content(fb, b)
    shorter = min(len(words_a), len(words_b))
    return shorter > 0 and len(words_a & words_b) / shorter >= ONE_REPORT
