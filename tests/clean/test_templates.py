"""Site templates on real scraped pages: Timeline17 dev's Reuters and CNN pages about the Libyan war."""

from __future__ import annotations

import dataclasses
from datetime import date, timedelta

import pytest

from newsdesk.clean.templates import min_holders, template_sentences, withhold_templates
from newsdesk.evaluate.timeline import load_articles
from newsdesk.model import Article, Sentence
from newsdesk.summarize import DEFAULT_SUMMARIZER, summarize

from ..conftest import EVAL

T17 = EVAL / "timelines" / "t17" / "dev"
COMMENT_POLICY = ("views expressed in the comments", "we welcome comments", "discussion is now closed")


def _pages(folder: str, n: int, source: str | None) -> list[Article]:
    """The first ``n`` pages of a Timeline17 folder that keep some text after cleaning, from ``source``."""
    return [dataclasses.replace(a, source=source) for a in load_articles(T17 / folder)[:n]]


@pytest.fixture(scope="module")
def reuters() -> list[Article]:
    return _pages("LibyaWar_reuters", 40, "Reuters")


def _texts(articles: list[Article], keys: frozenset[tuple[str, int]]) -> set[str]:
    by_id = {a.id: a for a in articles}
    return {by_id[a].sentences[i].text for a, i in keys}


def test_comment_policy_lines_are_templates_and_story_lines_are_not(reuters: list[Article]) -> None:
    found = _texts(reuters, template_sentences(reuters))
    # the outlet's product lines ("An ultra-low latency infrastructure …", "A connected approach to governance, risk and
    # compliance", "Our next generation legal research platform": cut off the first since clean.document.v4, the last
    # two apart since v6)
    products = ("latency", "governance, risk and compliance", "research platform")
    assert found and all(any(p in t.lower() for p in COMMENT_POLICY + products) for t in found)
    # "Views expressed in the comments …" itself is a comment-system line that cleaning drops (clean.comments);
    # the outlet's own wording around it is left to the templates
    assert any("we welcome comments" in t.lower() for t in found)
    # the lines that recur most among the rest are the story's own (at most a handful of pages each)
    assert not any("Gaddafi" in t or "Libya" in t for t in found)


def test_the_bar_is_a_share_of_few_pages_and_a_small_share_of_many() -> None:
    assert min_holders(5) == 3
    assert min_holders(14) == pytest.approx(4.7)
    assert min_holders(300) == pytest.approx(19.0)


def test_copies_and_unknown_outlets_never_make_templates(reuters: list[Article]) -> None:
    original = reuters[0]
    copies = [dataclasses.replace(original, id=f"copy{k}", duplicate_of=original.id) for k in range(4)]
    assert template_sentences([original, *copies]) == frozenset()
    one_file_each = [dataclasses.replace(a, source=None, url=None, path=f"pages/{a.id}.html") for a in reuters]
    assert template_sentences(one_file_each) == frozenset()


def test_records_of_one_export_without_outlets_are_judged_as_one_site(reuters: list[Article]) -> None:
    """A JSONL export with no source fields: its records' furniture is found as if the outlet were named."""
    export = [dataclasses.replace(a, source=None, url=None, path=f"feed.jsonl:{k}") for k, a in enumerate(reuters)]
    assert template_sentences(export) == template_sentences(reuters) != frozenset()
    two_exports = [dataclasses.replace(a, path=f"feed{k % 2}.jsonl:{k}") for k, a in enumerate(export)]
    assert template_sentences(two_exports) < template_sentences(export)  # each file is its own site


def test_withheld_sentences_keep_their_place_and_the_summary_skips_them(reuters: list[Article]) -> None:
    withheld = template_sentences(reuters)
    working = withhold_templates(reuters, withheld)
    for before, after in zip(reuters, working, strict=True):
        assert [(s.i, s.start, s.end) for s in before.sentences] == [(s.i, s.start, s.end) for s in after.sentences]
        assert after.text == before.text
        assert all(not s.text for s in after.sentences if (after.id, s.i) in withheld)
    # compressive.v2 (the default before learned.v1) printed the comment policy before templates were withheld;
    # learned.v1 happens not to pick it even then, so the failure this guards against is shown with v2.
    plain = " ".join(s.text for s in summarize("summarize.compressive.v2", reuters, 120)).lower()
    # (cleaning now drops most comment-system lines itself, so what v2 picks is the product plug)
    assert any(p in plain for p in COMMENT_POLICY) or "latency" in plain
    for name in (DEFAULT_SUMMARIZER, "summarize.compressive.v2"):
        clean = " ".join(s.text for s in summarize(name, working, 120)).lower()
        assert not any(p in clean for p in COMMENT_POLICY) and "latency" not in clean


def test_a_templates_date_makes_no_day_of_the_timeline(reuters: list[Article]) -> None:
    """Give every template sentence one date (as CNN's "RETWEET … February 11, 2013" lines have), five days
    before the first page: the story's timeline must not show that day."""
    from newsdesk.brief.assemble import build_story
    from newsdesk.model import Annotations, Timex

    withheld = template_sentences(reuters)  # found over the run, as `newsdesk brief` does
    templated = {aid for aid, _ in withheld}
    pages = [reuters[0], *[a for a in reuters[1:] if a.id in templated][:4]]
    assert len(pages) > 4
    by_id = {a.id: a for a in pages}
    day = (min(a.published for a in pages if a.published) - timedelta(days=5)).isoformat()
    dated = {key: day for key in withheld if key[0] in by_id}
    annotations = {a.id: Annotations(a.id) for a in pages}
    for (aid, i), value in dated.items():
        s = by_id[aid].sentences[i]
        annotations[aid] = Annotations(
            aid, timexes=(*annotations[aid].timexes, Timex(aid, i, s.start, s.end, s.text, "DATE", value))
        )

    def days(templates: frozenset[tuple[str, int]]) -> set[str]:
        return {e.date for e in build_story(pages, 60, annotations=annotations, templates=templates).timeline}

    assert day in days(frozenset())  # what the timeline showed before templates were withheld
    assert day not in days(withheld)


def test_furniture_cut_away_with_a_comment_thread_still_counts_for_its_site() -> None:
    """Timeline17 EgyptianProtest_cnn, its first 60 pages by date (one export, no outlet field): CNN's comment form
    ("(required, but will not be displayed) CNN welcomes a lively …", "You agree that anything you post may be
    used …") is printed on 11 of them, but on 6 cleaning cut it away with the stamped comment thread above it; the
    others kept it, too few for the bar, and it was the brief's first fact "across 5 sources". Since
    ``clean.document.v4`` cleaning drops the form's sentences itself (``clean.address``: the reader told about the
    site's terms; on 3 pages inside an unstamped comment tail); put back as a site's furniture no rule knows (2
    pages), the 6 cut pages still count them."""
    articles = load_articles(T17 / "EgyptianProtest_cnn")
    first = sorted(articles, key=lambda a: (a.published or date.max, a.id))[:60]
    terms = "You agree that anything you post may be used"
    assert not any(terms in s.text for a in first for s in a.sentences)
    restored = [_restore(a, "site_address") for a in first]
    kept = [a for a in restored if any(terms in s.text for s in a.sentences)]
    cut = [a for a in restored if any(r.rule == "comment_thread" and terms in r.text for r in a.removed)]
    assert len(kept) < min_holders(len(restored)) <= len(kept) + len(cut)
    found = _texts(restored, template_sentences(restored))
    assert any(t.startswith(terms) for t in found)
    assert any(t.startswith("(required, but will not be displayed) CNN welcomes") for t in found)
    assert not any("Mubarak" in t or "protest" in t for t in found)  # the story's own lines are not furniture


def _restore(article: Article, rule: str) -> Article:
    """The article with the sentences ``rule`` dropped put back at its end (offsets are not read here)."""
    back = [r.text for r in article.removed if r.rule == rule]
    sentences = (*article.sentences, *(Sentence(len(article.sentences) + k, 0, 0, t) for k, t in enumerate(back)))
    return dataclasses.replace(article, sentences=sentences)


def test_a_news_sentence_that_repeats_a_templates_words_is_not_glued_furniture() -> None:
    """Timeline17 haiti_bbc, its first 60 pages (one export): "Thousands of people are feared dead." is a sentence
    of its own on 2 of them; v3 also counted the 6 pages whose news sentences say it and run on ("Thousands of
    people are feared dead following the 7.0-magnitude tremor …", "… has said thousands of people are feared dead,
    including the UN mission chief.") and withheld all 8 as the site's template. A template glued by the splitter
    still counts: the Reuters product plug after a credit line ("(Editing by X) An ultra-low latency …")."""
    export = [
        dataclasses.replace(a, source=None, url=None, path=f"haiti.jsonl:{k}")
        for k, a in enumerate(load_articles(T17 / "haiti_bbc")[:60])
    ]
    said = [s.text for a in export for s in a.sentences if "people are feared dead" in s.text.lower()]
    assert len(said) >= 8 and any("feared dead following the 7.0-magnitude" in t for t in said)
    # what is withheld is a radio show's notices atop two of its pages (tickers, ``clean.tickers``), no news
    assert _texts(export, template_sentences(export)) == {
        "PLEASE NOTE: We are unable to offer transcripts for our program interviews.",
        "Today is broadcast live and the running order is subject to change.",
    }
    reuters = _pages("LibyaWar_reuters", 40, "Reuters")
    glued = [t for t in _texts(reuters, template_sentences(reuters)) if t.startswith("(") and "latency" in t]
    assert glued
