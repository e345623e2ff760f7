"""Headlines ending on a particle, a place adverb or an object pronoun (``clause_ends``), on Timeline17 dev pages."""

from __future__ import annotations

import pytest

from newsdesk.clean.glue import split_glued

from .pages import clean_page


@pytest.mark.parametrize(
    ("folder", "page", "head", "lead"),
    [
        (  # a related story's headline ending on a phrasal verb's particle
            "haiti_bbc",
            "1550",
            "Haiti earthquake rescue operation declared over",
            "A 23-year-old man has been pulled alive from the rubble of a ruined hotel in Haiti's capital",
        ),
        ("LibyaWar_cnn", "142", "Yemen's president agrees to step down", "The only guard who survived was shot"),
        ("SyrianCrisis_bbc", "11", "and authorities cracked down", 'He condemned "in the strongest possible terms"'),
        (  # a pull quote ending on an object pronoun
            "H1N1_bbc",
            "682",
            "rather than sit on it",
            "They are now in a much better position than they were 10 years ago",
        ),
        # v16 (``clause_ends.particle_cuts``): the lead opens with an ordinary word of the page
        ("LibyaWar_cnn", "342", "Alleged Libyan rape victim speaks out", "Facing threats, al-Obeidy speaks out"),
        ("SyrianCrisis_bbc", "279", "he has no intention to step down", "End to the 48-year-old emergency law"),
        ("haiti_bbc", "1302", "rescue operation declared over", "Humanitarian relief is being scaled up"),
        ("haiti_bbc", "177", "The volunteer asks for more information and verifies it", "Aid agencies can take"),
        ("LibyaWar_cnn", "224", "and why this matters to us", "Mindful of the risks and costs of military action"),
    ],
)
def test_a_headline_ending_on_a_particle_or_a_pronoun_is_cut_off_the_lead(
    folder: str, page: str, head: str, lead: str
) -> None:
    """v14 (``clause_ends``): a particle, a place adverb or an object pronoun ends a headline's clause; v16 before an
    ordinary word too."""
    sentences = [s.text for s in clean_page(folder, page).sentences]
    at = next(i for i, s in enumerate(sentences) if s.endswith(head))
    assert sentences[at + 1].startswith(lead)


@pytest.mark.parametrize(
    "sentence",
    [
        # Timeline17 dev: after a preposition, an article or a verb, "A" is a letter, a grade or a title's
        '"We need someone who can get from A to B to C in a very effective manner and bureaucrats are very good at'
        ' that," said Jesper Koll, director of equities research at JPMorgan in Tokyo.',
        "I thought that both President Obama and Bill O'Reilly deserved an A plus.",
        "Stephen Keppel, an expert on Haiti at the Economist Intelligence Unit, and Ian Thomson, author of A journey"
        " through Haiti, discuss how the country can recover.",
        "that was A bolt from the blue because pan was empty...",
        # an operator before a word that is no subject pronoun runs on in title case (EgyptianProtest_cnn)
        "Leave your questions below... So Glad You stayed safe,, You did A wonderful Job",
        # a capitalised "He" for God (haiti_bbc)
        "And if you have a belief in an all powerful, all loving God, such disasters immediately raise the question of"
        " why He allows such things to happen.",
    ],
)
def test_a_letter_or_a_title_after_a_function_word_stays_whole(sentence: str) -> None:
    assert split_glued(sentence) == [sentence]


@pytest.mark.parametrize(
    ("folder", "page", "text"),
    [
        # a phrasal verb's object: a compass word is a name's ("Western powers")
        ("LibyaWar_reuters", "114", "He has brushed off Western economic sanctions"),
        ("SyrianCrisis_reuters", "347", "stepped up Western calls on Libyan leader Muammar Gaddafi to quit"),
        # a label read out, no statement
        ("EgyptianProtest_cnn", "189", "it says, right there Made in the USA."),
    ],
)
def test_a_particle_before_a_name_or_a_label_runs_on(folder: str, page: str, text: str) -> None:
    sentences = [s.text for s in clean_page(folder, page).sentences]
    assert any(text in s for s in sentences)
