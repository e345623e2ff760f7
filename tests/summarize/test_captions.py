"""A caption (a name and its apposition, no verb) states nothing: learned.v3 neither trims a sentence into one nor
offers one to the ILP. The sentences are Timeline17 dev pages' (BBC, CNN) and DUC 2004's."""

from __future__ import annotations

import pytest

from newsdesk.evaluate.timeline import load_articles
from newsdesk.summarize import DEFAULT_SUMMARIZER, get_summarizer
from newsdesk.summarize.citations import sentence_pool
from newsdesk.summarize.compressive import RULES
from newsdesk.summarize.learned import summarize_learned, summarize_learned_v2
from newsdesk.summarize.trim import is_caption, is_trim_of, trim
from tests.conftest import EVAL

T17 = EVAL / "timelines" / "t17" / "dev"
FUKUDA = (
    "But Dr Keiji Fukuda, acting assistant director general of the World Health Organization, said fluctuations were "
    "to be expected."
)


@pytest.mark.parametrize(
    "caption",
    [
        "Dr Keiji Fukuda, acting assistant director general of the World Health Organization.",
        "Kat Kinsman, a managing editor of CNN's Eatocracy.",
        "Andrew McGregor, director of Aberfoyle International Security.",
    ],
)
def test_a_name_and_its_apposition_is_a_caption(caption: str) -> None:
    assert is_caption(caption)


@pytest.mark.parametrize(
    "statement",
    [
        FUKUDA,
        "Mr Putin, an ally of Syria, called for more time to be given to the peace plan of envoy Kofi Annan.",
        "Last Friday, after 18 days of mass demonstrations in Egypt, Mubarak stepped down.",
        "Meanwhile, the virus spread to Spain.",  # one capitalised word: a connective
        "In Mexico City, schools closed for a week.",
        "Eton College, near Windsor, is currently closed for half-term.",
        "Chad Myers, we appreciate it.",  # a pronoun subject: a clause
        "I'm Fergus Walsh, the BBC's medical correspondent.",
        "Mohamed Mokhtar, a rebel fighter wounded in Wednesday's fighting, accused government troops.",
        "Hun Sen, 47, rejected the demand for talks in Beijing.",
    ],
)
def test_a_sentence_with_a_clause_is_no_caption(statement: str) -> None:
    assert not is_caption(statement)


def test_a_trailing_attribution_that_is_the_main_verb_stays() -> None:
    """v2's trim took "said fluctuations were to be expected" as an attribution and left the caption; v3's keeps it,
    and still cuts a trailing attribution after a whole clause."""
    assert trim(FUKUDA, RULES) == "Dr Keiji Fukuda, acting assistant director general of the World Health Organization."
    kept = trim(FUKUDA, RULES, captions=False)
    assert kept == FUKUDA.removeprefix("But ")
    assert is_trim_of(kept, FUKUDA) and not is_caption(kept)
    reported = "The virus had now reached 64 countries, the WHO's Dr Keiji Fukuda said."
    assert trim(reported, RULES, captions=False) == "The virus had now reached 64 countries."


def test_learned_v3_offers_no_caption_on_the_bbc_swine_flu_pages() -> None:
    """The H1N1 BBC pages that print the Fukuda sentence: v3's summary holds no caption, and v3 is the default."""
    articles = [a for a in load_articles(T17 / "H1N1_bbc") if "Keiji Fukuda, acting assistant" in a.text]
    assert len(articles) >= 2
    pool = sentence_pool(articles)
    assert any(is_caption(trim(s.text, RULES)) for _, s in pool)  # what v2 could choose
    assert not any(is_caption(trim(s.text, RULES, captions=False)) for _, s in pool)
    summary = summarize_learned(articles, 100)
    assert summary and not any(is_caption(s.text) for s in summary)
    assert summarize_learned_v2(articles, 100)  # still runs, captions allowed
    assert get_summarizer(DEFAULT_SUMMARIZER) is summarize_learned
