"""brief.figure-variants.v9 on Timeline17 SyrianCrisis_bbc pages: two tellings of one value that one aligned fact cites
are one claim per incident. Two days' incidents told in the simple past are two claims (v8 listed "nearly 30 — people
killed" once, citing killings of August 2011 and August 2012); a running count told in the perfect on two days is one
claim retold; a sentence copied onto a later page is one telling whatever its day."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest

from newsdesk.brief.figures import story_figures
from newsdesk.evaluate.io import read_jsonl
from newsdesk.extract import annotate
from newsdesk.model import Annotations, Article, Citation, Fact, Figure, Timex
from tests.conftest import EVAL, t17_page

TOPIC = "SyrianCrisis_bbc"
EGYPT = "EgyptianProtest_cnn"
# 41: 9 Aug 2011, "… reports say nearly 30 more people were killed."; 83: 15 Aug 2012, "… at least 30 people were
# killed when warplanes attacked the town of Azaz …"; 256: 26 Aug 2011, "The UN says more than 2,200 people have been
# killed in the violence."; 269: 2 Sep 2011, "The United Nations says more than 2,200 people have been killed since …"
PAGES = ("41", "83", "256", "269")
# EgyptianProtest_cnn 219: 3 Feb 2011, "At least eight people were killed and more than 800 were injured in Wednesday's
# confrontations …"; 282: 4 Feb, "At least eight people were killed and 836 injured, according to …"
EGYPT_PAGES = ("219", "282")


def _load(topic: str, ids: tuple[str, ...]) -> tuple[dict[str, Article], dict[str, Annotations]]:
    published = {
        str(r["id"]): date.fromisoformat(r["published"])
        for r in read_jsonl(EVAL / "timelines" / "t17" / "dev" / topic / "articles.jsonl.gz")
        if str(r["id"]) in ids
    }
    articles = {i: dataclasses.replace(t17_page(topic, i), published=published[i]) for i in ids}
    return articles, annotate(list(articles.values()))


@pytest.fixture(scope="module")
def pages() -> tuple[dict[str, Article], dict[str, Annotations]]:
    return _load(TOPIC, PAGES)


def _telling(article: Article, annotations: Annotations, value: int, words: str) -> Figure:
    (figure,) = [f for f in annotations.figures if f.value == value and words in article.sentences[f.sentence].text]
    return figure


def _listed(
    articles: list[Article], annotations: dict[str, Annotations], tellings: list[Figure], **v8: bool
) -> list[Figure]:
    fact = Fact("one aligned fact", tuple(Citation(f.article, f.sentence) for f in tellings), ("a", "b"))
    timexes: dict[str, tuple[Timex, ...]] = {a.id: annotations[a.id].timexes for a in articles}
    listed = story_figures(tellings, [fact], articles, timexes=timexes, **v8)
    return [f for f in listed if f.value == tellings[0].value]


def test_two_days_incidents_are_two_claims(pages: tuple[dict[str, Article], dict[str, Annotations]]) -> None:
    articles, annotations = pages
    both = [articles["41"], articles["83"]]
    tellings = [
        _telling(articles["41"], annotations[articles["41"].id], 30, "nearly 30 more people were killed"),
        _telling(articles["83"], annotations[articles["83"].id], 30, "warplanes attacked the town of Azaz"),
    ]
    v9 = _listed(both, annotations, tellings)
    assert [(f.day, f.variants) for f in v9] == [("2011-08-09", ()), ("2012-08-15", ())]
    (v8,) = _listed(both, annotations, tellings, incidents=False)  # one claim, dated by the earlier killing
    assert v8.day == "2011-08-09" and v8.variants == (Citation(tellings[1].article, tellings[1].sentence),)


def test_a_running_count_retold_is_one_claim(pages: tuple[dict[str, Article], dict[str, Annotations]]) -> None:
    articles, annotations = pages
    both = [articles["256"], articles["269"]]
    tellings = [
        _telling(articles["256"], annotations[articles["256"].id], 2200, "killed in the violence"),
        _telling(articles["269"], annotations[articles["269"].id], 2200, "pro-democracy demonstrations"),
    ]
    (v9,) = _listed(both, annotations, tellings)  # "have been killed" on 26 August and on 2 September: one count
    assert v9.day == "2011-08-26" and v9.variants == (Citation(tellings[1].article, tellings[1].sentence),)


def test_a_sentence_copied_onto_a_later_page_is_one_claim(
    pages: tuple[dict[str, Article], dict[str, Annotations]],
) -> None:
    articles, annotations = pages
    first = articles["41"]
    again = dataclasses.replace(first, id="again", published=date(2011, 8, 20))  # the page reprinted 11 days later
    annotations = {**annotations, "again": annotations[first.id]}
    told = _telling(first, annotations[first.id], 30, "nearly 30 more people were killed")
    tellings = [told, dataclasses.replace(told, article="again")]
    (v9,) = _listed([first, again], annotations, tellings)
    assert v9.variants == (Citation("again", told.sentence),)


def test_an_incident_retold_the_next_day_is_one_claim() -> None:
    # both in the simple past, a day apart: one incident retold (``incidents.REPORTED_WITHIN``), not two
    articles, annotations = _load(EGYPT, EGYPT_PAGES)
    both = [articles["219"], articles["282"]]
    tellings = [
        _telling(articles["219"], annotations[articles["219"].id], 8, "Wednesday's confrontations"),
        _telling(articles["282"], annotations[articles["282"].id], 8, "836 injured"),
    ]
    (v9,) = _listed(both, annotations, tellings)
    assert v9.day == "2011-02-03" and v9.variants == (Citation(tellings[1].article, tellings[1].sentence),)
