"""Each cleaning rule, on the seeds and on made-up variants; and article lines no rule may touch."""

from __future__ import annotations

import pytest

from newsdesk.clean.boilerplate import strip_boilerplate, strip_update_stamps


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
