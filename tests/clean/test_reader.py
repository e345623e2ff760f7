"""A call to the reader glued to the article text after it (no full stop between them) is cut off that text while
cleaning, so the brief withholds only the call: the sentences are Timeline17 dev pages' (BBC, CNN, Reuters)."""

from __future__ import annotations

import pytest

from newsdesk.align.units import nonstatements, states_nothing
from newsdesk.clean.glue import Vocabulary
from newsdesk.clean.reader import is_reader_address, is_signpost, split_furniture
from newsdesk.clean.sentences import split_sentences
from newsdesk.evaluate.timeline import load_articles
from tests.conftest import EVAL

from .pages import clean_page, removed

T17 = EVAL / "timelines" / "t17" / "dev"


@pytest.mark.parametrize(
    ("glued", "call", "article"),
    [
        (  # a link's last word, then the next sentence's capital
            "For more reports from BBC Monitoring, click here Hopes for a negotiated settlement in Syria remain alive, "
            "despite regional tensions stoked by recent air strikes attributed to Israel, says Jim Muir.",
            "For more reports from BBC Monitoring, click here",
            "Hopes for a negotiated settlement in Syria remain alive",
        ),
        (  # a colon
            "For a graphic on economic and market impact, click here: China had price controls for SARS-related drugs.",
            "For a graphic on economic and market impact, click here:",
            "China had price controls",
        ),
        (  # a run of dashes
            "For a graphic showing the global spread of the new flu strain, click here -- -- -- - According to a "
            "draft statement on Friday, the Asian health ministers were concerned.",
            "For a graphic showing the global spread of the new flu strain, click here -- -- -- -",
            "According to a draft statement",
        ),
        (  # a notice in capitals: the longest call, not "PLEASE NOTE:"
            "PLEASE NOTE: REUTERS IS UNABLE TO INDEPENDENTLY VERIFY SOME OF THE CONTENT OF THIS VIDEO, WHICH HAS BEEN "
            "OBTAINED FROM A SOCIAL MEDIA WEBSITE Members of the Syrian army continue to defect.",
            "PLEASE NOTE: REUTERS IS UNABLE TO INDEPENDENTLY VERIFY SOME OF THE CONTENT OF THIS VIDEO, WHICH HAS BEEN "
            "OBTAINED FROM A SOCIAL MEDIA WEBSITE",
            "Members of the Syrian army",
        ),
        (  # a dropped link's preposition after "You can …"
            "Click here for the entire interview: You can also listen to the CNN Radio Reports podcast on Coach Tom "
            "Walter donated a kidney to Wake Forest baseball player Kevin Jordan.",
            "Click here for the entire interview: You can also listen to the CNN Radio Reports podcast on",
            "Coach Tom Walter donated a kidney",
        ),
        (
            "Click on the icon to listen: (Updated 2:41 p.m. (2141 in Egypt)) A reporter for the BBC was bloodied "
            "but returned to the air, bandage in place.",
            "Click on the icon to listen:",
            "(Updated 2:41 p.m.",
        ),
    ],
)
def test_a_glued_call_is_cut_off_the_article_text(glued: str, call: str, article: str) -> None:
    assert is_reader_address(glued)  # withheld whole, before the cut
    first, rest = split_furniture(glued)
    assert first == call and is_reader_address(first)
    assert rest.startswith(article) and not is_reader_address(rest)
    assert " ".join([first, rest]) == glued


@pytest.mark.parametrize(
    "sentence",
    [
        # what follows addresses the reader or speaks as the outlet: more of the call
        "PLEASE NOTE: We are unable to offer transcripts for our program interviews.",
        "You can send your comments to the BBC using the form below: If you are happy to be contacted by a BBC "
        "journalist please leave a telephone number that we can contact you on.",
        "Sign Up Be sure to fill in everything with an * Providing your contact information helps us verify your "
        "stories to include in CNN coverage.",
        # the name a call points to, not a sentence
        "Share your stories and photos with CNN iReport, but please put your personal safety above all else.",
        "Send your pictures of deserted areas in Mexico to yourpics@bbc.co.uk or text them to +447725100100.",
        # no call before the colon: a reporting clause
        'Protesters chanted: "The people want the execution of the president."',
        "The minister said: Britain will send more troops here. Click here for more.",
    ],
)
def test_nothing_is_cut_without_a_call_and_a_sentence_after_it(sentence: str) -> None:
    assert split_furniture(sentence) == [sentence]


def test_a_fragment_reporting_what_a_banner_read_is_no_call() -> None:
    """ "Read" is a page verb only as an imperative, which opens its sentence with a capital."""
    fragment = 'read a banner carried by protesters who chanted: "The people want the execution of the president."'
    assert not is_reader_address(fragment)
    assert split_furniture(fragment) == [fragment]
    assert is_reader_address(
        "Read full coverage of the unrest in Egypt updated continually by CNN reporters worldwide."
    )


def test_the_splitter_cuts_the_call_inside_a_paragraph() -> None:
    paragraph = (
        "It is based in Caversham, UK, and has several bureaux abroad. For more reports from BBC Monitoring, click "
        "here Hopes for a negotiated settlement in Syria remain alive, says Jim Muir."
    )
    assert split_sentences(paragraph) == [
        "It is based in Caversham, UK, and has several bureaux abroad.",
        "For more reports from BBC Monitoring, click here",
        "Hopes for a negotiated settlement in Syria remain alive, says Jim Muir.",
    ]


def test_timeline17_article_text_after_a_call_is_no_longer_withheld() -> None:
    """On the Syria BBC pages the Monitoring plug is withheld, and the sentence after it is a statement again."""
    articles = [a for a in load_articles(T17 / "SyrianCrisis_bbc") if "click here Hopes" in a.text]
    withheld = nonstatements(articles)
    sentences = {(a.id, s.i): s.text for a in articles for s in a.sentences}
    hopes = [k for k, t in sentences.items() if t.startswith("Hopes for a negotiated settlement in Syria")]
    plug = [k for k, t in sentences.items() if t == "For more reports from BBC Monitoring, click here"]
    assert hopes and plug
    assert not withheld & set(hopes)
    assert set(plug) <= withheld


@pytest.mark.parametrize(
    ("sentence", "signpost"),
    [
        # CNN's live page (Timeline17 EgyptianProtest_cnn) above each update: a fact "across 3 sources" before v3
        ("Here are the latest developments as confirmed by CNN.", True),
        ("Here are some of the ways you can help.", True),  # CNN, haiti
        ("Here are some of the highlights:", True),  # a paragraph of its own on an HTML page
        (
            "Here is a look at how the situation got to this point, and what the major players are saying and doing.",
            True,
        ),
        # run into what it introduces: the content is the sentence's (Timeline17 SyrianCrisis_bbc, H1N1_reuters)
        ("Here are some key facts about Assad: -- The world welcomed the British-trained eye doctor in 2000.", False),
        ("Here are the statistics - the US has: 11,468 probable and confirmed cases of H1N1 swine flu.", False),
        ('"Here is a country that has lost everything," the minister said.', False),
        ("There are the latest developments in the talks.", False),
        # a live page on how it is kept (Timeline17 haiti_bbc): a fact "across 2 sources" before v3
        (
            "We will be updating this page throughout the day, bringing you reports from those affected, some of your"
            " emails, Twitter updates, blogs and insights from BBC correspondents.",
            True,
        ),
        ("The BBC is discontinuing this live update page for the night.", True),
        ("Officials said the ministry would be updating its casualty figures this week.", False),
    ],
)
def test_a_pages_signpost_states_nothing(sentence: str, signpost: bool) -> None:
    assert is_signpost(sentence) is signpost
    assert states_nothing(sentence) is signpost


@pytest.mark.parametrize(
    ("folder", "page", "promo", "lead"),
    [
        (
            "H1N1_guardian",
            "239",
            "Follow the latest updates on the spread of the virus",
            "The Health Protection Agency is working on the assumption",
        ),
        (
            "H1N1_guardian",
            "519",
            "Follow the latest updates on the spread of the virus",
            "The British couple being treated for swine flu",
        ),
        ("haiti_bbc", "923", "Find out more about why help is delayed", "There's also a huge gap"),
    ],
)
def test_a_promo_glued_to_a_lead_is_cut_off_it(folder: str, page: str, promo: str, lead: str) -> None:
    """align.reader_address.v7: "follow" and "find out" open a promo; its line ends at its first lower-case content
    word before a word of the page that is no name, and the lead after it is a statement again."""
    sentences = [s.text for s in clean_page(folder, page).sentences]
    at = sentences.index(promo)
    assert is_reader_address(promo)
    assert sentences[at + 1].startswith(lead) and not is_reader_address(sentences[at + 1])


@pytest.mark.parametrize(
    "sentence",
    [
        # PolNeAR dev (Breitbart): a promo before a name that is an English word too ("lee")
        "Follow Breitbart News investigative reporter and Citizen Journalism School founder Lee Stranahan on Twitter"
        " at @Stranahan.",
        # Timeline17 dev: the reader as subject follows a name, no promo's line
        "You can follow Doughtery on Twitter to get an insider's view of the forum.",
        "You can watch Ann Coulter, Sarah Palin, Michelle Bachmann, Christine O'Donnell all being interviewed.",
        "Join us again next Sunday morning, 11:00 a.m. Eastern, for another critical look at the media.",
        "Watch to see why he says Wall Street is always looking for something to blame.",
    ],
)
def test_a_promo_running_on_into_a_name_stays_whole(sentence: str) -> None:
    assert split_furniture(sentence, Vocabulary(sentence).ordinary) == [sentence]


@pytest.mark.parametrize(
    ("folder", "page", "text", "promo"),
    [
        (  # a story's closing credit, then a show's promo
            "LibyaWar_cnn",
            "202",
            "CNN's Reza Sayah contributed to this report",
            "Watch Anderson Cooper 360 weeknights 10pm ET.",
        ),
        (
            "EgyptianProtest_cnn",
            "177",
            "since the protests erupted",
            'Follow live blogging on" This Just In" and the latest tweets',
        ),
        ("H1N1_guardian", "563", "on Saturday 2 May 2009", "Follow all the top science stories of the day on Twitter"),
    ],
)
def test_a_promo_glued_after_text_is_cut_off_it(folder: str, page: str, text: str, promo: str) -> None:
    """clean.document v17 (``reader.split_furniture``): a promo after a lower-case word or a number is a line of its
    own, withheld; the text before it is a sentence again, no call (or a credit, which ``boilerplate`` drops)."""
    article = clean_page(folder, page)
    sentences = [s.text for s in article.sentences]
    at = next(n for n, s in enumerate(sentences) if s.startswith(promo))
    assert is_reader_address(sentences[at])
    if text in removed(article, "contributor_credit"):
        return
    assert sentences[at - 1].endswith(text) and not is_reader_address(sentences[at - 1])


@pytest.mark.parametrize(
    "sentence",
    [  # Timeline17 dev: "Watch" ending a name
        "The U.S.-based Human Rights Watch said last week government forces had fired the weapons into residential"
        " areas of Misrata and it had found remnants.",
        # DUC 2004 dev (d30022t)
        "Corruption Watch, founded by nine dissidents in seven provinces, now has nearly 100 members, the center said.",
    ],
)
def test_a_name_ending_on_a_page_verb_stays_whole(sentence: str) -> None:
    assert split_furniture(sentence) == [sentence]
