"""``extract.aliases.v7``: one referent listed once, two referents never merged by spelling, a town typed a place.

Sentences are Timeline17 dev text (SyrianCrisis_reuters, LibyaWar_cnn); the mentions carry the labels, and the titles,
the small spaCy model gave them in those stories (session 22), so the rules are tested on what the tagger really does.
Every test here fails on ``extract.aliases.v6``."""

from __future__ import annotations

from newsdesk.extract import story_entities
from newsdesk.extract.aliases import ALGORITHM
from newsdesk.extract.name_checks import office, office_title
from newsdesk.model import Entity

from .test_story_names import _by_name, _story


def _holding(entities: tuple[Entity, ...], alias: str) -> list[str]:
    """The names of the entities listing ``alias`` (or named so)."""
    return [e.name for e in entities if alias == e.name or alias in e.aliases]


_ASSAD = [
    (
        "President Bashar al-Assad has dismissed demands for reform in Syria, a country of 20 million people run by "
        "the Baath Party since a 1963 coup.",
        [("Bashar al-Assad", "PERSON"), ("Syria", "GPE"), ("Baath Party", "ORG")],
    ),
    (
        "Assad did appoint a cabinet at the end of 2001 packed with Western-trained technocrats in economic "
        "portfolios charged with developing a modern financial system to draw foreign investors.",
        [("Assad", "PERSON")],
    ),
    (
        "President Bashar al-Assad's security forces killed four civilians in demonstrations that erupted in the "
        "southern city of Deraa on Friday, uncorking the sharpest challenge yet to his 11-year-old rule.",
        [("Bashar al-Assad", "PERSON"), ("Deraa", "GPE")],
    ),
    (
        "Assad has always insisted that Damascus had no role in the blast which killed Hariri.",
        [("Assad", "PERSON"), ("Damascus", "GPE"), ("Hariri", "PERSON")],
    ),
    ("Syrian President Bashar Assad made the concession.", [("Syrian", "NORP"), ("Bashar Assad", "PERSON")]),
    (
        "Later Monday Assad fired defense minister Ali Habib and replaced him with chief of staff General Daoud Rajha.",
        [("Assad", "PERSON"), ("Ali Habib", "PERSON"), ("Daoud Rajha", "PERSON")],
    ),
]


def test_a_surname_is_its_full_name_with_or_without_the_arabic_article() -> None:
    """SyrianCrisis_reuters listed "Assad" (735 mentions) and "Bashar al Assad" (134) apart: "al-Assad" hid the
    surname from rule 3. The parse's title "Later Monday" is no office, so no alias."""
    assert ALGORITHM == "extract.aliases.v11"
    titles = {"Bashar al-Assad": "President", "Assad": "Later Monday", "Daoud Rajha": "General"}
    entities = story_entities(*_story(_ASSAD, titles))
    assert _holding(entities, "Assad") == _holding(entities, "Bashar Assad") == ["Bashar al-Assad"]
    assad = _by_name(entities)["Bashar al-Assad"]
    assert assad.mentions == 6 and assad.type == "PERSON" and "Later Monday" not in assad.aliases


def test_a_title_keeps_its_office_without_the_honorific_or_the_day() -> None:
    assert office_title("WHO Director General Dr") == "WHO Director General"
    assert office_title("President") == "President"
    assert not office("Later Monday", ()) and office("Secretary of State", ())


_UN = [
    ("The United Nations, France and the United States condemned the violence.",
     [("United Nations", "ORG"), ("France", "GPE"), ("United States", "GPE")]),
    ("The U.N. said it was pulling out its staff.", [("U.N.", "ORG")]),
    ("Before that, Freeland was deputy editor, Financial Times, in London, editor of FT.com, U.K. News editor, "
     "Moscow bureau chief and Eastern Europe correspondent.",
     [("Freeland", "ORG"), ("Financial Times", "ORG"), ("London", "GPE"), ("U.K. News", "ORG"), ("Moscow", "GPE"),
      ("Eastern Europe", "LOC")]),
    ('"However, a condemnation of Syrian actions by the U. N, Security Council has so far been thwarted by Russia, '
     'China and Lebanon," said David Wech from JBC Energy.',
     [("Syrian", "NORP"), ("U. N", "ORG"), ("Security Council", "ORG"), ("Russia", "GPE"), ("China", "GPE"),
      ("Lebanon", "GPE"), ("David Wech", "PERSON"), ("JBC Energy", "ORG")]),
    ("Britain's Foreign & Commonwealth Office reported helping more than 350 British nationals depart Libya.",
     [("Britain", "GPE"), ("Foreign & Commonwealth Office", "ORG"), ("British", "NORP"), ("Libya", "GPE")]),
    ("CNN: So should the United States and the United Kingdom have reached an accommodation with him years ago?",
     [("CNN", "ORG"), ("United States", "GPE"), ("United Kingdom", "GPE")]),
    ("The Libyan ambassador to the UK, Omar Jelban, is denying that Gadhafi is on his way to Venezuela.",
     [("Libyan", "NORP"), ("UK", "GPE"), ("Omar Jelban", "PERSON"), ("Gadhafi", "PERSON"), ("Venezuela", "GPE")]),
]  # fmt: skip


def test_an_acronym_inside_a_name_spells_out_no_other_and_one_country_is_one_entity() -> None:
    """SyrianCrisis_reuters listed "U.N." (64) and "United Nations" (53) apart: "U.K. News" and a spaced "U. N"
    spelled "UN" too, so v6 found three long forms and merged none; LibyaWar_cnn listed "Britain" (74) apart from
    "United Kingdom" (60, with "UK")."""
    entities = story_entities(*_story(_UN))
    assert _holding(entities, "U.N.") == _holding(entities, "United Nations") == ["United Nations"]
    assert _holding(entities, "U.K. News") == ["U.K. News"]
    assert _holding(entities, "Britain") == _holding(entities, "UK") == ["United Kingdom"]
    assert _by_name(entities)["United Kingdom"].mentions == 3


_CONTINENTS = [
    ("Unprecedented demonstrations sweeping the Middle East and North Africa spread Wednesday to Libya.",
     [("Middle East", "LOC"), ("North Africa", "GPE"), ("Libya", "GPE")]),
    ("Well, NATO is an organization that's made up of 28 countries from North America and Europe.",
     [("NATO", "ORG"), ("North America", "LOC"), ("Europe", "LOC")]),
    ("Qaddafi is not leaving today or tomorrow this is Africa.", [("Qaddafi", "PERSON"), ("Africa", "LOC")]),
    ("What does Iran's opposition movement want from America right now?", [("Iran", "GPE"), ("America", "GPE")]),
    ('"It shows the weakening of his regime," Traina, who was born in the Untied States but has family in Tripoli, '
     "told CNN in a telephone interview.",
     [("Untied States", "GPE"), ("Tripoli", "GPE"), ("CNN", "ORG")]),
    ("The United States and Canada condemned it.", [("United States", "GPE"), ("Canada", "GPE")]),
    ("Libyan spokesman Moussa Ibrahim spoke.", [("Libyan", "NORP"), ("Moussa Ibrahim", "PERSON")]),
    ("Government spokesman Mousa Ibrahim said so.", [("Mousa Ibrahim", "PERSON")]),
]  # fmt: skip


def test_a_spelling_merge_joins_no_two_names_the_story_writes_alone() -> None:
    """LibyaWar_cnn: v6 merged "North Africa" and "North America" (two edits in 12 letters); "Africa" and "America"
    are each a name of the story. A misspelling ("Untied") and a transliteration ("Mousa") still merge."""
    entities = story_entities(*_story(_CONTINENTS))
    assert _holding(entities, "North Africa") == ["North Africa"]
    assert _holding(entities, "North America") == ["North America"]
    assert _holding(entities, "Untied States") == ["United States"]
    assert len(_holding(entities, "Mousa Ibrahim")) == 1
    assert _holding(entities, "Mousa Ibrahim") == _holding(entities, "Moussa Ibrahim")


_HAMA = [
    ("In 1982, Assad's father sent in troops to put down a rebellion in the city of Hama, killing thousands.",
     [("Assad", "PERSON"), ("Hama", "ORG")]),
    ("Nearly 30 years ago, the elder Assad ruthlessly put down an armed Islamist uprising, killing thousands of "
     "people in the city of Hama in military operations cloaked from international view.",
     [("Assad", "PERSON"), ("Islamist", "NORP"), ("Hama", "ORG")]),
    ("Diplomats say events in Hama will be a litmus test.", [("Hama", "ORG")]),
    ("The Senate passed the bill; in Congress, the vote is close.", [("Senate", "ORG"), ("Congress", "ORG")]),
    ("The Senate vote is due on Friday.", [("Senate", "ORG")]),
]  # fmt: skip


def test_an_organisation_named_with_a_towns_noun_is_a_place() -> None:
    """SyrianCrisis_reuters: "Hama" was an ORG (69 mentions); "the city of Hama" says a place. "in Congress" alone
    keeps an organisation one."""
    entities = _by_name(story_entities(*_story(_HAMA)))
    assert entities["Hama"].type == "GPE" and entities["Hama"].mentions == 3
    assert entities["Congress"].type == "ORG" and entities["Senate"].type == "ORG"
