"""A BBC pull quote's "End Quote" name and title glued to the sentence after it (clean.document v24). The pages are
Timeline17 dev's SyrianCrisis_bbc; on v23 the page cases fail (the box's speaker and the news sentence are one)."""

from __future__ import annotations

import pytest

from newsdesk.clean.glue import split_glued

from .pages import clean_page


@pytest.mark.parametrize(
    ("page", "box", "lead"),
    [
        (  # the lead opens with a capitalised word after the title's last lower-case word; "former" modifies
            "50",
            'It is not the state of emergency that fires on people" End Quote Abdel Halim Khaddam Exiled former Syrian'
            " vice president",
            "Opposition activists have called for mass protests across the country after Friday prayers.",
        ),
        (  # after a title of capitalised words, an honorific opens the lead
            "153",
            'The population, particularly the wounded and sick, are bearing the brunt of the violence" End Quote'
            " Marianne Gasser International Committee of the Red Cross",
            "Mr Cameron has said Britain must be realistic about its capacity to intervene directly, insisting the"
            " situation was different to Libya.",
        ),
        (  # the quotation ended with its full stop: "End Quote" opens the sentence
            "2",
            "End Quote Samih Maayteh Jordanian government spokesman",
            "Security has been reinforced all along the border.",
        ),
    ],
)
def test_a_pull_quotes_speaker_is_cut_off_the_next_sentence(page: str, box: str, lead: str) -> None:
    sentences = [s.text for s in clean_page("SyrianCrisis_bbc", page).sentences]
    assert box in sentences
    assert lead in sentences


def test_a_closed_class_word_or_a_quotation_opens_the_lead() -> None:
    sentence = (
        'We are strong, we are not afraid of anybody" End Quote Alexei Vorobyov Political analyst Over the past 15'
        " years the same scenario has been played out three times."
    )
    assert split_glued(sentence) == [
        'We are strong, we are not afraid of anybody" End Quote Alexei Vorobyov Political analyst',
        "Over the past 15 years the same scenario has been played out three times.",
    ]
    quoted = (
        'It is time for the security council to make a clear statement" End Quote William Hague Foreign Secretary'
        ' "In the case of Libya there was a clear call from the Arab League for action."'
    )
    assert split_glued(quoted)[1] == '"In the case of Libya there was a clear call from the Arab League for action."'


@pytest.mark.parametrize(
    "sentence",
    [
        # a name and title of capitalised words before a name: nothing tells where the lead starts
        '(President Assad) must be aware that this is accountable" End Quote Ban Ki-moon UN Secretary General Syrian'
        " Defense Minister Ali Habib was among five Syrian officials targeted by asset freezes.",
        # a comma after the lower-case word: it is inside the lead ("Friday evening, Turkish …")
        'Turkey will decisively take the necessary steps" End Quote Recep Tayyip Erdogan Turkish Prime Minister'
        " Earlier on Friday evening, Turkish Prime Minister Recep Tayyip Erdogan held an emergency meeting.",
        # "End Quote" in running prose, after no closing quotation mark
        "The film's last scene is titled End Quote and the critics said it was the best of the year.",
    ],
)
def test_no_word_telling_the_lead_leaves_the_sentence_whole(sentence: str) -> None:
    assert split_glued(sentence) == [sentence]
