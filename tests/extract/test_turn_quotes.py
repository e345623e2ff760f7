"""A transcript's turns of a guest are the guest's quotes; a host's or a correspondent's are not, on CNN's Timeline17
dev pages read as the product cleans them."""

from __future__ import annotations

from newsdesk.extract.press import story_press
from newsdesk.extract.turn_quotes import QUOTE_WORDS, relayed_by_press, story_turn_quotes, turn_quotes
from newsdesk.model import Quote, Reporter
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


def test_quoted_words_in_a_correspondents_turn_are_not_the_correspondents() -> None:
    """Don Lemon's show of 28 January 2011: Lemon reads a protest sign, Nic Robertson a slogan, a protester quotes
    Mubarak ("He said, "I will change everything."") after "That was CNN's Nic Robertson."; the speaker rules gave
    the quoted words to the nearest persons, the two of the press."""
    page = t17_page(EGYPT, "189")

    def quote(i: int, words: str, speaker: str) -> Quote:
        sentence = page.sentences[i]
        start = page.text.index(words, sentence.start)
        return Quote(page.id, i, start, start + len(words), words, speaker)

    sign = quote(207, "U.S. 'aid' equals tear gas.", "Don Lemon")
    slogan = quote(135, "Mubarak, get out of the country.", "Nic Robertson")
    mubarak = quote(192, "I will change everything.", "Nic Robertson")
    guest = quote(204, page.sentences[204].text.split(": ", 1)[1].split()[0], "Mustafa Mazher")
    press = (
        Reporter("Don Lemon", "CNN anchor", (page.id,)),
        Reporter("Nic Robertson", "CNN correspondent", (page.id,)),
    )
    kept = relayed_by_press([sign, slogan, mubarak, guest], [page], press)
    assert [q.speaker for q in kept] == [None, None, None, "Mustafa Mazher"]
    assert relayed_by_press([sign], [page], ()) == (sign,)  # a story with no press keeps every speaker
