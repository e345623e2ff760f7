"""``extract.aliases``'s lookup (``canonical_name``): a spokesman for an organisation is the organisation's
voice, a spokeswoman for a person is not that person.

Sentences are Timeline17 dev text (H1N1_guardian), with the labels the small spaCy model gave them there. The test
fails on ``extract.aliases.v9``, which gave the spokeswoman's words to the commissioner."""

from __future__ import annotations

from newsdesk.extract import canonical_name, story_entities

from .test_story_names import _by_name, _story

_SPOKESPEOPLE = [
    (
        '"We will be asking in the course of the day for an extraordinary meeting to be convened to consider the '
        'situation," said a spokeswoman for EU health commissioner Androula Vassiliou.',
        [("EU", "ORG"), ("Androula Vassiliou", "PERSON")],
    ),
    (
        "EU health commissioner, Androulla Vassiliou, said there are reports of suspected cases in Denmark, Sweden, "
        "Greece, the Czech Republic, Germany, Italy and Ireland.",
        [("EU", "ORG"), ("Androulla Vassiliou", "PERSON"), ("Denmark", "GPE"), ("Sweden", "GPE")],
    ),
    (
        'A spokesman for the Health Protection Agency said: "The agency is committed to keeping the public and health '
        'professionals up to date with the current situation on swine flu."',
        [("Health Protection Agency", "ORG")],
    ),
]


def test_a_spokeswoman_for_a_person_is_no_name_of_the_person() -> None:
    """H1N1_guardian: the brief headed the spokeswoman's quote "Androulla Vassiliou" (the story's spelling); the
    description is the source. A spokesman for an agency still speaks for it."""
    entities = story_entities(*_story(_SPOKESPEOPLE))
    names = _by_name(entities)
    assert names["Androula Vassiliou"].type == "PERSON"
    assert canonical_name("EU health commissioner, Androulla Vassiliou", entities) == "Androula Vassiliou"
    assert canonical_name("a spokeswoman for EU health commissioner Androula Vassiliou", entities) is None
    assert canonical_name("A spokesman for the Health Protection Agency", entities) == "Health Protection Agency"


_PERSONS_OF = [
    (
        '"Isolate, strangle and replace this man -- that should be our goal," Republican Senator Lindsey Graham of '
        'South Carolina told "FOX News Sunday."',
        [("Republican", "NORP"), ("Lindsey Graham", "PERSON"), ("South Carolina", "GPE"), ("FOX News", "ORG")],
    ),
    ("\"I think the president 'caveated' this way too much,\" Graham said.", [("Graham", "PERSON")]),
    (
        '"It is high time that this Council responds decisively," Peter Splinter of Amnesty International said.',
        [("Council", "ORG"), ("Peter Splinter", "PERSON"), ("Amnesty International", "ORG")],
    ),
    (
        "U.S. Secretary of State Hillary Clinton said at a meeting in Geneva, Switzerland, of the U.N. Human Rights "
        "Council that the United States is exploring all possible options.",
        [
            ("U.S.", "GPE"),
            ("Hillary Clinton", "PERSON"),
            ("Geneva", "GPE"),
            ("Switzerland", "GPE"),
            ("U.N. Human Rights Council", "ORG"),
            ("United States", "GPE"),
        ],
    ),
]


def test_a_person_of_a_place_or_an_organisation_is_no_title_of_it() -> None:
    """LibyaWar_cnn 120, 248 and SyrianCrisis_reuters 46 (sentences shortened): "Republican Senator Lindsey Graham of
    South Carolina", "Peter Splinter of Amnesty International" are a person "of" a state or a group, and no name of it
    (``extract.aliases.v10`` read "of" between capitals as a title's: "Secretary of State"); the title stays one."""
    entities = story_entities(*_story(_PERSONS_OF))
    assert canonical_name("Republican Senator Lindsey Graham of South Carolina", entities) is None
    assert canonical_name("Peter Splinter of Amnesty International", entities) is None
    assert canonical_name("South Carolina", entities) == "South Carolina"
    assert canonical_name("U.S. Secretary of State Hillary Clinton", entities) == "Hillary Clinton"
