"""Each cleaning rule, on the seeds and on made-up variants; and article lines no rule may touch."""

from __future__ import annotations

import pytest

from newsdesk.clean.boilerplate import drop_sentence_furniture, strip_boilerplate, strip_update_stamps
from newsdesk.evaluate.io import read_jsonl
from newsdesk.model import Article, RawDocument, Rejection
from newsdesk.pipeline import clean_record
from tests.conftest import EVAL


def rule_of(line: str) -> str | None:
    _, removed = strip_boilerplate([line])
    return removed[0].rule if removed else None


@pytest.mark.parametrize(
    "line",
    [
        "Also Read: Biden ‘closely monitoring events in Israel and Lebanon,’ White House says",
        "ALSO READ | Markets rally after rate cut",
        "Read more: What the ceasefire deal says",
        "Related Stories: Hamas delegation leaves Cairo",
        "READ MORE",
    ],
)
def test_link_prompts(line: str) -> None:
    assert rule_of(line) == "link_prompt"


@pytest.mark.parametrize(
    "line",
    [
        "Follow us on Twitter for the latest updates",
        "Subscribe to our newsletter for daily briefings.",
        "Download the NDTV app for breaking news",
        "Sign up for our Middle East newsletter",
        "Click here to read the full report",
    ],
)
def test_social_prompts(line: str) -> None:
    assert rule_of(line) == "social_prompt"


@pytest.mark.parametrize(
    "line",
    [
        "(Except for the headline, this story has not been edited by NDTV staff and is published from a "
        "syndicated feed.)",
        "This story has been published from a wire agency feed without modifications to the text.",
        "(With inputs from Reuters)",
        "(Reporting by Jane Doe; Editing by John Roe)",
        "Copyright 2024 The Associated Press. All rights reserved.",
    ],
)
def test_disclaimers(line: str) -> None:
    assert rule_of(line) == "disclaimer"


@pytest.mark.parametrize(
    "line",
    [
        "Mossad chief David Barnea, head of the Israeli delegationYossi Zeliger/TPS",
        "Palestinians inspect a destroyed house in Khan Younis REUTERS/Hatem Khaled",
        "Smoke rises over Gaza (Photo: AFP)",
        "Antony Blinken arrives in Tel Aviv AFP via Getty Images",
    ],
)
def test_photo_credits(line: str) -> None:
    assert rule_of(line) == "photo_credit"


def test_bare_caption_before_its_credited_copy_is_removed() -> None:
    caption = "Mossad chief David Barnea, head of the Israeli delegation"
    kept, removed = strip_boilerplate([caption, caption + "Yossi Zeliger/TPS", "", "The lead sentence."])
    assert kept == ["", "The lead sentence."]
    assert [r.rule for r in removed] == ["photo_credit", "photo_caption"]


@pytest.mark.parametrize(
    "line",
    [
        "Sky News also reported earlier that the Israeli delegation returned after failing to make progress.",
        "Read the room, officials said, before the talks resumed on Monday.",
        "The report said subscribers to the service rose by 10% in the quarter.",
        "Related talks in Doha ended without a deal, according to two officials who spoke to reporters.",
        "He said the deal was the best chance, and he urged both sides to follow through on it.",
        "Follow-up meetings are planned in Cairo next week, an Egyptian official told Reuters.",
    ],
)
def test_article_sentences_are_kept(line: str) -> None:
    assert rule_of(line) is None


def test_no_seed_sentence_is_removed_by_a_line_rule(seed_articles: dict) -> None:
    """Only the known boilerplate of the seeds is removed: nothing else."""
    rules = {n: sorted({r.rule for r in a.removed}) for n, a in seed_articles.items()}
    assert rules == {
        "000": ["photo_caption", "photo_credit"],
        "001": ["disclaimer"],
        "002": [],
        "003": ["date_header", "link_prompt", "repeated_sentence"],
        "004": [],
    }


def test_live_page_update_stamps_are_cut_out_of_the_text():
    """CNN's live pages (Timeline17 EgyptianProtest_cnn, LibyaWar_cnn) stamp each entry inside the running text;
    left in, "(2156 in Egypt)" made Egypt a place of the entry's first sentence."""
    text = (
        "Here are the latest developments as confirmed by CNN. (Updated 2:56 p.m. (2156 in Egypt)) The building"
        " housing the offices of the National Democratic Party was burned. (Updated: 1:38 a.m. Monday, Libya; 6:38"
        " p.m. Sunday ET): Libya's army has been told to stand down. (Updated at 11:20 a.m. ET, 6:20 p.m. local time)"
        " Crowds gathered. He was updated (at 5 p.m.) on the talks."
    )
    clean, removed = strip_update_stamps(text)
    assert clean == (
        "Here are the latest developments as confirmed by CNN. The building housing the offices of the National"
        " Democratic Party was burned. Libya's army has been told to stand down. Crowds gathered. He was updated"
        " (at 5 p.m.) on the talks."
    )
    assert [r.rule for r in removed] == ["update_stamp"] * 3


def test_a_clock_time_alone_in_brackets_opening_an_entry_is_a_stamp_too():
    """clean.document.v15: CNN's live pages (Timeline17 EgyptianProtest_cnn, LibyaWar_cnn) also head entries with the
    time alone; "(12:26 p.m. Monday ET, 6:26 p.m. Monday in Libya) Libyan leader …" opened a LibyaWar_cnn timeline
    line. A bracketed time after a time converts it, inside its sentence, and stays."""
    text = (
        "(10:55 a.m. ET) Four thousand flights have been canceled due to the bad weather. (12:26 p.m. Monday ET, 6:26"
        " p.m. Monday in Libya) Libyan leader Moammar Gadhafi may remain the leader of Libya. Here is what's happening"
        " today: (11:39 p.m. Monday ET, 5:39 a.m. Tuesday in Libya) Fareed Zakaria reacts. (10:45 p.m. Saturday, 11:45"
        " a.m. Sunday in Tokyo) The death toll has reached 7,700. A magnitude 5.6 earthquake struck Chile at 1:11 p.m."
        " (11:11 a.m. ET) Saturday, the U.S. Geological Survey reported."
    )
    clean, removed = strip_update_stamps(text)
    assert clean == (
        "Four thousand flights have been canceled due to the bad weather. Libyan leader Moammar Gadhafi may remain the"
        " leader of Libya. Here is what's happening today: Fareed Zakaria reacts. The death toll has reached 7,700. A"
        " magnitude 5.6 earthquake struck Chile at 1:11 p.m. (11:11 a.m. ET) Saturday, the U.S. Geological Survey"
        " reported."
    )
    assert [r.rule for r in removed] == ["update_stamp"] * 4


def test_a_live_pages_entry_stamps_are_cut_and_a_lone_year_is_kept():
    """BBC's live page (Timeline17 haiti_bbc) opens each entry with its 24-hour time; left in, "1403 The UN
    peacekeeping chief …" headed a fact of the brief. CNN's "(Update 1:50 a.m. Cairo, 6:50 p.m. ET) -" form too."""
    text = (
        "Haiti's president says the devastation is unimaginable. 1403 The UN peacekeeping chief Alain Le Roy says"
        ' "less than five" UN staff had been found dead. 1355 Brazil\'s army says 11 of its peacekeepers died. 1346'
        " The Red Cross says up to three million people may need emergency aid. (Update 1:50 a.m. Cairo, 6:50 p.m."
        " ET) - Roughly 1,000 prisoners have escaped. (Update 3 p.m. Cairo, 8 a.m. ET) Turkey has sent two planes."
    )
    clean, removed = strip_update_stamps(text)
    assert clean == (
        "Haiti's president says the devastation is unimaginable. The UN peacekeeping chief Alain Le Roy says"
        ' "less than five" UN staff had been found dead. Brazil\'s army says 11 of its peacekeepers died. The Red'
        " Cross says up to three million people may need emergency aid. Roughly 1,000 prisoners have escaped."
        " Turkey has sent two planes."
    )
    assert [r.text for r in removed if r.rule == "entry_stamp"] == ["1403", "1355", "1346"]
    # CNN's Middle East live page (Timeline17 LibyaWar_cnn) heads entries with the place and the time
    place = (
        "He spoke on state TV. LIBYA, 6:07 p.m. ET, 1:07 a.m. local: A formerly pro-government newspaper in Libya is"
        " reporting that African mercenaries are shooting. ZIMBABWE, 3:53 p.m. ET: Zimbabwe isn't part of either."
    )
    assert strip_update_stamps(place)[0] == (
        "He spoke on state TV. A formerly pro-government newspaper in Libya is reporting that African mercenaries are"
        " shooting. Zimbabwe isn't part of either."
    )
    # two sentences opening on a year are no live page
    years = "The fault broke in 1751. 1860 saw another quake. 1946 Dominican Republic quake killed 2,550."
    assert strip_update_stamps(years) == (years, [])


def test_player_notices_and_closing_credits_are_not_article_text():
    """Sentences of Timeline17 dev pages (haiti_bbc, LibyaWar_cnn) that briefs of fresh exports showed as facts
    across 3-4 sources; a quotation the splitter glued before a credit stays."""
    paragraphs = [
        [
            "Can not play media.",
            "Sorry, this media is not available in your territory.",
            "A huge earthquake has hit the island of Haiti.",
            "To play this content JavaScript must be turned on and the latest Flash player installed.",
        ],
        [
            "CNN's Alan Silverleib contributed to this story.",
            '"Anyone with money can break these sanctions." CNN\'s Richard Roth and Joe Vaccarello contributed to this'
            " report.",
            "Officials said the unit contributed to this report's findings on torture.",
        ],
    ]
    kept, removed = drop_sentence_furniture(paragraphs)
    assert kept == [
        ["A huge earthquake has hit the island of Haiti."],
        [
            '"Anyone with money can break these sanctions."',
            "Officials said the unit contributed to this report's findings on torture.",
        ],
    ]
    assert [r.rule for r in removed] == ["player_notice"] * 3 + ["contributor_credit"] * 2


@pytest.mark.parametrize(
    "sentence",
    [
        "The BBC talks to people in Mexico City about the flu outbreak.",  # H1N1_bbc 156, a summary line of a brief
        "The BBC's Lorna Gordon reports from Glasgow.",  # H1N1_bbc
        "CNN's Reza Sayah reports from Islamabad, Pakistan, on the violence.",  # LibyaWar_cnn
        "Matthew Price reports from a hospital Haiti, speaking to those sleeping amongst the dead outside the"
        " overcrowded hospital.",  # haiti_bbc
        "Watch: Delta Airlines tells CNN it will have a flight departing Cairo on Saturday.",  # EgyptianProtest_cnn
        # LibyaWar_cnn 395's related videos, the first summary line of a brief
        "CNN's Ben Wedeman discusses the significance of Saif al-Islam Gadhafi's capture.",
        "Elisabeth Byrs, a UN spokesperson in Geneva, discusses how its workers are coping.",  # haiti_bbc 632
        "The Guardian's Chris McGreal describes a father's terrifying ordeal.",  # H1N1_guardian 119
        "CNN's Mohammed Jamjoom reports what the Yemeni government doesn't want anyone to see.",  # LibyaWar_cnn 13
        "CNN.com Live has the latest from Capitol Hill and around the globe today.",  # EgyptianProtest_cnn 126
    ],
)
def test_a_clips_caption_is_not_article_text(sentence: str) -> None:
    kept, removed = drop_sentence_furniture([[sentence, "A huge earthquake has hit the island of Haiti."]])
    assert kept == [["A huge earthquake has hit the island of Haiti."]]
    assert [r.rule for r in removed] == ["clip_caption"]


@pytest.mark.parametrize(
    "sentence",
    [
        # reports as a noun, a reporter's line inside the article, a reporter quoted, news of a conversation
        "Unconfirmed reports from activists in Syria say troops and tanks are now making their way to Idlib.",
        "Health experts want to know why some people become so seriously ill, the BBC's Imogen Foulkes reports from"
        " Switzerland.",
        'CNN\'s Nima Elbagir reports from Mogadishu: "Tens of thousands of people fled the Somali capital."',
        "The White House said Obama spoke to Mexican President Felipe Calderon on Saturday about the virus.",
        "Farrell routinely reports from Pakistan, Afghanistan and Iraq.",
        # the verbs a caption opens with, in prose: "describes … as", a one-word subject, a "that"-clause
        "Mr Johnson describes the outbreak as a serious threat to public health.",
        "Obama discusses the situation in Egypt with his national security team every morning.",
        "The WHO's Keiji Fukuda explains that the virus is spreading from person to person.",
        "Assistant agrarian technician Katja Meindl looks at some human saliva samples.",
    ],
)
def test_news_about_reporting_and_talks_is_kept(sentence: str) -> None:
    assert drop_sentence_furniture([[sentence]]) == ([[sentence]], [])


def _t17_record(topic: str, record_id: str) -> RawDocument:
    record = next(
        r
        for r in read_jsonl(EVAL / "timelines" / "t17" / "dev" / topic / "articles.jsonl.gz")
        if str(r["id"]) == record_id
    )
    return RawDocument(path=f"{topic}:{record_id}", text=record["text"])


@pytest.mark.parametrize(
    ("topic", "record_id", "teasers"), [("LibyaWar_cnn", "312", 9), ("EgyptianProtest_cnn", "137", 33)]
)
def test_a_page_listing_other_stories_teasers_is_no_article(topic: str, record_id: str, teasers: int) -> None:
    """CNN topic pages in Timeline17: "S. African president: Gadhafi accepts terms of agreement updated: Sun Apr 10 2011
    18:58:00 Embattled Libyan leader …", one teaser after another, each its own page's news. Read as an article, their
    "on Friday"s were dated from the listing's day and gave false date conflicts in the LibyaWar_cnn brief."""
    rejected = clean_record(_t17_record(topic, record_id))
    assert isinstance(rejected, Rejection)
    assert rejected.reason == f"a listing of other stories ({teasers} teasers stamped 'updated: …'), not an article"


def test_an_article_with_its_own_update_stamp_is_kept() -> None:
    """One stamp is the article's own: the article is kept and the stamp cut off its lead (``glue``)."""
    text = (
        "Libyan opposition lays out conditions for cease-fire updated: Fri Apr 01 2011 21:00:00 Battles raged in Libya"
        " on Friday as mixed messages of peace brought no guarantees of an end to the conflict. Rebels said they would"
        " accept a cease-fire if government forces left the cities."
    )
    article = clean_record(RawDocument(path="one-stamp.txt", text=text))
    assert isinstance(article, Article)
    assert (
        article.sentences[-1].text == "Rebels said they would accept a cease-fire if government forces left the cities."
    )
