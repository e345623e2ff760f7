"""A story's death toll is given once in its summary: haiti_bbc's gave it four times (Timeline17 dev), while one
event's count (a day named, another group, another place, a year gone by) is no repeat of the toll (session 17's count
rule took three such lines for repeats on held-out stories)."""

from __future__ import annotations

from datetime import date

import pytest

from newsdesk.summarize.tolls import death_toll, toll_repeats

# haiti_bbc's summary (summarize.lines.v1), in reading order, with its articles' days
HAITI = [
    ("The Red Cross says it estimates that up to 50,000 people have been killed.", date(2010, 1, 14)),
    ("Tens of thousands of people are feared to have died in the disaster.", date(2010, 1, 14)),
    ("EU aid to Haiti is channelled through the UN, which is co-ordinating the relief effort on the ground.", None),
    (
        "An estimated 1.5 million people were left homeless by the 7.0-magnitude quake, which killed as many as "
        "200,000.",
        date(2010, 1, 22),
    ),
    (
        "Haitian officials said the death toll from the quake was likely to be between 100,000 and 200,000, and that "
        "75,000 bodies had already been buried in mass graves.",
        date(2010, 1, 24),
    ),
]


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (HAITI[0][0], 50_000),
        (HAITI[1][0], 10_000),
        (HAITI[2][0], None),
        (HAITI[3][0], 200_000),
        (HAITI[4][0], 200_000),  # a range's upper end
        (
            "Thousands of people have been killed in Syria since the uprising began against President Assad in "
            "March 2011.",
            1_000,
        ),
        (
            "Military and security forces loyal to Gadhafi have killed more than 1,000 people, U.N. "
            "Secretary-General Ban Ki-Moon has estimated.",
            1_000,
        ),
        # one event's count, not the story's toll (SyrianCrisis_bbc, SyrianCrisis_reuters)
        (
            "The Syrian Observatory for Human Rights said seven people had been killed on Thursday, in Homs, "
            "Idlib and Deir al-Zour.",
            None,
        ),
        (
            "On Friday activists said security forces shot dead at least 11 people and wounded dozens when they "
            "fired to disperse protests in the cities of Deraa, Homs, Hama and the Damascus suburb of Erbin.",
            None,
        ),
        # another group than the people killed
        ("Mr Assad's government says at least 2,000 members of the security forces have been killed.", None),
        # suspected deaths confirmed is no toll of the killed (H1N1_guardian)
        ("Of the 101 suspected deaths from the virus in Mexico, 19 have been confirmed.", None),
        # a rate, a forecast, a magnitude (H1N1_bbc, haiti_bbc)
        (
            "The swine flu strain is a H1N1 virus, the same type as seasonal flu, and kills roughly 0.1% of "
            "those infected.",
            None,
        ),
        ("Official predictions here suggest the death toll in the UK could range between 50,000 and 750,000.", None),
        ("The official death toll from the 7.0-magnitude quake has risen to 110,000.", 110_000),
    ],
)
def test_the_death_toll_a_line_gives(text: str, toll: float | None) -> None:
    assert death_toll(text, date(2012, 1, 1)) == toll


def test_a_toll_of_years_before_the_report_is_history() -> None:
    text = "The last flu pandemic was in 1968 when Hong Kong flu killed about a million people."
    assert death_toll(text) == 1e6
    assert death_toll(text, date(2009, 4, 28)) is None


def test_the_last_reported_toll_stays() -> None:
    keys = [("haiti", n) for n in range(len(HAITI))]
    texts = {key: text for key, (text, _) in zip(keys, HAITI, strict=True)}
    assert toll_repeats(keys, texts, {"haiti": date(2010, 1, 24)}) == {0, 1, 3}  # one day: the highest stays
    texts = {("a", 0): HAITI[0][0], ("b", 0): HAITI[1][0], ("c", 0): HAITI[4][0]}
    published = {"a": date(2010, 1, 14), "b": date(2010, 1, 14), "c": date(2010, 1, 24)}
    assert toll_repeats([("a", 0), ("b", 0), ("c", 0)], texts, published) == {0, 1}
    # a toll revised down (H1N1_bbc): the later report stays
    texts = {
        ("a", 0): "Up to 169 people are believed to have died in the outbreak - all but one of them in Mexico.",
        ("b", 0): "Mexico has scaled back its death toll from 159 to 56, and precautions such as school closures seem "
        "to have slowed its spread.",
    }
    published = {"a": date(2009, 4, 30), "b": date(2009, 5, 8)}
    assert death_toll(texts[("b", 0)]) == 56
    assert toll_repeats([("a", 0), ("b", 0)], texts, published) == {0}


def test_a_toll_in_words_restates_a_figure() -> None:
    """SyrianCrisis_bbc: the later line says "Thousands", which does not revise the UN's 9,000."""
    texts = {
        ("a", 0): "The UN estimates more than 9,000 people have died in the year-long uprising against the rule of "
        "President Bashar al-Assad.",
        ("b", 0): "Thousands of people have been killed in Syria since the uprising began against President Assad in "
        "March 2011.",
    }
    published = {"a": date(2012, 4, 6), "b": date(2012, 7, 19)}
    assert toll_repeats([("a", 0), ("b", 0)], texts, published) == {1}


def test_tolls_of_two_places_are_two_counts() -> None:
    keys = [("a", 0), ("b", 0)]
    texts = {
        ("a", 0): "A new virus has killed up to 149 people in Mexico.",
        ("b", 0): "The 1918 flu killed more than 600,000 people in the United States alone.",
    }
    assert toll_repeats(keys, texts, {"a": None, "b": None}) == set()
    texts[("b", 0)] = "The new virus has killed at least 60 people in Mexico and infected more than 1,000."
    assert toll_repeats(keys, texts, {"a": None, "b": None}) == {1}
