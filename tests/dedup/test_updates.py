from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from newsdesk.cluster.groups import mark_copies
from newsdesk.dedup.updates import _Words, _words, added_by_copies, independent_sources, repeats
from newsdesk.model import Article
from newsdesk.summarize.citations import sentence_pool
from newsdesk.timeline import build_timeline
from tests.conftest import t17_page


@pytest.fixture(scope="module")
def factbox() -> list[Article]:
    """Reuters' Libya factbox as filed on 21 September 2011 and re-run on 12 October with a month of new entries
    (and its old entries re-edited: "Feb. 24 - …" became "February 24 - …"), copies marked as the product marks them."""
    first = replace(t17_page("LibyaWar_reuters", "308"), published=date(2011, 9, 21))
    rerun = replace(t17_page("LibyaWar_reuters", "212"), published=date(2011, 10, 12))
    return mark_copies([first, rerun])


def kept(article: Article) -> list[str]:
    return [s.text for s in article.sentences if s.text]


def test_the_rerun_is_a_copy_that_adds_only_its_new_entries(factbox: list[Article]) -> None:
    first, rerun = factbox
    assert rerun.duplicate_of == first.id
    originals_and_updates = added_by_copies(factbox)
    assert [a.id for a in originals_and_updates] == [first.id, rerun.id]
    assert originals_and_updates[0] is first
    new = kept(originals_and_updates[1])
    assert "October 12 - More than 80 percent of Sirte is under NTC control." in new
    assert any(s.startswith("October 9 - NTC forces capture the main hospital at Sirte") for s in new)
    # re-edited entries the first filing printed are repeats, a shortened one too
    assert not any(s.startswith(("February 24 -", "February 28 -", "March 19 -")) for s in new)
    assert len(new) < len(kept(rerun)) / 2
    # offsets are kept: a new sentence is still the copy's text at its span
    for s in originals_and_updates[1].sentences:
        if s.text:
            assert rerun.text[s.start : s.end] == s.text


def test_a_copy_that_adds_nothing_is_left_out(factbox: list[Article]) -> None:
    first = factbox[0]
    resent = replace(first, id="resent", duplicate_of=first.id, published=date(2011, 9, 22))
    assert [a.id for a in added_by_copies([first, resent])] == [first.id]
    # a copy whose original is not in the set stands for itself
    assert [a.id for a in added_by_copies([resent])] == ["resent"]
    assert independent_sources([first, resent]) == {first.id: first.id, "resent": first.id}


def test_a_count_raised_in_the_same_words_is_news(factbox: list[Article]) -> None:
    printed = [_words(s) for s in kept(factbox[0])]
    entry = next(s for s in kept(factbox[0]) if s.startswith("Feb. 28 -"))
    assert repeats(_words(entry.replace("Feb.", "February")), printed)
    raised = "The United Nations says at least 3,000 people have been killed since the uprising began in March."
    told = raised.replace("3,000", "2,600")
    assert not repeats(_words(raised), [_words(told)])
    assert repeats(_words(told), [_words(told)])


def test_the_summary_pool_and_the_timeline_read_the_new_entries(factbox: list[Article]) -> None:
    first, rerun = factbox
    pool = sentence_pool(factbox)
    from_rerun = [s.text for a, s in pool if a.id == rerun.id]
    assert "October 12 - More than 80 percent of Sirte is under NTC control." in from_rerun
    assert not any(s.startswith("February 24 -") for s in from_rerun)
    assert sum(1 for a, _ in pool if a.id == first.id) == len(first.sentences)

    from newsdesk.extract.timex import find_timexes

    timexes = {a.id: find_timexes(a) for a in factbox}
    entries = build_timeline(factbox, timexes, max_dates=40)
    october = [e for e in entries if e.date.startswith("2011-10")]
    assert october, "the October entries are only in the re-run"
    assert all(c.article == rerun.id for e in october for c in e.citations)
    # a day both filings name is told from the first filing, whose entry the re-run repeats
    twentieth = [e for e in entries if e.date == "2011-09-20"]
    assert twentieth and all(c.article == first.id for c in twentieth[0].citations)


def test_what_only_the_rerun_adds_is_its_own_unique_report(factbox: list[Article]) -> None:
    from newsdesk.align import align_story, unique_reports
    from newsdesk.text.embeddings import TFIDF

    rerun = factbox[1]
    unique = dict(unique_reports(factbox, align_story(factbox, encoder=TFIDF).facts))
    on_rerun = {rerun.sentences[i].text for i in unique.get(rerun.id, ())}
    assert "October 12 - More than 80 percent of Sirte is under NTC control." in on_rerun
    # what the re-run repeats stays the first filing's
    assert not any(s.startswith(("February 24 -", "September 20 -")) for s in on_rerun)


def test_an_original_without_copies_is_not_read(factbox: list[Article], monkeypatch) -> None:
    """Only a group with a copy needs its printed sentences' words: another story article (its own original,
    no copy) adds the same output and none of its sentences is read."""
    import newsdesk.dedup.updates as updates

    other = t17_page("LibyaWar_reuters", "100")
    expected = added_by_copies(factbox)
    read: list[str] = []

    def counted(text: str) -> _Words:
        read.append(text)
        return _words(text)

    monkeypatch.setattr(updates, "_words", counted)
    added_by_copies(factbox)
    alone = len(read)
    result = added_by_copies([*factbox, other])
    assert result == [*expected[:1], other, *expected[1:]]
    assert alone and len(read) == 2 * alone
