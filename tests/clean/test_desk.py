"""Page furniture that reached H1N1_guardian's brief as facts: bullets spelled "cents" glued into the list items (cut
while cleaning, clean.document v19), and a live blog's handovers, helplines and a market-data footer's legal notices
(withheld from the brief, align.reader_address v8), an appeal's phone line cut off the sentence glued after it
(clean.document v19). The pages are Timeline17 dev's."""

from __future__ import annotations

import pytest

from newsdesk.align.units import nonstatements, states_nothing
from newsdesk.clean.desk import has_phone_number, is_desk_note, split_phone_lines
from newsdesk.clean.normalize import repair_bullets

from .pages import clean_page


def test_a_bullet_spelled_cents_becomes_the_line_break_it_stood_for() -> None:
    page = clean_page("H1N1_guardian", "375")  # "The worst affected are; cents Mexico: … cents US: 2 deaths, …"
    sentences = [s.text for s in page.sentences]
    assert "US: 2 deaths, 279 confirmed cases." in sentences
    assert "Mexico: 101 estimated deaths (25 confirmed), 590 confirmed cases." in sentences
    assert not any(" cents " in f" {s} " for s in sentences)


@pytest.mark.parametrize(
    "text",
    [
        "The price retreated 81 cents to $91.38 a barrel.",  # EgyptianProtest_cnn
        "A meal costs about 12 US cents. But still many can not afford it.",  # haiti_bbc
        "He arrived with ten cents To his name.",  # a number word before it: a price
        "in need of your 2 cents. Post a comment below",
    ],
)
def test_a_price_in_cents_is_kept(text: str) -> None:
    assert repair_bullets(text) == text


@pytest.mark.parametrize(
    ("page", "note"),
    [
        ("519", "Daniel Nasaw in Washington, taking over."),
        ("604", "Daniel Nasaw here in Washington, taking over."),
        ("239", "That's it from me, my Washington-based colleague, Daniel Nasaw, will be taking over the blog"),
        ("330", "The government's swine flu information line is 08001513513."),
    ],
)
def test_a_live_blogs_handovers_and_helpline_are_withheld(page: str, note: str) -> None:
    article = clean_page("H1N1_guardian", page)
    held = {i for _, i in nonstatements([article])}
    found = [s for s in article.sentences if s.text.startswith(note)]
    assert found and all(s.i in held for s in found)


def test_a_market_data_footers_legal_notices_are_withheld() -> None:
    article = clean_page("EgyptianProtest_cnn", "12")
    notices = [s for s in article.sentences if "Disclaimer" in s.text or "its licensors" in s.text]
    assert len(notices) == 3 and all(states_nothing(s.text) for s in notices)


@pytest.mark.parametrize(
    "text",
    [
        "Many said they were happy with the military council taking over.",  # EgyptianProtest_cnn: news
        "The #2m figure for online giving was hit at around 0800 GMT on Friday.",  # haiti_bbc: a clock time
        "Send your pictures to yourpics@bbc.co.uk or text them to 61124.",  # a short code (a call: withheld anyway)
        "The toll rose to 1,000,000 people.",
        '"Call 08001513513," the minister said.',  # a speaker's words
        "Market makers said the disclaimer in the prospectus was routine.",  # "disclaimer" as a word of news
    ],
)
def test_news_and_quotations_are_no_desk_notes(text: str) -> None:
    assert not is_desk_note(text)


@pytest.mark.parametrize(
    "number", ["08001513513", "08454 24 24 24", "0370 60 60 900", "1-888-407-4747", "+447725100100"]
)
def test_phone_numbers_are_found(number: str) -> None:
    assert has_phone_number(f"Call {number} for advice.")


def test_an_appeals_phone_line_is_cut_off_the_sentence_glued_after_it() -> None:
    """haiti_bbc: the DEC appeal's box runs its last line into the text; the line is withheld, the sentence kept."""
    article = clean_page("haiti_bbc", "340")
    line = next(s for s in article.sentences if s.text.endswith("or by telephoning 0370 60 60 900"))
    after = article.sentences[line.i + 1].text
    assert after.startswith("British Red Cross staff and volunteers have distributed kitchen")
    assert states_nothing(line.text) and not states_nothing(after)


@pytest.mark.parametrize(
    "sentence",
    [
        "For families concerned, call 1-888-407-4747 toll-free in the United States and Canada.",  # runs on
        "Islanders seeking advice should call a special helpline set up on 01534 445566.",
    ],
)
def test_a_phone_number_inside_its_sentence_cuts_nothing(sentence: str) -> None:
    assert split_phone_lines(sentence) == [sentence]
