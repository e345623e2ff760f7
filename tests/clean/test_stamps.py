"""A page's own time stamp between its headline and its lead (``clean.stamps``), on Timeline17 dev pages."""

from __future__ import annotations

import pytest

from newsdesk.clean.sentences import split_sentences
from newsdesk.clean.stamps import is_page_stamp, split_stamps

from .pages import clean_page, removed


def test_a_guardian_stamp_is_cut_out_between_the_standfirst_and_the_lead() -> None:
    """H1N1_guardian 543: the standfirst ends on a number ("reaches 13"), so no headline rule cut it; a timeline read
    the lead in the stamp's sentence."""
    page = clean_page("H1N1_guardian", "543")
    texts = [s.text for s in page.sentences]
    assert not any("15.49 BST" in t for t in texts)
    head = texts.index(
        "Clerical worker at Falkirk Royal hospital tests positive as number of confirmed UK cases reaches 13"
    )
    assert texts[head + 1].startswith("Graeme Pacitti, the first person in Britain to catch swine flu")
    assert removed(page, "page_stamp") == ["Friday 1 May 2009 15.49 BST"]


@pytest.mark.parametrize(
    ("folder", "page", "stamp", "lead"),
    [
        # a BBC video page: headline, stamp with the player's "Help" link, lead
        (
            "SyrianCrisis_bbc",
            "152",
            "14 August 2012 Last updated at 10:46 GMT Help",
            "Former Syrian PM Riad Hijab, who defected to Jordan last week,",
        ),
        # the older BBC layout: the stamp opens the page, a clip's caption follows
        (
            "haiti_bbc",
            "1036",
            "Page last updated at 23:19 GMT, Tuesday, 19 January 2010",
            "Born amid the ruins: Going into labor on Haiti street",
        ),
    ],
)
def test_bbc_stamps_are_dropped_and_the_lead_stands_alone(folder: str, page: str, stamp: str, lead: str) -> None:
    article = clean_page(folder, page)
    assert removed(article, "page_stamp") == [stamp]
    assert not any(stamp in s.text for s in article.sentences)
    assert any(s.text.startswith(lead) for s in article.sentences)


def test_a_cnn_stamp_between_a_teaser_and_its_lead() -> None:
    """LibyaWar_cnn 196's first teaser (the page is a listing ``boilerplate`` rejects; one such stamp on an article
    is cut the same way)."""
    sentence = (
        "Sources: U.S. mission in Benghazi attacked to avenge al Qaeda updated: Wed Jun 06 2012 23:03:00 The United "
        "States diplomatic office in the Libyan city of Benghazi was attacked"
    )
    head, stamp, lead = split_stamps(sentence)
    assert head == "Sources: U.S. mission in Benghazi attacked to avenge al Qaeda"
    assert is_page_stamp(stamp) and stamp == "updated: Wed Jun 06 2012 23:03:00"
    assert lead.startswith("The United States diplomatic office")
    assert split_sentences(sentence) == [head, stamp, lead]


@pytest.mark.parametrize(
    "sentence",
    [
        # dates and times in running text and in page furniture that is not a stamp (Timeline17 dev)
        "This article was amended on Friday 29 May 2009.",
        "Tim Whewell's full report from Damascus on Newsnight at 10.30 pm on BBC Two on Friday 13 January 2012.",
        "Date: Sat, 5 Mar 2011 14:30:12 +1100 I urge you, that either you or the UN take action.",
        "The fighting resumed on 14 August 2012 at 10:46 GMT, residents said.",
    ],
)
def test_dates_in_running_text_stay(sentence: str) -> None:
    assert split_stamps(sentence) == [sentence]
    assert not is_page_stamp(sentence)
