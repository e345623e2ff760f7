"""``cluster.title.on-story.v3``: a small story is titled by a headline-like sentence of its page, read past a wire
stamp, a column's disclaimer or a byline; a story of pages not in English says so. ``V2`` still reproduces the old
titles. Real pages of Timeline17 dev (SyrianCrisis_reuters, H1N1_bbc)."""

from __future__ import annotations

from functools import cache

import pytest

from newsdesk.cluster.groups import INPUT_V2, group_stories
from newsdesk.cluster.leads import cut_stamp, is_furniture, is_headline_like, not_english
from newsdesk.cluster.titles import NOT_ENGLISH, V2, V3
from newsdesk.evaluate.timeline import load_articles
from newsdesk.model import Article
from tests.conftest import EVAL

T17 = EVAL / "timelines" / "t17" / "dev"


@cache
def _folder(name: str) -> tuple[Article, ...]:
    return tuple(load_articles(T17 / name))


def _page(folder: str, start: str) -> Article:
    return next(a for a in _folder(folder) if a.sentences and a.sentences[0].text.startswith(start))


def _titles(page: Article) -> tuple[str, str]:
    """The page alone as a story, titled by v2 and by v3."""
    return group_stories([page], title=V2)[0].title, group_stories([page], title=V3)[0].title


@pytest.mark.parametrize(
    ("start", "v2", "v3"),
    [
        # a wire stamp and a dateline with nothing after them
        ("KATHMANDU | Fri Jun 24", "KATHMANDU |", "The first ever shelter for ostracized gays has opened in Nepal"),
        ("Wed May 25, 2011 10:57 am BST", "Wed May 25", "Brewin Dolphin has unveiled plans to set up shop in Bristol."),
        # a column's disclaimer and a byline note
        ("The author is a Reuters Breakingviews", "The author is", "LONDON -- Syria's crackdown will stamp"),
        ("The byline has been withheld", "The byline", "Reuters correspondents were expelled from Syrian"),
        # a feature's question
        ("Got 48 hours to explore", "Got 48 hours", "Reuters correspondents with local knowledge help visitors"),
    ],
)
def test_a_small_storys_title_is_read_past_its_pages_furniture(start: str, v2: str, v3: str) -> None:
    """Fails on v2, which titled a one-page story by its first sentence whatever it was."""
    old, new = _titles(_page("SyrianCrisis_reuters", start))
    assert old.startswith(v2)
    assert new.startswith(v3)


def test_a_promo_page_is_not_titled_by_its_question() -> None:
    """H1N1_bbc: a Radio 4 programme page leads with a promo's question, then "Paul Lewis takes your calls."."""
    old, new = _titles(_page("H1N1_bbc", "The new flat-rate State Pension - how will you be affected?"))
    assert old.endswith("?")
    assert not new.endswith("?") and "your" not in new


def test_the_vietnamese_pages_are_not_english_and_the_rest_are() -> None:
    """H1N1_bbc holds six BBC Vietnamese pages (garbled to ASCII); every other page with enough words is English."""
    foreign = [a for a in _folder("H1N1_bbc") if not_english(a.text)]
    assert len(foreign) == 6
    assert all(" cents " in a.text or "Vi #t" in a.text for a in foreign)
    assert not any(not_english(a.text) for a in _folder("SyrianCrisis_reuters"))


def test_a_story_of_pages_not_in_english_says_so() -> None:
    """The title algorithm alone (``INPUT_V2`` clusters them: ``INPUT_V3`` sets each apart, labelled so, whatever
    the title algorithm: ``tests/cluster/test_pages.py``)."""
    foreign = [a for a in _folder("H1N1_bbc") if not_english(a.text)]
    assert group_stories(foreign, title=V3, reads=INPUT_V2)[0].title.startswith(NOT_ENGLISH)
    assert not group_stories(foreign, title=V2, reads=INPUT_V2)[0].title.startswith(NOT_ENGLISH)


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        (
            "NEW YORK | Mon Sep 26, 2011 6:19 am BST NEW YORK (Reuters Health) - Company-sponsored infant formula",
            "Company-sponsored infant formula",
        ),
        (
            "(Adds further source, comment) ALGIERS, Aug 30 (Reuters - Muammar Gaddafi became a grandfather",
            "Muammar Gaddafi became a grandfather",
        ),
        (
            'BEIRUT | Mon Aug 22, 2011 3:20 pm EDT BEIRUT (Reuters)" - The downfall of Libyan leader',
            "The downfall of Libyan leader",
        ),
        (
            "Fri Nov 18, 2011 9:19 am GMT NEW DELHI (AlertNet) - Up to three million people",
            "Up to three million people",
        ),
        # no stamp: a date in the news is kept
        (
            "On Monday, May 2, 2011 U.S. forces killed Osama bin Laden",
            "On Monday, May 2, 2011 U.S. forces killed Osama bin Laden",
        ),
        ("2011 was the year of the Arab Spring", "2011 was the year of the Arab Spring"),
    ],
)
def test_cut_stamp(text: str, cut: str) -> None:
    assert cut_stamp(text) == cut


@pytest.mark.parametrize(
    ("text", "furniture", "headline"),
    [
        ("The opinions expressed are his own.", True, True),
        ("Technology Reporter, BBC News, Silicon Valley 20,000 plus new samples of malware", True, True),
        ("KATHMANDU | Fri Jun 24, 2011 10:17 am BST KATHMANDU (Reuters Life!) -", True, True),
        ("EDGAR HERNANDEZ - FIRST CONFIRMED CASE", False, False),
        ('"Hey, let\'s be careful out there!"', False, False),
        ("L) said on Friday that there was unspecified industrial action", False, False),
        ("Brewin Dolphin has unveiled plans to set up shop in Bristol.", False, True),
        ("Paul Lewis takes your calls.", False, False),
        # EgyptianProtest_cnn: a quotation opened and not closed in the sentence; its "you" is the speaker's
        (
            "\"The guys would say they'd be tortured so bad, they'd be screaming, 'Tell me what you want me to say!",
            False,
            True,
        ),
    ],
)
def test_furniture_and_headlines(text: str, furniture: bool, headline: bool) -> None:
    assert is_furniture(text) is furniture
    assert is_headline_like(text) is headline
