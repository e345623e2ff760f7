"""A transcript's turns of a guest are the guest's quotes; a host's or a correspondent's are not, on CNN's Timeline17
dev pages read as the product cleans them."""

from __future__ import annotations

from newsdesk.extract.press import story_press
from newsdesk.extract.turn_quotes import QUOTE_WORDS, story_turn_quotes, turn_quotes
from tests.conftest import t17_page

from .test_press import CONNECT_THE_WORLD, EGYPT, PARKER_SPITZER, _person

ENTITIES = (
    _person("Mohamed ElBaradei", "MOHAMED ELBARADEI", "ElBaradei"),
    _person("Hillary Clinton", "HILLARY CLINTON", "Clinton"),
    _person("John Boehner", "JOHN BOEHNER", "Boehner"),
    _person("Becky Anderson", "BECKY ANDERSON"),
    _person("Ben Wedeman", "BEN WEDEMAN"),
)


def test_a_guests_turns_are_the_guests_quotes() -> None:
    page = t17_page(EGYPT, CONNECT_THE_WORLD)
    quotes = list(turn_quotes(page, ENTITIES))
    elbaradei = [q for q in quotes if q.speaker == "Mohamed ElBaradei"]
    assert len(elbaradei) == 6  # his six turns of the interview
    # the turn's opening sentences up to QUOTE_WORDS words: three of its eleven
    assert elbaradei[0].text == (
        "I was stunned to hear, you know, Secretary Clinton saying that the Egyptian government is stable. And I asked"
        " myself, at what price is stability? Is it on the basis of 29 years of martial law?"
    )
    # at least one sentence, however long: "Because I've been, Becky, trying for a year … of the people." (45 words)
    assert len(elbaradei[1].text.split()) > QUOTE_WORDS and elbaradei[1].text.endswith("of the people.")
    assert page.text[elbaradei[0].speaker_span.start : elbaradei[0].speaker_span.end] == "MOHAMED ELBARADEI"
    assert any(page.text[q.speaker_span.start : q.speaker_span.end] == "ELBARADEI" for q in elbaradei)
    clinton = [q.text for q in quotes if q.speaker == "Hillary Clinton"]
    assert "Our assessment is that the Egyptian government is stable." in clinton
    assert all(page.text[q.start : q.end] == q.text and q.direct for q in quotes)


def test_the_host_and_the_correspondent_are_not_quoted_nor_an_unnamed_voice() -> None:
    speakers = {q.speaker for q in turn_quotes(t17_page(EGYPT, CONNECT_THE_WORLD), ENTITIES)}
    assert "Becky Anderson" not in speakers and "Ben Wedeman" not in speakers
    assert not any("Unidentified" in s or "UNIDENTIFIED" in s for s in speakers if s)


def test_a_turn_stops_before_the_host_cuts_in() -> None:
    texts = [q.text for q in turn_quotes(t17_page(EGYPT, PARKER_SPITZER), ENTITIES) if q.speaker == "John Boehner"]
    assert "I sent her a card yesterday." in texts  # "… yesterday. I -- SPITZER: We'll have a final thought …"
    assert not any("SPITZER:" in t or "PARKER:" in t for t in texts)
    assert not any(t.startswith("You can't raise") and len(t.split()) < 5 for t in texts)  # cut off: no statement


def test_the_story_press_is_quoted_on_no_page() -> None:
    pages = [t17_page(EGYPT, CONNECT_THE_WORLD), t17_page(EGYPT, PARKER_SPITZER)]
    press = story_press(pages, ENTITIES)
    speakers = {q.speaker for q in story_turn_quotes(pages, ENTITIES, press)}
    assert {"Mohamed ElBaradei", "John Boehner"} <= speakers
    assert not speakers & {r.name for r in press}
    # a speaker the story's press names (a host another page labels with a title) is not quoted on any page
    assert "Mohamed ElBaradei" not in {
        q.speaker for q in turn_quotes(pages[0], ENTITIES, frozenset({"mohamed elbaradei"}))
    }
