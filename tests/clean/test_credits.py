"""A photo credit run into the text after it (``clean.credits``), on Timeline17 dev pages."""

from __future__ import annotations

import pytest

from newsdesk.align.units import states_nothing
from newsdesk.clean.credits import split_credits

from .pages import clean_page


@pytest.mark.parametrize(
    ("folder", "page", "credit", "text"),
    [
        ("H1N1_guardian", "1194", "Photograph: Miguel Tovar/AP", "Health officials across the world scrambled"),
        ("H1N1_guardian", "599", "Photograph: Chaiwat Subprasom/Reuters", "Barack Obama caps his pen after signing"),
        ("H1N1_guardian", "192", "Photograph: PA", "Two Britons have now contracted swine flu within the UK"),
        ("H1N1_guardian", "81", "Photograph: AP", "Nine new cases of swine flu were confirmed in the UK today"),
        # v18: a reader's picture credited with a name only, before "I" or a function word
        ("haiti_bbc", "726", "Picture: Yael Talleyrand", "About 10,000 people in Jacmel lost their homes"),
        ("haiti_bbc", "882", "Photo: Frederic Dupoux", "I was in the mountains, in a suburb of Port-au-Prince"),
        # v18: a credit in brackets ends at its closing bracket
        (
            "haiti_bbc",
            "126",
            "Some homes on hillsides collapsed on to the ones below (Photo: American Red Cross)",
            "He said Haiti, the poorest country in the western hemisphere",
        ),
        ("H1N1_reuters", "1206", "(Photo: Japanese students wear masks in Tokyo/Toru Hanai)", "It isn't just"),
    ],
)
def test_a_photo_credit_is_cut_off_the_text_after_it(folder: str, page: str, credit: str, text: str) -> None:
    """v17: the credit ends on its agency; it is withheld (no end mark) and the text after it is a statement. v18: a
    credit naming the photographer only ends before "I" or a function word; one in brackets at its closing bracket."""
    sentences = [s.text for s in clean_page(folder, page).sentences]
    at = sentences.index(credit)
    assert sentences[at + 1].startswith(text)
    assert states_nothing(credit) and not states_nothing(sentences[at + 1])


def test_a_credit_ending_on_the_photographer_stays_whole() -> None:
    """No agency ends it, so where the name ends and the text starts is not known (H1N1_guardian 1163)."""
    sentence = (
        "Photograph: Reuters/Eliana Aponte Mexico City lowered its swine flu alert level from yellow to green late last"
        ' night as the mayor, Marcelo Ebrard, claimed residents could "relax" as there had been no new cases.'
    )
    assert split_credits(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        # Timeline17 dev: a caption opening on an article, a name running on into the text's name
        "Photo: A passenger walks past a temperature detection point for the control of H1N1 flu on arrival at Beijing"
        " Capital International Airport April 28, 2009.",
        "Photo: Northern Illinois field taken May 10 by Chris Stebbins.",
    ],
)
def test_a_caption_after_photo_stays_whole(sentence: str) -> None:
    assert split_credits(sentence) == [sentence]
