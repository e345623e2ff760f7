"""A broadcast transcript's turns are speech, not the reporter's written voice: the brief withholds them (as it
withholds questions and calls to the reader), on CNN's Timeline17 dev pages read as the product cleans them."""

from __future__ import annotations

from functools import cache

import pytest

from newsdesk.align.units import nonstatements, states_nothing
from newsdesk.clean.transcripts import speaker_label, transcript_turns
from newsdesk.evaluate.io import read_jsonl
from newsdesk.ingest.dates import parse_date
from newsdesk.model import Article, RawDocument
from newsdesk.pipeline import clean_record
from tests.conftest import EVAL

T17 = EVAL / "timelines" / "t17" / "dev"


@cache
def _page(topic: str, record_id: str) -> Article:
    """One Timeline17 record, cleaned as ``evaluate.timeline.load_articles`` cleans it."""
    for n, record in enumerate(read_jsonl(T17 / topic / "articles.jsonl.gz")):
        if str(record.get("id")) == record_id:
            raw = RawDocument(
                path=f"{topic}:{n + 1}",
                text=record["text"],
                external_id=record_id,
                published=parse_date(record.get("published") or ""),
            )
            article = clean_record(raw)
            assert isinstance(article, Article)
            return article
    raise AssertionError(f"no record {record_id} in {topic}")


def _withheld(article: Article) -> set[str]:
    return {s.text for s in article.sentences if (article.id, s.i) in nonstatements([article])}


@pytest.mark.parametrize(
    ("text", "label", "speaker"),
    [
        (
            "HILLARY CLINTON, SECRETARY OF STATE: Our assessment is that the Egyptian government is stable.",
            "HILLARY CLINTON, SECRETARY OF STATE",
            "CLINTON",
        ),
        ("JONAS: My commitment to myself when I was on my way to the hospital", "JONAS", "JONAS"),
        ("UNIDENTIFIED MALE (through translator): We want freedom.", "UNIDENTIFIED MALE (through translator)", "MALE"),
        ("SEN. JOHN MCCAIN (R), ARIZONA: I think it's time.", "SEN. JOHN MCCAIN (R), ARIZONA", "MCCAIN"),
        ("U.S. PRESIDENT BARACK OBAMA: This moment of volatility", "U.S. PRESIDENT BARACK OBAMA", "OBAMA"),
        (
            "RUSSIAN PRESIDENT DMITRY MEDVEDEV (TRANSLATED): What happened at Domodedovo shows that the airport lacked"
            " security.",
            "RUSSIAN PRESIDENT DMITRY MEDVEDEV (TRANSLATED)",
            "MEDVEDEV",
        ),
    ],
)
def test_speaker_labels(text: str, label: str, speaker: str) -> None:
    assert speaker_label(text) == (label, speaker)


@pytest.mark.parametrize(
    "text",
    [
        "Why prices are rising: Bad weather in Australia and Russia over the summer severely diminished wheat crops.",
        "Egypt TV: Police have established complete control in all areas.",  # lower case: a source, not a label
        "NEW: Libyan leader Moammar Gadhafi's forces launched airstrikes.",  # a live page's marker is one word
    ],
)
def test_prose_with_a_colon_opens_no_turn_of_a_transcript(text: str) -> None:
    label = speaker_label(text)
    assert label is None or label[0] == "NEW"


def test_a_show_transcript_is_withheld_turn_by_turn() -> None:
    """CNN's 'Connect the World' of 2011-01-25 (EgyptianProtest_cnn record 141): the guest's, the anchor's and the
    Secretary of State's lines were three of the brief's nine summary sentences before."""
    page = _page("EgyptianProtest_cnn", "141")
    turns = transcript_turns(page.sentences)
    assert len(turns) > 50
    assert {"ANDERSON", "ELBARADEI", "CLINTON"} <= {t.speaker for t in turns}
    withheld = _withheld(page)
    for spoken in (
        "HILLARY CLINTON, SECRETARY OF STATE: Our assessment is that the Egyptian government is stable.",
        "I -- I'm going to Egypt in the next few days.",  # an unlabelled sentence of ElBaradei's turn
        "Watch out for the State of the Union address later tonight.",  # the anchor's promo
    ):
        assert spoken in withheld, spoken
    header = page.sentences[0].text  # the show's listing, with the transcript notice: no statement either
    assert header.endswith("THIS IS A RUSH TRANSCRIPT.") and header in withheld


def test_a_student_news_transcript_is_withheld() -> None:
    """CNN Student News of 2011-01-26 (record 138): anchor, correspondent and guest each have turns."""
    page = _page("EgyptianProtest_cnn", "138")
    speakers = [t.speaker for t in transcript_turns(page.sentences)]
    assert speakers[0] == "AZUZ" and {"GUPTA", "JONAS"} <= set(speakers)
    withheld = _withheld(page)
    assert "So, I was about 13." in withheld  # Nick Jonas, unlabelled, after "NICK JONAS, JONAS BROTHERS: …"


def test_a_blogs_prose_above_a_transcript_stays_the_reporters() -> None:
    """CNN's Situation Room blog (EgyptianProtest_cnn record with the Shoukry interview): the blogger's intro above
    "FULL TRANSCRIPT: …" is a statement; the interview below it is speech."""
    page = next(
        _page("EgyptianProtest_cnn", str(r["id"]))
        for r in read_jsonl(T17 / "EgyptianProtest_cnn" / "articles.jsonl.gz")
        if str(r["text"]).startswith("Egyptian Ambassador to the U.S. Sameh Shoukry spoke with CNN")
    )
    withheld = _withheld(page)
    assert page.sentences[0].text.startswith("Egyptian Ambassador") and page.sentences[0].text not in withheld
    assert "Ambassador Shoukry, thanks very much for joining us." in withheld


def test_a_weather_aside_in_a_talk_show_is_withheld() -> None:
    """'In the Arena' of 2011-01-26 (record 277): the host's "Parents not too happy about it." was a top-20 fact."""
    page = _page("EgyptianProtest_cnn", "277")
    assert {"SPITZER", "BOEHNER"} <= {t.speaker for t in transcript_turns(page.sentences)}
    assert "Parents not too happy about it." in _withheld(page)


@pytest.mark.parametrize(
    ("record_id", "why"),
    [
        ("149", "a live page: its updates open with 'NEW:', one label however often"),
        ("276", "a list of regions ('MIDDLE EAST:', 'AFRICA:'): many labels, none twice"),
    ],
)
def test_pages_that_are_no_dialogue_are_no_transcript(record_id: str, why: str) -> None:
    page = _page("LibyaWar_cnn", record_id)
    assert any(speaker_label(s.text) for s in page.sentences), why
    assert transcript_turns(page.sentences) == [], why
    assert _withheld(page) == {s.text for s in page.sentences if states_nothing(s.text)}, why
