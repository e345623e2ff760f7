"""A call to action addressed to the reader ("Tell us your experiences by filling in the form below.") states no
fact, like a question; reported speech and quoted imperatives that merely contain "tell us" or "click" do."""

from __future__ import annotations

import pytest

from newsdesk.align.units import is_reader_address, states_nothing, story_units
from newsdesk.evaluate.timeline import load_articles
from tests.conftest import EVAL

T17 = EVAL / "timelines" / "t17" / "dev"


def _sentences(topic: str) -> list[str]:
    return [s.text for a in load_articles(T17 / topic) for s in a.sentences]


def _dropped_as_site_address(topic: str) -> list[str]:
    """What cleaning dropped as the page telling its reader how to use the site (``clean.address``, since
    ``clean.document.v4``): the rule here must still withhold it from text that was not cleaned so."""
    return [r.text for a in load_articles(T17 / topic) for r in a.removed if r.rule == "site_address"]


@pytest.mark.parametrize(
    ("topic", "furniture"),
    [
        ("H1N1_bbc", "Tell us your experiences by filling in the form below."),
        ("SyrianCrisis_bbc", "Send us your comments and experiences using the form below."),
        ("SyrianCrisis_bbc", "You can send us your views using the form below."),
        ("EgyptianProtest_cnn", "To read all of CNN's Egypt coverage in Arabic, click here."),
        ("LibyaWar_cnn", "For the latest from AC360 click here."),
        ("EgyptianProtest_cnn", "Share your photos with CNN iReport."),
        ("SyrianCrisis_bbc", "If you have a large file you can upload here."),
        ("SyrianCrisis_reuters", "For a complete list of exchanges and delays, please click here."),
        # v6: a broadcaster's promo for its shows and clips (four CNN pages' fact "across sources")
        ("LibyaWar_cnn", "Watch Anderson Cooper 360 weeknights 10pm ET."),
        ("EgyptianProtest_cnn", "Watch Zakaria's take on whether Egypt is a revolution or a revolt."),
        ("LibyaWar_cnn", "Tune in this Sunday at 10a."),
    ],
)
def test_timeline17_calls_to_action_are_withheld(topic: str, furniture: str) -> None:
    """Page furniture of the Timeline17 dev pages, read from the articles as the brief sees their sentences."""
    found = [t for t in _sentences(topic) + _dropped_as_site_address(topic) if t == furniture]
    assert found, f"{furniture!r} is no longer a sentence of {topic}"
    assert all(is_reader_address(t) for t in found)


@pytest.mark.parametrize(
    ("topic", "reported"),
    [
        # the reporter's subject tells, not the page; quotes are a speaker's
        (
            "SyrianCrisis_bbc",
            "When we talk to our relatives in Banyas, Homs and Talbiseh they tell us horrifying stories.",
        ),
        (
            "LibyaWar_reuters",
            'We have some contacts with the United States and they tell us they can start buying again," he said.',
        ),
        ("haiti_bbc", "The border guards tell us this has been the quietest day so far."),
        # "US" the country, not the outlet; a gerund subject, not an imperative
        ("haiti_bbc", "Other US ships are being deployed to Haiti, including the hospital ship USS Comfort."),
        # a blogger's figures before an aside: no call follows the condition on the reader
        ("H1N1_bbc", None),
    ],
)
def test_timeline17_reports_that_mention_the_reader_are_kept(topic: str, reported: str | None) -> None:
    sentences = _sentences(topic)
    if reported is None:
        reported = next(t for t in sentences if t.startswith("If you are keeping track of what's happening in the UK"))
        assert "43 more cases" in reported
    assert reported in sentences
    assert not is_reader_address(reported)


@pytest.mark.parametrize(
    "text",
    [
        '"We need to work with the global community to tell us the precautions that are needed to prevent the '
        'spread," Castelveter said.',
        "Officials tell us they are looking for the source of the outbreak.",
        "The WHO told us the virus had spread to 11 countries.",
        '"Stay at home," the minister said.',
        "“Send us your pictures,” the ministry urged residents.",
        "For more than a week, people have been marching through the streets of Egypt.",
        "For years the family lived here.",
        "Expressing your feelings was a bolt from the blue.",
        "You can see this young man being treated right here with some kind of wounds to his chest.",
        "Let us be clear about what happened.",
        # the end of "Human Rights Watch" cut off its name (SyrianCrisis_reuters), not a promo
        "Watch, which closely monitors the council, said it should recognize the UPR on Libya was a fraud.",
    ],
)
def test_reported_speech_and_quoted_imperatives_are_statements(text: str) -> None:
    assert not is_reader_address(text)


def test_calls_to_action_are_no_units_of_fact() -> None:
    """Alignment's units skip a call to action as they skip a question; the rest of each page stays. (The BBC's
    "Tell us your experiences by filling in the form below." is dropped while cleaning since ``clean.document.v4``;
    CNN's iReport plug names no site action and reaches alignment.)"""
    call = "Share your photos with CNN iReport."
    articles = [a for a in load_articles(T17 / "EgyptianProtest_cnn") if call in a.text]
    assert articles
    texts = {u.text for u in story_units(articles)}
    assert len(texts) > 20
    assert call not in texts


def test_a_forms_notice_on_the_readers_submissions_states_nothing() -> None:
    """SyrianCrisis_bbc: the notice under the "send us your pictures" box, on two pages of a 60-page export (too few
    for a site template), was a fact "across sources"."""
    sentences = _sentences("SyrianCrisis_bbc")
    notices = [
        "Your contact details will never be published.",
        "When sending us pictures, video or eyewitness accounts at no time should you endanger yourself or others, "
        "take any unnecessary risks or infringe any laws.",
    ]
    for notice in notices:
        assert notice in sentences
        assert states_nothing(notice)
    # the reader's comments reported as news are a statement
    assert not states_nothing("Some of your comments were read out in parliament on Tuesday.")
