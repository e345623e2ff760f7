"""Site furniture addressed to the reader, promos, schedule lines and poll buttons in text-only input
(``clean.address``), on Timeline17 dev pages read from the eval set at test time and on sentences quoted from them."""

from __future__ import annotations

import pytest

from newsdesk.clean import clean_document
from newsdesk.clean.address import drop_reader_furniture, is_site_address
from newsdesk.model import RawDocument

from ..conftest import EVAL
from .pages import clean_page as _clean
from .pages import removed as _removed

T17 = EVAL / "timelines" / "t17" / "dev"


def test_an_ireport_pages_edition_sign_up_and_comment_prompts_go() -> None:
    """A CNN iReport page (EgyptianProtest_cnn 278): the editions menu, the poll, the sign-up form's terms."""
    article = _clean("EgyptianProtest_cnn", "278")
    removed = _removed(article, "site_address")
    assert "You've selected the U.S. Edition." in removed
    assert "Would you like to make this your default edition?" in removed
    assert (
        "Be sure to comment below and let us know what you think about the future devices, and CES itself." in removed
    )
    assert any(r.startswith('By clicking on "sign up" you agree with CNN') for r in removed)
    assert "Terms of Service" not in article.text and "default edition" not in article.text
    assert _removed(article, "poll_buttons") == ["YES | NO"]


def test_a_live_pages_promos_and_schedule_go_and_its_news_line_stays() -> None:
    """CNN.com Live's daily schedule (EgyptianProtest_cnn 68, 28 Jan 2011)."""
    article = _clean("EgyptianProtest_cnn", "68")
    assert _removed(article, "site_promo") == [
        "CNN.com Live has both issues covered.",
        "CNN.com Live is your home for breaking news as it happens.",
    ]
    schedule = _removed(article, "schedule_line")
    assert (
        "2:30 pm ET - Protesting Egypt in the U.S. - Anti-Egyptian government protests are not limited to Egypt."
        in (schedule)
    )
    assert len(schedule) == 5
    assert "The Egyptian Association for Change will hold a protest in Jersey City, New Jersey." in article.text
    assert "2 men charged in death of Chicago teen" in article.text  # a headline: no rule here knows it


@pytest.mark.parametrize(
    "sentence",
    [
        "Tell us your experiences by filling in the form below.",  # H1N1_bbc
        "Of course, you can always comment on this blog post.",  # H1N1_guardian
        "If you have a large file you can upload here.",  # SyrianCrisis_bbc
        "Get the day’s top headlines delivered to your inbox every morning by subscribing to our newsletter.",
        "(AllThingsD) Sign up now to get Today in Tech emailed to you each and every morning.",
        "By registering for this service, you are consenting to this collection, storage, and use.",
    ],
)
def test_the_reader_told_how_to_use_the_site_is_furniture(sentence: str) -> None:
    assert is_site_address(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a speaker's "you", inside quotation marks (EgyptianProtest_cnn)
        "I can't tell you where I found it, but I was able to upload some video and people have been able to call me on"
        ' my cell phone, on my Blackberry."',
        # news about a site's users (H1N1_reuters)
        "But maybe Scribd, the social publishing startup that lets you upload all kinds of documents online and embed"
        " them into blog posts, does have a point about the misinformation that Twitterers could be putting out.",
        # a consumer article's subject is sign-ups and passwords (extraction dev)
        "If you just want Disney+, you can sign up for a free 7-day trial.",
        "If you're still using the same password (or a variant of the same password) for every site you visit, you're"
        " putting yourself at risk.",
        # comments in the news, and the country "U.S." (LibyaWar_cnn)
        "But U.S. officials made similar comments about the rebel forces.",
        # a compound, not the reader (EgyptianProtest_cnn)
        "An ad uploaded in a make-your-own-Super-Bowl-ad competition featured a priest swapping out communion bread.",
    ],
)
def test_news_that_names_the_reader_or_a_site_action_is_kept(sentence: str) -> None:
    assert not is_site_address(sentence)
    assert drop_reader_furniture([[sentence]]) == ([[sentence]], [])


def test_a_site_in_the_news_is_no_promo() -> None:
    kept = [
        "Time.com published a story Thursday from writer Abigail Hauslohner in Cairo.",
        "Auction.com held more than 600 auctions of foreclosed properties last year.",
    ]
    assert drop_reader_furniture([kept]) == ([kept], [])


def test_html_pages_are_left_to_the_extractor() -> None:
    """An HTML page's extractor saw its forms: the rules run on text-only input only (a consumer article about
    newsletters and passwords is not furniture)."""
    html = (
        "<html><body><article><h1>Deals</h1><p>Get the day's top headlines delivered to your inbox every morning by"
        " subscribing to our newsletter.</p><p>Dashlane offers a free version of its software that allows you to"
        " manage up to 50 passwords with autofill functionality, and the premium plan adds a VPN.</p></article>"
        "</body></html>"
    )
    article = clean_document(RawDocument(path="deals.html", html=html))
    assert not _removed(article, "site_address")
