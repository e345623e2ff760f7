"""Heads glued to the text they stand over that reached haiti_bbc's brief (clean.document v20): a teller's label in
capitals, and a caption before a lead opening with its day. The pages are Timeline17 dev's; on v19 each of the page
tests fails (the label or caption and the text were one sentence)."""

from __future__ import annotations

import pytest

from newsdesk.align.units import states_nothing
from newsdesk.clean.captions import dated_lead_cuts, label_cut

from .pages import clean_page


def _sentences(page: str) -> list[str]:
    return [s.text for s in clean_page("haiti_bbc", page).sentences]


@pytest.mark.parametrize(
    ("page", "label", "text"),
    [
        ("1429", "SUSAN WESTWOOD, PORT AU PRINCE, HAITI", "I am a paediatric nurse working for an orphanage"),
        ("1316", "ISABELLE JEANSON, MEDICINS SANS FRONTIERES", "Yesterday I visited Trinite Hospital."),
        ("1253", "MARTIN HARRISON, WATER ENGINEER, HCJB GLOBAL", "Dr Eckehart Wolfe tends to the patient"),
        ("500", "MENDJI BAHINA SANON, 11-YEAR-OLD GIRL", "Mendji Bahina Sanon was pulled out after spending"),
        ("500", "JILLIAN THORP, US AID WORKER, AND HER HUSBAND, FRANK", "Frank Thorp, a US citizen in Haiti, says"),
    ],
)
def test_a_label_in_capitals_is_cut_off_the_account_it_heads(page: str, label: str, text: str) -> None:
    sentences = _sentences(page)
    assert label in sentences and states_nothing(label)
    assert any(s.startswith(text) for s in sentences)


@pytest.mark.parametrize(
    "sentence",
    [
        "NEW YORK, Jan 5 Stocks rose on Monday as investors bought banks.",  # a dateline ends on its comma
        "I BELIEVE THE cooporate effort of aid workers is the solution Thanks, for the support.",  # no parts
        'A.J. HAMMER, HOST "SHOWBIZ TONIGHT": You know what, I still haven\'t seen it?',  # a speaker's label
        "FULL POST Kelley Williams-Bolar is escorted through the Summit County, Ohio, jail.",  # one part
        "ANDERSON: You're back with CONNECT THE WORLD and the news.",
        "THIS IS A RUSH TRANSCRIPT.",
    ],
)
def test_capitals_that_are_no_label_over_a_text_stay(sentence: str) -> None:
    assert label_cut(sentence) is None


@pytest.mark.parametrize(
    ("page", "lead"),
    [
        ("500", "On Sunday, five days after the quake hit, American rescuers managed to save two children"),
        ("500", "Also on Sunday, crews rescued the UN's Danish civil affairs officer, Jens Kristensen,"),
        ("1302", "On Friday an 84-year-old woman was found in the wreckage of her home"),
        ("1124", "On Wednesday afternoon, the US Second Fleet announced"),
    ],
)
def test_a_lead_opening_with_its_day_is_cut_off_the_caption_before_it(page: str, lead: str) -> None:
    assert any(s.startswith(lead) for s in _sentences(page))


@pytest.mark.parametrize(
    "sentence",
    [
        "Rescuers worked on Sunday, five days after the quake hit.",  # running text writes "on"
        "He watched Born On The Fourth of July twice.",  # a title: no day's name after "On"
        "The vote, he said, was held and On Monday the results came.",  # after a function word
    ],
)
def test_a_day_in_running_text_is_no_lead(sentence: str) -> None:
    assert dated_lead_cuts(sentence) == []
