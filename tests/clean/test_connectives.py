"""A caption or headline glued before a lead opening with a connective adverb and its comma (clean.document v22).
The pages are Timeline17 dev's; on v21 the page cases fail (caption and lead are one sentence)."""

from __future__ import annotations

import pytest

from newsdesk.clean.glue import split_glued

from .pages import clean_page


@pytest.mark.parametrize(
    ("folder", "page", "head", "lead"),
    [
        (
            "SyrianCrisis_bbc",
            "251",
            "Syrian forces have sought for months to quell anti-government protests",
            "However, the allegations can not be independently verified because the Syrian government has banned most"
            " foreign journalists from entering the country.",
        ),
        (
            "SyrianCrisis_bbc",
            "244",
            "Authorities to respect freedom of association and the right to demonstrate peacefully",
            "However, the Syrian opposition, the US and many regional countries have expressed scepticism that Syria is"
            " committed to the plan.",
        ),
        (
            "EgyptianProtest_cnn",
            "33",
            "Reporting in Cairo by Twitter",
            'Meanwhile, in Washington, U.S. Secretary of State Hillary Clinton condemned the attacks Thursday, "in the'
            ' strongest possible terms."',
        ),
    ],
)
def test_a_head_is_cut_off_a_lead_opening_with_a_connective(folder: str, page: str, head: str, lead: str) -> None:
    sentences = [s.text for s in clean_page(folder, page).sentences]
    assert lead in sentences
    assert not any(s.startswith(head) and s != head for s in sentences)


@pytest.mark.parametrize(
    "sentence",
    [
        "The ministers met in Geneva and however, they said, no deal was near.",  # lower case: running text
        "He wrote in the However, Therefore and Thus column of the school paper for years.",  # after a function word
        'He said: "we have tried for months Meanwhile, the shelling goes on" before he left the room.',  # quoted
        "Officials said the talks would resume However the rebels rejected the plan outright on Monday.",  # no comma
    ],
)
def test_a_connective_in_running_text_or_quoted_stays(sentence: str) -> None:
    assert split_glued(sentence) == [sentence]
