"""summarize.lines.v1 in a brief: of two summary lines that give one count (a toll told as it rose), the later
report's stays; counts of two places or two years are two counts (real sentences: Timeline17 dev haiti_bbc and
H1N1_reuters, the summary lines of haiti_bbc's brief at session 16)."""

from __future__ import annotations

from datetime import date

import pytest

from newsdesk.brief.summary_lines import line_rejects, outcome_count
from newsdesk.extract import annotate
from newsdesk.model import Annotations, Article, Sentence

HAITI = {
    "red_cross": (date(2010, 1, 14), "The Red Cross says it estimates that up to 50,000 people have been killed."),
    "eu_aid": (
        date(2010, 1, 19),
        "EU aid to Haiti is channelled through the UN, which is co-ordinating the relief effort on the ground.",
    ),
    "homeless": (
        date(2010, 1, 22),
        "An estimated 1.5 million people were left homeless by the 7.0-magnitude quake, which killed as many as "
        "200,000.",
    ),
    "toll": (
        date(2010, 1, 24),
        "Haitian officials said the death toll from the quake was likely to be between 100,000 and 200,000, and that "
        "75,000 bodies had already been buried in mass graves.",
    ),
}
H1N1 = {
    "mexico_60": (
        date(2009, 4, 25),
        "A dangerous strain of flu never seen before has killed up to 60 people in Mexico and spread into the United "
        "States, where several people were reported ill.",
    ),
    "us_1918": (
        date(2009, 4, 25),
        "Between September 1918 and April 1919, it killed more than 600,000 people in the United States alone.",
    ),
    "hong_kong": (
        date(2009, 4, 28),
        'The last flu pandemic was in 1968 when "Hong Kong" flu killed about a million people globally.',
    ),
    "mexico_176": (
        date(2009, 4, 30),
        "The new H1N1 strain first emerged in Mexico and has killed up to 176 people there, according to Mexican "
        "authorities.",
    ),
}


def _articles(lines: dict[str, tuple[date, str]]) -> list[Article]:
    return [
        Article(id=key, path=f"{key}.txt", text=text, sentences=(Sentence(0, 0, len(text), text),), published=day)
        for key, (day, text) in lines.items()
    ]


@pytest.fixture(scope="module")
def haiti() -> tuple[list[Article], dict[str, Annotations]]:
    articles = _articles(HAITI)
    return articles, annotate(articles)


@pytest.fixture(scope="module")
def h1n1() -> tuple[list[Article], dict[str, Annotations]]:
    articles = _articles(H1N1)
    return articles, annotate(articles)


def test_what_a_toll_counts_is_read_off_its_predicate_its_label_or_its_clause(
    haiti: tuple[list[Article], dict[str, Annotations]],
) -> None:
    articles, annotations = haiti
    counted = {
        (a.id, f.text): found.outcome if (found := outcome_count(f, a, annotations[a.id].mentions)) else None
        for a in articles
        for f in annotations[a.id].figures
    }
    assert counted[("red_cross", "up to 50,000")] == "kill"  # "people have been killed"
    assert counted[("homeless", "200,000")] == "kill"  # "the quake, which killed as many as"
    assert counted[("toll", "100,000")] == "kill"  # "the death toll … was likely to be between"
    assert counted[("toll", "75,000")] is None  # bodies buried: "and that" opens another clause
    assert counted[("homeless", "7.0-magnitude")] is None


def test_of_the_lines_giving_one_toll_the_latest_report_stays(
    haiti: tuple[list[Article], dict[str, Annotations]],
) -> None:
    articles, annotations = haiti
    rejects = line_rejects(articles, annotations, frozenset())
    lines = [("red_cross", 0), ("eu_aid", 0), ("homeless", 0), ("toll", 0)]
    assert rejects(lines) == {0, 2}
    assert rejects(lines[1:2] + lines[3:]) == set()
    assert rejects([("red_cross", 0), ("homeless", 0)]) == {0}


def test_counts_of_two_places_or_two_years_are_two_counts(h1n1: tuple[list[Article], dict[str, Annotations]]) -> None:
    articles, annotations = h1n1
    rejects = line_rejects(articles, annotations, frozenset())
    assert rejects([("mexico_60", 0), ("mexico_176", 0)]) == {0}  # "there" names no other place
    assert rejects([("mexico_60", 0), ("us_1918", 0)]) == set()  # Mexico, the United States
    assert rejects([("hong_kong", 0), ("mexico_176", 0)]) == set()  # 1968


def test_a_line_that_dangles_where_it_stands_is_rejected(haiti: tuple[list[Article], dict[str, Annotations]]) -> None:
    articles, annotations = haiti
    rejects = line_rejects(articles, annotations, frozenset({("eu_aid", 0)}))
    assert rejects([("eu_aid", 0), ("toll", 0)]) == {0}
