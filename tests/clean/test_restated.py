"""A page's headline glued to a lead restating the name it opens with (clean.document v21). The pages are Timeline17
dev's haiti_bbc; on v20 each page test fails (the headline and the lead were one sentence)."""

from __future__ import annotations

import pytest

from newsdesk.align.units import states_nothing
from newsdesk.clean import clean_document
from newsdesk.clean.restated import restated_head_cut, split_restated_head
from newsdesk.model import RawDocument

from .pages import clean_page


def _sentences(page: str) -> list[str]:
    return [s.text for s in clean_page("haiti_bbc", page).sentences]


@pytest.mark.parametrize(
    ("page", "head", "lead"),
    [
        ("532", "Taylor Swift ready to help Haiti", "Taylor Swift is just one of loads celebs"),
        ("439", "Mariah Carey joins line-up for Haiti charity single", "Mariah Carey is the latest star"),
        ("709", "US troops land at Haiti's presidential palace", "US troops are stepping up aid operations"),
        ("586", "Simon Cowell signs stars for Haiti charity single", "Simon Cowell is in talks with other artists"),
        (
            "399",
            "Simon Cowell said he would be trying to get the record together in 48 hours",
            "Talent show mogul Simon Cowell has confirmed",
        ),
        (
            "275",
            "Clooney previously used his celebrity to highlight the Darfur crisis",
            "Hollywood actor George Clooney is to present a telethon",
        ),
    ],
)
def test_a_headline_restating_its_leads_name_is_cut_off_the_lead(page: str, head: str, lead: str) -> None:
    sentences = _sentences(page)
    assert sentences[0] == head and states_nothing(head)
    assert sentences[1].startswith(lead)


@pytest.mark.parametrize(
    "sentence",
    [
        # the name runs on from the text before its repeat: a first name and a title in capitals
        'Clinton has "mild allergies," not new flu U.S. Secretary of State Hillary Clinton has twice been to Mexico.',
        # a clause's comma in the head: running text
        "U.S. crude oil prices rose on Wednesday, snapping two days of losses, getting a lift from data showing U.S."
        " gasoline stockpiles plunged last week.",
        # an apposition after a comma
        "World Vision treating victims As the situation deteriorates, Milton Keynes-based charity World Vision is"
        " working hard.",
        # a preposition or a conjunction after the repeat: the name runs on
        "Hope for Haiti Now footage courtesy of MTV the two-hour Hope for Haiti telethon included Bono.",
        "U2 and Jay-Z record song for Haiti U2 and Jay-Z duetted in front of Berlin's Brandenburg Gate.",
        # after a function word or a reporting verb
        "Kofi Annan met the envoys who try to get Kofi Annan's plan in place and said Kofi Annan would go.",
        "Obama spoke to reporters and aides said Obama was tired.",
        # a sentence opening with a function word has no name to restate
        "The US says the US has sent troops.",
    ],
)
def test_a_name_said_again_in_running_text_is_no_cut(sentence: str) -> None:
    assert restated_head_cut(sentence) is None
    assert split_restated_head(sentence) == [sentence]


def test_only_the_documents_first_sentence_is_read() -> None:
    """A page's headline stands at its top: the same words further down are left as they are."""
    glued = "Taylor Swift ready to help Haiti Taylor Swift is just one of loads celebs getting ready to raise money."
    later = clean_document(RawDocument(path="t", text=f"The appeal raised money on Monday.\n\n{glued}"))
    assert [s.text for s in later.sentences] == ["The appeal raised money on Monday.", glued]
    first = clean_document(RawDocument(path="t", text=glued))
    assert first.sentences[0].text == "Taylor Swift ready to help Haiti"
