"""A caption or headline ending on a lower-case word, glued before a lead opening with "The" and a name
(clean.document v23). The pages are Timeline17 dev's; on v22 the page cases fail (caption and lead are one sentence)."""

from __future__ import annotations

import pytest

from newsdesk.clean.glue import Vocabulary, split_glued

from .pages import clean_page


@pytest.mark.parametrize(
    ("folder", "page", "head", "lead"),
    [
        (
            "EgyptianProtest_cnn",
            "6",
            "Scary end to Nile cruise",
            "The Kelleys had been isolated on their cruise down the Nile.",
        ),
        (
            "EgyptianProtest_cnn",
            "105",
            "Internet access is back in at least parts of Egypt, CNN has confirmed",
            'The Egyptian defense ministry on Wednesday urged the youth to go back home, saying "your message is'
            ' received... your demands became known."',
        ),
        (
            "LibyaWar_cnn",
            "370",
            "Woman alleges rape by Gadhafi forces Marriage for woman allegedly raped",
            "The Libyan government said al-Obeidy has been freed and that a criminal case is underway.",
        ),
    ],
)
def test_a_head_is_cut_off_a_lead_opening_with_the_and_a_name(folder: str, page: str, head: str, lead: str) -> None:
    sentences = [s.text for s in clean_page(folder, page).sentences]
    assert lead in sentences
    assert head in sentences


@pytest.mark.parametrize(
    "sentence",
    [
        "The minister later told The Guardian newspaper that the talks had failed.",  # after a verb of saying
        "She appeared on a daytime show called The Talk on Monday to discuss the case.",  # a title introduced
        "He drew the maps for several fantasy novels, including The Eye of the World, the first book in the series.",
        "On Friday, respected medical journal The Lancet accused aid agencies of competing against each other.",
        "The minister was reported as saying The Libyan government was selling oil on the black market.",
        "The rebels said the city had fallen to The Libyan forces loyal to Gadhafi on Sunday.",  # after a function word
        'He said: "we watched the convoy arrive The Army was there" before he left.',  # inside a quotation
    ],
)
def test_a_title_or_quoted_text_stays(sentence: str) -> None:
    assert split_glued(sentence) == [sentence]


def test_a_name_the_page_writes_twice_stays() -> None:
    """ "The Hague" after a lower-case word twice on the page is a name; once, the same sentence is cut."""
    sentence = "The case was heard by judges sitting The Hague on Monday, the court said."
    assert split_glued(sentence, Vocabulary(sentence)) == [
        "The case was heard by judges sitting",
        "The Hague on Monday, the court said.",
    ]
    page = f"{sentence} Lawyers travelled to the court in The Hague again in May."
    assert split_glued(sentence, Vocabulary(page)) == [sentence]
