"""A photo credit run into the text after it (``clean.credits``), on H1N1_guardian pages of Timeline17 dev."""

from __future__ import annotations

import pytest

from newsdesk.align.units import states_nothing
from newsdesk.clean.credits import split_credits

from .pages import clean_page


@pytest.mark.parametrize(
    ("page", "credit", "text"),
    [
        ("1194", "Photograph: Miguel Tovar/AP", "Health officials across the world scrambled to contain the outbreak"),
        ("599", "Photograph: Chaiwat Subprasom/Reuters", "Barack Obama caps his pen after signing an executive order"),
        ("192", "Photograph: PA", "Two Britons have now contracted swine flu within the UK"),
        ("81", "Photograph: AP", "Nine new cases of swine flu were confirmed in the UK today"),
    ],
)
def test_a_photo_credit_is_cut_off_the_text_after_it(page: str, credit: str, text: str) -> None:
    """v17: the credit ends on its agency; it is withheld (no end mark) and the text after it is a statement."""
    sentences = [s.text for s in clean_page("H1N1_guardian", page).sentences]
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
