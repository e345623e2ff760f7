"""What the outlets say they could not verify, on Timeline17 dev pages read as the product cleans them."""

from __future__ import annotations

import pytest

from newsdesk.align.caveats import access_note, note_of, points_back, standalone_notes, stands_alone, story_caveats
from newsdesk.brief.assemble import withheld_sentences
from newsdesk.model import Citation
from tests.conftest import t17_page


@pytest.mark.parametrize(
    "sentence",
    [
        "CNN can not independently verify the claim.",
        "CNN was unable to independently verify that report.",
        "The report could not be independently verified.",
        "Video footage posted on a social media website overnight - which Reuters is unable to independently verify - "
        "shows yet more large protests across Syria.",
        "Warplanes were heard Friday over Ajdabiya, but CNN could not independently verify the rebel advance.",
        # v3: "immediately", an aside after the outlet, a second verb of the outlet, and the impersonal difficulty
        "CNN could not immediately confirm the report.",
        "CNN, however, could not immediately confirm reports.",
        "CNN was not able to witness the fighting and could not independently confirm reports of what was happening "
        "there on Tuesday.",
        "Not far away, rebels in Nalut said they were being aided by CIA agents, though this was impossible to verify.",
        "Syria has barred most independent media, making it hard to verify accounts by activists and authorities.",
        # v4: "not / rarely possible"
        "It was not possible to independently confirm the figures.",
        "Access to Syria has been severely restricted for international journalists and it is rarely possible to "
        "verify accounts by witnesses and activists.",
        # v5: the reporter's first person
        "Never having worked with the rebels, I could not confirm or deny Mohamed's claim.",
        "Another claim I could not independently confirm.",
    ],
)
def test_a_note_of_the_press(sentence: str) -> None:
    assert note_of(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        # officials' words, not the press's note
        "Some witnesses have accused pro-Gadhafi forces of firing on civilians from the air, but U.S. Defense "
        "Secretary Robert Gates and Michael Mullen, chairman of the Joint Chiefs of Staff, said Tuesday that these "
        "reports could not be confirmed.",
        "Though some witnesses have accused pro-Gadhafi forces of firing on civilians from the air, Gates and Michael "
        "Mullen, chairman of the Joint Chiefs of Staff, said they could not confirm the reports.",
        '"We can not confirm for sure if twitter.com is blocked," she said in a telephone interview early Tuesday.',
        "Up to 150 UN staff are still missing; the UN could not confirm that its top officials in Haiti were dead.",
        "The UN stopped estimating the death toll in Syria after it passed 5,400 in January, saying it was too "
        "difficult to confirm.",
        '"NATO takes any reports of civilian casualties very seriously, but exact details are hard to verify, as we '
        'have no reliable sources on the ground," she said.',
        # a speaker's first person, quoted; and a word that only starts with "I" is no subject
        "\"I can't verify if it's true or not, but all the Libyans who know me... know that I am the goodwill "
        'ambassador," she said.',
        "Iran could not confirm the reports.",
    ],
)
def test_no_note_of_the_press(sentence: str) -> None:
    assert note_of(sentence) is None


def test_a_note_of_its_own_qualifies_the_sentence_before_when_it_points_back() -> None:
    page = t17_page("LibyaWar_cnn", "335")  # "Gadhafi's government claims it has handed out more than a million …"
    [caveat] = story_caveats([page])
    assert caveat.note == Citation(page.id, 16) and caveat.claim == Citation(page.id, 15)
    assert "million weapons" in page.sentences[15].text
    generic = "CNN could not confirm reports for many areas in Libya."
    match = note_of(generic)
    assert match is not None and stands_alone(generic, match) and not points_back(generic, match)


def test_a_note_inside_a_claim_qualifies_that_sentence() -> None:
    page = t17_page("SyrianCrisis_bbc", "40")  # "The video, which can not be independently verified, shows …"
    [caveat] = story_caveats([page])
    assert caveat.note == caveat.claim == Citation(page.id, 23)
    assert (page.id, 23) not in standalone_notes([page])


def test_a_note_of_its_own_is_no_statement_of_the_brief() -> None:
    page = t17_page("LibyaWar_cnn", "194")  # "CNN could not confirm reports for many areas in Libya."
    caveats = {c.note.sentence: c for c in story_caveats([page])}
    assert caveats[6].claim is None and page.sentences[6].text.startswith("CNN could not confirm reports")
    assert (page.id, 6) in withheld_sentences([page])


@pytest.mark.parametrize(
    "sentence",
    [
        "Amateur video that could not be independently verified by Reuters - purportedly shows men defecting from the "
        "Syrian military - and promising to protect civilians.",
        "The video, which could not be independently verified by Reuters, comes as rights groups say at least 15 "
        "people have been killed in an assault on the city.",
    ],
)
def test_a_note_in_a_relative_clause_is_part_of_the_claim(sentence: str) -> None:
    match = note_of(sentence)
    assert match is not None and not stands_alone(sentence, match)


def test_a_note_on_the_press_access_is_listed_and_no_fact() -> None:
    """LibyaWar_cnn's stock lines on how CNN reported the uprising: a sourcing note, not news."""
    assert access_note("CNN has interviewed numerous witnesses by phone.") is True
    assert access_note("CNN has interviewed, however, numerous witnesses by phone.") is True
    assert (
        access_note(
            "The Libyan government maintains tight control on communications and has not responded to repeated "
            "requests from CNN for access to the country."
        )
        is True
    )
    # a clause of a claim: the sentence still reports violence
    assert (
        access_note(
            "Though CNN has not yet been granted access to report on the ground, there were several reports of "
            "violence Monday."
        )
        is False
    )
    assert access_note("CNN interviewed the rebels' spokesman in Benghazi on Monday.") is None
    assert access_note('"CNN has interviewed witnesses by phone," the anchor said.') is None


@pytest.mark.parametrize(
    ("sentence", "alone", "back"),
    [
        # the press's access is why: a note on no one claim, and no fact
        (
            "Syria has barred most international media from operating in the country, making it hard to verify reports "
            "from activists and officials.",
            True,
            False,
        ),
        (
            "Foreign media face severe restrictions on reporting in Syria, and it is hard to verify the claims "
            "of either side.",
            True,
            False,
        ),
        (
            "Assad has expelled Reuters correspondents and barred most independent media, making it impossible to "
            "verify such accounts.",
            True,
            True,
        ),
        # an official's account the sentence states, qualified by its own clause
        (
            "A Libyan government health official said 64 people had been killed in the Western bombardment overnight "
            "from Saturday to Sunday, but it was impossible to verify the report.",
            False,
            True,
        ),
        (
            "CNN has not been permitted to report from Libya and can not confirm information about the demonstrations.",
            True,
            False,
        ),
    ],
)
def test_which_claim_an_impersonal_or_second_verb_note_qualifies(sentence: str, alone: bool, back: bool) -> None:
    match = note_of(sentence)
    assert match is not None
    assert stands_alone(sentence, match) is alone
    assert points_back(sentence, match) is back


@pytest.mark.parametrize(
    ("record", "note", "claim"),
    [
        # "A formerly pro-government newspaper in Libya is reporting that African mercenaries …", then a background line
        ("13", "CNN could not immediately confirm the report.", "is reporting that African mercenaries"),
        # "Rebels, meanwhile, told CNN that they have taken …", then "The two sides have exchanged control …"
        ("387", "CNN could not independently verify the claim.", "told CNN that they have taken"),
    ],
)
def test_a_note_pointing_back_qualifies_the_nearest_sentence_that_reports(record: str, note: str, claim: str) -> None:
    page = t17_page("LibyaWar_cnn", record)
    [caveat] = [c for c in story_caveats([page]) if page.sentences[c.note.sentence].text == note]
    assert caveat.claim is not None and claim in page.sentences[caveat.claim.sentence].text
    assert caveat.claim.sentence < caveat.note.sentence - 1  # not the background line just before the note


def test_a_reporters_note_points_back_past_a_bare_reply() -> None:
    """CNN's essay from Tripoli: "He was fleeing to Tunisia … because Gadhafi's forces had opened fire …" comes before
    '"Mia mia?!" No, the man said.'; the note's claim is the fleeing man's account, not his reply."""
    page = t17_page("LibyaWar_cnn", "368")
    [caveat] = [c for c in story_caveats([page]) if page.sentences[c.note.sentence].text.startswith("Another claim I")]
    assert caveat.claim is not None
    assert page.sentences[caveat.claim.sentence].text.startswith("He was fleeing to Tunisia")
