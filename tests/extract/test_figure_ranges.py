"""A range is one figure (extract.figures.v7, v8), on sentences of Timeline17 dev, DUC 2004 dev and the extraction
dev pages."""

from __future__ import annotations

import pytest

from newsdesk.extract import find_figures
from newsdesk.extract.figure_ranges import range_values
from newsdesk.extract.nlp import load_nlp
from newsdesk.model import Article, Figure, Sentence


def _figures(text: str) -> tuple[Figure, ...]:
    article = Article(id="t", path="t.txt", text=text, sentences=(Sentence(0, 0, len(text), text),))
    return find_figures(article, load_nlp()(text))


@pytest.mark.parametrize(
    ("text", "figure", "low", "high", "label"),
    [
        # v6 kept only "seven days": spaCy tags the whole phrase a DATE, and the low end went with the dates
        (
            'Dr Shah says estimating how long people can survive without water is the "million dollar question", '
            "but that the average is between three and seven days.",
            "between three and seven days",
            3,
            7,
            None,
        ),
        # v6: 2 and 3,000 (the low end takes the high end's scale)
        (
            "World Food Program also said Wednesday that two to three million people across Afghanistan are likely "
            "to need extra food aid from September following drought and a poor wheat harvest this year.",
            "two to three million",
            2_000_000,
            3_000_000,
            "people",
        ),
        ("About 300 or 400 people were inside, police said.", "About 300 or 400", 300, 400, "people"),
        (
            "Its interior minister denied on Tuesday a report from Niger and French military sources that 200-250 "
            "Libyan army vehicles had arrived in Niger.",
            "200-250",
            200,
            250,
            "army vehicles",
        ),
        (
            "That leaves him with what most estimate to be some 10-12,000 loyal Libyan troops.",
            "some 10-12,000",
            10_000,
            12_000,
            None,
        ),
        # the low end says what both count when the high end does not ("between 8,500 and 30,000 Syrian refugees")
        (
            "The UN refugee agency (UNHCR) said on Friday that between 8,500 and 30,000 Syrian refugees had crossed "
            "into Lebanon in the previous 48 hours.",
            "between 8,500 and 30,000",
            8_500,
            30_000,
            "Syrian refugees crossed",
        ),
        (
            "Trapped victims dehydrate and die after about four-to-seven days, sooner if seriously injured.",
            "about four-to-seven days",
            4,
            7,
            None,
        ),
        # v8: a hyphen without spaces joins a range's ends after "from" too (v7: a change, so "4 days" alone; 250, 300)
        (
            "Normal flu has an incubation time of about 2 days which can stretch out from 1-4 days.",
            "1-4 days",
            1,
            4,
            None,
        ),
        (
            "Nilsson said they had several Swedish, Indian and Sudanese employees who had stayed in the country during "
            "the civil war, but total staff numbers in the country were down from around 250-300.",
            "around 250-300",
            250,
            300,
            None,
        ),
        # v8: a range inside one token: an en dash (v7: no figure), a scale's hyphen (v7: "$43" and "million")
        (
            "Similarly, another study in older adults showed that drinking 13–17 ounces (375–500 ml) of water 30 "
            "minutes before a meal significantly decreased hunger and calorie intake while increasing feelings of "
            "fullness during the day (9).",
            "13–17",
            13,
            17,
            "ounces",
        ),
        (
            "Ali Tarhouni, who heads the rebel national council's finance committee, said the rebels were spending "
            "between 50 million to 100 million Libyan dinars ($43 million-86 million) per day.",
            "$43 million-86 million",
            43_000_000,
            86_000_000,
            None,
        ),
    ],
)
def test_a_range_is_one_figure(text: str, figure: str, low: float, high: float, label: str | None) -> None:
    by_text = {f.text: f for f in _figures(text)}
    assert figure in by_text, sorted(by_text)
    found = by_text[figure]
    assert (found.value, found.high) == (low, high)
    if label:
        assert found.context is not None and found.context.startswith(label)
    # the low end is no figure of its own
    assert not [f for f in by_text.values() if f is not found and found.start <= f.start < found.end]


@pytest.mark.parametrize(
    "text",
    [
        # votes and scores are two sides' counts
        "The House, which is controlled by Republicans, voted 180-238 to reject the Republican measure to curb "
        "U.S. involvement in Libya.",
        "On a vote of 199-229, the House rejected the proposal to block defense funds in fiscal year 2012.",
        # a change, a date, a phone number, a mixed fraction
        "Its exports rose from 30 to 40 percent.",
        "The World Health Organisation raised the alert level on the H1N1 virus from phase 5 to 6.",
        "ahead of the June 23-24 ministerial meeting of the Organisation for Economic Cooperation and Development",
        "For more information see www.floridadetox.com or call Florida Detox at 1-888-775-2770.",
        "The Truth and Reconciliation Commission will release its final report on 2 1-2 years of investigation.",
        # "or" between values that are alternatives, not neighbours
        "contraventions (a fine of less than US$ 17 or 100 Egyptian pounds)",
        "available in vials containing 1 or 3 ml of transport medium",
    ],
)
def test_no_range(text: str) -> None:
    assert all(f.high is None for f in _figures(text))


@pytest.mark.parametrize(
    ("low", "high", "low_words", "high_words", "expected"),
    [
        (5, 600, ["5"], ["600"], (500, 600)),  # "5-600 refugees": five hundred
        (9, 10_000, ["9"], ["10,000"], (9_000, 10_000)),  # "9-10,000 troops"
        (10, 100, ["10"], ["100"], (10, 100)),  # "10 to 100 organisms"
        (1, 1500, ["1"], ["1500"], (1, 1500)),  # "1 to 1500": no decade fits
        (3, 1, ["3"], ["1"], None),  # "a 3-1 win"
    ],
)
def test_range_values_scale_the_low_end_as_writers_do(
    low: float, high: float, low_words: list[str], high_words: list[str], expected: tuple[float, float] | None
) -> None:
    assert range_values(low, high, low_words, high_words) == expected
