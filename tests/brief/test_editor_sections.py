"""What an editor read in the H1N1_guardian brief (Timeline17 dev), on its own pages: conflict lines name articles by
the brief's numbers only, a count's figures read in the order they were reported and say when, a figure without a
label shows its words, and a story of one outlet (or none named) says so and lists a few articles, not all."""

from __future__ import annotations

import copy
import dataclasses
import re
from datetime import date
from typing import Any

import pytest

from newsdesk.brief.assemble import build_story
from newsdesk.brief.figures import story_figures
from newsdesk.brief.render import brief_document, render
from newsdesk.evaluate.io import read_jsonl
from newsdesk.extract import annotate
from newsdesk.model import Article, Story
from tests.conftest import EVAL, t17_page

TOPIC = "H1N1_guardian"


def _pages(*ids: str) -> list[Article]:
    """Timeline17 records with their publication dates (``t17_page`` gives none)."""
    published = {
        str(r["id"]): date.fromisoformat(r["published"])
        for r in read_jsonl(EVAL / "timelines" / "t17" / "dev" / TOPIC / "articles.jsonl.gz")
        if str(r["id"]) in ids
    }
    return [dataclasses.replace(t17_page(TOPIC, i), published=published[i]) for i in ids]


def _section(text: str, heading: str) -> list[str]:
    return text.split(f"\n{heading}:\n")[1].split("\n\n")[0].splitlines()


@pytest.fixture(scope="module")
def children_doc() -> dict[str, Any]:
    """Three pages of 26, 28 and 29 May 2009: the last two tell "13 children" and "10 children" with cases at one
    school (the alignment's figure conflict)."""
    articles = _pages("1128", "510", "654")
    return brief_document(articles, [build_story(articles, 120)])


def test_conflict_lines_name_articles_by_brief_number_only(children_doc: dict[str, Any]) -> None:
    """The line read “13” (articles.jsonl.gz:65) vs “10” (articles.jsonl.gz:66) [64.6] vs [65.16]: labels beside
    numbers that differ by one after a rejected record. Here the labels are "H1N1_guardian:510", numbers 2 and 3."""
    text, html = render(children_doc, "text"), render(children_doc, "html")
    conflicts = [line for line in text.splitlines() if re.match(r"\s+(conflict|update|refinement): ", line)]
    assert conflicts and not [line for line in conflicts if "H1N1_guardian:" in line]
    assert any(re.search(r"conflict: figure: “13” \[2\.\d+\] vs “10” \[3\.\d+\]", line) for line in conflicts)
    shown = html.split("<h2>Facts across sources</h2>")[1].split("<h2>")[0]
    assert "H1N1_guardian:510)" not in shown and re.search(r"conflict: figure: “13” <span", shown)


def test_a_conflict_names_the_outlets_only_where_they_differ(children_doc: dict[str, Any]) -> None:
    doc = copy.deepcopy(children_doc)
    for article, outlet in zip(doc["articles"], ("The Guardian", "The Guardian", "BBC"), strict=True):
        article["source"] = outlet
    text = render(doc, "text")
    assert re.search(r"conflict: figure: “13” \(The Guardian\) \[2\.\d+\] vs “10” \(BBC\) \[3\.\d+\]", text)
    doc["articles"][2]["source"] = "The Guardian"
    assert re.search(r"conflict: figure: “13” \[2\.\d+\] vs “10” \[3\.\d+\]", render(doc, "text"))


def test_a_figure_line_says_the_day_it_was_reported(children_doc: dict[str, Any]) -> None:
    text, html = render(children_doc, "text"), render(children_doc, "html")
    figures = _section(text, "Figures")
    assert any(re.fullmatch(r"\s+- 13 — children \(2009-05-28\) \[2\.\d+\]", line) for line in figures)
    assert any(re.fullmatch(r"\s+- 10 — children \(2009-05-29\) \[3\.\d+\]", line) for line in figures)
    assert '13 — children <span class="meta">(2009-05-28)</span>' in html


def test_one_count_is_listed_together_in_the_order_it_was_reported() -> None:
    """48 deaths (25 April), 25 deaths (5 May), 45 deaths (11 May): v3 listed them apart, ranked by tellings and
    kind; v4 lists them together, by day."""
    articles = _pages("26", "411", "1049")
    annotations = annotate(articles)
    figures = [f for a in articles for f in annotations[a.id].figures]
    day = {a.id: a.published for a in articles}

    def deaths(kept: tuple[Any, ...]) -> list[tuple[int, str, date | None]]:
        return [(k, f.text, day[f.article]) for k, f in enumerate(kept) if f.context == "deaths"]

    v4 = deaths(story_figures(figures, (), articles))
    assert [(text, when) for _, text, when in v4[:3]] == [
        ("48", date(2009, 4, 25)),
        ("25", date(2009, 5, 5)),
        ("45", date(2009, 5, 11)),
    ]
    assert [k for k, _, _ in v4[:3]] == list(range(v4[0][0], v4[0][0] + 3))  # side by side
    v3 = deaths(story_figures(figures, (), articles, dated=False))
    assert [k for k, _, _ in v3[:3]] != list(range(v3[0][0], v3[0][0] + 3))


def test_an_unlabelled_figure_shows_its_words_and_a_million_keeps_its_a() -> None:
    """ "$900m" was listed with nothing after it; "about a million people" as "million — people killed" (the views put
    the "a" back; ``extract.figures.v11`` reads it, with its qualifier, "about a million")."""
    articles = _pages("239", "796")
    annotations = annotate(articles)
    figures = tuple(f for a in articles for f in annotations[a.id].figures if f.text in ("$900m", "about a million"))
    story = Story("s1", "Swine flu", tuple(a.id for a in articles), figures=figures)
    text = render(brief_document(articles, [story]), "text")
    assert "- $900m — “…in the US congress stripped $900m in pandemic research funding from…” (2009-04-28) [1." in text
    assert re.search(r"- about a million — people killed \(2009-06-11\) \[2\.\d+\]", text)


def test_a_story_of_no_named_outlet_says_so_and_lists_ten_articles() -> None:
    """H1N1_guardian names no outlet: its 64-article brief listed every article's own sentences (240 lines)."""
    records = read_jsonl(EVAL / "timelines" / "t17" / "dev" / TOPIC / "articles.jsonl.gz")
    articles = _pages(*[str(r["id"]) for r in records if r.get("text")][:12])
    unique = tuple((a.id, tuple(s.i for s in a.sentences[:4])) for a in articles)
    story = Story("s1", "Swine flu", tuple(a.id for a in articles), unique=unique)
    doc = brief_document(articles, [story])
    lines = _section(render(doc, "text"), "Only in one source")
    assert lines[0] == "  - No article names its outlet: each of the 12 articles counts as a source of its own."
    assert sum("sentences no other article has" in line for line in lines) == 10
    assert lines[-1] == "  - … 2 more articles (every one in --format json or html)"
    html = render(doc, "html")
    assert "No article names its outlet" in html and html.count("sentences no other article has") == 12
    one = [dataclasses.replace(a, source="The Guardian") for a in articles[:2]]
    doc = brief_document(one, [Story("s2", "Swine flu", tuple(a.id for a in one), unique=unique[:2])])
    lines = _section(render(doc, "text"), "Only in one source")
    assert lines[0] == "  - All 2 articles are from one outlet, The Guardian: each line is what one article alone says."


def test_timeline_lines_print_the_cited_sentence_as_the_article_has_it(children_doc: dict[str, Any]) -> None:
    """The editor read "flu - like" and "Caldern" in timeline lines as text rebuilt from tokens: they are the Timeline17
    pages' own words (page 8 writes "type - labeled" and "Caldern", page 2 "type labeled" and "Calder n"). A line is
    its cited sentence, as stored, but for a dateline or day heading taken off its front."""
    by_id = {a["id"]: a for a in children_doc["articles"]}
    entries = [e for s in children_doc["stories"] for e in s["timeline"]]
    assert entries
    for entry in entries:
        cited = " ".join(by_id[c["article"]]["sentences"][c["sentence"]]["text"] for c in entry["citations"])
        assert cited.endswith(entry["text"]), entry


def test_the_words_around_a_figure_are_cut_from_the_sentence_as_written(seed_articles: dict[str, Any]) -> None:
    """Joined word by word, the seeds' "The meeting lasted approximately three hours." read "three hours ." (the
    full stop a word of its own)."""
    article = seed_articles["000"]
    annotations = annotate([article])
    figure = next(f for f in annotations[article.id].figures if "three hours" in f.text)
    story = Story("s1", "Talks", (article.id,), figures=(figure,))
    text = render(brief_document([article], [story]), "text")
    assert "“The meeting lasted approximately three hours.”" in text and "hours .”" not in text
