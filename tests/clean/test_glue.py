"""Headlines and captions glued to the next sentence, on Timeline17 dev's BBC pages (text flattened from HTML)."""

from __future__ import annotations

import pytest

from newsdesk.align.units import is_unfinished, states_nothing
from newsdesk.clean.glue import split_glued
from newsdesk.clean.sentences import split_sentences
from newsdesk.evaluate.timeline import load_articles

from ..conftest import EVAL

# haiti_bbc: a related story's headline, then the article's lead
HEADLINE = (
    "Haiti devastated by massive quake Thousands of people are feared dead after a powerful earthquake hit the "
    "Caribbean nation of Haiti, devastating the country's capital."
)
# H1N1_bbc: a photo caption, then the lead
CAPTION = (
    "Face masks are handed out, while the head of the WHO voices concern A new flu virus suspected of killing as "
    "many as 81 people in Mexico has the potential to become a pandemic, the World Health Organization's chief says."
)


def test_a_headline_is_cut_off_the_lead_it_runs_into() -> None:
    assert split_glued(HEADLINE) == [
        "Haiti devastated by massive quake",
        "Thousands of people are feared dead after a powerful earthquake hit the Caribbean nation of Haiti, "
        "devastating the country's capital.",
    ]
    head, lead = split_glued(CAPTION)
    assert head.endswith("voices concern") and lead.startswith("A new flu virus suspected")


def test_the_sentence_splitter_cuts_glued_headlines() -> None:
    assert split_sentences(HEADLINE) == split_glued(HEADLINE)


@pytest.mark.parametrize(
    "sentence",
    [
        # H1N1_bbc: a capital letter naming a virus type is no sentence opener
        "Swine flu is a respiratory disease, caused by influenza type A which infects pigs.",
        # titles and names open with a capitalised word too
        "The minister told The Associated Press that the border would stay closed for another week.",
        "Critics of the film called The Hurt Locker praised its director on Sunday night.",
        # after a function word the capital is a title's: no cut
        "The banner in the square read the Hundreds to Thousands who were killed must be remembered.",
        # a cut inside a quotation would split the speaker's words
        'The sign read "we will stay until the end The regime must go" and was held by students.',
    ],
)
def test_names_titles_and_quotations_stay_whole(sentence: str) -> None:
    assert split_glued(sentence) == [sentence]


def test_no_glued_headline_is_left_in_the_bbc_haiti_pages() -> None:
    articles = load_articles(EVAL / "timelines" / "t17" / "dev" / "haiti_bbc", limit=60)
    texts = [s.text for a in articles for s in a.sentences]
    assert "Haiti devastated by massive quake" in texts
    assert not any("quake Thousands of people" in t for t in texts)


@pytest.mark.parametrize(
    ("line", "unfinished"),
    [
        ("Haiti devastated by massive quake", True),  # the headline cut off above
        ("Advert warns about the dangers of swine flu", True),  # H1N1_bbc: a video's caption
        ("An ultra-low latency infrastructure for electronic trading and data distribution", True),  # Reuters promo
        ("Blinken is expected to travel to Egypt and Qatar for further talks.", False),  # seed 002
        # LibyaWar_reuters, EgyptianProtest_cnn: a list's bullet mark after the end mark is no word
        ('"We will fight until the last man and last woman to defend Libya from east to west." *', False),
        ('"We went out today and we were ready to die so our children can live with dignity." --', False),
        ("Is there a vaccine?", False),  # a question: withheld as one, not as unfinished
    ],
)
def test_a_line_with_no_end_mark_states_nothing(line: str, unfinished: bool) -> None:
    assert is_unfinished(line) is unfinished
    if unfinished:
        assert states_nothing(line)
