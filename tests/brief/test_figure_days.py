"""brief.figure-variants.v5 on three H1N1_bbc pages (Timeline17 dev): a figure is dated by the day its sentence names
("confirmed yesterday", "on Sunday"), read off the story's time expressions, not by its page's publication date (v4);
a day a period starts from ("since the last report on 12 June") is not the day a count is of. The text brief, the
HTML brief and the web story page show that day."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from typing import Any

import pytest

from newsdesk.brief.assemble import build_story
from newsdesk.brief.figures import about, story_figures
from newsdesk.brief.render import brief_document, render
from newsdesk.evaluate.io import read_jsonl
from newsdesk.extract import annotate
from newsdesk.extract.timex import find_timexes
from newsdesk.model import Article, Figure, Sentence, Timex
from newsdesk.serve.web import render_story_page
from tests.conftest import EVAL, t17_page

TOPIC = "H1N1_bbc"
# 75: 1 June 2009, "Another fifteen cases of swine flu were confirmed yesterday …"; 1095: 15 June, "Thirty-five new
# cases of swine flu in Scotland were confirmed on Sunday."; 12: 16 June, "This represents a rise of 4,638 cases and 18
# deaths since the last report on 12 June."
PAGES = ("75", "1095", "12")


def _pages() -> list[Article]:
    published = {
        str(r["id"]): date.fromisoformat(r["published"])
        for r in read_jsonl(EVAL / "timelines" / "t17" / "dev" / TOPIC / "articles.jsonl.gz")
        if str(r["id"]) in PAGES
    }
    return [dataclasses.replace(t17_page(TOPIC, i), published=published[i]) for i in PAGES]


@pytest.fixture(scope="module")
def figures() -> tuple[list[Article], list[Figure], dict[str, Any]]:
    articles = _pages()
    annotations = annotate(articles)
    found = [f for a in articles for f in annotations[a.id].figures]
    timexes = {k: ann.timexes for k, ann in annotations.items()}
    return articles, found, timexes


def _day(listed: tuple[Figure, ...], text: str) -> str | None:
    (figure,) = [f for f in listed if f.text == text]
    return figure.day


def test_a_figure_is_dated_by_the_day_its_sentence_names(figures: tuple[list[Article], list[Figure], Any]) -> None:
    articles, found, timexes = figures
    listed = story_figures(found, (), articles, timexes=timexes)
    assert _day(listed, "fifteen") == "2009-05-31"  # "yesterday", on a page of 1 June
    assert _day(listed, "Thirty-five") == "2009-06-14"  # "on Sunday", on a page of 15 June
    assert _day(listed, "4,638") == "2009-06-16"  # "since … 12 June": the page's day
    # v4 (no time expressions): no day of its own, the views show the publication date
    assert {f.day for f in story_figures(found, (), articles)} == {None}


def test_the_briefs_and_the_web_page_show_the_day() -> None:
    articles = _pages()
    doc = brief_document(articles, [build_story(articles, 120)])
    text, html, page = render(doc, "text"), render(doc, "html"), render_story_page(None, doc)
    assert re.search(r"- fifteen — cases of flu confirmed \(2009-05-31\) \[1\.\d+\]", text)
    assert 'fifteen — cases of flu confirmed <span class="meta">(2009-05-31)</span>' in html
    assert '<span class="meta">(2009-05-31)</span>' in page


def _one_sentence(text: str, published: date, days: dict[str, str]) -> tuple[Article, list[Timex]]:
    """A SyrianCrisis_bbc sentence as one article, with its day mentions as ``extract.timex`` resolves them."""
    article = Article(
        id="a", path="a.txt", text=text, sentences=(Sentence(0, 0, len(text), text),), published=published
    )
    timexes = [
        Timex("a", 0, text.index(words), text.index(words) + len(words), words, "DATE", value)
        for words, value in days.items()
    ]
    return article, timexes


def _at(article: Article, number: str) -> Figure:
    start = article.text.index(number)
    return Figure("a", 0, start, start + len(number), number, 1.0, context="people killed")


def test_a_count_takes_the_day_of_its_clause() -> None:
    """ "more than 100 … on Monday and at least 37 people on Tuesday": each count its own day (the nearest mention's
    start gave the 37 Monday); a chronology's next entry head ("10 Feb 2012 - …") is not the day before it."""
    text = (
        "The violence appears to be intensifying - more than 100 people were reported to have been killed across the "
        "country on Monday and at least 37 people on Tuesday, say rights groups."
    )
    article, timexes = _one_sentence(text, date(2012, 1, 31), {"Monday": "2012-01-30", "Tuesday": "2012-01-31"})
    named = {(article.id, 0): timexes}
    published = {"a": article.published}
    texts = {"a": text}
    assert about(_at(article, "more than 100"), named, published, texts) == date(2012, 1, 30)
    assert about(_at(article, "at least 37"), named, published, texts) == date(2012, 1, 31)
    text = "23 Dec 2011 - 44 people killed in twin car bomb attacks in Damascus 10 Feb 2012 - 28 people killed"
    article, timexes = _one_sentence(
        text, date(2012, 7, 18), {"23 Dec 2011": "2011-12-23", "10 Feb 2012": "2012-02-10"}
    )
    named, published, texts = {(article.id, 0): timexes}, {"a": article.published}, {"a": text}
    assert about(_at(article, "44"), named, published, texts) == date(2011, 12, 23)
    assert about(_at(article, "28"), named, published, texts) == date(2012, 2, 10)


# v6 on Timeline17 haiti_bbc sentences (and H1N1_bbc's page 1095): a day that modifies a noun ("Tuesday's
# earthquake") dates that noun, not the sentence's other figures; v5 dated every figure of the sentence by it.
BELLERIVE = (
    "Haiti's Prime Minister Jean-Max Bellerive says he believes more than 100,000 people may have been killed by"
    " Tuesday's 7.0-magnitude earthquake."
)


@pytest.mark.parametrize(
    ("text", "figure_text", "day_text", "named", "published", "v6_day"),
    [
        # a later estimate of the quake's toll is of the day it was reported
        (BELLERIVE, "more than 100,000", "Tuesday", "2010-01-12", "2010-01-13", "2010-01-13"),
        (
            "As many as 200,000 people died in the 12 January earthquake.",
            "200,000",
            "12 January",
            "2010-01-12",
            "2010-01-28",
            "2010-01-28",
        ),
        # a figure inside the modified noun phrase is the thing's, of its day
        (BELLERIVE, "7.0-magnitude", "Tuesday", "2010-01-12", "2010-01-13", "2010-01-12"),
        # the complement of the noun a day modifies is that day's (LibyaWar_reuters, 2011-02-25); the other figure not
        (
            "They peaked at $113.91, below Thursday's high of $119.79, the loftiest intraday since August 2008.",
            "$119.79",
            "Thursday",
            "2011-02-24",
            "2011-02-25",
            "2011-02-24",
        ),
        (
            "They peaked at $113.91, below Thursday's high of $119.79, the loftiest intraday since August 2008.",
            "$113.91",
            "Thursday",
            "2011-02-24",
            "2011-02-25",
            "2011-02-25",
        ),
        # "the last Sunday in January" dates its clause: "in" is no noun it modifies (EgyptianProtest_cnn)
        (
            "On the last Sunday in January, a few hundred people filled a ballroom at a hotel in Midtown Manhattan.",
            "a few hundred",
            "last Sunday",
            "2011-01-30",
            "2011-02-07",
            "2011-01-30",
        ),
        # a day that dates the clause still dates its count
        (
            "Thirty-five new cases of swine flu in Scotland were confirmed on Sunday.",
            "Thirty-five",
            "Sunday",
            "2009-06-14",
            "2009-06-15",
            "2009-06-14",
        ),
    ],
)
def test_a_day_that_modifies_a_noun_is_that_things_day(
    text: str, figure_text: str, day_text: str, named: str, published: str, v6_day: str
) -> None:
    start, at = text.index(figure_text), text.index(day_text)
    figure = Figure("a", 0, start, start + len(figure_text), figure_text, 1.0)
    timexes = {("a", 0): [Timex("a", 0, at, at + len(day_text), day_text, "DATE", named)]}
    when = {"a": date.fromisoformat(published)}
    assert about(figure, timexes, when, {"a": text}).isoformat() == v6_day
    assert about(figure, timexes, when, {"a": text}, day_modifiers=False).isoformat() == named


def _day_by(text: str, figure_text: str, published: str, **options: Any) -> str:
    """The day ``figure_text`` in ``text`` (a one-sentence page of ``published``) is about, by ``about`` with
    ``options`` (``noun_phrases=False``: v6; ``sentences``: v8), read off the time expressions ``extract.timex`` finds
    in it."""
    page = Article("a", "a", text, (Sentence(0, 0, len(text), text),), published=date.fromisoformat(published))
    timexes = {("a", 0): list(find_timexes(page))}
    start = re.search(rf"(?<![\w,.]){re.escape(figure_text)}(?![\w,])", text).start()  # type: ignore[union-attr]
    figure = Figure("a", 0, start, start + len(figure_text), figure_text, 1.0)
    options = {k: ({"a": page.sentences} if k == "sentences" and v else v) for k, v in options.items()}
    return about(figure, timexes, {"a": page.published}, {"a": text}, **options).isoformat()  # type: ignore[union-attr]


def _v7_and_v6(text: str, figure_text: str, published: str) -> tuple[str, str]:
    return _day_by(text, figure_text, published), _day_by(text, figure_text, published, noun_phrases=False)


@pytest.mark.parametrize(
    ("text", "figure_text", "published", "v7", "v6"),
    [
        # a magnitude a few words into the phrase a day modifies, or measuring its noun, is that day's (haiti_bbc)
        (
            "Tuesday's huge magnitude 7.0 tremor in Haiti in the western Caribbean was the largest ever known to hit "
            "Haiti, according to the US Geological Survey.",
            "7.0",
            "2010-01-14",
            "2010-01-12",
            "2010-01-14",
        ),
        (
            "Haiti was devastated by Tuesday's earthquake, measuring 7.0 on the Richter scale, and the Red Cross has "
            "estimated the death toll at between 45,000 and 50,000, with millions more injured, orphaned or made "
            "homeless.",
            "7.0",
            "2010-01-17",
            "2010-01-12",
            "2010-01-17",
        ),
        # ... also after "since": the toll's period starts on Tuesday, the magnitude is the quake's
        (
            "About 45,000-50,000 people have died since Tuesday's 7.0 magnitude earthquake and 300,000 have been made "
            "homeless, the UN estimates.",
            "7.0",
            "2010-01-15",
            "2010-01-12",
            "2010-01-15",
        ),
        # guards: the toll and the homeless keep their report's day, as in v6
        (
            "About 45,000-50,000 people have died since Tuesday's 7.0 magnitude earthquake and 300,000 have been made "
            "homeless, the UN estimates.",
            "300,000",
            "2010-01-15",
            "2010-01-15",
            "2010-01-15",
        ),
        (
            "Haiti was devastated by Tuesday's earthquake, measuring 7.0 on the Richter scale, and the Red Cross has "
            "estimated the death toll at between 45,000 and 50,000, with millions more injured, orphaned or made "
            "homeless.",
            "45,000",
            "2010-01-17",
            "2010-01-17",
            "2010-01-17",
        ),
        # a count broken down by day takes the day of its own clause (LibyaWar_reuters, Sunday 24 April 2011; v6 gave
        # the eight the 28's Saturday)
        (
            "Safieddin said at least 36 people had been killed there by Gaddafi's forces since Saturday: eight during "
            "Sunday's bombardment and 28 on Saturday, many killed by booby-traps left behind by retreating forces.",
            "eight",
            "2011-04-24",
            "2011-04-24",
            "2011-04-23",
        ),
        (
            "Safieddin said at least 36 people had been killed there by Gaddafi's forces since Saturday: eight during "
            "Sunday's bombardment and 28 on Saturday, many killed by booby-traps left behind by retreating forces.",
            "28",
            "2011-04-24",
            "2011-04-23",
            "2011-04-23",
        ),
        # a toll beside the day of the quake it follows keeps its report's day (haiti_bbc, Wednesday 20 January 2010)
        (
            "An estimated 200,000 people died in last Tuesday's quake and another 1.5 million were made homeless.",
            "200,000",
            "2010-01-20",
            "2010-01-20",
            "2010-01-20",
        ),
    ],
)
def test_a_noun_phrase_read_further_and_a_count_broken_down_by_day(
    text: str, figure_text: str, published: str, v7: str, v6: str
) -> None:
    assert _v7_and_v6(text, figure_text, published) == (v7, v6)


def _v8_and_v7(text: str, figure_text: str, published: str) -> tuple[str, str]:
    """By v8 (the articles' sentences given, so a day after its noun is read from the parse) and by v7."""
    return _day_by(text, figure_text, published, sentences=True), _day_by(text, figure_text, published)


@pytest.mark.parametrize(
    ("text", "figure_text", "published", "v8", "v7"),
    [
        # brief.figure-variants.v8 (haiti_bbc): a day after the event a count is put down to dates the event, not the
        # count, which is its report's (v7 dated each by the quake's day)
        (
            "It is thought up to 200,000 people might have died in the disaster, which struck last Tuesday.",
            "up to 200,000",
            "2010-01-19",
            "2010-01-19",
            "2010-01-12",
        ),
        (
            "A Medicins Sans Frontieres doctor operating in a makeshift hospital Between 100,000 and 200,000 people "
            "may have died in Haiti as a result of the devastating earthquake that struck last Tuesday.",
            "Between 100,000 and 200,000",
            "2010-01-21",
            "2010-01-21",
            "2010-01-12",
        ),
        (
            "About 700 tents have arrived in the Caribbean island which was devastated by a huge quake on 12 January.",
            "About 700",
            "2010-01-25",
            "2010-01-25",
            "2010-01-12",
        ),
        # guard: a day after a noun that is no event a count is put down to still dates its clause (the team's
        # Thursday, when the five were pulled out), as in v7
        (
            "A Spanish team that arrived on Thursday morning had pulled out five people by nightfall including a "
            "two-year-old boy.",
            "five",
            "2010-01-15",
            "2010-01-14",
            "2010-01-14",
        ),
        # guard: a phrase before the count is a frame, not its cause (SyrianCrisis_bbc, Friday 17 June 2011)
        (
            "In its report published on Thursday, the UN said that the use of live ammunition against mostly unarmed "
            "civilians had killed around 1,100 people.",
            "around 1,100",
            "2011-06-17",
            "2011-06-16",
            "2011-06-16",
        ),
    ],
)
def test_a_day_after_the_event_a_count_is_put_down_to_dates_the_event(
    text: str, figure_text: str, published: str, v8: str, v7: str
) -> None:
    assert _v8_and_v7(text, figure_text, published) == (v8, v7)
