"""Site tickers on real scraped pages: Timeline17 dev's first 60 LibyaWar_cnn pages (as one export) and CNN pages
about the Egyptian protests, LibyaWar_reuters updates."""

from __future__ import annotations

import dataclasses

import pytest

from newsdesk.clean.templates import template_sentences
from newsdesk.clean.tickers import MIN_LEADS, ticker_sentences
from newsdesk.cluster.groups import group_stories
from newsdesk.evaluate.timeline import load_articles
from newsdesk.model import Article

from ..conftest import EVAL

T17 = EVAL / "timelines" / "t17" / "dev"
TICKER = "2 men charged in death of Chicago teen who performed in inauguration event."


def _export(folder: str, n: int) -> list[Article]:
    """The first ``n`` pages of a folder as records of one JSONL export (CNN named on some pages by their credits)."""
    return [dataclasses.replace(a, path=f"{folder}.jsonl:{k}") for k, a in enumerate(load_articles(T17 / folder)[:n])]


def _texts(articles: list[Article], keys: frozenset[tuple[str, int]]) -> list[str]:
    by_id = {a.id: a for a in articles}
    return sorted(by_id[a].sentences[i].text for a, i in keys)


@pytest.fixture(scope="module")
def libya_cnn() -> list[Article]:
    return _export("LibyaWar_cnn", 60)


def test_the_ticker_atop_three_unrelated_pages_is_withheld_and_nothing_else(libya_cnn: list[Article]) -> None:
    """CNN's ticker opens 3 of the export's 11 unnamed pages: too few to be a template (``min_holders``), the only
    line a ticker here. It titled the story and was a fact "(3 sources)". (12 before ``clean.document.v11``, which
    rejects the topic listing at record 16.)"""
    unnamed = [a for a in libya_cnn if a.source is None]
    assert len(unnamed) == 11 and sum(a.sentences[0].text == TICKER for a in unnamed) == 3
    assert _texts(libya_cnn, ticker_sentences(libya_cnn)) == [TICKER] * 3
    assert TICKER in _texts(libya_cnn, template_sentences(libya_cnn))
    assert all(TICKER not in g.title for g in group_stories(libya_cnn))


def test_a_whole_folders_tickers_are_its_furniture() -> None:
    """All 308 SyrianCrisis_bbc pages: the lines withheld as tickers are page stamps, promos for other BBC pages and
    the external-links notice (on 8 pages, too few of 308 for a template), none of the story's own lines."""
    bbc = load_articles(T17 / "SyrianCrisis_bbc")
    found = set(_texts(bbc, ticker_sentences(bbc)))
    furniture = ("GMT", "microbreweries", "Democracy Live", "not responsible for the content of external")
    assert found and all(any(f in t for f in furniture) for t in found)
    assert all(any(f in t for t in found) for f in furniture)


def test_an_updates_reprinted_lead_is_no_ticker() -> None:
    """LibyaWar_reuters reprints "Libya could descend into civil war unless Muammar Gaddafi quits …" atop two updates
    that share 19 more sentences; a ticker's pages share at most one."""
    reuters = [dataclasses.replace(a, source="Reuters") for a in load_articles(T17 / "LibyaWar_reuters")]
    leads = [a for a in reuters if a.sentences[0].text.startswith("Libya could descend into civil war")]
    assert len(leads) >= 2
    assert not any(t.startswith("Libya could descend") for t in _texts(reuters, ticker_sentences(reuters)))


def test_a_news_lead_atop_two_pages_that_fits_them_is_no_ticker() -> None:
    """EgyptianProtest_cnn prints "Just three days after a State of the Union Address …" atop two CNN pages that
    share one other sentence: the rest of those pages use its words more than most other pages' leads do."""
    cnn = load_articles(T17 / "EgyptianProtest_cnn")
    held = [a for a in cnn if a.sentences[0].text.startswith("Just three days after a State of the Union")]
    assert len(held) == 2
    assert not any(t.startswith("Just three days") for t in _texts(cnn, ticker_sentences(cnn)))


def test_copies_are_withheld_with_their_original_and_few_pages_judge_nothing(libya_cnn: list[Article]) -> None:
    first = next(a for a in libya_cnn if a.sentences[0].text == TICKER)
    copy = dataclasses.replace(first, id="copy", duplicate_of=first.id)
    found = ticker_sentences([*libya_cnn, copy])
    assert ("copy", 0) in found and (first.id, 0) in found
    holders = [a for a in libya_cnn if a.sentences[0].text == TICKER]
    others = [a for a in libya_cnn if a not in holders][: MIN_LEADS - 1]
    assert ticker_sentences([*holders, *others]) == frozenset()
