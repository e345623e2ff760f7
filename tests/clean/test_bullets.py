"""A Reuters factbox's "*" bullets between a sentence and the next item (clean.document v21). The pages are
Timeline17 dev's; on v20 the page tests fail (a sentence ends on " *", a subhead runs into its first item)."""

from __future__ import annotations

import pytest

from newsdesk.clean.normalize import repair_bullets

from .pages import clean_page


def _sentences(folder: str, page: str) -> list[str]:
    return [s.text for s in clean_page(folder, page).sentences]


@pytest.mark.parametrize(
    ("folder", "page", "sentence"),
    [
        (
            "H1N1_reuters",
            "275",
            "In a normal flu season, about 36,000 people die in the United States, and 250,000 to 500,000 globally.",
        ),
        ("H1N1_reuters", "678", "Following are some facts about influenza vaccines."),
        (
            "LibyaWar_reuters",
            "135",
            "The ICC has no police force and has struggled in the past to have suspects arrested.",
        ),
        ("LibyaWar_reuters", "234", "It sold about 85 percent of its exports to Europe."),
    ],
)
def test_no_sentence_ends_on_the_next_items_bullet(folder: str, page: str, sentence: str) -> None:
    sentences = _sentences(folder, page)
    assert sentence in sentences
    assert not any(s.endswith(" *") for s in sentences)


def test_a_factbox_subhead_is_cut_off_its_first_item() -> None:
    sentences = _sentences("LibyaWar_reuters", "234")
    assert "FOREIGN OIL COMPANIES" in sentences
    assert any(s.startswith("Foreign oil firms, essential for the quick resumption of production") for s in sentences)


@pytest.mark.parametrize(
    "text",
    [
        "The fact is, we * don't * know where we will be with this issue in a week.",  # a reader's emphasis
        "Get over it; al Qaida has * NOTHING * to do with the popular rebellion in Libya.",
        "is the mortality rate of regular seasonal flu really * 98% * for those over 65?",
        "* Mexican government announces fatal swine flu outbreak * New mixture of viruses never seen before",
        "Aug 16 (Reuters) - * No secret talks with Gaddafi, says rebel council",
    ],
)
def test_other_asterisks_stay(text: str) -> None:
    assert repair_bullets(text) == text
