"""A headline opening with a kicker ("Swine flu: …") glued to a lead opening with an article and a name
(``clean.kickers``), on Timeline17 dev pages."""

from __future__ import annotations

import pytest

from newsdesk.clean.glue import Vocabulary, split_glued

from .pages import clean_page


@pytest.mark.parametrize(
    ("folder", "page", "head", "lead"),
    [
        (  # the timeline's day line of the H1N1_guardian brief under clean.document v16
            "H1N1_guardian",
            "519",
            "Swine flu: pandemic threat alert raised",
            "The British couple being treated for swine flu have been named",
        ),
        (
            "H1N1_guardian",
            "239",
            "Swine flu: how the latest strain spread around the world",
            "The WHO has brought forward its meeting on swine flu",
        ),
        (
            "SyrianCrisis_bbc",
            "222",
            "Syria crisis: Red Cross presses for humanitarian truce",
            "The Red Cross is the only international aid agency working in Syria",
        ),
        (
            "haiti_bbc",
            "315",
            "In depth: Haiti's humanitarian crisis",
            "The United Nations has described it as the worst humanitarian disaster",
        ),
        ("haiti_bbc", "519", "Haiti earthquake: not enough doctors", "A Medicins Sans Frontieres doctor operating"),
        # v18: a head ending on its attribution before "The" and a capitalised word
        ("SyrianCrisis_bbc", "148", "Syria: Aleppo is nail in Assad's coffin, says Panetta", "The Free Syrian Army"),
        ("SyrianCrisis_bbc", "224", "Syria crisis: Trapped civilians must be evacuated - UN", "The UN estimates"),
        # a head ending on a lower-case word before a name and a verb
        ("EgyptianProtest_cnn", "186", "Egypt protester: My life is in danger", "Mubarak was a Soviet-trained pilot"),
        (
            "EgyptianProtest_cnn",
            "187",
            "Obama: I told Mubarak he must deliver on his promises",
            "President Barack Obama spoke with Egypt's president",
        ),
        ("SyrianCrisis_bbc", "140", "Syria crisis: Obama rejects US military intervention", "Mr Obama said for the US"),
        ("SyrianCrisis_bbc", "16", "Syria: US warns of 'humanitarian crisis' over crackdown", "Turkey has said"),
        ("haiti_bbc", "820", "Haiti earthquake: Day by day", "Wismond Exantus was pulled from the ruins"),
    ],
)
def test_a_headline_with_a_kicker_is_cut_off_a_lead_opening_with_a_name(
    folder: str, page: str, head: str, lead: str
) -> None:
    """v17: after a kicker, a lower-case word ending the head before "The"/"A"/"An" and a capitalised word is a cut;
    v18: so is an attribution (", says Panetta", "- UN") there, and a lower-case word before a name and a verb."""
    sentences = [s.text for s in clean_page(folder, page).sentences]
    assert head in sentences
    assert sentences[sentences.index(head) + 1].startswith(lead)


@pytest.mark.parametrize(
    "sentence",
    [
        # Timeline17 dev: a possessive, a function word before the article
        "Professor James Connelly: This reminds me of Plato's The Ring of Gyges, where Plato asks: \"What would you do"
        ' if you put on a ring that made you invisible?"',
        "Serbia: Serbian prosecutors rejected the extradition appeal of alleged war criminal Radko Mladic (CBS) and"
        ' indicated he will be moved to The Hague\'s UN tribunal "as soon as possible."',
        "Photograph: Mike Clarke/AFP/Getty Images Since The World Health Organisation raised its swine flu pandemic"
        " alert to level five on 29 April, the outbreak has affected 41 countries.",
        # a verb taking a title as its object; a transcript's speaker in capitals
        "Update: the minister told The Associated Press that the border would stay closed until Friday.",
        "ZAKARIA: I think this is what people watched The Daily Show for in the first place.",
    ],
)
def test_a_title_after_a_kicker_stays_whole(sentence: str) -> None:
    assert split_glued(sentence) == [sentence]


@pytest.mark.parametrize(
    "sentence",
    [
        # Timeline17 dev: a name after a title, a participle, an infinitive; a speaker's words after the label
        "Syria crisis: 'Limited progress' on aid - Valerie Amos UN aid chief Valerie Amos says Baba Amr has been"
        ' "completely devastated"',
        "Daughter: Gadhafi is 'symbol, guide' Donilon: No decision on arming Libya Gadhafi has made clear he would not"
        " recognize the court's authority.",
        "Syria crisis: Red Cross still seeking to enter Baba Amr Activists have said those remaining in Baba Amr face a"
        " humanitarian catastrophe",
        "Zakaria: The way Gadhafi has been willing to slaughter his own people highlights what has always been a"
        " central feature of his reign.",
        "Zakaria: The implications of this will be substantial because Egypt is the heart and soul of the Arab world.",
        # PolNeAR dev (wash-post 2016-06-09): a relative clause after "the lead"
        "For context: Clinton's lead of nearly 400 pledged delegates is triple the lead Barack Obama had over Clinton"
        " when the 2008 primaries ended.",
    ],
)
def test_a_name_inside_a_kicker_sentence_stays_with_the_words_before_it(sentence: str) -> None:
    assert split_glued(sentence, Vocabulary(sentence)) == [sentence]
