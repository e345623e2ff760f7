"""Sentence segmentation: titles spaCy's exceptions lack do not end a sentence."""

from __future__ import annotations

from newsdesk.clean.sentences import split_sentences

from .pages import clean_page


def test_military_titles_stay_inside_the_sentence() -> None:
    paragraph = (
        "Seeing the module up close, Lt. Col. Kent Rominger said it looked flawless. The crew's pilot, "
        "Maj. Frederick Sturckow, and Capt. Nancy Currie held it steady with the robot arm."
    )
    assert split_sentences(paragraph) == [
        "Seeing the module up close, Lt. Col. Kent Rominger said it looked flawless.",
        "The crew's pilot, Maj. Frederick Sturckow, and Capt. Nancy Currie held it steady with the robot arm.",
    ]


def test_number_abbreviation_keeps_its_number() -> None:
    assert split_sentences("The court cited Hospital District No. 2 v. Hyde. It ruled on Monday.") == [
        "The court cited Hospital District No. 2 v. Hyde.",
        "It ruled on Monday.",
    ]


def test_a_lower_case_no_still_ends_a_sentence() -> None:
    assert split_sentences("The answer was no. Then the talks ended.") == [
        "The answer was no.",
        "Then the talks ended.",
    ]


def test_an_opening_quote_starts_the_next_sentence(seed_articles) -> None:
    """Seed 000: the sentencizer left the opening quote of Herzog's words on the sentence before."""
    sentences = seed_articles["000"].sentences
    assert sentences[3].text == "Herzog reminded Blinken that Hamas is preventing an agreement."
    assert sentences[4].text.startswith('"We are surrounded by terror')
    assert split_sentences("He said: “We will win.” Then he left. She said: “No.") == [
        "He said: “We will win.”",
        "Then he left.",
        "She said: “No.",
    ]


def test_a_closing_quote_stays_with_its_sentence() -> None:
    assert split_sentences('He said "yes." Then he left.') == ['He said "yes."', "Then he left."]


def test_an_opening_bracket_starts_the_next_sentence() -> None:
    """A CNN live page (Timeline17 EgyptianProtest_cnn, 2011-01-28): each entry opens with "(Updated …)", and
    the bracket stayed behind on the entry before ("… as confirmed by CNN. (")."""
    paragraph = (
        "Here are the latest developments as confirmed by CNN. (Updated 5:16 p.m. (0016 in Egypt)) President "
        "Hosni Mubarak is expected to speak soon, state-run Nile TV reports. Mubarak has not made any public "
        "appearances today. (Updated 5:09 p.m. (0009 in Egypt)) It's just after midnight in Egypt."
    )
    sentences = split_sentences(paragraph)
    assert sentences[0] == "Here are the latest developments as confirmed by CNN."
    assert sentences[1].startswith("(Updated 5:16 p.m. (0016 in Egypt)) President Hosni Mubarak")
    assert sentences[2] == "Mubarak has not made any public appearances today."
    assert sentences[3].startswith("(Updated 5:09 p.m.")
    assert not any(s.endswith("(") for s in sentences)
    # a bracket inside a sentence, or one that closes it, stays where it is
    assert split_sentences("He left (at noon). Then (later) she came.") == [
        "He left (at noon).",
        "Then (later) she came.",
    ]


def test_an_ellipsis_before_a_capitalised_clause_ends_the_sentence() -> None:
    """H1N1_bbc 408: a reader's aside ran into the next sentence, and a brief's summary cited both as one line."""
    paragraph = (
        "Stock up on supplies just in case. You never know... Swine flu is a cause of concern to the world. Human"
        " Life value is much more important than any thing else on the planet earth."
    )
    assert split_sentences(paragraph) == [
        "Stock up on supplies just in case.",
        "You never know...",
        "Swine flu is a cause of concern to the world.",
        "Human Life value is much more important than any thing else on the planet earth.",
    ]
    # DUC 2004 writes the ellipsis apart; the curly one counts too
    assert split_sentences("Maybe you know how they are ... They maybe don't have their own identity.") == [
        "Maybe you know how they are ...",
        "They maybe don't have their own identity.",
    ]
    assert split_sentences("It was late… The regime is hoping it can wait.") == [
        "It was late…",
        "The regime is hoping it can wait.",
    ]


def test_an_ellipsis_before_a_name_or_a_lower_case_word_does_not() -> None:
    for paragraph in (
        "Where are the donations from... Hezbollah, Hamas, al-Queda, Iran... all those organizations?",  # haiti_bbc
        "The scale of devastation is extraordinary... the losses heartbreaking.",
        '"I\'ll go back to Misrata when I get better, God willing, and... Gadhafi and his gangs will be defeated."',
        # an extraction benchmark page: an ellipsis opening a quotation
        "“… Dan janganlah sekali-kali kebencianmu terhadap sesuatu kaum, mendorong kamu untuk berlaku tidak adil.",
    ):
        assert split_sentences(paragraph) == [paragraph]


def test_a_reuters_instrument_code_does_not_end_a_sentence() -> None:
    """Timeline17 SyrianCrisis_reuters 72: "(BX. N)" was cut at its full stop, and "N) has more than 1,300, a
    source close to the company said." was a summary line."""
    sentences = [s.text for s in clean_page("SyrianCrisis_reuters", "72").sentences]
    assert "Arch-rival Blackstone Group (BX. N) has more than 1,300, a source close to the company said." in sentences
    assert not any(s.startswith("N) ") for s in sentences)
    assert split_sentences("Shares of Deutsche Bank (DBKGn. DE) and Marriott (MAR.. N) fell. The index rose.") == [
        "Shares of Deutsche Bank (DBKGn. DE) and Marriott (MAR.. N) fell.",
        "The index rose.",
    ]
    # an enumeration's letter after a sentence ending on no code stays a sentence's opener
    assert split_sentences("The plan has three parts. A) Syria has long been a target.") == [
        "The plan has three parts.",
        "A) Syria has long been a target.",
    ]
